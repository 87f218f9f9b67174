	.text
	.globl	counter_addr
	.p2align	4, 0x90
	.type	counter_addr, @function
counter_addr:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	leaq	common_counter(%rip), %rax
	popq	%rbp
	retq
	.cfi_endproc
	.section	.rodata.cst8, "aM", @progbits, 8
	.p2align	3
.LLCPI1_0:
	.quad	0x4045000000000000
.LLCPI1_1:
	.quad	0x3fd554c985f06f69
.LLCPI1_2:
	.quad	0x4202a05f20000000
.LLCPI1_3:
	.quad	0xc01f000000000000
.LLCPI1_4:
	.quad	0xbf647ae147ae147b
.LLCPI1_5:
	.quad	0x4008000000000000
.LLCPI1_6:
	.quad	0x3fb999999999999a
.LLCPI1_7:
	.quad	0x3ff4000000000000
	.text
	.globl	scale
	.p2align	4, 0x90
	.type	scale, @function
scale:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	cmpl	$6, %edi
	ja	.LLBB1_8
	movsd	.LLCPI1_0(%rip), %xmm1
	movl	%edi, %eax
	leaq	.LLJTI1_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LLBB1_2:
	mulsd	.LLCPI1_7(%rip), %xmm0
	jmp	.LLBB1_8
.LLBB1_3:
	divsd	.LLCPI1_5(%rip), %xmm0
	addsd	.LLCPI1_6(%rip), %xmm0
	jmp	.LLBB1_8
.LLBB1_4:
	addsd	.LLCPI1_4(%rip), %xmm0
	jmp	.LLBB1_8
.LLBB1_5:
	mulsd	.LLCPI1_3(%rip), %xmm0
	jmp	.LLBB1_8
.LLBB1_6:
	addsd	.LLCPI1_2(%rip), %xmm0
	jmp	.LLBB1_8
.LLBB1_7:
	mulsd	%xmm0, %xmm0
	mulsd	.LLCPI1_1(%rip), %xmm0
.LLBB1_8:
	movapd	%xmm0, %xmm1
.LLBB1_9:
	movapd	%xmm1, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.section	.rodata
	.p2align	2
.LLJTI1_0:
	.long	.LLBB1_2-.LLJTI1_0
	.long	.LLBB1_3-.LLJTI1_0
	.long	.LLBB1_4-.LLJTI1_0
	.long	.LLBB1_5-.LLJTI1_0
	.long	.LLBB1_6-.LLJTI1_0
	.long	.LLBB1_7-.LLJTI1_0
	.long	.LLBB1_9-.LLJTI1_0
	.text
	.section	.rodata.cst4, "aM", @progbits, 4
	.p2align	2
.LLCPI2_0:
	.long	0x3dcccccd
.LLCPI2_1:
	.long	0x40200000
.LLCPI2_2:
	.long	0xbf400000
	.text
	.globl	fscale
	.p2align	4, 0x90
	.type	fscale, @function
fscale:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	testb	$1, %dil
	jne	.LLBB2_1
	movslq	%edi, %rax
	imulq	$1431655766, %rax, %rax
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	addl	%ecx, %eax
	leal	(%rax,%rax,2), %eax
	subl	%eax, %edi
	movslq	%edi, %rax
	leaq	fweights(%rip), %rcx
	mulss	(%rcx,%rax,4), %xmm0
	addss	.LLCPI2_2(%rip), %xmm0
	popq	%rbp
	retq
.LLBB2_1:
	mulss	.LLCPI2_0(%rip), %xmm0
	addss	.LLCPI2_1(%rip), %xmm0
	popq	%rbp
	retq
	.cfi_endproc
	.globl	classify
	.p2align	4, 0x90
	.type	classify, @function
classify:
	.cfi_startproc
	addl	$-97, %edi
	cmpl	$6, %edi
	ja	.LLBB3_1
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movslq	%edi, %rax
	leaq	.Ll_reltable.classify(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	popq	%rbp
	retq
.LLBB3_1:
	leaq	.LL_.str.15(%rip), %rax
	retq
	.cfi_endproc
	.section	.rodata.cst8, "aM", @progbits, 8
	.p2align	3
.LLCPI4_0:
	.quad	0x3fe0000000000000
.LLCPI4_1:
	.quad	0x3ff0000000000000
.LLCPI4_2:
	.quad	0x3ff8000000000000
.LLCPI4_3:
	.quad	0x4000000000000000
.LLCPI4_4:
	.quad	0x4004000000000000
.LLCPI4_5:
	.quad	0x4008000000000000
.LLCPI4_6:
	.quad	0x400c000000000000
.LLCPI4_7:
	.quad	0x4010000000000000
.LLCPI4_8:
	.quad	0x4014000000000000
.LLCPI4_9:
	.quad	0x4018000000000000
.LLCPI4_10:
	.quad	0x401c000000000000
.LLCPI4_16:
	.quad	0x0000000000000000
	.section	.rodata.cst4, "aM", @progbits, 4
	.p2align	2
.LLCPI4_11:
	.long	0x3f800000
.LLCPI4_12:
	.long	0x40000000
.LLCPI4_13:
	.long	0x40400000
.LLCPI4_14:
	.long	0x40800000
.LLCPI4_15:
	.long	0x40a00000
.LLCPI4_17:
	.long	0x00000000
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main, @function
main:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$40, %rsp
	.cfi_offset %rbx, -24
	movl	$3, %ecx
	leaq	common_table(%rip), %rax
	.p2align	4, 0x90
.LLBB4_1:
	leaq	-3(%rcx), %rdx
	imulq	%rdx, %rdx
	addq	$-3, %rdx
	movq	%rdx, -24(%rax,%rcx,8)
	cmpq	$39, %rcx
	je	.LLBB4_3
	leaq	-2(%rcx), %rdx
	imulq	%rdx, %rdx
	addq	$-3, %rdx
	movq	%rdx, -16(%rax,%rcx,8)
	leaq	-1(%rcx), %rdx
	imulq	%rdx, %rdx
	addq	$-3, %rdx
	movq	%rdx, -8(%rax,%rcx,8)
	movq	%rcx, %rdx
	imulq	%rcx, %rdx
	addq	$-3, %rdx
	movq	%rdx, (%rax,%rcx,8)
	addq	$4, %rcx
	jmp	.LLBB4_1
.LLBB4_3:
	leaq	common_counter(%rip), %rcx
	movl	(%rcx), %edx
	leal	(%rdx,%rdx,2), %esi
	addl	$15, %esi
	movl	%esi, (%rcx)
	movslq	vsel(%rip), %rcx
	leaq	zero_filled(%rip), %rbx
	movb	$113, (%rcx,%rbx,1)
	movdqa	16(%rax), %xmm0
	paddq	(%rax), %xmm0
	paddq	32(%rax), %xmm0
	paddq	48(%rax), %xmm0
	paddq	64(%rax), %xmm0
	paddq	80(%rax), %xmm0
	paddq	96(%rax), %xmm0
	paddq	112(%rax), %xmm0
	paddq	128(%rax), %xmm0
	paddq	144(%rax), %xmm0
	paddq	160(%rax), %xmm0
	paddq	176(%rax), %xmm0
	paddq	192(%rax), %xmm0
	paddq	208(%rax), %xmm0
	paddq	224(%rax), %xmm0
	paddq	240(%rax), %xmm0
	paddq	256(%rax), %xmm0
	movb	$122, zero_filled+99(%rip)
	paddq	272(%rax), %xmm0
	pshufd	$238, %xmm0, %xmm1
	paddq	%xmm0, %xmm1
	movq	%xmm1, %rdx
	addq	288(%rax), %rdx
	movl	%ebx, %ecx
	andl	$63, %ecx
	leaq	.LL_.str.16(%rip), %rdi
	xorl	%eax, %eax
	callq	printf
	movsbl	zero_filled(%rip), %esi
	movslq	vsel(%rip), %rax
	movsbl	(%rax,%rbx,1), %edx
	movsbl	zero_filled+99(%rip), %ecx
	leaq	.LL_.str.17(%rip), %rdi
	xorl	%eax, %eax
	callq	printf
	pxor	%xmm1, %xmm1
	movsd	dzero.0(%rip), %xmm0
	addsd	%xmm1, %xmm0
	movsd	%xmm0, dzero.0(%rip)
	movsd	dzero.1(%rip), %xmm1
	addsd	.LLCPI4_0(%rip), %xmm1
	movsd	%xmm1, dzero.1(%rip)
	movsd	dzero.2(%rip), %xmm1
	addsd	.LLCPI4_1(%rip), %xmm1
	movsd	%xmm1, dzero.2(%rip)
	movsd	dzero.3(%rip), %xmm1
	addsd	.LLCPI4_2(%rip), %xmm1
	movsd	%xmm1, dzero.3(%rip)
	movsd	dzero.4(%rip), %xmm1
	addsd	.LLCPI4_3(%rip), %xmm1
	movsd	%xmm1, dzero.4(%rip)
	movsd	dzero.5(%rip), %xmm1
	addsd	.LLCPI4_4(%rip), %xmm1
	movsd	%xmm1, dzero.5(%rip)
	movsd	dzero.6(%rip), %xmm1
	addsd	.LLCPI4_5(%rip), %xmm1
	movsd	%xmm1, dzero.6(%rip)
	movsd	dzero.7(%rip), %xmm1
	addsd	.LLCPI4_6(%rip), %xmm1
	movsd	%xmm1, dzero.7(%rip)
	movsd	dzero.8(%rip), %xmm1
	addsd	.LLCPI4_7(%rip), %xmm1
	movsd	%xmm1, dzero.8(%rip)
	leaq	.LL_.str.18(%rip), %rdi
	movb	$2, %al
	callq	printf
	movl	aligned_ints(%rip), %esi
	leaq	aligned_ints(%rip), %r8
	movl	aligned_ints+8(%rip), %edx
	movl	aligned_ints+60(%rip), %ecx
	andl	$31, %r8d
	leaq	.LL_.str.19(%rip), %rdi
	xorl	%eax, %eax
	callq	printf
	movsd	weights(%rip), %xmm0
	movsd	%xmm0, -16(%rbp)
	addsd	.LLCPI4_16(%rip), %xmm0
	xorl	%edi, %edi
	callq	scale
	addsd	.LLCPI4_16(%rip), %xmm0
	movsd	%xmm0, -40(%rbp)
	movsd	weights+8(%rip), %xmm1
	movsd	%xmm1, -48(%rbp)
	movsd	.LLCPI4_1(%rip), %xmm0
	addsd	%xmm1, %xmm0
	movl	$1, %edi
	callq	scale
	addsd	-40(%rbp), %xmm0
	movsd	%xmm0, -32(%rbp)
	movsd	weights+16(%rip), %xmm1
	movsd	%xmm1, -40(%rbp)
	movsd	.LLCPI4_3(%rip), %xmm0
	addsd	%xmm1, %xmm0
	movl	$2, %edi
	callq	scale
	addsd	-32(%rbp), %xmm0
	movsd	%xmm0, -24(%rbp)
	movsd	weights+24(%rip), %xmm1
	movsd	%xmm1, -32(%rbp)
	movsd	.LLCPI4_5(%rip), %xmm0
	addsd	%xmm1, %xmm0
	movl	$3, %edi
	callq	scale
	addsd	-24(%rbp), %xmm0
	movsd	%xmm0, -24(%rbp)
	movsd	-16(%rbp), %xmm0
	addsd	.LLCPI4_7(%rip), %xmm0
	movl	$4, %edi
	callq	scale
	addsd	-24(%rbp), %xmm0
	movsd	%xmm0, -16(%rbp)
	movsd	-48(%rbp), %xmm0
	addsd	.LLCPI4_8(%rip), %xmm0
	movl	$5, %edi
	callq	scale
	addsd	-16(%rbp), %xmm0
	movsd	%xmm0, -16(%rbp)
	movsd	-40(%rbp), %xmm0
	addsd	.LLCPI4_9(%rip), %xmm0
	movl	$6, %edi
	callq	scale
	addsd	-16(%rbp), %xmm0
	movsd	%xmm0, -16(%rbp)
	movsd	-32(%rbp), %xmm0
	addsd	.LLCPI4_10(%rip), %xmm0
	movl	$7, %edi
	callq	scale
	addsd	-16(%rbp), %xmm0
	leaq	.LL_.str.20(%rip), %rdi
	movb	$1, %al
	callq	printf
	xorpd	%xmm0, %xmm0
	xorl	%edi, %edi
	callq	fscale
	addss	.LLCPI4_17(%rip), %xmm0
	movss	%xmm0, -16(%rbp)
	movss	.LLCPI4_11(%rip), %xmm0
	movl	$1, %edi
	callq	fscale
	addss	-16(%rbp), %xmm0
	movss	%xmm0, -16(%rbp)
	movss	.LLCPI4_12(%rip), %xmm0
	movl	$2, %edi
	callq	fscale
	addss	-16(%rbp), %xmm0
	movss	%xmm0, -16(%rbp)
	movss	.LLCPI4_13(%rip), %xmm0
	movl	$3, %edi
	callq	fscale
	addss	-16(%rbp), %xmm0
	movss	%xmm0, -16(%rbp)
	movss	.LLCPI4_14(%rip), %xmm0
	movl	$4, %edi
	callq	fscale
	addss	-16(%rbp), %xmm0
	movss	%xmm0, -16(%rbp)
	movss	.LLCPI4_15(%rip), %xmm0
	movl	$5, %edi
	callq	fscale
	addss	-16(%rbp), %xmm0
	cvtss2sd	%xmm0, %xmm0
	leaq	.LL_.str.21(%rip), %rdi
	movb	$1, %al
	callq	printf
	movl	vsel(%rip), %edi
	movl	vsel(%rip), %eax
	leal	3(%rax), %ecx
	testl	%eax, %eax
	cmovnsl	%eax, %ecx
	andl	$-4, %ecx
	subl	%ecx, %eax
	cltq
	leaq	ops(%rip), %rbx
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax
	subl	%eax, %edi
	movl	vsel(%rip), %eax
	leal	1(%rax), %ecx
	leal	4(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$1, %eax
	cltq
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax
	subl	%eax, %edi
	movl	vsel(%rip), %eax
	leal	2(%rax), %ecx
	leal	5(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$2, %eax
	cltq
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax
	subl	%eax, %edi
	movl	vsel(%rip), %eax
	leal	3(%rax), %ecx
	leal	6(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$3, %eax
	cltq
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax
	subl	%eax, %edi
	movl	vsel(%rip), %eax
	leal	4(%rax), %ecx
	leal	7(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$4, %eax
	cltq
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax
	subl	%eax, %edi
	movl	vsel(%rip), %eax
	leal	5(%rax), %ecx
	leal	8(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$5, %eax
	cltq
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax
	subl	%eax, %edi
	movl	vsel(%rip), %eax
	leal	6(%rax), %ecx
	leal	9(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$6, %eax
	cltq
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax
	subl	%eax, %edi
	movl	vsel(%rip), %eax
	leal	7(%rax), %ecx
	leal	10(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$7, %eax
	cltq
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rsi
	imulq	$274877907, %rsi, %rax
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax
	subl	%eax, %esi
	leaq	.LL_.str.22(%rip), %rdi
	xorl	%eax, %eax
	callq	printf
	movl	$97, %edi
	callq	classify
	leaq	.LL_.str.24(%rip), %rbx
	movq	%rbx, %rdi
	movl	$97, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	printf
	movl	$98, %edi
	callq	classify
	movq	%rbx, %rdi
	movl	$98, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	printf
	movl	$99, %edi
	callq	classify
	movq	%rbx, %rdi
	movl	$99, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	printf
	movl	$120, %edi
	callq	classify
	movq	%rbx, %rdi
	movl	$120, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	printf
	movl	$103, %edi
	callq	classify
	movq	%rbx, %rdi
	movl	$103, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	printf
	movl	$102, %edi
	callq	classify
	movq	%rbx, %rdi
	movl	$102, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	printf
	movl	$122, %edi
	callq	classify
	movq	%rbx, %rdi
	movl	$122, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	printf
	movslq	vsel(%rip), %rax
	leaq	names(%rip), %rcx
	movq	(%rcx,%rax,8), %rsi
	movl	vsel(%rip), %eax
	leal	(%rax,%rax,4), %edx
	leal	(%rax,%rax,4), %eax
	addl	$7, %eax
	testl	%edx, %edx
	cmovnsl	%edx, %eax
	andl	$-8, %eax
	subl	%eax, %edx
	movslq	%edx, %rax
	movq	(%rcx,%rax,8), %rdx
	leaq	.LL_.str.25(%rip), %rdi
	xorl	%eax, %eax
	callq	printf
	xorl	%eax, %eax
	addq	$40, %rsp
	popq	%rbx
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	4, 0x90
	.type	add1, @function
add1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	leal	1(%rdi), %eax
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	4, 0x90
	.type	dbl, @function
dbl:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	leal	(%rdi,%rdi,1), %eax
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	4, 0x90
	.type	neg, @function
neg:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, %eax
	negl	%eax
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	4, 0x90
	.type	sq, @function
sq:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, %eax
	imull	%edi, %eax
	popq	%rbp
	retq
	.cfi_endproc
	.data
	.globl	aligned_ints
	.p2align	5
aligned_ints:
	.long	1
	.long	2
	.long	3
	.space	52
	.globl	weights
	.p2align	4
weights:
	.quad	0x3fd0000000000000
	.quad	0x3fe0000000000000
	.quad	0x3ff8000000000000
	.quad	0xc006000000000000
	.globl	fweights
	.p2align	2
fweights:
	.long	0x3fc00000
	.long	0xbe000000
	.long	0x40400000
	.section	.rodata.str1.1, "aMS", @progbits, 1
.LL_.str:
	.asciz	"alpha"
.LL_.str.1:
	.asciz	"beta"
.LL_.str.2:
	.asciz	"gamma"
.LL_.str.3:
	.asciz	"delta"
.LL_.str.4:
	.asciz	"epsilon"
.LL_.str.5:
	.asciz	"zeta"
.LL_.str.6:
	.asciz	"eta"
.LL_.str.7:
	.asciz	"theta"
	.section	.data.rel.ro, "aw"
	.globl	names
	.p2align	4
names:
	.quad	.LL_.str
	.quad	.LL_.str.1
	.quad	.LL_.str.2
	.quad	.LL_.str.3
	.quad	.LL_.str.4
	.quad	.LL_.str.5
	.quad	.LL_.str.6
	.quad	.LL_.str.7
	.data
	.globl	vsel
	.p2align	2
vsel:
	.long	3
	.comm	common_counter, 4, 4
	.section	.rodata.str1.1, "aMS", @progbits, 1
.LL_.str.8:
	.asciz	"a-ish"
.LL_.str.9:
	.asciz	"b-ish"
.LL_.str.10:
	.asciz	"c-ish"
.LL_.str.11:
	.asciz	"d-ish"
.LL_.str.12:
	.asciz	"e-ish"
.LL_.str.13:
	.asciz	"f-ish"
.LL_.str.14:
	.asciz	"g-ish"
.LL_.str.15:
	.asciz	"other"
	.comm	common_table, 296, 16
	.bss
	.balign	64
	.type	zero_filled, @object
	.size	zero_filled, 100
zero_filled:
	.zero	100
	.section	.rodata.str1.1, "aMS", @progbits, 1
.LL_.str.16:
	.asciz	"common: %d %ld aligned=%d\n"
.LL_.str.17:
	.asciz	"zero_filled: %d %d %d\n"
	.bss
	.balign	16
	.type	dzero.0, @object
	.size	dzero.0, 8
dzero.0:
	.zero	8
	.section	.rodata.str1.1, "aMS", @progbits, 1
	.bss
	.balign	16
	.type	dzero.1, @object
	.size	dzero.1, 8
dzero.1:
	.zero	8
	.section	.rodata.str1.1, "aMS", @progbits, 1
	.bss
	.balign	16
	.type	dzero.2, @object
	.size	dzero.2, 8
dzero.2:
	.zero	8
	.section	.rodata.str1.1, "aMS", @progbits, 1
	.bss
	.balign	16
	.type	dzero.3, @object
	.size	dzero.3, 8
dzero.3:
	.zero	8
	.section	.rodata.str1.1, "aMS", @progbits, 1
	.bss
	.balign	16
	.type	dzero.4, @object
	.size	dzero.4, 8
dzero.4:
	.zero	8
	.section	.rodata.str1.1, "aMS", @progbits, 1
	.bss
	.balign	16
	.type	dzero.5, @object
	.size	dzero.5, 8
dzero.5:
	.zero	8
	.section	.rodata.str1.1, "aMS", @progbits, 1
	.bss
	.balign	16
	.type	dzero.6, @object
	.size	dzero.6, 8
dzero.6:
	.zero	8
	.section	.rodata.str1.1, "aMS", @progbits, 1
	.bss
	.balign	16
	.type	dzero.7, @object
	.size	dzero.7, 8
dzero.7:
	.zero	8
	.section	.rodata.str1.1, "aMS", @progbits, 1
	.bss
	.balign	16
	.type	dzero.8, @object
	.size	dzero.8, 8
dzero.8:
	.zero	8
	.section	.rodata.str1.1, "aMS", @progbits, 1
.LL_.str.18:
	.asciz	"dzero: %.2f %.2f\n"
.LL_.str.19:
	.asciz	"aligned_ints: %d %d %d %d\n"
.LL_.str.20:
	.asciz	"scale: %.6f\n"
.LL_.str.21:
	.asciz	"fscale: %.5f\n"
	.section	.data.rel.ro, "aw"
	.p2align	4
ops:
	.quad	add1
	.quad	dbl
	.quad	neg
	.quad	sq
	.section	.rodata.str1.1, "aMS", @progbits, 1
.LL_.str.22:
	.asciz	"ops: %d\n"
.LL_.str.24:
	.asciz	"%c=%s "
.LL_.str.25:
	.asciz	"\nnames: %s %s\n"
	.section	.rodata
	.p2align	2
.Ll_reltable.classify:
	.long	.LL_.str.8-.Ll_reltable.classify
	.long	.LL_.str.9-.Ll_reltable.classify
	.long	.LL_.str.10-.Ll_reltable.classify
	.long	.LL_.str.11-.Ll_reltable.classify
	.long	.LL_.str.12-.Ll_reltable.classify
	.long	.LL_.str.13-.Ll_reltable.classify
	.long	.LL_.str.14-.Ll_reltable.classify
	.section	.note.GNU-stack, "", @progbits
