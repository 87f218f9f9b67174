	.file	"func.c"
	.text
	.p2align 4
	.globl	change_base
	.type	change_base, @function
change_base:
.LFB0:
	.cfi_startproc
	movq	%rdi, %rax
	movq	%rdx, %r9
	testq	%rdi, %rdi
	jle	.L2
	leaq	-72(%rsp), %rdi
	movslq	%esi, %rsi
	xorl	%ecx, %ecx
	movq	%rdi, %r8
	.p2align 4,,10
	.p2align 3
.L3:
	cqto
	movslq	%ecx, %r10
	addq	$1, %r8
	addl	$1, %ecx
	idivq	%rsi
	addl	$48, %edx
	movb	%dl, -1(%r8)
	testq	%rax, %rax
	jg	.L3
	leaq	(%rdi,%r10), %rdx
	movq	%r9, %rax
	leaq	1(%r9,%r10), %rdi
	.p2align 4,,10
	.p2align 3
.L4:
	movzbl	(%rdx), %esi
	addq	$1, %rax
	subq	$1, %rdx
	movb	%sil, -1(%rax)
	cmpq	%rax, %rdi
	jne	.L4
	movslq	%ecx, %rcx
	addq	%rcx, %r9
.L2:
	movb	$0, (%r9)
	ret
	.cfi_endproc
.LFE0:
	.size	change_base, .-change_base
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
