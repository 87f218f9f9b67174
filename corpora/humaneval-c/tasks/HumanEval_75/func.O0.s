	.file	"func.c"
	.text
	.globl	is_multiply_prime
	.type	is_multiply_prime, @function
is_multiply_prime:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	$0, -4(%rbp)
	cmpl	$1, -20(%rbp)
	jg	.L2
	movl	$0, %eax
	jmp	.L3
.L2:
	movl	$2, -8(%rbp)
	jmp	.L4
.L6:
	movl	-20(%rbp), %eax
	cltd
	idivl	-8(%rbp)
	movl	%eax, -20(%rbp)
	addl	$1, -4(%rbp)
	cmpl	$3, -4(%rbp)
	jle	.L5
	movl	$0, %eax
	jmp	.L3
.L5:
	movl	-20(%rbp), %eax
	cltd
	idivl	-8(%rbp)
	movl	%edx, %eax
	testl	%eax, %eax
	je	.L6
	addl	$1, -8(%rbp)
.L4:
	movl	-20(%rbp), %eax
	cltd
	idivl	-8(%rbp)
	cmpl	%eax, -8(%rbp)
	jle	.L5
	cmpl	$1, -20(%rbp)
	jle	.L8
	addl	$1, -4(%rbp)
.L8:
	cmpl	$3, -4(%rbp)
	sete	%al
	movzbl	%al, %eax
.L3:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	is_multiply_prime, .-is_multiply_prime
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
