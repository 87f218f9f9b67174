	.file	"16_float_single.c"
	.text
	.globl	fseed
	.data
	.align 4
	.type	fseed, @object
	.size	fseed, 4
fseed:
	.long	1069547520
	.globl	n_iter
	.align 4
	.type	n_iter, @object
	.size	n_iter, 4
n_iter:
	.long	200
	.text
	.globl	dot
	.type	dot, @function
dot:
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
	pxor	%xmm0, %xmm0
	movss	%xmm0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L2
.L3:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movss	(%rax), %xmm1
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-32(%rbp), %rax
	addq	%rdx, %rax
	movss	(%rax), %xmm0
	mulss	%xmm1, %xmm0
	movss	-4(%rbp), %xmm1
	addss	%xmm1, %xmm0
	movss	%xmm0, -4(%rbp)
	addl	$1, -8(%rbp)
.L2:
	movl	-8(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jl	.L3
	movss	-4(%rbp), %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	dot, .-dot
	.globl	newton_sqrtf
	.type	newton_sqrtf, @function
newton_sqrtf:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movss	%xmm0, -20(%rbp)
	movss	-20(%rbp), %xmm0
	movss	%xmm0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L6
.L7:
	movss	-20(%rbp), %xmm0
	divss	-4(%rbp), %xmm0
	movaps	%xmm0, %xmm1
	addss	-4(%rbp), %xmm1
	movss	.LC1(%rip), %xmm0
	mulss	%xmm1, %xmm0
	movss	%xmm0, -4(%rbp)
	addl	$1, -8(%rbp)
.L6:
	cmpl	$19, -8(%rbp)
	jle	.L7
	movss	-4(%rbp), %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	newton_sqrtf, .-newton_sqrtf
	.globl	count_above
	.type	count_above, @function
count_above:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movss	%xmm0, -32(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L10
.L11:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movss	(%rax), %xmm0
	comiss	-32(%rbp), %xmm0
	seta	%al
	movzbl	%al, %eax
	addl	%eax, -4(%rbp)
	addl	$1, -8(%rbp)
.L10:
	movl	-8(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L11
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	count_above, .-count_above
	.local	arr_a
	.comm	arr_a,1024,32
	.local	arr_b
	.comm	arr_b,1024,32
	.section	.rodata
.LC4:
	.string	"dot = %.4f\n"
.LC6:
	.string	"above 0.5: %d, above -1: %d\n"
.LC8:
	.string	"harmonic(%d) = %.4f\n"
.LC9:
	.string	"1.5^20 = %.2f\n"
.LC10:
	.string	"halvings until zero: %d\n"
.LC11:
	.string	"float epsilon = %g\n"
	.align 8
.LC12:
	.string	"newton_sqrtf(2) = %.5f sqrtf(2) = %.5f\n"
	.align 8
.LC15:
	.string	"fabsf=%.2f floorf=%.1f ceilf=%.1f roundf=%.1f fminf=%.2f fmaxf=%.2f\n"
	.align 8
.LC17:
	.string	"float->int sum %d, float->unsigned sum %u\n"
	.align 8
.LC21:
	.string	"float acc %.4f vs double acc %.4f\n"
	.align 8
.LC24:
	.string	"2^24+1 in float = %.1f, as double %.1f\n"
.LC27:
	.string	"mixed: %.6f\n"
.LC30:
	.string	"lerp sum = %.3f\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$136, %rsp
	.cfi_offset 3, -24
	movss	fseed(%rip), %xmm0
	movss	%xmm0, -92(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L14
.L15:
	movl	-20(%rbp), %ecx
	movslq	%ecx, %rax
	imulq	$2021161081, %rax, %rax
	shrq	$32, %rax
	movl	%eax, %edx
	sarl	$3, %edx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	sall	$4, %eax
	addl	%edx, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	pxor	%xmm1, %xmm1
	cvtsi2ssl	%edx, %xmm1
	movss	.LC2(%rip), %xmm0
	mulss	%xmm1, %xmm0
	movss	.LC3(%rip), %xmm1
	subss	%xmm1, %xmm0
	movl	-20(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	arr_a(%rip), %rax
	movss	%xmm0, (%rdx,%rax)
	movl	-20(%rbp), %eax
	movslq	%eax, %rdx
	imulq	$-1840700269, %rdx, %rdx
	shrq	$32, %rdx
	addl	%eax, %edx
	movl	%edx, %ecx
	sarl	$2, %ecx
	cltd
	subl	%edx, %ecx
	movl	%ecx, %edx
	sall	$3, %edx
	subl	%ecx, %edx
	subl	%edx, %eax
	movl	%eax, %ecx
	pxor	%xmm0, %xmm0
	cvtsi2ssl	%ecx, %xmm0
	movaps	%xmm0, %xmm1
	mulss	-92(%rbp), %xmm1
	movss	.LC1(%rip), %xmm0
	addss	%xmm1, %xmm0
	movl	-20(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	arr_b(%rip), %rax
	movss	%xmm0, (%rdx,%rax)
	addl	$1, -20(%rbp)
.L14:
	cmpl	$255, -20(%rbp)
	jle	.L15
	movl	$256, %edx
	leaq	arr_b(%rip), %rax
	movq	%rax, %rsi
	leaq	arr_a(%rip), %rax
	movq	%rax, %rdi
	call	dot
	pxor	%xmm3, %xmm3
	cvtss2sd	%xmm0, %xmm3
	movq	%xmm3, %rax
	movq	%rax, %xmm0
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	.LC5(%rip), %eax
	movd	%eax, %xmm0
	movl	$256, %esi
	leaq	arr_a(%rip), %rax
	movq	%rax, %rdi
	call	count_above
	movl	%eax, %ebx
	movl	.LC1(%rip), %eax
	movd	%eax, %xmm0
	movl	$256, %esi
	leaq	arr_a(%rip), %rax
	movq	%rax, %rdi
	call	count_above
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	pxor	%xmm0, %xmm0
	movss	%xmm0, -24(%rbp)
	movl	$1, -28(%rbp)
	jmp	.L16
.L17:
	pxor	%xmm1, %xmm1
	cvtsi2ssl	-28(%rbp), %xmm1
	movss	.LC7(%rip), %xmm0
	divss	%xmm1, %xmm0
	movss	-24(%rbp), %xmm1
	addss	%xmm1, %xmm0
	movss	%xmm0, -24(%rbp)
	addl	$1, -28(%rbp)
.L16:
	movl	n_iter(%rip), %eax
	cmpl	%eax, -28(%rbp)
	jle	.L17
	pxor	%xmm4, %xmm4
	cvtss2sd	-24(%rbp), %xmm4
	movq	%xmm4, %rdx
	movl	n_iter(%rip), %eax
	movq	%rdx, %xmm0
	movl	%eax, %esi
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movss	.LC7(%rip), %xmm0
	movss	%xmm0, -32(%rbp)
	movl	$0, -36(%rbp)
	jmp	.L18
.L19:
	movss	-32(%rbp), %xmm0
	mulss	-92(%rbp), %xmm0
	movss	%xmm0, -32(%rbp)
	addl	$1, -36(%rbp)
.L18:
	cmpl	$19, -36(%rbp)
	jle	.L19
	pxor	%xmm5, %xmm5
	cvtss2sd	-32(%rbp), %xmm5
	movq	%xmm5, %rax
	movq	%rax, %xmm0
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movss	.LC7(%rip), %xmm0
	movss	%xmm0, -40(%rbp)
	movl	$0, -44(%rbp)
	jmp	.L20
.L21:
	movss	-40(%rbp), %xmm0
	movss	.LC3(%rip), %xmm1
	divss	%xmm1, %xmm0
	movss	%xmm0, -40(%rbp)
	addl	$1, -44(%rbp)
.L20:
	movss	-40(%rbp), %xmm0
	pxor	%xmm1, %xmm1
	comiss	%xmm1, %xmm0
	ja	.L21
	movl	-44(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movss	.LC7(%rip), %xmm0
	movss	%xmm0, -48(%rbp)
	jmp	.L22
.L23:
	movss	-48(%rbp), %xmm0
	movss	.LC3(%rip), %xmm1
	divss	%xmm1, %xmm0
	movss	%xmm0, -48(%rbp)
.L22:
	movss	-48(%rbp), %xmm0
	movss	.LC3(%rip), %xmm2
	movaps	%xmm0, %xmm1
	divss	%xmm2, %xmm1
	movss	.LC7(%rip), %xmm0
	addss	%xmm1, %xmm0
	movss	.LC7(%rip), %xmm1
	comiss	%xmm1, %xmm0
	ja	.L23
	pxor	%xmm6, %xmm6
	cvtss2sd	-48(%rbp), %xmm6
	movq	%xmm6, %rax
	movq	%rax, %xmm0
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movss	-92(%rbp), %xmm1
	movss	.LC1(%rip), %xmm0
	addss	%xmm0, %xmm1
	movd	%xmm1, %eax
	movd	%eax, %xmm0
	call	sqrtf@PLT
	pxor	%xmm3, %xmm3
	cvtss2sd	%xmm0, %xmm3
	movsd	%xmm3, -120(%rbp)
	movss	-92(%rbp), %xmm1
	movss	.LC1(%rip), %xmm0
	movaps	%xmm1, %xmm7
	addss	%xmm0, %xmm7
	movd	%xmm7, %eax
	movd	%eax, %xmm0
	call	newton_sqrtf
	pxor	%xmm4, %xmm4
	cvtss2sd	%xmm0, %xmm4
	movq	%xmm4, %rax
	movsd	-120(%rbp), %xmm1
	movq	%rax, %xmm0
	leaq	.LC12(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movl	-92(%rbp), %eax
	movss	.LC2(%rip), %xmm1
	movd	%eax, %xmm0
	call	fmaxf@PLT
	pxor	%xmm5, %xmm5
	cvtss2sd	%xmm0, %xmm5
	movsd	%xmm5, -120(%rbp)
	movl	-92(%rbp), %eax
	movss	.LC2(%rip), %xmm1
	movd	%eax, %xmm0
	call	fminf@PLT
	pxor	%xmm7, %xmm7
	cvtss2sd	%xmm0, %xmm7
	movsd	%xmm7, -128(%rbp)
	movss	-92(%rbp), %xmm1
	movss	.LC7(%rip), %xmm0
	addss	%xmm0, %xmm1
	movd	%xmm1, %eax
	movd	%eax, %xmm0
	call	roundf@PLT
	pxor	%xmm6, %xmm6
	cvtss2sd	%xmm0, %xmm6
	movsd	%xmm6, -136(%rbp)
	movss	-92(%rbp), %xmm0
	movss	.LC13(%rip), %xmm1
	xorps	%xmm1, %xmm0
	movd	%xmm0, %eax
	movd	%eax, %xmm0
	call	ceilf@PLT
	pxor	%xmm2, %xmm2
	cvtss2sd	%xmm0, %xmm2
	movsd	%xmm2, -144(%rbp)
	movss	-92(%rbp), %xmm0
	movss	.LC13(%rip), %xmm1
	xorps	%xmm1, %xmm0
	movd	%xmm0, %eax
	movd	%eax, %xmm0
	call	floorf@PLT
	pxor	%xmm6, %xmm6
	cvtss2sd	%xmm0, %xmm6
	movss	-92(%rbp), %xmm0
	movss	.LC14(%rip), %xmm1
	andps	%xmm1, %xmm0
	pxor	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movsd	-120(%rbp), %xmm5
	movsd	-128(%rbp), %xmm4
	movsd	-136(%rbp), %xmm3
	movsd	-144(%rbp), %xmm2
	movapd	%xmm6, %xmm1
	movq	%rax, %xmm0
	leaq	.LC15(%rip), %rax
	movq	%rax, %rdi
	movl	$6, %eax
	call	printf@PLT
	movl	$0, -52(%rbp)
	movl	$0, -56(%rbp)
	movl	$0, -60(%rbp)
	jmp	.L24
.L27:
	pxor	%xmm0, %xmm0
	cvtsi2ssl	-60(%rbp), %xmm0
	mulss	-92(%rbp), %xmm0
	movss	.LC16(%rip), %xmm1
	subss	%xmm1, %xmm0
	movss	%xmm0, -104(%rbp)
	movss	-104(%rbp), %xmm0
	cvttss2sil	%xmm0, %eax
	addl	%eax, -52(%rbp)
	movss	-104(%rbp), %xmm0
	pxor	%xmm1, %xmm1
	comiss	%xmm1, %xmm0
	jb	.L25
	movss	-104(%rbp), %xmm0
	cvttss2siq	%xmm0, %rax
	addl	%eax, -56(%rbp)
.L25:
	addl	$1, -60(%rbp)
.L24:
	cmpl	$49, -60(%rbp)
	jle	.L27
	movl	-56(%rbp), %edx
	movl	-52(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC17(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -72(%rbp)
	pxor	%xmm0, %xmm0
	movss	%xmm0, -76(%rbp)
	movl	$0, -80(%rbp)
	jmp	.L28
.L29:
	movss	-76(%rbp), %xmm1
	movss	.LC19(%rip), %xmm0
	addss	%xmm1, %xmm0
	movss	%xmm0, -76(%rbp)
	movsd	-72(%rbp), %xmm1
	movsd	.LC20(%rip), %xmm0
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -72(%rbp)
	addl	$1, -80(%rbp)
.L28:
	cmpl	$999, -80(%rbp)
	jle	.L29
	pxor	%xmm3, %xmm3
	cvtss2sd	-76(%rbp), %xmm3
	movq	%xmm3, %rax
	movsd	-72(%rbp), %xmm0
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC21(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movss	.LC22(%rip), %xmm0
	movss	%xmm0, -96(%rbp)
	pxor	%xmm1, %xmm1
	cvtss2sd	-96(%rbp), %xmm1
	movsd	.LC23(%rip), %xmm0
	movapd	%xmm1, %xmm2
	addsd	%xmm0, %xmm2
	movss	-96(%rbp), %xmm1
	movss	.LC7(%rip), %xmm0
	addss	%xmm1, %xmm0
	pxor	%xmm4, %xmm4
	cvtss2sd	%xmm0, %xmm4
	movq	%xmm4, %rax
	movapd	%xmm2, %xmm1
	movq	%rax, %xmm0
	leaq	.LC24(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movl	n_iter(%rip), %eax
	pxor	%xmm0, %xmm0
	cvtsi2ssl	%eax, %xmm0
	movss	.LC25(%rip), %xmm1
	divss	%xmm1, %xmm0
	pxor	%xmm1, %xmm1
	cvtss2sd	%xmm0, %xmm1
	movsd	.LC26(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	leaq	.LC27(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	pxor	%xmm0, %xmm0
	movss	%xmm0, -84(%rbp)
	movl	$0, -88(%rbp)
	jmp	.L30
.L31:
	pxor	%xmm0, %xmm0
	cvtsi2ssl	-88(%rbp), %xmm0
	movss	.LC28(%rip), %xmm1
	divss	%xmm1, %xmm0
	movss	%xmm0, -100(%rbp)
	movss	.LC7(%rip), %xmm0
	subss	-100(%rbp), %xmm0
	movaps	%xmm0, %xmm1
	addss	%xmm0, %xmm1
	movss	-100(%rbp), %xmm2
	movss	.LC29(%rip), %xmm0
	mulss	%xmm2, %xmm0
	addss	%xmm1, %xmm0
	movss	-84(%rbp), %xmm1
	addss	%xmm1, %xmm0
	movss	%xmm0, -84(%rbp)
	addl	$1, -88(%rbp)
.L30:
	cmpl	$8, -88(%rbp)
	jle	.L31
	pxor	%xmm5, %xmm5
	cvtss2sd	-84(%rbp), %xmm5
	movq	%xmm5, %rax
	movq	%rax, %xmm0
	leaq	.LC30(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	$0, %eax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.section	.rodata
	.align 4
.LC1:
	.long	1056964608
	.align 4
.LC2:
	.long	1048576000
	.align 4
.LC3:
	.long	1073741824
	.align 4
.LC5:
	.long	-1082130432
	.align 4
.LC7:
	.long	1065353216
	.align 16
.LC13:
	.long	-2147483648
	.long	0
	.long	0
	.long	0
	.align 16
.LC14:
	.long	2147483647
	.long	0
	.long	0
	.long	0
	.align 4
.LC16:
	.long	1092616192
	.align 4
.LC19:
	.long	1036831949
	.align 8
.LC20:
	.long	-1717986918
	.long	1069128089
	.align 4
.LC22:
	.long	1266679808
	.align 8
.LC23:
	.long	0
	.long	1072693248
	.align 4
.LC25:
	.long	1077936128
	.align 8
.LC26:
	.long	0
	.long	1074266112
	.align 4
.LC28:
	.long	1090519040
	.align 4
.LC29:
	.long	1086324736
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
