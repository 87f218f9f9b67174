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
	subq	$48, %rsp
	movq	%rdi, -16(%rbp)
	movq	-16(%rbp), %rdi
	callq	_skip_ws
	movq	-16(%rbp), %rax
	movq	(%rax), %rax
	movb	(%rax), %al
	movb	%al, -17(%rbp)
	movsbl	-17(%rbp), %eax
	cmpl	$40, %eax
	jne	LBB0_5
## %bb.1:
	movq	-16(%rbp), %rax
	movq	(%rax), %rcx
	addq	$1, %rcx
	movq	%rcx, (%rax)
	movq	-16(%rbp), %rdi
	callq	_parse_expr
	movq	%rax, -32(%rbp)
	movq	-16(%rbp), %rdi
	callq	_skip_ws
	movq	-16(%rbp), %rax
	movq	(%rax), %rax
	movsbl	(%rax), %eax
	cmpl	$41, %eax
	jne	LBB0_3
## %bb.2:
	movq	-16(%rbp), %rax
	movq	(%rax), %rcx
	addq	$1, %rcx
	movq	%rcx, (%rax)
	jmp	LBB0_4
LBB0_3:
	movq	-16(%rbp), %rax
	movl	$1, 8(%rax)
LBB0_4:
	movq	-32(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_19
LBB0_5:
	movsbl	-17(%rbp), %eax
	cmpl	$45, %eax
	jne	LBB0_7
## %bb.6:
	movq	-16(%rbp), %rax
	movq	(%rax), %rcx
	addq	$1, %rcx
	movq	%rcx, (%rax)
	movq	-16(%rbp), %rdi
	callq	_parse_primary
	movq	%rax, %rcx
	xorl	%eax, %eax
                                        ## kill: def $rax killed $eax
	subq	%rcx, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_19
LBB0_7:
	movsbl	-17(%rbp), %eax
	cmpl	$48, %eax
	jl	LBB0_15
## %bb.8:
	movsbl	-17(%rbp), %eax
	cmpl	$57, %eax
	jg	LBB0_15
## %bb.9:
	movq	$0, -40(%rbp)
LBB0_10:                                ## =>This Inner Loop Header: Depth=1
	movq	-16(%rbp), %rax
	movq	(%rax), %rax
	movsbl	(%rax), %ecx
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	cmpl	$48, %ecx
	movb	%al, -41(%rbp)                  ## 1-byte Spill
	jl	LBB0_12
## %bb.11:                              ##   in Loop: Header=BB0_10 Depth=1
	movq	-16(%rbp), %rax
	movq	(%rax), %rax
	movsbl	(%rax), %eax
	cmpl	$57, %eax
	setle	%al
	movb	%al, -41(%rbp)                  ## 1-byte Spill
LBB0_12:                                ##   in Loop: Header=BB0_10 Depth=1
	movb	-41(%rbp), %al                  ## 1-byte Reload
	testb	$1, %al
	jne	LBB0_13
	jmp	LBB0_14
LBB0_13:                                ##   in Loop: Header=BB0_10 Depth=1
	imulq	$10, -40(%rbp), %rax
	movq	-16(%rbp), %rdx
	movq	(%rdx), %rcx
	movq	%rcx, %rsi
	addq	$1, %rsi
	movq	%rsi, (%rdx)
	movsbl	(%rcx), %ecx
	subl	$48, %ecx
	movslq	%ecx, %rcx
	addq	%rcx, %rax
	movq	%rax, -40(%rbp)
	jmp	LBB0_10
LBB0_14:
	movq	-40(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_19
LBB0_15:
	movsbl	-17(%rbp), %eax
	cmpl	$97, %eax
	jl	LBB0_18
## %bb.16:
	movsbl	-17(%rbp), %eax
	cmpl	$122, %eax
	jg	LBB0_18
## %bb.17:
	movq	-16(%rbp), %rax
	movq	(%rax), %rcx
	addq	$1, %rcx
	movq	%rcx, (%rax)
	movq	-16(%rbp), %rax
	movsbl	-17(%rbp), %ecx
	subl	$97, %ecx
	movslq	%ecx, %rcx
	movq	16(%rax,%rcx,8), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_19
LBB0_18:
	movq	-16(%rbp), %rax
	movl	$2, 8(%rax)
	movq	$0, -8(%rbp)
LBB0_19:
	movq	-8(%rbp), %rax
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function skip_ws
_skip_ws:                               ## @skip_ws
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	movsbl	(%rax), %ecx
	movb	$1, %al
	cmpl	$32, %ecx
	movb	%al, -9(%rbp)                   ## 1-byte Spill
	je	LBB1_3
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	movsbl	(%rax), %eax
	cmpl	$9, %eax
	sete	%al
	movb	%al, -9(%rbp)                   ## 1-byte Spill
LBB1_3:                                 ##   in Loop: Header=BB1_1 Depth=1
	movb	-9(%rbp), %al                   ## 1-byte Reload
	testb	$1, %al
	jne	LBB1_4
	jmp	LBB1_5
LBB1_4:                                 ##   in Loop: Header=BB1_1 Depth=1
	movq	-8(%rbp), %rax
	movq	(%rax), %rcx
	addq	$1, %rcx
	movq	%rcx, (%rax)
	jmp	LBB1_1
LBB1_5:
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
	subq	$48, %rsp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rdi
	callq	_parse_term
	movq	%rax, -16(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rdi
	callq	_skip_ws
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	movb	(%rax), %al
	movb	%al, -17(%rbp)
	movsbl	-17(%rbp), %eax
	cmpl	$43, %eax
	je	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movsbl	-17(%rbp), %eax
	cmpl	$45, %eax
	je	LBB2_4
## %bb.3:
	movq	-16(%rbp), %rax
	addq	$48, %rsp
	popq	%rbp
	retq
LBB2_4:                                 ##   in Loop: Header=BB2_1 Depth=1
	movq	-8(%rbp), %rax
	movq	(%rax), %rcx
	addq	$1, %rcx
	movq	%rcx, (%rax)
	movq	-8(%rbp), %rdi
	callq	_parse_term
	movq	%rax, -32(%rbp)
	movsbl	-17(%rbp), %eax
	cmpl	$43, %eax
	jne	LBB2_6
## %bb.5:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-16(%rbp), %rax
	addq	-32(%rbp), %rax
	movq	%rax, -40(%rbp)                 ## 8-byte Spill
	jmp	LBB2_7
LBB2_6:                                 ##   in Loop: Header=BB2_1 Depth=1
	movq	-16(%rbp), %rax
	subq	-32(%rbp), %rax
	movq	%rax, -40(%rbp)                 ## 8-byte Spill
LBB2_7:                                 ##   in Loop: Header=BB2_1 Depth=1
	movq	-40(%rbp), %rax                 ## 8-byte Reload
	movq	%rax, -16(%rbp)
	jmp	LBB2_1
	.cfi_endproc
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
	subq	$64, %rsp
	movq	%rdi, -16(%rbp)
	movq	-16(%rbp), %rdi
	callq	_parse_primary
	movq	%rax, -24(%rbp)
	movq	-16(%rbp), %rdi
	callq	_skip_ws
	movq	-16(%rbp), %rax
	movq	(%rax), %rax
	movsbl	(%rax), %eax
	cmpl	$94, %eax
	jne	LBB3_8
## %bb.1:
	movq	-16(%rbp), %rax
	movq	(%rax), %rcx
	addq	$1, %rcx
	movq	%rcx, (%rax)
	movq	-16(%rbp), %rdi
	callq	_parse_power
	movq	%rax, -32(%rbp)
	movq	$1, -40(%rbp)
	movq	$0, -48(%rbp)
LBB3_2:                                 ## =>This Inner Loop Header: Depth=1
	movq	-48(%rbp), %rcx
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	cmpq	-32(%rbp), %rcx
	movb	%al, -49(%rbp)                  ## 1-byte Spill
	jge	LBB3_4
## %bb.3:                               ##   in Loop: Header=BB3_2 Depth=1
	cmpq	$62, -48(%rbp)
	setl	%al
	movb	%al, -49(%rbp)                  ## 1-byte Spill
LBB3_4:                                 ##   in Loop: Header=BB3_2 Depth=1
	movb	-49(%rbp), %al                  ## 1-byte Reload
	testb	$1, %al
	jne	LBB3_5
	jmp	LBB3_7
LBB3_5:                                 ##   in Loop: Header=BB3_2 Depth=1
	movq	-24(%rbp), %rax
	imulq	-40(%rbp), %rax
	movq	%rax, -40(%rbp)
## %bb.6:                               ##   in Loop: Header=BB3_2 Depth=1
	movq	-48(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -48(%rbp)
	jmp	LBB3_2
LBB3_7:
	movq	-40(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB3_9
LBB3_8:
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
LBB3_9:
	movq	-8(%rbp), %rax
	addq	$64, %rsp
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
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rdi
	callq	_parse_power
	movq	%rax, -16(%rbp)
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rdi
	callq	_skip_ws
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	movb	(%rax), %al
	movb	%al, -17(%rbp)
	movsbl	-17(%rbp), %eax
	cmpl	$42, %eax
	je	LBB4_5
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
	movsbl	-17(%rbp), %eax
	cmpl	$47, %eax
	je	LBB4_5
## %bb.3:                               ##   in Loop: Header=BB4_1 Depth=1
	movsbl	-17(%rbp), %eax
	cmpl	$37, %eax
	je	LBB4_5
## %bb.4:
	movq	-16(%rbp), %rax
	addq	$32, %rsp
	popq	%rbp
	retq
LBB4_5:                                 ##   in Loop: Header=BB4_1 Depth=1
	movq	-8(%rbp), %rax
	movq	(%rax), %rcx
	addq	$1, %rcx
	movq	%rcx, (%rax)
	movq	-8(%rbp), %rdi
	callq	_parse_power
	movq	%rax, -32(%rbp)
	movsbl	-17(%rbp), %eax
	cmpl	$42, %eax
	jne	LBB4_7
## %bb.6:                               ##   in Loop: Header=BB4_1 Depth=1
	movq	-32(%rbp), %rax
	imulq	-16(%rbp), %rax
	movq	%rax, -16(%rbp)
	jmp	LBB4_14
LBB4_7:                                 ##   in Loop: Header=BB4_1 Depth=1
	cmpq	$0, -32(%rbp)
	jne	LBB4_9
## %bb.8:                               ##   in Loop: Header=BB4_1 Depth=1
	movq	-8(%rbp), %rax
	movl	$3, 8(%rax)
	jmp	LBB4_13
LBB4_9:                                 ##   in Loop: Header=BB4_1 Depth=1
	movsbl	-17(%rbp), %eax
	cmpl	$47, %eax
	jne	LBB4_11
## %bb.10:                              ##   in Loop: Header=BB4_1 Depth=1
	movq	-32(%rbp), %rcx
	movq	-16(%rbp), %rax
	cqto
	idivq	%rcx
	movq	%rax, -16(%rbp)
	jmp	LBB4_12
LBB4_11:                                ##   in Loop: Header=BB4_1 Depth=1
	movq	-32(%rbp), %rcx
	movq	-16(%rbp), %rax
	cqto
	idivq	%rcx
	movq	%rdx, -16(%rbp)
LBB4_12:                                ##   in Loop: Header=BB4_1 Depth=1
	jmp	LBB4_13
LBB4_13:                                ##   in Loop: Header=BB4_1 Depth=1
	jmp	LBB4_14
LBB4_14:                                ##   in Loop: Header=BB4_1 Depth=1
	jmp	LBB4_1
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
	subq	$48, %rsp
	movl	$0, -4(%rbp)
	movq	$0, -16(%rbp)
	movl	$0, -20(%rbp)
	movq	$0, -32(%rbp)
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$15, -32(%rbp)
	jae	LBB5_7
## %bb.2:                               ##   in Loop: Header=BB5_1 Depth=1
	movq	-32(%rbp), %rcx
	leaq	_main.exprs(%rip), %rax
	movq	(%rax,%rcx,8), %rdi
	leaq	-36(%rbp), %rsi
	callq	_evaluate
	movq	%rax, -48(%rbp)
	cmpl	$0, -36(%rbp)
	je	LBB5_4
## %bb.3:                               ##   in Loop: Header=BB5_1 Depth=1
	movq	-32(%rbp), %rcx
	leaq	_main.exprs(%rip), %rax
	movq	(%rax,%rcx,8), %rsi
	movl	-36(%rbp), %edx
	leaq	L_.str.15(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
	jmp	LBB5_5
LBB5_4:                                 ##   in Loop: Header=BB5_1 Depth=1
	movq	-32(%rbp), %rcx
	leaq	_main.exprs(%rip), %rax
	movq	(%rax,%rcx,8), %rsi
	movq	-48(%rbp), %rdx
	leaq	L_.str.16(%rip), %rdi
	movb	$0, %al
	callq	_printf
	imulq	$7, -16(%rbp), %rax
	addq	-48(%rbp), %rax
	movq	%rax, -16(%rbp)
LBB5_5:                                 ##   in Loop: Header=BB5_1 Depth=1
	jmp	LBB5_6
LBB5_6:                                 ##   in Loop: Header=BB5_1 Depth=1
	movq	-32(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -32(%rbp)
	jmp	LBB5_1
LBB5_7:
	movq	-16(%rbp), %rsi
	movl	-20(%rbp), %edx
	leaq	L_.str.17(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-16(%rbp), %rax
	movl	$100, %ecx
	cqto
	idivq	%rcx
	movq	%rdx, %rax
	addq	$100, %rax
	movl	$100, %ecx
	cqto
	idivq	%rcx
	movl	%edx, %eax
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function evaluate
_evaluate:                              ## @evaluate
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$256, %rsp                      ## imm = 0x100
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	leaq	-240(%rbp), %rdi
	xorl	%esi, %esi
	movl	$224, %edx
	callq	_memset
	movq	-8(%rbp), %rax
	movq	%rax, -240(%rbp)
	movl	$0, -244(%rbp)
LBB6_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$26, -244(%rbp)
	jge	LBB6_4
## %bb.2:                               ##   in Loop: Header=BB6_1 Depth=1
	movl	-244(%rbp), %eax
	addl	$1, %eax
	movslq	%eax, %rcx
	movslq	-244(%rbp), %rax
	movq	%rcx, -224(%rbp,%rax,8)
## %bb.3:                               ##   in Loop: Header=BB6_1 Depth=1
	movl	-244(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -244(%rbp)
	jmp	LBB6_1
LBB6_4:
	leaq	-240(%rbp), %rdi
	callq	_parse_expr
	movq	%rax, -256(%rbp)
	leaq	-240(%rbp), %rdi
	callq	_skip_ws
	movq	-240(%rbp), %rax
	movsbl	(%rax), %eax
	cmpl	$0, %eax
	je	LBB6_7
## %bb.5:
	cmpl	$0, -232(%rbp)
	jne	LBB6_7
## %bb.6:
	movl	$4, -232(%rbp)
LBB6_7:
	movl	-232(%rbp), %ecx
	movq	-16(%rbp), %rax
	movl	%ecx, (%rax)
	movq	-256(%rbp), %rax
	addq	$256, %rsp                      ## imm = 0x100
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
