	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_process                        ## -- Begin function process
	.p2align	4, 0x90
_process:                               ## @process
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$48, %rsp
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	movq	$0, -24(%rbp)
	movq	$1, -32(%rbp)
	movl	$0, -36(%rbp)
	movl	$0, -40(%rbp)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-40(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jge	LBB0_12
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movq	-16(%rbp), %rax
	movslq	-40(%rbp), %rcx
	movq	(%rax,%rcx,8), %rdi
	callq	_atoi
	movl	%eax, -44(%rbp)
	movq	-16(%rbp), %rax
	movslq	-40(%rbp), %rcx
	movq	(%rax,%rcx,8), %rdi
	callq	_strlen
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -48(%rbp)
	movl	-40(%rbp), %esi
	movq	-16(%rbp), %rax
	movslq	-40(%rbp), %rcx
	movq	(%rax,%rcx,8), %rdx
	movl	-48(%rbp), %ecx
	movl	-44(%rbp), %r8d
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movslq	-44(%rbp), %rax
	addq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
	cmpl	$0, -44(%rbp)
	je	LBB0_8
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	cmpq	$1000000000, -32(%rbp)          ## imm = 0x3B9ACA00
	jge	LBB0_8
## %bb.4:                               ##   in Loop: Header=BB0_1 Depth=1
	cmpq	$-1000000000, -32(%rbp)         ## imm = 0xC4653600
	jle	LBB0_8
## %bb.5:                               ##   in Loop: Header=BB0_1 Depth=1
	cmpl	$100000, -44(%rbp)              ## imm = 0x186A0
	jge	LBB0_8
## %bb.6:                               ##   in Loop: Header=BB0_1 Depth=1
	cmpl	$-100000, -44(%rbp)             ## imm = 0xFFFE7960
	jle	LBB0_8
## %bb.7:                               ##   in Loop: Header=BB0_1 Depth=1
	movslq	-44(%rbp), %rax
	imulq	-32(%rbp), %rax
	movq	%rax, -32(%rbp)
LBB0_8:                                 ##   in Loop: Header=BB0_1 Depth=1
	movl	-48(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jle	LBB0_10
## %bb.9:                               ##   in Loop: Header=BB0_1 Depth=1
	movl	-48(%rbp), %eax
	movl	%eax, -36(%rbp)
LBB0_10:                                ##   in Loop: Header=BB0_1 Depth=1
	jmp	LBB0_11
LBB0_11:                                ##   in Loop: Header=BB0_1 Depth=1
	movl	-40(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -40(%rbp)
	jmp	LBB0_1
LBB0_12:
	movl	-4(%rbp), %esi
	movq	-24(%rbp), %rdx
	movq	-32(%rbp), %rcx
	movl	-36(%rbp), %r8d
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-24(%rbp), %rax
	addq	$48, %rsp
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
	subq	$352, %rsp                      ## imm = 0x160
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -276(%rbp)
	movl	%edi, -280(%rbp)
	movq	%rsi, -288(%rbp)
	movl	-280(%rbp), %esi
	movq	-288(%rbp), %rax
	cmpq	$0, (%rax)
	setne	%al
	andb	$1, %al
	movzbl	%al, %edx
	movq	-288(%rbp), %rax
	movslq	-280(%rbp), %rcx
	cmpq	$0, (%rax,%rcx,8)
	sete	%al
	andb	$1, %al
	movzbl	%al, %ecx
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	cmpl	$1, -280(%rbp)
	jle	LBB1_2
## %bb.1:
	movl	-280(%rbp), %edi
	subl	$1, %edi
	movq	-288(%rbp), %rsi
	addq	$8, %rsi
	callq	_process
	movq	%rax, -296(%rbp)
	jmp	LBB1_3
LBB1_2:
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$5, %edi
	leaq	_default_args(%rip), %rsi
	callq	_process
	movq	%rax, -296(%rbp)
LBB1_3:
	leaq	-272(%rbp), %rdi
	xorl	%esi, %esi
	movl	$256, %edx                      ## imm = 0x100
	callq	_memset
	cmpl	$1, -280(%rbp)
	jle	LBB1_5
## %bb.4:
	movl	-280(%rbp), %eax
	subl	$1, %eax
	movl	%eax, -316(%rbp)                ## 4-byte Spill
	jmp	LBB1_6
LBB1_5:
	movl	$5, %eax
	movl	%eax, -316(%rbp)                ## 4-byte Spill
	jmp	LBB1_6
LBB1_6:
	movl	-316(%rbp), %eax                ## 4-byte Reload
	movl	%eax, -300(%rbp)
	movl	$0, -304(%rbp)
LBB1_7:                                 ## =>This Inner Loop Header: Depth=1
	movl	-304(%rbp), %eax
	cmpl	-300(%rbp), %eax
	jge	LBB1_17
## %bb.8:                               ##   in Loop: Header=BB1_7 Depth=1
	cmpl	$1, -280(%rbp)
	jle	LBB1_10
## %bb.9:                               ##   in Loop: Header=BB1_7 Depth=1
	movq	-288(%rbp), %rax
	movl	-304(%rbp), %ecx
	addl	$1, %ecx
	movslq	%ecx, %rcx
	movq	(%rax,%rcx,8), %rax
	movq	%rax, -328(%rbp)                ## 8-byte Spill
	jmp	LBB1_11
LBB1_10:                                ##   in Loop: Header=BB1_7 Depth=1
	movslq	-304(%rbp), %rcx
	leaq	_default_args(%rip), %rax
	movq	(%rax,%rcx,8), %rax
	movq	%rax, -328(%rbp)                ## 8-byte Spill
LBB1_11:                                ##   in Loop: Header=BB1_7 Depth=1
	movq	-328(%rbp), %rax                ## 8-byte Reload
	movq	%rax, -312(%rbp)
	leaq	-272(%rbp), %rdi
	callq	_strlen
	movq	%rax, -336(%rbp)                ## 8-byte Spill
	movq	-312(%rbp), %rdi
	callq	_strlen
	movq	%rax, %rcx
	movq	-336(%rbp), %rax                ## 8-byte Reload
	addq	%rcx, %rax
	addq	$2, %rax
	cmpq	$256, %rax                      ## imm = 0x100
	jae	LBB1_15
## %bb.12:                              ##   in Loop: Header=BB1_7 Depth=1
	cmpl	$0, -304(%rbp)
	je	LBB1_14
## %bb.13:                              ##   in Loop: Header=BB1_7 Depth=1
	leaq	-272(%rbp), %rdi
	leaq	L_.str.4(%rip), %rsi
	callq	_strcat
LBB1_14:                                ##   in Loop: Header=BB1_7 Depth=1
	leaq	-272(%rbp), %rdi
	movq	-312(%rbp), %rsi
	callq	_strcat
LBB1_15:                                ##   in Loop: Header=BB1_7 Depth=1
	jmp	LBB1_16
LBB1_16:                                ##   in Loop: Header=BB1_7 Depth=1
	movl	-304(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -304(%rbp)
	jmp	LBB1_7
LBB1_17:
	leaq	-272(%rbp), %rsi
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-296(%rbp), %rax
	movl	$50, %ecx
	cqto
	idivq	%rcx
	movq	%rdx, %rax
	addq	$50, %rax
	movl	$50, %ecx
	cqto
	idivq	%rcx
	movl	%edx, %eax
	movl	%eax, -340(%rbp)                ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB1_19
## %bb.18:
	movl	-340(%rbp), %eax                ## 4-byte Reload
	addq	$352, %rsp                      ## imm = 0x160
	popq	%rbp
	retq
LBB1_19:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"arg %d: \"%s\" len=%d atoi=%d\n"

L_.str.1:                               ## @.str.1
	.asciz	"count=%d sum=%ld product=%ld longest=%d\n"

L_.str.2:                               ## @.str.2
	.asciz	"argc=%d argv0 present=%d argv[argc] null=%d\n"

L_.str.3:                               ## @.str.3
	.asciz	"no arguments, using defaults\n"

	.section	__DATA,__const
	.p2align	4                               ## @default_args
_default_args:
	.quad	L_.str.6
	.quad	L_.str.7
	.quad	L_.str.8
	.quad	L_.str.9
	.quad	L_.str.10

	.section	__TEXT,__cstring,cstring_literals
L_.str.4:                               ## @.str.4
	.asciz	"+"

L_.str.5:                               ## @.str.5
	.asciz	"joined: %s\n"

L_.str.6:                               ## @.str.6
	.asciz	"12"

L_.str.7:                               ## @.str.7
	.asciz	"-7"

L_.str.8:                               ## @.str.8
	.asciz	"30"

L_.str.9:                               ## @.str.9
	.asciz	"abc"

L_.str.10:                              ## @.str.10
	.asciz	"5x"

.subsections_via_symbols
