	.file	"func.c"
	.text
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -16(%rbp)
	jmp	.L2
.L3:
	addq	$1, -16(%rbp)
.L2:
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L3
	movq	-16(%rbp), %rax
	cmpq	-24(%rbp), %rax
	jne	.L4
	movl	$1, %eax
	jmp	.L5
.L4:
	subq	$1, -16(%rbp)
	jmp	.L6
.L8:
	movq	-8(%rbp), %rax
	movzbl	(%rax), %edx
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	%al, %dl
	je	.L7
	movl	$0, %eax
	jmp	.L5
.L7:
	addq	$1, -8(%rbp)
	subq	$1, -16(%rbp)
.L6:
	movq	-8(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jb	.L8
	movl	$1, %eax
.L5:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	is_palindrome, .-is_palindrome
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
