	.file	"func.c"
	.text
	.globl	search
	.type	search, @function
search:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -40(%rbp)
	movl	%esi, -44(%rbp)
	movl	$-1, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L2
.L9:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	movl	%eax, -20(%rbp)
	cmpl	$0, -20(%rbp)
	jle	.L11
	movl	-20(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jle	.L11
	movl	-20(%rbp), %eax
	cmpl	-44(%rbp), %eax
	jg	.L11
	movl	$0, -16(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L6
.L8:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	cmpl	%eax, -20(%rbp)
	jne	.L7
	addl	$1, -16(%rbp)
.L7:
	addl	$1, -12(%rbp)
.L6:
	movl	-12(%rbp), %eax
	cmpl	-44(%rbp), %eax
	jl	.L8
	movl	-16(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jl	.L5
	movl	-20(%rbp), %eax
	movl	%eax, -4(%rbp)
	jmp	.L5
.L11:
	nop
.L5:
	addl	$1, -8(%rbp)
.L2:
	movl	-8(%rbp), %eax
	cmpl	-44(%rbp), %eax
	jl	.L9
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	search, .-search
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
