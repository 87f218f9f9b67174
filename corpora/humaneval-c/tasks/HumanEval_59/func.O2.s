	.file	"func.c"
	.text
	.p2align 4
	.globl	largest_prime_factor
	.type	largest_prime_factor, @function
largest_prime_factor:
.LFB0:
	.cfi_startproc
	movq	%rdi, %rax
	movl	$2, %ecx
	movl	$1, %edi
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	testq	%rdx, %rdx
	jne	.L7
	movq	%rcx, %rdi
.L3:
	cqto
	movq	%rax, %rsi
	idivq	%rcx
	cmpq	%rcx, %rax
	jge	.L4
	cmpq	%rdi, %rsi
	movq	%rdi, %rax
	cmovge	%rsi, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	addq	$1, %rcx
	movq	%rsi, %rax
	jmp	.L3
	.cfi_endproc
.LFE0:
	.size	largest_prime_factor, .-largest_prime_factor
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
