	.file	"func.c"
	.text
	.globl	digits
	.type	digits, @function
digits:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -40(%rbp)
	movq	$1, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L2
.L4:
	movq	-40(%rbp), %rcx
	movabsq	$7378697629483820647, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	sarq	$2, %rdx
	movq	%rcx, %rax
	sarq	$63, %rax
	subq	%rax, %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	subq	%rax, %rcx
	movq	%rcx, %rdx
	movq	%rdx, -24(%rbp)
	movq	-24(%rbp), %rdx
	movq	%rdx, %rax
	sarq	$63, %rax
	shrq	$63, %rax
	addq	%rax, %rdx
	andl	$1, %edx
	subq	%rax, %rdx
	movq	%rdx, %rax
	cmpq	$1, %rax
	jne	.L3
	movq	-8(%rbp), %rax
	imulq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	movl	$1, -12(%rbp)
.L3:
	movq	-40(%rbp), %rcx
	movabsq	$7378697629483820647, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	movq	%rdx, %rax
	sarq	$2, %rax
	sarq	$63, %rcx
	movq	%rcx, %rdx
	subq	%rdx, %rax
	movq	%rax, -40(%rbp)
.L2:
	cmpq	$0, -40(%rbp)
	jg	.L4
	cmpl	$0, -12(%rbp)
	je	.L5
	movq	-8(%rbp), %rax
	jmp	.L7
.L5:
	movl	$0, %eax
.L7:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	digits, .-digits
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
