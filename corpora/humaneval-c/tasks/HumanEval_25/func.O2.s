	.file	"func.c"
	.text
	.p2align 4
	.globl	factorize
	.type	factorize, @function
factorize:
.LFB0:
	.cfi_startproc
	movl	%edi, %ecx
	movq	%rsi, %r9
	movl	$3, %r10d
	xorl	%r8d, %r8d
	cmpl	$3, %edi
	jle	.L3
	.p2align 4,,10
	.p2align 3
.L2:
	movl	%ecx, %eax
	leal	-1(%r10), %esi
	leal	1(%r8), %edi
	cltd
	movslq	%edi, %rdi
	idivl	%esi
	testl	%edx, %edx
	jne	.L6
	.p2align 4,,10
	.p2align 3
.L4:
	movl	%ecx, %eax
	movl	%esi, -4(%r9,%rdi,4)
	movq	%rdi, %r8
	addq	$1, %rdi
	cltd
	idivl	%esi
	cltd
	movl	%eax, %ecx
	idivl	%esi
	testl	%edx, %edx
	je	.L4
.L6:
	movq	%r10, %rax
	movslq	%ecx, %rdx
	addq	$1, %r10
	imulq	%rax, %rax
	cmpq	%rdx, %rax
	jle	.L2
.L3:
	cmpl	$1, %ecx
	jle	.L1
	movslq	%r8d, %rax
	addl	$1, %r8d
	movl	%ecx, (%r9,%rax,4)
.L1:
	movl	%r8d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	factorize, .-factorize
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
