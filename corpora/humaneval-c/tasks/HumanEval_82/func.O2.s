	.file	"func.c"
	.text
	.p2align 4
	.globl	prime_length
	.type	prime_length, @function
prime_length:
.LFB0:
	.cfi_startproc
	cmpb	$0, (%rdi)
	je	.L5
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	addq	$1, %rdi
	call	strlen@PLT
	leaq	1(%rax), %rsi
	testq	%rax, %rax
	je	.L9
	cmpq	$3, %rsi
	jle	.L7
	testb	$1, %sil
	je	.L9
	movl	$2, %ecx
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	testq	%rdx, %rdx
	je	.L9
.L3:
	addq	$1, %rcx
	movq	%rcx, %rax
	imulq	%rcx, %rax
	cmpq	%rsi, %rax
	jle	.L4
.L7:
	movl	$1, %eax
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	.cfi_restore_state
	xorl	%eax, %eax
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	prime_length, .-prime_length
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
