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
                                        ## kill: def $esi killed $esi def $rsi
	shlq	$32, %rsi
	movl	%edi, %eax
	orq	%rsi, %rax
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
	movq	%rdi, %rax
	shrq	$32, %rax
	shlq	$33, %rdi
	orq	%rdi, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function make_mix
LCPI2_0:
	.quad	0x3fe0000000000000              ## double 0.5
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
                                        ## kill: def $edi killed $edi def $rdi
	leal	(%rdi,%rdi,2), %eax
	mulsd	LCPI2_0(%rip), %xmm0
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
	movl	%edi, %eax
	imull	%esi, %eax
	cvtsi2sd	%esi, %xmm1
	mulsd	%xmm1, %xmm0
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
	addsd	%xmm2, %xmm0
	subsd	%xmm3, %xmm1
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
	movq	%rdi, %rax
	movq	%rsi, (%rdi)
	leaq	-1(%rsi,%rsi), %rcx
	movq	%rcx, 8(%rdi)
	leaq	-2(%rsi,%rsi,2), %rcx
	movq	%rcx, 16(%rdi)
	leaq	-3(,%rsi,4), %rcx
	movq	%rcx, 24(%rdi)
	leaq	(%rsi,%rsi,4), %rcx
	addq	$-4, %rcx
	movq	%rcx, 32(%rdi)
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
	movq	%rdi, %rax
	movdqu	40(%rbp), %xmm0
	movq	%rsi, %xmm1
	pshufd	$68, %xmm1, %xmm1               ## xmm1 = xmm1[0,1,0,1]
	paddq	%xmm1, %xmm0
	pshufd	$78, %xmm0, %xmm0               ## xmm0 = xmm0[2,3,0,1]
	movdqu	%xmm0, (%rdi)
	movdqu	24(%rbp), %xmm0
	paddq	%xmm1, %xmm0
	pshufd	$78, %xmm0, %xmm0               ## xmm0 = xmm0[2,3,0,1]
	movdqu	%xmm0, 16(%rdi)
	addq	16(%rbp), %rsi
	movq	%rsi, 32(%rdi)
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
	movdqu	24(%rbp), %xmm0
	movdqu	40(%rbp), %xmm1
	paddq	%xmm0, %xmm1
	pshufd	$238, %xmm1, %xmm0              ## xmm0 = xmm1[2,3,2,3]
	paddq	%xmm1, %xmm0
	movq	%xmm0, %rax
	addq	16(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function mid_fpair
LCPI8_0:
	.long	0x3f000000                      ## float 0.5
	.long	0x3f000000                      ## float 0.5
	.space	4
	.space	4
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
	addps	%xmm1, %xmm0
	mulps	LCPI8_0(%rip), %xmm0
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
	movslq	%edi, %rcx
	imulq	$1321528399, %rcx, %rax         ## imm = 0x4EC4EC4F
	movq	%rax, %rdx
	shrq	$63, %rdx
	sarq	$35, %rax
	addl	%edx, %eax
	leal	(%rax,%rax,4), %edx
	leal	(%rdx,%rdx,4), %edx
	addl	%eax, %edx
	imull	$1000, %ecx, %esi               ## imm = 0x3E8
	shlq	$32, %rsi
	negl	%edx
	leal	(%rcx,%rdx), %eax
	addl	$65, %eax
                                        ## kill: def $ecx killed $ecx killed $rcx def $rcx
	shll	$16, %ecx
	leal	(%rcx,%rcx,2), %ecx
	negl	%ecx
	orq	%rsi, %rcx
	orq	%rcx, %rax
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
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	subq	$72, %rsp
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movsd	%xmm5, -56(%rbp)                ## 8-byte Spill
	movl	%ecx, %r14d
	movsd	%xmm4, -48(%rbp)                ## 8-byte Spill
	movsd	%xmm3, -40(%rbp)                ## 8-byte Spill
	movq	%rdx, %r15
	addl	%edi, %esi
	shrq	$32, %rdi
	movq	%rdx, %rbx
	addl	%edi, %esi
	xorps	%xmm3, %xmm3
	cvtsi2sd	%esi, %xmm3
	shrq	$32, %rbx
	addsd	%xmm3, %xmm0
	addsd	%xmm1, %xmm0
	addsd	%xmm2, %xmm0
	movsd	%xmm0, -32(%rbp)                ## 8-byte Spill
	movq	48(%rbp), %rax
	movq	%rax, 32(%rsp)
	movaps	16(%rbp), %xmm0
	movaps	32(%rbp), %xmm1
	movups	%xmm1, 16(%rsp)
	movups	%xmm0, (%rsp)
	callq	_sum_big
	xorps	%xmm0, %xmm0
	cvtsi2sd	%rax, %xmm0
	addsd	-32(%rbp), %xmm0                ## 8-byte Folded Reload
	xorps	%xmm1, %xmm1
	cvtsi2sd	%r15d, %xmm1
	xorps	%xmm2, %xmm2
	cvtsi2sd	%ebx, %xmm2
	addsd	%xmm0, %xmm1
	subsd	%xmm2, %xmm1
	movsd	-40(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	mulsd	-48(%rbp), %xmm0                ## 8-byte Folded Reload
	addsd	%xmm1, %xmm0
	movapd	%xmm0, %xmm1
	xorps	%xmm0, %xmm0
	cvtsi2sd	%r14d, %xmm0
	addsd	%xmm1, %xmm0
	addsd	-56(%rbp), %xmm0                ## 8-byte Folded Reload
	addq	$72, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI11_0:
	.quad	0x401e000000000000              ## double 7.5
LCPI11_1:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI11_2:
	.quad	0x3ff4000000000000              ## double 1.25
LCPI11_3:
	.quad	0x4004000000000000              ## double 2.5
LCPI11_4:
	.quad	0x3fc0000000000000              ## double 0.125
LCPI11_7:
	.quad	0x4008000000000000              ## double 3
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4
LCPI11_5:
	.space	4
	.long	0xc0800000                      ## float -4
	.space	4
	.space	4
LCPI11_6:
	.long	0x3f800000                      ## float 1
	.long	0x40000000                      ## float 2
	.space	4
	.space	4
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
	subq	$232, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	_seed(%rip), %r12d
	leal	10(%r12), %esi
	movl	%r12d, %edi
	callq	_make_pair
	movq	%rax, %rbx
	movq	%rax, %rdx
	shrq	$32, %rdx
	leaq	L_.str(%rip), %rdi
	xorl	%r15d, %r15d
	movl	%ebx, %esi
                                        ## kill: def $edx killed $edx killed $rdx
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, %rdi
	callq	_swap_pair
	movq	%rax, %r14
	movq	%rax, %rdx
	shrq	$32, %rdx
	leaq	L_.str.1(%rip), %rdi
	movl	%r14d, %esi
                                        ## kill: def $edx killed $edx killed $rdx
	xorl	%eax, %eax
	callq	_printf
	movsd	LCPI11_0(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	%r12d, %edi
	callq	_make_mix
	movl	%eax, %ebx
	movsd	%xmm0, -48(%rbp)                ## 8-byte Spill
	leaq	L_.str.2(%rip), %rdi
	movl	%eax, %esi
	movb	$1, %al
	callq	_printf
	movl	%ebx, %edi
	movsd	-48(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movl	$-3, %esi
	callq	_scale_mix
	movl	%eax, -48(%rbp)                 ## 4-byte Spill
	movsd	%xmm0, -112(%rbp)               ## 8-byte Spill
	leaq	L_.str.3(%rip), %rdi
	movl	%eax, %esi
	movb	$1, %al
	callq	_printf
	cvtsi2sd	%r12d, %xmm2
	mulsd	LCPI11_1(%rip), %xmm2
	movsd	LCPI11_2(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	LCPI11_3(%rip), %xmm1           ## xmm1 = mem[0],zero
	movsd	LCPI11_4(%rip), %xmm3           ## xmm3 = mem[0],zero
	callq	_add_dpair
	movsd	%xmm0, -104(%rbp)               ## 8-byte Spill
	movsd	%xmm1, -96(%rbp)                ## 8-byte Spill
	leaq	L_.str.4(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movslq	%r12d, %r12
	leaq	-152(%rbp), %rdi
	movq	%r12, %rsi
	callq	_make_big
	leaq	L_.str.5(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-152(%rbp), %rsi
	leaq	L_.str.6(%rip), %r13
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-144(%rbp), %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-136(%rbp), %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-128(%rbp), %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-120(%rbp), %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	movq	-120(%rbp), %rax
	movq	%rax, 32(%rsp)
	movups	-152(%rbp), %xmm0
	movups	-136(%rbp), %xmm1
	movups	%xmm1, 16(%rsp)
	movups	%xmm0, (%rsp)
	leaq	-88(%rbp), %rdi
	movl	$100, %esi
	callq	_twist_big
	leaq	L_.str.8(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-88(%rbp), %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-80(%rbp), %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-72(%rbp), %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-64(%rbp), %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-56(%rbp), %rsi
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-56(%rbp), %rax
	movq	%rax, 32(%rsp)
	movups	-88(%rbp), %xmm0
	movups	-72(%rbp), %xmm1
	movups	%xmm1, 16(%rsp)
	movups	%xmm0, (%rsp)
	callq	_sum_big
	leaq	L_.str.9(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	xorps	%xmm1, %xmm1
	cvtsi2ss	%r12d, %xmm1
	blendps	$14, LCPI11_5(%rip), %xmm1      ## xmm1 = xmm1[0],mem[1,2,3]
	movaps	LCPI11_6(%rip), %xmm0           ## xmm0 = <1.0E+0,2.0E+0,u,u>
	callq	_mid_fpair
	cvtss2sd	%xmm0, %xmm2
	movshdup	%xmm0, %xmm0                    ## xmm0 = xmm0[1,1,3,3]
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	leaq	L_.str.10(%rip), %rdi
	movaps	%xmm2, %xmm0
	movb	$2, %al
	callq	_printf
	addl	$30, %r12d
	movl	%r12d, %edi
	callq	_make_cshort
	movq	%rax, %rcx
	shrq	$32, %rcx
	movsbl	%al, %esi
	sarl	$16, %eax
	leaq	L_.str.11(%rip), %rdi
	movl	%eax, %edx
                                        ## kill: def $ecx killed $ecx killed $rcx
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %edi
	movl	$2, %esi
	callq	_make_pair
	movq	%rax, %rbx
	movsd	LCPI11_7(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	$2, %edi
	callq	_make_mix
	movaps	%xmm0, %xmm5
	movq	-56(%rbp), %rcx
	movq	%rcx, 32(%rsp)
	movups	-88(%rbp), %xmm0
	movups	-72(%rbp), %xmm1
	movups	%xmm1, 16(%rsp)
	movups	%xmm0, (%rsp)
	movq	%r14, %rdi
	movl	-48(%rbp), %esi                 ## 4-byte Reload
	movsd	-112(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	-104(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-96(%rbp), %xmm2                ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movq	%rbx, %rdx
	movsd	LCPI11_2(%rip), %xmm3           ## xmm3 = mem[0],zero
	movsd	LCPI11_3(%rip), %xmm4           ## xmm4 = mem[0],zero
	movl	%eax, %ecx
	callq	_combine
	leaq	L_.str.12(%rip), %rdi
	movb	$1, %al
	callq	_printf
	leaq	-232(%rbp), %r12
	xorl	%r13d, %r13d
	xorl	%ebx, %ebx
	.p2align	4, 0x90
LBB11_1:                                ## =>This Inner Loop Header: Depth=1
	leaq	-192(%rbp), %rdi
	movq	%r13, %rsi
	callq	_make_big
	movq	-160(%rbp), %rax
	movq	%rax, 32(%rsp)
	movups	-192(%rbp), %xmm0
	movups	-176(%rbp), %xmm1
	movups	%xmm1, 16(%rsp)
	movups	%xmm0, (%rsp)
	movq	%r12, %rdi
	movq	%r13, %rsi
	callq	_twist_big
	movq	-200(%rbp), %rax
	movq	%rax, 32(%rsp)
	movups	-232(%rbp), %xmm0
	movups	-216(%rbp), %xmm1
	movups	%xmm1, 16(%rsp)
	movups	%xmm0, (%rsp)
	callq	_sum_big
	movq	%rax, %r14
	movl	%r13d, %edi
	movl	%r15d, %esi
	callq	_make_pair
	movq	%rax, %rdi
	callq	_swap_pair
	sarq	$32, %rax
	addq	%r14, %rbx
	addq	%rax, %rbx
	addq	$1, %r13
	addl	$-1, %r15d
	cmpq	$10, %r13
	jne	LBB11_1
## %bb.2:
	leaq	L_.str.13(%rip), %rdi
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	xorl	%eax, %eax
	addq	$232, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
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

L_.str.4:                               ## @.str.4
	.asciz	"dpair: %.4f %.4f\n"

L_.str.5:                               ## @.str.5
	.asciz	"big:"

L_.str.6:                               ## @.str.6
	.asciz	" %ld"

L_.str.8:                               ## @.str.8
	.asciz	"twisted:"

L_.str.9:                               ## @.str.9
	.asciz	"  sum=%ld\n"

L_.str.10:                              ## @.str.10
	.asciz	"fpair mid: %.3f %.3f\n"

L_.str.11:                              ## @.str.11
	.asciz	"cshort: %c %d %d\n"

L_.str.12:                              ## @.str.12
	.asciz	"combine: %.4f\n"

L_.str.13:                              ## @.str.13
	.asciz	"chain: %ld\n"

.subsections_via_symbols
