	.file	"func.c"
	.text
	.globl	is_prime
	.type	is_prime, @function
is_prime:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	cmpq	$1, -24(%rbp)
	jg	.L2
	movl	$0, %eax
	jmp	.L3
.L2:
	movq	-24(%rbp), %rax
	andl	$1, %eax
	testq	%rax, %rax
	jne	.L4
	cmpq	$2, -24(%rbp)
	sete	%al
	movzbl	%al, %eax
	jmp	.L3
.L4:
	movq	$3, -8(%rbp)
	jmp	.L5
.L7:
	movq	-24(%rbp), %rax
	cqto
	idivq	-8(%rbp)
	movq	%rdx, %rax
	testq	%rax, %rax
	jne	.L6
	movl	$0, %eax
	jmp	.L3
.L6:
	addq	$2, -8(%rbp)
.L5:
	movq	-8(%rbp), %rax
	imulq	%rax, %rax
	cmpq	%rax, -24(%rbp)
	jge	.L7
	movl	$1, %eax
.L3:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	is_prime, .-is_prime
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
