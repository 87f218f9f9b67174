	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_f7                             ## -- Begin function f7
	.p2align	4, 0x90
_f7:                                    ## @f7
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	16(%rbp), %rax
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	%r8, -40(%rbp)
	movq	%r9, -48(%rbp)
	movq	-8(%rbp), %rax
	movq	-16(%rbp), %rcx
	shlq	$1, %rcx
	subq	%rcx, %rax
	imulq	$3, -24(%rbp), %rcx
	addq	%rcx, %rax
	movq	-32(%rbp), %rcx
	shlq	$2, %rcx
	subq	%rcx, %rax
	imulq	$5, -40(%rbp), %rcx
	addq	%rcx, %rax
	imulq	$6, -48(%rbp), %rcx
	subq	%rcx, %rax
	imulq	$7, 16(%rbp), %rcx
	addq	%rcx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_f8                             ## -- Begin function f8
	.p2align	4, 0x90
_f8:                                    ## @f8
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	24(%rbp), %eax
	movl	16(%rbp), %eax
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	%ecx, -16(%rbp)
	movl	%r8d, -20(%rbp)
	movl	%r9d, -24(%rbp)
	movslq	-4(%rbp), %rax
	shlq	$0, %rax
	imull	$10, -8(%rbp), %ecx
	movslq	%ecx, %rcx
	addq	%rcx, %rax
	imull	$100, -12(%rbp), %ecx
	movslq	%ecx, %rcx
	addq	%rcx, %rax
	imull	$1000, -16(%rbp), %ecx          ## imm = 0x3E8
	movslq	%ecx, %rcx
	addq	%rcx, %rax
	movslq	-20(%rbp), %rcx
	imulq	$10000, %rcx, %rcx              ## imm = 0x2710
	addq	%rcx, %rax
	movslq	-24(%rbp), %rcx
	imulq	$100000, %rcx, %rcx             ## imm = 0x186A0
	addq	%rcx, %rax
	movslq	16(%rbp), %rcx
	imulq	$1000000, %rcx, %rcx            ## imm = 0xF4240
	addq	%rcx, %rax
	movslq	24(%rbp), %rcx
	imulq	$10000000, %rcx, %rcx           ## imm = 0x989680
	addq	%rcx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_f10                            ## -- Begin function f10
	.p2align	4, 0x90
_f10:                                   ## @f10
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	40(%rbp), %rax
	movq	32(%rbp), %rax
	movq	24(%rbp), %rax
	movq	16(%rbp), %rax
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	%r8, -40(%rbp)
	movq	%r9, -48(%rbp)
	imulq	$31, -8(%rbp), %rax
	addq	-16(%rbp), %rax
	imulq	$31, %rax, %rax
	addq	-24(%rbp), %rax
	imulq	$31, %rax, %rax
	addq	-32(%rbp), %rax
	imulq	$31, %rax, %rax
	addq	-40(%rbp), %rax
	imulq	$31, %rax, %rax
	addq	-48(%rbp), %rax
	imulq	$31, %rax, %rax
	addq	16(%rbp), %rax
	imulq	$31, %rax, %rax
	addq	24(%rbp), %rax
	imulq	$31, %rax, %rax
	addq	32(%rbp), %rax
	imulq	$31, %rax, %rax
	addq	40(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function d10
LCPI3_0:
	.quad	0x4080000000000000              ## double 512
LCPI3_1:
	.quad	0x4070000000000000              ## double 256
LCPI3_2:
	.quad	0x4060000000000000              ## double 128
LCPI3_3:
	.quad	0x4050000000000000              ## double 64
LCPI3_4:
	.quad	0x4040000000000000              ## double 32
LCPI3_5:
	.quad	0x4030000000000000              ## double 16
LCPI3_6:
	.quad	0x4020000000000000              ## double 8
LCPI3_7:
	.quad	0x4010000000000000              ## double 4
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_d10
	.p2align	4, 0x90
_d10:                                   ## @d10
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movsd	24(%rbp), %xmm8                 ## xmm8 = mem[0],zero
	movsd	16(%rbp), %xmm8                 ## xmm8 = mem[0],zero
	movsd	%xmm0, -8(%rbp)
	movsd	%xmm1, -16(%rbp)
	movsd	%xmm2, -24(%rbp)
	movsd	%xmm3, -32(%rbp)
	movsd	%xmm4, -40(%rbp)
	movsd	%xmm5, -48(%rbp)
	movsd	%xmm6, -56(%rbp)
	movsd	%xmm7, -64(%rbp)
	movsd	-8(%rbp), %xmm1                 ## xmm1 = mem[0],zero
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	addsd	%xmm0, %xmm0
	addsd	%xmm1, %xmm0
	movsd	-24(%rbp), %xmm1                ## xmm1 = mem[0],zero
	movsd	LCPI3_7(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm1
	addsd	%xmm0, %xmm1
	movsd	-32(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI3_6(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	movsd	-40(%rbp), %xmm1                ## xmm1 = mem[0],zero
	movsd	LCPI3_5(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm1
	addsd	%xmm0, %xmm1
	movsd	-48(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI3_4(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	movsd	-56(%rbp), %xmm1                ## xmm1 = mem[0],zero
	movsd	LCPI3_3(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm1
	addsd	%xmm0, %xmm1
	movsd	-64(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI3_2(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	movsd	16(%rbp), %xmm1                 ## xmm1 = mem[0],zero
	movsd	LCPI3_1(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm1
	addsd	%xmm0, %xmm1
	movsd	24(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	movsd	LCPI3_0(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_mixed                          ## -- Begin function mixed
	.p2align	4, 0x90
_mixed:                                 ## @mixed
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movsd	48(%rbp), %xmm8                 ## xmm8 = mem[0],zero
	movsd	40(%rbp), %xmm8                 ## xmm8 = mem[0],zero
	movl	32(%rbp), %eax
	movl	24(%rbp), %eax
	movl	16(%rbp), %eax
	movl	%edi, -4(%rbp)
	movsd	%xmm0, -16(%rbp)
	movl	%esi, -20(%rbp)
	movsd	%xmm1, -32(%rbp)
	movl	%edx, -36(%rbp)
	movsd	%xmm2, -48(%rbp)
	movl	%ecx, -52(%rbp)
	movsd	%xmm3, -64(%rbp)
	movl	%r8d, -68(%rbp)
	movsd	%xmm4, -80(%rbp)
	movl	%r9d, -84(%rbp)
	movsd	%xmm5, -96(%rbp)
	movsd	%xmm6, -104(%rbp)
	movsd	%xmm7, -112(%rbp)
	movslq	-4(%rbp), %rax
	movslq	-20(%rbp), %rcx
	shlq	$1, %rcx
	addq	%rcx, %rax
	movslq	-36(%rbp), %rcx
	imulq	$3, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-52(%rbp), %rcx
	shlq	$2, %rcx
	addq	%rcx, %rax
	movslq	-68(%rbp), %rcx
	imulq	$5, %rcx, %rcx
	addq	%rcx, %rax
	movslq	-84(%rbp), %rcx
	imulq	$6, %rcx, %rcx
	addq	%rcx, %rax
	movslq	16(%rbp), %rcx
	imulq	$7, %rcx, %rcx
	addq	%rcx, %rax
	movslq	24(%rbp), %rcx
	shlq	$3, %rcx
	addq	%rcx, %rax
	movslq	32(%rbp), %rcx
	imulq	$9, %rcx, %rcx
	addq	%rcx, %rax
	movq	%rax, -120(%rbp)
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	subsd	-32(%rbp), %xmm0
	addsd	-48(%rbp), %xmm0
	subsd	-64(%rbp), %xmm0
	addsd	-80(%rbp), %xmm0
	subsd	-96(%rbp), %xmm0
	addsd	-104(%rbp), %xmm0
	subsd	-112(%rbp), %xmm0
	addsd	40(%rbp), %xmm0
	subsd	48(%rbp), %xmm0
	movsd	%xmm0, -128(%rbp)
	cvtsi2sdq	-120(%rbp), %xmm0
	addsd	-128(%rbp), %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_narrow                         ## -- Begin function narrow
	.p2align	4, 0x90
_narrow:                                ## @narrow
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%cx, %ax
	movb	%dl, %cl
	movw	%si, %dx
	movb	%dil, %sil
	movw	40(%rbp), %di
	movb	32(%rbp), %dil
	movw	24(%rbp), %di
	movb	16(%rbp), %dil
	movb	%sil, -1(%rbp)
	movw	%dx, -4(%rbp)
	movb	%cl, -5(%rbp)
	movw	%ax, -8(%rbp)
	movl	%r8d, -12(%rbp)
	movl	%r9d, -16(%rbp)
	movsbl	-1(%rbp), %eax
	movswl	-4(%rbp), %ecx
	addl	%ecx, %eax
	movzbl	-5(%rbp), %ecx
	addl	%ecx, %eax
	movzwl	-8(%rbp), %ecx
	addl	%ecx, %eax
	addl	-12(%rbp), %eax
	cltq
	movl	-16(%rbp), %ecx
                                        ## kill: def $rcx killed $ecx
	addq	%rcx, %rax
	movsbq	16(%rbp), %rcx
	addq	%rcx, %rax
	movswq	24(%rbp), %rcx
	addq	%rcx, %rax
	movzbl	32(%rbp), %ecx
                                        ## kill: def $rcx killed $ecx
	addq	%rcx, %rax
	movzwl	40(%rbp), %ecx
                                        ## kill: def $rcx killed $ecx
	addq	%rcx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function f_floats
LCPI6_0:
	.long	0x3f000000                      ## float 0.5
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_f_floats
	.p2align	4, 0x90
_f_floats:                              ## @f_floats
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movss	32(%rbp), %xmm8                 ## xmm8 = mem[0],zero,zero,zero
	movss	24(%rbp), %xmm8                 ## xmm8 = mem[0],zero,zero,zero
	movss	16(%rbp), %xmm8                 ## xmm8 = mem[0],zero,zero,zero
	movss	%xmm0, -4(%rbp)
	movss	%xmm1, -8(%rbp)
	movss	%xmm2, -12(%rbp)
	movss	%xmm3, -16(%rbp)
	movss	%xmm4, -20(%rbp)
	movss	%xmm5, -24(%rbp)
	movss	%xmm6, -28(%rbp)
	movss	%xmm7, -32(%rbp)
	movss	-4(%rbp), %xmm1                 ## xmm1 = mem[0],zero,zero,zero
	addss	-8(%rbp), %xmm1
	addss	-12(%rbp), %xmm1
	addss	-16(%rbp), %xmm1
	addss	-20(%rbp), %xmm1
	addss	-24(%rbp), %xmm1
	addss	-28(%rbp), %xmm1
	addss	-32(%rbp), %xmm1
	addss	16(%rbp), %xmm1
	addss	24(%rbp), %xmm1
	movss	32(%rbp), %xmm0                 ## xmm0 = mem[0],zero,zero,zero
	movss	LCPI6_0(%rip), %xmm2            ## xmm2 = mem[0],zero,zero,zero
	mulss	%xmm2, %xmm0
	addss	%xmm1, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_forward                        ## -- Begin function forward
	.p2align	4, 0x90
_forward:                               ## @forward
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	subq	$104, %rsp
	.cfi_offset %rbx, -24
	movq	40(%rbp), %rax
	movq	32(%rbp), %rax
	movq	24(%rbp), %rax
	movq	16(%rbp), %rax
	movq	%rdi, -16(%rbp)
	movq	%rsi, -24(%rbp)
	movq	%rdx, -32(%rbp)
	movq	%rcx, -40(%rbp)
	movq	%r8, -48(%rbp)
	movq	%r9, -56(%rbp)
	movq	40(%rbp), %rdi
	movq	32(%rbp), %rsi
	movq	24(%rbp), %rdx
	movq	16(%rbp), %rcx
	movq	-56(%rbp), %r8
	movq	-48(%rbp), %r9
	movq	-40(%rbp), %rbx
	movq	-32(%rbp), %r11
	movq	-24(%rbp), %r10
	movq	-16(%rbp), %rax
	movq	%rbx, (%rsp)
	movq	%r11, 8(%rsp)
	movq	%r10, 16(%rsp)
	movq	%rax, 24(%rsp)
	callq	_f10
	movq	%rax, -64(%rbp)
	movq	-64(%rbp), %rax
	movq	%rax, -72(%rbp)                 ## 8-byte Spill
	movq	-16(%rbp), %rdi
	movq	-24(%rbp), %rsi
	movq	-32(%rbp), %rdx
	movq	-40(%rbp), %rcx
	movq	-48(%rbp), %r8
	movq	-56(%rbp), %r9
	movq	16(%rbp), %rax
	movq	%rax, (%rsp)
	callq	_f7
	movq	%rax, %rcx
	movq	-72(%rbp), %rax                 ## 8-byte Reload
	addq	%rcx, %rax
	addq	-16(%rbp), %rax
	addq	40(%rbp), %rax
	addq	$104, %rsp
	popq	%rbx
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function main
LCPI8_0:
	.long	0x3f800000                      ## float 1
LCPI8_1:
	.long	0x40000000                      ## float 2
LCPI8_2:
	.long	0x40400000                      ## float 3
LCPI8_3:
	.long	0x40800000                      ## float 4
LCPI8_4:
	.long	0x40a00000                      ## float 5
LCPI8_5:
	.long	0x40c00000                      ## float 6
LCPI8_6:
	.long	0x40e00000                      ## float 7
LCPI8_7:
	.long	0x41000000                      ## float 8
LCPI8_8:
	.long	0x41100000                      ## float 9
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3
LCPI8_9:
	.quad	0x4010000000000000              ## double 4
LCPI8_10:
	.quad	0x4024000000000000              ## double 10
LCPI8_11:
	.quad	0x4022000000000000              ## double 9
LCPI8_12:
	.quad	0x4020000000000000              ## double 8
LCPI8_13:
	.quad	0x401c000000000000              ## double 7
LCPI8_14:
	.quad	0x4018000000000000              ## double 6
LCPI8_15:
	.quad	0x4014000000000000              ## double 5
LCPI8_16:
	.quad	0x4008000000000000              ## double 3
LCPI8_17:
	.quad	0x4000000000000000              ## double 2
LCPI8_18:
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
	pushq	%rbx
	subq	$72, %rsp
	.cfi_offset %rbx, -24
	movl	$0, -12(%rbp)
	movl	_base(%rip), %eax
	movl	%eax, -16(%rbp)
	movsd	_dbase(%rip), %xmm0             ## xmm0 = mem[0],zero
	movsd	%xmm0, -24(%rbp)
	movslq	-16(%rbp), %rdi
	movl	-16(%rbp), %eax
	addl	$1, %eax
	movslq	%eax, %rsi
	movl	-16(%rbp), %eax
	addl	$2, %eax
	movslq	%eax, %rdx
	movl	-16(%rbp), %eax
	addl	$3, %eax
	movslq	%eax, %rcx
	movl	-16(%rbp), %eax
	addl	$4, %eax
	movslq	%eax, %r8
	movl	-16(%rbp), %eax
	addl	$5, %eax
	movslq	%eax, %r9
	movl	-16(%rbp), %eax
	addl	$6, %eax
	cltq
	movq	%rax, (%rsp)
	callq	_f7
	movq	%rax, %rsi
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-16(%rbp), %edi
	movl	-16(%rbp), %esi
	addl	$1, %esi
	movl	-16(%rbp), %edx
	addl	$2, %edx
	movl	-16(%rbp), %ecx
	addl	$3, %ecx
	movl	-16(%rbp), %r8d
	addl	$4, %r8d
	movl	-16(%rbp), %r9d
	addl	$5, %r9d
	movl	-16(%rbp), %r10d
	addl	$6, %r10d
	xorl	%eax, %eax
	subl	-16(%rbp), %eax
	movl	%r10d, (%rsp)
	movl	%eax, 8(%rsp)
	callq	_f8
	movq	%rax, %rsi
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movslq	-16(%rbp), %rdi
	xorl	%eax, %eax
	subl	-16(%rbp), %eax
	movslq	%eax, %rsi
	movl	$2, %edx
	movq	$-2, %rcx
	movl	$5, %r8d
	movl	$7, %r9d
	movq	$-9, (%rsp)
	movq	$11, 8(%rsp)
	movq	$13, 16(%rsp)
	movq	$-17, 24(%rsp)
	callq	_f10
	movq	%rax, %rsi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movsd	-24(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI8_18(%rip), %xmm1           ## xmm1 = mem[0],zero
	addsd	-24(%rbp), %xmm1
	movsd	LCPI8_17(%rip), %xmm2           ## xmm2 = mem[0],zero
	addsd	-24(%rbp), %xmm2
	movsd	LCPI8_16(%rip), %xmm3           ## xmm3 = mem[0],zero
	addsd	-24(%rbp), %xmm3
	movsd	LCPI8_9(%rip), %xmm4            ## xmm4 = mem[0],zero
	addsd	-24(%rbp), %xmm4
	movsd	LCPI8_15(%rip), %xmm5           ## xmm5 = mem[0],zero
	addsd	-24(%rbp), %xmm5
	movsd	LCPI8_14(%rip), %xmm6           ## xmm6 = mem[0],zero
	addsd	-24(%rbp), %xmm6
	movsd	LCPI8_13(%rip), %xmm7           ## xmm7 = mem[0],zero
	addsd	-24(%rbp), %xmm7
	movsd	LCPI8_12(%rip), %xmm9           ## xmm9 = mem[0],zero
	addsd	-24(%rbp), %xmm9
	movsd	-24(%rbp), %xmm8                ## xmm8 = mem[0],zero
	movq	%xmm8, %rax
	movabsq	$-9223372036854775808, %rcx     ## imm = 0x8000000000000000
	xorq	%rcx, %rax
	movq	%rax, %xmm8
	movsd	%xmm9, (%rsp)
	movsd	%xmm8, 8(%rsp)
	callq	_d10
	leaq	L_.str.3(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movl	-16(%rbp), %edi
	movsd	-24(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movl	-16(%rbp), %esi
	addl	$1, %esi
	movsd	LCPI8_17(%rip), %xmm1           ## xmm1 = mem[0],zero
	mulsd	-24(%rbp), %xmm1
	movl	-16(%rbp), %edx
	addl	$2, %edx
	movsd	LCPI8_16(%rip), %xmm2           ## xmm2 = mem[0],zero
	mulsd	-24(%rbp), %xmm2
	movl	-16(%rbp), %ecx
	addl	$3, %ecx
	movsd	LCPI8_9(%rip), %xmm3            ## xmm3 = mem[0],zero
	mulsd	-24(%rbp), %xmm3
	movl	-16(%rbp), %r8d
	addl	$4, %r8d
	movsd	LCPI8_15(%rip), %xmm4           ## xmm4 = mem[0],zero
	mulsd	-24(%rbp), %xmm4
	movl	-16(%rbp), %r9d
	addl	$5, %r9d
	movsd	LCPI8_14(%rip), %xmm5           ## xmm5 = mem[0],zero
	mulsd	-24(%rbp), %xmm5
	movl	-16(%rbp), %r11d
	addl	$6, %r11d
	movsd	LCPI8_13(%rip), %xmm6           ## xmm6 = mem[0],zero
	mulsd	-24(%rbp), %xmm6
	movl	-16(%rbp), %r10d
	addl	$7, %r10d
	movsd	LCPI8_12(%rip), %xmm7           ## xmm7 = mem[0],zero
	mulsd	-24(%rbp), %xmm7
	xorl	%eax, %eax
	subl	-16(%rbp), %eax
	movsd	LCPI8_11(%rip), %xmm9           ## xmm9 = mem[0],zero
	mulsd	-24(%rbp), %xmm9
	movsd	LCPI8_10(%rip), %xmm8           ## xmm8 = mem[0],zero
	mulsd	-24(%rbp), %xmm8
	movl	%r11d, (%rsp)
	movl	%r10d, 8(%rsp)
	movl	%eax, 16(%rsp)
	movsd	%xmm9, 24(%rsp)
	movsd	%xmm8, 32(%rsp)
	callq	_mixed
	leaq	L_.str.4(%rip), %rdi
	movb	$1, %al
	callq	_printf
	xorl	%eax, %eax
	subl	-16(%rbp), %eax
	movb	%al, %dil
	imull	$4294966996, -16(%rbp), %eax    ## imm = 0xFFFFFED4
	movw	%ax, %si
	movl	-16(%rbp), %eax
	movl	$3, %ecx
	cltd
	idivl	%ecx
	addl	$250, %eax
	movb	%al, %dl
	movl	-16(%rbp), %eax
	addl	$65000, %eax                    ## imm = 0xFDE8
	movw	%ax, %cx
	xorl	%eax, %eax
	subl	-16(%rbp), %eax
	imull	$1000, %eax, %r8d               ## imm = 0x3E8
	movl	-16(%rbp), %eax
	addl	$4294967168, %eax               ## imm = 0xFFFFFF80
	movb	%al, %bl
	movl	$4294935296, %eax               ## imm = 0xFFFF8300
	subl	-16(%rbp), %eax
	movw	%ax, %r11w
	movl	-16(%rbp), %eax
	addl	$200, %eax
	movb	%al, %r10b
	movl	-16(%rbp), %eax
	addl	$60000, %eax                    ## imm = 0xEA60
                                        ## kill: def $ax killed $ax killed $eax
	movl	$4000000000, %r9d               ## imm = 0xEE6B2800
	movsbl	%dil, %edi
	movswl	%si, %esi
	movzbl	%dl, %edx
	movzwl	%cx, %ecx
	movsbl	%bl, %ebx
	movl	%ebx, (%rsp)
	movswl	%r11w, %r11d
	movl	%r11d, 8(%rsp)
	movzbl	%r10b, %r10d
	movl	%r10d, 16(%rsp)
	movzwl	%ax, %eax
	movl	%eax, 24(%rsp)
	callq	_narrow
	movq	%rax, %rsi
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movsd	-24(%rbp), %xmm0                ## xmm0 = mem[0],zero
	cvtsd2ss	%xmm0, %xmm0
	movsd	LCPI8_9(%rip), %xmm1            ## xmm1 = mem[0],zero
	mulsd	-24(%rbp), %xmm1
	cvtsd2ss	%xmm1, %xmm8
	movss	LCPI8_0(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	movss	LCPI8_1(%rip), %xmm2            ## xmm2 = mem[0],zero,zero,zero
	movss	LCPI8_2(%rip), %xmm3            ## xmm3 = mem[0],zero,zero,zero
	movss	LCPI8_3(%rip), %xmm4            ## xmm4 = mem[0],zero,zero,zero
	movss	LCPI8_4(%rip), %xmm5            ## xmm5 = mem[0],zero,zero,zero
	movss	LCPI8_5(%rip), %xmm6            ## xmm6 = mem[0],zero,zero,zero
	movss	LCPI8_6(%rip), %xmm7            ## xmm7 = mem[0],zero,zero,zero
	movss	LCPI8_7(%rip), %xmm10           ## xmm10 = mem[0],zero,zero,zero
	movss	LCPI8_8(%rip), %xmm9            ## xmm9 = mem[0],zero,zero,zero
	movss	%xmm10, (%rsp)
	movss	%xmm9, 8(%rsp)
	movss	%xmm8, 16(%rsp)
	callq	_f_floats
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.6(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movslq	-16(%rbp), %rax
	movl	$1, %edi
	movl	$2, %esi
	movl	$3, %edx
	movl	$4, %ecx
	movl	$5, %r8d
	movl	$6, %r9d
	movq	$7, (%rsp)
	movq	$8, 8(%rsp)
	movq	$9, 16(%rsp)
	movq	%rax, 24(%rsp)
	callq	_forward
	movq	%rax, %rsi
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	$0, -32(%rbp)
	movl	$0, -36(%rbp)
LBB8_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -36(%rbp)
	jge	LBB8_4
## %bb.2:                               ##   in Loop: Header=BB8_1 Depth=1
	movslq	-36(%rbp), %rdi
	movl	-36(%rbp), %eax
	addl	$1, %eax
	movslq	%eax, %rsi
	movl	-36(%rbp), %eax
	addl	$2, %eax
	movslq	%eax, %rdx
	movl	-36(%rbp), %eax
	addl	$3, %eax
	movslq	%eax, %rcx
	movl	-36(%rbp), %eax
	addl	$4, %eax
	movslq	%eax, %r8
	movl	-36(%rbp), %eax
	addl	$5, %eax
	movslq	%eax, %r9
	movl	-36(%rbp), %eax
	addl	$6, %eax
	movslq	%eax, %rbx
	movl	-36(%rbp), %eax
	addl	$7, %eax
	movslq	%eax, %r11
	movl	-36(%rbp), %eax
	addl	$8, %eax
	movslq	%eax, %r10
	movslq	-16(%rbp), %rax
	movq	%rbx, (%rsp)
	movq	%r11, 8(%rsp)
	movq	%r10, 16(%rsp)
	movq	%rax, 24(%rsp)
	callq	_f10
	addq	-32(%rbp), %rax
	movq	%rax, -32(%rbp)
## %bb.3:                               ##   in Loop: Header=BB8_1 Depth=1
	movl	-36(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -36(%rbp)
	jmp	LBB8_1
LBB8_4:
	movq	-32(%rbp), %rsi
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$72, %rsp
	popq	%rbx
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_base                           ## @base
	.p2align	2
_base:
	.long	3                               ## 0x3

	.globl	_dbase                          ## @dbase
	.p2align	3
_dbase:
	.quad	0x3fe0000000000000              ## double 0.5

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"f7  = %ld\n"

L_.str.1:                               ## @.str.1
	.asciz	"f8  = %ld\n"

L_.str.2:                               ## @.str.2
	.asciz	"f10 = %ld\n"

L_.str.3:                               ## @.str.3
	.asciz	"d10 = %.4f\n"

L_.str.4:                               ## @.str.4
	.asciz	"mixed = %.4f\n"

L_.str.5:                               ## @.str.5
	.asciz	"narrow = %ld\n"

L_.str.6:                               ## @.str.6
	.asciz	"floats = %.3f\n"

L_.str.7:                               ## @.str.7
	.asciz	"forward = %ld\n"

L_.str.8:                               ## @.str.8
	.asciz	"acc = %ld\n"

.subsections_via_symbols
