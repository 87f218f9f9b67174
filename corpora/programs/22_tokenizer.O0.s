	.file	"22_tokenizer.c"
	.text
	.section	.rodata
.LC0:
	.string	"IDENT"
.LC1:
	.string	"INT"
.LC2:
	.string	"FLOAT"
.LC3:
	.string	"STRING"
.LC4:
	.string	"OP"
.LC5:
	.string	"END"
.LC6:
	.string	"ERROR"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	tok_names, @object
	.size	tok_names, 56
tok_names:
	.quad	.LC0
	.quad	.LC1
	.quad	.LC2
	.quad	.LC3
	.quad	.LC4
	.quad	.LC5
	.quad	.LC6
	.section	.rodata
	.align 32
	.type	source, @object
	.size	source, 133
source:
	.string	"let x1 = 42 + 0x1F * (y_2 - 3.25); # comment here\nprint(\"hi \\\"there\\\"\", x1 >= 10 && z != 0x0);\nif a<=b { c = 007 } else { d == 1.5 }"
	.text
	.globl	is_ident_start
	.type	is_ident_start, @function
is_ident_start:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	cmpb	$96, -4(%rbp)
	jbe	.L2
	cmpb	$122, -4(%rbp)
	jbe	.L3
.L2:
	cmpb	$64, -4(%rbp)
	jbe	.L4
	cmpb	$90, -4(%rbp)
	jbe	.L3
.L4:
	cmpb	$95, -4(%rbp)
	jne	.L5
.L3:
	movl	$1, %eax
	jmp	.L7
.L5:
	movl	$0, %eax
.L7:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	is_ident_start, .-is_ident_start
	.globl	is_digit
	.type	is_digit, @function
is_digit:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	cmpb	$47, -4(%rbp)
	jbe	.L9
	cmpb	$57, -4(%rbp)
	ja	.L9
	movl	$1, %eax
	jmp	.L11
.L9:
	movl	$0, %eax
.L11:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	is_digit, .-is_digit
	.section	.rodata
.LC7:
	.string	"<>=!"
.LC8:
	.string	"hex"
	.text
	.globl	next_token
	.type	next_token, @function
next_token:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	movq	-32(%rbp), %rax
	movq	$0, 40(%rax)
.L54:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movb	%al, -9(%rbp)
	cmpl	$7, -4(%rbp)
	ja	.L54
	movl	-4(%rbp), %eax
	leaq	0(,%rax,4), %rdx
	leaq	.L15(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	leaq	.L15(%rip), %rdx
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L15:
	.long	.L22-.L15
	.long	.L21-.L15
	.long	.L20-.L15
	.long	.L19-.L15
	.long	.L18-.L15
	.long	.L17-.L15
	.long	.L16-.L15
	.long	.L14-.L15
	.text
.L22:
	cmpb	$0, -9(%rbp)
	jne	.L23
	movq	-32(%rbp), %rax
	movl	$5, (%rax)
	movq	-32(%rbp), %rax
	movb	$0, 4(%rax)
	movq	-24(%rbp), %rax
	jmp	.L24
.L23:
	cmpb	$32, -9(%rbp)
	je	.L25
	cmpb	$9, -9(%rbp)
	je	.L25
	cmpb	$10, -9(%rbp)
	jne	.L26
.L25:
	addq	$1, -24(%rbp)
	jmp	.L13
.L26:
	cmpb	$35, -9(%rbp)
	jne	.L27
	movl	$7, -4(%rbp)
	addq	$1, -24(%rbp)
	jmp	.L13
.L27:
	movzbl	-9(%rbp), %eax
	movl	%eax, %edi
	call	is_ident_start
	testl	%eax, %eax
	je	.L28
	movl	$1, -4(%rbp)
	jmp	.L13
.L28:
	cmpb	$48, -9(%rbp)
	jne	.L29
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movzbl	(%rax), %eax
	cmpb	$120, %al
	je	.L30
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movzbl	(%rax), %eax
	cmpb	$88, %al
	jne	.L29
.L30:
	movl	$3, -4(%rbp)
	addq	$2, -24(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L13
.L29:
	movzbl	-9(%rbp), %eax
	movl	%eax, %edi
	call	is_digit
	testl	%eax, %eax
	je	.L31
	movl	$2, -4(%rbp)
	jmp	.L13
.L31:
	cmpb	$34, -9(%rbp)
	jne	.L32
	movl	$5, -4(%rbp)
	addq	$1, -24(%rbp)
	jmp	.L13
.L32:
	movq	-32(%rbp), %rax
	movl	$4, (%rax)
	movzbl	-9(%rbp), %edx
	movq	-32(%rbp), %rax
	movb	%dl, 4(%rax)
	movl	$1, -8(%rbp)
	movzbl	-9(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	call	strchr@PLT
	testq	%rax, %rax
	je	.L33
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movzbl	(%rax), %eax
	cmpb	$61, %al
	jne	.L33
	movl	-8(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -8(%rbp)
	movq	-32(%rbp), %rdx
	cltq
	movb	$61, 4(%rdx,%rax)
	jmp	.L34
.L33:
	cmpb	$38, -9(%rbp)
	je	.L35
	cmpb	$124, -9(%rbp)
	jne	.L34
.L35:
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movzbl	(%rax), %edx
	movzbl	-9(%rbp), %eax
	cmpb	%al, %dl
	jne	.L34
	movl	-8(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -8(%rbp)
	movzbl	-9(%rbp), %ecx
	movq	-32(%rbp), %rdx
	cltq
	movb	%cl, 4(%rdx,%rax)
.L34:
	movq	-32(%rbp), %rdx
	movl	-8(%rbp), %eax
	cltq
	movb	$0, 4(%rdx,%rax)
	movl	-8(%rbp), %eax
	movslq	%eax, %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	jmp	.L24
.L14:
	cmpb	$10, -9(%rbp)
	je	.L36
	cmpb	$0, -9(%rbp)
	jne	.L37
.L36:
	movl	$0, -4(%rbp)
	jmp	.L13
.L37:
	addq	$1, -24(%rbp)
	jmp	.L13
.L21:
	movzbl	-9(%rbp), %eax
	movl	%eax, %edi
	call	is_ident_start
	testl	%eax, %eax
	jne	.L39
	movzbl	-9(%rbp), %eax
	movl	%eax, %edi
	call	is_digit
	testl	%eax, %eax
	je	.L40
.L39:
	cmpl	$30, -8(%rbp)
	jg	.L41
	movl	-8(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -8(%rbp)
	movzbl	-9(%rbp), %ecx
	movq	-32(%rbp), %rdx
	cltq
	movb	%cl, 4(%rdx,%rax)
.L41:
	addq	$1, -24(%rbp)
	jmp	.L13
.L40:
	movq	-32(%rbp), %rdx
	movl	-8(%rbp), %eax
	cltq
	movb	$0, 4(%rdx,%rax)
	movq	-32(%rbp), %rax
	movl	$0, (%rax)
	movq	-24(%rbp), %rax
	jmp	.L24
.L20:
	movzbl	-9(%rbp), %eax
	movl	%eax, %edi
	call	is_digit
	testl	%eax, %eax
	je	.L42
	movq	-32(%rbp), %rax
	movq	40(%rax), %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	movq	%rax, %rdx
	movzbl	-9(%rbp), %eax
	subl	$48, %eax
	cltq
	addq	%rax, %rdx
	movq	-32(%rbp), %rax
	movq	%rdx, 40(%rax)
	movl	-8(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -8(%rbp)
	movzbl	-9(%rbp), %ecx
	movq	-32(%rbp), %rdx
	cltq
	movb	%cl, 4(%rdx,%rax)
	addq	$1, -24(%rbp)
	jmp	.L13
.L42:
	cmpb	$46, -9(%rbp)
	jne	.L43
	movl	$4, -4(%rbp)
	movl	-8(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -8(%rbp)
	movzbl	-9(%rbp), %ecx
	movq	-32(%rbp), %rdx
	cltq
	movb	%cl, 4(%rdx,%rax)
	addq	$1, -24(%rbp)
	jmp	.L13
.L43:
	movq	-32(%rbp), %rdx
	movl	-8(%rbp), %eax
	cltq
	movb	$0, 4(%rdx,%rax)
	movq	-32(%rbp), %rax
	movl	$1, (%rax)
	movq	-24(%rbp), %rax
	jmp	.L24
.L18:
	movzbl	-9(%rbp), %eax
	movl	%eax, %edi
	call	is_digit
	testl	%eax, %eax
	je	.L44
	movl	-8(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -8(%rbp)
	movzbl	-9(%rbp), %ecx
	movq	-32(%rbp), %rdx
	cltq
	movb	%cl, 4(%rdx,%rax)
	addq	$1, -24(%rbp)
	jmp	.L13
.L44:
	movq	-32(%rbp), %rdx
	movl	-8(%rbp), %eax
	cltq
	movb	$0, 4(%rdx,%rax)
	movq	-32(%rbp), %rax
	movl	$2, (%rax)
	movq	-24(%rbp), %rax
	jmp	.L24
.L19:
	movzbl	-9(%rbp), %eax
	movl	%eax, %edi
	call	is_digit
	testl	%eax, %eax
	je	.L45
	movq	-32(%rbp), %rax
	movq	40(%rax), %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movzbl	-9(%rbp), %eax
	subl	$48, %eax
	cltq
	addq	%rax, %rdx
	movq	-32(%rbp), %rax
	movq	%rdx, 40(%rax)
	jmp	.L46
.L45:
	cmpb	$96, -9(%rbp)
	jbe	.L47
	cmpb	$102, -9(%rbp)
	ja	.L47
	movq	-32(%rbp), %rax
	movq	40(%rax), %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movzbl	-9(%rbp), %eax
	subl	$87, %eax
	cltq
	addq	%rax, %rdx
	movq	-32(%rbp), %rax
	movq	%rdx, 40(%rax)
	jmp	.L46
.L47:
	cmpb	$64, -9(%rbp)
	jbe	.L48
	cmpb	$70, -9(%rbp)
	ja	.L48
	movq	-32(%rbp), %rax
	movq	40(%rax), %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movzbl	-9(%rbp), %eax
	subl	$55, %eax
	cltq
	addq	%rax, %rdx
	movq	-32(%rbp), %rax
	movq	%rdx, 40(%rax)
	jmp	.L46
.L48:
	movq	-32(%rbp), %rax
	addq	$4, %rax
	leaq	.LC8(%rip), %rdx
	movl	$32, %esi
	movq	%rax, %rdi
	movl	$0, %eax
	call	snprintf@PLT
	movq	-32(%rbp), %rax
	movl	$1, (%rax)
	movq	-24(%rbp), %rax
	jmp	.L24
.L46:
	addq	$1, -24(%rbp)
	jmp	.L13
.L17:
	cmpb	$0, -9(%rbp)
	jne	.L49
	movq	-32(%rbp), %rax
	movl	$6, (%rax)
	movq	-32(%rbp), %rdx
	movl	-8(%rbp), %eax
	cltq
	movb	$0, 4(%rdx,%rax)
	movq	-24(%rbp), %rax
	jmp	.L24
.L49:
	cmpb	$92, -9(%rbp)
	jne	.L50
	movl	$6, -4(%rbp)
	addq	$1, -24(%rbp)
	jmp	.L13
.L50:
	cmpb	$34, -9(%rbp)
	jne	.L51
	movq	-32(%rbp), %rdx
	movl	-8(%rbp), %eax
	cltq
	movb	$0, 4(%rdx,%rax)
	movq	-32(%rbp), %rax
	movl	$3, (%rax)
	movq	-24(%rbp), %rax
	addq	$1, %rax
	jmp	.L24
.L51:
	cmpl	$30, -8(%rbp)
	jg	.L52
	movl	-8(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -8(%rbp)
	movzbl	-9(%rbp), %ecx
	movq	-32(%rbp), %rdx
	cltq
	movb	%cl, 4(%rdx,%rax)
.L52:
	addq	$1, -24(%rbp)
	jmp	.L13
.L16:
	cmpl	$30, -8(%rbp)
	jg	.L53
	movl	-8(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -8(%rbp)
	movzbl	-9(%rbp), %ecx
	movq	-32(%rbp), %rdx
	cltq
	movb	%cl, 4(%rdx,%rax)
.L53:
	movl	$5, -4(%rbp)
	addq	$1, -24(%rbp)
	nop
.L13:
	jmp	.L54
.L24:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	next_token, .-next_token
	.section	.rodata
.LC9:
	.string	"%2d %-6s '%s'"
.LC10:
	.string	" = %ld"
.LC11:
	.string	"%s=%d "
.LC12:
	.string	"\nint total = %ld\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$112, %rsp
	leaq	source(%rip), %rax
	movq	%rax, -8(%rbp)
	pxor	%xmm0, %xmm0
	movaps	%xmm0, -112(%rbp)
	movups	%xmm0, -100(%rbp)
	movq	$0, -16(%rbp)
	movl	$0, -20(%rbp)
.L59:
	leaq	-80(%rbp), %rdx
	movq	-8(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	next_token
	movq	%rax, -8(%rbp)
	movl	-80(%rbp), %edx
	movl	%edx, %eax
	movl	-112(%rbp,%rax,4), %eax
	addl	$1, %eax
	movl	%edx, %edx
	movl	%eax, -112(%rbp,%rdx,4)
	movl	-80(%rbp), %eax
	cmpl	$1, %eax
	jne	.L56
	movq	-40(%rbp), %rax
	addq	%rax, -16(%rbp)
.L56:
	movl	-80(%rbp), %eax
	movl	%eax, %eax
	leaq	0(,%rax,8), %rdx
	leaq	tok_names(%rip), %rax
	movq	(%rdx,%rax), %rdx
	movl	-20(%rbp), %eax
	leal	1(%rax), %ecx
	movl	%ecx, -20(%rbp)
	leaq	-80(%rbp), %rcx
	addq	$4, %rcx
	movl	%eax, %esi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-80(%rbp), %eax
	cmpl	$1, %eax
	jne	.L57
	movq	-40(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
.L57:
	movl	$10, %edi
	call	putchar@PLT
	movl	-80(%rbp), %eax
	cmpl	$5, %eax
	je	.L58
	movl	-80(%rbp), %eax
	cmpl	$6, %eax
	jne	.L59
.L58:
	movl	$0, -24(%rbp)
	jmp	.L60
.L61:
	movl	-24(%rbp), %eax
	cltq
	movl	-112(%rbp,%rax,4), %edx
	movl	-24(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rcx
	leaq	tok_names(%rip), %rax
	movq	(%rcx,%rax), %rax
	movq	%rax, %rsi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -24(%rbp)
.L60:
	cmpl	$6, -24(%rbp)
	jle	.L61
	movq	-16(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC12(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-112(%rbp), %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$28, %eax
	addl	%eax, %edx
	andl	$15, %edx
	subl	%eax, %edx
	movl	%edx, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
