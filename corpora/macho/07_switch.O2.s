	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_day_name                       ## -- Begin function day_name
	.p2align	4, 0x90
_day_name:                              ## @day_name
	.cfi_startproc
## %bb.0:
	cmpl	$6, %edi
	ja	LBB0_1
## %bb.2:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movslq	%edi, %rax
	leaq	l_reltable.day_name(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	popq	%rbp
	retq
LBB0_1:
	leaq	L_.str.7(%rip), %rax
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_op                             ## -- Begin function op
	.p2align	4, 0x90
_op:                                    ## @op
	.cfi_startproc
## %bb.0:
	cmpl	$13, %edi
	ja	LBB1_3
## %bb.1:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdx, %rcx
	movl	%edi, %eax
	leaq	LJTI1_0(%rip), %rdx
	movslq	(%rdx,%rax,4), %rax
	addq	%rdx, %rax
	popq	%rbp
	jmpq	*%rax
LBB1_2:
	addq	%rsi, %rcx
	movq	%rcx, %rax
	retq
LBB1_4:
	subq	%rcx, %rsi
	movq	%rsi, %rax
	retq
LBB1_5:
	imulq	%rsi, %rcx
	movq	%rcx, %rax
	retq
LBB1_6:
	testq	%rcx, %rcx
	je	LBB1_3
## %bb.7:
	movq	%rsi, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	LBB1_23
## %bb.8:
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	retq
LBB1_9:
	testq	%rcx, %rcx
	je	LBB1_3
## %bb.10:
	movq	%rsi, %rax
	orq	%rcx, %rax
	shrq	$32, %rax
	je	LBB1_24
## %bb.11:
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movq	%rdx, %rax
	retq
LBB1_3:
	xorl	%ecx, %ecx
	movq	%rcx, %rax
	retq
LBB1_12:
	andq	%rsi, %rcx
	movq	%rcx, %rax
	retq
LBB1_13:
	orq	%rsi, %rcx
	movq	%rcx, %rax
	retq
LBB1_14:
	xorq	%rsi, %rcx
	movq	%rcx, %rax
	retq
LBB1_15:
	andb	$15, %cl
                                        ## kill: def $cl killed $cl killed $rcx
	shlq	%cl, %rsi
	movq	%rsi, %rax
	retq
LBB1_16:
	andb	$15, %cl
                                        ## kill: def $cl killed $cl killed $rcx
	sarq	%cl, %rsi
	movq	%rsi, %rax
	retq
LBB1_17:
	cmpq	%rcx, %rsi
	cmovgq	%rsi, %rcx
	movq	%rcx, %rax
	retq
LBB1_18:
	cmpq	%rcx, %rsi
	cmovlq	%rsi, %rcx
	movq	%rcx, %rax
	retq
LBB1_19:
	negq	%rsi
	movq	%rsi, %rax
	retq
LBB1_20:
	notq	%rcx
	movq	%rcx, %rax
	retq
LBB1_23:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %ecx
	movq	%rcx, %rax
	retq
LBB1_24:
	movl	%esi, %eax
	xorl	%edx, %edx
	divl	%ecx
	movl	%edx, %ecx
	movq	%rcx, %rax
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L1_0_set_2, LBB1_2-LJTI1_0
.set L1_0_set_4, LBB1_4-LJTI1_0
.set L1_0_set_5, LBB1_5-LJTI1_0
.set L1_0_set_6, LBB1_6-LJTI1_0
.set L1_0_set_9, LBB1_9-LJTI1_0
.set L1_0_set_12, LBB1_12-LJTI1_0
.set L1_0_set_13, LBB1_13-LJTI1_0
.set L1_0_set_14, LBB1_14-LJTI1_0
.set L1_0_set_15, LBB1_15-LJTI1_0
.set L1_0_set_16, LBB1_16-LJTI1_0
.set L1_0_set_17, LBB1_17-LJTI1_0
.set L1_0_set_18, LBB1_18-LJTI1_0
.set L1_0_set_19, LBB1_19-LJTI1_0
.set L1_0_set_20, LBB1_20-LJTI1_0
LJTI1_0:
	.long	L1_0_set_2
	.long	L1_0_set_4
	.long	L1_0_set_5
	.long	L1_0_set_6
	.long	L1_0_set_9
	.long	L1_0_set_12
	.long	L1_0_set_13
	.long	L1_0_set_14
	.long	L1_0_set_15
	.long	L1_0_set_16
	.long	L1_0_set_17
	.long	L1_0_set_18
	.long	L1_0_set_19
	.long	L1_0_set_20
	.end_data_region
                                        ## -- End function
	.globl	_char_class                     ## -- Begin function char_class
	.p2align	4, 0x90
_char_class:                            ## @char_class
	.cfi_startproc
## %bb.0:
	addb	$-9, %dil
	cmpb	$108, %dil
	ja	LBB2_6
## %bb.1:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	$1, %eax
	movzbl	%dil, %ecx
	leaq	LJTI2_0(%rip), %rdx
	movslq	(%rdx,%rcx,4), %rcx
	addq	%rdx, %rcx
	popq	%rbp
	jmpq	*%rcx
LBB2_2:
	movl	$2, %eax
	retq
LBB2_4:
	movl	$4, %eax
	retq
LBB2_3:
	movl	$3, %eax
	retq
LBB2_5:
	movl	$5, %eax
	retq
LBB2_6:
	xorl	%eax, %eax
LBB2_7:
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L2_0_set_3, LBB2_3-LJTI2_0
.set L2_0_set_6, LBB2_6-LJTI2_0
.set L2_0_set_5, LBB2_5-LJTI2_0
.set L2_0_set_4, LBB2_4-LJTI2_0
.set L2_0_set_2, LBB2_2-LJTI2_0
.set L2_0_set_7, LBB2_7-LJTI2_0
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
	.long	L2_0_set_7
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_7
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_7
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_7
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_6
	.long	L2_0_set_7
	.end_data_region
                                        ## -- End function
	.globl	_fall                           ## -- Begin function fall
	.p2align	4, 0x90
_fall:                                  ## @fall
	.cfi_startproc
## %bb.0:
	movl	%edi, %eax
	leal	7(%rax), %ecx
	testl	%edi, %edi
	cmovnsl	%edi, %ecx
	andl	$-8, %ecx
	subl	%ecx, %eax
	cmpl	$7, %eax
	ja	LBB3_1
## %bb.2:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	$3, %ecx
	movl	$6, %edx
	movl	$10, %r10d
	movl	$15, %r9d
	movl	$21, %r8d
	leaq	LJTI3_0(%rip), %rdi
	movslq	(%rdi,%rax,4), %rsi
	addq	%rdi, %rsi
	popq	%rbp
	jmpq	*%rsi
LBB3_9:
	movl	$100, %eax
LBB3_10:
                                        ## kill: def $eax killed $eax killed $rax
	retq
LBB3_1:
	xorl	%eax, %eax
                                        ## kill: def $eax killed $eax killed $rax
	retq
LBB3_3:
	movl	$28, %r8d
LBB3_4:
	movl	%r8d, %r9d
LBB3_5:
	movl	%r9d, %r10d
LBB3_6:
	movl	%r10d, %edx
LBB3_7:
	movl	%edx, %ecx
LBB3_8:
	movl	%ecx, %eax
                                        ## kill: def $eax killed $eax killed $rax
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L3_0_set_9, LBB3_9-LJTI3_0
.set L3_0_set_10, LBB3_10-LJTI3_0
.set L3_0_set_8, LBB3_8-LJTI3_0
.set L3_0_set_7, LBB3_7-LJTI3_0
.set L3_0_set_6, LBB3_6-LJTI3_0
.set L3_0_set_5, LBB3_5-LJTI3_0
.set L3_0_set_4, LBB3_4-LJTI3_0
.set L3_0_set_3, LBB3_3-LJTI3_0
LJTI3_0:
	.long	L3_0_set_9
	.long	L3_0_set_10
	.long	L3_0_set_8
	.long	L3_0_set_7
	.long	L3_0_set_6
	.long	L3_0_set_5
	.long	L3_0_set_4
	.long	L3_0_set_3
	.end_data_region
                                        ## -- End function
	.globl	_offset_switch                  ## -- Begin function offset_switch
	.p2align	4, 0x90
_offset_switch:                         ## @offset_switch
	.cfi_startproc
## %bb.0:
	addl	$-100, %edi
	movl	$-1, %eax
	cmpl	$15, %edi
	ja	LBB4_2
## %bb.1:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movslq	%edi, %rax
	leaq	l_switch.table.offset_switch(%rip), %rcx
	movl	(%rcx,%rax,4), %eax
	popq	%rbp
LBB4_2:
	retq
	.cfi_endproc
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
	subq	$56, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	movl	$-1, %edi
	callq	_day_name
	leaq	L_.str.8(%rip), %rbx
	movq	%rbx, %rdi
	movl	$-1, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	xorl	%edi, %edi
	callq	_day_name
	movq	%rbx, %rdi
	xorl	%esi, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %edi
	callq	_day_name
	movq	%rbx, %rdi
	movl	$1, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$2, %edi
	callq	_day_name
	movq	%rbx, %rdi
	movl	$2, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$3, %edi
	callq	_day_name
	movq	%rbx, %rdi
	movl	$3, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$4, %edi
	callq	_day_name
	movq	%rbx, %rdi
	movl	$4, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$5, %edi
	callq	_day_name
	movq	%rbx, %rdi
	movl	$5, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$6, %edi
	callq	_day_name
	movq	%rbx, %rdi
	movl	$6, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$7, %edi
	callq	_day_name
	movq	%rbx, %rdi
	movl	$7, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %r15d
	movl	$10, %edi
	callq	_putchar
	cmpl	$0, _limit(%rip)
	jle	LBB5_5
## %bb.1:
	movl	$17, %ebx
	movl	$2290649225, %r12d              ## imm = 0x88888889
	leaq	L_.str.10(%rip), %r14
	xorl	%r13d, %r13d
	jmp	LBB5_2
	.p2align	4, 0x90
LBB5_4:                                 ##   in Loop: Header=BB5_2 Depth=1
	movl	%r13d, %eax
	notl	%eax
	testb	$7, %al
	movl	$32, %edx
	cmovel	%r15d, %edx
	movq	%r14, %rdi
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	addq	$1, %r13
	movslq	_limit(%rip), %rax
	cmpq	%rax, %r13
	jge	LBB5_5
LBB5_2:                                 ## =>This Inner Loop Header: Depth=1
	movl	%r13d, %edi
	imulq	%r12, %rdi
	shrq	$35, %rdi
	movl	%edi, %eax
	shll	$4, %eax
	subl	%eax, %edi
	addl	%r13d, %edi
	leaq	3(%r13), %rdx
                                        ## kill: def $edi killed $edi killed $rdi
	movq	%rbx, %rsi
	callq	_op
	movq	%rax, %rbx
	addq	$-1000001, %rax                 ## imm = 0xFFF0BDBF
	cmpq	$-2000002, %rax                 ## imm = 0xFFE17B7E
	ja	LBB5_4
## %bb.3:                               ##   in Loop: Header=BB5_2 Depth=1
	movq	%rbx, %rax
	movabsq	$-3294259620503029321, %rcx     ## imm = 0xD24870543200F9B7
	imulq	%rcx
	addq	%rbx, %rdx
	movq	%rdx, %rax
	shrq	$63, %rax
	sarq	$13, %rdx
	addq	%rax, %rdx
	imulq	$9973, %rdx, %rax               ## imm = 0x26F5
	subq	%rax, %rbx
	jmp	LBB5_4
LBB5_5:
	xorps	%xmm0, %xmm0
	movaps	%xmm0, -80(%rbp)
	movq	$0, -64(%rbp)
	movb	$120, %al
	movl	$1, %ebx
	leaq	L_.str.11(%rip), %r14
	.p2align	4, 0x90
LBB5_6:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	%al, %edi
	callq	_char_class
	movl	%eax, %eax
	addl	$1, -80(%rbp,%rax,4)
	movzbl	(%rbx,%r14), %eax
	addq	$1, %rbx
	cmpq	$29, %rbx
	jne	LBB5_6
## %bb.7:
	movl	-80(%rbp), %esi
	movl	-76(%rbp), %edx
	movl	-72(%rbp), %ecx
	movl	-68(%rbp), %r8d
	movl	-64(%rbp), %r9d
	movl	-60(%rbp), %eax
	movl	%eax, (%rsp)
	leaq	L_.str.12(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	xorl	%edi, %edi
	callq	_fall
	movl	%eax, %ebx
	movl	$1, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$2, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$3, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$4, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$5, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$6, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$7, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$8, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$9, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$10, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$11, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$12, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$13, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$14, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$15, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$16, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$17, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$18, %edi
	callq	_fall
	addl	%eax, %ebx
	movl	$19, %edi
	callq	_fall
	addl	%eax, %ebx
	leaq	L_.str.13(%rip), %rdi
	movl	%ebx, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	$95, %ebx
	leaq	L_.str.14(%rip), %r15
	xorl	%r14d, %r14d
	.p2align	4, 0x90
LBB5_8:                                 ## =>This Inner Loop Header: Depth=1
	movl	%ebx, %edi
	callq	_offset_switch
	movl	%eax, %r12d
	testl	%eax, %eax
	movl	$0, %esi
	cmovnsl	%eax, %esi
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	addl	%r12d, %r14d
	addl	$1, %ebx
	cmpl	$120, %ebx
	jne	LBB5_8
## %bb.9:
	leaq	L_.str.15(%rip), %rdi
	movl	%r14d, %esi
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB5_11
## %bb.10:
	movl	$5, %eax
	addq	$56, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB5_11:
	callq	___stack_chk_fail
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

	.section	__TEXT,__const
	.p2align	2                               ## @reltable.day_name
l_reltable.day_name:
	.long	L_.str-l_reltable.day_name
	.long	L_.str.1-l_reltable.day_name
	.long	L_.str.2-l_reltable.day_name
	.long	L_.str.3-l_reltable.day_name
	.long	L_.str.4-l_reltable.day_name
	.long	L_.str.5-l_reltable.day_name
	.long	L_.str.6-l_reltable.day_name

	.p2align	2                               ## @switch.table.offset_switch
l_switch.table.offset_switch:
	.long	3                               ## 0x3
	.long	1                               ## 0x1
	.long	4                               ## 0x4
	.long	1                               ## 0x1
	.long	5                               ## 0x5
	.long	9                               ## 0x9
	.long	2                               ## 0x2
	.long	6                               ## 0x6
	.long	5                               ## 0x5
	.long	3                               ## 0x3
	.long	5                               ## 0x5
	.long	8                               ## 0x8
	.long	9                               ## 0x9
	.long	7                               ## 0x7
	.long	9                               ## 0x9
	.long	3                               ## 0x3

.subsections_via_symbols
