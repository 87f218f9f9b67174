	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function newton_sqrt
LCPI0_0:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI0_1:
	.quad	0x3ff0000000000000              ## double 1
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
	movsd	LCPI0_0(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm0, %xmm2
	movsd	LCPI0_1(%rip), %xmm3            ## xmm3 = mem[0],zero
	movapd	%xmm3, %xmm1
	cmpltsd	%xmm0, %xmm1
	andpd	%xmm1, %xmm2
	andnpd	%xmm3, %xmm1
	orpd	%xmm2, %xmm1
	movl	$40, %eax
	movsd	LCPI0_0(%rip), %xmm2            ## xmm2 = mem[0],zero
	.p2align	4, 0x90
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	movapd	%xmm0, %xmm3
	divsd	%xmm1, %xmm3
	addsd	%xmm1, %xmm3
	mulsd	%xmm2, %xmm3
	movapd	%xmm0, %xmm1
	divsd	%xmm3, %xmm1
	addsd	%xmm3, %xmm1
	mulsd	%xmm2, %xmm1
	addl	$-2, %eax
	jne	LBB0_1
## %bb.2:
	movapd	%xmm1, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function series_exp
LCPI1_0:
	.quad	0x3ff0000000000000              ## double 1
LCPI1_1:
	.quad	0x4000000000000000              ## double 2
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
	movsd	LCPI1_0(%rip), %xmm2            ## xmm2 = mem[0],zero
	movl	$2, %eax
	movsd	LCPI1_1(%rip), %xmm3            ## xmm3 = mem[0],zero
	movapd	%xmm2, %xmm1
	movapd	%xmm2, %xmm4
	.p2align	4, 0x90
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	mulsd	%xmm0, %xmm4
	divsd	%xmm2, %xmm4
	addsd	%xmm4, %xmm1
	cmpl	$30, %eax
	je	LBB1_3
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	mulsd	%xmm0, %xmm4
	xorps	%xmm5, %xmm5
	cvtsi2sd	%eax, %xmm5
	divsd	%xmm5, %xmm4
	addsd	%xmm4, %xmm1
	addsd	%xmm3, %xmm2
	addl	$2, %eax
	jmp	LBB1_1
LBB1_3:
	movapd	%xmm1, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function integrate_sin
LCPI2_0:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI2_1:
	.quad	0x4000000000000000              ## double 2
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
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	subq	$40, %rsp
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movapd	%xmm0, %xmm2
	subsd	%xmm0, %xmm1
	xorps	%xmm0, %xmm0
	cvtsi2sd	%edi, %xmm0
	divsd	%xmm0, %xmm1
	testl	%edi, %edi
	movsd	%xmm1, -40(%rbp)                ## 8-byte Spill
	jle	LBB2_1
## %bb.2:
	movl	%edi, %r14d
	cmpl	$1, %edi
	jne	LBB2_8
## %bb.3:
	xorpd	%xmm1, %xmm1
	movsd	LCPI2_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	testb	$1, %r14b
	jne	LBB2_6
	jmp	LBB2_7
LBB2_1:
	xorpd	%xmm1, %xmm1
	jmp	LBB2_7
LBB2_8:
	movl	%r14d, %r15d
	andl	$-2, %r15d
	xorl	%ebx, %ebx
	xorpd	%xmm0, %xmm0
	xorpd	%xmm1, %xmm1
	movsd	%xmm2, -48(%rbp)                ## 8-byte Spill
	.p2align	4, 0x90
LBB2_9:                                 ## =>This Inner Loop Header: Depth=1
	movsd	%xmm1, -32(%rbp)                ## 8-byte Spill
	movsd	%xmm0, -56(%rbp)                ## 8-byte Spill
	movsd	-56(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	LCPI2_0(%rip), %xmm3            ## xmm3 = mem[0],zero
	addsd	%xmm3, %xmm0
	mulsd	-40(%rbp), %xmm0                ## 8-byte Folded Reload
	addsd	%xmm2, %xmm0
	callq	_sin
	movapd	%xmm0, %xmm1
	leal	1(%rbx), %eax
	xorps	%xmm0, %xmm0
	cvtsi2sd	%eax, %xmm0
	addsd	-32(%rbp), %xmm1                ## 8-byte Folded Reload
	movsd	%xmm1, -32(%rbp)                ## 8-byte Spill
	addsd	LCPI2_0(%rip), %xmm0
	mulsd	-40(%rbp), %xmm0                ## 8-byte Folded Reload
	addsd	-48(%rbp), %xmm0                ## 8-byte Folded Reload
	callq	_sin
	movsd	-48(%rbp), %xmm2                ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movapd	%xmm0, %xmm1
	movsd	-56(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	addsd	-32(%rbp), %xmm1                ## 8-byte Folded Reload
	addsd	LCPI2_1(%rip), %xmm0
	addl	$2, %ebx
	cmpl	%ebx, %r15d
	jne	LBB2_9
## %bb.4:
	xorps	%xmm0, %xmm0
	cvtsi2sd	%ebx, %xmm0
	addsd	LCPI2_0(%rip), %xmm0
	testb	$1, %r14b
	je	LBB2_7
LBB2_6:
	mulsd	-40(%rbp), %xmm0                ## 8-byte Folded Reload
	addsd	%xmm2, %xmm0
	movsd	%xmm1, -32(%rbp)                ## 8-byte Spill
	callq	_sin
	movsd	-32(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	addsd	%xmm0, %xmm1
LBB2_7:
	movsd	-40(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	addq	$40, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI3_0:
	.quad	0x4024000000000000              ## double 10
LCPI3_1:
	.quad	0x4008000000000000              ## double 3
LCPI3_2:
	.quad	0xc008000000000000              ## double -3
LCPI3_3:
	.quad	0x40c3880000000000              ## double 1.0E+4
LCPI3_4:
	.quad	0x3ff00068db8bac71              ## double 1.0001
LCPI3_5:
	.quad	0x408f400000000000              ## double 1000
LCPI3_6:
	.quad	0x4050000000000000              ## double 64
LCPI3_7:
	.quad	0xbff0000000000000              ## double -1
LCPI3_9:
	.quad	0x3ff0000000000000              ## double 1
LCPI3_10:
	.quad	0x4010000000000000              ## double 4
LCPI3_11:
	.quad	0xc03b000000000000              ## double -27
LCPI3_12:
	.quad	0x401c000000000000              ## double 7
LCPI3_13:
	.quad	0x401921fb54442d18              ## double 6.2831853071795862
LCPI3_14:
	.quad	0xc010000000000000              ## double -4
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4
LCPI3_8:
	.quad	0x8000000000000000              ## double -0
	.quad	0x8000000000000000              ## double -0
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
	pushq	%r14
	pushq	%rbx
	subq	$80, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movsd	_seed(%rip), %xmm1              ## xmm1 = mem[0],zero
	cmpl	$0, _steps(%rip)
	movapd	%xmm1, -48(%rbp)                ## 16-byte Spill
	js	LBB3_3
## %bb.1:
	movl	$-1, %ebx
	leaq	L_.str(%rip), %r14
	.p2align	4, 0x90
LBB3_2:                                 ## =>This Inner Loop Header: Depth=1
	addl	$1, %ebx
	xorps	%xmm0, %xmm0
	cvtsi2sd	%ebx, %xmm0
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -24(%rbp)                ## 8-byte Spill
	callq	___sincos_stret
	movsd	%xmm0, -80(%rbp)                ## 8-byte Spill
	movsd	%xmm1, -56(%rbp)                ## 8-byte Spill
	movsd	-24(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	callq	_exp
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movsd	-24(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	callq	_log1p
	movsd	%xmm0, -96(%rbp)                ## 8-byte Spill
	movsd	-24(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	callq	_atan
	movaps	%xmm0, %xmm5
	movq	%r14, %rdi
	movsd	-24(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	-80(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-56(%rbp), %xmm2                ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-64(%rbp), %xmm3                ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-96(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movb	$6, %al
	callq	_printf
	movapd	-48(%rbp), %xmm1                ## 16-byte Reload
	cmpl	_steps(%rip), %ebx
	jl	LBB3_2
LBB3_3:
	movsd	LCPI3_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -24(%rbp)                ## 8-byte Spill
	callq	_exp2
	movsd	%xmm0, -80(%rbp)                ## 8-byte Spill
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	movaps	-48(%rbp), %xmm0                ## 16-byte Reload
	callq	_pow
	movsd	%xmm0, -56(%rbp)                ## 8-byte Spill
	movsd	LCPI3_2(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-48(%rbp), %xmm0                ## 16-byte Folded Reload
	callq	___exp10
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movsd	LCPI3_3(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	-48(%rbp), %xmm1                ## 16-byte Folded Reload
	movsd	LCPI3_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_pow
	movaps	%xmm0, %xmm3
	leaq	L_.str.1(%rip), %rdi
	movsd	-80(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	-56(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-64(%rbp), %xmm2                ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movb	$4, %al
	callq	_printf
	movsd	-24(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	callq	_log
	movsd	%xmm0, -24(%rbp)                ## 8-byte Spill
	movapd	-48(%rbp), %xmm0                ## 16-byte Reload
	mulsd	LCPI3_5(%rip), %xmm0
	callq	_log10
	movsd	%xmm0, -80(%rbp)                ## 8-byte Spill
	movsd	LCPI3_6(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-48(%rbp), %xmm0                ## 16-byte Folded Reload
	callq	_log2
	movsd	%xmm0, -56(%rbp)                ## 8-byte Spill
	movaps	-48(%rbp), %xmm0                ## 16-byte Reload
	callq	_log
	movaps	%xmm0, %xmm3
	leaq	L_.str.2(%rip), %rdi
	movsd	-24(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	-80(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-56(%rbp), %xmm2                ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movb	$4, %al
	callq	_printf
	movaps	-48(%rbp), %xmm0                ## 16-byte Reload
	callq	_tan
	movsd	%xmm0, -24(%rbp)                ## 8-byte Spill
	movsd	LCPI3_7(%rip), %xmm1            ## xmm1 = mem[0],zero
	movaps	-48(%rbp), %xmm0                ## 16-byte Reload
	callq	_atan2
	movsd	%xmm0, -80(%rbp)                ## 8-byte Spill
	movapd	LCPI3_8(%rip), %xmm0            ## xmm0 = [-0.0E+0,-0.0E+0]
	xorpd	-48(%rbp), %xmm0                ## 16-byte Folded Reload
	movsd	LCPI3_7(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_atan2
	movsd	%xmm0, -56(%rbp)                ## 8-byte Spill
	xorpd	%xmm0, %xmm0
	movapd	-48(%rbp), %xmm1                ## 16-byte Reload
	mulsd	%xmm0, %xmm1
	movapd	%xmm1, -96(%rbp)                ## 16-byte Spill
	movsd	LCPI3_9(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_atan2
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movsd	LCPI3_7(%rip), %xmm0            ## xmm0 = mem[0],zero
	movaps	-96(%rbp), %xmm1                ## 16-byte Reload
	callq	_atan2
	movaps	%xmm0, %xmm4
	leaq	L_.str.3(%rip), %rdi
	movsd	-24(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	-80(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-56(%rbp), %xmm2                ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-64(%rbp), %xmm3                ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movb	$5, %al
	callq	_printf
	movapd	-48(%rbp), %xmm2                ## 16-byte Reload
	movsd	LCPI3_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	%xmm2, %xmm0
	movsd	LCPI3_10(%rip), %xmm1           ## xmm1 = mem[0],zero
	mulsd	%xmm2, %xmm1
	movsd	%xmm1, -24(%rbp)                ## 8-byte Spill
	callq	_hypot
	movsd	%xmm0, -80(%rbp)                ## 8-byte Spill
	movsd	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	mulsd	-48(%rbp), %xmm0                ## 16-byte Folded Reload
	callq	_cbrt
	movsd	%xmm0, -56(%rbp)                ## 8-byte Spill
	movaps	-48(%rbp), %xmm0                ## 16-byte Reload
	callq	_sinh
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movaps	-48(%rbp), %xmm0                ## 16-byte Reload
	callq	_cosh
	movsd	%xmm0, -96(%rbp)                ## 8-byte Spill
	movaps	-48(%rbp), %xmm0                ## 16-byte Reload
	callq	_tanh
	movaps	%xmm0, %xmm4
	leaq	L_.str.4(%rip), %rdi
	movsd	-80(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	-56(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-64(%rbp), %xmm2                ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-96(%rbp), %xmm3                ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movb	$5, %al
	callq	_printf
	movaps	-48(%rbp), %xmm0                ## 16-byte Reload
	callq	_asin
	movsd	%xmm0, -80(%rbp)                ## 8-byte Spill
	movaps	-48(%rbp), %xmm0                ## 16-byte Reload
	callq	_acos
	movsd	%xmm0, -56(%rbp)                ## 8-byte Spill
	movapd	-48(%rbp), %xmm0                ## 16-byte Reload
	divsd	LCPI3_5(%rip), %xmm0
	callq	_expm1
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movsd	LCPI3_12(%rip), %xmm0           ## xmm0 = mem[0],zero
	mulsd	-48(%rbp), %xmm0                ## 16-byte Folded Reload
	callq	_exp2
	movapd	%xmm0, %xmm3
	leaq	L_.str.5(%rip), %rdi
	movsd	-80(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	-56(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-64(%rbp), %xmm2                ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movb	$4, %al
	callq	_printf
	movsd	-24(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	callq	_newton_sqrt
	movsd	-24(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	sqrtsd	%xmm1, %xmm1
	leaq	L_.str.6(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movapd	-48(%rbp), %xmm0                ## 16-byte Reload
	addsd	%xmm0, %xmm0
	movapd	%xmm0, -80(%rbp)                ## 16-byte Spill
	callq	_series_exp
	movsd	%xmm0, -24(%rbp)                ## 8-byte Spill
	movaps	-80(%rbp), %xmm0                ## 16-byte Reload
	callq	_exp
	movaps	%xmm0, %xmm1
	leaq	L_.str.7(%rip), %rdi
	movsd	-24(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movb	$2, %al
	callq	_printf
	movsd	LCPI3_13(%rip), %xmm1           ## xmm1 = mem[0],zero
	mulsd	-48(%rbp), %xmm1                ## 16-byte Folded Reload
	xorpd	%xmm0, %xmm0
	movl	$1000, %edi                     ## imm = 0x3E8
	callq	_integrate_sin
	leaq	L_.str.8(%rip), %rdi
	movb	$1, %al
	callq	_printf
	xorpd	%xmm0, %xmm0
	movl	$3, %eax
	movsd	LCPI3_10(%rip), %xmm4           ## xmm4 = mem[0],zero
	movsd	LCPI3_14(%rip), %xmm1           ## xmm1 = mem[0],zero
	.p2align	4, 0x90
LBB3_4:                                 ## =>This Inner Loop Header: Depth=1
	leal	-2(%rax), %ecx
	xorps	%xmm2, %xmm2
	cvtsi2sd	%ecx, %xmm2
	movapd	%xmm4, %xmm3
	divsd	%xmm2, %xmm3
	addsd	%xmm0, %xmm3
	xorps	%xmm2, %xmm2
	cvtsi2sd	%eax, %xmm2
	movapd	%xmm1, %xmm0
	divsd	%xmm2, %xmm0
	addsd	%xmm3, %xmm0
	addl	$4, %eax
	cmpl	$200003, %eax                   ## imm = 0x30D43
	jne	LBB3_4
## %bb.5:
	leaq	L_.str.9(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movapd	-48(%rbp), %xmm1                ## 16-byte Reload
	divsd	LCPI3_0(%rip), %xmm1
	addsd	LCPI3_9(%rip), %xmm1
	movsd	LCPI3_5(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	leaq	L_.str.10(%rip), %rdi
	movb	$1, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$80, %rsp
	popq	%rbx
	popq	%r14
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
