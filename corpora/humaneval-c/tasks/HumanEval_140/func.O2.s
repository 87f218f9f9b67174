	.file	"func.c"
	.text
	.p2align 4
	.globl	fix_spaces
	.type	fix_spaces, @function
fix_spaces:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %edx
	movq	%rsi, %rcx
	testb	%dl, %dl
	je	.L17
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L3:
	movb	%dl, (%rcx)
	addq	$1, %rbx
	movzbl	(%rbx), %edx
	addq	$1, %rcx
.L5:
	testb	%dl, %dl
	je	.L21
.L7:
	cmpb	$32, %dl
	jne	.L3
	movzbl	(%rbx), %edx
	xorl	%eax, %eax
	cmpb	$32, %dl
	jne	.L5
	.p2align 4,,10
	.p2align 3
.L4:
	movq	%rbx, %r12
	addq	$1, %rbx
	movl	%eax, %edx
	addl	$1, %eax
	cmpb	$32, (%rbx)
	je	.L4
	leaq	1(%rcx), %rsi
	cmpl	$2, %eax
	jle	.L6
	movb	$45, (%rcx)
	movzbl	1(%r12), %edx
	movq	%rsi, %rcx
	testb	%dl, %dl
	jne	.L7
.L21:
	movb	$0, (%rcx)
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
.L6:
	.cfi_restore_state
	addl	$1, %edx
	movq	%rcx, %rdi
	movl	$95, %esi
	movslq	%edx, %rbp
	movq	%rbp, %rdx
	call	memset@PLT
	movzbl	1(%r12), %edx
	movq	%rax, %rcx
	addq	%rbp, %rcx
	jmp	.L5
.L17:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	movb	$0, (%rsi)
	ret
	.cfi_endproc
.LFE0:
	.size	fix_spaces, .-fix_spaces
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
