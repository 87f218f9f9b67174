	.file	"func.c"
	.text
	.p2align 4
	.globl	pairs_sum_to_zero
	.type	pairs_sum_to_zero, @function
pairs_sum_to_zero:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L6
	movl	%esi, %r9d
	movl	$1, %r8d
	cmpq	%r9, %r8
	je	.L6
.L12:
	movslq	-4(%rdi,%r8,4), %rcx
	movq	%r8, %rax
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L11:
	addq	$1, %rax
	cmpl	%eax, %esi
	jle	.L10
.L3:
	movslq	(%rdi,%rax,4), %rdx
	addq	%rcx, %rdx
	jne	.L11
	movl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	addq	$1, %r8
	cmpq	%r9, %r8
	jne	.L12
.L6:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	pairs_sum_to_zero, .-pairs_sum_to_zero
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
