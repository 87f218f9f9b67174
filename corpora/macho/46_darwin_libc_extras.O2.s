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
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	%rax, %rcx
	popq	%rbp
	jmp	___strlcpy_chk                  ## TAILCALL
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
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	%rax, %rcx
	popq	%rbp
	jmp	___strlcat_chk                  ## TAILCALL
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
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -24
	movq	%rdi, %rbx
	movsd	%xmm0, -16(%rbp)                ## 8-byte Spill
	movapd	%xmm1, %xmm0
	callq	___sincos_stret
	movsd	-16(%rbp), %xmm2                ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm0
	movsd	%xmm0, (%rbx)
	mulsd	%xmm1, %xmm2
	movapd	%xmm2, %xmm0
	addq	$8, %rsp
	popq	%rbx
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_fpolar                         ## -- Begin function fpolar
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
	movss	%xmm0, -4(%rbp)                 ## 4-byte Spill
	movaps	%xmm1, %xmm0
	callq	___sincosf_stret
	movshdup	%xmm0, %xmm1                    ## xmm1 = xmm0[1,1,3,3]
	addss	%xmm1, %xmm1
	mulss	-4(%rbp), %xmm0                 ## 4-byte Folded Reload
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
	divsd	LCPI4_0(%rip), %xmm0
	popq	%rbp
	jmp	___exp10                        ## TAILCALL
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI5_0:
	.quad	0x4000000000000000              ## double 2
LCPI5_2:
	.quad	0x4024000000000000              ## double 10
LCPI5_3:
	.quad	0xc008000000000000              ## double -3
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2
LCPI5_1:
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
	pushq	%r14
	pushq	%rbx
	subq	$48, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -24(%rbp)
	leaq	L_.str(%rip), %rsi
	leaq	-48(%rbp), %rbx
	movl	$16, %edx
	movq	%rbx, %rdi
	callq	_strlcpy
	leaq	L_.str.1(%rip), %r14
	movq	%r14, %rdi
	movq	%rax, %rsi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	movq	_vsize(%rip), %rdx
	leaq	L_.str.2(%rip), %rsi
	movq	%rbx, %rdi
	callq	_strlcpy
	movq	%r14, %rdi
	movq	%rax, %rsi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.3(%rip), %rsi
	movl	$16, %edx
	movq	%rbx, %rdi
	callq	_strlcat
	leaq	L_.str.4(%rip), %r14
	movq	%r14, %rdi
	movq	%rax, %rsi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.5(%rip), %rsi
	movl	$16, %edx
	movq	%rbx, %rdi
	callq	_strlcat
	movq	%r14, %rdi
	movq	%rax, %rsi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.6(%rip), %rsi
	movl	$4, %edx
	movq	%rbx, %rdi
	callq	_strlcat
	leaq	L_.str.7(%rip), %rdi
	movq	%rax, %rsi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.8(%rip), %rsi
	movq	%rbx, %rdi
	xorl	%edx, %edx
	callq	_strlcpy
	leaq	L_.str.9(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	_vsize(%rip), %rcx
	leaq	L_.str.10(%rip), %rdx
	movl	$16, %esi
	movq	%rbx, %rdi
	callq	_checked_copy
	leaq	L_.str.11(%rip), %rdi
	movq	%rax, %rsi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.12(%rip), %rdx
	movl	$16, %esi
	movl	$16, %ecx
	movq	%rbx, %rdi
	callq	_checked_cat
	leaq	L_.str.13(%rip), %rdi
	movq	%rax, %rsi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	movsd	_vx(%rip), %xmm1                ## xmm1 = mem[0],zero
	movsd	LCPI5_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	leaq	-64(%rbp), %rdi
	callq	_polar
	movsd	-64(%rbp), %xmm1                ## xmm1 = mem[0],zero
	leaq	L_.str.14(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movss	_vf(%rip), %xmm1                ## xmm1 = mem[0],zero,zero,zero
	movss	LCPI5_1(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	callq	_fpolar
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.15(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movsd	_vx(%rip), %xmm0                ## xmm0 = mem[0],zero
	mulsd	LCPI5_2(%rip), %xmm0
	callq	_decibels
	movsd	%xmm0, -56(%rbp)                ## 8-byte Spill
	movsd	LCPI5_3(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_decibels
	movaps	%xmm0, %xmm1
	leaq	L_.str.16(%rip), %rdi
	movsd	-56(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movb	$2, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-24(%rbp), %rax
	jne	LBB5_2
## %bb.1:
	xorl	%eax, %eax
	addq	$48, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
LBB5_2:
	callq	___stack_chk_fail
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
