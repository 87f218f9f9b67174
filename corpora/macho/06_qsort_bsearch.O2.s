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
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$472, %rsp                      ## imm = 0x1D8
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	movl	_seed(%rip), %ecx
	movl	$1, %eax
	.p2align	4, 0x90
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	imull	$1103515245, %ecx, %edx         ## imm = 0x41C64E6D
	addl	$12345, %edx                    ## imm = 0x3039
	imull	$1103515245, %edx, %ecx         ## imm = 0x41C64E6D
	shrl	$16, %edx
	andl	$32767, %edx                    ## imm = 0x7FFF
	movl	%edx, %esi
	shrl	$3, %esi
	imull	$8389, %esi, %esi               ## imm = 0x20C5
	shrl	$20, %esi
	imull	$1000, %esi, %esi               ## imm = 0x3E8
	subl	%esi, %edx
	movzwl	%dx, %edx
	addl	$-500, %edx                     ## imm = 0xFE0C
	movl	%edx, -212(%rbp,%rax,4)
	addl	$12345, %ecx                    ## imm = 0x3039
	movl	%ecx, %edx
	shrl	$16, %edx
	andl	$32767, %edx                    ## imm = 0x7FFF
	movl	%edx, %esi
	shrl	$3, %esi
	imull	$8389, %esi, %esi               ## imm = 0x20C5
	shrl	$20, %esi
	imull	$1000, %esi, %esi               ## imm = 0x3E8
	subl	%esi, %edx
	movzwl	%dx, %edx
	addl	$-500, %edx                     ## imm = 0xFE0C
	movl	%edx, -208(%rbp,%rax,4)
	addq	$2, %rax
	cmpq	$41, %rax
	jne	LBB0_1
## %bb.2:
	leaq	_cmp_int(%rip), %rcx
	leaq	-208(%rbp), %rdi
	movl	$40, %esi
	movl	$4, %edx
	callq	_qsort
	movb	$9, %r15b
	leaq	L_.str(%rip), %r14
	xorl	%ebx, %ebx
	jmp	LBB0_3
	.p2align	4, 0x90
LBB0_5:                                 ##   in Loop: Header=BB0_3 Depth=1
	movl	-208(%rbp,%rbx,4), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	addq	$1, %rbx
	addb	$-1, %r15b
	cmpq	$40, %rbx
	je	LBB0_6
LBB0_3:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	%bl, %eax
	imull	$205, %eax, %eax
	shrl	$10, %eax
	andl	$-2, %eax
	leal	(%rax,%rax,4), %eax
	movl	$10, %edx
	addb	%r15b, %al
	je	LBB0_5
## %bb.4:                               ##   in Loop: Header=BB0_3 Depth=1
	movl	$32, %edx
	jmp	LBB0_5
LBB0_6:
	movq	$-6, %r14
	.p2align	4, 0x90
LBB0_7:                                 ## =>This Inner Loop Header: Depth=1
	movl	-184(%rbp,%r14,4), %eax
	movl	%eax, -400(%rbp)
	addl	$1, %eax
	movl	%eax, -396(%rbp)
	movl	$40, %edx
	movl	$4, %ecx
	leaq	-400(%rbp), %rdi
	leaq	-208(%rbp), %r15
	movq	%r15, %rsi
	leaq	_cmp_int(%rip), %r8
	callq	_bsearch
	movl	-400(%rbp), %esi
	testq	%rax, %rax
	leaq	L_.str.2(%rip), %rbx
	movq	%rbx, %rdx
	leaq	L_.str.3(%rip), %r12
	cmoveq	%r12, %rdx
	leaq	L_.str.1(%rip), %r13
	movq	%r13, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$40, %edx
	movl	$4, %ecx
	leaq	-396(%rbp), %rdi
	movq	%r15, %rsi
	leaq	_cmp_int(%rip), %r8
	callq	_bsearch
	movl	-396(%rbp), %esi
	testq	%rax, %rax
	cmoveq	%r12, %rbx
	movq	%r13, %rdi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	addq	$6, %r14
	cmpq	$34, %r14
	jb	LBB0_7
## %bb.8:
	movl	-140(%rbp), %eax
	movl	%eax, -500(%rbp)
	leaq	_cmp_int(%rip), %r8
	leaq	-500(%rbp), %rdi
	leaq	-208(%rbp), %rsi
	movl	$40, %edx
	movl	$4, %ecx
	callq	_bsearch
	movl	-500(%rbp), %esi
	xorl	%edx, %edx
	testq	%rax, %rax
	je	LBB0_10
## %bb.9:
	cmpl	%esi, (%rax)
	sete	%dl
LBB0_10:
	leaq	L_.str.4(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	_cmp_int_desc(%rip), %rcx
	leaq	-208(%rbp), %rdi
	movl	$40, %esi
	movl	$4, %edx
	callq	_qsort
	movl	-208(%rbp), %esi
	movl	-52(%rbp), %edx
	leaq	L_.str.5(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	l___const.main.people(%rip), %rsi
	leaq	-400(%rbp), %rbx
	movl	$192, %edx
	movq	%rbx, %rdi
	callq	_memcpy
	leaq	_cmp_age_name(%rip), %rcx
	movl	$8, %esi
	movl	$24, %edx
	movq	%rbx, %rdi
	callq	_qsort
	movl	-388(%rbp), %edx
	movq	-384(%rbp), %rcx
	leaq	L_.str.6(%rip), %r15
	movq	%r15, %rdi
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	-376(%rbp), %rsi
	movl	-364(%rbp), %edx
	movq	-360(%rbp), %rcx
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	-352(%rbp), %rsi
	movl	-340(%rbp), %edx
	movq	-336(%rbp), %rcx
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	-328(%rbp), %rsi
	movl	-316(%rbp), %edx
	movq	-312(%rbp), %rcx
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	-304(%rbp), %rsi
	movl	-292(%rbp), %edx
	movq	-288(%rbp), %rcx
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	-280(%rbp), %rsi
	movl	-268(%rbp), %edx
	movq	-264(%rbp), %rcx
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	-256(%rbp), %r12
	movl	-244(%rbp), %edx
	movq	-240(%rbp), %rcx
	movq	%r15, %rdi
	movq	%r12, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	-232(%rbp), %r13
	movl	-220(%rbp), %edx
	movq	-216(%rbp), %rcx
	movq	%r15, %rdi
	movq	%r13, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	_cmp_score(%rip), %r15
	movl	$8, %esi
	movl	$24, %edx
	movq	%rbx, %rdi
	movq	%r15, %rcx
	callq	_qsort
	leaq	L_.str.7(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.8(%rip), %r14
	movq	%r14, %rdi
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	leaq	-376(%rbp), %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	leaq	-352(%rbp), %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	leaq	-328(%rbp), %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	leaq	-304(%rbp), %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	leaq	-280(%rbp), %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	movq	%r12, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	movq	%r13, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	movq	l___const.main.probe+16(%rip), %rax
	movq	%rax, -416(%rbp)
	movups	l___const.main.probe(%rip), %xmm0
	movaps	%xmm0, -432(%rbp)
	leaq	-432(%rbp), %rdi
	movl	$8, %edx
	movl	$24, %ecx
	movq	%rbx, %rsi
	movq	%r15, %r8
	callq	_bsearch
	testq	%rax, %rax
	leaq	L_.str.11(%rip), %rsi
	cmovneq	%rax, %rsi
	leaq	L_.str.10(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	l___const.main.words+48(%rip), %rax
	movq	%rax, -448(%rbp)
	movaps	l___const.main.words+32(%rip), %xmm0
	movaps	%xmm0, -464(%rbp)
	movaps	l___const.main.words+16(%rip), %xmm0
	movaps	%xmm0, -480(%rbp)
	movaps	l___const.main.words(%rip), %xmm0
	movaps	%xmm0, -496(%rbp)
	leaq	_cmp_str(%rip), %r14
	leaq	-496(%rbp), %r15
	movl	$7, %esi
	movl	$8, %edx
	movq	%r15, %rdi
	movq	%r14, %rcx
	callq	_qsort
	movq	-496(%rbp), %rsi
	leaq	L_.str.19(%rip), %rbx
	leaq	L_.str.20(%rip), %r12
	movq	%rbx, %rdi
	movq	%r12, %rdx
	xorl	%eax, %eax
	callq	_printf
	movq	-488(%rbp), %rsi
	movq	%rbx, %rdi
	movq	%r12, %rdx
	xorl	%eax, %eax
	callq	_printf
	movq	-480(%rbp), %rsi
	movq	%rbx, %rdi
	movq	%r12, %rdx
	xorl	%eax, %eax
	callq	_printf
	movq	-472(%rbp), %rsi
	movq	%rbx, %rdi
	movq	%r12, %rdx
	xorl	%eax, %eax
	callq	_printf
	movq	-464(%rbp), %rsi
	movq	%rbx, %rdi
	movq	%r12, %rdx
	xorl	%eax, %eax
	callq	_printf
	movq	-456(%rbp), %rsi
	movq	%rbx, %rdi
	movq	%r12, %rdx
	xorl	%eax, %eax
	callq	_printf
	movq	-448(%rbp), %rsi
	leaq	L_.str.9(%rip), %rdx
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.14(%rip), %rax
	movq	%rax, -512(%rbp)
	leaq	-512(%rbp), %rdi
	movl	$7, %edx
	movl	$8, %ecx
	movq	%r15, %rsi
	movq	%r14, %r8
	callq	_bsearch
	movq	%rax, %rcx
	subq	%r15, %rcx
	sarq	$3, %rcx
	cmpq	$1, %rax
	sbbq	%rsi, %rsi
	orq	%rcx, %rsi
	leaq	L_.str.21(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB0_12
## %bb.11:
	xorl	%eax, %eax
	addq	$472, %rsp                      ## imm = 0x1D8
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB0_12:
	callq	___stack_chk_fail
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
	movl	(%rdi), %ecx
	xorl	%eax, %eax
	xorl	%edx, %edx
	cmpl	(%rsi), %ecx
	setg	%al
	setl	%dl
	subl	%edx, %eax
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
	movl	(%rsi), %ecx
	xorl	%eax, %eax
	xorl	%edx, %edx
	cmpl	(%rdi), %ecx
	setg	%al
	setl	%dl
	subl	%edx, %eax
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
	movl	12(%rsi), %eax
	cmpl	%eax, 12(%rdi)
	jne	LBB3_1
## %bb.2:
	popq	%rbp
	jmp	_strcmp                         ## TAILCALL
LBB3_1:
	setge	%al
	movzbl	%al, %eax
	addl	%eax, %eax
	addl	$-1, %eax
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
	movq	16(%rdi), %rcx
	xorl	%eax, %eax
	xorl	%edx, %edx
	cmpq	16(%rsi), %rcx
	setg	%al
	setl	%dl
	subl	%edx, %eax
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
	movq	(%rdi), %rdi
	movq	(%rsi), %rsi
	popq	%rbp
	jmp	_strcmp                         ## TAILCALL
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
