	.file	"31_type_punning.c"
	.text
	.p2align 4
	.globl	float_bits
	.type	float_bits, @function
float_bits:
.LFB11:
	.cfi_startproc
	movd	%xmm0, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	float_bits, .-float_bits
	.p2align 4
	.globl	bits_float
	.type	bits_float, @function
bits_float:
.LFB12:
	.cfi_startproc
	movd	%edi, %xmm0
	ret
	.cfi_endproc
.LFE12:
	.size	bits_float, .-bits_float
	.p2align 4
	.globl	double_bits
	.type	double_bits, @function
double_bits:
.LFB13:
	.cfi_startproc
	movq	%xmm0, %rax
	ret
	.cfi_endproc
.LFE13:
	.size	double_bits, .-double_bits
	.p2align 4
	.globl	bits_double
	.type	bits_double, @function
bits_double:
.LFB14:
	.cfi_startproc
	movq	%rdi, %xmm0
	ret
	.cfi_endproc
.LFE14:
	.size	bits_double, .-bits_double
	.p2align 4
	.globl	q_rsqrt
	.type	q_rsqrt, @function
q_rsqrt:
.LFB15:
	.cfi_startproc
	movss	.LC0(%rip), %xmm1
	movd	%xmm0, %eax
	movl	$1597463007, %edx
	shrl	%eax
	mulss	%xmm0, %xmm1
	subl	%eax, %edx
	movss	.LC1(%rip), %xmm0
	movd	%edx, %xmm3
	movaps	%xmm0, %xmm2
	movaps	%xmm1, %xmm4
	mulss	%xmm3, %xmm4
	mulss	%xmm3, %xmm4
	subss	%xmm4, %xmm2
	mulss	%xmm3, %xmm2
	mulss	%xmm2, %xmm1
	mulss	%xmm2, %xmm1
	subss	%xmm1, %xmm0
	mulss	%xmm2, %xmm0
	ret
	.cfi_endproc
.LFE15:
	.size	q_rsqrt, .-q_rsqrt
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC5:
	.string	"%-12g bits=%08x sign=%u exp=%3u mant=%06x back=%g\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC10:
	.string	"%-10g bits=%016llx exp=%4u\n"
	.section	.rodata.str1.8
	.align 8
.LC11:
	.string	"halves (little endian): lo=%08x hi=%08x\n"
	.section	.rodata.str1.1
.LC12:
	.string	"bytes: %02x %02x %02x %02x\n"
.LC13:
	.string	"x*2^%d = %g\n"
	.section	.rodata.str1.8
	.align 8
.LC14:
	.string	"bits_double(0x4000000000000000)=%g bits_double(0xc059000000000000)=%g\n"
	.align 8
.LC16:
	.string	"inf bits=%08x ninf bits=%016llx\n"
	.section	.rodata.str1.1
.LC17:
	.string	"q_rsqrt(%g)=%.3f\n"
.LC21:
	.string	"%08x "
.LC22:
	.string	"\nordered=%d\n"
	.section	.rodata.str1.8
	.align 8
.LC24:
	.string	"int roundtrip through float storage: %d (%.6f)\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB16:
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
	leaq	.LC5(%rip), %rbx
	subq	$152, %rsp
	.cfi_def_cfa_offset 208
	movq	.LC4(%rip), %rax
	movaps	.LC3(%rip), %xmm0
	leaq	48(%rsp), %r12
	leaq	84(%rsp), %rbp
	movq	%rax, 64(%rsp)
	movabsq	$9187283445301188290, %rax
	movaps	%xmm0, 48(%rsp)
	movss	vf(%rip), %xmm0
	movq	%rax, 76(%rsp)
	movss	%xmm0, 72(%rsp)
	.p2align 4,,10
	.p2align 3
.L8:
	movss	(%r12), %xmm2
	addq	$4, %r12
	movaps	%xmm2, %xmm0
	call	float_bits
	movl	%eax, %edi
	movl	%eax, %ecx
	movl	%eax, %edx
	movl	%eax, %r8d
	call	bits_float
	shrl	$23, %ecx
	movl	%eax, %esi
	shrl	$31, %edx
	movaps	%xmm0, %xmm1
	movzbl	%cl, %ecx
	pxor	%xmm0, %xmm0
	movq	%rbx, %rdi
	andl	$8388607, %r8d
	movl	$2, %eax
	cvtss2sd	%xmm2, %xmm0
	cvtss2sd	%xmm1, %xmm1
	call	printf@PLT
	cmpq	%r12, %rbp
	jne	.L8
	movq	.LC7(%rip), %rax
	movapd	.LC6(%rip), %xmm0
	leaq	96(%rsp), %rbx
	leaq	144(%rsp), %r12
	leaq	.LC10(%rip), %rbp
	movq	%rax, 120(%rsp)
	movq	.LC8(%rip), %rax
	movaps	%xmm0, 96(%rsp)
	movsd	vd(%rip), %xmm0
	movq	%rax, 128(%rsp)
	movq	.LC9(%rip), %rax
	movsd	%xmm0, 112(%rsp)
	movq	%rax, 136(%rsp)
	.p2align 4,,10
	.p2align 3
.L9:
	movsd	(%rbx), %xmm0
	movq	%rbp, %rdi
	addq	$8, %rbx
	call	double_bits
	movq	%rax, %rdx
	movq	%rax, %rsi
	movl	$1, %eax
	shrq	$52, %rdx
	andl	$2047, %edx
	call	printf@PLT
	cmpq	%rbx, %r12
	jne	.L9
	leaq	.LC11(%rip), %rdi
	xorl	%ebx, %ebx
	movsd	vd(%rip), %xmm0
	leaq	.LC13(%rip), %rbp
	movq	%xmm0, %rsi
	movq	%rsi, %rax
	shrq	$32, %rax
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
	movl	vf(%rip), %r8d
	leaq	.LC12(%rip), %rdi
	movl	%r8d, %ecx
	movl	%r8d, %eax
	movzbl	%r8b, %esi
	shrl	$24, %r8d
	shrl	$16, %ecx
	movzbl	%ah, %edx
	xorl	%eax, %eax
	movzbl	%cl, %ecx
	call	printf@PLT
	movss	vf(%rip), %xmm1
	.p2align 4,,10
	.p2align 3
.L10:
	movaps	%xmm1, %xmm0
	addl	$1, %ebx
	call	float_bits
	movl	%ebx, %esi
	leal	8388608(%rax), %edi
	movl	$1, %eax
	call	bits_float
	movq	%rbp, %rdi
	movaps	%xmm0, %xmm1
	cvtss2sd	%xmm0, %xmm0
	movss	%xmm1, 12(%rsp)
	call	printf@PLT
	cmpl	$5, %ebx
	movss	12(%rsp), %xmm1
	jne	.L10
	movabsq	$-4586634745500139520, %rdi
	movl	$2, %eax
	leaq	.LC17(%rip), %r12
	call	bits_double
	movabsq	$4611686018427387904, %rdi
	movapd	%xmm0, %xmm1
	call	bits_double
	leaq	.LC14(%rip), %rdi
	call	printf@PLT
	movabsq	$9218868437227405312, %rdi
	call	bits_double
	xorpd	.LC15(%rip), %xmm0
	movl	$2139095040, %edi
	call	double_bits
	call	bits_float
	movq	%rax, %rdx
	leaq	.LC16(%rip), %rdi
	addss	%xmm0, %xmm0
	call	float_bits
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movl	.LC2(%rip), %ebp
	.p2align 4,,10
	.p2align 3
.L11:
	movd	%ebp, %xmm0
	movq	%r12, %rdi
	call	q_rsqrt
	movd	%ebp, %xmm4
	movl	$2, %eax
	movaps	%xmm0, %xmm1
	pxor	%xmm0, %xmm0
	cvtss2sd	%xmm4, %xmm0
	cvtss2sd	%xmm1, %xmm1
	call	printf@PLT
	movd	%ebp, %xmm3
	mulss	.LC18(%rip), %xmm3
	movd	%xmm3, %ebp
	subl	$1, %ebx
	jne	.L11
	movaps	.LC19(%rip), %xmm0
	movq	.LC20(%rip), %rax
	xorl	%r14d, %r14d
	movl	$1, %ebp
	leaq	16(%rsp), %r13
	leaq	.LC21(%rip), %r12
	movq	%rax, 32(%rsp)
	movaps	%xmm0, 16(%rsp)
	jmp	.L16
	.p2align 4,,10
	.p2align 3
.L18:
	movl	%r15d, %ebx
.L16:
	movss	0(%r13,%r14,4), %xmm0
	call	float_bits
	movl	%eax, %ecx
	movl	%eax, %r15d
	orl	$-2147483648, %r15d
	notl	%ecx
	testl	%eax, %eax
	cmovs	%ecx, %r15d
	testl	%r14d, %r14d
	jle	.L14
	xorl	%eax, %eax
	cmpl	%r15d, %ebx
	cmovnb	%eax, %ebp
.L14:
	movl	%r15d, %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$1, %r14
	cmpq	$6, %r14
	jne	.L18
	movl	%ebp, %esi
	leaq	.LC22(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	pxor	%xmm1, %xmm1
	movl	$1, %eax
	movsd	vd(%rip), %xmm0
	leaq	.LC24(%rip), %rdi
	mulsd	%xmm1, %xmm0
	cvttsd2sil	%xmm0, %esi
	pxor	%xmm0, %xmm0
	addl	$1078530011, %esi
	movd	%esi, %xmm5
	cvtss2sd	%xmm5, %xmm0
	call	printf@PLT
	addq	$152, %rsp
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
.LFE16:
	.size	main, .-main
	.globl	vd
	.data
	.align 8
	.type	vd, @object
	.size	vd, 8
vd:
	.long	0
	.long	-1073479680
	.globl	vf
	.align 4
	.type	vf, @object
	.size	vf, 4
vf:
	.long	1042284544
	.set	.LC0,.LC3+12
	.section	.rodata.cst4,"aM",@progbits,4
	.align 4
.LC1:
	.long	1069547520
	.align 4
.LC2:
	.long	1048576000
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC3:
	.long	0
	.long	1065353216
	.long	-1082130432
	.long	1056964608
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC4:
	.long	1073741824
	.long	1078530011
	.section	.rodata.cst16
	.align 16
.LC6:
	.long	0
	.long	1072693248
	.long	0
	.long	-2147483648
	.section	.rodata.cst8
	.align 8
.LC7:
	.long	-1717986918
	.long	1069128089
	.align 8
.LC8:
	.long	-2013235812
	.long	2117592124
	.align 8
.LC9:
	.long	1
	.long	0
	.section	.rodata.cst16
	.align 16
.LC15:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.section	.rodata.cst4
	.align 4
.LC18:
	.long	1082130432
	.section	.rodata.cst16
	.align 16
.LC19:
	.long	-1067450368
	.long	-1098907648
	.long	0
	.long	1040187392
	.section	.rodata.cst8
	.align 8
.LC20:
	.long	1088421888
	.long	1120468992
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
