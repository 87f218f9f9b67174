	.file	"func.c"
	.text
	.globl	largest_smallest_integers
	.type	largest_smallest_integers, @function
largest_smallest_integers:
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
	movq	%rcx, -48(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L2
.L7:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	movl	%eax, -16(%rbp)
	cmpl	$0, -16(%rbp)
	jns	.L3
	cmpl	$0, -4(%rbp)
	je	.L4
	movl	-16(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jle	.L3
.L4:
	movl	-16(%rbp), %eax
	movl	%eax, -4(%rbp)
	jmp	.L5
.L3:
	cmpl	$0, -16(%rbp)
	jle	.L5
	cmpl	$0, -8(%rbp)
	je	.L6
	movl	-16(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jge	.L5
.L6:
	movl	-16(%rbp), %eax
	movl	%eax, -8(%rbp)
.L5:
	addl	$1, -12(%rbp)
.L2:
	movl	-12(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L7
	movq	-40(%rbp), %rax
	movl	-4(%rbp), %edx
	movl	%edx, (%rax)
	movq	-48(%rbp), %rax
	movl	-8(%rbp), %edx
	movl	%edx, (%rax)
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	largest_smallest_integers, .-largest_smallest_integers
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
