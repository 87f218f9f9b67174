	.file	"func.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"[[]]"
	.text
	.p2align 4
	.globl	is_nested
	.type	is_nested, @function
is_nested:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %eax
	testb	%al, %al
	je	.L8
	movl	$91, %ecx
	xorl	%edx, %edx
	leaq	.LC0(%rip), %rsi
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L11:
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	testb	%al, %al
	je	.L5
.L4:
	movslq	%edx, %rcx
	movzbl	(%rsi,%rcx), %ecx
.L7:
	cmpb	%cl, %al
	jne	.L11
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	addl	$1, %edx
	testb	%al, %al
	je	.L5
	cmpl	$4, %edx
	jne	.L4
	movl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%eax, %eax
	cmpl	$4, %edx
	sete	%al
	ret
.L8:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	is_nested, .-is_nested
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
