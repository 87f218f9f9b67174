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
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	%rsi, %r14
	movq	%rdi, %rbx
	callq	___error
	movl	$0, (%rax)
	movq	%rbx, %rdi
	xorl	%esi, %esi
	movl	$10, %edx
	callq	_strtol
	movq	%rax, %rbx
	callq	___error
	movl	(%rax), %eax
	movl	%eax, (%r14)
	movq	%rbx, %rax
	popq	%rbx
	popq	%r14
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
	pushq	%rax
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	leaq	L_.str(%rip), %r12
	leaq	-44(%rbp), %r14
	movq	%r12, %rdi
	movq	%r14, %rsi
	callq	_parse
	movl	-44(%rbp), %edx
	testl	%edx, %edx
	leaq	L_.str.8(%rip), %r15
	leaq	L_.str.7(%rip), %rbx
	movq	%rbx, %rcx
	cmoveq	%r15, %rcx
	cmpl	$34, %edx
	leaq	L_.str.6(%rip), %rdx
	cmoveq	%rdx, %rcx
	leaq	L_.str.5(%rip), %r13
	movq	%r13, %rdi
	movq	%r12, %rsi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.1(%rip), %r12
	movq	%r12, %rdi
	movq	%r14, %rsi
	callq	_parse
	movl	-44(%rbp), %edx
	testl	%edx, %edx
	movq	%rbx, %rcx
	cmoveq	%r15, %rcx
	cmpl	$34, %edx
	leaq	L_.str.6(%rip), %rdx
	cmoveq	%rdx, %rcx
	movq	%r13, %rdi
	movq	%r12, %rsi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.2(%rip), %r12
	movq	%r12, %rdi
	movq	%r14, %rsi
	callq	_parse
	movl	-44(%rbp), %edx
	testl	%edx, %edx
	movq	%rbx, %rcx
	cmoveq	%r15, %rcx
	cmpl	$34, %edx
	leaq	L_.str.6(%rip), %r13
	cmoveq	%r13, %rcx
	leaq	L_.str.5(%rip), %rdi
	movq	%r12, %rsi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.3(%rip), %r12
	movq	%r12, %rdi
	movq	%r14, %rsi
	callq	_parse
	movl	-44(%rbp), %edx
	testl	%edx, %edx
	movq	%rbx, %rcx
	cmoveq	%r15, %rcx
	cmpl	$34, %edx
	cmoveq	%r13, %rcx
	leaq	L_.str.5(%rip), %rdi
	movq	%r12, %rsi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.4(%rip), %r12
	movq	%r12, %rdi
	movq	%r14, %rsi
	callq	_parse
	movl	-44(%rbp), %ecx
	testl	%ecx, %ecx
	cmoveq	%r15, %rbx
	cmpl	$34, %ecx
	cmoveq	%r13, %rbx
	leaq	L_.str.5(%rip), %rdi
	movq	%r12, %rsi
	movq	%rax, %rdx
	movq	%rbx, %rcx
	xorl	%eax, %eax
	callq	_printf
	xorpd	%xmm0, %xmm0
	mulsd	_vneg(%rip), %xmm0
	callq	_log
	leaq	L_.str.9(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movq	___stdoutp@GOTPCREL(%rip), %rbx
	movq	(%rbx), %rdi
	leaq	L_.str.10(%rip), %rsi
	movl	$7, %edx
	xorl	%eax, %eax
	callq	_fprintf
	movq	(%rbx), %rcx
	leaq	L_.str.11(%rip), %rdi
	movl	$20, %esi
	movl	$1, %edx
	callq	_fwrite
	movq	(%rbx), %rdi
	callq	_fflush
	movq	___stderrp@GOTPCREL(%rip), %rbx
	movq	(%rbx), %rdi
	leaq	L_.str.12(%rip), %rsi
	leaq	L_.str.13(%rip), %rdx
	movl	$3, %ecx
	xorl	%eax, %eax
	callq	_fprintf
	movq	(%rbx), %rsi
	movl	$33, %edi
	callq	_fputc
	movq	(%rbx), %rsi
	movl	$10, %edi
	callq	_fputc
	xorl	%eax, %eax
	addq	$8, %rsp
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
