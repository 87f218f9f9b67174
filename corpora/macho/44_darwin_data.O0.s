	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_counter_addr                   ## -- Begin function counter_addr
	.p2align	4, 0x90
_counter_addr:                          ## @counter_addr
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	_common_counter@GOTPCREL(%rip), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function scale
LCPI1_0:
	.quad	0x4045000000000000              ## double 42
LCPI1_1:
	.quad	0x3fd554c985f06f69              ## double 0.33329999999999999
LCPI1_2:
	.quad	0x4202a05f20000000              ## double 1.0E+10
LCPI1_3:
	.quad	0x401f000000000000              ## double 7.75
LCPI1_4:
	.quad	0x3f647ae147ae147b              ## double 0.0025000000000000001
LCPI1_5:
	.quad	0x3fb999999999999a              ## double 0.10000000000000001
LCPI1_6:
	.quad	0x4008000000000000              ## double 3
LCPI1_7:
	.quad	0x3ff4000000000000              ## double 1.25
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_scale
	.p2align	4, 0x90
_scale:                                 ## @scale
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movsd	%xmm0, -16(%rbp)
	movl	%edi, -20(%rbp)
	movl	-20(%rbp), %eax
                                        ## kill: def $rax killed $eax
	movq	%rax, -32(%rbp)                 ## 8-byte Spill
	subq	$6, %rax
	ja	LBB1_8
## %bb.10:
	movq	-32(%rbp), %rax                 ## 8-byte Reload
	leaq	LJTI1_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB1_1:
	movsd	LCPI1_7(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	movsd	%xmm0, -8(%rbp)
	jmp	LBB1_9
LBB1_2:
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI1_6(%rip), %xmm1            ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	movsd	LCPI1_5(%rip), %xmm1            ## xmm1 = mem[0],zero
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	jmp	LBB1_9
LBB1_3:
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI1_4(%rip), %xmm1            ## xmm1 = mem[0],zero
	subsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	jmp	LBB1_9
LBB1_4:
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movq	%xmm0, %rax
	movabsq	$-9223372036854775808, %rcx     ## imm = 0x8000000000000000
	xorq	%rcx, %rax
	movq	%rax, %xmm0
	movsd	LCPI1_3(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	jmp	LBB1_9
LBB1_5:
	movsd	LCPI1_2(%rip), %xmm0            ## xmm0 = mem[0],zero
	addsd	-16(%rbp), %xmm0
	movsd	%xmm0, -8(%rbp)
	jmp	LBB1_9
LBB1_6:
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	mulsd	-16(%rbp), %xmm0
	movsd	LCPI1_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	jmp	LBB1_9
LBB1_7:
	movsd	LCPI1_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	%xmm0, -8(%rbp)
	jmp	LBB1_9
LBB1_8:
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	%xmm0, -8(%rbp)
LBB1_9:
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L1_0_set_1, LBB1_1-LJTI1_0
.set L1_0_set_2, LBB1_2-LJTI1_0
.set L1_0_set_3, LBB1_3-LJTI1_0
.set L1_0_set_4, LBB1_4-LJTI1_0
.set L1_0_set_5, LBB1_5-LJTI1_0
.set L1_0_set_6, LBB1_6-LJTI1_0
.set L1_0_set_7, LBB1_7-LJTI1_0
LJTI1_0:
	.long	L1_0_set_1
	.long	L1_0_set_2
	.long	L1_0_set_3
	.long	L1_0_set_4
	.long	L1_0_set_5
	.long	L1_0_set_6
	.long	L1_0_set_7
	.end_data_region
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function fscale
LCPI2_0:
	.long	0xbf400000                      ## float -0.75
LCPI2_1:
	.long	0x3dcccccd                      ## float 0.100000001
LCPI2_2:
	.long	0x40200000                      ## float 2.5
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_fscale
	.p2align	4, 0x90
_fscale:                                ## @fscale
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movss	%xmm0, -4(%rbp)
	movl	%edi, -8(%rbp)
	movl	-8(%rbp), %eax
	andl	$1, %eax
	cmpl	$0, %eax
	je	LBB2_2
## %bb.1:
	movss	-4(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	movss	LCPI2_1(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm0
	movss	LCPI2_2(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	addss	%xmm1, %xmm0
	movss	%xmm0, -12(%rbp)                ## 4-byte Spill
	jmp	LBB2_3
LBB2_2:
	movss	-4(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	movl	-8(%rbp), %eax
	movl	$3, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rcx
	leaq	_fweights(%rip), %rax
	movss	(%rax,%rcx,4), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm0
	movss	LCPI2_0(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	addss	%xmm1, %xmm0
	movss	%xmm0, -12(%rbp)                ## 4-byte Spill
LBB2_3:
	movss	-12(%rbp), %xmm0                ## 4-byte Reload
                                        ## xmm0 = mem[0],zero,zero,zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_classify                       ## -- Begin function classify
	.p2align	4, 0x90
_classify:                              ## @classify
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -12(%rbp)
	movl	-12(%rbp), %eax
	addl	$-97, %eax
	movl	%eax, %ecx
	movq	%rcx, -24(%rbp)                 ## 8-byte Spill
	subl	$6, %eax
	ja	LBB3_8
## %bb.10:
	movq	-24(%rbp), %rax                 ## 8-byte Reload
	leaq	LJTI3_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB3_1:
	leaq	L_.str.8(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB3_9
LBB3_2:
	leaq	L_.str.9(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB3_9
LBB3_3:
	leaq	L_.str.10(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB3_9
LBB3_4:
	leaq	L_.str.11(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB3_9
LBB3_5:
	leaq	L_.str.12(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB3_9
LBB3_6:
	leaq	L_.str.13(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB3_9
LBB3_7:
	leaq	L_.str.14(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB3_9
LBB3_8:
	leaq	L_.str.15(%rip), %rax
	movq	%rax, -8(%rbp)
LBB3_9:
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L3_0_set_1, LBB3_1-LJTI3_0
.set L3_0_set_2, LBB3_2-LJTI3_0
.set L3_0_set_3, LBB3_3-LJTI3_0
.set L3_0_set_4, LBB3_4-LJTI3_0
.set L3_0_set_5, LBB3_5-LJTI3_0
.set L3_0_set_6, LBB3_6-LJTI3_0
.set L3_0_set_7, LBB3_7-LJTI3_0
LJTI3_0:
	.long	L3_0_set_1
	.long	L3_0_set_2
	.long	L3_0_set_3
	.long	L3_0_set_4
	.long	L3_0_set_5
	.long	L3_0_set_6
	.long	L3_0_set_7
	.end_data_region
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI4_0:
	.quad	0x3fe0000000000000              ## double 0.5
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
	movl	$0, -8(%rbp)
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$37, -8(%rbp)
	jge	LBB4_4
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
	movl	-8(%rbp), %eax
	imull	-8(%rbp), %eax
	subl	$3, %eax
	movslq	%eax, %rdx
	movslq	-8(%rbp), %rcx
	movq	_common_table@GOTPCREL(%rip), %rax
	movq	%rdx, (%rax,%rcx,8)
## %bb.3:                               ##   in Loop: Header=BB4_1 Depth=1
	movl	-8(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	LBB4_1
LBB4_4:
	callq	_counter_addr
	movl	(%rax), %ecx
	addl	$5, %ecx
	movl	%ecx, (%rax)
	movq	_common_counter@GOTPCREL(%rip), %rax
	imull	$3, (%rax), %ecx
	movq	_common_counter@GOTPCREL(%rip), %rax
	movl	%ecx, (%rax)
	movl	_vsel(%rip), %eax
	movslq	%eax, %rcx
	leaq	_zero_filled(%rip), %rax
	movb	$113, (%rax,%rcx)
	movb	$122, _zero_filled+99(%rip)
	movq	$0, -16(%rbp)
	movl	$0, -20(%rbp)
LBB4_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$37, -20(%rbp)
	jge	LBB4_8
## %bb.6:                               ##   in Loop: Header=BB4_5 Depth=1
	movslq	-20(%rbp), %rcx
	movq	_common_table@GOTPCREL(%rip), %rax
	movq	(%rax,%rcx,8), %rax
	addq	-16(%rbp), %rax
	movq	%rax, -16(%rbp)
## %bb.7:                               ##   in Loop: Header=BB4_5 Depth=1
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
	jmp	LBB4_5
LBB4_8:
	movq	_common_counter@GOTPCREL(%rip), %rax
	movl	(%rax), %esi
	movq	-16(%rbp), %rdx
	leaq	_zero_filled(%rip), %rax
	movl	%eax, %ecx
	andl	$63, %ecx
	leaq	L_.str.16(%rip), %rdi
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	callq	_printf
	movsbl	_zero_filled(%rip), %esi
	movl	_vsel(%rip), %eax
	movslq	%eax, %rcx
	leaq	_zero_filled(%rip), %rax
	movsbl	(%rax,%rcx), %edx
	movsbl	_zero_filled+99(%rip), %ecx
	leaq	L_.str.17(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -24(%rbp)
LBB4_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$9, -24(%rbp)
	jge	LBB4_12
## %bb.10:                              ##   in Loop: Header=BB4_9 Depth=1
	cvtsi2sdl	-24(%rbp), %xmm0
	movslq	-24(%rbp), %rcx
	leaq	_dzero(%rip), %rax
	movsd	(%rax,%rcx,8), %xmm1            ## xmm1 = mem[0],zero
	movsd	LCPI4_0(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	leaq	_dzero(%rip), %rax
	movsd	%xmm0, (%rax,%rcx,8)
## %bb.11:                              ##   in Loop: Header=BB4_9 Depth=1
	movl	-24(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -24(%rbp)
	jmp	LBB4_9
LBB4_12:
	movsd	_dzero(%rip), %xmm0             ## xmm0 = mem[0],zero
	movsd	_dzero+64(%rip), %xmm1          ## xmm1 = mem[0],zero
	leaq	L_.str.18(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movl	_aligned_ints(%rip), %esi
	movl	_aligned_ints+8(%rip), %edx
	movl	_aligned_ints+60(%rip), %ecx
	leaq	_aligned_ints(%rip), %rax
	movl	%eax, %r8d
	andl	$31, %r8d
	leaq	L_.str.19(%rip), %rdi
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	callq	_printf
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -32(%rbp)
	movl	$0, -36(%rbp)
LBB4_13:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$8, -36(%rbp)
	jge	LBB4_16
## %bb.14:                              ##   in Loop: Header=BB4_13 Depth=1
	movl	-36(%rbp), %eax
	movl	$4, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rcx
	leaq	_weights(%rip), %rax
	movsd	(%rax,%rcx,8), %xmm0            ## xmm0 = mem[0],zero
	cvtsi2sdl	-36(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movl	-36(%rbp), %edi
	callq	_scale
	addsd	-32(%rbp), %xmm0
	movsd	%xmm0, -32(%rbp)
## %bb.15:                              ##   in Loop: Header=BB4_13 Depth=1
	movl	-36(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -36(%rbp)
	jmp	LBB4_13
LBB4_16:
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	leaq	L_.str.20(%rip), %rdi
	movb	$1, %al
	callq	_printf
	xorps	%xmm0, %xmm0
	movss	%xmm0, -40(%rbp)
	movl	$0, -44(%rbp)
LBB4_17:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$6, -44(%rbp)
	jge	LBB4_20
## %bb.18:                              ##   in Loop: Header=BB4_17 Depth=1
	cvtsi2ssl	-44(%rbp), %xmm0
	movl	-44(%rbp), %edi
	callq	_fscale
	addss	-40(%rbp), %xmm0
	movss	%xmm0, -40(%rbp)
## %bb.19:                              ##   in Loop: Header=BB4_17 Depth=1
	movl	-44(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -44(%rbp)
	jmp	LBB4_17
LBB4_20:
	movss	-40(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.21(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movl	_vsel(%rip), %eax
	movl	%eax, -48(%rbp)
	movl	$0, -52(%rbp)
LBB4_21:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$8, -52(%rbp)
	jge	LBB4_24
## %bb.22:                              ##   in Loop: Header=BB4_21 Depth=1
	movl	-52(%rbp), %eax
	movl	_vsel(%rip), %ecx
	addl	%ecx, %eax
	movl	$4, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rcx
	leaq	_ops(%rip), %rax
	movq	(%rax,%rcx,8), %rax
	movl	-48(%rbp), %edi
	callq	*%rax
	movl	$1000, %ecx                     ## imm = 0x3E8
	cltd
	idivl	%ecx
	movl	%edx, -48(%rbp)
## %bb.23:                              ##   in Loop: Header=BB4_21 Depth=1
	movl	-52(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -52(%rbp)
	jmp	LBB4_21
LBB4_24:
	movl	-48(%rbp), %esi
	leaq	L_.str.22(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.23(%rip), %rax
	movq	%rax, -64(%rbp)
LBB4_25:                                ## =>This Inner Loop Header: Depth=1
	movq	-64(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB4_28
## %bb.26:                              ##   in Loop: Header=BB4_25 Depth=1
	movq	-64(%rbp), %rax
	movsbl	(%rax), %eax
	movl	%eax, -68(%rbp)                 ## 4-byte Spill
	movq	-64(%rbp), %rax
	movsbl	(%rax), %edi
	callq	_classify
	movl	-68(%rbp), %esi                 ## 4-byte Reload
	movq	%rax, %rdx
	leaq	L_.str.24(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.27:                              ##   in Loop: Header=BB4_25 Depth=1
	movq	-64(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -64(%rbp)
	jmp	LBB4_25
LBB4_28:
	movl	_vsel(%rip), %eax
	movslq	%eax, %rcx
	leaq	_names(%rip), %rax
	movq	(%rax,%rcx,8), %rsi
	movl	_vsel(%rip), %eax
	imull	$5, %eax, %eax
	movl	$8, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rcx
	leaq	_names(%rip), %rax
	movq	(%rax,%rcx,8), %rdx
	leaq	L_.str.25(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$80, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function add1
_add1:                                  ## @add1
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	addl	$1, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function dbl
_dbl:                                   ## @dbl
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	shll	$1, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function neg
_neg:                                   ## @neg
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	xorl	%eax, %eax
	subl	-4(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function sq
_sq:                                    ## @sq
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	imull	-4(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_aligned_ints                   ## @aligned_ints
	.p2align	5
_aligned_ints:
	.long	1                               ## 0x1
	.long	2                               ## 0x2
	.long	3                               ## 0x3
	.space	52

	.globl	_weights                        ## @weights
	.p2align	4
_weights:
	.quad	0x3fd0000000000000              ## double 0.25
	.quad	0x3fe0000000000000              ## double 0.5
	.quad	0x3ff8000000000000              ## double 1.5
	.quad	0xc006000000000000              ## double -2.75

	.globl	_fweights                       ## @fweights
	.p2align	2
_fweights:
	.long	0x3fc00000                      ## float 1.5
	.long	0xbe000000                      ## float -0.125
	.long	0x40400000                      ## float 3

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"alpha"

L_.str.1:                               ## @.str.1
	.asciz	"beta"

L_.str.2:                               ## @.str.2
	.asciz	"gamma"

L_.str.3:                               ## @.str.3
	.asciz	"delta"

L_.str.4:                               ## @.str.4
	.asciz	"epsilon"

L_.str.5:                               ## @.str.5
	.asciz	"zeta"

L_.str.6:                               ## @.str.6
	.asciz	"eta"

L_.str.7:                               ## @.str.7
	.asciz	"theta"

	.section	__DATA,__const
	.globl	_names                          ## @names
	.p2align	4
_names:
	.quad	L_.str
	.quad	L_.str.1
	.quad	L_.str.2
	.quad	L_.str.3
	.quad	L_.str.4
	.quad	L_.str.5
	.quad	L_.str.6
	.quad	L_.str.7

	.section	__DATA,__data
	.globl	_vsel                           ## @vsel
	.p2align	2
_vsel:
	.long	3                               ## 0x3

	.comm	_common_counter,4,2             ## @common_counter
	.section	__TEXT,__cstring,cstring_literals
L_.str.8:                               ## @.str.8
	.asciz	"a-ish"

L_.str.9:                               ## @.str.9
	.asciz	"b-ish"

L_.str.10:                              ## @.str.10
	.asciz	"c-ish"

L_.str.11:                              ## @.str.11
	.asciz	"d-ish"

L_.str.12:                              ## @.str.12
	.asciz	"e-ish"

L_.str.13:                              ## @.str.13
	.asciz	"f-ish"

L_.str.14:                              ## @.str.14
	.asciz	"g-ish"

L_.str.15:                              ## @.str.15
	.asciz	"other"

	.comm	_common_table,296,4             ## @common_table
.zerofill __DATA,__bss,_zero_filled,100,6 ## @zero_filled
L_.str.16:                              ## @.str.16
	.asciz	"common: %d %ld aligned=%d\n"

L_.str.17:                              ## @.str.17
	.asciz	"zero_filled: %d %d %d\n"

.zerofill __DATA,__bss,_dzero,72,4      ## @dzero
L_.str.18:                              ## @.str.18
	.asciz	"dzero: %.2f %.2f\n"

L_.str.19:                              ## @.str.19
	.asciz	"aligned_ints: %d %d %d %d\n"

L_.str.20:                              ## @.str.20
	.asciz	"scale: %.6f\n"

L_.str.21:                              ## @.str.21
	.asciz	"fscale: %.5f\n"

	.section	__DATA,__const
	.p2align	4                               ## @ops
_ops:
	.quad	_add1
	.quad	_dbl
	.quad	_neg
	.quad	_sq

	.section	__TEXT,__cstring,cstring_literals
L_.str.22:                              ## @.str.22
	.asciz	"ops: %d\n"

L_.str.23:                              ## @.str.23
	.asciz	"abcxgfz"

L_.str.24:                              ## @.str.24
	.asciz	"%c=%s "

L_.str.25:                              ## @.str.25
	.asciz	"\nnames: %s %s\n"

.subsections_via_symbols
