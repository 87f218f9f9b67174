	.file	"14_float_corner.c"
	.text
	.p2align 4
	.globl	cmp_flags
	.type	cmp_flags, @function
cmp_flags:
.LFB11:
	.cfi_startproc
	xorl	%eax, %eax
	comisd	%xmm1, %xmm0
	movl	$0, %ecx
	seta	%al
	xorl	%edx, %edx
	sall	$2, %eax
	comisd	%xmm0, %xmm1
	setnb	%dl
	addl	%edx, %edx
	orl	%edx, %eax
	xorl	%edx, %edx
	comisd	%xmm0, %xmm1
	seta	%dl
	orl	%edx, %eax
	xorl	%edx, %edx
	comisd	%xmm1, %xmm0
	setnb	%dl
	sall	$3, %edx
	orl	%edx, %eax
	xorl	%edx, %edx
	ucomisd	%xmm1, %xmm0
	setnp	%dl
	cmovne	%ecx, %edx
	movl	$1, %ecx
	sall	$4, %edx
	orl	%edx, %eax
	xorl	%edx, %edx
	ucomisd	%xmm1, %xmm0
	setp	%dl
	cmovne	%ecx, %edx
	sall	$5, %edx
	orl	%edx, %eax
	xorl	%edx, %edx
	ucomisd	%xmm1, %xmm0
	setp	%dl
	sall	$6, %edx
	orl	%edx, %eax
	xorl	%edx, %edx
	ucomisd	%xmm0, %xmm1
	seta	%dl
	sall	$7, %edx
	orl	%edx, %eax
	xorl	%edx, %edx
	ucomisd	%xmm1, %xmm0
	setne	%dl
	sall	$8, %edx
	orl	%edx, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	cmp_flags, .-cmp_flags
	.p2align 4
	.globl	pick_max
	.type	pick_max, @function
pick_max:
.LFB12:
	.cfi_startproc
	maxsd	%xmm1, %xmm0
	ret
	.cfi_endproc
.LFE12:
	.size	pick_max, .-pick_max
	.p2align 4
	.globl	branch_nan
	.type	branch_nan, @function
branch_nan:
.LFB13:
	.cfi_startproc
	ucomisd	%xmm0, %xmm0
	movl	$1, %eax
	jnp	.L7
	pxor	%xmm1, %xmm1
	xorl	%eax, %eax
	ucomisd	%xmm0, %xmm1
	setbe	%al
	addl	$2, %eax
.L7:
	ret
	.cfi_endproc
.LFE13:
	.size	branch_nan, .-branch_nan
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC4:
	.string	"isnan=%d isinf=%d/%d isfinite=%d/%d\n"
	.align 8
.LC6:
	.string	"inf=%f ninf=%f ninf<inf=%d inf==inf=%d inf-1=%f\n"
	.align 8
.LC7:
	.string	"nan==nan=%d nan!=nan=%d nan<1=%d nan>1=%d nan>=nan=%d\n"
	.align 8
.LC9:
	.string	"flags(%g,1)=%03x flags(nan,%g)=%03x flags(%g,nan)=%03x\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC10:
	.string	"branch_nan: %d %d %d\n"
	.section	.rodata.str1.8
	.align 8
.LC11:
	.string	"inf-inf isnan=%d inf*0 isnan=%d\n"
	.align 8
.LC13:
	.string	"-0.0: %f %g signbit=%d eq0=%d 1/-0=%f copysign=%f\n"
	.align 8
.LC15:
	.string	"fabs(-0)=%f neg(0)=%f sqrt(-0)=%f\n"
	.align 8
.LC18:
	.string	"fmin(nan,1)=%f fmax(nan,1)=%f fmin(1,nan)=%f fmin(-3,2)=%f fmax(-3,2)=%f\n"
	.align 8
.LC19:
	.string	"pick_max(nan,1)=%d pick_max(1,nan) isnan=%d\n"
	.align 8
.LC22:
	.string	"sqrt: %.10f %.10f %.10f isnan(sqrt(-1))=%d\n"
	.align 8
.LC29:
	.string	"x=%.1f floor=%.1f ceil=%.1f round=%.1f trunc=%.1f rint=%.1f nearby=%.1f lround=%ld llrint=%lld\n"
	.section	.rodata.str1.1
.LC37:
	.string	"(int)%g = %d  "
.LC39:
	.string	"(unsigned)%g = %u  "
.LC42:
	.string	"(long)%g = %ld  "
.LC44:
	.string	"(ulong)%g = %lu"
	.section	.rodata.str1.8
	.align 8
.LC48:
	.string	"(int)%.2ff=%d (short)%.2f=%d (unsigned char)%.2f=%u\n"
	.align 8
.LC49:
	.string	"u64->double=%.1f s64->double=%.1f u64(2^63+1)->double=%.1f u32->float=%.1f\n"
	.section	.rodata.str1.1
.LC52:
	.string	"fmod=%f remainder=%f modf="
.LC53:
	.string	"%f,%f frexp="
.LC56:
	.string	"%f*2^%d ldexp=%f\n"
	.section	.rodata.str1.8
	.align 8
.LC60:
	.string	"DBL_MIN/2>0=%d DBL_MAX*2 isinf=%d nextafter(1,2)-1=%g FLT_EPSILON=%g\n"
	.section	.rodata.str1.1
.LC61:
	.string	"fpclassify: %d %d %d %d %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	leaq	.LC4(%rip), %rdi
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	xorl	%r14d, %r14d
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	leaq	.LC9(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$264, %rsp
	.cfi_def_cfa_offset 320
	movsd	vzero(%rip), %xmm1
	movsd	vzero(%rip), %xmm0
	movsd	.LC3(%rip), %xmm2
	leaq	64(%rsp), %rbx
	leaq	88(%rsp), %r12
	movapd	%xmm1, %xmm3
	movsd	vone(%rip), %xmm1
	divsd	%xmm0, %xmm3
	movsd	vzero(%rip), %xmm0
	movapd	%xmm1, %xmm6
	movsd	vone(%rip), %xmm1
	xorpd	.LC1(%rip), %xmm1
	divsd	%xmm0, %xmm6
	movsd	vzero(%rip), %xmm0
	movsd	vzero(%rip), %xmm5
	movsd	%xmm5, (%rsp)
	xorpd	.LC1(%rip), %xmm5
	movsd	%xmm5, 8(%rsp)
	movsd	%xmm3, 32(%rsp)
	divsd	%xmm0, %xmm1
	movsd	vone(%rip), %xmm0
	andpd	.LC2(%rip), %xmm0
	movapd	%xmm6, %xmm4
	andpd	.LC2(%rip), %xmm4
	movsd	%xmm6, 16(%rsp)
	ucomisd	.LC3(%rip), %xmm4
	movsd	%xmm4, 40(%rsp)
	seta	%r14b
	xorl	%r9d, %r9d
	ucomisd	%xmm4, %xmm2
	movl	%r14d, %edx
	setnb	%r9b
	xorl	%r8d, %r8d
	ucomisd	%xmm0, %xmm2
	setnb	%r8b
	xorl	%ecx, %ecx
	movapd	%xmm1, %xmm0
	andpd	.LC2(%rip), %xmm0
	movsd	%xmm1, 24(%rsp)
	ucomisd	%xmm2, %xmm0
	seta	%cl
	xorl	%esi, %esi
	ucomisd	%xmm3, %xmm3
	setp	%sil
	xorl	%eax, %eax
	call	printf@PLT
	movsd	16(%rsp), %xmm6
	xorl	%edx, %edx
	movsd	24(%rsp), %xmm1
	leaq	.LC6(%rip), %rdi
	movl	$3, %eax
	ucomisd	%xmm6, %xmm6
	movapd	%xmm6, %xmm2
	subsd	.LC5(%rip), %xmm2
	movapd	%xmm6, %xmm0
	setnp	%dl
	xorl	%esi, %esi
	comisd	%xmm1, %xmm6
	seta	%sil
	call	printf@PLT
	movsd	32(%rsp), %xmm3
	xorl	%r9d, %r9d
	movsd	.LC5(%rip), %xmm4
	leaq	.LC7(%rip), %rdi
	comisd	%xmm3, %xmm3
	setnb	%r9b
	xorl	%r8d, %r8d
	comisd	.LC5(%rip), %xmm3
	seta	%r8b
	xorl	%ecx, %ecx
	comisd	%xmm3, %xmm4
	seta	%cl
	xorl	%edx, %edx
	ucomisd	%xmm3, %xmm3
	setnp	%sil
	setp	%dl
	xorl	%eax, %eax
	movzbl	%sil, %esi
	call	printf@PLT
	movq	.LC5(%rip), %rax
	movq	.LC8(%rip), %xmm0
	movq	%rax, 80(%rsp)
	movaps	%xmm0, 64(%rsp)
.L17:
	movsd	(%rbx), %xmm2
	movsd	32(%rsp), %xmm5
	addq	$8, %rbx
	movapd	%xmm5, %xmm1
	movapd	%xmm2, %xmm0
	call	cmp_flags
	movapd	%xmm2, %xmm1
	movapd	%xmm5, %xmm0
	movl	%eax, %r8d
	call	cmp_flags
	movapd	%xmm2, %xmm0
	movl	%eax, %edi
	movq	.LC5(%rip), %rax
	movq	%rax, %xmm1
	call	cmp_flags
	movl	%edi, %edx
	movl	%r8d, %ecx
	movapd	%xmm2, %xmm1
	movl	%eax, %esi
	movq	%rbp, %rdi
	movl	$3, %eax
	call	printf@PLT
	cmpq	%rbx, %r12
	jne	.L17
	movsd	16(%rsp), %xmm0
	leaq	.LC10(%rip), %rdi
	call	branch_nan
	movsd	32(%rsp), %xmm0
	movl	%eax, %ecx
	call	branch_nan
	movl	%eax, %edx
	movq	.LC5(%rip), %rax
	movq	%rax, %xmm0
	call	branch_nan
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movsd	16(%rsp), %xmm0
	xorl	%edx, %edx
	movsd	vzero(%rip), %xmm1
	leaq	.LC11(%rip), %rdi
	mulsd	%xmm0, %xmm1
	subsd	%xmm0, %xmm0
	ucomisd	%xmm1, %xmm1
	setp	%dl
	xorl	%esi, %esi
	ucomisd	%xmm0, %xmm0
	setp	%sil
	xorl	%eax, %eax
	call	printf@PLT
	movsd	(%rsp), %xmm6
	pxor	%xmm0, %xmm0
	xorl	%edx, %edx
	movsd	vone(%rip), %xmm2
	movsd	8(%rsp), %xmm4
	movl	$0, %eax
	leaq	.LC13(%rip), %rdi
	xorpd	.LC1(%rip), %xmm2
	ucomisd	%xmm0, %xmm6
	movq	.LC1(%rip), %xmm3
	movmskpd	%xmm4, %esi
	movapd	%xmm4, %xmm1
	movapd	%xmm4, %xmm0
	divsd	%xmm6, %xmm2
	andpd	%xmm4, %xmm3
	orpd	.LC12(%rip), %xmm3
	setnp	%dl
	cmovne	%eax, %edx
	andl	$1, %esi
	movl	$4, %eax
	call	printf@PLT
	movsd	(%rsp), %xmm6
	ucomisd	.LC14(%rip), %xmm6
	ja	.L101
	movsd	8(%rsp), %xmm2
	sqrtsd	%xmm2, %xmm2
.L20:
	movsd	vzero(%rip), %xmm1
	movsd	(%rsp), %xmm0
	movl	$3, %eax
	leaq	.LC15(%rip), %rdi
	xorpd	.LC1(%rip), %xmm1
	andpd	.LC2(%rip), %xmm0
	call	printf@PLT
	movq	.LC5(%rip), %rax
	movsd	32(%rsp), %xmm0
	movq	%rax, %xmm1
	call	fmin@PLT
	movq	.LC5(%rip), %rax
	movsd	%xmm0, (%rsp)
	movsd	32(%rsp), %xmm0
	movq	%rax, %xmm1
	call	fmax@PLT
	movq	.LC16(%rip), %rax
	movsd	(%rsp), %xmm2
	leaq	.LC18(%rip), %rdi
	movsd	.LC17(%rip), %xmm3
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm4
	movapd	%xmm2, %xmm0
	movl	$5, %eax
	call	printf@PLT
	movq	.LC5(%rip), %rax
	xorl	%edx, %edx
	movsd	32(%rsp), %xmm6
	leaq	.LC19(%rip), %rdi
	movapd	%xmm6, %xmm1
	movq	%rax, %xmm0
	call	pick_max
	movq	%rax, %xmm1
	movapd	%xmm0, %xmm2
	movapd	%xmm6, %xmm0
	call	pick_max
	ucomisd	%xmm2, %xmm2
	cvttsd2sil	%xmm0, %esi
	setp	%dl
	xorl	%eax, %eax
	call	printf@PLT
	movsd	vone(%rip), %xmm1
	ucomisd	.LC14(%rip), %xmm1
	movapd	%xmm1, %xmm0
	xorpd	.LC1(%rip), %xmm0
	ja	.L102
	sqrtsd	%xmm0, %xmm0
.L23:
	movsd	vone(%rip), %xmm2
	mulsd	.LC20(%rip), %xmm2
	xorl	%esi, %esi
	ucomisd	%xmm0, %xmm0
	pxor	%xmm0, %xmm0
	setp	%sil
	ucomisd	%xmm2, %xmm0
	ja	.L103
	sqrtsd	%xmm2, %xmm2
.L26:
	movsd	vone(%rip), %xmm1
	mulsd	.LC21(%rip), %xmm1
	pxor	%xmm0, %xmm0
	ucomisd	%xmm1, %xmm0
	ja	.L104
	sqrtsd	%xmm1, %xmm1
.L29:
	movsd	vone(%rip), %xmm0
	pxor	%xmm3, %xmm3
	addsd	%xmm0, %xmm0
	ucomisd	%xmm0, %xmm3
	ja	.L105
	sqrtsd	%xmm0, %xmm0
.L32:
	leaq	.LC22(%rip), %rdi
	movl	$3, %eax
	leaq	96(%rsp), %rbx
	call	printf@PLT
	movapd	.LC23(%rip), %xmm0
	movq	.LC27(%rip), %rax
	leaq	168(%rsp), %r15
	leaq	.LC29(%rip), %r13
	movaps	%xmm0, 96(%rsp)
	movapd	.LC24(%rip), %xmm0
	movq	%rax, 160(%rsp)
	movaps	%xmm0, 112(%rsp)
	movapd	.LC25(%rip), %xmm0
	movaps	%xmm0, 128(%rsp)
	movapd	.LC26(%rip), %xmm0
	movaps	%xmm0, 144(%rsp)
	.p2align 4,,10
	.p2align 3
.L37:
	movsd	vone(%rip), %xmm7
	mulsd	(%rbx), %xmm7
	movapd	%xmm7, %xmm0
	movsd	%xmm7, (%rsp)
	call	llrint@PLT
	movsd	(%rsp), %xmm7
	movq	%rax, %r12
	movapd	%xmm7, %xmm0
	call	lround@PLT
	movsd	(%rsp), %xmm7
	movq	%rax, %rbp
	movapd	%xmm7, %xmm0
	call	nearbyint@PLT
	movsd	(%rsp), %xmm7
	movq	.LC62(%rip), %rax
	movsd	.LC28(%rip), %xmm3
	movapd	%xmm0, %xmm6
	movq	%rax, %xmm8
	movapd	%xmm7, %xmm0
	movapd	%xmm7, %xmm5
	andpd	%xmm8, %xmm0
	ucomisd	%xmm0, %xmm3
	jbe	.L33
	addsd	%xmm3, %xmm0
	movapd	%xmm8, %xmm5
	andnpd	%xmm7, %xmm5
	subsd	%xmm3, %xmm0
	orpd	%xmm0, %xmm5
.L33:
	movsd	.LC28(%rip), %xmm3
	movapd	%xmm7, %xmm0
	movapd	%xmm7, %xmm4
	andpd	%xmm8, %xmm0
	ucomisd	%xmm0, %xmm3
	jbe	.L34
	cvttsd2siq	%xmm7, %rax
	pxor	%xmm0, %xmm0
	movapd	%xmm8, %xmm4
	andnpd	%xmm7, %xmm4
	cvtsi2sdq	%rax, %xmm0
	orpd	%xmm0, %xmm4
.L34:
	movapd	%xmm7, %xmm0
	movsd	%xmm4, 24(%rsp)
	movsd	%xmm5, 16(%rsp)
	movsd	%xmm6, 8(%rsp)
	movsd	%xmm7, (%rsp)
	call	round@PLT
	movsd	(%rsp), %xmm7
	movq	.LC62(%rip), %rax
	movsd	16(%rsp), %xmm5
	movsd	.LC28(%rip), %xmm6
	movapd	%xmm0, %xmm3
	movapd	%xmm7, %xmm1
	movq	%rax, %xmm8
	movsd	24(%rsp), %xmm4
	movapd	%xmm7, %xmm2
	andpd	%xmm8, %xmm1
	ucomisd	%xmm1, %xmm6
	movsd	8(%rsp), %xmm6
	jbe	.L35
	cvttsd2siq	%xmm7, %rax
	pxor	%xmm1, %xmm1
	movapd	%xmm7, %xmm0
	movsd	.LC5(%rip), %xmm2
	cvtsi2sdq	%rax, %xmm1
	cmpnlesd	%xmm1, %xmm0
	andpd	%xmm2, %xmm0
	movapd	%xmm8, %xmm2
	addsd	%xmm0, %xmm1
	andnpd	%xmm7, %xmm2
	orpd	%xmm1, %xmm2
.L35:
	movsd	.LC28(%rip), %xmm0
	movapd	%xmm7, %xmm9
	movapd	%xmm7, %xmm1
	andpd	%xmm8, %xmm9
	ucomisd	%xmm9, %xmm0
	jbe	.L36
	cvttsd2siq	%xmm7, %rax
	pxor	%xmm9, %xmm9
	movsd	.LC5(%rip), %xmm1
	cvtsi2sdq	%rax, %xmm9
	movapd	%xmm9, %xmm0
	cmpnlesd	%xmm7, %xmm0
	andpd	%xmm1, %xmm0
	movapd	%xmm8, %xmm1
	subsd	%xmm0, %xmm9
	andnpd	%xmm7, %xmm1
	orpd	%xmm9, %xmm1
.L36:
	movq	%r12, %rdx
	movq	%rbp, %rsi
	movapd	%xmm7, %xmm0
	movq	%r13, %rdi
	movl	$7, %eax
	addq	$8, %rbx
	call	printf@PLT
	cmpq	%rbx, %r15
	jne	.L37
	movapd	.LC30(%rip), %xmm0
	movq	.LC34(%rip), %rax
	leaq	176(%rsp), %r15
	leaq	248(%rsp), %rbx
	leaq	.LC37(%rip), %r13
	leaq	.LC44(%rip), %rbp
	movaps	%xmm0, 176(%rsp)
	movapd	.LC31(%rip), %xmm0
	leaq	.LC42(%rip), %r12
	movq	%rax, 240(%rsp)
	movaps	%xmm0, 192(%rsp)
	movapd	.LC32(%rip), %xmm0
	movaps	%xmm0, 208(%rsp)
	movapd	.LC33(%rip), %xmm0
	movaps	%xmm0, 224(%rsp)
	jmp	.L55
	.p2align 4,,10
	.p2align 3
.L113:
	movsd	.LC38(%rip), %xmm5
	comisd	%xmm0, %xmm5
	ja	.L109
.L43:
	comisd	.LC40(%rip), %xmm0
	jb	.L49
	movsd	.LC41(%rip), %xmm6
	comisd	%xmm0, %xmm6
	ja	.L110
.L46:
	pxor	%xmm1, %xmm1
	comisd	%xmm1, %xmm0
	jnb	.L49
.L50:
	movl	$10, %edi
	addq	$8, %r15
	call	putchar@PLT
	cmpq	%r15, %rbx
	je	.L111
.L55:
	movsd	vone(%rip), %xmm0
	mulsd	(%r15), %xmm0
	comisd	.LC35(%rip), %xmm0
	jb	.L38
	movsd	.LC36(%rip), %xmm4
	comisd	%xmm0, %xmm4
	ja	.L112
.L38:
	pxor	%xmm1, %xmm1
	comisd	%xmm1, %xmm0
	jnb	.L113
	comisd	.LC40(%rip), %xmm0
	jb	.L46
	movsd	.LC41(%rip), %xmm6
	comisd	%xmm0, %xmm6
	jbe	.L46
.L110:
	cvttsd2siq	%xmm0, %rsi
	movq	%r12, %rdi
	movl	$1, %eax
	movsd	%xmm0, (%rsp)
	call	printf@PLT
	movsd	(%rsp), %xmm0
	pxor	%xmm1, %xmm1
	comisd	%xmm1, %xmm0
	jb	.L50
	.p2align 4,,10
	.p2align 3
.L49:
	movsd	.LC43(%rip), %xmm3
	comisd	%xmm0, %xmm3
	jbe	.L50
	comisd	.LC41(%rip), %xmm0
	jnb	.L53
	cvttsd2siq	%xmm0, %rsi
.L54:
	movq	%rbp, %rdi
	movl	$1, %eax
	call	printf@PLT
	jmp	.L50
	.p2align 4,,10
	.p2align 3
.L109:
	cvttsd2siq	%xmm0, %rsi
	movl	$1, %eax
	movsd	%xmm0, (%rsp)
	leaq	.LC39(%rip), %rdi
	call	printf@PLT
	movsd	(%rsp), %xmm0
	jmp	.L43
	.p2align 4,,10
	.p2align 3
.L112:
	cvttsd2sil	%xmm0, %esi
	movq	%r13, %rdi
	movl	$1, %eax
	movsd	%xmm0, (%rsp)
	call	printf@PLT
	movsd	(%rsp), %xmm0
	jmp	.L38
	.p2align 4,,10
	.p2align 3
.L111:
	movss	fthree(%rip), %xmm0
	movsd	.LC46(%rip), %xmm6
	leaq	.LC48(%rip), %rdi
	movl	$3, %eax
	movsd	vneg(%rip), %xmm3
	movsd	.LC47(%rip), %xmm1
	movsd	vneg(%rip), %xmm2
	xorpd	.LC1(%rip), %xmm3
	movsd	vneg(%rip), %xmm5
	mulss	.LC45(%rip), %xmm0
	mulsd	%xmm6, %xmm3
	movsd	vneg(%rip), %xmm7
	xorpd	.LC1(%rip), %xmm2
	mulsd	%xmm1, %xmm5
	mulsd	%xmm6, %xmm2
	mulsd	%xmm7, %xmm1
	cvttss2sil	%xmm0, %esi
	cvtss2sd	%xmm0, %xmm0
	cvttsd2sil	%xmm3, %ecx
	cvttsd2sil	%xmm5, %edx
	movzbl	%cl, %ecx
	movswl	%dx, %edx
	call	printf@PLT
	movsd	vzero(%rip), %xmm0
	comisd	.LC41(%rip), %xmm0
	jnb	.L56
	cvttsd2siq	%xmm0, %rax
.L57:
	movabsq	$-9223372036854775807, %rdx
	addq	%rdx, %rax
	js	.L58
	pxor	%xmm2, %xmm2
	cvtsi2sdq	%rax, %xmm2
.L59:
	movq	.LC38(%rip), %rax
	leaq	.LC49(%rip), %rdi
	movq	%rax, %xmm3
	movq	.LC40(%rip), %rax
	movq	%rax, %xmm1
	movq	.LC43(%rip), %rax
	movq	%rax, %xmm0
	movl	$4, %eax
	call	printf@PLT
	movsd	vone(%rip), %xmm1
	movq	.LC50(%rip), %rax
	addsd	%xmm1, %xmm1
	movq	%rax, %xmm0
	call	remainder@PLT
	movsd	vone(%rip), %xmm1
	mulsd	.LC51(%rip), %xmm1
	movq	.LC50(%rip), %rax
	movq	%xmm0, %rbx
	movq	%rax, %xmm0
	call	fmod@PLT
	movq	%rbx, %xmm1
	movl	$2, %eax
	leaq	.LC52(%rip), %rdi
	call	printf@PLT
	movsd	vneg(%rip), %xmm0
	leaq	56(%rsp), %rdi
	call	modf@PLT
	leaq	.LC53(%rip), %rdi
	movl	$2, %eax
	movapd	%xmm0, %xmm1
	movsd	56(%rsp), %xmm0
	call	printf@PLT
	movsd	vone(%rip), %xmm0
	leaq	52(%rsp), %rdi
	mulsd	.LC54(%rip), %xmm0
	call	frexp@PLT
	movl	52(%rsp), %esi
	movl	$2, %eax
	movsd	.LC55(%rip), %xmm1
	leaq	.LC56(%rip), %rdi
	call	printf@PLT
	movq	.LC16(%rip), %rax
	movsd	vone(%rip), %xmm0
	movq	%rax, %xmm1
	call	nextafter@PLT
	xorl	%edx, %edx
	pxor	%xmm3, %xmm3
	movl	$2, %eax
	movsd	vone(%rip), %xmm1
	movsd	vone(%rip), %xmm2
	leaq	.LC60(%rip), %rdi
	mulsd	.LC58(%rip), %xmm2
	addsd	.LC5(%rip), %xmm1
	mulsd	.LC59(%rip), %xmm2
	subsd	.LC5(%rip), %xmm0
	mulsd	.LC3(%rip), %xmm1
	andpd	.LC2(%rip), %xmm1
	ucomisd	.LC3(%rip), %xmm1
	movsd	.LC57(%rip), %xmm1
	seta	%dl
	xorl	%esi, %esi
	comisd	%xmm3, %xmm2
	seta	%sil
	call	printf@PLT
	movsd	vone(%rip), %xmm0
	xorl	%r9d, %r9d
	mulsd	.LC58(%rip), %xmm0
	mulsd	.LC20(%rip), %xmm0
	movapd	%xmm0, %xmm1
	andpd	.LC2(%rip), %xmm1
	ucomisd	.LC3(%rip), %xmm1
	ja	.L60
	ucomisd	%xmm1, %xmm1
	jp	.L60
	comisd	.LC58(%rip), %xmm1
	jnb	.L60
	pxor	%xmm3, %xmm3
	xorl	%r9d, %r9d
	movl	$1, %eax
	ucomisd	%xmm3, %xmm0
	setp	%r9b
	cmovne	%eax, %r9d
.L60:
	movsd	32(%rsp), %xmm0
	andpd	.LC2(%rip), %xmm0
	xorl	%r8d, %r8d
	movsd	40(%rsp), %xmm4
	movsd	vzero(%rip), %xmm1
	ucomisd	%xmm0, %xmm0
	movapd	%xmm1, %xmm0
	andpd	.LC2(%rip), %xmm0
	setp	%r8b
	xorl	%eax, %eax
	ucomisd	%xmm4, %xmm4
	cmovp	%eax, %r14d
	xorl	%edx, %edx
	ucomisd	.LC3(%rip), %xmm0
	ja	.L62
	ucomisd	%xmm0, %xmm0
	jp	.L62
	comisd	.LC58(%rip), %xmm0
	jnb	.L62
	pxor	%xmm0, %xmm0
	xorl	%eax, %eax
	ucomisd	%xmm0, %xmm1
	setnp	%al
	cmove	%eax, %edx
.L62:
	movsd	vone(%rip), %xmm0
	andpd	.LC2(%rip), %xmm0
	ucomisd	.LC3(%rip), %xmm0
	ja	.L68
	ucomisd	%xmm0, %xmm0
	jp	.L68
	xorl	%esi, %esi
	comisd	.LC58(%rip), %xmm0
	setnb	%sil
	jmp	.L63
.L68:
	xorl	%esi, %esi
.L63:
	movl	%r14d, %ecx
	leaq	.LC61(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$264, %rsp
	.cfi_remember_state
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
	.p2align 4,,10
	.p2align 3
.L53:
	.cfi_restore_state
	movapd	%xmm0, %xmm1
	subsd	.LC41(%rip), %xmm1
	cvttsd2siq	%xmm1, %rsi
	btcq	$63, %rsi
	jmp	.L54
.L56:
	subsd	.LC41(%rip), %xmm0
	cvttsd2siq	%xmm0, %rax
	btcq	$63, %rax
	jmp	.L57
.L58:
	movq	%rax, %rdx
	andl	$1, %eax
	pxor	%xmm2, %xmm2
	shrq	%rdx
	orq	%rax, %rdx
	cvtsi2sdq	%rdx, %xmm2
	addsd	%xmm2, %xmm2
	jmp	.L59
.L105:
	movl	%esi, (%rsp)
	movsd	%xmm1, 16(%rsp)
	movsd	%xmm2, 8(%rsp)
	call	sqrt@PLT
	movsd	16(%rsp), %xmm1
	movsd	8(%rsp), %xmm2
	movl	(%rsp), %esi
	jmp	.L32
.L104:
	movapd	%xmm1, %xmm0
	movl	%esi, (%rsp)
	movsd	%xmm2, 8(%rsp)
	call	sqrt@PLT
	movsd	8(%rsp), %xmm2
	movl	(%rsp), %esi
	movapd	%xmm0, %xmm1
	jmp	.L29
.L103:
	movapd	%xmm2, %xmm0
	movl	%esi, (%rsp)
	call	sqrt@PLT
	movl	(%rsp), %esi
	movapd	%xmm0, %xmm2
	jmp	.L26
.L102:
	call	sqrt@PLT
	jmp	.L23
.L101:
	movsd	8(%rsp), %xmm0
	call	sqrt@PLT
	movapd	%xmm0, %xmm2
	jmp	.L20
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.globl	fthree
	.data
	.align 4
	.type	fthree, @object
	.size	fthree, 4
fthree:
	.long	1077936128
	.globl	vneg
	.align 8
	.type	vneg, @object
	.size	vneg, 8
vneg:
	.long	0
	.long	-1073348608
	.globl	vone
	.align 8
	.type	vone, @object
	.size	vone, 8
vone:
	.long	0
	.long	1072693248
	.globl	vzero
	.bss
	.align 8
	.type	vzero, @object
	.size	vzero, 8
vzero:
	.zero	8
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC1:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.align 16
.LC2:
	.long	-1
	.long	2147483647
	.long	0
	.long	0
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC3:
	.long	-1
	.long	2146435071
	.align 8
.LC5:
	.long	0
	.long	1072693248
	.section	.rodata.cst16
	.align 16
.LC8:
	.long	0
	.long	-1074790400
	.long	0
	.long	0
	.align 16
.LC12:
	.long	0
	.long	1074266112
	.long	0
	.long	0
	.set	.LC14,.LC1
	.section	.rodata.cst8
	.align 8
.LC16:
	.long	0
	.long	1073741824
	.align 8
.LC17:
	.long	0
	.long	-1073217536
	.align 8
.LC20:
	.long	0
	.long	1070596096
	.align 8
.LC21:
	.long	536870912
	.long	1107468383
	.section	.rodata.cst16
	.align 16
.LC23:
	.long	0
	.long	-1073479680
	.long	0
	.long	-1074266112
	.align 16
.LC24:
	.long	0
	.long	-1075838976
	.long	0
	.long	1071644672
	.align 16
.LC25:
	.long	0
	.long	1073217536
	.long	0
	.long	1074003968
	.align 16
.LC26:
	.long	-1717986918
	.long	1074108825
	.long	-1717986918
	.long	-1073374823
	.section	.rodata.cst8
	.align 8
.LC27:
	.long	640942084
	.long	1124887541
	.align 8
.LC28:
	.long	0
	.long	1127219200
	.section	.rodata.cst16
	.align 16
.LC30:
	.long	515396076
	.long	1074785157
	.long	515396076
	.long	-1072698491
	.align 16
.LC31:
	.long	-4194304
	.long	1105199103
	.long	0
	.long	-1042284544
	.align 16
.LC32:
	.long	-2097152
	.long	1106247679
	.long	1733216256
	.long	1135329645
	.align 16
.LC33:
	.long	-798530048
	.long	-1008735427
	.long	339255552
	.long	1139751323
	.section	.rodata.cst8
	.align 8
.LC34:
	.long	-652835029
	.long	1072691150
	.set	.LC35,.LC31+8
	.align 8
.LC36:
	.long	0
	.long	1105199104
	.align 8
.LC38:
	.long	0
	.long	1106247680
	.align 8
.LC40:
	.long	0
	.long	-1008730112
	.align 8
.LC41:
	.long	0
	.long	1138753536
	.align 8
.LC43:
	.long	0
	.long	1139802112
	.section	.rodata.cst4,"aM",@progbits,4
	.align 4
.LC45:
	.long	1068708659
	.section	.rodata.cst8
	.align 8
.LC46:
	.long	0
	.long	1079410688
	.align 8
.LC47:
	.long	0
	.long	1079574528
	.align 8
.LC50:
	.long	0
	.long	1075707904
	.align 8
.LC51:
	.long	0
	.long	-1073741824
	.align 8
.LC54:
	.long	0
	.long	1083129856
	.align 8
.LC55:
	.long	0
	.long	1082654720
	.align 8
.LC57:
	.long	0
	.long	1048576000
	.align 8
.LC58:
	.long	0
	.long	1048576
	.set	.LC59,.LC24+8
	.set	.LC62,.LC2
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
