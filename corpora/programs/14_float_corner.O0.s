	.file	"14_float_corner.c"
	.text
	.globl	vzero
	.bss
	.align 8
	.type	vzero, @object
	.size	vzero, 8
vzero:
	.zero	8
	.globl	vone
	.data
	.align 8
	.type	vone, @object
	.size	vone, 8
vone:
	.long	0
	.long	1072693248
	.globl	vneg
	.align 8
	.type	vneg, @object
	.size	vneg, 8
vneg:
	.long	0
	.long	-1073348608
	.globl	fthree
	.align 4
	.type	fthree, @object
	.size	fthree, 4
fthree:
	.long	1077936128
	.text
	.globl	cmp_flags
	.type	cmp_flags, @function
cmp_flags:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -8(%rbp)
	movsd	%xmm1, -16(%rbp)
	movsd	-16(%rbp), %xmm0
	comisd	-8(%rbp), %xmm0
	seta	%al
	movzbl	%al, %eax
	movsd	-16(%rbp), %xmm0
	comisd	-8(%rbp), %xmm0
	jb	.L25
	movl	$2, %edx
	jmp	.L4
.L25:
	movl	$0, %edx
.L4:
	orl	%edx, %eax
	movsd	-8(%rbp), %xmm0
	comisd	-16(%rbp), %xmm0
	jbe	.L26
	movl	$4, %edx
	jmp	.L7
.L26:
	movl	$0, %edx
.L7:
	orl	%edx, %eax
	movsd	-8(%rbp), %xmm0
	comisd	-16(%rbp), %xmm0
	jb	.L27
	movl	$8, %edx
	jmp	.L10
.L27:
	movl	$0, %edx
.L10:
	orl	%edx, %eax
	movsd	-8(%rbp), %xmm0
	ucomisd	-16(%rbp), %xmm0
	jp	.L11
	movsd	-8(%rbp), %xmm0
	ucomisd	-16(%rbp), %xmm0
	jne	.L11
	movl	$16, %edx
	jmp	.L13
.L11:
	movl	$0, %edx
.L13:
	orl	%edx, %eax
	movsd	-8(%rbp), %xmm0
	ucomisd	-16(%rbp), %xmm0
	jp	.L24
	movsd	-8(%rbp), %xmm0
	ucomisd	-16(%rbp), %xmm0
	je	.L14
.L24:
	movl	$32, %edx
	jmp	.L16
.L14:
	movl	$0, %edx
.L16:
	orl	%edx, %eax
	movsd	-8(%rbp), %xmm0
	ucomisd	-16(%rbp), %xmm0
	jnp	.L17
	movl	$64, %edx
	jmp	.L18
.L17:
	movl	$0, %edx
.L18:
	orl	%eax, %edx
	movsd	-16(%rbp), %xmm0
	ucomisd	-8(%rbp), %xmm0
	setbe	%al
	xorl	$1, %eax
	movzbl	%al, %eax
	sall	$7, %eax
	orl	%eax, %edx
	movsd	-8(%rbp), %xmm0
	ucomisd	-16(%rbp), %xmm0
	sete	%al
	xorl	$1, %eax
	movzbl	%al, %eax
	sall	$8, %eax
	orl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	cmp_flags, .-cmp_flags
	.globl	pick_max
	.type	pick_max, @function
pick_max:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -8(%rbp)
	movsd	%xmm1, -16(%rbp)
	movsd	-8(%rbp), %xmm0
	comisd	-16(%rbp), %xmm0
	jbe	.L34
	movsd	-8(%rbp), %xmm0
	jmp	.L32
.L34:
	movsd	-16(%rbp), %xmm0
.L32:
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	pick_max, .-pick_max
	.globl	branch_nan
	.type	branch_nan, @function
branch_nan:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0
	ucomisd	-8(%rbp), %xmm0
	jp	.L44
	movl	$1, %eax
	jmp	.L38
.L44:
	pxor	%xmm0, %xmm0
	comisd	-8(%rbp), %xmm0
	jbe	.L45
	movl	$2, %eax
	jmp	.L38
.L45:
	movl	$3, %eax
.L38:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	branch_nan, .-branch_nan
	.section	.rodata
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
.LC10:
	.string	"branch_nan: %d %d %d\n"
	.align 8
.LC11:
	.string	"inf-inf isnan=%d inf*0 isnan=%d\n"
	.align 8
.LC13:
	.string	"-0.0: %f %g signbit=%d eq0=%d 1/-0=%f copysign=%f\n"
	.align 8
.LC14:
	.string	"fabs(-0)=%f neg(0)=%f sqrt(-0)=%f\n"
	.align 8
.LC17:
	.string	"fmin(nan,1)=%f fmax(nan,1)=%f fmin(1,nan)=%f fmin(-3,2)=%f fmax(-3,2)=%f\n"
	.align 8
.LC18:
	.string	"pick_max(nan,1)=%d pick_max(1,nan) isnan=%d\n"
	.align 8
.LC21:
	.string	"sqrt: %.10f %.10f %.10f isnan(sqrt(-1))=%d\n"
	.align 8
.LC31:
	.string	"x=%.1f floor=%.1f ceil=%.1f round=%.1f trunc=%.1f rint=%.1f nearby=%.1f lround=%ld llrint=%lld\n"
.LC42:
	.string	"(int)%g = %d  "
.LC44:
	.string	"(unsigned)%g = %u  "
.LC47:
	.string	"(long)%g = %ld  "
.LC49:
	.string	"(ulong)%g = %lu"
	.align 8
.LC53:
	.string	"(int)%.2ff=%d (short)%.2f=%d (unsigned char)%.2f=%u\n"
	.align 8
.LC54:
	.string	"u64->double=%.1f s64->double=%.1f u64(2^63+1)->double=%.1f u32->float=%.1f\n"
.LC57:
	.string	"fmod=%f remainder=%f modf="
.LC58:
	.string	"%f,%f frexp="
.LC61:
	.string	"%f*2^%d ldexp=%f\n"
	.align 8
.LC64:
	.string	"DBL_MIN/2>0=%d DBL_MAX*2 isinf=%d nextafter(1,2)-1=%g FLT_EPSILON=%g\n"
.LC66:
	.string	"fpclassify: %d %d %d %d %d\n"
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
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$328, %rsp
	.cfi_offset 15, -24
	.cfi_offset 14, -32
	.cfi_offset 13, -40
	.cfi_offset 12, -48
	.cfi_offset 3, -56
	movsd	vzero(%rip), %xmm0
	movsd	vzero(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -72(%rbp)
	movsd	vone(%rip), %xmm0
	movsd	vzero(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -80(%rbp)
	movsd	vone(%rip), %xmm0
	movq	.LC1(%rip), %xmm1
	xorpd	%xmm1, %xmm0
	movsd	vzero(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -88(%rbp)
	movsd	vzero(%rip), %xmm0
	movq	.LC1(%rip), %xmm1
	xorpd	%xmm1, %xmm0
	movsd	%xmm0, -96(%rbp)
	movsd	-80(%rbp), %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm0, %xmm1
	movsd	.LC3(%rip), %xmm0
	ucomisd	%xmm1, %xmm0
	setb	%al
	xorl	$1, %eax
	movzbl	%al, %edi
	movsd	vone(%rip), %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm0, %xmm1
	movsd	.LC3(%rip), %xmm0
	ucomisd	%xmm1, %xmm0
	setb	%al
	xorl	$1, %eax
	movzbl	%al, %esi
	movsd	-88(%rbp), %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm1, %xmm0
	ucomisd	.LC3(%rip), %xmm0
	setbe	%al
	xorl	$1, %eax
	movzbl	%al, %ecx
	movsd	-80(%rbp), %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm1, %xmm0
	ucomisd	.LC3(%rip), %xmm0
	setbe	%al
	xorl	$1, %eax
	movzbl	%al, %edx
	movsd	-72(%rbp), %xmm0
	ucomisd	-72(%rbp), %xmm0
	setp	%al
	movzbl	%al, %eax
	movl	%edi, %r9d
	movl	%esi, %r8d
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	-80(%rbp), %xmm0
	movsd	.LC5(%rip), %xmm1
	movapd	%xmm0, %xmm2
	subsd	%xmm1, %xmm2
	movl	$1, %eax
	movsd	-80(%rbp), %xmm0
	ucomisd	-80(%rbp), %xmm0
	jnp	.L47
	movl	$0, %eax
.L47:
	movzbl	%al, %edx
	movsd	-80(%rbp), %xmm0
	comisd	-88(%rbp), %xmm0
	seta	%al
	movzbl	%al, %ecx
	movsd	-88(%rbp), %xmm0
	movq	-80(%rbp), %rax
	movl	%ecx, %esi
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$3, %eax
	call	printf@PLT
	movsd	-72(%rbp), %xmm0
	comisd	-72(%rbp), %xmm0
	setnb	%al
	movzbl	%al, %edi
	movsd	-72(%rbp), %xmm0
	movsd	.LC5(%rip), %xmm1
	comisd	%xmm1, %xmm0
	seta	%al
	movzbl	%al, %esi
	movsd	.LC5(%rip), %xmm0
	comisd	-72(%rbp), %xmm0
	seta	%al
	movzbl	%al, %ecx
	movl	$1, %eax
	movsd	-72(%rbp), %xmm0
	ucomisd	-72(%rbp), %xmm0
	jp	.L48
	movl	$0, %eax
.L48:
	movzbl	%al, %edx
	movl	$1, %eax
	movsd	-72(%rbp), %xmm0
	ucomisd	-72(%rbp), %xmm0
	jnp	.L49
	movl	$0, %eax
.L49:
	movzbl	%al, %eax
	movl	%edi, %r9d
	movl	%esi, %r8d
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	.LC8(%rip), %xmm0
	movsd	%xmm0, -176(%rbp)
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -168(%rbp)
	movsd	.LC5(%rip), %xmm0
	movsd	%xmm0, -160(%rbp)
	movl	$0, -52(%rbp)
	jmp	.L50
.L51:
	movl	-52(%rbp), %eax
	cltq
	movq	-176(%rbp,%rax,8), %rax
	movsd	-72(%rbp), %xmm0
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	cmp_flags
	movl	%eax, %r12d
	movl	-52(%rbp), %eax
	cltq
	movsd	-176(%rbp,%rax,8), %xmm5
	movsd	%xmm5, -360(%rbp)
	movl	-52(%rbp), %eax
	cltq
	movsd	-176(%rbp,%rax,8), %xmm0
	movq	-72(%rbp), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	cmp_flags
	movl	%eax, %ebx
	movl	-52(%rbp), %eax
	cltq
	movsd	-176(%rbp,%rax,8), %xmm6
	movsd	%xmm6, -368(%rbp)
	movl	-52(%rbp), %eax
	cltq
	movq	-176(%rbp,%rax,8), %rax
	movsd	.LC5(%rip), %xmm0
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	cmp_flags
	movl	%eax, %esi
	movl	-52(%rbp), %eax
	cltq
	movq	-176(%rbp,%rax,8), %rax
	movl	%r12d, %ecx
	movsd	-360(%rbp), %xmm2
	movl	%ebx, %edx
	movsd	-368(%rbp), %xmm1
	movq	%rax, %xmm0
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$3, %eax
	call	printf@PLT
	addl	$1, -52(%rbp)
.L50:
	cmpl	$2, -52(%rbp)
	jle	.L51
	movq	-80(%rbp), %rax
	movq	%rax, %xmm0
	call	branch_nan
	movl	%eax, %r12d
	movq	-72(%rbp), %rax
	movq	%rax, %xmm0
	call	branch_nan
	movl	%eax, %ebx
	movq	.LC5(%rip), %rax
	movq	%rax, %xmm0
	call	branch_nan
	movl	%r12d, %ecx
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	vzero(%rip), %xmm0
	mulsd	-80(%rbp), %xmm0
	ucomisd	%xmm0, %xmm0
	setp	%al
	movzbl	%al, %edx
	movsd	-80(%rbp), %xmm0
	subsd	%xmm0, %xmm0
	ucomisd	%xmm0, %xmm0
	setp	%al
	movzbl	%al, %eax
	movl	%eax, %esi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	-96(%rbp), %xmm0
	movq	.LC12(%rip), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	copysign@PLT
	movq	%xmm0, %rsi
	movsd	vone(%rip), %xmm0
	movapd	%xmm0, %xmm1
	divsd	-96(%rbp), %xmm1
	pxor	%xmm0, %xmm0
	ucomisd	-96(%rbp), %xmm0
	setnp	%al
	movl	$0, %edx
	pxor	%xmm0, %xmm0
	ucomisd	-96(%rbp), %xmm0
	cmovne	%edx, %eax
	movzbl	%al, %edx
	movsd	-96(%rbp), %xmm0
	movmskpd	%xmm0, %eax
	andl	$1, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %ecx
	movsd	-96(%rbp), %xmm0
	movq	-96(%rbp), %rax
	movq	%rsi, %xmm3
	movapd	%xmm1, %xmm2
	movl	%ecx, %esi
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC13(%rip), %rax
	movq	%rax, %rdi
	movl	$4, %eax
	call	printf@PLT
	movq	-96(%rbp), %rax
	movq	%rax, %xmm0
	call	sqrt@PLT
	movq	%xmm0, %rdx
	movsd	vzero(%rip), %xmm0
	movq	.LC1(%rip), %xmm1
	movapd	%xmm0, %xmm3
	xorpd	%xmm1, %xmm3
	movsd	-96(%rbp), %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm1, %xmm0
	movq	%xmm0, %rax
	movq	%rdx, %xmm2
	movapd	%xmm3, %xmm1
	movq	%rax, %xmm0
	leaq	.LC14(%rip), %rax
	movq	%rax, %rdi
	movl	$3, %eax
	call	printf@PLT
	movsd	.LC5(%rip), %xmm0
	movq	-72(%rbp), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	fmin@PLT
	movq	%xmm0, %r12
	movsd	.LC5(%rip), %xmm0
	movq	-72(%rbp), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	fmax@PLT
	movq	%xmm0, %rbx
	movsd	.LC5(%rip), %xmm0
	movq	-72(%rbp), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	fmin@PLT
	movq	%xmm0, %rax
	movsd	.LC15(%rip), %xmm1
	movsd	.LC16(%rip), %xmm0
	movapd	%xmm1, %xmm4
	movapd	%xmm0, %xmm3
	movq	%r12, %xmm2
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC17(%rip), %rax
	movq	%rax, %rdi
	movl	$5, %eax
	call	printf@PLT
	movsd	-72(%rbp), %xmm0
	movq	.LC5(%rip), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	pick_max
	ucomisd	%xmm0, %xmm0
	setp	%al
	movzbl	%al, %ebx
	movsd	.LC5(%rip), %xmm0
	movq	-72(%rbp), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	pick_max
	cvttsd2sil	%xmm0, %eax
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC18(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	vone(%rip), %xmm0
	movq	.LC1(%rip), %xmm1
	xorpd	%xmm1, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	call	sqrt@PLT
	ucomisd	%xmm0, %xmm0
	setp	%al
	movzbl	%al, %ebx
	movsd	vone(%rip), %xmm1
	movsd	.LC19(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	sqrt@PLT
	movq	%xmm0, %r13
	movsd	vone(%rip), %xmm1
	movsd	.LC20(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	sqrt@PLT
	movq	%xmm0, %r12
	movsd	vone(%rip), %xmm0
	addsd	%xmm0, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	call	sqrt@PLT
	movq	%xmm0, %rax
	movl	%ebx, %esi
	movq	%r13, %xmm2
	movq	%r12, %xmm1
	movq	%rax, %xmm0
	leaq	.LC21(%rip), %rax
	movq	%rax, %rdi
	movl	$3, %eax
	call	printf@PLT
	movsd	.LC22(%rip), %xmm0
	movsd	%xmm0, -256(%rbp)
	movsd	.LC23(%rip), %xmm0
	movsd	%xmm0, -248(%rbp)
	movsd	.LC24(%rip), %xmm0
	movsd	%xmm0, -240(%rbp)
	movsd	.LC25(%rip), %xmm0
	movsd	%xmm0, -232(%rbp)
	movsd	.LC26(%rip), %xmm0
	movsd	%xmm0, -224(%rbp)
	movsd	.LC27(%rip), %xmm0
	movsd	%xmm0, -216(%rbp)
	movsd	.LC28(%rip), %xmm0
	movsd	%xmm0, -208(%rbp)
	movsd	.LC29(%rip), %xmm0
	movsd	%xmm0, -200(%rbp)
	movsd	.LC30(%rip), %xmm0
	movsd	%xmm0, -192(%rbp)
	movl	$0, -56(%rbp)
	jmp	.L52
.L53:
	movl	-56(%rbp), %eax
	cltq
	movsd	-256(%rbp,%rax,8), %xmm1
	movsd	vone(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -152(%rbp)
	movq	-152(%rbp), %rax
	movq	%rax, %xmm0
	call	llrint@PLT
	movq	%rax, -360(%rbp)
	movq	-152(%rbp), %rax
	movq	%rax, %xmm0
	call	lround@PLT
	movq	%rax, -368(%rbp)
	movq	-152(%rbp), %rax
	movq	%rax, %xmm0
	call	nearbyint@PLT
	movq	%xmm0, %r15
	movq	-152(%rbp), %rax
	movq	%rax, %xmm0
	call	rint@PLT
	movq	%xmm0, %r14
	movq	-152(%rbp), %rax
	movq	%rax, %xmm0
	call	trunc@PLT
	movq	%xmm0, %r13
	movq	-152(%rbp), %rax
	movq	%rax, %xmm0
	call	round@PLT
	movq	%xmm0, %r12
	movq	-152(%rbp), %rax
	movq	%rax, %xmm0
	call	ceil@PLT
	movq	%xmm0, %rbx
	movq	-152(%rbp), %rax
	movq	%rax, %xmm0
	call	floor@PLT
	movq	%xmm0, %rcx
	movq	-152(%rbp), %rax
	movq	-360(%rbp), %rdx
	movq	-368(%rbp), %rsi
	movq	%r15, %xmm6
	movq	%r14, %xmm5
	movq	%r13, %xmm4
	movq	%r12, %xmm3
	movq	%rbx, %xmm2
	movq	%rcx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC31(%rip), %rax
	movq	%rax, %rdi
	movl	$7, %eax
	call	printf@PLT
	addl	$1, -56(%rbp)
.L52:
	cmpl	$8, -56(%rbp)
	jle	.L53
	movsd	.LC32(%rip), %xmm0
	movsd	%xmm0, -336(%rbp)
	movsd	.LC33(%rip), %xmm0
	movsd	%xmm0, -328(%rbp)
	movsd	.LC34(%rip), %xmm0
	movsd	%xmm0, -320(%rbp)
	movsd	.LC35(%rip), %xmm0
	movsd	%xmm0, -312(%rbp)
	movsd	.LC36(%rip), %xmm0
	movsd	%xmm0, -304(%rbp)
	movsd	.LC37(%rip), %xmm0
	movsd	%xmm0, -296(%rbp)
	movsd	.LC38(%rip), %xmm0
	movsd	%xmm0, -288(%rbp)
	movsd	.LC39(%rip), %xmm0
	movsd	%xmm0, -280(%rbp)
	movsd	.LC40(%rip), %xmm0
	movsd	%xmm0, -272(%rbp)
	movl	$0, -60(%rbp)
	jmp	.L54
.L69:
	movl	-60(%rbp), %eax
	cltq
	movsd	-336(%rbp,%rax,8), %xmm1
	movsd	vone(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -144(%rbp)
	movsd	-144(%rbp), %xmm0
	comisd	.LC35(%rip), %xmm0
	jb	.L55
	movsd	.LC41(%rip), %xmm0
	comisd	-144(%rbp), %xmm0
	jbe	.L55
	movsd	-144(%rbp), %xmm0
	cvttsd2sil	%xmm0, %edx
	movq	-144(%rbp), %rax
	movl	%edx, %esi
	movq	%rax, %xmm0
	leaq	.LC42(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
.L55:
	movsd	-144(%rbp), %xmm0
	pxor	%xmm1, %xmm1
	comisd	%xmm1, %xmm0
	jb	.L58
	movsd	.LC43(%rip), %xmm0
	comisd	-144(%rbp), %xmm0
	jbe	.L58
	movsd	-144(%rbp), %xmm0
	cvttsd2siq	%xmm0, %rax
	movl	%eax, %edx
	movq	-144(%rbp), %rax
	movl	%edx, %esi
	movq	%rax, %xmm0
	leaq	.LC44(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
.L58:
	movsd	-144(%rbp), %xmm0
	comisd	.LC45(%rip), %xmm0
	jb	.L61
	movsd	.LC46(%rip), %xmm0
	comisd	-144(%rbp), %xmm0
	jbe	.L61
	movsd	-144(%rbp), %xmm0
	cvttsd2siq	%xmm0, %rdx
	movq	-144(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %xmm0
	leaq	.LC47(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
.L61:
	movsd	-144(%rbp), %xmm0
	pxor	%xmm1, %xmm1
	comisd	%xmm1, %xmm0
	jb	.L64
	movsd	.LC48(%rip), %xmm0
	comisd	-144(%rbp), %xmm0
	jbe	.L64
	movsd	-144(%rbp), %xmm0
	comisd	.LC46(%rip), %xmm0
	jnb	.L67
	movsd	-144(%rbp), %xmm0
	cvttsd2siq	%xmm0, %rax
	jmp	.L68
.L67:
	movsd	-144(%rbp), %xmm0
	movsd	.LC46(%rip), %xmm1
	subsd	%xmm1, %xmm0
	cvttsd2siq	%xmm0, %rax
	movabsq	$-9223372036854775808, %rdx
	xorq	%rdx, %rax
.L68:
	movq	-144(%rbp), %rdx
	movq	%rax, %rsi
	movq	%rdx, %xmm0
	leaq	.LC49(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
.L64:
	movl	$10, %edi
	call	putchar@PLT
	addl	$1, -60(%rbp)
.L54:
	cmpl	$8, -60(%rbp)
	jle	.L69
	movss	fthree(%rip), %xmm1
	movss	.LC50(%rip), %xmm0
	mulss	%xmm1, %xmm0
	movss	%xmm0, -100(%rbp)
	movsd	vneg(%rip), %xmm0
	movq	.LC1(%rip), %xmm1
	xorpd	%xmm0, %xmm1
	movsd	.LC51(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	cvttsd2sil	%xmm0, %eax
	movzbl	%al, %ecx
	movsd	vneg(%rip), %xmm0
	movq	.LC1(%rip), %xmm1
	xorpd	%xmm0, %xmm1
	movsd	.LC51(%rip), %xmm0
	movapd	%xmm1, %xmm2
	mulsd	%xmm0, %xmm2
	movsd	vneg(%rip), %xmm1
	movsd	.LC52(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	cvttsd2sil	%xmm0, %eax
	movswl	%ax, %edx
	movsd	vneg(%rip), %xmm1
	movsd	.LC52(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movss	-100(%rbp), %xmm1
	cvttss2sil	%xmm1, %esi
	pxor	%xmm5, %xmm5
	cvtss2sd	-100(%rbp), %xmm5
	movq	%xmm5, %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC53(%rip), %rax
	movq	%rax, %rdi
	movl	$3, %eax
	call	printf@PLT
	movq	$-1, -112(%rbp)
	movabsq	$-9223372036854775807, %rax
	movq	%rax, -120(%rbp)
	movsd	vzero(%rip), %xmm0
	comisd	.LC46(%rip), %xmm0
	jnb	.L70
	cvttsd2siq	%xmm0, %rax
	jmp	.L71
.L70:
	movsd	.LC46(%rip), %xmm1
	subsd	%xmm1, %xmm0
	cvttsd2siq	%xmm0, %rax
	movabsq	$-9223372036854775808, %rdx
	xorq	%rdx, %rax
.L71:
	movabsq	$-9223372036854775807, %rdx
	addq	%rdx, %rax
	testq	%rax, %rax
	js	.L72
	pxor	%xmm0, %xmm0
	cvtsi2sdq	%rax, %xmm0
	jmp	.L73
.L72:
	movq	%rax, %rdx
	shrq	%rdx
	andl	$1, %eax
	orq	%rax, %rdx
	pxor	%xmm0, %xmm0
	cvtsi2sdq	%rdx, %xmm0
	addsd	%xmm0, %xmm0
.L73:
	pxor	%xmm4, %xmm4
	cvtsi2sdq	-120(%rbp), %xmm4
	movq	-112(%rbp), %rax
	testq	%rax, %rax
	js	.L74
	pxor	%xmm6, %xmm6
	cvtsi2sdq	%rax, %xmm6
	movq	%xmm6, %rax
	jmp	.L75
.L74:
	movq	%rax, %rdx
	shrq	%rdx
	andl	$1, %eax
	orq	%rax, %rdx
	pxor	%xmm1, %xmm1
	cvtsi2sdq	%rdx, %xmm1
	addsd	%xmm1, %xmm1
	movq	%xmm1, %rax
.L75:
	movsd	.LC43(%rip), %xmm1
	movapd	%xmm1, %xmm3
	movapd	%xmm0, %xmm2
	movapd	%xmm4, %xmm1
	movq	%rax, %xmm0
	leaq	.LC54(%rip), %rax
	movq	%rax, %rdi
	movl	$4, %eax
	call	printf@PLT
	movsd	vone(%rip), %xmm0
	addsd	%xmm0, %xmm0
	movq	.LC55(%rip), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	remainder@PLT
	movq	%xmm0, %rbx
	movsd	vone(%rip), %xmm1
	movsd	.LC56(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movq	.LC55(%rip), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	fmod@PLT
	movq	%xmm0, %rax
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC57(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movq	vneg(%rip), %rax
	leaq	-344(%rbp), %rdx
	movq	%rdx, %rdi
	movq	%rax, %xmm0
	call	modf@PLT
	movq	%xmm0, %rax
	movq	%rax, -128(%rbp)
	movq	-344(%rbp), %rax
	movsd	-128(%rbp), %xmm0
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC58(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movsd	vone(%rip), %xmm1
	movsd	.LC59(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	leaq	-348(%rbp), %rdx
	movq	%rdx, %rdi
	movq	%rax, %xmm0
	call	frexp@PLT
	movq	%xmm0, %rax
	movq	%rax, -136(%rbp)
	movl	-348(%rbp), %edx
	movsd	.LC60(%rip), %xmm0
	movq	-136(%rbp), %rax
	movapd	%xmm0, %xmm1
	movl	%edx, %esi
	movq	%rax, %xmm0
	leaq	.LC61(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movq	vone(%rip), %rax
	movsd	.LC15(%rip), %xmm0
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	nextafter@PLT
	movq	%xmm0, %rax
	movsd	.LC5(%rip), %xmm0
	movq	%rax, %xmm7
	subsd	%xmm0, %xmm7
	movq	%xmm7, %rdx
	movsd	vone(%rip), %xmm1
	movsd	.LC5(%rip), %xmm0
	addsd	%xmm0, %xmm1
	movsd	.LC3(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm1, %xmm0
	ucomisd	.LC3(%rip), %xmm0
	setbe	%al
	xorl	$1, %eax
	testb	%al, %al
	je	.L76
	movl	$1, %ecx
	jmp	.L77
.L76:
	movl	$0, %ecx
.L77:
	movsd	vone(%rip), %xmm1
	movsd	.LC62(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movsd	.LC15(%rip), %xmm1
	divsd	%xmm1, %xmm0
	pxor	%xmm1, %xmm1
	comisd	%xmm1, %xmm0
	seta	%al
	movzbl	%al, %eax
	movsd	.LC63(%rip), %xmm0
	movapd	%xmm0, %xmm1
	movq	%rdx, %xmm0
	movl	%ecx, %edx
	movl	%eax, %esi
	leaq	.LC64(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movsd	vone(%rip), %xmm1
	movsd	.LC62(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movsd	.LC65(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm1, %xmm0
	ucomisd	%xmm0, %xmm0
	jp	.L78
	ucomisd	.LC3(%rip), %xmm0
	ja	.L137
	comisd	.LC62(%rip), %xmm0
	jb	.L138
	movl	$0, %edx
	jmp	.L85
.L138:
	pxor	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	setp	%al
	movl	$1, %edx
	pxor	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	cmovne	%edx, %eax
	movzbl	%al, %edx
	jmp	.L85
.L137:
	movl	$0, %edx
	jmp	.L85
.L78:
	movl	$0, %edx
.L85:
	movsd	-72(%rbp), %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm1, %xmm0
	ucomisd	%xmm0, %xmm0
	jp	.L86
	ucomisd	.LC3(%rip), %xmm0
	ja	.L139
	comisd	.LC62(%rip), %xmm0
	jb	.L140
	movl	$0, %edi
	jmp	.L93
.L140:
	movl	$0, %edi
	jmp	.L93
.L139:
	movl	$0, %edi
	jmp	.L93
.L86:
	movl	$1, %edi
.L93:
	movsd	-80(%rbp), %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm1, %xmm0
	ucomisd	%xmm0, %xmm0
	jp	.L94
	ucomisd	.LC3(%rip), %xmm0
	ja	.L141
	comisd	.LC62(%rip), %xmm0
	jb	.L142
	movl	$0, %ecx
	jmp	.L101
.L142:
	movl	$0, %ecx
	jmp	.L101
.L141:
	movl	$1, %ecx
	jmp	.L101
.L94:
	movl	$0, %ecx
.L101:
	movsd	vzero(%rip), %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm1, %xmm0
	ucomisd	%xmm0, %xmm0
	jp	.L102
	ucomisd	.LC3(%rip), %xmm0
	ja	.L143
	comisd	.LC62(%rip), %xmm0
	jb	.L144
	movl	$0, %eax
	jmp	.L109
.L144:
	pxor	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	setnp	%al
	movl	$0, %esi
	pxor	%xmm1, %xmm1
	ucomisd	%xmm1, %xmm0
	cmovne	%esi, %eax
	movzbl	%al, %eax
	jmp	.L109
.L143:
	movl	$0, %eax
	jmp	.L109
.L102:
	movl	$0, %eax
.L109:
	movsd	vone(%rip), %xmm0
	movq	.LC2(%rip), %xmm1
	andpd	%xmm1, %xmm0
	ucomisd	%xmm0, %xmm0
	jp	.L110
	ucomisd	.LC3(%rip), %xmm0
	ja	.L145
	comisd	.LC62(%rip), %xmm0
	jb	.L146
	movl	$1, %esi
	jmp	.L117
.L146:
	movl	$0, %esi
	jmp	.L117
.L145:
	movl	$0, %esi
	jmp	.L117
.L110:
	movl	$0, %esi
.L117:
	movl	%edx, %r9d
	movl	%edi, %r8d
	movl	%eax, %edx
	leaq	.LC66(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	addq	$328, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.section	.rodata
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
	.align 8
.LC3:
	.long	-1
	.long	2146435071
	.align 8
.LC5:
	.long	0
	.long	1072693248
	.align 8
.LC8:
	.long	0
	.long	-1074790400
	.align 8
.LC12:
	.long	0
	.long	1074266112
	.align 8
.LC15:
	.long	0
	.long	1073741824
	.align 8
.LC16:
	.long	0
	.long	-1073217536
	.align 8
.LC19:
	.long	0
	.long	1070596096
	.align 8
.LC20:
	.long	536870912
	.long	1107468383
	.align 8
.LC22:
	.long	0
	.long	-1073479680
	.align 8
.LC23:
	.long	0
	.long	-1074266112
	.align 8
.LC24:
	.long	0
	.long	-1075838976
	.align 8
.LC25:
	.long	0
	.long	1071644672
	.align 8
.LC26:
	.long	0
	.long	1073217536
	.align 8
.LC27:
	.long	0
	.long	1074003968
	.align 8
.LC28:
	.long	-1717986918
	.long	1074108825
	.align 8
.LC29:
	.long	-1717986918
	.long	-1073374823
	.align 8
.LC30:
	.long	640942084
	.long	1124887541
	.align 8
.LC32:
	.long	515396076
	.long	1074785157
	.align 8
.LC33:
	.long	515396076
	.long	-1072698491
	.align 8
.LC34:
	.long	-4194304
	.long	1105199103
	.align 8
.LC35:
	.long	0
	.long	-1042284544
	.align 8
.LC36:
	.long	-2097152
	.long	1106247679
	.align 8
.LC37:
	.long	1733216256
	.long	1135329645
	.align 8
.LC38:
	.long	-798530048
	.long	-1008735427
	.align 8
.LC39:
	.long	339255552
	.long	1139751323
	.align 8
.LC40:
	.long	-652835029
	.long	1072691150
	.align 8
.LC41:
	.long	0
	.long	1105199104
	.align 8
.LC43:
	.long	0
	.long	1106247680
	.align 8
.LC45:
	.long	0
	.long	-1008730112
	.align 8
.LC46:
	.long	0
	.long	1138753536
	.align 8
.LC48:
	.long	0
	.long	1139802112
	.align 4
.LC50:
	.long	1068708659
	.align 8
.LC51:
	.long	0
	.long	1079410688
	.align 8
.LC52:
	.long	0
	.long	1079574528
	.align 8
.LC55:
	.long	0
	.long	1075707904
	.align 8
.LC56:
	.long	0
	.long	-1073741824
	.align 8
.LC59:
	.long	0
	.long	1083129856
	.align 8
.LC60:
	.long	0
	.long	1082654720
	.align 8
.LC62:
	.long	0
	.long	1048576
	.align 8
.LC63:
	.long	0
	.long	1048576000
	.align 8
.LC65:
	.long	0
	.long	1074790400
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
