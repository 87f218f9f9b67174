	.file	"func.c"
	.text
	.p2align 4
	.globl	split_words
	.type	split_words, @function
split_words:
.LFB3:
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
	movq	%rdx, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	subq	$16, %rsp
	.cfi_def_cfa_offset 64
	movzbl	(%rdi), %ebp
	testb	%bpl, %bpl
	je	.L16
	movq	%rdi, %rbx
	movq	%rsi, %rcx
	movq	%rdi, %rdx
	movl	%ebp, %eax
	xorl	%esi, %esi
	xorl	%r14d, %r14d
	movl	$1, %edi
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L41:
	cmpb	$44, %al
	cmove	%edi, %esi
	movzbl	1(%rdx), %eax
	addq	$1, %rdx
	testb	%al, %al
	je	.L40
.L4:
	cmpb	$32, %al
	jne	.L41
	movzbl	1(%rdx), %eax
	addq	$1, %rdx
	movl	$1, %r14d
	testb	%al, %al
	jne	.L4
.L40:
	orl	%r14d, %esi
	movl	%esi, %r13d
	je	.L7
	movq	%rcx, 8(%rsp)
	xorl	$1, %r14d
	call	__ctype_b_loc@PLT
	movq	8(%rsp), %rcx
	xorl	%r9d, %r9d
	.p2align 4,,10
	.p2align 3
.L9:
	movq	(%rax), %rdi
	movzbl	%bpl, %edx
	testb	$32, 1(%rdi,%rdx,2)
	jne	.L10
	cmpb	$44, %bpl
	jne	.L11
	testb	%r14b, %r14b
	je	.L11
.L10:
	addq	$1, %rbx
.L12:
	movzbl	(%rbx), %ebp
	testb	%bpl, %bpl
	jne	.L9
.L8:
	movl	%r9d, (%r12)
	addq	$16, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	movl	%r13d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	.cfi_restore_state
	subl	$97, %ebp
	cmpb	$25, %bpl
	ja	.L6
	andl	$1, %ebp
	cmpb	$1, %bpl
	sbbl	$-1, %r13d
.L6:
	movzbl	1(%rbx), %ebp
	addq	$1, %rbx
	testb	%bpl, %bpl
	jne	.L7
	movl	%r13d, %r9d
	xorl	%r13d, %r13d
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L11:
	movzbl	(%rbx), %edx
	movq	%rcx, %rsi
	testb	%dl, %dl
	je	.L19
	.p2align 4,,10
	.p2align 3
.L15:
	movzbl	%dl, %r8d
	leaq	1(%rsi), %rcx
	testb	$32, 1(%rdi,%r8,2)
	je	.L42
.L13:
	movb	$0, (%rsi)
	addl	$1, %r9d
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L42:
	cmpb	$44, %dl
	jne	.L21
	testb	%r14b, %r14b
	jne	.L13
.L21:
	addq	$1, %rbx
	movb	%dl, -1(%rcx)
	movzbl	(%rbx), %edx
	testb	%dl, %dl
	je	.L20
	movq	(%rax), %rdi
	movq	%rcx, %rsi
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L20:
	movq	%rcx, %rsi
	addq	$1, %rcx
	jmp	.L13
.L16:
	xorl	%r13d, %r13d
	movl	%r13d, %r9d
	xorl	%r13d, %r13d
	jmp	.L8
.L19:
	leaq	1(%rcx), %rcx
	jmp	.L13
	.cfi_endproc
.LFE3:
	.size	split_words, .-split_words
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
