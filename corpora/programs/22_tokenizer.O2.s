	.file	"22_tokenizer.c"
	.text
	.p2align 4
	.globl	is_ident_start
	.type	is_ident_start, @function
is_ident_start:
.LFB11:
	.cfi_startproc
	subl	$65, %edi
	cmpb	$57, %dil
	ja	.L3
	movabsq	$288230372997595135, %rax
	btq	%rdi, %rax
	setc	%al
	movzbl	%al, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	is_ident_start, .-is_ident_start
	.p2align 4
	.globl	is_digit
	.type	is_digit, @function
is_digit:
.LFB12:
	.cfi_startproc
	subl	$48, %edi
	xorl	%eax, %eax
	cmpb	$9, %dil
	setbe	%al
	ret
	.cfi_endproc
.LFE12:
	.size	is_digit, .-is_digit
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"<>=!"
	.text
	.p2align 4
	.globl	next_token
	.type	next_token, @function
next_token:
.LFB13:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movq	%rsi, %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	movq	$0, 40(%rsi)
	movzbl	(%rdi), %r12d
	.p2align 4,,10
	.p2align 3
.L7:
	testb	%r12b, %r12b
	je	.L58
.L14:
	leal	-9(%r12), %eax
	cmpb	$1, %al
	jbe	.L52
	cmpb	$32, %r12b
	je	.L52
	cmpb	$35, %r12b
	je	.L59
	movzbl	%r12b, %esi
	movl	%esi, %edi
	call	is_ident_start
	movl	%eax, %ecx
	testl	%eax, %eax
	jne	.L20
	cmpb	$48, %r12b
	je	.L60
	movl	%esi, %edi
	call	is_digit
	testl	%eax, %eax
	jne	.L26
	cmpb	$34, %r12b
	jne	.L27
	movzbl	1(%rbx), %ecx
	leaq	1(%rbx), %rdx
	.p2align 4,,10
	.p2align 3
.L28:
	testb	%cl, %cl
	je	.L61
.L46:
	cmpb	$92, %cl
	je	.L47
	leaq	1(%rdx), %rsi
	cmpb	$34, %cl
	je	.L62
	cmpl	$30, %eax
	jg	.L49
	movslq	%eax, %rdi
	addl	$1, %eax
	movb	%cl, 4(%rbp,%rdi)
.L49:
	movzbl	1(%rdx), %ecx
	movq	%rsi, %rdx
	testb	%cl, %cl
	jne	.L46
.L61:
	cltq
	movl	$6, 0(%rbp)
	movb	$0, 4(%rbp,%rax)
	movq	%rdx, %rax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L52:
	.cfi_restore_state
	movzbl	1(%rbx), %r12d
	addq	$1, %rbx
	testb	%r12b, %r12b
	jne	.L14
.L58:
	movq	%rbx, %rdx
	movl	$5, 0(%rbp)
	movb	$0, 4(%rbp)
	movq	%rdx, %rax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L59:
	.cfi_restore_state
	movzbl	1(%rbx), %eax
	addq	$1, %rbx
	cmpb	$10, %al
	je	.L34
	.p2align 4,,10
	.p2align 3
.L63:
	testb	%al, %al
	je	.L34
	movzbl	1(%rbx), %eax
	addq	$1, %rbx
	cmpb	$10, %al
	jne	.L63
.L34:
	movzbl	(%rbx), %r12d
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L20:
	movzbl	(%rbx), %ecx
	xorl	%edx, %edx
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L35:
	cmpl	$30, %edx
	jg	.L37
	movslq	%edx, %rax
	addl	$1, %edx
	movb	%cl, 4(%rbp,%rax)
.L37:
	movzbl	1(%rbx), %ecx
	addq	$1, %rbx
.L8:
	movzbl	%cl, %esi
	movl	%esi, %edi
	call	is_ident_start
	testl	%eax, %eax
	jne	.L35
	movl	%esi, %edi
	call	is_digit
	testl	%eax, %eax
	jne	.L35
	movslq	%edx, %rdx
	movb	$0, 4(%rbp,%rdx)
	movq	%rbx, %rdx
	movl	$0, 0(%rbp)
	movq	%rdx, %rax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L26:
	.cfi_restore_state
	movzbl	(%rbx), %esi
	movzbl	%sil, %edx
	movl	%edx, %edi
	call	is_digit
	testl	%eax, %eax
	je	.L38
	.p2align 4,,10
	.p2align 3
.L64:
	movq	40(%rbp), %rax
	subl	$48, %edx
	addq	$1, %rbx
	movslq	%edx, %rdx
	leaq	(%rax,%rax,4), %rax
	leaq	(%rdx,%rax,2), %rax
	movq	%rax, 40(%rbp)
	movslq	%ecx, %rax
	addl	$1, %ecx
	movb	%sil, 4(%rbp,%rax)
	movzbl	(%rbx), %esi
	movzbl	%sil, %edx
	movl	%edx, %edi
	call	is_digit
	testl	%eax, %eax
	jne	.L64
.L38:
	cmpb	$46, %sil
	jne	.L39
	leal	1(%rcx), %esi
	movslq	%ecx, %rcx
	leaq	1(%rbx), %rdx
	movb	$46, 4(%rbp,%rcx)
	movzbl	1(%rbx), %ecx
	jmp	.L40
	.p2align 4,,10
	.p2align 3
.L65:
	movslq	%esi, %rax
	addq	$1, %rdx
	addl	$1, %esi
	movb	%cl, 4(%rbp,%rax)
	movzbl	(%rdx), %ecx
.L40:
	movzbl	%cl, %edi
	call	is_digit
	testl	%eax, %eax
	jne	.L65
	movslq	%esi, %rsi
	movb	$0, 4(%rbp,%rsi)
	movl	$2, 0(%rbp)
.L6:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movq	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L47:
	.cfi_restore_state
	cmpl	$30, %eax
	jg	.L11
	movzbl	1(%rdx), %esi
	movslq	%eax, %rcx
	addl	$1, %eax
	movb	%sil, 4(%rbp,%rcx)
.L11:
	movzbl	2(%rdx), %ecx
	addq	$2, %rdx
	jmp	.L28
.L60:
	movzbl	1(%rbx), %eax
	andl	$-33, %eax
	cmpb	$88, %al
	jne	.L22
	movzbl	2(%rbx), %esi
	leaq	2(%rbx), %rdx
	jmp	.L23
	.p2align 4,,10
	.p2align 3
.L66:
	movq	40(%rbp), %rax
	subl	$48, %ecx
	movslq	%ecx, %rcx
	salq	$4, %rax
	addq	%rcx, %rax
.L43:
	addq	$1, %rdx
	movq	%rax, 40(%rbp)
	movzbl	(%rdx), %esi
.L23:
	movzbl	%sil, %ecx
	movl	%ecx, %edi
	call	is_digit
	testl	%eax, %eax
	jne	.L66
	leal	-97(%rsi), %eax
	cmpb	$5, %al
	ja	.L44
	movq	40(%rbp), %rax
	subl	$87, %ecx
	movslq	%ecx, %rcx
	salq	$4, %rax
	addq	%rcx, %rax
	jmp	.L43
.L22:
	movl	$48, %edi
	call	is_digit
	testl	%eax, %eax
	jne	.L26
	movl	$4, 0(%rbp)
	movb	$48, 4(%rbp)
	jmp	.L33
	.p2align 4,,10
	.p2align 3
.L44:
	subl	$65, %esi
	cmpb	$5, %sil
	ja	.L45
	movq	40(%rbp), %rax
	subl	$55, %ecx
	movslq	%ecx, %rcx
	salq	$4, %rax
	addq	%rcx, %rax
	jmp	.L43
.L62:
	cltq
	movq	%rsi, %rdx
	movb	$0, 4(%rbp,%rax)
	movq	%rdx, %rax
	movl	$3, 0(%rbp)
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L39:
	.cfi_restore_state
	movq	%rbx, %rdx
	movslq	%ecx, %rcx
	movb	$0, 4(%rbp,%rcx)
	movq	%rdx, %rax
	movl	$1, 0(%rbp)
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L45:
	.cfi_restore_state
	movl	$7890280, 4(%rbp)
	movl	$1, 0(%rbp)
	jmp	.L6
.L27:
	movl	$4, 0(%rbp)
	leaq	.LC0(%rip), %rdi
	movb	%r12b, 4(%rbp)
	call	strchr@PLT
	testq	%rax, %rax
	je	.L29
	cmpb	$61, 1(%rbx)
	je	.L51
.L29:
	cmpb	$38, %r12b
	je	.L31
	cmpb	$124, %r12b
	jne	.L33
.L31:
	cmpb	%r12b, 1(%rbx)
	je	.L30
.L33:
	movl	$1, %edx
	movl	$1, %eax
.L32:
	movb	$0, 4(%rbp,%rax)
	addq	%rbx, %rdx
	jmp	.L6
.L51:
	movl	$61, %r12d
.L30:
	movb	%r12b, 5(%rbp)
	movl	$2, %edx
	movl	$2, %eax
	jmp	.L32
	.cfi_endproc
.LFE13:
	.size	next_token, .-next_token
	.section	.rodata.str1.1
.LC1:
	.string	"%2d %-6s '%s'"
.LC2:
	.string	" = %ld"
.LC3:
	.string	"%s=%d "
.LC4:
	.string	"\nint total = %ld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pxor	%xmm0, %xmm0
	xorl	%r15d, %r15d
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	xorl	%r13d, %r13d
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	leaq	tok_names(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	leaq	source(%rip), %rbx
	subq	$104, %rsp
	.cfi_def_cfa_offset 160
	leaq	52(%rsp), %rax
	movaps	%xmm0, 16(%rsp)
	leaq	48(%rsp), %r14
	movq	%rax, 8(%rsp)
	movups	%xmm0, 28(%rsp)
	jmp	.L70
	.p2align 4,,10
	.p2align 3
.L69:
	movl	$10, %edi
	call	putchar@PLT
	movl	48(%rsp), %eax
	subl	$5, %eax
	cmpl	$1, %eax
	jbe	.L75
	movl	%ebp, %r13d
.L70:
	movq	%rbx, %rdi
	movq	%r14, %rsi
	call	next_token
	movq	%rax, %rbx
	movl	48(%rsp), %eax
	addl	$1, 16(%rsp,%rax,4)
	cmpl	$1, %eax
	jne	.L68
	addq	88(%rsp), %r15
.L68:
	movq	(%r12,%rax,8), %rdx
	movq	8(%rsp), %rcx
	xorl	%eax, %eax
	movl	%r13d, %esi
	leaq	.LC1(%rip), %rdi
	leal	1(%r13), %ebp
	call	printf@PLT
	cmpl	$1, 48(%rsp)
	jne	.L69
	movq	88(%rsp), %rsi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L69
	.p2align 4,,10
	.p2align 3
.L75:
	xorl	%ebx, %ebx
	leaq	16(%rsp), %r13
	leaq	.LC3(%rip), %rbp
	.p2align 4,,10
	.p2align 3
.L71:
	movl	0(%r13,%rbx,4), %edx
	movq	(%r12,%rbx,8), %rsi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$1, %rbx
	call	printf@PLT
	cmpq	$7, %rbx
	jne	.L71
	movq	%r15, %rsi
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	16(%rsp), %eax
	addq	$104, %rsp
	.cfi_def_cfa_offset 56
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	cltd
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	shrl	$28, %edx
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	addl	%edx, %eax
	andl	$15, %eax
	subl	%edx, %eax
	ret
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.section	.rodata
	.align 32
	.type	source, @object
	.size	source, 133
source:
	.string	"let x1 = 42 + 0x1F * (y_2 - 3.25); # comment here\nprint(\"hi \\\"there\\\"\", x1 >= 10 && z != 0x0);\nif a<=b { c = 007 } else { d == 1.5 }"
	.section	.rodata.str1.1
.LC5:
	.string	"IDENT"
.LC6:
	.string	"INT"
.LC7:
	.string	"FLOAT"
.LC8:
	.string	"STRING"
.LC9:
	.string	"OP"
.LC10:
	.string	"END"
.LC11:
	.string	"ERROR"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	tok_names, @object
	.size	tok_names, 56
tok_names:
	.quad	.LC5
	.quad	.LC6
	.quad	.LC7
	.quad	.LC8
	.quad	.LC9
	.quad	.LC10
	.quad	.LC11
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
