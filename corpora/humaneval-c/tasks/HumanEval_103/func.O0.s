	.file	"func.c"
	.text
	.globl	rounded_avg
	.type	rounded_avg, @function
rounded_avg:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$8, %rsp
	movq	%rdi, -104(%rbp)
	movq	%rsi, -112(%rbp)
	movq	%rdx, -120(%rbp)
	movq	-104(%rbp), %rax
	cmpq	-112(%rbp), %rax
	jle	.L2
	movq	-120(%rbp), %rax
	movb	$0, (%rax)
	movl	$-1, %eax
	jmp	.L10
.L2:
	movq	-104(%rbp), %rdx
	movq	-112(%rbp), %rax
	addq	%rdx, %rax
	movq	%rax, -32(%rbp)
	movq	-32(%rbp), %rax
	movq	%rax, %rdx
	shrq	$63, %rdx
	addq	%rdx, %rax
	sarq	%rax
	movq	%rax, -8(%rbp)
	movq	-32(%rbp), %rax
	andl	$1, %eax
	testq	%rax, %rax
	je	.L4
	movq	-8(%rbp), %rax
	andl	$1, %eax
	testq	%rax, %rax
	je	.L4
	addq	$1, -8(%rbp)
.L4:
	movq	-8(%rbp), %rax
	movq	%rax, -16(%rbp)
	movl	$0, -20(%rbp)
.L7:
	movq	-16(%rbp), %rax
	andl	$1, %eax
	testq	%rax, %rax
	je	.L5
	movl	$49, %ecx
	jmp	.L6
.L5:
	movl	$48, %ecx
.L6:
	movl	-20(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -20(%rbp)
	cltq
	movb	%cl, -96(%rbp,%rax)
	shrq	-16(%rbp)
	cmpq	$0, -16(%rbp)
	jne	.L7
	movq	-120(%rbp), %rax
	movb	$48, (%rax)
	movq	-120(%rbp), %rax
	addq	$1, %rax
	movb	$98, (%rax)
	movl	$0, -24(%rbp)
	jmp	.L8
.L9:
	movl	-20(%rbp), %eax
	subl	$1, %eax
	subl	-24(%rbp), %eax
	movl	-24(%rbp), %edx
	addl	$2, %edx
	movslq	%edx, %rcx
	movq	-120(%rbp), %rdx
	addq	%rcx, %rdx
	cltq
	movzbl	-96(%rbp,%rax), %eax
	movb	%al, (%rdx)
	addl	$1, -24(%rbp)
.L8:
	movl	-24(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jl	.L9
	movl	-20(%rbp), %eax
	addl	$2, %eax
	movslq	%eax, %rdx
	movq	-120(%rbp), %rax
	addq	%rdx, %rax
	movb	$0, (%rax)
	movl	$0, %eax
.L10:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	rounded_avg, .-rounded_avg
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
