	.file	"func.c"
	.text
	.globl	double_the_difference
	.type	double_the_difference, @function
double_the_difference:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -40(%rbp)
	movl	%esi, -44(%rbp)
	movq	$0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L2
.L7:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm0
	movsd	%xmm0, -24(%rbp)
	pxor	%xmm0, %xmm0
	comisd	-24(%rbp), %xmm0
	jnb	.L9
	movq	-24(%rbp), %rax
	movq	%rax, %xmm0
	call	floor@PLT
	movq	%xmm0, %rax
	movq	%rax, %xmm1
	ucomisd	-24(%rbp), %xmm1
	jp	.L9
	movq	%rax, %xmm2
	ucomisd	-24(%rbp), %xmm2
	je	.L4
	jmp	.L9
.L4:
	movsd	-24(%rbp), %xmm0
	cvttsd2siq	%xmm0, %rax
	movq	%rax, -32(%rbp)
	movq	-32(%rbp), %rdx
	movq	%rdx, %rax
	sarq	$63, %rax
	shrq	$63, %rax
	addq	%rax, %rdx
	andl	$1, %edx
	subq	%rax, %rdx
	movq	%rdx, %rax
	cmpq	$1, %rax
	jne	.L6
	movq	-32(%rbp), %rax
	imulq	%rax, %rax
	addq	%rax, -8(%rbp)
	jmp	.L6
.L9:
	nop
.L6:
	addl	$1, -12(%rbp)
.L2:
	movl	-12(%rbp), %eax
	cmpl	-44(%rbp), %eax
	jl	.L7
	movq	-8(%rbp), %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	double_the_difference, .-double_the_difference
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
