	.file	"func.c"
	.text
	.p2align 4
	.globl	starts_one_ends
	.type	starts_one_ends, @function
starts_one_ends:
.LFB0:
	.cfi_startproc
	xorl	%eax, %eax
	testl	%edi, %edi
	jle	.L1
	movl	$1, %eax
	cmpl	$1, %edi
	je	.L1
	cmpl	$2, %edi
	je	.L6
	movl	$2, %edx
	movl	$18, %eax
	.p2align 4,,10
	.p2align 3
.L3:
	leaq	(%rax,%rax,4), %rax
	addl	$1, %edx
	addq	%rax, %rax
	cmpl	%edx, %edi
	jne	.L3
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	movl	$18, %eax
.L1:
	ret
	.cfi_endproc
.LFE0:
	.size	starts_one_ends, .-starts_one_ends
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
