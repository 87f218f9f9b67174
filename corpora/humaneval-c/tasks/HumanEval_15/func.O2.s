	.file	"func.c"
	.text
	.p2align 4
	.globl	string_sequence
	.type	string_sequence, @function
string_sequence:
.LFB0:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	movq	%rsi, %rbx
	testl	%edi, %edi
	js	.L7
	leal	1(%rdi), %ebp
	xorl	%r11d, %r11d
	xorl	%r10d, %r10d
	movl	$3435973837, %r8d
	leaq	-13(%rsp), %r9
	leaq	-12(%rsp), %r13
	leaq	1(%rsi), %r12
	.p2align 4,,10
	.p2align 3
.L6:
	movl	%r11d, %edx
	movl	$1, %edi
	.p2align 4,,10
	.p2align 3
.L3:
	movl	%edx, %eax
	movl	%edx, %ecx
	imulq	%r8, %rax
	shrq	$35, %rax
	leal	(%rax,%rax,4), %esi
	addl	%esi, %esi
	subl	%esi, %ecx
	movl	%edx, %esi
	movl	%eax, %edx
	addl	$48, %ecx
	movb	%cl, (%r9,%rdi)
	movq	%rdi, %rcx
	leaq	1(%rdi), %rdi
	cmpl	$9, %esi
	jg	.L3
	testl	%r11d, %r11d
	je	.L4
	movslq	%r10d, %rax
	addl	$1, %r10d
	movb	$32, (%rbx,%rax)
.L4:
	leal	-1(%rcx), %edi
	movslq	%ecx, %rdx
	movslq	%r10d, %rsi
	movq	%rdi, %rcx
	addq	%r12, %rdi
	leaq	(%rbx,%rsi), %rax
	addq	%r13, %rdx
	addq	%rsi, %rdi
	.p2align 4,,10
	.p2align 3
.L5:
	movzbl	-1(%rdx), %esi
	addq	$1, %rax
	subq	$1, %rdx
	movb	%sil, -1(%rax)
	cmpq	%rdi, %rax
	jne	.L5
	addl	$1, %r11d
	leal	1(%r10,%rcx), %r10d
	cmpl	%r11d, %ebp
	jne	.L6
	movslq	%r10d, %rax
	addq	%rax, %rbx
	movl	%r10d, %eax
	movb	$0, (%rbx)
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
.L7:
	.cfi_restore_state
	xorl	%r10d, %r10d
	movb	$0, (%rbx)
	popq	%rbx
	.cfi_def_cfa_offset 32
	movl	%r10d, %eax
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE0:
	.size	string_sequence, .-string_sequence
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
