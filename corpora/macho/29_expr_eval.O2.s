	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_parse_primary                  ## -- Begin function parse_primary
	.p2align	4, 0x90
_parse_primary:                         ## @parse_primary
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
	movq	(%rdi), %rcx
	jmp	LBB0_1
	.p2align	4, 0x90
LBB0_3:                                 ##   in Loop: Header=BB0_1 Depth=1
	movq	%rcx, (%rbx)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	addq	$1, %rcx
	movsbq	-1(%rcx), %rax
	cmpq	$32, %rax
	je	LBB0_3
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	cmpb	$9, %al
	je	LBB0_3
## %bb.4:
	cmpb	$45, %al
	je	LBB0_13
## %bb.5:
	cmpb	$40, %al
	jne	LBB0_14
## %bb.6:
	movq	%rcx, (%rbx)
	movq	%rbx, %rdi
	callq	_parse_expr
	movq	(%rbx), %rcx
	jmp	LBB0_7
	.p2align	4, 0x90
LBB0_20:                                ##   in Loop: Header=BB0_7 Depth=1
	movq	%rcx, (%rbx)
LBB0_7:                                 ## =>This Inner Loop Header: Depth=1
	addq	$1, %rcx
	movzbl	-1(%rcx), %edx
	cmpb	$9, %dl
	je	LBB0_20
## %bb.8:                               ##   in Loop: Header=BB0_7 Depth=1
	cmpb	$32, %dl
	je	LBB0_20
## %bb.9:
	cmpb	$41, %dl
	jne	LBB0_11
## %bb.10:
	movq	%rcx, (%rbx)
	jmp	LBB0_12
LBB0_13:
	movq	%rcx, (%rbx)
	movq	%rbx, %rdi
	callq	_parse_primary
	negq	%rax
	jmp	LBB0_12
LBB0_14:
	leal	-48(%rax), %edx
	cmpb	$9, %dl
	ja	LBB0_17
## %bb.15:
	xorl	%eax, %eax
	.p2align	4, 0x90
LBB0_16:                                ## =>This Inner Loop Header: Depth=1
	leaq	(%rax,%rax,4), %rax
	movq	%rcx, (%rbx)
	movsbq	-1(%rcx), %rdx
	leaq	(%rdx,%rax,2), %rax
	addq	$-48, %rax
	movzbl	(%rcx), %edx
	addb	$-48, %dl
	addq	$1, %rcx
	cmpb	$10, %dl
	jb	LBB0_16
	jmp	LBB0_12
LBB0_11:
	movl	$1, 8(%rbx)
	jmp	LBB0_12
LBB0_17:
	leal	-97(%rax), %edx
	cmpb	$25, %dl
	ja	LBB0_19
## %bb.18:
	movq	%rcx, (%rbx)
	addl	$-97, %eax
	movq	16(%rbx,%rax,8), %rax
	jmp	LBB0_12
LBB0_19:
	movl	$2, 8(%rbx)
	xorl	%eax, %eax
LBB0_12:
	addq	$8, %rsp
	popq	%rbx
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_parse_expr                     ## -- Begin function parse_expr
	.p2align	4, 0x90
_parse_expr:                            ## @parse_expr
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
	pushq	%rax
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdi, %r13
	callq	_parse_term
	movq	%rax, %r14
	leaq	LJTI1_0(%rip), %r12
                                        ## implicit-def: $r15
	.p2align	4, 0x90
LBB1_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB1_2 Depth 2
	movq	(%r13), %rax
	.p2align	4, 0x90
LBB1_2:                                 ##   Parent Loop BB1_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	addq	$1, %rax
	movzbl	-1(%rax), %ebx
	leal	-9(%rbx), %ecx
	cmpb	$36, %cl
	ja	LBB1_6
## %bb.3:                               ##   in Loop: Header=BB1_2 Depth=2
	movzbl	%cl, %ecx
	movslq	(%r12,%rcx,4), %rcx
	addq	%r12, %rcx
	jmpq	*%rcx
LBB1_4:                                 ##   in Loop: Header=BB1_2 Depth=2
	movq	%rax, (%r13)
	jmp	LBB1_2
	.p2align	4, 0x90
LBB1_5:                                 ##   in Loop: Header=BB1_1 Depth=1
	movq	%rax, (%r13)
	movq	%r13, %rdi
	callq	_parse_term
	movq	%rax, %rcx
	negq	%rcx
	cmpb	$43, %bl
	cmoveq	%rax, %rcx
	addq	%rcx, %r14
	cmpb	$43, %bl
	jne	LBB1_8
	jmp	LBB1_1
	.p2align	4, 0x90
LBB1_6:                                 ##   in Loop: Header=BB1_1 Depth=1
	movq	%r14, %r15
	cmpb	$43, %bl
	je	LBB1_1
LBB1_8:                                 ##   in Loop: Header=BB1_1 Depth=1
	cmpb	$45, %bl
	je	LBB1_1
## %bb.9:
	movq	%r15, %rax
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L1_0_set_4, LBB1_4-LJTI1_0
.set L1_0_set_6, LBB1_6-LJTI1_0
.set L1_0_set_5, LBB1_5-LJTI1_0
LJTI1_0:
	.long	L1_0_set_4
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_4
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_6
	.long	L1_0_set_5
	.long	L1_0_set_6
	.long	L1_0_set_5
	.end_data_region
                                        ## -- End function
	.globl	_parse_power                    ## -- Begin function parse_power
	.p2align	4, 0x90
_parse_power:                           ## @parse_power
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
	movq	%rdi, %rbx
	callq	_parse_primary
	movq	%rax, %r14
	movq	(%rbx), %rcx
	jmp	LBB2_1
	.p2align	4, 0x90
LBB2_13:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	%rcx, (%rbx)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	addq	$1, %rcx
	movzbl	-1(%rcx), %edx
	cmpb	$9, %dl
	je	LBB2_13
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	cmpb	$32, %dl
	je	LBB2_13
## %bb.3:
	cmpb	$94, %dl
	jne	LBB2_12
## %bb.4:
	movq	%rcx, (%rbx)
	movq	%rbx, %rdi
	callq	_parse_power
	testq	%rax, %rax
	jle	LBB2_5
## %bb.6:
	addq	$-1, %rax
	cmpq	$61, %rax
	movl	$61, %esi
	cmovbq	%rax, %rsi
	leaq	1(%rsi), %rdx
	movl	%edx, %ecx
	andl	$7, %ecx
	cmpq	$7, %rsi
	jae	LBB2_8
## %bb.7:
	movl	$1, %eax
	jmp	LBB2_10
LBB2_5:
	movl	$1, %eax
	jmp	LBB2_12
LBB2_8:
	andl	$120, %edx
	movl	$1, %eax
	.p2align	4, 0x90
LBB2_9:                                 ## =>This Inner Loop Header: Depth=1
	imulq	%r14, %rax
	imulq	%r14, %rax
	imulq	%r14, %rax
	imulq	%r14, %rax
	imulq	%r14, %rax
	imulq	%r14, %rax
	imulq	%r14, %rax
	imulq	%r14, %rax
	addq	$-8, %rdx
	jne	LBB2_9
LBB2_10:
	testq	%rcx, %rcx
	je	LBB2_12
	.p2align	4, 0x90
LBB2_11:                                ## =>This Inner Loop Header: Depth=1
	imulq	%r14, %rax
	addq	$-1, %rcx
	jne	LBB2_11
LBB2_12:
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_parse_term                     ## -- Begin function parse_term
	.p2align	4, 0x90
_parse_term:                            ## @parse_term
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
	pushq	%rax
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdi, %rbx
	callq	_parse_power
	movq	%rax, %r15
	movabsq	$145272973819904, %r12          ## imm = 0x842000000000
	movabsq	$4294967808, %r13               ## imm = 0x100000200
                                        ## implicit-def: $rax
                                        ## kill: killed $rax
	jmp	LBB3_1
	.p2align	4, 0x90
LBB3_6:                                 ##   in Loop: Header=BB3_1 Depth=1
	imulq	%rcx, %r15
LBB3_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB3_2 Depth 2
	movq	(%rbx), %rax
	.p2align	4, 0x90
LBB3_2:                                 ##   Parent Loop BB3_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	addq	$1, %rax
	movzbl	-1(%rax), %r14d
	cmpq	$47, %r14
	ja	LBB3_16
## %bb.3:                               ##   in Loop: Header=BB3_2 Depth=2
	btq	%r14, %r13
	jae	LBB3_4
## %bb.20:                              ##   in Loop: Header=BB3_2 Depth=2
	movq	%rax, (%rbx)
	jmp	LBB3_2
	.p2align	4, 0x90
LBB3_4:                                 ##   in Loop: Header=BB3_1 Depth=1
	btq	%r14, %r12
	jae	LBB3_16
## %bb.5:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	%rax, (%rbx)
	movq	%rbx, %rdi
	callq	_parse_power
	movq	%rax, %rcx
	cmpb	$42, %r14b
	je	LBB3_6
## %bb.7:                               ##   in Loop: Header=BB3_1 Depth=1
	testq	%rcx, %rcx
	je	LBB3_8
## %bb.9:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	%rcx, %rax
	orq	%r15, %rax
	cmpb	$47, %r14b
	jne	LBB3_13
## %bb.10:                              ##   in Loop: Header=BB3_1 Depth=1
	shrq	$32, %rax
	je	LBB3_11
## %bb.12:                              ##   in Loop: Header=BB3_1 Depth=1
	movq	%r15, %rax
	cqto
	idivq	%rcx
	movq	%rax, %r15
	jmp	LBB3_1
	.p2align	4, 0x90
LBB3_16:                                ##   in Loop: Header=BB3_1 Depth=1
	movq	%r15, -48(%rbp)                 ## 8-byte Spill
LBB3_17:                                ##   in Loop: Header=BB3_1 Depth=1
	cmpb	$47, %r14b
	ja	LBB3_19
## %bb.18:                              ##   in Loop: Header=BB3_1 Depth=1
	movzbl	%r14b, %eax
	btq	%rax, %r12
	jb	LBB3_1
	jmp	LBB3_19
LBB3_11:                                ##   in Loop: Header=BB3_1 Depth=1
	movl	%r15d, %eax
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %r15d
	jmp	LBB3_1
LBB3_8:                                 ##   in Loop: Header=BB3_1 Depth=1
	movl	$3, 8(%rbx)
	jmp	LBB3_17
LBB3_13:                                ##   in Loop: Header=BB3_1 Depth=1
	shrq	$32, %rax
	je	LBB3_14
## %bb.15:                              ##   in Loop: Header=BB3_1 Depth=1
	movq	%r15, %rax
	cqto
	idivq	%rcx
	movq	%rdx, %r15
	jmp	LBB3_17
LBB3_14:                                ##   in Loop: Header=BB3_1 Depth=1
	movl	%r15d, %eax
	xorl	%edx, %edx
	divl	%ecx
	movl	%edx, %r15d
	jmp	LBB3_17
LBB3_19:
	movq	-48(%rbp), %rax                 ## 8-byte Reload
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function main
LCPI4_0:
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
LCPI4_1:
	.quad	2                               ## 0x2
	.quad	3                               ## 0x3
LCPI4_2:
	.quad	4                               ## 0x4
	.quad	5                               ## 0x5
LCPI4_3:
	.quad	6                               ## 0x6
	.quad	7                               ## 0x7
LCPI4_4:
	.quad	8                               ## 0x8
	.quad	9                               ## 0x9
LCPI4_5:
	.quad	10                              ## 0xa
	.quad	11                              ## 0xb
LCPI4_6:
	.quad	12                              ## 0xc
	.quad	13                              ## 0xd
LCPI4_7:
	.quad	14                              ## 0xe
	.quad	15                              ## 0xf
LCPI4_8:
	.quad	16                              ## 0x10
	.quad	17                              ## 0x11
LCPI4_9:
	.quad	18                              ## 0x12
	.quad	19                              ## 0x13
LCPI4_10:
	.quad	20                              ## 0x14
	.quad	21                              ## 0x15
LCPI4_11:
	.quad	22                              ## 0x16
	.quad	23                              ## 0x17
LCPI4_12:
	.quad	24                              ## 0x18
	.quad	25                              ## 0x19
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
	xorl	%r13d, %r13d
	xorl	%r15d, %r15d
	xorl	%ebx, %ebx
	jmp	LBB4_1
	.p2align	4, 0x90
LBB4_7:                                 ##   in Loop: Header=BB4_1 Depth=1
	leaq	L_.str.16(%rip), %rdi
	movq	%r12, %rsi
	movq	%r14, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	(,%r13,8), %rax
	subq	%r13, %rax
	addq	%rax, %r14
	movq	%r14, %r13
LBB4_8:                                 ##   in Loop: Header=BB4_1 Depth=1
	addq	$1, %r15
	cmpq	$15, %r15
	je	LBB4_9
LBB4_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB4_2 Depth 2
	leaq	_main.exprs(%rip), %rax
	movq	(%rax,%r15,8), %r12
	movq	%r12, -264(%rbp)
	movaps	LCPI4_0(%rip), %xmm0            ## xmm0 = [0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0]
	movups	%xmm0, -256(%rbp)
	movaps	LCPI4_1(%rip), %xmm0            ## xmm0 = [2,3]
	movups	%xmm0, -240(%rbp)
	movaps	LCPI4_2(%rip), %xmm0            ## xmm0 = [4,5]
	movups	%xmm0, -224(%rbp)
	movaps	LCPI4_3(%rip), %xmm0            ## xmm0 = [6,7]
	movups	%xmm0, -208(%rbp)
	movaps	LCPI4_4(%rip), %xmm0            ## xmm0 = [8,9]
	movups	%xmm0, -192(%rbp)
	movaps	LCPI4_5(%rip), %xmm0            ## xmm0 = [10,11]
	movups	%xmm0, -176(%rbp)
	movaps	LCPI4_6(%rip), %xmm0            ## xmm0 = [12,13]
	movups	%xmm0, -160(%rbp)
	movaps	LCPI4_7(%rip), %xmm0            ## xmm0 = [14,15]
	movups	%xmm0, -144(%rbp)
	movaps	LCPI4_8(%rip), %xmm0            ## xmm0 = [16,17]
	movups	%xmm0, -128(%rbp)
	movaps	LCPI4_9(%rip), %xmm0            ## xmm0 = [18,19]
	movups	%xmm0, -112(%rbp)
	movaps	LCPI4_10(%rip), %xmm0           ## xmm0 = [20,21]
	movups	%xmm0, -96(%rbp)
	movaps	LCPI4_11(%rip), %xmm0           ## xmm0 = [22,23]
	movups	%xmm0, -80(%rbp)
	movaps	LCPI4_12(%rip), %xmm0           ## xmm0 = [24,25]
	movups	%xmm0, -64(%rbp)
	movq	$26, -48(%rbp)
	leaq	-264(%rbp), %rdi
	callq	_parse_expr
	movq	%rax, %r14
	movq	-264(%rbp), %rax
	jmp	LBB4_2
	.p2align	4, 0x90
LBB4_4:                                 ##   in Loop: Header=BB4_2 Depth=2
	addq	$1, %rax
LBB4_2:                                 ##   Parent Loop BB4_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movzbl	(%rax), %ecx
	cmpb	$32, %cl
	je	LBB4_4
## %bb.3:                               ##   in Loop: Header=BB4_2 Depth=2
	cmpb	$9, %cl
	je	LBB4_4
## %bb.5:                               ##   in Loop: Header=BB4_1 Depth=1
	movq	%rax, -264(%rbp)
	movl	-256(%rbp), %ecx
	testl	%ecx, %ecx
	movl	$4, %edx
	cmovnel	%ecx, %edx
	cmpb	$0, (%rax)
	cmovel	%ecx, %edx
	testl	%edx, %edx
	je	LBB4_7
## %bb.6:                               ##   in Loop: Header=BB4_1 Depth=1
	leaq	L_.str.15(%rip), %rdi
	movq	%r12, %rsi
	xorl	%eax, %eax
	callq	_printf
	addl	$1, %ebx
	jmp	LBB4_8
LBB4_9:
	leaq	L_.str.17(%rip), %rdi
	movq	%r13, %rsi
	movl	%ebx, %edx
	xorl	%eax, %eax
	callq	_printf
	movabsq	$-6640827866535438581, %rcx     ## imm = 0xA3D70A3D70A3D70B
	movq	%r13, %rax
	imulq	%rcx
	addq	%r13, %rdx
	movq	%rdx, %rax
	shrq	$63, %rax
	shrl	$6, %edx
	addl	%eax, %edx
	imull	$100, %edx, %eax
	subl	%eax, %r13d
	addb	$100, %r13b
	movzbl	%r13b, %eax
	leal	(%rax,%rax,4), %ecx
	leal	(%rax,%rcx,8), %ecx
	shrl	$12, %ecx
	imull	$100, %ecx, %ecx
	subb	%cl, %al
	movzbl	%al, %eax
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
	.section	__DATA,__const
	.p2align	4                               ## @main.exprs
_main.exprs:
	.quad	L_.str
	.quad	L_.str.1
	.quad	L_.str.2
	.quad	L_.str.3
	.quad	L_.str.4
	.quad	L_.str.5
	.quad	L_.str.6
	.quad	L_.str.7
	.quad	L_.str.8
	.quad	L_.str.9
	.quad	L_.str.10
	.quad	L_.str.11
	.quad	L_.str.12
	.quad	L_.str.13
	.quad	L_.str.14

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"1 + 2 * 3"

L_.str.1:                               ## @.str.1
	.asciz	"(1 + 2) * 3"

L_.str.2:                               ## @.str.2
	.asciz	"2 ^ 3 ^ 2"

L_.str.3:                               ## @.str.3
	.asciz	"-(4 - 10) * -3"

L_.str.4:                               ## @.str.4
	.asciz	"100 / 7 % 4"

L_.str.5:                               ## @.str.5
	.asciz	"a + b * c - z"

L_.str.6:                               ## @.str.6
	.asciz	"((((5))))"

L_.str.7:                               ## @.str.7
	.asciz	"2^10 - 1000 / (3 + 2) * 4"

L_.str.8:                               ## @.str.8
	.asciz	"17 % 5 * (x - y) / 2"

L_.str.9:                               ## @.str.9
	.asciz	"1 / 0"

L_.str.10:                              ## @.str.10
	.asciz	"3 + * 4"

L_.str.11:                              ## @.str.11
	.asciz	"(1 + 2"

L_.str.12:                              ## @.str.12
	.asciz	"12 34"

L_.str.13:                              ## @.str.13
	.asciz	"-7 / 2 + -7 % 2"

L_.str.14:                              ## @.str.14
	.asciz	"  9*9*9*9*9 - 50000  "

L_.str.15:                              ## @.str.15
	.asciz	"%-28s -> error %d\n"

L_.str.16:                              ## @.str.16
	.asciz	"%-28s -> %ld\n"

L_.str.17:                              ## @.str.17
	.asciz	"checksum=%ld errors=%d\n"

.subsections_via_symbols
