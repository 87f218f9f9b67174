	.file	"func.c"
	.text
	.type	split_decimal, @function
split_decimal:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -48(%rbp)
	movq	%r8, -56(%rbp)
	movq	%r9, -64(%rbp)
	movq	-32(%rbp), %rax
	movl	$0, (%rax)
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$43, %al
	je	.L2
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$45, %al
	jne	.L4
.L2:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$45, %al
	sete	%al
	movzbl	%al, %edx
	movq	-32(%rbp), %rax
	movl	%edx, (%rax)
	addq	$1, -24(%rbp)
	jmp	.L4
.L5:
	addq	$1, -24(%rbp)
.L4:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$48, %al
	je	.L5
	movq	-40(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rdx, (%rax)
	movq	-48(%rbp), %rax
	movl	$0, (%rax)
	jmp	.L6
.L8:
	movq	-48(%rbp), %rax
	movl	(%rax), %eax
	leal	1(%rax), %edx
	movq	-48(%rbp), %rax
	movl	%edx, (%rax)
.L6:
	movq	-48(%rbp), %rax
	movl	(%rax), %eax
	movslq	%eax, %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	cmpb	$47, %al
	jle	.L7
	movq	-48(%rbp), %rax
	movl	(%rax), %eax
	movslq	%eax, %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	cmpb	$57, %al
	jle	.L8
.L7:
	movq	-48(%rbp), %rax
	movl	(%rax), %eax
	cltq
	addq	%rax, -24(%rbp)
	movq	-56(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rdx, (%rax)
	movq	-64(%rbp), %rax
	movl	$0, (%rax)
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$46, %al
	je	.L9
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$44, %al
	jne	.L17
.L9:
	movl	$0, -4(%rbp)
	addq	$1, -24(%rbp)
	movq	-56(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rdx, (%rax)
	jmp	.L11
.L13:
	addl	$1, -4(%rbp)
.L11:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	cmpb	$47, %al
	jle	.L14
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	cmpb	$57, %al
	jle	.L13
	jmp	.L14
.L16:
	subl	$1, -4(%rbp)
.L14:
	cmpl	$0, -4(%rbp)
	jle	.L15
	movl	-4(%rbp), %eax
	cltq
	leaq	-1(%rax), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	cmpb	$48, %al
	je	.L16
.L15:
	movq	-64(%rbp), %rax
	movl	-4(%rbp), %edx
	movl	%edx, (%rax)
.L17:
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	split_decimal, .-split_decimal
	.type	compare_magnitude, @function
compare_magnitude:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -40(%rbp)
	movl	%esi, -44(%rbp)
	movq	%rdx, -56(%rbp)
	movl	%ecx, -48(%rbp)
	movq	%r8, -64(%rbp)
	movl	%r9d, -68(%rbp)
	movl	-44(%rbp), %eax
	cmpl	-68(%rbp), %eax
	je	.L19
	movl	-44(%rbp), %eax
	subl	-68(%rbp), %eax
	jmp	.L20
.L19:
	movl	$0, -4(%rbp)
	jmp	.L21
.L23:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %edx
	movl	-4(%rbp), %eax
	movslq	%eax, %rcx
	movq	-64(%rbp), %rax
	addq	%rcx, %rax
	movzbl	(%rax), %eax
	cmpb	%al, %dl
	je	.L22
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	movl	-4(%rbp), %edx
	movslq	%edx, %rcx
	movq	-64(%rbp), %rdx
	addq	%rcx, %rdx
	movzbl	(%rdx), %edx
	movsbl	%dl, %edx
	subl	%edx, %eax
	jmp	.L20
.L22:
	addl	$1, -4(%rbp)
.L21:
	movl	-4(%rbp), %eax
	cmpl	-44(%rbp), %eax
	jl	.L23
	movl	24(%rbp), %edx
	movl	-48(%rbp), %eax
	cmpl	%eax, %edx
	cmovge	%edx, %eax
	movl	%eax, -12(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L24
.L30:
	movl	-8(%rbp), %eax
	cmpl	-48(%rbp), %eax
	jge	.L25
	movl	-8(%rbp), %eax
	movslq	%eax, %rdx
	movq	-56(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	subl	$48, %eax
	jmp	.L26
.L25:
	movl	$0, %eax
.L26:
	movl	%eax, -16(%rbp)
	movl	-8(%rbp), %eax
	cmpl	24(%rbp), %eax
	jge	.L27
	movl	-8(%rbp), %eax
	movslq	%eax, %rdx
	movq	16(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	subl	$48, %eax
	jmp	.L28
.L27:
	movl	$0, %eax
.L28:
	movl	%eax, -20(%rbp)
	movl	-16(%rbp), %eax
	cmpl	-20(%rbp), %eax
	je	.L29
	movl	-16(%rbp), %eax
	subl	-20(%rbp), %eax
	jmp	.L20
.L29:
	addl	$1, -8(%rbp)
.L24:
	movl	-8(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jl	.L30
	movl	$0, %eax
.L20:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	compare_magnitude, .-compare_magnitude
	.globl	compare_one
	.type	compare_one, @function
compare_one:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$96, %rsp
	movq	%rdi, -88(%rbp)
	movq	%rsi, -96(%rbp)
	leaq	-32(%rbp), %r8
	leaq	-56(%rbp), %rdi
	leaq	-24(%rbp), %rcx
	leaq	-48(%rbp), %rdx
	leaq	-16(%rbp), %rsi
	movq	-88(%rbp), %rax
	movq	%r8, %r9
	movq	%rdi, %r8
	movq	%rax, %rdi
	call	split_decimal
	leaq	-36(%rbp), %r8
	leaq	-72(%rbp), %rdi
	leaq	-28(%rbp), %rcx
	leaq	-64(%rbp), %rdx
	leaq	-20(%rbp), %rsi
	movq	-96(%rbp), %rax
	movq	%r8, %r9
	movq	%rdi, %r8
	movq	%rax, %rdi
	call	split_decimal
	movl	-24(%rbp), %eax
	testl	%eax, %eax
	jne	.L32
	movl	-32(%rbp), %eax
	testl	%eax, %eax
	jne	.L32
	movl	$1, %eax
	jmp	.L33
.L32:
	movl	$0, %eax
.L33:
	movl	%eax, -8(%rbp)
	movl	-28(%rbp), %eax
	testl	%eax, %eax
	jne	.L34
	movl	-36(%rbp), %eax
	testl	%eax, %eax
	jne	.L34
	movl	$1, %eax
	jmp	.L35
.L34:
	movl	$0, %eax
.L35:
	movl	%eax, -12(%rbp)
	cmpl	$0, -8(%rbp)
	je	.L36
	movl	$0, -16(%rbp)
.L36:
	cmpl	$0, -12(%rbp)
	je	.L37
	movl	$0, -20(%rbp)
.L37:
	movl	-16(%rbp), %edx
	movl	-20(%rbp), %eax
	cmpl	%eax, %edx
	je	.L38
	movl	-16(%rbp), %eax
	testl	%eax, %eax
	je	.L39
	movl	$2, %eax
	jmp	.L45
.L39:
	movl	$1, %eax
	jmp	.L45
.L38:
	movl	-36(%rbp), %r8d
	movq	-72(%rbp), %rdi
	movl	-28(%rbp), %r9d
	movq	-64(%rbp), %r10
	movl	-32(%rbp), %ecx
	movq	-56(%rbp), %rdx
	movl	-24(%rbp), %esi
	movq	-48(%rbp), %rax
	pushq	%r8
	pushq	%rdi
	movq	%r10, %r8
	movq	%rax, %rdi
	call	compare_magnitude
	addq	$16, %rsp
	movl	%eax, -4(%rbp)
	movl	-16(%rbp), %eax
	testl	%eax, %eax
	je	.L42
	negl	-4(%rbp)
.L42:
	cmpl	$0, -4(%rbp)
	jle	.L43
	movl	$1, %eax
	jmp	.L45
.L43:
	cmpl	$0, -4(%rbp)
	jns	.L44
	movl	$2, %eax
	jmp	.L45
.L44:
	movl	$0, %eax
.L45:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	compare_one, .-compare_one
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
