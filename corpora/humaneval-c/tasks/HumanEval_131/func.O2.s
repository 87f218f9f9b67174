	.file	"func.c"
	.text
	.p2align 4
	.globl	digits
	.type	digits, @function
digits:
.LFB0:
	.cfi_startproc
	testq	%rdi, %rdi
	jle	.L5
	xorl	%r8d, %r8d
	movl	$1, %esi
	movabsq	$-3689348814741910323, %rcx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L6:
	movq	%rdx, %rdi
.L4:
	movq	%rdi, %rax
	mulq	%rcx
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %rax
	movq	%rdi, %rdx
	addq	%rax, %rax
	subq	%rax, %rdx
	testb	$1, %dil
	je	.L3
	imulq	%rdx, %rsi
	movl	$1, %r8d
.L3:
	movq	%rdi, %rax
	mulq	%rcx
	shrq	$3, %rdx
	cmpq	$9, %rdi
	jg	.L6
	xorl	%eax, %eax
	testl	%r8d, %r8d
	cmove	%rax, %rsi
	movq	%rsi, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%esi, %esi
	movq	%rsi, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	digits, .-digits
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
