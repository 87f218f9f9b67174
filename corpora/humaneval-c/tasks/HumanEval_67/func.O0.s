	.file	"func.c"
	.text
	.globl	fruit_distribution
	.type	fruit_distribution, @function
fruit_distribution:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movq	$0, -8(%rbp)
	jmp	.L2
.L9:
	movq	$0, -16(%rbp)
	movl	$1, -20(%rbp)
	movl	$0, -24(%rbp)
	jmp	.L3
.L7:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$47, %al
	jle	.L4
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$57, %al
	jg	.L4
	movq	-16(%rbp), %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	movq	%rax, %rdx
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	subl	$48, %eax
	cltq
	addq	%rdx, %rax
	movq	%rax, -16(%rbp)
	jmp	.L5
.L4:
	movl	$0, -20(%rbp)
.L5:
	addl	$1, -24(%rbp)
	addq	$1, -40(%rbp)
.L3:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	je	.L6
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$32, %al
	jne	.L7
.L6:
	cmpl	$0, -24(%rbp)
	jle	.L8
	cmpl	$0, -20(%rbp)
	je	.L8
	movq	-16(%rbp), %rax
	addq	%rax, -8(%rbp)
.L8:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$32, %al
	jne	.L2
	addq	$1, -40(%rbp)
.L2:
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L9
	movq	-48(%rbp), %rax
	subq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	fruit_distribution, .-fruit_distribution
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
