	.file	"func.c"
	.text
	.p2align 4
	.globl	make_palindrome
	.type	make_palindrome, @function
make_palindrome:
.LFB1:
	.cfi_startproc
	cmpb	$0, (%rdi)
	movq	%rsi, %r9
	je	.L11
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rcx
	leaq	1(%rdi), %rax
	xorl	%edi, %edi
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$1, %rax
	movl	%edi, %r10d
	addl	$1, %edi
	cmpb	$0, -1(%rax)
	jne	.L3
	xorl	%esi, %esi
	movslq	%r10d, %r8
	movl	%esi, %r11d
	cmpq	%r8, %rsi
	je	.L22
	.p2align 4,,10
	.p2align 3
.L5:
	movq	%r8, %rdx
	movq	%rsi, %rax
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L24:
	addq	$1, %rax
	subq	$1, %rdx
	cmpl	%eax, %edx
	jle	.L23
.L8:
	movzbl	(%rcx,%rdx), %ebx
	cmpb	%bl, (%rcx,%rax)
	je	.L24
	addq	$1, %rsi
	movl	%esi, %r11d
	cmpq	%r8, %rsi
	jne	.L5
.L22:
	leal	-1(%r8), %r11d
	.p2align 4,,10
	.p2align 3
.L6:
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L9:
	movzbl	(%rcx,%rax), %edx
	movb	%dl, (%r9,%rax)
	movq	%rax, %rdx
	addq	$1, %rax
	cmpq	%r8, %rdx
	jne	.L9
	movslq	%edi, %rsi
	leaq	(%r9,%rsi), %rax
	cmpl	$-1, %r11d
	je	.L12
	movslq	%r11d, %rdx
	leaq	1(%r9,%rsi), %rsi
	addq	%rdx, %rcx
	addq	%rdx, %rsi
	.p2align 4,,10
	.p2align 3
.L10:
	movzbl	(%rcx), %edx
	addq	$1, %rax
	subq	$1, %rcx
	movb	%dl, -1(%rax)
	cmpq	%rax, %rsi
	jne	.L10
	leal	2(%r11,%r10), %edi
	movslq	%edi, %rax
	addq	%rax, %r9
.L2:
	movb	$0, (%r9)
	movl	%edi, %eax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L23:
	.cfi_restore_state
	subl	$1, %r11d
	jmp	.L6
.L11:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	xorl	%edi, %edi
	movb	$0, (%rsi)
	movl	%edi, %eax
	ret
.L12:
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rax, %r9
	jmp	.L2
	.cfi_endproc
.LFE1:
	.size	make_palindrome, .-make_palindrome
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
