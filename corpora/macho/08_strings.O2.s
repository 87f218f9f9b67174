	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
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
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rdi, %r14
	callq	_strlen
	cmpq	$2, %rax
	jb	LBB0_6
## %bb.1:
	movq	%rax, %r8
	shrq	%r8
	cmpq	$1, %r8
	jne	LBB0_7
## %bb.2:
	xorl	%ecx, %ecx
	testb	$2, %al
	jne	LBB0_5
	jmp	LBB0_6
LBB0_7:
	leaq	1(%r14), %rsi
	leaq	(%rax,%r14), %rdi
	addq	$-1, %rdi
	andq	$-2, %r8
	negq	%r8
	xorl	%ecx, %ecx
	.p2align	4, 0x90
LBB0_8:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	-1(%rsi), %ebx
	movzbl	(%rdi,%rcx), %edx
	movb	%dl, -1(%rsi)
	movb	%bl, (%rdi,%rcx)
	movzbl	(%rsi), %edx
	movzbl	-1(%rdi,%rcx), %ebx
	movb	%bl, (%rsi)
	movb	%dl, -1(%rdi,%rcx)
	addq	$2, %rsi
	addq	$-2, %rcx
	cmpq	%rcx, %r8
	jne	LBB0_8
## %bb.3:
	negq	%rcx
	testb	$2, %al
	je	LBB0_6
LBB0_5:
	movb	(%r14,%rcx), %dil
	movq	%rcx, %rsi
	notq	%rsi
	addq	%rsi, %rax
	movb	(%r14,%rax), %dl
	movb	%dl, (%r14,%rcx)
	movb	%dil, (%r14,%rax)
LBB0_6:
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_count_sub                      ## -- Begin function count_sub
	.p2align	4, 0x90
_count_sub:                             ## @count_sub
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
	movq	%rsi, %rdi
	callq	_strlen
	movq	%rax, %r15
	movq	%rbx, %rdi
	movq	%r14, %rsi
	callq	_strstr
	xorl	%ebx, %ebx
	testq	%rax, %rax
	je	LBB1_3
	.p2align	4, 0x90
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	addl	$1, %ebx
	addq	%r15, %rax
	movq	%rax, %rdi
	movq	%r14, %rsi
	callq	_strstr
	testq	%rax, %rax
	jne	LBB1_1
LBB1_3:
	movl	%ebx, %eax
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function main
LCPI2_0:
	.space	16,46
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
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	leaq	L_.str.1(%rip), %rdi
	movl	$43, %esi
	xorl	%eax, %eax
	callq	_printf
	movups	L_.str(%rip), %xmm0
	movaps	%xmm0, -176(%rbp)
	movups	L_.str+16(%rip), %xmm0
	movaps	%xmm0, -160(%rbp)
	movups	L_.str+28(%rip), %xmm0
	movups	%xmm0, -148(%rbp)
	leaq	-176(%rbp), %r12
	movq	%r12, %rdi
	callq	_reverse
	leaq	L_.str.2(%rip), %rdi
	movq	%r12, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$1819043176, -240(%rbp)         ## imm = 0x6C6C6568
	movw	$111, -236(%rbp)
	leaq	-240(%rbp), %rbx
	movq	%rbx, %rdi
	callq	_strlen
	movw	$8236, -240(%rbp,%rax)          ## imm = 0x202C
	movb	$0, -238(%rbp,%rax)
	movq	%rbx, %rdi
	callq	_strlen
	movl	$1819438967, -240(%rbp,%rax)    ## imm = 0x6C726F77
	movw	$100, -236(%rbp,%rax)
	movslq	_seed(%rip), %rdx
	leaq	L_.str.6(%rip), %rsi
	movq	%rbx, %rdi
	callq	_strncat
	movq	%rbx, %rdi
	callq	_strlen
	leaq	L_.str.7(%rip), %rdi
	movq	%rbx, %rsi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.13(%rip), %rbx
	leaq	L_.str.8(%rip), %r13
	leaq	L_.str.9(%rip), %r14
	movq	%rbx, %rdi
	movq	%r13, %rsi
	movq	%r14, %rdx
	movl	$-1, %ecx
	movl	$-1, %r8d
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.10(%rip), %r15
	movq	%rbx, %rdi
	movq	%r14, %rsi
	movq	%r15, %rdx
	movl	$-1, %ecx
	movl	$-1, %r8d
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.11(%rip), %r14
	movq	%rbx, %rdi
	movq	%r15, %rsi
	movq	%r14, %rdx
	movl	$1, %ecx
	movl	$1, %r8d
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, %rdi
	movq	%r14, %rsi
	movq	%r13, %rdx
	movl	$-1, %ecx
	xorl	%r8d, %r8d
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.12(%rip), %rdx
	movq	%rbx, %rdi
	movq	%r13, %rsi
	movl	$1, %ecx
	movl	$1, %r8d
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.14(%rip), %rdi
	movl	$12, %esi
	movl	$41, %edx
	movl	$37, %ecx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.15(%rip), %rdi
	leaq	L_.str.17(%rip), %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.19(%rip), %rdi
	leaq	L_.str+16(%rip), %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.21(%rip), %rdi
	leaq	L_.str.22(%rip), %rsi
	callq	_count_sub
	movl	%eax, %ebx
	leaq	L_.str.23(%rip), %rsi
	leaq	L_.str(%rip), %rdi
	callq	_count_sub
	leaq	L_.str.20(%rip), %rdi
	movl	%ebx, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	movaps	LCPI2_0(%rip), %xmm0            ## xmm0 = [46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46]
	movaps	%xmm0, -176(%rbp)
	movl	$774778414, -160(%rbp)          ## imm = 0x2E2E2E2E
	movb	$0, -156(%rbp)
	movl	$1498435395, -171(%rbp)         ## imm = 0x59504F43
	leaq	L_.str.25(%rip), %rdi
	movq	%r12, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.26(%rip), %r14
	leaq	-280(%rbp), %rsi
	movq	%r14, %rdi
	xorl	%edx, %edx
	callq	_strtol
	movq	-280(%rbp), %rbx
	movq	%rbx, %rdx
	subq	%r14, %rdx
	leaq	L_.str.27(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, %rdi
	testb	$-33, (%rdi)
	je	LBB2_3
	.p2align	4, 0x90
LBB2_2:                                 ## =>This Inner Loop Header: Depth=1
	addq	$1, %rdi
	addq	$1, %rbx
	testb	$-33, (%rdi)
	jne	LBB2_2
LBB2_3:
	leaq	-280(%rbp), %rsi
	xorl	%edx, %edx
	callq	_strtol
	movq	-280(%rbp), %r14
	movq	%r14, %rdx
	subq	%rbx, %rdx
	leaq	L_.str.27(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	testb	$-33, (%rdi)
	je	LBB2_5
	.p2align	4, 0x90
LBB2_17:                                ## =>This Inner Loop Header: Depth=1
	addq	$1, %rdi
	addq	$1, %r14
	testb	$-33, (%rdi)
	jne	LBB2_17
LBB2_5:
	leaq	-280(%rbp), %rsi
	xorl	%edx, %edx
	callq	_strtol
	movq	-280(%rbp), %r15
	movq	%r15, %rdx
	subq	%r14, %rdx
	leaq	L_.str.27(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r15, %rdi
	testb	$-33, (%rdi)
	je	LBB2_7
	.p2align	4, 0x90
LBB2_18:                                ## =>This Inner Loop Header: Depth=1
	addq	$1, %rdi
	addq	$1, %r15
	testb	$-33, (%rdi)
	jne	LBB2_18
LBB2_7:
	leaq	-280(%rbp), %rsi
	xorl	%edx, %edx
	callq	_strtol
	movq	-280(%rbp), %r14
	movq	%r14, %rdx
	subq	%r15, %rdx
	leaq	L_.str.27(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	testb	$-33, (%rdi)
	je	LBB2_9
	.p2align	4, 0x90
LBB2_19:                                ## =>This Inner Loop Header: Depth=1
	addq	$1, %rdi
	addq	$1, %r14
	testb	$-33, (%rdi)
	jne	LBB2_19
LBB2_9:
	leaq	-280(%rbp), %rsi
	xorl	%edx, %edx
	callq	_strtol
	movq	-280(%rbp), %rbx
	movq	%rbx, %rdx
	subq	%r14, %rdx
	leaq	L_.str.27(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, %rdi
	testb	$-33, (%rdi)
	je	LBB2_11
	.p2align	4, 0x90
LBB2_20:                                ## =>This Inner Loop Header: Depth=1
	addq	$1, %rdi
	addq	$1, %rbx
	testb	$-33, (%rdi)
	jne	LBB2_20
LBB2_11:
	leaq	-280(%rbp), %rsi
	xorl	%edx, %edx
	callq	_strtol
	movq	-280(%rbp), %rdx
	subq	%rbx, %rdx
	leaq	L_.str.27(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.28(%rip), %rdi
	movl	$255, %esi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.30(%rip), %rdi
	movq	$-45, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.33(%rip), %rdi
	xorl	%esi, %esi
	movl	$10, %edx
	callq	_strtoul
	leaq	L_.str.32(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.35(%rip), %rdi
	callq	_atoi
	leaq	L_.str.34(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	leaq	-272(%rbp), %r12
	movaps	L___const.main.csv(%rip), %xmm0
	movaps	%xmm0, -272(%rbp)
	movabsq	$27431081647287393, %rax        ## imm = 0x61746C65642C61
	movq	%rax, -256(%rbp)
	leaq	L_.str.36(%rip), %r14
	xorl	%r15d, %r15d
	jmp	LBB2_12
	.p2align	4, 0x90
LBB2_14:                                ##   in Loop: Header=BB2_12 Depth=1
	leal	1(%r15), %r13d
	movq	%r12, %rdi
	callq	_strlen
	movq	%r14, %rdi
	movl	%r15d, %esi
	movq	%r12, %rdx
	movq	%rax, %rcx
	xorl	%eax, %eax
	callq	_printf
	leaq	1(%rbx), %r12
	movl	%r13d, %r15d
	testq	%rbx, %rbx
	je	LBB2_15
LBB2_12:                                ## =>This Inner Loop Header: Depth=1
	movq	%r12, %rdi
	movl	$44, %esi
	callq	_strchr
	movq	%rax, %rbx
	testq	%rax, %rax
	je	LBB2_14
## %bb.13:                              ##   in Loop: Header=BB2_12 Depth=1
	movb	$0, (%rbx)
	jmp	LBB2_14
LBB2_15:
	leaq	L_.str.37(%rip), %rdi
	movl	$3, %esi
	movl	$5, %edx
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB2_21
## %bb.16:
	xorl	%eax, %eax
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB2_21:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_seed                           ## @seed
	.p2align	2
_seed:
	.long	3                               ## 0x3

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"The quick brown fox jumps over the lazy dog"

L_.str.1:                               ## @.str.1
	.asciz	"strlen: %zu\n"

L_.str.2:                               ## @.str.2
	.asciz	"reversed: %s\n"

L_.str.3:                               ## @.str.3
	.asciz	"hello"

L_.str.4:                               ## @.str.4
	.asciz	", "

L_.str.5:                               ## @.str.5
	.asciz	"world"

L_.str.6:                               ## @.str.6
	.asciz	"!!!!!!"

L_.str.7:                               ## @.str.7
	.asciz	"concat: %s (%zu)\n"

L_.str.8:                               ## @.str.8
	.asciz	"apple"

L_.str.9:                               ## @.str.9
	.asciz	"apricot"

L_.str.10:                              ## @.str.10
	.asciz	"banana"

L_.str.11:                              ## @.str.11
	.asciz	"app"

L_.str.12:                              ## @.str.12
	.asciz	"Apple"

L_.str.13:                              ## @.str.13
	.asciz	"strcmp(%s,%s)=%d strncmp3=%d\n"

L_.str.14:                              ## @.str.14
	.asciz	"first o at %ld, last o at %ld, z at %ld\n"

L_.str.15:                              ## @.str.15
	.asciz	"strchr missing: %s\n"

L_.str.17:                              ## @.str.17
	.asciz	"null"

L_.str.19:                              ## @.str.19
	.asciz	"strstr fox: \"%s\"\n"

L_.str.20:                              ## @.str.20
	.asciz	"count 'the': %d, count 'o': %d\n"

L_.str.21:                              ## @.str.21
	.asciz	"the cat the hat the end"

L_.str.22:                              ## @.str.22
	.asciz	"the"

L_.str.23:                              ## @.str.23
	.asciz	"o"

L_.str.25:                              ## @.str.25
	.asciz	"memset/memcpy: %s\n"

L_.str.26:                              ## @.str.26
	.asciz	"  -1234 0x1f 0777 42abc 99999999999 +17"

L_.str.27:                              ## @.str.27
	.asciz	"strtol -> %ld (consumed %ld)\n"

L_.str.28:                              ## @.str.28
	.asciz	"strtol base16: %ld\n"

L_.str.30:                              ## @.str.30
	.asciz	"strtol base2: %ld\n"

L_.str.32:                              ## @.str.32
	.asciz	"strtoul: %lu\n"

L_.str.33:                              ## @.str.33
	.asciz	"4294967296"

L_.str.34:                              ## @.str.34
	.asciz	"atoi: %d\n"

L_.str.35:                              ## @.str.35
	.asciz	"  314xyz"

	.p2align	4                               ## @__const.main.csv
L___const.main.csv:
	.asciz	"alpha,beta,,gamma,delta"

L_.str.36:                              ## @.str.36
	.asciz	"field %d: '%s' len=%zu\n"

L_.str.37:                              ## @.str.37
	.asciz	"strspn=%zu strcspn=%zu\n"

.subsections_via_symbols
