	.file	"func.c"
	.text
	.p2align 4
	.globl	histogram
	.type	histogram, @function
histogram:
.LFB0:
	.cfi_startproc
	movq	%rdx, %r9
	leaq	-120(%rsp), %rdx
	movq	%rdi, %r10
	xorl	%eax, %eax
	movl	$13, %ecx
	movq	%rdx, %rdi
	movq	%rsi, %r8
	rep stosq
	movzbl	(%r10), %eax
	testb	%al, %al
	je	.L2
	leaq	1(%r10), %rcx
	.p2align 4,,10
	.p2align 3
.L4:
	subl	$97, %eax
	cmpb	$25, %al
	ja	.L3
	movsbq	%al, %rax
	addl	$1, -120(%rsp,%rax,4)
.L3:
	movzbl	(%rcx), %eax
	addq	$1, %rcx
	testb	%al, %al
	jne	.L4
.L2:
	movq	%rdx, %rdi
	movq	%rdx, %rax
	leaq	-16(%rsp), %rsi
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L5:
	movl	(%rax), %ecx
	cmpl	%ecx, %edx
	cmovl	%ecx, %edx
	addq	$4, %rax
	cmpq	%rax, %rsi
	jne	.L5
	xorl	%ecx, %ecx
	testl	%edx, %edx
	je	.L6
	movl	$97, %eax
	.p2align 4,,10
	.p2align 3
.L8:
	cmpl	(%rdi), %edx
	jne	.L7
	movslq	%ecx, %r10
	addl	$1, %ecx
	movb	%al, (%r8,%r10)
.L7:
	addq	$4, %rdi
	addl	$1, %eax
	cmpq	%rsi, %rdi
	jne	.L8
	movslq	%ecx, %rax
	addq	%rax, %r8
.L6:
	movb	$0, (%r8)
	movl	%ecx, %eax
	movl	%edx, (%r9)
	ret
	.cfi_endproc
.LFE0:
	.size	histogram, .-histogram
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
