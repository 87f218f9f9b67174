	.file	"func.c"
	.text
	.p2align 4
	.globl	median
	.type	median, @function
median:
.LFB11:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L23
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl	%esi, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movslq	%esi, %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	leaq	0(,%rbp,4), %rdi
	subq	$16, %rsp
	.cfi_def_cfa_offset 48
	call	malloc@PLT
	movq	%rax, %r10
	testq	%rax, %rax
	je	.L4
	movq	%rax, %r9
	xorl	%r8d, %r8d
	.p2align 4,,10
	.p2align 3
.L9:
	movl	(%rbx,%r8,4), %esi
	testq	%r8, %r8
	je	.L5
	leal	-1(%r8), %eax
	leaq	-4(%r9), %rcx
	salq	$2, %rax
	subq	%rax, %rcx
	movq	%r9, %rax
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L8:
	movl	%edx, (%rax)
	subq	$4, %rax
	cmpq	%rax, %rcx
	je	.L5
.L6:
	movl	-4(%rax), %edx
	movq	%rax, %rdi
	cmpl	%esi, %edx
	jg	.L8
	addq	$1, %r8
	movl	%esi, (%rdi)
	addq	$4, %r9
	cmpq	%rbp, %r8
	jne	.L9
.L25:
	movl	%r12d, %eax
	pxor	%xmm0, %xmm0
	sarl	%eax
	andl	$1, %r12d
	cltq
	cvtsi2sdl	(%r10,%rax,4), %xmm0
	leaq	0(,%rax,4), %rdx
	je	.L24
.L10:
	movq	%r10, %rdi
	movsd	%xmm0, 8(%rsp)
	call	free@PLT
	movsd	8(%rsp), %xmm0
	addq	$16, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	.cfi_restore_state
	movq	%r10, %rdi
	addq	$1, %r8
	addq	$4, %r9
	movl	%esi, (%rdi)
	cmpq	%rbp, %r8
	jne	.L9
	jmp	.L25
.L24:
	pxor	%xmm1, %xmm1
	cvtsi2sdl	-4(%r10,%rdx), %xmm1
	addsd	%xmm1, %xmm0
	mulsd	.LC1(%rip), %xmm0
	jmp	.L10
.L4:
	addq	$16, %rsp
	.cfi_def_cfa_offset 32
	pxor	%xmm0, %xmm0
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L23:
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	pxor	%xmm0, %xmm0
	ret
	.cfi_endproc
.LFE11:
	.size	median, .-median
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC1:
	.long	0
	.long	1071644672
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
