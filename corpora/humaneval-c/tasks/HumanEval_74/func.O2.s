	.file	"func.c"
	.text
	.p2align 4
	.globl	total_match
	.type	total_match, @function
total_match:
.LFB1:
	.cfi_startproc
	movl	%esi, %r9d
	movq	%rdx, %r10
	movl	%ecx, %r11d
	testl	%esi, %esi
	jle	.L2
	movslq	%r9d, %rax
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rsi
	xorl	%edx, %edx
	leaq	(%rdi,%rax,8), %rbx
	.p2align 4,,10
	.p2align 3
.L5:
	movq	(%rsi), %rcx
	cmpb	$0, (%rcx)
	je	.L3
	movq	%rdx, %rax
	movq	%rcx, %rdx
	subq	%rax, %rdx
	.p2align 4,,10
	.p2align 3
.L4:
	addq	$1, %rax
	cmpb	$0, (%rdx,%rax)
	jne	.L4
	movq	%rax, %rdx
.L3:
	addq	$8, %rsi
	cmpq	%rbx, %rsi
	jne	.L5
	testl	%r11d, %r11d
	jle	.L14
	xorl	%esi, %esi
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L12:
	movq	(%r10,%rsi,8), %rcx
	cmpb	$0, (%rcx)
	je	.L10
	subq	%rax, %rcx
	.p2align 4,,10
	.p2align 3
.L11:
	addq	$1, %rax
	cmpb	$0, (%rcx,%rax)
	jne	.L11
.L10:
	addq	$1, %rsi
	cmpl	%esi, %r11d
	jg	.L12
.L9:
	cmpq	%rax, %rdx
	popq	%rbx
	.cfi_def_cfa_offset 8
	cmovle	%r9d, %r11d
	cmovle	%rdi, %r10
	movl	%r11d, (%r8)
	movq	%r10, %rax
	ret
.L2:
	.cfi_restore 3
	xorl	%edx, %edx
	xorl	%esi, %esi
	xorl	%eax, %eax
	testl	%ecx, %ecx
	jle	.L31
	.p2align 4,,10
	.p2align 3
.L23:
	movq	(%r10,%rsi,8), %rcx
	cmpb	$0, (%rcx)
	je	.L25
	subq	%rax, %rcx
	.p2align 4,,10
	.p2align 3
.L26:
	addq	$1, %rax
	cmpb	$0, (%rcx,%rax)
	jne	.L26
.L25:
	addq	$1, %rsi
	cmpl	%esi, %r11d
	jg	.L23
	cmpq	%rax, %rdx
	cmovle	%r9d, %r11d
	cmovle	%rdi, %r10
.L22:
	movl	%r11d, (%r8)
	movq	%r10, %rax
	ret
.L14:
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	xorl	%eax, %eax
	jmp	.L9
.L31:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	movl	%r9d, %r11d
	movq	%rdi, %r10
	jmp	.L22
	.cfi_endproc
.LFE1:
	.size	total_match, .-total_match
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
