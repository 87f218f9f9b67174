	.file	"func.c"
	.text
	.p2align 4
	.globl	will_it_fly
	.type	will_it_fly, @function
will_it_fly:
.LFB0:
	.cfi_startproc
	movq	%rdi, %r8
	testl	%esi, %esi
	jle	.L2
	movslq	%esi, %r10
	movq	%rdi, %rax
	xorl	%ecx, %ecx
	salq	$2, %r10
	leaq	(%r10,%rdi), %r9
	.p2align 4,,10
	.p2align 3
.L3:
	movslq	(%rax), %rdi
	addq	$4, %rax
	addq	%rdi, %rcx
	cmpq	%rax, %r9
	jne	.L3
	xorl	%eax, %eax
	cmpq	%rcx, %rdx
	jl	.L1
	movl	%esi, %ecx
	sarl	%ecx
	cmpl	$1, %esi
	je	.L8
	leaq	-4(%r8,%r10), %rdx
	xorl	%eax, %eax
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L14:
	addq	$1, %rax
	subq	$4, %rdx
	cmpl	%eax, %ecx
	jle	.L8
.L6:
	movl	(%rdx), %esi
	cmpl	%esi, (%r8,%rax,4)
	je	.L14
	xorl	%eax, %eax
.L1:
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	movl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L2:
	notq	%rdx
	shrq	$63, %rdx
	movq	%rdx, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	will_it_fly, .-will_it_fly
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
