	.file	"func.c"
	.text
	.p2align 4
	.globl	solve
	.type	solve, @function
solve:
.LFB0:
	.cfi_startproc
	movabsq	$-3689348814741910323, %r8
	movl	%edi, %eax
	movq	%rsi, %rdi
	movl	%eax, %ecx
	negl	%ecx
	cmovs	%eax, %ecx
	xorl	%esi, %esi
	movl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L2:
	movq	%rcx, %rax
	mulq	%r8
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %rax
	addq	%rax, %rax
	subq	%rax, %rcx
	addl	%ecx, %esi
	movq	%rdx, %rcx
	testq	%rdx, %rdx
	jne	.L2
	leaq	-56(%rsp), %rcx
	xorl	%edx, %edx
	movq	%rcx, %r8
	.p2align 4,,10
	.p2align 3
.L3:
	movl	%esi, %eax
	movslq	%edx, %r9
	addq	$1, %r8
	addl	$1, %edx
	andl	$1, %eax
	addl	$48, %eax
	movb	%al, -1(%r8)
	shrl	%esi
	jne	.L3
	addq	%r9, %rcx
	movq	%rdi, %rax
	leaq	1(%rdi,%r9), %r8
	.p2align 4,,10
	.p2align 3
.L4:
	movzbl	(%rcx), %esi
	addq	$1, %rax
	subq	$1, %rcx
	movb	%sil, -1(%rax)
	cmpq	%rax, %r8
	jne	.L4
	movslq	%edx, %rdx
	movb	$0, (%rdi,%rdx)
	ret
	.cfi_endproc
.LFE0:
	.size	solve, .-solve
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
