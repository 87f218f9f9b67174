	.file	"func.c"
	.text
	.p2align 4
	.globl	monotonic
	.type	monotonic, @function
monotonic:
.LFB0:
	.cfi_startproc
	cmpl	$1, %esi
	jle	.L5
	leal	-2(%rsi), %eax
	movl	(%rdi), %ecx
	leaq	4(%rdi), %rdx
	movl	$1, %r8d
	leaq	8(%rdi,%rax,4), %rdi
	xorl	%r9d, %r9d
	movl	$1, %eax
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L10:
	cmovl	%r9d, %eax
	addq	$4, %rdx
	cmpq	%rdi, %rdx
	je	.L9
.L4:
	movl	%ecx, %esi
	movl	(%rdx), %ecx
	cmpl	%ecx, %esi
	jle	.L10
	addq	$4, %rdx
	xorl	%r8d, %r8d
	cmpq	%rdi, %rdx
	jne	.L4
.L9:
	orl	%r8d, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	movl	$1, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	monotonic, .-monotonic
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
