	.file	"func.c"
	.text
	.p2align 4
	.globl	is_prime
	.type	is_prime, @function
is_prime:
.LFB0:
	.cfi_startproc
	xorl	%edx, %edx
	cmpq	$1, %rdi
	jle	.L1
	testb	$1, %dil
	je	.L3
	cmpq	$8, %rdi
	jle	.L7
	movabsq	$-6148914691236517205, %rax
	movabsq	$3074457345618258602, %rcx
	imulq	%rdi, %rax
	addq	%rcx, %rax
	movabsq	$6148914691236517204, %rcx
	cmpq	%rax, %rcx
	jnb	.L1
	movl	$3, %ecx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L5:
	movq	%rdi, %rax
	cqto
	idivq	%rcx
	testq	%rdx, %rdx
	je	.L9
.L4:
	addq	$2, %rcx
	movq	%rcx, %rax
	imulq	%rcx, %rax
	cmpq	%rdi, %rax
	jle	.L5
.L7:
	movl	$1, %edx
.L1:
	movl	%edx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	xorl	%edx, %edx
	cmpq	$2, %rdi
	sete	%dl
	movl	%edx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	xorl	%edx, %edx
	movl	%edx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	is_prime, .-is_prime
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
