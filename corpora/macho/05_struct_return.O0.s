	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_make_pair                      ## -- Begin function make_pair
	.p2align	4, 0x90
_make_pair:                             ## @make_pair
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -12(%rbp)
	movl	%esi, -16(%rbp)
	movl	-12(%rbp), %eax
	movl	%eax, -8(%rbp)
	movl	-16(%rbp), %eax
	movl	%eax, -4(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_swap_pair                      ## -- Begin function swap_pair
	.p2align	4, 0x90
_swap_pair:                             ## @swap_pair
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -16(%rbp)
	movl	-12(%rbp), %eax
	movl	%eax, -8(%rbp)
	movl	-16(%rbp), %eax
	shll	$1, %eax
	movl	%eax, -4(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function make_mix
LCPI2_0:
	.quad	0x4000000000000000              ## double 2
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_make_mix
	.p2align	4, 0x90
_make_mix:                              ## @make_mix
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -20(%rbp)
	movsd	%xmm0, -32(%rbp)
	movl	-20(%rbp), %ecx
                                        ## implicit-def: $rax
	movl	%ecx, %eax
	leal	(%rax,%rax,2), %eax
	movl	%eax, -16(%rbp)
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI2_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	movl	-16(%rbp), %eax
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_scale_mix                      ## -- Begin function scale_mix
	.p2align	4, 0x90
_scale_mix:                             ## @scale_mix
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -32(%rbp)
	movsd	%xmm0, -24(%rbp)
	movl	%esi, -36(%rbp)
	movl	-36(%rbp), %ecx
	movl	-32(%rbp), %eax
	imull	%ecx, %eax
	movl	%eax, -32(%rbp)
	cvtsi2sdl	-36(%rbp), %xmm1
	movsd	-24(%rbp), %xmm0                ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -24(%rbp)
	movups	-32(%rbp), %xmm0
	movaps	%xmm0, -16(%rbp)
	movl	-16(%rbp), %eax
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_add_dpair                      ## -- Begin function add_dpair
	.p2align	4, 0x90
_add_dpair:                             ## @add_dpair
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movsd	%xmm0, -32(%rbp)
	movsd	%xmm1, -24(%rbp)
	movsd	%xmm2, -48(%rbp)
	movsd	%xmm3, -40(%rbp)
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	-48(%rbp), %xmm1                ## xmm1 = mem[0],zero
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -16(%rbp)
	movsd	-24(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	-40(%rbp), %xmm1                ## xmm1 = mem[0],zero
	subsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_make_big                       ## -- Begin function make_big
	.p2align	4, 0x90
_make_big:                              ## @make_big
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -32(%rbp)                 ## 8-byte Spill
	movq	%rdi, -24(%rbp)                 ## 8-byte Spill
	movq	%rsi, -8(%rbp)
	movl	$0, -12(%rbp)
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -12(%rbp)
	jge	LBB5_4
## %bb.2:                               ##   in Loop: Header=BB5_1 Depth=1
	movq	-32(%rbp), %rax                 ## 8-byte Reload
	movq	-8(%rbp), %rdx
	movl	-12(%rbp), %ecx
	addl	$1, %ecx
	movslq	%ecx, %rcx
	imulq	%rcx, %rdx
	movslq	-12(%rbp), %rcx
	subq	%rcx, %rdx
	movslq	-12(%rbp), %rcx
	movq	%rdx, (%rax,%rcx,8)
## %bb.3:                               ##   in Loop: Header=BB5_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB5_1
LBB5_4:
	movq	-24(%rbp), %rax                 ## 8-byte Reload
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_twist_big                      ## -- Begin function twist_big
	.p2align	4, 0x90
_twist_big:                             ## @twist_big
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -40(%rbp)                 ## 8-byte Spill
	movq	%rdi, -32(%rbp)                 ## 8-byte Spill
	leaq	16(%rbp), %rax
	movq	%rax, -24(%rbp)                 ## 8-byte Spill
	movq	%rsi, -8(%rbp)
	movl	$0, -12(%rbp)
LBB6_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -12(%rbp)
	jge	LBB6_4
## %bb.2:                               ##   in Loop: Header=BB6_1 Depth=1
	movq	-40(%rbp), %rax                 ## 8-byte Reload
	movq	-24(%rbp), %rcx                 ## 8-byte Reload
	movl	$4, %edx
	subl	-12(%rbp), %edx
	movslq	%edx, %rdx
	movq	(%rcx,%rdx,8), %rdx
	addq	-8(%rbp), %rdx
	movslq	-12(%rbp), %rcx
	movq	%rdx, (%rax,%rcx,8)
## %bb.3:                               ##   in Loop: Header=BB6_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB6_1
LBB6_4:
	movq	-32(%rbp), %rax                 ## 8-byte Reload
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sum_big                        ## -- Begin function sum_big
	.p2align	4, 0x90
_sum_big:                               ## @sum_big
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	leaq	16(%rbp), %rax
	movq	%rax, -24(%rbp)                 ## 8-byte Spill
	movq	$0, -8(%rbp)
	movl	$0, -12(%rbp)
LBB7_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -12(%rbp)
	jge	LBB7_4
## %bb.2:                               ##   in Loop: Header=BB7_1 Depth=1
	movq	-24(%rbp), %rax                 ## 8-byte Reload
	movslq	-12(%rbp), %rcx
	movq	(%rax,%rcx,8), %rax
	addq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
## %bb.3:                               ##   in Loop: Header=BB7_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB7_1
LBB7_4:
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function mid_fpair
LCPI8_0:
	.long	0x3f000000                      ## float 0.5
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_mid_fpair
	.p2align	4, 0x90
_mid_fpair:                             ## @mid_fpair
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movlpd	%xmm0, -16(%rbp)
	movlpd	%xmm1, -24(%rbp)
	movss	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	movss	-24(%rbp), %xmm1                ## xmm1 = mem[0],zero,zero,zero
	addss	%xmm1, %xmm0
	movss	LCPI8_0(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm0
	movss	%xmm0, -8(%rbp)
	movss	-12(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	movss	-20(%rbp), %xmm2                ## xmm2 = mem[0],zero,zero,zero
	addss	%xmm2, %xmm0
	mulss	%xmm1, %xmm0
	movss	%xmm0, -4(%rbp)
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_make_cshort                    ## -- Begin function make_cshort
	.p2align	4, 0x90
_make_cshort:                           ## @make_cshort
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -12(%rbp)
	movl	-12(%rbp), %eax
	movl	$26, %ecx
	cltd
	idivl	%ecx
	addl	$65, %edx
	movb	%dl, %al
	movb	%al, -8(%rbp)
	xorl	%eax, %eax
	subl	-12(%rbp), %eax
	imull	$3, %eax, %eax
                                        ## kill: def $ax killed $ax killed $eax
	movw	%ax, -6(%rbp)
	imull	$1000, -12(%rbp), %eax          ## imm = 0x3E8
	movl	%eax, -4(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_combine                        ## -- Begin function combine
	.p2align	4, 0x90
_combine:                               ## @combine
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$128, %rsp
	movl	%ecx, %eax
	leaq	16(%rbp), %rcx
	movq	%rdi, -8(%rbp)
	movl	%esi, -24(%rbp)
	movsd	%xmm0, -16(%rbp)
	movsd	%xmm1, -40(%rbp)
	movsd	%xmm2, -32(%rbp)
	movq	%rdx, -48(%rbp)
	movsd	%xmm3, -64(%rbp)
	movsd	%xmm4, -56(%rbp)
	movl	%eax, -80(%rbp)
	movsd	%xmm5, -72(%rbp)
	movl	-8(%rbp), %eax
	addl	-4(%rbp), %eax
	addl	-24(%rbp), %eax
	cvtsi2sd	%eax, %xmm0
	addsd	-16(%rbp), %xmm0
	addsd	-40(%rbp), %xmm0
	addsd	-32(%rbp), %xmm0
	movsd	%xmm0, -88(%rbp)                ## 8-byte Spill
	movq	32(%rcx), %rdx
	movq	%rsp, %rax
	movq	%rdx, 32(%rax)
	movups	(%rcx), %xmm0
	movups	16(%rcx), %xmm1
	movups	%xmm1, 16(%rax)
	movups	%xmm0, (%rax)
	callq	_sum_big
	movsd	-88(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	cvtsi2sd	%rax, %xmm0
	addsd	%xmm0, %xmm1
	cvtsi2sdl	-48(%rbp), %xmm0
	addsd	%xmm0, %xmm1
	cvtsi2sdl	-44(%rbp), %xmm0
	subsd	%xmm0, %xmm1
	movsd	-64(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	-56(%rbp), %xmm2                ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	cvtsi2sdl	-80(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	addsd	-72(%rbp), %xmm0
	addq	$128, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI11_0:
	.quad	0x3fc0000000000000              ## double 0.125
LCPI11_1:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI11_2:
	.quad	0x401e000000000000              ## double 7.5
LCPI11_3:
	.quad	0x4008000000000000              ## double 3
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
	subq	$416, %rsp                      ## imm = 0x1A0
	movl	$0, -4(%rbp)
	movl	_seed(%rip), %eax
	movl	%eax, -8(%rbp)
	movl	-8(%rbp), %edi
	movl	-8(%rbp), %esi
	addl	$10, %esi
	callq	_make_pair
	movq	%rax, -16(%rbp)
	movl	-16(%rbp), %esi
	movl	-12(%rbp), %edx
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-16(%rbp), %rdi
	callq	_swap_pair
	movq	%rax, -24(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -16(%rbp)
	movl	-16(%rbp), %esi
	movl	-12(%rbp), %edx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-8(%rbp), %edi
	movsd	LCPI11_2(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_make_mix
	movl	%eax, -40(%rbp)
	movsd	%xmm0, -32(%rbp)
	movl	-40(%rbp), %esi
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	leaq	L_.str.2(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movl	-40(%rbp), %edi
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movl	$4294967293, %esi               ## imm = 0xFFFFFFFD
	callq	_scale_mix
	movl	%eax, -56(%rbp)
	movsd	%xmm0, -48(%rbp)
	movq	-56(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	-48(%rbp), %rax
	movq	%rax, -32(%rbp)
	movl	-40(%rbp), %esi
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	leaq	L_.str.3(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movq	L___const.main.d1(%rip), %rax
	movq	%rax, -72(%rbp)
	movq	L___const.main.d1+8(%rip), %rax
	movq	%rax, -64(%rbp)
	cvtsi2sdl	-8(%rbp), %xmm0
	movsd	LCPI11_1(%rip), %xmm1           ## xmm1 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -88(%rbp)
	movsd	LCPI11_0(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	%xmm0, -80(%rbp)
	movsd	-72(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	-64(%rbp), %xmm1                ## xmm1 = mem[0],zero
	movsd	-88(%rbp), %xmm2                ## xmm2 = mem[0],zero
	movsd	-80(%rbp), %xmm3                ## xmm3 = mem[0],zero
	callq	_add_dpair
	movsd	%xmm0, -104(%rbp)
	movsd	%xmm1, -96(%rbp)
	movsd	-104(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	-96(%rbp), %xmm1                ## xmm1 = mem[0],zero
	leaq	L_.str.4(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movslq	-8(%rbp), %rsi
	leaq	-144(%rbp), %rdi
	callq	_make_big
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -148(%rbp)
LBB11_1:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -148(%rbp)
	jge	LBB11_4
## %bb.2:                               ##   in Loop: Header=BB11_1 Depth=1
	movslq	-148(%rbp), %rax
	movq	-144(%rbp,%rax,8), %rsi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB11_1 Depth=1
	movl	-148(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -148(%rbp)
	jmp	LBB11_1
LBB11_4:
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-112(%rbp), %rcx
	movq	%rsp, %rax
	movq	%rcx, 32(%rax)
	movups	-144(%rbp), %xmm0
	movups	-128(%rbp), %xmm1
	movups	%xmm1, 16(%rax)
	movups	%xmm0, (%rax)
	leaq	-192(%rbp), %rdi
	movl	$100, %esi
	callq	_twist_big
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -196(%rbp)
LBB11_5:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -196(%rbp)
	jge	LBB11_8
## %bb.6:                               ##   in Loop: Header=BB11_5 Depth=1
	movslq	-196(%rbp), %rax
	movq	-192(%rbp,%rax,8), %rsi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB11_5 Depth=1
	movl	-196(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -196(%rbp)
	jmp	LBB11_5
LBB11_8:
	movq	-160(%rbp), %rcx
	movq	%rsp, %rax
	movq	%rcx, 32(%rax)
	movups	-192(%rbp), %xmm0
	movups	-176(%rbp), %xmm1
	movups	%xmm1, 16(%rax)
	movups	%xmm0, (%rax)
	callq	_sum_big
	movq	%rax, %rsi
	leaq	L_.str.9(%rip), %rdi
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	callq	_printf
	movq	L___const.main.fa(%rip), %rax
	movq	%rax, -208(%rbp)
	cvtsi2ssl	-8(%rbp), %xmm0
	movss	%xmm0, -216(%rbp)
	movl	$-1065353216, -212(%rbp)        ## imm = 0xC0800000
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	-216(%rbp), %xmm1               ## xmm1 = mem[0],zero
	callq	_mid_fpair
	movlpd	%xmm0, -224(%rbp)
	movss	-224(%rbp), %xmm0               ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	movss	-220(%rbp), %xmm1               ## xmm1 = mem[0],zero,zero,zero
	cvtss2sd	%xmm1, %xmm1
	leaq	L_.str.10(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movl	-8(%rbp), %edi
	addl	$30, %edi
	callq	_make_cshort
	movq	%rax, -232(%rbp)
	movsbl	-232(%rbp), %esi
	movswl	-230(%rbp), %edx
	movl	-228(%rbp), %ecx
	leaq	L_.str.11(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$1, %edi
	movl	$2, %esi
	callq	_make_pair
	movq	%rax, -240(%rbp)
	movl	$2, %edi
	movsd	LCPI11_3(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_make_mix
	movl	%eax, -256(%rbp)
	movsd	%xmm0, -248(%rbp)
	movq	-16(%rbp), %rdi
	movl	-40(%rbp), %esi
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	-104(%rbp), %xmm1               ## xmm1 = mem[0],zero
	movsd	-96(%rbp), %xmm2                ## xmm2 = mem[0],zero
	movq	-240(%rbp), %rdx
	movsd	-72(%rbp), %xmm3                ## xmm3 = mem[0],zero
	movsd	-64(%rbp), %xmm4                ## xmm4 = mem[0],zero
	movl	-256(%rbp), %ecx
	movsd	-248(%rbp), %xmm5               ## xmm5 = mem[0],zero
	movq	-160(%rbp), %r8
	movq	%rsp, %rax
	movq	%r8, 32(%rax)
	movups	-192(%rbp), %xmm6
	movups	-176(%rbp), %xmm7
	movups	%xmm7, 16(%rax)
	movups	%xmm6, (%rax)
	callq	_combine
	leaq	L_.str.12(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movq	$0, -264(%rbp)
	movl	$0, -268(%rbp)
LBB11_9:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$10, -268(%rbp)
	jge	LBB11_12
## %bb.10:                              ##   in Loop: Header=BB11_9 Depth=1
	movslq	-268(%rbp), %rsi
	leaq	-352(%rbp), %rdi
	callq	_make_big
	movslq	-268(%rbp), %rsi
	movq	-320(%rbp), %rcx
	movq	%rsp, %rax
	movq	%rcx, 32(%rax)
	movups	-352(%rbp), %xmm0
	movups	-336(%rbp), %xmm1
	movups	%xmm1, 16(%rax)
	movups	%xmm0, (%rax)
	leaq	-312(%rbp), %rdi
	callq	_twist_big
	movq	-280(%rbp), %rcx
	movq	%rsp, %rax
	movq	%rcx, 32(%rax)
	movups	-312(%rbp), %xmm0
	movups	-296(%rbp), %xmm1
	movups	%xmm1, 16(%rax)
	movups	%xmm0, (%rax)
	callq	_sum_big
	movq	%rax, -376(%rbp)                ## 8-byte Spill
	movl	-268(%rbp), %edi
	xorl	%esi, %esi
	subl	-268(%rbp), %esi
	callq	_make_pair
	movq	%rax, -360(%rbp)
	movq	-360(%rbp), %rdi
	callq	_swap_pair
	movq	%rax, %rcx
	movq	-376(%rbp), %rax                ## 8-byte Reload
	movq	%rcx, -368(%rbp)
	movslq	-364(%rbp), %rcx
	addq	%rcx, %rax
	addq	-264(%rbp), %rax
	movq	%rax, -264(%rbp)
## %bb.11:                              ##   in Loop: Header=BB11_9 Depth=1
	movl	-268(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -268(%rbp)
	jmp	LBB11_9
LBB11_12:
	movq	-264(%rbp), %rsi
	leaq	L_.str.13(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$416, %rsp                      ## imm = 0x1A0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_seed                           ## @seed
	.p2align	2
_seed:
	.long	5                               ## 0x5

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"pair: %d %d\n"

L_.str.1:                               ## @.str.1
	.asciz	"swapped: %d %d\n"

L_.str.2:                               ## @.str.2
	.asciz	"mix: %d %.3f\n"

L_.str.3:                               ## @.str.3
	.asciz	"scaled: %d %.3f\n"

	.section	__TEXT,__literal16,16byte_literals
	.p2align	3                               ## @__const.main.d1
L___const.main.d1:
	.quad	0x3ff4000000000000              ## double 1.25
	.quad	0x4004000000000000              ## double 2.5

	.section	__TEXT,__cstring,cstring_literals
L_.str.4:                               ## @.str.4
	.asciz	"dpair: %.4f %.4f\n"

L_.str.5:                               ## @.str.5
	.asciz	"big:"

L_.str.6:                               ## @.str.6
	.asciz	" %ld"

L_.str.7:                               ## @.str.7
	.asciz	"\n"

L_.str.8:                               ## @.str.8
	.asciz	"twisted:"

L_.str.9:                               ## @.str.9
	.asciz	"  sum=%ld\n"

	.section	__TEXT,__literal8,8byte_literals
	.p2align	2                               ## @__const.main.fa
L___const.main.fa:
	.long	0x3f800000                      ## float 1
	.long	0x40000000                      ## float 2

	.section	__TEXT,__cstring,cstring_literals
L_.str.10:                              ## @.str.10
	.asciz	"fpair mid: %.3f %.3f\n"

L_.str.11:                              ## @.str.11
	.asciz	"cshort: %c %d %d\n"

L_.str.12:                              ## @.str.12
	.asciz	"combine: %.4f\n"

L_.str.13:                              ## @.str.13
	.asciz	"chain: %ld\n"

.subsections_via_symbols
