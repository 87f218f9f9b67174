	.text
	.globl	f
	.type	f, @function
f:
	leal	(%rdi,%rsi), %eax
	addl	$5, %eax
	subq	$4096, %rdi
	imull	$100003, %esi, %edx
	negl	%edx
	incq	%rcx
	movl	%edi, %eax
	cltd
	idivl	%esi
	ret
	.size	f, .-f
