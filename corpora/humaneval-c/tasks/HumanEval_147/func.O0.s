	.file	"func.c"
	.text
	.globl	get_max_triples
	.type	get_max_triples, @function
get_max_triples:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -36(%rbp)
	movq	$0, -8(%rbp)
	movq	$0, -16(%rbp)
	movl	$1, -20(%rbp)
	jmp	.L2
.L5:
	movl	-20(%rbp), %eax
	movslq	%eax, %rdx
	movl	-20(%rbp), %eax
	cltq
	imulq	%rax, %rdx
	movl	-20(%rbp), %eax
	cltq
	subq	%rax, %rdx
	leaq	1(%rdx), %rax
	movq	%rax, -32(%rbp)
	movq	-32(%rbp), %rcx
	movabsq	$6148914691236517206, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	movq	%rcx, %rax
	sarq	$63, %rax
	subq	%rax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	subq	%rax, %rcx
	movq	%rcx, %rdx
	testq	%rdx, %rdx
	jne	.L3
	addq	$1, -8(%rbp)
	jmp	.L4
.L3:
	addq	$1, -16(%rbp)
.L4:
	addl	$1, -20(%rbp)
.L2:
	movl	-20(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jle	.L5
	movq	-8(%rbp), %rax
	subq	$1, %rax
	imulq	-8(%rbp), %rax
	movq	-8(%rbp), %rdx
	subq	$2, %rdx
	imulq	%rdx, %rax
	movq	%rax, %rcx
	movabsq	$3074457345618258603, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	movq	%rcx, %rax
	sarq	$63, %rax
	movq	%rdx, %rsi
	subq	%rax, %rsi
	movq	-16(%rbp), %rax
	subq	$1, %rax
	imulq	-16(%rbp), %rax
	movq	-16(%rbp), %rdx
	subq	$2, %rdx
	imulq	%rdx, %rax
	movq	%rax, %rcx
	movabsq	$3074457345618258603, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	movq	%rcx, %rax
	sarq	$63, %rax
	subq	%rax, %rdx
	leaq	(%rsi,%rdx), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	get_max_triples, .-get_max_triples
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
