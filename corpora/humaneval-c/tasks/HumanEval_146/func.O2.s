	.file	"func.c"
	.text
	.p2align 4
	.globl	specialFilter
	.type	specialFilter, @function
specialFilter:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L6
	movslq	%esi, %rsi
	xorl	%r9d, %r9d
	movl	$3435973837, %ecx
	leaq	(%rdi,%rsi,4), %r8
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$4, %rdi
	cmpq	%r8, %rdi
	je	.L1
.L5:
	movl	(%rdi), %esi
	cmpl	$10, %esi
	jle	.L3
	movl	%esi, %eax
	.p2align 4,,10
	.p2align 3
.L4:
	movl	%eax, %eax
	movq	%rax, %rdx
	imulq	%rcx, %rax
	shrq	$35, %rax
	cmpl	$99, %edx
	jg	.L4
	testb	$1, %al
	je	.L3
	andl	$1, %esi
	cmpl	$1, %esi
	sbbl	$-1, %r9d
	addq	$4, %rdi
	cmpq	%r8, %rdi
	jne	.L5
.L1:
	movl	%r9d, %eax
	ret
.L6:
	xorl	%r9d, %r9d
	movl	%r9d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	specialFilter, .-specialFilter
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
