	.file	"func.c"
	.text
	.p2align 4
	.globl	f
	.type	f, @function
f:
.LFB0:
	.cfi_startproc
	movl	%edi, %eax
	testl	%edi, %edi
	jle	.L5
	leal	1(%rdi), %r10d
	movl	$1, %edx
	xorl	%r8d, %r8d
	movl	$1, %ecx
	.p2align 4,,10
	.p2align 3
.L4:
	imulq	%rdx, %rcx
	addq	%rdx, %r8
	testb	$1, %dl
	movq	%rcx, %r9
	cmovne	%r8, %r9
	movq	%r9, -8(%rsi,%rdx,8)
	addq	$1, %rdx
	cmpq	%rdx, %r10
	jne	.L4
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	f, .-f
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
