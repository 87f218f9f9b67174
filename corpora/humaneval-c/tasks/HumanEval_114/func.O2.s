	.file	"func.c"
	.text
	.p2align 4
	.globl	minSubArraySum
	.type	minSubArraySum, @function
minSubArraySum:
.LFB0:
	.cfi_startproc
	xorl	%ecx, %ecx
	testl	%esi, %esi
	jle	.L1
	movq	(%rdi), %rax
	cmpl	$1, %esi
	je	.L6
	leal	-2(%rsi), %ecx
	leaq	8(%rdi), %rdx
	leaq	16(%rdi,%rcx,8), %r8
	movq	%rax, %rcx
	.p2align 4,,10
	.p2align 3
.L4:
	movq	(%rdx), %rsi
	testq	%rax, %rax
	leaq	(%rax,%rsi), %rdi
	movq	%rsi, %rax
	cmovle	%rdi, %rax
	cmpq	%rax, %rcx
	cmovg	%rax, %rcx
	addq	$8, %rdx
	cmpq	%rdx, %r8
	jne	.L4
.L1:
	movq	%rcx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	movq	%rax, %rcx
	jmp	.L1
	.cfi_endproc
.LFE0:
	.size	minSubArraySum, .-minSubArraySum
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
