	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_copy_into                      ## -- Begin function copy_into
	.p2align	4, 0x90
_copy_into:                             ## @copy_into
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	-8(%rbp), %rdi
	movq	-24(%rbp), %rsi
	movq	-32(%rbp), %rdx
	movq	-16(%rbp), %rcx
	callq	___memcpy_chk
	movq	-8(%rbp), %rax
	movq	-32(%rbp), %rcx
	movb	$0, (%rax,%rcx)
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_move_within                    ## -- Begin function move_within
	.p2align	4, 0x90
_move_within:                           ## @move_within
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$48, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	%r8, -40(%rbp)
	movq	-8(%rbp), %rdi
	addq	-32(%rbp), %rdi
	movq	-8(%rbp), %rsi
	addq	-24(%rbp), %rsi
	movq	-40(%rbp), %rdx
	movq	-16(%rbp), %rcx
	subq	-32(%rbp), %rcx
	callq	___memmove_chk
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_set_run                        ## -- Begin function set_run
	.p2align	4, 0x90
_set_run:                               ## @set_run
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	%edx, -20(%rbp)
	movq	%rcx, -32(%rbp)
	movq	-8(%rbp), %rdi
	movl	-20(%rbp), %esi
	movq	-32(%rbp), %rdx
	movq	-16(%rbp), %rcx
	callq	___memset_chk
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_format                         ## -- Begin function format
	.p2align	4, 0x90
_format:                                ## @format
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$48, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movl	%ecx, -28(%rbp)
	movsd	%xmm0, -40(%rbp)
	movq	-8(%rbp), %rdi
	movq	-16(%rbp), %rdx
	movq	-24(%rbp), %r8
	movl	-28(%rbp), %r9d
	movsd	-40(%rbp), %xmm0                ## xmm0 = mem[0],zero
	xorl	%esi, %esi
	leaq	L_.str(%rip), %rcx
	movb	$1, %al
	callq	___sprintf_chk
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_format_n                       ## -- Begin function format_n
	.p2align	4, 0x90
_format_n:                              ## @format_n
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$48, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	%r8, -40(%rbp)
	movq	-8(%rbp), %rdi
	movq	-16(%rbp), %rsi
	movq	-24(%rbp), %rcx
	movq	-32(%rbp), %r9
	movq	-40(%rbp), %rax
	xorl	%edx, %edx
	leaq	L_.str.1(%rip), %r8
	movq	%rax, (%rsp)
	movb	$0, %al
	callq	___snprintf_chk
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_join                           ## -- Begin function join
	.p2align	4, 0x90
_join:                                  ## @join
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	-8(%rbp), %rdi
	movq	-24(%rbp), %rsi
	movq	-16(%rbp), %rdx
	callq	___strcpy_chk
	movq	-8(%rbp), %rdi
	movq	-16(%rbp), %rdx
	leaq	L_.str.2(%rip), %rsi
	callq	___strcat_chk
	movq	-8(%rbp), %rdi
	movq	-32(%rbp), %rsi
	movq	-16(%rbp), %rdx
	callq	___strcat_chk
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_bounded                        ## -- Begin function bounded
	.p2align	4, 0x90
_bounded:                               ## @bounded
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	-8(%rbp), %rdi
	movq	-24(%rbp), %rsi
	movq	-32(%rbp), %rdx
	movq	-16(%rbp), %rcx
	callq	___strncpy_chk
	movq	-8(%rbp), %rax
	movq	-32(%rbp), %rcx
	movb	$0, (%rax,%rcx)
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI7_0:
	.quad	0x401c000000000000              ## double 7
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
	subq	$112, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -84(%rbp)
	movl	$48, %edi
	callq	_malloc
	movq	%rax, -96(%rbp)
	leaq	-80(%rbp), %rdi
	movl	_vn(%rip), %eax
	movslq	%eax, %rcx
	movl	$64, %esi
	leaq	L_.str.3(%rip), %rdx
	callq	_copy_into
	leaq	-80(%rbp), %rsi
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-96(%rbp), %rdi
	movl	$48, %esi
	leaq	L_.str.5(%rip), %rdx
	movl	$36, %ecx
	callq	_copy_into
	movq	-96(%rbp), %rdi
	movl	_vn(%rip), %eax
	movslq	%eax, %r8
	movl	$48, %esi
	movl	$4, %edx
	movl	$10, %ecx
	callq	_move_within
	movq	-96(%rbp), %rsi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-80(%rbp), %rdi
	movl	$64, %esi
	movl	$122, %edx
	movl	$7, %ecx
	callq	_set_run
	leaq	-80(%rbp), %rsi
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-80(%rbp), %rdi
	movl	_vn(%rip), %ecx
	movl	_vn(%rip), %eax
	cvtsi2sd	%eax, %xmm0
	movsd	LCPI7_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	movl	$64, %esi
	leaq	L_.str.8(%rip), %rdx
	callq	_format
	movl	%eax, -100(%rbp)
	movl	-100(%rbp), %esi
	leaq	-80(%rbp), %rdx
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-96(%rbp), %rdi
	movl	_vn(%rip), %ecx
	xorl	%eax, %eax
	subl	%ecx, %eax
	movslq	%eax, %r8
	movl	$8, %esi
	movl	$48, %edx
	movl	$123456, %ecx                   ## imm = 0x1E240
	callq	_format_n
	movl	%eax, -100(%rbp)
	movl	-100(%rbp), %esi
	movq	-96(%rbp), %rdx
	leaq	L_.str.10(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-80(%rbp), %rdi
	movl	$64, %esi
	leaq	L_.str.12(%rip), %rdx
	leaq	L_.str.13(%rip), %rcx
	callq	_join
	movq	%rax, %rsi
	leaq	L_.str.11(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-96(%rbp), %rdi
	movl	$48, %esi
	leaq	L_.str.14(%rip), %rdx
	movl	$8, %ecx
	callq	_bounded
	movq	-96(%rbp), %rsi
	leaq	L_.str.15(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-96(%rbp), %rdi
	callq	_free
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB7_2
## %bb.1:
	xorl	%eax, %eax
	addq	$112, %rsp
	popq	%rbp
	retq
LBB7_2:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vn                             ## @vn
	.p2align	2
_vn:
	.long	11                              ## 0xb

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%s=%d (%.3f)"

L_.str.1:                               ## @.str.1
	.asciz	"[%ld:%ld]"

L_.str.2:                               ## @.str.2
	.asciz	"+"

L_.str.3:                               ## @.str.3
	.asciz	"fortified memcpy of some bytes"

L_.str.4:                               ## @.str.4
	.asciz	"copy: '%s'\n"

L_.str.5:                               ## @.str.5
	.asciz	"0123456789abcdefghijklmnopqrstuvwxyz"

L_.str.6:                               ## @.str.6
	.asciz	"move: '%s'\n"

L_.str.7:                               ## @.str.7
	.asciz	"set: '%.12s'\n"

L_.str.8:                               ## @.str.8
	.asciz	"ratio"

L_.str.9:                               ## @.str.9
	.asciz	"sprintf_chk: %d '%s'\n"

L_.str.10:                              ## @.str.10
	.asciz	"snprintf_chk: %d '%s'\n"

L_.str.11:                              ## @.str.11
	.asciz	"join: '%s'\n"

L_.str.12:                              ## @.str.12
	.asciz	"left"

L_.str.13:                              ## @.str.13
	.asciz	"right"

L_.str.14:                              ## @.str.14
	.asciz	"truncate this string"

L_.str.15:                              ## @.str.15
	.asciz	"strncpy_chk: '%s'\n"

.subsections_via_symbols
