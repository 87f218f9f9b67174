	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_imatmul                        ## -- Begin function imatmul
	.p2align	4, 0x90
_imatmul:                               ## @imatmul
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movl	$0, -28(%rbp)
LBB0_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB0_3 Depth 2
                                        ##       Child Loop BB0_5 Depth 3
	cmpl	$12, -28(%rbp)
	jge	LBB0_12
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movl	$0, -32(%rbp)
LBB0_3:                                 ##   Parent Loop BB0_1 Depth=1
                                        ## =>  This Loop Header: Depth=2
                                        ##       Child Loop BB0_5 Depth 3
	cmpl	$12, -32(%rbp)
	jge	LBB0_10
## %bb.4:                               ##   in Loop: Header=BB0_3 Depth=2
	movl	$0, -36(%rbp)
	movl	$0, -40(%rbp)
LBB0_5:                                 ##   Parent Loop BB0_1 Depth=1
                                        ##     Parent Loop BB0_3 Depth=2
                                        ## =>    This Inner Loop Header: Depth=3
	cmpl	$12, -40(%rbp)
	jge	LBB0_8
## %bb.6:                               ##   in Loop: Header=BB0_5 Depth=3
	movq	-16(%rbp), %rax
	movslq	-28(%rbp), %rcx
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-40(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	movq	-24(%rbp), %rcx
	movslq	-40(%rbp), %rdx
	imulq	$48, %rdx, %rdx
	addq	%rdx, %rcx
	movslq	-32(%rbp), %rdx
	imull	(%rcx,%rdx,4), %eax
	addl	-36(%rbp), %eax
	movl	%eax, -36(%rbp)
## %bb.7:                               ##   in Loop: Header=BB0_5 Depth=3
	movl	-40(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -40(%rbp)
	jmp	LBB0_5
LBB0_8:                                 ##   in Loop: Header=BB0_3 Depth=2
	movl	-36(%rbp), %edx
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-32(%rbp), %rcx
	movl	%edx, (%rax,%rcx,4)
## %bb.9:                               ##   in Loop: Header=BB0_3 Depth=2
	movl	-32(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -32(%rbp)
	jmp	LBB0_3
LBB0_10:                                ##   in Loop: Header=BB0_1 Depth=1
	jmp	LBB0_11
LBB0_11:                                ##   in Loop: Header=BB0_1 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB0_1
LBB0_12:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_dmatmul                        ## -- Begin function dmatmul
	.p2align	4, 0x90
_dmatmul:                               ## @dmatmul
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movl	$0, -28(%rbp)
LBB1_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB1_3 Depth 2
	cmpl	$12, -28(%rbp)
	jge	LBB1_8
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	$0, -32(%rbp)
LBB1_3:                                 ##   Parent Loop BB1_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$12, -32(%rbp)
	jge	LBB1_6
## %bb.4:                               ##   in Loop: Header=BB1_3 Depth=2
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	imulq	$96, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-32(%rbp), %rcx
	xorps	%xmm0, %xmm0
	movsd	%xmm0, (%rax,%rcx,8)
## %bb.5:                               ##   in Loop: Header=BB1_3 Depth=2
	movl	-32(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -32(%rbp)
	jmp	LBB1_3
LBB1_6:                                 ##   in Loop: Header=BB1_1 Depth=1
	jmp	LBB1_7
LBB1_7:                                 ##   in Loop: Header=BB1_1 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB1_1
LBB1_8:
	movl	$0, -36(%rbp)
LBB1_9:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB1_11 Depth 2
                                        ##       Child Loop BB1_13 Depth 3
	cmpl	$12, -36(%rbp)
	jge	LBB1_20
## %bb.10:                              ##   in Loop: Header=BB1_9 Depth=1
	movl	$0, -40(%rbp)
LBB1_11:                                ##   Parent Loop BB1_9 Depth=1
                                        ## =>  This Loop Header: Depth=2
                                        ##       Child Loop BB1_13 Depth 3
	cmpl	$12, -40(%rbp)
	jge	LBB1_18
## %bb.12:                              ##   in Loop: Header=BB1_11 Depth=2
	movq	-16(%rbp), %rax
	movslq	-36(%rbp), %rcx
	imulq	$96, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-40(%rbp), %rcx
	movsd	(%rax,%rcx,8), %xmm0            ## xmm0 = mem[0],zero
	movsd	%xmm0, -48(%rbp)
	movl	$0, -52(%rbp)
LBB1_13:                                ##   Parent Loop BB1_9 Depth=1
                                        ##     Parent Loop BB1_11 Depth=2
                                        ## =>    This Inner Loop Header: Depth=3
	cmpl	$12, -52(%rbp)
	jge	LBB1_16
## %bb.14:                              ##   in Loop: Header=BB1_13 Depth=3
	movsd	-48(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movq	-24(%rbp), %rax
	movslq	-40(%rbp), %rcx
	imulq	$96, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-52(%rbp), %rcx
	movsd	(%rax,%rcx,8), %xmm2            ## xmm2 = mem[0],zero
	movq	-8(%rbp), %rax
	movslq	-36(%rbp), %rcx
	imulq	$96, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-52(%rbp), %rcx
	movsd	(%rax,%rcx,8), %xmm1            ## xmm1 = mem[0],zero
	mulsd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	movsd	%xmm0, (%rax,%rcx,8)
## %bb.15:                              ##   in Loop: Header=BB1_13 Depth=3
	movl	-52(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -52(%rbp)
	jmp	LBB1_13
LBB1_16:                                ##   in Loop: Header=BB1_11 Depth=2
	jmp	LBB1_17
LBB1_17:                                ##   in Loop: Header=BB1_11 Depth=2
	movl	-40(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -40(%rbp)
	jmp	LBB1_11
LBB1_18:                                ##   in Loop: Header=BB1_9 Depth=1
	jmp	LBB1_19
LBB1_19:                                ##   in Loop: Header=BB1_9 Depth=1
	movl	-36(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -36(%rbp)
	jmp	LBB1_9
LBB1_20:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_transpose                      ## -- Begin function transpose
	.p2align	4, 0x90
_transpose:                             ## @transpose
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	$0, -12(%rbp)
LBB2_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB2_3 Depth 2
	cmpl	$12, -12(%rbp)
	jge	LBB2_8
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -16(%rbp)
LBB2_3:                                 ##   Parent Loop BB2_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$12, -16(%rbp)
	jge	LBB2_6
## %bb.4:                               ##   in Loop: Header=BB2_3 Depth=2
	movq	-8(%rbp), %rax
	movslq	-12(%rbp), %rcx
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-16(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -20(%rbp)
	movq	-8(%rbp), %rax
	movslq	-16(%rbp), %rcx
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-12(%rbp), %rcx
	movl	(%rax,%rcx,4), %edx
	movq	-8(%rbp), %rax
	movslq	-12(%rbp), %rcx
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-16(%rbp), %rcx
	movl	%edx, (%rax,%rcx,4)
	movl	-20(%rbp), %edx
	movq	-8(%rbp), %rax
	movslq	-16(%rbp), %rcx
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-12(%rbp), %rcx
	movl	%edx, (%rax,%rcx,4)
## %bb.5:                               ##   in Loop: Header=BB2_3 Depth=2
	movl	-16(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -16(%rbp)
	jmp	LBB2_3
LBB2_6:                                 ##   in Loop: Header=BB2_1 Depth=1
	jmp	LBB2_7
LBB2_7:                                 ##   in Loop: Header=BB2_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB2_1
LBB2_8:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_trace_and_sum                  ## -- Begin function trace_and_sum
	.p2align	4, 0x90
_trace_and_sum:                         ## @trace_and_sum
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	$0, -24(%rbp)
	movq	-16(%rbp), %rax
	movq	$0, (%rax)
	movl	$0, -28(%rbp)
LBB3_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB3_3 Depth 2
	cmpl	$12, -28(%rbp)
	jge	LBB3_8
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-28(%rbp), %rcx
	movslq	(%rax,%rcx,4), %rax
	addq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
	movl	$0, -32(%rbp)
LBB3_3:                                 ##   Parent Loop BB3_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$12, -32(%rbp)
	jge	LBB3_6
## %bb.4:                               ##   in Loop: Header=BB3_3 Depth=2
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-32(%rbp), %rcx
	movslq	(%rax,%rcx,4), %rcx
	movq	-16(%rbp), %rax
	addq	(%rax), %rcx
	movq	%rcx, (%rax)
## %bb.5:                               ##   in Loop: Header=BB3_3 Depth=2
	movl	-32(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -32(%rbp)
	jmp	LBB3_3
LBB3_6:                                 ##   in Loop: Header=BB3_1 Depth=1
	jmp	LBB3_7
LBB3_7:                                 ##   in Loop: Header=BB3_1 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB3_1
LBB3_8:
	movq	-24(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_det3                           ## -- Begin function det3
	.p2align	4, 0x90
_det3:                                  ## @det3
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movslq	(%rax), %rax
	movq	-8(%rbp), %rcx
	movl	16(%rcx), %ecx
	movq	-8(%rbp), %rdx
	imull	32(%rdx), %ecx
	movq	-8(%rbp), %rdx
	movl	20(%rdx), %edx
	movq	-8(%rbp), %rsi
	imull	28(%rsi), %edx
	subl	%edx, %ecx
	movslq	%ecx, %rcx
	imulq	%rcx, %rax
	movq	-8(%rbp), %rcx
	movslq	4(%rcx), %rcx
	movq	-8(%rbp), %rdx
	movl	12(%rdx), %edx
	movq	-8(%rbp), %rsi
	imull	32(%rsi), %edx
	movq	-8(%rbp), %rsi
	movl	20(%rsi), %esi
	movq	-8(%rbp), %rdi
	imull	24(%rdi), %esi
	subl	%esi, %edx
	movslq	%edx, %rdx
	imulq	%rdx, %rcx
	subq	%rcx, %rax
	movq	-8(%rbp), %rcx
	movslq	8(%rcx), %rcx
	movq	-8(%rbp), %rdx
	movl	12(%rdx), %edx
	movq	-8(%rbp), %rsi
	imull	28(%rsi), %edx
	movq	-8(%rbp), %rsi
	movl	16(%rsi), %esi
	movq	-8(%rbp), %rdi
	imull	24(%rdi), %esi
	subl	%esi, %edx
	movslq	%edx, %rdx
	imulq	%rdx, %rcx
	addq	%rcx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI5_0:
	.quad	0x3ff0000000000000              ## double 1
LCPI5_1:
	.quad	0x3fd0000000000000              ## double 0.25
LCPI5_2:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI5_3:
	.quad	0xc000000000000000              ## double -2
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
	subq	$224, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -132(%rbp)
	movl	_vseed(%rip), %eax
	movl	%eax, -136(%rbp)
	movl	$0, -140(%rbp)
LBB5_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB5_3 Depth 2
	cmpl	$12, -140(%rbp)
	jge	LBB5_8
## %bb.2:                               ##   in Loop: Header=BB5_1 Depth=1
	movl	$0, -144(%rbp)
LBB5_3:                                 ##   Parent Loop BB5_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$12, -144(%rbp)
	jge	LBB5_6
## %bb.4:                               ##   in Loop: Header=BB5_3 Depth=2
	movl	-140(%rbp), %eax
	imull	-136(%rbp), %eax
	imull	$3, -144(%rbp), %ecx
	addl	%ecx, %eax
	movl	$11, %ecx
	cltd
	idivl	%ecx
	subl	$5, %edx
	movslq	-140(%rbp), %rcx
	leaq	_ia(%rip), %rax
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-144(%rbp), %rcx
	movl	%edx, (%rax,%rcx,4)
	movl	-140(%rbp), %eax
	movl	-144(%rbp), %ecx
	shll	$1, %ecx
	addl	%ecx, %eax
	addl	-136(%rbp), %eax
	movl	$7, %ecx
	cltd
	idivl	%ecx
	subl	$3, %edx
	movslq	-140(%rbp), %rcx
	leaq	_ib(%rip), %rax
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-144(%rbp), %rcx
	movl	%edx, (%rax,%rcx,4)
	imull	$5, -140(%rbp), %eax
	addl	-144(%rbp), %eax
	movl	$9, %ecx
	cltd
	idivl	%ecx
	cvtsi2sd	%edx, %xmm0
	movsd	LCPI5_2(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	LCPI5_3(%rip), %xmm1            ## xmm1 = mem[0],zero
	addsd	%xmm1, %xmm0
	movslq	-140(%rbp), %rcx
	leaq	_da(%rip), %rax
	imulq	$96, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-144(%rbp), %rcx
	movsd	%xmm0, (%rax,%rcx,8)
	movl	-140(%rbp), %eax
	movl	-144(%rbp), %ecx
	imull	-136(%rbp), %ecx
	addl	%ecx, %eax
	movl	$13, %ecx
	cltd
	idivl	%ecx
	cvtsi2sd	%edx, %xmm0
	movsd	LCPI5_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movslq	-140(%rbp), %rcx
	leaq	_db(%rip), %rax
	imulq	$96, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-144(%rbp), %rcx
	movsd	%xmm0, (%rax,%rcx,8)
## %bb.5:                               ##   in Loop: Header=BB5_3 Depth=2
	movl	-144(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -144(%rbp)
	jmp	LBB5_3
LBB5_6:                                 ##   in Loop: Header=BB5_1 Depth=1
	jmp	LBB5_7
LBB5_7:                                 ##   in Loop: Header=BB5_1 Depth=1
	movl	-140(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -140(%rbp)
	jmp	LBB5_1
LBB5_8:
	leaq	_ic(%rip), %rdi
	leaq	_ia(%rip), %rsi
	leaq	_ib(%rip), %rdx
	callq	_imatmul
	movl	$0, -148(%rbp)
LBB5_9:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB5_11 Depth 2
	cmpl	$12, -148(%rbp)
	jge	LBB5_16
## %bb.10:                              ##   in Loop: Header=BB5_9 Depth=1
	movl	$0, -152(%rbp)
LBB5_11:                                ##   Parent Loop BB5_9 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$12, -152(%rbp)
	jge	LBB5_14
## %bb.12:                              ##   in Loop: Header=BB5_11 Depth=2
	movslq	-148(%rbp), %rcx
	leaq	_ic(%rip), %rax
	imulq	$48, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-152(%rbp), %rcx
	movl	(%rax,%rcx,4), %esi
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.13:                              ##   in Loop: Header=BB5_11 Depth=2
	movl	-152(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -152(%rbp)
	jmp	LBB5_11
LBB5_14:                                ##   in Loop: Header=BB5_9 Depth=1
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.15:                              ##   in Loop: Header=BB5_9 Depth=1
	movl	-148(%rbp), %eax
	addl	$3, %eax
	movl	%eax, -148(%rbp)
	jmp	LBB5_9
LBB5_16:
	leaq	_ic(%rip), %rdi
	leaq	-160(%rbp), %rsi
	callq	_trace_and_sum
	movq	%rax, -168(%rbp)
	movq	-168(%rbp), %rsi
	movq	-160(%rbp), %rdx
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	_ic(%rip), %rdi
	callq	_transpose
	movl	_ic+64(%rip), %esi
	movl	_ic+196(%rip), %edx
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	_dc(%rip), %rdi
	leaq	_da(%rip), %rsi
	leaq	_db(%rip), %rdx
	callq	_dmatmul
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -176(%rbp)
	movl	$0, -180(%rbp)
LBB5_17:                                ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB5_19 Depth 2
	cmpl	$12, -180(%rbp)
	jge	LBB5_24
## %bb.18:                              ##   in Loop: Header=BB5_17 Depth=1
	movl	$0, -184(%rbp)
LBB5_19:                                ##   Parent Loop BB5_17 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$12, -184(%rbp)
	jge	LBB5_22
## %bb.20:                              ##   in Loop: Header=BB5_19 Depth=2
	movslq	-180(%rbp), %rcx
	leaq	_dc(%rip), %rax
	imulq	$96, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-184(%rbp), %rcx
	movsd	(%rax,%rcx,8), %xmm0            ## xmm0 = mem[0],zero
	movl	-180(%rbp), %edx
	movl	-184(%rbp), %esi
	movl	$1, %eax
	movl	$2, %ecx
	cmpl	%esi, %edx
	cmovel	%ecx, %eax
	cvtsi2sd	%eax, %xmm2
	movsd	-176(%rbp), %xmm1               ## xmm1 = mem[0],zero
	mulsd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -176(%rbp)
## %bb.21:                              ##   in Loop: Header=BB5_19 Depth=2
	movl	-184(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -184(%rbp)
	jmp	LBB5_19
LBB5_22:                                ##   in Loop: Header=BB5_17 Depth=1
	jmp	LBB5_23
LBB5_23:                                ##   in Loop: Header=BB5_17 Depth=1
	movl	-180(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -180(%rbp)
	jmp	LBB5_17
LBB5_24:
	movsd	_dc(%rip), %xmm0                ## xmm0 = mem[0],zero
	movsd	_dc+536(%rip), %xmm1            ## xmm1 = mem[0],zero
	movsd	_dc+1144(%rip), %xmm2           ## xmm2 = mem[0],zero
	movsd	-176(%rbp), %xmm3               ## xmm3 = mem[0],zero
	leaq	L_.str.4(%rip), %rdi
	movb	$4, %al
	callq	_printf
	movl	$0, -188(%rbp)
LBB5_25:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$12, -188(%rbp)
	jge	LBB5_28
## %bb.26:                              ##   in Loop: Header=BB5_25 Depth=1
	movslq	-188(%rbp), %rcx
	leaq	_main.eye(%rip), %rax
	imulq	$96, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-188(%rbp), %rcx
	movsd	LCPI5_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	%xmm0, (%rax,%rcx,8)
## %bb.27:                              ##   in Loop: Header=BB5_25 Depth=1
	movl	-188(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -188(%rbp)
	jmp	LBB5_25
LBB5_28:
	leaq	_main.out(%rip), %rdi
	leaq	_da(%rip), %rsi
	leaq	_main.eye(%rip), %rdx
	callq	_dmatmul
	movl	$1, -192(%rbp)
	movl	$0, -196(%rbp)
LBB5_29:                                ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB5_31 Depth 2
	cmpl	$12, -196(%rbp)
	jge	LBB5_36
## %bb.30:                              ##   in Loop: Header=BB5_29 Depth=1
	movl	$0, -200(%rbp)
LBB5_31:                                ##   Parent Loop BB5_29 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$12, -200(%rbp)
	jge	LBB5_34
## %bb.32:                              ##   in Loop: Header=BB5_31 Depth=2
	movslq	-196(%rbp), %rcx
	leaq	_main.out(%rip), %rax
	imulq	$96, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-200(%rbp), %rcx
	movsd	(%rax,%rcx,8), %xmm0            ## xmm0 = mem[0],zero
	movslq	-196(%rbp), %rcx
	leaq	_da(%rip), %rax
	imulq	$96, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-200(%rbp), %rcx
	ucomisd	(%rax,%rcx,8), %xmm0
	sete	%al
	setnp	%cl
	andb	%cl, %al
	andb	$1, %al
	movzbl	%al, %eax
	andl	-192(%rbp), %eax
	movl	%eax, -192(%rbp)
## %bb.33:                              ##   in Loop: Header=BB5_31 Depth=2
	movl	-200(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -200(%rbp)
	jmp	LBB5_31
LBB5_34:                                ##   in Loop: Header=BB5_29 Depth=1
	jmp	LBB5_35
LBB5_35:                                ##   in Loop: Header=BB5_29 Depth=1
	movl	-196(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -196(%rbp)
	jmp	LBB5_29
LBB5_36:
	movl	-192(%rbp), %esi
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-136(%rbp), %eax
	movl	%eax, -48(%rbp)
	movl	$2, -44(%rbp)
	movl	$3, -40(%rbp)
	movl	$4, -36(%rbp)
	movl	$5, -32(%rbp)
	movl	$6, -28(%rbp)
	movl	$7, -24(%rbp)
	movl	$8, -20(%rbp)
	movl	$10, -16(%rbp)
	leaq	-48(%rbp), %rdi
	callq	_det3
	movq	%rax, %rsi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -204(%rbp)
LBB5_37:                                ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB5_39 Depth 2
	cmpl	$4, -204(%rbp)
	jge	LBB5_44
## %bb.38:                              ##   in Loop: Header=BB5_37 Depth=1
	movl	$0, -208(%rbp)
LBB5_39:                                ##   Parent Loop BB5_37 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$5, -208(%rbp)
	jge	LBB5_42
## %bb.40:                              ##   in Loop: Header=BB5_39 Depth=2
	imull	$10, -204(%rbp), %edx
	addl	-208(%rbp), %edx
	movslq	-204(%rbp), %rcx
	leaq	-128(%rbp), %rax
	imulq	$20, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-208(%rbp), %rcx
	movl	%edx, (%rax,%rcx,4)
## %bb.41:                              ##   in Loop: Header=BB5_39 Depth=2
	movl	-208(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -208(%rbp)
	jmp	LBB5_39
LBB5_42:                                ##   in Loop: Header=BB5_37 Depth=1
	jmp	LBB5_43
LBB5_43:                                ##   in Loop: Header=BB5_37 Depth=1
	movl	-204(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -204(%rbp)
	jmp	LBB5_37
LBB5_44:
	leaq	-128(%rbp), %rax
	movq	%rax, -216(%rbp)
	movq	-216(%rbp), %rax
	movl	52(%rax), %esi
	movl	-76(%rbp), %edx
	leaq	-128(%rbp), %rcx
	addq	$60, %rcx
	leaq	-128(%rbp), %rax
	addq	$20, %rax
	subq	%rax, %rcx
	sarq	$2, %rcx
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB5_46
## %bb.45:
	xorl	%eax, %eax
	addq	$224, %rsp
	popq	%rbp
	retq
LBB5_46:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vseed                          ## @vseed
	.p2align	2
_vseed:
	.long	7                               ## 0x7

.zerofill __DATA,__bss,_ia,576,4        ## @ia
.zerofill __DATA,__bss,_ib,576,4        ## @ib
.zerofill __DATA,__bss,_da,1152,4       ## @da
.zerofill __DATA,__bss,_db,1152,4       ## @db
.zerofill __DATA,__bss,_ic,576,4        ## @ic
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%5d"

L_.str.1:                               ## @.str.1
	.asciz	"\n"

L_.str.2:                               ## @.str.2
	.asciz	"trace=%ld sum=%ld\n"

L_.str.3:                               ## @.str.3
	.asciz	"after transpose ic[1][4]=%d ic[4][1]=%d\n"

.zerofill __DATA,__bss,_dc,1152,4       ## @dc
L_.str.4:                               ## @.str.4
	.asciz	"dc[0][0]=%.4f dc[5][7]=%.4f dc[11][11]=%.4f weighted sum=%.4f\n"

.zerofill __DATA,__bss,_main.eye,1152,4 ## @main.eye
.zerofill __DATA,__bss,_main.out,1152,4 ## @main.out
L_.str.5:                               ## @.str.5
	.asciz	"A*I==A: %d\n"

L_.str.6:                               ## @.str.6
	.asciz	"det3 = %ld\n"

L_.str.7:                               ## @.str.7
	.asciz	"flat[13]=%d local[2][3]=%d rowptr diff=%ld\n"

.subsections_via_symbols
