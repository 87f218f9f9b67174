	.file	"func.c"
	.text
	.p2align 4
	.type	split_decimal, @function
split_decimal:
.LFB0:
	.cfi_startproc
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rcx, %rsi
	movl	$0, (%rdi)
	movzbl	(%rax), %ecx
	leal	-43(%rcx), %r10d
	andl	$253, %r10d
	jne	.L2
	cmpb	$45, %cl
	sete	%cl
	addq	$1, %rax
	movzbl	%cl, %ecx
	movl	%ecx, (%rdi)
	movzbl	(%rax), %ecx
.L2:
	cmpb	$48, %cl
	jne	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	addq	$1, %rax
	cmpb	$48, (%rax)
	je	.L4
.L3:
	movq	%rax, (%rdx)
	movl	$0, (%rsi)
	movzbl	(%rax), %edi
	leal	-48(%rdi), %edx
	cmpb	$9, %dl
	ja	.L5
	movl	%eax, %edi
	leaq	1(%rax), %rdx
	negl	%edi
	.p2align 4,,10
	.p2align 3
.L6:
	leal	(%rdi,%rdx), %eax
	movl	%eax, (%rsi)
	movq	%rdx, %rax
	addq	$1, %rdx
	movzbl	(%rax), %ecx
	subl	$48, %ecx
	cmpb	$9, %cl
	jbe	.L6
.L5:
	movq	%rax, (%r8)
	movl	$0, (%r9)
	movzbl	(%rax), %edx
	andl	$-3, %edx
	cmpb	$44, %dl
	jne	.L1
	leaq	1(%rax), %rdx
	movq	%rdx, (%r8)
	movzbl	1(%rax), %esi
	leal	-48(%rsi), %edx
	cmpb	$9, %dl
	ja	.L12
	movl	$1, %ecx
	.p2align 4,,10
	.p2align 3
.L9:
	movzbl	1(%rax,%rcx), %edi
	movq	%rcx, %rdx
	addq	$1, %rcx
	leal	-48(%rdi), %esi
	cmpb	$9, %sil
	jbe	.L9
	movslq	%edx, %rdx
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L11:
	subq	$1, %rdx
	movl	%edx, %ecx
	testl	%edx, %edx
	je	.L8
.L10:
	cmpb	$48, (%rax,%rdx)
	je	.L11
	movl	%edx, %ecx
.L8:
	movl	%ecx, (%r9)
.L1:
	ret
.L12:
	xorl	%ecx, %ecx
	jmp	.L8
	.cfi_endproc
.LFE0:
	.size	split_decimal, .-split_decimal
	.p2align 4
	.globl	compare_one
	.type	compare_one, @function
compare_one:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsi, %r11
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	subq	$64, %rsp
	.cfi_def_cfa_offset 88
	leaq	16(%rsp), %rcx
	leaq	32(%rsp), %rdx
	leaq	8(%rsp), %rsi
	leaq	24(%rsp), %r9
	leaq	40(%rsp), %r8
	call	split_decimal
	movq	%r11, %rdi
	leaq	20(%rsp), %rcx
	leaq	48(%rsp), %rdx
	leaq	12(%rsp), %rsi
	leaq	28(%rsp), %r9
	leaq	56(%rsp), %r8
	call	split_decimal
	movl	16(%rsp), %eax
	movslq	24(%rsp), %rdi
	movl	%eax, %ebx
	orl	%edi, %ebx
	jne	.L18
	movl	20(%rsp), %eax
	testl	%eax, %eax
	jne	.L19
	movl	28(%rsp), %r9d
	testl	%r9d, %r9d
	jne	.L19
	movl	$0, 8(%rsp)
	movq	56(%rsp), %r10
	xorl	%r8d, %r8d
	movl	$0, 12(%rsp)
	movq	40(%rsp), %r11
.L20:
	cmpl	%r8d, %edi
	movslq	%r8d, %rsi
	cmovge	%rdi, %rsi
	testl	%esi, %esi
	jle	.L44
	xorl	%edx, %edx
	jmp	.L41
	.p2align 4,,10
	.p2align 3
.L59:
	cmpl	%edx, %r8d
	jle	.L39
	xorl	%eax, %eax
.L38:
	movsbl	(%r10,%rdx), %ecx
	subl	$48, %ecx
.L40:
	cmpl	%eax, %ecx
	jne	.L57
.L39:
	addq	$1, %rdx
	cmpq	%rdx, %rsi
	je	.L58
.L41:
	cmpl	%edx, %edi
	jle	.L59
	movsbl	(%r11,%rdx), %eax
	xorl	%ecx, %ecx
	subl	$48, %eax
	cmpl	%edx, %r8d
	jle	.L40
	jmp	.L38
	.p2align 4,,10
	.p2align 3
.L18:
	movl	20(%rsp), %edx
	movl	8(%rsp), %r9d
	testl	%edx, %edx
	jne	.L56
	movl	28(%rsp), %ecx
	testl	%ecx, %ecx
	jne	.L56
	movl	$0, 12(%rsp)
	testl	%r9d, %r9d
	je	.L60
.L26:
	movl	$2, %eax
	jmp	.L17
	.p2align 4,,10
	.p2align 3
.L56:
	movl	12(%rsp), %ecx
	cmpl	%r9d, %ecx
	je	.L28
	testl	%r9d, %r9d
	jne	.L26
	.p2align 4,,10
	.p2align 3
.L29:
	movl	$1, %eax
.L17:
	addq	$64, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L19:
	.cfi_restore_state
	movl	12(%rsp), %edx
	movl	$0, 8(%rsp)
	testl	%edx, %edx
	jne	.L29
	movl	28(%rsp), %r8d
	movq	56(%rsp), %r10
	movq	40(%rsp), %r11
	testl	%eax, %eax
	je	.L61
	negl	%eax
.L32:
	testl	%eax, %eax
	jg	.L29
.L42:
	testl	%eax, %eax
	setne	%al
	addq	$64, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movzbl	%al, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	addl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L28:
	.cfi_restore_state
	movl	28(%rsp), %r8d
	movq	56(%rsp), %r10
	movq	48(%rsp), %rbx
	movq	40(%rsp), %r11
	movq	32(%rsp), %rbp
	cmpl	%edx, %eax
	jne	.L30
	testl	%eax, %eax
	jle	.L20
	movslq	%eax, %rdx
	xorl	%eax, %eax
	jmp	.L35
	.p2align 4,,10
	.p2align 3
.L34:
	addq	$1, %rax
	cmpq	%rax, %rdx
	je	.L20
.L35:
	movzbl	0(%rbp,%rax), %esi
	movsbl	(%rbx,%rax), %ecx
	cmpb	%cl, %sil
	je	.L34
	movsbl	%sil, %eax
	subl	%ecx, %eax
.L33:
	movl	%eax, %edx
	negl	%edx
	testl	%r9d, %r9d
	cmovne	%edx, %eax
	jmp	.L32
	.p2align 4,,10
	.p2align 3
.L60:
	movq	56(%rsp), %r10
	movq	40(%rsp), %r11
	xorl	%r8d, %r8d
	testl	%eax, %eax
	jne	.L32
	jmp	.L20
	.p2align 4,,10
	.p2align 3
.L57:
	subl	%ecx, %eax
	jmp	.L33
	.p2align 4,,10
	.p2align 3
.L58:
	xorl	%eax, %eax
	jmp	.L42
.L44:
	xorl	%eax, %eax
	jmp	.L17
.L61:
	xorl	%r9d, %r9d
	jmp	.L20
.L30:
	subl	%edx, %eax
	jmp	.L33
	.cfi_endproc
.LFE2:
	.size	compare_one, .-compare_one
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
