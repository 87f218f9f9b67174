	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_sum_a                          ## -- Begin function sum_a
	.p2align	4, 0x90
_sum_a:                                 ## @sum_a
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -8(%rbp)                 ## imm = 0x400
	jge	LBB0_4
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movslq	-8(%rbp), %rcx
	leaq	_a(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	addl	-4(%rbp), %eax
	movl	%eax, -4(%rbp)
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	movl	-8(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	LBB0_1
LBB0_4:
	movl	-4(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sum16                          ## -- Begin function sum16
	.p2align	4, 0x90
_sum16:                                 ## @sum16
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	$0, -12(%rbp)
	movl	$0, -16(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$16, -16(%rbp)
	jge	LBB1_4
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movq	-8(%rbp), %rax
	movslq	-16(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	addl	-12(%rbp), %eax
	movl	%eax, -12(%rbp)
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-16(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -16(%rbp)
	jmp	LBB1_1
LBB1_4:
	movl	-12(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sum_n                          ## -- Begin function sum_n
	.p2align	4, 0x90
_sum_n:                                 ## @sum_n
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movq	$0, -24(%rbp)
	movl	$0, -28(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-28(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jge	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	movslq	(%rax,%rcx,4), %rax
	addq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
## %bb.3:                               ##   in Loop: Header=BB2_1 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB2_1
LBB2_4:
	movq	-24(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_add_arrays                     ## -- Begin function add_arrays
	.p2align	4, 0x90
_add_arrays:                            ## @add_arrays
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	$0, -4(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -4(%rbp)                 ## imm = 0x400
	jge	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movslq	-4(%rbp), %rcx
	leaq	_a(%rip), %rax
	movl	(%rax,%rcx,4), %edx
	movslq	-4(%rbp), %rcx
	leaq	_b(%rip), %rax
	addl	(%rax,%rcx,4), %edx
	movslq	-4(%rbp), %rcx
	leaq	_c(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-4(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -4(%rbp)
	jmp	LBB3_1
LBB3_4:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_mul_add                        ## -- Begin function mul_add
	.p2align	4, 0x90
_mul_add:                               ## @mul_add
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	$0, -8(%rbp)
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -8(%rbp)                 ## imm = 0x400
	jge	LBB4_4
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
	movslq	-8(%rbp), %rcx
	leaq	_c(%rip), %rax
	imull	$3, (%rax,%rcx,4), %edx
	movslq	-8(%rbp), %rcx
	leaq	_b(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	imull	-4(%rbp), %eax
	addl	%eax, %edx
	movslq	-8(%rbp), %rcx
	leaq	_c(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
## %bb.3:                               ##   in Loop: Header=BB4_1 Depth=1
	movl	-8(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	LBB4_1
LBB4_4:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_count_byte                     ## -- Begin function count_byte
	.p2align	4, 0x90
_count_byte:                            ## @count_byte
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movb	%dil, %al
	movb	%al, -1(%rbp)
	movl	$0, -8(%rbp)
	movl	$0, -12(%rbp)
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -12(%rbp)                ## imm = 0x400
	jge	LBB5_4
## %bb.2:                               ##   in Loop: Header=BB5_1 Depth=1
	movslq	-12(%rbp), %rcx
	leaq	_text(%rip), %rax
	movzbl	(%rax,%rcx), %eax
	movzbl	-1(%rbp), %ecx
	cmpl	%ecx, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-8(%rbp), %eax
	movl	%eax, -8(%rbp)
## %bb.3:                               ##   in Loop: Header=BB5_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB5_1
LBB5_4:
	movl	-8(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_max_c                          ## -- Begin function max_c
	.p2align	4, 0x90
_max_c:                                 ## @max_c
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	_c(%rip), %eax
	movl	%eax, -4(%rbp)
	movl	$0, -8(%rbp)
LBB6_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -8(%rbp)                 ## imm = 0x400
	jge	LBB6_7
## %bb.2:                               ##   in Loop: Header=BB6_1 Depth=1
	movslq	-8(%rbp), %rcx
	leaq	_c(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	cmpl	-4(%rbp), %eax
	jle	LBB6_4
## %bb.3:                               ##   in Loop: Header=BB6_1 Depth=1
	movslq	-8(%rbp), %rcx
	leaq	_c(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
	jmp	LBB6_5
LBB6_4:                                 ##   in Loop: Header=BB6_1 Depth=1
	movl	-4(%rbp), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
LBB6_5:                                 ##   in Loop: Header=BB6_1 Depth=1
	movl	-12(%rbp), %eax                 ## 4-byte Reload
	movl	%eax, -4(%rbp)
## %bb.6:                               ##   in Loop: Header=BB6_1 Depth=1
	movl	-8(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	LBB6_1
LBB6_7:
	movl	-4(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_min_short                      ## -- Begin function min_short
	.p2align	4, 0x90
_min_short:                             ## @min_short
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	_sa(%rip), %ax
	movw	%ax, -2(%rbp)
	movl	$0, -8(%rbp)
LBB7_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -8(%rbp)                 ## imm = 0x400
	jge	LBB7_7
## %bb.2:                               ##   in Loop: Header=BB7_1 Depth=1
	movslq	-8(%rbp), %rcx
	leaq	_sa(%rip), %rax
	movswl	(%rax,%rcx,2), %eax
	movswl	-2(%rbp), %ecx
	cmpl	%ecx, %eax
	jge	LBB7_4
## %bb.3:                               ##   in Loop: Header=BB7_1 Depth=1
	movslq	-8(%rbp), %rcx
	leaq	_sa(%rip), %rax
	movswl	(%rax,%rcx,2), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
	jmp	LBB7_5
LBB7_4:                                 ##   in Loop: Header=BB7_1 Depth=1
	movswl	-2(%rbp), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
LBB7_5:                                 ##   in Loop: Header=BB7_1 Depth=1
	movl	-12(%rbp), %eax                 ## 4-byte Reload
                                        ## kill: def $ax killed $ax killed $eax
	movw	%ax, -2(%rbp)
## %bb.6:                               ##   in Loop: Header=BB7_1 Depth=1
	movl	-8(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	LBB7_1
LBB7_7:
	movswl	-2(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_scale_floats                   ## -- Begin function scale_floats
	.p2align	4, 0x90
_scale_floats:                          ## @scale_floats
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movss	%xmm0, -4(%rbp)
	movl	$0, -8(%rbp)
LBB8_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -8(%rbp)                 ## imm = 0x400
	jge	LBB8_4
## %bb.2:                               ##   in Loop: Header=BB8_1 Depth=1
	movslq	-8(%rbp), %rcx
	leaq	_fa(%rip), %rax
	movss	(%rax,%rcx,4), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	mulss	-4(%rbp), %xmm0
	movslq	-8(%rbp), %rcx
	leaq	_fb(%rip), %rax
	movss	%xmm0, (%rax,%rcx,4)
## %bb.3:                               ##   in Loop: Header=BB8_1 Depth=1
	movl	-8(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	LBB8_1
LBB8_4:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_xor_reduce                     ## -- Begin function xor_reduce
	.p2align	4, 0x90
_xor_reduce:                            ## @xor_reduce
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
LBB9_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -8(%rbp)                 ## imm = 0x400
	jge	LBB9_4
## %bb.2:                               ##   in Loop: Header=BB9_1 Depth=1
	movslq	-8(%rbp), %rcx
	leaq	_a(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	xorl	-4(%rbp), %eax
	movl	%eax, -4(%rbp)
## %bb.3:                               ##   in Loop: Header=BB9_1 Depth=1
	movl	-8(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	LBB9_1
LBB9_4:
	movl	-4(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_to_upper_ascii                 ## -- Begin function to_upper_ascii
	.p2align	4, 0x90
_to_upper_ascii:                        ## @to_upper_ascii
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	$0, -4(%rbp)
LBB10_1:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -4(%rbp)                 ## imm = 0x400
	jge	LBB10_8
## %bb.2:                               ##   in Loop: Header=BB10_1 Depth=1
	movslq	-4(%rbp), %rcx
	leaq	_text(%rip), %rax
	movzbl	(%rax,%rcx), %eax
	cmpl	$97, %eax
	jl	LBB10_5
## %bb.3:                               ##   in Loop: Header=BB10_1 Depth=1
	movslq	-4(%rbp), %rcx
	leaq	_text(%rip), %rax
	movzbl	(%rax,%rcx), %eax
	cmpl	$122, %eax
	jg	LBB10_5
## %bb.4:                               ##   in Loop: Header=BB10_1 Depth=1
	movslq	-4(%rbp), %rcx
	leaq	_text(%rip), %rax
	movzbl	(%rax,%rcx), %eax
	subl	$32, %eax
                                        ## kill: def $al killed $al killed $eax
	movzbl	%al, %eax
	movl	%eax, -8(%rbp)                  ## 4-byte Spill
	jmp	LBB10_6
LBB10_5:                                ##   in Loop: Header=BB10_1 Depth=1
	movslq	-4(%rbp), %rcx
	leaq	_text(%rip), %rax
	movzbl	(%rax,%rcx), %eax
	movl	%eax, -8(%rbp)                  ## 4-byte Spill
LBB10_6:                                ##   in Loop: Header=BB10_1 Depth=1
	movl	-8(%rbp), %eax                  ## 4-byte Reload
	movb	%al, %dl
	movslq	-4(%rbp), %rcx
	leaq	_text(%rip), %rax
	movb	%dl, (%rax,%rcx)
## %bb.7:                               ##   in Loop: Header=BB10_1 Depth=1
	movl	-4(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -4(%rbp)
	jmp	LBB10_1
LBB10_8:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function main
LCPI11_0:
	.long	0x40200000                      ## float 2.5
LCPI11_1:
	.long	0x3f000000                      ## float 0.5
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
	subq	$64, %rsp
	movl	$0, -4(%rbp)
	movl	_vseed(%rip), %eax
	movl	%eax, -8(%rbp)
	movl	$0, -12(%rbp)
LBB11_1:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -12(%rbp)                ## imm = 0x400
	jge	LBB11_4
## %bb.2:                               ##   in Loop: Header=BB11_1 Depth=1
	movl	-12(%rbp), %eax
	imull	-8(%rbp), %eax
	movl	$1000, %ecx                     ## imm = 0x3E8
	cltd
	idivl	%ecx
	subl	$500, %edx                      ## imm = 0x1F4
	movslq	-12(%rbp), %rcx
	leaq	_a(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
	imull	$7, -12(%rbp), %eax
	addl	-8(%rbp), %eax
	movl	$333, %ecx                      ## imm = 0x14D
	cltd
	idivl	%ecx
	movslq	-12(%rbp), %rcx
	leaq	_b(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
	imull	$3, -12(%rbp), %eax
	movl	$16, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rcx
	leaq	L_.str(%rip), %rax
	movb	(%rax,%rcx), %dl
	movslq	-12(%rbp), %rcx
	leaq	_text(%rip), %rax
	movb	%dl, (%rax,%rcx)
	imull	$37, -12(%rbp), %eax
	addl	-8(%rbp), %eax
	movl	$2000, %ecx                     ## imm = 0x7D0
	cltd
	idivl	%ecx
	subl	$1000, %edx                     ## imm = 0x3E8
                                        ## kill: def $dx killed $dx killed $edx
	movslq	-12(%rbp), %rcx
	leaq	_sa(%rip), %rax
	movw	%dx, (%rax,%rcx,2)
	movl	-12(%rbp), %eax
	movl	$64, %ecx
	cltd
	idivl	%ecx
	cvtsi2ss	%edx, %xmm0
	movss	LCPI11_1(%rip), %xmm1           ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm0
	movslq	-12(%rbp), %rcx
	leaq	_fa(%rip), %rax
	movss	%xmm0, (%rax,%rcx,4)
## %bb.3:                               ##   in Loop: Header=BB11_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB11_1
LBB11_4:
	callq	_sum_a
	movl	%eax, -32(%rbp)                 ## 4-byte Spill
	leaq	_a(%rip), %rdi
	movl	$1024, %esi                     ## imm = 0x400
	callq	_sum_n
	movl	-32(%rbp), %esi                 ## 4-byte Reload
	movq	%rax, %rdx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -16(%rbp)
LBB11_5:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$8, -16(%rbp)
	jge	LBB11_8
## %bb.6:                               ##   in Loop: Header=BB11_5 Depth=1
	imull	$37, -16(%rbp), %eax
	movl	%eax, -36(%rbp)                 ## 4-byte Spill
	imull	$37, -16(%rbp), %eax
	cltq
	leaq	_a(%rip), %rdi
	shlq	$2, %rax
	addq	%rax, %rdi
	callq	_sum16
	movl	-36(%rbp), %esi                 ## 4-byte Reload
	movl	%eax, %edx
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB11_5 Depth=1
	movl	-16(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -16(%rbp)
	jmp	LBB11_5
LBB11_8:
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	callq	_add_arrays
	leaq	_c(%rip), %rdi
	movl	$1024, %esi                     ## imm = 0x400
	callq	_sum_n
	movq	%rax, %rsi
	movl	_c(%rip), %edx
	movl	_c+4092(%rip), %ecx
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorl	%edi, %edi
	subl	-8(%rbp), %edi
	callq	_mul_add
	leaq	_c(%rip), %rdi
	movl	$1024, %esi                     ## imm = 0x400
	callq	_sum_n
	movq	%rax, -64(%rbp)                 ## 8-byte Spill
	movl	_c+2000(%rip), %eax
	movl	%eax, -52(%rbp)                 ## 4-byte Spill
	callq	_max_c
	movq	-64(%rbp), %rsi                 ## 8-byte Reload
	movl	-52(%rbp), %edx                 ## 4-byte Reload
	movl	%eax, %ecx
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$97, %edi
	callq	_count_byte
	movl	%eax, -48(%rbp)                 ## 4-byte Spill
	movl	$98, %edi
	callq	_count_byte
	movl	%eax, -44(%rbp)                 ## 4-byte Spill
	movl	$32, %edi
	callq	_count_byte
	movl	%eax, -40(%rbp)                 ## 4-byte Spill
	movl	$113, %edi
	callq	_count_byte
	movl	-48(%rbp), %esi                 ## 4-byte Reload
	movl	-44(%rbp), %edx                 ## 4-byte Reload
	movl	-40(%rbp), %ecx                 ## 4-byte Reload
	movl	%eax, %r8d
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movw	$-1234, _sa+1554(%rip)          ## imm = 0xFB2E
	callq	_min_short
	movl	%eax, %esi
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movss	LCPI11_0(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_scale_floats
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -24(%rbp)
	movl	$0, -28(%rbp)
LBB11_9:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$1024, -28(%rbp)                ## imm = 0x400
	jge	LBB11_12
## %bb.10:                              ##   in Loop: Header=BB11_9 Depth=1
	movslq	-28(%rbp), %rcx
	leaq	_fb(%rip), %rax
	movss	(%rax,%rcx,4), %xmm0            ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	addsd	-24(%rbp), %xmm0
	movsd	%xmm0, -24(%rbp)
## %bb.11:                              ##   in Loop: Header=BB11_9 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB11_9
LBB11_12:
	movsd	-24(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movss	_fb+308(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	cvtss2sd	%xmm1, %xmm1
	leaq	L_.str.8(%rip), %rdi
	movb	$2, %al
	callq	_printf
	callq	_xor_reduce
	movl	%eax, %esi
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	callq	_to_upper_ascii
	leaq	L_.str.10(%rip), %rdi
	leaq	_text(%rip), %rsi
	movb	$0, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$64, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vseed                          ## @vseed
	.p2align	2
_vseed:
	.long	11                              ## 0xb

.zerofill __DATA,__bss,_a,4096,4        ## @a
.zerofill __DATA,__bss,_b,4096,4        ## @b
.zerofill __DATA,__bss,_c,4096,4        ## @c
.zerofill __DATA,__bss,_text,1024,4     ## @text
.zerofill __DATA,__bss,_sa,2048,4       ## @sa
.zerofill __DATA,__bss,_fa,4096,4       ## @fa
.zerofill __DATA,__bss,_fb,4096,4       ## @fb
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"abcab cabbage zz"

L_.str.1:                               ## @.str.1
	.asciz	"sum a=%d (scalar %ld)\n"

L_.str.2:                               ## @.str.2
	.asciz	"sum16@%d=%d "

L_.str.3:                               ## @.str.3
	.asciz	"\n"

L_.str.4:                               ## @.str.4
	.asciz	"sum c=%ld c[0]=%d c[1023]=%d\n"

L_.str.5:                               ## @.str.5
	.asciz	"mul_add sum=%ld c[500]=%d max=%d\n"

L_.str.6:                               ## @.str.6
	.asciz	"count 'a'=%d 'b'=%d ' '=%d 'q'=%d\n"

L_.str.7:                               ## @.str.7
	.asciz	"min short=%d\n"

L_.str.8:                               ## @.str.8
	.asciz	"scaled float sum=%.2f fb[77]=%.2f\n"

L_.str.9:                               ## @.str.9
	.asciz	"xor reduce a=%08x\n"

L_.str.10:                              ## @.str.10
	.asciz	"upper: %.32s\n"

.subsections_via_symbols
