	.file	"28_mulhigh.c"
	.text
	.globl	vseed
	.data
	.align 8
	.type	vseed, @object
	.size	vseed, 8
vseed:
	.quad	2611923443488327891
	.text
	.globl	mulhi_u
	.type	mulhi_u, @function
mulhi_u:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	-24(%rbp), %rsi
	movq	%rsi, %rcx
	movl	$0, %ebx
	movq	-32(%rbp), %rsi
	movq	%rsi, %rax
	movl	$0, %edx
	movq	%rbx, %rdi
	imulq	%rax, %rdi
	movq	%rdx, %rsi
	imulq	%rcx, %rsi
	addq	%rdi, %rsi
	mulq	%rcx
	leaq	(%rsi,%rdx), %rcx
	movq	%rcx, %rdx
	movq	%rdx, %rax
	xorl	%edx, %edx
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	mulhi_u, .-mulhi_u
	.globl	mulhi_s
	.type	mulhi_s, @function
mulhi_s:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	-24(%rbp), %rsi
	movq	%rsi, %rcx
	sarq	$63, %rsi
	movq	%rsi, %rbx
	movq	-32(%rbp), %rsi
	movq	%rsi, %rax
	sarq	$63, %rsi
	movq	%rsi, %rdx
	movq	%rbx, %rdi
	imulq	%rax, %rdi
	movq	%rdx, %rsi
	imulq	%rcx, %rsi
	addq	%rdi, %rsi
	mulq	%rcx
	leaq	(%rsi,%rdx), %rcx
	movq	%rcx, %rdx
	movq	%rdx, %rax
	movq	%rax, %rdx
	sarq	$63, %rdx
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	mulhi_s, .-mulhi_s
	.globl	mulhi_manual
	.type	mulhi_manual, @function
mulhi_manual:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -88(%rbp)
	movq	%rsi, -96(%rbp)
	movq	-88(%rbp), %rax
	movl	%eax, %eax
	movq	%rax, -8(%rbp)
	movq	-88(%rbp), %rax
	shrq	$32, %rax
	movq	%rax, -16(%rbp)
	movq	-96(%rbp), %rax
	movl	%eax, %eax
	movq	%rax, -24(%rbp)
	movq	-96(%rbp), %rax
	shrq	$32, %rax
	movq	%rax, -32(%rbp)
	movq	-8(%rbp), %rax
	imulq	-24(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	-8(%rbp), %rax
	imulq	-32(%rbp), %rax
	movq	%rax, -48(%rbp)
	movq	-16(%rbp), %rax
	imulq	-24(%rbp), %rax
	movq	%rax, -56(%rbp)
	movq	-16(%rbp), %rax
	imulq	-32(%rbp), %rax
	movq	%rax, -64(%rbp)
	movq	-40(%rbp), %rax
	shrq	$32, %rax
	movq	%rax, %rdx
	movq	-48(%rbp), %rax
	movl	%eax, %eax
	addq	%rax, %rdx
	movq	-56(%rbp), %rax
	movl	%eax, %eax
	addq	%rdx, %rax
	movq	%rax, -72(%rbp)
	movq	-48(%rbp), %rax
	shrq	$32, %rax
	movq	%rax, %rdx
	movq	-64(%rbp), %rax
	addq	%rax, %rdx
	movq	-56(%rbp), %rax
	shrq	$32, %rax
	addq	%rax, %rdx
	movq	-72(%rbp), %rax
	shrq	$32, %rax
	addq	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	mulhi_manual, .-mulhi_manual
	.globl	fast_range
	.type	fast_range, @function
fast_range:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-16(%rbp), %rdx
	movq	-8(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	mulhi_u
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	fast_range, .-fast_range
	.globl	div7
	.type	div7, @function
div7:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movq	-24(%rbp), %rax
	movabsq	$2635249153387078803, %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	mulhi_u
	movq	%rax, -8(%rbp)
	movq	-24(%rbp), %rax
	subq	-8(%rbp), %rax
	shrq	%rax
	movq	%rax, %rdx
	movq	-8(%rbp), %rax
	addq	%rdx, %rax
	shrq	$2, %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	div7, .-div7
	.globl	mum
	.type	mum, @function
mum:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movq	-40(%rbp), %rsi
	movq	%rsi, %rcx
	movl	$0, %ebx
	movq	-48(%rbp), %rsi
	movq	%rsi, %rax
	movl	$0, %edx
	movq	%rbx, %rdi
	imulq	%rax, %rdi
	movq	%rdx, %rsi
	imulq	%rcx, %rsi
	addq	%rdi, %rsi
	mulq	%rcx
	leaq	(%rsi,%rdx), %rcx
	movq	%rcx, %rdx
	movq	%rax, -32(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rax, -32(%rbp)
	movq	%rdx, -24(%rbp)
	movq	-32(%rbp), %rcx
	movq	-32(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rdx, %rax
	xorl	%edx, %edx
	xorq	%rcx, %rax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	mum, .-mum
	.type	splitmix, @function
splitmix:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	-24(%rbp), %rax
	movq	(%rax), %rax
	movabsq	$-7046029254386353131, %rdx
	addq	%rax, %rdx
	movq	-24(%rbp), %rax
	movq	%rdx, (%rax)
	movq	-24(%rbp), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$30, %rax
	xorq	-8(%rbp), %rax
	movabsq	$-4658895280553007687, %rdx
	imulq	%rdx, %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$27, %rax
	xorq	-8(%rbp), %rax
	movabsq	$-7723592293110705685, %rdx
	imulq	%rdx, %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$31, %rax
	xorq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	splitmix, .-splitmix
	.section	.rodata
	.align 8
.LC0:
	.string	"%016llx * %016llx -> hi %016llx shi %016llx lo %016llx\n"
	.align 8
.LC1:
	.string	"mismatches=%d div7 bad=%d acc=%016llx\n"
.LC2:
	.string	"%d%d:%llx/%llx "
.LC3:
	.string	"%u "
.LC4:
	.string	"div7 edge: %llu %llu %llu\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	subq	$176, %rsp
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	vseed(%rip), %rax
	movq	%rax, -88(%rbp)
	movl	$0, -20(%rbp)
	movl	$0, -24(%rbp)
	movq	$0, -32(%rbp)
	movl	$0, -36(%rbp)
	jmp	.L16
.L18:
	leaq	-88(%rbp), %rax
	movq	%rax, %rdi
	call	splitmix
	movq	%rax, -64(%rbp)
	leaq	-88(%rbp), %rax
	movq	%rax, %rdi
	call	splitmix
	movq	%rax, -72(%rbp)
	movq	-72(%rbp), %rdx
	movq	-64(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	mulhi_u
	movq	%rax, -80(%rbp)
	movq	-72(%rbp), %rdx
	movq	-64(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	mulhi_manual
	cmpq	%rax, -80(%rbp)
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -20(%rbp)
	movq	-64(%rbp), %rax
	movq	%rax, %rdi
	call	div7
	movq	%rax, %rsi
	movq	-64(%rbp), %rcx
	movabsq	$2635249153387078803, %rdx
	movq	%rcx, %rax
	mulq	%rdx
	movq	%rcx, %rax
	subq	%rdx, %rax
	shrq	%rax
	addq	%rdx, %rax
	shrq	$2, %rax
	cmpq	%rax, %rsi
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -24(%rbp)
	movq	-72(%rbp), %rdx
	movq	-64(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	mulhi_s
	movq	%rax, %rdx
	movq	-80(%rbp), %rax
	leaq	(%rdx,%rax), %rbx
	movq	-72(%rbp), %rdx
	movq	-64(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	mum
	addq	%rbx, %rax
	xorq	%rax, -32(%rbp)
	cmpl	$5, -36(%rbp)
	jg	.L17
	movq	-64(%rbp), %rax
	imulq	-72(%rbp), %rax
	movq	%rax, %rbx
	movq	-72(%rbp), %rdx
	movq	-64(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	mulhi_s
	movq	%rax, %rsi
	movq	-80(%rbp), %rcx
	movq	-72(%rbp), %rdx
	movq	-64(%rbp), %rax
	movq	%rbx, %r9
	movq	%rsi, %r8
	movq	%rax, %rsi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
.L17:
	addl	$1, -36(%rbp)
.L16:
	cmpl	$1999, -36(%rbp)
	jle	.L18
	movq	-32(%rbp), %rcx
	movl	-24(%rbp), %edx
	movl	-20(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -144(%rbp)
	movq	$1, -136(%rbp)
	movl	$4294967295, %eax
	movq	%rax, -128(%rbp)
	movabsq	$4294967296, %rax
	movq	%rax, -120(%rbp)
	movabsq	$9223372036854775807, %rax
	movq	%rax, -112(%rbp)
	movabsq	$-9223372036854775808, %rax
	movq	%rax, -104(%rbp)
	movq	$-1, -96(%rbp)
	movl	$0, -40(%rbp)
	jmp	.L19
.L22:
	movl	-40(%rbp), %eax
	movl	%eax, -44(%rbp)
	jmp	.L20
.L21:
	movl	-44(%rbp), %eax
	cltq
	movq	-144(%rbp,%rax,8), %rax
	movq	%rax, %rdx
	movl	-40(%rbp), %eax
	cltq
	movq	-144(%rbp,%rax,8), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	mulhi_s
	movq	%rax, %rbx
	movl	-44(%rbp), %eax
	cltq
	movq	-144(%rbp,%rax,8), %rdx
	movl	-40(%rbp), %eax
	cltq
	movq	-144(%rbp,%rax,8), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	mulhi_u
	movq	%rax, %rcx
	movl	-44(%rbp), %edx
	movl	-40(%rbp), %eax
	movq	%rbx, %r8
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -44(%rbp)
.L20:
	cmpl	$6, -44(%rbp)
	jle	.L21
	addl	$1, -40(%rbp)
.L19:
	cmpl	$6, -40(%rbp)
	jle	.L22
	movl	$10, %edi
	call	putchar@PLT
	pxor	%xmm0, %xmm0
	movaps	%xmm0, -192(%rbp)
	movaps	%xmm0, -176(%rbp)
	movq	%xmm0, -160(%rbp)
	movl	$0, -48(%rbp)
	jmp	.L23
.L24:
	leaq	-88(%rbp), %rax
	movq	%rax, %rdi
	call	splitmix
	movl	$10, %esi
	movq	%rax, %rdi
	call	fast_range
	movl	-192(%rbp,%rax,4), %edx
	addl	$1, %edx
	movl	%edx, -192(%rbp,%rax,4)
	addl	$1, -48(%rbp)
.L23:
	cmpl	$9999, -48(%rbp)
	jle	.L24
	movl	$0, -52(%rbp)
	jmp	.L25
.L26:
	movl	-52(%rbp), %eax
	cltq
	movl	-192(%rbp,%rax,4), %eax
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -52(%rbp)
.L25:
	cmpl	$9, -52(%rbp)
	jle	.L26
	movl	$10, %edi
	call	putchar@PLT
	movl	$7, %edi
	call	div7
	movq	%rax, %r12
	movl	$6, %edi
	call	div7
	movq	%rax, %rbx
	movq	$-1, %rdi
	call	div7
	movq	%r12, %rcx
	movq	%rbx, %rdx
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-20(%rbp), %edx
	movl	-24(%rbp), %eax
	addl	%edx, %eax
	addq	$176, %rsp
	popq	%rbx
	popq	%r12
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
