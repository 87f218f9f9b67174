	.file	"func.c"
	.text
	.p2align 4
	.globl	unique
	.type	unique, @function
unique:
.LFB0:
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
	subq	$8, %rsp
	.cfi_def_cfa_offset 64
	testl	%esi, %esi
	jle	.L10
	movslq	%esi, %rsi
	movl	(%rdi), %ebp
	movq	%rdx, %rbx
	movq	%rdi, %r13
	leaq	(%rdi,%rsi,4), %r12
	movq	%rdx, %r15
	xorl	%r14d, %r14d
.L3:
	addq	$4, %r13
	movl	%ebp, (%r15)
	addl	$1, %r14d
	cmpq	%r12, %r13
	je	.L1
	.p2align 4,,10
	.p2align 3
.L15:
	movl	0(%r13), %ebp
	movslq	%r14d, %rcx
.L9:
	movq	%rcx, %rax
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L6:
	subq	$1, %rax
	movl	%eax, %edx
	testl	%eax, %eax
	je	.L12
.L4:
	cmpl	%ebp, -4(%rbx,%rax,4)
	jg	.L6
	movl	%eax, %edx
	testl	%eax, %eax
	je	.L12
	cltq
	leaq	0(,%rax,4), %r15
	cmpl	%ebp, -4(%rbx,%rax,4)
	je	.L7
	addq	%rbx, %r15
	cmpl	%edx, %r14d
	jle	.L3
.L5:
	movl	%r14d, %eax
	salq	$2, %rcx
	addq	$4, %r13
	addl	$1, %r14d
	subl	%edx, %eax
	subl	$1, %eax
	movq	%rax, %rdi
	leaq	4(,%rax,4), %rdx
	negq	%rdi
	salq	$2, %rdi
	leaq	-4(%rcx,%rdi), %rsi
	addq	%rcx, %rdi
	addq	%rbx, %rsi
	addq	%rbx, %rdi
	call	memmove@PLT
	movl	%ebp, (%r15)
	cmpq	%r12, %r13
	jne	.L15
.L1:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movl	%r14d, %eax
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
.L12:
	.cfi_restore_state
	movq	%rbx, %r15
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L7:
	addq	$4, %r13
	cmpq	%r12, %r13
	je	.L1
	movl	0(%r13), %ebp
	jmp	.L9
.L10:
	xorl	%r14d, %r14d
	jmp	.L1
	.cfi_endproc
.LFE0:
	.size	unique, .-unique
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
