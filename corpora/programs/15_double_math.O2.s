	.file	"15_double_math.c"
	.text
	.p2align 4
	.globl	newton_sqrt
	.type	newton_sqrt, @function
newton_sqrt:
.LFB11:
	.cfi_startproc
	comisd	.LC0(%rip), %xmm0
	movapd	%xmm0, %xmm2
	jbe	.L8
	movsd	.LC1(%rip), %xmm3
	mulsd	%xmm3, %xmm0
.L2:
	movl	$40, %eax
	.p2align 4,,10
	.p2align 3
.L4:
	movapd	%xmm2, %xmm1
	divsd	%xmm0, %xmm1
	addsd	%xmm1, %xmm0
	mulsd	%xmm3, %xmm0
	subl	$1, %eax
	jne	.L4
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	movq	.LC0(%rip), %rax
	movsd	.LC1(%rip), %xmm3
	movq	%rax, %xmm0
	jmp	.L2
	.cfi_endproc
.LFE11:
	.size	newton_sqrt, .-newton_sqrt
	.p2align 4
	.globl	series_exp
	.type	series_exp, @function
series_exp:
.LFB12:
	.cfi_startproc
	movapd	%xmm0, %xmm3
	movsd	.LC0(%rip), %xmm0
	movl	$1, %eax
	movapd	%xmm0, %xmm1
	.p2align 4,,10
	.p2align 3
.L11:
	mulsd	%xmm3, %xmm1
	pxor	%xmm2, %xmm2
	cvtsi2sdl	%eax, %xmm2
	addl	$1, %eax
	divsd	%xmm2, %xmm1
	addsd	%xmm1, %xmm0
	cmpl	$30, %eax
	jne	.L11
	ret
	.cfi_endproc
.LFE12:
	.size	series_exp, .-series_exp
	.p2align 4
	.globl	integrate_sin
	.type	integrate_sin, @function
integrate_sin:
.LFB13:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	subsd	%xmm0, %xmm1
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	subq	$40, %rsp
	.cfi_def_cfa_offset 64
	movsd	%xmm0, 24(%rsp)
	pxor	%xmm0, %xmm0
	cvtsi2sdl	%edi, %xmm0
	divsd	%xmm0, %xmm1
	movsd	%xmm1, 16(%rsp)
	testl	%edi, %edi
	jle	.L16
	movl	%edi, %ebp
	xorl	%ebx, %ebx
	pxor	%xmm1, %xmm1
	.p2align 4,,10
	.p2align 3
.L15:
	pxor	%xmm0, %xmm0
	movsd	%xmm1, 8(%rsp)
	cvtsi2sdl	%ebx, %xmm0
	addsd	.LC1(%rip), %xmm0
	addl	$1, %ebx
	mulsd	16(%rsp), %xmm0
	addsd	24(%rsp), %xmm0
	call	sin@PLT
	movsd	8(%rsp), %xmm1
	addsd	%xmm0, %xmm1
	cmpl	%ebx, %ebp
	jne	.L15
.L14:
	movsd	16(%rsp), %xmm0
	addq	$40, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	mulsd	%xmm1, %xmm0
	ret
	.p2align 4,,10
	.p2align 3
.L16:
	.cfi_restore_state
	pxor	%xmm1, %xmm1
	jmp	.L14
	.cfi_endproc
.LFE13:
	.size	integrate_sin, .-integrate_sin
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC6:
	.string	"x=%.2f sin=%.6f cos=%.6f exp=%.6f log1p=%.6f atan=%.6f\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC13:
	.string	"pow: %.6f %.6f %.6f %.6f\n"
.LC15:
	.string	"log: %.6f %.6f %.6f %.6f\n"
	.section	.rodata.str1.8
	.align 8
.LC18:
	.string	"tan=%.6f atan2=%.6f %.6f %.6f %.6f\n"
	.align 8
.LC20:
	.string	"hypot=%.6f cbrt=%.6f sinh=%.6f cosh=%.6f tanh=%.6f\n"
	.align 8
.LC22:
	.string	"asin=%.6f acos=%.6f expm1=%.6f exp2=%.6f\n"
	.align 8
.LC23:
	.string	"newton_sqrt(2)=%.9f sqrt(2)=%.9f\n"
	.align 8
.LC24:
	.string	"series_exp(1)=%.9f exp(1)=%.9f\n"
	.section	.rodata.str1.1
.LC26:
	.string	"integral sin 0..pi = %.6f\n"
.LC27:
	.string	"leibniz pi = %.6f\n"
.LC28:
	.string	"compound = %.6f\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	subq	$64, %rsp
	.cfi_def_cfa_offset 112
	movsd	seed(%rip), %xmm6
	movl	steps(%rip), %eax
	movsd	%xmm6, (%rsp)
	testl	%eax, %eax
	js	.L20
	xorl	%r13d, %r13d
	leaq	56(%rsp), %r12
	leaq	48(%rsp), %rbp
	leaq	.LC6(%rip), %rbx
	.p2align 4,,10
	.p2align 3
.L21:
	pxor	%xmm0, %xmm0
	movq	%rbp, %rsi
	movq	%r12, %rdi
	cvtsi2sdl	%r13d, %xmm0
	mulsd	(%rsp), %xmm0
	addl	$1, %r13d
	movq	%xmm0, %r14
	call	sincos@PLT
	movsd	48(%rsp), %xmm2
	movsd	56(%rsp), %xmm1
	movq	%r14, %xmm0
	movsd	%xmm2, 32(%rsp)
	movsd	%xmm1, 24(%rsp)
	call	atan@PLT
	movsd	%xmm0, 16(%rsp)
	movq	%r14, %xmm0
	call	log1p@PLT
	movsd	%xmm0, 8(%rsp)
	movq	%r14, %xmm0
	call	exp@PLT
	movsd	16(%rsp), %xmm5
	movq	%rbx, %rdi
	movsd	8(%rsp), %xmm4
	movsd	32(%rsp), %xmm2
	movsd	24(%rsp), %xmm1
	movapd	%xmm0, %xmm3
	movl	$6, %eax
	movq	%r14, %xmm0
	call	printf@PLT
	movl	steps(%rip), %eax
	cmpl	%r13d, %eax
	jge	.L21
.L20:
	movsd	(%rsp), %xmm1
	mulsd	.LC7(%rip), %xmm1
	movsd	.LC8(%rip), %xmm0
	call	pow@PLT
	movsd	(%rsp), %xmm7
	mulsd	.LC9(%rip), %xmm7
	movq	.LC10(%rip), %rax
	movsd	%xmm0, 16(%rsp)
	movq	%rax, %xmm0
	movapd	%xmm7, %xmm1
	movsd	%xmm7, 40(%rsp)
	call	pow@PLT
	movsd	.LC11(%rip), %xmm1
	movsd	%xmm0, 8(%rsp)
	movsd	(%rsp), %xmm0
	call	pow@PLT
	movsd	.LC10(%rip), %xmm4
	mulsd	(%rsp), %xmm4
	movq	%xmm0, %rbx
	movsd	.LC12(%rip), %xmm0
	movapd	%xmm4, %xmm1
	movsd	%xmm4, 32(%rsp)
	call	pow@PLT
	movsd	16(%rsp), %xmm3
	movsd	8(%rsp), %xmm2
	movq	%rbx, %xmm1
	leaq	.LC13(%rip), %rdi
	movl	$4, %eax
	call	printf@PLT
	movsd	(%rsp), %xmm0
	call	log@PLT
	movsd	%xmm0, 24(%rsp)
	movsd	(%rsp), %xmm0
	mulsd	.LC14(%rip), %xmm0
	call	log2@PLT
	movsd	.LC5(%rip), %xmm6
	mulsd	(%rsp), %xmm6
	movsd	%xmm0, 16(%rsp)
	movapd	%xmm6, %xmm0
	call	log10@PLT
	movsd	32(%rsp), %xmm4
	movsd	%xmm0, 8(%rsp)
	movapd	%xmm4, %xmm0
	call	log@PLT
	movsd	24(%rsp), %xmm3
	movsd	16(%rsp), %xmm2
	leaq	.LC15(%rip), %rdi
	movsd	8(%rsp), %xmm1
	movl	$4, %eax
	call	printf@PLT
	movsd	(%rsp), %xmm1
	pxor	%xmm8, %xmm8
	movq	.LC16(%rip), %rax
	mulsd	%xmm8, %xmm1
	movq	%rax, %xmm0
	movsd	%xmm1, 8(%rsp)
	call	atan2@PLT
	movq	.LC0(%rip), %rax
	movsd	8(%rsp), %xmm1
	movsd	%xmm0, 32(%rsp)
	movq	%rax, %xmm0
	call	atan2@PLT
	movq	.LC16(%rip), %rax
	movsd	%xmm0, 24(%rsp)
	movsd	(%rsp), %xmm0
	xorpd	.LC17(%rip), %xmm0
	movq	%rax, %xmm1
	call	atan2@PLT
	movq	.LC16(%rip), %rax
	movsd	%xmm0, 16(%rsp)
	movsd	(%rsp), %xmm0
	movq	%rax, %xmm1
	call	atan2@PLT
	movsd	%xmm0, 8(%rsp)
	movsd	(%rsp), %xmm0
	call	tan@PLT
	movsd	32(%rsp), %xmm4
	movl	$5, %eax
	movsd	24(%rsp), %xmm3
	movsd	16(%rsp), %xmm2
	movsd	8(%rsp), %xmm1
	leaq	.LC18(%rip), %rdi
	call	printf@PLT
	movsd	(%rsp), %xmm0
	call	tanh@PLT
	movsd	%xmm0, 24(%rsp)
	movsd	(%rsp), %xmm0
	call	cosh@PLT
	movsd	%xmm0, 16(%rsp)
	movsd	(%rsp), %xmm0
	call	sinh@PLT
	movsd	%xmm0, 8(%rsp)
	movsd	(%rsp), %xmm0
	mulsd	.LC19(%rip), %xmm0
	call	cbrt@PLT
	movsd	(%rsp), %xmm6
	movsd	.LC4(%rip), %xmm5
	movsd	40(%rsp), %xmm7
	movq	%xmm0, %rbx
	mulsd	%xmm5, %xmm6
	movapd	%xmm7, %xmm0
	movapd	%xmm6, %xmm1
	movsd	%xmm6, 32(%rsp)
	call	hypot@PLT
	movsd	24(%rsp), %xmm4
	movsd	16(%rsp), %xmm3
	movq	%rbx, %xmm1
	movsd	8(%rsp), %xmm2
	leaq	.LC20(%rip), %rdi
	movl	$5, %eax
	call	printf@PLT
	movsd	(%rsp), %xmm0
	mulsd	.LC21(%rip), %xmm0
	call	exp2@PLT
	movsd	%xmm0, 24(%rsp)
	movsd	(%rsp), %xmm0
	divsd	.LC5(%rip), %xmm0
	call	expm1@PLT
	movsd	%xmm0, 16(%rsp)
	movsd	(%rsp), %xmm0
	call	acos@PLT
	movsd	%xmm0, 8(%rsp)
	movsd	(%rsp), %xmm0
	call	asin@PLT
	movsd	24(%rsp), %xmm3
	movsd	16(%rsp), %xmm2
	leaq	.LC22(%rip), %rdi
	movsd	8(%rsp), %xmm1
	movl	$4, %eax
	call	printf@PLT
	movsd	32(%rsp), %xmm6
	pxor	%xmm8, %xmm8
	ucomisd	%xmm6, %xmm8
	ja	.L33
	movapd	%xmm6, %xmm1
	sqrtsd	%xmm1, %xmm1
.L24:
	movapd	%xmm6, %xmm0
	movsd	%xmm1, 8(%rsp)
	leaq	.LC23(%rip), %rdi
	call	newton_sqrt
	movsd	8(%rsp), %xmm1
	movl	$2, %eax
	call	printf@PLT
	movsd	(%rsp), %xmm6
	movapd	%xmm6, %xmm2
	addsd	%xmm6, %xmm2
	movapd	%xmm2, %xmm0
	movsd	%xmm2, 16(%rsp)
	call	exp@PLT
	movsd	16(%rsp), %xmm2
	leaq	.LC24(%rip), %rdi
	movsd	%xmm0, 8(%rsp)
	movapd	%xmm2, %xmm0
	call	series_exp
	movsd	8(%rsp), %xmm1
	movl	$2, %eax
	call	printf@PLT
	movsd	(%rsp), %xmm1
	movl	$1000, %edi
	pxor	%xmm0, %xmm0
	mulsd	.LC25(%rip), %xmm1
	call	integrate_sin
	leaq	.LC26(%rip), %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	$1, %edx
	xorl	%eax, %eax
	pxor	%xmm1, %xmm1
	movq	.LC4(%rip), %rcx
	movsd	.LC3(%rip), %xmm3
	movq	%rcx, %xmm5
	.p2align 4,,10
	.p2align 3
.L26:
	movapd	%xmm3, %xmm0
	testb	$1, %al
	jne	.L25
	movapd	%xmm5, %xmm0
.L25:
	pxor	%xmm2, %xmm2
	addl	$1, %eax
	cvtsi2sdl	%edx, %xmm2
	addl	$2, %edx
	divsd	%xmm2, %xmm0
	addsd	%xmm0, %xmm1
	cmpl	$100000, %eax
	jne	.L26
	movapd	%xmm1, %xmm0
	leaq	.LC27(%rip), %rdi
	movl	$1, %eax
	call	printf@PLT
	movsd	(%rsp), %xmm0
	movl	$30, %eax
	movq	.LC5(%rip), %rcx
	divsd	.LC10(%rip), %xmm0
	addsd	.LC0(%rip), %xmm0
	movq	%rcx, %xmm1
	.p2align 4,,10
	.p2align 3
.L27:
	mulsd	%xmm0, %xmm1
	subl	$1, %eax
	jne	.L27
	movapd	%xmm1, %xmm0
	leaq	.LC28(%rip), %rdi
	movl	$1, %eax
	call	printf@PLT
	addq	$64, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
.L33:
	.cfi_restore_state
	movapd	%xmm6, %xmm0
	movsd	%xmm6, 8(%rsp)
	call	sqrt@PLT
	movsd	8(%rsp), %xmm6
	movapd	%xmm0, %xmm1
	jmp	.L24
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.globl	steps
	.data
	.align 4
	.type	steps, @object
	.size	steps, 4
steps:
	.long	12
	.globl	seed
	.align 8
	.type	seed, @object
	.size	seed, 8
seed:
	.long	0
	.long	1071644672
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC0:
	.long	0
	.long	1072693248
	.align 8
.LC1:
	.long	0
	.long	1071644672
	.align 8
.LC3:
	.long	0
	.long	-1072693248
	.align 8
.LC4:
	.long	0
	.long	1074790400
	.align 8
.LC5:
	.long	0
	.long	1083129856
	.align 8
.LC7:
	.long	0
	.long	1086556160
	.align 8
.LC8:
	.long	-611603343
	.long	1072693352
	.align 8
.LC9:
	.long	0
	.long	-1073217536
	.align 8
.LC10:
	.long	0
	.long	1076101120
	.align 8
.LC11:
	.long	0
	.long	1074266112
	.align 8
.LC12:
	.long	0
	.long	1073741824
	.align 8
.LC14:
	.long	0
	.long	1078984704
	.align 8
.LC16:
	.long	0
	.long	-1074790400
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC17:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.section	.rodata.cst8
	.align 8
.LC19:
	.long	0
	.long	-1069875200
	.align 8
.LC21:
	.long	0
	.long	1075576832
	.align 8
.LC25:
	.long	1413754136
	.long	1075388923
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
