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
	movq	16(%rbp), %r10
	addq	%rsi, %rsi
	subq	%rsi, %rdi
	leaq	(%rdx,%rdx,2), %rax
	addq	%rdi, %rax
	shlq	$2, %rcx
	subq	%rcx, %rax
	leaq	(%r8,%r8,4), %rcx
	addq	%rax, %rcx
	addq	%r9, %r9
	leaq	(%r9,%r9,2), %rax
	subq	%rax, %rcx
	leaq	(,%r10,8), %rax
	subq	%r10, %rax
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
                                        ## kill: def $esi killed $esi def $rsi
	movslq	24(%rbp), %r10
	movslq	16(%rbp), %rax
	movslq	%edi, %rdi
	addl	%esi, %esi
	leal	(%rsi,%rsi,4), %esi
	movslq	%esi, %rsi
	addq	%rdi, %rsi
	imull	$100, %edx, %edx
	movslq	%edx, %rdx
	addq	%rsi, %rdx
	imull	$1000, %ecx, %ecx               ## imm = 0x3E8
	movslq	%ecx, %rcx
	addq	%rdx, %rcx
	movslq	%r8d, %rdx
	imulq	$10000, %rdx, %rdx              ## imm = 0x2710
	addq	%rcx, %rdx
	movslq	%r9d, %rcx
	imulq	$100000, %rcx, %rcx             ## imm = 0x186A0
	addq	%rdx, %rcx
	imulq	$1000000, %rax, %rdx            ## imm = 0xF4240
	addq	%rcx, %rdx
	imulq	$10000000, %r10, %rax           ## imm = 0x989680
	addq	%rdx, %rax
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
	movq	%rdi, %rax
	shlq	$5, %rax
	subq	%rdi, %rax
	addq	%rsi, %rax
	movq	%rax, %rsi
	shlq	$5, %rsi
	subq	%rax, %rsi
	addq	%rdx, %rsi
	movq	%rsi, %rax
	shlq	$5, %rax
	subq	%rsi, %rax
	addq	%rcx, %rax
	movq	%rax, %rcx
	shlq	$5, %rcx
	subq	%rax, %rcx
	addq	%r8, %rcx
	movq	%rcx, %rax
	shlq	$5, %rax
	subq	%rcx, %rax
	addq	%r9, %rax
	movq	%rax, %rcx
	shlq	$5, %rcx
	subq	%rax, %rcx
	addq	16(%rbp), %rcx
	movq	%rcx, %rax
	shlq	$5, %rax
	subq	%rcx, %rax
	addq	24(%rbp), %rax
	movq	%rax, %rcx
	shlq	$5, %rcx
	subq	%rax, %rcx
	addq	32(%rbp), %rcx
	movq	%rcx, %rax
	shlq	$5, %rax
	subq	%rcx, %rax
	addq	40(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function d10
LCPI3_0:
	.quad	0x4010000000000000              ## double 4
LCPI3_1:
	.quad	0x4020000000000000              ## double 8
LCPI3_2:
	.quad	0x4030000000000000              ## double 16
LCPI3_3:
	.quad	0x4040000000000000              ## double 32
LCPI3_4:
	.quad	0x4050000000000000              ## double 64
LCPI3_5:
	.quad	0x4060000000000000              ## double 128
LCPI3_6:
	.quad	0x4070000000000000              ## double 256
LCPI3_7:
	.quad	0x4080000000000000              ## double 512
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
	movsd	16(%rbp), %xmm9                 ## xmm9 = mem[0],zero
	addsd	%xmm1, %xmm1
	addsd	%xmm1, %xmm0
	mulsd	LCPI3_0(%rip), %xmm2
	mulsd	LCPI3_1(%rip), %xmm3
	addsd	%xmm2, %xmm0
	addsd	%xmm3, %xmm0
	mulsd	LCPI3_2(%rip), %xmm4
	addsd	%xmm4, %xmm0
	mulsd	LCPI3_3(%rip), %xmm5
	addsd	%xmm5, %xmm0
	mulsd	LCPI3_4(%rip), %xmm6
	mulsd	LCPI3_5(%rip), %xmm7
	addsd	%xmm6, %xmm0
	addsd	%xmm7, %xmm0
	mulsd	LCPI3_6(%rip), %xmm9
	addsd	%xmm9, %xmm0
	mulsd	LCPI3_7(%rip), %xmm8
	addsd	%xmm8, %xmm0
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
	movslq	32(%rbp), %r10
	movslq	24(%rbp), %r11
	movslq	16(%rbp), %rax
	movslq	%edi, %rdi
	movslq	%esi, %rsi
	leaq	(%rdi,%rsi,2), %rsi
	movslq	%edx, %rdx
	leaq	(%rdx,%rdx,2), %rdx
	addq	%rsi, %rdx
	movslq	%ecx, %rcx
	leaq	(%rdx,%rcx,4), %rcx
	movslq	%r8d, %rdx
	leaq	(%rdx,%rdx,4), %rdx
	addq	%rcx, %rdx
	movslq	%r9d, %rcx
	leaq	(%rcx,%rcx,2), %rcx
	leaq	(%rdx,%rcx,2), %rcx
	leaq	(,%rax,8), %rdx
	subq	%rax, %rdx
	addq	%rcx, %rdx
	leaq	(%rdx,%r11,8), %rax
	leaq	(%r10,%r10,8), %rcx
	subsd	%xmm1, %xmm0
	addsd	%xmm2, %xmm0
	subsd	%xmm3, %xmm0
	addsd	%xmm4, %xmm0
	subsd	%xmm5, %xmm0
	addsd	%xmm6, %xmm0
	subsd	%xmm7, %xmm0
	addsd	40(%rbp), %xmm0
	subsd	48(%rbp), %xmm0
	addq	%rax, %rcx
	xorps	%xmm1, %xmm1
	cvtsi2sd	%rcx, %xmm1
	addsd	%xmm1, %xmm0
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
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movzwl	40(%rbp), %r10d
	movzbl	32(%rbp), %r11d
	movswq	24(%rbp), %r14
	movsbq	16(%rbp), %rbx
	addl	%esi, %edi
	addl	%edx, %edi
	addl	%ecx, %edi
	addl	%r8d, %edi
	movslq	%edi, %rcx
	movl	%r9d, %eax
	addq	%rcx, %rax
	addq	%rbx, %rax
	addq	%r14, %rax
	addq	%r11, %rax
	addq	%r10, %rax
	popq	%rbx
	popq	%r14
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
	addss	%xmm1, %xmm0
	addss	%xmm2, %xmm0
	addss	%xmm3, %xmm0
	addss	%xmm4, %xmm0
	addss	%xmm5, %xmm0
	addss	%xmm6, %xmm0
	addss	%xmm7, %xmm0
	addss	16(%rbp), %xmm0
	addss	24(%rbp), %xmm0
	movss	32(%rbp), %xmm1                 ## xmm1 = mem[0],zero,zero,zero
	mulss	LCPI6_0(%rip), %xmm1
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
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$24, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%r9, -56(%rbp)                  ## 8-byte Spill
	movq	%r8, %rax
	movq	%r8, -48(%rbp)                  ## 8-byte Spill
	movq	%rcx, %r13
	movq	%rdx, %r15
	movq	%rsi, %r12
	movq	%rdi, %r14
	movq	40(%rbp), %rbx
	movq	32(%rbp), %rsi
	movq	24(%rbp), %rdx
	movq	16(%rbp), %rcx
	movq	%rbx, %rdi
	movq	%r9, %r8
	movq	%rax, %r9
	pushq	%r14
	pushq	%r12
	pushq	%r15
	pushq	%r13
	callq	_f10
	addq	$32, %rsp
	movq	%rax, -64(%rbp)                 ## 8-byte Spill
	subq	$8, %rsp
	movq	%r14, %rdi
	movq	%r12, %rsi
	movq	%r15, %rdx
	movq	%r13, %rcx
	movq	-48(%rbp), %r8                  ## 8-byte Reload
	movq	-56(%rbp), %r9                  ## 8-byte Reload
	pushq	16(%rbp)
	callq	_f7
	addq	$16, %rsp
	addq	%r14, %rbx
	addq	-64(%rbp), %rbx                 ## 8-byte Folded Reload
	addq	%rbx, %rax
	addq	$24, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI8_0:
	.quad	0x3ff0000000000000              ## double 1
LCPI8_1:
	.quad	0x4000000000000000              ## double 2
LCPI8_2:
	.quad	0x4008000000000000              ## double 3
LCPI8_3:
	.quad	0x4010000000000000              ## double 4
LCPI8_4:
	.quad	0x4014000000000000              ## double 5
LCPI8_5:
	.quad	0x4018000000000000              ## double 6
LCPI8_6:
	.quad	0x401c000000000000              ## double 7
LCPI8_7:
	.quad	0x4020000000000000              ## double 8
LCPI8_9:
	.quad	0x4022000000000000              ## double 9
LCPI8_10:
	.quad	0x4024000000000000              ## double 10
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4
LCPI8_8:
	.quad	0x8000000000000000              ## double -0
	.quad	0x8000000000000000              ## double -0
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2
LCPI8_11:
	.long	0x3f800000                      ## float 1
LCPI8_12:
	.long	0x40000000                      ## float 2
LCPI8_13:
	.long	0x40400000                      ## float 3
LCPI8_14:
	.long	0x40800000                      ## float 4
LCPI8_15:
	.long	0x40a00000                      ## float 5
LCPI8_16:
	.long	0x40c00000                      ## float 6
LCPI8_17:
	.long	0x40e00000                      ## float 7
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
	subq	$56, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	_base(%rip), %eax
	movslq	%eax, %r14
	movsd	_dbase(%rip), %xmm0             ## xmm0 = mem[0],zero
	movaps	%xmm0, -64(%rbp)                ## 16-byte Spill
	leaq	1(%r14), %rsi
	movq	%rsi, -48(%rbp)                 ## 8-byte Spill
	leaq	2(%r14), %r12
	leaq	3(%r14), %r15
	leaq	4(%r14), %r13
	leaq	5(%r14), %rbx
	leaq	6(%r14), %rax
	movq	%rax, -72(%rbp)                 ## 8-byte Spill
	subq	$8, %rsp
	movq	%r14, %rdi
	movq	%r12, %rdx
	movq	%r12, -88(%rbp)                 ## 8-byte Spill
	movq	%r15, %rcx
	movq	%r15, -96(%rbp)                 ## 8-byte Spill
	movq	%r13, %r8
	movq	%rbx, %r9
	pushq	%rax
	callq	_f7
	addq	$16, %rsp
	leaq	L_.str(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rax
	negq	%rax
	movl	%r14d, %edi
	movq	-48(%rbp), %rsi                 ## 8-byte Reload
                                        ## kill: def $esi killed $esi killed $rsi
	movl	%r12d, %edx
	movl	%r15d, %ecx
	movl	%r13d, %r8d
	movl	%ebx, %r9d
	movq	%rbx, %r12
	pushq	%rax
	movq	%rax, %r15
	movq	-72(%rbp), %rbx                 ## 8-byte Reload
	pushq	%rbx
	callq	_f8
	addq	$16, %rsp
	leaq	L_.str.1(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$2, %edx
	movl	$5, %r8d
	movl	$7, %r9d
	movq	%r14, %rdi
	movq	%r15, %rsi
	movq	$-2, %rcx
	pushq	$-17
	pushq	$13
	pushq	$11
	pushq	$-9
	callq	_f10
	addq	$32, %rsp
	leaq	L_.str.2(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movsd	LCPI8_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	movapd	-64(%rbp), %xmm0                ## 16-byte Reload
	addsd	%xmm0, %xmm1
	movsd	LCPI8_1(%rip), %xmm2            ## xmm2 = mem[0],zero
	addsd	%xmm0, %xmm2
	movapd	%xmm0, %xmm3
	addsd	LCPI8_2(%rip), %xmm3
	movapd	%xmm0, %xmm4
	addsd	LCPI8_3(%rip), %xmm4
	movapd	%xmm0, %xmm5
	addsd	LCPI8_4(%rip), %xmm5
	movapd	%xmm0, %xmm6
	addsd	LCPI8_5(%rip), %xmm6
	movapd	%xmm0, %xmm7
	addsd	LCPI8_6(%rip), %xmm7
	movapd	%xmm0, %xmm8
	addsd	LCPI8_7(%rip), %xmm8
	movapd	LCPI8_8(%rip), %xmm9            ## xmm9 = [-0.0E+0,-0.0E+0]
	xorpd	%xmm0, %xmm9
	subq	$16, %rsp
	movlpd	%xmm9, 8(%rsp)
	movsd	%xmm8, (%rsp)
	callq	_d10
	addq	$16, %rsp
	leaq	L_.str.3(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movapd	-64(%rbp), %xmm0                ## 16-byte Reload
	movapd	%xmm0, %xmm1
	addsd	%xmm0, %xmm1
	movsd	LCPI8_2(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm0, %xmm2
	movsd	LCPI8_3(%rip), %xmm3            ## xmm3 = mem[0],zero
	mulsd	%xmm0, %xmm3
	movsd	%xmm3, -80(%rbp)                ## 8-byte Spill
	movsd	LCPI8_4(%rip), %xmm4            ## xmm4 = mem[0],zero
	mulsd	%xmm0, %xmm4
	movsd	LCPI8_5(%rip), %xmm5            ## xmm5 = mem[0],zero
	mulsd	%xmm0, %xmm5
	movsd	LCPI8_6(%rip), %xmm6            ## xmm6 = mem[0],zero
	mulsd	%xmm0, %xmm6
	leal	7(%r14), %eax
	movsd	LCPI8_7(%rip), %xmm7            ## xmm7 = mem[0],zero
	mulsd	%xmm0, %xmm7
	movsd	LCPI8_9(%rip), %xmm8            ## xmm8 = mem[0],zero
	mulsd	%xmm0, %xmm8
	movsd	LCPI8_10(%rip), %xmm9           ## xmm9 = mem[0],zero
	mulsd	%xmm0, %xmm9
	subq	$48, %rsp
	movsd	%xmm9, 32(%rsp)
	movsd	%xmm8, 24(%rsp)
	movl	%r15d, 16(%rsp)
	movl	%eax, 8(%rsp)
	movl	%ebx, (%rsp)
	movl	%r14d, %edi
	movq	-48(%rbp), %rsi                 ## 8-byte Reload
                                        ## kill: def $esi killed $esi killed $rsi
	movq	-88(%rbp), %rdx                 ## 8-byte Reload
                                        ## kill: def $edx killed $edx killed $rdx
	movq	-96(%rbp), %rcx                 ## 8-byte Reload
                                        ## kill: def $ecx killed $ecx killed $rcx
	movl	%r13d, %r8d
	movl	%r12d, %r9d
	callq	_mixed
	addq	$48, %rsp
	leaq	L_.str.4(%rip), %rdi
	movb	$1, %al
	callq	_printf
	imull	$-300, %r14d, %r9d              ## imm = 0xFED4
	imulq	$1431655766, %r14, %rcx         ## imm = 0x55555556
	movq	%rcx, %rdx
	shrq	$63, %rdx
	shrq	$32, %rcx
	addl	%edx, %ecx
	addb	$-6, %cl
	leal	-536(%r14), %edi
	imull	$-1000, %r14d, %r8d             ## imm = 0xFC18
	movl	%r14d, %edx
	xorb	$-128, %dl
	movl	$-32000, %esi                   ## imm = 0x8300
	subl	%r14d, %esi
	leal	-56(%r14), %eax
	leal	-5536(%r14), %ebx
	movzwl	%bx, %ebx
	movzbl	%al, %eax
	movswl	%si, %r10d
	movsbl	%dl, %r11d
	movzbl	%cl, %edx
	movswl	%r9w, %esi
	movzwl	%di, %ecx
	movsbl	%r15b, %edi
	movl	$-294967296, %r9d               ## imm = 0xEE6B2800
	pushq	%rbx
	pushq	%rax
	pushq	%r10
	pushq	%r11
	callq	_narrow
	addq	$32, %rsp
	leaq	L_.str.5(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movaps	-64(%rbp), %xmm0                ## 16-byte Reload
	cvtsd2ss	%xmm0, %xmm0
	movsd	-80(%rbp), %xmm1                ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	cvtsd2ss	%xmm1, %xmm1
	subq	$32, %rsp
	movss	%xmm1, 16(%rsp)
	movl	$1091567616, 8(%rsp)            ## imm = 0x41100000
	movl	$1090519040, (%rsp)             ## imm = 0x41000000
	movss	LCPI8_11(%rip), %xmm1           ## xmm1 = mem[0],zero,zero,zero
	movss	LCPI8_12(%rip), %xmm2           ## xmm2 = mem[0],zero,zero,zero
	movss	LCPI8_13(%rip), %xmm3           ## xmm3 = mem[0],zero,zero,zero
	movss	LCPI8_14(%rip), %xmm4           ## xmm4 = mem[0],zero,zero,zero
	movss	LCPI8_15(%rip), %xmm5           ## xmm5 = mem[0],zero,zero,zero
	movss	LCPI8_16(%rip), %xmm6           ## xmm6 = mem[0],zero,zero,zero
	movss	LCPI8_17(%rip), %xmm7           ## xmm7 = mem[0],zero,zero,zero
	callq	_f_floats
	addq	$32, %rsp
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.6(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movl	$1, %edi
	movl	$2, %esi
	movl	$3, %edx
	movl	$4, %ecx
	movl	$5, %r8d
	movl	$6, %r9d
	pushq	%r14
	pushq	$9
	pushq	$8
	pushq	$7
	callq	_forward
	addq	$32, %rsp
	leaq	L_.str.7(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %esi
	movl	$2, %edx
	movl	$3, %ecx
	movl	$4, %r8d
	movl	$5, %r9d
	xorl	%edi, %edi
	pushq	%r14
	pushq	$8
	pushq	$7
	pushq	$6
	callq	_f10
	addq	$32, %rsp
	movq	%rax, %rbx
	movl	$1, %edi
	movl	$2, %esi
	movl	$3, %edx
	movl	$4, %ecx
	movl	$5, %r8d
	movl	$6, %r9d
	pushq	%r14
	pushq	$9
	pushq	$8
	pushq	$7
	callq	_f10
	addq	$32, %rsp
	addq	%rax, %rbx
	movl	$2, %edi
	movl	$3, %esi
	movl	$4, %edx
	movl	$5, %ecx
	movl	$6, %r8d
	movl	$7, %r9d
	pushq	%r14
	pushq	$10
	pushq	$9
	pushq	$8
	callq	_f10
	addq	$32, %rsp
	addq	%rax, %rbx
	movl	$3, %edi
	movl	$4, %esi
	movl	$5, %edx
	movl	$6, %ecx
	movl	$7, %r8d
	movl	$8, %r9d
	pushq	%r14
	pushq	$11
	pushq	$10
	pushq	$9
	callq	_f10
	addq	$32, %rsp
	addq	%rax, %rbx
	movl	$4, %edi
	movl	$5, %esi
	movl	$6, %edx
	movl	$7, %ecx
	movl	$8, %r8d
	movl	$9, %r9d
	pushq	%r14
	pushq	$12
	pushq	$11
	pushq	$10
	callq	_f10
	addq	$32, %rsp
	addq	%rax, %rbx
	leaq	L_.str.8(%rip), %rdi
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	xorl	%eax, %eax
	addq	$56, %rsp
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
