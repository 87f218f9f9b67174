	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_vec_push                       ## -- Begin function vec_push
	.p2align	4, 0x90
_vec_push:                              ## @vec_push
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
	movq	-16(%rbp), %rax
	movq	8(%rax), %rax
	movq	-16(%rbp), %rcx
	cmpq	16(%rcx), %rax
	jne	LBB0_7
## %bb.1:
	movq	-16(%rbp), %rax
	cmpq	$0, 16(%rax)
	je	LBB0_3
## %bb.2:
	movq	-16(%rbp), %rax
	movq	16(%rax), %rax
	shlq	$1, %rax
	movq	%rax, -48(%rbp)                 ## 8-byte Spill
	jmp	LBB0_4
LBB0_3:
	movl	$4, %eax
	movq	%rax, -48(%rbp)                 ## 8-byte Spill
	jmp	LBB0_4
LBB0_4:
	movq	-48(%rbp), %rax                 ## 8-byte Reload
	movq	%rax, -32(%rbp)
	movq	-16(%rbp), %rax
	movq	(%rax), %rdi
	movq	-32(%rbp), %rsi
	shlq	$3, %rsi
	callq	_realloc
	movq	%rax, -40(%rbp)
	cmpq	$0, -40(%rbp)
	jne	LBB0_6
## %bb.5:
	movl	$-1, -4(%rbp)
	jmp	LBB0_8
LBB0_6:
	movq	-40(%rbp), %rcx
	movq	-16(%rbp), %rax
	movq	%rcx, (%rax)
	movq	-32(%rbp), %rcx
	movq	-16(%rbp), %rax
	movq	%rcx, 16(%rax)
LBB0_7:
	movq	-24(%rbp), %rdx
	movq	-16(%rbp), %rax
	movq	(%rax), %rax
	movq	-16(%rbp), %rsi
	movq	8(%rsi), %rcx
	movq	%rcx, %rdi
	addq	$1, %rdi
	movq	%rdi, 8(%rsi)
	movq	%rdx, (%rax,%rcx,8)
	movl	$0, -4(%rbp)
LBB0_8:
	movl	-4(%rbp), %eax
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_push_front                     ## -- Begin function push_front
	.p2align	4, 0x90
_push_front:                            ## @push_front
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movl	$16, %edi
	callq	_malloc
	movq	%rax, -24(%rbp)
	cmpq	$0, -24(%rbp)
	jne	LBB1_2
## %bb.1:
	movl	$2, %edi
	callq	_exit
LBB1_2:
	movl	-12(%rbp), %ecx
	movq	-24(%rbp), %rax
	movl	%ecx, (%rax)
	movq	-8(%rbp), %rcx
	movq	-24(%rbp), %rax
	movq	%rcx, 8(%rax)
	movq	-24(%rbp), %rax
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_reverse                        ## -- Begin function reverse
	.p2align	4, 0x90
_reverse:                               ## @reverse
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	$0, -16(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$0, -8(%rbp)
	je	LBB2_3
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-8(%rbp), %rax
	movq	8(%rax), %rax
	movq	%rax, -24(%rbp)
	movq	-16(%rbp), %rcx
	movq	-8(%rbp), %rax
	movq	%rcx, 8(%rax)
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_1
LBB2_3:
	movq	-16(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_remove_if_multiple             ## -- Begin function remove_if_multiple
	.p2align	4, 0x90
_remove_if_multiple:                    ## @remove_if_multiple
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$48, %rsp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movq	%rdx, -24(%rbp)
	leaq	-8(%rbp), %rax
	movq	%rax, -32(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-32(%rbp), %rax
	cmpq	$0, (%rax)
	je	LBB3_6
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-32(%rbp), %rax
	movq	(%rax), %rax
	movl	(%rax), %eax
	cltd
	idivl	-12(%rbp)
	cmpl	$0, %edx
	jne	LBB3_4
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-32(%rbp), %rax
	movq	(%rax), %rax
	movq	%rax, -40(%rbp)
	movq	-40(%rbp), %rax
	movq	8(%rax), %rcx
	movq	-32(%rbp), %rax
	movq	%rcx, (%rax)
	movq	-40(%rbp), %rdi
	callq	_free
	movq	-24(%rbp), %rax
	movl	(%rax), %ecx
	addl	$1, %ecx
	movl	%ecx, (%rax)
	jmp	LBB3_5
LBB3_4:                                 ##   in Loop: Header=BB3_1 Depth=1
	movq	-32(%rbp), %rax
	movq	(%rax), %rax
	addq	$8, %rax
	movq	%rax, -32(%rbp)
LBB3_5:                                 ##   in Loop: Header=BB3_1 Depth=1
	jmp	LBB3_1
LBB3_6:
	movq	-8(%rbp), %rax
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
	subq	$144, %rsp
	movl	$0, -4(%rbp)
	leaq	-32(%rbp), %rdi
	xorl	%esi, %esi
	movl	$24, %edx
	callq	_memset
	movq	$0, -40(%rbp)
	movq	$0, -48(%rbp)
	movl	$0, -52(%rbp)
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-52(%rbp), %eax
	movl	_count(%rip), %ecx
	cmpl	%ecx, %eax
	jge	LBB4_8
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
	movslq	-52(%rbp), %rsi
	movslq	-52(%rbp), %rax
	imulq	%rax, %rsi
	imull	$3, -52(%rbp), %eax
	cltq
	subq	%rax, %rsi
	leaq	-32(%rbp), %rdi
	callq	_vec_push
	cmpl	$0, %eax
	je	LBB4_4
## %bb.3:
	movl	$3, -4(%rbp)
	jmp	LBB4_38
LBB4_4:                                 ##   in Loop: Header=BB4_1 Depth=1
	movq	-16(%rbp), %rax
	cmpq	-48(%rbp), %rax
	je	LBB4_6
## %bb.5:                               ##   in Loop: Header=BB4_1 Depth=1
	movq	-40(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -40(%rbp)
	movq	-16(%rbp), %rax
	movq	%rax, -48(%rbp)
LBB4_6:                                 ##   in Loop: Header=BB4_1 Depth=1
	jmp	LBB4_7
LBB4_7:                                 ##   in Loop: Header=BB4_1 Depth=1
	movl	-52(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -52(%rbp)
	jmp	LBB4_1
LBB4_8:
	movq	$0, -64(%rbp)
	movq	$0, -72(%rbp)
LBB4_9:                                 ## =>This Inner Loop Header: Depth=1
	movq	-72(%rbp), %rax
	cmpq	-24(%rbp), %rax
	jae	LBB4_12
## %bb.10:                              ##   in Loop: Header=BB4_9 Depth=1
	movq	-32(%rbp), %rax
	movq	-72(%rbp), %rcx
	movq	(%rax,%rcx,8), %rax
	addq	-64(%rbp), %rax
	movq	%rax, -64(%rbp)
## %bb.11:                              ##   in Loop: Header=BB4_9 Depth=1
	movq	-72(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -72(%rbp)
	jmp	LBB4_9
LBB4_12:
	movq	-24(%rbp), %rsi
	movq	-16(%rbp), %rdx
	movq	-40(%rbp), %rcx
	movq	-64(%rbp), %r8
	movq	-32(%rbp), %rax
	movq	-24(%rbp), %rdi
	subq	$1, %rdi
	movq	(%rax,%rdi,8), %r9
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-32(%rbp), %rdi
	movl	$80, %esi
	callq	_realloc
	movq	%rax, -80(%rbp)
	cmpq	$0, -80(%rbp)
	jne	LBB4_14
## %bb.13:
	movl	$3, -4(%rbp)
	jmp	LBB4_38
LBB4_14:
	movq	-80(%rbp), %rax
	movq	%rax, -32(%rbp)
	movq	-32(%rbp), %rax
	movq	(%rax), %rsi
	movq	-32(%rbp), %rax
	movq	40(%rax), %rdx
	movq	-32(%rbp), %rax
	movq	72(%rax), %rcx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-32(%rbp), %rdi
	callq	_free
	movq	$0, -88(%rbp)
	movl	$1, -92(%rbp)
LBB4_15:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$30, -92(%rbp)
	jg	LBB4_18
## %bb.16:                              ##   in Loop: Header=BB4_15 Depth=1
	movq	-88(%rbp), %rdi
	imull	$7, -92(%rbp), %eax
	movl	$31, %ecx
	cltd
	idivl	%ecx
	movl	%edx, %esi
	callq	_push_front
	movq	%rax, -88(%rbp)
## %bb.17:                              ##   in Loop: Header=BB4_15 Depth=1
	movl	-92(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -92(%rbp)
	jmp	LBB4_15
LBB4_18:
	movq	-88(%rbp), %rsi
	leaq	L_.str.2(%rip), %rdi
	movl	$30, %edx
	callq	_print_list
	movq	-88(%rbp), %rdi
	callq	_reverse
	movq	%rax, -88(%rbp)
	movq	-88(%rbp), %rsi
	leaq	L_.str.3(%rip), %rdi
	movl	$30, %edx
	callq	_print_list
	movl	$0, -96(%rbp)
	movq	-88(%rbp), %rdi
	movl	$3, %esi
	leaq	-96(%rbp), %rdx
	callq	_remove_if_multiple
	movq	%rax, -88(%rbp)
	movq	-88(%rbp), %rsi
	leaq	L_.str.4(%rip), %rdi
	movl	$30, %edx
	callq	_print_list
	movl	-96(%rbp), %esi
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -100(%rbp)
	movq	$0, -112(%rbp)
LBB4_19:                                ## =>This Inner Loop Header: Depth=1
	cmpq	$0, -88(%rbp)
	je	LBB4_21
## %bb.20:                              ##   in Loop: Header=BB4_19 Depth=1
	movq	-88(%rbp), %rax
	movq	8(%rax), %rax
	movq	%rax, -120(%rbp)
	movq	-88(%rbp), %rax
	movslq	(%rax), %rax
	addq	-112(%rbp), %rax
	movq	%rax, -112(%rbp)
	movl	-100(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -100(%rbp)
	movq	-88(%rbp), %rdi
	callq	_free
	movq	-120(%rbp), %rax
	movq	%rax, -88(%rbp)
	jmp	LBB4_19
LBB4_21:
	movl	-100(%rbp), %esi
	movq	-112(%rbp), %rdx
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$5, %edi
	movl	$8, %esi
	callq	_calloc
	movq	%rax, -128(%rbp)
	cmpq	$0, -128(%rbp)
	jne	LBB4_23
## %bb.22:
	movl	$3, -4(%rbp)
	jmp	LBB4_38
LBB4_23:
	movl	$0, -132(%rbp)
LBB4_24:                                ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB4_28 Depth 2
	cmpl	$5, -132(%rbp)
	jge	LBB4_33
## %bb.25:                              ##   in Loop: Header=BB4_24 Depth=1
	movslq	-132(%rbp), %rdi
	addq	$2, %rdi
	callq	_malloc
	movq	%rax, %rdx
	movq	-128(%rbp), %rax
	movslq	-132(%rbp), %rcx
	movq	%rdx, (%rax,%rcx,8)
	movq	-128(%rbp), %rax
	movslq	-132(%rbp), %rcx
	cmpq	$0, (%rax,%rcx,8)
	jne	LBB4_27
## %bb.26:
	movl	$3, -4(%rbp)
	jmp	LBB4_38
LBB4_27:                                ##   in Loop: Header=BB4_24 Depth=1
	movl	$0, -136(%rbp)
LBB4_28:                                ##   Parent Loop BB4_24 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movl	-136(%rbp), %eax
	cmpl	-132(%rbp), %eax
	jg	LBB4_31
## %bb.29:                              ##   in Loop: Header=BB4_28 Depth=2
	movl	-132(%rbp), %eax
	addl	$97, %eax
	addl	-136(%rbp), %eax
	movb	%al, %dl
	movq	-128(%rbp), %rax
	movslq	-132(%rbp), %rcx
	movq	(%rax,%rcx,8), %rax
	movslq	-136(%rbp), %rcx
	movb	%dl, (%rax,%rcx)
## %bb.30:                              ##   in Loop: Header=BB4_28 Depth=2
	movl	-136(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -136(%rbp)
	jmp	LBB4_28
LBB4_31:                                ##   in Loop: Header=BB4_24 Depth=1
	movq	-128(%rbp), %rax
	movslq	-132(%rbp), %rcx
	movq	(%rax,%rcx,8), %rax
	movl	-132(%rbp), %ecx
	addl	$1, %ecx
	movslq	%ecx, %rcx
	movb	$0, (%rax,%rcx)
## %bb.32:                              ##   in Loop: Header=BB4_24 Depth=1
	movl	-132(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -132(%rbp)
	jmp	LBB4_24
LBB4_33:
	movl	$0, -140(%rbp)
LBB4_34:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -140(%rbp)
	jge	LBB4_37
## %bb.35:                              ##   in Loop: Header=BB4_34 Depth=1
	movq	-128(%rbp), %rax
	movslq	-140(%rbp), %rcx
	movq	(%rax,%rcx,8), %rsi
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-128(%rbp), %rax
	movslq	-140(%rbp), %rcx
	movq	(%rax,%rcx,8), %rdi
	callq	_free
## %bb.36:                              ##   in Loop: Header=BB4_34 Depth=1
	movl	-140(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -140(%rbp)
	jmp	LBB4_34
LBB4_37:
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-128(%rbp), %rdi
	callq	_free
	movl	$0, -4(%rbp)
LBB4_38:
	movl	-4(%rbp), %eax
	addq	$144, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function print_list
_print_list:                            ## @print_list
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
	movq	-8(%rbp), %rsi
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -24(%rbp)
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	cmpq	$0, -16(%rbp)
	movb	%al, -25(%rbp)                  ## 1-byte Spill
	je	LBB5_3
## %bb.2:                               ##   in Loop: Header=BB5_1 Depth=1
	movl	-24(%rbp), %eax
	cmpl	-20(%rbp), %eax
	setl	%al
	movb	%al, -25(%rbp)                  ## 1-byte Spill
LBB5_3:                                 ##   in Loop: Header=BB5_1 Depth=1
	movb	-25(%rbp), %al                  ## 1-byte Reload
	testb	$1, %al
	jne	LBB5_4
	jmp	LBB5_6
LBB5_4:                                 ##   in Loop: Header=BB5_1 Depth=1
	movq	-16(%rbp), %rax
	movl	(%rax), %esi
	leaq	L_.str.10(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.5:                               ##   in Loop: Header=BB5_1 Depth=1
	movq	-16(%rbp), %rax
	movq	8(%rax), %rax
	movq	%rax, -16(%rbp)
	movl	-24(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -24(%rbp)
	jmp	LBB5_1
LBB5_6:
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_count                          ## @count
	.p2align	2
_count:
	.long	1000                            ## 0x3e8

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"vec len=%zu cap=%zu grows=%zu sum=%ld last=%ld\n"

L_.str.1:                               ## @.str.1
	.asciz	"after shrink: %ld %ld %ld\n"

L_.str.2:                               ## @.str.2
	.asciz	"list"

L_.str.3:                               ## @.str.3
	.asciz	"reversed"

L_.str.4:                               ## @.str.4
	.asciz	"no multiples of 3"

L_.str.5:                               ## @.str.5
	.asciz	"removed %d\n"

L_.str.6:                               ## @.str.6
	.asciz	"freed %d nodes, total %ld\n"

L_.str.7:                               ## @.str.7
	.asciz	"%s "

L_.str.8:                               ## @.str.8
	.asciz	"\n"

L_.str.9:                               ## @.str.9
	.asciz	"%s:"

L_.str.10:                              ## @.str.10
	.asciz	" %d"

.subsections_via_symbols
