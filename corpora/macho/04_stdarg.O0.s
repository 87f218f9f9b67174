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
	subq	$256, %rsp                      ## imm = 0x100
	testb	%al, %al
	je	LBB0_11
## %bb.10:
	movaps	%xmm0, -176(%rbp)
	movaps	%xmm1, -160(%rbp)
	movaps	%xmm2, -144(%rbp)
	movaps	%xmm3, -128(%rbp)
	movaps	%xmm4, -112(%rbp)
	movaps	%xmm5, -96(%rbp)
	movaps	%xmm6, -80(%rbp)
	movaps	%xmm7, -64(%rbp)
LBB0_11:
	movq	%r9, -184(%rbp)
	movq	%r8, -192(%rbp)
	movq	%rcx, -200(%rbp)
	movq	%rdx, -208(%rbp)
	movq	%rsi, -216(%rbp)
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	%edi, -36(%rbp)
	leaq	-32(%rbp), %rax
	leaq	-224(%rbp), %rcx
	movq	%rcx, 16(%rax)
	leaq	16(%rbp), %rcx
	movq	%rcx, 8(%rax)
	movl	$48, 4(%rax)
	movl	$8, (%rax)
	movl	$0, -40(%rbp)
	movl	$0, -44(%rbp)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-44(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jge	LBB0_7
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	leaq	-32(%rbp), %rax
	movq	%rax, -240(%rbp)                ## 8-byte Spill
	movl	-32(%rbp), %eax
	movl	%eax, -228(%rbp)                ## 4-byte Spill
	cmpl	$40, %eax
	ja	LBB0_4
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	movq	-240(%rbp), %rcx                ## 8-byte Reload
	movl	-228(%rbp), %edx                ## 4-byte Reload
	movslq	%edx, %rax
	addq	16(%rcx), %rax
	addl	$8, %edx
	movl	%edx, (%rcx)
	movq	%rax, -248(%rbp)                ## 8-byte Spill
	jmp	LBB0_5
LBB0_4:                                 ##   in Loop: Header=BB0_1 Depth=1
	movq	-240(%rbp), %rcx                ## 8-byte Reload
	movq	8(%rcx), %rdx
	movq	%rdx, %rax
	addq	$8, %rdx
	movq	%rdx, 8(%rcx)
	movq	%rax, -248(%rbp)                ## 8-byte Spill
LBB0_5:                                 ##   in Loop: Header=BB0_1 Depth=1
	movq	-248(%rbp), %rax                ## 8-byte Reload
	movl	(%rax), %eax
	addl	-40(%rbp), %eax
	movl	%eax, -40(%rbp)
## %bb.6:                               ##   in Loop: Header=BB0_1 Depth=1
	movl	-44(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -44(%rbp)
	jmp	LBB0_1
LBB0_7:
	leaq	-32(%rbp), %rax
	movl	-40(%rbp), %eax
	movl	%eax, -252(%rbp)                ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB0_9
## %bb.8:
	movl	-252(%rbp), %eax                ## 4-byte Reload
	addq	$256, %rsp                      ## imm = 0x100
	popq	%rbp
	retq
LBB0_9:
	callq	___stack_chk_fail
	ud2
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
	subq	$288, %rsp                      ## imm = 0x120
	testb	%al, %al
	je	LBB1_14
## %bb.13:
	movaps	%xmm0, -192(%rbp)
	movaps	%xmm1, -176(%rbp)
	movaps	%xmm2, -160(%rbp)
	movaps	%xmm3, -144(%rbp)
	movaps	%xmm4, -128(%rbp)
	movaps	%xmm5, -112(%rbp)
	movaps	%xmm6, -96(%rbp)
	movaps	%xmm7, -80(%rbp)
LBB1_14:
	movq	%r9, -200(%rbp)
	movq	%r8, -208(%rbp)
	movq	%rcx, -216(%rbp)
	movq	%rdx, -224(%rbp)
	movq	%rsi, -232(%rbp)
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	%edi, -36(%rbp)
	leaq	-32(%rbp), %rax
	leaq	-240(%rbp), %rcx
	movq	%rcx, 16(%rax)
	leaq	16(%rbp), %rcx
	movq	%rcx, 8(%rax)
	movl	$48, 4(%rax)
	movl	$8, (%rax)
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -48(%rbp)
	movl	$0, -52(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-52(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jge	LBB1_7
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	leaq	-32(%rbp), %rax
	movq	%rax, -264(%rbp)                ## 8-byte Spill
	addq	$4, %rax
	movq	%rax, -256(%rbp)                ## 8-byte Spill
	movl	-28(%rbp), %eax
	movl	%eax, -244(%rbp)                ## 4-byte Spill
	cmpl	$160, %eax
	ja	LBB1_4
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	movq	-256(%rbp), %rcx                ## 8-byte Reload
	movl	-244(%rbp), %edx                ## 4-byte Reload
	movq	-264(%rbp), %rsi                ## 8-byte Reload
	movslq	%edx, %rax
	addq	16(%rsi), %rax
	addl	$16, %edx
	movl	%edx, (%rcx)
	movq	%rax, -272(%rbp)                ## 8-byte Spill
	jmp	LBB1_5
LBB1_4:                                 ##   in Loop: Header=BB1_1 Depth=1
	movq	-264(%rbp), %rcx                ## 8-byte Reload
	movq	8(%rcx), %rdx
	movq	%rdx, %rax
	addq	$8, %rdx
	movq	%rdx, 8(%rcx)
	movq	%rax, -272(%rbp)                ## 8-byte Spill
LBB1_5:                                 ##   in Loop: Header=BB1_1 Depth=1
	movq	-272(%rbp), %rax                ## 8-byte Reload
	movsd	(%rax), %xmm0                   ## xmm0 = mem[0],zero
	addsd	-48(%rbp), %xmm0
	movsd	%xmm0, -48(%rbp)
## %bb.6:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-52(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -52(%rbp)
	jmp	LBB1_1
LBB1_7:
	leaq	-32(%rbp), %rax
	cmpl	$0, -36(%rbp)
	je	LBB1_9
## %bb.8:
	movsd	-48(%rbp), %xmm0                ## xmm0 = mem[0],zero
	cvtsi2sdl	-36(%rbp), %xmm1
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -280(%rbp)               ## 8-byte Spill
	jmp	LBB1_10
LBB1_9:
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -280(%rbp)               ## 8-byte Spill
	jmp	LBB1_10
LBB1_10:
	movsd	-280(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	%xmm0, -288(%rbp)               ## 8-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB1_12
## %bb.11:
	movsd	-288(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	addq	$288, %rsp                      ## imm = 0x120
	popq	%rbp
	retq
LBB1_12:
	callq	___stack_chk_fail
	ud2
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
	subq	$368, %rsp                      ## imm = 0x170
	testb	%al, %al
	je	LBB2_29
## %bb.28:
	movaps	%xmm0, -192(%rbp)
	movaps	%xmm1, -176(%rbp)
	movaps	%xmm2, -160(%rbp)
	movaps	%xmm3, -144(%rbp)
	movaps	%xmm4, -128(%rbp)
	movaps	%xmm5, -112(%rbp)
	movaps	%xmm6, -96(%rbp)
	movaps	%xmm7, -80(%rbp)
LBB2_29:
	movq	%r9, -200(%rbp)
	movq	%r8, -208(%rbp)
	movq	%rcx, -216(%rbp)
	movq	%rdx, -224(%rbp)
	movq	%rsi, -232(%rbp)
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	%rdi, -40(%rbp)
	leaq	-32(%rbp), %rax
	leaq	-240(%rbp), %rcx
	movq	%rcx, 16(%rax)
	leaq	16(%rbp), %rcx
	movq	%rcx, 8(%rax)
	movl	$48, 4(%rax)
	movl	$8, (%rax)
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -48(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, -56(%rbp)
LBB2_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB2_19 Depth 2
	movq	-56(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB2_24
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-56(%rbp), %rax
	movsbl	(%rax), %eax
	addl	$-100, %eax
	movl	%eax, %ecx
	movq	%rcx, -248(%rbp)                ## 8-byte Spill
	subl	$15, %eax
	ja	LBB2_22
## %bb.27:                              ##   in Loop: Header=BB2_1 Depth=1
	movq	-248(%rbp), %rax                ## 8-byte Reload
	leaq	LJTI2_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB2_3:                                 ##   in Loop: Header=BB2_1 Depth=1
	leaq	-32(%rbp), %rax
	movq	%rax, -264(%rbp)                ## 8-byte Spill
	movl	-32(%rbp), %eax
	movl	%eax, -252(%rbp)                ## 4-byte Spill
	cmpl	$40, %eax
	ja	LBB2_5
## %bb.4:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-264(%rbp), %rcx                ## 8-byte Reload
	movl	-252(%rbp), %edx                ## 4-byte Reload
	movslq	%edx, %rax
	addq	16(%rcx), %rax
	addl	$8, %edx
	movl	%edx, (%rcx)
	movq	%rax, -272(%rbp)                ## 8-byte Spill
	jmp	LBB2_6
LBB2_5:                                 ##   in Loop: Header=BB2_1 Depth=1
	movq	-264(%rbp), %rcx                ## 8-byte Reload
	movq	8(%rcx), %rdx
	movq	%rdx, %rax
	addq	$8, %rdx
	movq	%rdx, 8(%rcx)
	movq	%rax, -272(%rbp)                ## 8-byte Spill
LBB2_6:                                 ##   in Loop: Header=BB2_1 Depth=1
	movq	-272(%rbp), %rax                ## 8-byte Reload
	cvtsi2sdl	(%rax), %xmm0
	addsd	-48(%rbp), %xmm0
	movsd	%xmm0, -48(%rbp)
	jmp	LBB2_22
LBB2_7:                                 ##   in Loop: Header=BB2_1 Depth=1
	leaq	-32(%rbp), %rax
	movq	%rax, -288(%rbp)                ## 8-byte Spill
	movl	-32(%rbp), %eax
	movl	%eax, -276(%rbp)                ## 4-byte Spill
	cmpl	$40, %eax
	ja	LBB2_9
## %bb.8:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-288(%rbp), %rcx                ## 8-byte Reload
	movl	-276(%rbp), %edx                ## 4-byte Reload
	movslq	%edx, %rax
	addq	16(%rcx), %rax
	addl	$8, %edx
	movl	%edx, (%rcx)
	movq	%rax, -296(%rbp)                ## 8-byte Spill
	jmp	LBB2_10
LBB2_9:                                 ##   in Loop: Header=BB2_1 Depth=1
	movq	-288(%rbp), %rcx                ## 8-byte Reload
	movq	8(%rcx), %rdx
	movq	%rdx, %rax
	addq	$8, %rdx
	movq	%rdx, 8(%rcx)
	movq	%rax, -296(%rbp)                ## 8-byte Spill
LBB2_10:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	-296(%rbp), %rax                ## 8-byte Reload
	cvtsi2sdq	(%rax), %xmm0
	addsd	-48(%rbp), %xmm0
	movsd	%xmm0, -48(%rbp)
	jmp	LBB2_22
LBB2_11:                                ##   in Loop: Header=BB2_1 Depth=1
	leaq	-32(%rbp), %rax
	movq	%rax, -320(%rbp)                ## 8-byte Spill
	addq	$4, %rax
	movq	%rax, -312(%rbp)                ## 8-byte Spill
	movl	-28(%rbp), %eax
	movl	%eax, -300(%rbp)                ## 4-byte Spill
	cmpl	$160, %eax
	ja	LBB2_13
## %bb.12:                              ##   in Loop: Header=BB2_1 Depth=1
	movq	-312(%rbp), %rcx                ## 8-byte Reload
	movl	-300(%rbp), %edx                ## 4-byte Reload
	movq	-320(%rbp), %rsi                ## 8-byte Reload
	movslq	%edx, %rax
	addq	16(%rsi), %rax
	addl	$16, %edx
	movl	%edx, (%rcx)
	movq	%rax, -328(%rbp)                ## 8-byte Spill
	jmp	LBB2_14
LBB2_13:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	-320(%rbp), %rcx                ## 8-byte Reload
	movq	8(%rcx), %rdx
	movq	%rdx, %rax
	addq	$8, %rdx
	movq	%rdx, 8(%rcx)
	movq	%rax, -328(%rbp)                ## 8-byte Spill
LBB2_14:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	-328(%rbp), %rax                ## 8-byte Reload
	movsd	(%rax), %xmm0                   ## xmm0 = mem[0],zero
	addsd	-48(%rbp), %xmm0
	movsd	%xmm0, -48(%rbp)
	jmp	LBB2_22
LBB2_15:                                ##   in Loop: Header=BB2_1 Depth=1
	leaq	-32(%rbp), %rax
	movq	%rax, -344(%rbp)                ## 8-byte Spill
	movl	-32(%rbp), %eax
	movl	%eax, -332(%rbp)                ## 4-byte Spill
	cmpl	$40, %eax
	ja	LBB2_17
## %bb.16:                              ##   in Loop: Header=BB2_1 Depth=1
	movq	-344(%rbp), %rcx                ## 8-byte Reload
	movl	-332(%rbp), %edx                ## 4-byte Reload
	movslq	%edx, %rax
	addq	16(%rcx), %rax
	addl	$8, %edx
	movl	%edx, (%rcx)
	movq	%rax, -352(%rbp)                ## 8-byte Spill
	jmp	LBB2_18
LBB2_17:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	-344(%rbp), %rcx                ## 8-byte Reload
	movq	8(%rcx), %rdx
	movq	%rdx, %rax
	addq	$8, %rdx
	movq	%rdx, 8(%rcx)
	movq	%rax, -352(%rbp)                ## 8-byte Spill
LBB2_18:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	-352(%rbp), %rax                ## 8-byte Reload
	movq	(%rax), %rax
	movq	%rax, -64(%rbp)
LBB2_19:                                ##   Parent Loop BB2_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movq	-64(%rbp), %rax
	movq	%rax, %rcx
	addq	$1, %rcx
	movq	%rcx, -64(%rbp)
	cmpb	$0, (%rax)
	je	LBB2_21
## %bb.20:                              ##   in Loop: Header=BB2_19 Depth=2
	movsd	LCPI2_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	addsd	-48(%rbp), %xmm0
	movsd	%xmm0, -48(%rbp)
	jmp	LBB2_19
LBB2_21:                                ##   in Loop: Header=BB2_1 Depth=1
	jmp	LBB2_22
LBB2_22:                                ##   in Loop: Header=BB2_1 Depth=1
	jmp	LBB2_23
LBB2_23:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	-56(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -56(%rbp)
	jmp	LBB2_1
LBB2_24:
	leaq	-32(%rbp), %rax
	movsd	-48(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	%xmm0, -360(%rbp)               ## 8-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB2_26
## %bb.25:
	movsd	-360(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	addq	$368, %rsp                      ## imm = 0x170
	popq	%rbp
	retq
LBB2_26:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L2_0_set_11, LBB2_11-LJTI2_0
.set L2_0_set_22, LBB2_22-LJTI2_0
.set L2_0_set_3, LBB2_3-LJTI2_0
.set L2_0_set_7, LBB2_7-LJTI2_0
.set L2_0_set_15, LBB2_15-LJTI2_0
LJTI2_0:
	.long	L2_0_set_11
	.long	L2_0_set_22
	.long	L2_0_set_22
	.long	L2_0_set_22
	.long	L2_0_set_22
	.long	L2_0_set_3
	.long	L2_0_set_22
	.long	L2_0_set_22
	.long	L2_0_set_7
	.long	L2_0_set_22
	.long	L2_0_set_22
	.long	L2_0_set_22
	.long	L2_0_set_22
	.long	L2_0_set_22
	.long	L2_0_set_22
	.long	L2_0_set_15
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
	subq	$352, %rsp                      ## imm = 0x160
	testb	%al, %al
	je	LBB3_20
## %bb.19:
	movaps	%xmm0, -240(%rbp)
	movaps	%xmm1, -224(%rbp)
	movaps	%xmm2, -208(%rbp)
	movaps	%xmm3, -192(%rbp)
	movaps	%xmm4, -176(%rbp)
	movaps	%xmm5, -160(%rbp)
	movaps	%xmm6, -144(%rbp)
	movaps	%xmm7, -128(%rbp)
LBB3_20:
	movq	%r9, -248(%rbp)
	movq	%r8, -256(%rbp)
	movq	%rcx, -264(%rbp)
	movq	%rdx, -272(%rbp)
	movq	%rsi, -280(%rbp)
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	%edi, -68(%rbp)
	leaq	-32(%rbp), %rax
	leaq	-288(%rbp), %rcx
	movq	%rcx, 16(%rax)
	leaq	16(%rbp), %rcx
	movq	%rcx, 8(%rax)
	movl	$48, 4(%rax)
	movl	$8, (%rax)
	leaq	-64(%rbp), %rax
	leaq	-32(%rbp), %rcx
	movq	16(%rcx), %rdx
	movq	%rdx, 16(%rax)
	movups	(%rcx), %xmm0
	movups	%xmm0, (%rax)
	movq	$-1000000, -80(%rbp)            ## imm = 0xFFF0BDC0
	movl	$0, -84(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-84(%rbp), %eax
	cmpl	-68(%rbp), %eax
	jge	LBB3_9
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	leaq	-32(%rbp), %rax
	movq	%rax, -304(%rbp)                ## 8-byte Spill
	movl	-32(%rbp), %eax
	movl	%eax, -292(%rbp)                ## 4-byte Spill
	cmpl	$40, %eax
	ja	LBB3_4
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-304(%rbp), %rcx                ## 8-byte Reload
	movl	-292(%rbp), %edx                ## 4-byte Reload
	movslq	%edx, %rax
	addq	16(%rcx), %rax
	addl	$8, %edx
	movl	%edx, (%rcx)
	movq	%rax, -312(%rbp)                ## 8-byte Spill
	jmp	LBB3_5
LBB3_4:                                 ##   in Loop: Header=BB3_1 Depth=1
	movq	-304(%rbp), %rcx                ## 8-byte Reload
	movq	8(%rcx), %rdx
	movq	%rdx, %rax
	addq	$8, %rdx
	movq	%rdx, 8(%rcx)
	movq	%rax, -312(%rbp)                ## 8-byte Spill
LBB3_5:                                 ##   in Loop: Header=BB3_1 Depth=1
	movq	-312(%rbp), %rax                ## 8-byte Reload
	movq	(%rax), %rax
	movq	%rax, -96(%rbp)
	movq	-96(%rbp), %rax
	cmpq	-80(%rbp), %rax
	jle	LBB3_7
## %bb.6:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-96(%rbp), %rax
	movq	%rax, -80(%rbp)
LBB3_7:                                 ##   in Loop: Header=BB3_1 Depth=1
	jmp	LBB3_8
LBB3_8:                                 ##   in Loop: Header=BB3_1 Depth=1
	movl	-84(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -84(%rbp)
	jmp	LBB3_1
LBB3_9:
	movq	$0, -104(%rbp)
	movl	$0, -108(%rbp)
LBB3_10:                                ## =>This Inner Loop Header: Depth=1
	movl	-108(%rbp), %eax
	cmpl	-68(%rbp), %eax
	jge	LBB3_16
## %bb.11:                              ##   in Loop: Header=BB3_10 Depth=1
	leaq	-64(%rbp), %rax
	movq	%rax, -328(%rbp)                ## 8-byte Spill
	movl	-64(%rbp), %eax
	movl	%eax, -316(%rbp)                ## 4-byte Spill
	cmpl	$40, %eax
	ja	LBB3_13
## %bb.12:                              ##   in Loop: Header=BB3_10 Depth=1
	movq	-328(%rbp), %rcx                ## 8-byte Reload
	movl	-316(%rbp), %edx                ## 4-byte Reload
	movslq	%edx, %rax
	addq	16(%rcx), %rax
	addl	$8, %edx
	movl	%edx, (%rcx)
	movq	%rax, -336(%rbp)                ## 8-byte Spill
	jmp	LBB3_14
LBB3_13:                                ##   in Loop: Header=BB3_10 Depth=1
	movq	-328(%rbp), %rcx                ## 8-byte Reload
	movq	8(%rcx), %rdx
	movq	%rdx, %rax
	addq	$8, %rdx
	movq	%rdx, 8(%rcx)
	movq	%rax, -336(%rbp)                ## 8-byte Spill
LBB3_14:                                ##   in Loop: Header=BB3_10 Depth=1
	movq	-336(%rbp), %rax                ## 8-byte Reload
	movq	(%rax), %rax
	addq	-104(%rbp), %rax
	movq	%rax, -104(%rbp)
## %bb.15:                              ##   in Loop: Header=BB3_10 Depth=1
	movl	-108(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -108(%rbp)
	jmp	LBB3_10
LBB3_16:
	leaq	-64(%rbp), %rax
	leaq	-32(%rbp), %rax
	imulq	$1000, -80(%rbp), %rax          ## imm = 0x3E8
	addq	-104(%rbp), %rax
	movq	%rax, -344(%rbp)                ## 8-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB3_18
## %bb.17:
	movq	-344(%rbp), %rax                ## 8-byte Reload
	addq	$352, %rsp                      ## imm = 0x160
	popq	%rbp
	retq
LBB3_18:
	callq	___stack_chk_fail
	ud2
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
	subq	$240, %rsp
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
	movq	%r9, -184(%rbp)
	movq	%r8, -192(%rbp)
	movq	%rcx, -200(%rbp)
	movq	%rdx, -208(%rbp)
	movq	%rsi, -216(%rbp)
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	%rdi, -40(%rbp)
	leaq	-32(%rbp), %rax
	leaq	-224(%rbp), %rcx
	movq	%rcx, 16(%rax)
	leaq	16(%rbp), %rcx
	movq	%rcx, 8(%rax)
	movl	$48, 4(%rax)
	movl	$8, (%rax)
	movq	-40(%rbp), %rdx
	leaq	-32(%rbp), %rcx
	leaq	_logbuf(%rip), %rdi
	movl	$256, %esi                      ## imm = 0x100
	callq	_vsnprintf
	movl	%eax, -44(%rbp)
	leaq	-32(%rbp), %rax
	movl	-44(%rbp), %esi
	leaq	L_.str(%rip), %rdi
	leaq	_logbuf(%rip), %rdx
	movb	$0, %al
	callq	_printf
	movl	-44(%rbp), %eax
	movl	%eax, -228(%rbp)                ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB4_2
## %bb.1:
	movl	-228(%rbp), %eax                ## 4-byte Reload
	addq	$240, %rsp
	popq	%rbp
	retq
LBB4_2:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI5_0:
	.quad	0x4008000000000000              ## double 3
LCPI5_1:
	.quad	0x3fd0000000000000              ## double 0.25
LCPI5_2:
	.quad	0x3ff2000000000000              ## double 1.125
LCPI5_3:
	.quad	0x4000000000000000              ## double 2
LCPI5_4:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI5_5:
	.quad	0x3fb0000000000000              ## double 0.0625
LCPI5_6:
	.quad	0x3ff0000000000000              ## double 1
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
	.quad	0x4022000000000000              ## double 9
LCPI5_13:
	.quad	0x4024000000000000              ## double 10
LCPI5_14:
	.quad	0x3ff8000000000000              ## double 1.5
LCPI5_15:
	.quad	0x4004000000000000              ## double 2.5
LCPI5_16:
	.quad	0x400a000000000000              ## double 3.25
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
	subq	$80, %rsp
	movl	$0, -4(%rbp)
	movl	_seed(%rip), %eax
	movl	%eax, -8(%rbp)
	xorl	%edi, %edi
	movb	$0, %al
	callq	_sum_ints
	movl	%eax, %esi
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-8(%rbp), %esi
	movl	-8(%rbp), %edx
	shll	$1, %edx
	imull	$3, -8(%rbp), %ecx
	movl	$3, %edi
	movb	$0, %al
	callq	_sum_ints
	movl	%eax, %esi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-8(%rbp), %eax
	movl	$12, %edi
	movl	$1, %esi
	movl	$2, %edx
	movl	$3, %ecx
	movl	$4, %r8d
	movl	$5, %r9d
	movl	$6, (%rsp)
	movl	$7, 8(%rsp)
	movl	$8, 16(%rsp)
	movl	$9, 24(%rsp)
	movl	$10, 32(%rsp)
	movl	$11, 40(%rsp)
	movl	%eax, 48(%rsp)
	movb	$0, %al
	callq	_sum_ints
	movl	%eax, %esi
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	cvtsi2sdl	-8(%rbp), %xmm3
	movl	$4, %edi
	movsd	LCPI5_14(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	LCPI5_15(%rip), %xmm1           ## xmm1 = mem[0],zero
	movsd	LCPI5_16(%rip), %xmm2           ## xmm2 = mem[0],zero
	movb	$4, %al
	callq	_avg_doubles
	leaq	L_.str.4(%rip), %rdi
	movb	$1, %al
	callq	_printf
	cvtsi2sdl	-8(%rbp), %xmm8
	movsd	LCPI5_7(%rip), %xmm0            ## xmm0 = mem[0],zero
	divsd	%xmm0, %xmm8
	movl	$11, %edi
	movsd	LCPI5_6(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	LCPI5_3(%rip), %xmm1            ## xmm1 = mem[0],zero
	movsd	LCPI5_0(%rip), %xmm2            ## xmm2 = mem[0],zero
	movsd	LCPI5_7(%rip), %xmm3            ## xmm3 = mem[0],zero
	movsd	LCPI5_8(%rip), %xmm4            ## xmm4 = mem[0],zero
	movsd	LCPI5_9(%rip), %xmm5            ## xmm5 = mem[0],zero
	movsd	LCPI5_10(%rip), %xmm6           ## xmm6 = mem[0],zero
	movsd	LCPI5_11(%rip), %xmm7           ## xmm7 = mem[0],zero
	movsd	LCPI5_12(%rip), %xmm10          ## xmm10 = mem[0],zero
	movsd	LCPI5_13(%rip), %xmm9           ## xmm9 = mem[0],zero
	movsd	%xmm10, (%rsp)
	movsd	%xmm9, 8(%rsp)
	movsd	%xmm8, 16(%rsp)
	movb	$8, %al
	callq	_avg_doubles
	leaq	L_.str.5(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movl	-8(%rbp), %esi
	leaq	L_.str.7(%rip), %rdi
	movsd	LCPI5_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	movabsq	$100000000000, %rdx             ## imm = 0x174876E800
	leaq	L_.str.8(%rip), %rcx
	movl	$4294967293, %r8d               ## imm = 0xFFFFFFFD
	movsd	LCPI5_2(%rip), %xmm1            ## xmm1 = mem[0],zero
	movq	$-5, %r9
	movsd	LCPI5_3(%rip), %xmm2            ## xmm2 = mem[0],zero
	movsd	LCPI5_4(%rip), %xmm3            ## xmm3 = mem[0],zero
	movsd	LCPI5_5(%rip), %xmm4            ## xmm4 = mem[0],zero
	movl	$9, (%rsp)
	movl	$10, 8(%rsp)
	movb	$5, %al
	callq	_mixed_sum
	leaq	L_.str.6(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movslq	-8(%rbp), %r9
	movl	$9, %edi
	movl	$5, %esi
	movq	$-2, %rdx
	movl	$17, %ecx
	movl	$3, %r8d
	movq	$99, (%rsp)
	movq	$-50, 8(%rsp)
	movq	$8, 16(%rsp)
	movq	$1, 24(%rsp)
	movb	$0, %al
	callq	_max_and_sum
	movq	%rax, %rsi
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-8(%rbp), %edx
	cvtsi2sdl	-8(%rbp), %xmm0
	movsd	LCPI5_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	leaq	L_.str.10(%rip), %rdi
	leaq	L_.str.11(%rip), %rsi
	leaq	L_.str.12(%rip), %rcx
	leaq	L_.str.13(%rip), %r8
	movabsq	$-123456789012, %r9             ## imm = 0xFFFFFFE34166E5EC
	movb	$1, %al
	callq	_logf_like
	movl	%eax, -12(%rbp)
	movl	-12(%rbp), %edx
	movl	$1, %eax
	xorl	%ecx, %ecx
	cmpl	$27, %edx
	cmovel	%ecx, %eax
	addq	$80, %rsp
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
