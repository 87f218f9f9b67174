	.file	"func.c"
	.text
	.p2align 4
	.globl	words_in_sentence
	.type	words_in_sentence, @function
words_in_sentence:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rdi, %r10
	movq	%rsi, %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movzbl	(%rdi), %edi
	movq	%rsi, %rbx
	.p2align 4,,10
	.p2align 3
.L2:
	cmpb	$32, %dil
	je	.L3
.L20:
	testb	%dil, %dil
	je	.L4
	movq	%r10, %rsi
	.p2align 4,,10
	.p2align 3
.L5:
	movq	%rsi, %r9
	movzbl	1(%rsi), %edi
	addq	$1, %rsi
	testb	$-33, %dil
	jne	.L5
	movq	%rsi, %r11
	subq	%r10, %r11
	movl	%r11d, %r8d
	cmpl	$1, %r11d
	jle	.L14
	cmpl	$3, %r11d
	jle	.L7
	testb	$1, %r11b
	je	.L14
	movl	$2, %ecx
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L9:
	movl	%r8d, %eax
	cltd
	idivl	%ecx
	testl	%edx, %edx
	je	.L14
.L8:
	addl	$1, %ecx
	movl	%ecx, %eax
	imull	%ecx, %eax
	cmpl	%eax, %r8d
	jge	.L9
.L7:
	movq	%rbx, %rcx
	cmpq	%rbx, %rbp
	je	.L10
	movb	$32, 0(%rbp)
	leaq	1(%rbp), %rcx
.L10:
	leal	-1(%r11), %edi
	xorl	%eax, %eax
	leaq	1(%rdi), %rbp
	.p2align 4,,10
	.p2align 3
.L11:
	movzbl	(%r10,%rax), %edx
	movb	%dl, (%rcx,%rax)
	movq	%rax, %rdx
	addq	$1, %rax
	cmpq	%rdx, %rdi
	jne	.L11
	movzbl	1(%r9), %edi
	addq	%rcx, %rbp
	movq	%rsi, %r10
	cmpb	$32, %dil
	jne	.L20
	.p2align 4,,10
	.p2align 3
.L3:
	movzbl	1(%r10), %edi
	addq	$1, %r10
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L14:
	movq	%rsi, %r10
	jmp	.L2
	.p2align 4,,10
	.p2align 3
.L4:
	movb	$0, 0(%rbp)
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE1:
	.size	words_in_sentence, .-words_in_sentence
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
