	.file	"func.c"
	.text
	.p2align 4
	.globl	largest_divisor
	.type	largest_divisor, @function
largest_divisor:
.LFB0:
	.cfi_startproc
	movslq	%edi, %r8
	cmpl	$3, %edi
	jle	.L6
	movl	%edi, %r9d
	andl	$1, %r9d
	je	.L7
	movl	$3, %ecx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L5:
	movl	%edi, %eax
	addq	$1, %rcx
	cltd
	idivl	%esi
	testl	%edx, %edx
	je	.L3
.L4:
	movq	%rcx, %rax
	movl	%ecx, %esi
	imulq	%rcx, %rax
	cmpq	%r8, %rax
	jle	.L5
.L1:
	movl	%r9d, %eax
	ret
.L7:
	movl	$2, %esi
.L3:
	movl	%edi, %eax
	cltd
	idivl	%esi
	movl	%eax, %r9d
	movl	%r9d, %eax
	ret
.L6:
	movl	$1, %r9d
	jmp	.L1
	.cfi_endproc
.LFE0:
	.size	largest_divisor, .-largest_divisor
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
