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
	subq	$16, %rsp
	movl	%edi, %edx
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	_counter@TLVP(%rip), %rdi
	callq	*(%rdi)
	movslq	(%rax), %rcx
	movslq	%edx, %rdx
	addq	%rdx, %rcx
	movl	%ecx, (%rax)
	movq	_total@TLVP(%rip), %rdi
	callq	*(%rdi)
	addq	%rcx, (%rax)
	leal	(%rdx,%rdx,2), %edx
	movq	_ie_hits@TLVP(%rip), %rdi
	callq	*(%rdi)
	addl	%edx, (%rax)
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-8(%rbp), %rax
	jne	LBB0_2
## %bb.1:
	movl	%ecx, %eax
	addq	$16, %rsp
	popq	%rbp
	retq
LBB0_2:
	callq	___stack_chk_fail
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
	pushq	%r14
	pushq	%rbx
	subq	$64, %rsp
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rdi, %rsi
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -24(%rbp)
	leaq	-80(%rbp), %r14
	movl	$47, %edx
	movq	%r14, %rdi
	callq	_strncpy
	movb	$0, -33(%rbp)
	movq	_tbuf@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	%rax, %rbx
	movq	%rax, %rdi
	movq	%r14, %rsi
	callq	_strcpy
	movq	%r14, %rdi
	callq	_strlen
	movsbl	(%rbx), %ecx
	movq	___stack_chk_guard@GOTPCREL(%rip), %rdx
	movq	(%rdx), %rdx
	cmpq	-24(%rbp), %rdx
	jne	LBB1_2
## %bb.1:
	addl	%eax, %ecx
	movl	%ecx, %eax
	addq	$64, %rsp
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
LBB1_2:
	callq	___stack_chk_fail
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
	movq	_counter@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	___stack_chk_guard@GOTPCREL(%rip), %rcx
	movq	(%rcx), %rcx
	cmpq	-8(%rbp), %rcx
	jne	LBB2_2
## %bb.1:
	addq	$16, %rsp
	popq	%rbp
	retq
LBB2_2:
	callq	___stack_chk_fail
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
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -16(%rbp)
	xorl	%edi, %edi
	callq	_bump
	movl	$1, %edi
	callq	_bump
	movl	$2, %edi
	callq	_bump
	movl	$3, %edi
	callq	_bump
	movl	$4, %edi
	callq	_bump
	movl	$5, %edi
	callq	_bump
	movl	$6, %edi
	callq	_bump
	movq	_counter@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	%rax, %rbx
	movl	(%rax), %esi
	movq	_total@TLVP(%rip), %rdi
	callq	*(%rdi)
	movq	(%rax), %rdx
	movq	_ie_hits@TLVP(%rip), %rdi
	callq	*(%rdi)
	movl	(%rax), %ecx
	leaq	L_.str(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.2(%rip), %rdi
	callq	_copy_len
	movl	%eax, %esi
	movq	_tbuf@TLVP(%rip), %rdi
	callq	*(%rdi)
	leaq	L_.str.1(%rip), %rdi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$1000, %edx                     ## imm = 0x3E8
	addl	(%rbx), %edx
	movl	%edx, (%rbx)
	leaq	L_.str.3(%rip), %rdi
	movl	%edx, %esi
	xorl	%eax, %eax
	callq	_printf
	movslq	(%rbx), %rcx
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-16(%rbp), %rax
	jne	LBB3_2
## %bb.1:
	imulq	$-1840700269, %rcx, %rax        ## imm = 0x92492493
	shrq	$32, %rax
	addl	%ecx, %eax
	movl	%eax, %edx
	shrl	$31, %edx
	sarl	$2, %eax
	addl	%edx, %eax
	leal	(,%rax,8), %edx
	subl	%edx, %eax
	addl	%ecx, %eax
                                        ## kill: def $eax killed $eax killed $rax
	addq	$8, %rsp
	popq	%rbx
	popq	%rbp
	retq
LBB3_2:
	callq	___stack_chk_fail
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
