	.file	"func.c"
	.text
	.globl	exchange
	.type	exchange, @function
exchange:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movq	%rdx, -40(%rbp)
	movl	%ecx, -32(%rbp)
	movq	%r8, -48(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L2
.L4:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	andl	$1, %eax
	testl	%eax, %eax
	je	.L3
	addl	$1, -4(%rbp)
.L3:
	addl	$1, -12(%rbp)
.L2:
	movl	-12(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L4
	movl	$0, -16(%rbp)
	jmp	.L5
.L7:
	movl	-16(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	andl	$1, %eax
	testl	%eax, %eax
	jne	.L6
	addl	$1, -8(%rbp)
.L6:
	addl	$1, -16(%rbp)
.L5:
	movl	-16(%rbp), %eax
	cmpl	-32(%rbp), %eax
	jl	.L7
	movl	-8(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jl	.L8
	movq	-48(%rbp), %rax
	movb	$89, (%rax)
	movq	-48(%rbp), %rax
	addq	$1, %rax
	movb	$69, (%rax)
	movq	-48(%rbp), %rax
	addq	$2, %rax
	movb	$83, (%rax)
	movq	-48(%rbp), %rax
	addq	$3, %rax
	movb	$0, (%rax)
	jmp	.L10
.L8:
	movq	-48(%rbp), %rax
	movb	$78, (%rax)
	movq	-48(%rbp), %rax
	addq	$1, %rax
	movb	$79, (%rax)
	movq	-48(%rbp), %rax
	addq	$2, %rax
	movb	$0, (%rax)
.L10:
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	exchange, .-exchange
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
