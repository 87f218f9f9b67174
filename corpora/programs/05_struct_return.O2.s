	.file	"05_struct_return.c"
	.text
	.p2align 4
	.globl	make_pair
	.type	make_pair, @function
make_pair:
.LFB11:
	.cfi_startproc
	salq	$32, %rsi
	movl	%edi, %eax
	orq	%rsi, %rax
	ret
	.cfi_endproc
.LFE11:
	.size	make_pair, .-make_pair
	.p2align 4
	.globl	swap_pair
	.type	swap_pair, @function
swap_pair:
.LFB12:
	.cfi_startproc
	movq	%rdi, %rax
	addl	%edi, %edi
	sarq	$32, %rax
	movd	%edi, %xmm1
	movd	%eax, %xmm0
	punpckldq	%xmm1, %xmm0
	movq	%xmm0, %rax
	ret
	.cfi_endproc
.LFE12:
	.size	swap_pair, .-swap_pair
	.p2align 4
	.globl	make_mix
	.type	make_mix, @function
make_mix:
.LFB13:
	.cfi_startproc
	mulsd	.LC0(%rip), %xmm0
	leal	(%rdi,%rdi,2), %eax
	ret
	.cfi_endproc
.LFE13:
	.size	make_mix, .-make_mix
	.p2align 4
	.globl	scale_mix
	.type	scale_mix, @function
scale_mix:
.LFB14:
	.cfi_startproc
	movapd	%xmm0, %xmm1
	pxor	%xmm0, %xmm0
	cvtsi2sdl	%esi, %xmm0
	imull	%edi, %esi
	mulsd	%xmm1, %xmm0
	movl	%esi, %eax
	ret
	.cfi_endproc
.LFE14:
	.size	scale_mix, .-scale_mix
	.p2align 4
	.globl	add_dpair
	.type	add_dpair, @function
add_dpair:
.LFB15:
	.cfi_startproc
	movq	%xmm1, -32(%rsp)
	movq	%xmm0, -40(%rsp)
	movapd	-40(%rsp), %xmm0
	movq	%xmm2, -24(%rsp)
	movq	%xmm3, -16(%rsp)
	subpd	-24(%rsp), %xmm0
	movapd	-24(%rsp), %xmm1
	addpd	-40(%rsp), %xmm1
	movsd	%xmm1, %xmm0
	movaps	%xmm0, -40(%rsp)
	movsd	-32(%rsp), %xmm1
	movsd	-40(%rsp), %xmm0
	ret
	.cfi_endproc
.LFE15:
	.size	add_dpair, .-add_dpair
	.p2align 4
	.globl	make_big
	.type	make_big, @function
make_big:
.LFB16:
	.cfi_startproc
	movq	%rdi, %rax
	leaq	-56(%rsp), %rdx
	leaq	-1(%rsi), %rdi
	leaq	-16(%rsp), %rcx
	.p2align 4,,10
	.p2align 3
.L8:
	movq	%rsi, (%rdx)
	addq	$8, %rdx
	addq	%rdi, %rsi
	cmpq	%rcx, %rdx
	jne	.L8
	movdqa	-56(%rsp), %xmm0
	movdqa	-40(%rsp), %xmm1
	movq	-24(%rsp), %rdx
	movups	%xmm0, (%rax)
	movq	%rdx, 32(%rax)
	movups	%xmm1, 16(%rax)
	ret
	.cfi_endproc
.LFE16:
	.size	make_big, .-make_big
	.p2align 4
	.globl	twist_big
	.type	twist_big, @function
twist_big:
.LFB17:
	.cfi_startproc
	movq	%rdi, %rax
	leaq	8(%rsp), %rdx
	leaq	-56(%rsp), %rcx
	leaq	-32(%rsp), %rdi
	.p2align 4,,10
	.p2align 3
.L11:
	movq	32(%rdx), %r8
	subq	$8, %rdx
	addq	$8, %rcx
	addq	%rsi, %r8
	movq	%r8, -8(%rcx)
	cmpq	%rdi, %rdx
	jne	.L11
	movdqa	-56(%rsp), %xmm0
	movdqa	-40(%rsp), %xmm1
	movq	-24(%rsp), %rdx
	movups	%xmm0, (%rax)
	movq	%rdx, 32(%rax)
	movups	%xmm1, 16(%rax)
	ret
	.cfi_endproc
.LFE17:
	.size	twist_big, .-twist_big
	.p2align 4
	.globl	sum_big
	.type	sum_big, @function
sum_big:
.LFB18:
	.cfi_startproc
	movq	16(%rsp), %rax
	addq	8(%rsp), %rax
	addq	24(%rsp), %rax
	addq	32(%rsp), %rax
	addq	40(%rsp), %rax
	ret
	.cfi_endproc
.LFE18:
	.size	sum_big, .-sum_big
	.p2align 4
	.globl	mid_fpair
	.type	mid_fpair, @function
mid_fpair:
.LFB19:
	.cfi_startproc
	addps	%xmm1, %xmm0
	movq	.LC1(%rip), %xmm1
	mulps	%xmm1, %xmm0
	ret
	.cfi_endproc
.LFE19:
	.size	mid_fpair, .-mid_fpair
	.p2align 4
	.globl	make_cshort
	.type	make_cshort, @function
make_cshort:
.LFB20:
	.cfi_startproc
	movslq	%edi, %rax
	movl	%edi, %edx
	imulq	$1321528399, %rax, %rax
	sarl	$31, %edx
	sarq	$35, %rax
	subl	%edx, %eax
	movl	%edi, %edx
	imull	$26, %eax, %eax
	subl	%eax, %edx
	movzbl	%dl, %eax
	movl	%edi, %edx
	negl	%edx
	imull	$1000, %edi, %edi
	addb	$65, %al
	leal	(%rdx,%rdx,2), %edx
	movzwl	%dx, %edx
	salq	$16, %rdx
	salq	$32, %rdi
	orq	%rdx, %rax
	orq	%rdi, %rax
	ret
	.cfi_endproc
.LFE20:
	.size	make_cshort, .-make_cshort
	.p2align 4
	.globl	combine
	.type	combine, @function
combine:
.LFB21:
	.cfi_startproc
	mulsd	%xmm4, %xmm3
	movq	%rdi, %rax
	movapd	%xmm0, %xmm6
	subq	$48, %rsp
	.cfi_def_cfa_offset 56
	shrq	$32, %rax
	pxor	%xmm0, %xmm0
	movdqu	56(%rsp), %xmm7
	addl	%edi, %eax
	addl	%esi, %eax
	movups	%xmm7, (%rsp)
	cvtsi2sdl	%eax, %xmm0
	movq	88(%rsp), %rax
	movq	%rax, 32(%rsp)
	addsd	%xmm6, %xmm0
	movdqu	72(%rsp), %xmm6
	movups	%xmm6, 16(%rsp)
	call	sum_big
	addsd	%xmm1, %xmm0
	pxor	%xmm1, %xmm1
	addq	$48, %rsp
	.cfi_def_cfa_offset 8
	addsd	%xmm2, %xmm0
	pxor	%xmm2, %xmm2
	cvtsi2sdq	%rax, %xmm2
	addsd	%xmm0, %xmm2
	pxor	%xmm0, %xmm0
	cvtsi2sdl	%edx, %xmm0
	sarq	$32, %rdx
	cvtsi2sdl	%edx, %xmm1
	addsd	%xmm2, %xmm0
	subsd	%xmm1, %xmm0
	pxor	%xmm1, %xmm1
	cvtsi2sdl	%ecx, %xmm1
	addsd	%xmm3, %xmm0
	addsd	%xmm1, %xmm0
	addsd	%xmm5, %xmm0
	ret
	.cfi_endproc
.LFE21:
	.size	combine, .-combine
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC2:
	.string	"pair: %d %d\n"
.LC3:
	.string	"swapped: %d %d\n"
.LC5:
	.string	"mix: %d %.3f\n"
.LC6:
	.string	"scaled: %d %.3f\n"
.LC8:
	.string	"dpair: %.4f %.4f\n"
.LC9:
	.string	"big:"
.LC10:
	.string	" %ld"
.LC11:
	.string	"twisted:"
.LC12:
	.string	"  sum=%ld\n"
.LC13:
	.string	"fpair mid: %.3f %.3f\n"
.LC14:
	.string	"cshort: %c %d %d\n"
.LC16:
	.string	"combine: %.4f\n"
.LC17:
	.string	"chain: %ld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB22:
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
	subq	$232, %rsp
	.cfi_def_cfa_offset 288
	movl	seed(%rip), %r12d
	leaq	32(%rsp), %r15
	leaq	72(%rsp), %r14
	leal	10(%r12), %esi
	movl	%r12d, %edi
	call	make_pair
	leaq	.LC2(%rip), %rdi
	movq	%rax, %rbx
	shrq	$32, %rax
	movq	%rax, %rdx
	movl	%ebx, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movq	%rbx, %rdi
	call	swap_pair
	leaq	.LC3(%rip), %rdi
	movq	%rax, %rbx
	shrq	$32, %rax
	movq	%rax, %rdx
	movl	%ebx, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movsd	.LC4(%rip), %xmm0
	movl	%r12d, %edi
	call	make_mix
	leaq	.LC5(%rip), %rdi
	movl	%eax, %ebp
	movl	%eax, %esi
	movl	$1, %eax
	movsd	%xmm0, (%rsp)
	call	printf@PLT
	movsd	(%rsp), %xmm0
	movl	%ebp, %edi
	movl	$-3, %esi
	leaq	.LC10(%rip), %rbp
	call	scale_mix
	leaq	.LC6(%rip), %rdi
	movl	%eax, %esi
	movq	%rax, %r13
	movl	$1, %eax
	movsd	%xmm0, (%rsp)
	call	printf@PLT
	pxor	%xmm2, %xmm2
	movsd	.LC18(%rip), %xmm0
	movsd	.LC19(%rip), %xmm1
	cvtsi2sdl	%r12d, %xmm2
	mulsd	.LC0(%rip), %xmm2
	movl	$2, %eax
	movsd	.LC7(%rip), %xmm3
	leaq	.LC8(%rip), %rdi
	call	add_dpair
	movsd	%xmm0, 8(%rsp)
	movsd	%xmm1, 16(%rsp)
	call	printf@PLT
	movslq	%r12d, %rsi
	movq	%r15, %rdi
	call	make_big
	leaq	.LC9(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	.p2align 4,,10
	.p2align 3
.L19:
	movq	(%r15), %rsi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$8, %r15
	call	printf@PLT
	cmpq	%r14, %r15
	jne	.L19
	movl	$10, %edi
	leaq	80(%rsp), %r15
	call	putchar@PLT
	subq	$48, %rsp
	.cfi_def_cfa_offset 336
	movl	$100, %esi
	movq	%r15, %rdi
	movdqa	80(%rsp), %xmm5
	movdqa	96(%rsp), %xmm2
	movq	112(%rsp), %rax
	movups	%xmm5, (%rsp)
	movq	%rax, 32(%rsp)
	movups	%xmm2, 16(%rsp)
	call	twist_big
	addq	$48, %rsp
	.cfi_def_cfa_offset 288
	leaq	.LC11(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	leaq	120(%rsp), %r14
	.p2align 4,,10
	.p2align 3
.L20:
	movq	(%r15), %rsi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$8, %r15
	call	printf@PLT
	cmpq	%r15, %r14
	jne	.L20
	subq	$48, %rsp
	.cfi_def_cfa_offset 336
	leaq	.LC12(%rip), %rdi
	movdqa	128(%rsp), %xmm5
	movq	160(%rsp), %rax
	movdqa	144(%rsp), %xmm2
	movups	%xmm5, (%rsp)
	movups	%xmm2, 16(%rsp)
	movq	%rax, 32(%rsp)
	call	sum_big
	addq	$48, %rsp
	.cfi_def_cfa_offset 288
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	pxor	%xmm0, %xmm0
	leaq	.LC13(%rip), %rdi
	movabsq	$-4575657221408423936, %rdx
	cvtsi2ssl	%r12d, %xmm0
	movd	%xmm0, %eax
	orq	%rdx, %rax
	movq	%rax, %xmm1
	movabsq	$4611686019492741120, %rax
	movq	%rax, %xmm0
	call	mid_fpair
	movq	%xmm0, %rax
	movd	%xmm0, 28(%rsp)
	pxor	%xmm0, %xmm0
	movq	%rax, %rcx
	movl	$2, %eax
	cvtss2sd	28(%rsp), %xmm0
	shrq	$32, %rcx
	movq	%rcx, %xmm1
	cvtss2sd	%xmm1, %xmm1
	call	printf@PLT
	leal	30(%r12), %edi
	call	make_cshort
	leaq	.LC14(%rip), %rdi
	movsbl	%al, %esi
	movl	%eax, %edx
	shrq	$32, %rax
	movq	%rax, %rcx
	sarl	$16, %edx
	xorl	%eax, %eax
	call	printf@PLT
	movl	$2, %edi
	movl	$2, %esi
	movsd	.LC15(%rip), %xmm0
	call	make_mix
	movl	$1, %edi
	movq	%rax, %rcx
	movapd	%xmm0, %xmm5
	call	make_pair
	subq	$48, %rsp
	.cfi_def_cfa_offset 336
	movq	%rbx, %rdi
	movl	%r13d, %esi
	movsd	56(%rsp), %xmm1
	movsd	48(%rsp), %xmm0
	movq	%rax, %rdx
	movsd	.LC18(%rip), %xmm3
	movq	160(%rsp), %rax
	movdqa	128(%rsp), %xmm2
	movsd	.LC19(%rip), %xmm4
	movq	%rax, 32(%rsp)
	movups	%xmm2, (%rsp)
	movdqa	144(%rsp), %xmm2
	movups	%xmm2, 16(%rsp)
	movsd	64(%rsp), %xmm2
	call	combine
	addq	$48, %rsp
	.cfi_def_cfa_offset 288
	movl	$1, %eax
	leaq	.LC16(%rip), %rdi
	call	printf@PLT
	leaq	128(%rsp), %rbx
	xorl	%r9d, %r9d
	xorl	%r10d, %r10d
	leaq	176(%rsp), %r11
	.p2align 4,,10
	.p2align 3
.L21:
	movq	%r9, %rsi
	movq	%rbx, %rdi
	call	make_big
	subq	$48, %rsp
	.cfi_def_cfa_offset 336
	movq	%r9, %rsi
	movq	%r11, %rdi
	movq	208(%rsp), %rax
	movdqa	176(%rsp), %xmm6
	movdqa	192(%rsp), %xmm7
	movq	%rax, 32(%rsp)
	movups	%xmm6, (%rsp)
	movups	%xmm7, 16(%rsp)
	call	twist_big
	movq	256(%rsp), %rax
	movl	%r9d, %edi
	negl	%esi
	movdqa	224(%rsp), %xmm4
	addq	$1, %r9
	movdqa	240(%rsp), %xmm3
	movq	%rax, 32(%rsp)
	movups	%xmm4, (%rsp)
	movups	%xmm3, 16(%rsp)
	call	sum_big
	addq	$48, %rsp
	.cfi_def_cfa_offset 288
	movq	%rax, %rdx
	call	make_pair
	movq	%rax, %rdi
	call	swap_pair
	sarq	$32, %rax
	addq	%rdx, %rax
	addq	%rax, %r10
	cmpq	$10, %r9
	jne	.L21
	movq	%r10, %rsi
	leaq	.LC17(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$232, %rsp
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
.LFE22:
	.size	main, .-main
	.globl	seed
	.data
	.align 4
	.type	seed, @object
	.size	seed, 4
seed:
	.long	5
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC0:
	.long	0
	.long	1071644672
	.align 8
.LC1:
	.long	1056964608
	.long	1056964608
	.align 8
.LC4:
	.long	0
	.long	1075707904
	.align 8
.LC7:
	.long	0
	.long	1069547520
	.align 8
.LC15:
	.long	0
	.long	1074266112
	.align 8
.LC18:
	.long	0
	.long	1072955392
	.align 8
.LC19:
	.long	0
	.long	1074003968
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
