	.file	"func.c"
	.text
	.globl	histogram
	.type	histogram, @function
histogram:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$40, %rsp
	movq	%rdi, -136(%rbp)
	movq	%rsi, -144(%rbp)
	movq	%rdx, -152(%rbp)
	leaq	-128(%rbp), %rdx
	movl	$0, %eax
	movl	$13, %ecx
	movq	%rdx, %rdi
	rep stosq
	movl	$0, -4(%rbp)
	jmp	.L2
.L4:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-136(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movb	%al, -21(%rbp)
	cmpb	$96, -21(%rbp)
	jle	.L3
	cmpb	$122, -21(%rbp)
	jg	.L3
	movsbl	-21(%rbp), %eax
	subl	$97, %eax
	movslq	%eax, %rdx
	movl	-128(%rbp,%rdx,4), %edx
	addl	$1, %edx
	cltq
	movl	%edx, -128(%rbp,%rax,4)
.L3:
	addl	$1, -4(%rbp)
.L2:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-136(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L4
	movl	$0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L5
.L7:
	movl	-12(%rbp), %eax
	cltq
	movl	-128(%rbp,%rax,4), %eax
	cmpl	%eax, -8(%rbp)
	jge	.L6
	movl	-12(%rbp), %eax
	cltq
	movl	-128(%rbp,%rax,4), %eax
	movl	%eax, -8(%rbp)
.L6:
	addl	$1, -12(%rbp)
.L5:
	cmpl	$25, -12(%rbp)
	jle	.L7
	movl	$0, -16(%rbp)
	cmpl	$0, -8(%rbp)
	jle	.L8
	movl	$0, -20(%rbp)
	jmp	.L9
.L11:
	movl	-20(%rbp), %eax
	cltq
	movl	-128(%rbp,%rax,4), %eax
	cmpl	%eax, -8(%rbp)
	jne	.L10
	movl	-20(%rbp), %eax
	leal	97(%rax), %ecx
	movl	-16(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -16(%rbp)
	movslq	%eax, %rdx
	movq	-144(%rbp), %rax
	addq	%rdx, %rax
	movl	%ecx, %edx
	movb	%dl, (%rax)
.L10:
	addl	$1, -20(%rbp)
.L9:
	cmpl	$25, -20(%rbp)
	jle	.L11
.L8:
	movl	-16(%rbp), %eax
	movslq	%eax, %rdx
	movq	-144(%rbp), %rax
	addq	%rdx, %rax
	movb	$0, (%rax)
	movq	-152(%rbp), %rax
	movl	-8(%rbp), %edx
	movl	%edx, (%rax)
	movl	-16(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	histogram, .-histogram
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
