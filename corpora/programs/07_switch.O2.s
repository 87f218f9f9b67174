	.file	"07_switch.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
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
	.p2align 4
	.globl	day_name
	.type	day_name, @function
day_name:
.LFB11:
	.cfi_startproc
	cmpl	$6, %edi
	ja	.L2
	leaq	.L4(%rip), %rdx
	movl	%edi, %edi
	movslq	(%rdx,%rdi,4), %rax
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L4:
	.long	.L10-.L4
	.long	.L11-.L4
	.long	.L8-.L4
	.long	.L7-.L4
	.long	.L6-.L4
	.long	.L5-.L4
	.long	.L3-.L4
	.text
	.p2align 4,,10
	.p2align 3
.L11:
	leaq	.LC1(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	leaq	.LC0(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	leaq	.LC2(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	leaq	.LC3(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	leaq	.LC6(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	leaq	.LC4(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	leaq	.LC5(%rip), %rax
	ret
.L2:
	leaq	.LC7(%rip), %rax
	ret
	.cfi_endproc
.LFE11:
	.size	day_name, .-day_name
	.section	.text.unlikely,"ax",@progbits
.LCOLDB8:
	.text
.LHOTB8:
	.p2align 4
	.globl	op
	.type	op, @function
op:
.LFB12:
	.cfi_startproc
	movq	%rdx, %r8
	cmpl	$13, %edi
	ja	.L30
	leaq	.L16(%rip), %rcx
	movl	%edi, %edi
	movslq	(%rcx,%rdi,4), %rax
	addq	%rcx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L16:
	.long	.L29-.L16
	.long	.L28-.L16
	.long	.L27-.L16
	.long	.L26-.L16
	.long	.L25-.L16
	.long	.L24-.L16
	.long	.L23-.L16
	.long	.L22-.L16
	.long	.L21-.L16
	.long	.L20-.L16
	.long	.L19-.L16
	.long	.L18-.L16
	.long	.L17-.L16
	.long	.L15-.L16
	.text
	.p2align 4,,10
	.p2align 3
.L17:
	negq	%rsi
	movq	%rsi, %rcx
.L13:
	movq	%rcx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L15:
	notq	%rdx
	movq	%rdx, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L29:
	leaq	(%rdx,%rsi), %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L28:
	subq	%rdx, %rsi
	movq	%rsi, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L27:
	imulq	%rsi, %rdx
	movq	%rdx, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L26:
	xorl	%ecx, %ecx
	testq	%rdx, %rdx
	je	.L13
	movq	%rsi, %rax
	cqto
	idivq	%r8
	movq	%rax, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L25:
	xorl	%ecx, %ecx
	testq	%rdx, %rdx
	je	.L13
	movq	%rsi, %rax
	cqto
	idivq	%r8
	movq	%rdx, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L24:
	andq	%rsi, %rdx
	movq	%rdx, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L23:
	orq	%rsi, %rdx
	movq	%rdx, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L22:
	xorq	%rsi, %rdx
	movq	%rdx, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L21:
	movl	%edx, %ecx
	andl	$15, %ecx
	salq	%cl, %rsi
	movq	%rsi, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L20:
	movl	%edx, %ecx
	andl	$15, %ecx
	sarq	%cl, %rsi
	movq	%rsi, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L19:
	cmpq	%rsi, %rdx
	cmovge	%rdx, %rsi
	movq	%rsi, %rcx
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L18:
	cmpq	%rsi, %rdx
	movq	%rsi, %rcx
	cmovle	%rdx, %rcx
	jmp	.L13
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.type	op.cold, @function
op.cold:
.LFSB12:
.L30:
	xorl	%ecx, %ecx
	jmp	.L13
	.cfi_endproc
.LFE12:
	.text
	.size	op, .-op
	.section	.text.unlikely
	.size	op.cold, .-op.cold
.LCOLDE8:
	.text
.LHOTE8:
	.p2align 4
	.globl	char_class
	.type	char_class, @function
char_class:
.LFB13:
	.cfi_startproc
	subl	$9, %edi
	xorl	%eax, %eax
	cmpb	$108, %dil
	ja	.L35
	movzbl	%dil, %edi
	leaq	CSWTCH.9(%rip), %rax
	movsbl	(%rax,%rdi), %eax
.L35:
	ret
	.cfi_endproc
.LFE13:
	.size	char_class, .-char_class
	.p2align 4
	.globl	fall
	.type	fall, @function
fall:
.LFB14:
	.cfi_startproc
	movl	%edi, %edx
	sarl	$31, %edx
	shrl	$29, %edx
	leal	(%rdi,%rdx), %eax
	andl	$7, %eax
	subl	%edx, %eax
	cmpl	$7, %eax
	ja	.L39
	leaq	.L41(%rip), %rcx
	movl	%eax, %edx
	movslq	(%rcx,%rdx,4), %rdx
	addq	%rcx, %rdx
	jmp	*%rdx
	.section	.rodata
	.align 4
	.align 4
.L41:
	.long	.L49-.L41
	.long	.L38-.L41
	.long	.L50-.L41
	.long	.L51-.L41
	.long	.L52-.L41
	.long	.L53-.L41
	.long	.L42-.L41
	.long	.L54-.L41
	.text
	.p2align 4,,10
	.p2align 3
.L49:
	movl	$100, %eax
.L38:
	ret
	.p2align 4,,10
	.p2align 3
.L42:
	movl	$21, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L54:
	movl	$28, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L50:
	movl	$3, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L51:
	movl	$6, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L52:
	movl	$10, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L53:
	movl	$15, %eax
	ret
.L39:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE14:
	.size	fall, .-fall
	.p2align 4
	.globl	offset_switch
	.type	offset_switch, @function
offset_switch:
.LFB15:
	.cfi_startproc
	subl	$100, %edi
	movl	$-1, %eax
	cmpl	$15, %edi
	ja	.L55
	leaq	CSWTCH.12(%rip), %rax
	movl	(%rax,%rdi,4), %eax
.L55:
	ret
	.cfi_endproc
.LFE15:
	.size	offset_switch, .-offset_switch
	.section	.rodata.str1.1
.LC9:
	.string	"x = (a1 + 42) * bee - 7\tend\n"
.LC10:
	.string	"%d:%s "
.LC11:
	.string	"%ld%c"
.LC12:
	.string	"classes: %d %d %d %d %d %d\n"
.LC13:
	.string	"fall sum: %d\n"
.LC14:
	.string	"%d"
.LC15:
	.string	"\noffset sum: %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB16:
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
	leaq	.LC10(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	movl	$-1, %ebx
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	.p2align 4,,10
	.p2align 3
.L59:
	movl	%ebx, %edi
	movl	%ebx, %esi
	addl	$1, %ebx
	call	day_name
	movq	%rbp, %rdi
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
	cmpl	$8, %ebx
	jne	.L59
	movl	$10, %edi
	call	putchar@PLT
	movl	limit(%rip), %eax
	testl	%eax, %eax
	jle	.L60
	xorl	%r15d, %r15d
	movl	$17, %ebx
	leaq	.LC11(%rip), %r14
	movl	$2290649225, %r13d
	movl	$10, %r12d
	movl	$32, %ebp
	.p2align 4,,10
	.p2align 3
.L63:
	movl	%r15d, %eax
	leaq	3(%r15), %rsi
	movl	%r15d, %edi
	movl	%r15d, %r9d
	imulq	%r13, %rax
	shrq	$35, %rax
	movl	%eax, %edx
	sall	$4, %edx
	subl	%eax, %edx
	subl	%edx, %edi
	movq	%rsi, %rdx
	movq	%rbx, %rsi
	call	op
	movq	%rax, %rbx
	leaq	1000000(%rax), %rax
	cmpq	$2000000, %rax
	jbe	.L61
	movabsq	$-3294259620503029321, %rax
	imulq	%rbx
	leaq	(%rdx,%rbx), %rax
	movq	%rbx, %rdx
	sarq	$13, %rax
	sarq	$63, %rdx
	subq	%rdx, %rax
	imulq	$9973, %rax, %rax
	subq	%rax, %rbx
.L61:
	andl	$7, %r9d
	movl	%ebp, %edx
	movq	%rbx, %rsi
	movq	%r14, %rdi
	cmpl	$7, %r9d
	cmove	%r12d, %edx
	xorl	%eax, %eax
	addq	$1, %r15
	call	printf@PLT
	movl	limit(%rip), %eax
	cmpl	%r15d, %eax
	jg	.L63
.L60:
	pxor	%xmm0, %xmm0
	leaq	.LC9(%rip), %rdx
	movl	$120, %edi
	movq	$0, 16(%rsp)
	movaps	%xmm0, (%rsp)
	.p2align 4,,10
	.p2align 3
.L64:
	call	char_class
	movzbl	1(%rdx), %edi
	addq	$1, %rdx
	cltq
	addl	$1, (%rsp,%rax,4)
	testb	%dil, %dil
	jne	.L64
	subq	$8, %rsp
	.cfi_def_cfa_offset 104
	leaq	.LC12(%rip), %rdi
	movl	28(%rsp), %eax
	pushq	%rax
	.cfi_def_cfa_offset 112
	movl	28(%rsp), %r8d
	xorl	%eax, %eax
	movl	16(%rsp), %esi
	movl	32(%rsp), %r9d
	movl	24(%rsp), %ecx
	movl	20(%rsp), %edx
	call	printf@PLT
	popq	%rax
	.cfi_def_cfa_offset 104
	xorl	%esi, %esi
	popq	%rdx
	.cfi_def_cfa_offset 96
	xorl	%r8d, %r8d
	.p2align 4,,10
	.p2align 3
.L65:
	movl	%esi, %edi
	addl	$1, %esi
	call	fall
	addl	%eax, %r8d
	cmpl	$20, %esi
	jne	.L65
	movl	%r8d, %esi
	leaq	.LC13(%rip), %rdi
	xorl	%eax, %eax
	xorl	%r12d, %r12d
	call	printf@PLT
	movl	$95, %ebp
	leaq	.LC14(%rip), %r13
	.p2align 4,,10
	.p2align 3
.L66:
	movl	%ebp, %edi
	xorl	%esi, %esi
	call	offset_switch
	movq	%r13, %rdi
	testl	%eax, %eax
	movl	%eax, %ebx
	cmovns	%eax, %esi
	xorl	%eax, %eax
	addl	$1, %ebp
	addl	%ebx, %r12d
	call	printf@PLT
	cmpl	$120, %ebp
	jne	.L66
	movl	%r12d, %esi
	leaq	.LC15(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$40, %rsp
	.cfi_def_cfa_offset 56
	movl	$5, %eax
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE16:
	.size	main, .-main
	.section	.rodata
	.align 32
	.type	CSWTCH.12, @object
	.size	CSWTCH.12, 64
CSWTCH.12:
	.long	3
	.long	1
	.long	4
	.long	1
	.long	5
	.long	9
	.long	2
	.long	6
	.long	5
	.long	3
	.long	5
	.long	8
	.long	9
	.long	7
	.long	9
	.long	3
	.align 32
	.type	CSWTCH.9, @object
	.size	CSWTCH.9, 109
CSWTCH.9:
	.byte	3
	.byte	3
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	3
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	5
	.byte	5
	.byte	4
	.byte	4
	.byte	0
	.byte	4
	.byte	0
	.byte	4
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	2
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	1
	.byte	0
	.byte	0
	.byte	0
	.byte	1
	.byte	0
	.byte	0
	.byte	0
	.byte	1
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	1
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	1
	.globl	limit
	.data
	.align 4
	.type	limit, @object
	.size	limit, 4
limit:
	.long	40
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
