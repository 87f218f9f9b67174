	.file	"func.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"**"
	.text
	.p2align 4
	.type	power_chain, @function
power_chain:
.LFB3:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	leal	-1(%rdx), %r9d
	movq	%rsi, %r11
	movq	%rcx, %r10
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	leaq	.LC0(%rip), %r12
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	movslq	(%rcx), %rdi
	movq	%rdi, %rbp
	cmpl	%r9d, %edi
	jge	.L27
	movq	(%rbx,%rdi,8), %rdx
	movl	%edi, %r8d
	movzbl	(%rdx), %eax
	testb	%al, %al
	je	.L28
	.p2align 4,,10
	.p2align 3
.L15:
	movq	%r12, %rcx
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L8:
	movzbl	1(%rdx), %eax
	addq	$1, %rdx
	leaq	1(%rcx), %rsi
	testb	%al, %al
	je	.L7
	movq	%rsi, %rcx
.L6:
	cmpb	%al, (%rcx)
	je	.L8
.L25:
	leal	-1(%r8), %eax
.L5:
	movslq	(%r11,%rdi,4), %rcx
	cmpl	%eax, %ebp
	jg	.L3
	movslq	%eax, %rdx
	subl	%ebp, %eax
	salq	$2, %rdx
	salq	$2, %rax
	leaq	-4(%r11,%rdx), %rdi
	leaq	(%r11,%rdx), %rsi
	subq	%rax, %rdi
	.p2align 4,,10
	.p2align 3
.L13:
	movslq	(%rsi), %rdx
	testq	%rcx, %rcx
	jle	.L16
	movq	%rcx, %rax
	movl	$1, %ecx
	.p2align 4,,10
	.p2align 3
.L12:
	testb	$1, %al
	je	.L11
	imulq	%rdx, %rcx
.L11:
	imulq	%rdx, %rdx
	sarq	%rax
	jne	.L12
	subq	$4, %rsi
	cmpq	%rsi, %rdi
	jne	.L13
.L3:
	addl	$1, %r8d
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movq	%rcx, %rax
	popq	%rbp
	.cfi_def_cfa_offset 16
	movl	%r8d, (%r10)
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	.cfi_restore_state
	cmpb	$0, 1(%rcx)
	jne	.L25
	leaq	1(%rdi), %rax
	cmpl	%eax, %r9d
	jle	.L29
	movq	%rax, %rdi
	movq	(%rbx,%rdi,8), %rdx
	movl	%edi, %r8d
	movzbl	(%rdx), %eax
	testb	%al, %al
	jne	.L15
.L28:
	leal	-1(%rdi), %eax
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L16:
	subq	$4, %rsi
	movl	$1, %ecx
	cmpq	%rsi, %rdi
	jne	.L13
	jmp	.L3
.L29:
	leal	1(%rdi), %edx
	movl	%r8d, %eax
	movslq	%edx, %rdi
	movl	%edx, %r8d
	jmp	.L5
.L27:
	movslq	(%rsi,%rdi,4), %rcx
	movl	%edi, %r8d
	jmp	.L3
	.cfi_endproc
.LFE3:
	.size	power_chain, .-power_chain
	.section	.rodata.str1.1
.LC1:
	.string	"*"
.LC2:
	.string	"//"
.LC3:
	.string	"-"
	.text
	.p2align 4
	.globl	do_algebra
	.type	do_algebra, @function
do_algebra:
.LFB4:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$32, %rsp
	.cfi_def_cfa_offset 88
	movl	$0, 28(%rsp)
	testl	%edx, %edx
	jle	.L58
	xorl	%r13d, %r13d
	movq	%rdi, %r12
	movq	%rsi, %rbx
	movl	%edx, %r14d
	movl	$1, 4(%rsp)
	leaq	28(%rsp), %rbp
	movq	%r13, 8(%rsp)
.L56:
	movq	%rbp, %rcx
	movl	%r14d, %edx
	movq	%rbx, %rsi
	movq	%r12, %rdi
	call	power_chain
	movl	28(%rsp), %r9d
	movq	%rax, %r15
	cmpl	%r9d, %r14d
	jle	.L81
	.p2align 4,,10
	.p2align 3
.L32:
	movslq	%r9d, %r10
	movq	-8(%r12,%r10,8), %rcx
	movzbl	(%rcx), %edx
	testb	%dl, %dl
	je	.L82
	movl	%edx, %esi
	movq	%rcx, %r8
	movl	$42, %eax
	leaq	.LC1(%rip), %rdi
	jmp	.L41
	.p2align 4,,10
	.p2align 3
.L44:
	movzbl	1(%r8), %esi
	addq	$1, %r8
	addq	$1, %rdi
	movzbl	(%rdi), %eax
	testb	%sil, %sil
	je	.L83
.L41:
	cmpb	%sil, %al
	je	.L44
.L75:
	movl	%edx, %esi
	movq	%rcx, %rdi
	leaq	.LC2(%rip), %rax
	jmp	.L46
	.p2align 4,,10
	.p2align 3
.L50:
	movzbl	1(%rdi), %esi
	addq	$1, %rdi
	leaq	1(%rax), %r8
	testb	%sil, %sil
	je	.L49
	movq	%r8, %rax
.L46:
	cmpb	%sil, (%rax)
	je	.L50
.L51:
	movslq	4(%rsp), %r13
	imulq	%r15, %r13
	addq	%r13, 8(%rsp)
	cmpl	%r9d, %r14d
	jle	.L80
	movq	-8(%r12,%r10,8), %rax
	movl	$45, %esi
	leaq	.LC3(%rip), %rcx
	movzbl	(%rax), %edx
	jmp	.L53
	.p2align 4,,10
	.p2align 3
.L55:
	movzbl	1(%rax), %edx
	addq	$1, %rax
	addq	$1, %rcx
	movzbl	(%rcx), %esi
	testb	%dl, %dl
	je	.L76
.L53:
	cmpb	%sil, %dl
	je	.L55
	movl	$1, 4(%rsp)
	.p2align 4,,10
	.p2align 3
.L48:
	cmpl	%r9d, %r14d
	jg	.L56
.L80:
	movq	8(%rsp), %r13
.L30:
	addq	$32, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movq	%r13, %rax
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
	.p2align 4,,10
	.p2align 3
.L83:
	.cfi_restore_state
	movl	$42, %r13d
	leaq	.LC1(%rip), %rsi
	testb	%al, %al
	je	.L34
	jmp	.L75
	.p2align 4,,10
	.p2align 3
.L36:
	movzbl	1(%rcx), %edx
	addq	$1, %rcx
	addq	$1, %rsi
	movzbl	(%rsi), %r13d
	testb	%dl, %dl
	je	.L84
.L34:
	cmpb	%dl, %r13b
	je	.L36
	movq	%rbp, %rcx
	movl	%r14d, %edx
	movq	%rbx, %rsi
	movq	%r12, %rdi
	call	power_chain
	movq	%rax, %rcx
.L38:
	movq	%r15, %rax
	cqto
	idivq	%rcx
	testq	%rdx, %rdx
	je	.L59
	xorq	%r15, %rcx
	shrq	$63, %rcx
	subq	%rcx, %rax
	movq	%rax, %r15
.L39:
	movl	28(%rsp), %r9d
	cmpl	%r14d, %r9d
	jl	.L32
	movslq	4(%rsp), %rax
	imulq	%r15, %rax
	addq	%rax, 8(%rsp)
	jmp	.L48
	.p2align 4,,10
	.p2align 3
.L84:
	movq	%rbp, %rcx
	movl	%r14d, %edx
	movq	%rbx, %rsi
	movq	%r12, %rdi
	call	power_chain
	movq	%rax, %rcx
	testb	%r13b, %r13b
	jne	.L38
	imulq	%rax, %r15
	jmp	.L39
	.p2align 4,,10
	.p2align 3
.L49:
	cmpb	$0, 1(%rax)
	jne	.L51
	movl	$42, %r13d
	leaq	.LC1(%rip), %rsi
	jmp	.L34
	.p2align 4,,10
	.p2align 3
.L59:
	movq	%rax, %r15
	jmp	.L39
.L82:
	movslq	4(%rsp), %rax
	movq	%rax, %rdi
	imulq	%r15, %rax
	addq	%rax, 8(%rsp)
	cmpl	%r9d, %r14d
	movl	$1, %eax
	cmovle	%edi, %eax
	movl	%eax, 4(%rsp)
	jmp	.L48
.L76:
	cmpb	$1, %sil
	sbbl	%eax, %eax
	orl	$1, %eax
	movl	%eax, 4(%rsp)
	jmp	.L48
.L81:
	movslq	4(%rsp), %rax
	movq	8(%rsp), %r13
	imulq	%r15, %rax
	addq	%rax, %r13
	jmp	.L30
.L58:
	xorl	%r13d, %r13d
	jmp	.L30
	.cfi_endproc
.LFE4:
	.size	do_algebra, .-do_algebra
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
