	.file	"func.c"
	.text
	.p2align 4
	.globl	special_factorial
	.type	special_factorial, @function
special_factorial:
.LFB0:
	.cfi_startproc
	testl	%edi, %edi
	jle	.L4
	leal	1(%rdi), %esi
	movl	$1, %eax
	movl	$1, %ecx
	movl	$1, %edx
	.p2align 4,,10
	.p2align 3
.L3:
	imulq	%rax, %rdx
	addq	$1, %rax
	imulq	%rdx, %rcx
	cmpq	%rsi, %rax
	jne	.L3
	movq	%rcx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	movl	$1, %ecx
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	special_factorial, .-special_factorial
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
