	.file	"func.c"
	.text
	.globl	fib4
	.type	fib4, @function
fib4:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -52(%rbp)
	movq	$0, -8(%rbp)
	movq	$0, -16(%rbp)
	movq	$2, -24(%rbp)
	movq	$0, -32(%rbp)
	cmpl	$0, -52(%rbp)
	je	.L2
	cmpl	$1, -52(%rbp)
	je	.L2
	cmpl	$3, -52(%rbp)
	jne	.L3
.L2:
	movl	$0, %eax
	jmp	.L4
.L3:
	cmpl	$2, -52(%rbp)
	jne	.L5
	movl	$2, %eax
	jmp	.L4
.L5:
	movl	$4, -36(%rbp)
	jmp	.L6
.L7:
	movq	-8(%rbp), %rdx
	movq	-16(%rbp), %rax
	addq	%rax, %rdx
	movq	-24(%rbp), %rax
	addq	%rax, %rdx
	movq	-32(%rbp), %rax
	addq	%rdx, %rax
	movq	%rax, -48(%rbp)
	movq	-16(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -16(%rbp)
	movq	-32(%rbp), %rax
	movq	%rax, -24(%rbp)
	movq	-48(%rbp), %rax
	movq	%rax, -32(%rbp)
	addl	$1, -36(%rbp)
.L6:
	movl	-36(%rbp), %eax
	cmpl	-52(%rbp), %eax
	jle	.L7
	movq	-32(%rbp), %rax
.L4:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	fib4, .-fib4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
