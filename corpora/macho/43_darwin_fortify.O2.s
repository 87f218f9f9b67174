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
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rcx, %r14
	movq	%rsi, %rcx
	movq	%rdi, %rbx
	movq	%rdx, %rsi
	movq	%r14, %rdx
	callq	___memcpy_chk
	movb	$0, (%rbx,%r14)
	popq	%rbx
	popq	%r14
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
	movq	%rsi, %rax
	leaq	(%rdi,%rcx), %r9
	leaq	(%rdx,%rdi), %rsi
	subq	%rcx, %rax
	movq	%r9, %rdi
	movq	%r8, %rdx
	movq	%rax, %rcx
	popq	%rbp
	jmp	___memmove_chk                  ## TAILCALL
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
	movq	%rsi, %rax
	movl	%edx, %esi
	movq	%rcx, %rdx
	movq	%rax, %rcx
	popq	%rbp
	jmp	___memset_chk                   ## TAILCALL
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
	movl	%ecx, %r9d
	movq	%rdx, %r8
	movq	%rsi, %rdx
	leaq	L_.str(%rip), %rcx
	xorl	%esi, %esi
	movb	$1, %al
	popq	%rbp
	jmp	___sprintf_chk                  ## TAILCALL
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
	subq	$16, %rsp
	movq	%rcx, %r9
	movq	%rdx, %rcx
	movq	%r8, (%rsp)
	leaq	L_.str.1(%rip), %r8
	xorl	%edx, %edx
	xorl	%eax, %eax
	callq	___snprintf_chk
	addq	$16, %rsp
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
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, %r14
	movq	%rsi, %r15
	movq	%rdi, %rbx
	movq	%rdx, %rsi
	movq	%r15, %rdx
	callq	___strcpy_chk
	leaq	L_.str.2(%rip), %rsi
	movq	%rbx, %rdi
	movq	%r15, %rdx
	callq	___strcat_chk
	movq	%rbx, %rdi
	movq	%r14, %rsi
	movq	%r15, %rdx
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	___strcat_chk                   ## TAILCALL
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
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rcx, %r14
	movq	%rsi, %rcx
	movq	%rdi, %rbx
	movq	%rdx, %rsi
	movq	%r14, %rdx
	callq	___strncpy_chk
	movb	$0, (%rbx,%r14)
	popq	%rbx
	popq	%r14
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
	pushq	%r14
	pushq	%rbx
	subq	$80, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -24(%rbp)
	movl	$48, %edi
	callq	_malloc
	movq	%rax, %rbx
	movslq	_vn(%rip), %rcx
	leaq	L_.str.3(%rip), %rdx
	leaq	-96(%rbp), %r14
	movl	$64, %esi
	movq	%r14, %rdi
	callq	_copy_into
	leaq	L_.str.4(%rip), %rdi
	movq	%r14, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.5(%rip), %rdx
	movl	$48, %esi
	movl	$36, %ecx
	movq	%rbx, %rdi
	callq	_copy_into
	movslq	_vn(%rip), %r8
	movl	$48, %esi
	movl	$4, %edx
	movl	$10, %ecx
	movq	%rbx, %rdi
	callq	_move_within
	leaq	L_.str.6(%rip), %rdi
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$64, %esi
	movl	$7, %ecx
	movq	%r14, %rdi
	movl	$122, %edx
	callq	_set_run
	leaq	L_.str.7(%rip), %rdi
	movq	%r14, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	_vn(%rip), %ecx
	cvtsi2sdl	_vn(%rip), %xmm0
	divsd	LCPI7_0(%rip), %xmm0
	leaq	L_.str.8(%rip), %rdx
	movl	$64, %esi
	movq	%r14, %rdi
	callq	_format
	leaq	L_.str.9(%rip), %rdi
	movl	%eax, %esi
	movq	%r14, %rdx
	xorl	%eax, %eax
	callq	_printf
	movslq	_vn(%rip), %r8
	negq	%r8
	movl	$8, %esi
	movl	$48, %edx
	movl	$123456, %ecx                   ## imm = 0x1E240
	movq	%rbx, %rdi
	callq	_format_n
	leaq	L_.str.10(%rip), %rdi
	movl	%eax, %esi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.12(%rip), %rdx
	leaq	L_.str.13(%rip), %rcx
	movl	$64, %esi
	movq	%r14, %rdi
	callq	_join
	leaq	L_.str.11(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.14(%rip), %rdx
	movl	$48, %esi
	movl	$8, %ecx
	movq	%rbx, %rdi
	callq	_bounded
	leaq	L_.str.15(%rip), %rdi
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, %rdi
	callq	_free
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-24(%rbp), %rax
	jne	LBB7_2
## %bb.1:
	xorl	%eax, %eax
	addq	$80, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
LBB7_2:
	callq	___stack_chk_fail
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
