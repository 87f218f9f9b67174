	.file	"func.c"
	.text
	.type	parse_field, @function
parse_field:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	%rdx, -40(%rbp)
	movq	$0, -8(%rbp)
	movq	-24(%rbp), %rax
	cmpq	-32(%rbp), %rax
	jne	.L4
	movl	$0, %eax
	jmp	.L3
.L8:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$47, %al
	jle	.L5
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$57, %al
	jle	.L6
.L5:
	movl	$0, %eax
	jmp	.L3
.L6:
	cmpq	$999999, -8(%rbp)
	jg	.L7
	movq	-8(%rbp), %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	movq	%rax, %rdx
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	subl	$48, %eax
	cltq
	addq	%rdx, %rax
	movq	%rax, -8(%rbp)
.L7:
	addq	$1, -24(%rbp)
.L4:
	movq	-24(%rbp), %rax
	cmpq	-32(%rbp), %rax
	jb	.L8
	movq	-40(%rbp), %rax
	movq	-8(%rbp), %rdx
	movq	%rdx, (%rax)
	movl	$1, %eax
.L3:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	parse_field, .-parse_field
	.globl	valid_date
	.type	valid_date, @function
valid_date:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$112, %rsp
	movq	%rdi, -104(%rbp)
	movq	-104(%rbp), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -28(%rbp)
	jmp	.L10
.L12:
	addq	$1, -8(%rbp)
.L10:
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	je	.L11
	call	__ctype_b_loc@PLT
	movq	(%rax), %rdx
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	addq	%rax, %rax
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$8192, %eax
	testl	%eax, %eax
	jne	.L12
.L11:
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
	jmp	.L13
.L14:
	addq	$1, -16(%rbp)
.L13:
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L14
	jmp	.L15
.L17:
	subq	$1, -16(%rbp)
.L15:
	movq	-16(%rbp), %rax
	cmpq	%rax, -8(%rbp)
	jnb	.L16
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movq	-16(%rbp), %rdx
	subq	$1, %rdx
	movzbl	(%rdx), %edx
	movzbl	%dl, %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$8192, %eax
	testl	%eax, %eax
	jne	.L17
.L16:
	movq	-8(%rbp), %rax
	movq	%rax, -24(%rbp)
.L26:
	movq	-24(%rbp), %rax
	movq	%rax, -48(%rbp)
	jmp	.L18
.L20:
	addq	$1, -48(%rbp)
.L18:
	movq	-48(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jnb	.L19
	movq	-48(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$45, %al
	jne	.L20
.L19:
	cmpl	$3, -28(%rbp)
	je	.L21
	leaq	-96(%rbp), %rax
	movl	-28(%rbp), %edx
	movslq	%edx, %rdx
	salq	$3, %rdx
	addq	%rax, %rdx
	movq	-48(%rbp), %rcx
	movq	-24(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	parse_field
	testl	%eax, %eax
	jne	.L22
.L21:
	movl	$0, %eax
	jmp	.L36
.L22:
	addl	$1, -28(%rbp)
	movq	-48(%rbp), %rax
	cmpq	-16(%rbp), %rax
	je	.L38
	movq	-48(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -24(%rbp)
	jmp	.L26
.L38:
	nop
	cmpl	$3, -28(%rbp)
	je	.L27
	movl	$0, %eax
	jmp	.L36
.L27:
	movq	-96(%rbp), %rax
	movq	%rax, -56(%rbp)
	movq	-88(%rbp), %rax
	movq	%rax, -64(%rbp)
	cmpq	$0, -56(%rbp)
	jle	.L28
	cmpq	$12, -56(%rbp)
	jle	.L29
.L28:
	movl	$0, %eax
	jmp	.L36
.L29:
	cmpq	$2, -56(%rbp)
	jne	.L30
	movq	$29, -40(%rbp)
	jmp	.L31
.L30:
	cmpq	$4, -56(%rbp)
	je	.L32
	cmpq	$6, -56(%rbp)
	je	.L32
	cmpq	$9, -56(%rbp)
	je	.L32
	cmpq	$11, -56(%rbp)
	jne	.L33
.L32:
	movq	$30, -40(%rbp)
	jmp	.L31
.L33:
	movq	$31, -40(%rbp)
.L31:
	cmpq	$0, -64(%rbp)
	jle	.L34
	movq	-64(%rbp), %rax
	cmpq	-40(%rbp), %rax
	jg	.L34
	movl	$1, %eax
	jmp	.L36
.L34:
	movl	$0, %eax
.L36:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	valid_date, .-valid_date
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
