	.file	"cases.c"
	.text
	.p2align 4
	.globl	alias
	.type	alias, @function
alias:
	movl	$1, (%rdi)
	movl	$0, %edx
	movl	$7, %eax
	movl	$2, (%rsi)
	cmpl	$2, (%rdi)
	cmovne	%edx, %eax
	ret
	.size	alias, .-alias
	.p2align 4
	.globl	escaped
	.type	escaped, @function
escaped:
	subq	$24, %rsp
	leaq	12(%rsp), %rdi
	movl	$0, 12(%rsp)
	call	fill@PLT
	xorl	%eax, %eax
	cmpl	$5, 12(%rsp)
	sete	%al
	addq	$24, %rsp
	ret
	.size	escaped, .-escaped
	.p2align 4
	.globl	far_counter
	.type	far_counter, @function
far_counter:
	xorl	%ecx, %ecx
	testl	%edi, %edi
	jle	.L7
	movl	$1, %edx
	movl	$1, %eax
	cmpl	$1, %edi
	jne	.L12
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L11:
	addl	$6, %eax
	cmpl	$100000, %edx
	cmovne	%ecx, %eax
.L12:
	addl	$1, %edx
	leal	1(%rax), %ecx
	cmpl	%edx, %edi
	jne	.L11
.L7:
	movl	%ecx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L15:
	movl	$1, %ecx
	jmp	.L7
	.size	far_counter, .-far_counter
	.p2align 4
	.globl	never_negative
	.type	never_negative, @function
never_negative:
	xorl	%eax, %eax
	testl	%edi, %edi
	cmovns	%edi, %eax
	ret
	.size	never_negative, .-never_negative
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
