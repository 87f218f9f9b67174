	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_caesar                         ## -- Begin function caesar
	.p2align	4, 0x90
_caesar:                                ## @caesar
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB0_9
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movq	-8(%rbp), %rax
	movb	(%rax), %al
	movb	%al, -13(%rbp)
	movzbl	-13(%rbp), %edi
	callq	_isupper
	cmpl	$0, %eax
	je	LBB0_4
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	movzbl	-13(%rbp), %eax
	subl	$65, %eax
	addl	-12(%rbp), %eax
	movl	$26, %ecx
	cltd
	idivl	%ecx
	addl	$65, %edx
	movb	%dl, %cl
	movq	-8(%rbp), %rax
	movb	%cl, (%rax)
	jmp	LBB0_7
LBB0_4:                                 ##   in Loop: Header=BB0_1 Depth=1
	movzbl	-13(%rbp), %edi
	callq	_islower
	cmpl	$0, %eax
	je	LBB0_6
## %bb.5:                               ##   in Loop: Header=BB0_1 Depth=1
	movzbl	-13(%rbp), %eax
	subl	$97, %eax
	addl	-12(%rbp), %eax
	movl	$26, %ecx
	cltd
	idivl	%ecx
	addl	$97, %edx
	movb	%dl, %cl
	movq	-8(%rbp), %rax
	movb	%cl, (%rax)
LBB0_6:                                 ##   in Loop: Header=BB0_1 Depth=1
	jmp	LBB0_7
LBB0_7:                                 ##   in Loop: Header=BB0_1 Depth=1
	jmp	LBB0_8
LBB0_8:                                 ##   in Loop: Header=BB0_1 Depth=1
	movq	-8(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_1
LBB0_9:
	addq	$16, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_word_count                     ## -- Begin function word_count
	.p2align	4, 0x90
_word_count:                            ## @word_count
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movl	$0, -12(%rbp)
	movl	$0, -16(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB1_9
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movq	-8(%rbp), %rax
	movzbl	(%rax), %edi
	callq	_isalnum
	cmpl	$0, %eax
	je	LBB1_6
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	cmpl	$0, -16(%rbp)
	jne	LBB1_5
## %bb.4:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
LBB1_5:                                 ##   in Loop: Header=BB1_1 Depth=1
	movl	$1, -16(%rbp)
	jmp	LBB1_7
LBB1_6:                                 ##   in Loop: Header=BB1_1 Depth=1
	movl	$0, -16(%rbp)
LBB1_7:                                 ##   in Loop: Header=BB1_1 Depth=1
	jmp	LBB1_8
LBB1_8:                                 ##   in Loop: Header=BB1_1 Depth=1
	movq	-8(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_1
LBB1_9:
	movl	-12(%rbp), %eax
	addq	$16, %rsp
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
	pushq	%rbx
	subq	$296, %rsp                      ## imm = 0x128
	.cfi_offset %rbx, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -16(%rbp)
	movl	$0, -116(%rbp)
	movl	$0, -120(%rbp)
	movl	$0, -124(%rbp)
	movl	$0, -128(%rbp)
	movl	$0, -132(%rbp)
	movl	$0, -136(%rbp)
	movl	$0, -140(%rbp)
	movl	$0, -144(%rbp)
	movl	$0, -148(%rbp)
	movl	$0, -152(%rbp)
	leaq	_text(%rip), %rax
	movq	%rax, -160(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-160(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-160(%rbp), %rax
	movb	(%rax), %al
	movb	%al, -161(%rbp)
	movzbl	-161(%rbp), %edi
	callq	_isalpha
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-120(%rbp), %eax
	movl	%eax, -120(%rbp)
	movzbl	-161(%rbp), %edi
	callq	_isdigit
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-124(%rbp), %eax
	movl	%eax, -124(%rbp)
	movzbl	-161(%rbp), %edi
	callq	_isspace
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-128(%rbp), %eax
	movl	%eax, -128(%rbp)
	movzbl	-161(%rbp), %edi
	callq	_ispunct
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-132(%rbp), %eax
	movl	%eax, -132(%rbp)
	movzbl	-161(%rbp), %edi
	callq	_isupper
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-136(%rbp), %eax
	movl	%eax, -136(%rbp)
	movzbl	-161(%rbp), %edi
	callq	_islower
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-140(%rbp), %eax
	movl	%eax, -140(%rbp)
	movzbl	-161(%rbp), %edi
	callq	_isxdigit
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-144(%rbp), %eax
	movl	%eax, -144(%rbp)
	movzbl	-161(%rbp), %edi
	callq	_isalnum
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-148(%rbp), %eax
	movl	%eax, -148(%rbp)
	movzbl	-161(%rbp), %edi
	callq	_iscntrl
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-152(%rbp), %eax
	movl	%eax, -152(%rbp)
## %bb.3:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-160(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -160(%rbp)
	jmp	LBB2_1
LBB2_4:
	movl	-120(%rbp), %esi
	movl	-124(%rbp), %edx
	movl	-128(%rbp), %ecx
	movl	-132(%rbp), %r8d
	movl	-136(%rbp), %r9d
	movl	-140(%rbp), %ebx
	movl	-144(%rbp), %r11d
	movl	-148(%rbp), %r10d
	movl	-152(%rbp), %eax
	leaq	L_.str(%rip), %rdi
	movl	%ebx, (%rsp)
	movl	%r11d, 8(%rsp)
	movl	%r10d, 16(%rsp)
	movl	%eax, 24(%rsp)
	movb	$0, %al
	callq	_printf
	movq	$0, -176(%rbp)
LBB2_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$92, -176(%rbp)
	jae	LBB2_8
## %bb.6:                               ##   in Loop: Header=BB2_5 Depth=1
	movq	-176(%rbp), %rcx
	leaq	_text(%rip), %rax
	movzbl	(%rax,%rcx), %edi
	callq	_toupper
	movb	%al, %cl
	movq	-176(%rbp), %rax
	movb	%cl, -112(%rbp,%rax)
## %bb.7:                               ##   in Loop: Header=BB2_5 Depth=1
	movq	-176(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -176(%rbp)
	jmp	LBB2_5
LBB2_8:
	leaq	-112(%rbp), %rsi
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	$0, -184(%rbp)
LBB2_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$92, -184(%rbp)
	jae	LBB2_12
## %bb.10:                              ##   in Loop: Header=BB2_9 Depth=1
	movq	-184(%rbp), %rcx
	leaq	_text(%rip), %rax
	movzbl	(%rax,%rcx), %edi
	callq	_tolower
	movb	%al, %cl
	movq	-184(%rbp), %rax
	movb	%cl, -112(%rbp,%rax)
## %bb.11:                              ##   in Loop: Header=BB2_9 Depth=1
	movq	-184(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -184(%rbp)
	jmp	LBB2_9
LBB2_12:
	leaq	-112(%rbp), %rsi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-112(%rbp), %rdi
	leaq	_text(%rip), %rsi
	movl	$92, %edx
	callq	_memcpy
	leaq	-112(%rbp), %rdi
	movl	_shift(%rip), %esi
	callq	_caesar
	leaq	-112(%rbp), %rsi
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-112(%rbp), %rdi
	movl	_shift(%rip), %eax
	movl	$26, %esi
	subl	%eax, %esi
	callq	_caesar
	leaq	-112(%rbp), %rdi
	leaq	_text(%rip), %rsi
	callq	_strcmp
	cmpl	$0, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %esi
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	_text(%rip), %rdi
	callq	_word_count
	movl	%eax, %esi
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$32, -188(%rbp)
LBB2_13:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$127, -188(%rbp)
	jge	LBB2_30
## %bb.14:                              ##   in Loop: Header=BB2_13 Depth=1
	movl	-188(%rbp), %edi
	callq	_isdigit
	cmpl	$0, %eax
	je	LBB2_16
## %bb.15:                              ##   in Loop: Header=BB2_13 Depth=1
	movl	$100, %eax
	movl	%eax, -232(%rbp)                ## 4-byte Spill
	jmp	LBB2_26
LBB2_16:                                ##   in Loop: Header=BB2_13 Depth=1
	movl	-188(%rbp), %edi
	callq	_isupper
	cmpl	$0, %eax
	je	LBB2_18
## %bb.17:                              ##   in Loop: Header=BB2_13 Depth=1
	movl	$85, %eax
	movl	%eax, -236(%rbp)                ## 4-byte Spill
	jmp	LBB2_25
LBB2_18:                                ##   in Loop: Header=BB2_13 Depth=1
	movl	-188(%rbp), %edi
	callq	_islower
	cmpl	$0, %eax
	je	LBB2_20
## %bb.19:                              ##   in Loop: Header=BB2_13 Depth=1
	movl	$108, %eax
	movl	%eax, -240(%rbp)                ## 4-byte Spill
	jmp	LBB2_24
LBB2_20:                                ##   in Loop: Header=BB2_13 Depth=1
	movl	-188(%rbp), %edi
	callq	_isspace
	cmpl	$0, %eax
	je	LBB2_22
## %bb.21:                              ##   in Loop: Header=BB2_13 Depth=1
	movl	$115, %eax
	movl	%eax, -244(%rbp)                ## 4-byte Spill
	jmp	LBB2_23
LBB2_22:                                ##   in Loop: Header=BB2_13 Depth=1
	movl	-188(%rbp), %edi
	callq	_ispunct
	movl	%eax, %edx
	movl	$63, %eax
	movl	$112, %ecx
	cmpl	$0, %edx
	cmovnel	%ecx, %eax
	movl	%eax, -244(%rbp)                ## 4-byte Spill
LBB2_23:                                ##   in Loop: Header=BB2_13 Depth=1
	movl	-244(%rbp), %eax                ## 4-byte Reload
	movl	%eax, -240(%rbp)                ## 4-byte Spill
LBB2_24:                                ##   in Loop: Header=BB2_13 Depth=1
	movl	-240(%rbp), %eax                ## 4-byte Reload
	movl	%eax, -236(%rbp)                ## 4-byte Spill
LBB2_25:                                ##   in Loop: Header=BB2_13 Depth=1
	movl	-236(%rbp), %eax                ## 4-byte Reload
	movl	%eax, -232(%rbp)                ## 4-byte Spill
LBB2_26:                                ##   in Loop: Header=BB2_13 Depth=1
	movl	-232(%rbp), %eax                ## 4-byte Reload
                                        ## kill: def $al killed $al killed $eax
	movb	%al, -189(%rbp)
	movsbl	-189(%rbp), %edi
	callq	_putchar
	movl	-188(%rbp), %eax
	subl	$31, %eax
	movl	$32, %ecx
	cltd
	idivl	%ecx
	cmpl	$0, %edx
	jne	LBB2_28
## %bb.27:                              ##   in Loop: Header=BB2_13 Depth=1
	movl	$10, %edi
	callq	_putchar
LBB2_28:                                ##   in Loop: Header=BB2_13 Depth=1
	jmp	LBB2_29
LBB2_29:                                ##   in Loop: Header=BB2_13 Depth=1
	movl	-188(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -188(%rbp)
	jmp	LBB2_13
LBB2_30:
	movl	$10, %edi
	callq	_putchar
	movl	$0, -196(%rbp)
	movl	$0, -200(%rbp)
	movl	$0, -204(%rbp)
LBB2_31:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$128, -204(%rbp)
	jge	LBB2_34
## %bb.32:                              ##   in Loop: Header=BB2_31 Depth=1
	movl	-204(%rbp), %edi
	callq	_isprint
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-196(%rbp), %eax
	movl	%eax, -196(%rbp)
	movl	-204(%rbp), %edi
	callq	_isgraph
	cmpl	$0, %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-200(%rbp), %eax
	movl	%eax, -200(%rbp)
## %bb.33:                              ##   in Loop: Header=BB2_31 Depth=1
	movl	-204(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -204(%rbp)
	jmp	LBB2_31
LBB2_34:
	movl	-196(%rbp), %esi
	movl	-200(%rbp), %edx
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	$0, -216(%rbp)
	leaq	L_.str.8(%rip), %rax
	movq	%rax, -224(%rbp)
LBB2_35:                                ## =>This Inner Loop Header: Depth=1
	movq	-224(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB2_43
## %bb.36:                              ##   in Loop: Header=BB2_35 Depth=1
	movq	-224(%rbp), %rax
	movb	(%rax), %al
	movb	%al, -225(%rbp)
	movzbl	-225(%rbp), %edi
	callq	_isxdigit
	cmpl	$0, %eax
	jne	LBB2_38
## %bb.37:                              ##   in Loop: Header=BB2_35 Depth=1
	jmp	LBB2_42
LBB2_38:                                ##   in Loop: Header=BB2_35 Depth=1
	movq	-216(%rbp), %rax
	shlq	$4, %rax
	movq	%rax, -256(%rbp)                ## 8-byte Spill
	movzbl	-225(%rbp), %edi
	callq	_isdigit
	cmpl	$0, %eax
	je	LBB2_40
## %bb.39:                              ##   in Loop: Header=BB2_35 Depth=1
	movzbl	-225(%rbp), %eax
	subl	$48, %eax
	movl	%eax, -260(%rbp)                ## 4-byte Spill
	jmp	LBB2_41
LBB2_40:                                ##   in Loop: Header=BB2_35 Depth=1
	movzbl	-225(%rbp), %edi
	callq	_tolower
	subl	$97, %eax
	addl	$10, %eax
	movl	%eax, -260(%rbp)                ## 4-byte Spill
LBB2_41:                                ##   in Loop: Header=BB2_35 Depth=1
	movq	-256(%rbp), %rax                ## 8-byte Reload
	movl	-260(%rbp), %ecx                ## 4-byte Reload
	movslq	%ecx, %rcx
	addq	%rcx, %rax
	movq	%rax, -216(%rbp)
LBB2_42:                                ##   in Loop: Header=BB2_35 Depth=1
	movq	-224(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -224(%rbp)
	jmp	LBB2_35
LBB2_43:
	movq	-216(%rbp), %rsi
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-16(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB2_45
## %bb.44:
	xorl	%eax, %eax
	addq	$296, %rsp                      ## imm = 0x128
	popq	%rbx
	popq	%rbp
	retq
LBB2_45:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_shift                          ## @shift
	.p2align	2
_shift:
	.long	3                               ## 0x3

	.section	__TEXT,__const
	.p2align	4                               ## @text
_text:
	.asciz	"Hello, World! 123 Testing: tabs\tand\nnewlines; Hex 0xBEEF, under_score & ~tilde {braces} 42."

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"alpha=%d digit=%d space=%d punct=%d upper=%d lower=%d xdigit=%d alnum=%d cntrl=%d\n"

L_.str.1:                               ## @.str.1
	.asciz	"upper: %s\n"

L_.str.2:                               ## @.str.2
	.asciz	"lower: %s\n"

L_.str.3:                               ## @.str.3
	.asciz	"caesar: %s\n"

L_.str.4:                               ## @.str.4
	.asciz	"roundtrip ok: %d\n"

L_.str.5:                               ## @.str.5
	.asciz	"words: %d\n"

L_.str.6:                               ## @.str.6
	.asciz	"class map 32..126:\n"

L_.str.7:                               ## @.str.7
	.asciz	"isprint=%d isgraph=%d\n"

L_.str.8:                               ## @.str.8
	.asciz	"  7f3A zz"

L_.str.9:                               ## @.str.9
	.asciz	"hex value: %ld\n"

.subsections_via_symbols
