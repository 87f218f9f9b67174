	.file	"func.c"
	.text
	.p2align 4
	.globl	add
	.type	add, @function
add:
.LFB0:
	.cfi_startproc
	cmpl	$1, %esi
	jle	.L5
	subl	$2, %esi
	leaq	4(%rdi), %rax
	xorl	%ecx, %ecx
	shrl	%esi
	leaq	12(%rdi,%rsi,8), %rdi
	.p2align 4,,10
	.p2align 3
.L4:
	movslq	(%rax), %rdx
	movq	%rdx, %rsi
	addq	%rcx, %rdx
	andl	$1, %esi
	cmove	%rdx, %rcx
	addq	$8, %rax
	cmpq	%rdi, %rax
	jne	.L4
	movq	%rcx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%ecx, %ecx
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	add, .-add
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
