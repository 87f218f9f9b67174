	.file	"func.c"
	.text
	.p2align 4
	.globl	triples_sum_to_zero
	.type	triples_sum_to_zero, @function
triples_sum_to_zero:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L8
	leal	1(%rsi), %r10d
	movl	$2, %r9d
.L4:
	cmpq	%r9, %r10
	je	.L8
	movq	%r9, %r8
	cmpl	%r8d, %esi
	jle	.L12
.L3:
	movslq	-4(%rdi,%r8,4), %rax
	movslq	-8(%rdi,%r9,4), %rcx
	addq	%rax, %rcx
	movq	%r8, %rax
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L14:
	addq	$1, %rax
	cmpl	%eax, %esi
	jle	.L13
.L5:
	movslq	(%rdi,%rax,4), %rdx
	addq	%rcx, %rdx
	jne	.L14
	movl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L13:
	addq	$1, %r8
	cmpl	%r8d, %esi
	jg	.L3
.L12:
	addq	$1, %r9
	jmp	.L4
.L8:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	triples_sum_to_zero, .-triples_sum_to_zero
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
