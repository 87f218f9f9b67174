	.file	"func.c"
	.text
	.globl	right_angle_triangle
	.type	right_angle_triangle, @function
right_angle_triangle:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rdx, -56(%rbp)
	movq	-40(%rbp), %rax
	imulq	%rax, %rax
	movq	%rax, -8(%rbp)
	movq	-48(%rbp), %rax
	imulq	%rax, %rax
	movq	%rax, -16(%rbp)
	movq	-56(%rbp), %rax
	imulq	%rax, %rax
	movq	%rax, -24(%rbp)
	movq	-16(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	cmpq	%rax, -8(%rbp)
	je	.L2
	movq	-8(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	cmpq	%rax, -16(%rbp)
	je	.L2
	movq	-8(%rbp), %rdx
	movq	-16(%rbp), %rax
	addq	%rdx, %rax
	cmpq	%rax, -24(%rbp)
	jne	.L3
.L2:
	movl	$1, %eax
	jmp	.L5
.L3:
	movl	$0, %eax
.L5:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	right_angle_triangle, .-right_angle_triangle
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
