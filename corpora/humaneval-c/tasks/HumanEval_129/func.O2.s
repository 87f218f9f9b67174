	.file	"func.c"
	.text
	.p2align 4
	.globl	minPath
	.type	minPath, @function
minPath:
.LFB0:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movl	%edx, %r14d
	movl	%esi, %edx
	imull	%esi, %edx
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rcx, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	addl	$1, %edx
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	testl	%esi, %esi
	jle	.L2
	movl	%esi, %r8d
	movl	%esi, %r11d
	movslq	%esi, %r13
	movq	%rdi, %r10
	leal	(%rsi,%rsi), %r15d
	negl	%r11d
	salq	$2, %r13
	movq	%rdi, %rbp
	xorl	%esi, %esi
	leal	-1(%r8), %r9d
	.p2align 4,,10
	.p2align 3
.L3:
	leal	(%r11,%r15), %ebx
	movq	%rbp, %rcx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L10:
	cmpl	$1, (%rcx)
	jne	.L4
	testl	%esi, %esi
	je	.L5
	leal	(%rax,%r11), %edi
	movslq	%edi, %rdi
	movl	(%r10,%rdi,4), %edi
	cmpl	%edi, %edx
	cmovg	%edi, %edx
.L5:
	cmpl	%esi, %r9d
	jle	.L6
	leal	(%rax,%rbx), %edi
	movslq	%edi, %rdi
	movl	(%r10,%rdi,4), %edi
	cmpl	%edi, %edx
	cmovg	%edi, %edx
	testl	%eax, %eax
	je	.L26
.L7:
	movl	-4(%rcx), %edi
	cmpl	%edi, %edx
	cmovg	%edi, %edx
	cmpl	%eax, %r9d
	jle	.L4
	movl	4(%rcx), %edi
	cmpl	%edi, %edx
	cmovg	%edi, %edx
	.p2align 4,,10
	.p2align 3
.L4:
	addl	$1, %eax
	addq	$4, %rcx
	cmpl	%eax, %r8d
	jne	.L10
.L9:
	subl	%r8d, %ebx
	addl	$1, %esi
	addq	%r13, %rbp
	movl	%ebx, %r11d
	cmpl	%esi, %r8d
	jne	.L3
.L2:
	movslq	%r14d, %rdi
	xorl	%eax, %eax
	movl	$1, %esi
	testl	%r14d, %r14d
	jle	.L24
	.p2align 4,,10
	.p2align 3
.L13:
	testb	$1, %al
	movl	%esi, %ecx
	cmovne	%edx, %ecx
	movl	%ecx, (%r12,%rax,4)
	addq	$1, %rax
	cmpq	%rdi, %rax
	jne	.L13
.L24:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	movl	%r14d, %eax
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	.cfi_restore_state
	testl	%eax, %eax
	jne	.L7
	testl	%r9d, %r9d
	je	.L9
.L26:
	movl	4(%rcx), %eax
	cmpl	%eax, %edx
	cmovg	%eax, %edx
	addq	$4, %rcx
	movl	$1, %eax
	jmp	.L10
	.cfi_endproc
.LFE0:
	.size	minPath, .-minPath
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
