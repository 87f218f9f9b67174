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
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movb	(%rdi), %al
	testb	%al, %al
	je	LBB0_8
## %bb.1:
	movl	%esi, %r14d
	movq	%rdi, %r15
	addq	$1, %r15
	jmp	LBB0_2
	.p2align	4, 0x90
LBB0_3:                                 ##   in Loop: Header=BB0_2 Depth=1
	movb	$65, %al
	movl	$-65, %ecx
LBB0_6:                                 ##   in Loop: Header=BB0_2 Depth=1
	addl	%r14d, %ebx
	addl	%ecx, %ebx
	movslq	%ebx, %rcx
	imulq	$1321528399, %rcx, %rdx         ## imm = 0x4EC4EC4F
	movq	%rdx, %rsi
	shrq	$63, %rsi
	shrq	$35, %rdx
	addl	%esi, %edx
	leal	(%rdx,%rdx,4), %esi
	leal	(%rsi,%rsi,4), %esi
	addl	%edx, %esi
	subl	%esi, %ecx
	addb	%al, %cl
	movb	%cl, -1(%r15)
LBB0_7:                                 ##   in Loop: Header=BB0_2 Depth=1
	movzbl	(%r15), %eax
	addq	$1, %r15
	testb	%al, %al
	je	LBB0_8
LBB0_2:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	%al, %ebx
	movl	%ebx, %edi
	callq	_isupper
	testl	%eax, %eax
	jne	LBB0_3
## %bb.4:                               ##   in Loop: Header=BB0_2 Depth=1
	movl	%ebx, %edi
	callq	_islower
	testl	%eax, %eax
	je	LBB0_7
## %bb.5:                               ##   in Loop: Header=BB0_2 Depth=1
	movb	$97, %al
	movl	$-97, %ecx
	jmp	LBB0_6
LBB0_8:
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
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
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movb	(%rdi), %al
	testb	%al, %al
	je	LBB1_1
## %bb.2:
	movq	%rdi, %r15
	addq	$1, %r15
	xorl	%ebx, %ebx
	xorl	%r14d, %r14d
	.p2align	4, 0x90
LBB1_3:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	%al, %edi
	callq	_isalnum
	xorl	$1, %ebx
	xorl	%ecx, %ecx
	testl	%eax, %eax
	setne	%cl
	cmovel	%eax, %ebx
	addl	%ebx, %r14d
	movzbl	(%r15), %eax
	addq	$1, %r15
	movl	%ecx, %ebx
	testb	%al, %al
	jne	LBB1_3
	jmp	LBB1_4
LBB1_1:
	xorl	%r14d, %r14d
LBB1_4:
	movl	%r14d, %eax
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
	subq	$152, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	movl	$0, -148(%rbp)                  ## 4-byte Folded Spill
	movb	$72, %al
	movl	$1, %r14d
	xorl	%r10d, %r10d
	xorl	%ecx, %ecx
	movq	%rcx, -160(%rbp)                ## 8-byte Spill
	xorl	%ecx, %ecx
	movq	%rcx, -168(%rbp)                ## 8-byte Spill
	xorl	%ecx, %ecx
	movq	%rcx, -176(%rbp)                ## 8-byte Spill
	xorl	%r15d, %r15d
	xorl	%r12d, %r12d
	xorl	%r13d, %r13d
	.p2align	4, 0x90
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	%r10, -184(%rbp)                ## 8-byte Spill
	movzbl	%al, %ebx
	movl	%ebx, %edi
	callq	_isalpha
	cmpl	$1, %eax
	sbbl	$-1, -148(%rbp)                 ## 4-byte Folded Spill
	movl	%ebx, %edi
	callq	_isspace
	cmpl	$1, %eax
	sbbl	$-1, %r13d
	movl	%ebx, %edi
	callq	_ispunct
	cmpl	$1, %eax
	sbbl	$-1, %r12d
	movl	%ebx, %edi
	callq	_isupper
	cmpl	$1, %eax
	sbbl	$-1, %r15d
	movl	%ebx, %edi
	callq	_islower
	cmpl	$1, %eax
	movq	-176(%rbp), %rax                ## 8-byte Reload
	sbbl	$-1, %eax
	movq	%rax, -176(%rbp)                ## 8-byte Spill
	movl	%ebx, %edi
	callq	_isxdigit
	cmpl	$1, %eax
	movq	-168(%rbp), %rax                ## 8-byte Reload
	sbbl	$-1, %eax
	movq	%rax, -168(%rbp)                ## 8-byte Spill
	movl	%ebx, %edi
	callq	_isalnum
	cmpl	$1, %eax
	movq	-160(%rbp), %rax                ## 8-byte Reload
	sbbl	$-1, %eax
	movq	%rax, -160(%rbp)                ## 8-byte Spill
	movl	%ebx, %edi
	callq	_iscntrl
	movq	-184(%rbp), %r10                ## 8-byte Reload
	cmpl	$1, %eax
	sbbl	$-1, %r10d
	leaq	_text(%rip), %rax
	movzbl	(%r14,%rax), %eax
	addq	$1, %r14
	cmpq	$92, %r14
	jne	LBB2_1
## %bb.2:
	leaq	L_.str(%rip), %rdi
	xorl	%ebx, %ebx
	movl	-148(%rbp), %esi                ## 4-byte Reload
	movl	$6, %edx
	movl	%r13d, %ecx
	movl	%r12d, %r8d
	movl	%r15d, %r9d
	xorl	%eax, %eax
	pushq	%r10
	pushq	-160(%rbp)                      ## 8-byte Folded Reload
	pushq	-168(%rbp)                      ## 8-byte Folded Reload
	pushq	-176(%rbp)                      ## 8-byte Folded Reload
	callq	_printf
	addq	$32, %rsp
	leaq	_text(%rip), %r14
	.p2align	4, 0x90
LBB2_3:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	(%rbx,%r14), %edi
	callq	_toupper
	movb	%al, -144(%rbp,%rbx)
	addq	$1, %rbx
	cmpq	$92, %rbx
	jne	LBB2_3
## %bb.4:
	leaq	L_.str.1(%rip), %rdi
	xorl	%ebx, %ebx
	leaq	-144(%rbp), %rsi
	xorl	%eax, %eax
	callq	_printf
	.p2align	4, 0x90
LBB2_5:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	(%rbx,%r14), %edi
	callq	_tolower
	movb	%al, -144(%rbp,%rbx)
	addq	$1, %rbx
	cmpq	$92, %rbx
	jne	LBB2_5
## %bb.6:
	leaq	L_.str.2(%rip), %rdi
	leaq	-144(%rbp), %rbx
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	movaps	_text(%rip), %xmm0
	movaps	%xmm0, -144(%rbp)
	movaps	_text+16(%rip), %xmm0
	movaps	%xmm0, -128(%rbp)
	movaps	_text+32(%rip), %xmm0
	movaps	%xmm0, -112(%rbp)
	movaps	_text+48(%rip), %xmm0
	movaps	%xmm0, -96(%rbp)
	movaps	_text+64(%rip), %xmm0
	movaps	%xmm0, -80(%rbp)
	movups	_text+76(%rip), %xmm0
	movups	%xmm0, -68(%rbp)
	leaq	_text(%rip), %r14
	movl	_shift(%rip), %esi
	movq	%rbx, %rdi
	callq	_caesar
	leaq	L_.str.3(%rip), %rdi
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$26, %esi
	subl	_shift(%rip), %esi
	movq	%rbx, %rdi
	callq	_caesar
	movl	$92, %edx
	movq	%rbx, %rdi
	movq	%r14, %rsi
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	sete	%sil
	leaq	L_.str.4(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	callq	_word_count
	leaq	L_.str.5(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_str(%rip), %rdi
	callq	_puts
	movl	$33, %ebx
	jmp	LBB2_7
	.p2align	4, 0x90
LBB2_13:                                ##   in Loop: Header=BB2_7 Depth=1
	callq	_putchar
	testb	$31, %bl
	je	LBB2_14
LBB2_15:                                ##   in Loop: Header=BB2_7 Depth=1
	addl	$1, %ebx
	cmpl	$128, %ebx
	je	LBB2_16
LBB2_7:                                 ## =>This Inner Loop Header: Depth=1
	leal	-49(%rbx), %eax
	movl	$100, %edi
	cmpl	$10, %eax
	jb	LBB2_13
## %bb.8:                               ##   in Loop: Header=BB2_7 Depth=1
	leal	-1(%rbx), %r14d
	movl	%r14d, %edi
	callq	_isupper
	movl	$85, %edi
	testl	%eax, %eax
	jne	LBB2_13
## %bb.9:                               ##   in Loop: Header=BB2_7 Depth=1
	movl	%r14d, %edi
	callq	_islower
	movl	$108, %edi
	testl	%eax, %eax
	jne	LBB2_13
## %bb.10:                              ##   in Loop: Header=BB2_7 Depth=1
	movl	%r14d, %edi
	callq	_isspace
	movl	$115, %edi
	testl	%eax, %eax
	jne	LBB2_13
## %bb.11:                              ##   in Loop: Header=BB2_7 Depth=1
	movl	%r14d, %edi
	callq	_ispunct
	movl	$63, %edi
	testl	%eax, %eax
	je	LBB2_13
## %bb.12:                              ##   in Loop: Header=BB2_7 Depth=1
	movl	$112, %edi
	jmp	LBB2_13
	.p2align	4, 0x90
LBB2_14:                                ##   in Loop: Header=BB2_7 Depth=1
	movl	$10, %edi
	callq	_putchar
	jmp	LBB2_15
LBB2_16:
	movl	$10, %edi
	callq	_putchar
	xorl	%ebx, %ebx
	xorl	%r15d, %r15d
	xorl	%r12d, %r12d
	.p2align	4, 0x90
LBB2_17:                                ## =>This Inner Loop Header: Depth=1
	movl	%ebx, %edi
	callq	_isprint
	cmpl	$1, %eax
	sbbl	$-1, %r12d
	movl	%ebx, %edi
	callq	_isgraph
	cmpl	$1, %eax
	sbbl	$-1, %r15d
	addl	$1, %ebx
	cmpl	$128, %ebx
	jne	LBB2_17
## %bb.18:
	leaq	L_.str.7(%rip), %rdi
	xorl	%r14d, %r14d
	movl	%r12d, %esi
	movl	%r15d, %edx
	xorl	%eax, %eax
	callq	_printf
	movb	$32, %al
	movl	$1, %ebx
	leaq	L_.str.8(%rip), %r12
	jmp	LBB2_19
	.p2align	4, 0x90
LBB2_22:                                ##   in Loop: Header=BB2_19 Depth=1
	cltq
	addq	%rax, %r14
LBB2_23:                                ##   in Loop: Header=BB2_19 Depth=1
	movzbl	(%rbx,%r12), %eax
	addq	$1, %rbx
	cmpq	$10, %rbx
	je	LBB2_24
LBB2_19:                                ## =>This Inner Loop Header: Depth=1
	movzbl	%al, %r15d
	movl	%r15d, %edi
	callq	_isxdigit
	testl	%eax, %eax
	je	LBB2_23
## %bb.20:                              ##   in Loop: Header=BB2_19 Depth=1
	shlq	$4, %r14
	leal	-48(%r15), %eax
	cmpl	$10, %eax
	jb	LBB2_22
## %bb.21:                              ##   in Loop: Header=BB2_19 Depth=1
	movl	%r15d, %edi
	callq	_tolower
	addl	$-87, %eax
	jmp	LBB2_22
LBB2_24:
	leaq	L_.str.9(%rip), %rdi
	movq	%r14, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB2_26
## %bb.25:
	xorl	%eax, %eax
	addq	$152, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB2_26:
	callq	___stack_chk_fail
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

L_.str.7:                               ## @.str.7
	.asciz	"isprint=%d isgraph=%d\n"

L_.str.8:                               ## @.str.8
	.asciz	"  7f3A zz"

L_.str.9:                               ## @.str.9
	.asciz	"hex value: %ld\n"

L_str:                                  ## @str
	.asciz	"class map 32..126:"

.subsections_via_symbols
