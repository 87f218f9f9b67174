	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_clear                          ## -- Begin function clear
	.p2align	4, 0x90
_clear:                                 ## @clear
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
	movq	-8(%rbp), %rdi
	movq	-16(%rbp), %rdx
	xorl	%esi, %esi
	callq	_memset
	addq	$16, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_fill_ints                      ## -- Begin function fill_ints
	.p2align	4, 0x90
_fill_ints:                             ## @fill_ints
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	$0, -24(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-24(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jae	LBB1_4
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movq	-8(%rbp), %rax
	movq	-24(%rbp), %rcx
	movl	$16909060, (%rax,%rcx,4)        ## imm = 0x1020304
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -24(%rbp)
	jmp	LBB1_1
LBB1_4:
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
	subq	$752, %rsp                      ## imm = 0x2F0
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -724(%rbp)
	movl	$0, -728(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$200, -728(%rbp)
	jge	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	imull	$7, -728(%rbp), %eax
	addl	$1, %eax
	movb	%al, %cl
	movslq	-728(%rbp), %rax
	movb	%cl, -208(%rbp,%rax)
## %bb.3:                               ##   in Loop: Header=BB2_1 Depth=1
	movl	-728(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -728(%rbp)
	jmp	LBB2_1
LBB2_4:
	leaq	-208(%rbp), %rdi
	addq	$3, %rdi
	movq	_vlen(%rip), %rsi
	callq	_clear
	leaq	-208(%rbp), %rdi
	movl	$200, %esi
	callq	_sum_bytes
	movl	%eax, %esi
	movzbl	-206(%rbp), %edx
	movzbl	-168(%rbp), %ecx
	movzbl	-128(%rbp), %r8d
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-208(%rbp), %rdi
	addq	$100, %rdi
	movq	_vlen(%rip), %rdx
	shrq	$1, %rdx
	xorl	%esi, %esi
	callq	_memset
	leaq	-208(%rbp), %rdi
	movl	$200, %esi
	callq	_sum_bytes
	movl	%eax, %esi
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-208(%rbp), %rdi
	movq	_vlen(%rip), %rdx
	leaq	_main.pat16(%rip), %rsi
	callq	_memset_pattern16
	leaq	-208(%rbp), %rax
	movq	%rax, -752(%rbp)                ## 8-byte Spill
	leaq	-208(%rbp), %rdi
	movl	$200, %esi
	callq	_sum_bytes
	movq	-752(%rbp), %rsi                ## 8-byte Reload
	movl	%eax, %edx
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-208(%rbp), %rdi
	addq	$10, %rdi
	movq	_vlen(%rip), %rdx
	subq	$70, %rdx
	leaq	_main.pat8(%rip), %rsi
	callq	_memset_pattern8
	leaq	-208(%rbp), %rdi
	addq	$30, %rdi
	leaq	_main.pat4(%rip), %rsi
	movl	$13, %edx
	callq	_memset_pattern4
	leaq	-208(%rbp), %rdi
	movl	$200, %esi
	callq	_sum_bytes
	movl	%eax, %esi
	movzbl	-191(%rbp), %edx
	movzbl	-190(%rbp), %ecx
	movzbl	-166(%rbp), %r8d
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-464(%rbp), %rdi
	movl	$64, %esi
	callq	_fill_ints
	leaq	-464(%rbp), %rdi
	movl	$256, %esi                      ## imm = 0x100
	callq	_sum_bytes
	movl	%eax, %esi
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-720(%rbp), %rdi
	xorl	%esi, %esi
	movl	$256, %edx                      ## imm = 0x100
	callq	_memset
	movq	$9, -680(%rbp)
	movq	$0, -736(%rbp)
	movl	$0, -740(%rbp)
LBB2_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$32, -740(%rbp)
	jge	LBB2_8
## %bb.6:                               ##   in Loop: Header=BB2_5 Depth=1
	movslq	-740(%rbp), %rax
	movq	-720(%rbp,%rax,8), %rax
	movl	-740(%rbp), %ecx
	addl	$1, %ecx
	movslq	%ecx, %rcx
	imulq	%rcx, %rax
	addq	-736(%rbp), %rax
	movq	%rax, -736(%rbp)
## %bb.7:                               ##   in Loop: Header=BB2_5 Depth=1
	movl	-740(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -740(%rbp)
	jmp	LBB2_5
LBB2_8:
	movq	-736(%rbp), %rsi
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB2_10
## %bb.9:
	xorl	%eax, %eax
	addq	$752, %rsp                      ## imm = 0x2F0
	popq	%rbp
	retq
LBB2_10:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function sum_bytes
_sum_bytes:                             ## @sum_bytes
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	$0, -20(%rbp)
	movq	$0, -32(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-32(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jae	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	imull	$31, -20(%rbp), %eax
	movq	-8(%rbp), %rcx
	movq	-32(%rbp), %rdx
	movzbl	(%rcx,%rdx), %ecx
	addl	%ecx, %eax
	movl	%eax, -20(%rbp)
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-32(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -32(%rbp)
	jmp	LBB3_1
LBB3_4:
	movl	-20(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vlen                           ## @vlen
	.p2align	3
_vlen:
	.quad	77                              ## 0x4d

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"after clear: %u first=%d mid=%d last=%d\n"

L_.str.1:                               ## @.str.1
	.asciz	"after bzero: %u\n"

	.section	__TEXT,__const
	.p2align	4                               ## @main.pat16
_main.pat16:
	.ascii	"abcdefghijklmnop"

_main.pat8:                             ## @main.pat8
	.ascii	"\001\002\003\004\005\006\007\b"

_main.pat4:                             ## @main.pat4
	.ascii	"\336\255\276\357"

	.section	__TEXT,__cstring,cstring_literals
L_.str.2:                               ## @.str.2
	.asciz	"pattern16: %.40s %u\n"

L_.str.3:                               ## @.str.3
	.asciz	"pattern8/4: %u %d %d %d\n"

L_.str.4:                               ## @.str.4
	.asciz	"fill_ints: %u\n"

L_.str.5:                               ## @.str.5
	.asciz	"zeros: %ld\n"

.subsections_via_symbols
