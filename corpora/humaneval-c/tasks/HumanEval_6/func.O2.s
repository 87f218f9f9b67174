	.file	"func.c"
	.text
	.p2align 4
	.globl	parse_nested_parens
	.type	parse_nested_parens, @function
parse_nested_parens:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %eax
	xorl	%r8d, %r8d
	testb	%al, %al
	je	.L1
	.p2align 4,,10
	.p2align 3
.L9:
	cmpb	$32, %al
	je	.L3
	movzbl	(%rdi), %eax
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	testb	$-33, %al
	jne	.L4
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L7:
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	subl	$1, %edx
	testb	$-33, %al
	je	.L5
.L4:
	cmpb	$40, %al
	jne	.L7
	addl	$1, %edx
	cmpl	%edx, %ecx
	cmovl	%edx, %ecx
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	testb	$-33, %al
	jne	.L4
.L5:
	movslq	%r8d, %rax
	addl	$1, %r8d
	movl	%ecx, (%rsi,%rax,4)
.L6:
	movzbl	(%rdi), %eax
	testb	%al, %al
	jne	.L9
.L1:
	movl	%r8d, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$1, %rdi
	jmp	.L6
	.cfi_endproc
.LFE0:
	.size	parse_nested_parens, .-parse_nested_parens
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
