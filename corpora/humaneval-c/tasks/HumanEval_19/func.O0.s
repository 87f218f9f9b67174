	.file	"func.c"
	.text
	.type	word_value, @function
word_value:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movl	%edx, -36(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L2
.L8:
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rax
	movq	%rax, -16(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L3
.L5:
	addl	$1, -8(%rbp)
.L3:
	movl	-8(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jge	.L4
	movl	-8(%rbp), %eax
	movslq	%eax, %rdx
	movq	-16(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %edx
	movl	-8(%rbp), %eax
	movslq	%eax, %rcx
	movq	-32(%rbp), %rax
	addq	%rcx, %rax
	movzbl	(%rax), %eax
	cmpb	%al, %dl
	je	.L5
.L4:
	movl	-8(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jne	.L6
	movl	-8(%rbp), %eax
	movslq	%eax, %rdx
	movq	-16(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L6
	movl	-4(%rbp), %eax
	jmp	.L7
.L6:
	addl	$1, -4(%rbp)
.L2:
	cmpl	$9, -4(%rbp)
	jle	.L8
	movl	$-1, %eax
.L7:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	word_value, .-word_value
	.section	.rodata
.LC0:
	.string	"zero"
.LC1:
	.string	"one"
.LC2:
	.string	"two"
.LC3:
	.string	"three"
.LC4:
	.string	"four"
.LC5:
	.string	"five"
.LC6:
	.string	"six"
.LC7:
	.string	"seven"
.LC8:
	.string	"eight"
.LC9:
	.string	"nine"
	.text
	.globl	sort_numbers
	.type	sort_numbers, @function
sort_numbers:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$192, %rsp
	movq	%rdi, -184(%rbp)
	movq	%rsi, -192(%rbp)
	leaq	.LC0(%rip), %rax
	movq	%rax, -128(%rbp)
	leaq	.LC1(%rip), %rax
	movq	%rax, -120(%rbp)
	leaq	.LC2(%rip), %rax
	movq	%rax, -112(%rbp)
	leaq	.LC3(%rip), %rax
	movq	%rax, -104(%rbp)
	leaq	.LC4(%rip), %rax
	movq	%rax, -96(%rbp)
	leaq	.LC5(%rip), %rax
	movq	%rax, -88(%rbp)
	leaq	.LC6(%rip), %rax
	movq	%rax, -80(%rbp)
	leaq	.LC7(%rip), %rax
	movq	%rax, -72(%rbp)
	leaq	.LC8(%rip), %rax
	movq	%rax, -64(%rbp)
	leaq	.LC9(%rip), %rax
	movq	%rax, -56(%rbp)
	pxor	%xmm0, %xmm0
	movaps	%xmm0, -176(%rbp)
	movaps	%xmm0, -160(%rbp)
	movq	%xmm0, -144(%rbp)
	jmp	.L10
.L15:
	movq	-184(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$32, %al
	jne	.L11
	addq	$1, -184(%rbp)
	jmp	.L10
.L11:
	movq	-184(%rbp), %rax
	movq	%rax, -32(%rbp)
	jmp	.L12
.L14:
	addq	$1, -184(%rbp)
.L12:
	movq	-184(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	je	.L13
	movq	-184(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$32, %al
	jne	.L14
.L13:
	movq	-184(%rbp), %rax
	subq	-32(%rbp), %rax
	movl	%eax, %edx
	movq	-32(%rbp), %rcx
	leaq	-128(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	word_value
	movl	%eax, -36(%rbp)
	cmpl	$0, -36(%rbp)
	js	.L10
	movl	-36(%rbp), %eax
	cltq
	movl	-176(%rbp,%rax,4), %eax
	leal	1(%rax), %edx
	movl	-36(%rbp), %eax
	cltq
	movl	%edx, -176(%rbp,%rax,4)
.L10:
	movq	-184(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L15
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L16
.L22:
	movl	$0, -12(%rbp)
	jmp	.L17
.L21:
	cmpl	$0, -4(%rbp)
	jle	.L18
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	movslq	%eax, %rdx
	movq	-192(%rbp), %rax
	addq	%rdx, %rax
	movb	$32, (%rax)
.L18:
	movl	-8(%rbp), %eax
	cltq
	movq	-128(%rbp,%rax,8), %rax
	movq	%rax, -24(%rbp)
	jmp	.L19
.L20:
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	movslq	%eax, %rdx
	movq	-192(%rbp), %rax
	addq	%rax, %rdx
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movb	%al, (%rdx)
	addq	$1, -24(%rbp)
.L19:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L20
	addl	$1, -12(%rbp)
.L17:
	movl	-8(%rbp), %eax
	cltq
	movl	-176(%rbp,%rax,4), %eax
	cmpl	%eax, -12(%rbp)
	jl	.L21
	addl	$1, -8(%rbp)
.L16:
	cmpl	$9, -8(%rbp)
	jle	.L22
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-192(%rbp), %rax
	addq	%rdx, %rax
	movb	$0, (%rax)
	movl	-4(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	sort_numbers, .-sort_numbers
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
