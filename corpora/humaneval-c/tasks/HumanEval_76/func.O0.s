	.file	"func.c"
	.text
	.globl	is_simple_power
	.type	is_simple_power, @function
is_simple_power:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	$1, -8(%rbp)
	cmpq	$1, -24(%rbp)
	jne	.L2
	movl	$1, %eax
	jmp	.L3
.L2:
	cmpq	$1, -32(%rbp)
	jg	.L5
	movl	$0, %eax
	jmp	.L3
.L7:
	movq	-24(%rbp), %rax
	cqto
	idivq	-32(%rbp)
	cmpq	%rax, -8(%rbp)
	jle	.L6
	movl	$0, %eax
	jmp	.L3
.L6:
	movq	-8(%rbp), %rax
	imulq	-32(%rbp), %rax
	movq	%rax, -8(%rbp)
.L5:
	movq	-8(%rbp), %rax
	cmpq	-24(%rbp), %rax
	jl	.L7
	movq	-8(%rbp), %rax
	cmpq	-24(%rbp), %rax
	sete	%al
	movzbl	%al, %eax
.L3:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	is_simple_power, .-is_simple_power
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
