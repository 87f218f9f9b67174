	.file	"func.c"
	.text
	.type	str_is_upper, @function
str_is_upper:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L2
.L6:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$96, %al
	jle	.L3
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$122, %al
	jg	.L3
	movl	$0, %eax
	jmp	.L4
.L3:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$64, %al
	jle	.L5
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$90, %al
	jg	.L5
	movl	$1, -4(%rbp)
.L5:
	addq	$1, -24(%rbp)
.L2:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L6
	movl	-4(%rbp), %eax
.L4:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	str_is_upper, .-str_is_upper
	.type	str_is_lower, @function
str_is_lower:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L8
.L12:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$64, %al
	jle	.L9
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$90, %al
	jg	.L9
	movl	$0, %eax
	jmp	.L10
.L9:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$96, %al
	jle	.L11
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$122, %al
	jg	.L11
	movl	$1, -4(%rbp)
.L11:
	addq	$1, -24(%rbp)
.L8:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L12
	movl	-4(%rbp), %eax
.L10:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	str_is_lower, .-str_is_lower
	.globl	check_dict_case
	.type	check_dict_case, @function
check_dict_case:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	cmpl	$0, -28(%rbp)
	jg	.L14
	movl	$0, %eax
	jmp	.L15
.L14:
	movl	$1, -4(%rbp)
	movl	$1, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L16
.L20:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rax
	testq	%rax, %rax
	jne	.L17
	movl	$0, %eax
	jmp	.L15
.L17:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rax
	movq	%rax, %rdi
	call	str_is_lower
	testl	%eax, %eax
	jne	.L18
	movl	$0, -4(%rbp)
.L18:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rax
	movq	%rax, %rdi
	call	str_is_upper
	testl	%eax, %eax
	jne	.L19
	movl	$0, -8(%rbp)
.L19:
	addl	$1, -12(%rbp)
.L16:
	movl	-12(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L20
	cmpl	$0, -4(%rbp)
	jne	.L21
	cmpl	$0, -8(%rbp)
	je	.L22
.L21:
	movl	$1, %eax
	jmp	.L15
.L22:
	movl	$0, %eax
.L15:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	check_dict_case, .-check_dict_case
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
