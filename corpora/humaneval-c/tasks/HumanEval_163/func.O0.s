	.file	"func.c"
	.text
	.globl	generate_integers
	.type	generate_integers, @function
generate_integers:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	%esi, -24(%rbp)
	movq	%rdx, -32(%rbp)
	movl	-24(%rbp), %edx
	movl	-20(%rbp), %eax
	cmpl	%eax, %edx
	cmovle	%edx, %eax
	movl	%eax, -12(%rbp)
	movl	-20(%rbp), %edx
	movl	-24(%rbp), %eax
	cmpl	%eax, %edx
	cmovge	%edx, %eax
	movl	%eax, -16(%rbp)
	movl	$0, -4(%rbp)
	movl	$2, -8(%rbp)
	jmp	.L2
.L4:
	movl	-8(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jl	.L3
	movl	-8(%rbp), %eax
	cmpl	-16(%rbp), %eax
	jg	.L3
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-32(%rbp), %rax
	addq	%rax, %rdx
	movl	-8(%rbp), %eax
	movl	%eax, (%rdx)
.L3:
	addl	$2, -8(%rbp)
.L2:
	cmpl	$8, -8(%rbp)
	jle	.L4
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	generate_integers, .-generate_integers
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
