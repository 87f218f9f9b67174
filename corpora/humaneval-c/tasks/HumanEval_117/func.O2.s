	.file	"func.c"
	.text
	.p2align 4
	.globl	select_words
	.type	select_words, @function
select_words:
.LFB3:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%rcx, %r14
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	movq	%rdx, %r13
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	xorl	%r12d, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movl	%esi, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	movq	%rdi, %rbx
	subq	$8, %rsp
	.cfi_def_cfa_offset 64
	call	__ctype_b_loc@PLT
	xorl	%r10d, %r10d
	movabsq	$4575140898685201, %r11
	movq	(%rax), %r8
	movq	%rax, %r15
	.p2align 4,,10
	.p2align 3
.L2:
	movslq	%r10d, %rdi
	movzbl	(%rbx,%rdi), %edx
	movq	%rdx, %rax
	movzwl	(%r8,%rdx,2), %edx
	testb	$32, %dh
	jne	.L3
	testb	%al, %al
	je	.L1
	leaq	1(%rbx,%rdi), %rcx
	movl	%r10d, %esi
	xorl	%r9d, %r9d
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L9:
	andb	$4, %dh
	je	.L6
	subl	$65, %eax
	cmpb	$52, %al
	ja	.L7
	btq	%rax, %r11
	jc	.L6
.L7:
	addl	$1, %r9d
.L6:
	movzbl	(%rcx), %eax
	addq	$1, %rcx
	addl	$1, %esi
	testb	%al, %al
	je	.L8
	movzbl	%al, %edx
	movzwl	(%r8,%rdx,2), %edx
.L5:
	testb	$32, %dh
	je	.L9
.L8:
	cmpl	%r9d, %ebp
	je	.L24
	movl	%esi, %r10d
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L3:
	addl	$1, %r10d
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L24:
	movq	%r13, (%r14,%r12,8)
	leal	1(%r12), %ecx
	cmpl	%r10d, %esi
	jle	.L14
	movq	%r13, %rdx
	subq	%rdi, %rdx
	.p2align 4,,10
	.p2align 3
.L12:
	movzbl	(%rbx,%rdi), %eax
	movb	%al, (%rdx,%rdi)
	addq	$1, %rdi
	cmpl	%edi, %esi
	jg	.L12
	movl	%esi, %eax
	subl	%r10d, %eax
	subl	$1, %eax
	leaq	1(%r13,%rax), %rax
.L11:
	movb	$0, (%rax)
	leaq	1(%rax), %r13
	movq	(%r15), %r8
	movl	%esi, %r10d
	movslq	%ecx, %r12
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L1:
	addq	$8, %rsp
	.cfi_remember_state
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
.L14:
	.cfi_restore_state
	movq	%r13, %rax
	jmp	.L11
	.cfi_endproc
.LFE3:
	.size	select_words, .-select_words
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
