	.file	"func.c"
	.text
	.globl	any_int
	.type	any_int, @function
any_int:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -40(%rbp)
	movl	%edi, -44(%rbp)
	movsd	%xmm1, -56(%rbp)
	movl	%esi, -48(%rbp)
	movsd	%xmm2, -64(%rbp)
	movl	%edx, -68(%rbp)
	cmpl	$0, -44(%rbp)
	je	.L2
	cmpl	$0, -48(%rbp)
	je	.L2
	cmpl	$0, -68(%rbp)
	jne	.L3
.L2:
	movl	$0, %eax
	jmp	.L4
.L3:
	movsd	-40(%rbp), %xmm0
	cvttsd2siq	%xmm0, %rax
	movq	%rax, -8(%rbp)
	movsd	-56(%rbp), %xmm0
	cvttsd2siq	%xmm0, %rax
	movq	%rax, -16(%rbp)
	movsd	-64(%rbp), %xmm0
	cvttsd2siq	%xmm0, %rax
	movq	%rax, -24(%rbp)
	movq	-8(%rbp), %rdx
	movq	-16(%rbp), %rax
	addq	%rdx, %rax
	cmpq	%rax, -24(%rbp)
	je	.L5
	movq	-8(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	cmpq	%rax, -16(%rbp)
	je	.L5
	movq	-16(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	cmpq	%rax, -8(%rbp)
	jne	.L6
.L5:
	movl	$1, %eax
	jmp	.L4
.L6:
	movl	$0, %eax
.L4:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	any_int, .-any_int
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
