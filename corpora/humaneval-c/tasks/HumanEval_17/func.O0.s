	.file	"func.c"
	.text
	.globl	parse_music
	.type	parse_music, @function
parse_music:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L2
.L9:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$32, %al
	jne	.L3
	addq	$1, -40(%rbp)
	jmp	.L2
.L3:
	movq	-40(%rbp), %rax
	movq	%rax, -16(%rbp)
	jmp	.L4
.L6:
	addq	$1, -40(%rbp)
.L4:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	je	.L5
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$32, %al
	jne	.L6
.L5:
	movq	-40(%rbp), %rax
	subq	-16(%rbp), %rax
	movq	%rax, -24(%rbp)
	cmpq	$1, -24(%rbp)
	jne	.L7
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$111, %al
	jne	.L7
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-48(%rbp), %rax
	addq	%rdx, %rax
	movl	$4, (%rax)
	jmp	.L2
.L7:
	cmpq	$2, -24(%rbp)
	jne	.L8
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$111, %al
	jne	.L8
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movzbl	(%rax), %eax
	cmpb	$124, %al
	jne	.L8
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-48(%rbp), %rax
	addq	%rdx, %rax
	movl	$2, (%rax)
	jmp	.L2
.L8:
	cmpq	$2, -24(%rbp)
	jne	.L2
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$46, %al
	jne	.L2
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movzbl	(%rax), %eax
	cmpb	$124, %al
	jne	.L2
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-48(%rbp), %rax
	addq	%rdx, %rax
	movl	$1, (%rax)
.L2:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L9
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	parse_music, .-parse_music
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
