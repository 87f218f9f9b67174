	.file	"25_vectorizable.c"
	.text
	.globl	vseed
	.data
	.align 4
	.type	vseed, @object
	.size	vseed, 4
vseed:
	.long	11
	.local	a
	.comm	a,4096,32
	.local	b
	.comm	b,4096,32
	.local	c
	.comm	c,4096,32
	.local	text
	.comm	text,1024,32
	.local	sa
	.comm	sa,2048,32
	.local	fa
	.comm	fa,4096,32
	.local	fb
	.comm	fb,4096,32
	.text
	.globl	sum_a
	.type	sum_a, @function
sum_a:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L2
.L3:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	a(%rip), %rax
	movl	(%rdx,%rax), %eax
	addl	%eax, -4(%rbp)
	addl	$1, -8(%rbp)
.L2:
	cmpl	$1023, -8(%rbp)
	jle	.L3
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	sum_a, .-sum_a
	.globl	sum16
	.type	sum16, @function
sum16:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L6
.L7:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	addl	%eax, -4(%rbp)
	addl	$1, -8(%rbp)
.L6:
	cmpl	$15, -8(%rbp)
	jle	.L7
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	sum16, .-sum16
	.globl	sum_n
	.type	sum_n, @function
sum_n:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movq	$0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L10
.L11:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	cltq
	addq	%rax, -8(%rbp)
	addl	$1, -12(%rbp)
.L10:
	movl	-12(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L11
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	sum_n, .-sum_n
	.globl	add_arrays
	.type	add_arrays, @function
add_arrays:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	$0, -4(%rbp)
	jmp	.L14
.L15:
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	a(%rip), %rax
	movl	(%rdx,%rax), %edx
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rcx
	leaq	b(%rip), %rax
	movl	(%rcx,%rax), %eax
	leal	(%rdx,%rax), %ecx
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	c(%rip), %rax
	movl	%ecx, (%rdx,%rax)
	addl	$1, -4(%rbp)
.L14:
	cmpl	$1023, -4(%rbp)
	jle	.L15
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	add_arrays, .-add_arrays
	.globl	mul_add
	.type	mul_add, @function
mul_add:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L17
.L18:
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	c(%rip), %rax
	movl	(%rdx,%rax), %edx
	movl	%edx, %eax
	addl	%eax, %eax
	leal	(%rax,%rdx), %ecx
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	b(%rip), %rax
	movl	(%rdx,%rax), %eax
	imull	-20(%rbp), %eax
	addl	%eax, %ecx
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	c(%rip), %rax
	movl	%ecx, (%rdx,%rax)
	addl	$1, -4(%rbp)
.L17:
	cmpl	$1023, -4(%rbp)
	jle	.L18
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	mul_add, .-mul_add
	.globl	count_byte
	.type	count_byte, @function
count_byte:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movb	%al, -20(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L20
.L21:
	movl	-8(%rbp), %eax
	cltq
	leaq	text(%rip), %rdx
	movzbl	(%rax,%rdx), %eax
	cmpb	%al, -20(%rbp)
	sete	%al
	movzbl	%al, %eax
	addl	%eax, -4(%rbp)
	addl	$1, -8(%rbp)
.L20:
	cmpl	$1023, -8(%rbp)
	jle	.L21
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	count_byte, .-count_byte
	.globl	max_c
	.type	max_c, @function
max_c:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	c(%rip), %eax
	movl	%eax, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L24
.L25:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	c(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	-4(%rbp), %edx
	cmpl	%eax, %edx
	cmovge	%edx, %eax
	movl	%eax, -4(%rbp)
	addl	$1, -8(%rbp)
.L24:
	cmpl	$1023, -8(%rbp)
	jle	.L25
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	max_c, .-max_c
	.globl	min_short
	.type	min_short, @function
min_short:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movzwl	sa(%rip), %eax
	movw	%ax, -2(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L28
.L29:
	movl	-8(%rbp), %eax
	cltq
	leaq	(%rax,%rax), %rdx
	leaq	sa(%rip), %rax
	movzwl	(%rdx,%rax), %eax
	movzwl	-2(%rbp), %edx
	cmpw	%ax, %dx
	cmovle	%edx, %eax
	movw	%ax, -2(%rbp)
	addl	$1, -8(%rbp)
.L28:
	cmpl	$1023, -8(%rbp)
	jle	.L29
	movswl	-2(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	min_short, .-min_short
	.globl	scale_floats
	.type	scale_floats, @function
scale_floats:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movss	%xmm0, -20(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L32
.L33:
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	fa(%rip), %rax
	movss	(%rdx,%rax), %xmm0
	mulss	-20(%rbp), %xmm0
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	fb(%rip), %rax
	movss	%xmm0, (%rdx,%rax)
	addl	$1, -4(%rbp)
.L32:
	cmpl	$1023, -4(%rbp)
	jle	.L33
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	scale_floats, .-scale_floats
	.globl	xor_reduce
	.type	xor_reduce, @function
xor_reduce:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L35
.L36:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	a(%rip), %rax
	movl	(%rdx,%rax), %eax
	xorl	%eax, -4(%rbp)
	addl	$1, -8(%rbp)
.L35:
	cmpl	$1023, -8(%rbp)
	jle	.L36
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	xor_reduce, .-xor_reduce
	.globl	to_upper_ascii
	.type	to_upper_ascii, @function
to_upper_ascii:
.LFB10:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	$0, -4(%rbp)
	jmp	.L39
.L42:
	movl	-4(%rbp), %eax
	cltq
	leaq	text(%rip), %rdx
	movzbl	(%rax,%rdx), %eax
	cmpb	$96, %al
	jbe	.L40
	movl	-4(%rbp), %eax
	cltq
	leaq	text(%rip), %rdx
	movzbl	(%rax,%rdx), %eax
	cmpb	$122, %al
	ja	.L40
	movl	-4(%rbp), %eax
	cltq
	leaq	text(%rip), %rdx
	movzbl	(%rax,%rdx), %eax
	subl	$32, %eax
	jmp	.L41
.L40:
	movl	-4(%rbp), %eax
	cltq
	leaq	text(%rip), %rdx
	movzbl	(%rax,%rdx), %eax
.L41:
	movl	-4(%rbp), %edx
	movslq	%edx, %rdx
	leaq	text(%rip), %rcx
	movb	%al, (%rdx,%rcx)
	addl	$1, -4(%rbp)
.L39:
	cmpl	$1023, -4(%rbp)
	jle	.L42
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	to_upper_ascii, .-to_upper_ascii
	.section	.rodata
.LC2:
	.string	"sum a=%d (scalar %ld)\n"
.LC3:
	.string	"sum16@%d=%d "
.LC4:
	.string	"sum c=%ld c[0]=%d c[1023]=%d\n"
	.align 8
.LC5:
	.string	"mul_add sum=%ld c[500]=%d max=%d\n"
	.align 8
.LC6:
	.string	"count 'a'=%d 'b'=%d ' '=%d 'q'=%d\n"
.LC7:
	.string	"min short=%d\n"
	.align 8
.LC10:
	.string	"scaled float sum=%.2f fb[77]=%.2f\n"
.LC11:
	.string	"xor reduce a=%08x\n"
.LC12:
	.string	"upper: %.32s\n"
.LC0:
	.string	"abcab cabbage zz"
	.text
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$40, %rsp
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	.cfi_offset 3, -40
	movl	vseed(%rip), %eax
	movl	%eax, -56(%rbp)
	movl	$0, -36(%rbp)
	jmp	.L44
.L45:
	movl	-36(%rbp), %eax
	imull	-56(%rbp), %eax
	movslq	%eax, %rdx
	imulq	$274877907, %rdx, %rdx
	shrq	$32, %rdx
	sarl	$6, %edx
	movl	%eax, %ecx
	sarl	$31, %ecx
	subl	%ecx, %edx
	imull	$1000, %edx, %ecx
	subl	%ecx, %eax
	movl	%eax, %edx
	leal	-500(%rdx), %ecx
	movl	-36(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	a(%rip), %rax
	movl	%ecx, (%rdx,%rax)
	movl	-36(%rbp), %edx
	movl	%edx, %eax
	sall	$3, %eax
	subl	%edx, %eax
	movl	%eax, %ecx
	movl	-56(%rbp), %eax
	addl	%ecx, %eax
	movslq	%eax, %rdx
	imulq	$-993130575, %rdx, %rdx
	shrq	$32, %rdx
	addl	%eax, %edx
	sarl	$8, %edx
	movl	%eax, %ecx
	sarl	$31, %ecx
	subl	%ecx, %edx
	imull	$333, %edx, %ecx
	subl	%ecx, %eax
	movl	%eax, %edx
	movl	-36(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rcx
	leaq	b(%rip), %rax
	movl	%edx, (%rcx,%rax)
	movl	-36(%rbp), %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%eax, %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$28, %eax
	addl	%eax, %edx
	andl	$15, %edx
	subl	%eax, %edx
	movl	%edx, %eax
	cltq
	leaq	.LC0(%rip), %rdx
	movzbl	(%rax,%rdx), %eax
	movl	%eax, %ecx
	movl	-36(%rbp), %eax
	cltq
	leaq	text(%rip), %rdx
	movb	%cl, (%rax,%rdx)
	movl	-36(%rbp), %edx
	movl	%edx, %eax
	sall	$3, %eax
	addl	%edx, %eax
	sall	$2, %eax
	addl	%eax, %edx
	movl	-56(%rbp), %eax
	addl	%edx, %eax
	movslq	%eax, %rdx
	imulq	$274877907, %rdx, %rdx
	shrq	$32, %rdx
	sarl	$7, %edx
	movl	%eax, %ecx
	sarl	$31, %ecx
	subl	%ecx, %edx
	imull	$2000, %edx, %ecx
	subl	%ecx, %eax
	movl	%eax, %edx
	movl	%edx, %eax
	subw	$1000, %ax
	movl	%eax, %ecx
	movl	-36(%rbp), %eax
	cltq
	leaq	(%rax,%rax), %rdx
	leaq	sa(%rip), %rax
	movw	%cx, (%rdx,%rax)
	movl	-36(%rbp), %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$26, %eax
	addl	%eax, %edx
	andl	$63, %edx
	subl	%eax, %edx
	movl	%edx, %eax
	pxor	%xmm1, %xmm1
	cvtsi2ssl	%eax, %xmm1
	movss	.LC1(%rip), %xmm0
	mulss	%xmm1, %xmm0
	movl	-36(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	fa(%rip), %rax
	movss	%xmm0, (%rdx,%rax)
	addl	$1, -36(%rbp)
.L44:
	cmpl	$1023, -36(%rbp)
	jle	.L45
	movl	$1024, %esi
	leaq	a(%rip), %rax
	movq	%rax, %rdi
	call	sum_n
	movq	%rax, %rbx
	call	sum_a
	movq	%rbx, %rdx
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -40(%rbp)
	jmp	.L46
.L47:
	movl	-40(%rbp), %edx
	movl	%edx, %eax
	sall	$3, %eax
	addl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	a(%rip), %rax
	addq	%rdx, %rax
	movq	%rax, %rdi
	call	sum16
	movl	%eax, %ecx
	movl	-40(%rbp), %edx
	movl	%edx, %eax
	sall	$3, %eax
	addl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	movl	%ecx, %edx
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -40(%rbp)
.L46:
	cmpl	$7, -40(%rbp)
	jle	.L47
	movl	$10, %edi
	call	putchar@PLT
	call	add_arrays
	movl	4092+c(%rip), %r12d
	movl	c(%rip), %ebx
	movl	$1024, %esi
	leaq	c(%rip), %rax
	movq	%rax, %rdi
	call	sum_n
	movl	%r12d, %ecx
	movl	%ebx, %edx
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-56(%rbp), %eax
	negl	%eax
	movl	%eax, %edi
	call	mul_add
	call	max_c
	movl	%eax, %r12d
	movl	2000+c(%rip), %ebx
	movl	$1024, %esi
	leaq	c(%rip), %rax
	movq	%rax, %rdi
	call	sum_n
	movl	%r12d, %ecx
	movl	%ebx, %edx
	movq	%rax, %rsi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$113, %edi
	call	count_byte
	movl	%eax, %r13d
	movl	$32, %edi
	call	count_byte
	movl	%eax, %r12d
	movl	$98, %edi
	call	count_byte
	movl	%eax, %ebx
	movl	$97, %edi
	call	count_byte
	movl	%r13d, %r8d
	movl	%r12d, %ecx
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movw	$-1234, 1554+sa(%rip)
	call	min_short
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	.LC8(%rip), %eax
	movd	%eax, %xmm0
	call	scale_floats
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -48(%rbp)
	movl	$0, -52(%rbp)
	jmp	.L48
.L49:
	movl	-52(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	fb(%rip), %rax
	movss	(%rdx,%rax), %xmm0
	cvtss2sd	%xmm0, %xmm0
	movsd	-48(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -48(%rbp)
	addl	$1, -52(%rbp)
.L48:
	cmpl	$1023, -52(%rbp)
	jle	.L49
	movss	308+fb(%rip), %xmm0
	cvtss2sd	%xmm0, %xmm0
	movq	-48(%rbp), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	call	xor_reduce
	movl	%eax, %esi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	call	to_upper_ascii
	leaq	text(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC12(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	addq	$40, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.section	.rodata
	.align 4
.LC1:
	.long	1056964608
	.align 4
.LC8:
	.long	1075838976
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
