	.file	"func.c"
	.text
	.p2align 4
	.globl	words_string
	.type	words_string, @function
words_string:
.LFB2:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdx, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movq	%rdi, %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rsi, %rbx
	call	__ctype_b_loc@PLT
	xorl	%esi, %esi
	xorl	%r8d, %r8d
	xorl	%ecx, %ecx
	movq	(%rax), %rdi
	movq	%rax, %r10
	.p2align 4,,10
	.p2align 3
.L2:
	leaq	0(%rbp,%rcx), %rdx
	movzbl	(%rdx), %eax
	cmpb	$44, %al
	je	.L3
.L28:
	movzbl	%al, %r9d
	testb	$32, 1(%rdi,%r9,2)
	jne	.L3
	testb	%al, %al
	je	.L1
	movq	%rbx, (%r12,%r8,8)
	movzbl	(%rdx), %eax
	leal	1(%r8), %r11d
	testb	%al, %al
	je	.L9
	cmpb	$44, %al
	je	.L9
	leaq	1(%rbp,%rcx), %rcx
	movq	%rbx, %r8
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L7:
	movb	%al, -1(%rdx)
	movzbl	(%rcx), %eax
	addl	$1, %esi
	addq	$1, %rcx
	testb	%al, %al
	je	.L10
	cmpb	$44, %al
	je	.L10
	movq	(%r10), %rdi
	movq	%rdx, %r8
.L6:
	movzbl	%al, %r9d
	leaq	1(%r8), %rdx
	testb	$32, 1(%rdi,%r9,2)
	je	.L7
	movslq	%esi, %rcx
.L5:
	movq	%rdx, %rbx
	leaq	0(%rbp,%rcx), %rdx
	movb	$0, (%r8)
	movslq	%r11d, %r8
	movzbl	(%rdx), %eax
	movq	(%r10), %rdi
	cmpb	$44, %al
	jne	.L28
	.p2align 4,,10
	.p2align 3
.L3:
	addl	$1, %esi
	movslq	%esi, %rcx
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L10:
	movq	%rdx, %r8
	movslq	%esi, %rcx
	addq	$1, %rdx
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L1:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movl	%r8d, %eax
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L9:
	.cfi_restore_state
	movq	%rbx, %r8
	leaq	1(%rbx), %rdx
	jmp	.L5
	.cfi_endproc
.LFE2:
	.size	words_string, .-words_string
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
