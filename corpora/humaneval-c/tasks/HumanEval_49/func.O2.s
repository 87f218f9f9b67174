	.file	"func.c"
	.text
	.p2align 4
	.globl	modp
	.type	modp, @function
modp:
.LFB0:
	.cfi_startproc
	movl	$1, %eax
	xorl	%edx, %edx
	divq	%rsi
	movl	$2, %eax
	movq	%rdx, %r8
	xorl	%edx, %edx
	divq	%rsi
	movq	%rdx, %rcx
	testq	%rdi, %rdi
	jle	.L2
	.p2align 4,,10
	.p2align 3
.L4:
	testb	$1, %dil
	je	.L3
	movq	%r8, %rax
	xorl	%edx, %edx
	imulq	%rcx, %rax
	divq	%rsi
	movq	%rdx, %r8
.L3:
	imulq	%rcx, %rcx
	xorl	%edx, %edx
	movq	%rcx, %rax
	divq	%rsi
	sarq	%rdi
	movq	%rdx, %rcx
	jne	.L4
.L2:
	movq	%r8, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	modp, .-modp
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
