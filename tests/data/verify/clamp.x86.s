	.file	"clamp.c"
	.text
	.p2align 4
	.globl	clamp_count
	.type	clamp_count, @function
clamp_count:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L5
	movslq	%esi, %rsi
	xorl	%eax, %eax
	xorl	%r9d, %r9d
	leaq	0(,%rsi,4), %r8
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L9:
	movl	%esi, (%rcx,%rax)
	addq	$4, %rax
	addl	$1, %r9d
	cmpq	%rax, %r8
	je	.L1
.L4:
	movl	(%rdi,%rax), %esi
	cmpl	%esi, %edx
	jl	.L9
	movl	%edx, %esi
	movl	%esi, (%rcx,%rax)
	addq	$4, %rax
	cmpq	%rax, %r8
	jne	.L4
.L1:
	movl	%r9d, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%r9d, %r9d
	movl	%r9d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	clamp_count, .-clamp_count
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
