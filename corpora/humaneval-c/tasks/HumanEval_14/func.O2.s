	.file	"func.c"
	.text
	.p2align 4
	.globl	all_prefixes
	.type	all_prefixes, @function
all_prefixes:
.LFB0:
	.cfi_startproc
	cmpb	$0, (%rdi)
	je	.L6
	leaq	1(%rdi), %rax
	xorl	%r8d, %r8d
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$1, %rax
	movslq	%r8d, %rdx
	addl	$1, %r8d
	cmpb	$0, -1(%rax)
	jne	.L3
	leaq	2(%rdx), %r9
	movl	$1, %ecx
	.p2align 4,,10
	.p2align 3
.L4:
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L5:
	movzbl	(%rdi,%rax), %edx
	movb	%dl, (%rsi,%rax)
	addq	$1, %rax
	cmpq	%rcx, %rax
	jne	.L5
	leaq	(%rsi,%rcx), %rax
	addq	$1, %rcx
	movb	$0, (%rax)
	addq	%rcx, %rsi
	cmpq	%r9, %rcx
	jne	.L4
	movl	%r8d, %eax
	ret
.L6:
	xorl	%r8d, %r8d
	movl	%r8d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	all_prefixes, .-all_prefixes
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
