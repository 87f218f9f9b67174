	.file	"func.c"
	.text
	.p2align 4
	.globl	sort_array
	.type	sort_array, @function
sort_array:
.LFB2:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	movslq	%esi, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	testl	%r12d, %r12d
	jle	.L1
	movq	%rdi, %rbx
	movq	%rdx, %r9
	xorl	%ebp, %ebp
	.p2align 4,,10
	.p2align 3
.L17:
	movl	(%rbx,%rbp,4), %r10d
	testq	%rbp, %rbp
	je	.L6
	movl	%r10d, %r13d
	leaq	0(,%rbp,4), %rdi
	leal	-1(%rbp), %eax
	movq	%rbp, %r11
	negl	%r13d
	movl	-4(%r9,%rdi), %r8d
	testl	%r10d, %r10d
	cmovns	%r10d, %r13d
	subq	%rax, %r11
	salq	$2, %r11
	movl	%r8d, %eax
	testl	%r10d, %r10d
	jne	.L30
	.p2align 4,,10
	.p2align 3
.L7:
	testl	%r8d, %r8d
	js	.L19
	je	.L12
	xorl	%ecx, %ecx
.L11:
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L15:
	movl	%eax, %esi
	andl	$1, %esi
	addl	%esi, %edx
	shrl	%eax
	jne	.L15
	cmpl	%ecx, %edx
	jne	.L28
.L14:
	cmpl	%r10d, %r8d
.L28:
	jle	.L12
	movl	%r8d, (%r9,%rdi)
	leaq	-4(%rdi), %rax
	cmpq	%rdi, %r11
	je	.L6
	movq	%rax, %rdi
	movl	-4(%r9,%rdi), %r8d
	movl	%r8d, %eax
	testl	%r10d, %r10d
	je	.L7
.L30:
	movl	%r13d, %edx
	xorl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L8:
	movl	%edx, %esi
	andl	$1, %esi
	addl	%esi, %ecx
	shrl	%edx
	jne	.L8
	testl	%r8d, %r8d
	js	.L10
	jne	.L11
	testl	%ecx, %ecx
	je	.L14
.L12:
	addq	%r9, %rdi
.L4:
	addq	$1, %rbp
	movl	%r10d, (%rdi)
	cmpq	%rbp, %r12
	jne	.L17
.L1:
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
	xorl	%ecx, %ecx
.L10:
	movl	%r8d, %eax
	negl	%eax
	jmp	.L11
.L6:
	movq	%r9, %rdi
	jmp	.L4
	.cfi_endproc
.LFE2:
	.size	sort_array, .-sort_array
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
