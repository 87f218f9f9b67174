	.file	"func.c"
	.text
	.p2align 4
	.globl	next_smallest
	.type	next_smallest, @function
next_smallest:
.LFB0:
	.cfi_startproc
	xorl	%r8d, %r8d
	cmpl	$1, %esi
	jle	.L1
	leal	-2(%rsi), %r9d
	movl	(%rdi), %eax
	leaq	4(%rdi), %r8
	movq	%rdi, %rcx
	leaq	8(%rdi,%r9,4), %r10
	.p2align 4,,10
	.p2align 3
.L3:
	movl	(%r8), %r9d
	cmpl	%r9d, %eax
	cmovg	%r9d, %eax
	addq	$4, %r8
	cmpq	%r10, %r8
	jne	.L3
	movslq	%esi, %rsi
	xorl	%r9d, %r9d
	xorl	%r8d, %r8d
	leaq	(%rdi,%rsi,4), %rdi
	.p2align 4,,10
	.p2align 3
.L6:
	movl	(%rcx), %esi
	cmpl	%esi, %eax
	jge	.L4
	cmpl	%esi, %r9d
	jg	.L8
	testl	%r8d, %r8d
	jne	.L4
.L8:
	movl	%esi, %r9d
	movl	$1, %r8d
.L4:
	addq	$4, %rcx
	cmpq	%rcx, %rdi
	jne	.L6
	testl	%r8d, %r8d
	je	.L1
	movl	%r9d, (%rdx)
.L1:
	movl	%r8d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	next_smallest, .-next_smallest
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
