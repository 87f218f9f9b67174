	.text
	.globl	f
	.type	f, @function
f:
	movq	%rdi, %rax
	movb	%sil, %al
	movw	$-1, %ax
	movzbl	(%rdi), %ecx
	movsbq	3(%rdi,%rsi,2), %rdx
	movslq	%edx, %r8
	movl	$-559038737, 8(%rdi)
	movabsq	$81985529216486895, %r9
	xchgq	%rax, %rdx
	ret
	.size	f, .-f
