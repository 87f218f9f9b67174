	.file	"func.c"
	.text
	.p2align 4
	.globl	below_zero
	.type	below_zero, @function
below_zero:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L5
	movslq	(%rdi), %rax
	testq	%rax, %rax
	js	.L7
	addq	$4, %rdi
	leal	-1(%rsi), %edx
	leaq	(%rdi,%rdx,4), %rcx
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	movslq	(%rdi), %rdx
	addq	$4, %rdi
	addq	%rdx, %rax
	js	.L7
.L3:
	cmpq	%rcx, %rdi
	jne	.L4
.L5:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	movl	$1, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	below_zero, .-below_zero
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
