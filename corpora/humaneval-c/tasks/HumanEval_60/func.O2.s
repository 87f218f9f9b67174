	.file	"func.c"
	.text
	.p2align 4
	.globl	sum_to_n
	.type	sum_to_n, @function
sum_to_n:
.LFB0:
	.cfi_startproc
	testq	%rdi, %rdi
	jle	.L4
	addq	$1, %rdi
	movl	$1, %eax
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L3:
	addq	%rax, %rdx
	addq	$1, %rax
	cmpq	%rdi, %rax
	jne	.L3
	movq	%rdx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	xorl	%edx, %edx
	movq	%rdx, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	sum_to_n, .-sum_to_n
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
