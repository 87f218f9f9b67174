	.file	"29_expr_eval.c"
	.text
	.p2align 4
	.globl	parse_expr
	.type	parse_expr, @function
parse_expr:
.LFB15:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movq	%rdi, %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	call	parse_term
	movq	%rax, %r12
	.p2align 4,,10
	.p2align 3
.L2:
	movq	0(%rbp), %rcx
	movzbl	(%rcx), %ebx
	cmpb	$9, %bl
	je	.L9
	cmpb	$32, %bl
	jne	.L3
.L9:
	leaq	1(%rcx), %rdx
	.p2align 4,,10
	.p2align 3
.L12:
	movq	%rdx, 0(%rbp)
	movzbl	(%rdx), %ebx
	movq	%rdx, %rcx
	addq	$1, %rdx
	cmpb	$32, %bl
	je	.L12
	cmpb	$9, %bl
	je	.L12
.L3:
	leal	-43(%rbx), %eax
	testb	$-3, %al
	jne	.L14
	addq	$1, %rcx
	movq	%rbp, %rdi
	movq	%rcx, 0(%rbp)
	call	parse_term
	leaq	(%r12,%rax), %rdx
	subq	%rax, %r12
	cmpb	$43, %bl
	cmove	%rdx, %r12
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L14:
	movq	%r12, %rax
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE15:
	.size	parse_expr, .-parse_expr
	.p2align 4
	.globl	parse_primary
	.type	parse_primary, @function
parse_primary:
.LFB12:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movl	$1, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rdi, %rbx
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	movq	(%rdi), %rcx
	.p2align 4,,10
	.p2align 3
.L29:
	movzbl	(%rcx), %edx
	cmpb	$32, %dl
	je	.L34
	cmpb	$9, %dl
	jne	.L18
.L34:
	leaq	1(%rcx), %rax
	.p2align 4,,10
	.p2align 3
.L41:
	movq	%rax, (%rbx)
	movzbl	(%rax), %edx
	movq	%rax, %rcx
	addq	$1, %rax
	cmpb	$32, %dl
	je	.L41
	cmpb	$9, %dl
	je	.L41
.L18:
	cmpb	$40, %dl
	je	.L46
	cmpb	$45, %dl
	jne	.L28
	addq	$1, %rcx
	negq	%rbp
	movq	%rcx, (%rbx)
	jmp	.L29
.L46:
	addq	$1, %rcx
	movq	%rbx, %rdi
	movq	%rcx, (%rbx)
	call	parse_expr
	movq	(%rbx), %rsi
	movzbl	(%rsi), %ecx
	cmpb	$32, %cl
	je	.L35
	cmpb	$9, %cl
	jne	.L22
.L35:
	leaq	1(%rsi), %rdx
	.p2align 4,,10
	.p2align 3
.L42:
	movq	%rdx, (%rbx)
	movzbl	(%rdx), %ecx
	movq	%rdx, %rsi
	addq	$1, %rdx
	cmpb	$32, %cl
	je	.L42
	cmpb	$9, %cl
	je	.L42
.L22:
	cmpb	$41, %cl
	je	.L47
	movl	$1, 8(%rbx)
.L26:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	imulq	%rbp, %rax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L28:
	.cfi_restore_state
	leal	-48(%rdx), %eax
	cmpb	$9, %al
	jbe	.L48
	subl	$97, %edx
	cmpb	$25, %dl
	jbe	.L49
	movl	$2, 8(%rbx)
.L31:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L47:
	.cfi_restore_state
	addq	$1, %rsi
	movq	%rsi, (%rbx)
	jmp	.L26
.L48:
	movq	(%rbx), %rdx
	movzbl	(%rdx), %eax
	subl	$48, %eax
	cmpb	$9, %al
	ja	.L31
	addq	$1, %rdx
	xorl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L32:
	movq	%rdx, (%rbx)
	movsbl	-1(%rdx), %eax
	movq	%rdx, %rsi
	leaq	(%rcx,%rcx,4), %rcx
	addq	$1, %rdx
	subl	$48, %eax
	cltq
	leaq	(%rax,%rcx,2), %rcx
	movzbl	(%rsi), %eax
	subl	$48, %eax
	cmpb	$9, %al
	jbe	.L32
	movq	%rbp, %rax
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	imulq	%rcx, %rax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L49:
	.cfi_restore_state
	movsbq	%dl, %rdx
	addq	$1, %rcx
	movq	16(%rbx,%rdx,8), %rax
	movq	%rcx, (%rbx)
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	imulq	%rbp, %rax
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE12:
	.size	parse_primary, .-parse_primary
	.p2align 4
	.globl	parse_power
	.type	parse_power, @function
parse_power:
.LFB13:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rdi, %rbx
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	call	parse_primary
	movq	(%rbx), %rsi
	movq	%rax, %rbp
	movzbl	(%rsi), %ecx
	cmpb	$32, %cl
	je	.L58
	cmpb	$9, %cl
	jne	.L51
.L58:
	leaq	1(%rsi), %rdx
	.p2align 4,,10
	.p2align 3
.L65:
	movq	%rdx, (%rbx)
	movzbl	(%rdx), %ecx
	movq	%rdx, %rsi
	addq	$1, %rdx
	cmpb	$32, %cl
	je	.L65
	cmpb	$9, %cl
	je	.L65
.L51:
	cmpb	$94, %cl
	je	.L69
.L50:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movq	%rbp, %rax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L69:
	.cfi_restore_state
	addq	$1, %rsi
	movq	%rbx, %rdi
	movq	%rsi, (%rbx)
	call	parse_power
	testq	%rax, %rax
	jle	.L57
	xorl	%edx, %edx
	movl	$1, %ecx
	jmp	.L55
	.p2align 4,,10
	.p2align 3
.L70:
	cmpq	$61, %rdx
	jg	.L59
.L55:
	addq	$1, %rdx
	imulq	%rbp, %rcx
	cmpq	%rdx, %rax
	jg	.L70
.L59:
	movq	%rcx, %rbp
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movq	%rbp, %rax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L57:
	.cfi_restore_state
	movl	$1, %ebp
	jmp	.L50
	.cfi_endproc
.LFE13:
	.size	parse_power, .-parse_power
	.p2align 4
	.globl	parse_term
	.type	parse_term, @function
parse_term:
.LFB14:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	call	parse_power
	movq	%rax, %rbp
	.p2align 4,,10
	.p2align 3
.L72:
	movq	(%r12), %rcx
	movzbl	(%rcx), %ebx
	cmpb	$32, %bl
	je	.L82
	cmpb	$9, %bl
	jne	.L73
.L82:
	leaq	1(%rcx), %rdx
	.p2align 4,,10
	.p2align 3
.L91:
	movq	%rdx, (%r12)
	movzbl	(%rdx), %ebx
	movq	%rdx, %rcx
	addq	$1, %rdx
	cmpb	$32, %bl
	je	.L91
	cmpb	$9, %bl
	je	.L91
.L73:
	cmpb	$42, %bl
	je	.L76
	cmpb	$47, %bl
	je	.L76
	cmpb	$37, %bl
	jne	.L96
	addq	$1, %rcx
	movq	%r12, %rdi
	movq	%rcx, (%r12)
	call	parse_power
	movq	%rax, %rsi
	testq	%rax, %rax
	jne	.L78
.L81:
	movl	$3, 8(%r12)
	jmp	.L72
	.p2align 4,,10
	.p2align 3
.L76:
	addq	$1, %rcx
	movq	%r12, %rdi
	movq	%rcx, (%r12)
	call	parse_power
	movq	%rax, %rcx
	cmpb	$42, %bl
	jne	.L80
	imulq	%rax, %rbp
	jmp	.L72
	.p2align 4,,10
	.p2align 3
.L78:
	movq	%rbp, %rax
	cqto
	idivq	%rsi
	movq	%rdx, %rbp
	jmp	.L72
.L96:
	movq	%rbp, %rax
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
.L80:
	.cfi_restore_state
	testq	%rax, %rax
	je	.L81
	movq	%rbp, %rax
	cqto
	idivq	%rcx
	movq	%rax, %rbp
	jmp	.L72
	.cfi_endproc
.LFE14:
	.size	parse_term, .-parse_term
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%-28s -> error %d\n"
.LC1:
	.string	"%-28s -> %ld\n"
.LC2:
	.string	"checksum=%ld errors=%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB17:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	xorl	%ebp, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	leaq	exprs.0(%rip), %rbx
	leaq	120(%rbx), %r15
	subq	$248, %rsp
	.cfi_def_cfa_offset 304
	leaq	24(%rsp), %rax
	movl	$0, 12(%rsp)
	leaq	16(%rsp), %r12
	movq	%rax, (%rsp)
	.p2align 4,,10
	.p2align 3
.L108:
	movq	(%rbx), %r13
	movq	(%rsp), %rdi
	xorl	%eax, %eax
	movl	$27, %ecx
	rep stosq
	movq	%r13, 16(%rsp)
	movl	$1, %eax
	.p2align 4,,10
	.p2align 3
.L99:
	movq	%rax, 8(%r12,%rax,8)
	addq	$1, %rax
	cmpq	$27, %rax
	jne	.L99
	movq	%r12, %rdi
	call	parse_expr
	movq	%rax, %r14
	movq	16(%rsp), %rax
	movzbl	(%rax), %edx
	cmpb	$32, %dl
	je	.L111
	cmpb	$9, %dl
	jne	.L100
.L111:
	addq	$1, %rax
	.p2align 4,,10
	.p2align 3
.L116:
	movq	%rax, 16(%rsp)
	movzbl	(%rax), %edx
	addq	$1, %rax
	cmpb	$32, %dl
	je	.L116
	cmpb	$9, %dl
	je	.L116
.L100:
	movl	24(%rsp), %eax
	testb	%dl, %dl
	je	.L103
	testl	%eax, %eax
	movl	$4, %esi
	cmove	%esi, %eax
.L109:
	movl	%eax, %edx
	movq	%r13, %rsi
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	call	printf@PLT
	addl	$1, 12(%rsp)
.L107:
	addq	$8, %rbx
	cmpq	%r15, %rbx
	jne	.L108
	movl	12(%rsp), %edx
	movq	%rbp, %rsi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$248, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movabsq	$-6640827866535438581, %rax
	imulq	%rbp
	popq	%rbx
	.cfi_def_cfa_offset 48
	leaq	(%rdx,%rbp), %rax
	movq	%rbp, %rdx
	sarq	$63, %rdx
	sarq	$6, %rax
	subq	%rdx, %rax
	leaq	(%rax,%rax,4), %rax
	leaq	(%rax,%rax,4), %rax
	salq	$2, %rax
	subq	%rax, %rbp
	movabsq	$2951479051793528259, %rax
	leaq	100(%rbp), %rcx
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	movq	%rcx, %rdx
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	shrq	$2, %rdx
	popq	%r15
	.cfi_def_cfa_offset 8
	mulq	%rdx
	movq	%rdx, %rax
	andq	$-4, %rdx
	shrq	$2, %rax
	addq	%rdx, %rax
	leaq	(%rax,%rax,4), %rdx
	movl	%ecx, %eax
	salq	$2, %rdx
	subl	%edx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L103:
	.cfi_restore_state
	testl	%eax, %eax
	jne	.L109
	movq	%r14, %rdx
	movq	%r13, %rsi
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	leaq	0(,%rbp,8), %rax
	subq	%rbp, %rax
	leaq	(%rax,%r14), %rbp
	jmp	.L107
	.cfi_endproc
.LFE17:
	.size	main, .-main
	.section	.rodata.str1.1
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
