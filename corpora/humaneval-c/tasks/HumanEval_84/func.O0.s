	.file	"func.c"
	.text
	.globl	solve
	.type	solve, @function
solve:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -68(%rbp)
	movq	%rsi, -80(%rbp)
	movl	-68(%rbp), %eax
	cltq
	movq	%rax, -8(%rbp)
	cmpq	$0, -8(%rbp)
	jns	.L2
	negq	-8(%rbp)
.L2:
	movl	$0, -12(%rbp)
.L3:
	movq	-8(%rbp), %rcx
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
	movl	%edx, %eax
	addl	%eax, -12(%rbp)
	movq	-8(%rbp), %rcx
	movabsq	$7378697629483820647, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	movq	%rdx, %rax
	sarq	$2, %rax
	sarq	$63, %rcx
	movq	%rcx, %rdx
	subq	%rdx, %rax
	movq	%rax, -8(%rbp)
	cmpq	$0, -8(%rbp)
	jne	.L3
	movl	$0, -16(%rbp)
.L6:
	movl	-12(%rbp), %eax
	andl	$1, %eax
	testl	%eax, %eax
	je	.L4
	movl	$49, %ecx
	jmp	.L5
.L4:
	movl	$48, %ecx
.L5:
	movl	-16(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -16(%rbp)
	cltq
	movb	%cl, -64(%rbp,%rax)
	shrl	-12(%rbp)
	cmpl	$0, -12(%rbp)
	jne	.L6
	movl	$0, -20(%rbp)
	jmp	.L7
.L8:
	movl	-16(%rbp), %eax
	subl	$1, %eax
	subl	-20(%rbp), %eax
	movl	-20(%rbp), %edx
	movslq	%edx, %rcx
	movq	-80(%rbp), %rdx
	addq	%rcx, %rdx
	cltq
	movzbl	-64(%rbp,%rax), %eax
	movb	%al, (%rdx)
	addl	$1, -20(%rbp)
.L7:
	movl	-20(%rbp), %eax
	cmpl	-16(%rbp), %eax
	jl	.L8
	movl	-16(%rbp), %eax
	movslq	%eax, %rdx
	movq	-80(%rbp), %rax
	addq	%rdx, %rax
	movb	$0, (%rax)
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	solve, .-solve
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
