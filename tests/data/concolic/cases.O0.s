	.file	"cases.c"
	.text
	.globl	alias
	.type	alias, @function
alias:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movl	$1, (%rax)
	movq	-16(%rbp), %rax
	movl	$2, (%rax)
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	cmpl	$2, %eax
	jne	.L2
	movl	$7, %eax
	jmp	.L3
.L2:
	movl	$0, %eax
.L3:
	popq	%rbp
	ret
	.size	alias, .-alias
	.globl	escaped
	.type	escaped, @function
escaped:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movl	$0, -4(%rbp)
	leaq	-4(%rbp), %rax
	movq	%rax, %rdi
	call	fill@PLT
	movl	-4(%rbp), %eax
	cmpl	$5, %eax
	jne	.L5
	movl	$1, %eax
	jmp	.L7
.L5:
	movl	$0, %eax
.L7:
	leave
	ret
	.size	escaped, .-escaped
	.globl	far_counter
	.type	far_counter, @function
far_counter:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -20(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L9
.L11:
	cmpl	$100000, -8(%rbp)
	jne	.L10
	addl	$5, -4(%rbp)
.L10:
	addl	$1, -4(%rbp)
	addl	$1, -8(%rbp)
.L9:
	movl	-8(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jl	.L11
	movl	-4(%rbp), %eax
	popq	%rbp
	ret
	.size	far_counter, .-far_counter
	.globl	never_negative
	.type	never_negative, @function
never_negative:
	pushq	%rbp
	movq	%rsp, %rbp
	movl	%edi, -20(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L14
.L16:
	cmpl	$0, -8(%rbp)
	jns	.L15
	addl	$100, -4(%rbp)
.L15:
	addl	$1, -4(%rbp)
	addl	$1, -8(%rbp)
.L14:
	movl	-8(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jl	.L16
	movl	-4(%rbp), %eax
	popq	%rbp
	ret
	.size	never_negative, .-never_negative
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
