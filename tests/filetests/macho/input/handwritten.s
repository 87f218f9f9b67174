## Mach-O constructs Debian's clang does not emit for this target, written the way Apple's tools
## write them: stack probes, non-lazy pointers, .lcomm, .align, visibility and weak definitions,
## assert, DWARF. Runs as a program: prints four lines and exits with 3.
	.section	__TEXT,__text,regular,pure_instructions
	.macosx_version_min 10, 15
	.private_extern	_fill                   ## -- Begin function fill
	.globl	_fill
	.p2align	4, 0x90
_fill:                                  ## @fill
	pushq	%rbp
	movq	%rsp, %rbp
	movl	$8208, %eax                     ## imm = 0x2010
	callq	____chkstk_darwin
	subq	%rax, %rsp
	xorl	%ecx, %ecx
LBB0_1:
	movb	%cl, -8200(%rbp,%rcx)
	incq	%rcx
	cmpq	$8192, %rcx                     ## imm = 0x2000
	jne	LBB0_1
	movsbl	-8200(%rbp,%rdi), %eax
	addq	$8208, %rsp                     ## imm = 0x2010
	popq	%rbp
	retq
	.weak_definition	_pick
	.globl	_pick
	.p2align	4, 0x90
_pick:
	cmpl	$3, %edi
	ja	LBB1_5
	movl	%edi, %eax
	leaq	LJTI1_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
LBB1_2:
	movl	$10, %eax
	retq
LBB1_3:
	movl	$20, %eax
	retq
LBB1_4:
	movl	$30, %eax
	retq
LBB1_5:
	movl	$-1, %eax
	retq
	.p2align	2, 0x90
	.data_region jt32
.set L1_0_set_2, LBB1_2-LJTI1_0
.set L1_0_set_3, LBB1_3-LJTI1_0
.set L1_0_set_4, LBB1_4-LJTI1_0
LJTI1_0:
	.long	L1_0_set_2
	.long	L1_0_set_3
	.long	L1_0_set_4
	.long	L1_0_set_2
	.end_data_region
	.globl	_main
	.p2align	4, 0x90
_main:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	pushq	%rax
	movl	$200, %edi
	callq	_fill
	movl	%eax, %ebx
	cmpl	$-56, %eax
	je	LBB2_2
	leaq	L___func__.main(%rip), %rdi
	leaq	L_.file(%rip), %rsi
	leaq	L_.assertion(%rip), %rcx
	movl	$42, %edx
	callq	___assert_rtn
LBB2_2:
	movl	$2, %edi
	callq	_pick
	movq	_total@GOTPCREL(%rip), %rcx
	addl	%eax, (%rcx)
	movl	$1, %edi
	callq	_pick
	addl	%eax, _total(%rip)
	movl	_total(%rip), %esi
	leaq	L_.fmt(%rip), %rdi
	movl	%ebx, %edx
	movsd	LCPI2_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	movb	$1, %al
	callq	_printf
	leaq	L_.msg(%rip), %rdi
	movq	L_puts$non_lazy_ptr(%rip), %rax
	callq	*%rax
	movq	_table@GOTPCREL(%rip), %rax
	movq	8(%rax), %rsi
	movl	_scratch+4(%rip), %edx
	addl	_lscratch(%rip), %edx
	leaq	L_.fmt2(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	___stdoutp@GOTPCREL(%rip), %rax
	movq	(%rax), %rsi
	leaq	L_.msg(%rip), %rdi
	callq	_fputs
	movl	$3, %eax
	addq	$8, %rsp
	popq	%rbx
	popq	%rbp
	retq
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3
LCPI2_0:
	.quad	0x4004000000000000              ## double 2.5
	.section	__TEXT,__cstring,cstring_literals
L___func__.main:
	.asciz	"main"
L_.file:
	.asciz	"handwritten.c"
L_.assertion:
	.asciz	"fill(200) == -56"
L_.fmt:
	.asciz	"total=%d fill=%d scale=%.2f\n"
L_.msg:
	.asciz	"through a non-lazy pointer"
L_.fmt2:
	.asciz	"table[1]=%ld scratch=%d\n"
	.section	__DATA,__data
	.globl	_total
	.align	2
_total:
	.long	5
	.globl	_table
	.align	3
_table:
	.quad	-7
	.quad	1234567890123
	.section	__DATA,__nl_symbol_ptr,non_lazy_symbol_pointers
	.p2align	3
L_puts$non_lazy_ptr:
	.indirect_symbol	_puts
	.quad	0
.zerofill __DATA,__bss,_scratch,64,4
	.lcomm	_lscratch,4,2
	.section	__DWARF,__debug_abbrev,regular,debug
Lsection_abbrev:
	.byte	1
	.byte	17
.subsections_via_symbols
