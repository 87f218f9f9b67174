	.file	"func.c"
	.text
	.p2align 4
	.globl	common
	.type	common, @function
common:
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
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	testl	%esi, %esi
	jle	.L15
	movslq	%esi, %rsi
	movslq	%ecx, %rax
	movq	%r8, %r15
	movq	%rdx, %r9
	movq	%rdi, %r14
	leaq	(%rdi,%rsi,4), %r8
	leaq	(%rdx,%rax,4), %r12
	xorl	%r13d, %r13d
	.p2align 4,,10
	.p2align 3
.L11:
	movl	(%r14), %ebp
	testl	%ecx, %ecx
	jle	.L3
.L14:
	movq	%r9, %rax
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L24:
	addq	$4, %rax
	cmpq	%r12, %rax
	je	.L23
.L5:
	cmpl	%ebp, (%rax)
	jne	.L24
	movq	%r15, %rbx
	xorl	%eax, %eax
	testl	%r13d, %r13d
	jne	.L7
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L9:
	addl	$1, %eax
	addq	$4, %rbx
	cmpl	%eax, %r13d
	je	.L25
.L7:
	cmpl	%ebp, (%rbx)
	jl	.L9
	cmpl	%eax, %r13d
	jle	.L13
	cmpl	%ebp, (%rbx)
	je	.L3
	movl	%r13d, %edx
	movl	%ecx, 28(%rsp)
	subl	%eax, %edx
	movq	%r9, 16(%rsp)
	leal	-1(%rdx), %esi
	movslq	%r13d, %rdx
	movq	%r8, 8(%rsp)
	movq	%rsi, %rax
	salq	$2, %rdx
	leaq	4(,%rsi,4), %r10
	negq	%rax
	salq	$2, %rax
	leaq	-4(%rdx,%rax), %rsi
	addq	%rdx, %rax
	movq	%r10, %rdx
	addq	%r15, %rsi
	leaq	(%r15,%rax), %rdi
	call	memmove@PLT
	movl	28(%rsp), %ecx
	movq	16(%rsp), %r9
	movq	8(%rsp), %r8
.L13:
	movl	%ebp, (%rbx)
	addl	$1, %r13d
.L3:
	addq	$4, %r14
	cmpq	%r8, %r14
	jne	.L11
.L1:
	addq	$40, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movl	%r13d, %eax
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
.L23:
	.cfi_restore_state
	addq	$4, %r14
	cmpq	%r8, %r14
	je	.L1
	movl	(%r14), %ebp
	jmp	.L14
	.p2align 4,,10
	.p2align 3
.L25:
	movslq	%r13d, %rax
	leaq	(%r15,%rax,4), %rbx
	jmp	.L13
.L15:
	xorl	%r13d, %r13d
	jmp	.L1
	.cfi_endproc
.LFE0:
	.size	common, .-common
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
