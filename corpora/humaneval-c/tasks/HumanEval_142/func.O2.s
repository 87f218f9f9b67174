	.file	"func.c"
	.text
	.p2align 4
	.globl	sum_squares
	.type	sum_squares, @function
sum_squares:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L7
	movslq	%esi, %rsi
	xorl	%eax, %eax
	xorl	%ecx, %ecx
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L10:
	imulq	%rdx, %rdx
	addq	%rdx, %rcx
.L4:
	addq	$1, %rax
	cmpq	%rax, %rsi
	je	.L1
.L6:
	imull	$-1431655765, %eax, %r8d
	movslq	(%rdi,%rax,4), %rdx
	cmpl	$1431655765, %r8d
	jbe	.L10
	testb	$3, %al
	jne	.L5
	movq	%rdx, %r8
	addq	$1, %rax
	imulq	%rdx, %r8
	imulq	%r8, %rdx
	addq	%rdx, %rcx
	cmpq	%rax, %rsi
	jne	.L6
.L1:
	movq	%rcx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	addq	%rdx, %rcx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L7:
	xorl	%ecx, %ecx
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	sum_squares, .-sum_squares
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
