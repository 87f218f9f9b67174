	.file	"func.c"
	.text
	.globl	prime_length
	.type	prime_length, @function
prime_length:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	$0, -8(%rbp)
	jmp	.L2
.L3:
	addq	$1, -8(%rbp)
.L2:
	movq	-8(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L3
	cmpq	$1, -8(%rbp)
	jg	.L4
	movl	$0, %eax
	jmp	.L5
.L4:
	movq	$2, -16(%rbp)
	jmp	.L6
.L8:
	movq	-8(%rbp), %rax
	cqto
	idivq	-16(%rbp)
	movq	%rdx, %rax
	testq	%rax, %rax
	jne	.L7
	movl	$0, %eax
	jmp	.L5
.L7:
	addq	$1, -16(%rbp)
.L6:
	movq	-16(%rbp), %rax
	imulq	%rax, %rax
	cmpq	%rax, -8(%rbp)
	jge	.L8
	movl	$1, %eax
.L5:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	prime_length, .-prime_length
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
