	.file	"func.c"
	.text
	.p2align 4
	.globl	pluck
	.type	pluck, @function
pluck:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L5
	movslq	%esi, %rsi
	xorl	%eax, %eax
	movl	$-1, %r8d
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L11:
	movslq	%r8d, %r9
	cmpl	(%rdi,%r9,4), %ecx
	cmovl	%eax, %r8d
.L3:
	addq	$1, %rax
	cmpq	%rsi, %rax
	je	.L10
.L4:
	movl	(%rdi,%rax,4), %ecx
	testb	$1, %cl
	jne	.L3
	testl	%r8d, %r8d
	jns	.L11
	movl	%eax, %r8d
	addq	$1, %rax
	cmpq	%rsi, %rax
	jne	.L4
.L10:
	xorl	%eax, %eax
	testl	%r8d, %r8d
	js	.L1
	movslq	%r8d, %rax
	movd	%r8d, %xmm1
	movd	(%rdi,%rax,4), %xmm0
	movl	$2, %eax
	punpckldq	%xmm1, %xmm0
	movq	%xmm0, (%rdx)
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%eax, %eax
.L1:
	ret
	.cfi_endproc
.LFE0:
	.size	pluck, .-pluck
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
