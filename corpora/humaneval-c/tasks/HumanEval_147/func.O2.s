	.file	"func.c"
	.text
	.p2align 4
	.globl	get_max_triples
	.type	get_max_triples, @function
get_max_triples:
.LFB0:
	.cfi_startproc
	testl	%edi, %edi
	jle	.L6
	leal	-1(%rdi), %r10d
	xorl	%ecx, %ecx
	xorl	%edi, %edi
	xorl	%r8d, %r8d
	movabsq	$-6148914691236517205, %r9
	movabsq	$6148914691236517205, %rax
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L10:
	addq	$1, %r8
	cmpq	%rsi, %r10
	je	.L9
.L5:
	movq	%rcx, %rsi
	addq	$1, %rcx
	movq	%rsi, %rdx
	imulq	%rcx, %rdx
	addq	$1, %rdx
	imulq	%r9, %rdx
	cmpq	%rdx, %rax
	jnb	.L10
	addq	$1, %rdi
	cmpq	%rsi, %r10
	jne	.L5
.L9:
	movabsq	$3074457345618258603, %rsi
	leaq	-1(%r8), %rcx
	imulq	%r8, %rcx
	subq	$2, %r8
	imulq	%r8, %rcx
	movq	%rcx, %rax
	sarq	$63, %rcx
	imulq	%rsi
	subq	%rcx, %rdx
	leaq	-1(%rdi), %rcx
	imulq	%rdi, %rcx
	subq	$2, %rdi
	movq	%rdx, %r8
	imulq	%rdi, %rcx
	movq	%rcx, %rax
	sarq	$63, %rcx
	imulq	%rsi
	movq	%rdx, %rsi
	subq	%rcx, %rsi
	leaq	(%r8,%rsi), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	get_max_triples, .-get_max_triples
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
