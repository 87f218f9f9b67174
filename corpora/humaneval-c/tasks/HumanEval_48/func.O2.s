	.file	"func.c"
	.text
	.p2align 4
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
.LFB0:
	.cfi_startproc
	cmpb	$0, (%rdi)
	je	.L7
	movq	%rdi, %rdx
	.p2align 4,,10
	.p2align 3
.L3:
	movq	%rdx, %rax
	addq	$1, %rdx
	cmpb	$0, (%rdx)
	jne	.L3
	cmpq	%rdx, %rdi
	jne	.L11
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L4:
	movzbl	(%rax), %ecx
	cmpb	%cl, (%rdi)
	jne	.L8
	addq	$1, %rdi
	subq	$1, %rax
.L11:
	cmpq	%rax, %rdi
	jb	.L4
.L7:
	movl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	is_palindrome, .-is_palindrome
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
