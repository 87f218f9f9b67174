	.file	"func.c"
	.text
	.p2align 4
	.globl	anti_shuffle
	.type	anti_shuffle, @function
anti_shuffle:
.LFB0:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	movq	%rsi, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	movzbl	(%rdi), %edx
	testb	%dl, %dl
	je	.L2
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L3:
	movb	%dl, (%r12,%rax)
	movq	%rax, %r13
	addq	$1, %rax
	movzbl	(%rdi,%rax), %edx
	testb	%dl, %dl
	jne	.L3
	movb	$0, (%r12,%rax)
	movl	%r13d, %ebp
	xorl	%r8d, %r8d
	addl	$1, %r13d
	.p2align 4,,10
	.p2align 3
.L14:
	movslq	%r8d, %rbx
	leal	1(%r8), %r9d
	addq	%r12, %rbx
	cmpb	$32, (%rbx)
	je	.L17
	cmpl	%r8d, %r13d
	jle	.L18
	movq	%rbx, %rdx
	movl	%r8d, %eax
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L9:
	leal	1(%rax), %r11d
	addq	$1, %rdx
	cmpl	%eax, %ebp
	jle	.L7
	movl	%r11d, %eax
.L8:
	cmpb	$32, (%rdx)
	jne	.L9
	cmpl	%r9d, %eax
	jle	.L19
	movl	%eax, %r11d
.L15:
	movslq	%r9d, %r10
	addq	%r12, %r10
	.p2align 4,,10
	.p2align 3
.L13:
	movzbl	(%r10), %edi
	movq	%r10, %rsi
	movq	%r10, %rax
	movl	%r9d, %edx
	cmpl	%r9d, %r8d
	jl	.L10
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L12:
	subl	$1, %edx
	movb	%cl, (%rax)
	leaq	-1(%rsi), %rax
	cmpl	%r8d, %edx
	je	.L21
.L10:
	movzbl	-1(%rax), %ecx
	movq	%rax, %rsi
	cmpb	%cl, %dil
	jb	.L12
.L11:
	addl	$1, %r9d
	movb	%dil, (%rsi)
	addq	$1, %r10
	cmpl	%r9d, %r11d
	jg	.L13
.L29:
	movl	%r11d, %r8d
.L6:
	cmpl	%r13d, %r8d
	jl	.L14
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
	.p2align 4,,10
	.p2align 3
.L21:
	.cfi_restore_state
	movq	%rbx, %rsi
	addl	$1, %r9d
	addq	$1, %r10
	movb	%dil, (%rsi)
	cmpl	%r9d, %r11d
	jg	.L13
	jmp	.L29
.L17:
	movl	%r9d, %r8d
	jmp	.L6
.L18:
	movl	%r8d, %r11d
.L7:
	cmpl	%r9d, %r11d
	jg	.L15
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
.L19:
	.cfi_restore_state
	movl	%eax, %r8d
	jmp	.L6
.L2:
	movb	$0, (%rsi)
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE0:
	.size	anti_shuffle, .-anti_shuffle
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
