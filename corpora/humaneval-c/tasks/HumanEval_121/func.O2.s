	.file	"func.c"
	.text
	.p2align 4
	.globl	solution
	.type	solution, @function
solution:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L5
	subl	$1, %esi
	xorl	%edx, %edx
	shrl	%esi
	leaq	8(%rdi,%rsi,8), %rsi
	.p2align 4,,10
	.p2align 3
.L4:
	movslq	(%rdi), %rax
	movq	%rax, %rcx
	addq	%rdx, %rax
	andl	$1, %ecx
	cmovne	%rax, %rdx
	addq	$8, %rdi
	cmpq	%rdi, %rsi
	jne	.L4
	movq	%rdx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%edx, %edx
	movq	%rdx, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	solution, .-solution
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
