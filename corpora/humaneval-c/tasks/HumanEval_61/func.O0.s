	.file	"func.c"
	.text
	.globl	correct_bracketing
	.type	correct_bracketing, @function
correct_bracketing:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	$0, -8(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -16(%rbp)
	jmp	.L2
.L7:
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$40, %al
	jne	.L3
	addq	$1, -8(%rbp)
	jmp	.L4
.L3:
	cmpq	$0, -8(%rbp)
	jne	.L5
	movl	$0, %eax
	jmp	.L6
.L5:
	subq	$1, -8(%rbp)
.L4:
	addq	$1, -16(%rbp)
.L2:
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L7
	cmpq	$0, -8(%rbp)
	sete	%al
	movzbl	%al, %eax
.L6:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	correct_bracketing, .-correct_bracketing
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
