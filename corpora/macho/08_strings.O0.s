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
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rdi
	callq	_strlen
	movq	%rax, -16(%rbp)
	movq	$0, -24(%rbp)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-24(%rbp), %rax
	movq	-16(%rbp), %rcx
	shrq	$1, %rcx
	cmpq	%rcx, %rax
	jae	LBB0_4
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movq	-8(%rbp), %rax
	movq	-24(%rbp), %rcx
	movb	(%rax,%rcx), %al
	movb	%al, -25(%rbp)
	movq	-8(%rbp), %rax
	movq	-16(%rbp), %rcx
	subq	$1, %rcx
	subq	-24(%rbp), %rcx
	movb	(%rax,%rcx), %dl
	movq	-8(%rbp), %rax
	movq	-24(%rbp), %rcx
	movb	%dl, (%rax,%rcx)
	movb	-25(%rbp), %dl
	movq	-8(%rbp), %rax
	movq	-16(%rbp), %rcx
	subq	$1, %rcx
	subq	-24(%rbp), %rcx
	movb	%dl, (%rax,%rcx)
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -24(%rbp)
	jmp	LBB0_1
LBB0_4:
	addq	$32, %rsp
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
	subq	$48, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	$0, -20(%rbp)
	movq	-16(%rbp), %rdi
	callq	_strlen
	movq	%rax, -32(%rbp)
	movq	-8(%rbp), %rdi
	movq	-16(%rbp), %rsi
	callq	_strstr
	movq	%rax, -40(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$0, -40(%rbp)
	je	LBB1_4
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	movq	-40(%rbp), %rdi
	addq	-32(%rbp), %rdi
	movq	-16(%rbp), %rsi
	callq	_strstr
	movq	%rax, -40(%rbp)
	jmp	LBB1_1
LBB1_4:
	movl	-20(%rbp), %eax
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
	subq	$496, %rsp                      ## imm = 0x1F0
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -292(%rbp)
	leaq	L_.str(%rip), %rax
	movq	%rax, -304(%rbp)
	movq	-304(%rbp), %rdi
	callq	_strlen
	movq	%rax, %rsi
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-144(%rbp), %rdi
	movq	-304(%rbp), %rsi
	callq	_strcpy
	leaq	-144(%rbp), %rdi
	callq	_reverse
	leaq	-144(%rbp), %rsi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-208(%rbp), %rdi
	leaq	L_.str.3(%rip), %rsi
	callq	_strcpy
	leaq	-208(%rbp), %rdi
	leaq	L_.str.4(%rip), %rsi
	callq	_strcat
	leaq	-208(%rbp), %rdi
	leaq	L_.str.5(%rip), %rsi
	callq	_strcat
	leaq	-208(%rbp), %rdi
	movl	_seed(%rip), %eax
	movslq	%eax, %rdx
	leaq	L_.str.6(%rip), %rsi
	callq	_strncat
	leaq	-208(%rbp), %rax
	movq	%rax, -408(%rbp)                ## 8-byte Spill
	leaq	-208(%rbp), %rdi
	callq	_strlen
	movq	-408(%rbp), %rsi                ## 8-byte Reload
	movq	%rax, %rdx
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-256(%rbp), %rdi
	xorl	%esi, %esi
	movl	$48, %edx
	callq	_memset
	leaq	L_.str.8(%rip), %rax
	movq	%rax, -256(%rbp)
	leaq	L_.str.9(%rip), %rax
	movq	%rax, -248(%rbp)
	leaq	L_.str.10(%rip), %rax
	movq	%rax, -240(%rbp)
	leaq	L_.str.11(%rip), %rax
	movq	%rax, -232(%rbp)
	leaq	L_.str.8(%rip), %rax
	movq	%rax, -224(%rbp)
	leaq	L_.str.12(%rip), %rax
	movq	%rax, -216(%rbp)
	movl	$0, -308(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -308(%rbp)
	jge	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movslq	-308(%rbp), %rax
	movq	-256(%rbp,%rax,8), %rax
	movq	%rax, -432(%rbp)                ## 8-byte Spill
	movl	-308(%rbp), %eax
	addl	$1, %eax
	cltq
	movq	-256(%rbp,%rax,8), %rax
	movq	%rax, -424(%rbp)                ## 8-byte Spill
	movslq	-308(%rbp), %rax
	movq	-256(%rbp,%rax,8), %rdi
	movl	-308(%rbp), %eax
	addl	$1, %eax
	cltq
	movq	-256(%rbp,%rax,8), %rsi
	callq	_strcmp
	movl	%eax, %edi
	callq	_sgn
	movl	%eax, -412(%rbp)                ## 4-byte Spill
	movslq	-308(%rbp), %rax
	movq	-256(%rbp,%rax,8), %rdi
	movl	-308(%rbp), %eax
	addl	$1, %eax
	cltq
	movq	-256(%rbp,%rax,8), %rsi
	movl	$3, %edx
	callq	_strncmp
	movl	%eax, %edi
	callq	_sgn
	movq	-432(%rbp), %rsi                ## 8-byte Reload
	movq	-424(%rbp), %rdx                ## 8-byte Reload
	movl	-412(%rbp), %ecx                ## 4-byte Reload
	movl	%eax, %r8d
	leaq	L_.str.13(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB2_1 Depth=1
	movl	-308(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -308(%rbp)
	jmp	LBB2_1
LBB2_4:
	movq	-304(%rbp), %rdi
	movl	$111, %esi
	callq	_strchr
	movq	%rax, -320(%rbp)
	movq	-304(%rbp), %rdi
	movl	$111, %esi
	callq	_strrchr
	movq	%rax, -328(%rbp)
	movq	-320(%rbp), %rax
	movq	-304(%rbp), %rcx
	subq	%rcx, %rax
	movq	%rax, -456(%rbp)                ## 8-byte Spill
	movq	-328(%rbp), %rax
	movq	-304(%rbp), %rcx
	subq	%rcx, %rax
	movq	%rax, -448(%rbp)                ## 8-byte Spill
	movq	-304(%rbp), %rdi
	movl	$122, %esi
	callq	_strchr
	movq	-456(%rbp), %rsi                ## 8-byte Reload
	movq	-448(%rbp), %rdx                ## 8-byte Reload
	movq	%rax, %rcx
	movq	-304(%rbp), %rax
	subq	%rax, %rcx
	leaq	L_.str.14(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-304(%rbp), %rdi
	movl	$35, %esi
	callq	_strchr
	movq	%rax, %rcx
	leaq	L_.str.17(%rip), %rsi
	leaq	L_.str.16(%rip), %rax
	cmpq	$0, %rcx
	cmovneq	%rax, %rsi
	leaq	L_.str.15(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-304(%rbp), %rdi
	leaq	L_.str.18(%rip), %rsi
	callq	_strstr
	movq	%rax, -336(%rbp)
	movq	-336(%rbp), %rsi
	leaq	L_.str.19(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.21(%rip), %rdi
	leaq	L_.str.22(%rip), %rsi
	callq	_count_sub
	movl	%eax, -436(%rbp)                ## 4-byte Spill
	movq	-304(%rbp), %rdi
	leaq	L_.str.23(%rip), %rsi
	callq	_count_sub
	movl	-436(%rbp), %esi                ## 4-byte Reload
	movl	%eax, %edx
	leaq	L_.str.20(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-144(%rbp), %rdi
	movl	$46, %esi
	movl	$20, %edx
	callq	_memset
	movb	$0, -124(%rbp)
	movl	L_.str.24(%rip), %eax
	movl	%eax, -139(%rbp)
	leaq	-144(%rbp), %rsi
	leaq	L_.str.25(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.26(%rip), %rax
	movq	%rax, -344(%rbp)
	movq	-344(%rbp), %rax
	movq	%rax, -360(%rbp)
	movl	$0, -364(%rbp)
LBB2_5:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB2_7 Depth 2
	cmpl	$6, -364(%rbp)
	jge	LBB2_13
## %bb.6:                               ##   in Loop: Header=BB2_5 Depth=1
	movq	-360(%rbp), %rdi
	leaq	-352(%rbp), %rsi
	xorl	%edx, %edx
	callq	_strtol
	movq	%rax, -376(%rbp)
	movq	-376(%rbp), %rsi
	movq	-352(%rbp), %rdx
	movq	-360(%rbp), %rax
	subq	%rax, %rdx
	leaq	L_.str.27(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-352(%rbp), %rax
	movq	%rax, -360(%rbp)
LBB2_7:                                 ##   Parent Loop BB2_5 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movq	-360(%rbp), %rax
	movsbl	(%rax), %ecx
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	cmpl	$0, %ecx
	movb	%al, -457(%rbp)                 ## 1-byte Spill
	je	LBB2_9
## %bb.8:                               ##   in Loop: Header=BB2_7 Depth=2
	movq	-360(%rbp), %rax
	movsbl	(%rax), %eax
	cmpl	$32, %eax
	setne	%al
	movb	%al, -457(%rbp)                 ## 1-byte Spill
LBB2_9:                                 ##   in Loop: Header=BB2_7 Depth=2
	movb	-457(%rbp), %al                 ## 1-byte Reload
	testb	$1, %al
	jne	LBB2_10
	jmp	LBB2_11
LBB2_10:                                ##   in Loop: Header=BB2_7 Depth=2
	movq	-360(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -360(%rbp)
	jmp	LBB2_7
LBB2_11:                                ##   in Loop: Header=BB2_5 Depth=1
	jmp	LBB2_12
LBB2_12:                                ##   in Loop: Header=BB2_5 Depth=1
	movl	-364(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -364(%rbp)
	jmp	LBB2_5
LBB2_13:
	leaq	L_.str.29(%rip), %rdi
	xorl	%eax, %eax
	movl	%eax, %esi
	movl	$16, %edx
	callq	_strtol
	movq	%rax, %rsi
	leaq	L_.str.28(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.31(%rip), %rdi
	xorl	%eax, %eax
	movl	%eax, %esi
	movl	$2, %edx
	callq	_strtol
	movq	%rax, %rsi
	leaq	L_.str.30(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.33(%rip), %rdi
	xorl	%eax, %eax
	movl	%eax, %esi
	movl	$10, %edx
	callq	_strtoul
	movq	%rax, %rsi
	leaq	L_.str.32(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.35(%rip), %rdi
	callq	_atoi
	movl	%eax, %esi
	leaq	L_.str.34(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	L___const.main.csv(%rip), %rax
	movq	%rax, -288(%rbp)
	movq	L___const.main.csv+8(%rip), %rax
	movq	%rax, -280(%rbp)
	movq	L___const.main.csv+16(%rip), %rax
	movq	%rax, -272(%rbp)
	movl	$0, -380(%rbp)
	leaq	-288(%rbp), %rax
	movq	%rax, -392(%rbp)
LBB2_14:                                ## =>This Inner Loop Header: Depth=1
	movq	-392(%rbp), %rdi
	movl	$44, %esi
	callq	_strchr
	movq	%rax, -400(%rbp)
	cmpq	$0, -400(%rbp)
	je	LBB2_16
## %bb.15:                              ##   in Loop: Header=BB2_14 Depth=1
	movq	-400(%rbp), %rax
	movb	$0, (%rax)
LBB2_16:                                ##   in Loop: Header=BB2_14 Depth=1
	movl	-380(%rbp), %eax
	movl	%eax, -476(%rbp)                ## 4-byte Spill
	addl	$1, %eax
	movl	%eax, -380(%rbp)
	movq	-392(%rbp), %rax
	movq	%rax, -472(%rbp)                ## 8-byte Spill
	movq	-392(%rbp), %rdi
	callq	_strlen
	movl	-476(%rbp), %esi                ## 4-byte Reload
	movq	-472(%rbp), %rdx                ## 8-byte Reload
	movq	%rax, %rcx
	leaq	L_.str.36(%rip), %rdi
	movb	$0, %al
	callq	_printf
	cmpq	$0, -400(%rbp)
	jne	LBB2_18
## %bb.17:
	jmp	LBB2_19
LBB2_18:                                ##   in Loop: Header=BB2_14 Depth=1
	movq	-400(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -392(%rbp)
	jmp	LBB2_14
LBB2_19:
	leaq	L_.str.38(%rip), %rdi
	leaq	L_.str.39(%rip), %rsi
	callq	_strspn
	movq	%rax, -488(%rbp)                ## 8-byte Spill
	leaq	L_.str.40(%rip), %rdi
	leaq	L_.str.41(%rip), %rsi
	callq	_strcspn
	movq	-488(%rbp), %rsi                ## 8-byte Reload
	movq	%rax, %rdx
	leaq	L_.str.37(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB2_21
## %bb.20:
	xorl	%eax, %eax
	addq	$496, %rsp                      ## imm = 0x1F0
	popq	%rbp
	retq
LBB2_21:
	callq	___stack_chk_fail
	ud2
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

L_.str.16:                              ## @.str.16
	.asciz	"found"

L_.str.17:                              ## @.str.17
	.asciz	"null"

L_.str.18:                              ## @.str.18
	.asciz	"fox"

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

L_.str.24:                              ## @.str.24
	.asciz	"COPY"

L_.str.25:                              ## @.str.25
	.asciz	"memset/memcpy: %s\n"

L_.str.26:                              ## @.str.26
	.asciz	"  -1234 0x1f 0777 42abc 99999999999 +17"

L_.str.27:                              ## @.str.27
	.asciz	"strtol -> %ld (consumed %ld)\n"

L_.str.28:                              ## @.str.28
	.asciz	"strtol base16: %ld\n"

L_.str.29:                              ## @.str.29
	.asciz	"ff"

L_.str.30:                              ## @.str.30
	.asciz	"strtol base2: %ld\n"

L_.str.31:                              ## @.str.31
	.asciz	"-101101"

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

L_.str.38:                              ## @.str.38
	.asciz	"123abc"

L_.str.39:                              ## @.str.39
	.asciz	"0123456789"

L_.str.40:                              ## @.str.40
	.asciz	"hello world"

L_.str.41:                              ## @.str.41
	.asciz	" "

.subsections_via_symbols
