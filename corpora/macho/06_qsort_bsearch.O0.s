	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
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
	subq	$608, %rsp                      ## imm = 0x260
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -468(%rbp)
	movl	_seed(%rip), %eax
	movl	%eax, -472(%rbp)
	movl	$0, -476(%rbp)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$40, -476(%rbp)
	jge	LBB0_4
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	leaq	-472(%rbp), %rdi
	callq	_lcg
	movl	$1000, %ecx                     ## imm = 0x3E8
	xorl	%edx, %edx
	divl	%ecx
	subl	$500, %edx                      ## imm = 0x1F4
	movslq	-476(%rbp), %rax
	movl	%edx, -176(%rbp,%rax,4)
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	movl	-476(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -476(%rbp)
	jmp	LBB0_1
LBB0_4:
	leaq	-176(%rbp), %rdi
	movl	$40, %esi
	movl	$4, %edx
	leaq	_cmp_int(%rip), %rcx
	callq	_qsort
	movl	$0, -480(%rbp)
LBB0_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$40, -480(%rbp)
	jge	LBB0_8
## %bb.6:                               ##   in Loop: Header=BB0_5 Depth=1
	movslq	-480(%rbp), %rax
	movl	-176(%rbp,%rax,4), %esi
	movl	-480(%rbp), %eax
	movl	$10, %ecx
	cltd
	idivl	%ecx
	movl	%edx, %ecx
	movl	$32, %edx
	movl	$10, %eax
	cmpl	$9, %ecx
	cmovel	%eax, %edx
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB0_5 Depth=1
	movl	-480(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -480(%rbp)
	jmp	LBB0_5
LBB0_8:
	movl	$0, -484(%rbp)
LBB0_9:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB0_11 Depth 2
	cmpl	$40, -484(%rbp)
	jge	LBB0_16
## %bb.10:                              ##   in Loop: Header=BB0_9 Depth=1
	movslq	-484(%rbp), %rax
	movl	-176(%rbp,%rax,4), %eax
	movl	%eax, -184(%rbp)
	movslq	-484(%rbp), %rax
	movl	-176(%rbp,%rax,4), %eax
	addl	$1, %eax
	movl	%eax, -180(%rbp)
	movl	$0, -488(%rbp)
LBB0_11:                                ##   Parent Loop BB0_9 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$2, -488(%rbp)
	jge	LBB0_14
## %bb.12:                              ##   in Loop: Header=BB0_11 Depth=2
	movslq	-488(%rbp), %rax
	leaq	-184(%rbp), %rdi
	shlq	$2, %rax
	addq	%rax, %rdi
	leaq	-176(%rbp), %rsi
	movl	$40, %edx
	movl	$4, %ecx
	leaq	_cmp_int(%rip), %r8
	callq	_bsearch
	movq	%rax, -496(%rbp)
	movslq	-488(%rbp), %rax
	movl	-184(%rbp,%rax,4), %esi
	movq	-496(%rbp), %rcx
	leaq	L_.str.3(%rip), %rdx
	leaq	L_.str.2(%rip), %rax
	cmpq	$0, %rcx
	cmovneq	%rax, %rdx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.13:                              ##   in Loop: Header=BB0_11 Depth=2
	movl	-488(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -488(%rbp)
	jmp	LBB0_11
LBB0_14:                                ##   in Loop: Header=BB0_9 Depth=1
	jmp	LBB0_15
LBB0_15:                                ##   in Loop: Header=BB0_9 Depth=1
	movl	-484(%rbp), %eax
	addl	$6, %eax
	movl	%eax, -484(%rbp)
	jmp	LBB0_9
LBB0_16:
	movl	-108(%rbp), %eax
	movl	%eax, -500(%rbp)
	leaq	-500(%rbp), %rdi
	leaq	-176(%rbp), %rsi
	movl	$40, %edx
	movl	$4, %ecx
	leaq	_cmp_int(%rip), %r8
	callq	_bsearch
	movq	%rax, -512(%rbp)
	movl	-500(%rbp), %eax
	movl	%eax, -584(%rbp)                ## 4-byte Spill
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	cmpq	$0, -512(%rbp)
	movb	%al, -577(%rbp)                 ## 1-byte Spill
	je	LBB0_18
## %bb.17:
	movq	-512(%rbp), %rax
	movl	(%rax), %eax
	cmpl	-500(%rbp), %eax
	sete	%al
	movb	%al, -577(%rbp)                 ## 1-byte Spill
LBB0_18:
	movl	-584(%rbp), %esi                ## 4-byte Reload
	movb	-577(%rbp), %al                 ## 1-byte Reload
	andb	$1, %al
	movzbl	%al, %edx
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-176(%rbp), %rdi
	movl	$40, %esi
	movl	$4, %edx
	leaq	_cmp_int_desc(%rip), %rcx
	callq	_qsort
	movl	-176(%rbp), %esi
	movl	-20(%rbp), %edx
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-384(%rbp), %rdi
	leaq	l___const.main.people(%rip), %rsi
	movl	$192, %edx
	callq	_memcpy
	movq	$8, -520(%rbp)
	leaq	-384(%rbp), %rdi
	movq	-520(%rbp), %rsi
	movl	$24, %edx
	leaq	_cmp_age_name(%rip), %rcx
	callq	_qsort
	movq	$0, -528(%rbp)
LBB0_19:                                ## =>This Inner Loop Header: Depth=1
	movq	-528(%rbp), %rax
	cmpq	-520(%rbp), %rax
	jae	LBB0_22
## %bb.20:                              ##   in Loop: Header=BB0_19 Depth=1
	leaq	-384(%rbp), %rsi
	imulq	$24, -528(%rbp), %rax
	addq	%rax, %rsi
	leaq	-384(%rbp), %rax
	imulq	$24, -528(%rbp), %rcx
	addq	%rcx, %rax
	movl	12(%rax), %edx
	leaq	-384(%rbp), %rax
	imulq	$24, -528(%rbp), %rcx
	addq	%rcx, %rax
	movq	16(%rax), %rcx
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.21:                              ##   in Loop: Header=BB0_19 Depth=1
	movq	-528(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -528(%rbp)
	jmp	LBB0_19
LBB0_22:
	leaq	-384(%rbp), %rdi
	movq	-520(%rbp), %rsi
	movl	$24, %edx
	leaq	_cmp_score(%rip), %rcx
	callq	_qsort
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	$0, -536(%rbp)
LBB0_23:                                ## =>This Inner Loop Header: Depth=1
	movq	-536(%rbp), %rax
	cmpq	-520(%rbp), %rax
	jae	LBB0_26
## %bb.24:                              ##   in Loop: Header=BB0_23 Depth=1
	leaq	-384(%rbp), %rsi
	imulq	$24, -536(%rbp), %rax
	addq	%rax, %rsi
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.25:                              ##   in Loop: Header=BB0_23 Depth=1
	movq	-536(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -536(%rbp)
	jmp	LBB0_23
LBB0_26:
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	l___const.main.probe(%rip), %rax
	movq	%rax, -408(%rbp)
	movq	l___const.main.probe+8(%rip), %rax
	movq	%rax, -400(%rbp)
	movq	l___const.main.probe+16(%rip), %rax
	movq	%rax, -392(%rbp)
	leaq	-408(%rbp), %rdi
	leaq	-384(%rbp), %rsi
	movq	-520(%rbp), %rdx
	movl	$24, %ecx
	leaq	_cmp_score(%rip), %r8
	callq	_bsearch
	movq	%rax, -544(%rbp)
	cmpq	$0, -544(%rbp)
	je	LBB0_28
## %bb.27:
	movq	-544(%rbp), %rax
	movq	%rax, -592(%rbp)                ## 8-byte Spill
	jmp	LBB0_29
LBB0_28:
	leaq	L_.str.11(%rip), %rax
	movq	%rax, -592(%rbp)                ## 8-byte Spill
	jmp	LBB0_29
LBB0_29:
	movq	-592(%rbp), %rsi                ## 8-byte Reload
	leaq	L_.str.10(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-464(%rbp), %rdi
	leaq	l___const.main.words(%rip), %rsi
	movl	$56, %edx
	callq	_memcpy
	movq	$7, -552(%rbp)
	leaq	-464(%rbp), %rdi
	movq	-552(%rbp), %rsi
	movl	$8, %edx
	leaq	_cmp_str(%rip), %rcx
	callq	_qsort
	movq	$0, -560(%rbp)
LBB0_30:                                ## =>This Inner Loop Header: Depth=1
	movq	-560(%rbp), %rax
	cmpq	-552(%rbp), %rax
	jae	LBB0_33
## %bb.31:                              ##   in Loop: Header=BB0_30 Depth=1
	movq	-560(%rbp), %rax
	movq	-464(%rbp,%rax,8), %rsi
	movq	-560(%rbp), %rcx
	addq	$1, %rcx
	movq	-552(%rbp), %rdi
	leaq	L_.str.9(%rip), %rdx
	leaq	L_.str.20(%rip), %rax
	cmpq	%rdi, %rcx
	cmovbq	%rax, %rdx
	leaq	L_.str.19(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.32:                              ##   in Loop: Header=BB0_30 Depth=1
	movq	-560(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -560(%rbp)
	jmp	LBB0_30
LBB0_33:
	leaq	L_.str.14(%rip), %rax
	movq	%rax, -568(%rbp)
	leaq	-568(%rbp), %rdi
	leaq	-464(%rbp), %rsi
	movq	-552(%rbp), %rdx
	movl	$8, %ecx
	leaq	_cmp_str(%rip), %r8
	callq	_bsearch
	movq	%rax, -576(%rbp)
	cmpq	$0, -576(%rbp)
	je	LBB0_35
## %bb.34:
	movq	-576(%rbp), %rax
	leaq	-464(%rbp), %rcx
	subq	%rcx, %rax
	sarq	$3, %rax
	movq	%rax, -600(%rbp)                ## 8-byte Spill
	jmp	LBB0_36
LBB0_35:
	movq	$-1, %rax
	movq	%rax, -600(%rbp)                ## 8-byte Spill
	jmp	LBB0_36
LBB0_36:
	movq	-600(%rbp), %rsi                ## 8-byte Reload
	leaq	L_.str.21(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB0_38
## %bb.37:
	xorl	%eax, %eax
	addq	$608, %rsp                      ## imm = 0x260
	popq	%rbp
	retq
LBB0_38:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function lcg
_lcg:                                   ## @lcg
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	imull	$1103515245, (%rax), %ecx       ## imm = 0x41C64E6D
	addl	$12345, %ecx                    ## imm = 0x3039
	movq	-8(%rbp), %rax
	movl	%ecx, (%rax)
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	shrl	$16, %eax
	andl	$32767, %eax                    ## imm = 0x7FFF
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function cmp_int
_cmp_int:                               ## @cmp_int
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	movl	%eax, -20(%rbp)
	movq	-16(%rbp), %rax
	movl	(%rax), %eax
	movl	%eax, -24(%rbp)
	movl	-20(%rbp), %eax
	cmpl	-24(%rbp), %eax
	setg	%al
	andb	$1, %al
	movzbl	%al, %eax
	movl	-20(%rbp), %ecx
	cmpl	-24(%rbp), %ecx
	setl	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	subl	%ecx, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function cmp_int_desc
_cmp_int_desc:                          ## @cmp_int_desc
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-16(%rbp), %rdi
	movq	-8(%rbp), %rsi
	callq	_cmp_int
	addq	$16, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function cmp_age_name
_cmp_age_name:                          ## @cmp_age_name
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
	movq	%rax, -32(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -40(%rbp)
	movq	-32(%rbp), %rax
	movl	12(%rax), %eax
	movq	-40(%rbp), %rcx
	cmpl	12(%rcx), %eax
	je	LBB4_2
## %bb.1:
	movq	-32(%rbp), %rax
	movl	12(%rax), %edx
	movq	-40(%rbp), %rax
	movl	12(%rax), %esi
	movl	$1, %eax
	movl	$4294967295, %ecx               ## imm = 0xFFFFFFFF
	cmpl	%esi, %edx
	cmovll	%ecx, %eax
	movl	%eax, -4(%rbp)
	jmp	LBB4_3
LBB4_2:
	movq	-32(%rbp), %rdi
	movq	-40(%rbp), %rsi
	callq	_strcmp
	movl	%eax, -4(%rbp)
LBB4_3:
	movl	-4(%rbp), %eax
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function cmp_score
_cmp_score:                             ## @cmp_score
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, -24(%rbp)
	movq	-16(%rbp), %rax
	movq	%rax, -32(%rbp)
	movq	-24(%rbp), %rax
	movq	16(%rax), %rax
	movq	-32(%rbp), %rcx
	cmpq	16(%rcx), %rax
	setg	%al
	andb	$1, %al
	movzbl	%al, %eax
	movq	-24(%rbp), %rcx
	movq	16(%rcx), %rcx
	movq	-32(%rbp), %rdx
	cmpq	16(%rdx), %rcx
	setl	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	subl	%ecx, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function cmp_str
_cmp_str:                               ## @cmp_str
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movq	(%rax), %rdi
	movq	-16(%rbp), %rax
	movq	(%rax), %rsi
	callq	_strcmp
	addq	$16, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_seed                           ## @seed
	.p2align	2
_seed:
	.long	12345                           ## 0x3039

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%d%c"

L_.str.1:                               ## @.str.1
	.asciz	"bsearch %d: %s\n"

L_.str.2:                               ## @.str.2
	.asciz	"found"

L_.str.3:                               ## @.str.3
	.asciz	"absent"

L_.str.4:                               ## @.str.4
	.asciz	"key %d found=%d\n"

L_.str.5:                               ## @.str.5
	.asciz	"desc first/last: %d %d\n"

	.section	__TEXT,__const
	.p2align	4                               ## @__const.main.people
l___const.main.people:
	.asciz	"alice\000\000\000\000\000\000"
	.long	31                              ## 0x1f
	.quad	880                             ## 0x370
	.asciz	"bob\000\000\000\000\000\000\000\000"
	.long	25                              ## 0x19
	.quad	720                             ## 0x2d0
	.asciz	"carol\000\000\000\000\000\000"
	.long	31                              ## 0x1f
	.quad	915                             ## 0x393
	.asciz	"dave\000\000\000\000\000\000\000"
	.long	19                              ## 0x13
	.quad	640                             ## 0x280
	.asciz	"erin\000\000\000\000\000\000\000"
	.long	25                              ## 0x19
	.quad	990                             ## 0x3de
	.asciz	"frank\000\000\000\000\000\000"
	.long	44                              ## 0x2c
	.quad	505                             ## 0x1f9
	.asciz	"grace\000\000\000\000\000\000"
	.long	19                              ## 0x13
	.quad	870                             ## 0x366
	.asciz	"heidi\000\000\000\000\000\000"
	.long	31                              ## 0x1f
	.quad	600                             ## 0x258

	.section	__TEXT,__cstring,cstring_literals
L_.str.6:                               ## @.str.6
	.asciz	"%-6s %d %ld\n"

L_.str.7:                               ## @.str.7
	.asciz	"by score:"

L_.str.8:                               ## @.str.8
	.asciz	" %s"

L_.str.9:                               ## @.str.9
	.asciz	"\n"

	.section	__TEXT,__const
	.p2align	3                               ## @__const.main.probe
l___const.main.probe:
	.space	12
	.long	0                               ## 0x0
	.quad	870                             ## 0x366

	.section	__TEXT,__cstring,cstring_literals
L_.str.10:                              ## @.str.10
	.asciz	"score 870 -> %s\n"

L_.str.11:                              ## @.str.11
	.asciz	"(none)"

L_.str.12:                              ## @.str.12
	.asciz	"pear"

L_.str.13:                              ## @.str.13
	.asciz	"apple"

L_.str.14:                              ## @.str.14
	.asciz	"fig"

L_.str.15:                              ## @.str.15
	.asciz	"banana"

L_.str.16:                              ## @.str.16
	.asciz	"cherry"

L_.str.17:                              ## @.str.17
	.asciz	"kiwi"

L_.str.18:                              ## @.str.18
	.asciz	"date"

	.section	__DATA,__const
	.p2align	4                               ## @__const.main.words
l___const.main.words:
	.quad	L_.str.12
	.quad	L_.str.13
	.quad	L_.str.14
	.quad	L_.str.15
	.quad	L_.str.16
	.quad	L_.str.17
	.quad	L_.str.18

	.section	__TEXT,__cstring,cstring_literals
L_.str.19:                              ## @.str.19
	.asciz	"%s%s"

L_.str.20:                              ## @.str.20
	.asciz	","

L_.str.21:                              ## @.str.21
	.asciz	"fig at index %ld\n"

.subsections_via_symbols
