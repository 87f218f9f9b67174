	.file	"func.c"
	.text
	.globl	check_if_last_char_is_a_letter
	.type	check_if_last_char_is_a_letter, @function
check_if_last_char_is_a_letter:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L2
.L3:
	addl	$1, -4(%rbp)
.L2:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L3
	cmpl	$0, -4(%rbp)
	jne	.L4
	movl	$0, %eax
	jmp	.L5
.L4:
	movl	-4(%rbp), %eax
	cltq
	leaq	-1(%rax), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movb	%al, -5(%rbp)
	cmpb	$96, -5(%rbp)
	jle	.L6
	cmpb	$122, -5(%rbp)
	jle	.L7
.L6:
	cmpb	$64, -5(%rbp)
	jle	.L8
	cmpb	$90, -5(%rbp)
	jle	.L7
.L8:
	movl	$0, %eax
	jmp	.L5
.L7:
	cmpl	$1, -4(%rbp)
	je	.L9
	movl	-4(%rbp), %eax
	cltq
	leaq	-2(%rax), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	cmpb	$32, %al
	jne	.L10
.L9:
	movl	$1, %eax
	jmp	.L5
.L10:
	movl	$0, %eax
.L5:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	check_if_last_char_is_a_letter, .-check_if_last_char_is_a_letter
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
