	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_parse                          ## -- Begin function parse
	.p2align	4, 0x90
_parse:                                 ## @parse
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
	callq	___error
	movl	$0, (%rax)
	movq	-8(%rbp), %rdi
	xorl	%eax, %eax
	movl	%eax, %esi
	movl	$10, %edx
	callq	_strtol
	movq	%rax, -24(%rbp)
	callq	___error
	movl	(%rax), %ecx
	movq	-16(%rbp), %rax
	movl	%ecx, (%rax)
	movq	-24(%rbp), %rax
	addq	$32, %rsp
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
	subq	$96, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -52(%rbp)
	leaq	-48(%rbp), %rdi
	xorl	%esi, %esi
	movl	$40, %edx
	callq	_memset
	leaq	L_.str(%rip), %rax
	movq	%rax, -48(%rbp)
	leaq	L_.str.1(%rip), %rax
	movq	%rax, -40(%rbp)
	leaq	L_.str.2(%rip), %rax
	movq	%rax, -32(%rbp)
	leaq	L_.str.3(%rip), %rax
	movq	%rax, -24(%rbp)
	leaq	L_.str.4(%rip), %rax
	movq	%rax, -16(%rbp)
	movl	$0, -56(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -56(%rbp)
	jge	LBB1_7
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movslq	-56(%rbp), %rax
	movq	-48(%rbp,%rax,8), %rdi
	leaq	-60(%rbp), %rsi
	callq	_parse
	movq	%rax, -72(%rbp)
	movslq	-56(%rbp), %rax
	movq	-48(%rbp,%rax,8), %rax
	movq	%rax, -88(%rbp)                 ## 8-byte Spill
	movq	-72(%rbp), %rax
	movq	%rax, -80(%rbp)                 ## 8-byte Spill
	cmpl	$34, -60(%rbp)
	jne	LBB1_4
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	leaq	L_.str.6(%rip), %rax
	movq	%rax, -96(%rbp)                 ## 8-byte Spill
	jmp	LBB1_5
LBB1_4:                                 ##   in Loop: Header=BB1_1 Depth=1
	movl	-60(%rbp), %edx
	leaq	L_.str.8(%rip), %rax
	leaq	L_.str.7(%rip), %rcx
	cmpl	$0, %edx
	cmovneq	%rcx, %rax
	movq	%rax, -96(%rbp)                 ## 8-byte Spill
LBB1_5:                                 ##   in Loop: Header=BB1_1 Depth=1
	movq	-80(%rbp), %rdx                 ## 8-byte Reload
	movq	-88(%rbp), %rsi                 ## 8-byte Reload
	movq	-96(%rbp), %rcx                 ## 8-byte Reload
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.6:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-56(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -56(%rbp)
	jmp	LBB1_1
LBB1_7:
	movsd	_vneg(%rip), %xmm1              ## xmm1 = mem[0],zero
	xorps	%xmm0, %xmm0
	mulsd	%xmm1, %xmm0
	callq	_log
	leaq	L_.str.9(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movq	___stdoutp@GOTPCREL(%rip), %rax
	movq	(%rax), %rdi
	leaq	L_.str.10(%rip), %rsi
	movl	$7, %edx
	movb	$0, %al
	callq	_fprintf
	movq	___stdoutp@GOTPCREL(%rip), %rax
	movq	(%rax), %rsi
	leaq	L_.str.11(%rip), %rdi
	callq	_fputs
	movq	___stdoutp@GOTPCREL(%rip), %rax
	movq	(%rax), %rdi
	callq	_fflush
	movq	___stderrp@GOTPCREL(%rip), %rax
	movq	(%rax), %rdi
	leaq	L_.str.12(%rip), %rsi
	leaq	L_.str.13(%rip), %rdx
	movl	$3, %ecx
	movb	$0, %al
	callq	_fprintf
	movq	___stderrp@GOTPCREL(%rip), %rax
	movq	(%rax), %rsi
	movl	$33, %edi
	callq	_fputc
	movq	___stderrp@GOTPCREL(%rip), %rax
	movq	(%rax), %rsi
	movl	$10, %edi
	callq	_fputc
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB1_9
## %bb.8:
	xorl	%eax, %eax
	addq	$96, %rsp
	popq	%rbp
	retq
LBB1_9:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vneg                           ## @vneg
	.p2align	3
_vneg:
	.quad	0xbff0000000000000              ## double -1

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"42"

L_.str.1:                               ## @.str.1
	.asciz	"-17"

L_.str.2:                               ## @.str.2
	.asciz	"99999999999999999999999"

L_.str.3:                               ## @.str.3
	.asciz	"-99999999999999999999999"

L_.str.4:                               ## @.str.4
	.asciz	"12abc"

L_.str.5:                               ## @.str.5
	.asciz	"strtol(%s) = %ld errno=%s\n"

L_.str.6:                               ## @.str.6
	.asciz	"ERANGE"

L_.str.7:                               ## @.str.7
	.asciz	"other"

L_.str.8:                               ## @.str.8
	.asciz	"0"

L_.str.9:                               ## @.str.9
	.asciz	"log(-0) = %f\n"

L_.str.10:                              ## @.str.10
	.asciz	"to stdout via fprintf: %d\n"

L_.str.11:                              ## @.str.11
	.asciz	"to stdout via fputs\n"

L_.str.12:                              ## @.str.12
	.asciz	"to stderr: %s %d\n"

L_.str.13:                              ## @.str.13
	.asciz	"code"

.subsections_via_symbols
