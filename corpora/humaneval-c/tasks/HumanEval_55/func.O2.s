	.file	"func.c"
	.text
	.p2align 4
	.globl	fib
	.type	fib, @function
fib:
.LFB0:
	.cfi_startproc
	testl	%edi, %edi
	jle	.L4
	xorl	%edx, %edx
	movl	$1, %eax
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L3:
	movq	%rax, %rcx
	addl	$1, %edx
	addq	%rsi, %rax
	movq	%rcx, %rsi
	cmpl	%edx, %edi
	jne	.L3
	movq	%rcx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	xorl	%ecx, %ecx
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	fib, .-fib
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
