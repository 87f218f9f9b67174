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
	movd	%xmm0, %eax
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
	movd	%edi, %xmm0
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
	movq	%xmm0, %rax
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
	movq	%rdi, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function q_rsqrt
LCPI4_0:
	.long	0xbf000000                      ## float -0.5
LCPI4_1:
	.long	0x3fc00000                      ## float 1.5
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
	movd	%xmm0, %eax
	shrl	%eax
	movl	$1597463007, %ecx               ## imm = 0x5F3759DF
	subl	%eax, %ecx
	movd	%ecx, %xmm1
	mulss	LCPI4_0(%rip), %xmm0
	movaps	%xmm0, %xmm2
	mulss	%xmm1, %xmm2
	mulss	%xmm1, %xmm2
	movss	LCPI4_1(%rip), %xmm3            ## xmm3 = mem[0],zero,zero,zero
	addss	%xmm3, %xmm2
	mulss	%xmm1, %xmm2
	mulss	%xmm2, %xmm0
	mulss	%xmm2, %xmm0
	addss	%xmm3, %xmm0
	mulss	%xmm2, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function main
LCPI5_0:
	.long	0x3f800000                      ## float 1
LCPI5_2:
	.long	0xbf800000                      ## float -1
LCPI5_4:
	.long	0x3f000000                      ## float 0.5
LCPI5_6:
	.long	0x40000000                      ## float 2
LCPI5_8:
	.long	0x40490fdb                      ## float 3.14159274
LCPI5_10:
	.long	0x000116c2                      ## float 9.9999461E-41
LCPI5_12:
	.long	0x7f7fc99e                      ## float 3.39999995E+38
LCPI5_19:
	.long	0x3e800000                      ## float 0.25
LCPI5_21:
	.long	0x40800000                      ## float 4
LCPI5_23:
	.long	0x41800000                      ## float 16
LCPI5_25:
	.long	0x42800000                      ## float 64
LCPI5_27:
	.long	0xc0600000                      ## float -3.5
LCPI5_28:
	.long	0xbe800000                      ## float -0.25
LCPI5_29:
	.long	0x3e000000                      ## float 0.125
LCPI5_30:
	.long	0x40e00000                      ## float 7
LCPI5_31:
	.long	0x42c90000                      ## float 100.5
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3
LCPI5_1:
	.quad	0x3ff0000000000000              ## double 1
LCPI5_3:
	.quad	0xbff0000000000000              ## double -1
LCPI5_5:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI5_7:
	.quad	0x4000000000000000              ## double 2
LCPI5_9:
	.quad	0x400921fb60000000              ## double 3.1415927410125732
LCPI5_11:
	.quad	0x37a16c2000000000              ## double 9.9999461011147596E-41
LCPI5_13:
	.quad	0x47eff933c0000000              ## double 3.3999999521443642E+38
LCPI5_14:
	.quad	0x8000000000000000              ## double -0
LCPI5_15:
	.quad	0x3fb999999999999a              ## double 0.10000000000000001
LCPI5_16:
	.quad	0x7e37e43c8800759c              ## double 1.0000000000000001E+300
LCPI5_17:
	.quad	0x0000000000000001              ## double 4.9406564584124654E-324
LCPI5_20:
	.quad	0x3fd0000000000000              ## double 0.25
LCPI5_22:
	.quad	0x4010000000000000              ## double 4
LCPI5_24:
	.quad	0x4030000000000000              ## double 16
LCPI5_26:
	.quad	0x4050000000000000              ## double 64
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4
LCPI5_18:
	.quad	0x8000000000000000              ## double -0
	.quad	0x8000000000000000              ## double -0
LCPI5_32:
	.long	2147483648                      ## 0x80000000
	.long	2147483648                      ## 0x80000000
	.long	2147483648                      ## 0x80000000
	.long	2147483648                      ## 0x80000000
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
	subq	$40, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movss	_vf(%rip), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	movss	%xmm0, -64(%rbp)                ## 4-byte Spill
	xorps	%xmm0, %xmm0
	callq	_float_bits
	movl	%eax, %r14d
	movl	%eax, %r13d
	shrl	$31, %r13d
	shrl	$23, %eax
	movzbl	%al, %r12d
	movl	%r14d, %ebx
	andl	$8388607, %ebx                  ## imm = 0x7FFFFF
	movl	%r14d, %edi
	movl	%r14d, -80(%rbp)                ## 4-byte Spill
	callq	_bits_float
	cvtss2sd	%xmm0, %xmm1
	leaq	L_.str(%rip), %r15
	xorps	%xmm0, %xmm0
	movq	%r15, %rdi
	movl	%r14d, %esi
	movl	%r13d, %edx
	movl	%r12d, %ecx
	movl	%ebx, %r8d
	movb	$2, %al
	callq	_printf
	movss	LCPI5_0(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %ebx
	movl	%eax, %r12d
	shrl	$31, %r12d
	shrl	$23, %eax
	movzbl	%al, %r13d
	movl	%ebx, %r14d
	andl	$8388607, %r14d                 ## imm = 0x7FFFFF
	movl	%ebx, %edi
	callq	_bits_float
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	LCPI5_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	%r12d, %edx
	movl	%r13d, %ecx
	movl	%r14d, %r8d
	movb	$2, %al
	callq	_printf
	movss	LCPI5_2(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %ebx
	movl	%eax, %r14d
	shrl	$31, %r14d
	shrl	$23, %eax
	movzbl	%al, %r12d
	movl	%ebx, %r13d
	andl	$8388607, %r13d                 ## imm = 0x7FFFFF
	movl	%ebx, %edi
	callq	_bits_float
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	LCPI5_3(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	%r14d, %edx
	movl	%r12d, %ecx
	movl	%r13d, %r8d
	movb	$2, %al
	callq	_printf
	movss	LCPI5_4(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %ebx
	movl	%eax, %r14d
	shrl	$31, %r14d
	shrl	$23, %eax
	movzbl	%al, %r12d
	movl	%ebx, %r13d
	andl	$8388607, %r13d                 ## imm = 0x7FFFFF
	movl	%ebx, %edi
	callq	_bits_float
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	LCPI5_5(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	%r14d, %edx
	movl	%r12d, %ecx
	movl	%r13d, %r8d
	movb	$2, %al
	callq	_printf
	movss	LCPI5_6(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %ebx
	movl	%eax, %r14d
	shrl	$31, %r14d
	shrl	$23, %eax
	movzbl	%al, %r12d
	movl	%ebx, %r13d
	andl	$8388607, %r13d                 ## imm = 0x7FFFFF
	movl	%ebx, %edi
	callq	_bits_float
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	LCPI5_7(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	%r14d, %edx
	movl	%r12d, %ecx
	movl	%r13d, %r8d
	movb	$2, %al
	callq	_printf
	movss	LCPI5_8(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %ebx
	movl	%eax, %r14d
	shrl	$31, %r14d
	shrl	$23, %eax
	movzbl	%al, %r12d
	movl	%ebx, %r13d
	andl	$8388607, %r13d                 ## imm = 0x7FFFFF
	movl	%ebx, %edi
	callq	_bits_float
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	LCPI5_9(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	%r14d, %edx
	movl	%r12d, %ecx
	movl	%r13d, %r8d
	movb	$2, %al
	callq	_printf
	movss	-64(%rbp), %xmm0                ## 4-byte Reload
                                        ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %ebx
	movss	-64(%rbp), %xmm0                ## 4-byte Reload
                                        ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movl	%eax, %r14d
	shrl	$31, %r14d
	shrl	$23, %eax
	movzbl	%al, %r12d
	movl	%ebx, %r13d
	andl	$8388607, %r13d                 ## imm = 0x7FFFFF
	movl	%ebx, %edi
	callq	_bits_float
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movq	%r15, %rdi
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movl	%ebx, %esi
	movl	%r14d, %edx
	movl	%r12d, %ecx
	movl	%r13d, %r8d
	movb	$2, %al
	callq	_printf
	movss	LCPI5_10(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %ebx
	movl	%eax, %r14d
	shrl	$31, %r14d
	shrl	$23, %eax
	movzbl	%al, %r12d
	movl	%ebx, %r13d
	andl	$8388607, %r13d                 ## imm = 0x7FFFFF
	movl	%ebx, %edi
	callq	_bits_float
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	LCPI5_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	%r14d, %edx
	movl	%r12d, %ecx
	movl	%r13d, %r8d
	movb	$2, %al
	callq	_printf
	movss	LCPI5_12(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %ebx
	movl	%eax, %r14d
	shrl	$31, %r14d
	shrl	$23, %eax
	movzbl	%al, %r12d
	movl	%ebx, %r13d
	andl	$8388607, %r13d                 ## imm = 0x7FFFFF
	movl	%ebx, %edi
	callq	_bits_float
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	LCPI5_13(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	%r14d, %edx
	movl	%r12d, %ecx
	movl	%r13d, %r8d
	movb	$2, %al
	callq	_printf
	movsd	_vd(%rip), %xmm0                ## xmm0 = mem[0],zero
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movsd	LCPI5_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	callq	_double_bits
	movq	%rax, %rdx
	shrq	$52, %rdx
	andl	$2047, %edx                     ## imm = 0x7FF
	leaq	L_.str.1(%rip), %rbx
	movq	%rbx, %rdi
	movsd	LCPI5_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%rax, %rsi
                                        ## kill: def $edx killed $edx killed $rdx
	movb	$1, %al
	callq	_printf
	movsd	LCPI5_14(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_double_bits
	movq	%rax, %rdx
	shrq	$52, %rdx
	andl	$2047, %edx                     ## imm = 0x7FF
	movq	%rbx, %rdi
	movsd	LCPI5_14(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rax, %rsi
                                        ## kill: def $edx killed $edx killed $rdx
	movb	$1, %al
	callq	_printf
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	callq	_double_bits
	movq	%rax, %rdx
	shrq	$52, %rdx
	andl	$2047, %edx                     ## imm = 0x7FF
	movq	%rbx, %rdi
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movq	%rax, %rsi
                                        ## kill: def $edx killed $edx killed $rdx
	movb	$1, %al
	callq	_printf
	movsd	LCPI5_15(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_double_bits
	movq	%rax, %rdx
	shrq	$52, %rdx
	andl	$2047, %edx                     ## imm = 0x7FF
	movq	%rbx, %rdi
	movsd	LCPI5_15(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rax, %rsi
                                        ## kill: def $edx killed $edx killed $rdx
	movb	$1, %al
	callq	_printf
	movsd	LCPI5_16(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_double_bits
	movq	%rax, %rdx
	shrq	$52, %rdx
	andl	$2047, %edx                     ## imm = 0x7FF
	movq	%rbx, %rdi
	movsd	LCPI5_16(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rax, %rsi
                                        ## kill: def $edx killed $edx killed $rdx
	movb	$1, %al
	callq	_printf
	movsd	LCPI5_17(%rip), %xmm0           ## xmm0 = mem[0],zero
	callq	_double_bits
	movq	%rax, %rdx
	shrq	$52, %rdx
	andl	$2047, %edx                     ## imm = 0x7FF
	movq	%rbx, %rdi
	movsd	LCPI5_17(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rax, %rsi
                                        ## kill: def $edx killed $edx killed $rdx
	movb	$1, %al
	callq	_printf
	movq	_vd(%rip), %rsi
	movq	%rsi, %rdx
	shrq	$32, %rdx
	leaq	L_.str.2(%rip), %rdi
                                        ## kill: def $esi killed $esi killed $rsi
                                        ## kill: def $edx killed $edx killed $rdx
	xorl	%eax, %eax
	callq	_printf
	movl	_vf(%rip), %eax
	movzbl	%al, %esi
	movzbl	%ah, %edx
	movl	%eax, %ecx
	shrl	$16, %ecx
	movzbl	%cl, %ecx
	shrl	$24, %eax
	leaq	L_.str.3(%rip), %rdi
	movl	%eax, %r8d
	xorl	%eax, %eax
	callq	_printf
	movss	_vf(%rip), %xmm0                ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
                                        ## kill: def $eax killed $eax def $rax
	leal	8388608(%rax), %edi
	callq	_bits_float
	movss	%xmm0, -64(%rbp)                ## 4-byte Spill
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.4(%rip), %rbx
	movq	%rbx, %rdi
	movl	$1, %esi
	movb	$1, %al
	callq	_printf
	movss	-64(%rbp), %xmm0                ## 4-byte Reload
                                        ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
                                        ## kill: def $eax killed $eax def $rax
	leal	8388608(%rax), %edi
	callq	_bits_float
	movss	%xmm0, -64(%rbp)                ## 4-byte Spill
	cvtss2sd	%xmm0, %xmm0
	movq	%rbx, %rdi
	movl	$2, %esi
	movb	$1, %al
	callq	_printf
	movss	-64(%rbp), %xmm0                ## 4-byte Reload
                                        ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
                                        ## kill: def $eax killed $eax def $rax
	leal	8388608(%rax), %edi
	callq	_bits_float
	movss	%xmm0, -64(%rbp)                ## 4-byte Spill
	cvtss2sd	%xmm0, %xmm0
	movq	%rbx, %rdi
	movl	$3, %esi
	movb	$1, %al
	callq	_printf
	movss	-64(%rbp), %xmm0                ## 4-byte Reload
                                        ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
                                        ## kill: def $eax killed $eax def $rax
	leal	8388608(%rax), %edi
	callq	_bits_float
	movss	%xmm0, -64(%rbp)                ## 4-byte Spill
	cvtss2sd	%xmm0, %xmm0
	movq	%rbx, %rdi
	movl	$4, %esi
	movb	$1, %al
	callq	_printf
	movss	-64(%rbp), %xmm0                ## 4-byte Reload
                                        ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
                                        ## kill: def $eax killed $eax def $rax
	leal	8388608(%rax), %edi
	callq	_bits_float
	cvtss2sd	%xmm0, %xmm0
	movq	%rbx, %rdi
	movl	$5, %esi
	movb	$1, %al
	callq	_printf
	movabsq	$4611686018427387904, %rdi      ## imm = 0x4000000000000000
	callq	_bits_double
	movsd	%xmm0, -64(%rbp)                ## 8-byte Spill
	movabsq	$-4586634745500139520, %rdi     ## imm = 0xC059000000000000
	callq	_bits_double
	movaps	%xmm0, %xmm1
	leaq	L_.str.5(%rip), %rdi
	movsd	-64(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movb	$2, %al
	callq	_printf
	movl	$2139095040, %edi               ## imm = 0x7F800000
	callq	_bits_float
	addss	%xmm0, %xmm0
	callq	_float_bits
	movl	%eax, %ebx
	movabsq	$9218868437227405312, %rdi      ## imm = 0x7FF0000000000000
	callq	_bits_double
	xorps	LCPI5_18(%rip), %xmm0
	callq	_double_bits
	leaq	L_.str.6(%rip), %rdi
	movl	%ebx, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movss	LCPI5_19(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_q_rsqrt
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	leaq	L_.str.7(%rip), %rbx
	movsd	LCPI5_20(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rbx, %rdi
	movb	$2, %al
	callq	_printf
	movss	LCPI5_0(%rip), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	callq	_q_rsqrt
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movq	%rbx, %rdi
	movsd	LCPI5_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	movb	$2, %al
	callq	_printf
	movss	LCPI5_21(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_q_rsqrt
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	LCPI5_22(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rbx, %rdi
	movb	$2, %al
	callq	_printf
	movss	LCPI5_23(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_q_rsqrt
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	LCPI5_24(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rbx, %rdi
	movb	$2, %al
	callq	_printf
	movss	LCPI5_25(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_q_rsqrt
	xorps	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	LCPI5_26(%rip), %xmm0           ## xmm0 = mem[0],zero
	movq	%rbx, %rdi
	movb	$2, %al
	callq	_printf
	movss	LCPI5_27(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %ebx
	orl	$-2147483648, %ebx              ## imm = 0x80000000
	testl	%eax, %eax
	notl	%eax
	cmovsl	%eax, %ebx
	leaq	L_.str.8(%rip), %r15
	movq	%r15, %rdi
	movl	%ebx, %esi
	xorl	%eax, %eax
	callq	_printf
	movss	LCPI5_28(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %r14d
	orl	$-2147483648, %r14d             ## imm = 0x80000000
	testl	%eax, %eax
	notl	%eax
	cmovsl	%eax, %r14d
	cmpl	%ebx, %r14d
	seta	%r13b
	movq	%r15, %rdi
	movl	%r14d, %esi
	xorl	%eax, %eax
	callq	_printf
	movss	LCPI5_29(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %r12d
	movss	LCPI5_30(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movl	%eax, %ebx
	movss	LCPI5_31(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_float_bits
	movd	%eax, %xmm0
	pinsrd	$1, %ebx, %xmm0
	pinsrd	$2, %r12d, %xmm0
	pinsrd	$3, -80(%rbp), %xmm0            ## 4-byte Folded Reload
	pcmpeqd	%xmm1, %xmm1
	pxor	%xmm0, %xmm1
	movdqa	LCPI5_32(%rip), %xmm2           ## xmm2 = [2147483648,2147483648,2147483648,2147483648]
	por	%xmm0, %xmm2
	blendvps	%xmm0, %xmm1, %xmm2
	movaps	%xmm2, -64(%rbp)                ## 16-byte Spill
	extractps	$1, %xmm2, %r12d
	extractps	$2, %xmm2, %ebx
	extractps	$3, %xmm2, %esi
	pshufd	$249, %xmm2, %xmm0              ## xmm0 = xmm2[1,2,3,3]
	pinsrd	$3, %r14d, %xmm0
	movdqa	%xmm0, -80(%rbp)                ## 16-byte Spill
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	%r15, %rdi
	movl	%ebx, %esi
	xorl	%eax, %eax
	callq	_printf
	movq	%r15, %rdi
	movl	%r12d, %esi
	xorl	%eax, %eax
	callq	_printf
	movdqa	-64(%rbp), %xmm0                ## 16-byte Reload
	movdqa	-80(%rbp), %xmm1                ## 16-byte Reload
	pminud	%xmm0, %xmm1
	pcmpeqd	%xmm0, %xmm1
	movmskps	%xmm1, %eax
	testl	%eax, %eax
	sete	%al
	andb	%r13b, %al
	movzbl	%al, %ebx
	movd	%xmm0, %esi
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.9(%rip), %rdi
	movl	%ebx, %esi
	xorl	%eax, %eax
	callq	_printf
	pxor	%xmm0, %xmm0
	mulsd	_vd(%rip), %xmm0
	cvttsd2si	%xmm0, %esi
	addl	$1078530011, %esi               ## imm = 0x40490FDB
	movd	%esi, %xmm0
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.10(%rip), %rdi
	movb	$1, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$40, %rsp
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

L_.str.8:                               ## @.str.8
	.asciz	"%08x "

L_.str.9:                               ## @.str.9
	.asciz	"\nordered=%d\n"

L_.str.10:                              ## @.str.10
	.asciz	"int roundtrip through float storage: %d (%.6f)\n"

.subsections_via_symbols
