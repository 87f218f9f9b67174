	.file	"func.c"
	.text
	.type	balanced_concat, @function
balanced_concat:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -56(%rbp)
	movq	%rsi, -64(%rbp)
	movq	$0, -8(%rbp)
	movq	-56(%rbp), %rax
	movq	%rax, -48(%rbp)
	movq	-64(%rbp), %rax
	movq	%rax, -40(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L2
.L8:
	movl	-12(%rbp), %eax
	cltq
	movq	-48(%rbp,%rax,8), %rax
	movq	%rax, -24(%rbp)
	jmp	.L3
.L7:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$40, %al
	jne	.L4
	addq	$1, -8(%rbp)
	jmp	.L5
.L4:
	subq	$1, -8(%rbp)
	cmpq	$0, -8(%rbp)
	jns	.L5
	movl	$0, %eax
	jmp	.L9
.L5:
	addq	$1, -24(%rbp)
.L3:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L7
	addl	$1, -12(%rbp)
.L2:
	cmpl	$1, -12(%rbp)
	jle	.L8
	cmpq	$0, -8(%rbp)
	sete	%al
	movzbl	%al, %eax
.L9:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	balanced_concat, .-balanced_concat
	.globl	match_parens
	.type	match_parens, @function
match_parens:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	-16(%rbp), %rdx
	movq	-8(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	balanced_concat
	testl	%eax, %eax
	jne	.L11
	movq	-8(%rbp), %rdx
	movq	-16(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	balanced_concat
	testl	%eax, %eax
	je	.L12
.L11:
	movq	-24(%rbp), %rax
	movb	$89, (%rax)
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movb	$101, (%rax)
	movq	-24(%rbp), %rax
	addq	$2, %rax
	movb	$115, (%rax)
	movq	-24(%rbp), %rax
	addq	$3, %rax
	movb	$0, (%rax)
	jmp	.L13
.L12:
	movq	-24(%rbp), %rax
	movb	$78, (%rax)
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movb	$111, (%rax)
	movq	-24(%rbp), %rax
	addq	$2, %rax
	movb	$0, (%rax)
	nop
.L13:
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	match_parens, .-match_parens
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
