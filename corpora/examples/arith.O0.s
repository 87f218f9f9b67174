	.file	"arith.c"
	.text
	.globl	mix
	.type	mix, @function
mix:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	-16(%rbp), %rax
	salq	$3, %rax
	leaq	(%rcx,%rax), %rdx
	movq	-8(%rbp), %rax
	sarq	$2, %rax
	subq	%rax, %rdx
	movq	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	mix, .-mix
	.globl	divmod
	.type	divmod, @function
divmod:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movq	%rdx, -16(%rbp)
	movl	-4(%rbp), %eax
	cltd
	idivl	-8(%rbp)
	movq	-16(%rbp), %rax
	movl	%edx, (%rax)
	movl	-4(%rbp), %eax
	cltd
	idivl	-8(%rbp)
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	divmod, .-divmod
	.globl	wrap
	.type	wrap, @function
wrap:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	imull	$-1640531535, %eax, %eax
	addl	$12345, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	wrap, .-wrap
	.globl	gcd
	.type	gcd, @function
gcd:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	%esi, -24(%rbp)
	jmp	.L8
.L9:
	movl	-20(%rbp), %eax
	cltd
	idivl	-24(%rbp)
	movl	%edx, -4(%rbp)
	movl	-24(%rbp), %eax
	movl	%eax, -20(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, -24(%rbp)
.L8:
	cmpl	$0, -24(%rbp)
	jne	.L9
	movl	-20(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	gcd, .-gcd
	.section	.rodata
.LC0:
	.string	"mix=%ld q=%d r=%d\n"
.LC1:
	.string	"wrap=%u gcd=%d\n"
.LC2:
	.string	"h=%d c=%d\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$24, %rsp
	.cfi_offset 3, -24
	leaq	-28(%rbp), %rax
	movq	%rax, %rdx
	movl	$5, %esi
	movl	$-47, %edi
	call	divmod
	movl	%eax, -20(%rbp)
	movl	-28(%rbp), %ebx
	movq	$-987, %rsi
	movl	$123456789, %edi
	call	mix
	movq	%rax, %rsi
	movl	-20(%rbp), %eax
	movl	%ebx, %ecx
	movl	%eax, %edx
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$462, %esi
	movl	$1071, %edi
	call	gcd
	movl	%eax, %ebx
	movl	$77, %edi
	call	wrap
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movw	$-1, -22(%rbp)
	movzwl	-22(%rbp), %eax
	addl	$1, %eax
	movw	%ax, -22(%rbp)
	movb	$127, -23(%rbp)
	movzbl	-23(%rbp), %eax
	addl	$1, %eax
	movb	%al, -23(%rbp)
	movsbl	-23(%rbp), %edx
	movzwl	-22(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$18, %esi
	movl	$48, %edi
	call	gcd
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
