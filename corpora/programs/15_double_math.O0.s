	.file	"15_double_math.c"
	.text
	.globl	seed
	.data
	.align 8
	.type	seed, @object
	.size	seed, 8
seed:
	.long	0
	.long	1071644672
	.globl	steps
	.align 4
	.type	steps, @object
	.size	steps, 4
steps:
	.long	12
	.text
	.globl	newton_sqrt
	.type	newton_sqrt, @function
newton_sqrt:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -24(%rbp)
	movsd	-24(%rbp), %xmm0
	movsd	.LC0(%rip), %xmm1
	comisd	%xmm1, %xmm0
	jbe	.L9
	movsd	-24(%rbp), %xmm0
	movsd	.LC1(%rip), %xmm1
	divsd	%xmm1, %xmm0
	jmp	.L4
.L9:
	movsd	.LC0(%rip), %xmm0
.L4:
	movsd	%xmm0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L5
.L6:
	movsd	-24(%rbp), %xmm0
	divsd	-8(%rbp), %xmm0
	movapd	%xmm0, %xmm1
	addsd	-8(%rbp), %xmm1
	movsd	.LC2(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	addl	$1, -12(%rbp)
.L5:
	cmpl	$39, -12(%rbp)
	jle	.L6
	movsd	-8(%rbp), %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	newton_sqrt, .-newton_sqrt
	.globl	series_exp
	.type	series_exp, @function
series_exp:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -40(%rbp)
	movsd	.LC0(%rip), %xmm0
	movsd	%xmm0, -8(%rbp)
	movsd	.LC0(%rip), %xmm0
	movsd	%xmm0, -16(%rbp)
	movl	$1, -20(%rbp)
	jmp	.L11
.L12:
	movsd	-8(%rbp), %xmm0
	mulsd	-40(%rbp), %xmm0
	pxor	%xmm1, %xmm1
	cvtsi2sdl	-20(%rbp), %xmm1
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	movsd	-16(%rbp), %xmm0
	addsd	-8(%rbp), %xmm0
	movsd	%xmm0, -16(%rbp)
	addl	$1, -20(%rbp)
.L11:
	cmpl	$29, -20(%rbp)
	jle	.L12
	movsd	-16(%rbp), %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	series_exp, .-series_exp
	.globl	integrate_sin
	.type	integrate_sin, @function
integrate_sin:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$64, %rsp
	movsd	%xmm0, -40(%rbp)
	movsd	%xmm1, -48(%rbp)
	movl	%edi, -52(%rbp)
	movsd	-48(%rbp), %xmm0
	subsd	-40(%rbp), %xmm0
	pxor	%xmm1, %xmm1
	cvtsi2sdl	-52(%rbp), %xmm1
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -24(%rbp)
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L15
.L16:
	pxor	%xmm1, %xmm1
	cvtsi2sdl	-12(%rbp), %xmm1
	movsd	.LC2(%rip), %xmm0
	addsd	%xmm1, %xmm0
	mulsd	-24(%rbp), %xmm0
	addsd	-40(%rbp), %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	call	sin@PLT
	movsd	-8(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	addl	$1, -12(%rbp)
.L15:
	movl	-12(%rbp), %eax
	cmpl	-52(%rbp), %eax
	jl	.L16
	movsd	-8(%rbp), %xmm0
	mulsd	-24(%rbp), %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	integrate_sin, .-integrate_sin
	.section	.rodata
	.align 8
.LC4:
	.string	"x=%.2f sin=%.6f cos=%.6f exp=%.6f log1p=%.6f atan=%.6f\n"
.LC10:
	.string	"pow: %.6f %.6f %.6f %.6f\n"
.LC13:
	.string	"log: %.6f %.6f %.6f %.6f\n"
	.align 8
.LC16:
	.string	"tan=%.6f atan2=%.6f %.6f %.6f %.6f\n"
	.align 8
.LC19:
	.string	"hypot=%.6f cbrt=%.6f sinh=%.6f cosh=%.6f tanh=%.6f\n"
	.align 8
.LC21:
	.string	"asin=%.6f acos=%.6f expm1=%.6f exp2=%.6f\n"
	.align 8
.LC22:
	.string	"newton_sqrt(2)=%.9f sqrt(2)=%.9f\n"
	.align 8
.LC23:
	.string	"series_exp(1)=%.9f exp(1)=%.9f\n"
.LC25:
	.string	"integral sin 0..pi = %.6f\n"
.LC27:
	.string	"leibniz pi = %.6f\n"
.LC28:
	.string	"compound = %.6f\n"
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
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$64, %rsp
	.cfi_offset 14, -24
	.cfi_offset 13, -32
	.cfi_offset 12, -40
	.cfi_offset 3, -48
	movsd	seed(%rip), %xmm0
	movsd	%xmm0, -80(%rbp)
	movl	$0, -36(%rbp)
	jmp	.L19
.L20:
	pxor	%xmm0, %xmm0
	cvtsi2sdl	-36(%rbp), %xmm0
	movsd	-80(%rbp), %xmm1
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -88(%rbp)
	movq	-88(%rbp), %rax
	movq	%rax, %xmm0
	call	atan@PLT
	movq	%xmm0, %r14
	movq	-88(%rbp), %rax
	movq	%rax, %xmm0
	call	log1p@PLT
	movq	%xmm0, %r13
	movq	-88(%rbp), %rax
	movq	%rax, %xmm0
	call	exp@PLT
	movq	%xmm0, %r12
	movq	-88(%rbp), %rax
	movq	%rax, %xmm0
	call	cos@PLT
	movq	%xmm0, %rbx
	movq	-88(%rbp), %rax
	movq	%rax, %xmm0
	call	sin@PLT
	movq	%xmm0, %rdx
	movq	-88(%rbp), %rax
	movq	%r14, %xmm5
	movq	%r13, %xmm4
	movq	%r12, %xmm3
	movq	%rbx, %xmm2
	movq	%rdx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$6, %eax
	call	printf@PLT
	addl	$1, -36(%rbp)
.L19:
	movl	steps(%rip), %eax
	cmpl	%eax, -36(%rbp)
	jle	.L20
	movsd	-80(%rbp), %xmm1
	movsd	.LC5(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movq	.LC6(%rip), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	pow@PLT
	movq	%xmm0, %r13
	movsd	-80(%rbp), %xmm1
	movsd	.LC7(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movq	.LC8(%rip), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	pow@PLT
	movq	%xmm0, %r12
	movsd	.LC9(%rip), %xmm0
	movq	-80(%rbp), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	pow@PLT
	movq	%xmm0, %rbx
	movsd	-80(%rbp), %xmm1
	movsd	.LC8(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movq	.LC1(%rip), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	pow@PLT
	movq	%xmm0, %rax
	movq	%r13, %xmm3
	movq	%r12, %xmm2
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$4, %eax
	call	printf@PLT
	movq	-80(%rbp), %rax
	movq	%rax, %xmm0
	call	log@PLT
	movq	%xmm0, %r13
	movsd	-80(%rbp), %xmm1
	movsd	.LC11(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	log2@PLT
	movq	%xmm0, %r12
	movsd	-80(%rbp), %xmm1
	movsd	.LC12(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	log10@PLT
	movq	%xmm0, %rbx
	movsd	-80(%rbp), %xmm1
	movsd	.LC8(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	log@PLT
	movq	%xmm0, %rax
	movq	%r13, %xmm3
	movq	%r12, %xmm2
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC13(%rip), %rax
	movq	%rax, %rdi
	movl	$4, %eax
	call	printf@PLT
	movsd	-80(%rbp), %xmm1
	pxor	%xmm0, %xmm0
	mulsd	%xmm1, %xmm0
	movq	.LC14(%rip), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	atan2@PLT
	movq	%xmm0, %r14
	movsd	-80(%rbp), %xmm1
	pxor	%xmm0, %xmm0
	mulsd	%xmm1, %xmm0
	movq	.LC0(%rip), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	atan2@PLT
	movq	%xmm0, %r13
	movsd	-80(%rbp), %xmm0
	movq	.LC15(%rip), %xmm1
	xorpd	%xmm1, %xmm0
	movq	%xmm0, %rax
	movsd	.LC14(%rip), %xmm0
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	atan2@PLT
	movq	%xmm0, %r12
	movsd	.LC14(%rip), %xmm0
	movq	-80(%rbp), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	call	atan2@PLT
	movq	%xmm0, %rbx
	movq	-80(%rbp), %rax
	movq	%rax, %xmm0
	call	tan@PLT
	movq	%xmm0, %rax
	movq	%r14, %xmm4
	movq	%r13, %xmm3
	movq	%r12, %xmm2
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC16(%rip), %rax
	movq	%rax, %rdi
	movl	$5, %eax
	call	printf@PLT
	movq	-80(%rbp), %rax
	movq	%rax, %xmm0
	call	tanh@PLT
	movq	%xmm0, %r14
	movq	-80(%rbp), %rax
	movq	%rax, %xmm0
	call	cosh@PLT
	movq	%xmm0, %r13
	movq	-80(%rbp), %rax
	movq	%rax, %xmm0
	call	sinh@PLT
	movq	%xmm0, %r12
	movsd	-80(%rbp), %xmm1
	movsd	.LC17(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	cbrt@PLT
	movq	%xmm0, %rbx
	movsd	-80(%rbp), %xmm1
	movsd	.LC18(%rip), %xmm0
	movapd	%xmm1, %xmm2
	mulsd	%xmm0, %xmm2
	movsd	-80(%rbp), %xmm1
	movsd	.LC9(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movapd	%xmm2, %xmm1
	movq	%rax, %xmm0
	call	hypot@PLT
	movq	%xmm0, %rax
	movq	%r14, %xmm4
	movq	%r13, %xmm3
	movq	%r12, %xmm2
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC19(%rip), %rax
	movq	%rax, %rdi
	movl	$5, %eax
	call	printf@PLT
	movsd	-80(%rbp), %xmm1
	movsd	.LC20(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	exp2@PLT
	movq	%xmm0, %r13
	movsd	-80(%rbp), %xmm0
	movsd	.LC12(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	call	expm1@PLT
	movq	%xmm0, %r12
	movq	-80(%rbp), %rax
	movq	%rax, %xmm0
	call	acos@PLT
	movq	%xmm0, %rbx
	movq	-80(%rbp), %rax
	movq	%rax, %xmm0
	call	asin@PLT
	movq	%xmm0, %rax
	movq	%r13, %xmm3
	movq	%r12, %xmm2
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC21(%rip), %rax
	movq	%rax, %rdi
	movl	$4, %eax
	call	printf@PLT
	movsd	-80(%rbp), %xmm1
	movsd	.LC18(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	sqrt@PLT
	movq	%xmm0, %rbx
	movsd	-80(%rbp), %xmm1
	movsd	.LC18(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	newton_sqrt
	movq	%xmm0, %rax
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC22(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movsd	-80(%rbp), %xmm0
	addsd	%xmm0, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	call	exp@PLT
	movq	%xmm0, %rbx
	movsd	-80(%rbp), %xmm0
	addsd	%xmm0, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	call	series_exp
	movq	%xmm0, %rax
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC23(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movsd	-80(%rbp), %xmm1
	movsd	.LC24(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movl	$1000, %edi
	movapd	%xmm0, %xmm1
	movq	.LC3(%rip), %rax
	movq	%rax, %xmm0
	call	integrate_sin
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leaq	.LC25(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -48(%rbp)
	movl	$0, -52(%rbp)
	jmp	.L21
.L24:
	movl	-52(%rbp), %eax
	andl	$1, %eax
	testl	%eax, %eax
	je	.L22
	movsd	.LC26(%rip), %xmm0
	jmp	.L23
.L22:
	movsd	.LC18(%rip), %xmm0
.L23:
	movl	-52(%rbp), %eax
	addl	%eax, %eax
	addl	$1, %eax
	pxor	%xmm1, %xmm1
	cvtsi2sdl	%eax, %xmm1
	divsd	%xmm1, %xmm0
	movsd	-48(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -48(%rbp)
	addl	$1, -52(%rbp)
.L21:
	cmpl	$99999, -52(%rbp)
	jle	.L24
	movq	-48(%rbp), %rax
	movq	%rax, %xmm0
	leaq	.LC27(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movsd	.LC12(%rip), %xmm0
	movsd	%xmm0, -64(%rbp)
	movl	$0, -68(%rbp)
	jmp	.L25
.L26:
	movsd	-80(%rbp), %xmm0
	movsd	.LC8(%rip), %xmm2
	movapd	%xmm0, %xmm1
	divsd	%xmm2, %xmm1
	movsd	.LC0(%rip), %xmm0
	addsd	%xmm1, %xmm0
	movsd	-64(%rbp), %xmm1
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -64(%rbp)
	addl	$1, -68(%rbp)
.L25:
	cmpl	$29, -68(%rbp)
	jle	.L26
	movq	-64(%rbp), %rax
	movq	%rax, %xmm0
	leaq	.LC28(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	$0, %eax
	addq	$64, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.section	.rodata
	.align 8
.LC0:
	.long	0
	.long	1072693248
	.align 8
.LC1:
	.long	0
	.long	1073741824
	.align 8
.LC2:
	.long	0
	.long	1071644672
	.align 8
.LC3:
	.long	0
	.long	0
	.align 8
.LC5:
	.long	0
	.long	1086556160
	.align 8
.LC6:
	.long	-611603343
	.long	1072693352
	.align 8
.LC7:
	.long	0
	.long	-1073217536
	.align 8
.LC8:
	.long	0
	.long	1076101120
	.align 8
.LC9:
	.long	0
	.long	1074266112
	.align 8
.LC11:
	.long	0
	.long	1078984704
	.align 8
.LC12:
	.long	0
	.long	1083129856
	.align 8
.LC14:
	.long	0
	.long	-1074790400
	.align 16
.LC15:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.align 8
.LC17:
	.long	0
	.long	-1069875200
	.align 8
.LC18:
	.long	0
	.long	1074790400
	.align 8
.LC20:
	.long	0
	.long	1075576832
	.align 8
.LC24:
	.long	1413754136
	.long	1075388923
	.align 8
.LC26:
	.long	0
	.long	-1072693248
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
