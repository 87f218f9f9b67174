	.file	"func.c"
	.text
	.p2align 4
	.globl	fibfib
	.type	fibfib, @function
fibfib:
.LFB0:
	.cfi_startproc
	testl	%edi, %edi
	jle	.L4
	xorl	%esi, %esi
	movl	$1, %ecx
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L5:
	movq	%r8, %rdx
.L3:
	addq	%rdx, %rax
	addl	$1, %esi
	movq	%rcx, %r8
	addq	%rax, %rcx
	movq	%rdx, %rax
	cmpl	%esi, %edi
	jne	.L5
	movq	%rdx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	xorl	%edx, %edx
	movq	%rdx, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	fibfib, .-fibfib
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
