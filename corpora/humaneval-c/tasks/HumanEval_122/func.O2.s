	.file	"func.c"
	.text
	.p2align 4
	.globl	add_elements
	.type	add_elements, @function
add_elements:
.LFB0:
	.cfi_startproc
	cmpl	%esi, %edx
	cmovg	%esi, %edx
	testl	%edx, %edx
	jle	.L5
	movslq	%edx, %rdx
	leaq	(%rdi,%rdx,4), %rsi
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L4:
	movslq	(%rdi), %rax
	leal	9(%rax), %ecx
	addq	%rdx, %rax
	cmpl	$109, %ecx
	cmovb	%rax, %rdx
	addq	$4, %rdi
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
	.size	add_elements, .-add_elements
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
