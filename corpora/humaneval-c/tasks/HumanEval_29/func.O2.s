	.file	"func.c"
	.text
	.p2align 4
	.globl	filter_by_prefix
	.type	filter_by_prefix, @function
filter_by_prefix:
.LFB1:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L7
	movslq	%esi, %rsi
	xorl	%r9d, %r9d
	leaq	(%rdi,%rsi,8), %r10
	.p2align 4,,10
	.p2align 3
.L6:
	movzbl	(%rdx), %esi
	movq	(%rdi), %r8
	testb	%sil, %sil
	je	.L3
	xorl	%eax, %eax
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L14:
	addq	$1, %rax
	movzbl	(%rdx,%rax), %esi
	testb	%sil, %sil
	je	.L3
.L5:
	cmpb	%sil, (%r8,%rax)
	je	.L14
	addq	$8, %rdi
	cmpq	%r10, %rdi
	jne	.L6
.L1:
	movl	%r9d, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	movslq	%r9d, %rax
	addq	$8, %rdi
	addl	$1, %r9d
	movq	%r8, (%rcx,%rax,8)
	cmpq	%r10, %rdi
	jne	.L6
	jmp	.L1
.L7:
	xorl	%r9d, %r9d
	movl	%r9d, %eax
	ret
	.cfi_endproc
.LFE1:
	.size	filter_by_prefix, .-filter_by_prefix
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
