	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_bump                           ## -- Begin function bump
	.p2align	4, 0x90
_bump:                                  ## @bump
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	%edi, -12(%rbp)
	movl	-12(%rbp), %edx
	movq	_counter@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	%rax, -24(%rbp)                 ## 8-byte Spill
	movl	(%rax), %ecx
	addl	%edx, %ecx
	movl	%ecx, (%rax)
	movslq	(%rax), %rdx
	movq	_total@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	(%rax), %rcx
	addq	%rdx, %rcx
	movq	%rcx, (%rax)
	movl	-12(%rbp), %ecx
                                        ## implicit-def: $rax
	movl	%ecx, %eax
	leal	(%rax,%rax,2), %esi
	movq	_ie_hits@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	%rax, %rcx
	movq	-24(%rbp), %rax                 ## 8-byte Reload
	movl	(%rcx), %edx
	addl	%esi, %edx
	movl	%edx, (%rcx)
	movl	(%rax), %eax
	movl	%eax, -16(%rbp)                 ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB0_2
## %bb.1:
	movl	-16(%rbp), %eax                 ## 4-byte Reload
	addq	$32, %rsp
	popq	%rbp
	retq
LBB0_2:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.globl	_copy_len                       ## -- Begin function copy_len
	.p2align	4, 0x90
_copy_len:                              ## @copy_len
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$96, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	%rdi, -72(%rbp)
	movq	-72(%rbp), %rsi
	leaq	-64(%rbp), %rdi
	movq	%rdi, -96(%rbp)                 ## 8-byte Spill
	movl	$47, %edx
	callq	_strncpy
	movq	-96(%rbp), %rsi                 ## 8-byte Reload
	movb	$0, -17(%rbp)
	movq	_tbuf@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	%rax, %rdi
	movq	%rdi, -88(%rbp)                 ## 8-byte Spill
	callq	_strcpy
	movq	-96(%rbp), %rdi                 ## 8-byte Reload
	callq	_strlen
	movq	-88(%rbp), %rcx                 ## 8-byte Reload
                                        ## kill: def $eax killed $eax killed $rax
	movb	(%rcx), %cl
	movsbl	%cl, %ecx
	addl	%ecx, %eax
	movl	%eax, -76(%rbp)                 ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB1_2
## %bb.1:
	movl	-76(%rbp), %eax                 ## 4-byte Reload
	addq	$96, %rsp
	popq	%rbp
	retq
LBB1_2:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.globl	_counter_addr                   ## -- Begin function counter_addr
	.p2align	4, 0x90
_counter_addr:                          ## @counter_addr
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB2_2
## %bb.1:
	movq	_counter@TLVP(%rip), %rdi
	callq	*(%rdi)
	addq	$16, %rsp
	popq	%rbp
	retq
LBB2_2:
	callq	___stack_chk_fail
	ud2
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
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -12(%rbp)
	movl	$0, -16(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$7, -16(%rbp)
	jge	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-16(%rbp), %edi
	callq	_bump
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-16(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -16(%rbp)
	jmp	LBB3_1
LBB3_4:
	movq	_counter@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	%rax, -40(%rbp)                 ## 8-byte Spill
	movl	(%rax), %esi
	movq	_total@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	(%rax), %rdx
	movq	_ie_hits@TLVP(%rip), %rdi
	callq	*(%rdi)
	movl	(%rax), %ecx
	leaq	L_.str(%rip), %rdi
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	movb	%al, -41(%rbp)                  ## 1-byte Spill
	callq	_printf
	leaq	L_.str.2(%rip), %rdi
	callq	_copy_len
	movl	%eax, %esi
	movq	_tbuf@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	%rax, %rdx
	movb	-41(%rbp), %al                  ## 1-byte Reload
	leaq	L_.str.1(%rip), %rdi
	callq	_printf
	callq	_counter_addr
	movq	-40(%rbp), %rcx                 ## 8-byte Reload
	movq	%rax, %rdx
	movb	-41(%rbp), %al                  ## 1-byte Reload
	movq	%rdx, -24(%rbp)
	movq	-24(%rbp), %rdx
	movl	(%rdx), %esi
	addl	$1000, %esi                     ## imm = 0x3E8
	movl	%esi, (%rdx)
	movq	-24(%rbp), %rdx
	movl	(%rdx), %esi
	movl	(%rcx), %edx
	leaq	L_.str.3(%rip), %rdi
	callq	_printf
                                        ## kill: def $ecx killed $eax
	movq	-40(%rbp), %rax                 ## 8-byte Reload
	movl	(%rax), %eax
	movl	$7, %ecx
	cltd
	idivl	%ecx
	movl	%edx, -28(%rbp)                 ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB3_6
## %bb.5:
	movl	-28(%rbp), %eax                 ## 4-byte Reload
	addq	$48, %rsp
	popq	%rbp
	retq
LBB3_6:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__thread_data,thread_local_regular
	.p2align	2                               ## @counter
_counter$tlv$init:
	.long	5                               ## 0x5

	.section	__DATA,__thread_vars,thread_local_variables
	.globl	_counter
_counter:
	.quad	__tlv_bootstrap
	.quad	0
	.quad	_counter$tlv$init

	.section	__DATA,__thread_data,thread_local_regular
	.p2align	2                               ## @ie_hits
_ie_hits$tlv$init:
	.long	100                             ## 0x64

	.section	__DATA,__thread_vars,thread_local_variables
	.globl	_ie_hits
_ie_hits:
	.quad	__tlv_bootstrap
	.quad	0
	.quad	_ie_hits$tlv$init

.tbss _total$tlv$init, 8, 3             ## @total

_total:
	.quad	__tlv_bootstrap
	.quad	0
	.quad	_total$tlv$init

.tbss _tbuf$tlv$init, 32, 4             ## @tbuf

	.globl	_tbuf
_tbuf:
	.quad	__tlv_bootstrap
	.quad	0
	.quad	_tbuf$tlv$init

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"counter=%d total=%ld ie_hits=%u\n"

L_.str.1:                               ## @.str.1
	.asciz	"copy_len=%d tbuf=%s\n"

L_.str.2:                               ## @.str.2
	.asciz	"thread local storage"

L_.str.3:                               ## @.str.3
	.asciz	"via pointer: %d %d\n"

.subsections_via_symbols
