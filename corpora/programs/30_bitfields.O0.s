	.file	"30_bitfields.c"
	.text
	.globl	vseed
	.data
	.align 4
	.type	vseed, @object
	.size	vseed, 4
vseed:
	.long	9
	.text
	.globl	bump
	.type	bump, @function
bump:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	shrl	$9, %eax
	andw	$4095, %ax
	addl	$1, %eax
	andw	$4095, %ax
	movq	-8(%rbp), %rdx
	movzwl	%ax, %eax
	andl	$4095, %eax
	sall	$9, %eax
	movl	%eax, %ecx
	movl	(%rdx), %eax
	andl	$-2096641, %eax
	orl	%ecx, %eax
	movl	%eax, (%rdx)
	movq	-8(%rbp), %rax
	movzwl	(%rax), %eax
	sall	$7, %eax
	sarw	$11, %ax
	andl	$31, %eax
	addl	$31, %eax
	andl	$31, %eax
	sall	$3, %eax
	sarb	$3, %al
	movq	-8(%rbp), %rdx
	movzbl	%al, %eax
	andl	$31, %eax
	sall	$4, %eax
	movl	%eax, %ecx
	movzwl	(%rdx), %eax
	andw	$-497, %ax
	orl	%ecx, %eax
	movw	%ax, (%rdx)
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
	shrb	%al
	andl	$7, %eax
	addl	$3, %eax
	andl	$7, %eax
	movl	%eax, %edx
	movq	-8(%rbp), %rax
	andl	$7, %edx
	leal	(%rdx,%rdx), %ecx
	movzbl	(%rax), %edx
	andl	$-15, %edx
	orl	%ecx, %edx
	movb	%dl, (%rax)
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
	andl	$1, %eax
	testb	%al, %al
	sete	%dl
	movq	-8(%rbp), %rax
	movl	%edx, %ecx
	andl	$1, %ecx
	movzbl	(%rax), %edx
	andl	$-2, %edx
	orl	%ecx, %edx
	movb	%dl, (%rax)
	movq	-8(%rbp), %rax
	movzwl	2(%rax), %eax
	shrw	$6, %ax
	addl	$100, %eax
	andw	$1023, %ax
	movl	%eax, %edx
	movq	-8(%rbp), %rax
	movl	%edx, %ecx
	sall	$6, %ecx
	movzwl	2(%rax), %edx
	andl	$63, %edx
	orl	%ecx, %edx
	movw	%dx, 2(%rax)
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	bump, .-bump
	.globl	encode
	.type	encode, @function
encode:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movzbl	-8(%rbp), %eax
	andl	$15, %eax
	movzbl	%al, %eax
	imull	$1000000, %eax, %edx
	movzwl	-8(%rbp), %eax
	shrw	$4, %ax
	andl	$63, %eax
	movzbl	%al, %eax
	imull	$10000, %eax, %eax
	leal	(%rdx,%rax), %esi
	movl	-8(%rbp), %eax
	shrl	$10, %eax
	movl	%eax, %edx
	movslq	%edx, %rax
	imulq	$1759218605, %rax, %rax
	shrq	$32, %rax
	sarl	$12, %eax
	movl	%edx, %ecx
	sarl	$31, %ecx
	subl	%ecx, %eax
	imull	$10000, %eax, %ecx
	movl	%edx, %eax
	subl	%ecx, %eax
	addl	%esi, %eax
	movl	%eax, %edx
	movl	-4(%rbp), %eax
	sall	$12, %eax
	sarl	$12, %eax
	andl	$4095, %eax
	xorl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	encode, .-encode
	.globl	blend
	.type	blend, @function
blend:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movw	%di, -18(%rbp)
	movw	%si, -20(%rbp)
	movzbl	-17(%rbp), %eax
	shrb	$3, %al
	movzbl	%al, %edx
	movzbl	-19(%rbp), %eax
	shrb	$3, %al
	movzbl	%al, %eax
	addl	%edx, %eax
	movl	%eax, %edx
	shrl	$31, %edx
	addl	%edx, %eax
	sarl	%eax
	andl	$31, %eax
	leal	0(,%rax,8), %edx
	movzbl	-1(%rbp), %eax
	andl	$7, %eax
	orl	%edx, %eax
	movb	%al, -1(%rbp)
	movzwl	-18(%rbp), %eax
	shrw	$5, %ax
	andl	$63, %eax
	movzbl	%al, %edx
	movzwl	-20(%rbp), %eax
	shrw	$5, %ax
	andl	$63, %eax
	movzbl	%al, %eax
	addl	%edx, %eax
	movl	%eax, %edx
	shrl	$31, %edx
	addl	%edx, %eax
	sarl	%eax
	andl	$63, %eax
	movzbl	%al, %eax
	andl	$63, %eax
	sall	$5, %eax
	movl	%eax, %edx
	movzwl	-2(%rbp), %eax
	andw	$-2017, %ax
	orl	%edx, %eax
	movw	%ax, -2(%rbp)
	movzbl	-18(%rbp), %eax
	andl	$31, %eax
	movzbl	%al, %edx
	movzbl	-20(%rbp), %eax
	andl	$31, %eax
	movzbl	%al, %eax
	addl	%edx, %eax
	movl	%eax, %edx
	shrl	$31, %edx
	addl	%edx, %eax
	sarl	%eax
	andl	$31, %eax
	andl	$31, %eax
	movl	%eax, %edx
	movzbl	-2(%rbp), %eax
	andl	$-32, %eax
	orl	%edx, %eax
	movb	%al, -2(%rbp)
	movzwl	-2(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	blend, .-blend
	.section	.rodata
	.align 8
.LC1:
	.string	"ready=%u mode=%u level=%d count=%u urgent=%d tail=%u\n"
	.align 8
.LC2:
	.string	"sizeof flags=%zu packet=%zu rgb565=%zu\n"
	.align 8
.LC3:
	.string	"packet: v=%u t=%u len=%u off=%lld ck=%x enc=%u\n"
	.align 8
.LC4:
	.string	"after rmw: t=%u len=%u off=%lld ck=%x\n"
	.globl	__popcountdi2
.LC5:
	.string	"raw low 32 bits set: %d\n"
	.align 8
.LC6:
	.string	"blend r=%u g=%u b=%u bits=%04x\n"
.LC7:
	.string	"level_sum=%d\n"
	.align 2
.LC0:
	.byte	255
	.byte	255
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
	leaq	-20(%rbp), %rax
	movl	$4, %edx
	movl	$0, %esi
	movq	%rax, %rdi
	call	memset@PLT
	movzwl	-20(%rbp), %eax
	andw	$-497, %ax
	orl	$48, %eax
	movw	%ax, -20(%rbp)
	movl	-20(%rbp), %eax
	andl	$-2096641, %eax
	orl	$2094080, %eax
	movl	%eax, -20(%rbp)
	movzwl	-18(%rbp), %eax
	andl	$63, %eax
	orw	$-7936, %ax
	movw	%ax, -18(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L7
.L8:
	leaq	-20(%rbp), %rax
	movq	%rax, %rdi
	call	bump
	movzwl	-18(%rbp), %eax
	shrw	$6, %ax
	movzwl	%ax, %esi
	movzbl	-18(%rbp), %eax
	shrb	$5, %al
	andl	$1, %eax
	movzbl	%al, %r8d
	movl	-20(%rbp), %eax
	shrl	$9, %eax
	andw	$4095, %ax
	movzwl	%ax, %edi
	movzwl	-20(%rbp), %eax
	sall	$7, %eax
	sarw	$11, %ax
	movsbl	%al, %ecx
	movzbl	-20(%rbp), %eax
	shrb	%al
	andl	$7, %eax
	movzbl	%al, %edx
	movzbl	-20(%rbp), %eax
	andl	$1, %eax
	movzbl	%al, %eax
	subq	$8, %rsp
	pushq	%rsi
	movl	%r8d, %r9d
	movl	%edi, %r8d
	movl	%eax, %esi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$16, %rsp
	movl	-20(%rbp), %eax
	shrl	$9, %eax
	andw	$4095, %ax
	movzwl	%ax, %eax
	andl	$1, %eax
	testl	%eax, %eax
	setne	%al
	andl	$1, %eax
	sall	$5, %eax
	movl	%eax, %edx
	movzbl	-18(%rbp), %eax
	andl	$-33, %eax
	orl	%edx, %eax
	movb	%al, -18(%rbp)
	addl	$1, -4(%rbp)
.L7:
	movl	vseed(%rip), %eax
	cmpl	%eax, -4(%rbp)
	jl	.L8
	movl	$2, %ecx
	movl	$8, %edx
	movl	$4, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -32(%rbp)
	movzbl	-32(%rbp), %eax
	andl	$-16, %eax
	orl	$5, %eax
	movb	%al, -32(%rbp)
	movzwl	-32(%rbp), %eax
	orw	$1008, %ax
	movw	%ax, -32(%rbp)
	movl	-32(%rbp), %eax
	andl	$1023, %eax
	orl	$-198967296, %eax
	movl	%eax, -32(%rbp)
	movl	-28(%rbp), %eax
	andl	$-1048576, %eax
	orl	$748576, %eax
	movl	%eax, -28(%rbp)
	movzwl	-26(%rbp), %eax
	andl	$15, %eax
	orw	$-21568, %ax
	movw	%ax, -26(%rbp)
	movq	-32(%rbp), %rax
	movq	%rax, %rdi
	call	encode
	movl	%eax, %ecx
	movzwl	-26(%rbp), %eax
	shrw	$4, %ax
	movzwl	%ax, %edi
	movl	-28(%rbp), %eax
	sall	$12, %eax
	sarl	$12, %eax
	movslq	%eax, %rsi
	movl	-32(%rbp), %eax
	shrl	$10, %eax
	movl	%eax, %r10d
	movzwl	-32(%rbp), %eax
	shrw	$4, %ax
	andl	$63, %eax
	movzbl	%al, %edx
	movzbl	-32(%rbp), %eax
	andl	$15, %eax
	movzbl	%al, %eax
	subq	$8, %rsp
	pushq	%rcx
	movl	%edi, %r9d
	movq	%rsi, %r8
	movl	%r10d, %ecx
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$16, %rsp
	movl	-28(%rbp), %eax
	sall	$12, %eax
	sarl	$12, %eax
	addl	$824286, %eax
	sall	$12, %eax
	sarl	$12, %eax
	andl	$1048575, %eax
	movl	%eax, %edx
	movl	-28(%rbp), %eax
	andl	$-1048576, %eax
	orl	%edx, %eax
	movl	%eax, -28(%rbp)
	movl	-32(%rbp), %eax
	shrl	$10, %eax
	addl	%eax, %eax
	addl	$1, %eax
	andl	$4194303, %eax
	sall	$10, %eax
	movl	%eax, %edx
	movl	-32(%rbp), %eax
	andl	$1023, %eax
	orl	%edx, %eax
	movl	%eax, -32(%rbp)
	movzwl	-32(%rbp), %eax
	shrw	$4, %ax
	andl	$63, %eax
	addl	$1, %eax
	andl	$63, %eax
	movzbl	%al, %eax
	andl	$63, %eax
	sall	$4, %eax
	movl	%eax, %edx
	movzwl	-32(%rbp), %eax
	andw	$-1009, %ax
	orl	%edx, %eax
	movw	%ax, -32(%rbp)
	movzwl	-26(%rbp), %eax
	shrw	$4, %ax
	movzwl	%ax, %ecx
	movl	-28(%rbp), %eax
	sall	$12, %eax
	sarl	$12, %eax
	movslq	%eax, %rdx
	movl	-32(%rbp), %eax
	shrl	$10, %eax
	movl	%eax, %esi
	movzwl	-32(%rbp), %eax
	shrw	$4, %ax
	andl	$63, %eax
	movzbl	%al, %eax
	movl	%ecx, %r8d
	movq	%rdx, %rcx
	movl	%esi, %edx
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-32(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	-40(%rbp), %rax
	movl	%eax, %eax
	movq	%rax, %rdi
	call	__popcountdi2@PLT
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movzwl	.LC0(%rip), %eax
	movw	%ax, -42(%rbp)
	movzbl	-44(%rbp), %eax
	andl	$-32, %eax
	movb	%al, -44(%rbp)
	movzwl	-44(%rbp), %eax
	andw	$-2017, %ax
	orw	$320, %ax
	movw	%ax, -44(%rbp)
	movl	vseed(%rip), %eax
	andl	$31, %eax
	leal	0(,%rax,8), %edx
	movzbl	-43(%rbp), %eax
	andl	$7, %eax
	orl	%edx, %eax
	movb	%al, -43(%rbp)
	movzwl	-44(%rbp), %edx
	movzwl	-42(%rbp), %eax
	movl	%edx, %esi
	movl	%eax, %edi
	call	blend
	movw	%ax, -46(%rbp)
	movzwl	-46(%rbp), %eax
	movw	%ax, -48(%rbp)
	movzwl	-48(%rbp), %eax
	movzwl	%ax, %esi
	movzbl	-46(%rbp), %eax
	andl	$31, %eax
	movzbl	%al, %ecx
	movzwl	-46(%rbp), %eax
	shrw	$5, %ax
	andl	$63, %eax
	movzbl	%al, %edx
	movzbl	-45(%rbp), %eax
	shrb	$3, %al
	movzbl	%al, %eax
	movl	%esi, %r8d
	movl	%eax, %esi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -8(%rbp)
	leaq	-112(%rbp), %rax
	movl	$64, %edx
	movl	$0, %esi
	movq	%rax, %rdi
	call	memset@PLT
	movl	$0, -12(%rbp)
	jmp	.L9
.L10:
	movl	-12(%rbp), %eax
	subl	$8, %eax
	sall	$3, %eax
	sarb	$3, %al
	movl	-12(%rbp), %edx
	movslq	%edx, %rdx
	movzbl	%al, %eax
	andl	$31, %eax
	sall	$4, %eax
	movl	%eax, %ecx
	movzwl	-112(%rbp,%rdx,4), %eax
	andw	$-497, %ax
	orl	%ecx, %eax
	movw	%ax, -112(%rbp,%rdx,4)
	movl	-12(%rbp), %eax
	andl	$7, %eax
	movl	-12(%rbp), %edx
	movslq	%edx, %rdx
	andl	$7, %eax
	leal	(%rax,%rax), %ecx
	movzbl	-112(%rbp,%rdx,4), %eax
	andl	$-15, %eax
	orl	%ecx, %eax
	movb	%al, -112(%rbp,%rdx,4)
	movl	-12(%rbp), %eax
	andw	$4095, %ax
	imulw	$300, %ax, %ax
	andw	$4095, %ax
	movl	-12(%rbp), %edx
	movslq	%edx, %rdx
	movzwl	%ax, %eax
	andl	$4095, %eax
	sall	$9, %eax
	movl	%eax, %ecx
	movl	-112(%rbp,%rdx,4), %eax
	andl	$-2096641, %eax
	orl	%ecx, %eax
	movl	%eax, -112(%rbp,%rdx,4)
	addl	$1, -12(%rbp)
.L9:
	cmpl	$15, -12(%rbp)
	jle	.L10
	movl	$0, -16(%rbp)
	jmp	.L11
.L12:
	movl	-16(%rbp), %eax
	cltq
	movzwl	-112(%rbp,%rax,4), %eax
	sall	$7, %eax
	sarw	$11, %ax
	movsbl	%al, %edx
	movl	-16(%rbp), %eax
	cltq
	movzbl	-112(%rbp,%rax,4), %eax
	shrb	%al
	andl	$7, %eax
	movzbl	%al, %eax
	imull	%eax, %edx
	movl	-16(%rbp), %eax
	cltq
	movl	-112(%rbp,%rax,4), %eax
	shrl	$9, %eax
	andw	$4095, %ax
	movzwl	%ax, %eax
	addl	%edx, %eax
	addl	%eax, -8(%rbp)
	addl	$1, -16(%rbp)
.L11:
	cmpl	$15, -16(%rbp)
	jle	.L12
	movl	-8(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
