	.file	"func.c"
	.text
	.p2align 4
	.globl	solve
	.type	solve, @function
solve:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %edx
	testb	%dl, %dl
	je	.L2
	xorl	%r8d, %r8d
	xorl	%eax, %eax
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L16:
	subl	$32, %edx
	movl	$1, %r8d
.L4:
	movb	%dl, (%rsi,%rax)
	movzbl	1(%rdi,%rax), %edx
	leaq	1(%rax), %rcx
	testb	%dl, %dl
	je	.L15
.L11:
	movq	%rcx, %rax
.L5:
	leal	-97(%rdx), %ecx
	cmpb	$25, %cl
	jbe	.L16
	leal	-65(%rdx), %ecx
	cmpb	$25, %cl
	ja	.L4
	addl	$32, %edx
	movl	$1, %r8d
	leaq	1(%rax), %rcx
	movb	%dl, (%rsi,%rax)
	movzbl	1(%rdi,%rax), %edx
	testb	%dl, %dl
	jne	.L11
.L15:
	movb	$0, 1(%rsi,%rax)
	testl	%r8d, %r8d
	je	.L17
.L1:
	ret
	.p2align 4,,10
	.p2align 3
.L17:
	testl	%eax, %eax
	je	.L1
	cltq
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L10:
	movzbl	(%rsi,%rdx), %ecx
	movzbl	(%rsi,%rax), %edi
	movb	%dil, (%rsi,%rdx)
	addq	$1, %rdx
	movb	%cl, (%rsi,%rax)
	subq	$1, %rax
	cmpl	%eax, %edx
	jl	.L10
	ret
	.p2align 4,,10
	.p2align 3
.L2:
	movb	$0, (%rsi)
	ret
	.cfi_endproc
.LFE0:
	.size	solve, .-solve
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
