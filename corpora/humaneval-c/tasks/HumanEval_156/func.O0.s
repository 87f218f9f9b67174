	.file	"func.c"
	.text
	.section	.rodata
.LC0:
	.string	"m"
.LC1:
	.string	"cm"
.LC2:
	.string	"d"
.LC3:
	.string	"cd"
.LC4:
	.string	"c"
.LC5:
	.string	"xc"
.LC6:
	.string	"l"
.LC7:
	.string	"xl"
.LC8:
	.string	"x"
.LC9:
	.string	"ix"
.LC10:
	.string	"v"
.LC11:
	.string	"iv"
.LC12:
	.string	"i"
	.text
	.globl	int_to_mini_roman
	.type	int_to_mini_roman, @function
int_to_mini_roman:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$88, %rsp
	movl	%edi, -196(%rbp)
	movq	%rsi, -208(%rbp)
	movl	$1000, -80(%rbp)
	movl	$900, -76(%rbp)
	movl	$500, -72(%rbp)
	movl	$400, -68(%rbp)
	movl	$100, -64(%rbp)
	movl	$90, -60(%rbp)
	movl	$50, -56(%rbp)
	movl	$40, -52(%rbp)
	movl	$10, -48(%rbp)
	movl	$9, -44(%rbp)
	movl	$5, -40(%rbp)
	movl	$4, -36(%rbp)
	movl	$1, -32(%rbp)
	leaq	.LC0(%rip), %rax
	movq	%rax, -192(%rbp)
	leaq	.LC1(%rip), %rax
	movq	%rax, -184(%rbp)
	leaq	.LC2(%rip), %rax
	movq	%rax, -176(%rbp)
	leaq	.LC3(%rip), %rax
	movq	%rax, -168(%rbp)
	leaq	.LC4(%rip), %rax
	movq	%rax, -160(%rbp)
	leaq	.LC5(%rip), %rax
	movq	%rax, -152(%rbp)
	leaq	.LC6(%rip), %rax
	movq	%rax, -144(%rbp)
	leaq	.LC7(%rip), %rax
	movq	%rax, -136(%rbp)
	leaq	.LC8(%rip), %rax
	movq	%rax, -128(%rbp)
	leaq	.LC9(%rip), %rax
	movq	%rax, -120(%rbp)
	leaq	.LC10(%rip), %rax
	movq	%rax, -112(%rbp)
	leaq	.LC11(%rip), %rax
	movq	%rax, -104(%rbp)
	leaq	.LC12(%rip), %rax
	movq	%rax, -96(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L2
.L6:
	movl	-4(%rbp), %eax
	cltq
	movq	-192(%rbp,%rax,8), %rax
	movq	%rax, -16(%rbp)
	jmp	.L4
.L5:
	movq	-16(%rbp), %rdx
	leaq	1(%rdx), %rax
	movq	%rax, -16(%rbp)
	movq	-208(%rbp), %rax
	leaq	1(%rax), %rcx
	movq	%rcx, -208(%rbp)
	movzbl	(%rdx), %edx
	movb	%dl, (%rax)
.L4:
	movq	-16(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L5
	movl	-4(%rbp), %eax
	cltq
	movl	-80(%rbp,%rax,4), %eax
	subl	%eax, -196(%rbp)
.L3:
	movl	-4(%rbp), %eax
	cltq
	movl	-80(%rbp,%rax,4), %eax
	cmpl	%eax, -196(%rbp)
	jge	.L6
	addl	$1, -4(%rbp)
.L2:
	cmpl	$12, -4(%rbp)
	jle	.L3
	movq	-208(%rbp), %rax
	movb	$0, (%rax)
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	int_to_mini_roman, .-int_to_mini_roman
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
