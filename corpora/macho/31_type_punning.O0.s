	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_float_bits                     ## -- Begin function float_bits
	.p2align	4, 0x90
_float_bits:                            ## @float_bits
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movss	%xmm0, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, -8(%rbp)
	movl	-8(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_bits_float                     ## -- Begin function bits_float
	.p2align	4, 0x90
_bits_float:                            ## @bits_float
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, -8(%rbp)
	movss	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_double_bits                    ## -- Begin function double_bits
	.p2align	4, 0x90
_double_bits:                           ## @double_bits
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	movsd	%xmm0, -16(%rbp)
	movq	-16(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_bits_double                    ## -- Begin function bits_double
	.p2align	4, 0x90
_bits_double:                           ## @bits_double
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function q_rsqrt
LCPI4_0:
	.long	0x3fc00000                      ## float 1.5
LCPI4_1:
	.long	0x3f000000                      ## float 0.5
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_q_rsqrt
	.p2align	4, 0x90
_q_rsqrt:                               ## @q_rsqrt
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movss	%xmm0, -4(%rbp)
	movss	LCPI4_1(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	mulss	-4(%rbp), %xmm0
	movss	%xmm0, -8(%rbp)
	movss	-4(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -12(%rbp)
	movl	-12(%rbp), %eax
	movl	%eax, -16(%rbp)
	movl	-16(%rbp), %ecx
	shrl	$1, %ecx
	movl	$1597463007, %eax               ## imm = 0x5F3759DF
	subl	%ecx, %eax
	movl	%eax, -16(%rbp)
	movl	-16(%rbp), %eax
	movl	%eax, -12(%rbp)
	movss	-12(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	movss	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero,zero,zero
	mulss	-12(%rbp), %xmm1
	movss	-12(%rbp), %xmm2                ## xmm2 = mem[0],zero,zero,zero
	movd	%xmm1, %eax
	xorl	$2147483648, %eax               ## imm = 0x80000000
	movd	%eax, %xmm1
	mulss	%xmm2, %xmm1
	movss	LCPI4_0(%rip), %xmm2            ## xmm2 = mem[0],zero,zero,zero
	addss	%xmm2, %xmm1
	mulss	%xmm1, %xmm0
	movss	%xmm0, -12(%rbp)
	movss	-12(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	movss	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero,zero,zero
	mulss	-12(%rbp), %xmm1
	movss	-12(%rbp), %xmm2                ## xmm2 = mem[0],zero,zero,zero
	movd	%xmm1, %eax
	xorl	$2147483648, %eax               ## imm = 0x80000000
	movd	%eax, %xmm1
	mulss	%xmm2, %xmm1
	movss	LCPI4_0(%rip), %xmm2            ## xmm2 = mem[0],zero,zero,zero
	addss	%xmm2, %xmm1
	mulss	%xmm1, %xmm0
	movss	%xmm0, -12(%rbp)
	movss	-12(%rbp), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function main
LCPI5_0:
	.long	0x7f7fc99e                      ## float 3.39999995E+38
LCPI5_1:
	.long	0x000116c2                      ## float 9.9999461E-41
LCPI5_2:
	.long	0x40490fdb                      ## float 3.14159274
LCPI5_3:
	.long	0x40000000                      ## float 2
LCPI5_4:
	.long	0x3f000000                      ## float 0.5
LCPI5_5:
	.long	0xbf800000                      ## float -1
LCPI5_6:
	.long	0x3f800000                      ## float 1
LCPI5_12:
	.long	0x3e800000                      ## float 0.25
LCPI5_13:
	.long	0x42800000                      ## float 64
LCPI5_14:
	.long	0x40800000                      ## float 4
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3
LCPI5_7:
	.quad	0x0000000000000001              ## double 4.9406564584124654E-324
LCPI5_8:
	.quad	0x7e37e43c8800759c              ## double 1.0000000000000001E+300
LCPI5_9:
	.quad	0x3fb999999999999a              ## double 0.10000000000000001
LCPI5_10:
	.quad	0x8000000000000000              ## double -0
LCPI5_11:
	.quad	0x3ff0000000000000              ## double 1
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
	subq	$272, %rsp                      ## imm = 0x110
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -132(%rbp)
	xorps	%xmm0, %xmm0
	movss	%xmm0, -48(%rbp)
	movss	LCPI5_6(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -44(%rbp)
	movss	LCPI5_5(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -40(%rbp)
	movss	LCPI5_4(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -36(%rbp)
	movss	LCPI5_3(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -32(%rbp)
	movss	LCPI5_2(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -28(%rbp)
	movss	_vf(%rip), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -24(%rbp)
	movss	LCPI5_1(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -20(%rbp)
	movss	LCPI5_0(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -16(%rbp)
	movl	$0, -136(%rbp)
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$9, -136(%rbp)
	jge	LBB5_4
## %bb.2:                               ##   in Loop: Header=BB5_1 Depth=1
	movslq	-136(%rbp), %rax
	movss	-48(%rbp,%rax,4), %xmm0         ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, -140(%rbp)
	movslq	-136(%rbp), %rax
	movss	-48(%rbp,%rax,4), %xmm0         ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	movsd	%xmm0, -224(%rbp)               ## 8-byte Spill
	movl	-140(%rbp), %eax
	movl	%eax, -240(%rbp)                ## 4-byte Spill
	movl	-140(%rbp), %eax
	shrl	$31, %eax
	movl	%eax, -236(%rbp)                ## 4-byte Spill
	movl	-140(%rbp), %eax
	shrl	$23, %eax
	andl	$255, %eax
	movl	%eax, -232(%rbp)                ## 4-byte Spill
	movl	-140(%rbp), %eax
	andl	$8388607, %eax                  ## imm = 0x7FFFFF
	movl	%eax, -228(%rbp)                ## 4-byte Spill
	movl	-140(%rbp), %edi
	callq	_bits_float
	movl	-240(%rbp), %esi                ## 4-byte Reload
	movl	-236(%rbp), %edx                ## 4-byte Reload
	movl	-232(%rbp), %ecx                ## 4-byte Reload
	movl	-228(%rbp), %r8d                ## 4-byte Reload
	movaps	%xmm0, %xmm1
	movsd	-224(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	cvtss2sd	%xmm1, %xmm1
	leaq	L_.str(%rip), %rdi
	movb	$2, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB5_1 Depth=1
	movl	-136(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -136(%rbp)
	jmp	LBB5_1
LBB5_4:
	movsd	LCPI5_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	%xmm0, -96(%rbp)
	movsd	LCPI5_10(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	%xmm0, -88(%rbp)
	movsd	_vd(%rip), %xmm0                ## xmm0 = mem[0],zero
	movsd	%xmm0, -80(%rbp)
	movsd	LCPI5_9(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	%xmm0, -72(%rbp)
	movsd	LCPI5_8(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	%xmm0, -64(%rbp)
	movsd	LCPI5_7(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	%xmm0, -56(%rbp)
	movl	$0, -144(%rbp)
LBB5_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$6, -144(%rbp)
	jge	LBB5_8
## %bb.6:                               ##   in Loop: Header=BB5_5 Depth=1
	movslq	-144(%rbp), %rax
	movsd	-96(%rbp,%rax,8), %xmm0         ## xmm0 = mem[0],zero
	callq	_double_bits
	movq	%rax, -152(%rbp)
	movslq	-144(%rbp), %rax
	movsd	-96(%rbp,%rax,8), %xmm0         ## xmm0 = mem[0],zero
	movq	-152(%rbp), %rsi
	movq	-152(%rbp), %rax
	shrq	$52, %rax
	andq	$2047, %rax                     ## imm = 0x7FF
	movl	%eax, %edx
	leaq	L_.str.1(%rip), %rdi
	movb	$1, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB5_5 Depth=1
	movl	-144(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -144(%rbp)
	jmp	LBB5_5
LBB5_8:
	movsd	_vd(%rip), %xmm0                ## xmm0 = mem[0],zero
	movsd	%xmm0, -160(%rbp)
	movl	-160(%rbp), %esi
	movl	-156(%rbp), %edx
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movss	_vf(%rip), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -168(%rbp)
	movzbl	-168(%rbp), %esi
	movzbl	-167(%rbp), %edx
	movzbl	-166(%rbp), %ecx
	movzbl	-165(%rbp), %r8d
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movss	_vf(%rip), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -172(%rbp)
	movl	$0, -176(%rbp)
LBB5_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -176(%rbp)
	jge	LBB5_12
## %bb.10:                              ##   in Loop: Header=BB5_9 Depth=1
	movss	-172(%rbp), %xmm0               ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	addl	$8388608, %eax                  ## imm = 0x800000
	movl	%eax, -180(%rbp)
	movl	-180(%rbp), %edi
	callq	_bits_float
	movss	%xmm0, -172(%rbp)
	movl	-176(%rbp), %esi
	addl	$1, %esi
	movss	-172(%rbp), %xmm0               ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.4(%rip), %rdi
	movb	$1, %al
	callq	_printf
## %bb.11:                              ##   in Loop: Header=BB5_9 Depth=1
	movl	-176(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -176(%rbp)
	jmp	LBB5_9
LBB5_12:
	movabsq	$4611686018427387904, %rdi      ## imm = 0x4000000000000000
	callq	_bits_double
	movsd	%xmm0, -256(%rbp)               ## 8-byte Spill
	movabsq	$-4586634745500139520, %rdi     ## imm = 0xC059000000000000
	callq	_bits_double
	movaps	%xmm0, %xmm1
	movsd	-256(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.5(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movl	$2139095040, %edi               ## imm = 0x7F800000
	callq	_bits_float
	movss	LCPI5_3(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm0
	callq	_float_bits
	movl	%eax, -244(%rbp)                ## 4-byte Spill
	movabsq	$9218868437227405312, %rdi      ## imm = 0x7FF0000000000000
	callq	_bits_double
	movq	%xmm0, %rax
	movabsq	$-9223372036854775808, %rcx     ## imm = 0x8000000000000000
	xorq	%rcx, %rax
	movq	%rax, %xmm0
	callq	_double_bits
	movl	-244(%rbp), %esi                ## 4-byte Reload
	movq	%rax, %rdx
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movss	LCPI5_12(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -184(%rbp)
LBB5_13:                                ## =>This Inner Loop Header: Depth=1
	movss	LCPI5_13(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	ucomiss	-184(%rbp), %xmm0
	jb	LBB5_16
## %bb.14:                              ##   in Loop: Header=BB5_13 Depth=1
	movss	-184(%rbp), %xmm0               ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	movsd	%xmm0, -264(%rbp)               ## 8-byte Spill
	movss	-184(%rbp), %xmm0               ## xmm0 = mem[0],zero,zero,zero
	callq	_q_rsqrt
	movaps	%xmm0, %xmm1
	movsd	-264(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	cvtss2sd	%xmm1, %xmm1
	leaq	L_.str.7(%rip), %rdi
	movb	$2, %al
	callq	_printf
## %bb.15:                              ##   in Loop: Header=BB5_13 Depth=1
	movss	LCPI5_14(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	mulss	-184(%rbp), %xmm0
	movss	%xmm0, -184(%rbp)
	jmp	LBB5_13
LBB5_16:
	movq	l___const.main.keys(%rip), %rax
	movq	%rax, -128(%rbp)
	movq	l___const.main.keys+8(%rip), %rax
	movq	%rax, -120(%rbp)
	movq	l___const.main.keys+16(%rip), %rax
	movq	%rax, -112(%rbp)
	movl	$0, -188(%rbp)
	movl	$1, -192(%rbp)
	movl	$0, -196(%rbp)
LBB5_17:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$6, -196(%rbp)
	jge	LBB5_26
## %bb.18:                              ##   in Loop: Header=BB5_17 Depth=1
	movslq	-196(%rbp), %rax
	movss	-128(%rbp,%rax,4), %xmm0        ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, -200(%rbp)
	movl	-200(%rbp), %eax
	andl	$-2147483648, %eax              ## imm = 0x80000000
	cmpl	$0, %eax
	je	LBB5_20
## %bb.19:                              ##   in Loop: Header=BB5_17 Depth=1
	movl	-200(%rbp), %eax
	xorl	$-1, %eax
	movl	%eax, -268(%rbp)                ## 4-byte Spill
	jmp	LBB5_21
LBB5_20:                                ##   in Loop: Header=BB5_17 Depth=1
	movl	-200(%rbp), %eax
	orl	$-2147483648, %eax              ## imm = 0x80000000
	movl	%eax, -268(%rbp)                ## 4-byte Spill
LBB5_21:                                ##   in Loop: Header=BB5_17 Depth=1
	movl	-268(%rbp), %eax                ## 4-byte Reload
	movl	%eax, -204(%rbp)
	cmpl	$0, -196(%rbp)
	jle	LBB5_24
## %bb.22:                              ##   in Loop: Header=BB5_17 Depth=1
	movl	-204(%rbp), %eax
	cmpl	-188(%rbp), %eax
	ja	LBB5_24
## %bb.23:                              ##   in Loop: Header=BB5_17 Depth=1
	movl	$0, -192(%rbp)
LBB5_24:                                ##   in Loop: Header=BB5_17 Depth=1
	movl	-204(%rbp), %eax
	movl	%eax, -188(%rbp)
	movl	-204(%rbp), %esi
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.25:                              ##   in Loop: Header=BB5_17 Depth=1
	movl	-196(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -196(%rbp)
	jmp	LBB5_17
LBB5_26:
	movl	-192(%rbp), %esi
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movsd	_vd(%rip), %xmm0                ## xmm0 = mem[0],zero
	xorps	%xmm1, %xmm1
	mulsd	%xmm1, %xmm0
	cvttsd2si	%xmm0, %eax
	addl	$1078530011, %eax               ## imm = 0x40490FDB
	movl	%eax, -208(%rbp)
	movl	-208(%rbp), %eax
	movl	%eax, -212(%rbp)
	movl	-212(%rbp), %eax
	movl	%eax, -216(%rbp)
	movl	-216(%rbp), %esi
	movss	-212(%rbp), %xmm0               ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.10(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB5_28
## %bb.27:
	xorl	%eax, %eax
	addq	$272, %rsp                      ## imm = 0x110
	popq	%rbp
	retq
LBB5_28:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vf                             ## @vf
	.p2align	2
_vf:
	.long	0x3e200000                      ## float 0.15625

	.globl	_vd                             ## @vd
	.p2align	3
_vd:
	.quad	0xc004000000000000              ## double -2.5

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%-12g bits=%08x sign=%u exp=%3u mant=%06x back=%g\n"

L_.str.1:                               ## @.str.1
	.asciz	"%-10g bits=%016llx exp=%4u\n"

L_.str.2:                               ## @.str.2
	.asciz	"halves (little endian): lo=%08x hi=%08x\n"

L_.str.3:                               ## @.str.3
	.asciz	"bytes: %02x %02x %02x %02x\n"

L_.str.4:                               ## @.str.4
	.asciz	"x*2^%d = %g\n"

L_.str.5:                               ## @.str.5
	.asciz	"bits_double(0x4000000000000000)=%g bits_double(0xc059000000000000)=%g\n"

L_.str.6:                               ## @.str.6
	.asciz	"inf bits=%08x ninf bits=%016llx\n"

L_.str.7:                               ## @.str.7
	.asciz	"q_rsqrt(%g)=%.3f\n"

	.section	__TEXT,__const
	.p2align	4                               ## @__const.main.keys
l___const.main.keys:
	.long	0xc0600000                      ## float -3.5
	.long	0xbe800000                      ## float -0.25
	.long	0x00000000                      ## float 0
	.long	0x3e000000                      ## float 0.125
	.long	0x40e00000                      ## float 7
	.long	0x42c90000                      ## float 100.5

	.section	__TEXT,__cstring,cstring_literals
L_.str.8:                               ## @.str.8
	.asciz	"%08x "

L_.str.9:                               ## @.str.9
	.asciz	"\nordered=%d\n"

L_.str.10:                              ## @.str.10
	.asciz	"int roundtrip through float storage: %d (%.6f)\n"

.subsections_via_symbols
