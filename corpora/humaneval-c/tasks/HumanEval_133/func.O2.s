	.file	"func.c"
	.text
	.p2align 4
	.globl	sum_squares
	.type	sum_squares, @function
sum_squares:
.LFB0:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	testl	%esi, %esi
	jle	.L4
	movslq	%esi, %rsi
	movq	%rdi, %rbx
	xorl	%ebp, %ebp
	leaq	(%rdi,%rsi,8), %r12
	.p2align 4,,10
	.p2align 3
.L3:
	movsd	(%rbx), %xmm0
	addq	$8, %rbx
	call	ceil@PLT
	cvttsd2siq	%xmm0, %rax
	imulq	%rax, %rax
	addq	%rax, %rbp
	cmpq	%rbx, %r12
	jne	.L3
	movq	%rbp, %rax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	.cfi_restore_state
	xorl	%ebp, %ebp
	popq	%rbx
	.cfi_def_cfa_offset 24
	movq	%rbp, %rax
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE0:
	.size	sum_squares, .-sum_squares
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
