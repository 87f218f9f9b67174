# fused compare-and-branch, flags carried across blocks, setcc and cmov
	.text
	.globl	f
	.type	f, @function
f:
	cmpl	%esi, %edi
	jg	.L2
	testb	$1, %dil
	sete	%al
	cmpq	$10, %rsi
	jl	.L3
	je	.L4
.L2:
	cmpq	%rdx, %rdi
	cmovbq	%rdx, %rdi
	movq	%rdi, %rax
	ret
.L3:
.L4:
	ret
	.size	f, .-f
