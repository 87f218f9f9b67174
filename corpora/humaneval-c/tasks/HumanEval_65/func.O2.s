	.file	"func.c"
	.text
	.p2align 4
	.globl	circular_shift
	.type	circular_shift, @function
circular_shift:
.LFB0:
	.cfi_startproc
	movabsq	$-3689348814741910323, %r10
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r11
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movl	%esi, %ebp
	movq	%rdi, %rsi
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	negq	%rsi
	movq	%rdx, %rbx
	cmovs	%rdi, %rsi
	xorl	%ecx, %ecx
	leaq	-64(%rsp), %r8
	movq	%r8, %rdi
	.p2align 4,,10
	.p2align 3
.L3:
	movq	%rsi, %rax
	movslq	%ecx, %r9
	addq	$1, %rdi
	addl	$1, %ecx
	mulq	%r10
	movq	%rsi, %rax
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %r12
	addq	%r12, %r12
	subq	%r12, %rax
	addl	$48, %eax
	movb	%al, -1(%rdi)
	movq	%rsi, %rax
	movq	%rdx, %rsi
	cmpq	$9, %rax
	ja	.L3
	testq	%r11, %r11
	jns	.L4
	movslq	%ecx, %rdx
	leal	2(%r9), %eax
	movslq	%ecx, %r9
	movb	$45, -64(%rsp,%rdx)
	movl	%eax, %ecx
.L4:
	leaq	-32(%rsp), %rsi
	movslq	%ecx, %rdi
	addq	%r9, %r8
	movq	%rsi, %rax
	leaq	(%rsi,%rdi), %r10
	.p2align 4,,10
	.p2align 3
.L5:
	movzbl	(%r8), %edx
	addq	$1, %rax
	subq	$1, %r8
	movb	%dl, -1(%rax)
	cmpq	%r10, %rax
	jne	.L5
	cmpl	%ebp, %ecx
	jge	.L6
	leaq	(%rsi,%r9), %rdx
	movq	%rbx, %rax
	leaq	(%rbx,%rdi), %rsi
	.p2align 4,,10
	.p2align 3
.L7:
	movzbl	(%rdx), %ecx
	addq	$1, %rax
	subq	$1, %rdx
	movb	%cl, -1(%rax)
	cmpq	%rax, %rsi
	jne	.L7
	movb	$0, (%rbx,%rdi)
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	.cfi_restore_state
	leal	0(%rbp,%rbx), %eax
	movl	%ecx, %r8d
	leaq	(%rbx,%rdi), %r9
	movq	%rbx, %rsi
	subl	%eax, %r8d
	.p2align 4,,10
	.p2align 3
.L8:
	leal	(%r8,%rsi), %eax
	addq	$1, %rsi
	cltd
	idivl	%ecx
	movslq	%edx, %rdx
	movzbl	-32(%rsp,%rdx), %eax
	movb	%al, -1(%rsi)
	cmpq	%rsi, %r9
	jne	.L8
	movb	$0, (%rbx,%rdi)
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE0:
	.size	circular_shift, .-circular_shift
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
