	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_dot                            ## -- Begin function dot
	.p2align	4, 0x90
_dot:                                   ## @dot
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	%edx, -20(%rbp)
	xorps	%xmm0, %xmm0
	movss	%xmm0, -24(%rbp)
	movl	$0, -28(%rbp)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-28(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jge	LBB0_4
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	movss	(%rax,%rcx,4), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movq	-16(%rbp), %rax
	movslq	-28(%rbp), %rcx
	movss	(%rax,%rcx,4), %xmm2            ## xmm2 = mem[0],zero,zero,zero
	movss	-24(%rbp), %xmm1                ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm2, %xmm0
	addss	%xmm1, %xmm0
	movss	%xmm0, -24(%rbp)
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB0_1
LBB0_4:
	movss	-24(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function newton_sqrtf
LCPI1_0:
	.long	0x3f000000                      ## float 0.5
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_newton_sqrtf
	.p2align	4, 0x90
_newton_sqrtf:                          ## @newton_sqrtf
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movss	%xmm0, -4(%rbp)
	movss	-4(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -8(%rbp)
	movl	$0, -12(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$20, -12(%rbp)
	jge	LBB1_4
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movss	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero,zero,zero
	movss	-4(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	divss	-8(%rbp), %xmm0
	addss	%xmm0, %xmm1
	movss	LCPI1_0(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm0
	movss	%xmm0, -8(%rbp)
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB1_1
LBB1_4:
	movss	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_count_above                    ## -- Begin function count_above
	.p2align	4, 0x90
_count_above:                           ## @count_above
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movss	%xmm0, -16(%rbp)
	movl	$0, -20(%rbp)
	movl	$0, -24(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-24(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jge	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-8(%rbp), %rax
	movslq	-24(%rbp), %rcx
	movss	(%rax,%rcx,4), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	ucomiss	-16(%rbp), %xmm0
	seta	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-20(%rbp), %eax
	movl	%eax, -20(%rbp)
## %bb.3:                               ##   in Loop: Header=BB2_1 Depth=1
	movl	-24(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -24(%rbp)
	jmp	LBB2_1
LBB2_4:
	movl	-20(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function main
LCPI3_0:
	.long	0xbf800000                      ## float -1
LCPI3_1:
	.long	0x3f000000                      ## float 0.5
LCPI3_2:
	.long	0x3f800000                      ## float 1
LCPI3_3:
	.long	0x40000000                      ## float 2
LCPI3_4:
	.long	0x3e800000                      ## float 0.25
LCPI3_9:
	.long	0x40400000                      ## float 3
LCPI3_11:
	.long	0x4b800000                      ## float 16777216
LCPI3_12:
	.long	0x40c00000                      ## float 6
LCPI3_13:
	.long	0x41000000                      ## float 8
LCPI3_15:
	.long	0x3dcccccd                      ## float 0.100000001
LCPI3_16:
	.long	0xc1200000                      ## float -10
LCPI3_17:
	.long	0xc0000000                      ## float -2
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4
LCPI3_5:
	.long	0x80000000                      ## float -0
	.long	0x80000000                      ## float -0
	.long	0x80000000                      ## float -0
	.long	0x80000000                      ## float -0
LCPI3_6:
	.long	0x3effffff                      ## float 0.49999997
	.long	0x3effffff                      ## float 0.49999997
	.long	0x3effffff                      ## float 0.49999997
	.long	0x3effffff                      ## float 0.49999997
LCPI3_7:
	.long	0x7fffffff                      ## float NaN
	.long	0x7fffffff                      ## float NaN
	.long	0x7fffffff                      ## float NaN
	.long	0x7fffffff                      ## float NaN
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3
LCPI3_8:
	.quad	0x4008000000000000              ## double 3
LCPI3_10:
	.quad	0x3ff0000000000000              ## double 1
LCPI3_14:
	.quad	0x3fb999999999999a              ## double 0.10000000000000001
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
	subq	$96, %rsp
	movl	$0, -4(%rbp)
	movss	_fseed(%rip), %xmm0             ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -8(%rbp)
	movl	$0, -12(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$256, -12(%rbp)                 ## imm = 0x100
	jge	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-12(%rbp), %eax
	movl	$17, %ecx
	cltd
	idivl	%ecx
	cvtsi2ss	%edx, %xmm0
	movss	LCPI3_4(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm0
	movss	LCPI3_17(%rip), %xmm1           ## xmm1 = mem[0],zero,zero,zero
	addss	%xmm1, %xmm0
	movslq	-12(%rbp), %rcx
	leaq	_arr_a(%rip), %rax
	movss	%xmm0, (%rax,%rcx,4)
	movl	-12(%rbp), %eax
	movl	$7, %ecx
	cltd
	idivl	%ecx
	cvtsi2ss	%edx, %xmm0
	movss	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm0
	movss	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	addss	%xmm1, %xmm0
	movslq	-12(%rbp), %rcx
	leaq	_arr_b(%rip), %rax
	movss	%xmm0, (%rax,%rcx,4)
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB3_1
LBB3_4:
	leaq	_arr_a(%rip), %rdi
	leaq	_arr_b(%rip), %rsi
	movl	$256, %edx                      ## imm = 0x100
	callq	_dot
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str(%rip), %rdi
	movb	$1, %al
	callq	_printf
	leaq	_arr_a(%rip), %rdi
	movl	$256, %esi                      ## imm = 0x100
	movss	LCPI3_1(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	callq	_count_above
	movl	%eax, -92(%rbp)                 ## 4-byte Spill
	leaq	_arr_a(%rip), %rdi
	movl	$256, %esi                      ## imm = 0x100
	movss	LCPI3_0(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	callq	_count_above
	movl	-92(%rbp), %esi                 ## 4-byte Reload
	movl	%eax, %edx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorps	%xmm0, %xmm0
	movss	%xmm0, -16(%rbp)
	movl	$1, -20(%rbp)
LBB3_5:                                 ## =>This Inner Loop Header: Depth=1
	movl	-20(%rbp), %eax
	movl	_n_iter(%rip), %ecx
	cmpl	%ecx, %eax
	jg	LBB3_8
## %bb.6:                               ##   in Loop: Header=BB3_5 Depth=1
	cvtsi2ssl	-20(%rbp), %xmm1
	movss	LCPI3_2(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	divss	%xmm1, %xmm0
	addss	-16(%rbp), %xmm0
	movss	%xmm0, -16(%rbp)
## %bb.7:                               ##   in Loop: Header=BB3_5 Depth=1
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
	jmp	LBB3_5
LBB3_8:
	movl	_n_iter(%rip), %esi
	movss	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.2(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movss	LCPI3_2(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -24(%rbp)
	movl	$0, -28(%rbp)
LBB3_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$20, -28(%rbp)
	jge	LBB3_12
## %bb.10:                              ##   in Loop: Header=BB3_9 Depth=1
	movss	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	mulss	-24(%rbp), %xmm0
	movss	%xmm0, -24(%rbp)
## %bb.11:                              ##   in Loop: Header=BB3_9 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB3_9
LBB3_12:
	movss	-24(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.3(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movss	LCPI3_2(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -32(%rbp)
	movl	$0, -36(%rbp)
LBB3_13:                                ## =>This Inner Loop Header: Depth=1
	movss	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	xorps	%xmm1, %xmm1
	ucomiss	%xmm1, %xmm0
	jbe	LBB3_15
## %bb.14:                              ##   in Loop: Header=BB3_13 Depth=1
	movss	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	movss	LCPI3_3(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	divss	%xmm1, %xmm0
	movss	%xmm0, -32(%rbp)
	movl	-36(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -36(%rbp)
	jmp	LBB3_13
LBB3_15:
	movl	-36(%rbp), %esi
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movss	LCPI3_2(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -40(%rbp)
LBB3_16:                                ## =>This Inner Loop Header: Depth=1
	movss	-40(%rbp), %xmm1                ## xmm1 = mem[0],zero,zero,zero
	movss	LCPI3_3(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	divss	%xmm0, %xmm1
	movss	LCPI3_2(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	addss	%xmm1, %xmm0
	movss	LCPI3_2(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	ucomiss	%xmm1, %xmm0
	jbe	LBB3_18
## %bb.17:                              ##   in Loop: Header=BB3_16 Depth=1
	movss	-40(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	movss	LCPI3_3(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	divss	%xmm1, %xmm0
	movss	%xmm0, -40(%rbp)
	jmp	LBB3_16
LBB3_18:
	movss	-40(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.5(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movss	LCPI3_1(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	addss	-8(%rbp), %xmm0
	callq	_newton_sqrtf
	cvtss2sd	%xmm0, %xmm0
	movss	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	addss	-8(%rbp), %xmm1
	sqrtss	%xmm1, %xmm1
	cvtss2sd	%xmm1, %xmm1
	leaq	L_.str.6(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movss	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	movd	%xmm0, %eax
	xorl	$2147483648, %eax               ## imm = 0x80000000
	movd	%eax, %xmm0
	movaps	LCPI3_7(%rip), %xmm1            ## xmm1 = [NaN,NaN,NaN,NaN]
	pand	%xmm1, %xmm0
	cvtss2sd	%xmm0, %xmm0
	movss	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero,zero,zero
	movd	%xmm1, %eax
	xorl	$2147483648, %eax               ## imm = 0x80000000
	movd	%eax, %xmm1
	roundss	$9, %xmm1, %xmm1
	cvtss2sd	%xmm1, %xmm1
	movss	-8(%rbp), %xmm2                 ## xmm2 = mem[0],zero,zero,zero
	movd	%xmm2, %eax
	xorl	$2147483648, %eax               ## imm = 0x80000000
	movd	%eax, %xmm2
	roundss	$10, %xmm2, %xmm2
	cvtss2sd	%xmm2, %xmm2
	movss	LCPI3_2(%rip), %xmm3            ## xmm3 = mem[0],zero,zero,zero
	addss	-8(%rbp), %xmm3
	movaps	%xmm3, %xmm4
	movaps	LCPI3_5(%rip), %xmm5            ## xmm5 = [-0.0E+0,-0.0E+0,-0.0E+0,-0.0E+0]
	pand	%xmm5, %xmm4
	movaps	LCPI3_6(%rip), %xmm5            ## xmm5 = [4.9999997E-1,4.9999997E-1,4.9999997E-1,4.9999997E-1]
	por	%xmm5, %xmm4
	addss	%xmm4, %xmm3
	roundss	$11, %xmm3, %xmm3
	cvtss2sd	%xmm3, %xmm3
	movss	-8(%rbp), %xmm4                 ## xmm4 = mem[0],zero,zero,zero
	movss	LCPI3_4(%rip), %xmm5            ## xmm5 = mem[0],zero,zero,zero
	minss	%xmm5, %xmm4
	cvtss2sd	%xmm4, %xmm4
	movss	-8(%rbp), %xmm5                 ## xmm5 = mem[0],zero,zero,zero
	movss	LCPI3_4(%rip), %xmm6            ## xmm6 = mem[0],zero,zero,zero
	maxss	%xmm6, %xmm5
	cvtss2sd	%xmm5, %xmm5
	leaq	L_.str.7(%rip), %rdi
	movb	$6, %al
	callq	_printf
	movl	$0, -44(%rbp)
	movl	$0, -48(%rbp)
	movl	$0, -52(%rbp)
LBB3_19:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$50, -52(%rbp)
	jge	LBB3_24
## %bb.20:                              ##   in Loop: Header=BB3_19 Depth=1
	cvtsi2ssl	-52(%rbp), %xmm0
	movss	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm0
	movss	LCPI3_16(%rip), %xmm1           ## xmm1 = mem[0],zero,zero,zero
	addss	%xmm1, %xmm0
	movss	%xmm0, -56(%rbp)
	cvttss2si	-56(%rbp), %eax
	addl	-44(%rbp), %eax
	movl	%eax, -44(%rbp)
	movss	-56(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	xorps	%xmm1, %xmm1
	ucomiss	%xmm1, %xmm0
	jb	LBB3_22
## %bb.21:                              ##   in Loop: Header=BB3_19 Depth=1
	cvttss2si	-56(%rbp), %rax
                                        ## kill: def $eax killed $eax killed $rax
	addl	-48(%rbp), %eax
	movl	%eax, -48(%rbp)
LBB3_22:                                ##   in Loop: Header=BB3_19 Depth=1
	jmp	LBB3_23
LBB3_23:                                ##   in Loop: Header=BB3_19 Depth=1
	movl	-52(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -52(%rbp)
	jmp	LBB3_19
LBB3_24:
	movl	-44(%rbp), %esi
	movl	-48(%rbp), %edx
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -64(%rbp)
	xorps	%xmm0, %xmm0
	movss	%xmm0, -68(%rbp)
	movl	$0, -72(%rbp)
LBB3_25:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$1000, -72(%rbp)                ## imm = 0x3E8
	jge	LBB3_28
## %bb.26:                              ##   in Loop: Header=BB3_25 Depth=1
	movss	LCPI3_15(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	addss	-68(%rbp), %xmm0
	movss	%xmm0, -68(%rbp)
	movsd	LCPI3_14(%rip), %xmm0           ## xmm0 = mem[0],zero
	addsd	-64(%rbp), %xmm0
	movsd	%xmm0, -64(%rbp)
## %bb.27:                              ##   in Loop: Header=BB3_25 Depth=1
	movl	-72(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -72(%rbp)
	jmp	LBB3_25
LBB3_28:
	movss	-68(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	movsd	-64(%rbp), %xmm1                ## xmm1 = mem[0],zero
	leaq	L_.str.9(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movss	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -76(%rbp)
	movss	LCPI3_2(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	addss	-76(%rbp), %xmm0
	cvtss2sd	%xmm0, %xmm0
	movss	-76(%rbp), %xmm1                ## xmm1 = mem[0],zero,zero,zero
	cvtss2sd	%xmm1, %xmm1
	movsd	LCPI3_10(%rip), %xmm2           ## xmm2 = mem[0],zero
	addsd	%xmm2, %xmm1
	leaq	L_.str.10(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movl	_n_iter(%rip), %eax
	cvtsi2ss	%eax, %xmm0
	movss	LCPI3_9(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	divss	%xmm1, %xmm0
	cvtss2sd	%xmm0, %xmm0
	movsd	LCPI3_8(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	%xmm1, %xmm0
	leaq	L_.str.11(%rip), %rdi
	movb	$1, %al
	callq	_printf
	xorps	%xmm0, %xmm0
	movss	%xmm0, -80(%rbp)
	movl	$0, -84(%rbp)
LBB3_29:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$8, -84(%rbp)
	jg	LBB3_32
## %bb.30:                              ##   in Loop: Header=BB3_29 Depth=1
	cvtsi2ssl	-84(%rbp), %xmm0
	movss	LCPI3_13(%rip), %xmm1           ## xmm1 = mem[0],zero,zero,zero
	divss	%xmm1, %xmm0
	movss	%xmm0, -88(%rbp)
	movss	LCPI3_2(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	subss	-88(%rbp), %xmm0
	movss	LCPI3_12(%rip), %xmm1           ## xmm1 = mem[0],zero,zero,zero
	mulss	-88(%rbp), %xmm1
	addss	%xmm0, %xmm0
	addss	%xmm1, %xmm0
	addss	-80(%rbp), %xmm0
	movss	%xmm0, -80(%rbp)
## %bb.31:                              ##   in Loop: Header=BB3_29 Depth=1
	movl	-84(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -84(%rbp)
	jmp	LBB3_29
LBB3_32:
	movss	-80(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.12(%rip), %rdi
	movb	$1, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$96, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_fseed                          ## @fseed
	.p2align	2
_fseed:
	.long	0x3fc00000                      ## float 1.5

	.globl	_n_iter                         ## @n_iter
	.p2align	2
_n_iter:
	.long	200                             ## 0xc8

.zerofill __DATA,__bss,_arr_a,1024,4    ## @arr_a
.zerofill __DATA,__bss,_arr_b,1024,4    ## @arr_b
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"dot = %.4f\n"

L_.str.1:                               ## @.str.1
	.asciz	"above 0.5: %d, above -1: %d\n"

L_.str.2:                               ## @.str.2
	.asciz	"harmonic(%d) = %.4f\n"

L_.str.3:                               ## @.str.3
	.asciz	"1.5^20 = %.2f\n"

L_.str.4:                               ## @.str.4
	.asciz	"halvings until zero: %d\n"

L_.str.5:                               ## @.str.5
	.asciz	"float epsilon = %g\n"

L_.str.6:                               ## @.str.6
	.asciz	"newton_sqrtf(2) = %.5f sqrtf(2) = %.5f\n"

L_.str.7:                               ## @.str.7
	.asciz	"fabsf=%.2f floorf=%.1f ceilf=%.1f roundf=%.1f fminf=%.2f fmaxf=%.2f\n"

L_.str.8:                               ## @.str.8
	.asciz	"float->int sum %d, float->unsigned sum %u\n"

L_.str.9:                               ## @.str.9
	.asciz	"float acc %.4f vs double acc %.4f\n"

L_.str.10:                              ## @.str.10
	.asciz	"2^24+1 in float = %.1f, as double %.1f\n"

L_.str.11:                              ## @.str.11
	.asciz	"mixed: %.6f\n"

L_.str.12:                              ## @.str.12
	.asciz	"lerp sum = %.3f\n"

.subsections_via_symbols
