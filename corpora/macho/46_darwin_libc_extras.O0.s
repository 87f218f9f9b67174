	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_checked_copy                   ## -- Begin function checked_copy
	.p2align	4, 0x90
_checked_copy:                          ## @checked_copy
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	-8(%rbp), %rdi
	movq	-24(%rbp), %rsi
	movq	-32(%rbp), %rdx
	movq	-16(%rbp), %rcx
	callq	___strlcpy_chk
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_checked_cat                    ## -- Begin function checked_cat
	.p2align	4, 0x90
_checked_cat:                           ## @checked_cat
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	-8(%rbp), %rdi
	movq	-24(%rbp), %rsi
	movq	-32(%rbp), %rdx
	movq	-16(%rbp), %rcx
	callq	___strlcat_chk
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_polar                          ## -- Begin function polar
	.p2align	4, 0x90
_polar:                                 ## @polar
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
	movq	%rdi, -24(%rbp)
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	movsd	%xmm0, -40(%rbp)                ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_sin
	movaps	%xmm0, %xmm1
	movsd	-40(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movq	-24(%rbp), %rax
	movsd	%xmm0, (%rax)
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	movsd	%xmm0, -32(%rbp)                ## 8-byte Spill
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	_cos
	movaps	%xmm0, %xmm1
	movsd	-32(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function fpolar
LCPI3_0:
	.long	0x40000000                      ## float 2
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_fpolar
	.p2align	4, 0x90
_fpolar:                                ## @fpolar
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movss	%xmm0, -4(%rbp)
	movss	%xmm1, -8(%rbp)
	movss	-4(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -12(%rbp)                ## 4-byte Spill
	movss	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	callq	_sinf
	movss	%xmm0, -16(%rbp)                ## 4-byte Spill
	movss	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	callq	_cosf
	movss	-16(%rbp), %xmm2                ## 4-byte Reload
                                        ## xmm2 = mem[0],zero,zero,zero
	movaps	%xmm0, %xmm3
	movss	-12(%rbp), %xmm0                ## 4-byte Reload
                                        ## xmm0 = mem[0],zero,zero,zero
	movss	LCPI3_0(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm3, %xmm1
	mulss	%xmm2, %xmm0
	addss	%xmm1, %xmm0
	addq	$16, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function decibels
LCPI4_0:
	.quad	0x4024000000000000              ## double 10
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_decibels
	.p2align	4, 0x90
_decibels:                              ## @decibels
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero
	movsd	LCPI4_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	divsd	%xmm0, %xmm1
	movsd	LCPI4_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_pow
	addq	$16, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI5_0:
	.quad	0xc008000000000000              ## double -3
LCPI5_1:
	.quad	0x4024000000000000              ## double 10
LCPI5_3:
	.quad	0x4000000000000000              ## double 2
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2
LCPI5_2:
	.long	0x40400000                      ## float 3
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
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -36(%rbp)
	leaq	-32(%rbp), %rdi
	leaq	L_.str(%rip), %rsi
	movl	$16, %edx
	callq	_strlcpy
	movq	%rax, -48(%rbp)
	movq	-48(%rbp), %rsi
	leaq	-32(%rbp), %rdx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-32(%rbp), %rdi
	movq	_vsize(%rip), %rdx
	leaq	L_.str.2(%rip), %rsi
	callq	_strlcpy
	movq	%rax, -48(%rbp)
	movq	-48(%rbp), %rsi
	leaq	-32(%rbp), %rdx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-32(%rbp), %rdi
	leaq	L_.str.3(%rip), %rsi
	movl	$16, %edx
	callq	_strlcat
	movq	%rax, -48(%rbp)
	movq	-48(%rbp), %rsi
	leaq	-32(%rbp), %rdx
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-32(%rbp), %rdi
	leaq	L_.str.5(%rip), %rsi
	movl	$16, %edx
	callq	_strlcat
	movq	%rax, -48(%rbp)
	movq	-48(%rbp), %rsi
	leaq	-32(%rbp), %rdx
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-32(%rbp), %rdi
	leaq	L_.str.6(%rip), %rsi
	movl	$4, %edx
	callq	_strlcat
	movq	%rax, -48(%rbp)
	movq	-48(%rbp), %rsi
	leaq	-32(%rbp), %rdx
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-32(%rbp), %rdi
	leaq	L_.str.8(%rip), %rsi
	xorl	%eax, %eax
	movl	%eax, %edx
	callq	_strlcpy
	movq	%rax, -48(%rbp)
	movq	-48(%rbp), %rsi
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-32(%rbp), %rdi
	movq	_vsize(%rip), %rcx
	movl	$16, %esi
	leaq	L_.str.10(%rip), %rdx
	callq	_checked_copy
	movq	%rax, -48(%rbp)
	movq	-48(%rbp), %rsi
	leaq	-32(%rbp), %rdx
	leaq	L_.str.11(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-32(%rbp), %rdi
	movl	$16, %ecx
	leaq	L_.str.12(%rip), %rdx
	movq	%rcx, %rsi
	callq	_checked_cat
	movq	%rax, -48(%rbp)
	movq	-48(%rbp), %rsi
	leaq	-32(%rbp), %rdx
	leaq	L_.str.13(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movsd	_vx(%rip), %xmm1                ## xmm1 = mem[0],zero
	movsd	LCPI5_3(%rip), %xmm0            ## xmm0 = mem[0],zero
	leaq	-56(%rbp), %rdi
	callq	_polar
	movsd	%xmm0, -64(%rbp)
	movsd	-64(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	-56(%rbp), %xmm1                ## xmm1 = mem[0],zero
	leaq	L_.str.14(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movss	_vf(%rip), %xmm1                ## xmm1 = mem[0],zero,zero,zero
	movss	LCPI5_2(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	callq	_fpolar
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.15(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movsd	_vx(%rip), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI5_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	%xmm1, %xmm0
	callq	_decibels
	movsd	%xmm0, -72(%rbp)                ## 8-byte Spill
	movsd	LCPI5_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_decibels
	movaps	%xmm0, %xmm1
	movsd	-72(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.16(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB5_2
## %bb.1:
	xorl	%eax, %eax
	addq	$80, %rsp
	popq	%rbp
	retq
LBB5_2:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vx                             ## @vx
	.p2align	3
_vx:
	.quad	0x3fe8000000000000              ## double 0.75

	.globl	_vf                             ## @vf
	.p2align	2
_vf:
	.long	0x3fa00000                      ## float 1.25

	.globl	_vsize                          ## @vsize
	.p2align	3
_vsize:
	.quad	10                              ## 0xa

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"a long source string"

L_.str.1:                               ## @.str.1
	.asciz	"strlcpy: %zu '%s'\n"

L_.str.2:                               ## @.str.2
	.asciz	"short"

L_.str.3:                               ## @.str.3
	.asciz	"+tail"

L_.str.4:                               ## @.str.4
	.asciz	"strlcat: %zu '%s'\n"

L_.str.5:                               ## @.str.5
	.asciz	"-overflowing"

L_.str.6:                               ## @.str.6
	.asciz	"x"

L_.str.7:                               ## @.str.7
	.asciz	"strlcat full: %zu '%s'\n"

L_.str.8:                               ## @.str.8
	.asciz	"zero"

L_.str.9:                               ## @.str.9
	.asciz	"strlcpy size 0: %zu\n"

L_.str.10:                              ## @.str.10
	.asciz	"checked copy"

L_.str.11:                              ## @.str.11
	.asciz	"strlcpy_chk: %zu '%s'\n"

L_.str.12:                              ## @.str.12
	.asciz	"++"

L_.str.13:                              ## @.str.13
	.asciz	"strlcat_chk: %zu '%s'\n"

L_.str.14:                              ## @.str.14
	.asciz	"polar: %.9f %.9f\n"

L_.str.15:                              ## @.str.15
	.asciz	"fpolar: %.5f\n"

L_.str.16:                              ## @.str.16
	.asciz	"decibels: %.6f %.6f\n"

.subsections_via_symbols
