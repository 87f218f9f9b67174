	.file	"func.c"
	.text
	.p2align 4
	.globl	count_up_to
	.type	count_up_to, @function
count_up_to:
.LFB0:
	.cfi_startproc
	movl	%edi, %r10d
	movl	$2, %r8d
	xorl	%eax, %eax
	xorl	%r11d, %r11d
	cmpl	$2, %edi
	jle	.L1
	.p2align 4,,10
	.p2align 3
.L2:
	movl	%r8d, (%rsi,%rax,4)
	addl	$1, %r8d
	leal	1(%rax), %r11d
	cmpl	%r8d, %r10d
	je	.L1
	movslq	%r11d, %rax
	leaq	(%rsi,%rax,4), %r9
.L8:
	movq	%rsi, %rdi
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L6:
	movl	%r8d, %eax
	cltd
	idivl	%ecx
	testl	%edx, %edx
	je	.L4
	addq	$4, %rdi
	cmpq	%r9, %rdi
	je	.L5
.L7:
	movl	(%rdi), %ecx
	movl	%ecx, %eax
	imull	%ecx, %eax
	cmpl	%r8d, %eax
	jle	.L6
.L5:
	movslq	%r11d, %rax
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L4:
	addl	$1, %r8d
	cmpl	%r8d, %r10d
	jne	.L8
.L1:
	movl	%r11d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	count_up_to, .-count_up_to
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
