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
	movb	%dil, %al
	movb	%al, -1(%rbp)
	movzbl	-1(%rbp), %eax
	cmpl	$97, %eax
	jl	LBB0_2
## %bb.1:
	movzbl	-1(%rbp), %ecx
	movb	$1, %al
	cmpl	$122, %ecx
	movb	%al, -2(%rbp)                   ## 1-byte Spill
	jle	LBB0_5
LBB0_2:
	movzbl	-1(%rbp), %eax
	cmpl	$65, %eax
	jl	LBB0_4
## %bb.3:
	movzbl	-1(%rbp), %ecx
	movb	$1, %al
	cmpl	$90, %ecx
	movb	%al, -2(%rbp)                   ## 1-byte Spill
	jle	LBB0_5
LBB0_4:
	movzbl	-1(%rbp), %eax
	cmpl	$95, %eax
	sete	%al
	movb	%al, -2(%rbp)                   ## 1-byte Spill
LBB0_5:
	movb	-2(%rbp), %al                   ## 1-byte Reload
	andb	$1, %al
	movzbl	%al, %eax
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
	movb	%dil, %al
	movb	%al, -1(%rbp)
	movzbl	-1(%rbp), %ecx
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	cmpl	$48, %ecx
	movb	%al, -2(%rbp)                   ## 1-byte Spill
	jl	LBB1_2
## %bb.1:
	movzbl	-1(%rbp), %eax
	cmpl	$57, %eax
	setle	%al
	movb	%al, -2(%rbp)                   ## 1-byte Spill
LBB1_2:
	movb	-2(%rbp), %al                   ## 1-byte Reload
	andb	$1, %al
	movzbl	%al, %eax
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
	subq	$48, %rsp
	movq	%rdi, -16(%rbp)
	movq	%rsi, -24(%rbp)
	movl	$0, -28(%rbp)
	movl	$0, -32(%rbp)
	movq	-24(%rbp), %rax
	movq	$0, 40(%rax)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-16(%rbp), %rax
	movb	(%rax), %al
	movb	%al, -33(%rbp)
	movl	-28(%rbp), %eax
                                        ## kill: def $rax killed $eax
	movq	%rax, -48(%rbp)                 ## 8-byte Spill
	subq	$7, %rax
	ja	LBB2_72
## %bb.74:                              ##   in Loop: Header=BB2_1 Depth=1
	movq	-48(%rbp), %rax                 ## 8-byte Reload
	leaq	LJTI2_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB2_2:                                 ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$0, %eax
	jne	LBB2_4
## %bb.3:
	movq	-24(%rbp), %rax
	movl	$5, (%rax)
	movq	-24(%rbp), %rax
	movb	$0, 4(%rax)
	movq	-16(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_73
LBB2_4:                                 ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$32, %eax
	je	LBB2_7
## %bb.5:                               ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$9, %eax
	je	LBB2_7
## %bb.6:                               ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$10, %eax
	jne	LBB2_8
LBB2_7:                                 ##   in Loop: Header=BB2_1 Depth=1
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB2_72
LBB2_8:                                 ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$35, %eax
	jne	LBB2_10
## %bb.9:                               ##   in Loop: Header=BB2_1 Depth=1
	movl	$7, -28(%rbp)
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB2_72
LBB2_10:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %edi
	callq	_is_ident_start
	cmpl	$0, %eax
	je	LBB2_12
## %bb.11:                              ##   in Loop: Header=BB2_1 Depth=1
	movl	$1, -28(%rbp)
	jmp	LBB2_72
LBB2_12:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$48, %eax
	jne	LBB2_16
## %bb.13:                              ##   in Loop: Header=BB2_1 Depth=1
	movq	-16(%rbp), %rax
	movsbl	1(%rax), %eax
	cmpl	$120, %eax
	je	LBB2_15
## %bb.14:                              ##   in Loop: Header=BB2_1 Depth=1
	movq	-16(%rbp), %rax
	movsbl	1(%rax), %eax
	cmpl	$88, %eax
	jne	LBB2_16
LBB2_15:                                ##   in Loop: Header=BB2_1 Depth=1
	movl	$3, -28(%rbp)
	movq	-16(%rbp), %rax
	addq	$2, %rax
	movq	%rax, -16(%rbp)
	movl	$0, -32(%rbp)
	jmp	LBB2_72
LBB2_16:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %edi
	callq	_is_digit
	cmpl	$0, %eax
	je	LBB2_18
## %bb.17:                              ##   in Loop: Header=BB2_1 Depth=1
	movl	$2, -28(%rbp)
	jmp	LBB2_72
LBB2_18:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$34, %eax
	jne	LBB2_20
## %bb.19:                              ##   in Loop: Header=BB2_1 Depth=1
	movl	$5, -28(%rbp)
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB2_72
LBB2_20:
	movq	-24(%rbp), %rax
	movl	$4, (%rax)
	movb	-33(%rbp), %cl
	movq	-24(%rbp), %rax
	movb	%cl, 4(%rax)
	movl	$1, -32(%rbp)
	movzbl	-33(%rbp), %esi
	leaq	L_.str(%rip), %rdi
	callq	_strchr
	cmpq	$0, %rax
	je	LBB2_23
## %bb.21:
	movq	-16(%rbp), %rax
	movsbl	1(%rax), %eax
	cmpl	$61, %eax
	jne	LBB2_23
## %bb.22:
	movq	-24(%rbp), %rax
	movl	-32(%rbp), %ecx
	movl	%ecx, %edx
	addl	$1, %edx
	movl	%edx, -32(%rbp)
	movslq	%ecx, %rcx
	movb	$61, 4(%rax,%rcx)
	jmp	LBB2_28
LBB2_23:
	movzbl	-33(%rbp), %eax
	cmpl	$38, %eax
	je	LBB2_25
## %bb.24:
	movzbl	-33(%rbp), %eax
	cmpl	$124, %eax
	jne	LBB2_27
LBB2_25:
	movq	-16(%rbp), %rax
	movsbl	1(%rax), %eax
	movsbl	-33(%rbp), %ecx
	cmpl	%ecx, %eax
	jne	LBB2_27
## %bb.26:
	movb	-33(%rbp), %dl
	movq	-24(%rbp), %rax
	movl	-32(%rbp), %ecx
	movl	%ecx, %esi
	addl	$1, %esi
	movl	%esi, -32(%rbp)
	movslq	%ecx, %rcx
	movb	%dl, 4(%rax,%rcx)
LBB2_27:
	jmp	LBB2_28
LBB2_28:
	movq	-24(%rbp), %rax
	movslq	-32(%rbp), %rcx
	movb	$0, 4(%rax,%rcx)
	movq	-16(%rbp), %rax
	movslq	-32(%rbp), %rcx
	addq	%rcx, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_73
LBB2_29:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$10, %eax
	je	LBB2_31
## %bb.30:                              ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$0, %eax
	jne	LBB2_32
LBB2_31:                                ##   in Loop: Header=BB2_1 Depth=1
	movl	$0, -28(%rbp)
	jmp	LBB2_33
LBB2_32:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
LBB2_33:                                ##   in Loop: Header=BB2_1 Depth=1
	jmp	LBB2_72
LBB2_34:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %edi
	callq	_is_ident_start
	cmpl	$0, %eax
	jne	LBB2_36
## %bb.35:                              ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %edi
	callq	_is_digit
	cmpl	$0, %eax
	je	LBB2_39
LBB2_36:                                ##   in Loop: Header=BB2_1 Depth=1
	cmpl	$31, -32(%rbp)
	jge	LBB2_38
## %bb.37:                              ##   in Loop: Header=BB2_1 Depth=1
	movb	-33(%rbp), %dl
	movq	-24(%rbp), %rax
	movl	-32(%rbp), %ecx
	movl	%ecx, %esi
	addl	$1, %esi
	movl	%esi, -32(%rbp)
	movslq	%ecx, %rcx
	movb	%dl, 4(%rax,%rcx)
LBB2_38:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB2_72
LBB2_39:
	movq	-24(%rbp), %rax
	movslq	-32(%rbp), %rcx
	movb	$0, 4(%rax,%rcx)
	movq	-24(%rbp), %rax
	movl	$0, (%rax)
	movq	-16(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_73
LBB2_40:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %edi
	callq	_is_digit
	cmpl	$0, %eax
	je	LBB2_42
## %bb.41:                              ##   in Loop: Header=BB2_1 Depth=1
	movq	-24(%rbp), %rax
	imulq	$10, 40(%rax), %rcx
	movzbl	-33(%rbp), %eax
	subl	$48, %eax
	cltq
	addq	%rax, %rcx
	movq	-24(%rbp), %rax
	movq	%rcx, 40(%rax)
	movb	-33(%rbp), %dl
	movq	-24(%rbp), %rax
	movl	-32(%rbp), %ecx
	movl	%ecx, %esi
	addl	$1, %esi
	movl	%esi, -32(%rbp)
	movslq	%ecx, %rcx
	movb	%dl, 4(%rax,%rcx)
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB2_72
LBB2_42:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$46, %eax
	jne	LBB2_44
## %bb.43:                              ##   in Loop: Header=BB2_1 Depth=1
	movl	$4, -28(%rbp)
	movb	-33(%rbp), %dl
	movq	-24(%rbp), %rax
	movl	-32(%rbp), %ecx
	movl	%ecx, %esi
	addl	$1, %esi
	movl	%esi, -32(%rbp)
	movslq	%ecx, %rcx
	movb	%dl, 4(%rax,%rcx)
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB2_72
LBB2_44:
	movq	-24(%rbp), %rax
	movslq	-32(%rbp), %rcx
	movb	$0, 4(%rax,%rcx)
	movq	-24(%rbp), %rax
	movl	$1, (%rax)
	movq	-16(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_73
LBB2_45:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %edi
	callq	_is_digit
	cmpl	$0, %eax
	je	LBB2_47
## %bb.46:                              ##   in Loop: Header=BB2_1 Depth=1
	movb	-33(%rbp), %dl
	movq	-24(%rbp), %rax
	movl	-32(%rbp), %ecx
	movl	%ecx, %esi
	addl	$1, %esi
	movl	%esi, -32(%rbp)
	movslq	%ecx, %rcx
	movb	%dl, 4(%rax,%rcx)
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB2_72
LBB2_47:
	movq	-24(%rbp), %rax
	movslq	-32(%rbp), %rcx
	movb	$0, 4(%rax,%rcx)
	movq	-24(%rbp), %rax
	movl	$2, (%rax)
	movq	-16(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_73
LBB2_48:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %edi
	callq	_is_digit
	cmpl	$0, %eax
	je	LBB2_50
## %bb.49:                              ##   in Loop: Header=BB2_1 Depth=1
	movq	-24(%rbp), %rax
	movq	40(%rax), %rcx
	shlq	$4, %rcx
	movzbl	-33(%rbp), %eax
	subl	$48, %eax
	cltq
	addq	%rax, %rcx
	movq	-24(%rbp), %rax
	movq	%rcx, 40(%rax)
	jmp	LBB2_59
LBB2_50:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$97, %eax
	jl	LBB2_53
## %bb.51:                              ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$102, %eax
	jg	LBB2_53
## %bb.52:                              ##   in Loop: Header=BB2_1 Depth=1
	movq	-24(%rbp), %rax
	movq	40(%rax), %rcx
	shlq	$4, %rcx
	movzbl	-33(%rbp), %eax
	subl	$97, %eax
	addl	$10, %eax
	cltq
	addq	%rax, %rcx
	movq	-24(%rbp), %rax
	movq	%rcx, 40(%rax)
	jmp	LBB2_58
LBB2_53:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$65, %eax
	jl	LBB2_56
## %bb.54:                              ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$70, %eax
	jg	LBB2_56
## %bb.55:                              ##   in Loop: Header=BB2_1 Depth=1
	movq	-24(%rbp), %rax
	movq	40(%rax), %rcx
	shlq	$4, %rcx
	movzbl	-33(%rbp), %eax
	subl	$65, %eax
	addl	$10, %eax
	cltq
	addq	%rax, %rcx
	movq	-24(%rbp), %rax
	movq	%rcx, 40(%rax)
	jmp	LBB2_57
LBB2_56:
	movq	-24(%rbp), %rdi
	addq	$4, %rdi
	movl	$32, %esi
	leaq	L_.str.1(%rip), %rdx
	movb	$0, %al
	callq	_snprintf
	movq	-24(%rbp), %rax
	movl	$1, (%rax)
	movq	-16(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_73
LBB2_57:                                ##   in Loop: Header=BB2_1 Depth=1
	jmp	LBB2_58
LBB2_58:                                ##   in Loop: Header=BB2_1 Depth=1
	jmp	LBB2_59
LBB2_59:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB2_72
LBB2_60:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$0, %eax
	jne	LBB2_62
## %bb.61:
	movq	-24(%rbp), %rax
	movl	$6, (%rax)
	movq	-24(%rbp), %rax
	movslq	-32(%rbp), %rcx
	movb	$0, 4(%rax,%rcx)
	movq	-16(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_73
LBB2_62:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$92, %eax
	jne	LBB2_64
## %bb.63:                              ##   in Loop: Header=BB2_1 Depth=1
	movl	$6, -28(%rbp)
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB2_72
LBB2_64:                                ##   in Loop: Header=BB2_1 Depth=1
	movzbl	-33(%rbp), %eax
	cmpl	$34, %eax
	jne	LBB2_66
## %bb.65:
	movq	-24(%rbp), %rax
	movslq	-32(%rbp), %rcx
	movb	$0, 4(%rax,%rcx)
	movq	-24(%rbp), %rax
	movl	$3, (%rax)
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_73
LBB2_66:                                ##   in Loop: Header=BB2_1 Depth=1
	cmpl	$31, -32(%rbp)
	jge	LBB2_68
## %bb.67:                              ##   in Loop: Header=BB2_1 Depth=1
	movb	-33(%rbp), %dl
	movq	-24(%rbp), %rax
	movl	-32(%rbp), %ecx
	movl	%ecx, %esi
	addl	$1, %esi
	movl	%esi, -32(%rbp)
	movslq	%ecx, %rcx
	movb	%dl, 4(%rax,%rcx)
LBB2_68:                                ##   in Loop: Header=BB2_1 Depth=1
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB2_72
LBB2_69:                                ##   in Loop: Header=BB2_1 Depth=1
	cmpl	$31, -32(%rbp)
	jge	LBB2_71
## %bb.70:                              ##   in Loop: Header=BB2_1 Depth=1
	movb	-33(%rbp), %dl
	movq	-24(%rbp), %rax
	movl	-32(%rbp), %ecx
	movl	%ecx, %esi
	addl	$1, %esi
	movl	%esi, -32(%rbp)
	movslq	%ecx, %rcx
	movb	%dl, 4(%rax,%rcx)
LBB2_71:                                ##   in Loop: Header=BB2_1 Depth=1
	movl	$5, -28(%rbp)
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
LBB2_72:                                ##   in Loop: Header=BB2_1 Depth=1
	jmp	LBB2_1
LBB2_73:
	movq	-8(%rbp), %rax
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
	.p2align	2, 0x90
	.data_region jt32
.set L2_0_set_2, LBB2_2-LJTI2_0
.set L2_0_set_34, LBB2_34-LJTI2_0
.set L2_0_set_40, LBB2_40-LJTI2_0
.set L2_0_set_48, LBB2_48-LJTI2_0
.set L2_0_set_45, LBB2_45-LJTI2_0
.set L2_0_set_60, LBB2_60-LJTI2_0
.set L2_0_set_69, LBB2_69-LJTI2_0
.set L2_0_set_29, LBB2_29-LJTI2_0
LJTI2_0:
	.long	L2_0_set_2
	.long	L2_0_set_34
	.long	L2_0_set_40
	.long	L2_0_set_48
	.long	L2_0_set_45
	.long	L2_0_set_60
	.long	L2_0_set_69
	.long	L2_0_set_29
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
	subq	$144, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -100(%rbp)
	leaq	_source(%rip), %rax
	movq	%rax, -112(%rbp)
	leaq	-96(%rbp), %rdi
	xorl	%esi, %esi
	movl	$28, %edx
	callq	_memset
	movq	$0, -120(%rbp)
	movl	$0, -124(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-112(%rbp), %rdi
	leaq	-56(%rbp), %rsi
	callq	_next_token
	movq	%rax, -112(%rbp)
	movl	-56(%rbp), %eax
                                        ## kill: def $rax killed $eax
	movl	-96(%rbp,%rax,4), %ecx
	addl	$1, %ecx
	movl	%ecx, -96(%rbp,%rax,4)
	cmpl	$1, -56(%rbp)
	jne	LBB3_3
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-16(%rbp), %rax
	addq	-120(%rbp), %rax
	movq	%rax, -120(%rbp)
LBB3_3:                                 ##   in Loop: Header=BB3_1 Depth=1
	movl	-124(%rbp), %esi
	movl	%esi, %eax
	addl	$1, %eax
	movl	%eax, -124(%rbp)
	movl	-56(%rbp), %eax
	movl	%eax, %ecx
	leaq	_tok_names(%rip), %rax
	movq	(%rax,%rcx,8), %rdx
	leaq	-56(%rbp), %rcx
	addq	$4, %rcx
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	cmpl	$1, -56(%rbp)
	jne	LBB3_5
## %bb.4:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-16(%rbp), %rsi
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
LBB3_5:                                 ##   in Loop: Header=BB3_1 Depth=1
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.6:                               ##   in Loop: Header=BB3_1 Depth=1
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	cmpl	$5, -56(%rbp)
	movb	%al, -129(%rbp)                 ## 1-byte Spill
	je	LBB3_8
## %bb.7:                               ##   in Loop: Header=BB3_1 Depth=1
	cmpl	$6, -56(%rbp)
	setne	%al
	movb	%al, -129(%rbp)                 ## 1-byte Spill
LBB3_8:                                 ##   in Loop: Header=BB3_1 Depth=1
	movb	-129(%rbp), %al                 ## 1-byte Reload
	testb	$1, %al
	jne	LBB3_1
## %bb.9:
	movl	$0, -128(%rbp)
LBB3_10:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$7, -128(%rbp)
	jge	LBB3_13
## %bb.11:                              ##   in Loop: Header=BB3_10 Depth=1
	movslq	-128(%rbp), %rcx
	leaq	_tok_names(%rip), %rax
	movq	(%rax,%rcx,8), %rsi
	movslq	-128(%rbp), %rax
	movl	-96(%rbp,%rax,4), %edx
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.12:                              ##   in Loop: Header=BB3_10 Depth=1
	movl	-128(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -128(%rbp)
	jmp	LBB3_10
LBB3_13:
	movq	-120(%rbp), %rsi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-96(%rbp), %eax
	movl	$16, %ecx
	cltd
	idivl	%ecx
	movl	%edx, -136(%rbp)                ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB3_15
## %bb.14:
	movl	-136(%rbp), %eax                ## 4-byte Reload
	addq	$144, %rsp
	popq	%rbp
	retq
LBB3_15:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"<>=!"

L_.str.1:                               ## @.str.1
	.asciz	"hex"

	.section	__TEXT,__const
	.p2align	4                               ## @source
_source:
	.asciz	"let x1 = 42 + 0x1F * (y_2 - 3.25); # comment here\nprint(\"hi \\\"there\\\"\", x1 >= 10 && z != 0x0);\nif a<=b { c = 007 } else { d == 1.5 }"

	.section	__TEXT,__cstring,cstring_literals
L_.str.2:                               ## @.str.2
	.asciz	"%2d %-6s '%s'"

	.section	__DATA,__const
	.p2align	4                               ## @tok_names
_tok_names:
	.quad	L_.str.7
	.quad	L_.str.8
	.quad	L_.str.9
	.quad	L_.str.10
	.quad	L_.str.11
	.quad	L_.str.12
	.quad	L_.str.13

	.section	__TEXT,__cstring,cstring_literals
L_.str.3:                               ## @.str.3
	.asciz	" = %ld"

L_.str.4:                               ## @.str.4
	.asciz	"\n"

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
