	.text
	.hidden	fill
	.globl	fill
	.p2align	4, 0x90
	.type	fill, @function
fill:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	$8208, %eax
	subq	%rax, %rsp
	xorl	%ecx, %ecx
.LLBB0_1:
	movb	%cl, -8200(%rbp,%rcx,1)
	incq	%rcx
	cmpq	$8192, %rcx
	jne	.LLBB0_1
	movsbl	-8200(%rbp,%rdi,1), %eax
	addq	$8208, %rsp
	popq	%rbp
	retq
	.weak	pick
	.globl	pick
	.p2align	4, 0x90
	.type	pick, @function
pick:
	cmpl	$3, %edi
	ja	.LLBB1_5
	movl	%edi, %eax
	leaq	.LLJTI1_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.LLBB1_2:
	movl	$10, %eax
	retq
.LLBB1_3:
	movl	$20, %eax
	retq
.LLBB1_4:
	movl	$30, %eax
	retq
.LLBB1_5:
	movl	$-1, %eax
	retq
	.p2align	2, 0x90
	.section	.rodata
	.p2align	2
.LLJTI1_0:
	.long	.LLBB1_2-.LLJTI1_0
	.long	.LLBB1_3-.LLJTI1_0
	.long	.LLBB1_4-.LLJTI1_0
	.long	.LLBB1_2-.LLJTI1_0
	.text
	.globl	main
	.p2align	4, 0x90
	.type	main, @function
main:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	pushq	%rax
	movl	$200, %edi
	callq	fill
	movl	%eax, %ebx
	cmpl	$-56, %eax
	je	.LLBB2_2
	leaq	.LL___func__.main(%rip), %rdi
	leaq	.LL_.file(%rip), %rsi
	leaq	.LL_.assertion(%rip), %rcx
	movl	$42, %edx
	callq	__gg_darwin_assert_rtn
.LLBB2_2:
	movl	$2, %edi
	callq	pick
	leaq	total(%rip), %rcx
	addl	%eax, (%rcx)
	movl	$1, %edi
	callq	pick
	addl	%eax, total(%rip)
	movl	total(%rip), %esi
	leaq	.LL_.fmt(%rip), %rdi
	movl	%ebx, %edx
	movsd	.LLCPI2_0(%rip), %xmm0
	movb	$1, %al
	callq	printf
	leaq	.LL_.msg(%rip), %rdi
	movq	.LL_puts$non_lazy_ptr(%rip), %rax
	callq	*%rax
	leaq	table(%rip), %rax
	movq	8(%rax), %rsi
	movl	scratch+4(%rip), %edx
	addl	lscratch(%rip), %edx
	leaq	.LL_.fmt2(%rip), %rdi
	xorl	%eax, %eax
	callq	printf
	movq	stdout@GOTPCREL(%rip), %rax
	movq	(%rax), %rsi
	leaq	.LL_.msg(%rip), %rdi
	callq	fputs
	movl	$3, %eax
	addq	$8, %rsp
	popq	%rbx
	popq	%rbp
	retq
	.section	.rodata.cst8, "aM", @progbits, 8
	.p2align	3
.LLCPI2_0:
	.quad	0x4004000000000000
	.section	.rodata.str1.1, "aMS", @progbits, 1
.LL___func__.main:
	.asciz	"main"
.LL_.file:
	.asciz	"handwritten.c"
.LL_.assertion:
	.asciz	"fill(200) == -56"
.LL_.fmt:
	.asciz	"total=%d fill=%d scale=%.2f\n"
.LL_.msg:
	.asciz	"through a non-lazy pointer"
.LL_.fmt2:
	.asciz	"table[1]=%ld scratch=%d\n"
	.data
	.globl	total
	.p2align	2
total:
	.long	5
	.globl	table
	.p2align	3
table:
	.quad	-7
	.quad	1234567890123
	.section	.data.rel.ro, "aw"
	.p2align	3
.LL_puts$non_lazy_ptr:
	.quad	puts
	.bss
	.balign	16
	.type	scratch, @object
	.size	scratch, 64
scratch:
	.zero	64
	.section	.data.rel.ro, "aw"
	.local	lscratch
	.comm	lscratch, 4, 4
	.text
	.p2align 4
	.type __gg_darwin_assert_rtn, @function
__gg_darwin_assert_rtn:
	movq %rdi, %rax
	movq %rcx, %rdi
	movq %rax, %rcx
	subq $8, %rsp
	call __assert_fail
	.section	.note.GNU-stack, "", @progbits
