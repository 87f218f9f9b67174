	.file	"func.c"
	.text
	.type	put_str, @function
put_str:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	nop
.L2:
	movq	-16(%rbp), %rdx
	leaq	1(%rdx), %rax
	movq	%rax, -16(%rbp)
	movq	-8(%rbp), %rax
	leaq	1(%rax), %rcx
	movq	%rcx, -8(%rbp)
	movzbl	(%rdx), %edx
	movb	%dl, (%rax)
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L2
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	put_str, .-put_str
	.type	is_letter, @function
is_letter:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	cmpb	$96, -4(%rbp)
	jle	.L4
	cmpb	$122, -4(%rbp)
	jle	.L5
.L4:
	cmpb	$64, -4(%rbp)
	jle	.L6
	cmpb	$90, -4(%rbp)
	jg	.L6
.L5:
	movl	$1, %eax
	jmp	.L8
.L6:
	movl	$0, %eax
.L8:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	is_letter, .-is_letter
	.type	same_str, @function
same_str:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	jmp	.L10
.L12:
	addq	$1, -8(%rbp)
	addq	$1, -16(%rbp)
.L10:
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	je	.L11
	movq	-8(%rbp), %rax
	movzbl	(%rax), %edx
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	%al, %dl
	je	.L12
.L11:
	movq	-8(%rbp), %rax
	movzbl	(%rax), %edx
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	%al, %dl
	sete	%al
	movzbl	%al, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	same_str, .-same_str
	.section	.rodata
.LC0:
	.string	"No"
.LC1:
	.string	"txt"
.LC2:
	.string	"exe"
.LC3:
	.string	"dll"
.LC4:
	.string	"Yes"
	.text
	.globl	file_name_check
	.type	file_name_check, @function
file_name_check:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movq	$0, -8(%rbp)
	movl	$0, -12(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, -24(%rbp)
	jmp	.L15
.L20:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$46, %al
	jne	.L16
	cmpq	$0, -8(%rbp)
	je	.L17
	movq	-48(%rbp), %rax
	leaq	.LC0(%rip), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	put_str
	jmp	.L14
.L17:
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	.L19
.L16:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$47, %al
	jle	.L19
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$57, %al
	jg	.L19
	addl	$1, -12(%rbp)
.L19:
	addq	$1, -24(%rbp)
.L15:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L20
	cmpq	$0, -8(%rbp)
	je	.L21
	movq	-8(%rbp), %rax
	cmpq	-40(%rbp), %rax
	je	.L21
	movq	-40(%rbp), %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	movl	%eax, %edi
	call	is_letter
	testl	%eax, %eax
	je	.L21
	cmpl	$3, -12(%rbp)
	jg	.L21
	movq	-8(%rbp), %rax
	addq	$1, %rax
	leaq	.LC1(%rip), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	same_str
	testl	%eax, %eax
	jne	.L22
	movq	-8(%rbp), %rax
	addq	$1, %rax
	leaq	.LC2(%rip), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	same_str
	testl	%eax, %eax
	jne	.L22
	movq	-8(%rbp), %rax
	addq	$1, %rax
	leaq	.LC3(%rip), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	same_str
	testl	%eax, %eax
	je	.L21
.L22:
	movl	$1, %eax
	jmp	.L23
.L21:
	movl	$0, %eax
.L23:
	movl	%eax, -28(%rbp)
	cmpl	$0, -28(%rbp)
	je	.L24
	leaq	.LC4(%rip), %rax
	jmp	.L25
.L24:
	leaq	.LC0(%rip), %rax
.L25:
	movq	-48(%rbp), %rdx
	movq	%rax, %rsi
	movq	%rdx, %rdi
	call	put_str
.L14:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	file_name_check, .-file_name_check
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
