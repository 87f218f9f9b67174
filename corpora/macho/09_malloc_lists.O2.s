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
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rsi, %r14
	movq	%rdi, %rbx
	movq	8(%rdi), %rcx
	cmpq	16(%rdi), %rcx
	jne	LBB0_1
## %bb.2:
	leaq	(%rcx,%rcx), %rax
	testq	%rcx, %rcx
	movl	$4, %r15d
	cmovneq	%rax, %r15
	movq	(%rbx), %rdi
	leaq	(,%r15,8), %rsi
	callq	_realloc
	testq	%rax, %rax
	je	LBB0_3
## %bb.4:
	movq	%rax, (%rbx)
	movq	%r15, 16(%rbx)
	movq	8(%rbx), %rcx
	jmp	LBB0_5
LBB0_1:
	movq	(%rbx), %rax
LBB0_5:
	leaq	1(%rcx), %rdx
	movq	%rdx, 8(%rbx)
	movq	%r14, (%rax,%rcx,8)
	xorl	%eax, %eax
	jmp	LBB0_6
LBB0_3:
	movl	$-1, %eax
LBB0_6:
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
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
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movl	%esi, %r14d
	movq	%rdi, %rbx
	movl	$16, %edi
	callq	_malloc
	testq	%rax, %rax
	je	LBB1_2
## %bb.1:
	movl	%r14d, (%rax)
	movq	%rbx, 8(%rax)
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
LBB1_2:
	movl	$2, %edi
	callq	_exit
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
	testq	%rdi, %rdi
	je	LBB2_1
## %bb.2:
	xorl	%ecx, %ecx
	.p2align	4, 0x90
LBB2_3:                                 ## =>This Inner Loop Header: Depth=1
	movq	%rdi, %rax
	movq	8(%rdi), %rdi
	movq	%rcx, 8(%rax)
	movq	%rax, %rcx
	testq	%rdi, %rdi
	jne	LBB2_3
## %bb.4:
	popq	%rbp
	retq
LBB2_1:
	xorl	%eax, %eax
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
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdi, -32(%rbp)
	testq	%rdi, %rdi
	je	LBB3_1
## %bb.2:
	movq	%rdx, %r14
	movl	%esi, %r15d
	leaq	-32(%rbp), %rbx
	jmp	LBB3_3
	.p2align	4, 0x90
LBB3_5:                                 ##   in Loop: Header=BB3_3 Depth=1
	movq	8(%rdi), %rax
	movq	%rax, (%rbx)
	callq	_free
	addl	$1, (%r14)
LBB3_6:                                 ##   in Loop: Header=BB3_3 Depth=1
	movq	(%rbx), %rdi
	testq	%rdi, %rdi
	je	LBB3_7
LBB3_3:                                 ## =>This Inner Loop Header: Depth=1
	movl	(%rdi), %eax
	cltd
	idivl	%r15d
	testl	%edx, %edx
	je	LBB3_5
## %bb.4:                               ##   in Loop: Header=BB3_3 Depth=1
	addq	$8, %rdi
	movq	%rdi, %rbx
	jmp	LBB3_6
LBB3_7:
	movq	-32(%rbp), %rax
	jmp	LBB3_8
LBB3_1:
	xorl	%eax, %eax
LBB3_8:
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
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
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$56, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	pxor	%xmm0, %xmm0
	movdqa	%xmm0, -80(%rbp)
	movq	$0, -64(%rbp)
	cmpl	$0, _count(%rip)
	jle	LBB4_7
## %bb.1:
	xorl	%ebx, %ebx
	leaq	-80(%rbp), %r14
	xorl	%r15d, %r15d
	xorl	%r12d, %r12d
	.p2align	4, 0x90
LBB4_2:                                 ## =>This Inner Loop Header: Depth=1
	leaq	-3(%rbx), %rsi
	imulq	%rbx, %rsi
	movq	%r14, %rdi
	callq	_vec_push
	testl	%eax, %eax
	jne	LBB4_36
## %bb.3:                               ##   in Loop: Header=BB4_2 Depth=1
	movq	-64(%rbp), %rdx
	xorl	%eax, %eax
	cmpq	%r12, %rdx
	setne	%al
	addq	%rax, %r15
	addq	$1, %rbx
	movslq	_count(%rip), %rax
	movq	%rdx, %r12
	cmpq	%rax, %rbx
	jl	LBB4_2
## %bb.4:
	movq	-72(%rbp), %rsi
	testq	%rsi, %rsi
	je	LBB4_8
## %bb.5:
	movq	-80(%rbp), %r14
	cmpq	$4, %rsi
	jae	LBB4_10
## %bb.6:
	xorl	%eax, %eax
	xorl	%r8d, %r8d
	jmp	LBB4_46
LBB4_7:
	xorl	%r15d, %r15d
	xorl	%edx, %edx
LBB4_8:
	movq	-80(%rbp), %r14
	xorl	%esi, %esi
	xorl	%r8d, %r8d
	jmp	LBB4_18
LBB4_10:
	movq	%rsi, %rax
	andq	$-4, %rax
	leaq	-4(%rax), %rdi
	movq	%rdi, %rcx
	shrq	$2, %rcx
	addq	$1, %rcx
	movl	%ecx, %r8d
	andl	$3, %r8d
	cmpq	$12, %rdi
	jae	LBB4_12
## %bb.11:
	pxor	%xmm0, %xmm0
	xorl	%edi, %edi
	pxor	%xmm1, %xmm1
	jmp	LBB4_14
LBB4_12:
	andq	$-4, %rcx
	pxor	%xmm0, %xmm0
	xorl	%edi, %edi
	pxor	%xmm1, %xmm1
	.p2align	4, 0x90
LBB4_13:                                ## =>This Inner Loop Header: Depth=1
	movdqu	(%r14,%rdi,8), %xmm2
	paddq	%xmm0, %xmm2
	movdqu	16(%r14,%rdi,8), %xmm0
	paddq	%xmm1, %xmm0
	movdqu	32(%r14,%rdi,8), %xmm1
	movdqu	48(%r14,%rdi,8), %xmm3
	movdqu	64(%r14,%rdi,8), %xmm4
	paddq	%xmm1, %xmm4
	paddq	%xmm2, %xmm4
	movdqu	80(%r14,%rdi,8), %xmm2
	paddq	%xmm3, %xmm2
	paddq	%xmm0, %xmm2
	movdqu	96(%r14,%rdi,8), %xmm0
	paddq	%xmm4, %xmm0
	movdqu	112(%r14,%rdi,8), %xmm1
	paddq	%xmm2, %xmm1
	addq	$16, %rdi
	addq	$-4, %rcx
	jne	LBB4_13
LBB4_14:
	testq	%r8, %r8
	je	LBB4_17
## %bb.15:
	leaq	(%r14,%rdi,8), %rcx
	addq	$16, %rcx
	shlq	$5, %r8
	xorl	%edi, %edi
	.p2align	4, 0x90
LBB4_16:                                ## =>This Inner Loop Header: Depth=1
	movdqu	-16(%rcx,%rdi), %xmm2
	paddq	%xmm2, %xmm0
	movdqu	(%rcx,%rdi), %xmm2
	paddq	%xmm2, %xmm1
	addq	$32, %rdi
	cmpq	%rdi, %r8
	jne	LBB4_16
LBB4_17:
	paddq	%xmm1, %xmm0
	pshufd	$238, %xmm0, %xmm1              ## xmm1 = xmm0[2,3,2,3]
	paddq	%xmm0, %xmm1
	movq	%xmm1, %r8
	jmp	LBB4_47
LBB4_46:
	addq	(%r14,%rax,8), %r8
	addq	$1, %rax
LBB4_47:
	cmpq	%rax, %rsi
	jne	LBB4_46
LBB4_18:
	movq	-8(%r14,%rsi,8), %r9
	leaq	L_.str(%rip), %rdi
	movq	%r15, %rcx
	xorl	%eax, %eax
	callq	_printf
	movl	$80, %esi
	movq	%r14, %rdi
	callq	_realloc
	testq	%rax, %rax
	je	LBB4_36
## %bb.19:
	movq	%rax, %r14
	movq	%rax, -80(%rbp)
	movq	(%rax), %rsi
	movq	40(%rax), %rdx
	movq	72(%rax), %rcx
	leaq	L_.str.1(%rip), %rdi
	xorl	%r15d, %r15d
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	callq	_free
	movl	$30, %r14d
	movl	$7, %ebx
	.p2align	4, 0x90
LBB4_20:                                ## =>This Inner Loop Header: Depth=1
	movl	%ebx, %eax
	imulq	$138547333, %rax, %rax          ## imm = 0x8421085
	shrq	$32, %rax
	movl	%ebx, %esi
	subl	%eax, %esi
	shrl	%esi
	addl	%eax, %esi
	shrl	$4, %esi
	movl	%esi, %eax
	shll	$5, %eax
	subl	%eax, %esi
	addl	%ebx, %esi
	movq	%r15, %rdi
	callq	_push_front
	movq	%rax, %r15
	addl	$7, %ebx
	addl	$-1, %r14d
	jne	LBB4_20
## %bb.21:
	leaq	L_.str.9(%rip), %rdi
	leaq	L_.str.2(%rip), %rsi
	xorl	%eax, %eax
	callq	_printf
	testq	%r15, %r15
	je	LBB4_25
## %bb.22:
	leaq	L_.str.10(%rip), %r14
	xorl	%r12d, %r12d
	movq	%r15, %rbx
	.p2align	4, 0x90
LBB4_23:                                ## =>This Inner Loop Header: Depth=1
	movl	(%rbx), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	8(%rbx), %rbx
	testq	%rbx, %rbx
	je	LBB4_25
## %bb.24:                              ##   in Loop: Header=BB4_23 Depth=1
	leal	1(%r12), %eax
	cmpl	$29, %r12d
	movl	%eax, %r12d
	jb	LBB4_23
LBB4_25:
	movl	$10, %edi
	callq	_putchar
	movq	%r15, %rdi
	callq	_reverse
	movq	%rax, %r14
	leaq	L_.str.9(%rip), %rdi
	leaq	L_.str.3(%rip), %rsi
	xorl	%eax, %eax
	callq	_printf
	testq	%r14, %r14
	je	LBB4_29
## %bb.26:
	leaq	L_.str.10(%rip), %r15
	xorl	%r12d, %r12d
	movq	%r14, %rbx
	.p2align	4, 0x90
LBB4_27:                                ## =>This Inner Loop Header: Depth=1
	movl	(%rbx), %esi
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	8(%rbx), %rbx
	testq	%rbx, %rbx
	je	LBB4_29
## %bb.28:                              ##   in Loop: Header=BB4_27 Depth=1
	leal	1(%r12), %eax
	cmpl	$29, %r12d
	movl	%eax, %r12d
	jb	LBB4_27
LBB4_29:
	movl	$10, %edi
	callq	_putchar
	movl	$0, -44(%rbp)
	leaq	-44(%rbp), %rdx
	movq	%r14, %rdi
	movl	$3, %esi
	callq	_remove_if_multiple
	movq	%rax, %r14
	leaq	L_.str.9(%rip), %rdi
	leaq	L_.str.4(%rip), %rsi
	xorl	%eax, %eax
	callq	_printf
	testq	%r14, %r14
	je	LBB4_37
## %bb.30:
	leaq	L_.str.10(%rip), %r15
	xorl	%r12d, %r12d
	movq	%r14, %rbx
	.p2align	4, 0x90
LBB4_31:                                ## =>This Inner Loop Header: Depth=1
	movl	(%rbx), %esi
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	8(%rbx), %rbx
	testq	%rbx, %rbx
	je	LBB4_33
## %bb.32:                              ##   in Loop: Header=BB4_31 Depth=1
	leal	1(%r12), %eax
	cmpl	$29, %r12d
	movl	%eax, %r12d
	jb	LBB4_31
LBB4_33:
	movl	$10, %edi
	callq	_putchar
	movl	-44(%rbp), %esi
	leaq	L_.str.5(%rip), %rdi
	xorl	%r15d, %r15d
	xorl	%eax, %eax
	callq	_printf
	testq	%r14, %r14
	je	LBB4_38
## %bb.34:
	xorl	%ebx, %ebx
	xorl	%r15d, %r15d
	.p2align	4, 0x90
LBB4_35:                                ## =>This Inner Loop Header: Depth=1
	movq	8(%r14), %r12
	movslq	(%r14), %rax
	addq	%rax, %rbx
	addl	$1, %r15d
	movq	%r14, %rdi
	callq	_free
	movq	%r12, %r14
	testq	%r12, %r12
	jne	LBB4_35
	jmp	LBB4_39
LBB4_36:
	movl	$3, %r14d
	jmp	LBB4_45
LBB4_37:
	movl	$10, %edi
	callq	_putchar
	movl	-44(%rbp), %esi
	leaq	L_.str.5(%rip), %rdi
	xorl	%r15d, %r15d
	xorl	%eax, %eax
	callq	_printf
LBB4_38:
	xorl	%ebx, %ebx
LBB4_39:
	leaq	L_.str.6(%rip), %rdi
	movl	%r15d, %esi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$2, %edi
	callq	_malloc
	movl	$3, %r14d
	testq	%rax, %rax
	je	LBB4_45
## %bb.40:
	movq	%rax, %rbx
	movw	$97, (%rax)
	movl	$3, %edi
	callq	_malloc
	testq	%rax, %rax
	je	LBB4_45
## %bb.41:
	movq	%rax, %r15
	movw	$25442, (%rax)                  ## imm = 0x6362
	movb	$0, 2(%rax)
	movl	$4, %edi
	callq	_malloc
	testq	%rax, %rax
	je	LBB4_45
## %bb.42:
	movq	%rax, %r12
	movl	$6644835, (%rax)                ## imm = 0x656463
	movl	$5, %edi
	callq	_malloc
	testq	%rax, %rax
	je	LBB4_45
## %bb.43:
	movq	%rax, %r13
	movl	$1734763876, (%rax)             ## imm = 0x67666564
	movb	$0, 4(%rax)
	movl	$6, %edi
	callq	_malloc
	testq	%rax, %rax
	je	LBB4_45
## %bb.44:
	movl	$1751606885, (%rax)             ## imm = 0x68676665
	movw	$105, 4(%rax)
	leaq	L_.str.7(%rip), %rdi
	xorl	%r14d, %r14d
	movq	%rbx, %rsi
	movq	%rax, -88(%rbp)                 ## 8-byte Spill
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, %rdi
	callq	_free
	leaq	L_.str.7(%rip), %rbx
	movq	%rbx, %rdi
	movq	%r15, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r15, %rdi
	callq	_free
	movq	%rbx, %rdi
	movq	%r12, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r12, %rdi
	callq	_free
	movq	%rbx, %rdi
	movq	%r13, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r13, %rdi
	callq	_free
	movq	%rbx, %rdi
	movq	-88(%rbp), %rbx                 ## 8-byte Reload
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, %rdi
	callq	_free
	movl	$10, %edi
	callq	_putchar
LBB4_45:
	movl	%r14d, %eax
	addq	$56, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
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

L_.str.9:                               ## @.str.9
	.asciz	"%s:"

L_.str.10:                              ## @.str.10
	.asciz	" %d"

.subsections_via_symbols
