	.file	"func.c"
	.text
	.p2align 4
	.globl	intersperse
	.type	intersperse, @function
intersperse:
.LFB0:
	.cfi_startproc
	movq	%rdi, %r10
	testl	%esi, %esi
	jle	.L5
	movslq	%esi, %rsi
	xorl	%r8d, %r8d
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L4:
	movl	%eax, %edi
	testq	%r8, %r8
	je	.L3
	cltq
	addl	$1, %edi
	movl	%edx, (%rcx,%rax,4)
.L3:
	movl	(%r10,%r8,4), %r9d
	leal	1(%rdi), %eax
	addq	$1, %r8
	movslq	%edi, %rdi
	movl	%r9d, (%rcx,%rdi,4)
	cmpq	%r8, %rsi
	jne	.L4
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	intersperse, .-intersperse
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
