	.file	"func.c"
	.text
	.p2align 4
	.globl	order_by_points
	.type	order_by_points, @function
order_by_points:
.LFB1:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L23
	movabsq	$-3689348814741910323, %r8
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movq	%rdi, %r9
	movslq	%esi, %r15
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%rdx, %rdi
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	xorl	%r13d, %r13d
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rdx, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	movl	%esi, -4(%rsp)
	.p2align 4,,10
	.p2align 3
.L11:
	movl	(%r9,%r13,4), %r10d
	movl	%r13d, %esi
	movl	%r10d, %ecx
	negl	%ecx
	cmovs	%r10d, %ecx
	xorl	%ebx, %ebx
	movl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L3:
	movq	%rcx, %rax
	movq	%rcx, %r11
	mulq	%r8
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %rax
	addq	%rax, %rax
	subq	%rax, %r11
	movq	%rcx, %rax
	movq	%rdx, %rcx
	addl	%r11d, %ebx
	cmpq	$9, %rax
	jg	.L3
	addl	%r11d, %r11d
	movl	%ebx, %eax
	subl	%r11d, %eax
	testl	%r10d, %r10d
	cmovs	%eax, %ebx
	testq	%r13, %r13
	je	.L5
	leal	-1(%rsi), %eax
	movl	%r10d, -8(%rsp)
	leaq	-4(%r12), %rbp
	movq	%r12, %r11
	movq	%r15, -16(%rsp)
	salq	$2, %rax
	subq	%rax, %rbp
	.p2align 4,,10
	.p2align 3
.L6:
	movl	-4(%r11), %r15d
	movq	%r11, %r14
	movl	%r15d, %ecx
	negl	%ecx
	cmovs	%r15d, %ecx
	xorl	%esi, %esi
	movl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L8:
	movq	%rcx, %rax
	movq	%rcx, %r10
	mulq	%r8
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %rax
	addq	%rax, %rax
	subq	%rax, %r10
	movq	%rcx, %rax
	movq	%rdx, %rcx
	addl	%r10d, %esi
	cmpq	$9, %rax
	jg	.L8
	addl	%r10d, %r10d
	movl	%esi, %eax
	subl	%r10d, %eax
	testl	%r15d, %r15d
	cmovs	%eax, %esi
	cmpl	%esi, %ebx
	jge	.L27
	movl	%r15d, (%r11)
	subq	$4, %r11
	cmpq	%r11, %rbp
	jne	.L6
	movl	-8(%rsp), %r10d
	movq	-16(%rsp), %r15
.L5:
	movq	%rdi, %r14
.L7:
	addq	$1, %r13
	movl	%r10d, (%r14)
	addq	$4, %r12
	cmpq	%r13, %r15
	jne	.L11
	movl	-4(%rsp), %eax
	popq	%rbx
	.cfi_remember_state
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
.L27:
	.cfi_restore_state
	movl	-8(%rsp), %r10d
	movq	-16(%rsp), %r15
	jmp	.L7
.L23:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	.cfi_restore 14
	.cfi_restore 15
	movl	%esi, %eax
	ret
	.cfi_endproc
.LFE1:
	.size	order_by_points, .-order_by_points
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
