	.file	"func.c"
	.text
	.p2align 4
	.globl	decode_cyclic
	.type	decode_cyclic, @function
decode_cyclic:
.LFB0:
	.cfi_startproc
	cmpb	$0, (%rdi)
	movq	%rdi, %rdx
	je	.L10
	movl	$1, %eax
	.p2align 4,,10
	.p2align 3
.L3:
	movq	%rax, %rcx
	leaq	1(%rax), %rax
	cmpb	$0, (%rdx,%rcx)
	jne	.L3
	movl	%ecx, %r8d
	cmpl	$2, %ecx
	jle	.L4
	movl	$3, %eax
	.p2align 4,,10
	.p2align 3
.L5:
	movzbl	-1(%rdx,%rax), %edi
	movq	%rax, %r9
	movb	%dil, -3(%rsi,%rax)
	movzbl	-3(%rdx,%rax), %edi
	movb	%dil, -2(%rsi,%rax)
	movzbl	-2(%rdx,%rax), %edi
	movb	%dil, -1(%rsi,%rax)
	addq	$3, %rax
	leal	-1(%rax), %edi
	cmpl	%r8d, %edi
	jl	.L5
	movslq	%r9d, %rax
	leaq	(%rsi,%rcx), %r10
	cmpl	%ecx, %r9d
	jge	.L2
.L7:
	subl	$1, %ecx
.L9:
	movzbl	(%rdx,%rax), %edi
	movb	%dil, (%rsi,%rax)
	addq	$1, %rax
	leal	-1(%rax), %edi
	cmpl	%ecx, %edi
	jl	.L9
.L2:
	movb	$0, (%r10)
	movl	%r8d, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	movq	%rsi, %r10
	xorl	%r8d, %r8d
	movb	$0, (%r10)
	movl	%r8d, %eax
	ret
.L4:
	leaq	(%rsi,%rcx), %r10
	xorl	%eax, %eax
	jmp	.L7
	.cfi_endproc
.LFE0:
	.size	decode_cyclic, .-decode_cyclic
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
