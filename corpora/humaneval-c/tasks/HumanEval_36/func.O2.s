	.file	"func.c"
	.text
	.p2align 4
	.globl	fizz_buzz
	.type	fizz_buzz, @function
fizz_buzz:
.LFB0:
	.cfi_startproc
	xorl	%r8d, %r8d
	xorl	%esi, %esi
	movl	$3435973837, %r9d
	testl	%edi, %edi
	jle	.L1
.L2:
	addl	$1, %r8d
	cmpl	%r8d, %edi
	je	.L1
.L14:
	imull	$-1171354717, %r8d, %eax
	cmpl	$390451572, %eax
	jbe	.L12
	imull	$-991146299, %r8d, %eax
	cmpl	$330382099, %eax
	ja	.L2
.L12:
	movl	%r8d, %edx
	.p2align 4,,10
	.p2align 3
.L6:
	movl	%edx, %eax
	imulq	%r9, %rax
	shrq	$35, %rax
	leal	(%rax,%rax,4), %ecx
	addl	%ecx, %ecx
	subl	%ecx, %edx
	cmpl	$7, %edx
	sete	%dl
	movzbl	%dl, %edx
	addl	%edx, %esi
	movl	%eax, %edx
	testl	%eax, %eax
	jne	.L6
	addl	$1, %r8d
	cmpl	%r8d, %edi
	jne	.L14
.L1:
	movl	%esi, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	fizz_buzz, .-fizz_buzz
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
