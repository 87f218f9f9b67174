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
	movsd	%xmm0, -8(%rbp)
	movsd	%xmm1, -16(%rbp)
	movsd	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	seta	%al
	andb	$1, %al
	movzbl	%al, %eax
	movsd	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	setae	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	shll	$1, %ecx
	orl	%ecx, %eax
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	ucomisd	-16(%rbp), %xmm0
	seta	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	shll	$2, %ecx
	orl	%ecx, %eax
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	ucomisd	-16(%rbp), %xmm0
	setae	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	shll	$3, %ecx
	orl	%ecx, %eax
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	ucomisd	-16(%rbp), %xmm0
	sete	%cl
	setnp	%dl
	andb	%dl, %cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	shll	$4, %ecx
	orl	%ecx, %eax
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	ucomisd	-16(%rbp), %xmm0
	setne	%cl
	setp	%dl
	orb	%dl, %cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	shll	$5, %ecx
	orl	%ecx, %eax
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	ucomisd	-16(%rbp), %xmm0
	setp	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	shll	$6, %ecx
	orl	%ecx, %eax
	movsd	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	seta	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	shll	$7, %ecx
	orl	%ecx, %eax
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	ucomisd	-16(%rbp), %xmm0
	setne	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	shll	$8, %ecx
	orl	%ecx, %eax
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
	movsd	%xmm0, -8(%rbp)
	movsd	%xmm1, -16(%rbp)
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	ucomisd	-16(%rbp), %xmm0
	jbe	LBB1_2
## %bb.1:
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	movsd	%xmm0, -24(%rbp)                ## 8-byte Spill
	jmp	LBB1_3
LBB1_2:
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	%xmm0, -24(%rbp)                ## 8-byte Spill
LBB1_3:
	movsd	-24(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
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
	movsd	%xmm0, -16(%rbp)
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	ucomisd	-16(%rbp), %xmm0
	jne	LBB2_2
	jp	LBB2_2
## %bb.1:
	movl	$1, -4(%rbp)
	jmp	LBB2_3
LBB2_2:
	movsd	-16(%rbp), %xmm1                ## xmm1 = mem[0],zero
	xorps	%xmm0, %xmm0
	movl	$3, %eax
	movl	$2, %ecx
	ucomisd	%xmm1, %xmm0
	cmoval	%ecx, %eax
	movl	%eax, -4(%rbp)
LBB2_3:
	movl	-4(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI3_0:
	.quad	0x3ff0000000000000              ## double 1
LCPI3_1:
	.quad	0x7ff0000000000000              ## double +Inf
LCPI3_3:
	.quad	0x3fd0000000000000              ## double 0.25
LCPI3_4:
	.quad	0x4202a05f20000000              ## double 1.0E+10
LCPI3_5:
	.quad	0x4000000000000000              ## double 2
LCPI3_6:
	.quad	0xc008000000000000              ## double -3
LCPI3_9:
	.quad	0x3e80000000000000              ## double 1.1920928955078125E-7
LCPI3_10:
	.quad	0x7fefffffffffffff              ## double 1.7976931348623157E+308
LCPI3_11:
	.quad	0x0010000000000000              ## double 2.2250738585072014E-308
LCPI3_12:
	.quad	0x3fe8000000000000              ## double 0.75
LCPI3_13:
	.quad	0x408f400000000000              ## double 1000
LCPI3_14:
	.quad	0x401e000000000000              ## double 7.5
LCPI3_16:
	.quad	0x4059000000000000              ## double 100
LCPI3_17:
	.quad	0x4056800000000000              ## double 90
LCPI3_20:
	.quad	0x43e0000000000000              ## double 9.2233720368547758E+18
LCPI3_21:
	.quad	0x41f0000000000000              ## double 4294967296
LCPI3_22:
	.quad	0xc000000000000000              ## double -2
LCPI3_23:
	.quad	0x4010000000000000              ## double 4
LCPI3_24:
	.quad	0xc1e0000000000000              ## double -2147483648
LCPI3_25:
	.quad	0x41e0000000000000              ## double 2147483648
LCPI3_26:
	.quad	0xc3e0000000000000              ## double -9.2233720368547758E+18
LCPI3_27:
	.quad	0x43f0000000000000              ## double 1.8446744073709552E+19
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4
LCPI3_2:
	.quad	0x7fffffffffffffff              ## double NaN
	.quad	0x7fffffffffffffff              ## double NaN
LCPI3_7:
	.quad	0x8000000000000000              ## double -0
	.quad	0x8000000000000000              ## double -0
LCPI3_8:
	.quad	0x4008000000000000              ## double 3
	.quad	0x4008000000000000              ## double 3
LCPI3_18:
	.long	1127219200                      ## 0x43300000
	.long	1160773632                      ## 0x45300000
	.long	0                               ## 0x0
	.long	0                               ## 0x0
LCPI3_19:
	.quad	0x4330000000000000              ## double 4503599627370496
	.quad	0x4530000000000000              ## double 1.9342813113834067E+25
LCPI3_28:
	.quad	0x3fdfffffffffffff              ## double 0.49999999999999994
	.quad	0x3fdfffffffffffff              ## double 0.49999999999999994
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2
LCPI3_15:
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
	subq	$624, %rsp                      ## imm = 0x270
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -196(%rbp)
	movsd	_vzero(%rip), %xmm0             ## xmm0 = mem[0],zero
	movsd	_vzero(%rip), %xmm1             ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -208(%rbp)
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	movsd	_vzero(%rip), %xmm1             ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -216(%rbp)
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	movq	%xmm0, %rax
	movabsq	$-9223372036854775808, %rcx     ## imm = 0x8000000000000000
	xorq	%rcx, %rax
	movq	%rax, %xmm0
	movsd	_vzero(%rip), %xmm1             ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -224(%rbp)
	movsd	_vzero(%rip), %xmm0             ## xmm0 = mem[0],zero
	movq	%xmm0, %rax
	movabsq	$-9223372036854775808, %rcx     ## imm = 0x8000000000000000
	xorq	%rcx, %rax
	movq	%rax, %xmm0
	movsd	%xmm0, -232(%rbp)
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	ucomisd	%xmm0, %xmm0
	setp	%al
	andb	$1, %al
	movzbl	%al, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %esi
	movsd	-216(%rbp), %xmm1               ## xmm1 = mem[0],zero
	movaps	%xmm1, %xmm0
	movaps	LCPI3_2(%rip), %xmm2            ## xmm2 = [NaN,NaN]
	pand	%xmm2, %xmm0
	movq	%xmm1, %rdx
	movl	$1, %ecx
	movl	$4294967295, %eax               ## imm = 0xFFFFFFFF
	cmpq	$0, %rdx
	cmovll	%eax, %ecx
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	xorl	%eax, %eax
	ucomisd	%xmm1, %xmm0
	setnp	%dil
	sete	%dl
	testb	%dil, %dl
	cmovnel	%ecx, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %edx
	movsd	-224(%rbp), %xmm1               ## xmm1 = mem[0],zero
	movaps	%xmm1, %xmm0
	movaps	LCPI3_2(%rip), %xmm2            ## xmm2 = [NaN,NaN]
	pand	%xmm2, %xmm0
	movq	%xmm1, %rdi
	movl	$1, %ecx
	movl	$4294967295, %eax               ## imm = 0xFFFFFFFF
	cmpq	$0, %rdi
	cmovll	%eax, %ecx
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	xorl	%eax, %eax
	ucomisd	%xmm1, %xmm0
	setnp	%r8b
	sete	%dil
	testb	%r8b, %dil
	cmovnel	%ecx, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %ecx
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	movaps	LCPI3_2(%rip), %xmm1            ## xmm1 = [NaN,NaN]
	pand	%xmm1, %xmm0
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %r8d
	movsd	-216(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movaps	LCPI3_2(%rip), %xmm1            ## xmm1 = [NaN,NaN]
	pand	%xmm1, %xmm0
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %r9d
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movsd	-216(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	-224(%rbp), %xmm1               ## xmm1 = mem[0],zero
	movsd	-224(%rbp), %xmm3               ## xmm3 = mem[0],zero
	movsd	-216(%rbp), %xmm2               ## xmm2 = mem[0],zero
	ucomisd	%xmm3, %xmm2
	seta	%al
	andb	$1, %al
	movzbl	%al, %esi
	movsd	-216(%rbp), %xmm2               ## xmm2 = mem[0],zero
	ucomisd	-216(%rbp), %xmm2
	sete	%al
	setnp	%cl
	andb	%cl, %al
	andb	$1, %al
	movzbl	%al, %edx
	movsd	-216(%rbp), %xmm2               ## xmm2 = mem[0],zero
	movsd	LCPI3_0(%rip), %xmm3            ## xmm3 = mem[0],zero
	subsd	%xmm3, %xmm2
	leaq	L_.str.1(%rip), %rdi
	movb	$3, %al
	callq	_printf
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	ucomisd	-208(%rbp), %xmm0
	sete	%al
	setnp	%cl
	andb	%cl, %al
	andb	$1, %al
	movzbl	%al, %esi
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	ucomisd	-208(%rbp), %xmm0
	setne	%al
	setp	%cl
	orb	%cl, %al
	andb	$1, %al
	movzbl	%al, %edx
	movsd	LCPI3_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	ucomisd	-208(%rbp), %xmm0
	seta	%al
	andb	$1, %al
	movzbl	%al, %ecx
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	LCPI3_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	seta	%al
	andb	$1, %al
	movzbl	%al, %r8d
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	ucomisd	-208(%rbp), %xmm0
	setae	%al
	andb	$1, %al
	movzbl	%al, %r9d
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	l___const.main.vals(%rip), %rax
	movq	%rax, -32(%rbp)
	movq	l___const.main.vals+8(%rip), %rax
	movq	%rax, -24(%rbp)
	movq	l___const.main.vals+16(%rip), %rax
	movq	%rax, -16(%rbp)
	movl	$0, -236(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$3, -236(%rbp)
	jge	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movslq	-236(%rbp), %rax
	movsd	-32(%rbp,%rax,8), %xmm0         ## xmm0 = mem[0],zero
	movsd	%xmm0, -360(%rbp)               ## 8-byte Spill
	movslq	-236(%rbp), %rax
	movsd	-32(%rbp,%rax,8), %xmm0         ## xmm0 = mem[0],zero
	movsd	LCPI3_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_cmp_flags
	movl	%eax, -348(%rbp)                ## 4-byte Spill
	movslq	-236(%rbp), %rax
	movsd	-32(%rbp,%rax,8), %xmm0         ## xmm0 = mem[0],zero
	movsd	%xmm0, -344(%rbp)               ## 8-byte Spill
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movslq	-236(%rbp), %rax
	movsd	-32(%rbp,%rax,8), %xmm1         ## xmm1 = mem[0],zero
	callq	_cmp_flags
	movl	%eax, -332(%rbp)                ## 4-byte Spill
	movslq	-236(%rbp), %rax
	movsd	-32(%rbp,%rax,8), %xmm0         ## xmm0 = mem[0],zero
	movsd	%xmm0, -328(%rbp)               ## 8-byte Spill
	movslq	-236(%rbp), %rax
	movsd	-32(%rbp,%rax,8), %xmm0         ## xmm0 = mem[0],zero
	movsd	-208(%rbp), %xmm1               ## xmm1 = mem[0],zero
	callq	_cmp_flags
	movsd	-360(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movl	-348(%rbp), %esi                ## 4-byte Reload
	movsd	-344(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movl	-332(%rbp), %edx                ## 4-byte Reload
	movsd	-328(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movl	%eax, %ecx
	leaq	L_.str.3(%rip), %rdi
	movb	$3, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-236(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -236(%rbp)
	jmp	LBB3_1
LBB3_4:
	movsd	LCPI3_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_branch_nan
	movl	%eax, -372(%rbp)                ## 4-byte Spill
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	callq	_branch_nan
	movl	%eax, -368(%rbp)                ## 4-byte Spill
	movsd	-216(%rbp), %xmm0               ## xmm0 = mem[0],zero
	callq	_branch_nan
	movl	-372(%rbp), %esi                ## 4-byte Reload
	movl	-368(%rbp), %edx                ## 4-byte Reload
	movl	%eax, %ecx
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movsd	-216(%rbp), %xmm0               ## xmm0 = mem[0],zero
	subsd	-216(%rbp), %xmm0
	ucomisd	%xmm0, %xmm0
	setp	%al
	andb	$1, %al
	movzbl	%al, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %esi
	movsd	-216(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	_vzero(%rip), %xmm1             ## xmm1 = mem[0],zero
	mulsd	%xmm1, %xmm0
	ucomisd	%xmm0, %xmm0
	setp	%al
	andb	$1, %al
	movzbl	%al, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %edx
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movsd	-232(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	-232(%rbp), %xmm1               ## xmm1 = mem[0],zero
	movsd	-232(%rbp), %xmm2               ## xmm2 = mem[0],zero
	movq	%xmm2, %rax
	cmpq	$0, %rax
	setl	%al
	andb	$1, %al
	movzbl	%al, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %esi
	movsd	-232(%rbp), %xmm2               ## xmm2 = mem[0],zero
	xorps	%xmm3, %xmm3
	ucomisd	%xmm3, %xmm2
	sete	%al
	setnp	%cl
	andb	%cl, %al
	andb	$1, %al
	movzbl	%al, %edx
	movsd	_vone(%rip), %xmm2              ## xmm2 = mem[0],zero
	divsd	-232(%rbp), %xmm2
	movsd	-232(%rbp), %xmm3               ## xmm3 = mem[0],zero
	movaps	LCPI3_7(%rip), %xmm4            ## xmm4 = [-0.0E+0,-0.0E+0]
	pand	%xmm4, %xmm3
	movaps	LCPI3_8(%rip), %xmm4            ## xmm4 = [3.0E+0,3.0E+0]
	por	%xmm4, %xmm3
	leaq	L_.str.6(%rip), %rdi
	movb	$4, %al
	callq	_printf
	movsd	-232(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movaps	LCPI3_2(%rip), %xmm1            ## xmm1 = [NaN,NaN]
	pand	%xmm1, %xmm0
	movsd	_vzero(%rip), %xmm1             ## xmm1 = mem[0],zero
	movq	%xmm1, %rax
	movabsq	$-9223372036854775808, %rcx     ## imm = 0x8000000000000000
	xorq	%rcx, %rax
	movq	%rax, %xmm1
	movsd	-232(%rbp), %xmm2               ## xmm2 = mem[0],zero
	sqrtsd	%xmm2, %xmm2
	leaq	L_.str.7(%rip), %rdi
	movb	$3, %al
	callq	_printf
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	LCPI3_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	minsd	%xmm1, %xmm0
	movsd	-208(%rbp), %xmm1               ## xmm1 = mem[0],zero
	movsd	LCPI3_0(%rip), %xmm2            ## xmm2 = mem[0],zero
	maxsd	%xmm2, %xmm1
	movsd	-208(%rbp), %xmm2               ## xmm2 = mem[0],zero
	movsd	LCPI3_0(%rip), %xmm3            ## xmm3 = mem[0],zero
	minsd	%xmm3, %xmm2
	movsd	LCPI3_6(%rip), %xmm3            ## xmm3 = mem[0],zero
	movsd	LCPI3_5(%rip), %xmm4            ## xmm4 = mem[0],zero
	leaq	L_.str.8(%rip), %rdi
	movb	$5, %al
	callq	_printf
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	LCPI3_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_pick_max
	cvttsd2si	%xmm0, %eax
	movl	%eax, -364(%rbp)                ## 4-byte Spill
	movsd	-208(%rbp), %xmm1               ## xmm1 = mem[0],zero
	movsd	LCPI3_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_pick_max
	movl	-364(%rbp), %esi                ## 4-byte Reload
	ucomisd	%xmm0, %xmm0
	setp	%al
	andb	$1, %al
	movzbl	%al, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %edx
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	movsd	LCPI3_5(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	sqrtsd	%xmm0, %xmm0
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	movsd	LCPI3_4(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm1
	sqrtsd	%xmm1, %xmm1
	movsd	_vone(%rip), %xmm3              ## xmm3 = mem[0],zero
	movsd	LCPI3_3(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm3, %xmm2
	sqrtsd	%xmm2, %xmm2
	movsd	_vone(%rip), %xmm3              ## xmm3 = mem[0],zero
	movq	%xmm3, %rax
	movabsq	$-9223372036854775808, %rcx     ## imm = 0x8000000000000000
	xorq	%rcx, %rax
	movq	%rax, %xmm3
	sqrtsd	%xmm3, %xmm3
	ucomisd	%xmm3, %xmm3
	setp	%al
	andb	$1, %al
	movzbl	%al, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %esi
	leaq	L_.str.10(%rip), %rdi
	movb	$3, %al
	callq	_printf
	leaq	-112(%rbp), %rdi
	leaq	l___const.main.r(%rip), %rsi
	movl	$72, %edx
	callq	_memcpy
	movl	$0, -240(%rbp)
LBB3_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$9, -240(%rbp)
	jge	LBB3_8
## %bb.6:                               ##   in Loop: Header=BB3_5 Depth=1
	movslq	-240(%rbp), %rax
	movsd	-112(%rbp,%rax,8), %xmm0        ## xmm0 = mem[0],zero
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -248(%rbp)
	movsd	-248(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	%xmm0, -432(%rbp)               ## 8-byte Spill
	movsd	-248(%rbp), %xmm0               ## xmm0 = mem[0],zero
	roundsd	$9, %xmm0, %xmm0
	movsd	%xmm0, -424(%rbp)               ## 8-byte Spill
	movsd	-248(%rbp), %xmm0               ## xmm0 = mem[0],zero
	roundsd	$10, %xmm0, %xmm0
	movsd	%xmm0, -416(%rbp)               ## 8-byte Spill
	movsd	-248(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movaps	%xmm0, %xmm1
	movaps	LCPI3_7(%rip), %xmm2            ## xmm2 = [-0.0E+0,-0.0E+0]
	pand	%xmm2, %xmm1
	movaps	LCPI3_28(%rip), %xmm2           ## xmm2 = [4.9999999999999994E-1,4.9999999999999994E-1]
	por	%xmm2, %xmm1
	addsd	%xmm1, %xmm0
	roundsd	$11, %xmm0, %xmm0
	movsd	%xmm0, -408(%rbp)               ## 8-byte Spill
	movsd	-248(%rbp), %xmm0               ## xmm0 = mem[0],zero
	roundsd	$11, %xmm0, %xmm0
	movsd	%xmm0, -400(%rbp)               ## 8-byte Spill
	movsd	-248(%rbp), %xmm0               ## xmm0 = mem[0],zero
	roundsd	$4, %xmm0, %xmm0
	movsd	%xmm0, -392(%rbp)               ## 8-byte Spill
	movsd	-248(%rbp), %xmm0               ## xmm0 = mem[0],zero
	roundsd	$12, %xmm0, %xmm0
	movsd	%xmm0, -384(%rbp)               ## 8-byte Spill
	movsd	-248(%rbp), %xmm0               ## xmm0 = mem[0],zero
	callq	_lround
	movsd	-432(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movsd	-424(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	-416(%rbp), %xmm2               ## 8-byte Reload
                                        ## xmm2 = mem[0],zero
	movsd	-408(%rbp), %xmm3               ## 8-byte Reload
                                        ## xmm3 = mem[0],zero
	movsd	-400(%rbp), %xmm4               ## 8-byte Reload
                                        ## xmm4 = mem[0],zero
	movsd	-392(%rbp), %xmm5               ## 8-byte Reload
                                        ## xmm5 = mem[0],zero
	movsd	-384(%rbp), %xmm6               ## 8-byte Reload
                                        ## xmm6 = mem[0],zero
	movq	%rax, %rsi
	movsd	-248(%rbp), %xmm7               ## xmm7 = mem[0],zero
	cvtsd2si	%xmm7, %rdx
	leaq	L_.str.11(%rip), %rdi
	movb	$7, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB3_5 Depth=1
	movl	-240(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -240(%rbp)
	jmp	LBB3_5
LBB3_8:
	leaq	-192(%rbp), %rdi
	leaq	l___const.main.conv(%rip), %rsi
	movl	$72, %edx
	callq	_memcpy
	movl	$0, -252(%rbp)
LBB3_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$9, -252(%rbp)
	jge	LBB3_24
## %bb.10:                              ##   in Loop: Header=BB3_9 Depth=1
	movslq	-252(%rbp), %rax
	movsd	-192(%rbp,%rax,8), %xmm0        ## xmm0 = mem[0],zero
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -264(%rbp)
	movsd	-264(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	LCPI3_24(%rip), %xmm1           ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	jb	LBB3_13
## %bb.11:                              ##   in Loop: Header=BB3_9 Depth=1
	movsd	LCPI3_25(%rip), %xmm0           ## xmm0 = mem[0],zero
	ucomisd	-264(%rbp), %xmm0
	jbe	LBB3_13
## %bb.12:                              ##   in Loop: Header=BB3_9 Depth=1
	movsd	-264(%rbp), %xmm0               ## xmm0 = mem[0],zero
	cvttsd2si	-264(%rbp), %esi
	leaq	L_.str.12(%rip), %rdi
	movb	$1, %al
	callq	_printf
LBB3_13:                                ##   in Loop: Header=BB3_9 Depth=1
	movsd	-264(%rbp), %xmm0               ## xmm0 = mem[0],zero
	xorps	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	jb	LBB3_16
## %bb.14:                              ##   in Loop: Header=BB3_9 Depth=1
	movsd	LCPI3_21(%rip), %xmm0           ## xmm0 = mem[0],zero
	ucomisd	-264(%rbp), %xmm0
	jbe	LBB3_16
## %bb.15:                              ##   in Loop: Header=BB3_9 Depth=1
	movsd	-264(%rbp), %xmm0               ## xmm0 = mem[0],zero
	cvttsd2si	%xmm0, %rax
	movl	%eax, %esi
	leaq	L_.str.13(%rip), %rdi
	movb	$1, %al
	callq	_printf
LBB3_16:                                ##   in Loop: Header=BB3_9 Depth=1
	movsd	-264(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	LCPI3_26(%rip), %xmm1           ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	jb	LBB3_19
## %bb.17:                              ##   in Loop: Header=BB3_9 Depth=1
	movsd	LCPI3_20(%rip), %xmm0           ## xmm0 = mem[0],zero
	ucomisd	-264(%rbp), %xmm0
	jbe	LBB3_19
## %bb.18:                              ##   in Loop: Header=BB3_9 Depth=1
	movsd	-264(%rbp), %xmm0               ## xmm0 = mem[0],zero
	cvttsd2si	-264(%rbp), %rsi
	leaq	L_.str.14(%rip), %rdi
	movb	$1, %al
	callq	_printf
LBB3_19:                                ##   in Loop: Header=BB3_9 Depth=1
	movsd	-264(%rbp), %xmm0               ## xmm0 = mem[0],zero
	xorps	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	jb	LBB3_22
## %bb.20:                              ##   in Loop: Header=BB3_9 Depth=1
	movsd	LCPI3_27(%rip), %xmm0           ## xmm0 = mem[0],zero
	ucomisd	-264(%rbp), %xmm0
	jbe	LBB3_22
## %bb.21:                              ##   in Loop: Header=BB3_9 Depth=1
	movsd	-264(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	LCPI3_20(%rip), %xmm2           ## xmm2 = mem[0],zero
	movaps	%xmm0, %xmm1
	subsd	%xmm2, %xmm1
	cvttsd2si	%xmm1, %rax
	movaps	%xmm0, %xmm1
	cvttsd2si	%xmm1, %rsi
	movq	%rsi, %rcx
	sarq	$63, %rcx
	andq	%rcx, %rax
	orq	%rax, %rsi
	leaq	L_.str.15(%rip), %rdi
	movb	$1, %al
	callq	_printf
LBB3_22:                                ##   in Loop: Header=BB3_9 Depth=1
	leaq	L_.str.16(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.23:                              ##   in Loop: Header=BB3_9 Depth=1
	movl	-252(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -252(%rbp)
	jmp	LBB3_9
LBB3_24:
	movss	_fthree(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	LCPI3_15(%rip), %xmm1           ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm0
	movss	%xmm0, -268(%rbp)
	movss	-268(%rbp), %xmm1               ## xmm1 = mem[0],zero,zero,zero
	cvtss2sd	%xmm1, %xmm0
	cvttss2si	%xmm1, %esi
	movsd	_vneg(%rip), %xmm1              ## xmm1 = mem[0],zero
	movsd	LCPI3_16(%rip), %xmm3           ## xmm3 = mem[0],zero
	mulsd	%xmm3, %xmm1
	movsd	_vneg(%rip), %xmm2              ## xmm2 = mem[0],zero
	mulsd	%xmm3, %xmm2
	cvttsd2si	%xmm2, %eax
                                        ## kill: def $ax killed $ax killed $eax
	movswl	%ax, %edx
	movsd	_vneg(%rip), %xmm2              ## xmm2 = mem[0],zero
	movapd	LCPI3_7(%rip), %xmm5            ## xmm5 = [-0.0E+0,-0.0E+0]
	pxor	%xmm5, %xmm2
	movsd	LCPI3_17(%rip), %xmm4           ## xmm4 = mem[0],zero
	mulsd	%xmm4, %xmm2
	movsd	_vneg(%rip), %xmm3              ## xmm3 = mem[0],zero
	pxor	%xmm5, %xmm3
	mulsd	%xmm4, %xmm3
	cvttsd2si	%xmm3, %eax
                                        ## kill: def $al killed $al killed $eax
	movzbl	%al, %ecx
	leaq	L_.str.17(%rip), %rdi
	movb	$3, %al
	callq	_printf
	movq	$-1, -280(%rbp)
	movabsq	$-9223372036854775807, %rcx     ## imm = 0x8000000000000001
	movq	%rcx, -288(%rbp)
	movq	-280(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movaps	LCPI3_18(%rip), %xmm4           ## xmm4 = [1127219200,1160773632,0,0]
	punpckldq	%xmm4, %xmm0            ## xmm0 = xmm0[0],xmm4[0],xmm0[1],xmm4[1]
	movapd	LCPI3_19(%rip), %xmm3           ## xmm3 = [4.503599627370496E+15,1.9342813113834067E+25]
	subpd	%xmm3, %xmm0
	movaps	%xmm0, %xmm1
	unpckhpd	%xmm0, %xmm0                    ## xmm0 = xmm0[1,1]
	addsd	%xmm1, %xmm0
	cvtsi2sdq	-288(%rbp), %xmm1
	movsd	_vzero(%rip), %xmm2             ## xmm2 = mem[0],zero
	movsd	LCPI3_20(%rip), %xmm6           ## xmm6 = mem[0],zero
	movaps	%xmm2, %xmm5
	subsd	%xmm6, %xmm5
	cvttsd2si	%xmm5, %rdx
	cvttsd2si	%xmm2, %rax
	movq	%rax, %rsi
	sarq	$63, %rsi
	andq	%rsi, %rdx
	orq	%rdx, %rax
	addq	%rcx, %rax
	movq	%rax, %xmm2
	punpckldq	%xmm4, %xmm2            ## xmm2 = xmm2[0],xmm4[0],xmm2[1],xmm4[1]
	subpd	%xmm3, %xmm2
	movaps	%xmm2, %xmm3
	unpckhpd	%xmm2, %xmm2                    ## xmm2 = xmm2[1,1]
	addsd	%xmm3, %xmm2
	leaq	L_.str.18(%rip), %rdi
	movsd	LCPI3_21(%rip), %xmm3           ## xmm3 = mem[0],zero
	movb	$4, %al
	callq	_printf
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	movsd	LCPI3_22(%rip), %xmm0           ## xmm0 = mem[0],zero
	mulsd	%xmm0, %xmm1
	movsd	LCPI3_14(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_fmod
	movsd	%xmm0, -480(%rbp)               ## 8-byte Spill
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	movsd	LCPI3_5(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	%xmm0, %xmm1
	movsd	LCPI3_14(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_remainder
	movaps	%xmm0, %xmm1
	movsd	-480(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.19(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movsd	_vneg(%rip), %xmm0              ## xmm0 = mem[0],zero
	leaq	-296(%rbp), %rdi
	callq	_modf
	movsd	%xmm0, -304(%rbp)
	movsd	-296(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	-304(%rbp), %xmm1               ## xmm1 = mem[0],zero
	leaq	L_.str.20(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	movsd	LCPI3_13(%rip), %xmm0           ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	leaq	-308(%rbp), %rdi
	callq	_frexp
	movsd	%xmm0, -320(%rbp)
	movsd	-320(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	%xmm0, -464(%rbp)               ## 8-byte Spill
	movl	-308(%rbp), %eax
	movl	%eax, -468(%rbp)                ## 4-byte Spill
	movsd	LCPI3_12(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	$10, %edi
	callq	_ldexp
	movl	-468(%rbp), %esi                ## 4-byte Reload
	movaps	%xmm0, %xmm1
	movsd	-464(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.21(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	movsd	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	LCPI3_5(%rip), %xmm1            ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	xorps	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	seta	%al
	andb	$1, %al
	movzbl	%al, %eax
	movl	%eax, -456(%rbp)                ## 4-byte Spill
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	movsd	LCPI3_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	addsd	%xmm1, %xmm0
	movsd	LCPI3_10(%rip), %xmm1           ## xmm1 = mem[0],zero
	mulsd	%xmm0, %xmm1
	movaps	%xmm1, %xmm0
	movaps	LCPI3_2(%rip), %xmm2            ## xmm2 = [NaN,NaN]
	pand	%xmm2, %xmm0
	movq	%xmm1, %rdx
	movl	$1, %ecx
	movl	$4294967295, %eax               ## imm = 0xFFFFFFFF
	cmpq	$0, %rdx
	cmovll	%eax, %ecx
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	xorl	%eax, %eax
	ucomisd	%xmm1, %xmm0
	setnp	%sil
	sete	%dl
	testb	%sil, %dl
	cmovnel	%ecx, %eax
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	movl	%eax, -452(%rbp)                ## 4-byte Spill
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	movsd	LCPI3_5(%rip), %xmm1            ## xmm1 = mem[0],zero
	callq	_nextafter
	movl	-456(%rbp), %esi                ## 4-byte Reload
	movl	-452(%rbp), %edx                ## 4-byte Reload
	movsd	LCPI3_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	subsd	%xmm1, %xmm0
	leaq	L_.str.22(%rip), %rdi
	movsd	LCPI3_9(%rip), %xmm1            ## xmm1 = mem[0],zero
	movb	$2, %al
	callq	_printf
	movsd	_vone(%rip), %xmm0              ## xmm0 = mem[0],zero
	movsd	%xmm0, -448(%rbp)               ## 8-byte Spill
	movl	$2, %eax
	xorps	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	movl	%eax, -436(%rbp)                ## 4-byte Spill
	jne	LBB3_26
	jp	LBB3_26
LBB3_25:
	movl	-436(%rbp), %eax                ## 4-byte Reload
	cmpl	$4, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %eax
	movl	%eax, -500(%rbp)                ## 4-byte Spill
	movsd	_vzero(%rip), %xmm0             ## xmm0 = mem[0],zero
	movsd	%xmm0, -496(%rbp)               ## 8-byte Spill
	movl	$2, %eax
	xorps	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	movl	%eax, -484(%rbp)                ## 4-byte Spill
	jne	LBB3_30
	jp	LBB3_30
	jmp	LBB3_29
LBB3_26:
	movsd	-448(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	xorl	%eax, %eax
	ucomisd	%xmm0, %xmm0
	movl	%eax, -436(%rbp)                ## 4-byte Spill
	jp	LBB3_25
## %bb.27:
	movsd	-448(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movaps	LCPI3_2(%rip), %xmm1            ## xmm1 = [NaN,NaN]
	pand	%xmm1, %xmm0
	movsd	%xmm0, -512(%rbp)               ## 8-byte Spill
	movl	$1, %eax
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	movl	%eax, -436(%rbp)                ## 4-byte Spill
	jne	LBB3_28
	jp	LBB3_28
	jmp	LBB3_25
LBB3_28:
	movsd	-512(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	$3, %eax
	movl	$4, %ecx
	ucomisd	%xmm1, %xmm0
	cmovbel	%ecx, %eax
	movl	%eax, -436(%rbp)                ## 4-byte Spill
	jmp	LBB3_25
LBB3_29:
	movl	-484(%rbp), %eax                ## 4-byte Reload
	cmpl	$2, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %eax
	movl	%eax, -532(%rbp)                ## 4-byte Spill
	movsd	-216(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	%xmm0, -528(%rbp)               ## 8-byte Spill
	movl	$2, %eax
	xorps	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	movl	%eax, -516(%rbp)                ## 4-byte Spill
	jne	LBB3_34
	jp	LBB3_34
	jmp	LBB3_33
LBB3_30:
	movsd	-496(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	xorl	%eax, %eax
	ucomisd	%xmm0, %xmm0
	movl	%eax, -484(%rbp)                ## 4-byte Spill
	jp	LBB3_29
## %bb.31:
	movsd	-496(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movaps	LCPI3_2(%rip), %xmm1            ## xmm1 = [NaN,NaN]
	pand	%xmm1, %xmm0
	movsd	%xmm0, -544(%rbp)               ## 8-byte Spill
	movl	$1, %eax
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	movl	%eax, -484(%rbp)                ## 4-byte Spill
	jne	LBB3_32
	jp	LBB3_32
	jmp	LBB3_29
LBB3_32:
	movsd	-544(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	$3, %eax
	movl	$4, %ecx
	ucomisd	%xmm1, %xmm0
	cmovbel	%ecx, %eax
	movl	%eax, -484(%rbp)                ## 4-byte Spill
	jmp	LBB3_29
LBB3_33:
	movl	-516(%rbp), %eax                ## 4-byte Reload
	cmpl	$1, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %eax
	movl	%eax, -564(%rbp)                ## 4-byte Spill
	movsd	-208(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	%xmm0, -560(%rbp)               ## 8-byte Spill
	movl	$2, %eax
	xorps	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	movl	%eax, -548(%rbp)                ## 4-byte Spill
	jne	LBB3_38
	jp	LBB3_38
	jmp	LBB3_37
LBB3_34:
	movsd	-528(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	xorl	%eax, %eax
	ucomisd	%xmm0, %xmm0
	movl	%eax, -516(%rbp)                ## 4-byte Spill
	jp	LBB3_33
## %bb.35:
	movsd	-528(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movaps	LCPI3_2(%rip), %xmm1            ## xmm1 = [NaN,NaN]
	pand	%xmm1, %xmm0
	movsd	%xmm0, -576(%rbp)               ## 8-byte Spill
	movl	$1, %eax
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	movl	%eax, -516(%rbp)                ## 4-byte Spill
	jne	LBB3_36
	jp	LBB3_36
	jmp	LBB3_33
LBB3_36:
	movsd	-576(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	$3, %eax
	movl	$4, %ecx
	ucomisd	%xmm1, %xmm0
	cmovbel	%ecx, %eax
	movl	%eax, -516(%rbp)                ## 4-byte Spill
	jmp	LBB3_33
LBB3_37:
	movl	-548(%rbp), %eax                ## 4-byte Reload
	cmpl	$0, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %eax
	movl	%eax, -596(%rbp)                ## 4-byte Spill
	movsd	_vone(%rip), %xmm1              ## xmm1 = mem[0],zero
	movsd	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	mulsd	%xmm1, %xmm0
	movsd	LCPI3_23(%rip), %xmm1           ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -592(%rbp)               ## 8-byte Spill
	movl	$2, %eax
	xorps	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	movl	%eax, -580(%rbp)                ## 4-byte Spill
	jne	LBB3_43
	jp	LBB3_43
	jmp	LBB3_41
LBB3_38:
	movsd	-560(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	xorl	%eax, %eax
	ucomisd	%xmm0, %xmm0
	movl	%eax, -548(%rbp)                ## 4-byte Spill
	jp	LBB3_37
## %bb.39:
	movsd	-560(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movaps	LCPI3_2(%rip), %xmm1            ## xmm1 = [NaN,NaN]
	pand	%xmm1, %xmm0
	movsd	%xmm0, -608(%rbp)               ## 8-byte Spill
	movl	$1, %eax
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	movl	%eax, -548(%rbp)                ## 4-byte Spill
	jne	LBB3_40
	jp	LBB3_40
	jmp	LBB3_37
LBB3_40:
	movsd	-608(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	$3, %eax
	movl	$4, %ecx
	ucomisd	%xmm1, %xmm0
	cmovbel	%ecx, %eax
	movl	%eax, -548(%rbp)                ## 4-byte Spill
	jmp	LBB3_37
LBB3_41:
	movl	-596(%rbp), %r8d                ## 4-byte Reload
	movl	-564(%rbp), %ecx                ## 4-byte Reload
	movl	-532(%rbp), %edx                ## 4-byte Reload
	movl	-500(%rbp), %esi                ## 4-byte Reload
	movl	-580(%rbp), %eax                ## 4-byte Reload
	cmpl	$3, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %r9d
	leaq	L_.str.23(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB3_46
## %bb.42:
	xorl	%eax, %eax
	addq	$624, %rsp                      ## imm = 0x270
	popq	%rbp
	retq
LBB3_43:
	movsd	-592(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	xorl	%eax, %eax
	ucomisd	%xmm0, %xmm0
	movl	%eax, -580(%rbp)                ## 4-byte Spill
	jp	LBB3_41
## %bb.44:
	movsd	-592(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movaps	LCPI3_2(%rip), %xmm1            ## xmm1 = [NaN,NaN]
	pand	%xmm1, %xmm0
	movsd	%xmm0, -616(%rbp)               ## 8-byte Spill
	movl	$1, %eax
	movsd	LCPI3_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	ucomisd	%xmm1, %xmm0
	movl	%eax, -580(%rbp)                ## 4-byte Spill
	jne	LBB3_45
	jp	LBB3_45
	jmp	LBB3_41
LBB3_45:
	movsd	-616(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movsd	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	$3, %eax
	movl	$4, %ecx
	ucomisd	%xmm1, %xmm0
	cmovbel	%ecx, %eax
	movl	%eax, -580(%rbp)                ## 4-byte Spill
	jmp	LBB3_41
LBB3_46:
	callq	___stack_chk_fail
	ud2
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

	.section	__TEXT,__const
	.p2align	4                               ## @__const.main.vals
l___const.main.vals:
	.quad	0xbff0000000000000              ## double -1
	.quad	0x0000000000000000              ## double 0
	.quad	0x3ff0000000000000              ## double 1

	.section	__TEXT,__cstring,cstring_literals
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

	.section	__TEXT,__const
	.p2align	4                               ## @__const.main.r
l___const.main.r:
	.quad	0xc004000000000000              ## double -2.5
	.quad	0xbff8000000000000              ## double -1.5
	.quad	0xbfe0000000000000              ## double -0.5
	.quad	0x3fe0000000000000              ## double 0.5
	.quad	0x3ff8000000000000              ## double 1.5
	.quad	0x4004000000000000              ## double 2.5
	.quad	0x400599999999999a              ## double 2.7000000000000002
	.quad	0xc00599999999999a              ## double -2.7000000000000002
	.quad	0x430c6bf526340004              ## double 1000000000000000.5

	.section	__TEXT,__cstring,cstring_literals
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

L_.str.16:                              ## @.str.16
	.asciz	"\n"

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
