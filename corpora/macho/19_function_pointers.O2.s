	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_add                            ## -- Begin function add
	.p2align	4, 0x90
_add:                                   ## @add
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	leaq	(%rdi,%rsi), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sub                            ## -- Begin function sub
	.p2align	4, 0x90
_sub:                                   ## @sub
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, %rax
	subq	%rsi, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_mul                            ## -- Begin function mul
	.p2align	4, 0x90
_mul:                                   ## @mul
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, %rax
	imulq	%rsi, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_maxl                           ## -- Begin function maxl
	.p2align	4, 0x90
_maxl:                                  ## @maxl
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rsi, %rax
	cmpq	%rsi, %rdi
	cmovgq	%rdi, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_gcdl                           ## -- Begin function gcdl
	.p2align	4, 0x90
_gcdl:                                  ## @gcdl
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, %rax
	testq	%rsi, %rsi
	je	LBB4_1
## %bb.2:
	movq	%rsi, %rdx
	jmp	LBB4_3
	.p2align	4, 0x90
LBB4_5:                                 ##   in Loop: Header=BB4_3 Depth=1
	cqto
	idivq	%rcx
LBB4_6:                                 ##   in Loop: Header=BB4_3 Depth=1
	movq	%rcx, %rax
	testq	%rdx, %rdx
	je	LBB4_7
LBB4_3:                                 ## =>This Inner Loop Header: Depth=1
	movq	%rdx, %rcx
	movq	%rax, %rdx
	orq	%rcx, %rdx
	shrq	$32, %rdx
	jne	LBB4_5
## %bb.4:                               ##   in Loop: Header=BB4_3 Depth=1
                                        ## kill: def $eax killed $eax killed $rax
	xorl	%edx, %edx
	divl	%ecx
                                        ## kill: def $edx killed $edx def $rdx
	jmp	LBB4_6
LBB4_1:
	movq	%rax, %rcx
LBB4_7:
	movq	%rcx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_twice                          ## -- Begin function twice
	.p2align	4, 0x90
_twice:                                 ## @twice
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	addsd	%xmm0, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_square                         ## -- Begin function square
	.p2align	4, 0x90
_square:                                ## @square
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	mulsd	%xmm0, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function negate
LCPI7_0:
	.quad	0x8000000000000000              ## double -0
	.quad	0x8000000000000000              ## double -0
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_negate
	.p2align	4, 0x90
_negate:                                ## @negate
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	xorps	LCPI7_0(%rip), %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_choose                         ## -- Begin function choose
	.p2align	4, 0x90
_choose:                                ## @choose
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movslq	%edi, %rax
	imulq	$1717986919, %rax, %rcx         ## imm = 0x66666667
	movq	%rcx, %rdx
	shrq	$63, %rdx
	sarq	$33, %rcx
	addl	%edx, %ecx
	leal	(%rcx,%rcx,4), %ecx
	subl	%ecx, %eax
	cltq
	leaq	_ops(%rip), %rcx
	movq	(%rcx,%rax,8), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_fold                           ## -- Begin function fold
	.p2align	4, 0x90
_fold:                                  ## @fold
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%r12
	pushq	%rbx
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, %rax
	testl	%esi, %esi
	jle	LBB9_3
## %bb.1:
	movq	%rcx, %r14
	movq	%rdi, %r15
	movl	%esi, %r12d
	xorl	%ebx, %ebx
	.p2align	4, 0x90
LBB9_2:                                 ## =>This Inner Loop Header: Depth=1
	movq	(%r15,%rbx,8), %rsi
	movq	%rax, %rdi
	callq	*%r14
	addq	$1, %rbx
	cmpq	%rbx, %r12
	jne	LBB9_2
LBB9_3:
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_apply_n                        ## -- Begin function apply_n
	.p2align	4, 0x90
_apply_n:                               ## @apply_n
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	testl	%esi, %esi
	jle	LBB10_3
## %bb.1:
	movl	%esi, %ebx
	movq	%rdi, %r14
	.p2align	4, 0x90
LBB10_2:                                ## =>This Inner Loop Header: Depth=1
	callq	*%r14
	addl	$-1, %ebx
	jne	LBB10_2
LBB10_3:
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_for_each                       ## -- Begin function for_each
	.p2align	4, 0x90
_for_each:                              ## @for_each
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%r12
	pushq	%rbx
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	testl	%esi, %esi
	jle	LBB11_3
## %bb.1:
	movq	%rcx, %r14
	movq	%rdx, %r15
	movq	%rdi, %rbx
	movl	%esi, %r12d
	.p2align	4, 0x90
LBB11_2:                                ## =>This Inner Loop Header: Depth=1
	movq	%rbx, %rdi
	movq	%r14, %rsi
	callq	*%r15
	addq	$4, %rbx
	addq	$-1, %r12
	jne	LBB11_2
LBB11_3:
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function main
LCPI12_0:
	.quad	12                              ## 0xc
	.quad	18                              ## 0x12
LCPI12_1:
	.quad	30                              ## 0x1e
	.quad	42                              ## 0x2a
LCPI12_2:
	.quad	6                               ## 0x6
	.quad	54                              ## 0x36
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3
LCPI12_3:
	.quad	0x3ff0000000000000              ## double 1
LCPI12_4:
	.quad	0x3ff8000000000000              ## double 1.5
LCPI12_5:
	.quad	0x4028000000000000              ## double 12
LCPI12_6:
	.quad	0x402e000000000000              ## double 15
LCPI12_7:
	.quad	0x402a000000000000              ## double 13
LCPI12_8:
	.quad	0x4044000000000000              ## double 40
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
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$104, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	movaps	LCPI12_0(%rip), %xmm0           ## xmm0 = [12,18]
	movaps	%xmm0, -96(%rbp)
	movaps	LCPI12_1(%rip), %xmm0           ## xmm0 = [30,42]
	movaps	%xmm0, -80(%rbp)
	movaps	LCPI12_2(%rip), %xmm0           ## xmm0 = [6,54]
	movaps	%xmm0, -64(%rbp)
	leaq	_add(%rip), %rcx
	leaq	-96(%rbp), %r14
	movq	%r14, %rdi
	movl	$6, %esi
	xorl	%edx, %edx
	callq	_fold
	movq	%rax, %rbx
	movl	_vsel(%rip), %r15d
	movslq	_vsel(%rip), %rdi
	movl	$7, %esi
	callq	_add
	leaq	L_.str(%rip), %r12
	leaq	L_.str.14(%rip), %rsi
	movq	%r12, %rdi
	movq	%rbx, %rdx
	movl	%r15d, %ecx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	leaq	_sub(%rip), %rcx
	movq	%r14, %rdi
	movl	$6, %esi
	xorl	%edx, %edx
	callq	_fold
	movq	%rax, %rbx
	movl	_vsel(%rip), %r15d
	movslq	_vsel(%rip), %rdi
	movl	$7, %esi
	callq	_sub
	leaq	L_.str.15(%rip), %rsi
	movq	%r12, %rdi
	movq	%rbx, %rdx
	movl	%r15d, %ecx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	leaq	_mul(%rip), %rcx
	movl	$1, %edx
	movq	%r14, %rdi
	movl	$6, %esi
	callq	_fold
	movq	%rax, %rbx
	movl	_vsel(%rip), %r15d
	movslq	_vsel(%rip), %rdi
	movl	$7, %esi
	callq	_mul
	leaq	L_.str.16(%rip), %rsi
	movq	%r12, %rdi
	movq	%rbx, %rdx
	movl	%r15d, %ecx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	leaq	_maxl(%rip), %r15
	movq	%r14, %rdi
	movl	$6, %esi
	xorl	%edx, %edx
	movq	%r15, %rcx
	callq	_fold
	movq	%rax, %rbx
	movl	_vsel(%rip), %r13d
	movslq	_vsel(%rip), %rdi
	movl	$7, %esi
	callq	_maxl
	leaq	L_.str.17(%rip), %rsi
	movq	%r12, %rdi
	movq	%rbx, %rdx
	movl	%r13d, %ecx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	leaq	_gcdl(%rip), %rcx
	movq	%r14, %rdi
	movl	$6, %esi
	xorl	%edx, %edx
	callq	_fold
	movq	%rax, %rbx
	movl	_vsel(%rip), %r14d
	movslq	_vsel(%rip), %rdi
	movl	$7, %esi
	callq	_gcdl
	leaq	L_.str.18(%rip), %rsi
	movq	%r12, %rdi
	movq	%rbx, %rdx
	movl	%r14d, %ecx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	_vsel(%rip), %edi
	callq	_choose
	movq	%rax, %rbx
	movl	_vsel(%rip), %r14d
	movl	$100, %edi
	movl	$250, %esi
	callq	*%rax
	leaq	L_.str.1(%rip), %rdi
	movl	%r14d, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	xorl	%esi, %esi
	cmpq	%r15, %rbx
	sete	%sil
	leaq	L_.str.2(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	cvtsi2sdl	_vsel(%rip), %xmm0
	callq	_twice
	leaq	_twice(%rip), %rbx
	callq	_square
	leaq	_square(%rip), %r14
	callq	_negate
	callq	_twice
	leaq	L_.str.3(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movsd	LCPI12_3(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rbx, %rdi
	movl	$10, %esi
	callq	_apply_n
	movsd	%xmm0, -144(%rbp)               ## 8-byte Spill
	movsd	LCPI12_4(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%r14, %rdi
	movl	$3, %esi
	callq	_apply_n
	movaps	%xmm0, %xmm1
	leaq	L_.str.4(%rip), %rdi
	movsd	-144(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movb	$2, %al
	callq	_printf
	movaps	l___const.main.arr+16(%rip), %xmm0
	movaps	%xmm0, -112(%rbp)
	movaps	l___const.main.arr(%rip), %xmm0
	movaps	%xmm0, -128(%rbp)
	movl	_vsel(%rip), %eax
	movl	%eax, -136(%rbp)
	leaq	_add_ctx(%rip), %rdx
	leaq	-128(%rbp), %rbx
	leaq	-136(%rbp), %rcx
	movq	%rbx, %rdi
	movl	$8, %esi
	callq	_for_each
	movl	$0, -132(%rbp)
	leaq	_count_even(%rip), %rdx
	leaq	-132(%rbp), %rcx
	movq	%rbx, %rdi
	movl	$8, %esi
	callq	_for_each
	leaq	L_.str.5(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-128(%rbp), %esi
	leaq	L_.str.6(%rip), %rbx
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-124(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-120(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-116(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-112(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-108(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-104(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-100(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-132(%rbp), %esi
	leaq	L_.str.7(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.11(%rip), %rbx
	leaq	L_.str.8(%rip), %rsi
	movsd	LCPI12_5(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rbx, %rdi
	movb	$1, %al
	callq	_printf
	leaq	L_.str.9(%rip), %rsi
	movsd	LCPI12_6(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rbx, %rdi
	movb	$1, %al
	callq	_printf
	leaq	L_.str.10(%rip), %rsi
	movsd	LCPI12_7(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rbx, %rdi
	movb	$1, %al
	callq	_printf
	leaq	L_.str.12(%rip), %rdi
	movsd	LCPI12_8(%rip), %xmm0           ## xmm0 = mem[0],zero
	movb	$1, %al
	callq	_printf
	movl	_vsel(%rip), %edi
	addl	$1, %edi
	callq	_choose
	movl	$84, %edi
	movl	$36, %esi
	callq	*%rax
	leaq	L_.str.13(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB12_2
## %bb.1:
	xorl	%eax, %eax
	addq	$104, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB12_2:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function add_ctx
_add_ctx:                               ## @add_ctx
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	(%rsi), %eax
	addl	%eax, (%rdi)
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function count_even
_count_even:                            ## @count_even
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	(%rdi), %eax
	notl	%eax
	andl	$1, %eax
	addl	%eax, (%rsi)
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vsel                           ## @vsel
	.p2align	2
_vsel:
	.long	3                               ## 0x3

	.section	__DATA,__const
	.p2align	4                               ## @ops
_ops:
	.quad	_add
	.quad	_sub
	.quad	_mul
	.quad	_maxl
	.quad	_gcdl

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%s fold = %ld, direct(%d,7) = %ld\n"

L_.str.1:                               ## @.str.1
	.asciz	"chosen(%d) = %ld\n"

L_.str.2:                               ## @.str.2
	.asciz	"same pointer: %d\n"

L_.str.3:                               ## @.str.3
	.asciz	"chain = %.2f\n"

L_.str.4:                               ## @.str.4
	.asciz	"apply_n(twice, 1, 10) = %.1f, apply_n(square, 1.5, 3) = %.4f\n"

	.section	__TEXT,__const
	.p2align	4                               ## @__const.main.arr
l___const.main.arr:
	.long	1                               ## 0x1
	.long	2                               ## 0x2
	.long	3                               ## 0x3
	.long	4                               ## 0x4
	.long	5                               ## 0x5
	.long	6                               ## 0x6
	.long	7                               ## 0x7
	.long	8                               ## 0x8

	.section	__TEXT,__cstring,cstring_literals
L_.str.5:                               ## @.str.5
	.asciz	"arr:"

L_.str.6:                               ## @.str.6
	.asciz	" %d"

L_.str.7:                               ## @.str.7
	.asciz	" evens=%d\n"

L_.str.8:                               ## @.str.8
	.asciz	"rect"

L_.str.9:                               ## @.str.9
	.asciz	"tri"

L_.str.10:                              ## @.str.10
	.asciz	"circle"

L_.str.11:                              ## @.str.11
	.asciz	"%s area %.3f\n"

L_.str.12:                              ## @.str.12
	.asciz	"total area %.3f\n"

L_.str.13:                              ## @.str.13
	.asciz	"via getter: %ld\n"

L_.str.14:                              ## @.str.14
	.asciz	"add"

L_.str.15:                              ## @.str.15
	.asciz	"sub"

L_.str.16:                              ## @.str.16
	.asciz	"mul"

L_.str.17:                              ## @.str.17
	.asciz	"max"

L_.str.18:                              ## @.str.18
	.asciz	"gcd"

.subsections_via_symbols
