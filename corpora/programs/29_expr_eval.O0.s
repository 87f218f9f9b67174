	.file	"29_expr_eval.c"
	.text
	.type	skip_ws, @function
skip_ws:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	jmp	.L2
.L3:
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	leaq	1(%rax), %rdx
	movq	-8(%rbp), %rax
	movq	%rdx, (%rax)
.L2:
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	movzbl	(%rax), %eax
	cmpb	$32, %al
	je	.L3
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	movzbl	(%rax), %eax
	cmpb	$9, %al
	je	.L3
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	skip_ws, .-skip_ws
	.globl	parse_primary
	.type	parse_primary, @function
parse_primary:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -40(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	skip_ws
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	movzbl	(%rax), %eax
	movb	%al, -9(%rbp)
	cmpb	$40, -9(%rbp)
	jne	.L5
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	leaq	1(%rax), %rdx
	movq	-40(%rbp), %rax
	movq	%rdx, (%rax)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	parse_expr
	movq	%rax, -24(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	skip_ws
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	movzbl	(%rax), %eax
	cmpb	$41, %al
	jne	.L6
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	leaq	1(%rax), %rdx
	movq	-40(%rbp), %rax
	movq	%rdx, (%rax)
	jmp	.L7
.L6:
	movq	-40(%rbp), %rax
	movl	$1, 8(%rax)
.L7:
	movq	-24(%rbp), %rax
	jmp	.L8
.L5:
	cmpb	$45, -9(%rbp)
	jne	.L9
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	leaq	1(%rax), %rdx
	movq	-40(%rbp), %rax
	movq	%rdx, (%rax)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	parse_primary
	negq	%rax
	jmp	.L8
.L9:
	cmpb	$47, -9(%rbp)
	jle	.L10
	cmpb	$57, -9(%rbp)
	jg	.L10
	movq	$0, -8(%rbp)
	jmp	.L11
.L13:
	movq	-8(%rbp), %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	movq	%rax, %rsi
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	leaq	1(%rax), %rcx
	movq	-40(%rbp), %rdx
	movq	%rcx, (%rdx)
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	subl	$48, %eax
	cltq
	addq	%rsi, %rax
	movq	%rax, -8(%rbp)
.L11:
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	movzbl	(%rax), %eax
	cmpb	$47, %al
	jle	.L12
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	movzbl	(%rax), %eax
	cmpb	$57, %al
	jle	.L13
.L12:
	movq	-8(%rbp), %rax
	jmp	.L8
.L10:
	cmpb	$96, -9(%rbp)
	jle	.L14
	cmpb	$122, -9(%rbp)
	jg	.L14
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	leaq	1(%rax), %rdx
	movq	-40(%rbp), %rax
	movq	%rdx, (%rax)
	movsbl	-9(%rbp), %eax
	leal	-97(%rax), %edx
	movq	-40(%rbp), %rax
	movslq	%edx, %rdx
	addq	$2, %rdx
	movq	(%rax,%rdx,8), %rax
	jmp	.L8
.L14:
	movq	-40(%rbp), %rax
	movl	$2, 8(%rax)
	movl	$0, %eax
.L8:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	parse_primary, .-parse_primary
	.globl	parse_power
	.type	parse_power, @function
parse_power:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -40(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	parse_primary
	movq	%rax, -24(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	skip_ws
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	movzbl	(%rax), %eax
	cmpb	$94, %al
	jne	.L16
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	leaq	1(%rax), %rdx
	movq	-40(%rbp), %rax
	movq	%rdx, (%rax)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	parse_power
	movq	%rax, -32(%rbp)
	movq	$1, -8(%rbp)
	movq	$0, -16(%rbp)
	jmp	.L17
.L19:
	movq	-8(%rbp), %rax
	imulq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	addq	$1, -16(%rbp)
.L17:
	movq	-16(%rbp), %rax
	cmpq	-32(%rbp), %rax
	jge	.L18
	cmpq	$61, -16(%rbp)
	jle	.L19
.L18:
	movq	-8(%rbp), %rax
	jmp	.L20
.L16:
	movq	-24(%rbp), %rax
.L20:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	parse_power, .-parse_power
	.globl	parse_term
	.type	parse_term, @function
parse_term:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -40(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	parse_power
	movq	%rax, -8(%rbp)
.L28:
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	skip_ws
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	movzbl	(%rax), %eax
	movb	%al, -9(%rbp)
	cmpb	$42, -9(%rbp)
	je	.L22
	cmpb	$47, -9(%rbp)
	je	.L22
	cmpb	$37, -9(%rbp)
	je	.L22
	movq	-8(%rbp), %rax
	jmp	.L29
.L22:
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	leaq	1(%rax), %rdx
	movq	-40(%rbp), %rax
	movq	%rdx, (%rax)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	parse_power
	movq	%rax, -24(%rbp)
	cmpb	$42, -9(%rbp)
	jne	.L24
	movq	-8(%rbp), %rax
	imulq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	.L28
.L24:
	cmpq	$0, -24(%rbp)
	jne	.L26
	movq	-40(%rbp), %rax
	movl	$3, 8(%rax)
	jmp	.L28
.L26:
	cmpb	$47, -9(%rbp)
	jne	.L27
	movq	-8(%rbp), %rax
	cqto
	idivq	-24(%rbp)
	movq	%rax, -8(%rbp)
	jmp	.L28
.L27:
	movq	-8(%rbp), %rax
	cqto
	idivq	-24(%rbp)
	movq	%rdx, -8(%rbp)
	jmp	.L28
.L29:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	parse_term, .-parse_term
	.globl	parse_expr
	.type	parse_expr, @function
parse_expr:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -40(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	parse_term
	movq	%rax, -8(%rbp)
.L35:
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	skip_ws
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	movzbl	(%rax), %eax
	movb	%al, -9(%rbp)
	cmpb	$43, -9(%rbp)
	je	.L31
	cmpb	$45, -9(%rbp)
	je	.L31
	movq	-8(%rbp), %rax
	jmp	.L36
.L31:
	movq	-40(%rbp), %rax
	movq	(%rax), %rax
	leaq	1(%rax), %rdx
	movq	-40(%rbp), %rax
	movq	%rdx, (%rax)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	parse_term
	movq	%rax, -24(%rbp)
	cmpb	$43, -9(%rbp)
	jne	.L33
	movq	-8(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	jmp	.L34
.L33:
	movq	-8(%rbp), %rax
	subq	-24(%rbp), %rax
.L34:
	movq	%rax, -8(%rbp)
	jmp	.L35
.L36:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	parse_expr, .-parse_expr
	.type	evaluate, @function
evaluate:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$256, %rsp
	movq	%rdi, -248(%rbp)
	movq	%rsi, -256(%rbp)
	leaq	-240(%rbp), %rdx
	movl	$0, %eax
	movl	$28, %ecx
	movq	%rdx, %rdi
	rep stosq
	movq	-248(%rbp), %rax
	movq	%rax, -240(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L38
.L39:
	movl	-4(%rbp), %eax
	addl	$1, %eax
	cltq
	movl	-4(%rbp), %edx
	movslq	%edx, %rdx
	addq	$2, %rdx
	movq	%rax, -240(%rbp,%rdx,8)
	addl	$1, -4(%rbp)
.L38:
	cmpl	$25, -4(%rbp)
	jle	.L39
	leaq	-240(%rbp), %rax
	movq	%rax, %rdi
	call	parse_expr
	movq	%rax, -16(%rbp)
	leaq	-240(%rbp), %rax
	movq	%rax, %rdi
	call	skip_ws
	movq	-240(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	je	.L40
	movl	-232(%rbp), %eax
	testl	%eax, %eax
	jne	.L40
	movl	$4, -232(%rbp)
.L40:
	movl	-232(%rbp), %edx
	movq	-256(%rbp), %rax
	movl	%edx, (%rax)
	movq	-16(%rbp), %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	evaluate, .-evaluate
	.section	.rodata
.LC0:
	.string	"%-28s -> error %d\n"
.LC1:
	.string	"%-28s -> %ld\n"
.LC2:
	.string	"checksum=%ld errors=%d\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	$0, -8(%rbp)
	movl	$0, -12(%rbp)
	movq	$0, -24(%rbp)
	jmp	.L43
.L46:
	movq	-24(%rbp), %rax
	leaq	0(,%rax,8), %rdx
	leaq	exprs.0(%rip), %rax
	movq	(%rdx,%rax), %rax
	leaq	-36(%rbp), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	evaluate
	movq	%rax, -32(%rbp)
	movl	-36(%rbp), %eax
	testl	%eax, %eax
	je	.L44
	movl	-36(%rbp), %edx
	movq	-24(%rbp), %rax
	leaq	0(,%rax,8), %rcx
	leaq	exprs.0(%rip), %rax
	movq	(%rcx,%rax), %rax
	movq	%rax, %rsi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -12(%rbp)
	jmp	.L45
.L44:
	movq	-24(%rbp), %rax
	leaq	0(,%rax,8), %rdx
	leaq	exprs.0(%rip), %rax
	movq	(%rdx,%rax), %rax
	movq	-32(%rbp), %rdx
	movq	%rax, %rsi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-8(%rbp), %rdx
	movq	%rdx, %rax
	salq	$3, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	-32(%rbp), %rax
	addq	%rcx, %rax
	movq	%rax, -8(%rbp)
.L45:
	addq	$1, -24(%rbp)
.L43:
	cmpq	$14, -24(%rbp)
	jbe	.L46
	movl	-12(%rbp), %edx
	movq	-8(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-8(%rbp), %rcx
	movabsq	$-6640827866535438581, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	leaq	(%rdx,%rcx), %rax
	sarq	$6, %rax
	movq	%rax, %rdx
	movq	%rcx, %rax
	sarq	$63, %rax
	subq	%rax, %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	leaq	0(,%rax,4), %rdx
	addq	%rdx, %rax
	salq	$2, %rax
	subq	%rax, %rcx
	movq	%rcx, %rdx
	leaq	100(%rdx), %rcx
	movabsq	$-6640827866535438581, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	leaq	(%rdx,%rcx), %rax
	sarq	$6, %rax
	movq	%rax, %rdx
	movq	%rcx, %rax
	sarq	$63, %rax
	subq	%rax, %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	leaq	0(,%rax,4), %rdx
	addq	%rdx, %rax
	salq	$2, %rax
	subq	%rax, %rcx
	movq	%rcx, %rdx
	movl	%edx, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	main, .-main
	.section	.rodata
.LC3:
	.string	"1 + 2 * 3"
.LC4:
	.string	"(1 + 2) * 3"
.LC5:
	.string	"2 ^ 3 ^ 2"
.LC6:
	.string	"-(4 - 10) * -3"
.LC7:
	.string	"100 / 7 % 4"
.LC8:
	.string	"a + b * c - z"
.LC9:
	.string	"((((5))))"
.LC10:
	.string	"2^10 - 1000 / (3 + 2) * 4"
.LC11:
	.string	"17 % 5 * (x - y) / 2"
.LC12:
	.string	"1 / 0"
.LC13:
	.string	"3 + * 4"
.LC14:
	.string	"(1 + 2"
.LC15:
	.string	"12 34"
.LC16:
	.string	"-7 / 2 + -7 % 2"
.LC17:
	.string	"  9*9*9*9*9 - 50000  "
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	exprs.0, @object
	.size	exprs.0, 120
exprs.0:
	.quad	.LC3
	.quad	.LC4
	.quad	.LC5
	.quad	.LC6
	.quad	.LC7
	.quad	.LC8
	.quad	.LC9
	.quad	.LC10
	.quad	.LC11
	.quad	.LC12
	.quad	.LC13
	.quad	.LC14
	.quad	.LC15
	.quad	.LC16
	.quad	.LC17
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
