	.file	"func.c"
	.text
	.p2align 4
	.globl	find_max
	.type	find_max, @function
find_max:
.LFB2:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	xorl	%eax, %eax
	movl	$32, %ecx
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	subq	$136, %rsp
	.cfi_def_cfa_offset 168
	movq	(%rdi), %r11
	leaq	-120(%rsp), %r10
	movq	%r10, %rdi
	rep stosq
	movzbl	(%r11), %eax
	testb	%al, %al
	je	.L17
	movq	%r11, %rdx
	xorl	%r9d, %r9d
.L4:
	cmpb	$0, -120(%rsp,%rax)
	jne	.L3
	movb	$1, -120(%rsp,%rax)
	addl	$1, %r9d
.L3:
	movzbl	1(%rdx), %eax
	addq	$1, %rdx
	testb	%al, %al
	jne	.L4
.L2:
	cmpl	$1, %esi
	jle	.L1
	leal	-2(%rsi), %eax
	leaq	8(%rbx), %r8
	leaq	16(%rbx,%rax,8), %rbp
	xorl	%eax, %eax
.L16:
	movq	(%r8), %rbx
	movl	$32, %ecx
	movq	%r10, %rdi
	rep stosq
	movzbl	(%rbx), %edi
	testb	%dil, %dil
	je	.L6
	movq	%rbx, %rcx
	movzbl	%dil, %edx
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L8:
	cmpb	$0, -120(%rsp,%rdx)
	jne	.L7
	movb	$1, -120(%rsp,%rdx)
	addl	$1, %esi
.L7:
	movzbl	1(%rcx), %edx
	addq	$1, %rcx
	testb	%dl, %dl
	jne	.L8
	cmpl	%r9d, %esi
	jg	.L18
	je	.L28
.L12:
	addq	$8, %r8
	cmpq	%r8, %rbp
	jne	.L16
.L1:
	addq	$136, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	movq	%r11, %rax
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L18:
	.cfi_restore_state
	movl	%esi, %r9d
	movq	%rbx, %r11
	jmp	.L12
.L6:
	testl	%r9d, %r9d
	jne	.L12
	movzbl	(%r11), %ecx
	xorl	%esi, %esi
	xorl	%edi, %edi
.L14:
	cmpl	%ecx, %edi
	cmovl	%esi, %r9d
	cmovl	%rbx, %r11
	jmp	.L12
.L28:
	movq	%rbx, %r12
	movq	%r11, %rdx
	jmp	.L13
.L15:
	movzbl	1(%r12), %edi
	addq	$1, %r12
	leaq	1(%rdx), %rcx
	testb	%dil, %dil
	je	.L29
	movq	%rcx, %rdx
.L13:
	movzbl	(%rdx), %ecx
	cmpb	%dil, %cl
	je	.L15
	jmp	.L14
.L29:
	movzbl	1(%rdx), %ecx
	xorl	%edi, %edi
	cmpl	%ecx, %edi
	cmovl	%esi, %r9d
	cmovl	%rbx, %r11
	jmp	.L12
.L17:
	xorl	%r9d, %r9d
	jmp	.L2
	.cfi_endproc
.LFE2:
	.size	find_max, .-find_max
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
