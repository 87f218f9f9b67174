	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_cmp_flags                      ## -- Begin function cmp_flags
	.p2align	4, 0x90
_cmp_flags:                             ## @cmp_flags
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	xorl	%r10d, %r10d
	xorl	%eax, %eax
	ucomisd	%xmm0, %xmm1
	seta	%r10b
	setae	%al
	leal	(%r10,%rax,2), %r8d
	movapd	%xmm0, %xmm2
	cmpeqsd	%xmm1, %xmm2
	movq	%xmm2, %rdi
	andl	$1, %edi
	shll	$4, %edi
	xorl	%esi, %esi
	xorl	%r9d, %r9d
	xorl	%edx, %edx
	xorl	%eax, %eax
	ucomisd	%xmm1, %xmm0
	seta	%sil
	leal	(%r8,%rsi,4), %esi
	setae	%r9b
	leal	(%rsi,%r9,8), %esi
	setp	%dl
	setne	%al
	orl	%edi, %esi
	movl	%eax, %ecx
	orb	%dl, %cl
	movzbl	%cl, %ecx
	shll	$5, %ecx
	shll	$6, %edx
	orl	%ecx, %edx
	shll	$7, %r10d
	orl	%edx, %r10d
	shll	$8, %eax
	orl	%r10d, %eax
	orl	%esi, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_pick_max                       ## -- Begin function pick_max
	.p2align	4, 0x90
_pick_max:                              ## @pick_max
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	maxsd	%xmm1, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_branch_nan                     ## -- Begin function branch_nan
	.p2align	4, 0x90
_branch_nan:                            ## @branch_nan
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	xorpd	%xmm1, %xmm1
	xorl	%ecx, %ecx
	ucomisd	%xmm0, %xmm1
	seta	%cl
	xorl	$3, %ecx
	ucomisd	%xmm0, %xmm0
	movl	$1, %eax
	cmovpl	%ecx, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function main
LCPI3_0:
	.quad	0x8000000000000000              ## double -0
	.quad	0x8000000000000000              ## double -0
LCPI3_1:
	.quad	0x7fffffffffffffff              ## double NaN
	.quad	0x7fffffffffffffff              ## double NaN
LCPI3_5:
	.quad	0x4008000000000000              ## double 3
	.quad	0x4008000000000000              ## double 3
LCPI3_29:
	.long	1127219200                      ## 0x43300000
	.long	1160773632                      ## 0x45300000
	.long	0                               ## 0x0
	.long	0                               ## 0x0
LCPI3_30:
	.quad	0x4330000000000000              ## double 4503599627370496
	.quad	0x4530000000000000              ## double 1.9342813113834067E+25
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3
LCPI3_2:
	.quad	0x7ff0000000000000              ## double +Inf
LCPI3_3:
	.quad	0xbff0000000000000              ## double -1
LCPI3_4:
	.quad	0x3ff0000000000000              ## double 1
LCPI3_6:
	.quad	0xc008000000000000              ## double -3
LCPI3_7:
	.quad	0x4000000000000000              ## double 2
LCPI3_8:
	.quad	0x4202a05f20000000              ## double 1.0E+10
LCPI3_9:
	.quad	0x3fd0000000000000              ## double 0.25
LCPI3_10:
	.quad	0xc004000000000000              ## double -2.5
LCPI3_11:
	.quad	0x3fdfffffffffffff              ## double 0.49999999999999994
LCPI3_12:
	.quad	0xbff8000000000000              ## double -1.5
LCPI3_13:
	.quad	0xbfe0000000000000              ## double -0.5
LCPI3_14:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI3_15:
	.quad	0x3ff8000000000000              ## double 1.5
LCPI3_16:
	.quad	0x4004000000000000              ## double 2.5
LCPI3_17:
	.quad	0x400599999999999a              ## double 2.7000000000000002
LCPI3_18:
	.quad	0xc00599999999999a              ## double -2.7000000000000002
LCPI3_19:
	.quad	0x430c6bf526340004              ## double 1000000000000000.5
LCPI3_20:
	.quad	0xc1e0000000000000              ## double -2147483648
LCPI3_21:
	.quad	0x41e0000000000000              ## double 2147483648
LCPI3_22:
	.quad	0x41f0000000000000              ## double 4294967296
LCPI3_23:
	.quad	0xc3e0000000000000              ## double -9.2233720368547758E+18
LCPI3_24:
	.quad	0x43e0000000000000              ## double 9.2233720368547758E+18
LCPI3_25:
	.quad	0x43f0000000000000              ## double 1.8446744073709552E+19
LCPI3_27:
	.quad	0x4059000000000000              ## double 100
LCPI3_28:
	.quad	0xc056800000000000              ## double -90
LCPI3_31:
	.quad	0xc000000000000000              ## double -2
LCPI3_32:
	.quad	0x401e000000000000              ## double 7.5
LCPI3_33:
	.quad	0x408f400000000000              ## double 1000
LCPI3_34:
	.quad	0x3fe8000000000000              ## double 0.75
LCPI3_35:
	.quad	0x0010000000000000              ## double 2.2250738585072014E-308
LCPI3_36:
	.quad	0x7fefffffffffffff              ## double 1.7976931348623157E+308
LCPI3_37:
	.quad	0x3e80000000000000              ## double 1.1920928955078125E-7
LCPI3_38:
	.quad	0x0000000000000000              ## double 0
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2
LCPI3_26:
	.long	0x3fb33333                      ## float 1.39999998
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
	subq	$168, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movsd	_vzero(%rip), %xmm0             ## xmm0 = mem[0],zero
	divsd	_vzero(%rip), %xmm0
	movapd	%xmm0, %xmm4
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	movsd	_vzero(%rip), %xmm1             ## xmm1 = mem[0],zero
	movsd	_vone(%rip), %xmm5              ## xmm5 = mem[0],zero
	xorpd	LCPI3_0(%rip), %xmm5
	unpcklpd	%xmm0, %xmm5                    ## xmm5 = xmm5[0],xmm0[0]
	movsd	_vzero(%rip), %xmm0             ## xmm0 = mem[0],zero
	unpcklpd	%xmm1, %xmm0                    ## xmm0 = xmm0[0],xmm1[0]
	divpd	%xmm0, %xmm5
	movapd	%xmm5, -112(%rbp)               ## 16-byte Spill
	movsd	_vzero(%rip), %xmm0             ## xmm0 = mem[0],zero
	movaps	%xmm0, -128(%rbp)               ## 16-byte Spill
	movapd	%xmm5, %xmm2
	unpckhpd	%xmm5, %xmm2                    ## xmm2 = xmm2[1],xmm5[1]
	movapd	%xmm2, -176(%rbp)               ## 16-byte Spill
	movapd	LCPI3_1(%rip), %xmm3            ## xmm3 = [NaN,NaN]
	movapd	%xmm5, %xmm0
	andpd	%xmm3, %xmm0
	movsd	LCPI3_2(%rip), %xmm1            ## xmm1 = mem[0],zero
	xorl	%ecx, %ecx
	ucomisd	%xmm1, %xmm0
	setae	%cl
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	andpd	%xmm3, %xmm0
	xorl	%r8d, %r8d
	ucomisd	%xmm1, %xmm0
	andpd	%xmm3, %xmm2
	setne	%r8b
	xorl	%edx, %edx
	xorl	%r9d, %r9d
	movapd	%xmm2, -208(%rbp)               ## 16-byte Spill
	ucomisd	%xmm1, %xmm2
	setae	%dl
	setne	%r9b
	xorl	%ebx, %ebx
	xorl	%r15d, %r15d
	ucomisd	%xmm4, %xmm4
	setp	%bl
	leaq	L_.str(%rip), %rdi
	setnp	%r15b
	xorl	%r14d, %r14d
	movl	%ebx, %esi
	xorl	%eax, %eax
	callq	_printf
	xorl	%esi, %esi
	movapd	-176(%rbp), %xmm0               ## 16-byte Reload
	movapd	-112(%rbp), %xmm1               ## 16-byte Reload
	ucomisd	%xmm1, %xmm0
	seta	%sil
	xorl	%edx, %edx
	ucomisd	%xmm0, %xmm0
	setnp	%dl
	movapd	%xmm0, %xmm2
	addsd	LCPI3_3(%rip), %xmm2
	leaq	L_.str.1(%rip), %rdi
	movb	$3, %al
	callq	_printf
	movsd	LCPI3_4(%rip), %xmm1            ## xmm1 = mem[0],zero
	xorl	%ecx, %ecx
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	ucomisd	%xmm0, %xmm1
	seta	%cl
	xorl	%r8d, %r8d
	ucomisd	%xmm1, %xmm0
	seta	%r8b
	leaq	L_.str.2(%rip), %rdi
	movl	%r15d, %esi
	movl	%ebx, -148(%rbp)                ## 4-byte Spill
	movl	%ebx, %edx
	movl	%r15d, %r9d
	xorl	%eax, %eax
	callq	_printf
	movsd	LCPI3_3(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	LCPI3_4(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_cmp_flags
	movl	%eax, %r12d
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	LCPI3_3(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_cmp_flags
	movl	%eax, %ebx
	movsd	LCPI3_3(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	callq	_cmp_flags
	leaq	L_.str.3(%rip), %r15
	movq	%r15, %rdi
	movsd	LCPI3_3(%rip), %xmm0            ## xmm0 = mem[0],zero
	movl	%r12d, %esi
	movaps	%xmm0, %xmm1
	movaps	%xmm0, %xmm2
	movl	%ebx, %edx
	movl	%eax, %ecx
	movb	$3, %al
	callq	_printf
	xorps	%xmm0, %xmm0
	movsd	LCPI3_4(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_cmp_flags
	movl	%eax, %r12d
	xorps	%xmm1, %xmm1
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	callq	_cmp_flags
	movl	%eax, %ebx
	xorps	%xmm0, %xmm0
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	callq	_cmp_flags
	xorps	%xmm0, %xmm0
	xorps	%xmm1, %xmm1
	xorps	%xmm2, %xmm2
	movq	%r15, %rdi
	movl	%r12d, %esi
	movl	%ebx, %edx
	movl	%eax, %ecx
	movb	$3, %al
	callq	_printf
	movsd	LCPI3_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	movaps	%xmm0, %xmm1
	callq	_cmp_flags
	movl	%eax, %r12d
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	LCPI3_4(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_cmp_flags
	movl	%eax, %ebx
	movsd	LCPI3_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	callq	_cmp_flags
	movq	%r15, %rdi
	movsd	LCPI3_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	movl	%r12d, %esi
	movaps	%xmm0, %xmm1
	movl	%ebx, %edx
	movaps	%xmm0, %xmm2
	movl	%eax, %ecx
	movb	$3, %al
	callq	_printf
	movaps	-128(%rbp), %xmm0               ## 16-byte Reload
	xorps	LCPI3_0(%rip), %xmm0
	movaps	%xmm0, -112(%rbp)               ## 16-byte Spill
	movsd	LCPI3_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_branch_nan
	movl	%eax, %r15d
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	callq	_branch_nan
	movl	%eax, %ebx
	movaps	-176(%rbp), %xmm0               ## 16-byte Reload
	callq	_branch_nan
	leaq	L_.str.4(%rip), %rdi
	movl	%r15d, %esi
	movl	%ebx, %edx
	movl	%eax, %ecx
	xorl	%eax, %eax
	callq	_printf
	movapd	-176(%rbp), %xmm1               ## 16-byte Reload
	movapd	%xmm1, %xmm0
	subsd	%xmm1, %xmm0
	xorl	%esi, %esi
	ucomisd	%xmm0, %xmm0
	setp	%sil
	movsd	_vzero(%rip), %xmm0             ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	xorl	%edx, %edx
	ucomisd	%xmm0, %xmm0
	setp	%dl
	leaq	L_.str.5(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movapd	-112(%rbp), %xmm1               ## 16-byte Reload
	movmskpd	%xmm1, %esi
	andl	$1, %esi
	xorpd	%xmm0, %xmm0
	cmpeqsd	-128(%rbp), %xmm0               ## 16-byte Folded Reload
	movq	%xmm0, %rdx
	andl	$1, %edx
	movsd	_vone(%rip), %xmm2              ## xmm2 = mem[0],zero
	divsd	%xmm1, %xmm2
	movapd	%xmm1, %xmm3
	andpd	LCPI3_0(%rip), %xmm3
	orpd	LCPI3_5(%rip), %xmm3
	leaq	L_.str.6(%rip), %rdi
	movapd	%xmm1, %xmm0
                                        ## kill: def $edx killed $edx killed $rdx
	movb	$4, %al
	callq	_printf
	movaps	-128(%rbp), %xmm0               ## 16-byte Reload
	andps	LCPI3_1(%rip), %xmm0
	movsd	_vzero(%rip), %xmm1             ## xmm1 = mem[0],zero
	xorps	LCPI3_0(%rip), %xmm1
	movapd	-112(%rbp), %xmm2               ## 16-byte Reload
	sqrtsd	%xmm2, %xmm2
	leaq	L_.str.7(%rip), %rdi
	movb	$3, %al
	callq	_printf
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movapd	%xmm1, %xmm0
	movsd	LCPI3_4(%rip), %xmm2            ## xmm2 = mem[0],zero
	minsd	%xmm2, %xmm0
	maxsd	%xmm2, %xmm1
	leaq	L_.str.8(%rip), %rdi
	movsd	LCPI3_6(%rip), %xmm3            ## xmm3 = mem[0],zero
	movsd	LCPI3_7(%rip), %xmm4            ## xmm4 = mem[0],zero
	movapd	%xmm0, %xmm2
	movb	$5, %al
	callq	_printf
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	LCPI3_4(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_pick_max
	cvttsd2si	%xmm0, %ebx
	movsd	LCPI3_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	callq	_pick_max
	xorl	%edx, %edx
	ucomisd	%xmm0, %xmm0
	setp	%dl
	leaq	L_.str.9(%rip), %rdi
	movl	%ebx, %esi
	xorl	%eax, %eax
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	addsd	%xmm0, %xmm0
	sqrtsd	%xmm0, %xmm0
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	mulsd	LCPI3_8(%rip), %xmm1
	sqrtsd	%xmm1, %xmm1
	movsd	_vone(%rip), %xmm2              ## xmm2 = mem[0],zero
	mulsd	LCPI3_9(%rip), %xmm2
	sqrtsd	%xmm2, %xmm2
	movsd	_vone(%rip), %xmm3              ## xmm3 = mem[0],zero
	xorpd	LCPI3_0(%rip), %xmm3
	sqrtsd	%xmm3, %xmm3
	xorl	%esi, %esi
	ucomisd	%xmm3, %xmm3
	setp	%sil
	leaq	L_.str.10(%rip), %rdi
	movb	$3, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	mulsd	LCPI3_10(%rip), %xmm0
	movapd	%xmm0, -144(%rbp)               ## 16-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$9, %xmm0, %xmm1
	movsd	%xmm1, -64(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$10, %xmm0, %xmm1
	movsd	%xmm1, -128(%rbp)               ## 8-byte Spill
	movapd	%xmm0, %xmm2
	andpd	LCPI3_0(%rip), %xmm2
	movsd	LCPI3_11(%rip), %xmm1           ## xmm1 = mem[0],zero
	orpd	%xmm1, %xmm2
	addsd	%xmm0, %xmm2
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm2, %xmm1
	movsd	%xmm1, -112(%rbp)               ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm0, %xmm1
	movsd	%xmm1, -88(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$4, %xmm0, %xmm1
	movsd	%xmm1, -80(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$12, %xmm0, %xmm1
	movsd	%xmm1, -72(%rbp)                ## 8-byte Spill
	callq	_lround
	movapd	-144(%rbp), %xmm0               ## 16-byte Reload
	cvtsd2si	%xmm0, %rdx
	leaq	L_.str.11(%rip), %rbx
	movq	%rbx, %rdi
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-128(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-112(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-88(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movsd	-80(%rbp), %xmm5                ## 8-byte Reload
                                        ## xmm5 = mem[0],zero
	movsd	-72(%rbp), %xmm6                ## 8-byte Reload
                                        ## xmm6 = mem[0],zero
	movq	%rax, %rsi
	movb	$7, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	mulsd	LCPI3_12(%rip), %xmm0
	movapd	%xmm0, -144(%rbp)               ## 16-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$9, %xmm0, %xmm1
	movsd	%xmm1, -64(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$10, %xmm0, %xmm1
	movsd	%xmm1, -128(%rbp)               ## 8-byte Spill
	movapd	%xmm0, %xmm2
	andpd	LCPI3_0(%rip), %xmm2
	movsd	LCPI3_11(%rip), %xmm1           ## xmm1 = mem[0],zero
	orpd	%xmm1, %xmm2
	addsd	%xmm0, %xmm2
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm2, %xmm1
	movsd	%xmm1, -112(%rbp)               ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm0, %xmm1
	movsd	%xmm1, -88(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$4, %xmm0, %xmm1
	movsd	%xmm1, -80(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$12, %xmm0, %xmm1
	movsd	%xmm1, -72(%rbp)                ## 8-byte Spill
	callq	_lround
	movapd	-144(%rbp), %xmm0               ## 16-byte Reload
	cvtsd2si	%xmm0, %rdx
	movq	%rbx, %rdi
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-128(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-112(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-88(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movsd	-80(%rbp), %xmm5                ## 8-byte Reload
                                        ## xmm5 = mem[0],zero
	movsd	-72(%rbp), %xmm6                ## 8-byte Reload
                                        ## xmm6 = mem[0],zero
	movq	%rax, %rsi
	movb	$7, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	mulsd	LCPI3_13(%rip), %xmm0
	movapd	%xmm0, -144(%rbp)               ## 16-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$9, %xmm0, %xmm1
	movsd	%xmm1, -64(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$10, %xmm0, %xmm1
	movsd	%xmm1, -128(%rbp)               ## 8-byte Spill
	movapd	%xmm0, %xmm2
	andpd	LCPI3_0(%rip), %xmm2
	movsd	LCPI3_11(%rip), %xmm1           ## xmm1 = mem[0],zero
	orpd	%xmm1, %xmm2
	addsd	%xmm0, %xmm2
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm2, %xmm1
	movsd	%xmm1, -112(%rbp)               ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm0, %xmm1
	movsd	%xmm1, -88(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$4, %xmm0, %xmm1
	movsd	%xmm1, -80(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$12, %xmm0, %xmm1
	movsd	%xmm1, -72(%rbp)                ## 8-byte Spill
	callq	_lround
	movapd	-144(%rbp), %xmm0               ## 16-byte Reload
	cvtsd2si	%xmm0, %rdx
	movq	%rbx, %rdi
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-128(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-112(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-88(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movsd	-80(%rbp), %xmm5                ## 8-byte Reload
                                        ## xmm5 = mem[0],zero
	movsd	-72(%rbp), %xmm6                ## 8-byte Reload
                                        ## xmm6 = mem[0],zero
	movq	%rax, %rsi
	movb	$7, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	mulsd	LCPI3_14(%rip), %xmm0
	movapd	%xmm0, -144(%rbp)               ## 16-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$9, %xmm0, %xmm1
	movsd	%xmm1, -64(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$10, %xmm0, %xmm1
	movsd	%xmm1, -128(%rbp)               ## 8-byte Spill
	movapd	%xmm0, %xmm2
	andpd	LCPI3_0(%rip), %xmm2
	movsd	LCPI3_11(%rip), %xmm1           ## xmm1 = mem[0],zero
	orpd	%xmm1, %xmm2
	addsd	%xmm0, %xmm2
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm2, %xmm1
	movsd	%xmm1, -112(%rbp)               ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm0, %xmm1
	movsd	%xmm1, -88(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$4, %xmm0, %xmm1
	movsd	%xmm1, -80(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$12, %xmm0, %xmm1
	movsd	%xmm1, -72(%rbp)                ## 8-byte Spill
	callq	_lround
	movapd	-144(%rbp), %xmm0               ## 16-byte Reload
	cvtsd2si	%xmm0, %rdx
	movq	%rbx, %rdi
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-128(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-112(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-88(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movsd	-80(%rbp), %xmm5                ## 8-byte Reload
                                        ## xmm5 = mem[0],zero
	movsd	-72(%rbp), %xmm6                ## 8-byte Reload
                                        ## xmm6 = mem[0],zero
	movq	%rax, %rsi
	movb	$7, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	mulsd	LCPI3_15(%rip), %xmm0
	movapd	%xmm0, -144(%rbp)               ## 16-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$9, %xmm0, %xmm1
	movsd	%xmm1, -64(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$10, %xmm0, %xmm1
	movsd	%xmm1, -128(%rbp)               ## 8-byte Spill
	movapd	%xmm0, %xmm2
	andpd	LCPI3_0(%rip), %xmm2
	movsd	LCPI3_11(%rip), %xmm1           ## xmm1 = mem[0],zero
	orpd	%xmm1, %xmm2
	addsd	%xmm0, %xmm2
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm2, %xmm1
	movsd	%xmm1, -112(%rbp)               ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm0, %xmm1
	movsd	%xmm1, -88(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$4, %xmm0, %xmm1
	movsd	%xmm1, -80(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$12, %xmm0, %xmm1
	movsd	%xmm1, -72(%rbp)                ## 8-byte Spill
	callq	_lround
	movapd	-144(%rbp), %xmm0               ## 16-byte Reload
	cvtsd2si	%xmm0, %rdx
	movq	%rbx, %rdi
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-128(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-112(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-88(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movsd	-80(%rbp), %xmm5                ## 8-byte Reload
                                        ## xmm5 = mem[0],zero
	movsd	-72(%rbp), %xmm6                ## 8-byte Reload
                                        ## xmm6 = mem[0],zero
	movq	%rax, %rsi
	movb	$7, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	mulsd	LCPI3_16(%rip), %xmm0
	movapd	%xmm0, -144(%rbp)               ## 16-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$9, %xmm0, %xmm1
	movsd	%xmm1, -64(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$10, %xmm0, %xmm1
	movsd	%xmm1, -128(%rbp)               ## 8-byte Spill
	movapd	%xmm0, %xmm2
	andpd	LCPI3_0(%rip), %xmm2
	movsd	LCPI3_11(%rip), %xmm1           ## xmm1 = mem[0],zero
	orpd	%xmm1, %xmm2
	addsd	%xmm0, %xmm2
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm2, %xmm1
	movsd	%xmm1, -112(%rbp)               ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm0, %xmm1
	movsd	%xmm1, -88(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$4, %xmm0, %xmm1
	movsd	%xmm1, -80(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$12, %xmm0, %xmm1
	movsd	%xmm1, -72(%rbp)                ## 8-byte Spill
	callq	_lround
	movapd	-144(%rbp), %xmm0               ## 16-byte Reload
	cvtsd2si	%xmm0, %rdx
	movq	%rbx, %rdi
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-128(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-112(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-88(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movsd	-80(%rbp), %xmm5                ## 8-byte Reload
                                        ## xmm5 = mem[0],zero
	movsd	-72(%rbp), %xmm6                ## 8-byte Reload
                                        ## xmm6 = mem[0],zero
	movq	%rax, %rsi
	movb	$7, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	mulsd	LCPI3_17(%rip), %xmm0
	movapd	%xmm0, -144(%rbp)               ## 16-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$9, %xmm0, %xmm1
	movsd	%xmm1, -64(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$10, %xmm0, %xmm1
	movsd	%xmm1, -128(%rbp)               ## 8-byte Spill
	movapd	%xmm0, %xmm2
	andpd	LCPI3_0(%rip), %xmm2
	movsd	LCPI3_11(%rip), %xmm1           ## xmm1 = mem[0],zero
	orpd	%xmm1, %xmm2
	addsd	%xmm0, %xmm2
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm2, %xmm1
	movsd	%xmm1, -112(%rbp)               ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm0, %xmm1
	movsd	%xmm1, -88(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$4, %xmm0, %xmm1
	movsd	%xmm1, -80(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$12, %xmm0, %xmm1
	movsd	%xmm1, -72(%rbp)                ## 8-byte Spill
	callq	_lround
	movapd	-144(%rbp), %xmm0               ## 16-byte Reload
	cvtsd2si	%xmm0, %rdx
	movq	%rbx, %rdi
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-128(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-112(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-88(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movsd	-80(%rbp), %xmm5                ## 8-byte Reload
                                        ## xmm5 = mem[0],zero
	movsd	-72(%rbp), %xmm6                ## 8-byte Reload
                                        ## xmm6 = mem[0],zero
	movq	%rax, %rsi
	movb	$7, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	mulsd	LCPI3_18(%rip), %xmm0
	movapd	%xmm0, -144(%rbp)               ## 16-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$9, %xmm0, %xmm1
	movsd	%xmm1, -64(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$10, %xmm0, %xmm1
	movsd	%xmm1, -128(%rbp)               ## 8-byte Spill
	movapd	%xmm0, %xmm2
	andpd	LCPI3_0(%rip), %xmm2
	movsd	LCPI3_11(%rip), %xmm1           ## xmm1 = mem[0],zero
	orpd	%xmm1, %xmm2
	addsd	%xmm0, %xmm2
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm2, %xmm1
	movsd	%xmm1, -112(%rbp)               ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$11, %xmm0, %xmm1
	movsd	%xmm1, -88(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$4, %xmm0, %xmm1
	movsd	%xmm1, -80(%rbp)                ## 8-byte Spill
	xorps	%xmm1, %xmm1
	roundsd	$12, %xmm0, %xmm1
	movsd	%xmm1, -72(%rbp)                ## 8-byte Spill
	callq	_lround
	movapd	-144(%rbp), %xmm0               ## 16-byte Reload
	cvtsd2si	%xmm0, %rdx
	movq	%rbx, %rdi
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-128(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-112(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-88(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movsd	-80(%rbp), %xmm5                ## 8-byte Reload
                                        ## xmm5 = mem[0],zero
	movsd	-72(%rbp), %xmm6                ## 8-byte Reload
                                        ## xmm6 = mem[0],zero
	movq	%rax, %rsi
	movb	$7, %al
	callq	_printf
	movsd	_vone(%rip), %xmm2              ## xmm2 = mem[0],zero
	mulsd	LCPI3_19(%rip), %xmm2
	movapd	%xmm2, -144(%rbp)               ## 16-byte Spill
	xorps	%xmm0, %xmm0
	roundsd	$9, %xmm2, %xmm0
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	xorps	%xmm0, %xmm0
	roundsd	$10, %xmm2, %xmm0
	movsd	%xmm0, -128(%rbp)               ## 8-byte Spill
	movapd	LCPI3_0(%rip), %xmm0            ## xmm0 = [-0.0E+0,-0.0E+0]
	andpd	%xmm2, %xmm0
	movsd	LCPI3_11(%rip), %xmm1           ## xmm1 = mem[0],zero
	orpd	%xmm1, %xmm0
	addsd	%xmm2, %xmm0
	roundsd	$11, %xmm0, %xmm0
	movsd	%xmm0, -112(%rbp)               ## 8-byte Spill
	xorps	%xmm0, %xmm0
	roundsd	$11, %xmm2, %xmm0
	movsd	%xmm0, -88(%rbp)                ## 8-byte Spill
	xorps	%xmm0, %xmm0
	roundsd	$4, %xmm2, %xmm0
	movsd	%xmm0, -80(%rbp)                ## 8-byte Spill
	xorps	%xmm0, %xmm0
	roundsd	$12, %xmm2, %xmm0
	movsd	%xmm0, -72(%rbp)                ## 8-byte Spill
	movapd	%xmm2, %xmm0
	callq	_lround
	movapd	-144(%rbp), %xmm0               ## 16-byte Reload
	cvtsd2si	%xmm0, %rdx
	movq	%rbx, %rdi
	movsd	-64(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-128(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-112(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-88(%rbp), %xmm4                ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movsd	-80(%rbp), %xmm5                ## 8-byte Reload
                                        ## xmm5 = mem[0],zero
	movsd	-72(%rbp), %xmm6                ## 8-byte Reload
                                        ## xmm6 = mem[0],zero
	movq	%rax, %rsi
	movb	$7, %al
	callq	_printf
	leaq	l___const.main.conv(%rip), %r15
	leaq	L_.str.13(%rip), %r12
	leaq	L_.str.14(%rip), %r13
	leaq	L_.str.15(%rip), %rbx
	jmp	LBB3_1
	.p2align	4, 0x90
LBB3_13:                                ##   in Loop: Header=BB3_1 Depth=1
	movl	$10, %edi
	callq	_putchar
	addq	$8, %r14
	cmpq	$72, %r14
	je	LBB3_14
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movsd	(%r14,%r15), %xmm1              ## xmm1 = mem[0],zero
	mulsd	_vone(%rip), %xmm1
	ucomisd	LCPI3_20(%rip), %xmm1
	movapd	%xmm1, -64(%rbp)                ## 16-byte Spill
	jb	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movsd	LCPI3_21(%rip), %xmm0           ## xmm0 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	jbe	LBB3_4
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	cvttsd2si	%xmm1, %esi
	leaq	L_.str.12(%rip), %rdi
	movapd	%xmm1, %xmm0
	movb	$1, %al
	callq	_printf
	movapd	-64(%rbp), %xmm1                ## 16-byte Reload
LBB3_4:                                 ##   in Loop: Header=BB3_1 Depth=1
	ucomisd	LCPI3_38(%rip), %xmm1
	jb	LBB3_7
## %bb.5:                               ##   in Loop: Header=BB3_1 Depth=1
	movsd	LCPI3_22(%rip), %xmm0           ## xmm0 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	jbe	LBB3_7
## %bb.6:                               ##   in Loop: Header=BB3_1 Depth=1
	cvttsd2si	%xmm1, %rsi
	movq	%r12, %rdi
	movapd	%xmm1, %xmm0
                                        ## kill: def $esi killed $esi killed $rsi
	movb	$1, %al
	callq	_printf
	movapd	-64(%rbp), %xmm1                ## 16-byte Reload
LBB3_7:                                 ##   in Loop: Header=BB3_1 Depth=1
	ucomisd	LCPI3_23(%rip), %xmm1
	jb	LBB3_10
## %bb.8:                               ##   in Loop: Header=BB3_1 Depth=1
	movsd	LCPI3_24(%rip), %xmm0           ## xmm0 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	jbe	LBB3_10
## %bb.9:                               ##   in Loop: Header=BB3_1 Depth=1
	cvttsd2si	%xmm1, %rsi
	movq	%r13, %rdi
	movapd	%xmm1, %xmm0
	movb	$1, %al
	callq	_printf
	movapd	-64(%rbp), %xmm1                ## 16-byte Reload
LBB3_10:                                ##   in Loop: Header=BB3_1 Depth=1
	ucomisd	LCPI3_38(%rip), %xmm1
	jb	LBB3_13
## %bb.11:                              ##   in Loop: Header=BB3_1 Depth=1
	movsd	LCPI3_25(%rip), %xmm0           ## xmm0 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	jbe	LBB3_13
## %bb.12:                              ##   in Loop: Header=BB3_1 Depth=1
	cvttsd2si	%xmm1, %rax
	movq	%rax, %rcx
	sarq	$63, %rcx
	movapd	%xmm1, %xmm0
	subsd	LCPI3_24(%rip), %xmm0
	cvttsd2si	%xmm0, %rsi
	andq	%rcx, %rsi
	orq	%rax, %rsi
	movq	%rbx, %rdi
	movapd	%xmm1, %xmm0
	movb	$1, %al
	callq	_printf
	jmp	LBB3_13
LBB3_14:
	movss	_fthree(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	mulss	LCPI3_26(%rip), %xmm0
	cvttss2si	%xmm0, %esi
	movsd	LCPI3_27(%rip), %xmm2           ## xmm2 = mem[0],zero
	movsd	_vneg(%rip), %xmm1              ## xmm1 = mem[0],zero
	mulsd	%xmm2, %xmm1
	mulsd	_vneg(%rip), %xmm2
	cvtss2sd	%xmm0, %xmm0
	cvttsd2si	%xmm2, %eax
	movsd	LCPI3_28(%rip), %xmm3           ## xmm3 = mem[0],zero
	movsd	_vneg(%rip), %xmm2              ## xmm2 = mem[0],zero
	mulsd	%xmm3, %xmm2
	mulsd	_vneg(%rip), %xmm3
	movswl	%ax, %edx
	cvttsd2si	%xmm3, %eax
	movzbl	%al, %ecx
	leaq	L_.str.17(%rip), %rdi
	movb	$3, %al
	callq	_printf
	movsd	_vzero(%rip), %xmm0             ## xmm0 = mem[0],zero
	cvttsd2si	%xmm0, %rax
	movq	%rax, %rcx
	subsd	LCPI3_24(%rip), %xmm0
	cvttsd2si	%xmm0, %rdx
	sarq	$63, %rcx
	andq	%rcx, %rdx
	orq	%rax, %rdx
	movabsq	$-9223372036854775807, %rax     ## imm = 0x8000000000000001
	addq	%rdx, %rax
	movq	%rax, %xmm0
	punpckldq	LCPI3_29(%rip), %xmm0   ## xmm0 = xmm0[0],mem[0],xmm0[1],mem[1]
	subpd	LCPI3_30(%rip), %xmm0
	movapd	%xmm0, %xmm2
	unpckhpd	%xmm0, %xmm2                    ## xmm2 = xmm2[1],xmm0[1]
	addsd	%xmm0, %xmm2
	leaq	L_.str.18(%rip), %rdi
	movsd	LCPI3_25(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	LCPI3_23(%rip), %xmm1           ## xmm1 = mem[0],zero
	movsd	LCPI3_22(%rip), %xmm3           ## xmm3 = mem[0],zero
	movb	$4, %al
	callq	_printf
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	mulsd	LCPI3_31(%rip), %xmm1
	movsd	LCPI3_32(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_fmod
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	addsd	%xmm1, %xmm1
	movsd	LCPI3_32(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_remainder
	movaps	%xmm0, %xmm1
	leaq	L_.str.19(%rip), %rdi
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movb	$2, %al
	callq	_printf
	movsd	_vneg(%rip), %xmm0              ## xmm0 = mem[0],zero
	leaq	-184(%rbp), %rdi
	callq	_modf
	movaps	%xmm0, %xmm1
	movsd	-184(%rbp), %xmm0               ## xmm0 = mem[0],zero
	leaq	L_.str.20(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	mulsd	LCPI3_33(%rip), %xmm0
	leaq	-152(%rbp), %rdi
	callq	_frexp
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movl	-152(%rbp), %ebx
	movsd	LCPI3_34(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	$10, %edi
	callq	_ldexp
	movapd	%xmm0, %xmm1
	leaq	L_.str.21(%rip), %rdi
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movl	%ebx, %esi
	movb	$2, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	mulsd	LCPI3_35(%rip), %xmm0
	mulsd	LCPI3_14(%rip), %xmm0
	xorpd	%xmm1, %xmm1
	xorl	%r15d, %r15d
	ucomisd	%xmm1, %xmm0
	seta	%r15b
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	addsd	LCPI3_4(%rip), %xmm0
	mulsd	LCPI3_36(%rip), %xmm0
	andpd	LCPI3_1(%rip), %xmm0
	xorl	%ebx, %ebx
	ucomisd	LCPI3_2(%rip), %xmm0
	setae	%bl
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	movsd	LCPI3_7(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_nextafter
	addsd	LCPI3_3(%rip), %xmm0
	leaq	L_.str.22(%rip), %rdi
	movsd	LCPI3_37(%rip), %xmm1           ## xmm1 = mem[0],zero
	movl	%r15d, %esi
	movl	%ebx, %edx
	movb	$2, %al
	callq	_printf
	xorpd	%xmm2, %xmm2
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	xorl	%r9d, %r9d
	ucomisd	%xmm0, %xmm2
	movl	$0, %esi
	je	LBB3_15
## %bb.19:
	andpd	LCPI3_1(%rip), %xmm0
	ucomisd	LCPI3_2(%rip), %xmm0
	movl	$0, %esi
	jae	LBB3_15
## %bb.20:
	movsd	LCPI3_35(%rip), %xmm1           ## xmm1 = mem[0],zero
	xorl	%esi, %esi
	ucomisd	%xmm0, %xmm1
	setbe	%sil
LBB3_15:
	movsd	_vzero(%rip), %xmm0             ## xmm0 = mem[0],zero
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	mulsd	LCPI3_35(%rip), %xmm1
	mulsd	LCPI3_9(%rip), %xmm1
	ucomisd	%xmm2, %xmm1
	je	LBB3_18
## %bb.16:
	andpd	LCPI3_1(%rip), %xmm1
	ucomisd	LCPI3_2(%rip), %xmm1
	jae	LBB3_18
## %bb.17:
	movsd	LCPI3_35(%rip), %xmm2           ## xmm2 = mem[0],zero
	xorl	%r9d, %r9d
	ucomisd	%xmm1, %xmm2
	seta	%r9b
LBB3_18:
	xorpd	%xmm1, %xmm1
	movapd	-176(%rbp), %xmm2               ## 16-byte Reload
	ucomisd	%xmm1, %xmm2
	setne	%al
	sete	%cl
	movapd	-208(%rbp), %xmm2               ## 16-byte Reload
	ucomisd	LCPI3_2(%rip), %xmm2
	setae	%dl
	orb	%cl, %dl
	andb	%al, %dl
	movzbl	%dl, %ecx
	cmpeqsd	%xmm1, %xmm0
	movq	%xmm0, %rdx
	andl	$1, %edx
	leaq	L_.str.23(%rip), %rdi
                                        ## kill: def $edx killed $edx killed $rdx
	movl	-148(%rbp), %r8d                ## 4-byte Reload
	xorl	%eax, %eax
	callq	_printf
	xorl	%eax, %eax
	addq	$168, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_vzero                          ## @vzero
.zerofill __DATA,__common,_vzero,8,3
	.section	__DATA,__data
	.globl	_vone                           ## @vone
	.p2align	3
_vone:
	.quad	0x3ff0000000000000              ## double 1

	.globl	_vneg                           ## @vneg
	.p2align	3
_vneg:
	.quad	0xc006000000000000              ## double -2.75

	.globl	_fthree                         ## @fthree
	.p2align	2
_fthree:
	.long	0x40400000                      ## float 3

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"isnan=%d isinf=%d/%d isfinite=%d/%d\n"

L_.str.1:                               ## @.str.1
	.asciz	"inf=%f ninf=%f ninf<inf=%d inf==inf=%d inf-1=%f\n"

L_.str.2:                               ## @.str.2
	.asciz	"nan==nan=%d nan!=nan=%d nan<1=%d nan>1=%d nan>=nan=%d\n"

L_.str.3:                               ## @.str.3
	.asciz	"flags(%g,1)=%03x flags(nan,%g)=%03x flags(%g,nan)=%03x\n"

L_.str.4:                               ## @.str.4
	.asciz	"branch_nan: %d %d %d\n"

L_.str.5:                               ## @.str.5
	.asciz	"inf-inf isnan=%d inf*0 isnan=%d\n"

L_.str.6:                               ## @.str.6
	.asciz	"-0.0: %f %g signbit=%d eq0=%d 1/-0=%f copysign=%f\n"

L_.str.7:                               ## @.str.7
	.asciz	"fabs(-0)=%f neg(0)=%f sqrt(-0)=%f\n"

L_.str.8:                               ## @.str.8
	.asciz	"fmin(nan,1)=%f fmax(nan,1)=%f fmin(1,nan)=%f fmin(-3,2)=%f fmax(-3,2)=%f\n"

L_.str.9:                               ## @.str.9
	.asciz	"pick_max(nan,1)=%d pick_max(1,nan) isnan=%d\n"

L_.str.10:                              ## @.str.10
	.asciz	"sqrt: %.10f %.10f %.10f isnan(sqrt(-1))=%d\n"

L_.str.11:                              ## @.str.11
	.asciz	"x=%.1f floor=%.1f ceil=%.1f round=%.1f trunc=%.1f rint=%.1f nearby=%.1f lround=%ld llrint=%lld\n"

	.section	__TEXT,__const
	.p2align	4                               ## @__const.main.conv
l___const.main.conv:
	.quad	0x400feb851eb851ec              ## double 3.9900000000000002
	.quad	0xc00feb851eb851ec              ## double -3.9900000000000002
	.quad	0x41dfffffffc00000              ## double 2147483647
	.quad	0xc1e0000000000000              ## double -2147483648
	.quad	0x41efffffffe00000              ## double 4294967295
	.quad	0x43abc16d674ec800              ## double 1.0E+18
	.quad	0xc3dfeb3dd0676600              ## double -9.2E+18
	.quad	0x43ef399b1438a100              ## double 1.8E+19
	.quad	0x3feff7ced916872b              ## double 0.99899999999999999

	.section	__TEXT,__cstring,cstring_literals
L_.str.12:                              ## @.str.12
	.asciz	"(int)%g = %d  "

L_.str.13:                              ## @.str.13
	.asciz	"(unsigned)%g = %u  "

L_.str.14:                              ## @.str.14
	.asciz	"(long)%g = %ld  "

L_.str.15:                              ## @.str.15
	.asciz	"(ulong)%g = %lu"

L_.str.17:                              ## @.str.17
	.asciz	"(int)%.2ff=%d (short)%.2f=%d (unsigned char)%.2f=%u\n"

L_.str.18:                              ## @.str.18
	.asciz	"u64->double=%.1f s64->double=%.1f u64(2^63+1)->double=%.1f u32->float=%.1f\n"

L_.str.19:                              ## @.str.19
	.asciz	"fmod=%f remainder=%f modf="

L_.str.20:                              ## @.str.20
	.asciz	"%f,%f frexp="

L_.str.21:                              ## @.str.21
	.asciz	"%f*2^%d ldexp=%f\n"

L_.str.22:                              ## @.str.22
	.asciz	"DBL_MIN/2>0=%d DBL_MAX*2 isinf=%d nextafter(1,2)-1=%g FLT_EPSILON=%g\n"

L_.str.23:                              ## @.str.23
	.asciz	"fpclassify: %d %d %d %d %d\n"

.subsections_via_symbols
