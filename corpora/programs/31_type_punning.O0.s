	.file	"31_type_punning.c"
	.text
	.globl	vf
	.data
	.align 4
	.type	vf, @object
	.size	vf, 4
vf:
	.long	1042284544
	.globl	vd
	.align 8
	.type	vd, @object
	.size	vd, 8
vd:
	.long	0
	.long	-1073479680
	.text
	.globl	float_bits
	.type	float_bits, @function
float_bits:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movss	%xmm0, -20(%rbp)
	movl	-20(%rbp), %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	float_bits, .-float_bits
	.globl	bits_float
	.type	bits_float, @function
bits_float:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	-20(%rbp), %eax
	movl	%eax, -4(%rbp)
	movss	-4(%rbp), %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	bits_float, .-bits_float
	.globl	double_bits
	.type	double_bits, @function
double_bits:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -24(%rbp)
	movsd	-24(%rbp), %xmm0
	movsd	%xmm0, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	double_bits, .-double_bits
	.globl	bits_double
	.type	bits_double, @function
bits_double:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	movsd	-8(%rbp), %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	bits_double, .-bits_double
	.globl	q_rsqrt
	.type	q_rsqrt, @function
q_rsqrt:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movss	%xmm0, -20(%rbp)
	movss	-20(%rbp), %xmm1
	movss	.LC0(%rip), %xmm0
	mulss	%xmm1, %xmm0
	movss	%xmm0, -4(%rbp)
	movss	-20(%rbp), %xmm0
	movss	%xmm0, -8(%rbp)
	movl	-8(%rbp), %eax
	movl	%eax, -12(%rbp)
	movl	-12(%rbp), %eax
	shrl	%eax
	movl	%eax, %edx
	movl	$1597463007, %eax
	subl	%edx, %eax
	movl	%eax, -12(%rbp)
	movl	-12(%rbp), %eax
	movl	%eax, -8(%rbp)
	movss	-8(%rbp), %xmm0
	movaps	%xmm0, %xmm1
	mulss	-4(%rbp), %xmm1
	movss	-8(%rbp), %xmm0
	movaps	%xmm1, %xmm2
	mulss	%xmm0, %xmm2
	movss	.LC1(%rip), %xmm0
	movaps	%xmm0, %xmm1
	subss	%xmm2, %xmm1
	movss	-8(%rbp), %xmm0
	mulss	%xmm1, %xmm0
	movss	%xmm0, -8(%rbp)
	movss	-8(%rbp), %xmm0
	movaps	%xmm0, %xmm1
	mulss	-4(%rbp), %xmm1
	movss	-8(%rbp), %xmm0
	movaps	%xmm1, %xmm2
	mulss	%xmm0, %xmm2
	movss	.LC1(%rip), %xmm0
	movaps	%xmm0, %xmm1
	subss	%xmm2, %xmm1
	movss	-8(%rbp), %xmm0
	mulss	%xmm1, %xmm0
	movss	%xmm0, -8(%rbp)
	movss	-8(%rbp), %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	q_rsqrt, .-q_rsqrt
	.section	.rodata
	.align 8
.LC9:
	.string	"%-12g bits=%08x sign=%u exp=%3u mant=%06x back=%g\n"
.LC15:
	.string	"%-10g bits=%016llx exp=%4u\n"
	.align 8
.LC16:
	.string	"halves (little endian): lo=%08x hi=%08x\n"
.LC17:
	.string	"bytes: %02x %02x %02x %02x\n"
.LC18:
	.string	"x*2^%d = %g\n"
	.align 8
.LC19:
	.string	"bits_double(0x4000000000000000)=%g bits_double(0xc059000000000000)=%g\n"
	.align 8
.LC21:
	.string	"inf bits=%08x ninf bits=%016llx\n"
.LC23:
	.string	"q_rsqrt(%g)=%.3f\n"
.LC31:
	.string	"%08x "
.LC32:
	.string	"\nordered=%d\n"
	.align 8
.LC34:
	.string	"int roundtrip through float storage: %d (%.6f)\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$216, %rsp
	.cfi_offset 3, -24
	pxor	%xmm0, %xmm0
	movss	%xmm0, -112(%rbp)
	movss	.LC3(%rip), %xmm0
	movss	%xmm0, -108(%rbp)
	movss	.LC4(%rip), %xmm0
	movss	%xmm0, -104(%rbp)
	movss	.LC0(%rip), %xmm0
	movss	%xmm0, -100(%rbp)
	movss	.LC5(%rip), %xmm0
	movss	%xmm0, -96(%rbp)
	movss	.LC6(%rip), %xmm0
	movss	%xmm0, -92(%rbp)
	movss	vf(%rip), %xmm0
	movss	%xmm0, -88(%rbp)
	movss	.LC7(%rip), %xmm0
	movss	%xmm0, -84(%rbp)
	movss	.LC8(%rip), %xmm0
	movss	%xmm0, -80(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L12
.L13:
	movl	-20(%rbp), %eax
	cltq
	movl	-112(%rbp,%rax,4), %eax
	movd	%eax, %xmm0
	call	float_bits
	movl	%eax, -76(%rbp)
	movl	-76(%rbp), %eax
	movl	%eax, %edi
	call	bits_float
	cvtss2sd	%xmm0, %xmm0
	movl	-76(%rbp), %eax
	andl	$8388607, %eax
	movl	%eax, %ecx
	movl	-76(%rbp), %eax
	shrl	$23, %eax
	movzbl	%al, %edx
	movl	-76(%rbp), %eax
	shrl	$31, %eax
	movl	%eax, %edi
	movl	-20(%rbp), %eax
	cltq
	movss	-112(%rbp,%rax,4), %xmm1
	pxor	%xmm3, %xmm3
	cvtss2sd	%xmm1, %xmm3
	movq	%xmm3, %rax
	movl	-76(%rbp), %esi
	movapd	%xmm0, %xmm1
	movl	%ecx, %r8d
	movl	%edx, %ecx
	movl	%edi, %edx
	movq	%rax, %xmm0
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	addl	$1, -20(%rbp)
.L12:
	cmpl	$8, -20(%rbp)
	jle	.L13
	movsd	.LC10(%rip), %xmm0
	movsd	%xmm0, -160(%rbp)
	movsd	.LC11(%rip), %xmm0
	movsd	%xmm0, -152(%rbp)
	movsd	vd(%rip), %xmm0
	movsd	%xmm0, -144(%rbp)
	movsd	.LC12(%rip), %xmm0
	movsd	%xmm0, -136(%rbp)
	movsd	.LC13(%rip), %xmm0
	movsd	%xmm0, -128(%rbp)
	movsd	.LC14(%rip), %xmm0
	movsd	%xmm0, -120(%rbp)
	movl	$0, -24(%rbp)
	jmp	.L14
.L15:
	movl	-24(%rbp), %eax
	cltq
	movq	-160(%rbp,%rax,8), %rax
	movq	%rax, %xmm0
	call	double_bits
	movq	%rax, -72(%rbp)
	movq	-72(%rbp), %rax
	shrq	$52, %rax
	andl	$2047, %eax
	movl	%eax, %edx
	movl	-24(%rbp), %eax
	cltq
	movq	-160(%rbp,%rax,8), %rax
	movq	-72(%rbp), %rcx
	movq	%rcx, %rsi
	movq	%rax, %xmm0
	leaq	.LC15(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	addl	$1, -24(%rbp)
.L14:
	cmpl	$5, -24(%rbp)
	jle	.L15
	movsd	vd(%rip), %xmm0
	movsd	%xmm0, -168(%rbp)
	movl	-164(%rbp), %edx
	movl	-168(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC16(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movss	vf(%rip), %xmm0
	movss	%xmm0, -172(%rbp)
	movzbl	-169(%rbp), %eax
	movzbl	%al, %esi
	movzbl	-170(%rbp), %eax
	movzbl	%al, %ecx
	movzbl	-171(%rbp), %eax
	movzbl	%al, %edx
	movzbl	-172(%rbp), %eax
	movzbl	%al, %eax
	movl	%esi, %r8d
	movl	%eax, %esi
	leaq	.LC17(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movss	vf(%rip), %xmm0
	movss	%xmm0, -28(%rbp)
	movl	$0, -32(%rbp)
	jmp	.L16
.L17:
	movl	-28(%rbp), %eax
	movd	%eax, %xmm0
	call	float_bits
	addl	$8388608, %eax
	movl	%eax, -60(%rbp)
	movl	-60(%rbp), %eax
	movl	%eax, %edi
	call	bits_float
	movd	%xmm0, %eax
	movl	%eax, -28(%rbp)
	pxor	%xmm4, %xmm4
	cvtss2sd	-28(%rbp), %xmm4
	movq	%xmm4, %rax
	movl	-32(%rbp), %edx
	addl	$1, %edx
	movq	%rax, %xmm0
	movl	%edx, %esi
	leaq	.LC18(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	addl	$1, -32(%rbp)
.L16:
	cmpl	$4, -32(%rbp)
	jle	.L17
	movabsq	$-4586634745500139520, %rax
	movq	%rax, %rdi
	call	bits_double
	movq	%xmm0, %rbx
	movabsq	$4611686018427387904, %rax
	movq	%rax, %rdi
	call	bits_double
	movq	%xmm0, %rax
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC19(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movabsq	$9218868437227405312, %rax
	movq	%rax, %rdi
	call	bits_double
	movq	%xmm0, %rax
	movq	.LC20(%rip), %xmm0
	movq	%rax, %xmm2
	xorpd	%xmm0, %xmm2
	movq	%xmm2, %rax
	movq	%rax, %xmm0
	call	double_bits
	movq	%rax, %rbx
	movl	$2139095040, %edi
	call	bits_float
	addss	%xmm0, %xmm0
	movd	%xmm0, %eax
	movd	%eax, %xmm0
	call	float_bits
	movq	%rbx, %rdx
	movl	%eax, %esi
	leaq	.LC21(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movss	.LC22(%rip), %xmm0
	movss	%xmm0, -36(%rbp)
	jmp	.L18
.L19:
	movl	-36(%rbp), %eax
	movd	%eax, %xmm0
	call	q_rsqrt
	cvtss2sd	%xmm0, %xmm0
	pxor	%xmm5, %xmm5
	cvtss2sd	-36(%rbp), %xmm5
	movq	%xmm5, %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC23(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movss	-36(%rbp), %xmm1
	movss	.LC24(%rip), %xmm0
	mulss	%xmm1, %xmm0
	movss	%xmm0, -36(%rbp)
.L18:
	movss	.LC25(%rip), %xmm0
	comiss	-36(%rbp), %xmm0
	jnb	.L19
	movss	.LC26(%rip), %xmm0
	movss	%xmm0, -208(%rbp)
	movss	.LC27(%rip), %xmm0
	movss	%xmm0, -204(%rbp)
	pxor	%xmm0, %xmm0
	movss	%xmm0, -200(%rbp)
	movss	.LC28(%rip), %xmm0
	movss	%xmm0, -196(%rbp)
	movss	.LC29(%rip), %xmm0
	movss	%xmm0, -192(%rbp)
	movss	.LC30(%rip), %xmm0
	movss	%xmm0, -188(%rbp)
	movl	$0, -40(%rbp)
	movl	$1, -44(%rbp)
	movl	$0, -48(%rbp)
	jmp	.L20
.L24:
	movl	-48(%rbp), %eax
	cltq
	movl	-208(%rbp,%rax,4), %eax
	movd	%eax, %xmm0
	call	float_bits
	movl	%eax, -52(%rbp)
	movl	-52(%rbp), %eax
	testl	%eax, %eax
	jns	.L21
	movl	-52(%rbp), %eax
	notl	%eax
	jmp	.L22
.L21:
	movl	-52(%rbp), %eax
	orl	$-2147483648, %eax
.L22:
	movl	%eax, -56(%rbp)
	cmpl	$0, -48(%rbp)
	jle	.L23
	movl	-56(%rbp), %eax
	cmpl	%eax, -40(%rbp)
	jb	.L23
	movl	$0, -44(%rbp)
.L23:
	movl	-56(%rbp), %eax
	movl	%eax, -40(%rbp)
	movl	-56(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC31(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -48(%rbp)
.L20:
	cmpl	$5, -48(%rbp)
	jle	.L24
	movl	-44(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC32(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	vd(%rip), %xmm1
	pxor	%xmm0, %xmm0
	mulsd	%xmm1, %xmm0
	cvttsd2sil	%xmm0, %eax
	addl	$1078530011, %eax
	movl	%eax, -212(%rbp)
	movl	-212(%rbp), %eax
	movl	%eax, -216(%rbp)
	movl	-216(%rbp), %eax
	movl	%eax, -220(%rbp)
	movss	-216(%rbp), %xmm0
	pxor	%xmm6, %xmm6
	cvtss2sd	%xmm0, %xmm6
	movq	%xmm6, %rdx
	movl	-220(%rbp), %eax
	movq	%rdx, %xmm0
	movl	%eax, %esi
	leaq	.LC34(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	$0, %eax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	main, .-main
	.section	.rodata
	.align 4
.LC0:
	.long	1056964608
	.align 4
.LC1:
	.long	1069547520
	.align 4
.LC3:
	.long	1065353216
	.align 4
.LC4:
	.long	-1082130432
	.align 4
.LC5:
	.long	1073741824
	.align 4
.LC6:
	.long	1078530011
	.align 4
.LC7:
	.long	71362
	.align 4
.LC8:
	.long	2139081118
	.align 8
.LC10:
	.long	0
	.long	1072693248
	.align 8
.LC11:
	.long	0
	.long	-2147483648
	.align 8
.LC12:
	.long	-1717986918
	.long	1069128089
	.align 8
.LC13:
	.long	-2013235812
	.long	2117592124
	.align 8
.LC14:
	.long	1
	.long	0
	.align 16
.LC20:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.align 4
.LC22:
	.long	1048576000
	.align 4
.LC24:
	.long	1082130432
	.align 4
.LC25:
	.long	1115684864
	.align 4
.LC26:
	.long	-1067450368
	.align 4
.LC27:
	.long	-1098907648
	.align 4
.LC28:
	.long	1040187392
	.align 4
.LC29:
	.long	1088421888
	.align 4
.LC30:
	.long	1120468992
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
