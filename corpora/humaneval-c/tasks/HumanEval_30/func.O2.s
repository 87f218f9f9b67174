	.file	"func.c"
	.text
	.p2align 4
	.globl	get_positive
	.type	get_positive, @function
get_positive:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L5
	movslq	%esi, %rsi
	xorl	%ecx, %ecx
	leaq	(%rdi,%rsi,4), %r8
	.p2align 4,,10
	.p2align 3
.L4:
	movl	(%rdi), %eax
	testl	%eax, %eax
	jle	.L3
	movslq	%ecx, %rsi
	addl	$1, %ecx
	movl	%eax, (%rdx,%rsi,4)
.L3:
	addq	$4, %rdi
	cmpq	%r8, %rdi
	jne	.L4
	movl	%ecx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%ecx, %ecx
	movl	%ecx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	get_positive, .-get_positive
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
