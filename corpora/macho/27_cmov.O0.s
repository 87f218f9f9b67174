	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_imin                           ## -- Begin function imin
	.p2align	4, 0x90
_imin:                                  ## @imin
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-4(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jge	LBB0_2
## %bb.1:
	movl	-4(%rbp), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
	jmp	LBB0_3
LBB0_2:
	movl	-8(%rbp), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
LBB0_3:
	movl	-12(%rbp), %eax                 ## 4-byte Reload
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_imax                           ## -- Begin function imax
	.p2align	4, 0x90
_imax:                                  ## @imax
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-4(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jle	LBB1_2
## %bb.1:
	movl	-4(%rbp), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
	jmp	LBB1_3
LBB1_2:
	movl	-8(%rbp), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
LBB1_3:
	movl	-12(%rbp), %eax                 ## 4-byte Reload
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_umin                           ## -- Begin function umin
	.p2align	4, 0x90
_umin:                                  ## @umin
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-4(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jae	LBB2_2
## %bb.1:
	movl	-4(%rbp), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
	jmp	LBB2_3
LBB2_2:
	movl	-8(%rbp), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
LBB2_3:
	movl	-12(%rbp), %eax                 ## 4-byte Reload
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_labs_sel                       ## -- Begin function labs_sel
	.p2align	4, 0x90
_labs_sel:                              ## @labs_sel
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	cmpq	$0, -8(%rbp)
	jge	LBB3_2
## %bb.1:
	xorl	%eax, %eax
                                        ## kill: def $rax killed $eax
	subq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)                 ## 8-byte Spill
	jmp	LBB3_3
LBB3_2:
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)                 ## 8-byte Spill
LBB3_3:
	movq	-16(%rbp), %rax                 ## 8-byte Reload
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_clamp                          ## -- Begin function clamp
	.p2align	4, 0x90
_clamp:                                 ## @clamp
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	-4(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jge	LBB4_2
## %bb.1:
	movl	-8(%rbp), %eax
	movl	%eax, -16(%rbp)                 ## 4-byte Spill
	jmp	LBB4_6
LBB4_2:
	movl	-4(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jle	LBB4_4
## %bb.3:
	movl	-12(%rbp), %eax
	movl	%eax, -20(%rbp)                 ## 4-byte Spill
	jmp	LBB4_5
LBB4_4:
	movl	-4(%rbp), %eax
	movl	%eax, -20(%rbp)                 ## 4-byte Spill
LBB4_5:
	movl	-20(%rbp), %eax                 ## 4-byte Reload
	movl	%eax, -16(%rbp)                 ## 4-byte Spill
LBB4_6:
	movl	-16(%rbp), %eax                 ## 4-byte Reload
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sign                           ## -- Begin function sign
	.p2align	4, 0x90
_sign:                                  ## @sign
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	setg	%al
	andb	$1, %al
	movzbl	%al, %eax
	cmpl	$0, -4(%rbp)
	setl	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	subl	%ecx, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_select_long                    ## -- Begin function select_long
	.p2align	4, 0x90
_select_long:                           ## @select_long
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	cmpl	$0, -4(%rbp)
	je	LBB6_2
## %bb.1:
	movq	-16(%rbp), %rax
	movq	%rax, -32(%rbp)                 ## 8-byte Spill
	jmp	LBB6_3
LBB6_2:
	movq	-24(%rbp), %rax
	movq	%rax, -32(%rbp)                 ## 8-byte Spill
LBB6_3:
	movq	-32(%rbp), %rax                 ## 8-byte Reload
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sat_add_u8                     ## -- Begin function sat_add_u8
	.p2align	4, 0x90
_sat_add_u8:                            ## @sat_add_u8
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-4(%rbp), %eax
	andl	$255, %eax
	movl	-8(%rbp), %ecx
	andl	$255, %ecx
	addl	%ecx, %eax
	movl	%eax, -12(%rbp)
	cmpl	$255, -12(%rbp)
	jbe	LBB7_2
## %bb.1:
	movl	$255, %eax
	movl	%eax, -16(%rbp)                 ## 4-byte Spill
	jmp	LBB7_3
LBB7_2:
	movl	-12(%rbp), %eax
	movl	%eax, -16(%rbp)                 ## 4-byte Spill
LBB7_3:
	movl	-16(%rbp), %eax                 ## 4-byte Reload
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sat_sub_i16                    ## -- Begin function sat_sub_i16
	.p2align	4, 0x90
_sat_sub_i16:                           ## @sat_sub_i16
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-4(%rbp), %eax
	subl	-8(%rbp), %eax
	movl	%eax, -12(%rbp)
	cmpl	$32767, -12(%rbp)               ## imm = 0x7FFF
	jle	LBB8_2
## %bb.1:
	movl	$32767, %eax                    ## imm = 0x7FFF
	movl	%eax, -16(%rbp)                 ## 4-byte Spill
	jmp	LBB8_6
LBB8_2:
	cmpl	$-32768, -12(%rbp)              ## imm = 0x8000
	jge	LBB8_4
## %bb.3:
	movl	$4294934528, %eax               ## imm = 0xFFFF8000
	movl	%eax, -20(%rbp)                 ## 4-byte Spill
	jmp	LBB8_5
LBB8_4:
	movl	-12(%rbp), %eax
	movl	%eax, -20(%rbp)                 ## 4-byte Spill
LBB8_5:
	movl	-20(%rbp), %eax                 ## 4-byte Reload
	movl	%eax, -16(%rbp)                 ## 4-byte Spill
LBB8_6:
	movl	-16(%rbp), %eax                 ## 4-byte Reload
	popq	%rbp
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
	subq	$224, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -36(%rbp)
	movl	_vseed(%rip), %eax
	movl	%eax, -40(%rbp)
	movl	$0, -44(%rbp)
LBB9_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$64, -44(%rbp)
	jge	LBB9_4
## %bb.2:                               ##   in Loop: Header=BB9_1 Depth=1
	imull	$1103515245, -40(%rbp), %eax    ## imm = 0x41C64E6D
	addl	$12345, %eax                    ## imm = 0x3039
	movl	%eax, -40(%rbp)
	movl	-40(%rbp), %eax
	shrl	$12, %eax
	movl	$2001, %ecx                     ## imm = 0x7D1
	cltd
	idivl	%ecx
	subl	$1000, %edx                     ## imm = 0x3E8
	movslq	-44(%rbp), %rcx
	leaq	_data(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
	movl	-40(%rbp), %edx
	movslq	-44(%rbp), %rcx
	leaq	_udata(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
## %bb.3:                               ##   in Loop: Header=BB9_1 Depth=1
	movl	-44(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -44(%rbp)
	jmp	LBB9_1
LBB9_4:
	movl	_data(%rip), %eax
	movl	%eax, -48(%rbp)
	movl	_data(%rip), %eax
	movl	%eax, -52(%rbp)
	movq	$0, -64(%rbp)
	movl	$0, -68(%rbp)
	movl	$0, -72(%rbp)
	movl	_udata(%rip), %eax
	movl	%eax, -76(%rbp)
	movl	$0, -80(%rbp)
LBB9_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$64, -80(%rbp)
	jge	LBB9_8
## %bb.6:                               ##   in Loop: Header=BB9_5 Depth=1
	movl	-48(%rbp), %edi
	movslq	-80(%rbp), %rcx
	leaq	_data(%rip), %rax
	movl	(%rax,%rcx,4), %esi
	callq	_imin
	movl	%eax, -48(%rbp)
	movl	-52(%rbp), %edi
	movslq	-80(%rbp), %rcx
	leaq	_data(%rip), %rax
	movl	(%rax,%rcx,4), %esi
	callq	_imax
	movl	%eax, -52(%rbp)
	movl	-76(%rbp), %edi
	movslq	-80(%rbp), %rcx
	leaq	_udata(%rip), %rax
	movl	(%rax,%rcx,4), %esi
	callq	_umin
	movl	%eax, -76(%rbp)
	movslq	-80(%rbp), %rcx
	leaq	_data(%rip), %rax
	movslq	(%rax,%rcx,4), %rdi
	callq	_labs_sel
	addq	-64(%rbp), %rax
	movq	%rax, -64(%rbp)
	movslq	-80(%rbp), %rcx
	leaq	_data(%rip), %rax
	movl	(%rax,%rcx,4), %edi
	movl	$4294967046, %esi               ## imm = 0xFFFFFF06
	movl	$300, %edx                      ## imm = 0x12C
	callq	_clamp
	addl	-68(%rbp), %eax
	movl	%eax, -68(%rbp)
	movslq	-80(%rbp), %rcx
	leaq	_data(%rip), %rax
	movl	(%rax,%rcx,4), %edi
	callq	_sign
	movl	-80(%rbp), %ecx
	addl	$1, %ecx
	imull	%ecx, %eax
	addl	-72(%rbp), %eax
	movl	%eax, -72(%rbp)
## %bb.7:                               ##   in Loop: Header=BB9_5 Depth=1
	movl	-80(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -80(%rbp)
	jmp	LBB9_5
LBB9_8:
	movl	-48(%rbp), %esi
	movl	-52(%rbp), %edx
	movl	-76(%rbp), %ecx
	movq	-64(%rbp), %r8
	movl	-68(%rbp), %r9d
	movl	-72(%rbp), %eax
	leaq	L_.str(%rip), %rdi
	movl	%eax, (%rsp)
	movb	$0, %al
	callq	_printf
	movl	$-1, -84(%rbp)
	movl	$-1, -88(%rbp)
	movl	$0, -92(%rbp)
	movq	$0, -104(%rbp)
	movl	$0, -108(%rbp)
LBB9_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$64, -108(%rbp)
	jge	LBB9_21
## %bb.10:                              ##   in Loop: Header=BB9_9 Depth=1
	movslq	-108(%rbp), %rcx
	leaq	_data(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -112(%rbp)
	movl	-112(%rbp), %eax
	cmpl	-84(%rbp), %eax
	setg	%al
	andb	$1, %al
	movzbl	%al, %eax
	movl	%eax, -116(%rbp)
	cmpl	$0, -116(%rbp)
	je	LBB9_12
## %bb.11:                              ##   in Loop: Header=BB9_9 Depth=1
	movl	-108(%rbp), %eax
	movl	%eax, -180(%rbp)                ## 4-byte Spill
	jmp	LBB9_13
LBB9_12:                                ##   in Loop: Header=BB9_9 Depth=1
	movl	-88(%rbp), %eax
	movl	%eax, -180(%rbp)                ## 4-byte Spill
LBB9_13:                                ##   in Loop: Header=BB9_9 Depth=1
	movl	-180(%rbp), %eax                ## 4-byte Reload
	movl	%eax, -88(%rbp)
	cmpl	$0, -116(%rbp)
	je	LBB9_15
## %bb.14:                              ##   in Loop: Header=BB9_9 Depth=1
	movl	-112(%rbp), %eax
	movl	%eax, -184(%rbp)                ## 4-byte Spill
	jmp	LBB9_16
LBB9_15:                                ##   in Loop: Header=BB9_9 Depth=1
	movl	-84(%rbp), %eax
	movl	%eax, -184(%rbp)                ## 4-byte Spill
LBB9_16:                                ##   in Loop: Header=BB9_9 Depth=1
	movl	-184(%rbp), %eax                ## 4-byte Reload
	movl	%eax, -84(%rbp)
	cmpl	$0, -112(%rbp)
	setg	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-92(%rbp), %eax
	movl	%eax, -92(%rbp)
	movl	-112(%rbp), %edi
	andl	$1, %edi
	movslq	-112(%rbp), %rsi
	movslq	-112(%rbp), %rax
	imulq	$-2, %rax, %rdx
	callq	_select_long
	addq	-104(%rbp), %rax
	movq	%rax, -104(%rbp)
	cmpl	$0, -112(%rbp)
	jge	LBB9_18
## %bb.17:                              ##   in Loop: Header=BB9_9 Depth=1
	xorl	%eax, %eax
	subl	-112(%rbp), %eax
	movl	%eax, -188(%rbp)                ## 4-byte Spill
	jmp	LBB9_19
LBB9_18:                                ##   in Loop: Header=BB9_9 Depth=1
	movl	-112(%rbp), %eax
	movl	%eax, -188(%rbp)                ## 4-byte Spill
LBB9_19:                                ##   in Loop: Header=BB9_9 Depth=1
	movl	-188(%rbp), %eax                ## 4-byte Reload
	movl	%eax, -120(%rbp)
	movl	-120(%rbp), %edx
	xorl	%eax, %eax
	movl	$1, %ecx
	cmpl	$500, %edx                      ## imm = 0x1F4
	cmovgl	%ecx, %eax
	cltq
	addq	-104(%rbp), %rax
	movq	%rax, -104(%rbp)
## %bb.20:                              ##   in Loop: Header=BB9_9 Depth=1
	movl	-108(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -108(%rbp)
	jmp	LBB9_9
LBB9_21:
	movl	-84(%rbp), %esi
	movl	-88(%rbp), %edx
	movl	-92(%rbp), %ecx
	movq	-104(%rbp), %r8
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -124(%rbp)
	movl	$0, -128(%rbp)
LBB9_22:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$64, -128(%rbp)
	jge	LBB9_25
## %bb.23:                              ##   in Loop: Header=BB9_22 Depth=1
	movslq	-128(%rbp), %rcx
	leaq	_udata(%rip), %rax
	movl	(%rax,%rcx,4), %edi
	shrl	$4, %edi
	movslq	-128(%rbp), %rcx
	leaq	_udata(%rip), %rax
	movl	(%rax,%rcx,4), %esi
	shrl	$20, %esi
	callq	_sat_add_u8
	addl	-124(%rbp), %eax
	movl	%eax, -124(%rbp)
## %bb.24:                              ##   in Loop: Header=BB9_22 Depth=1
	movl	-128(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -128(%rbp)
	jmp	LBB9_22
LBB9_25:
	movl	-124(%rbp), %esi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -132(%rbp)
	movl	$0, -136(%rbp)
LBB9_26:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$64, -136(%rbp)
	jge	LBB9_29
## %bb.27:                              ##   in Loop: Header=BB9_26 Depth=1
	movslq	-136(%rbp), %rcx
	leaq	_data(%rip), %rax
	imull	$40, (%rax,%rcx,4), %edi
	movl	$63, %eax
	subl	-136(%rbp), %eax
	movslq	%eax, %rcx
	leaq	_data(%rip), %rax
	imull	$41, (%rax,%rcx,4), %esi
	callq	_sat_sub_i16
	addl	-132(%rbp), %eax
	movl	%eax, -132(%rbp)
## %bb.28:                              ##   in Loop: Header=BB9_26 Depth=1
	movl	-136(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -136(%rbp)
	jmp	LBB9_26
LBB9_29:
	movl	-132(%rbp), %esi
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movabsq	$9223372036854775807, %rax      ## imm = 0x7FFFFFFFFFFFFFFF
	movq	%rax, -144(%rbp)
	movabsq	$-9223372036854775808, %rax     ## imm = 0x8000000000000000
	movq	%rax, -152(%rbp)
	movl	$0, -156(%rbp)
LBB9_30:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$64, -156(%rbp)
	jge	LBB9_39
## %bb.31:                              ##   in Loop: Header=BB9_30 Depth=1
	movslq	-156(%rbp), %rcx
	leaq	_data(%rip), %rax
	movslq	(%rax,%rcx,4), %rax
	imulq	$1000000007, %rax, %rax         ## imm = 0x3B9ACA07
	movq	%rax, -168(%rbp)
	movq	-168(%rbp), %rax
	cmpq	-144(%rbp), %rax
	jge	LBB9_33
## %bb.32:                              ##   in Loop: Header=BB9_30 Depth=1
	movq	-168(%rbp), %rax
	movq	%rax, -200(%rbp)                ## 8-byte Spill
	jmp	LBB9_34
LBB9_33:                                ##   in Loop: Header=BB9_30 Depth=1
	movq	-144(%rbp), %rax
	movq	%rax, -200(%rbp)                ## 8-byte Spill
LBB9_34:                                ##   in Loop: Header=BB9_30 Depth=1
	movq	-200(%rbp), %rax                ## 8-byte Reload
	movq	%rax, -144(%rbp)
	movq	-168(%rbp), %rax
	cmpq	-152(%rbp), %rax
	jle	LBB9_36
## %bb.35:                              ##   in Loop: Header=BB9_30 Depth=1
	movq	-168(%rbp), %rax
	movq	%rax, -208(%rbp)                ## 8-byte Spill
	jmp	LBB9_37
LBB9_36:                                ##   in Loop: Header=BB9_30 Depth=1
	movq	-152(%rbp), %rax
	movq	%rax, -208(%rbp)                ## 8-byte Spill
LBB9_37:                                ##   in Loop: Header=BB9_30 Depth=1
	movq	-208(%rbp), %rax                ## 8-byte Reload
	movq	%rax, -152(%rbp)
## %bb.38:                              ##   in Loop: Header=BB9_30 Depth=1
	movl	-156(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -156(%rbp)
	jmp	LBB9_30
LBB9_39:
	movq	-144(%rbp), %rsi
	movq	-152(%rbp), %rdx
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-32(%rbp), %rdi
	xorl	%esi, %esi
	movl	$20, %edx
	callq	_memset
	movl	$0, -172(%rbp)
LBB9_40:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$64, -172(%rbp)
	jge	LBB9_46
## %bb.41:                              ##   in Loop: Header=BB9_40 Depth=1
	movslq	-172(%rbp), %rcx
	leaq	_data(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	addl	$1000, %eax                     ## imm = 0x3E8
	movl	$400, %ecx                      ## imm = 0x190
	cltd
	idivl	%ecx
	movl	%eax, -176(%rbp)
	cmpl	$4, -176(%rbp)
	jle	LBB9_43
## %bb.42:                              ##   in Loop: Header=BB9_40 Depth=1
	movl	$4, %eax
	movl	%eax, -212(%rbp)                ## 4-byte Spill
	jmp	LBB9_44
LBB9_43:                                ##   in Loop: Header=BB9_40 Depth=1
	movl	-176(%rbp), %eax
	movl	%eax, -212(%rbp)                ## 4-byte Spill
LBB9_44:                                ##   in Loop: Header=BB9_40 Depth=1
	movl	-212(%rbp), %eax                ## 4-byte Reload
	cltq
	movl	-32(%rbp,%rax,4), %ecx
	addl	$1, %ecx
	movl	%ecx, -32(%rbp,%rax,4)
## %bb.45:                              ##   in Loop: Header=BB9_40 Depth=1
	movl	-172(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -172(%rbp)
	jmp	LBB9_40
LBB9_46:
	movl	-32(%rbp), %esi
	movl	-28(%rbp), %edx
	movl	-24(%rbp), %ecx
	movl	-20(%rbp), %r8d
	movl	-16(%rbp), %r9d
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB9_48
## %bb.47:
	xorl	%eax, %eax
	addq	$224, %rsp
	popq	%rbp
	retq
LBB9_48:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vseed                          ## @vseed
	.p2align	2
_vseed:
	.long	17                              ## 0x11

.zerofill __DATA,__bss,_data,256,4      ## @data
.zerofill __DATA,__bss,_udata,256,4     ## @udata
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"min=%d max=%d umin=%u abs_sum=%ld clamped=%d signs=%d\n"

L_.str.1:                               ## @.str.1
	.asciz	"best=%d at %d pos=%d sel_total=%ld\n"

L_.str.2:                               ## @.str.2
	.asciz	"sat_add_u8 total=%u\n"

L_.str.3:                               ## @.str.3
	.asciz	"sat_sub_i16 total=%d\n"

L_.str.4:                               ## @.str.4
	.asciz	"lo64=%lld hi64=%lld\n"

L_.str.5:                               ## @.str.5
	.asciz	"hist: %d %d %d %d %d\n"

.subsections_via_symbols
