	.file	"16_float_single.c"
	.text
	.p2align 4
	.globl	dot
	.type	dot, @function
dot:
.LFB11:
	.cfi_startproc
	testl	%edx, %edx
	jle	.L4
	movslq	%edx, %rdx
	xorl	%eax, %eax
	pxor	%xmm1, %xmm1
	salq	$2, %rdx
	.p2align 4,,10
	.p2align 3
.L3:
	movss	(%rdi,%rax), %xmm0
	mulss	(%rsi,%rax), %xmm0
	addq	$4, %rax
	addss	%xmm0, %xmm1
	cmpq	%rax, %rdx
	jne	.L3
	movaps	%xmm1, %xmm0
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	pxor	%xmm1, %xmm1
	movaps	%xmm1, %xmm0
	ret
	.cfi_endproc
.LFE11:
	.size	dot, .-dot
	.p2align 4
	.globl	newton_sqrtf
	.type	newton_sqrtf, @function
newton_sqrtf:
.LFB12:
	.cfi_startproc
	movss	.LC1(%rip), %xmm3
	movaps	%xmm0, %xmm2
	movl	$20, %eax
	.p2align 4,,10
	.p2align 3
.L8:
	movaps	%xmm2, %xmm1
	divss	%xmm0, %xmm1
	addss	%xmm1, %xmm0
	mulss	%xmm3, %xmm0
	subl	$1, %eax
	jne	.L8
	ret
	.cfi_endproc
.LFE12:
	.size	newton_sqrtf, .-newton_sqrtf
	.p2align 4
	.globl	count_above
	.type	count_above, @function
count_above:
.LFB13:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L13
	movslq	%esi, %rsi
	xorl	%eax, %eax
	leaq	(%rdi,%rsi,4), %rcx
	.p2align 4,,10
	.p2align 3
.L12:
	movss	(%rdi), %xmm1
	xorl	%edx, %edx
	comiss	%xmm0, %xmm1
	seta	%dl
	addq	$4, %rdi
	addl	%edx, %eax
	cmpq	%rdi, %rcx
	jne	.L12
	ret
	.p2align 4,,10
	.p2align 3
.L13:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE13:
	.size	count_above, .-count_above
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC13:
	.string	"dot = %.4f\n"
.LC15:
	.string	"above 0.5: %d, above -1: %d\n"
.LC16:
	.string	"harmonic(%d) = %.4f\n"
.LC17:
	.string	"1.5^20 = %.2f\n"
.LC18:
	.string	"halvings until zero: %d\n"
.LC19:
	.string	"float epsilon = %g\n"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC20:
	.string	"newton_sqrtf(2) = %.5f sqrtf(2) = %.5f\n"
	.align 8
.LC24:
	.string	"fabsf=%.2f floorf=%.1f ceilf=%.1f roundf=%.1f fminf=%.2f fmaxf=%.2f\n"
	.align 8
.LC26:
	.string	"float->int sum %d, float->unsigned sum %u\n"
	.align 8
.LC29:
	.string	"float acc %.4f vs double acc %.4f\n"
	.align 8
.LC32:
	.string	"2^24+1 in float = %.1f, as double %.1f\n"
	.section	.rodata.str1.1
.LC35:
	.string	"mixed: %.6f\n"
.LC38:
	.string	"lerp sum = %.3f\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	pxor	%xmm10, %xmm10
	xorl	%eax, %eax
	leaq	arr_a(%rip), %rbx
	movdqa	%xmm10, %xmm12
	movdqa	%xmm10, %xmm11
	leaq	arr_b(%rip), %rsi
	subq	$32, %rsp
	.cfi_def_cfa_offset 48
	movdqa	.LC6(%rip), %xmm7
	movdqa	.LC11(%rip), %xmm6
	movss	fseed(%rip), %xmm8
	movdqa	.LC2(%rip), %xmm9
	pcmpgtd	%xmm7, %xmm12
	pcmpgtd	%xmm6, %xmm11
	movaps	%xmm8, %xmm15
	shufps	$0, %xmm15, %xmm15
	.p2align 4,,10
	.p2align 3
.L16:
	movdqa	%xmm9, %xmm0
	movdqa	%xmm10, %xmm4
	movdqa	%xmm12, %xmm3
	pcmpgtd	%xmm0, %xmm4
	pmuludq	%xmm0, %xmm3
	movdqa	%xmm0, %xmm1
	pmuludq	%xmm7, %xmm1
	movdqa	%xmm12, %xmm14
	paddd	.LC5(%rip), %xmm9
	movdqa	%xmm4, %xmm2
	pmuludq	%xmm6, %xmm4
	pmuludq	%xmm7, %xmm2
	paddq	%xmm3, %xmm2
	movdqa	%xmm10, %xmm3
	psllq	$32, %xmm2
	paddq	%xmm2, %xmm1
	movdqa	%xmm0, %xmm2
	psrlq	$32, %xmm2
	pshufd	$221, %xmm1, %xmm1
	pcmpgtd	%xmm2, %xmm3
	pmuludq	%xmm2, %xmm14
	movdqa	%xmm2, %xmm5
	pmuludq	%xmm7, %xmm5
	movdqa	%xmm3, %xmm13
	pmuludq	%xmm6, %xmm3
	pmuludq	%xmm7, %xmm13
	paddq	%xmm14, %xmm13
	psllq	$32, %xmm13
	paddq	%xmm13, %xmm5
	pshufd	$221, %xmm5, %xmm5
	punpckldq	%xmm5, %xmm1
	psrad	$3, %xmm1
	movdqa	%xmm1, %xmm5
	pslld	$4, %xmm5
	paddd	%xmm1, %xmm5
	movdqa	%xmm0, %xmm1
	psubd	%xmm5, %xmm1
	movdqa	%xmm11, %xmm5
	cvtdq2ps	%xmm1, %xmm1
	mulps	.LC7(%rip), %xmm1
	pmuludq	%xmm0, %xmm5
	addps	.LC9(%rip), %xmm1
	movaps	%xmm1, (%rbx,%rax)
	movdqa	%xmm0, %xmm1
	pmuludq	%xmm6, %xmm1
	paddq	%xmm5, %xmm4
	psllq	$32, %xmm4
	paddq	%xmm4, %xmm1
	movdqa	%xmm11, %xmm4
	pmuludq	%xmm2, %xmm4
	pmuludq	%xmm6, %xmm2
	pshufd	$221, %xmm1, %xmm1
	paddq	%xmm4, %xmm3
	psllq	$32, %xmm3
	paddq	%xmm3, %xmm2
	pshufd	$221, %xmm2, %xmm2
	punpckldq	%xmm2, %xmm1
	paddd	%xmm0, %xmm1
	psrad	$2, %xmm1
	movdqa	%xmm1, %xmm2
	pslld	$3, %xmm2
	psubd	%xmm1, %xmm2
	psubd	%xmm2, %xmm0
	cvtdq2ps	%xmm0, %xmm0
	mulps	%xmm15, %xmm0
	addps	.LC12(%rip), %xmm0
	movaps	%xmm0, (%rsi,%rax)
	addq	$16, %rax
	cmpq	$1024, %rax
	jne	.L16
	movl	$256, %edx
	movq	%rbx, %rdi
	movss	%xmm8, 8(%rsp)
	call	dot
	leaq	.LC13(%rip), %rdi
	movl	$1, %eax
	cvtss2sd	%xmm0, %xmm0
	call	printf@PLT
	movl	$256, %esi
	movq	%rbx, %rdi
	movss	.LC14(%rip), %xmm0
	call	count_above
	movss	.LC1(%rip), %xmm2
	movl	$256, %esi
	movq	%rbx, %rdi
	movl	%eax, %r8d
	movaps	%xmm2, %xmm0
	call	count_above
	movl	%r8d, %edx
	leaq	.LC15(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movl	n_iter(%rip), %eax
	movss	8(%rsp), %xmm8
	testl	%eax, %eax
	jle	.L31
	movss	.LC3(%rip), %xmm6
	movl	$1, %eax
	pxor	%xmm0, %xmm0
	.p2align 4,,10
	.p2align 3
.L18:
	pxor	%xmm3, %xmm3
	movaps	%xmm6, %xmm1
	movl	n_iter(%rip), %edx
	cvtsi2ssl	%eax, %xmm3
	addl	$1, %eax
	divss	%xmm3, %xmm1
	addss	%xmm1, %xmm0
	cmpl	%eax, %edx
	jge	.L18
.L17:
	movl	n_iter(%rip), %esi
	movl	$1, %eax
	leaq	.LC16(%rip), %rdi
	movss	%xmm6, 16(%rsp)
	movss	%xmm8, 8(%rsp)
	cvtss2sd	%xmm0, %xmm0
	call	printf@PLT
	movss	16(%rsp), %xmm6
	movl	$20, %eax
	movss	8(%rsp), %xmm8
	movaps	%xmm6, %xmm0
	.p2align 4,,10
	.p2align 3
.L19:
	mulss	%xmm8, %xmm0
	subl	$1, %eax
	jne	.L19
	leaq	.LC17(%rip), %rdi
	movl	$1, %eax
	movss	%xmm6, 8(%rsp)
	cvtss2sd	%xmm0, %xmm0
	movss	%xmm8, 16(%rsp)
	movl	$24, %ebx
	call	printf@PLT
	movl	$150, %esi
	leaq	.LC18(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movss	8(%rsp), %xmm6
	movss	16(%rsp), %xmm8
	movss	.LC1(%rip), %xmm2
	movaps	%xmm6, %xmm1
	.p2align 4,,10
	.p2align 3
.L20:
	movaps	%xmm1, %xmm0
	mulss	%xmm2, %xmm1
	subl	$1, %ebx
	jne	.L20
	leaq	.LC19(%rip), %rdi
	movl	$1, %eax
	movss	%xmm6, 8(%rsp)
	cvtss2sd	%xmm0, %xmm0
	movss	%xmm8, 16(%rsp)
	call	printf@PLT
	movss	16(%rsp), %xmm8
	pxor	%xmm0, %xmm0
	movss	.LC1(%rip), %xmm2
	movss	8(%rsp), %xmm6
	addss	%xmm8, %xmm2
	ucomiss	%xmm2, %xmm0
	ja	.L41
	movaps	%xmm2, %xmm1
	sqrtss	%xmm1, %xmm1
.L23:
	movaps	%xmm2, %xmm0
	movss	%xmm6, 28(%rsp)
	cvtss2sd	%xmm1, %xmm1
	leaq	.LC20(%rip), %rdi
	movss	%xmm8, 16(%rsp)
	movsd	%xmm1, 8(%rsp)
	call	newton_sqrtf
	movsd	8(%rsp), %xmm1
	movl	$2, %eax
	cvtss2sd	%xmm0, %xmm0
	call	printf@PLT
	movss	16(%rsp), %xmm8
	movss	.LC8(%rip), %xmm1
	movaps	%xmm8, %xmm0
	movss	%xmm8, 8(%rsp)
	call	fmaxf@PLT
	movss	8(%rsp), %xmm8
	movss	.LC8(%rip), %xmm1
	movss	%xmm0, 24(%rsp)
	movaps	%xmm8, %xmm0
	call	fminf@PLT
	movss	8(%rsp), %xmm8
	movss	28(%rsp), %xmm6
	movss	%xmm0, 20(%rsp)
	movaps	%xmm8, %xmm0
	movss	%xmm6, 8(%rsp)
	addss	%xmm6, %xmm0
	call	roundf@PLT
	movss	16(%rsp), %xmm8
	movss	.LC23(%rip), %xmm7
	movss	.LC22(%rip), %xmm10
	movss	8(%rsp), %xmm6
	movss	20(%rsp), %xmm4
	movaps	%xmm7, %xmm3
	movaps	%xmm8, %xmm1
	xorps	.LC21(%rip), %xmm1
	movss	24(%rsp), %xmm5
	movaps	%xmm1, %xmm9
	movaps	%xmm1, %xmm2
	andps	%xmm7, %xmm9
	ucomiss	%xmm9, %xmm10
	jbe	.L24
	cvttss2sil	%xmm1, %eax
	pxor	%xmm9, %xmm9
	andnps	%xmm1, %xmm3
	cvtsi2ssl	%eax, %xmm9
	cmpnless	%xmm9, %xmm2
	andps	%xmm6, %xmm2
	addss	%xmm9, %xmm2
	orps	%xmm3, %xmm2
.L24:
	movaps	%xmm1, %xmm9
	movaps	%xmm7, %xmm3
	andps	%xmm7, %xmm9
	ucomiss	%xmm9, %xmm10
	jbe	.L25
	cvttss2sil	%xmm1, %eax
	pxor	%xmm9, %xmm9
	andnps	%xmm1, %xmm3
	cvtsi2ssl	%eax, %xmm9
	movaps	%xmm9, %xmm10
	cmpnless	%xmm1, %xmm10
	andps	%xmm6, %xmm10
	subss	%xmm10, %xmm9
	movaps	%xmm9, %xmm1
	orps	%xmm3, %xmm1
.L25:
	andps	%xmm8, %xmm7
	pxor	%xmm3, %xmm3
	movl	$6, %eax
	movss	%xmm6, 16(%rsp)
	cvtss2sd	%xmm7, %xmm7
	cvtss2sd	%xmm0, %xmm3
	movapd	%xmm7, %xmm0
	leaq	.LC24(%rip), %rdi
	cvtss2sd	%xmm2, %xmm2
	cvtss2sd	%xmm1, %xmm1
	cvtss2sd	%xmm5, %xmm5
	cvtss2sd	%xmm4, %xmm4
	movss	%xmm8, 8(%rsp)
	call	printf@PLT
	movss	8(%rsp), %xmm8
	xorl	%eax, %eax
	xorl	%esi, %esi
	movss	.LC25(%rip), %xmm2
	movss	16(%rsp), %xmm6
	pxor	%xmm1, %xmm1
	.p2align 4,,10
	.p2align 3
.L28:
	pxor	%xmm0, %xmm0
	cvtsi2ssl	%eax, %xmm0
	mulss	%xmm8, %xmm0
	subss	%xmm2, %xmm0
	cvttss2sil	%xmm0, %edx
	addl	%edx, %esi
	comiss	%xmm1, %xmm0
	jb	.L26
	cvttss2siq	%xmm0, %rdx
	addl	%edx, %ebx
.L26:
	addl	$1, %eax
	cmpl	$50, %eax
	jne	.L28
	movl	%ebx, %edx
	leaq	.LC26(%rip), %rdi
	xorl	%eax, %eax
	movss	%xmm6, 8(%rsp)
	call	printf@PLT
	movss	8(%rsp), %xmm6
	movl	$1000, %eax
	movss	.LC27(%rip), %xmm3
	movsd	.LC28(%rip), %xmm2
	pxor	%xmm0, %xmm0
	pxor	%xmm1, %xmm1
	.p2align 4,,10
	.p2align 3
.L29:
	addss	%xmm3, %xmm0
	addsd	%xmm2, %xmm1
	subl	$1, %eax
	jne	.L29
	leaq	.LC29(%rip), %rdi
	movl	$2, %eax
	movss	%xmm6, 8(%rsp)
	cvtss2sd	%xmm0, %xmm0
	call	printf@PLT
	movsd	.LC30(%rip), %xmm1
	movl	$2, %eax
	movsd	.LC31(%rip), %xmm0
	leaq	.LC32(%rip), %rdi
	call	printf@PLT
	movl	n_iter(%rip), %eax
	pxor	%xmm0, %xmm0
	leaq	.LC35(%rip), %rdi
	cvtsi2ssl	%eax, %xmm0
	divss	.LC33(%rip), %xmm0
	cvtss2sd	%xmm0, %xmm0
	mulsd	.LC34(%rip), %xmm0
	movl	$1, %eax
	call	printf@PLT
	movss	.LC36(%rip), %xmm4
	movss	8(%rsp), %xmm6
	xorl	%eax, %eax
	movss	.LC37(%rip), %xmm3
	pxor	%xmm2, %xmm2
	.p2align 4,,10
	.p2align 3
.L30:
	pxor	%xmm1, %xmm1
	movaps	%xmm6, %xmm0
	cvtsi2ssl	%eax, %xmm1
	addl	$1, %eax
	mulss	%xmm4, %xmm1
	subss	%xmm1, %xmm0
	mulss	%xmm3, %xmm1
	addss	%xmm0, %xmm0
	addss	%xmm1, %xmm0
	addss	%xmm0, %xmm2
	cmpl	$9, %eax
	jne	.L30
	pxor	%xmm0, %xmm0
	leaq	.LC38(%rip), %rdi
	movl	$1, %eax
	cvtss2sd	%xmm2, %xmm0
	call	printf@PLT
	addq	$32, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 16
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
.L31:
	.cfi_restore_state
	movss	.LC3(%rip), %xmm6
	pxor	%xmm0, %xmm0
	jmp	.L17
.L41:
	movaps	%xmm2, %xmm0
	movss	%xmm6, 20(%rsp)
	movss	%xmm8, 16(%rsp)
	movss	%xmm2, 8(%rsp)
	call	sqrtf@PLT
	movss	20(%rsp), %xmm6
	movss	16(%rsp), %xmm8
	movss	8(%rsp), %xmm2
	movaps	%xmm0, %xmm1
	jmp	.L23
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.local	arr_b
	.comm	arr_b,1024,32
	.local	arr_a
	.comm	arr_a,1024,32
	.globl	n_iter
	.data
	.align 4
	.type	n_iter, @object
	.size	n_iter, 4
n_iter:
	.long	200
	.globl	fseed
	.align 4
	.type	fseed, @object
	.size	fseed, 4
fseed:
	.long	1069547520
	.set	.LC1,.LC12
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC2:
	.long	0
	.long	1
	.long	2
	.long	3
	.section	.rodata.cst4,"aM",@progbits,4
	.align 4
.LC3:
	.long	1065353216
	.section	.rodata.cst16
	.align 16
.LC5:
	.long	4
	.long	4
	.long	4
	.long	4
	.align 16
.LC6:
	.long	2021161081
	.long	2021161081
	.long	2021161081
	.long	2021161081
	.align 16
.LC7:
	.long	1048576000
	.long	1048576000
	.long	1048576000
	.long	1048576000
	.set	.LC8,.LC7
	.align 16
.LC9:
	.long	-1073741824
	.long	-1073741824
	.long	-1073741824
	.long	-1073741824
	.align 16
.LC11:
	.long	-1840700269
	.long	-1840700269
	.long	-1840700269
	.long	-1840700269
	.align 16
.LC12:
	.long	1056964608
	.long	1056964608
	.long	1056964608
	.long	1056964608
	.section	.rodata.cst4
	.align 4
.LC14:
	.long	-1082130432
	.section	.rodata.cst16
	.align 16
.LC21:
	.long	-2147483648
	.long	0
	.long	0
	.long	0
	.section	.rodata.cst4
	.align 4
.LC22:
	.long	1258291200
	.section	.rodata.cst16
	.align 16
.LC23:
	.long	2147483647
	.long	0
	.long	0
	.long	0
	.section	.rodata.cst4
	.align 4
.LC25:
	.long	1092616192
	.align 4
.LC27:
	.long	1036831949
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC28:
	.long	-1717986918
	.long	1069128089
	.align 8
.LC30:
	.long	268435456
	.long	1097859072
	.align 8
.LC31:
	.long	0
	.long	1097859072
	.section	.rodata.cst4
	.align 4
.LC33:
	.long	1077936128
	.section	.rodata.cst8
	.align 8
.LC34:
	.long	0
	.long	1074266112
	.section	.rodata.cst4
	.align 4
.LC36:
	.long	1040187392
	.align 4
.LC37:
	.long	1086324736
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
