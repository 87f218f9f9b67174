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
	.quad	0xc01f000000000000              ## double -7.75
LCPI1_4:
	.quad	0xbf647ae147ae147b              ## double -0.0025000000000000001
LCPI1_5:
	.quad	0x4008000000000000              ## double 3
LCPI1_6:
	.quad	0x3fb999999999999a              ## double 0.10000000000000001
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
	cmpl	$6, %edi
	ja	LBB1_8
## %bb.1:
	movsd	LCPI1_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	movl	%edi, %eax
	leaq	LJTI1_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB1_2:
	mulsd	LCPI1_7(%rip), %xmm0
	jmp	LBB1_8
LBB1_3:
	divsd	LCPI1_5(%rip), %xmm0
	addsd	LCPI1_6(%rip), %xmm0
	jmp	LBB1_8
LBB1_4:
	addsd	LCPI1_4(%rip), %xmm0
	jmp	LBB1_8
LBB1_5:
	mulsd	LCPI1_3(%rip), %xmm0
	jmp	LBB1_8
LBB1_6:
	addsd	LCPI1_2(%rip), %xmm0
	jmp	LBB1_8
LBB1_7:
	mulsd	%xmm0, %xmm0
	mulsd	LCPI1_1(%rip), %xmm0
LBB1_8:
	movapd	%xmm0, %xmm1
LBB1_9:
	movapd	%xmm1, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L1_0_set_2, LBB1_2-LJTI1_0
.set L1_0_set_3, LBB1_3-LJTI1_0
.set L1_0_set_4, LBB1_4-LJTI1_0
.set L1_0_set_5, LBB1_5-LJTI1_0
.set L1_0_set_6, LBB1_6-LJTI1_0
.set L1_0_set_7, LBB1_7-LJTI1_0
.set L1_0_set_9, LBB1_9-LJTI1_0
LJTI1_0:
	.long	L1_0_set_2
	.long	L1_0_set_3
	.long	L1_0_set_4
	.long	L1_0_set_5
	.long	L1_0_set_6
	.long	L1_0_set_7
	.long	L1_0_set_9
	.end_data_region
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function fscale
LCPI2_0:
	.long	0x3dcccccd                      ## float 0.100000001
LCPI2_1:
	.long	0x40200000                      ## float 2.5
LCPI2_2:
	.long	0xbf400000                      ## float -0.75
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
	testb	$1, %dil
	jne	LBB2_1
## %bb.2:
	movslq	%edi, %rax
	imulq	$1431655766, %rax, %rax         ## imm = 0x55555556
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	addl	%ecx, %eax
	leal	(%rax,%rax,2), %eax
	subl	%eax, %edi
	movslq	%edi, %rax
	leaq	_fweights(%rip), %rcx
	mulss	(%rcx,%rax,4), %xmm0
	addss	LCPI2_2(%rip), %xmm0
	popq	%rbp
	retq
LBB2_1:
	mulss	LCPI2_0(%rip), %xmm0
	addss	LCPI2_1(%rip), %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_classify                       ## -- Begin function classify
	.p2align	4, 0x90
_classify:                              ## @classify
	.cfi_startproc
## %bb.0:
	addl	$-97, %edi
	cmpl	$6, %edi
	ja	LBB3_1
## %bb.2:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movslq	%edi, %rax
	leaq	l_reltable.classify(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	popq	%rbp
	retq
LBB3_1:
	leaq	L_.str.15(%rip), %rax
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI4_0:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI4_1:
	.quad	0x3ff0000000000000              ## double 1
LCPI4_2:
	.quad	0x3ff8000000000000              ## double 1.5
LCPI4_3:
	.quad	0x4000000000000000              ## double 2
LCPI4_4:
	.quad	0x4004000000000000              ## double 2.5
LCPI4_5:
	.quad	0x4008000000000000              ## double 3
LCPI4_6:
	.quad	0x400c000000000000              ## double 3.5
LCPI4_7:
	.quad	0x4010000000000000              ## double 4
LCPI4_8:
	.quad	0x4014000000000000              ## double 5
LCPI4_9:
	.quad	0x4018000000000000              ## double 6
LCPI4_10:
	.quad	0x401c000000000000              ## double 7
LCPI4_16:
	.quad	0x0000000000000000              ## double 0
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2
LCPI4_11:
	.long	0x3f800000                      ## float 1
LCPI4_12:
	.long	0x40000000                      ## float 2
LCPI4_13:
	.long	0x40400000                      ## float 3
LCPI4_14:
	.long	0x40800000                      ## float 4
LCPI4_15:
	.long	0x40a00000                      ## float 5
LCPI4_17:
	.long	0x00000000                      ## float 0
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
	subq	$40, %rsp
	.cfi_offset %rbx, -24
	movl	$3, %ecx
	movq	_common_table@GOTPCREL(%rip), %rax
	.p2align	4, 0x90
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	leaq	-3(%rcx), %rdx
	imulq	%rdx, %rdx
	addq	$-3, %rdx
	movq	%rdx, -24(%rax,%rcx,8)
	cmpq	$39, %rcx
	je	LBB4_3
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
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
	jmp	LBB4_1
LBB4_3:
	movq	_common_counter@GOTPCREL(%rip), %rcx
	movl	(%rcx), %edx
	leal	(%rdx,%rdx,2), %esi
	addl	$15, %esi
	movl	%esi, (%rcx)
	movslq	_vsel(%rip), %rcx
	leaq	_zero_filled(%rip), %rbx
	movb	$113, (%rcx,%rbx)
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
	movb	$122, _zero_filled+99(%rip)
	paddq	272(%rax), %xmm0
	pshufd	$238, %xmm0, %xmm1              ## xmm1 = xmm0[2,3,2,3]
	paddq	%xmm0, %xmm1
	movq	%xmm1, %rdx
	addq	288(%rax), %rdx
	movl	%ebx, %ecx
	andl	$63, %ecx
	leaq	L_.str.16(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movsbl	_zero_filled(%rip), %esi
	movslq	_vsel(%rip), %rax
	movsbl	(%rax,%rbx), %edx
	movsbl	_zero_filled+99(%rip), %ecx
	leaq	L_.str.17(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	pxor	%xmm1, %xmm1
	movsd	_dzero.0(%rip), %xmm0           ## xmm0 = mem[0],zero
	addsd	%xmm1, %xmm0
	movsd	%xmm0, _dzero.0(%rip)
	movsd	_dzero.1(%rip), %xmm1           ## xmm1 = mem[0],zero
	addsd	LCPI4_0(%rip), %xmm1
	movsd	%xmm1, _dzero.1(%rip)
	movsd	_dzero.2(%rip), %xmm1           ## xmm1 = mem[0],zero
	addsd	LCPI4_1(%rip), %xmm1
	movsd	%xmm1, _dzero.2(%rip)
	movsd	_dzero.3(%rip), %xmm1           ## xmm1 = mem[0],zero
	addsd	LCPI4_2(%rip), %xmm1
	movsd	%xmm1, _dzero.3(%rip)
	movsd	_dzero.4(%rip), %xmm1           ## xmm1 = mem[0],zero
	addsd	LCPI4_3(%rip), %xmm1
	movsd	%xmm1, _dzero.4(%rip)
	movsd	_dzero.5(%rip), %xmm1           ## xmm1 = mem[0],zero
	addsd	LCPI4_4(%rip), %xmm1
	movsd	%xmm1, _dzero.5(%rip)
	movsd	_dzero.6(%rip), %xmm1           ## xmm1 = mem[0],zero
	addsd	LCPI4_5(%rip), %xmm1
	movsd	%xmm1, _dzero.6(%rip)
	movsd	_dzero.7(%rip), %xmm1           ## xmm1 = mem[0],zero
	addsd	LCPI4_6(%rip), %xmm1
	movsd	%xmm1, _dzero.7(%rip)
	movsd	_dzero.8(%rip), %xmm1           ## xmm1 = mem[0],zero
	addsd	LCPI4_7(%rip), %xmm1
	movsd	%xmm1, _dzero.8(%rip)
	leaq	L_.str.18(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movl	_aligned_ints(%rip), %esi
	leaq	_aligned_ints(%rip), %r8
	movl	_aligned_ints+8(%rip), %edx
	movl	_aligned_ints+60(%rip), %ecx
	andl	$31, %r8d
	leaq	L_.str.19(%rip), %rdi
                                        ## kill: def $r8d killed $r8d killed $r8
	xorl	%eax, %eax
	callq	_printf
	movsd	_weights(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	%xmm0, -16(%rbp)                ## 8-byte Spill
	addsd	LCPI4_16(%rip), %xmm0
	xorl	%edi, %edi
	callq	_scale
	addsd	LCPI4_16(%rip), %xmm0
	movsd	%xmm0, -40(%rbp)                ## 8-byte Spill
	movsd	_weights+8(%rip), %xmm1         ## xmm1 = mem[0],zero
	movsd	%xmm1, -48(%rbp)                ## 8-byte Spill
	movsd	LCPI4_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	addsd	%xmm1, %xmm0
	movl	$1, %edi
	callq	_scale
	addsd	-40(%rbp), %xmm0                ## 8-byte Folded Reload
	movsd	%xmm0, -32(%rbp)                ## 8-byte Spill
	movsd	_weights+16(%rip), %xmm1        ## xmm1 = mem[0],zero
	movsd	%xmm1, -40(%rbp)                ## 8-byte Spill
	movsd	LCPI4_3(%rip), %xmm0            ## xmm0 = mem[0],zero
	addsd	%xmm1, %xmm0
	movl	$2, %edi
	callq	_scale
	addsd	-32(%rbp), %xmm0                ## 8-byte Folded Reload
	movsd	%xmm0, -24(%rbp)                ## 8-byte Spill
	movsd	_weights+24(%rip), %xmm1        ## xmm1 = mem[0],zero
	movsd	%xmm1, -32(%rbp)                ## 8-byte Spill
	movsd	LCPI4_5(%rip), %xmm0            ## xmm0 = mem[0],zero
	addsd	%xmm1, %xmm0
	movl	$3, %edi
	callq	_scale
	addsd	-24(%rbp), %xmm0                ## 8-byte Folded Reload
	movsd	%xmm0, -24(%rbp)                ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	addsd	LCPI4_7(%rip), %xmm0
	movl	$4, %edi
	callq	_scale
	addsd	-24(%rbp), %xmm0                ## 8-byte Folded Reload
	movsd	%xmm0, -16(%rbp)                ## 8-byte Spill
	movsd	-48(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	addsd	LCPI4_8(%rip), %xmm0
	movl	$5, %edi
	callq	_scale
	addsd	-16(%rbp), %xmm0                ## 8-byte Folded Reload
	movsd	%xmm0, -16(%rbp)                ## 8-byte Spill
	movsd	-40(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	addsd	LCPI4_9(%rip), %xmm0
	movl	$6, %edi
	callq	_scale
	addsd	-16(%rbp), %xmm0                ## 8-byte Folded Reload
	movsd	%xmm0, -16(%rbp)                ## 8-byte Spill
	movsd	-32(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	addsd	LCPI4_10(%rip), %xmm0
	movl	$7, %edi
	callq	_scale
	addsd	-16(%rbp), %xmm0                ## 8-byte Folded Reload
	leaq	L_.str.20(%rip), %rdi
	movb	$1, %al
	callq	_printf
	xorpd	%xmm0, %xmm0
	xorl	%edi, %edi
	callq	_fscale
	addss	LCPI4_17(%rip), %xmm0
	movss	%xmm0, -16(%rbp)                ## 4-byte Spill
	movss	LCPI4_11(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	movl	$1, %edi
	callq	_fscale
	addss	-16(%rbp), %xmm0                ## 4-byte Folded Reload
	movss	%xmm0, -16(%rbp)                ## 4-byte Spill
	movss	LCPI4_12(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	movl	$2, %edi
	callq	_fscale
	addss	-16(%rbp), %xmm0                ## 4-byte Folded Reload
	movss	%xmm0, -16(%rbp)                ## 4-byte Spill
	movss	LCPI4_13(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	movl	$3, %edi
	callq	_fscale
	addss	-16(%rbp), %xmm0                ## 4-byte Folded Reload
	movss	%xmm0, -16(%rbp)                ## 4-byte Spill
	movss	LCPI4_14(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	movl	$4, %edi
	callq	_fscale
	addss	-16(%rbp), %xmm0                ## 4-byte Folded Reload
	movss	%xmm0, -16(%rbp)                ## 4-byte Spill
	movss	LCPI4_15(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	movl	$5, %edi
	callq	_fscale
	addss	-16(%rbp), %xmm0                ## 4-byte Folded Reload
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.21(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movl	_vsel(%rip), %edi
	movl	_vsel(%rip), %eax
	leal	3(%rax), %ecx
	testl	%eax, %eax
	cmovnsl	%eax, %ecx
	andl	$-4, %ecx
	subl	%ecx, %eax
	cltq
	leaq	_ops(%rip), %rbx
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax          ## imm = 0x10624DD3
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax               ## imm = 0x3E8
	subl	%eax, %edi
	movl	_vsel(%rip), %eax
	leal	1(%rax), %ecx
	leal	4(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$1, %eax
	cltq
                                        ## kill: def $edi killed $edi killed $rdi
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax          ## imm = 0x10624DD3
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax               ## imm = 0x3E8
	subl	%eax, %edi
	movl	_vsel(%rip), %eax
	leal	2(%rax), %ecx
	leal	5(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$2, %eax
	cltq
                                        ## kill: def $edi killed $edi killed $rdi
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax          ## imm = 0x10624DD3
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax               ## imm = 0x3E8
	subl	%eax, %edi
	movl	_vsel(%rip), %eax
	leal	3(%rax), %ecx
	leal	6(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$3, %eax
	cltq
                                        ## kill: def $edi killed $edi killed $rdi
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax          ## imm = 0x10624DD3
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax               ## imm = 0x3E8
	subl	%eax, %edi
	movl	_vsel(%rip), %eax
	leal	4(%rax), %ecx
	leal	7(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$4, %eax
	cltq
                                        ## kill: def $edi killed $edi killed $rdi
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax          ## imm = 0x10624DD3
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax               ## imm = 0x3E8
	subl	%eax, %edi
	movl	_vsel(%rip), %eax
	leal	5(%rax), %ecx
	leal	8(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$5, %eax
	cltq
                                        ## kill: def $edi killed $edi killed $rdi
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax          ## imm = 0x10624DD3
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax               ## imm = 0x3E8
	subl	%eax, %edi
	movl	_vsel(%rip), %eax
	leal	6(%rax), %ecx
	leal	9(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$6, %eax
	cltq
                                        ## kill: def $edi killed $edi killed $rdi
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rdi
	imulq	$274877907, %rdi, %rax          ## imm = 0x10624DD3
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax               ## imm = 0x3E8
	subl	%eax, %edi
	movl	_vsel(%rip), %eax
	leal	7(%rax), %ecx
	leal	10(%rax), %edx
	testl	%ecx, %ecx
	cmovnsl	%ecx, %edx
	andl	$-4, %edx
	negl	%edx
	addl	%edx, %eax
	addl	$7, %eax
	cltq
                                        ## kill: def $edi killed $edi killed $rdi
	callq	*(%rbx,%rax,8)
	movslq	%eax, %rsi
	imulq	$274877907, %rsi, %rax          ## imm = 0x10624DD3
	movq	%rax, %rcx
	shrq	$63, %rcx
	shrq	$32, %rax
	sarl	$6, %eax
	addl	%ecx, %eax
	imull	$1000, %eax, %eax               ## imm = 0x3E8
	subl	%eax, %esi
	leaq	L_.str.22(%rip), %rdi
                                        ## kill: def $esi killed $esi killed $rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$97, %edi
	callq	_classify
	leaq	L_.str.24(%rip), %rbx
	movq	%rbx, %rdi
	movl	$97, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$98, %edi
	callq	_classify
	movq	%rbx, %rdi
	movl	$98, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$99, %edi
	callq	_classify
	movq	%rbx, %rdi
	movl	$99, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$120, %edi
	callq	_classify
	movq	%rbx, %rdi
	movl	$120, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$103, %edi
	callq	_classify
	movq	%rbx, %rdi
	movl	$103, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$102, %edi
	callq	_classify
	movq	%rbx, %rdi
	movl	$102, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$122, %edi
	callq	_classify
	movq	%rbx, %rdi
	movl	$122, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movslq	_vsel(%rip), %rax
	leaq	_names(%rip), %rcx
	movq	(%rcx,%rax,8), %rsi
	movl	_vsel(%rip), %eax
	leal	(%rax,%rax,4), %edx
	leal	(%rax,%rax,4), %eax
	addl	$7, %eax
	testl	%edx, %edx
	cmovnsl	%edx, %eax
	andl	$-8, %eax
	subl	%eax, %edx
	movslq	%edx, %rax
	movq	(%rcx,%rax,8), %rdx
	leaq	L_.str.25(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	xorl	%eax, %eax
	addq	$40, %rsp
	popq	%rbx
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
                                        ## kill: def $edi killed $edi def $rdi
	leal	1(%rdi), %eax
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
                                        ## kill: def $edi killed $edi def $rdi
	leal	(%rdi,%rdi), %eax
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
	movl	%edi, %eax
	negl	%eax
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
	movl	%edi, %eax
	imull	%edi, %eax
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

.zerofill __DATA,__bss,_dzero.0,8,4     ## @dzero.0
.zerofill __DATA,__bss,_dzero.1,8,4     ## @dzero.1
.zerofill __DATA,__bss,_dzero.2,8,4     ## @dzero.2
.zerofill __DATA,__bss,_dzero.3,8,4     ## @dzero.3
.zerofill __DATA,__bss,_dzero.4,8,4     ## @dzero.4
.zerofill __DATA,__bss,_dzero.5,8,4     ## @dzero.5
.zerofill __DATA,__bss,_dzero.6,8,4     ## @dzero.6
.zerofill __DATA,__bss,_dzero.7,8,4     ## @dzero.7
.zerofill __DATA,__bss,_dzero.8,8,4     ## @dzero.8
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

L_.str.24:                              ## @.str.24
	.asciz	"%c=%s "

L_.str.25:                              ## @.str.25
	.asciz	"\nnames: %s %s\n"

	.section	__TEXT,__const
	.p2align	2                               ## @reltable.classify
l_reltable.classify:
	.long	L_.str.8-l_reltable.classify
	.long	L_.str.9-l_reltable.classify
	.long	L_.str.10-l_reltable.classify
	.long	L_.str.11-l_reltable.classify
	.long	L_.str.12-l_reltable.classify
	.long	L_.str.13-l_reltable.classify
	.long	L_.str.14-l_reltable.classify

.subsections_via_symbols
