	.file	"func.c"
	.text
	.p2align 4
	.globl	correct_bracketing
	.type	correct_bracketing, @function
correct_bracketing:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %eax
	testb	%al, %al
	je	.L7
	xorl	%edx, %edx
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L3:
	testq	%rdx, %rdx
	je	.L8
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	subq	$1, %rdx
	testb	%al, %al
	je	.L11
.L6:
	cmpb	$40, %al
	jne	.L3
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	addq	$1, %rdx
	testb	%al, %al
	jne	.L6
.L11:
	xorl	%eax, %eax
	testq	%rdx, %rdx
	sete	%al
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	xorl	%eax, %eax
	ret
.L7:
	movl	$1, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	correct_bracketing, .-correct_bracketing
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
