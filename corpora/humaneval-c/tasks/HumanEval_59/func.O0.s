	.file	"func.c"
	.text
	.globl	largest_prime_factor
	.type	largest_prime_factor, @function
largest_prime_factor:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	$1, -8(%rbp)
	movq	$2, -16(%rbp)
	jmp	.L2
.L4:
	movq	-24(%rbp), %rax
	cqto
	idivq	-16(%rbp)
	movq	%rdx, %rax
	testq	%rax, %rax
	jne	.L3
	movq	-16(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-24(%rbp), %rax
	cqto
	idivq	-16(%rbp)
	movq	%rax, -24(%rbp)
	jmp	.L2
.L3:
	addq	$1, -16(%rbp)
.L2:
	movq	-24(%rbp), %rax
	cqto
	idivq	-16(%rbp)
	cmpq	%rax, -16(%rbp)
	jle	.L4
	cmpq	$1, -24(%rbp)
	jle	.L5
	movq	-24(%rbp), %rax
	cmpq	-8(%rbp), %rax
	jle	.L5
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
.L5:
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	largest_prime_factor, .-largest_prime_factor
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
