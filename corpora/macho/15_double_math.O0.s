	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function newton_sqrt
LCPI0_0:
	.quad	0x3ff0000000000000              ## double 1
LCPI0_1:
	.quad	0x4000000000000000              ## double 2
LCPI0_2:
	.quad	0x3fe0000000000000              ## double 0.5
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_newton_sqrt
	.p2align	4, 0x90
_newton_sqrt:                           ## @newton_sqrt
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	movsd	LCPI0_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	jbe	LBB0_2
## %bb.1:
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	movsd	LCPI0_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -32(%rbp)                ## 8-byte Spill
	jmp	LBB0_3
LBB0_2:
	movsd	LCPI0_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	%xmm0, -32(%rbp)                ## 8-byte Spill
	jmp	LBB0_3
LBB0_3:
	movsd	-32(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	%xmm0, -16(%rbp)
	movl	$0, -20(%rbp)
LBB0_4:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$40, -20(%rbp)
	jge	LBB0_7
## %bb.5:                               ##   in Loop: Header=BB0_4 Depth=1
	movsd	-16(%rbp), %xmm1                ## xmm1 = mem[0],zero
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	divsd	-16(%rbp), %xmm0
	addsd	%xmm0, %xmm1
	movsd	LCPI0_2(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -16(%rbp)
## %bb.6:                               ##   in Loop: Header=BB0_4 Depth=1
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
	jmp	LBB0_4
LBB0_7:
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function series_exp
LCPI1_0:
	.quad	0x3ff0000000000000              ## double 1
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_series_exp
	.p2align	4, 0x90
_series_exp:                            ## @series_exp
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movsd	%xmm0, -8(%rbp)
	movsd	LCPI1_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	%xmm0, -16(%rbp)
	movsd	LCPI1_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	%xmm0, -24(%rbp)
	movl	$1, -28(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$30, -28(%rbp)
	jge	LBB1_4
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	mulsd	-8(%rbp), %xmm0
	cvtsi2sdl	-28(%rbp), %xmm1
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -16(%rbp)
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	addsd	-24(%rbp), %xmm0
	movsd	%xmm0, -24(%rbp)
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB1_1
LBB1_4:
	movsd	-24(%rbp), %xmm0                ## xmm0 = mem[0],zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function integrate_sin
LCPI2_0:
	.quad	0x3fe0000000000000              ## double 0.5
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_integrate_sin
	.p2align	4, 0x90
_integrate_sin:                         ## @integrate_sin
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$48, %rsp
	movsd	%xmm0, -8(%rbp)
	movsd	%xmm1, -16(%rbp)
	movl	%edi, -20(%rbp)
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	subsd	-8(%rbp), %xmm0
	cvtsi2sdl	-20(%rbp), %xmm1
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -32(%rbp)
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -40(%rbp)
	movl	$0, -44(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-44(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jge	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movsd	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero
	cvtsi2sdl	-44(%rbp), %xmm0
	movsd	LCPI2_0(%rip), %xmm2            ## xmm2 = mem[0],zero
	addsd	%xmm2, %xmm0
	movsd	-32(%rbp), %xmm2                ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	callq	_sin
	addsd	-40(%rbp), %xmm0
	movsd	%xmm0, -40(%rbp)
## %bb.3:                               ##   in Loop: Header=BB2_1 Depth=1
	movl	-44(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -44(%rbp)
	jmp	LBB2_1
LBB2_4:
	movsd	-40(%rbp), %xmm0                ## xmm0 = mem[0],zero
	mulsd	-32(%rbp), %xmm0
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI3_0:
	.quad	0x401921fb54442d18              ## double 6.2831853071795862
LCPI3_1:
	.quad	0x4000000000000000              ## double 2
LCPI3_2:
	.quad	0x4010000000000000              ## double 4
LCPI3_3:
	.quad	0x401c000000000000              ## double 7
LCPI3_4:
	.quad	0x408f400000000000              ## double 1000
LCPI3_5:
	.quad	0xc03b000000000000              ## double -27
LCPI3_6:
	.quad	0x4008000000000000              ## double 3
LCPI3_7:
	.quad	0xbff0000000000000              ## double -1
LCPI3_8:
	.quad	0x3ff0000000000000              ## double 1
LCPI3_9:
	.quad	0x4050000000000000              ## double 64
LCPI3_10:
	.quad	0x4024000000000000              ## double 10
LCPI3_11:
	.quad	0x3ff00068db8bac71              ## double 1.0001
LCPI3_12:
	.quad	0x40c3880000000000              ## double 1.0E+4
LCPI3_13:
	.quad	0xc008000000000000              ## double -3
LCPI3_14:
	.quad	0xc010000000000000              ## double -4
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
	subq	$272, %rsp                      ## imm = 0x110
	movl	$0, -4(%rbp)
	movsd	_seed(%rip), %xmm0              ## xmm0 = mem[0],zero
	movsd	%xmm0, -16(%rbp)
	movl	$0, -20(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-20(%rbp), %eax
	movl	_steps(%rip), %ecx
	cmpl	%ecx, %eax
	jg	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	cvtsi2sdl	-20(%rbp), %xmm1
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -32(%rbp)
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	%xmm0, -72(%rbp)                ## 8-byte Spill
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_sin
	movsd	%xmm0, -104(%rbp)               ## 8-byte Spill
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_cos
	movsd	%xmm0, -96(%rbp)                ## 8-byte Spill
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_exp
	movsd	%xmm0, -88(%rbp)                ## 8-byte Spill
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_log1p
	movsd	%xmm0, -80(%rbp)                ## 8-byte Spill
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_atan
	movsd	-104(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-96(%rbp), %xmm2                ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-88(%rbp), %xmm3                ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-80(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movaps	%xmm0, %xmm5
	movsd	-72(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str(%rip), %rdi
	movb	$6, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
	jmp	LBB3_1
LBB3_4:
	movsd	LCPI3_10(%rip), %xmm1           ## xmm1 = mem[0],zero
	mulsd	-16(%rbp), %xmm1
	movsd	LCPI3_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_pow
	movsd	%xmm0, -232(%rbp)               ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI3_6(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_pow
	movsd	%xmm0, -248(%rbp)               ## 8-byte Spill
	movsd	LCPI3_13(%rip), %xmm1           ## xmm1 = mem[0],zero
	mulsd	-16(%rbp), %xmm1
	movsd	LCPI3_10(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_pow
	movsd	%xmm0, -240(%rbp)               ## 8-byte Spill
	movsd	LCPI3_12(%rip), %xmm1           ## xmm1 = mem[0],zero
	mulsd	-16(%rbp), %xmm1
	movsd	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_pow
	movsd	-248(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-240(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movaps	%xmm0, %xmm3
	movsd	-232(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.1(%rip), %rdi
	movb	$4, %al
	callq	_printf
	movsd	LCPI3_10(%rip), %xmm0           ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	callq	_log
	movsd	%xmm0, -208(%rbp)               ## 8-byte Spill
	movsd	LCPI3_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	callq	_log10
	movsd	%xmm0, -224(%rbp)               ## 8-byte Spill
	movsd	LCPI3_9(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	callq	_log2
	movsd	%xmm0, -216(%rbp)               ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_log
	movsd	-224(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-216(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movaps	%xmm0, %xmm3
	movsd	-208(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.2(%rip), %rdi
	movb	$4, %al
	callq	_printf
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_tan
	movsd	%xmm0, -176(%rbp)               ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI3_7(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_atan2
	movsd	%xmm0, -200(%rbp)               ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movq	%xmm0, %rax
	movabsq	$-9223372036854775808, %rcx     ## imm = 0x8000000000000000
	xorq	%rcx, %rax
	movq	%rax, %xmm0
	movsd	LCPI3_7(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_atan2
	movsd	%xmm0, -192(%rbp)               ## 8-byte Spill
	xorps	%xmm1, %xmm1
	mulsd	-16(%rbp), %xmm1
	movsd	LCPI3_8(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_atan2
	movsd	%xmm0, -184(%rbp)               ## 8-byte Spill
	xorps	%xmm1, %xmm1
	mulsd	-16(%rbp), %xmm1
	movsd	LCPI3_7(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_atan2
	movsd	-200(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-192(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-184(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movaps	%xmm0, %xmm4
	movsd	-176(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.3(%rip), %rdi
	movb	$5, %al
	callq	_printf
	movsd	LCPI3_6(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	movsd	LCPI3_2(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	-16(%rbp), %xmm1
	callq	_hypot
	movsd	%xmm0, -144(%rbp)               ## 8-byte Spill
	movsd	LCPI3_5(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	callq	_cbrt
	movsd	%xmm0, -168(%rbp)               ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_sinh
	movsd	%xmm0, -160(%rbp)               ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_cosh
	movsd	%xmm0, -152(%rbp)               ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_tanh
	movsd	-168(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-160(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-152(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movaps	%xmm0, %xmm4
	movsd	-144(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.4(%rip), %rdi
	movb	$5, %al
	callq	_printf
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_asin
	movsd	%xmm0, -120(%rbp)               ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_acos
	movsd	%xmm0, -136(%rbp)               ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI3_4(%rip), %xmm1            ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	callq	_expm1
	movsd	%xmm0, -128(%rbp)               ## 8-byte Spill
	movsd	LCPI3_3(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	callq	_exp2
	movsd	-136(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-128(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movaps	%xmm0, %xmm3
	movsd	-120(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.5(%rip), %rdi
	movb	$4, %al
	callq	_printf
	movsd	LCPI3_2(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	callq	_newton_sqrt
	movsd	LCPI3_2(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	-16(%rbp), %xmm1
	sqrtsd	%xmm1, %xmm1
	leaq	L_.str.6(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movsd	LCPI3_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	callq	_series_exp
	movsd	%xmm0, -112(%rbp)               ## 8-byte Spill
	movsd	LCPI3_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	callq	_exp
	movaps	%xmm0, %xmm1
	movsd	-112(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.7(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movsd	LCPI3_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	-16(%rbp), %xmm1
	xorps	%xmm0, %xmm0
	movl	$1000, %edi                     ## imm = 0x3E8
	callq	_integrate_sin
	leaq	L_.str.8(%rip), %rdi
	movb	$1, %al
	callq	_printf
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -40(%rbp)
	movl	$0, -44(%rbp)
LBB3_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$100000, -44(%rbp)              ## imm = 0x186A0
	jge	LBB3_8
## %bb.6:                               ##   in Loop: Header=BB3_5 Depth=1
	movl	-44(%rbp), %eax
	movl	$2, %ecx
	cltd
	idivl	%ecx
	movsd	LCPI3_14(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	LCPI3_2(%rip), %xmm1            ## xmm1 = mem[0],zero
	movsd	%xmm1, -264(%rbp)               ## 8-byte Spill
	cmpl	$0, %edx
	movsd	%xmm0, -256(%rbp)               ## 8-byte Spill
	jne	LBB3_14
## %bb.13:                              ##   in Loop: Header=BB3_5 Depth=1
	movsd	-264(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	%xmm0, -256(%rbp)               ## 8-byte Spill
LBB3_14:                                ##   in Loop: Header=BB3_5 Depth=1
	movsd	-256(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movl	-44(%rbp), %eax
	shll	$1, %eax
	addl	$1, %eax
	cvtsi2sd	%eax, %xmm1
	divsd	%xmm1, %xmm0
	addsd	-40(%rbp), %xmm0
	movsd	%xmm0, -40(%rbp)
## %bb.7:                               ##   in Loop: Header=BB3_5 Depth=1
	movl	-44(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -44(%rbp)
	jmp	LBB3_5
LBB3_8:
	movsd	-40(%rbp), %xmm0                ## xmm0 = mem[0],zero
	leaq	L_.str.9(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movsd	LCPI3_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	%xmm0, -56(%rbp)
	movl	$0, -60(%rbp)
LBB3_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$30, -60(%rbp)
	jge	LBB3_12
## %bb.10:                              ##   in Loop: Header=BB3_9 Depth=1
	movsd	-16(%rbp), %xmm1                ## xmm1 = mem[0],zero
	movsd	LCPI3_10(%rip), %xmm0           ## xmm0 = mem[0],zero
	divsd	%xmm0, %xmm1
	movsd	LCPI3_8(%rip), %xmm0            ## xmm0 = mem[0],zero
	addsd	%xmm1, %xmm0
	mulsd	-56(%rbp), %xmm0
	movsd	%xmm0, -56(%rbp)
## %bb.11:                              ##   in Loop: Header=BB3_9 Depth=1
	movl	-60(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -60(%rbp)
	jmp	LBB3_9
LBB3_12:
	movsd	-56(%rbp), %xmm0                ## xmm0 = mem[0],zero
	leaq	L_.str.10(%rip), %rdi
	movb	$1, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$272, %rsp                      ## imm = 0x110
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_seed                           ## @seed
	.p2align	3
_seed:
	.quad	0x3fe0000000000000              ## double 0.5

	.globl	_steps                          ## @steps
	.p2align	2
_steps:
	.long	12                              ## 0xc

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"x=%.2f sin=%.6f cos=%.6f exp=%.6f log1p=%.6f atan=%.6f\n"

L_.str.1:                               ## @.str.1
	.asciz	"pow: %.6f %.6f %.6f %.6f\n"

L_.str.2:                               ## @.str.2
	.asciz	"log: %.6f %.6f %.6f %.6f\n"

L_.str.3:                               ## @.str.3
	.asciz	"tan=%.6f atan2=%.6f %.6f %.6f %.6f\n"

L_.str.4:                               ## @.str.4
	.asciz	"hypot=%.6f cbrt=%.6f sinh=%.6f cosh=%.6f tanh=%.6f\n"

L_.str.5:                               ## @.str.5
	.asciz	"asin=%.6f acos=%.6f expm1=%.6f exp2=%.6f\n"

L_.str.6:                               ## @.str.6
	.asciz	"newton_sqrt(2)=%.9f sqrt(2)=%.9f\n"

L_.str.7:                               ## @.str.7
	.asciz	"series_exp(1)=%.9f exp(1)=%.9f\n"

L_.str.8:                               ## @.str.8
	.asciz	"integral sin 0..pi = %.6f\n"

L_.str.9:                               ## @.str.9
	.asciz	"leibniz pi = %.6f\n"

L_.str.10:                              ## @.str.10
	.asciz	"compound = %.6f\n"

.subsections_via_symbols
