	.file	"func.c"
	.text
	.p2align 4
	.globl	cycpattern_check
	.type	cycpattern_check, @function
cycpattern_check:
.LFB0:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	cmpb	$0, (%rdi)
	movq	%rsi, %rbx
	je	.L11
	leaq	1(%rdi), %rdi
	call	strlen@PLT
	leal	1(%rax), %r11d
.L2:
	movzbl	(%rbx), %ebp
	testb	%bpl, %bpl
	je	.L15
	leaq	1(%rbx), %rax
	xorl	%edi, %edi
	.p2align 4,,10
	.p2align 3
.L4:
	addq	$1, %rax
	movl	%edi, %r9d
	addl	$1, %edi
	cmpb	$0, -1(%rax)
	jne	.L4
	cmpl	%r11d, %edi
	jg	.L16
	movq	%r12, %r10
	xorl	%r12d, %r12d
.L5:
	movl	%ebp, %edx
	xorl	%r8d, %r8d
	.p2align 4,,10
	.p2align 3
.L10:
	movq	%r10, %rcx
	xorl	%eax, %eax
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L7:
	leal	1(%rax), %esi
	addq	$1, %rcx
	cmpl	%eax, %r9d
	je	.L14
	leal	(%r8,%rsi), %eax
	cltd
	idivl	%edi
	movl	%esi, %eax
	movslq	%edx, %rdx
	movzbl	(%rbx,%rdx), %edx
.L9:
	cmpb	%dl, (%rcx)
	je	.L7
	cmpl	%eax, %edi
	je	.L15
.L20:
	leal	1(%r8), %ecx
	cmpl	%r8d, %r9d
	je	.L8
	movl	%ecx, %eax
	movl	%ecx, %r8d
	cltd
	idivl	%edi
	movslq	%edx, %rdx
	movzbl	(%rbx,%rdx), %edx
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L14:
	movl	%esi, %eax
	cmpl	%eax, %edi
	jne	.L20
.L15:
	movl	$1, %eax
.L1:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L8:
	.cfi_restore_state
	addl	$1, %r12d
	addq	$1, %r10
	addl	%r12d, %ecx
	cmpl	%r11d, %ecx
	jle	.L5
.L16:
	xorl	%eax, %eax
	jmp	.L1
.L11:
	xorl	%r11d, %r11d
	jmp	.L2
	.cfi_endproc
.LFE0:
	.size	cycpattern_check, .-cycpattern_check
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
