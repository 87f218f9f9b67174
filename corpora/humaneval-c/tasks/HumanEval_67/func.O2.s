	.file	"func.c"
	.text
	.p2align 4
	.globl	fruit_distribution
	.type	fruit_distribution, @function
fruit_distribution:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %edx
	movq	%rsi, %rax
	xorl	%r9d, %r9d
	testb	%dl, %dl
	je	.L18
	.p2align 4,,10
	.p2align 3
.L2:
	movl	$1, %r8d
	xorl	%ecx, %ecx
	testb	$-33, %dl
	jne	.L5
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L20:
	movsbq	%dl, %rdx
	leaq	(%rcx,%rcx,4), %rcx
	addq	$1, %rdi
	leaq	(%rdx,%rcx,2), %rcx
	movzbl	(%rdi), %edx
	testb	$-33, %dl
	je	.L19
.L5:
	subl	$48, %edx
	cmpb	$9, %dl
	jbe	.L20
	movzbl	1(%rdi), %edx
	addq	$1, %rdi
	xorl	%r8d, %r8d
	testb	$-33, %dl
	jne	.L5
.L19:
	addq	%r9, %rcx
	testl	%r8d, %r8d
	cmovne	%rcx, %r9
.L6:
	cmpb	$32, %dl
	sete	%dl
	movzbl	%dl, %edx
	addq	%rdx, %rdi
	movzbl	(%rdi), %edx
	testb	%dl, %dl
	jne	.L2
	subq	%r9, %rax
	ret
.L18:
	ret
	.cfi_endproc
.LFE0:
	.size	fruit_distribution, .-fruit_distribution
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
