# calls through the PLT, a PIE jump table, tail calls, indirect calls, push/pop
	.text
	.globl	f
	.type	f, @function
f:
	pushq	%rbx
	movl	%edi, %ebx
	call	puts@PLT
	cmpl	$2, %ebx
	ja	.L9
	leaq	.L4(%rip), %rdx
	movslq	(%rdx,%rbx,4), %rax
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
.L4:
	.long	.L3-.L4
	.long	.L5-.L4
	.long	.L9-.L4
	.text
.L3:
	call	*%rsi
	popq	%rbx
	ret
.L5:
	popq	%rbx
	jmp	g
.L9:
	popq	%rbx
	jmp	*%rcx
	.size	f, .-f
