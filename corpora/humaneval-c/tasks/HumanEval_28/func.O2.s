	.file	"func.c"
	.text
	.p2align 4
	.globl	concatenate
	.type	concatenate, @function
concatenate:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L6
	movslq	%esi, %rsi
	xorl	%eax, %eax
	leaq	(%rdi,%rsi,8), %r9
	.p2align 4,,10
	.p2align 3
.L5:
	movq	(%rdi), %r8
	movzbl	(%r8), %esi
	testb	%sil, %sil
	je	.L3
	leal	1(%rax), %ecx
	cltq
	movslq	%ecx, %rcx
	subq	%rax, %r8
	.p2align 4,,10
	.p2align 3
.L4:
	movb	%sil, -1(%rdx,%rcx)
	movq	%rcx, %rax
	addq	$1, %rcx
	movzbl	-1(%r8,%rcx), %esi
	testb	%sil, %sil
	jne	.L4
.L3:
	addq	$8, %rdi
	cmpq	%r9, %rdi
	jne	.L5
	movslq	%eax, %rcx
	addq	%rcx, %rdx
	movb	$0, (%rdx)
	ret
.L6:
	movb	$0, (%rdx)
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	concatenate, .-concatenate
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
