	.file	"func.c"
	.text
	.p2align 4
	.globl	sum_product
	.type	sum_product, @function
sum_product:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L4
	movslq	%esi, %rsi
	xorl	%r8d, %r8d
	leaq	(%rdi,%rsi,4), %r9
	movl	$1, %esi
	.p2align 4,,10
	.p2align 3
.L3:
	movslq	(%rdi), %rax
	addq	$4, %rdi
	imulq	%rax, %rsi
	addq	%rax, %r8
	cmpq	%r9, %rdi
	jne	.L3
	movq	%r8, (%rdx)
	movq	%rsi, (%rcx)
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	movl	$1, %esi
	xorl	%r8d, %r8d
	movq	%r8, (%rdx)
	movq	%rsi, (%rcx)
	ret
	.cfi_endproc
.LFE0:
	.size	sum_product, .-sum_product
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
