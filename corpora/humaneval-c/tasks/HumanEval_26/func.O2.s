	.file	"func.c"
	.text
	.p2align 4
	.globl	remove_duplicates
	.type	remove_duplicates, @function
remove_duplicates:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L7
	movslq	%esi, %rsi
	xorl	%ecx, %ecx
	xorl	%r9d, %r9d
	.p2align 4,,10
	.p2align 3
.L3:
	movl	(%rdi,%rcx,4), %r8d
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L6:
	cmpl	%ecx, %eax
	je	.L4
	cmpl	%r8d, (%rdi,%rax,4)
	je	.L5
.L4:
	addq	$1, %rax
	cmpq	%rax, %rsi
	jne	.L6
	movslq	%r9d, %rax
	addl	$1, %r9d
	movl	%r8d, (%rdx,%rax,4)
.L5:
	addq	$1, %rcx
	cmpq	%rsi, %rcx
	jne	.L3
	movl	%r9d, %eax
	ret
.L7:
	xorl	%r9d, %r9d
	movl	%r9d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	remove_duplicates, .-remove_duplicates
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
