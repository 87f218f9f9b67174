	.file	"func.c"
	.text
	.globl	cycpattern_check
	.type	cycpattern_check, @function
cycpattern_check:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L2
.L3:
	addl	$1, -4(%rbp)
.L2:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L3
	jmp	.L4
.L5:
	addl	$1, -8(%rbp)
.L4:
	movl	-8(%rbp), %eax
	movslq	%eax, %rdx
	movq	-48(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L5
	cmpl	$0, -8(%rbp)
	jne	.L6
	movl	$1, %eax
	jmp	.L7
.L6:
	movl	$0, -12(%rbp)
	jmp	.L8
.L15:
	movl	$0, -16(%rbp)
	jmp	.L9
.L14:
	movl	$0, -20(%rbp)
	jmp	.L10
.L12:
	addl	$1, -20(%rbp)
.L10:
	movl	-20(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jge	.L11
	movl	-12(%rbp), %edx
	movl	-20(%rbp), %eax
	addl	%edx, %eax
	movslq	%eax, %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %ecx
	movl	-16(%rbp), %edx
	movl	-20(%rbp), %eax
	addl	%edx, %eax
	cltd
	idivl	-8(%rbp)
	movl	%edx, %eax
	movslq	%eax, %rdx
	movq	-48(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	cmpb	%al, %cl
	je	.L12
.L11:
	movl	-20(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jne	.L13
	movl	$1, %eax
	jmp	.L7
.L13:
	addl	$1, -16(%rbp)
.L9:
	movl	-16(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jl	.L14
	addl	$1, -12(%rbp)
.L8:
	movl	-12(%rbp), %edx
	movl	-8(%rbp), %eax
	addl	%edx, %eax
	cmpl	%eax, -4(%rbp)
	jge	.L15
	movl	$0, %eax
.L7:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	cycpattern_check, .-cycpattern_check
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
