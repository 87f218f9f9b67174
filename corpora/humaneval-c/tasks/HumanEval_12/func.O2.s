	.file	"func.c"
	.text
	.p2align 4
	.globl	longest
	.type	longest, @function
longest:
.LFB0:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	testl	%esi, %esi
	jle	.L7
	movslq	%esi, %rsi
	movq	%rdi, %rbx
	movq	$-1, %rbp
	xorl	%r13d, %r13d
	leaq	(%rdi,%rsi,8), %r12
	.p2align 4,,10
	.p2align 3
.L3:
	movq	(%rbx), %r14
	xorl	%eax, %eax
	cmpb	$0, (%r14)
	je	.L6
	leaq	1(%r14), %rdi
	call	strlen@PLT
	addq	$1, %rax
.L6:
	cmpq	%rax, %rbp
	jge	.L4
	movq	%rax, %rbp
	movq	%r14, %r13
.L4:
	addq	$8, %rbx
	cmpq	%rbx, %r12
	jne	.L3
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	movq	%r13, %rax
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
.L7:
	.cfi_restore_state
	xorl	%r13d, %r13d
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	movq	%r13, %rax
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE0:
	.size	longest, .-longest
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
