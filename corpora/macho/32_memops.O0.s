	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_shift_right                    ## -- Begin function shift_right
	.p2align	4, 0x90
_shift_right:                           ## @shift_right
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
	movq	-8(%rbp), %rdi
	addq	-24(%rbp), %rdi
	movq	-8(%rbp), %rsi
	movq	-16(%rbp), %rdx
	subq	-24(%rbp), %rdx
	callq	_memmove
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_shift_left                     ## -- Begin function shift_left
	.p2align	4, 0x90
_shift_left:                            ## @shift_left
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
	movq	-8(%rbp), %rdi
	movq	-8(%rbp), %rsi
	addq	-24(%rbp), %rsi
	movq	-16(%rbp), %rdx
	subq	-24(%rbp), %rdx
	callq	_memmove
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_hand_memmove                   ## -- Begin function hand_memmove
	.p2align	4, 0x90
_hand_memmove:                          ## @hand_memmove
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	-8(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jae	LBB2_6
## %bb.1:
	movq	$0, -32(%rbp)
LBB2_2:                                 ## =>This Inner Loop Header: Depth=1
	movq	-32(%rbp), %rax
	cmpq	-24(%rbp), %rax
	jae	LBB2_5
## %bb.3:                               ##   in Loop: Header=BB2_2 Depth=1
	movq	-16(%rbp), %rax
	movq	-32(%rbp), %rcx
	movb	(%rax,%rcx), %dl
	movq	-8(%rbp), %rax
	movq	-32(%rbp), %rcx
	movb	%dl, (%rax,%rcx)
## %bb.4:                               ##   in Loop: Header=BB2_2 Depth=1
	movq	-32(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -32(%rbp)
	jmp	LBB2_2
LBB2_5:
	jmp	LBB2_11
LBB2_6:
	movq	-24(%rbp), %rax
	movq	%rax, -40(%rbp)
LBB2_7:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$0, -40(%rbp)
	jbe	LBB2_10
## %bb.8:                               ##   in Loop: Header=BB2_7 Depth=1
	movq	-16(%rbp), %rax
	movq	-40(%rbp), %rcx
	subq	$1, %rcx
	movb	(%rax,%rcx), %dl
	movq	-8(%rbp), %rax
	movq	-40(%rbp), %rcx
	subq	$1, %rcx
	movb	%dl, (%rax,%rcx)
## %bb.9:                               ##   in Loop: Header=BB2_7 Depth=1
	movq	-40(%rbp), %rax
	addq	$-1, %rax
	movq	%rax, -40(%rbp)
	jmp	LBB2_7
LBB2_10:
	jmp	LBB2_11
LBB2_11:
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
	subq	$720, %rsp                      ## imm = 0x2D0
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -612(%rbp)
	movl	_vshift(%rip), %eax
	cltq
	movq	%rax, -624(%rbp)
	leaq	-48(%rbp), %rdi
	leaq	L_.str(%rip), %rsi
	movl	$40, %edx
	callq	_memcpy
	leaq	-48(%rbp), %rsi
	leaq	L_.str.1(%rip), %rdi
	movl	$39, %edx
	callq	_show
	leaq	-48(%rbp), %rdi
	movq	-624(%rbp), %rdx
	movl	$39, %esi
	callq	_shift_right
	leaq	-48(%rbp), %rsi
	leaq	L_.str.2(%rip), %rdi
	movl	$39, %edx
	callq	_show
	leaq	-48(%rbp), %rdi
	movq	-624(%rbp), %rdx
	shlq	$1, %rdx
	movl	$39, %esi
	callq	_shift_left
	leaq	-48(%rbp), %rsi
	leaq	L_.str.3(%rip), %rdi
	movl	$39, %edx
	callq	_show
	leaq	-48(%rbp), %rax
	addq	$10, %rax
	leaq	-48(%rbp), %rdx
	addq	$10, %rdx
	movl	(%rdx), %ecx
	movb	4(%rdx), %dl
	movb	%dl, 4(%rax)
	movl	%ecx, (%rax)
	leaq	-48(%rbp), %rsi
	leaq	L_.str.4(%rip), %rdi
	movl	$39, %edx
	callq	_show
	leaq	-48(%rbp), %rdi
	addq	$30, %rdi
	xorl	%esi, %esi
	movl	$9, %edx
	callq	_memset
	leaq	-48(%rbp), %rsi
	leaq	L_.str.5(%rip), %rdi
	movl	$39, %edx
	callq	_show
	movl	$0, -628(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$64, -628(%rbp)
	jge	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	imull	$7, -628(%rbp), %eax
	movb	%al, %cl
	movslq	-628(%rbp), %rax
	movb	%cl, -176(%rbp,%rax)
	movslq	-628(%rbp), %rax
	movb	%cl, -112(%rbp,%rax)
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-628(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -628(%rbp)
	jmp	LBB3_1
LBB3_4:
	leaq	-112(%rbp), %rdi
	addq	$5, %rdi
	leaq	-112(%rbp), %rsi
	movl	$50, %edx
	callq	_hand_memmove
	leaq	-176(%rbp), %rax
	addq	$5, %rax
	leaq	-176(%rbp), %rcx
	movups	(%rcx), %xmm0
	movups	16(%rcx), %xmm1
	movups	32(%rcx), %xmm2
	movw	48(%rcx), %cx
	movw	%cx, 48(%rax)
	movups	%xmm2, 32(%rax)
	movups	%xmm1, 16(%rax)
	movups	%xmm0, (%rax)
	leaq	-112(%rbp), %rdi
	leaq	-176(%rbp), %rsi
	movl	$64, %edx
	callq	_memcmp
	cmpl	$0, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %esi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-112(%rbp), %rdi
	leaq	-112(%rbp), %rsi
	addq	$9, %rsi
	movl	$40, %edx
	callq	_hand_memmove
	leaq	-176(%rbp), %rax
	leaq	-176(%rbp), %rcx
	addq	$9, %rcx
	movups	(%rcx), %xmm0
	movups	16(%rcx), %xmm1
	movq	32(%rcx), %rcx
	movq	%rcx, 32(%rax)
	movups	%xmm1, 16(%rax)
	movups	%xmm0, (%rax)
	leaq	-112(%rbp), %rdi
	leaq	-176(%rbp), %rsi
	movl	$64, %edx
	callq	_memcmp
	cmpl	$0, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %esi
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	l___const.main.x(%rip), %eax
	movl	%eax, -633(%rbp)
	movb	l___const.main.x+4(%rip), %al
	movb	%al, -629(%rbp)
	movl	l___const.main.y(%rip), %eax
	movl	%eax, -638(%rbp)
	movb	l___const.main.y+4(%rip), %al
	movb	%al, -634(%rbp)
	leaq	-633(%rbp), %rdi
	leaq	-638(%rbp), %rsi
	movl	$5, %edx
	callq	_memcmp
	movl	%eax, %edi
	callq	_sgn
	movl	%eax, -700(%rbp)                ## 4-byte Spill
	leaq	-638(%rbp), %rdi
	leaq	-633(%rbp), %rsi
	movl	$5, %edx
	callq	_memcmp
	movl	%eax, %edi
	callq	_sgn
	movl	%eax, -696(%rbp)                ## 4-byte Spill
	leaq	-633(%rbp), %rdi
	leaq	-638(%rbp), %rsi
	movl	$3, %edx
	callq	_memcmp
	movl	%eax, %edi
	callq	_sgn
	movl	%eax, -692(%rbp)                ## 4-byte Spill
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	callq	_sgn
	movl	-700(%rbp), %esi                ## 4-byte Reload
	movl	-696(%rbp), %edx                ## 4-byte Reload
	movl	-692(%rbp), %ecx                ## 4-byte Reload
	movl	%eax, %r8d
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$1, %edi
	callq	_sgn
	movl	%eax, %edx
	leaq	L_.str.9(%rip), %rdi
	xorl	%esi, %esi
	movb	$0, %al
	callq	_printf
	movq	$0, -648(%rbp)
LBB3_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$8, -648(%rbp)
	jae	LBB3_8
## %bb.6:                               ##   in Loop: Header=BB3_5 Depth=1
	leaq	-208(%rbp), %rdi
	movl	$107, %esi
	movl	$32, %edx
	callq	_memset
	leaq	-240(%rbp), %rdi
	movl	$107, %esi
	movl	$32, %edx
	callq	_memset
	movq	-648(%rbp), %rax
	movb	$106, -220(%rbp,%rax)
	leaq	-208(%rbp), %rdi
	addq	-648(%rbp), %rdi
	leaq	-240(%rbp), %rsi
	addq	-648(%rbp), %rsi
	movl	$24, %edx
	callq	_memcmp
	movl	%eax, %edi
	callq	_sgn
	movl	%eax, %esi
	leaq	L_.str.10(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB3_5 Depth=1
	movq	-648(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -648(%rbp)
	jmp	LBB3_5
LBB3_8:
	leaq	L_.str.11(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.12(%rip), %rax
	movq	%rax, -656(%rbp)
	movq	-656(%rbp), %rax
	movq	%rax, -720(%rbp)                ## 8-byte Spill
	movq	-656(%rbp), %rdi
	callq	_strlen
	movq	-720(%rbp), %rdi                ## 8-byte Reload
	movq	%rax, %rdx
	movl	$110, %esi
	callq	_memchr
	movq	%rax, -664(%rbp)
	movq	-656(%rbp), %rax
	movq	%rax, -712(%rbp)                ## 8-byte Spill
	movq	-656(%rbp), %rdi
	callq	_strlen
	movq	-712(%rbp), %rdi                ## 8-byte Reload
	movq	%rax, %rdx
	movl	$122, %esi
	callq	_memchr
	movq	%rax, -672(%rbp)
	movq	-664(%rbp), %rsi
	movq	-656(%rbp), %rax
	subq	%rax, %rsi
	movq	-672(%rbp), %rcx
	leaq	L_.str.15(%rip), %rdx
	leaq	L_.str.14(%rip), %rax
	cmpq	$0, %rcx
	cmovneq	%rax, %rdx
	leaq	L_.str.13(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-304(%rbp), %rdi
	leaq	l___const.main.words(%rip), %rsi
	movl	$64, %edx
	callq	_memcpy
	leaq	-304(%rbp), %rax
	addq	$8, %rax
	leaq	-304(%rbp), %rcx
	movups	(%rcx), %xmm0
	movups	16(%rcx), %xmm1
	movups	32(%rcx), %xmm2
	movq	48(%rcx), %rcx
	movq	%rcx, 48(%rax)
	movups	%xmm2, 32(%rax)
	movups	%xmm1, 16(%rax)
	movups	%xmm0, (%rax)
	leaq	-304(%rbp), %rax
	leaq	-304(%rbp), %rcx
	addq	$16, %rcx
	movaps	(%rcx), %xmm0
	movq	16(%rcx), %rcx
	movq	%rcx, 16(%rax)
	movaps	%xmm0, (%rax)
	movl	$0, -676(%rbp)
LBB3_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$8, -676(%rbp)
	jge	LBB3_12
## %bb.10:                              ##   in Loop: Header=BB3_9 Depth=1
	movslq	-676(%rbp), %rax
	movq	-304(%rbp,%rax,8), %rsi
	leaq	L_.str.16(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.11:                              ##   in Loop: Header=BB3_9 Depth=1
	movl	-676(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -676(%rbp)
	jmp	LBB3_9
LBB3_12:
	leaq	L_.str.11(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -680(%rbp)
LBB3_13:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$300, -680(%rbp)                ## imm = 0x12C
	jge	LBB3_16
## %bb.14:                              ##   in Loop: Header=BB3_13 Depth=1
	movl	-680(%rbp), %eax
	movl	$26, %ecx
	cltd
	idivl	%ecx
	addl	$97, %edx
	movb	%dl, %cl
	movslq	-680(%rbp), %rax
	movb	%cl, -608(%rbp,%rax)
## %bb.15:                              ##   in Loop: Header=BB3_13 Depth=1
	movl	-680(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -680(%rbp)
	jmp	LBB3_13
LBB3_16:
	leaq	-608(%rbp), %rdi
	addq	$1, %rdi
	leaq	-608(%rbp), %rsi
	movl	$298, %edx                      ## imm = 0x12A
	callq	_memmove
	leaq	-608(%rbp), %rdi
	addq	$100, %rdi
	leaq	-608(%rbp), %rsi
	addq	$37, %rsi
	movl	$150, %edx
	callq	_memmove
	movl	$0, -684(%rbp)
	movl	$0, -688(%rbp)
LBB3_17:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$300, -688(%rbp)                ## imm = 0x12C
	jge	LBB3_20
## %bb.18:                              ##   in Loop: Header=BB3_17 Depth=1
	imull	$31, -684(%rbp), %eax
	movslq	-688(%rbp), %rcx
	movzbl	-608(%rbp,%rcx), %ecx
	addl	%ecx, %eax
	movl	%eax, -684(%rbp)
## %bb.19:                              ##   in Loop: Header=BB3_17 Depth=1
	movl	-688(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -688(%rbp)
	jmp	LBB3_17
LBB3_20:
	movl	-684(%rbp), %esi
	leaq	L_.str.17(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB3_22
## %bb.21:
	xorl	%eax, %eax
	addq	$720, %rsp                      ## imm = 0x2D0
	popq	%rbp
	retq
LBB3_22:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function show
_show:                                  ## @show
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
	movq	-8(%rbp), %rsi
	leaq	L_.str.18(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	$0, -32(%rbp)
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-32(%rbp), %rax
	cmpq	-24(%rbp), %rax
	jae	LBB4_7
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
	movq	-16(%rbp), %rax
	movq	-32(%rbp), %rcx
	movsbl	(%rax,%rcx), %eax
	cmpl	$0, %eax
	je	LBB4_4
## %bb.3:                               ##   in Loop: Header=BB4_1 Depth=1
	movq	-16(%rbp), %rax
	movq	-32(%rbp), %rcx
	movsbl	(%rax,%rcx), %eax
	movl	%eax, -36(%rbp)                 ## 4-byte Spill
	jmp	LBB4_5
LBB4_4:                                 ##   in Loop: Header=BB4_1 Depth=1
	movl	$95, %eax
	movl	%eax, -36(%rbp)                 ## 4-byte Spill
	jmp	LBB4_5
LBB4_5:                                 ##   in Loop: Header=BB4_1 Depth=1
	movl	-36(%rbp), %edi                 ## 4-byte Reload
	callq	_putchar
## %bb.6:                               ##   in Loop: Header=BB4_1 Depth=1
	movq	-32(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -32(%rbp)
	jmp	LBB4_1
LBB4_7:
	leaq	L_.str.19(%rip), %rdi
	movb	$0, %al
	callq	_printf
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function sgn
_sgn:                                   ## @sgn
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	setg	%al
	andb	$1, %al
	movzbl	%al, %eax
	cmpl	$0, -4(%rbp)
	setl	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	subl	%ecx, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vshift                         ## @vshift
	.p2align	2
_vshift:
	.long	3                               ## 0x3

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"0123456789abcdefghijklmnopqrstuvwxyzABC"

L_.str.1:                               ## @.str.1
	.asciz	"start"

L_.str.2:                               ## @.str.2
	.asciz	"move right 3"

L_.str.3:                               ## @.str.3
	.asciz	"move left 6"

L_.str.4:                               ## @.str.4
	.asciz	"self move"

L_.str.5:                               ## @.str.5
	.asciz	"memset tail"

L_.str.6:                               ## @.str.6
	.asciz	"hand vs libc forward overlap equal: %d\n"

L_.str.7:                               ## @.str.7
	.asciz	"hand vs libc backward overlap equal: %d\n"

	.section	__TEXT,__const
l___const.main.x:                       ## @__const.main.x
	.ascii	"\001\002\003\310\005"

l___const.main.y:                       ## @__const.main.y
	.ascii	"\001\002\003d\005"

	.section	__TEXT,__cstring,cstring_literals
L_.str.8:                               ## @.str.8
	.asciz	"memcmp: %d %d %d %d\n"

L_.str.9:                               ## @.str.9
	.asciz	"memcmp len0: %d, high byte unsigned: %d\n"

L_.str.10:                              ## @.str.10
	.asciz	"%d"

L_.str.11:                              ## @.str.11
	.asciz	"\n"

L_.str.12:                              ## @.str.12
	.asciz	"find the needle in the haystack"

L_.str.13:                              ## @.str.13
	.asciz	"memchr n at %ld, z %s\n"

L_.str.14:                              ## @.str.14
	.asciz	"found"

L_.str.15:                              ## @.str.15
	.asciz	"missing"

	.section	__TEXT,__const
	.p2align	4                               ## @__const.main.words
l___const.main.words:
	.quad	1                               ## 0x1
	.quad	2                               ## 0x2
	.quad	3                               ## 0x3
	.quad	4                               ## 0x4
	.quad	5                               ## 0x5
	.quad	6                               ## 0x6
	.quad	7                               ## 0x7
	.quad	8                               ## 0x8

	.section	__TEXT,__cstring,cstring_literals
L_.str.16:                              ## @.str.16
	.asciz	"%ld "

L_.str.17:                              ## @.str.17
	.asciz	"big checksum=%08x\n"

L_.str.18:                              ## @.str.18
	.asciz	"%-14s ["

L_.str.19:                              ## @.str.19
	.asciz	"]\n"

.subsections_via_symbols
