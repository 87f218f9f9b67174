	.file	"02_many_args.c"
	.text
	.globl	base
	.data
	.align 4
	.type	base, @object
	.size	base, 4
base:
	.long	3
	.globl	dbase
	.align 8
	.type	dbase, @object
	.size	dbase, 8
dbase:
	.long	0
	.long	1071644672
	.text
	.globl	f7
	.type	f7, @function
f7:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	%r8, -40(%rbp)
	movq	%r9, -48(%rbp)
	movq	-16(%rbp), %rax
	addq	%rax, %rax
	movq	-8(%rbp), %rdx
	movq	%rdx, %rcx
	subq	%rax, %rcx
	movq	-24(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	leaq	(%rcx,%rax), %rdx
	movq	-32(%rbp), %rax
	salq	$2, %rax
	movq	%rdx, %rcx
	subq	%rax, %rcx
	movq	-40(%rbp), %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rax, %rcx
	movq	-48(%rbp), %rdx
	movq	%rdx, %rax
	salq	$2, %rdx
	subq	%rdx, %rax
	addq	%rax, %rax
	addq	%rax, %rcx
	movq	16(%rbp), %rdx
	movq	%rdx, %rax
	salq	$3, %rax
	subq	%rdx, %rax
	addq	%rcx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	f7, .-f7
	.globl	f8
	.type	f8, @function
f8:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	%ecx, -16(%rbp)
	movl	%r8d, -20(%rbp)
	movl	%r9d, -24(%rbp)
	movl	-4(%rbp), %eax
	movslq	%eax, %rcx
	movl	-8(%rbp), %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	addl	%eax, %eax
	cltq
	leaq	(%rcx,%rax), %rdx
	movl	-12(%rbp), %eax
	imull	$100, %eax, %eax
	cltq
	addq	%rax, %rdx
	movl	-16(%rbp), %eax
	imull	$1000, %eax, %eax
	cltq
	addq	%rax, %rdx
	movl	-20(%rbp), %eax
	cltq
	imulq	$10000, %rax, %rax
	addq	%rax, %rdx
	movl	-24(%rbp), %eax
	cltq
	imulq	$100000, %rax, %rax
	addq	%rax, %rdx
	movl	16(%rbp), %eax
	cltq
	imulq	$1000000, %rax, %rax
	addq	%rax, %rdx
	movl	24(%rbp), %eax
	cltq
	imulq	$10000000, %rax, %rax
	addq	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	f8, .-f8
	.globl	f10
	.type	f10, @function
f10:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	%r8, -40(%rbp)
	movq	%r9, -48(%rbp)
	movq	-8(%rbp), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	-16(%rbp), %rax
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	-24(%rbp), %rax
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	-32(%rbp), %rax
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	-40(%rbp), %rax
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	-48(%rbp), %rax
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	16(%rbp), %rax
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	24(%rbp), %rax
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	32(%rbp), %rax
	leaq	(%rcx,%rax), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movq	40(%rbp), %rax
	addq	%rcx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	f10, .-f10
	.globl	d10
	.type	d10, @function
d10:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -8(%rbp)
	movsd	%xmm1, -16(%rbp)
	movsd	%xmm2, -24(%rbp)
	movsd	%xmm3, -32(%rbp)
	movsd	%xmm4, -40(%rbp)
	movsd	%xmm5, -48(%rbp)
	movsd	%xmm6, -56(%rbp)
	movsd	%xmm7, -64(%rbp)
	movsd	-16(%rbp), %xmm0
	addsd	%xmm0, %xmm0
	movapd	%xmm0, %xmm1
	addsd	-8(%rbp), %xmm1
	movsd	-24(%rbp), %xmm2
	movsd	.LC0(%rip), %xmm0
	mulsd	%xmm2, %xmm0
	addsd	%xmm0, %xmm1
	movsd	-32(%rbp), %xmm2
	movsd	.LC1(%rip), %xmm0
	mulsd	%xmm2, %xmm0
	addsd	%xmm0, %xmm1
	movsd	-40(%rbp), %xmm2
	movsd	.LC2(%rip), %xmm0
	mulsd	%xmm2, %xmm0
	addsd	%xmm0, %xmm1
	movsd	-48(%rbp), %xmm2
	movsd	.LC3(%rip), %xmm0
	mulsd	%xmm2, %xmm0
	addsd	%xmm0, %xmm1
	movsd	-56(%rbp), %xmm2
	movsd	.LC4(%rip), %xmm0
	mulsd	%xmm2, %xmm0
	addsd	%xmm0, %xmm1
	movsd	-64(%rbp), %xmm2
	movsd	.LC5(%rip), %xmm0
	mulsd	%xmm2, %xmm0
	addsd	%xmm0, %xmm1
	movsd	16(%rbp), %xmm2
	movsd	.LC6(%rip), %xmm0
	mulsd	%xmm2, %xmm0
	addsd	%xmm0, %xmm1
	movsd	24(%rbp), %xmm2
	movsd	.LC7(%rip), %xmm0
	mulsd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	d10, .-d10
	.globl	mixed
	.type	mixed, @function
mixed:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movsd	%xmm0, -32(%rbp)
	movl	%esi, -24(%rbp)
	movsd	%xmm1, -40(%rbp)
	movl	%edx, -44(%rbp)
	movsd	%xmm2, -56(%rbp)
	movl	%ecx, -48(%rbp)
	movsd	%xmm3, -64(%rbp)
	movl	%r8d, -68(%rbp)
	movsd	%xmm4, -80(%rbp)
	movl	%r9d, -72(%rbp)
	movsd	%xmm5, -88(%rbp)
	movsd	%xmm6, -96(%rbp)
	movsd	%xmm7, -104(%rbp)
	movl	-20(%rbp), %eax
	cltq
	movl	-24(%rbp), %edx
	movslq	%edx, %rdx
	addq	%rdx, %rdx
	leaq	(%rax,%rdx), %rcx
	movl	-44(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	leaq	(%rcx,%rax), %rdx
	movl	-48(%rbp), %eax
	cltq
	salq	$2, %rax
	leaq	(%rdx,%rax), %rcx
	movl	-68(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rax, %rcx
	movl	-72(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	addq	%rax, %rcx
	movl	16(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	salq	$3, %rax
	subq	%rdx, %rax
	leaq	(%rcx,%rax), %rdx
	movl	24(%rbp), %eax
	cltq
	salq	$3, %rax
	leaq	(%rdx,%rax), %rcx
	movl	32(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	salq	$3, %rax
	addq	%rdx, %rax
	addq	%rcx, %rax
	movq	%rax, -8(%rbp)
	movsd	-32(%rbp), %xmm0
	subsd	-40(%rbp), %xmm0
	addsd	-56(%rbp), %xmm0
	subsd	-64(%rbp), %xmm0
	addsd	-80(%rbp), %xmm0
	subsd	-88(%rbp), %xmm0
	addsd	-96(%rbp), %xmm0
	subsd	-104(%rbp), %xmm0
	addsd	40(%rbp), %xmm0
	subsd	48(%rbp), %xmm0
	movsd	%xmm0, -16(%rbp)
	pxor	%xmm0, %xmm0
	cvtsi2sdq	-8(%rbp), %xmm0
	addsd	-16(%rbp), %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	mixed, .-mixed
	.globl	narrow
	.type	narrow, @function
narrow:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%ecx, %eax
	movl	%r8d, -20(%rbp)
	movl	%r9d, -24(%rbp)
	movl	16(%rbp), %r10d
	movl	24(%rbp), %r9d
	movl	32(%rbp), %r8d
	movl	40(%rbp), %ecx
	movb	%dil, -4(%rbp)
	movw	%si, -8(%rbp)
	movb	%dl, -12(%rbp)
	movw	%ax, -16(%rbp)
	movl	%r10d, %eax
	movb	%al, -28(%rbp)
	movl	%r9d, %eax
	movw	%ax, -32(%rbp)
	movl	%r8d, %eax
	movb	%al, -36(%rbp)
	movl	%ecx, %eax
	movw	%ax, -40(%rbp)
	movsbl	-4(%rbp), %edx
	movswl	-8(%rbp), %eax
	addl	%eax, %edx
	movzbl	-12(%rbp), %eax
	addl	%eax, %edx
	movzwl	-16(%rbp), %eax
	addl	%eax, %edx
	movl	-20(%rbp), %eax
	addl	%edx, %eax
	movslq	%eax, %rdx
	movl	-24(%rbp), %eax
	addq	%rax, %rdx
	movsbq	-28(%rbp), %rax
	addq	%rax, %rdx
	movswq	-32(%rbp), %rax
	addq	%rax, %rdx
	movzbl	-36(%rbp), %eax
	addq	%rax, %rdx
	movzwl	-40(%rbp), %eax
	addq	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	narrow, .-narrow
	.globl	f_floats
	.type	f_floats, @function
f_floats:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movss	%xmm0, -4(%rbp)
	movss	%xmm1, -8(%rbp)
	movss	%xmm2, -12(%rbp)
	movss	%xmm3, -16(%rbp)
	movss	%xmm4, -20(%rbp)
	movss	%xmm5, -24(%rbp)
	movss	%xmm6, -28(%rbp)
	movss	%xmm7, -32(%rbp)
	movss	-4(%rbp), %xmm0
	addss	-8(%rbp), %xmm0
	addss	-12(%rbp), %xmm0
	addss	-16(%rbp), %xmm0
	addss	-20(%rbp), %xmm0
	addss	-24(%rbp), %xmm0
	addss	-28(%rbp), %xmm0
	addss	-32(%rbp), %xmm0
	addss	16(%rbp), %xmm0
	movaps	%xmm0, %xmm1
	addss	24(%rbp), %xmm1
	movss	32(%rbp), %xmm2
	movss	.LC8(%rip), %xmm0
	mulss	%xmm2, %xmm0
	addss	%xmm1, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	f_floats, .-f_floats
	.globl	forward
	.type	forward, @function
forward:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$64, %rsp
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -48(%rbp)
	movq	%r8, -56(%rbp)
	movq	%r9, -64(%rbp)
	movq	-56(%rbp), %r8
	movq	-64(%rbp), %rdi
	movq	16(%rbp), %rcx
	movq	24(%rbp), %rdx
	movq	32(%rbp), %rsi
	movq	40(%rbp), %rax
	pushq	-24(%rbp)
	pushq	-32(%rbp)
	pushq	-40(%rbp)
	pushq	-48(%rbp)
	movq	%r8, %r9
	movq	%rdi, %r8
	movq	%rax, %rdi
	call	f10
	addq	$32, %rsp
	movq	%rax, -8(%rbp)
	movq	-64(%rbp), %r8
	movq	-56(%rbp), %rdi
	movq	-48(%rbp), %rcx
	movq	-40(%rbp), %rdx
	movq	-32(%rbp), %rsi
	movq	-24(%rbp), %rax
	pushq	16(%rbp)
	movq	%r8, %r9
	movq	%rdi, %r8
	movq	%rax, %rdi
	call	f7
	addq	$8, %rsp
	movq	-8(%rbp), %rdx
	addq	%rax, %rdx
	movq	-24(%rbp), %rax
	addq	%rax, %rdx
	movq	40(%rbp), %rax
	addq	%rdx, %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	forward, .-forward
	.section	.rodata
.LC9:
	.string	"f7  = %ld\n"
.LC10:
	.string	"f8  = %ld\n"
.LC11:
	.string	"f10 = %ld\n"
.LC19:
	.string	"d10 = %.4f\n"
.LC22:
	.string	"mixed = %.4f\n"
.LC23:
	.string	"narrow = %ld\n"
.LC33:
	.string	"floats = %.3f\n"
.LC34:
	.string	"forward = %ld\n"
.LC35:
	.string	"acc = %ld\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$40, %rsp
	.cfi_offset 3, -24
	movl	base(%rip), %eax
	movl	%eax, -32(%rbp)
	movsd	dbase(%rip), %xmm0
	movsd	%xmm0, -40(%rbp)
	movl	-32(%rbp), %eax
	addl	$6, %eax
	movslq	%eax, %rdi
	movl	-32(%rbp), %eax
	addl	$5, %eax
	movslq	%eax, %r9
	movl	-32(%rbp), %eax
	addl	$4, %eax
	movslq	%eax, %r8
	movl	-32(%rbp), %eax
	addl	$3, %eax
	movslq	%eax, %rcx
	movl	-32(%rbp), %eax
	addl	$2, %eax
	movslq	%eax, %rdx
	movl	-32(%rbp), %eax
	addl	$1, %eax
	movslq	%eax, %rsi
	movl	-32(%rbp), %eax
	cltq
	pushq	%rdi
	movq	%rax, %rdi
	call	f7
	addq	$8, %rsp
	movq	%rax, %rsi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-32(%rbp), %eax
	negl	%eax
	movl	%eax, %r8d
	movl	-32(%rbp), %eax
	leal	6(%rax), %edi
	movl	-32(%rbp), %eax
	leal	5(%rax), %r9d
	movl	-32(%rbp), %eax
	leal	4(%rax), %r10d
	movl	-32(%rbp), %eax
	leal	3(%rax), %ecx
	movl	-32(%rbp), %eax
	leal	2(%rax), %edx
	movl	-32(%rbp), %eax
	leal	1(%rax), %esi
	movl	-32(%rbp), %eax
	pushq	%r8
	pushq	%rdi
	movl	%r10d, %r8d
	movl	%eax, %edi
	call	f8
	addq	$16, %rsp
	movq	%rax, %rsi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-32(%rbp), %eax
	negl	%eax
	movslq	%eax, %rsi
	movl	-32(%rbp), %eax
	cltq
	pushq	$-17
	pushq	$13
	pushq	$11
	pushq	$-9
	movl	$7, %r9d
	movl	$5, %r8d
	movq	$-2, %rcx
	movl	$2, %edx
	movq	%rax, %rdi
	call	f10
	addq	$32, %rsp
	movq	%rax, %rsi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	-40(%rbp), %xmm0
	movq	.LC12(%rip), %xmm1
	xorpd	%xmm0, %xmm1
	movsd	-40(%rbp), %xmm2
	movsd	.LC1(%rip), %xmm0
	addsd	%xmm2, %xmm0
	movsd	-40(%rbp), %xmm3
	movsd	.LC13(%rip), %xmm2
	movapd	%xmm3, %xmm7
	addsd	%xmm2, %xmm7
	movsd	-40(%rbp), %xmm3
	movsd	.LC14(%rip), %xmm2
	movapd	%xmm3, %xmm6
	addsd	%xmm2, %xmm6
	movsd	-40(%rbp), %xmm3
	movsd	.LC15(%rip), %xmm2
	movapd	%xmm3, %xmm5
	addsd	%xmm2, %xmm5
	movsd	-40(%rbp), %xmm3
	movsd	.LC0(%rip), %xmm2
	movapd	%xmm3, %xmm4
	addsd	%xmm2, %xmm4
	movsd	-40(%rbp), %xmm3
	movsd	.LC16(%rip), %xmm2
	addsd	%xmm2, %xmm3
	movapd	%xmm3, %xmm10
	movsd	-40(%rbp), %xmm3
	movsd	.LC17(%rip), %xmm2
	addsd	%xmm2, %xmm3
	movapd	%xmm3, %xmm9
	movsd	-40(%rbp), %xmm3
	movsd	.LC18(%rip), %xmm2
	addsd	%xmm2, %xmm3
	movapd	%xmm3, %xmm8
	movq	-40(%rbp), %rax
	leaq	-8(%rsp), %rsp
	movsd	%xmm1, (%rsp)
	leaq	-8(%rsp), %rsp
	movsd	%xmm0, (%rsp)
	movapd	%xmm10, %xmm3
	movapd	%xmm9, %xmm2
	movapd	%xmm8, %xmm1
	movq	%rax, %xmm0
	call	d10
	addq	$16, %rsp
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leaq	.LC19(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movsd	-40(%rbp), %xmm1
	movsd	.LC20(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movapd	%xmm1, %xmm2
	movsd	-40(%rbp), %xmm1
	movsd	.LC21(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movl	-32(%rbp), %eax
	negl	%eax
	movl	%eax, %r10d
	movsd	-40(%rbp), %xmm3
	movsd	.LC1(%rip), %xmm0
	movapd	%xmm3, %xmm7
	mulsd	%xmm0, %xmm7
	movl	-32(%rbp), %eax
	leal	7(%rax), %r9d
	movsd	-40(%rbp), %xmm3
	movsd	.LC13(%rip), %xmm0
	movapd	%xmm3, %xmm6
	mulsd	%xmm0, %xmm6
	movl	-32(%rbp), %eax
	leal	6(%rax), %r8d
	movsd	-40(%rbp), %xmm3
	movsd	.LC14(%rip), %xmm0
	movapd	%xmm3, %xmm5
	mulsd	%xmm0, %xmm5
	movl	-32(%rbp), %eax
	leal	5(%rax), %ebx
	movsd	-40(%rbp), %xmm3
	movsd	.LC15(%rip), %xmm0
	movapd	%xmm3, %xmm4
	mulsd	%xmm0, %xmm4
	movl	-32(%rbp), %eax
	leal	4(%rax), %r11d
	movsd	-40(%rbp), %xmm3
	movsd	.LC0(%rip), %xmm0
	mulsd	%xmm0, %xmm3
	movapd	%xmm3, %xmm9
	movl	-32(%rbp), %eax
	leal	3(%rax), %ecx
	movsd	-40(%rbp), %xmm3
	movsd	.LC16(%rip), %xmm0
	mulsd	%xmm0, %xmm3
	movapd	%xmm3, %xmm8
	movl	-32(%rbp), %eax
	leal	2(%rax), %edx
	movsd	-40(%rbp), %xmm0
	addsd	%xmm0, %xmm0
	movl	-32(%rbp), %eax
	leal	1(%rax), %esi
	movq	-40(%rbp), %rdi
	movl	-32(%rbp), %eax
	subq	$8, %rsp
	leaq	-8(%rsp), %rsp
	movsd	%xmm2, (%rsp)
	leaq	-8(%rsp), %rsp
	movsd	%xmm1, (%rsp)
	pushq	%r10
	pushq	%r9
	pushq	%r8
	movl	%ebx, %r9d
	movl	%r11d, %r8d
	movapd	%xmm9, %xmm3
	movapd	%xmm8, %xmm2
	movapd	%xmm0, %xmm1
	movq	%rdi, %xmm0
	movl	%eax, %edi
	call	mixed
	addq	$48, %rsp
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leaq	.LC22(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	-32(%rbp), %eax
	subw	$5536, %ax
	movzwl	%ax, %r10d
	movl	-32(%rbp), %eax
	subl	$56, %eax
	movzbl	%al, %r9d
	movl	-32(%rbp), %eax
	movl	%eax, %edx
	movl	$-32000, %eax
	subl	%edx, %eax
	movswl	%ax, %r8d
	movl	-32(%rbp), %eax
	addl	$-128, %eax
	movsbl	%al, %edi
	movl	-32(%rbp), %eax
	imull	$-1000, %eax, %r11d
	movl	-32(%rbp), %eax
	subw	$536, %ax
	movzwl	%ax, %ecx
	movl	-32(%rbp), %eax
	movslq	%eax, %rdx
	imulq	$1431655766, %rdx, %rdx
	shrq	$32, %rdx
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	subl	$6, %eax
	movzbl	%al, %edx
	movl	-32(%rbp), %eax
	imulw	$-300, %ax, %ax
	movswl	%ax, %esi
	movl	-32(%rbp), %eax
	negl	%eax
	movsbl	%al, %eax
	pushq	%r10
	pushq	%r9
	pushq	%r8
	pushq	%rdi
	movl	$-294967296, %r9d
	movl	%r11d, %r8d
	movl	%eax, %edi
	call	narrow
	addq	$32, %rsp
	movq	%rax, %rsi
	leaq	.LC23(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	-40(%rbp), %xmm1
	movsd	.LC0(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	cvtsd2ss	%xmm0, %xmm0
	pxor	%xmm4, %xmm4
	cvtsd2ss	-40(%rbp), %xmm4
	movd	%xmm4, %eax
	subq	$8, %rsp
	leaq	-8(%rsp), %rsp
	movss	%xmm0, (%rsp)
	movss	.LC24(%rip), %xmm0
	leaq	-8(%rsp), %rsp
	movss	%xmm0, (%rsp)
	movss	.LC25(%rip), %xmm0
	leaq	-8(%rsp), %rsp
	movss	%xmm0, (%rsp)
	movss	.LC26(%rip), %xmm7
	movss	.LC27(%rip), %xmm6
	movss	.LC28(%rip), %xmm5
	movss	.LC29(%rip), %xmm4
	movss	.LC30(%rip), %xmm3
	movss	.LC31(%rip), %xmm2
	movss	.LC32(%rip), %xmm1
	movd	%eax, %xmm0
	call	f_floats
	addq	$32, %rsp
	pxor	%xmm5, %xmm5
	cvtss2sd	%xmm0, %xmm5
	movq	%xmm5, %rax
	movq	%rax, %xmm0
	leaq	.LC33(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	-32(%rbp), %eax
	cltq
	pushq	%rax
	pushq	$9
	pushq	$8
	pushq	$7
	movl	$6, %r9d
	movl	$5, %r8d
	movl	$4, %ecx
	movl	$3, %edx
	movl	$2, %esi
	movl	$1, %edi
	call	forward
	addq	$32, %rsp
	movq	%rax, %rsi
	leaq	.LC34(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -24(%rbp)
	movl	$0, -28(%rbp)
	jmp	.L18
.L19:
	movl	-32(%rbp), %eax
	movslq	%eax, %r10
	movl	-28(%rbp), %eax
	addl	$8, %eax
	movslq	%eax, %r9
	movl	-28(%rbp), %eax
	addl	$7, %eax
	movslq	%eax, %r8
	movl	-28(%rbp), %eax
	addl	$6, %eax
	movslq	%eax, %rdi
	movl	-28(%rbp), %eax
	addl	$5, %eax
	movslq	%eax, %rbx
	movl	-28(%rbp), %eax
	addl	$4, %eax
	movslq	%eax, %r11
	movl	-28(%rbp), %eax
	addl	$3, %eax
	movslq	%eax, %rcx
	movl	-28(%rbp), %eax
	addl	$2, %eax
	movslq	%eax, %rdx
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movslq	%eax, %rsi
	movl	-28(%rbp), %eax
	cltq
	pushq	%r10
	pushq	%r9
	pushq	%r8
	pushq	%rdi
	movq	%rbx, %r9
	movq	%r11, %r8
	movq	%rax, %rdi
	call	f10
	addq	$32, %rsp
	addq	%rax, -24(%rbp)
	addl	$1, -28(%rbp)
.L18:
	cmpl	$4, -28(%rbp)
	jle	.L19
	movq	-24(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC35(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
	.section	.rodata
	.align 8
.LC0:
	.long	0
	.long	1074790400
	.align 8
.LC1:
	.long	0
	.long	1075838976
	.align 8
.LC2:
	.long	0
	.long	1076887552
	.align 8
.LC3:
	.long	0
	.long	1077936128
	.align 8
.LC4:
	.long	0
	.long	1078984704
	.align 8
.LC5:
	.long	0
	.long	1080033280
	.align 8
.LC6:
	.long	0
	.long	1081081856
	.align 8
.LC7:
	.long	0
	.long	1082130432
	.align 4
.LC8:
	.long	1056964608
	.align 16
.LC12:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.align 8
.LC13:
	.long	0
	.long	1075576832
	.align 8
.LC14:
	.long	0
	.long	1075314688
	.align 8
.LC15:
	.long	0
	.long	1075052544
	.align 8
.LC16:
	.long	0
	.long	1074266112
	.align 8
.LC17:
	.long	0
	.long	1073741824
	.align 8
.LC18:
	.long	0
	.long	1072693248
	.align 8
.LC20:
	.long	0
	.long	1076101120
	.align 8
.LC21:
	.long	0
	.long	1075970048
	.align 4
.LC24:
	.long	1091567616
	.align 4
.LC25:
	.long	1090519040
	.align 4
.LC26:
	.long	1088421888
	.align 4
.LC27:
	.long	1086324736
	.align 4
.LC28:
	.long	1084227584
	.align 4
.LC29:
	.long	1082130432
	.align 4
.LC30:
	.long	1077936128
	.align 4
.LC31:
	.long	1073741824
	.align 4
.LC32:
	.long	1065353216
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
