	.file	"collatz.c"
	.text
	.globl	collatz_steps
	.type	collatz_steps, @function
collatz_steps:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L2
.L5:
	movq	-24(%rbp), %rax
	andl	$1, %eax
	testq	%rax, %rax
	jne	.L3
	movq	-24(%rbp), %rax
	movq	%rax, %rdx
	shrq	$63, %rdx
	addq	%rdx, %rax
	sarq	%rax
	jmp	.L4
.L3:
	movq	-24(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	addq	$1, %rax
.L4:
	movq	%rax, -24(%rbp)
	addl	$1, -4(%rbp)
.L2:
	cmpq	$1, -24(%rbp)
	jne	.L5
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	collatz_steps, .-collatz_steps
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
	.string	"many"
	.text
	.globl	kind
	.type	kind, @function
kind:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	cmpl	$5, -4(%rbp)
	ja	.L8
	movl	-4(%rbp), %eax
	leaq	0(,%rax,4), %rdx
	leaq	.L10(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	leaq	.L10(%rip), %rdx
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L10:
	.long	.L15-.L10
	.long	.L14-.L10
	.long	.L13-.L10
	.long	.L12-.L10
	.long	.L11-.L10
	.long	.L9-.L10
	.text
.L15:
	leaq	.LC0(%rip), %rax
	jmp	.L16
.L14:
	leaq	.LC1(%rip), %rax
	jmp	.L16
.L13:
	leaq	.LC2(%rip), %rax
	jmp	.L16
.L12:
	leaq	.LC3(%rip), %rax
	jmp	.L16
.L11:
	leaq	.LC4(%rip), %rax
	jmp	.L16
.L9:
	leaq	.LC5(%rip), %rax
	jmp	.L16
.L8:
	leaq	.LC6(%rip), %rax
.L16:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	kind, .-kind
	.section	.rodata
	.align 8
.LC7:
	.string	"longest below 300: %ld (%d steps)\n"
.LC8:
	.string	"%d is %s\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movl	$0, -4(%rbp)
	movq	$0, -16(%rbp)
	movq	$1, -24(%rbp)
	jmp	.L18
.L20:
	movq	-24(%rbp), %rax
	movq	%rax, %rdi
	call	collatz_steps
	movl	%eax, -32(%rbp)
	movl	-32(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jle	.L19
	movl	-32(%rbp), %eax
	movl	%eax, -4(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -16(%rbp)
.L19:
	addq	$1, -24(%rbp)
.L18:
	cmpq	$299, -24(%rbp)
	jle	.L20
	movl	-4(%rbp), %edx
	movq	-16(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -28(%rbp)
	jmp	.L21
.L22:
	movl	-28(%rbp), %eax
	movl	%eax, %edi
	call	kind
	movq	%rax, %rdx
	movl	-28(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -28(%rbp)
.L21:
	cmpl	$7, -28(%rbp)
	jle	.L22
	movl	$0, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
