	.file	"02_many_args.c"
	.text
	.p2align 4
	.globl	f7
	.type	f7, @function
f7:
.LFB11:
	.cfi_startproc
	addq	%rsi, %rsi
	leaq	(%rdx,%rdx,2), %rax
	salq	$2, %rcx
	movq	8(%rsp), %r10
	subq	%rsi, %rdi
	addq	%rax, %rdi
	leaq	(%r8,%r8,4), %rax
	leaq	0(,%r10,8), %rdx
	subq	%rcx, %rdi
	subq	%r10, %rdx
	addq	%rax, %rdi
	leaq	0(,%r9,4), %rax
	subq	%rax, %r9
	leaq	(%rdi,%r9,2), %rax
	addq	%rdx, %rax
	ret
	.cfi_endproc
.LFE11:
	.size	f7, .-f7
	.p2align 4
	.globl	f8
	.type	f8, @function
f8:
.LFB12:
	.cfi_startproc
	imull	$100, %edx, %edx
	leal	(%rsi,%rsi,4), %eax
	movslq	%edi, %rdi
	movslq	%r8d, %r8
	addl	%eax, %eax
	imull	$1000, %ecx, %ecx
	movslq	%r9d, %r9
	cltq
	imulq	$10000, %r8, %r8
	addq	%rdi, %rax
	imulq	$100000, %r9, %r9
	movslq	%edx, %rdx
	addq	%rdx, %rax
	movslq	8(%rsp), %rdx
	movslq	%ecx, %rcx
	addq	%rcx, %rax
	imulq	$1000000, %rdx, %rdx
	addq	%r8, %rax
	addq	%r9, %rax
	addq	%rdx, %rax
	movslq	16(%rsp), %rdx
	imulq	$10000000, %rdx, %rdx
	addq	%rdx, %rax
	ret
	.cfi_endproc
.LFE12:
	.size	f8, .-f8
	.p2align 4
	.globl	f10
	.type	f10, @function
f10:
.LFB13:
	.cfi_startproc
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rdi, %rdx
	salq	$5, %rdx
	subq	%rdi, %rdx
	addq	%rax, %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	addq	%rsi, %rax
	movq	%rax, %rdx
	salq	$5, %rdx
	subq	%rax, %rdx
	addq	%rcx, %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	addq	%rax, %r8
	movq	%r8, %rax
	salq	$5, %rax
	subq	%r8, %rax
	addq	%rax, %r9
	movq	%r9, %rdx
	salq	$5, %rdx
	subq	%r9, %rdx
	addq	8(%rsp), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	addq	16(%rsp), %rax
	movq	%rax, %rdx
	salq	$5, %rdx
	subq	%rax, %rdx
	addq	24(%rsp), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	addq	32(%rsp), %rax
	ret
	.cfi_endproc
.LFE13:
	.size	f10, .-f10
	.p2align 4
	.globl	d10
	.type	d10, @function
d10:
.LFB14:
	.cfi_startproc
	addsd	%xmm1, %xmm1
	mulsd	.LC0(%rip), %xmm2
	mulsd	.LC1(%rip), %xmm3
	mulsd	.LC2(%rip), %xmm4
	addsd	%xmm0, %xmm1
	mulsd	.LC3(%rip), %xmm5
	movsd	.LC6(%rip), %xmm0
	mulsd	.LC4(%rip), %xmm6
	mulsd	.LC5(%rip), %xmm7
	addsd	%xmm2, %xmm1
	mulsd	8(%rsp), %xmm0
	addsd	%xmm3, %xmm1
	addsd	%xmm4, %xmm1
	addsd	%xmm5, %xmm1
	addsd	%xmm6, %xmm1
	addsd	%xmm7, %xmm1
	addsd	%xmm0, %xmm1
	movsd	.LC7(%rip), %xmm0
	mulsd	16(%rsp), %xmm0
	addsd	%xmm1, %xmm0
	ret
	.cfi_endproc
.LFE14:
	.size	d10, .-d10
	.p2align 4
	.globl	mixed
	.type	mixed, @function
mixed:
.LFB15:
	.cfi_startproc
	subsd	%xmm1, %xmm0
	movslq	%esi, %rsi
	movslq	%edi, %rdi
	movslq	%edx, %rdx
	leaq	(%rdi,%rsi,2), %rax
	leaq	(%rdx,%rdx,2), %rdx
	movslq	%ecx, %rcx
	movslq	%r8d, %r8
	addq	%rdx, %rax
	leaq	(%r8,%r8,4), %rdx
	pxor	%xmm8, %xmm8
	movslq	%r9d, %r9
	addsd	%xmm2, %xmm0
	leaq	(%rax,%rcx,4), %rax
	addq	%rdx, %rax
	leaq	(%r9,%r9,2), %rdx
	leaq	(%rax,%rdx,2), %rax
	movslq	8(%rsp), %rdx
	subsd	%xmm3, %xmm0
	leaq	(%rax,%rdx,8), %rax
	subq	%rdx, %rax
	movslq	16(%rsp), %rdx
	addsd	%xmm4, %xmm0
	leaq	(%rax,%rdx,8), %rax
	movslq	24(%rsp), %rdx
	subsd	%xmm5, %xmm0
	leaq	(%rdx,%rdx,8), %rdx
	addq	%rdx, %rax
	cvtsi2sdq	%rax, %xmm8
	addsd	%xmm6, %xmm0
	subsd	%xmm7, %xmm0
	addsd	32(%rsp), %xmm0
	movapd	%xmm0, %xmm6
	subsd	40(%rsp), %xmm6
	movapd	%xmm8, %xmm0
	addsd	%xmm6, %xmm0
	ret
	.cfi_endproc
.LFE15:
	.size	mixed, .-mixed
	.p2align 4
	.globl	narrow
	.type	narrow, @function
narrow:
.LFB16:
	.cfi_startproc
	movswl	%si, %esi
	movsbl	%dil, %edi
	movzbl	%dl, %edx
	movzwl	%cx, %ecx
	addl	%esi, %edi
	movl	%r9d, %r9d
	addl	%edx, %edi
	movsbq	8(%rsp), %rdx
	addl	%ecx, %edi
	addl	%r8d, %edi
	movslq	%edi, %rdi
	leaq	(%rdi,%r9), %rax
	addq	%rdx, %rax
	movswq	16(%rsp), %rdx
	addq	%rdx, %rax
	movzbl	24(%rsp), %edx
	addq	%rdx, %rax
	movzwl	32(%rsp), %edx
	addq	%rdx, %rax
	ret
	.cfi_endproc
.LFE16:
	.size	narrow, .-narrow
	.p2align 4
	.globl	f_floats
	.type	f_floats, @function
f_floats:
.LFB17:
	.cfi_startproc
	addss	%xmm1, %xmm0
	movss	.LC8(%rip), %xmm1
	mulss	24(%rsp), %xmm1
	addss	%xmm2, %xmm0
	addss	%xmm3, %xmm0
	addss	%xmm4, %xmm0
	addss	%xmm5, %xmm0
	addss	%xmm6, %xmm0
	addss	%xmm7, %xmm0
	addss	8(%rsp), %xmm0
	addss	16(%rsp), %xmm0
	addss	%xmm1, %xmm0
	ret
	.cfi_endproc
.LFE17:
	.size	f_floats, .-f_floats
	.p2align 4
	.globl	forward
	.type	forward, @function
forward:
.LFB18:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movq	%rsi, %r10
	movq	%r9, %r15
	movq	%rdi, %r11
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%r8, %r9
	movq	%r8, %r14
	movq	%r15, %r8
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rcx, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	movq	56(%rsp), %rcx
	movq	%rdx, %rbx
	movq	80(%rsp), %rbp
	pushq	%rdi
	.cfi_def_cfa_offset 64
	pushq	%rsi
	.cfi_def_cfa_offset 72
	pushq	%rdx
	.cfi_def_cfa_offset 80
	movq	%rbp, %rdi
	pushq	%r12
	.cfi_def_cfa_offset 88
	movq	96(%rsp), %rdx
	movq	104(%rsp), %rsi
	call	f10
	addq	$32, %rsp
	.cfi_def_cfa_offset 56
	movq	%rbx, %rdx
	movq	%r15, %r9
	pushq	%rcx
	.cfi_def_cfa_offset 64
	movq	%r14, %r8
	movq	%r12, %rcx
	movq	%r10, %rsi
	movq	%r11, %rdi
	movq	%rax, %r13
	call	f7
	popq	%rdx
	.cfi_def_cfa_offset 56
	popq	%rbx
	.cfi_def_cfa_offset 48
	addq	%r13, %rax
	addq	%r11, %rax
	addq	%rbp, %rax
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
	.cfi_endproc
.LFE18:
	.size	forward, .-forward
	.section	.rodata.str1.1,"aMS",@progbits,1
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
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB19:
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
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	movslq	base(%rip), %rbx
	movsd	dbase(%rip), %xmm8
	leal	6(%rbx), %r14d
	leal	3(%rbx), %eax
	movq	%rbx, %rdi
	movl	%ebx, %r15d
	movl	%eax, 8(%rsp)
	movslq	%eax, %rcx
	leal	2(%rbx), %edx
	leal	1(%rbx), %esi
	movslq	%r14d, %rax
	movl	%edx, 16(%rsp)
	leal	5(%rbx), %r13d
	leal	4(%rbx), %r12d
	movsd	%xmm8, 24(%rsp)
	movslq	%r13d, %r9
	movslq	%r12d, %r8
	movslq	%edx, %rdx
	movl	%esi, 20(%rsp)
	movslq	%esi, %rsi
	negl	%r15d
	pushq	%rax
	.cfi_def_cfa_offset 104
	call	f7
	popq	%rdx
	.cfi_def_cfa_offset 96
	leaq	.LC9(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	pushq	%r15
	.cfi_def_cfa_offset 104
	movl	%r13d, %r9d
	movl	%r12d, %r8d
	pushq	%r14
	.cfi_def_cfa_offset 112
	movl	32(%rsp), %edx
	movl	%ebx, %edi
	movl	24(%rsp), %ecx
	movl	36(%rsp), %esi
	call	f8
	popq	%rcx
	.cfi_def_cfa_offset 104
	leaq	.LC10(%rip), %rdi
	popq	%rsi
	.cfi_def_cfa_offset 96
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	pushq	$-17
	.cfi_def_cfa_offset 104
	movl	$7, %r9d
	movslq	%r15d, %rsi
	pushq	$13
	.cfi_def_cfa_offset 112
	movl	$2, %edx
	movl	$5, %r8d
	movq	%rbx, %rdi
	pushq	$11
	.cfi_def_cfa_offset 120
	movq	$-2, %rcx
	pushq	$-9
	.cfi_def_cfa_offset 128
	call	f10
	addq	$32, %rsp
	.cfi_def_cfa_offset 96
	leaq	.LC11(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movsd	24(%rsp), %xmm8
	subq	$16, %rsp
	.cfi_def_cfa_offset 112
	movsd	.LC12(%rip), %xmm7
	movsd	.LC13(%rip), %xmm6
	movsd	.LC14(%rip), %xmm5
	movl	$1, %eax
	movapd	%xmm8, %xmm0
	xorpd	.LC18(%rip), %xmm0
	movsd	.LC0(%rip), %xmm4
	addsd	%xmm8, %xmm7
	movsd	.LC15(%rip), %xmm3
	addsd	%xmm8, %xmm6
	addsd	%xmm8, %xmm5
	movsd	.LC16(%rip), %xmm2
	movsd	%xmm0, 8(%rsp)
	movsd	.LC1(%rip), %xmm0
	movsd	.LC17(%rip), %xmm1
	addsd	%xmm8, %xmm4
	addsd	%xmm8, %xmm3
	addsd	%xmm8, %xmm2
	movsd	%xmm8, 40(%rsp)
	addsd	%xmm8, %xmm0
	addsd	%xmm8, %xmm1
	movsd	%xmm0, (%rsp)
	movapd	%xmm8, %xmm0
	call	d10
	popq	%rdi
	.cfi_def_cfa_offset 104
	leaq	.LC19(%rip), %rdi
	popq	%r8
	.cfi_def_cfa_offset 96
	call	printf@PLT
	subq	$24, %rsp
	.cfi_def_cfa_offset 120
	leal	7(%rbx), %eax
	movl	%r13d, %r9d
	movsd	48(%rsp), %xmm8
	movsd	.LC20(%rip), %xmm0
	movl	%r12d, %r8d
	movl	%ebx, %edi
	movsd	.LC0(%rip), %xmm3
	movsd	.LC1(%rip), %xmm7
	mulsd	%xmm8, %xmm0
	movsd	.LC12(%rip), %xmm6
	movsd	.LC13(%rip), %xmm5
	movapd	%xmm8, %xmm1
	movsd	.LC14(%rip), %xmm4
	mulsd	%xmm8, %xmm3
	addsd	%xmm8, %xmm1
	movsd	.LC15(%rip), %xmm2
	mulsd	%xmm8, %xmm7
	mulsd	%xmm8, %xmm6
	mulsd	%xmm8, %xmm5
	movsd	%xmm0, 8(%rsp)
	movsd	.LC21(%rip), %xmm0
	mulsd	%xmm8, %xmm4
	mulsd	%xmm8, %xmm2
	mulsd	%xmm8, %xmm0
	movsd	%xmm0, (%rsp)
	movapd	%xmm8, %xmm0
	pushq	%r15
	.cfi_def_cfa_offset 128
	pushq	%rax
	.cfi_def_cfa_offset 136
	pushq	%r14
	.cfi_def_cfa_offset 144
	movl	56(%rsp), %ecx
	movl	64(%rsp), %edx
	movl	68(%rsp), %esi
	movsd	%xmm3, 72(%rsp)
	movsd	%xmm8, 56(%rsp)
	call	mixed
	addq	$48, %rsp
	.cfi_def_cfa_offset 96
	movl	$1, %eax
	leaq	.LC22(%rip), %rdi
	call	printf@PLT
	imulq	$1431655766, %rbx, %rdx
	movl	%ebx, %eax
	movl	%ebx, %edi
	sarl	$31, %eax
	imulw	$-300, %bx, %si
	negl	%edi
	movl	$-294967296, %r9d
	imull	$-1000, %ebx, %r8d
	leal	-536(%rbx), %ecx
	movsbl	%dil, %edi
	shrq	$32, %rdx
	movzwl	%cx, %ecx
	subl	%eax, %edx
	leal	-5536(%rbx), %eax
	movswl	%si, %esi
	movzwl	%ax, %eax
	subl	$6, %edx
	pushq	%rax
	.cfi_def_cfa_offset 104
	leal	-56(%rbx), %eax
	movzbl	%dl, %edx
	movzbl	%al, %eax
	pushq	%rax
	.cfi_def_cfa_offset 112
	movl	$-32000, %eax
	subl	%ebx, %eax
	cwtl
	pushq	%rax
	.cfi_def_cfa_offset 120
	leal	-128(%rbx), %eax
	movsbl	%al, %eax
	pushq	%rax
	.cfi_def_cfa_offset 128
	call	narrow
	addq	$32, %rsp
	.cfi_def_cfa_offset 96
	leaq	.LC23(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movsd	8(%rsp), %xmm8
	subq	$16, %rsp
	.cfi_def_cfa_offset 112
	movss	.LC26(%rip), %xmm7
	movsd	40(%rsp), %xmm3
	movss	.LC27(%rip), %xmm6
	pxor	%xmm0, %xmm0
	leaq	.LC33(%rip), %rdi
	movss	.LC28(%rip), %xmm5
	movss	.LC29(%rip), %xmm4
	cvtsd2ss	%xmm8, %xmm0
	movl	$1, %eax
	cvtsd2ss	%xmm3, %xmm3
	movss	%xmm3, (%rsp)
	movss	.LC31(%rip), %xmm2
	movss	.LC30(%rip), %xmm3
	pushq	$0x41100000
	.cfi_def_cfa_offset 120
	movss	.LC32(%rip), %xmm1
	pushq	$0x41000000
	.cfi_def_cfa_offset 128
	call	f_floats
	addq	$32, %rsp
	.cfi_def_cfa_offset 96
	cvtss2sd	%xmm0, %xmm0
	call	printf@PLT
	pushq	%rbx
	.cfi_def_cfa_offset 104
	movl	$6, %r9d
	pushq	$9
	.cfi_def_cfa_offset 112
	movl	$5, %r8d
	movl	$4, %ecx
	movl	$3, %edx
	pushq	$8
	.cfi_def_cfa_offset 120
	movl	$2, %esi
	movl	$1, %edi
	pushq	$7
	.cfi_def_cfa_offset 128
	call	forward
	addq	$32, %rsp
	.cfi_def_cfa_offset 96
	leaq	.LC34(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%r10d, %r10d
	xorl	%r11d, %r11d
	.p2align 4,,10
	.p2align 3
.L12:
	leaq	7(%r10), %rsi
	leaq	6(%r10), %rax
	pushq	%rbx
	.cfi_def_cfa_offset 104
	movq	%r10, %rdi
	leaq	8(%r10), %rbp
	leaq	5(%r10), %r9
	pushq	%rbp
	.cfi_def_cfa_offset 112
	leaq	4(%r10), %r8
	leaq	3(%r10), %rcx
	pushq	%rsi
	.cfi_def_cfa_offset 120
	leaq	2(%r10), %rdx
	addq	$1, %r10
	pushq	%rax
	.cfi_def_cfa_offset 128
	movq	%r10, %rsi
	call	f10
	addq	$32, %rsp
	.cfi_def_cfa_offset 96
	addq	%rax, %r11
	cmpq	$5, %r10
	jne	.L12
	movq	%r11, %rsi
	leaq	.LC35(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$40, %rsp
	.cfi_def_cfa_offset 56
	xorl	%eax, %eax
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
	.cfi_endproc
.LFE19:
	.size	main, .-main
	.globl	dbase
	.data
	.align 8
	.type	dbase, @object
	.size	dbase, 8
dbase:
	.long	0
	.long	1071644672
	.globl	base
	.align 4
	.type	base, @object
	.size	base, 4
base:
	.long	3
	.section	.rodata.cst8,"aM",@progbits,8
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
	.section	.rodata.cst4,"aM",@progbits,4
	.align 4
.LC8:
	.long	1056964608
	.section	.rodata.cst8
	.align 8
.LC12:
	.long	0
	.long	1075576832
	.align 8
.LC13:
	.long	0
	.long	1075314688
	.align 8
.LC14:
	.long	0
	.long	1075052544
	.align 8
.LC15:
	.long	0
	.long	1074266112
	.align 8
.LC16:
	.long	0
	.long	1073741824
	.align 8
.LC17:
	.long	0
	.long	1072693248
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC18:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.section	.rodata.cst8
	.align 8
.LC20:
	.long	0
	.long	1076101120
	.align 8
.LC21:
	.long	0
	.long	1075970048
	.section	.rodata.cst4
	.align 4
.LC26:
	.long	1088421888
	.align 4
.LC27:
	.long	1086324736
	.align 4
.LC28:
	.long	1084227584
	.set	.LC29,.LC7+4
	.set	.LC30,.LC3+4
	.set	.LC31,.LC16+4
	.align 4
.LC32:
	.long	1065353216
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
