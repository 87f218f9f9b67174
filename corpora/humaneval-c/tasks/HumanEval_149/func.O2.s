	.file	"func.c"
	.text
	.p2align 4
	.globl	sorted_list_sum
	.type	sorted_list_sum, @function
sorted_list_sum:
.LFB2:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
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
	subq	$56, %rsp
	.cfi_def_cfa_offset 112
	testl	%esi, %esi
	jle	.L18
	movslq	%esi, %rsi
	movq	%rdi, 8(%rsp)
	movq	%rdx, %rbp
	xorl	%r12d, %r12d
	leaq	(%rdi,%rsi,8), %rax
	movq	%rax, 32(%rsp)
	jmp	.L17
	.p2align 4,,10
	.p2align 3
.L4:
	addq	$8, 8(%rsp)
	movq	32(%rsp), %rdx
	movq	8(%rsp), %rax
	cmpq	%rdx, %rax
	je	.L1
.L17:
	movq	8(%rsp), %rax
	movq	(%rax), %rbx
	movzbl	(%rbx), %r14d
	testb	%r14b, %r14b
	je	.L3
	leaq	1(%rbx), %rdi
	call	strlen@PLT
	testb	$1, %al
	je	.L4
.L3:
	leal	1(%r12), %eax
	movl	%eax, 44(%rsp)
	testl	%r12d, %r12d
	je	.L5
	leaq	1(%rbx), %rax
	movslq	%r12d, %r15
	movq	%rax, 24(%rsp)
	.p2align 4,,10
	.p2align 3
.L6:
	movq	-8(%rbp,%r15,8), %r13
	leaq	0(,%r15,8), %rax
	movq	%rax, 16(%rsp)
	movzbl	0(%r13), %ecx
	testb	%r14b, %r14b
	je	.L8
	movq	24(%rsp), %rdi
	movb	%cl, 7(%rsp)
	call	strlen@PLT
	movzbl	7(%rsp), %ecx
	movq	%rax, %r12
	leal	1(%rax), %eax
	movl	%eax, 40(%rsp)
	xorl	%eax, %eax
	testb	%cl, %cl
	je	.L10
	leaq	1(%r13), %rdi
	call	strlen@PLT
	movq	%r13, %rcx
	movq	%rbx, %rsi
	cmpl	%r12d, %eax
	je	.L14
	jmp	.L33
	.p2align 4,,10
	.p2align 3
.L16:
	movzbl	1(%rsi), %r14d
	addq	$1, %rsi
	leaq	1(%rcx), %rax
	testb	%r14b, %r14b
	je	.L34
	movq	%rax, %rcx
.L14:
	movzbl	(%rcx), %eax
	cmpb	%r14b, %al
	je	.L16
	movl	%r14d, %edx
.L15:
	cmpb	%al, %dl
	jnb	.L12
.L13:
	movq	%r13, 0(%rbp,%r15,8)
	subq	$1, %r15
	testl	%r15d, %r15d
	je	.L5
	movzbl	(%rbx), %r14d
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L33:
	addl	$1, %eax
.L10:
	cmpl	%eax, 40(%rsp)
	jl	.L13
.L12:
	movq	16(%rsp), %r13
	addq	%rbp, %r13
.L7:
	movq	%rbx, 0(%r13)
	movl	44(%rsp), %r12d
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L34:
	movzbl	1(%rcx), %eax
	xorl	%edx, %edx
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L8:
	testb	%cl, %cl
	je	.L12
	leaq	1(%r13), %rdi
	call	strlen@PLT
	movl	$0, 40(%rsp)
	addl	$1, %eax
	je	.L13
	cmpl	%eax, 40(%rsp)
	jl	.L13
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L5:
	movq	%rbp, %r13
	jmp	.L7
.L18:
	xorl	%r12d, %r12d
.L1:
	addq	$56, %rsp
	.cfi_def_cfa_offset 56
	movl	%r12d, %eax
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
	.cfi_endproc
.LFE2:
	.size	sorted_list_sum, .-sorted_list_sum
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
