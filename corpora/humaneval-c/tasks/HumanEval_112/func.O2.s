	.file	"func.c"
	.text
	.p2align 4
	.globl	reverse_delete
	.type	reverse_delete, @function
reverse_delete:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %r8d
	testb	%r8b, %r8b
	je	.L2
	leaq	1(%rdi), %r9
	xorl	%edi, %edi
	.p2align 4,,10
	.p2align 3
.L3:
	movzbl	(%rsi), %eax
	leaq	1(%rsi), %rcx
	testb	%al, %al
	jne	.L5
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L17:
	movzbl	(%rcx), %eax
	addq	$1, %rcx
	testb	%al, %al
	je	.L8
.L5:
	cmpb	%r8b, %al
	jne	.L17
	movzbl	(%r9), %r8d
	addq	$1, %r9
	testb	%r8b, %r8b
	jne	.L3
.L6:
	movslq	%edi, %rax
	movb	$0, (%rdx,%rax)
	leal	-1(%rdi), %eax
	testl	%eax, %eax
	jle	.L10
	cltq
	xorl	%ecx, %ecx
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L18:
	addq	$1, %rcx
	subq	$1, %rax
	cmpl	%ecx, %eax
	jle	.L10
.L11:
	movzbl	(%rdx,%rax), %edi
	cmpb	%dil, (%rdx,%rcx)
	je	.L18
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	movslq	%edi, %rax
	addq	$1, %r9
	addl	$1, %edi
	movb	%r8b, (%rdx,%rax)
	movzbl	-1(%r9), %r8d
	testb	%r8b, %r8b
	jne	.L3
	jmp	.L6
.L2:
	movb	$0, (%rdx)
.L10:
	movl	$1, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	reverse_delete, .-reverse_delete
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
