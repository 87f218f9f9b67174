	.file	"func.c"
	.text
	.p2align 4
	.globl	Strongest_Extension
	.type	Strongest_Extension, @function
Strongest_Extension:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rdi, %r11
	movq	%rcx, %r10
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	(%rsi), %r8
	movq	%rsi, %rbx
	movzbl	(%r8), %eax
	testb	%al, %al
	je	.L17
	movq	%r8, %rcx
	xorl	%r9d, %r9d
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L34:
	movzbl	1(%rcx), %eax
	addq	$1, %rcx
	addl	$1, %r9d
	testb	%al, %al
	je	.L2
.L5:
	leal	-65(%rax), %esi
	cmpb	$25, %sil
	jbe	.L34
	subl	$97, %eax
	cmpb	$26, %al
	sbbl	$0, %r9d
	movzbl	1(%rcx), %eax
	addq	$1, %rcx
	testb	%al, %al
	jne	.L5
.L2:
	cmpl	$1, %edx
	jle	.L31
	leal	-2(%rdx), %eax
	leaq	8(%rbx), %rdi
	leaq	16(%rbx,%rax,8), %rbp
	movq	(%rdi), %rbx
	movzbl	(%rbx), %eax
	testb	%al, %al
	je	.L18
	.p2align 4,,10
	.p2align 3
.L36:
	movq	%rbx, %rdx
	xorl	%ecx, %ecx
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L35:
	movzbl	1(%rdx), %eax
	addq	$1, %rdx
	addl	$1, %ecx
	testb	%al, %al
	je	.L7
.L10:
	leal	-65(%rax), %esi
	cmpb	$25, %sil
	jbe	.L35
	subl	$97, %eax
	cmpb	$26, %al
	sbbl	$0, %ecx
	movzbl	1(%rdx), %eax
	addq	$1, %rdx
	testb	%al, %al
	jne	.L10
.L7:
	cmpl	%ecx, %r9d
	jge	.L11
	movl	%ecx, %r9d
	movq	%rbx, %r8
.L11:
	addq	$8, %rdi
	cmpq	%rbp, %rdi
	je	.L31
	movq	(%rdi), %rbx
	movzbl	(%rbx), %eax
	testb	%al, %al
	jne	.L36
.L18:
	xorl	%ecx, %ecx
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L14:
	movb	%al, (%r10)
	addq	$1, %r10
	addq	$1, %r11
.L31:
	movzbl	(%r11), %eax
	testb	%al, %al
	jne	.L14
	movb	$46, (%r10)
	movzbl	(%r8), %edx
	leaq	1(%r10), %rax
	testb	%dl, %dl
	je	.L15
	.p2align 4,,10
	.p2align 3
.L16:
	addq	$1, %r8
	movb	%dl, (%rax)
	addq	$1, %rax
	movzbl	(%r8), %edx
	testb	%dl, %dl
	jne	.L16
.L15:
	movb	$0, (%rax)
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L17:
	.cfi_restore_state
	xorl	%r9d, %r9d
	jmp	.L2
	.cfi_endproc
.LFE1:
	.size	Strongest_Extension, .-Strongest_Extension
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
