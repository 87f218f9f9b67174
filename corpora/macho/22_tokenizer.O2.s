	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_is_ident_start                 ## -- Begin function is_ident_start
	.p2align	4, 0x90
_is_ident_start:                        ## @is_ident_start
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, %eax
	andb	$-33, %al
	addb	$-65, %al
	cmpb	$26, %al
	setb	%al
	cmpb	$95, %dil
	sete	%cl
	orb	%al, %cl
	movzbl	%cl, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_is_digit                       ## -- Begin function is_digit
	.p2align	4, 0x90
_is_digit:                              ## @is_digit
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	addb	$-48, %dil
	xorl	%eax, %eax
	cmpb	$10, %dil
	setb	%al
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_next_token                     ## -- Begin function next_token
	.p2align	4, 0x90
_next_token:                            ## @next_token
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
	movq	%rsi, -48(%rbp)                 ## 8-byte Spill
	movq	$0, 40(%rsi)
	xorl	%r12d, %r12d
	movb	(%rdi), %r14b
	movzbl	%r14b, %r15d
	movl	%r12d, %eax
	leaq	LJTI2_0(%rip), %rbx
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
	.p2align	4, 0x90
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	%r12d, %ebx
	movzbl	%r14b, %r12d
	cmpb	$35, %r12b
	ja	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	leaq	LJTI2_1(%rip), %rax
	movslq	(%rax,%r12,4), %rcx
	addq	%rax, %rcx
	jmpq	*%rcx
LBB2_3:                                 ##   in Loop: Header=BB2_1 Depth=1
	addq	$1, %r13
	xorl	%eax, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	leaq	LJTI2_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	movl	%ebx, %r12d
	movq	%rcx, %rbx
	jmpq	*%rax
LBB2_4:                                 ##   in Loop: Header=BB2_1 Depth=1
	movl	%r12d, %edi
	callq	_is_ident_start
	movl	$1, %ecx
	testl	%eax, %eax
	jne	LBB2_12
## %bb.5:                               ##   in Loop: Header=BB2_1 Depth=1
	cmpb	$48, %r14b
	jne	LBB2_9
## %bb.6:                               ##   in Loop: Header=BB2_1 Depth=1
	movzbl	1(%r13), %eax
	orb	$32, %al
	cmpb	$120, %al
	jne	LBB2_13
## %bb.7:                               ##   in Loop: Header=BB2_1 Depth=1
	addq	$2, %r13
	xorl	%r12d, %r12d
	movl	$3, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	leaq	LJTI2_0(%rip), %rbx
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
LBB2_8:                                 ##   in Loop: Header=BB2_1 Depth=1
	addq	$1, %r13
	movl	$7, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	leaq	LJTI2_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	movl	%ebx, %r12d
	movq	%rcx, %rbx
	jmpq	*%rax
LBB2_9:                                 ##   in Loop: Header=BB2_1 Depth=1
	movl	%r12d, %edi
	callq	_is_digit
	movl	$2, %ecx
	testl	%eax, %eax
	jne	LBB2_12
## %bb.10:                              ##   in Loop: Header=BB2_1 Depth=1
	cmpb	$34, %r14b
	jne	LBB2_14
## %bb.11:                              ##   in Loop: Header=BB2_1 Depth=1
	addq	$1, %r13
	movl	$5, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	leaq	LJTI2_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	movl	%ebx, %r12d
	movq	%rcx, %rbx
	jmpq	*%rax
LBB2_12:
	movl	%ebx, %r12d
	leaq	LJTI2_0(%rip), %rbx
	jmp	LBB2_23
LBB2_13:
	movl	%ebx, %r12d
	movl	$48, %edi
	callq	_is_digit
	movl	$2, %ecx
	testl	%eax, %eax
	leaq	LJTI2_0(%rip), %rbx
	jne	LBB2_23
LBB2_14:
	movq	-48(%rbp), %rax                 ## 8-byte Reload
	movl	$4, (%rax)
	movb	%r14b, 4(%rax)
	movl	$1, %edx
	movl	%r15d, %ecx
	shlq	%cl, %rdx
	movl	$1, %eax
	movabsq	$8070450540837863425, %rcx      ## imm = 0x7000000200000001
	andq	%rdx, %rcx
	cmpb	$63, %r14b
	ja	LBB2_17
## %bb.15:
	testq	%rcx, %rcx
	je	LBB2_17
## %bb.16:
	movb	$61, %cl
	cmpb	$61, 1(%r13)
	je	LBB2_20
LBB2_17:
	cmpb	$124, %r14b
	je	LBB2_19
## %bb.18:
	cmpb	$38, %r14b
	jne	LBB2_21
LBB2_19:
	movl	%r14d, %ecx
	cmpb	%r14b, 1(%r13)
	jne	LBB2_21
LBB2_20:
	movq	-48(%rbp), %rax                 ## 8-byte Reload
	movb	%cl, 5(%rax)
	movl	$2, %eax
LBB2_21:
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movb	$0, 4(%rcx,%rax)
	addq	%rax, %r13
	jmp	LBB2_62
LBB2_22:
	movq	-48(%rbp), %rax                 ## 8-byte Reload
	movl	$5, (%rax)
	movb	$0, 4(%rax)
	jmp	LBB2_62
LBB2_23:
	movb	(%r13), %r14b
	movzbl	%r14b, %r15d
	movl	%ecx, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
	.p2align	4, 0x90
LBB2_24:                                ## =>This Inner Loop Header: Depth=1
	testb	%r14b, %r14b
	je	LBB2_28
## %bb.25:                              ##   in Loop: Header=BB2_24 Depth=1
	cmpb	$10, %r14b
	je	LBB2_28
## %bb.26:                              ##   in Loop: Header=BB2_24 Depth=1
	addq	$1, %r13
	movl	$7, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
LBB2_28:
	xorl	%ecx, %ecx
	jmp	LBB2_23
	.p2align	4, 0x90
LBB2_29:                                ## =>This Inner Loop Header: Depth=1
	movzbl	%r14b, %ebx
	movl	%ebx, %edi
	callq	_is_ident_start
	testl	%eax, %eax
	jne	LBB2_31
## %bb.30:                              ##   in Loop: Header=BB2_29 Depth=1
	movl	%ebx, %edi
	callq	_is_digit
	testl	%eax, %eax
	je	LBB2_34
LBB2_31:                                ##   in Loop: Header=BB2_29 Depth=1
	cmpl	$30, %r12d
	jg	LBB2_33
## %bb.32:                              ##   in Loop: Header=BB2_29 Depth=1
	movslq	%r12d, %rax
	addl	$1, %r12d
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movb	%r14b, 4(%rcx,%rax)
LBB2_33:                                ##   in Loop: Header=BB2_29 Depth=1
	leaq	LJTI2_0(%rip), %rbx
	addq	$1, %r13
	movl	$1, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
LBB2_34:
	movslq	%r12d, %rax
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movb	$0, 4(%rcx,%rax)
	movl	$0, (%rcx)
	jmp	LBB2_62
	.p2align	4, 0x90
LBB2_35:                                ## =>This Inner Loop Header: Depth=1
	movzbl	%r14b, %edi
	callq	_is_digit
	testl	%eax, %eax
	je	LBB2_37
## %bb.36:                              ##   in Loop: Header=BB2_35 Depth=1
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movq	40(%rcx), %rax
	leaq	(%rax,%rax,4), %rax
	leaq	(%r15,%rax,2), %rax
	addq	$-48, %rax
	movq	%rax, 40(%rcx)
	movslq	%r12d, %rax
	addl	$1, %r12d
	movb	%r14b, 4(%rcx,%rax)
	addq	$1, %r13
	movl	$2, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
	.p2align	4, 0x90
LBB2_37:                                ##   in Loop: Header=BB2_35 Depth=1
	cmpb	$46, %r14b
	jne	LBB2_39
## %bb.38:                              ##   in Loop: Header=BB2_35 Depth=1
	movslq	%r12d, %rax
	addl	$1, %r12d
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movb	$46, 4(%rcx,%rax)
	addq	$1, %r13
	movl	$4, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
LBB2_39:
	movslq	%r12d, %rax
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movb	$0, 4(%rcx,%rax)
	movl	$1, (%rcx)
	jmp	LBB2_62
	.p2align	4, 0x90
LBB2_40:                                ## =>This Inner Loop Header: Depth=1
	movzbl	%r14b, %edi
	callq	_is_digit
	movslq	%r12d, %rcx
	testl	%eax, %eax
	je	LBB2_42
## %bb.41:                              ##   in Loop: Header=BB2_40 Depth=1
	leal	1(%rcx), %r12d
	movq	-48(%rbp), %rax                 ## 8-byte Reload
	movb	%r14b, 4(%rax,%rcx)
	addq	$1, %r13
	movl	$4, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
LBB2_42:
	movq	-48(%rbp), %rax                 ## 8-byte Reload
	movb	$0, 4(%rax,%rcx)
	movl	$2, (%rax)
	jmp	LBB2_62
	.p2align	4, 0x90
LBB2_43:                                ## =>This Inner Loop Header: Depth=1
	movzbl	%r14b, %edi
	callq	_is_digit
	testl	%eax, %eax
	je	LBB2_45
## %bb.44:                              ##   in Loop: Header=BB2_43 Depth=1
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movq	40(%rcx), %rax
	shlq	$4, %rax
	addq	%r15, %rax
	addq	$-48, %rax
	movq	%rax, 40(%rcx)
	addq	$1, %r13
	movl	$3, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
	.p2align	4, 0x90
LBB2_45:                                ##   in Loop: Header=BB2_43 Depth=1
	leal	-97(%r14), %eax
	cmpb	$5, %al
	ja	LBB2_47
## %bb.46:                              ##   in Loop: Header=BB2_43 Depth=1
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movq	40(%rcx), %rax
	shlq	$4, %rax
	addl	$-87, %r15d
	addq	%rax, %r15
	movq	%r15, 40(%rcx)
	addq	$1, %r13
	movl	$3, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
LBB2_47:                                ##   in Loop: Header=BB2_43 Depth=1
	addb	$-65, %r14b
	cmpb	$5, %r14b
	ja	LBB2_49
## %bb.48:                              ##   in Loop: Header=BB2_43 Depth=1
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movq	40(%rcx), %rax
	shlq	$4, %rax
	addl	$-55, %r15d
	addq	%rax, %r15
	movq	%r15, 40(%rcx)
	addq	$1, %r13
	movl	$3, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
LBB2_49:
	movabsq	$33888494556282881, %rax        ## imm = 0x78656800000001
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movq	%rax, (%rcx)
	jmp	LBB2_62
	.p2align	4, 0x90
LBB2_50:                                ## =>This Inner Loop Header: Depth=1
	cmpb	$92, %r14b
	je	LBB2_56
## %bb.51:                              ##   in Loop: Header=BB2_50 Depth=1
	cmpb	$34, %r14b
	je	LBB2_60
## %bb.52:                              ##   in Loop: Header=BB2_50 Depth=1
	testb	%r14b, %r14b
	je	LBB2_61
## %bb.53:                              ##   in Loop: Header=BB2_50 Depth=1
	cmpl	$30, %r12d
	jg	LBB2_55
## %bb.54:                              ##   in Loop: Header=BB2_50 Depth=1
	movslq	%r12d, %rax
	addl	$1, %r12d
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movb	%r14b, 4(%rcx,%rax)
LBB2_55:                                ##   in Loop: Header=BB2_50 Depth=1
	addq	$1, %r13
	movl	$5, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
	.p2align	4, 0x90
LBB2_56:                                ##   in Loop: Header=BB2_50 Depth=1
	addq	$1, %r13
	movl	$6, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
	.p2align	4, 0x90
LBB2_57:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$30, %r12d
	jg	LBB2_59
## %bb.58:                              ##   in Loop: Header=BB2_57 Depth=1
	movslq	%r12d, %rax
	addl	$1, %r12d
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movb	%r14b, 4(%rcx,%rax)
LBB2_59:                                ##   in Loop: Header=BB2_57 Depth=1
	addq	$1, %r13
	movl	$5, %eax
	movzbl	(%r13), %r14d
	movzbl	%r14b, %r15d
	movl	%eax, %eax
	movslq	(%rbx,%rax,4), %rax
	addq	%rbx, %rax
	jmpq	*%rax
LBB2_60:
	movslq	%r12d, %rax
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movb	$0, 4(%rcx,%rax)
	movl	$3, (%rcx)
	addq	$1, %r13
	jmp	LBB2_62
LBB2_61:
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movl	$6, (%rcx)
	movslq	%r12d, %rax
	movb	$0, 4(%rcx,%rax)
LBB2_62:
	movq	%r13, %rax
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
.set L2_0_set_1, LBB2_1-LJTI2_0
.set L2_0_set_29, LBB2_29-LJTI2_0
.set L2_0_set_35, LBB2_35-LJTI2_0
.set L2_0_set_43, LBB2_43-LJTI2_0
.set L2_0_set_40, LBB2_40-LJTI2_0
.set L2_0_set_50, LBB2_50-LJTI2_0
.set L2_0_set_57, LBB2_57-LJTI2_0
.set L2_0_set_24, LBB2_24-LJTI2_0
LJTI2_0:
	.long	L2_0_set_1
	.long	L2_0_set_29
	.long	L2_0_set_35
	.long	L2_0_set_43
	.long	L2_0_set_40
	.long	L2_0_set_50
	.long	L2_0_set_57
	.long	L2_0_set_24
.set L2_1_set_22, LBB2_22-LJTI2_1
.set L2_1_set_4, LBB2_4-LJTI2_1
.set L2_1_set_3, LBB2_3-LJTI2_1
.set L2_1_set_8, LBB2_8-LJTI2_1
LJTI2_1:
	.long	L2_1_set_22
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_3
	.long	L2_1_set_3
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_3
	.long	L2_1_set_4
	.long	L2_1_set_4
	.long	L2_1_set_8
	.end_data_region
                                        ## -- End function
	.globl	_main                           ## -- Begin function main
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
	subq	$88, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	xorps	%xmm0, %xmm0
	movups	%xmm0, -116(%rbp)
	movaps	%xmm0, -128(%rbp)
	leaq	_source(%rip), %r12
	leaq	_reltable.main(%rip), %r15
	xorl	%ebx, %ebx
	xorl	%r14d, %r14d
	jmp	LBB3_1
	.p2align	4, 0x90
LBB3_6:                                 ##   in Loop: Header=BB3_1 Depth=1
	addq	%r13, %rbx
	movl	$10, %edi
	callq	_putchar
	movl	-96(%rbp), %eax
	addl	$-7, %eax
	addl	$1, %r14d
	cmpl	$-2, %eax
	jae	LBB3_7
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	%r12, %rdi
	leaq	-96(%rbp), %rsi
	callq	_next_token
	movq	%rax, %r12
	movl	-96(%rbp), %eax
	addl	$1, -128(%rbp,%rax,4)
	cmpq	$1, %rax
	jne	LBB3_2
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-56(%rbp), %r13
	jmp	LBB3_4
	.p2align	4, 0x90
LBB3_2:                                 ##   in Loop: Header=BB3_1 Depth=1
	xorl	%r13d, %r13d
LBB3_4:                                 ##   in Loop: Header=BB3_1 Depth=1
	movslq	(%r15,%rax,4), %rdx
	addq	%r15, %rdx
	leaq	L_.str.2(%rip), %rdi
	movl	%r14d, %esi
	leaq	-92(%rbp), %rcx
	xorl	%eax, %eax
	callq	_printf
	cmpl	$1, -96(%rbp)
	jne	LBB3_6
## %bb.5:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-56(%rbp), %rsi
	leaq	L_.str.3(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB3_6
LBB3_7:
	movl	-128(%rbp), %r14d
	leaq	L_.str.5(%rip), %r15
	leaq	L_.str.7(%rip), %rsi
	movq	%r15, %rdi
	movl	%r14d, %edx
	xorl	%eax, %eax
	callq	_printf
	movl	-124(%rbp), %edx
	leaq	L_.str.8(%rip), %rsi
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-120(%rbp), %edx
	leaq	L_.str.9(%rip), %rsi
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-116(%rbp), %edx
	leaq	L_.str.10(%rip), %rsi
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-112(%rbp), %edx
	leaq	L_.str.11(%rip), %rsi
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-108(%rbp), %edx
	leaq	L_.str.12(%rip), %rsi
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-104(%rbp), %edx
	leaq	L_.str.13(%rip), %rsi
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.6(%rip), %rdi
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	leal	15(%r14), %eax
	testl	%r14d, %r14d
	cmovnsl	%r14d, %eax
	movq	___stack_chk_guard@GOTPCREL(%rip), %rcx
	movq	(%rcx), %rcx
	cmpq	-48(%rbp), %rcx
	jne	LBB3_9
## %bb.8:
	andl	$-16, %eax
	subl	%eax, %r14d
	movl	%r14d, %eax
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB3_9:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__const
	.p2align	4                               ## @source
_source:
	.asciz	"let x1 = 42 + 0x1F * (y_2 - 3.25); # comment here\nprint(\"hi \\\"there\\\"\", x1 >= 10 && z != 0x0);\nif a<=b { c = 007 } else { d == 1.5 }"

	.section	__TEXT,__cstring,cstring_literals
L_.str.2:                               ## @.str.2
	.asciz	"%2d %-6s '%s'"

	.section	__TEXT,__const
	.p2align	2                               ## @reltable.main
_reltable.main:
	.long	L_.str.7-_reltable.main
	.long	L_.str.8-_reltable.main
	.long	L_.str.9-_reltable.main
	.long	L_.str.10-_reltable.main
	.long	L_.str.11-_reltable.main
	.long	L_.str.12-_reltable.main
	.long	L_.str.13-_reltable.main

	.section	__TEXT,__cstring,cstring_literals
L_.str.3:                               ## @.str.3
	.asciz	" = %ld"

L_.str.5:                               ## @.str.5
	.asciz	"%s=%d "

L_.str.6:                               ## @.str.6
	.asciz	"\nint total = %ld\n"

L_.str.7:                               ## @.str.7
	.asciz	"IDENT"

L_.str.8:                               ## @.str.8
	.asciz	"INT"

L_.str.9:                               ## @.str.9
	.asciz	"FLOAT"

L_.str.10:                              ## @.str.10
	.asciz	"STRING"

L_.str.11:                              ## @.str.11
	.asciz	"OP"

L_.str.12:                              ## @.str.12
	.asciz	"END"

L_.str.13:                              ## @.str.13
	.asciz	"ERROR"

.subsections_via_symbols
