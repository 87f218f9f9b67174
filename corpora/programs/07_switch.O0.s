	.file	"07_switch.c"
	.text
	.globl	limit
	.data
	.align 4
	.type	limit, @object
	.size	limit, 4
limit:
	.long	40
	.section	.rodata
.LC0:
	.string	"sunday"
.LC1:
	.string	"monday"
.LC2:
	.string	"tuesday"
.LC3:
	.string	"wednesday"
.LC4:
	.string	"thursday"
.LC5:
	.string	"friday"
.LC6:
	.string	"saturday"
.LC7:
	.string	"unknown"
	.text
	.globl	day_name
	.type	day_name, @function
day_name:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	cmpl	$6, -4(%rbp)
	ja	.L2
	movl	-4(%rbp), %eax
	leaq	0(,%rax,4), %rdx
	leaq	.L4(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	leaq	.L4(%rip), %rdx
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L4:
	.long	.L10-.L4
	.long	.L9-.L4
	.long	.L8-.L4
	.long	.L7-.L4
	.long	.L6-.L4
	.long	.L5-.L4
	.long	.L3-.L4
	.text
.L10:
	leaq	.LC0(%rip), %rax
	jmp	.L11
.L9:
	leaq	.LC1(%rip), %rax
	jmp	.L11
.L8:
	leaq	.LC2(%rip), %rax
	jmp	.L11
.L7:
	leaq	.LC3(%rip), %rax
	jmp	.L11
.L6:
	leaq	.LC4(%rip), %rax
	jmp	.L11
.L5:
	leaq	.LC5(%rip), %rax
	jmp	.L11
.L3:
	leaq	.LC6(%rip), %rax
	jmp	.L11
.L2:
	leaq	.LC7(%rip), %rax
.L11:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	day_name, .-day_name
	.globl	op
	.type	op, @function
op:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	cmpl	$13, -4(%rbp)
	ja	.L13
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
	.long	.L28-.L15
	.long	.L27-.L15
	.long	.L26-.L15
	.long	.L25-.L15
	.long	.L24-.L15
	.long	.L23-.L15
	.long	.L22-.L15
	.long	.L21-.L15
	.long	.L20-.L15
	.long	.L19-.L15
	.long	.L18-.L15
	.long	.L17-.L15
	.long	.L16-.L15
	.long	.L14-.L15
	.text
.L28:
	movq	-16(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	jmp	.L29
.L27:
	movq	-16(%rbp), %rax
	subq	-24(%rbp), %rax
	jmp	.L29
.L26:
	movq	-16(%rbp), %rax
	imulq	-24(%rbp), %rax
	jmp	.L29
.L25:
	cmpq	$0, -24(%rbp)
	je	.L30
	movq	-16(%rbp), %rax
	cqto
	idivq	-24(%rbp)
	jmp	.L29
.L30:
	movl	$0, %eax
	jmp	.L29
.L24:
	cmpq	$0, -24(%rbp)
	je	.L32
	movq	-16(%rbp), %rax
	cqto
	idivq	-24(%rbp)
	movq	%rdx, %rax
	jmp	.L29
.L32:
	movl	$0, %eax
	jmp	.L29
.L23:
	movq	-16(%rbp), %rax
	andq	-24(%rbp), %rax
	jmp	.L29
.L22:
	movq	-16(%rbp), %rax
	orq	-24(%rbp), %rax
	jmp	.L29
.L21:
	movq	-16(%rbp), %rax
	xorq	-24(%rbp), %rax
	jmp	.L29
.L20:
	movq	-16(%rbp), %rdx
	movq	-24(%rbp), %rax
	andl	$15, %eax
	movl	%eax, %ecx
	salq	%cl, %rdx
	movq	%rdx, %rax
	jmp	.L29
.L19:
	movq	-24(%rbp), %rax
	andl	$15, %eax
	movq	-16(%rbp), %rdx
	movl	%eax, %ecx
	sarq	%cl, %rdx
	movq	%rdx, %rax
	jmp	.L29
.L18:
	movq	-24(%rbp), %rdx
	movq	-16(%rbp), %rax
	cmpq	%rax, %rdx
	cmovge	%rdx, %rax
	jmp	.L29
.L17:
	movq	-24(%rbp), %rdx
	movq	-16(%rbp), %rax
	cmpq	%rax, %rdx
	cmovle	%rdx, %rax
	jmp	.L29
.L16:
	movq	-16(%rbp), %rax
	negq	%rax
	jmp	.L29
.L14:
	movq	-24(%rbp), %rax
	notq	%rax
	jmp	.L29
.L13:
	movl	$0, %eax
.L29:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	op, .-op
	.globl	char_class
	.type	char_class, @function
char_class:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	movzbl	-4(%rbp), %eax
	cmpl	$57, %eax
	jg	.L35
	cmpl	$9, %eax
	jge	.L36
	jmp	.L37
.L44:
	subl	$97, %eax
	movl	$1065233, %edx
	movl	%eax, %ecx
	shrq	%cl, %rdx
	movq	%rdx, %rax
	andl	$1, %eax
	testq	%rax, %rax
	setne	%al
	testb	%al, %al
	jne	.L38
	jmp	.L37
.L36:
	subl	$9, %eax
	cmpl	$48, %eax
	ja	.L37
	movl	%eax, %eax
	leaq	0(,%rax,4), %rdx
	leaq	.L40(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	leaq	.L40(%rip), %rdx
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L40:
	.long	.L43-.L40
	.long	.L43-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L43-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L37-.L40
	.long	.L42-.L40
	.long	.L42-.L40
	.long	.L41-.L40
	.long	.L41-.L40
	.long	.L37-.L40
	.long	.L41-.L40
	.long	.L37-.L40
	.long	.L41-.L40
	.long	.L39-.L40
	.long	.L39-.L40
	.long	.L39-.L40
	.long	.L39-.L40
	.long	.L39-.L40
	.long	.L39-.L40
	.long	.L39-.L40
	.long	.L39-.L40
	.long	.L39-.L40
	.long	.L39-.L40
	.text
.L35:
	cmpl	$117, %eax
	jg	.L37
	cmpl	$97, %eax
	jge	.L44
	jmp	.L37
.L38:
	movl	$1, %eax
	jmp	.L45
.L39:
	movl	$2, %eax
	jmp	.L45
.L43:
	movl	$3, %eax
	jmp	.L45
.L41:
	movl	$4, %eax
	jmp	.L45
.L42:
	movl	$5, %eax
	jmp	.L45
.L37:
	movl	$0, %eax
.L45:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	char_class, .-char_class
	.globl	fall
	.type	fall, @function
fall:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	$0, -4(%rbp)
	movl	-20(%rbp), %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$29, %eax
	addl	%eax, %edx
	andl	$7, %edx
	subl	%eax, %edx
	movl	%edx, %eax
	cmpl	$7, %eax
	ja	.L47
	movl	%eax, %eax
	leaq	0(,%rax,4), %rdx
	leaq	.L49(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	leaq	.L49(%rip), %rdx
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L49:
	.long	.L56-.L49
	.long	.L55-.L49
	.long	.L54-.L49
	.long	.L53-.L49
	.long	.L52-.L49
	.long	.L51-.L49
	.long	.L50-.L49
	.long	.L48-.L49
	.text
.L48:
	addl	$7, -4(%rbp)
.L50:
	addl	$6, -4(%rbp)
.L51:
	addl	$5, -4(%rbp)
.L52:
	addl	$4, -4(%rbp)
.L53:
	addl	$3, -4(%rbp)
.L54:
	addl	$2, -4(%rbp)
.L55:
	addl	$1, -4(%rbp)
	jmp	.L47
.L56:
	movl	$100, -4(%rbp)
	nop
.L47:
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	fall, .-fall
	.globl	offset_switch
	.type	offset_switch, @function
offset_switch:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	subl	$100, %eax
	cmpl	$15, %eax
	ja	.L59
	movl	%eax, %eax
	leaq	0(,%rax,4), %rdx
	leaq	.L61(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	leaq	.L61(%rip), %rdx
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L61:
	.long	.L76-.L61
	.long	.L75-.L61
	.long	.L74-.L61
	.long	.L73-.L61
	.long	.L72-.L61
	.long	.L71-.L61
	.long	.L70-.L61
	.long	.L69-.L61
	.long	.L68-.L61
	.long	.L67-.L61
	.long	.L66-.L61
	.long	.L65-.L61
	.long	.L64-.L61
	.long	.L63-.L61
	.long	.L62-.L61
	.long	.L60-.L61
	.text
.L76:
	movl	$3, %eax
	jmp	.L77
.L75:
	movl	$1, %eax
	jmp	.L77
.L74:
	movl	$4, %eax
	jmp	.L77
.L73:
	movl	$1, %eax
	jmp	.L77
.L72:
	movl	$5, %eax
	jmp	.L77
.L71:
	movl	$9, %eax
	jmp	.L77
.L70:
	movl	$2, %eax
	jmp	.L77
.L69:
	movl	$6, %eax
	jmp	.L77
.L68:
	movl	$5, %eax
	jmp	.L77
.L67:
	movl	$3, %eax
	jmp	.L77
.L66:
	movl	$5, %eax
	jmp	.L77
.L65:
	movl	$8, %eax
	jmp	.L77
.L64:
	movl	$9, %eax
	jmp	.L77
.L63:
	movl	$7, %eax
	jmp	.L77
.L62:
	movl	$9, %eax
	jmp	.L77
.L60:
	movl	$3, %eax
	jmp	.L77
.L59:
	movl	$-1, %eax
.L77:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	offset_switch, .-offset_switch
	.section	.rodata
.LC8:
	.string	"%d:%s "
.LC9:
	.string	"%ld%c"
.LC10:
	.string	"x = (a1 + 42) * bee - 7\tend\n"
.LC11:
	.string	"classes: %d %d %d %d %d %d\n"
.LC12:
	.string	"fall sum: %d\n"
.LC13:
	.string	"%d"
.LC14:
	.string	"\noffset sum: %d\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$96, %rsp
	movl	$-1, -4(%rbp)
	jmp	.L79
.L80:
	movl	-4(%rbp), %eax
	movl	%eax, %edi
	call	day_name
	movq	%rax, %rdx
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -4(%rbp)
.L79:
	cmpl	$7, -4(%rbp)
	jle	.L80
	movl	$10, %edi
	call	putchar@PLT
	movq	$17, -16(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L81
.L86:
	movl	-20(%rbp), %eax
	addl	$3, %eax
	movslq	%eax, %rsi
	movl	-20(%rbp), %edx
	movslq	%edx, %rax
	imulq	$-2004318071, %rax, %rax
	shrq	$32, %rax
	addl	%edx, %eax
	sarl	$3, %eax
	movl	%edx, %ecx
	sarl	$31, %ecx
	subl	%ecx, %eax
	movl	%eax, %ecx
	sall	$4, %ecx
	subl	%eax, %ecx
	movl	%edx, %eax
	subl	%ecx, %eax
	movq	-16(%rbp), %rcx
	movq	%rsi, %rdx
	movq	%rcx, %rsi
	movl	%eax, %edi
	call	op
	movq	%rax, -16(%rbp)
	cmpq	$1000000, -16(%rbp)
	jg	.L82
	cmpq	$-1000000, -16(%rbp)
	jge	.L83
.L82:
	movq	-16(%rbp), %rcx
	movabsq	$-3294259620503029321, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	leaq	(%rdx,%rcx), %rax
	sarq	$13, %rax
	movq	%rax, %rdx
	movq	%rcx, %rax
	sarq	$63, %rax
	subq	%rax, %rdx
	imulq	$9973, %rdx, %rax
	subq	%rax, %rcx
	movq	%rcx, %rdx
	movq	%rdx, -16(%rbp)
.L83:
	movl	-20(%rbp), %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$29, %eax
	addl	%eax, %edx
	andl	$7, %edx
	subl	%eax, %edx
	movl	%edx, %eax
	cmpl	$7, %eax
	jne	.L84
	movl	$10, %edx
	jmp	.L85
.L84:
	movl	$32, %edx
.L85:
	movq	-16(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -20(%rbp)
.L81:
	movl	limit(%rip), %eax
	cmpl	%eax, -20(%rbp)
	jl	.L86
	leaq	.LC10(%rip), %rax
	movq	%rax, -56(%rbp)
	pxor	%xmm0, %xmm0
	movaps	%xmm0, -96(%rbp)
	movq	%xmm0, -80(%rbp)
	movq	-56(%rbp), %rax
	movq	%rax, -32(%rbp)
	jmp	.L87
.L88:
	movq	-32(%rbp), %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	movl	%eax, %edi
	call	char_class
	movslq	%eax, %rdx
	movl	-96(%rbp,%rdx,4), %edx
	addl	$1, %edx
	cltq
	movl	%edx, -96(%rbp,%rax,4)
	addq	$1, -32(%rbp)
.L87:
	movq	-32(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L88
	movl	-76(%rbp), %esi
	movl	-80(%rbp), %r8d
	movl	-84(%rbp), %edi
	movl	-88(%rbp), %ecx
	movl	-92(%rbp), %edx
	movl	-96(%rbp), %eax
	subq	$8, %rsp
	pushq	%rsi
	movl	%r8d, %r9d
	movl	%edi, %r8d
	movl	%eax, %esi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$16, %rsp
	movl	$0, -36(%rbp)
	movl	$0, -40(%rbp)
	jmp	.L89
.L90:
	movl	-40(%rbp), %eax
	movl	%eax, %edi
	call	fall
	addl	%eax, -36(%rbp)
	addl	$1, -40(%rbp)
.L89:
	cmpl	$19, -40(%rbp)
	jle	.L90
	movl	-36(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC12(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -44(%rbp)
	movl	$95, -48(%rbp)
	jmp	.L91
.L92:
	movl	-48(%rbp), %eax
	movl	%eax, %edi
	call	offset_switch
	movl	%eax, -60(%rbp)
	movl	-60(%rbp), %eax
	movl	$0, %edx
	testl	%eax, %eax
	cmovs	%edx, %eax
	movl	%eax, %esi
	leaq	.LC13(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-60(%rbp), %eax
	addl	%eax, -44(%rbp)
	addl	$1, -48(%rbp)
.L91:
	cmpl	$119, -48(%rbp)
	jle	.L92
	movl	-44(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC14(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$5, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
