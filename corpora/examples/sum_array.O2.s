	.file	"sum_array.c"
	.text
	.p2align 4
	.globl	sum
	.type	sum, @function
sum:
.LFB11:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L4
	movslq	%esi, %rsi
	xorl	%eax, %eax
	leaq	(%rdi,%rsi,4), %rcx
	.p2align 4,,10
	.p2align 3
.L3:
	movslq	(%rdi), %rdx
	addq	$4, %rdi
	addq	%rdx, %rax
	cmpq	%rcx, %rdi
	jne	.L3
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	sum, .-sum
	.p2align 4
	.globl	count_negative
	.type	count_negative, @function
count_negative:
.LFB12:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L11
	movslq	%esi, %rsi
	xorl	%eax, %eax
	leaq	(%rdi,%rsi,4), %rdx
	.p2align 4,,10
	.p2align 3
.L10:
	cmpl	$-2147483648, (%rdi)
	sbbl	$-1, %eax
	addq	$4, %rdi
	cmpq	%rdx, %rdi
	jne	.L10
	ret
	.p2align 4,,10
	.p2align 3
.L11:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE12:
	.size	count_negative, .-count_negative
	.p2align 4
	.globl	max_of
	.type	max_of, @function
max_of:
.LFB13:
	.cfi_startproc
	movl	(%rdi), %edx
	cmpl	$1, %esi
	jle	.L13
	leal	-2(%rsi), %ecx
	leaq	4(%rdi), %rax
	leaq	8(%rdi,%rcx,4), %rsi
	.p2align 4,,10
	.p2align 3
.L15:
	movl	(%rax), %ecx
	cmpl	%ecx, %edx
	cmovl	%ecx, %edx
	addq	$4, %rax
	cmpq	%rsi, %rax
	jne	.L15
.L13:
	movl	%edx, %eax
	ret
	.cfi_endproc
.LFE13:
	.size	max_of, .-max_of
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"sum=%ld negative=%d max=%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	leaq	values(%rip), %rax
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	xorl	%r8d, %r8d
	leaq	40(%rax), %rsi
	movq	%rax, %rdx
	.p2align 4,,10
	.p2align 3
.L18:
	movslq	(%rdx), %rcx
	addq	$4, %rdx
	addq	%rcx, %r8
	cmpq	%rsi, %rdx
	jne	.L18
	movq	%r8, total(%rip)
	movl	values(%rip), %ecx
	leaq	4+values(%rip), %rdx
	.p2align 4,,10
	.p2align 3
.L19:
	movl	(%rdx), %edi
	cmpl	%edi, %ecx
	cmovl	%edi, %ecx
	addq	$4, %rdx
	cmpq	%rsi, %rdx
	jne	.L19
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L21:
	cmpl	$-2147483648, (%rax)
	sbbl	$-1, %edx
	addq	$4, %rax
	cmpq	%rsi, %rax
	jne	.L21
	movq	%r8, %rsi
	leaq	.LC0(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	total(%rip), %eax
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	andl	$127, %eax
	ret
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.globl	total
	.bss
	.align 8
	.type	total, @object
	.size	total, 8
total:
	.zero	8
	.globl	values
	.data
	.align 32
	.type	values, @object
	.size	values, 40
values:
	.long	3
	.long	-7
	.long	12
	.long	0
	.long	45
	.long	-1
	.long	8
	.long	19
	.long	-30
	.long	6
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
