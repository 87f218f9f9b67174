	.file	"func.c"
	.text
	.globl	iscube
	.type	iscube, @function
iscube:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -56(%rbp)
	cmpq	$0, -56(%rbp)
	jns	.L2
	movq	-56(%rbp), %rax
	negq	%rax
	jmp	.L3
.L2:
	movq	-56(%rbp), %rax
.L3:
	movq	%rax, -24(%rbp)
	movq	$0, -8(%rbp)
	movq	$2097152, -16(%rbp)
	jmp	.L4
.L10:
	movq	-16(%rbp), %rax
	subq	-8(%rbp), %rax
	shrq	%rax
	movq	%rax, %rdx
	movq	-8(%rbp), %rax
	addq	%rdx, %rax
	movq	%rax, -32(%rbp)
	movq	-32(%rbp), %rax
	imulq	%rax, %rax
	movq	-32(%rbp), %rdx
	imulq	%rdx, %rax
	movq	%rax, -40(%rbp)
	movq	-40(%rbp), %rax
	cmpq	-24(%rbp), %rax
	jne	.L5
	movl	$1, %eax
	jmp	.L6
.L5:
	movq	-40(%rbp), %rax
	cmpq	-24(%rbp), %rax
	jnb	.L7
	movq	-32(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -8(%rbp)
	jmp	.L4
.L7:
	cmpq	$0, -32(%rbp)
	je	.L11
	movq	-32(%rbp), %rax
	subq	$1, %rax
	movq	%rax, -16(%rbp)
.L4:
	movq	-8(%rbp), %rax
	cmpq	%rax, -16(%rbp)
	jnb	.L10
	jmp	.L9
.L11:
	nop
.L9:
	movl	$0, %eax
.L6:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	iscube, .-iscube
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
