	.file	"func.c"
	.text
	.p2align 4
	.globl	largest_smallest_integers
	.type	largest_smallest_integers, @function
largest_smallest_integers:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L8
	movslq	%esi, %rsi
	xorl	%r8d, %r8d
	leaq	(%rdi,%rsi,4), %r9
	xorl	%esi, %esi
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L3:
	je	.L4
	testl	%esi, %esi
	je	.L10
	cmpl	%eax, %esi
	jg	.L10
.L4:
	addq	$4, %rdi
	cmpq	%rdi, %r9
	je	.L2
.L7:
	movl	(%rdi), %eax
	testl	%eax, %eax
	jns	.L3
	testl	%r8d, %r8d
	je	.L9
	cmpl	%eax, %r8d
	jge	.L4
.L9:
	addq	$4, %rdi
	movl	%eax, %r8d
	cmpq	%rdi, %r9
	jne	.L7
.L2:
	movl	%r8d, (%rdx)
	movl	%esi, (%rcx)
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	movl	%eax, %esi
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L8:
	xorl	%esi, %esi
	xorl	%r8d, %r8d
	movl	%r8d, (%rdx)
	movl	%esi, (%rcx)
	ret
	.cfi_endproc
.LFE0:
	.size	largest_smallest_integers, .-largest_smallest_integers
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
