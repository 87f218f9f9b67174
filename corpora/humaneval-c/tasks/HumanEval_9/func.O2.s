	.file	"func.c"
	.text
	.p2align 4
	.globl	rolling_max
	.type	rolling_max, @function
rolling_max:
.LFB0:
	.cfi_startproc
	movl	%esi, %eax
	testl	%esi, %esi
	jle	.L2
	movslq	%esi, %r10
	xorl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L4:
	movl	(%rdi,%rcx,4), %r8d
	testq	%rcx, %rcx
	je	.L3
	movl	-4(%rdx,%rcx,4), %r9d
	cmpl	%r9d, %r8d
	cmovl	%r9d, %r8d
.L3:
	movl	%r8d, (%rdx,%rcx,4)
	addq	$1, %rcx
	cmpq	%rcx, %r10
	jne	.L4
.L2:
	ret
	.cfi_endproc
.LFE0:
	.size	rolling_max, .-rolling_max
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
