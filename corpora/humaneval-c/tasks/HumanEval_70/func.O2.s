	.file	"func.c"
	.text
	.p2align 4
	.globl	strange_sort_list
	.type	strange_sort_list, @function
strange_sort_list:
.LFB0:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%eax, %eax
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	movl	%esi, 28(%rsp)
	testl	%esi, %esi
	jle	.L1
	movq	%rdi, %r10
	movq	%rdx, %rbp
	movq	%rdx, %r9
	movslq	%esi, %r11
	xorl	%r8d, %r8d
	.p2align 4,,10
	.p2align 3
.L7:
	movl	(%r10,%r8,4), %esi
	testq	%r8, %r8
	je	.L3
	leal	-1(%r8), %eax
	leaq	-4(%r9), %rcx
	salq	$2, %rax
	subq	%rax, %rcx
	movq	%r9, %rax
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L6:
	movl	%edx, (%rax)
	subq	$4, %rax
	cmpq	%rcx, %rax
	je	.L3
.L4:
	movl	-4(%rax), %edx
	movq	%rax, %rdi
	cmpl	%esi, %edx
	jg	.L6
	addq	$1, %r8
	movl	%esi, (%rdi)
	addq	$4, %r9
	cmpq	%r11, %r8
	jne	.L7
.L22:
	movl	28(%rsp), %r14d
	subl	$1, %r14d
	je	.L11
	movslq	%r14d, %r12
	xorl	%r15d, %r15d
	salq	$2, %r12
	leaq	0(%rbp,%r12), %rax
	movq	%rax, 8(%rsp)
	movl	28(%rsp), %eax
	leal	-3(%rax), %ebx
	leaq	-4(%r12), %rax
	movq	%rax, 16(%rsp)
	.p2align 4,,10
	.p2align 3
.L10:
	movq	8(%rsp), %rax
	movl	(%rax), %r13d
	leal	1(%r15), %eax
	cmpl	%r14d, %eax
	jge	.L12
	movl	%ebx, %eax
	movq	%rax, %rdi
	leaq	4(,%rax,4), %rdx
	movq	16(%rsp), %rax
	negq	%rdi
	salq	$2, %rdi
	leaq	(%rax,%rdi), %rsi
	addq	%r12, %rdi
	addq	%rbp, %rsi
	addq	%rbp, %rdi
	call	memmove@PLT
.L12:
	movl	%r13d, 4(%rbp,%r15,4)
	addq	$2, %r15
	subl	$2, %ebx
	cmpl	%r15d, %r14d
	jg	.L10
.L11:
	movl	28(%rsp), %eax
.L1:
	addq	$40, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	popq	%rbx
	.cfi_def_cfa_offset 48
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
.L3:
	.cfi_restore_state
	movq	%rbp, %rdi
	addq	$1, %r8
	addq	$4, %r9
	movl	%esi, (%rdi)
	cmpq	%r11, %r8
	jne	.L7
	jmp	.L22
	.cfi_endproc
.LFE0:
	.size	strange_sort_list, .-strange_sort_list
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
