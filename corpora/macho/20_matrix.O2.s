	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_imatmul                        ## -- Begin function imatmul
	.p2align	4, 0x90
_imatmul:                               ## @imatmul
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
	xorl	%r8d, %r8d
	.p2align	4, 0x90
LBB0_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB0_2 Depth 2
	leaq	(%r8,%r8,2), %rax
	shlq	$4, %rax
	leaq	(%rsi,%rax), %r9
	leaq	(%rsi,%rax), %r11
	addq	$4, %r11
	movq	$-12, %rcx
	.p2align	4, 0x90
LBB0_2:                                 ##   Parent Loop BB0_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movl	48(%rdx,%rcx,4), %r10d
	movl	96(%rdx,%rcx,4), %r14d
	imull	(%r9), %r10d
	imull	(%r11), %r14d
	movl	144(%rdx,%rcx,4), %ebx
	imull	4(%r11), %ebx
	addl	%r10d, %r14d
	movl	192(%rdx,%rcx,4), %eax
	imull	8(%r11), %eax
	addl	%r14d, %ebx
	movl	240(%rdx,%rcx,4), %r10d
	imull	12(%r11), %r10d
	addl	%ebx, %eax
	movl	288(%rdx,%rcx,4), %ebx
	imull	16(%r11), %ebx
	addl	%eax, %r10d
	movl	336(%rdx,%rcx,4), %eax
	imull	20(%r11), %eax
	addl	%r10d, %ebx
	movl	384(%rdx,%rcx,4), %r10d
	imull	24(%r11), %r10d
	addl	%ebx, %eax
	movl	432(%rdx,%rcx,4), %ebx
	imull	28(%r11), %ebx
	addl	%eax, %r10d
	movl	480(%rdx,%rcx,4), %r14d
	imull	32(%r11), %r14d
	addl	%r10d, %ebx
	movl	528(%rdx,%rcx,4), %eax
	imull	36(%r11), %eax
	addl	%ebx, %r14d
	movl	576(%rdx,%rcx,4), %ebx
	imull	40(%r11), %ebx
	addl	%r14d, %eax
	addl	%eax, %ebx
	movl	%ebx, 48(%rdi,%rcx,4)
	incq	%rcx
	jne	LBB0_2
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	addq	$1, %r8
	addq	$48, %rdi
	cmpq	$12, %r8
	jne	LBB0_1
## %bb.4:
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_dmatmul                        ## -- Begin function dmatmul
	.p2align	4, 0x90
_dmatmul:                               ## @dmatmul
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
	pushq	%rax
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, %r14
	movq	%rsi, %rbx
	movq	%rdi, %r15
	movl	$1152, %esi                     ## imm = 0x480
	callq	___bzero
	addq	$88, %r14
	xorl	%eax, %eax
	.p2align	4, 0x90
LBB1_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB1_2 Depth 2
	leaq	(%rax,%rax,2), %rsi
	shlq	$5, %rsi
	leaq	(%r15,%rsi), %rcx
	movsd	(%r15,%rsi), %xmm8              ## xmm8 = mem[0],zero
	movsd	8(%r15,%rsi), %xmm9             ## xmm9 = mem[0],zero
	leaq	(%r15,%rsi), %rdx
	addq	$8, %rdx
	movsd	16(%r15,%rsi), %xmm10           ## xmm10 = mem[0],zero
	movsd	24(%r15,%rsi), %xmm11           ## xmm11 = mem[0],zero
	movsd	32(%r15,%rsi), %xmm12           ## xmm12 = mem[0],zero
	movsd	40(%r15,%rsi), %xmm13           ## xmm13 = mem[0],zero
	movsd	48(%r15,%rsi), %xmm6            ## xmm6 = mem[0],zero
	movsd	56(%r15,%rsi), %xmm7            ## xmm7 = mem[0],zero
	movsd	64(%r15,%rsi), %xmm0            ## xmm0 = mem[0],zero
	movsd	72(%r15,%rsi), %xmm1            ## xmm1 = mem[0],zero
	movsd	80(%r15,%rsi), %xmm2            ## xmm2 = mem[0],zero
	movsd	88(%r15,%rsi), %xmm3            ## xmm3 = mem[0],zero
	movq	%r14, %rsi
	xorl	%edi, %edi
	.p2align	4, 0x90
LBB1_2:                                 ##   Parent Loop BB1_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movsd	(%rbx,%rdi,8), %xmm4            ## xmm4 = mem[0],zero
	movsd	-88(%rsi), %xmm5                ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm8
	movsd	%xmm8, (%rcx)
	movsd	-80(%rsi), %xmm5                ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm9
	movsd	%xmm9, (%rdx)
	movsd	-72(%rsi), %xmm5                ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm10
	movsd	%xmm10, 8(%rdx)
	movsd	-64(%rsi), %xmm5                ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm11
	movsd	%xmm11, 16(%rdx)
	movsd	-56(%rsi), %xmm5                ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm12
	movsd	%xmm12, 24(%rdx)
	movsd	-48(%rsi), %xmm5                ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm13
	movsd	%xmm13, 32(%rdx)
	movsd	-40(%rsi), %xmm5                ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm6
	movsd	%xmm6, 40(%rdx)
	movsd	-32(%rsi), %xmm5                ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm7
	movsd	%xmm7, 48(%rdx)
	movsd	-24(%rsi), %xmm5                ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm0
	movsd	%xmm0, 56(%rdx)
	movsd	-16(%rsi), %xmm5                ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm1
	movsd	%xmm1, 64(%rdx)
	movsd	-8(%rsi), %xmm5                 ## xmm5 = mem[0],zero
	mulsd	%xmm4, %xmm5
	addsd	%xmm5, %xmm2
	movsd	%xmm2, 72(%rdx)
	mulsd	(%rsi), %xmm4
	addsd	%xmm4, %xmm3
	movsd	%xmm3, 80(%rdx)
	addq	$1, %rdi
	addq	$96, %rsi
	cmpq	$12, %rdi
	jne	LBB1_2
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	addq	$1, %rax
	addq	$96, %rbx
	cmpq	$12, %rax
	jne	LBB1_1
## %bb.4:
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_transpose                      ## -- Begin function transpose
	.p2align	4, 0x90
_transpose:                             ## @transpose
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	leaq	4(%rdi), %r10
	addq	$48, %rdi
	xorl	%r8d, %r8d
	jmp	LBB2_2
	.p2align	4, 0x90
LBB2_1:                                 ##   in Loop: Header=BB2_2 Depth=1
	addq	$52, %r10
	addq	$52, %rdi
	cmpq	$12, %r8
	je	LBB2_5
LBB2_2:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB2_4 Depth 2
	movq	%r8, %r9
	addq	$1, %r8
	cmpq	$10, %r9
	ja	LBB2_1
## %bb.3:                               ##   in Loop: Header=BB2_2 Depth=1
	movl	$1, %esi
	movq	%rdi, %rcx
	.p2align	4, 0x90
LBB2_4:                                 ##   Parent Loop BB2_2 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movl	-4(%r10,%rsi,4), %edx
	movl	(%rcx), %eax
	movl	%eax, -4(%r10,%rsi,4)
	movl	%edx, (%rcx)
	addq	$48, %rcx
	leaq	(%r9,%rsi), %rax
	addq	$1, %rax
	addq	$1, %rsi
	cmpq	$12, %rax
	jne	LBB2_4
	jmp	LBB2_1
LBB2_5:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_trace_and_sum                  ## -- Begin function trace_and_sum
	.p2align	4, 0x90
_trace_and_sum:                         ## @trace_and_sum
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	$32, %ecx
	xorl	%eax, %eax
	movq	%rdi, %r10
	xorl	%r8d, %r8d
	.p2align	4, 0x90
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movslq	(%r10), %r9
	pmovsxdq	-16(%rdi,%rcx), %xmm0
	pmovsxdq	-32(%rdi,%rcx), %xmm1
	addq	%r9, %rax
	paddq	%xmm0, %xmm1
	pmovsxdq	-8(%rdi,%rcx), %xmm0
	pmovsxdq	-24(%rdi,%rcx), %xmm2
	paddq	%xmm0, %xmm2
	paddq	%xmm1, %xmm2
	pmovsxdq	8(%rdi,%rcx), %xmm0
	pmovsxdq	(%rdi,%rcx), %xmm1
	paddq	%xmm0, %xmm1
	pshufd	$238, %xmm2, %xmm0              ## xmm0 = xmm2[2,3,2,3]
	paddq	%xmm2, %xmm0
	movq	%xmm0, %r9
	pshufd	$238, %xmm1, %xmm0              ## xmm0 = xmm1[2,3,2,3]
	paddq	%xmm1, %xmm0
	movq	%xmm0, %rdx
	addq	%r9, %rdx
	addq	%rdx, %r8
	addq	$52, %r10
	addq	$48, %rcx
	cmpq	$608, %rcx                      ## imm = 0x260
	jne	LBB3_1
## %bb.2:
	movq	%r8, (%rsi)
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_det3                           ## -- Begin function det3
	.p2align	4, 0x90
_det3:                                  ## @det3
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movslq	(%rdi), %r8
	movl	12(%rdi), %eax
	movl	16(%rdi), %r9d
	movl	32(%rdi), %esi
	movl	%esi, %edx
	imull	%r9d, %edx
	movl	20(%rdi), %r11d
	movl	28(%rdi), %r10d
	imull	%eax, %esi
	imull	%r10d, %eax
	imull	%r11d, %r10d
	subl	%r10d, %edx
	movslq	%edx, %rdx
	imulq	%r8, %rdx
	movslq	4(%rdi), %r8
	movl	24(%rdi), %ecx
	imull	%ecx, %r11d
	subl	%r11d, %esi
	movslq	%esi, %rsi
	imulq	%r8, %rsi
	movslq	8(%rdi), %rdi
	imull	%r9d, %ecx
	subl	%ecx, %eax
	cltq
	imulq	%rdi, %rax
	addq	%rdx, %rax
	subq	%rsi, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function main
LCPI5_0:
	.long	0                               ## 0x0
	.long	1                               ## 0x1
	.space	4
	.space	4
LCPI5_1:
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	1                               ## 0x1
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
LCPI5_2:
	.long	3                               ## 0x3
	.long	3                               ## 0x3
	.space	4
	.space	4
LCPI5_3:
	.long	780903145                       ## 0x2e8ba2e9
	.long	780903145                       ## 0x2e8ba2e9
	.long	780903145                       ## 0x2e8ba2e9
	.long	780903145                       ## 0x2e8ba2e9
LCPI5_4:
	.long	11                              ## 0xb
	.long	11                              ## 0xb
	.long	11                              ## 0xb
	.long	11                              ## 0xb
LCPI5_5:
	.long	4294967291                      ## 0xfffffffb
	.long	4294967291                      ## 0xfffffffb
	.space	4
	.space	4
LCPI5_6:
	.long	2454267027                      ## 0x92492493
	.long	2454267027                      ## 0x92492493
	.long	2454267027                      ## 0x92492493
	.long	2454267027                      ## 0x92492493
LCPI5_7:
	.long	7                               ## 0x7
	.long	7                               ## 0x7
	.long	7                               ## 0x7
	.long	7                               ## 0x7
LCPI5_8:
	.long	4294967293                      ## 0xfffffffd
	.long	4294967293                      ## 0xfffffffd
	.space	4
	.space	4
LCPI5_9:
	.long	954437177                       ## 0x38e38e39
	.long	954437177                       ## 0x38e38e39
	.long	954437177                       ## 0x38e38e39
	.long	954437177                       ## 0x38e38e39
LCPI5_10:
	.long	9                               ## 0x9
	.long	9                               ## 0x9
	.long	9                               ## 0x9
	.long	9                               ## 0x9
LCPI5_11:
	.quad	0x3fe0000000000000              ## double 0.5
	.quad	0x3fe0000000000000              ## double 0.5
LCPI5_12:
	.quad	0xc000000000000000              ## double -2
	.quad	0xc000000000000000              ## double -2
LCPI5_13:
	.long	1321528399                      ## 0x4ec4ec4f
	.long	1321528399                      ## 0x4ec4ec4f
	.long	1321528399                      ## 0x4ec4ec4f
	.long	1321528399                      ## 0x4ec4ec4f
LCPI5_14:
	.long	13                              ## 0xd
	.long	13                              ## 0xd
	.long	13                              ## 0xd
	.long	13                              ## 0xd
LCPI5_15:
	.quad	0x3fd0000000000000              ## double 0.25
	.quad	0x3fd0000000000000              ## double 0.25
LCPI5_16:
	.quad	2                               ## 0x2
	.quad	2                               ## 0x2
LCPI5_17:
	.long	2                               ## 0x2
	.long	2                               ## 0x2
	.space	4
	.space	4
LCPI5_20:
	.long	1                               ## 0x1
	.long	4294967295                      ## 0xffffffff
	.space	4
	.space	4
LCPI5_21:
	.long	1                               ## 0x1
	.long	1                               ## 0x1
	.space	4
	.space	4
LCPI5_22:
	.long	2                               ## 0x2
	.long	3                               ## 0x3
	.long	4                               ## 0x4
	.long	5                               ## 0x5
LCPI5_23:
	.long	6                               ## 0x6
	.long	7                               ## 0x7
	.long	8                               ## 0x8
	.long	10                              ## 0xa
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3
LCPI5_18:
	.quad	0x4000000000000000              ## double 2
LCPI5_19:
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
	pushq	%r15
	pushq	%r14
	pushq	%r12
	pushq	%rbx
	subq	$128, %rsp
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -40(%rbp)
	movl	_vseed(%rip), %r15d
	movd	%r15d, %xmm0
	pshufd	$80, %xmm0, %xmm3               ## xmm3 = xmm0[0,0,1,1]
	leaq	_da(%rip), %rax
	leaq	_db(%rip), %rcx
	xorl	%edx, %edx
	movdqa	LCPI5_2(%rip), %xmm13           ## xmm13 = <3,3,u,u>
	movdqa	LCPI5_3(%rip), %xmm1            ## xmm1 = [780903145,780903145,780903145,780903145]
	leaq	_ia(%rip), %r11
	movdqa	LCPI5_6(%rip), %xmm8            ## xmm8 = [2454267027,2454267027,2454267027,2454267027]
	leaq	_ib(%rip), %rdi
	movdqa	LCPI5_14(%rip), %xmm14          ## xmm14 = [13,13,13,13]
	xorl	%r8d, %r8d
	movapd	LCPI5_15(%rip), %xmm11          ## xmm11 = [2.5E-1,2.5E-1]
	movdqa	LCPI5_16(%rip), %xmm12          ## xmm12 = [2,2]
	movdqa	LCPI5_17(%rip), %xmm10          ## xmm10 = <2,2,u,u>
	.p2align	4, 0x90
LBB5_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB5_2 Depth 2
	leaq	(%r8,%r8,4), %r9
	leal	(%r15,%r8), %r10d
	movl	%r15d, %ebx
	imull	%r8d, %ebx
	movd	%ebx, %xmm2
	pshufd	$80, %xmm2, %xmm0               ## xmm0 = xmm2[0,0,1,1]
	movdqa	%xmm0, -160(%rbp)               ## 16-byte Spill
	movd	%r10d, %xmm2
	pshufd	$80, %xmm2, %xmm0               ## xmm0 = xmm2[0,0,1,1]
	movdqa	%xmm0, -144(%rbp)               ## 16-byte Spill
	movq	%r9, %xmm2
	pshufd	$68, %xmm2, %xmm0               ## xmm0 = xmm2[0,1,0,1]
	movdqa	%xmm0, -128(%rbp)               ## 16-byte Spill
	movd	%r8d, %xmm2
	pshufd	$80, %xmm2, %xmm0               ## xmm0 = xmm2[0,0,1,1]
	movdqa	%xmm0, -112(%rbp)               ## 16-byte Spill
	xorl	%ebx, %ebx
	movdqa	LCPI5_1(%rip), %xmm15           ## xmm15 = [0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0]
	movdqa	LCPI5_0(%rip), %xmm5            ## xmm5 = <0,1,u,u>
	movdqa	%xmm5, %xmm0
	movdqa	%xmm5, %xmm7
	.p2align	4, 0x90
LBB5_2:                                 ##   Parent Loop BB5_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movdqa	%xmm8, %xmm2
	movdqa	%xmm0, %xmm8
	pmulld	%xmm13, %xmm8
	paddd	-160(%rbp), %xmm8               ## 16-byte Folded Reload
	pshufd	$245, %xmm8, %xmm9              ## xmm9 = xmm8[1,1,3,3]
	pmuldq	%xmm1, %xmm9
	movdqa	%xmm8, %xmm6
	pmuldq	%xmm1, %xmm6
	pshufd	$245, %xmm6, %xmm6              ## xmm6 = xmm6[1,1,3,3]
	pblendw	$204, %xmm9, %xmm6              ## xmm6 = xmm6[0,1],xmm9[2,3],xmm6[4,5],xmm9[6,7]
	movdqa	%xmm1, %xmm9
	movdqa	%xmm6, %xmm4
	psrld	$31, %xmm4
	psrad	$1, %xmm6
	paddd	%xmm4, %xmm6
	pmulld	LCPI5_4(%rip), %xmm6
	psubd	%xmm6, %xmm8
	paddd	LCPI5_5(%rip), %xmm8
	leaq	(%rdx,%rbx), %rsi
	movq	%xmm8, (%r11,%rsi)
	movdqa	%xmm2, %xmm8
	movdqa	%xmm7, %xmm2
	paddd	%xmm7, %xmm2
	paddd	-144(%rbp), %xmm2               ## 16-byte Folded Reload
	pshufd	$245, %xmm2, %xmm6              ## xmm6 = xmm2[1,1,3,3]
	pmuldq	%xmm8, %xmm6
	movdqa	%xmm2, %xmm4
	pmuldq	%xmm8, %xmm4
	pshufd	$245, %xmm4, %xmm4              ## xmm4 = xmm4[1,1,3,3]
	pblendw	$204, %xmm6, %xmm4              ## xmm4 = xmm4[0,1],xmm6[2,3],xmm4[4,5],xmm6[6,7]
	paddd	%xmm2, %xmm4
	movdqa	%xmm4, %xmm6
	psrld	$31, %xmm6
	psrad	$2, %xmm4
	paddd	%xmm6, %xmm4
	pmulld	LCPI5_7(%rip), %xmm4
	psubd	%xmm4, %xmm2
	paddd	LCPI5_8(%rip), %xmm2
	movq	%xmm2, (%rdi,%rsi)
	movdqa	%xmm15, %xmm2
	paddq	-128(%rbp), %xmm2               ## 16-byte Folded Reload
	pshufd	$232, %xmm2, %xmm4              ## xmm4 = xmm2[0,2,2,3]
	pshufd	$238, %xmm2, %xmm6              ## xmm6 = xmm2[2,3,2,3]
	movdqa	LCPI5_9(%rip), %xmm1            ## xmm1 = [954437177,954437177,954437177,954437177]
	pmuludq	%xmm1, %xmm6
	pmuludq	%xmm1, %xmm2
	pshufd	$245, %xmm2, %xmm2              ## xmm2 = xmm2[1,1,3,3]
	pblendw	$204, %xmm6, %xmm2              ## xmm2 = xmm2[0,1],xmm6[2,3],xmm2[4,5],xmm6[6,7]
	psrld	$1, %xmm2
	pmulld	LCPI5_10(%rip), %xmm2
	psubd	%xmm2, %xmm4
	cvtdq2pd	%xmm4, %xmm2
	mulpd	LCPI5_11(%rip), %xmm2
	addpd	LCPI5_12(%rip), %xmm2
	movapd	%xmm2, (%rax,%rbx,2)
	movdqa	%xmm3, %xmm2
	pmulld	%xmm5, %xmm2
	paddd	-112(%rbp), %xmm2               ## 16-byte Folded Reload
	pshufd	$245, %xmm2, %xmm4              ## xmm4 = xmm2[1,1,3,3]
	movdqa	LCPI5_13(%rip), %xmm1           ## xmm1 = [1321528399,1321528399,1321528399,1321528399]
	pmuldq	%xmm1, %xmm4
	movdqa	%xmm2, %xmm6
	pmuldq	%xmm1, %xmm6
	pshufd	$245, %xmm6, %xmm6              ## xmm6 = xmm6[1,1,3,3]
	pblendw	$204, %xmm4, %xmm6              ## xmm6 = xmm6[0,1],xmm4[2,3],xmm6[4,5],xmm4[6,7]
	movdqa	%xmm6, %xmm4
	psrld	$31, %xmm4
	psrad	$2, %xmm6
	paddd	%xmm4, %xmm6
	movdqa	%xmm9, %xmm1
	pmulld	%xmm14, %xmm6
	psubd	%xmm6, %xmm2
	cvtdq2pd	%xmm2, %xmm2
	mulpd	%xmm11, %xmm2
	movapd	%xmm2, (%rcx,%rbx,2)
	paddq	%xmm12, %xmm15
	paddd	%xmm10, %xmm0
	paddd	%xmm10, %xmm7
	paddd	%xmm10, %xmm5
	addq	$8, %rbx
	cmpq	$48, %rbx
	jne	LBB5_2
## %bb.3:                               ##   in Loop: Header=BB5_1 Depth=1
	addq	$1, %r8
	addq	$48, %rdx
	addq	$96, %rax
	addq	$96, %rcx
	cmpq	$12, %r8
	jne	LBB5_1
## %bb.4:
	leaq	_ic(%rip), %rdi
	leaq	_ia(%rip), %rsi
	leaq	_ib(%rip), %rdx
	callq	_imatmul
	movq	$-3, %r12
	leaq	_ic+44(%rip), %rbx
	leaq	L_.str(%rip), %r14
	.p2align	4, 0x90
LBB5_5:                                 ## =>This Inner Loop Header: Depth=1
	movl	-44(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-40(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-36(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-32(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-28(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-24(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-20(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-16(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-12(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-8(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-4(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	addq	$3, %r12
	addq	$144, %rbx
	cmpq	$9, %r12
	jb	LBB5_5
## %bb.6:
	leaq	_ic(%rip), %r14
	leaq	-88(%rbp), %rsi
	movq	%r14, %rdi
	callq	_trace_and_sum
	movq	-88(%rbp), %rdx
	leaq	L_.str.2(%rip), %rdi
	xorl	%ebx, %ebx
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	callq	_transpose
	movl	_ic+64(%rip), %esi
	movl	_ic+196(%rip), %edx
	leaq	L_.str.3(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	_dc(%rip), %r12
	leaq	_da(%rip), %r14
	leaq	_db(%rip), %rdx
	movq	%r12, %rdi
	movq	%r14, %rsi
	callq	_dmatmul
	pxor	%xmm3, %xmm3
	movsd	LCPI5_18(%rip), %xmm9           ## xmm9 = mem[0],zero
	movsd	LCPI5_19(%rip), %xmm8           ## xmm8 = mem[0],zero
	jmp	LBB5_7
	.p2align	4, 0x90
LBB5_31:                                ##   in Loop: Header=BB5_7 Depth=1
	addsd	%xmm3, %xmm10
	addsd	%xmm10, %xmm11
	addsd	%xmm11, %xmm12
	addsd	%xmm12, %xmm13
	addsd	%xmm13, %xmm14
	addsd	%xmm14, %xmm0
	addsd	%xmm0, %xmm1
	addsd	%xmm1, %xmm2
	addsd	%xmm2, %xmm4
	addsd	%xmm4, %xmm5
	mulsd	88(%rbx,%r12), %xmm7
	addsd	%xmm5, %xmm6
	movapd	%xmm7, %xmm3
	addsd	%xmm6, %xmm3
	addq	$96, %rbx
	cmpq	$1152, %rbx                     ## imm = 0x480
	je	LBB5_32
LBB5_7:                                 ## =>This Inner Loop Header: Depth=1
	movapd	%xmm9, %xmm10
	testq	%rbx, %rbx
	je	LBB5_9
## %bb.8:                               ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm10
LBB5_9:                                 ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm9, %xmm11
	cmpq	$96, %rbx
	je	LBB5_11
## %bb.10:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm11
LBB5_11:                                ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm9, %xmm12
	cmpq	$192, %rbx
	je	LBB5_13
## %bb.12:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm12
LBB5_13:                                ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm9, %xmm13
	cmpq	$288, %rbx                      ## imm = 0x120
	je	LBB5_15
## %bb.14:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm13
LBB5_15:                                ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm9, %xmm14
	cmpq	$384, %rbx                      ## imm = 0x180
	je	LBB5_17
## %bb.16:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm14
LBB5_17:                                ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm9, %xmm0
	cmpq	$480, %rbx                      ## imm = 0x1E0
	je	LBB5_19
## %bb.18:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm0
LBB5_19:                                ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm9, %xmm1
	cmpq	$576, %rbx                      ## imm = 0x240
	je	LBB5_21
## %bb.20:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm1
LBB5_21:                                ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm9, %xmm2
	cmpq	$672, %rbx                      ## imm = 0x2A0
	je	LBB5_23
## %bb.22:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm2
LBB5_23:                                ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm9, %xmm4
	cmpq	$768, %rbx                      ## imm = 0x300
	je	LBB5_25
## %bb.24:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm4
LBB5_25:                                ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm9, %xmm5
	cmpq	$864, %rbx                      ## imm = 0x360
	je	LBB5_27
## %bb.26:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm5
LBB5_27:                                ##   in Loop: Header=BB5_7 Depth=1
	mulsd	(%rbx,%r12), %xmm10
	mulsd	8(%rbx,%r12), %xmm11
	mulsd	16(%rbx,%r12), %xmm12
	mulsd	24(%rbx,%r12), %xmm13
	mulsd	32(%rbx,%r12), %xmm14
	mulsd	40(%rbx,%r12), %xmm0
	mulsd	48(%rbx,%r12), %xmm1
	mulsd	56(%rbx,%r12), %xmm2
	mulsd	64(%rbx,%r12), %xmm4
	mulsd	72(%rbx,%r12), %xmm5
	movapd	%xmm9, %xmm6
	cmpq	$960, %rbx                      ## imm = 0x3C0
	je	LBB5_29
## %bb.28:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm6
LBB5_29:                                ##   in Loop: Header=BB5_7 Depth=1
	mulsd	80(%rbx,%r12), %xmm6
	movapd	%xmm9, %xmm7
	cmpq	$1056, %rbx                     ## imm = 0x420
	je	LBB5_31
## %bb.30:                              ##   in Loop: Header=BB5_7 Depth=1
	movapd	%xmm8, %xmm7
	jmp	LBB5_31
LBB5_32:
	movsd	_dc(%rip), %xmm0                ## xmm0 = mem[0],zero
	movsd	_dc+536(%rip), %xmm1            ## xmm1 = mem[0],zero
	movsd	_dc+1144(%rip), %xmm2           ## xmm2 = mem[0],zero
	leaq	L_.str.4(%rip), %rdi
	movb	$4, %al
	callq	_printf
	movabsq	$4607182418800017408, %rax      ## imm = 0x3FF0000000000000
	movq	%rax, _main.eye(%rip)
	leaq	_main.eye(%rip), %rdx
	movq	%rax, _main.eye+104(%rip)
	movq	%rax, _main.eye+208(%rip)
	movq	%rax, _main.eye+312(%rip)
	movq	%rax, _main.eye+416(%rip)
	movq	%rax, _main.eye+520(%rip)
	movq	%rax, _main.eye+624(%rip)
	movq	%rax, _main.eye+728(%rip)
	movq	%rax, _main.eye+832(%rip)
	movq	%rax, _main.eye+936(%rip)
	movq	%rax, _main.eye+1040(%rip)
	movq	%rax, _main.eye+1144(%rip)
	leaq	_main.out(%rip), %rbx
	movq	%rbx, %rdi
	movq	%r14, %rsi
	callq	_dmatmul
	movaps	LCPI5_20(%rip), %xmm2           ## xmm2 = <1,4294967295,u,u>
	movl	$184, %eax
	movaps	LCPI5_21(%rip), %xmm8           ## xmm8 = <1,1,u,u>
	.p2align	4, 0x90
LBB5_33:                                ## =>This Inner Loop Header: Depth=1
	movsd	-184(%rax,%rbx), %xmm5          ## xmm5 = mem[0],zero
	movsd	-176(%rax,%rbx), %xmm6          ## xmm6 = mem[0],zero
	movsd	-168(%rax,%rbx), %xmm7          ## xmm7 = mem[0],zero
	movsd	-160(%rax,%rbx), %xmm9          ## xmm9 = mem[0],zero
	movhpd	-88(%rax,%rbx), %xmm5           ## xmm5 = xmm5[0],mem[0]
	movsd	-184(%rax,%r14), %xmm0          ## xmm0 = mem[0],zero
	movsd	-176(%rax,%r14), %xmm4          ## xmm4 = mem[0],zero
	movsd	-168(%rax,%r14), %xmm1          ## xmm1 = mem[0],zero
	movhpd	-88(%rax,%r14), %xmm0           ## xmm0 = xmm0[0],mem[0]
	movsd	-160(%rax,%r14), %xmm3          ## xmm3 = mem[0],zero
	cmpeqpd	%xmm5, %xmm0
	shufps	$232, %xmm0, %xmm0              ## xmm0 = xmm0[0,2,2,3]
	andps	%xmm2, %xmm0
	movhpd	-80(%rax,%rbx), %xmm6           ## xmm6 = xmm6[0],mem[0]
	movhpd	-80(%rax,%r14), %xmm4           ## xmm4 = xmm4[0],mem[0]
	cmpeqpd	%xmm6, %xmm4
	shufps	$232, %xmm4, %xmm4              ## xmm4 = xmm4[0,2,2,3]
	movhpd	-72(%rax,%rbx), %xmm7           ## xmm7 = xmm7[0],mem[0]
	movhpd	-72(%rax,%r14), %xmm1           ## xmm1 = xmm1[0],mem[0]
	cmpeqpd	%xmm7, %xmm1
	shufps	$232, %xmm1, %xmm1              ## xmm1 = xmm1[0,2,2,3]
	andps	%xmm4, %xmm1
	andps	%xmm0, %xmm1
	movhpd	-64(%rax,%rbx), %xmm9           ## xmm9 = xmm9[0],mem[0]
	movhpd	-64(%rax,%r14), %xmm3           ## xmm3 = xmm3[0],mem[0]
	cmpeqpd	%xmm9, %xmm3
	shufps	$232, %xmm3, %xmm3              ## xmm3 = xmm3[0,2,2,3]
	movsd	-152(%rax,%rbx), %xmm0          ## xmm0 = mem[0],zero
	movhpd	-56(%rax,%rbx), %xmm0           ## xmm0 = xmm0[0],mem[0]
	movsd	-152(%rax,%r14), %xmm4          ## xmm4 = mem[0],zero
	movhpd	-56(%rax,%r14), %xmm4           ## xmm4 = xmm4[0],mem[0]
	cmpeqpd	%xmm0, %xmm4
	shufps	$232, %xmm4, %xmm4              ## xmm4 = xmm4[0,2,2,3]
	andps	%xmm3, %xmm4
	movsd	-144(%rax,%rbx), %xmm0          ## xmm0 = mem[0],zero
	movhpd	-48(%rax,%rbx), %xmm0           ## xmm0 = xmm0[0],mem[0]
	movsd	-144(%rax,%r14), %xmm2          ## xmm2 = mem[0],zero
	movhpd	-48(%rax,%r14), %xmm2           ## xmm2 = xmm2[0],mem[0]
	cmpeqpd	%xmm0, %xmm2
	shufps	$232, %xmm2, %xmm2              ## xmm2 = xmm2[0,2,2,3]
	movsd	-136(%rax,%rbx), %xmm0          ## xmm0 = mem[0],zero
	movhpd	-40(%rax,%rbx), %xmm0           ## xmm0 = xmm0[0],mem[0]
	andps	%xmm4, %xmm2
	movsd	-136(%rax,%r14), %xmm3          ## xmm3 = mem[0],zero
	movhpd	-40(%rax,%r14), %xmm3           ## xmm3 = xmm3[0],mem[0]
	andps	%xmm1, %xmm2
	movsd	-128(%rax,%rbx), %xmm1          ## xmm1 = mem[0],zero
	movhpd	-32(%rax,%rbx), %xmm1           ## xmm1 = xmm1[0],mem[0]
	cmpeqpd	%xmm0, %xmm3
	movsd	-128(%rax,%r14), %xmm0          ## xmm0 = mem[0],zero
	movhpd	-32(%rax,%r14), %xmm0           ## xmm0 = xmm0[0],mem[0]
	shufps	$232, %xmm3, %xmm3              ## xmm3 = xmm3[0,2,2,3]
	cmpeqpd	%xmm1, %xmm0
	shufps	$232, %xmm0, %xmm0              ## xmm0 = xmm0[0,2,2,3]
	andps	%xmm3, %xmm0
	movsd	-120(%rax,%rbx), %xmm1          ## xmm1 = mem[0],zero
	movhpd	-24(%rax,%rbx), %xmm1           ## xmm1 = xmm1[0],mem[0]
	movsd	-120(%rax,%r14), %xmm3          ## xmm3 = mem[0],zero
	movhpd	-24(%rax,%r14), %xmm3           ## xmm3 = xmm3[0],mem[0]
	cmpeqpd	%xmm1, %xmm3
	shufps	$232, %xmm3, %xmm3              ## xmm3 = xmm3[0,2,2,3]
	andps	%xmm0, %xmm3
	movsd	-112(%rax,%rbx), %xmm0          ## xmm0 = mem[0],zero
	movhpd	-16(%rax,%rbx), %xmm0           ## xmm0 = xmm0[0],mem[0]
	movsd	-112(%rax,%r14), %xmm1          ## xmm1 = mem[0],zero
	movhpd	-16(%rax,%r14), %xmm1           ## xmm1 = xmm1[0],mem[0]
	cmpeqpd	%xmm0, %xmm1
	shufps	$232, %xmm1, %xmm1              ## xmm1 = xmm1[0,2,2,3]
	movsd	-104(%rax,%rbx), %xmm0          ## xmm0 = mem[0],zero
	movhpd	-8(%rax,%rbx), %xmm0            ## xmm0 = xmm0[0],mem[0]
	andps	%xmm3, %xmm1
	movsd	-104(%rax,%r14), %xmm3          ## xmm3 = mem[0],zero
	movhpd	-8(%rax,%r14), %xmm3            ## xmm3 = xmm3[0],mem[0]
	andps	%xmm2, %xmm1
	movsd	-96(%rax,%rbx), %xmm4           ## xmm4 = mem[0],zero
	movhpd	(%rax,%rbx), %xmm4              ## xmm4 = xmm4[0],mem[0]
	cmpeqpd	%xmm0, %xmm3
	movsd	-96(%rax,%r14), %xmm2           ## xmm2 = mem[0],zero
	movhpd	(%rax,%r14), %xmm2              ## xmm2 = xmm2[0],mem[0]
	shufps	$232, %xmm3, %xmm3              ## xmm3 = xmm3[0,2,2,3]
	cmpeqpd	%xmm4, %xmm2
	shufps	$232, %xmm2, %xmm2              ## xmm2 = xmm2[0,2,2,3]
	andps	%xmm3, %xmm2
	andps	%xmm1, %xmm2
	andps	%xmm8, %xmm2
	addq	$192, %rax
	cmpq	$1336, %rax                     ## imm = 0x538
	jne	LBB5_33
## %bb.34:
	pshufd	$85, %xmm2, %xmm0               ## xmm0 = xmm2[1,1,1,1]
	pand	%xmm2, %xmm0
	movd	%xmm0, %esi
	leaq	L_.str.5(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	%r15d, -80(%rbp)
	movaps	LCPI5_22(%rip), %xmm0           ## xmm0 = [2,3,4,5]
	movups	%xmm0, -76(%rbp)
	movaps	LCPI5_23(%rip), %xmm0           ## xmm0 = [6,7,8,10]
	movups	%xmm0, -60(%rbp)
	leaq	-80(%rbp), %rdi
	callq	_det3
	leaq	L_.str.6(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.7(%rip), %rdi
	movl	$10, %ecx
	movl	$23, %esi
	movl	$23, %edx
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-40(%rbp), %rax
	jne	LBB5_36
## %bb.35:
	xorl	%eax, %eax
	addq	$128, %rsp
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB5_36:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vseed                          ## @vseed
	.p2align	2
_vseed:
	.long	7                               ## 0x7

.zerofill __DATA,__bss,_ia,576,4        ## @ia
.zerofill __DATA,__bss,_ib,576,4        ## @ib
.zerofill __DATA,__bss,_da,1152,4       ## @da
.zerofill __DATA,__bss,_db,1152,4       ## @db
.zerofill __DATA,__bss,_ic,576,4        ## @ic
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%5d"

L_.str.2:                               ## @.str.2
	.asciz	"trace=%ld sum=%ld\n"

L_.str.3:                               ## @.str.3
	.asciz	"after transpose ic[1][4]=%d ic[4][1]=%d\n"

.zerofill __DATA,__bss,_dc,1152,4       ## @dc
L_.str.4:                               ## @.str.4
	.asciz	"dc[0][0]=%.4f dc[5][7]=%.4f dc[11][11]=%.4f weighted sum=%.4f\n"

.zerofill __DATA,__bss,_main.eye,1152,4 ## @main.eye
.zerofill __DATA,__bss,_main.out,1152,4 ## @main.out
L_.str.5:                               ## @.str.5
	.asciz	"A*I==A: %d\n"

L_.str.6:                               ## @.str.6
	.asciz	"det3 = %ld\n"

L_.str.7:                               ## @.str.7
	.asciz	"flat[13]=%d local[2][3]=%d rowptr diff=%ld\n"

.subsections_via_symbols
