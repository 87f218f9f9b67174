	.file	"func.c"
	.text
	.p2align 4
	.type	parse_fraction, @function
parse_fraction:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %eax
	movq	%rdx, %r8
	movq	%rdi, %rcx
	leal	-48(%rax), %edx
	cmpb	$9, %dl
	movl	$0, %edx
	ja	.L2
	.p2align 4,,10
	.p2align 3
.L3:
	subl	$48, %eax
	leaq	(%rdx,%rdx,4), %rdx
	addq	$1, %rcx
	movsbq	%al, %rax
	leaq	(%rax,%rdx,2), %rdx
	movzbl	(%rcx), %eax
	leal	-48(%rax), %edi
	cmpb	$9, %dil
	jbe	.L3
.L2:
	movq	%rdx, (%rsi)
	movzbl	(%rcx), %eax
	cmpb	$47, %al
	jne	.L4
	movzbl	1(%rcx), %eax
	addq	$1, %rcx
.L4:
	leal	-48(%rax), %edx
	cmpb	$9, %dl
	movl	$0, %edx
	ja	.L5
	.p2align 4,,10
	.p2align 3
.L6:
	subl	$48, %eax
	leaq	(%rdx,%rdx,4), %rdx
	addq	$1, %rcx
	movsbq	%al, %rax
	leaq	(%rax,%rdx,2), %rdx
	movzbl	(%rcx), %eax
	leal	-48(%rax), %esi
	cmpb	$9, %sil
	jbe	.L6
.L5:
	movq	%rdx, (%r8)
	ret
	.cfi_endproc
.LFE0:
	.size	parse_fraction, .-parse_fraction
	.p2align 4
	.globl	simplify
	.type	simplify, @function
simplify:
.LFB1:
	.cfi_startproc
	subq	$32, %rsp
	.cfi_def_cfa_offset 40
	movq	%rsi, %r9
	leaq	8(%rsp), %rdx
	movq	%rsp, %rsi
	call	parse_fraction
	leaq	24(%rsp), %rdx
	leaq	16(%rsp), %rsi
	movq	%r9, %rdi
	call	parse_fraction
	movq	(%rsp), %rax
	imulq	16(%rsp), %rax
	movq	8(%rsp), %rcx
	imulq	24(%rsp), %rcx
	cqto
	idivq	%rcx
	xorl	%eax, %eax
	testq	%rdx, %rdx
	sete	%al
	addq	$32, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE1:
	.size	simplify, .-simplify
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
