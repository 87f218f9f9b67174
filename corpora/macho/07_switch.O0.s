	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_day_name                       ## -- Begin function day_name
	.p2align	4, 0x90
_day_name:                              ## @day_name
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -12(%rbp)
	movl	-12(%rbp), %eax
                                        ## kill: def $rax killed $eax
	movq	%rax, -24(%rbp)                 ## 8-byte Spill
	subq	$6, %rax
	ja	LBB0_8
## %bb.10:
	movq	-24(%rbp), %rax                 ## 8-byte Reload
	leaq	LJTI0_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB0_1:
	leaq	L_.str(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_9
LBB0_2:
	leaq	L_.str.1(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_9
LBB0_3:
	leaq	L_.str.2(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_9
LBB0_4:
	leaq	L_.str.3(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_9
LBB0_5:
	leaq	L_.str.4(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_9
LBB0_6:
	leaq	L_.str.5(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_9
LBB0_7:
	leaq	L_.str.6(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_9
LBB0_8:
	leaq	L_.str.7(%rip), %rax
	movq	%rax, -8(%rbp)
LBB0_9:
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L0_0_set_1, LBB0_1-LJTI0_0
.set L0_0_set_2, LBB0_2-LJTI0_0
.set L0_0_set_3, LBB0_3-LJTI0_0
.set L0_0_set_4, LBB0_4-LJTI0_0
.set L0_0_set_5, LBB0_5-LJTI0_0
.set L0_0_set_6, LBB0_6-LJTI0_0
.set L0_0_set_7, LBB0_7-LJTI0_0
LJTI0_0:
	.long	L0_0_set_1
	.long	L0_0_set_2
	.long	L0_0_set_3
	.long	L0_0_set_4
	.long	L0_0_set_5
	.long	L0_0_set_6
	.long	L0_0_set_7
	.end_data_region
                                        ## -- End function
	.globl	_op                             ## -- Begin function op
	.p2align	4, 0x90
_op:                                    ## @op
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -12(%rbp)
	movq	%rsi, -24(%rbp)
	movq	%rdx, -32(%rbp)
	movl	-12(%rbp), %eax
                                        ## kill: def $rax killed $eax
	movq	%rax, -40(%rbp)                 ## 8-byte Spill
	subq	$13, %rax
	ja	LBB1_27
## %bb.29:
	movq	-40(%rbp), %rax                 ## 8-byte Reload
	leaq	LJTI1_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB1_1:
	movq	-24(%rbp), %rax
	addq	-32(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_2:
	movq	-24(%rbp), %rax
	subq	-32(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_3:
	movq	-24(%rbp), %rax
	imulq	-32(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_4:
	cmpq	$0, -32(%rbp)
	je	LBB1_6
## %bb.5:
	movq	-24(%rbp), %rax
	cqto
	idivq	-32(%rbp)
	movq	%rax, -48(%rbp)                 ## 8-byte Spill
	jmp	LBB1_7
LBB1_6:
	xorl	%eax, %eax
                                        ## kill: def $rax killed $eax
	movq	%rax, -48(%rbp)                 ## 8-byte Spill
	jmp	LBB1_7
LBB1_7:
	movq	-48(%rbp), %rax                 ## 8-byte Reload
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_8:
	cmpq	$0, -32(%rbp)
	je	LBB1_10
## %bb.9:
	movq	-24(%rbp), %rax
	cqto
	idivq	-32(%rbp)
	movq	%rdx, -56(%rbp)                 ## 8-byte Spill
	jmp	LBB1_11
LBB1_10:
	xorl	%eax, %eax
                                        ## kill: def $rax killed $eax
	movq	%rax, -56(%rbp)                 ## 8-byte Spill
	jmp	LBB1_11
LBB1_11:
	movq	-56(%rbp), %rax                 ## 8-byte Reload
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_12:
	movq	-24(%rbp), %rax
	andq	-32(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_13:
	movq	-24(%rbp), %rax
	orq	-32(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_14:
	movq	-24(%rbp), %rax
	xorq	-32(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_15:
	movq	-24(%rbp), %rax
	movq	-32(%rbp), %rcx
	andq	$15, %rcx
                                        ## kill: def $cl killed $rcx
	shlq	%cl, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_16:
	movq	-24(%rbp), %rax
	movq	-32(%rbp), %rcx
	andq	$15, %rcx
                                        ## kill: def $cl killed $rcx
	sarq	%cl, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_17:
	movq	-24(%rbp), %rax
	cmpq	-32(%rbp), %rax
	jle	LBB1_19
## %bb.18:
	movq	-24(%rbp), %rax
	movq	%rax, -64(%rbp)                 ## 8-byte Spill
	jmp	LBB1_20
LBB1_19:
	movq	-32(%rbp), %rax
	movq	%rax, -64(%rbp)                 ## 8-byte Spill
LBB1_20:
	movq	-64(%rbp), %rax                 ## 8-byte Reload
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_21:
	movq	-24(%rbp), %rax
	cmpq	-32(%rbp), %rax
	jge	LBB1_23
## %bb.22:
	movq	-24(%rbp), %rax
	movq	%rax, -72(%rbp)                 ## 8-byte Spill
	jmp	LBB1_24
LBB1_23:
	movq	-32(%rbp), %rax
	movq	%rax, -72(%rbp)                 ## 8-byte Spill
LBB1_24:
	movq	-72(%rbp), %rax                 ## 8-byte Reload
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_25:
	xorl	%eax, %eax
                                        ## kill: def $rax killed $eax
	subq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_26:
	movq	-32(%rbp), %rax
	xorq	$-1, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_28
LBB1_27:
	movq	$0, -8(%rbp)
LBB1_28:
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L1_0_set_1, LBB1_1-LJTI1_0
.set L1_0_set_2, LBB1_2-LJTI1_0
.set L1_0_set_3, LBB1_3-LJTI1_0
.set L1_0_set_4, LBB1_4-LJTI1_0
.set L1_0_set_8, LBB1_8-LJTI1_0
.set L1_0_set_12, LBB1_12-LJTI1_0
.set L1_0_set_13, LBB1_13-LJTI1_0
.set L1_0_set_14, LBB1_14-LJTI1_0
.set L1_0_set_15, LBB1_15-LJTI1_0
.set L1_0_set_16, LBB1_16-LJTI1_0
.set L1_0_set_17, LBB1_17-LJTI1_0
.set L1_0_set_21, LBB1_21-LJTI1_0
.set L1_0_set_25, LBB1_25-LJTI1_0
.set L1_0_set_26, LBB1_26-LJTI1_0
LJTI1_0:
	.long	L1_0_set_1
	.long	L1_0_set_2
	.long	L1_0_set_3
	.long	L1_0_set_4
	.long	L1_0_set_8
	.long	L1_0_set_12
	.long	L1_0_set_13
	.long	L1_0_set_14
	.long	L1_0_set_15
	.long	L1_0_set_16
	.long	L1_0_set_17
	.long	L1_0_set_21
	.long	L1_0_set_25
	.long	L1_0_set_26
	.end_data_region
                                        ## -- End function
	.globl	_char_class                     ## -- Begin function char_class
	.p2align	4, 0x90
_char_class:                            ## @char_class
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movb	%dil, %al
	movb	%al, -5(%rbp)
	movzbl	-5(%rbp), %eax
	addl	$-9, %eax
	movl	%eax, %ecx
	movq	%rcx, -16(%rbp)                 ## 8-byte Spill
	subl	$108, %eax
	ja	LBB2_6
## %bb.8:
	movq	-16(%rbp), %rax                 ## 8-byte Reload
	leaq	LJTI2_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB2_1:
	movl	$1, -4(%rbp)
	jmp	LBB2_7
LBB2_2:
	movl	$2, -4(%rbp)
	jmp	LBB2_7
LBB2_3:
	movl	$3, -4(%rbp)
	jmp	LBB2_7
LBB2_4:
	movl	$4, -4(%rbp)
	jmp	LBB2_7
LBB2_5:
	movl	$5, -4(%rbp)
	jmp	LBB2_7
LBB2_6:
	movl	$0, -4(%rbp)
LBB2_7:
	movl	-4(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L2_0_set_3, LBB2_3-LJTI2_0
.set L2_0_set_6, LBB2_6-LJTI2_0
.set L2_0_set_5, LBB2_5-LJTI2_0
.set L2_0_set_4, LBB2_4-LJTI2_0
.set L2_0_set_2, LBB2_2-LJTI2_0
.set L2_0_set_1, LBB2_1-LJTI2_0
LJTI2_0:
	.long	L2_0_set_3
	.long	L2_0_set_3
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_3
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_5
	.long	L2_0_set_5
	.long	L2_0_set_4
	.long	L2_0_set_4
	.long	L2_0_set_6
	.long	L2_0_set_4
	.long	L2_0_set_6
	.long	L2_0_set_4
	.long	L2_0_set_2
	.long	L2_0_set_2
	.long	L2_0_set_2
	.long	L2_0_set_2
	.long	L2_0_set_2
	.long	L2_0_set_2
	.long	L2_0_set_2
	.long	L2_0_set_2
	.long	L2_0_set_2
	.long	L2_0_set_2
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_1
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_1
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_1
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_1
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_1
	.end_data_region
                                        ## -- End function
	.globl	_fall                           ## -- Begin function fall
	.p2align	4, 0x90
_fall:                                  ## @fall
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	$0, -8(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %edx
	addl	$7, %edx
	testl	%eax, %eax
	movl	%eax, %ecx
	cmovsl	%edx, %ecx
	andl	$-8, %ecx
	subl	%ecx, %eax
	movl	%eax, %ecx
	movq	%rcx, -16(%rbp)                 ## 8-byte Spill
	subl	$7, %eax
	ja	LBB3_9
## %bb.10:
	movq	-16(%rbp), %rax                 ## 8-byte Reload
	leaq	LJTI3_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB3_1:
	movl	-8(%rbp), %eax
	addl	$7, %eax
	movl	%eax, -8(%rbp)
LBB3_2:
	movl	-8(%rbp), %eax
	addl	$6, %eax
	movl	%eax, -8(%rbp)
LBB3_3:
	movl	-8(%rbp), %eax
	addl	$5, %eax
	movl	%eax, -8(%rbp)
LBB3_4:
	movl	-8(%rbp), %eax
	addl	$4, %eax
	movl	%eax, -8(%rbp)
LBB3_5:
	movl	-8(%rbp), %eax
	addl	$3, %eax
	movl	%eax, -8(%rbp)
LBB3_6:
	movl	-8(%rbp), %eax
	addl	$2, %eax
	movl	%eax, -8(%rbp)
LBB3_7:
	movl	-8(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	LBB3_9
LBB3_8:
	movl	$100, -8(%rbp)
LBB3_9:
	movl	-8(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L3_0_set_8, LBB3_8-LJTI3_0
.set L3_0_set_7, LBB3_7-LJTI3_0
.set L3_0_set_6, LBB3_6-LJTI3_0
.set L3_0_set_5, LBB3_5-LJTI3_0
.set L3_0_set_4, LBB3_4-LJTI3_0
.set L3_0_set_3, LBB3_3-LJTI3_0
.set L3_0_set_2, LBB3_2-LJTI3_0
.set L3_0_set_1, LBB3_1-LJTI3_0
LJTI3_0:
	.long	L3_0_set_8
	.long	L3_0_set_7
	.long	L3_0_set_6
	.long	L3_0_set_5
	.long	L3_0_set_4
	.long	L3_0_set_3
	.long	L3_0_set_2
	.long	L3_0_set_1
	.end_data_region
                                        ## -- End function
	.globl	_offset_switch                  ## -- Begin function offset_switch
	.p2align	4, 0x90
_offset_switch:                         ## @offset_switch
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -8(%rbp)
	movl	-8(%rbp), %eax
	addl	$-100, %eax
	movl	%eax, %ecx
	movq	%rcx, -16(%rbp)                 ## 8-byte Spill
	subl	$15, %eax
	ja	LBB4_17
## %bb.19:
	movq	-16(%rbp), %rax                 ## 8-byte Reload
	leaq	LJTI4_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB4_1:
	movl	$3, -4(%rbp)
	jmp	LBB4_18
LBB4_2:
	movl	$1, -4(%rbp)
	jmp	LBB4_18
LBB4_3:
	movl	$4, -4(%rbp)
	jmp	LBB4_18
LBB4_4:
	movl	$1, -4(%rbp)
	jmp	LBB4_18
LBB4_5:
	movl	$5, -4(%rbp)
	jmp	LBB4_18
LBB4_6:
	movl	$9, -4(%rbp)
	jmp	LBB4_18
LBB4_7:
	movl	$2, -4(%rbp)
	jmp	LBB4_18
LBB4_8:
	movl	$6, -4(%rbp)
	jmp	LBB4_18
LBB4_9:
	movl	$5, -4(%rbp)
	jmp	LBB4_18
LBB4_10:
	movl	$3, -4(%rbp)
	jmp	LBB4_18
LBB4_11:
	movl	$5, -4(%rbp)
	jmp	LBB4_18
LBB4_12:
	movl	$8, -4(%rbp)
	jmp	LBB4_18
LBB4_13:
	movl	$9, -4(%rbp)
	jmp	LBB4_18
LBB4_14:
	movl	$7, -4(%rbp)
	jmp	LBB4_18
LBB4_15:
	movl	$9, -4(%rbp)
	jmp	LBB4_18
LBB4_16:
	movl	$3, -4(%rbp)
	jmp	LBB4_18
LBB4_17:
	movl	$-1, -4(%rbp)
LBB4_18:
	movl	-4(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L4_0_set_1, LBB4_1-LJTI4_0
.set L4_0_set_2, LBB4_2-LJTI4_0
.set L4_0_set_3, LBB4_3-LJTI4_0
.set L4_0_set_4, LBB4_4-LJTI4_0
.set L4_0_set_5, LBB4_5-LJTI4_0
.set L4_0_set_6, LBB4_6-LJTI4_0
.set L4_0_set_7, LBB4_7-LJTI4_0
.set L4_0_set_8, LBB4_8-LJTI4_0
.set L4_0_set_9, LBB4_9-LJTI4_0
.set L4_0_set_10, LBB4_10-LJTI4_0
.set L4_0_set_11, LBB4_11-LJTI4_0
.set L4_0_set_12, LBB4_12-LJTI4_0
.set L4_0_set_13, LBB4_13-LJTI4_0
.set L4_0_set_14, LBB4_14-LJTI4_0
.set L4_0_set_15, LBB4_15-LJTI4_0
.set L4_0_set_16, LBB4_16-LJTI4_0
LJTI4_0:
	.long	L4_0_set_1
	.long	L4_0_set_2
	.long	L4_0_set_3
	.long	L4_0_set_4
	.long	L4_0_set_5
	.long	L4_0_set_6
	.long	L4_0_set_7
	.long	L4_0_set_8
	.long	L4_0_set_9
	.long	L4_0_set_10
	.long	L4_0_set_11
	.long	L4_0_set_12
	.long	L4_0_set_13
	.long	L4_0_set_14
	.long	L4_0_set_15
	.long	L4_0_set_16
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
	subq	$112, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -36(%rbp)
	movl	$-1, -40(%rbp)
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$7, -40(%rbp)
	jg	LBB5_4
## %bb.2:                               ##   in Loop: Header=BB5_1 Depth=1
	movl	-40(%rbp), %eax
	movl	%eax, -96(%rbp)                 ## 4-byte Spill
	movl	-40(%rbp), %edi
	callq	_day_name
	movl	-96(%rbp), %esi                 ## 4-byte Reload
	movq	%rax, %rdx
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB5_1 Depth=1
	movl	-40(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -40(%rbp)
	jmp	LBB5_1
LBB5_4:
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	$17, -48(%rbp)
	movl	$0, -52(%rbp)
LBB5_5:                                 ## =>This Inner Loop Header: Depth=1
	movl	-52(%rbp), %eax
	movl	_limit(%rip), %ecx
	cmpl	%ecx, %eax
	jge	LBB5_11
## %bb.6:                               ##   in Loop: Header=BB5_5 Depth=1
	movl	-52(%rbp), %eax
	movl	$15, %ecx
	cltd
	idivl	%ecx
	movl	%edx, %edi
	movq	-48(%rbp), %rsi
	movl	-52(%rbp), %eax
	addl	$3, %eax
	movslq	%eax, %rdx
	callq	_op
	movq	%rax, -48(%rbp)
	cmpq	$1000000, -48(%rbp)             ## imm = 0xF4240
	jg	LBB5_8
## %bb.7:                               ##   in Loop: Header=BB5_5 Depth=1
	cmpq	$-1000000, -48(%rbp)            ## imm = 0xFFF0BDC0
	jge	LBB5_9
LBB5_8:                                 ##   in Loop: Header=BB5_5 Depth=1
	movq	-48(%rbp), %rax
	movl	$9973, %ecx                     ## imm = 0x26F5
	cqto
	idivq	%rcx
	movq	%rdx, -48(%rbp)
LBB5_9:                                 ##   in Loop: Header=BB5_5 Depth=1
	movq	-48(%rbp), %rsi
	movl	-52(%rbp), %eax
	movl	$8, %ecx
	cltd
	idivl	%ecx
	movl	%edx, %ecx
	movl	$32, %edx
	movl	$10, %eax
	cmpl	$7, %ecx
	cmovel	%eax, %edx
	leaq	L_.str.10(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.10:                              ##   in Loop: Header=BB5_5 Depth=1
	movl	-52(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -52(%rbp)
	jmp	LBB5_5
LBB5_11:
	leaq	L_.str.11(%rip), %rax
	movq	%rax, -64(%rbp)
	leaq	-32(%rbp), %rdi
	xorl	%esi, %esi
	movl	$24, %edx
	callq	_memset
	movq	-64(%rbp), %rax
	movq	%rax, -72(%rbp)
LBB5_12:                                ## =>This Inner Loop Header: Depth=1
	movq	-72(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB5_15
## %bb.13:                              ##   in Loop: Header=BB5_12 Depth=1
	movq	-72(%rbp), %rax
	movzbl	(%rax), %edi
	callq	_char_class
	cltq
	movl	-32(%rbp,%rax,4), %ecx
	addl	$1, %ecx
	movl	%ecx, -32(%rbp,%rax,4)
## %bb.14:                              ##   in Loop: Header=BB5_12 Depth=1
	movq	-72(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -72(%rbp)
	jmp	LBB5_12
LBB5_15:
	movl	-32(%rbp), %esi
	movl	-28(%rbp), %edx
	movl	-24(%rbp), %ecx
	movl	-20(%rbp), %r8d
	movl	-16(%rbp), %r9d
	movl	-12(%rbp), %eax
	leaq	L_.str.12(%rip), %rdi
	movl	%eax, (%rsp)
	movb	$0, %al
	callq	_printf
	movl	$0, -76(%rbp)
	movl	$0, -80(%rbp)
LBB5_16:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$20, -80(%rbp)
	jge	LBB5_19
## %bb.17:                              ##   in Loop: Header=BB5_16 Depth=1
	movl	-80(%rbp), %edi
	callq	_fall
	addl	-76(%rbp), %eax
	movl	%eax, -76(%rbp)
## %bb.18:                              ##   in Loop: Header=BB5_16 Depth=1
	movl	-80(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -80(%rbp)
	jmp	LBB5_16
LBB5_19:
	movl	-76(%rbp), %esi
	leaq	L_.str.13(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -84(%rbp)
	movl	$95, -88(%rbp)
LBB5_20:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$120, -88(%rbp)
	jge	LBB5_26
## %bb.21:                              ##   in Loop: Header=BB5_20 Depth=1
	movl	-88(%rbp), %edi
	callq	_offset_switch
	movl	%eax, -92(%rbp)
	cmpl	$0, -92(%rbp)
	jge	LBB5_23
## %bb.22:                              ##   in Loop: Header=BB5_20 Depth=1
	xorl	%eax, %eax
	movl	%eax, -100(%rbp)                ## 4-byte Spill
	jmp	LBB5_24
LBB5_23:                                ##   in Loop: Header=BB5_20 Depth=1
	movl	-92(%rbp), %eax
	movl	%eax, -100(%rbp)                ## 4-byte Spill
LBB5_24:                                ##   in Loop: Header=BB5_20 Depth=1
	movl	-100(%rbp), %esi                ## 4-byte Reload
	leaq	L_.str.14(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-92(%rbp), %eax
	addl	-84(%rbp), %eax
	movl	%eax, -84(%rbp)
## %bb.25:                              ##   in Loop: Header=BB5_20 Depth=1
	movl	-88(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -88(%rbp)
	jmp	LBB5_20
LBB5_26:
	movl	-84(%rbp), %esi
	leaq	L_.str.15(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB5_28
## %bb.27:
	movl	$5, %eax
	addq	$112, %rsp
	popq	%rbp
	retq
LBB5_28:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_limit                          ## @limit
	.p2align	2
_limit:
	.long	40                              ## 0x28

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"sunday"

L_.str.1:                               ## @.str.1
	.asciz	"monday"

L_.str.2:                               ## @.str.2
	.asciz	"tuesday"

L_.str.3:                               ## @.str.3
	.asciz	"wednesday"

L_.str.4:                               ## @.str.4
	.asciz	"thursday"

L_.str.5:                               ## @.str.5
	.asciz	"friday"

L_.str.6:                               ## @.str.6
	.asciz	"saturday"

L_.str.7:                               ## @.str.7
	.asciz	"unknown"

L_.str.8:                               ## @.str.8
	.asciz	"%d:%s "

L_.str.9:                               ## @.str.9
	.asciz	"\n"

L_.str.10:                              ## @.str.10
	.asciz	"%ld%c"

L_.str.11:                              ## @.str.11
	.asciz	"x = (a1 + 42) * bee - 7\tend\n"

L_.str.12:                              ## @.str.12
	.asciz	"classes: %d %d %d %d %d %d\n"

L_.str.13:                              ## @.str.13
	.asciz	"fall sum: %d\n"

L_.str.14:                              ## @.str.14
	.asciz	"%d"

L_.str.15:                              ## @.str.15
	.asciz	"\noffset sum: %d\n"

.subsections_via_symbols
