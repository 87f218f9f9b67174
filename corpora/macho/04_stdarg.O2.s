	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_sum_ints                       ## -- Begin function sum_ints
	.p2align	4, 0x90
_sum_ints:                              ## @sum_ints
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$208, %rsp
	movq	%rsi, -200(%rbp)
	movq	%rdx, -192(%rbp)
	movq	%rcx, -184(%rbp)
	movq	%r8, -176(%rbp)
	movq	%r9, -168(%rbp)
	testb	%al, %al
	je	LBB0_21
## %bb.20:
	movaps	%xmm0, -160(%rbp)
	movaps	%xmm1, -144(%rbp)
	movaps	%xmm2, -128(%rbp)
	movaps	%xmm3, -112(%rbp)
	movaps	%xmm4, -96(%rbp)
	movaps	%xmm5, -80(%rbp)
	movaps	%xmm6, -64(%rbp)
	movaps	%xmm7, -48(%rbp)
LBB0_21:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	leaq	-208(%rbp), %rax
	movq	%rax, -16(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -24(%rbp)
	movabsq	$206158430216, %rax             ## imm = 0x3000000008
	movq	%rax, -32(%rbp)
	testl	%edi, %edi
	jle	LBB0_1
## %bb.2:
	movq	-16(%rbp), %r8
	movl	-32(%rbp), %r9d
	cmpl	$1, %edi
	jne	LBB0_11
## %bb.3:
	xorl	%eax, %eax
LBB0_4:
	testb	$1, %dil
	je	LBB0_9
## %bb.5:
	cmpl	$41, %r9d
	jae	LBB0_6
## %bb.7:
	movl	%r9d, %ecx
	addq	%rcx, %r8
	addl	$8, %r9d
	movl	%r9d, -32(%rbp)
	jmp	LBB0_8
LBB0_1:
	xorl	%eax, %eax
	jmp	LBB0_9
LBB0_11:
	movl	%edi, %esi
	andl	$-2, %esi
	xorl	%eax, %eax
	jmp	LBB0_12
	.p2align	4, 0x90
LBB0_17:                                ##   in Loop: Header=BB0_12 Depth=1
	movl	%r9d, %ecx
	addq	%r8, %rcx
	addl	$8, %r9d
	movl	%r9d, -32(%rbp)
LBB0_18:                                ##   in Loop: Header=BB0_12 Depth=1
	addl	(%rcx), %eax
	addl	$-2, %esi
	je	LBB0_4
LBB0_12:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$40, %r9d
	ja	LBB0_14
## %bb.13:                              ##   in Loop: Header=BB0_12 Depth=1
	movl	%r9d, %ecx
	addq	%r8, %rcx
	addl	$8, %r9d
	movl	%r9d, -32(%rbp)
	jmp	LBB0_15
	.p2align	4, 0x90
LBB0_14:                                ##   in Loop: Header=BB0_12 Depth=1
	movq	-24(%rbp), %rcx
	leaq	8(%rcx), %rdx
	movq	%rdx, -24(%rbp)
LBB0_15:                                ##   in Loop: Header=BB0_12 Depth=1
	addl	(%rcx), %eax
	cmpl	$41, %r9d
	jb	LBB0_17
## %bb.16:                              ##   in Loop: Header=BB0_12 Depth=1
	movq	-24(%rbp), %rcx
	leaq	8(%rcx), %rdx
	movq	%rdx, -24(%rbp)
	jmp	LBB0_18
LBB0_6:
	movq	-24(%rbp), %r8
	leaq	8(%r8), %rcx
	movq	%rcx, -24(%rbp)
LBB0_8:
	addl	(%r8), %eax
LBB0_9:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rcx
	movq	(%rcx), %rcx
	cmpq	-8(%rbp), %rcx
	jne	LBB0_19
## %bb.10:
	addq	$208, %rsp
	popq	%rbp
	retq
LBB0_19:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.globl	_avg_doubles                    ## -- Begin function avg_doubles
	.p2align	4, 0x90
_avg_doubles:                           ## @avg_doubles
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$208, %rsp
	movq	%rsi, -200(%rbp)
	movq	%rdx, -192(%rbp)
	movq	%rcx, -184(%rbp)
	movq	%r8, -176(%rbp)
	movq	%r9, -168(%rbp)
	testb	%al, %al
	je	LBB1_22
## %bb.21:
	movapd	%xmm0, -160(%rbp)
	movapd	%xmm1, -144(%rbp)
	movaps	%xmm2, -128(%rbp)
	movaps	%xmm3, -112(%rbp)
	movaps	%xmm4, -96(%rbp)
	movaps	%xmm5, -80(%rbp)
	movaps	%xmm6, -64(%rbp)
	movaps	%xmm7, -48(%rbp)
LBB1_22:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	leaq	-208(%rbp), %rax
	movq	%rax, -16(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -24(%rbp)
	movabsq	$206158430216, %rax             ## imm = 0x3000000008
	movq	%rax, -32(%rbp)
	xorpd	%xmm0, %xmm0
	xorpd	%xmm1, %xmm1
	testl	%edi, %edi
	jle	LBB1_8
## %bb.1:
	movq	-16(%rbp), %r8
	movl	-28(%rbp), %ecx
	cmpl	$1, %edi
	jne	LBB1_12
## %bb.2:
	xorpd	%xmm1, %xmm1
LBB1_3:
	testb	$1, %dil
	je	LBB1_8
## %bb.4:
	cmpl	$161, %ecx
	jae	LBB1_5
## %bb.6:
	movl	%ecx, %edx
	addq	%rdx, %r8
	addl	$16, %ecx
	movl	%ecx, -28(%rbp)
	jmp	LBB1_7
LBB1_12:
	movl	%edi, %edx
	andl	$-2, %edx
	xorpd	%xmm1, %xmm1
	jmp	LBB1_13
	.p2align	4, 0x90
LBB1_18:                                ##   in Loop: Header=BB1_13 Depth=1
	movl	%ecx, %esi
	addq	%r8, %rsi
	addl	$16, %ecx
	movl	%ecx, -28(%rbp)
LBB1_19:                                ##   in Loop: Header=BB1_13 Depth=1
	addsd	(%rsi), %xmm1
	addl	$-2, %edx
	je	LBB1_3
LBB1_13:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$160, %ecx
	ja	LBB1_15
## %bb.14:                              ##   in Loop: Header=BB1_13 Depth=1
	movl	%ecx, %esi
	addq	%r8, %rsi
	addl	$16, %ecx
	movl	%ecx, -28(%rbp)
	jmp	LBB1_16
	.p2align	4, 0x90
LBB1_15:                                ##   in Loop: Header=BB1_13 Depth=1
	movq	-24(%rbp), %rsi
	leaq	8(%rsi), %rax
	movq	%rax, -24(%rbp)
LBB1_16:                                ##   in Loop: Header=BB1_13 Depth=1
	addsd	(%rsi), %xmm1
	cmpl	$161, %ecx
	jb	LBB1_18
## %bb.17:                              ##   in Loop: Header=BB1_13 Depth=1
	movq	-24(%rbp), %rsi
	leaq	8(%rsi), %rax
	movq	%rax, -24(%rbp)
	jmp	LBB1_19
LBB1_5:
	movq	-24(%rbp), %r8
	leaq	8(%r8), %rcx
	movq	%rcx, -24(%rbp)
LBB1_7:
	addsd	(%r8), %xmm1
LBB1_8:
	testl	%edi, %edi
	je	LBB1_10
## %bb.9:
	xorps	%xmm0, %xmm0
	cvtsi2sd	%edi, %xmm0
	divsd	%xmm0, %xmm1
	movapd	%xmm1, %xmm0
LBB1_10:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-8(%rbp), %rax
	jne	LBB1_11
## %bb.20:
	addq	$208, %rsp
	popq	%rbp
	retq
LBB1_11:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function mixed_sum
LCPI2_0:
	.quad	0x3ff0000000000000              ## double 1
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_mixed_sum
	.p2align	4, 0x90
_mixed_sum:                             ## @mixed_sum
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$208, %rsp
	movq	%rsi, -200(%rbp)
	movq	%rdx, -192(%rbp)
	movq	%rcx, -184(%rbp)
	movq	%r8, -176(%rbp)
	movq	%r9, -168(%rbp)
	testb	%al, %al
	je	LBB2_2
## %bb.1:
	movapd	%xmm0, -160(%rbp)
	movapd	%xmm1, -144(%rbp)
	movapd	%xmm2, -128(%rbp)
	movaps	%xmm3, -112(%rbp)
	movaps	%xmm4, -96(%rbp)
	movaps	%xmm5, -80(%rbp)
	movaps	%xmm6, -64(%rbp)
	movaps	%xmm7, -48(%rbp)
LBB2_2:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	leaq	-208(%rbp), %rax
	movq	%rax, -16(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -24(%rbp)
	movabsq	$206158430216, %rax             ## imm = 0x3000000008
	movq	%rax, -32(%rbp)
	movb	(%rdi), %dl
	xorpd	%xmm0, %xmm0
	testb	%dl, %dl
	je	LBB2_25
## %bb.3:
	movq	-16(%rbp), %rax
	leaq	LJTI2_0(%rip), %rcx
	movsd	LCPI2_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	jmp	LBB2_8
LBB2_4:                                 ##   in Loop: Header=BB2_8 Depth=1
	movq	-24(%rbp), %rdx
	leaq	8(%rdx), %rsi
	movq	%rsi, -24(%rbp)
LBB2_5:                                 ##   in Loop: Header=BB2_8 Depth=1
	xorps	%xmm2, %xmm2
	cvtsi2sdq	(%rdx), %xmm2
LBB2_6:                                 ##   in Loop: Header=BB2_8 Depth=1
	addsd	%xmm2, %xmm0
LBB2_7:                                 ##   in Loop: Header=BB2_8 Depth=1
	movb	1(%rdi), %dl
	addq	$1, %rdi
	testb	%dl, %dl
	je	LBB2_25
LBB2_8:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB2_24 Depth 2
	movsbl	%dl, %edx
	addl	$-100, %edx
	cmpl	$15, %edx
	ja	LBB2_7
## %bb.9:                               ##   in Loop: Header=BB2_8 Depth=1
	movslq	(%rcx,%rdx,4), %rdx
	addq	%rcx, %rdx
	jmpq	*%rdx
LBB2_10:                                ##   in Loop: Header=BB2_8 Depth=1
	movl	-28(%rbp), %edx
	cmpq	$160, %rdx
	ja	LBB2_18
## %bb.11:                              ##   in Loop: Header=BB2_8 Depth=1
	movq	%rdx, %rsi
	addq	%rax, %rsi
	addl	$16, %edx
	movl	%edx, -28(%rbp)
	addsd	(%rsi), %xmm0
	jmp	LBB2_7
	.p2align	4, 0x90
LBB2_12:                                ##   in Loop: Header=BB2_8 Depth=1
	movl	-32(%rbp), %esi
	cmpq	$40, %rsi
	ja	LBB2_19
## %bb.13:                              ##   in Loop: Header=BB2_8 Depth=1
	movq	%rsi, %rdx
	addq	%rax, %rdx
	addl	$8, %esi
	movl	%esi, -32(%rbp)
	jmp	LBB2_20
	.p2align	4, 0x90
LBB2_14:                                ##   in Loop: Header=BB2_8 Depth=1
	movl	-32(%rbp), %esi
	cmpq	$40, %rsi
	ja	LBB2_4
## %bb.15:                              ##   in Loop: Header=BB2_8 Depth=1
	movq	%rsi, %rdx
	addq	%rax, %rdx
	addl	$8, %esi
	movl	%esi, -32(%rbp)
	jmp	LBB2_5
	.p2align	4, 0x90
LBB2_16:                                ##   in Loop: Header=BB2_8 Depth=1
	movl	-32(%rbp), %esi
	cmpq	$40, %rsi
	ja	LBB2_21
## %bb.17:                              ##   in Loop: Header=BB2_8 Depth=1
	movq	%rsi, %rdx
	addq	%rax, %rdx
	addl	$8, %esi
	movl	%esi, -32(%rbp)
	jmp	LBB2_22
LBB2_18:                                ##   in Loop: Header=BB2_8 Depth=1
	movq	-24(%rbp), %rdx
	leaq	8(%rdx), %rsi
	movq	%rsi, -24(%rbp)
	addsd	(%rdx), %xmm0
	jmp	LBB2_7
LBB2_19:                                ##   in Loop: Header=BB2_8 Depth=1
	movq	-24(%rbp), %rdx
	leaq	8(%rdx), %rsi
	movq	%rsi, -24(%rbp)
LBB2_20:                                ##   in Loop: Header=BB2_8 Depth=1
	xorps	%xmm2, %xmm2
	cvtsi2sdl	(%rdx), %xmm2
	jmp	LBB2_6
LBB2_21:                                ##   in Loop: Header=BB2_8 Depth=1
	movq	-24(%rbp), %rdx
	leaq	8(%rdx), %rsi
	movq	%rsi, -24(%rbp)
LBB2_22:                                ##   in Loop: Header=BB2_8 Depth=1
	movq	(%rdx), %rdx
	cmpb	$0, (%rdx)
	je	LBB2_7
## %bb.23:                              ##   in Loop: Header=BB2_8 Depth=1
	addq	$1, %rdx
	.p2align	4, 0x90
LBB2_24:                                ##   Parent Loop BB2_8 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	addsd	%xmm1, %xmm0
	cmpb	$0, (%rdx)
	leaq	1(%rdx), %rdx
	jne	LBB2_24
	jmp	LBB2_7
LBB2_25:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-8(%rbp), %rax
	jne	LBB2_27
## %bb.26:
	addq	$208, %rsp
	popq	%rbp
	retq
LBB2_27:
	callq	___stack_chk_fail
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L2_0_set_10, LBB2_10-LJTI2_0
.set L2_0_set_7, LBB2_7-LJTI2_0
.set L2_0_set_12, LBB2_12-LJTI2_0
.set L2_0_set_14, LBB2_14-LJTI2_0
.set L2_0_set_16, LBB2_16-LJTI2_0
LJTI2_0:
	.long	L2_0_set_10
	.long	L2_0_set_7
	.long	L2_0_set_7
	.long	L2_0_set_7
	.long	L2_0_set_7
	.long	L2_0_set_12
	.long	L2_0_set_7
	.long	L2_0_set_7
	.long	L2_0_set_14
	.long	L2_0_set_7
	.long	L2_0_set_7
	.long	L2_0_set_7
	.long	L2_0_set_7
	.long	L2_0_set_7
	.long	L2_0_set_7
	.long	L2_0_set_16
	.end_data_region
                                        ## -- End function
	.globl	_max_and_sum                    ## -- Begin function max_and_sum
	.p2align	4, 0x90
_max_and_sum:                           ## @max_and_sum
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$240, %rsp
	movq	%rsi, -232(%rbp)
	movq	%rdx, -224(%rbp)
	movq	%rcx, -216(%rbp)
	movq	%r8, -208(%rbp)
	movq	%r9, -200(%rbp)
	testb	%al, %al
	je	LBB3_38
## %bb.37:
	movaps	%xmm0, -192(%rbp)
	movaps	%xmm1, -176(%rbp)
	movaps	%xmm2, -160(%rbp)
	movaps	%xmm3, -144(%rbp)
	movaps	%xmm4, -128(%rbp)
	movaps	%xmm5, -112(%rbp)
	movaps	%xmm6, -96(%rbp)
	movaps	%xmm7, -80(%rbp)
LBB3_38:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movabsq	$206158430216, %rax             ## imm = 0x3000000008
	movq	%rax, -32(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -24(%rbp)
	leaq	-240(%rbp), %rax
	movq	%rax, -16(%rbp)
	movq	%rax, -48(%rbp)
	movq	-32(%rbp), %rax
	movq	%rax, -64(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -56(%rbp)
	testl	%edi, %edi
	jle	LBB3_1
## %bb.2:
	movq	-16(%rbp), %r9
	movl	-32(%rbp), %r10d
	movl	%edi, %r8d
	addl	$-1, %r8d
	je	LBB3_3
## %bb.16:
	movl	%edi, %eax
	andl	$-2, %eax
	movq	$-1000000, %rdx                 ## imm = 0xFFF0BDC0
	jmp	LBB3_17
	.p2align	4, 0x90
LBB3_22:                                ##   in Loop: Header=BB3_17 Depth=1
	movl	%r10d, %ecx
	addq	%r9, %rcx
	addl	$8, %r10d
	movl	%r10d, -32(%rbp)
LBB3_23:                                ##   in Loop: Header=BB3_17 Depth=1
	movq	(%rcx), %rcx
	cmpq	%rdx, %rcx
	cmovgq	%rcx, %rdx
	addl	$-2, %eax
	je	LBB3_4
LBB3_17:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$40, %r10d
	ja	LBB3_19
## %bb.18:                              ##   in Loop: Header=BB3_17 Depth=1
	movl	%r10d, %ecx
	addq	%r9, %rcx
	addl	$8, %r10d
	movl	%r10d, -32(%rbp)
	jmp	LBB3_20
	.p2align	4, 0x90
LBB3_19:                                ##   in Loop: Header=BB3_17 Depth=1
	movq	-24(%rbp), %rcx
	leaq	8(%rcx), %rsi
	movq	%rsi, -24(%rbp)
LBB3_20:                                ##   in Loop: Header=BB3_17 Depth=1
	movq	(%rcx), %rcx
	cmpq	%rdx, %rcx
	cmovgq	%rcx, %rdx
	cmpl	$41, %r10d
	jb	LBB3_22
## %bb.21:                              ##   in Loop: Header=BB3_17 Depth=1
	movq	-24(%rbp), %rcx
	leaq	8(%rcx), %rsi
	movq	%rsi, -24(%rbp)
	jmp	LBB3_23
LBB3_1:
	movq	$-1000000000, %r9               ## imm = 0xC4653600
	xorl	%eax, %eax
	jmp	LBB3_26
LBB3_3:
	movq	$-1000000, %rdx                 ## imm = 0xFFF0BDC0
LBB3_4:
	testb	$1, %dil
	je	LBB3_9
## %bb.5:
	cmpl	$41, %r10d
	jae	LBB3_6
## %bb.7:
	movl	%r10d, %eax
	addq	%rax, %r9
	addl	$8, %r10d
	movl	%r10d, -32(%rbp)
	jmp	LBB3_8
LBB3_6:
	movq	-24(%rbp), %r9
	leaq	8(%r9), %rax
	movq	%rax, -24(%rbp)
LBB3_8:
	movq	(%r9), %rax
	cmpq	%rdx, %rax
	cmovgq	%rax, %rdx
LBB3_9:
	imulq	$1000, %rdx, %r9                ## imm = 0x3E8
	testl	%edi, %edi
	jle	LBB3_10
## %bb.11:
	movq	-48(%rbp), %r10
	movl	-64(%rbp), %r11d
	testl	%r8d, %r8d
	je	LBB3_12
## %bb.28:
	movl	%edi, %ecx
	andl	$-2, %ecx
	xorl	%eax, %eax
	jmp	LBB3_29
	.p2align	4, 0x90
LBB3_34:                                ##   in Loop: Header=BB3_29 Depth=1
	movl	%r11d, %edx
	addq	%r10, %rdx
	addl	$8, %r11d
	movl	%r11d, -64(%rbp)
LBB3_35:                                ##   in Loop: Header=BB3_29 Depth=1
	addq	(%rdx), %rax
	addl	$-2, %ecx
	je	LBB3_13
LBB3_29:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$40, %r11d
	ja	LBB3_31
## %bb.30:                              ##   in Loop: Header=BB3_29 Depth=1
	movl	%r11d, %edx
	addq	%r10, %rdx
	addl	$8, %r11d
	movl	%r11d, -64(%rbp)
	jmp	LBB3_32
	.p2align	4, 0x90
LBB3_31:                                ##   in Loop: Header=BB3_29 Depth=1
	movq	-56(%rbp), %rdx
	leaq	8(%rdx), %rsi
	movq	%rsi, -56(%rbp)
LBB3_32:                                ##   in Loop: Header=BB3_29 Depth=1
	addq	(%rdx), %rax
	cmpl	$41, %r11d
	jb	LBB3_34
## %bb.33:                              ##   in Loop: Header=BB3_29 Depth=1
	movq	-56(%rbp), %rdx
	leaq	8(%rdx), %rsi
	movq	%rsi, -56(%rbp)
	jmp	LBB3_35
LBB3_10:
	xorl	%eax, %eax
	jmp	LBB3_26
LBB3_12:
	xorl	%eax, %eax
LBB3_13:
	testb	$1, %dil
	je	LBB3_26
## %bb.14:
	cmpl	$41, %r11d
	jae	LBB3_15
## %bb.24:
	movl	%r11d, %ecx
	addq	%rcx, %r10
	addl	$8, %r11d
	movl	%r11d, -64(%rbp)
	jmp	LBB3_25
LBB3_15:
	movq	-56(%rbp), %r10
	leaq	8(%r10), %rcx
	movq	%rcx, -56(%rbp)
LBB3_25:
	addq	(%r10), %rax
LBB3_26:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rcx
	movq	(%rcx), %rcx
	cmpq	-8(%rbp), %rcx
	jne	LBB3_36
## %bb.27:
	addq	%r9, %rax
	addq	$240, %rsp
	popq	%rbp
	retq
LBB3_36:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.globl	_logf_like                      ## -- Begin function logf_like
	.p2align	4, 0x90
_logf_like:                             ## @logf_like
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	subq	$208, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rdi, %rbx
	movq	%rsi, -216(%rbp)
	movq	%rdx, -208(%rbp)
	movq	%rcx, -200(%rbp)
	movq	%r8, -192(%rbp)
	movq	%r9, -184(%rbp)
	testb	%al, %al
	je	LBB4_4
## %bb.3:
	movaps	%xmm0, -176(%rbp)
	movaps	%xmm1, -160(%rbp)
	movaps	%xmm2, -144(%rbp)
	movaps	%xmm3, -128(%rbp)
	movaps	%xmm4, -112(%rbp)
	movaps	%xmm5, -96(%rbp)
	movaps	%xmm6, -80(%rbp)
	movaps	%xmm7, -64(%rbp)
LBB4_4:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -24(%rbp)
	leaq	-224(%rbp), %rax
	movq	%rax, -32(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -40(%rbp)
	movabsq	$206158430216, %rax             ## imm = 0x3000000008
	movq	%rax, -48(%rbp)
	leaq	_logbuf(%rip), %r14
	leaq	-48(%rbp), %rcx
	movl	$256, %esi                      ## imm = 0x100
	movq	%r14, %rdi
	movq	%rbx, %rdx
	callq	_vsnprintf
	movl	%eax, %ebx
	leaq	L_.str(%rip), %rdi
	movl	%eax, %esi
	movq	%r14, %rdx
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-24(%rbp), %rax
	jne	LBB4_2
## %bb.1:
	movl	%ebx, %eax
	addq	$208, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
LBB4_2:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI5_0:
	.quad	0x3ff8000000000000              ## double 1.5
LCPI5_1:
	.quad	0x4004000000000000              ## double 2.5
LCPI5_2:
	.quad	0x400a000000000000              ## double 3.25
LCPI5_3:
	.quad	0x3fd0000000000000              ## double 0.25
LCPI5_4:
	.quad	0x3ff0000000000000              ## double 1
LCPI5_5:
	.quad	0x4000000000000000              ## double 2
LCPI5_6:
	.quad	0x4008000000000000              ## double 3
LCPI5_7:
	.quad	0x4010000000000000              ## double 4
LCPI5_8:
	.quad	0x4014000000000000              ## double 5
LCPI5_9:
	.quad	0x4018000000000000              ## double 6
LCPI5_10:
	.quad	0x401c000000000000              ## double 7
LCPI5_11:
	.quad	0x4020000000000000              ## double 8
LCPI5_12:
	.quad	0x3ff2000000000000              ## double 1.125
LCPI5_13:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI5_14:
	.quad	0x3fb0000000000000              ## double 0.0625
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_main
	.p2align	4, 0x90
_main:                                  ## @main
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -24
	movl	_seed(%rip), %ebx
	xorl	%edi, %edi
	xorl	%eax, %eax
	callq	_sum_ints
	leaq	L_.str.1(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	leal	(%rbx,%rbx), %edx
	leal	(%rbx,%rbx,2), %ecx
	movl	$3, %edi
	movl	%ebx, %esi
	xorl	%eax, %eax
	callq	_sum_ints
	leaq	L_.str.2(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	subq	$8, %rsp
	movl	$12, %edi
	movl	$1, %esi
	movl	$2, %edx
	movl	$3, %ecx
	movl	$4, %r8d
	movl	$5, %r9d
	xorl	%eax, %eax
	pushq	%rbx
	pushq	$11
	pushq	$10
	pushq	$9
	pushq	$8
	pushq	$7
	pushq	$6
	callq	_sum_ints
	addq	$64, %rsp
	leaq	L_.str.3(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	cvtsi2sd	%ebx, %xmm3
	movsd	%xmm3, -16(%rbp)                ## 8-byte Spill
	movsd	LCPI5_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	LCPI5_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	movsd	LCPI5_2(%rip), %xmm2            ## xmm2 = mem[0],zero
	movl	$4, %edi
	movb	$4, %al
	callq	_avg_doubles
	leaq	L_.str.4(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movsd	-16(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	mulsd	LCPI5_3(%rip), %xmm0
	subq	$32, %rsp
	movsd	%xmm0, 16(%rsp)
	movabsq	$4621819117588971520, %rax      ## imm = 0x4024000000000000
	movq	%rax, 8(%rsp)
	movabsq	$4621256167635550208, %rax      ## imm = 0x4022000000000000
	movq	%rax, (%rsp)
	movsd	LCPI5_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	LCPI5_5(%rip), %xmm1            ## xmm1 = mem[0],zero
	movsd	LCPI5_6(%rip), %xmm2            ## xmm2 = mem[0],zero
	movsd	LCPI5_7(%rip), %xmm3            ## xmm3 = mem[0],zero
	movsd	LCPI5_8(%rip), %xmm4            ## xmm4 = mem[0],zero
	movsd	LCPI5_9(%rip), %xmm5            ## xmm5 = mem[0],zero
	movsd	LCPI5_10(%rip), %xmm6           ## xmm6 = mem[0],zero
	movsd	LCPI5_11(%rip), %xmm7           ## xmm7 = mem[0],zero
	movl	$11, %edi
	movb	$8, %al
	callq	_avg_doubles
	addq	$32, %rsp
	leaq	L_.str.5(%rip), %rdi
	movb	$1, %al
	callq	_printf
	leaq	L_.str.7(%rip), %rdi
	leaq	L_.str.8(%rip), %rcx
	movabsq	$100000000000, %rdx             ## imm = 0x174876E800
	movsd	LCPI5_12(%rip), %xmm1           ## xmm1 = mem[0],zero
	movsd	LCPI5_13(%rip), %xmm3           ## xmm3 = mem[0],zero
	movsd	LCPI5_14(%rip), %xmm4           ## xmm4 = mem[0],zero
	movl	%ebx, %esi
	movsd	LCPI5_3(%rip), %xmm0            ## xmm0 = mem[0],zero
	movl	$-3, %r8d
	movq	$-5, %r9
	movsd	LCPI5_5(%rip), %xmm2            ## xmm2 = mem[0],zero
	movb	$5, %al
	pushq	$10
	pushq	$9
	callq	_mixed_sum
	addq	$16, %rsp
	leaq	L_.str.6(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movslq	%ebx, %rbx
	movl	$5, %esi
	movl	$17, %ecx
	movl	$3, %r8d
	movl	$9, %edi
	movq	$-2, %rdx
	movq	%rbx, %r9
	xorl	%eax, %eax
	pushq	$1
	pushq	$8
	pushq	$-50
	pushq	$99
	callq	_max_and_sum
	addq	$32, %rsp
	leaq	L_.str.9(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movsd	-16(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	divsd	LCPI5_6(%rip), %xmm0
	leaq	L_.str.10(%rip), %rdi
	leaq	L_.str.11(%rip), %rsi
	leaq	L_.str.12(%rip), %rcx
	leaq	L_.str.13(%rip), %r8
	movabsq	$-123456789012, %r9             ## imm = 0xFFFFFFE34166E5EC
	movl	%ebx, %edx
	movb	$1, %al
	callq	_logf_like
	xorl	%ecx, %ecx
	cmpl	$27, %eax
	setne	%cl
	movl	%ecx, %eax
	addq	$8, %rsp
	popq	%rbx
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_seed                           ## @seed
	.p2align	2
_seed:
	.long	7                               ## 0x7

.zerofill __DATA,__bss,_logbuf,256,4    ## @logbuf
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"log[%d]: %s\n"

L_.str.1:                               ## @.str.1
	.asciz	"sum_ints(0) = %d\n"

L_.str.2:                               ## @.str.2
	.asciz	"sum_ints(3) = %d\n"

L_.str.3:                               ## @.str.3
	.asciz	"sum_ints(12) = %d\n"

L_.str.4:                               ## @.str.4
	.asciz	"avg_doubles(4) = %.6f\n"

L_.str.5:                               ## @.str.5
	.asciz	"avg_doubles(11) = %.6f\n"

L_.str.6:                               ## @.str.6
	.asciz	"mixed_sum = %.3f\n"

L_.str.7:                               ## @.str.7
	.asciz	"idlsidldidid"

L_.str.8:                               ## @.str.8
	.asciz	"hello"

L_.str.9:                               ## @.str.9
	.asciz	"max_and_sum = %ld\n"

L_.str.10:                              ## @.str.10
	.asciz	"%s=%d %s=%.3f %s=%ld"

L_.str.11:                              ## @.str.11
	.asciz	"a"

L_.str.12:                              ## @.str.12
	.asciz	"b"

L_.str.13:                              ## @.str.13
	.asciz	"c"

.subsections_via_symbols
