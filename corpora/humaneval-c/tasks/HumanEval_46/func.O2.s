	.file	"func.c"
	.text
	.p2align 4
	.globl	fib4
	.type	fib4, @function
fib4:
.LFB0:
	.cfi_startproc
	cmpl	$1, %edi
	jbe	.L6
	cmpl	$3, %edi
	je	.L6
	cmpl	$2, %edi
	je	.L5
	cmpl	$3, %edi
	jle	.L6
	addl	$1, %edi
	movl	$4, %r8d
	xorl	%edx, %edx
	movl	$2, %esi
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L3:
	addq	%rcx, %rax
	movq	%rdx, %r9
	addl	$1, %r8d
	addq	%rsi, %rax
	addq	%rax, %rdx
	movq	%rcx, %rax
	movq	%rsi, %rcx
	movq	%r9, %rsi
	cmpl	%r8d, %edi
	jne	.L3
.L1:
	movq	%rdx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	xorl	%edx, %edx
	movq	%rdx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	movl	$2, %edx
	jmp	.L1
	.cfi_endproc
.LFE0:
	.size	fib4, .-fib4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
