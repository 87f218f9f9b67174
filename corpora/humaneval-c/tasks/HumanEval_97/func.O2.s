	.file	"func.c"
	.text
	.p2align 4
	.globl	multiply
	.type	multiply, @function
multiply:
.LFB0:
	.cfi_startproc
	movl	%edi, %ecx
	movl	%esi, %r8d
	negl	%ecx
	cmovs	%edi, %ecx
	movabsq	$-3689348814741910323, %rdi
	movl	%ecx, %ecx
	movq	%rcx, %rax
	mulq	%rdi
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %rax
	addq	%rax, %rax
	subq	%rax, %rcx
	negl	%esi
	cmovs	%r8d, %esi
	movl	%esi, %esi
	movq	%rsi, %rax
	mulq	%rdi
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %rax
	addq	%rax, %rax
	subq	%rax, %rsi
	movl	%ecx, %eax
	imull	%esi, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	multiply, .-multiply
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
