	.file	"func.c"
	.text
	.p2align 4
	.globl	right_angle_triangle
	.type	right_angle_triangle, @function
right_angle_triangle:
.LFB0:
	.cfi_startproc
	imulq	%rsi, %rsi
	movl	$1, %eax
	imulq	%rdx, %rdx
	imulq	%rdi, %rdi
	leaq	(%rsi,%rdx), %rcx
	cmpq	%rdi, %rcx
	je	.L1
	leaq	(%rdi,%rdx), %rcx
	cmpq	%rsi, %rcx
	je	.L1
	addq	%rsi, %rdi
	xorl	%eax, %eax
	cmpq	%rdx, %rdi
	sete	%al
.L1:
	ret
	.cfi_endproc
.LFE0:
	.size	right_angle_triangle, .-right_angle_triangle
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
