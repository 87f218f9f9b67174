	.file	"func.c"
	.text
	.globl	modp
	.type	modp, @function
modp:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movq	-48(%rbp), %rcx
	movl	$1, %eax
	movl	$0, %edx
	divq	%rcx
	movq	%rdx, -8(%rbp)
	movq	-48(%rbp), %rcx
	movl	$2, %eax
	movl	$0, %edx
	divq	%rcx
	movq	%rdx, -16(%rbp)
	movq	-48(%rbp), %rax
	movq	%rax, -24(%rbp)
	jmp	.L2
.L4:
	movq	-40(%rbp), %rax
	andl	$1, %eax
	testq	%rax, %rax
	je	.L3
	movq	-8(%rbp), %rax
	imulq	-16(%rbp), %rax
	movl	$0, %edx
	divq	-24(%rbp)
	movq	%rdx, -8(%rbp)
.L3:
	movq	-16(%rbp), %rax
	imulq	%rax, %rax
	movl	$0, %edx
	divq	-24(%rbp)
	movq	%rdx, -16(%rbp)
	sarq	-40(%rbp)
.L2:
	cmpq	$0, -40(%rbp)
	jg	.L4
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	modp, .-modp
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
