	.file	"28_mulhigh.c"
	.text
	.p2align 4
	.globl	mulhi_u
	.type	mulhi_u, @function
mulhi_u:
.LFB11:
	.cfi_startproc
	movq	%rdi, %rax
	mulq	%rsi
	movq	%rdx, %rax
	ret
	.cfi_endproc
.LFE11:
	.size	mulhi_u, .-mulhi_u
	.p2align 4
	.globl	mulhi_s
	.type	mulhi_s, @function
mulhi_s:
.LFB12:
	.cfi_startproc
	movq	%rdi, %rax
	imulq	%rsi
	movq	%rdx, %rax
	ret
	.cfi_endproc
.LFE12:
	.size	mulhi_s, .-mulhi_s
	.p2align 4
	.globl	mulhi_manual
	.type	mulhi_manual, @function
mulhi_manual:
.LFB13:
	.cfi_startproc
	movl	%esi, %r8d
	shrq	$32, %rsi
	movl	%edi, %eax
	movq	%rsi, %rdx
	shrq	$32, %rdi
	imulq	%rax, %rdx
	movq	%rdi, %rcx
	imulq	%r8, %rax
	imulq	%r8, %rcx
	imulq	%rsi, %rdi
	movl	%edx, %r8d
	shrq	$32, %rdx
	shrq	$32, %rax
	addq	%r8, %rax
	movl	%ecx, %r8d
	shrq	$32, %rcx
	addq	%r8, %rax
	addq	%rcx, %rdx
	shrq	$32, %rax
	addq	%rdi, %rdx
	addq	%rdx, %rax
	ret
	.cfi_endproc
.LFE13:
	.size	mulhi_manual, .-mulhi_manual
	.p2align 4
	.globl	fast_range
	.type	fast_range, @function
fast_range:
.LFB14:
	.cfi_startproc
	jmp	mulhi_u
	.cfi_endproc
.LFE14:
	.size	fast_range, .-fast_range
	.p2align 4
	.globl	div7
	.type	div7, @function
div7:
.LFB15:
	.cfi_startproc
	movabsq	$2635249153387078803, %rsi
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	call	mulhi_u
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	subq	%rax, %rdi
	shrq	%rdi
	addq	%rdi, %rax
	shrq	$2, %rax
	ret
	.cfi_endproc
.LFE15:
	.size	div7, .-div7
	.p2align 4
	.globl	mum
	.type	mum, @function
mum:
.LFB16:
	.cfi_startproc
	movq	%rdi, %rax
	mulq	%rsi
	xorq	%rdx, %rax
	ret
	.cfi_endproc
.LFE16:
	.size	mum, .-mum
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC0:
	.string	"%016llx * %016llx -> hi %016llx shi %016llx lo %016llx\n"
	.align 8
.LC1:
	.string	"mismatches=%d div7 bad=%d acc=%016llx\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC5:
	.string	"%d%d:%llx/%llx "
.LC6:
	.string	"%u "
.LC7:
	.string	"div7 edge: %llu %llu %llu\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB18:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movabsq	$-4658895280553007687, %r15
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movabsq	$-7723592293110705685, %r14
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	xorl	%r13d, %r13d
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	xorl	%r12d, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$152, %rsp
	.cfi_def_cfa_offset 208
	movq	vseed(%rip), %rax
	movl	$0, 12(%rsp)
	movq	%rax, 16(%rsp)
	movq	%rax, %rbx
	movl	$0, 8(%rsp)
	.p2align 4,,10
	.p2align 3
.L13:
	movabsq	$-7046029254386353131, %rax
	addq	%rbx, %rax
	movq	%rax, %rdx
	shrq	$30, %rdx
	xorq	%rax, %rdx
	imulq	%r15, %rdx
	movq	%rdx, %rax
	shrq	$27, %rax
	xorq	%rdx, %rax
	imulq	%r14, %rax
	movq	%rax, %r10
	shrq	$31, %r10
	xorq	%rax, %r10
	movabsq	$4354685564936845354, %rax
	addq	%rax, %rbx
	movq	%r10, %rdi
	movq	%rbx, %rdx
	shrq	$30, %rdx
	xorq	%rbx, %rdx
	imulq	%r15, %rdx
	movq	%rdx, %rax
	shrq	$27, %rax
	xorq	%rdx, %rax
	imulq	%r14, %rax
	movq	%rax, %r11
	shrq	$31, %r11
	xorq	%rax, %r11
	movq	%r11, %rsi
	call	mulhi_u
	movq	%rax, %rbp
	call	mulhi_manual
	movq	%r10, %rdi
	cmpq	%rbp, %rax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, 8(%rsp)
	call	div7
	movq	%r11, %rsi
	movq	%r10, %rdi
	movq	%rax, %rcx
	movabsq	$2635249153387078803, %rax
	mulq	%r10
	movq	%r10, %rax
	subq	%rdx, %rax
	shrq	%rax
	addq	%rax, %rdx
	xorl	%eax, %eax
	shrq	$2, %rdx
	cmpq	%rcx, %rdx
	setne	%al
	addl	%eax, 12(%rsp)
	call	mulhi_s
	movq	%rax, %r8
	call	mum
	addq	%rbp, %rax
	addq	%r8, %rax
	xorq	%rax, %r13
	cmpl	$5, %r12d
	jle	.L23
	addl	$1, %r12d
	cmpl	$2000, %r12d
	jne	.L13
	movq	16(%rsp), %rax
	movl	12(%rsp), %edx
	movq	%r13, %rcx
	xorl	%r15d, %r15d
	movl	8(%rsp), %esi
	leaq	.LC1(%rip), %rdi
	movabsq	$2507927082782345248, %r12
	leaq	80(%rsp), %rbp
	addq	%rax, %r12
	xorl	%eax, %eax
	leaq	.LC5(%rip), %r13
	call	printf@PLT
	movdqa	.LC2(%rip), %xmm0
	movq	%r12, 24(%rsp)
	movq	%r15, %r12
	movq	$-1, 128(%rsp)
	movaps	%xmm0, 80(%rsp)
	movdqa	.LC3(%rip), %xmm0
	movaps	%xmm0, 96(%rsp)
	movdqa	.LC4(%rip), %xmm0
	movaps	%xmm0, 112(%rsp)
	.p2align 4,,10
	.p2align 3
.L14:
	movq	0(%rbp,%r12,8), %r14
	movl	%r12d, %r15d
	movq	%r12, %rbx
	.p2align 4,,10
	.p2align 3
.L15:
	movq	0(%rbp,%rbx,8), %rsi
	movq	%r14, %rdi
	call	mulhi_s
	movq	%rax, %r8
	call	mulhi_u
	movl	%ebx, %edx
	movl	%r15d, %esi
	movq	%r13, %rdi
	movq	%rax, %rcx
	addq	$1, %rbx
	xorl	%eax, %eax
	call	printf@PLT
	cmpl	$7, %ebx
	jne	.L15
	addq	$1, %r12
	cmpq	$7, %r12
	jne	.L14
	movl	$10, %edi
	movq	24(%rsp), %r12
	call	putchar@PLT
	movq	16(%rsp), %rax
	pxor	%xmm0, %xmm0
	movabsq	$8777744789738208368, %rcx
	movabsq	$-7046029254386353131, %r10
	movaps	%xmm0, 32(%rsp)
	movabsq	$-4658895280553007687, %r9
	movabsq	$-7723592293110705685, %r8
	movq	$0, 64(%rsp)
	addq	%rcx, %rax
	movaps	%xmm0, 48(%rsp)
	movq	%rax, %rcx
	.p2align 4,,10
	.p2align 3
.L17:
	addq	%r10, %r12
	movl	$10, %esi
	movq	%r12, %rdx
	shrq	$30, %rdx
	xorq	%r12, %rdx
	imulq	%r9, %rdx
	movq	%rdx, %rax
	shrq	$27, %rax
	xorq	%rdx, %rax
	imulq	%r8, %rax
	movq	%rax, %rdi
	shrq	$31, %rdi
	xorq	%rax, %rdi
	call	fast_range
	addl	$1, 32(%rsp,%rax,4)
	cmpq	%rcx, %r12
	jne	.L17
	leaq	32(%rsp), %rbx
	leaq	72(%rsp), %r12
	leaq	.LC6(%rip), %rbp
	.p2align 4,,10
	.p2align 3
.L18:
	movl	(%rbx), %esi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$4, %rbx
	call	printf@PLT
	cmpq	%rbx, %r12
	jne	.L18
	movl	$10, %edi
	call	putchar@PLT
	movl	$7, %edi
	call	div7
	movl	$6, %edi
	movq	%rax, %rcx
	call	div7
	movq	$-1, %rdi
	movq	%rax, %r8
	call	div7
	movq	%r8, %rdx
	leaq	.LC7(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	12(%rsp), %ebx
	movl	8(%rsp), %eax
	addq	$152, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	addl	%ebx, %eax
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
.L23:
	.cfi_restore_state
	movq	%r11, %r9
	movq	%rbp, %rcx
	movq	%r11, %rdx
	movq	%r10, %rsi
	imulq	%r10, %r9
	leaq	.LC0(%rip), %rdi
	xorl	%eax, %eax
	addl	$1, %r12d
	call	printf@PLT
	jmp	.L13
	.cfi_endproc
.LFE18:
	.size	main, .-main
	.globl	vseed
	.data
	.align 8
	.type	vseed, @object
	.size	vseed, 8
vseed:
	.quad	2611923443488327891
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC2:
	.quad	0
	.quad	1
	.align 16
.LC3:
	.quad	4294967295
	.quad	4294967296
	.align 16
.LC4:
	.quad	9223372036854775807
	.quad	-9223372036854775808
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
