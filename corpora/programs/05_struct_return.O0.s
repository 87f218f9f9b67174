	.file	"05_struct_return.c"
	.text
	.globl	seed
	.data
	.align 4
	.type	seed, @object
	.size	seed, 4
seed:
	.long	5
	.text
	.globl	make_pair
	.type	make_pair, @function
make_pair:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	%esi, -24(%rbp)
	movl	-20(%rbp), %eax
	movl	%eax, -8(%rbp)
	movl	-24(%rbp), %eax
	movl	%eax, -4(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	make_pair, .-make_pair
	.globl	swap_pair
	.type	swap_pair, @function
swap_pair:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	-20(%rbp), %eax
	movl	%eax, -8(%rbp)
	movl	-24(%rbp), %eax
	addl	%eax, %eax
	movl	%eax, -4(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	swap_pair, .-swap_pair
	.globl	make_mix
	.type	make_mix, @function
make_mix:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	movl	%edi, -36(%rbp)
	movsd	%xmm0, -48(%rbp)
	movl	-36(%rbp), %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	movl	%eax, -32(%rbp)
	movsd	-48(%rbp), %xmm0
	movsd	.LC0(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -24(%rbp)
	movq	-32(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rax, %rsi
	movq	%rdx, %rdi
	movl	%ecx, %eax
	movq	%rdi, %rdx
	movq	%rdx, %xmm0
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	make_mix, .-make_mix
	.globl	scale_mix
	.type	scale_mix, @function
scale_mix:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	movl	%edi, %eax
	movq	%xmm0, %rcx
	movq	%rcx, %rdx
	movq	%rax, -32(%rbp)
	movq	%rdx, -24(%rbp)
	movl	%esi, -36(%rbp)
	movl	-32(%rbp), %eax
	imull	-36(%rbp), %eax
	movl	%eax, -32(%rbp)
	movsd	-24(%rbp), %xmm1
	pxor	%xmm0, %xmm0
	cvtsi2sdl	-36(%rbp), %xmm0
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -24(%rbp)
	movq	-32(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rax, %rsi
	movq	%rdx, %rdi
	movl	%ecx, %eax
	movq	%rdi, %rdx
	movq	%rdx, %xmm0
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	scale_mix, .-scale_mix
	.globl	add_dpair
	.type	add_dpair, @function
add_dpair:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	movq	%xmm0, %rcx
	movapd	%xmm1, %xmm0
	movl	$0, %eax
	movl	$0, %edx
	movq	%rcx, %rax
	movq	%xmm0, %rdx
	movq	%rax, -48(%rbp)
	movq	%rdx, -40(%rbp)
	movapd	%xmm2, %xmm1
	movapd	%xmm3, %xmm0
	movl	$0, %eax
	movl	$0, %edx
	movq	%xmm1, %rax
	movq	%xmm0, %rdx
	movq	%rax, -64(%rbp)
	movq	%rdx, -56(%rbp)
	movsd	-48(%rbp), %xmm1
	movsd	-64(%rbp), %xmm0
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -32(%rbp)
	movsd	-40(%rbp), %xmm0
	movsd	-56(%rbp), %xmm1
	subsd	%xmm1, %xmm0
	movsd	%xmm0, -24(%rbp)
	movq	-32(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rax, %rsi
	movq	%rdx, %rdi
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rsi, %rax
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	add_dpair, .-add_dpair
	.globl	make_big
	.type	make_big, @function
make_big:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	movq	%rdi, -72(%rbp)
	movq	%rsi, -80(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L12
.L13:
	movl	-20(%rbp), %eax
	addl	$1, %eax
	cltq
	imulq	-80(%rbp), %rax
	movq	%rax, %rdx
	movl	-20(%rbp), %eax
	cltq
	subq	%rax, %rdx
	movl	-20(%rbp), %eax
	cltq
	movq	%rdx, -64(%rbp,%rax,8)
	addl	$1, -20(%rbp)
.L12:
	cmpl	$4, -20(%rbp)
	jle	.L13
	movq	-72(%rbp), %rax
	movq	-64(%rbp), %rcx
	movq	-56(%rbp), %rbx
	movq	%rcx, (%rax)
	movq	%rbx, 8(%rax)
	movq	-48(%rbp), %rcx
	movq	-40(%rbp), %rbx
	movq	%rcx, 16(%rax)
	movq	%rbx, 24(%rax)
	movq	-32(%rbp), %rdx
	movq	%rdx, 32(%rax)
	movq	-72(%rbp), %rax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	make_big, .-make_big
	.globl	twist_big
	.type	twist_big, @function
twist_big:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	movq	%rdi, -72(%rbp)
	movq	%rsi, -80(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L16
.L17:
	movl	$4, %eax
	subl	-20(%rbp), %eax
	cltq
	movq	16(%rbp,%rax,8), %rdx
	movq	-80(%rbp), %rax
	addq	%rax, %rdx
	movl	-20(%rbp), %eax
	cltq
	movq	%rdx, -64(%rbp,%rax,8)
	addl	$1, -20(%rbp)
.L16:
	cmpl	$4, -20(%rbp)
	jle	.L17
	movq	-72(%rbp), %rax
	movq	-64(%rbp), %rcx
	movq	-56(%rbp), %rbx
	movq	%rcx, (%rax)
	movq	%rbx, 8(%rax)
	movq	-48(%rbp), %rcx
	movq	-40(%rbp), %rbx
	movq	%rcx, 16(%rax)
	movq	%rbx, 24(%rax)
	movq	-32(%rbp), %rdx
	movq	%rdx, 32(%rax)
	movq	-72(%rbp), %rax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	twist_big, .-twist_big
	.globl	sum_big
	.type	sum_big, @function
sum_big:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	$0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L20
.L21:
	movl	-12(%rbp), %eax
	cltq
	movq	16(%rbp,%rax,8), %rax
	addq	%rax, -8(%rbp)
	addl	$1, -12(%rbp)
.L20:
	cmpl	$4, -12(%rbp)
	jle	.L21
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	sum_big, .-sum_big
	.globl	mid_fpair
	.type	mid_fpair, @function
mid_fpair:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%xmm0, -24(%rbp)
	movq	%xmm1, -32(%rbp)
	movss	-24(%rbp), %xmm1
	movss	-32(%rbp), %xmm0
	addss	%xmm0, %xmm1
	movss	.LC1(%rip), %xmm0
	mulss	%xmm1, %xmm0
	movss	%xmm0, -8(%rbp)
	movss	-20(%rbp), %xmm1
	movss	-28(%rbp), %xmm0
	addss	%xmm0, %xmm1
	movss	.LC1(%rip), %xmm0
	mulss	%xmm1, %xmm0
	movss	%xmm0, -4(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	mid_fpair, .-mid_fpair
	.globl	make_cshort
	.type	make_cshort, @function
make_cshort:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	-20(%rbp), %eax
	movslq	%eax, %rdx
	imulq	$1321528399, %rdx, %rdx
	shrq	$32, %rdx
	sarl	$3, %edx
	movl	%eax, %ecx
	sarl	$31, %ecx
	subl	%ecx, %edx
	imull	$26, %edx, %ecx
	subl	%ecx, %eax
	movl	%eax, %edx
	movl	%edx, %eax
	addl	$65, %eax
	movb	%al, -8(%rbp)
	movl	-20(%rbp), %eax
	negl	%eax
	movl	%eax, %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	movw	%ax, -6(%rbp)
	movl	-20(%rbp), %eax
	imull	$1000, %eax, %eax
	movl	%eax, -4(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	make_cshort, .-make_cshort
	.globl	combine
	.type	combine, @function
combine:
.LFB10:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$104, %rsp
	.cfi_offset 3, -24
	movq	%rdi, -24(%rbp)
	movq	%xmm0, %r8
	movq	%r8, %rdi
	movq	%rsi, -48(%rbp)
	movq	%rdi, -40(%rbp)
	movapd	%xmm2, %xmm0
	movl	$0, %esi
	movl	$0, %edi
	movq	%xmm1, %rsi
	movq	%xmm0, %rdi
	movq	%rsi, -64(%rbp)
	movq	%rdi, -56(%rbp)
	movq	%rdx, -32(%rbp)
	movapd	%xmm3, %xmm1
	movapd	%xmm4, %xmm0
	movl	$0, %eax
	movl	$0, %edx
	movq	%xmm1, %rax
	movq	%xmm0, %rdx
	movq	%rax, -80(%rbp)
	movq	%rdx, -72(%rbp)
	movl	%ecx, %eax
	movapd	%xmm5, %xmm0
	movq	%xmm0, %rdx
	movq	%rax, -96(%rbp)
	movq	%rdx, -88(%rbp)
	movl	-24(%rbp), %edx
	movl	-20(%rbp), %eax
	addl	%eax, %edx
	movl	-48(%rbp), %eax
	addl	%edx, %eax
	pxor	%xmm1, %xmm1
	cvtsi2sdl	%eax, %xmm1
	movsd	-40(%rbp), %xmm0
	addsd	%xmm0, %xmm1
	movsd	-64(%rbp), %xmm0
	addsd	%xmm0, %xmm1
	movsd	-56(%rbp), %xmm0
	addsd	%xmm0, %xmm1
	movsd	%xmm1, -104(%rbp)
	subq	$40, %rsp
	movq	%rsp, %rax
	movq	16(%rbp), %rcx
	movq	24(%rbp), %rbx
	movq	%rcx, (%rax)
	movq	%rbx, 8(%rax)
	movq	32(%rbp), %rcx
	movq	40(%rbp), %rbx
	movq	%rcx, 16(%rax)
	movq	%rbx, 24(%rax)
	movq	48(%rbp), %rdx
	movq	%rdx, 32(%rax)
	call	sum_big
	addq	$40, %rsp
	pxor	%xmm0, %xmm0
	cvtsi2sdq	%rax, %xmm0
	movsd	-104(%rbp), %xmm1
	addsd	%xmm0, %xmm1
	movl	-32(%rbp), %eax
	pxor	%xmm0, %xmm0
	cvtsi2sdl	%eax, %xmm0
	addsd	%xmm1, %xmm0
	movl	-28(%rbp), %eax
	pxor	%xmm2, %xmm2
	cvtsi2sdl	%eax, %xmm2
	movapd	%xmm0, %xmm1
	subsd	%xmm2, %xmm1
	movsd	-80(%rbp), %xmm2
	movsd	-72(%rbp), %xmm0
	mulsd	%xmm2, %xmm0
	addsd	%xmm0, %xmm1
	movl	-96(%rbp), %eax
	pxor	%xmm0, %xmm0
	cvtsi2sdl	%eax, %xmm0
	addsd	%xmm0, %xmm1
	movsd	-88(%rbp), %xmm0
	addsd	%xmm1, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	combine, .-combine
	.section	.rodata
.LC2:
	.string	"pair: %d %d\n"
.LC3:
	.string	"swapped: %d %d\n"
.LC5:
	.string	"mix: %d %.3f\n"
.LC6:
	.string	"scaled: %d %.3f\n"
.LC11:
	.string	"dpair: %.4f %.4f\n"
.LC12:
	.string	"big:"
.LC13:
	.string	" %ld"
.LC14:
	.string	"twisted:"
.LC15:
	.string	"  sum=%ld\n"
.LC19:
	.string	"fpair mid: %.3f %.3f\n"
.LC20:
	.string	"cshort: %c %d %d\n"
.LC22:
	.string	"combine: %.4f\n"
.LC23:
	.string	"chain: %ld\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$328, %rsp
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	.cfi_offset 3, -40
	movl	seed(%rip), %eax
	movl	%eax, -56(%rbp)
	movl	-56(%rbp), %eax
	leal	10(%rax), %edx
	movl	-56(%rbp), %eax
	movl	%edx, %esi
	movl	%eax, %edi
	call	make_pair
	movq	%rax, -152(%rbp)
	movl	-148(%rbp), %edx
	movl	-152(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-152(%rbp), %rax
	movq	%rax, %rdi
	call	swap_pair
	movq	%rax, -152(%rbp)
	movl	-148(%rbp), %edx
	movl	-152(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	.LC4(%rip), %rdx
	movl	-56(%rbp), %eax
	movq	%rdx, %xmm0
	movl	%eax, %edi
	call	make_mix
	movl	%eax, %edx
	movq	%xmm0, %rax
	movl	%edx, -176(%rbp)
	movq	%rax, -168(%rbp)
	movq	-168(%rbp), %rdx
	movl	-176(%rbp), %eax
	movq	%rdx, %xmm0
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	-176(%rbp), %edx
	movq	-168(%rbp), %rax
	movl	$-3, %esi
	movl	%edx, %edi
	movq	%rax, %xmm0
	call	scale_mix
	movl	%eax, %edx
	movq	%xmm0, %rax
	movl	%edx, -176(%rbp)
	movq	%rax, -168(%rbp)
	movq	-168(%rbp), %rdx
	movl	-176(%rbp), %eax
	movq	%rdx, %xmm0
	movl	%eax, %esi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movsd	.LC7(%rip), %xmm0
	movsd	%xmm0, -192(%rbp)
	movsd	.LC8(%rip), %xmm0
	movsd	%xmm0, -184(%rbp)
	pxor	%xmm1, %xmm1
	cvtsi2sdl	-56(%rbp), %xmm1
	movsd	.LC9(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movsd	%xmm0, -208(%rbp)
	movsd	.LC10(%rip), %xmm0
	movsd	%xmm0, -200(%rbp)
	movsd	-208(%rbp), %xmm2
	movsd	-200(%rbp), %xmm0
	movq	-192(%rbp), %rax
	movsd	-184(%rbp), %xmm1
	movapd	%xmm0, %xmm3
	movq	%rax, %xmm0
	call	add_dpair
	movq	%xmm0, %rax
	movapd	%xmm1, %xmm0
	movq	%rax, -224(%rbp)
	movsd	%xmm0, -216(%rbp)
	movsd	-216(%rbp), %xmm0
	movq	-224(%rbp), %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movl	-56(%rbp), %eax
	movslq	%eax, %rdx
	leaq	-272(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	make_big
	leaq	.LC12(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -36(%rbp)
	jmp	.L30
.L31:
	movl	-36(%rbp), %eax
	cltq
	movq	-272(%rbp,%rax,8), %rax
	movq	%rax, %rsi
	leaq	.LC13(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -36(%rbp)
.L30:
	cmpl	$4, -36(%rbp)
	jle	.L31
	movl	$10, %edi
	call	putchar@PLT
	leaq	-320(%rbp), %rdx
	subq	$8, %rsp
	subq	$40, %rsp
	movq	%rsp, %rax
	movq	-272(%rbp), %rcx
	movq	-264(%rbp), %rbx
	movq	%rcx, (%rax)
	movq	%rbx, 8(%rax)
	movq	-256(%rbp), %rcx
	movq	-248(%rbp), %rbx
	movq	%rcx, 16(%rax)
	movq	%rbx, 24(%rax)
	movq	-240(%rbp), %rcx
	movq	%rcx, 32(%rax)
	movl	$100, %esi
	movq	%rdx, %rdi
	call	twist_big
	addq	$48, %rsp
	leaq	.LC14(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -40(%rbp)
	jmp	.L32
.L33:
	movl	-40(%rbp), %eax
	cltq
	movq	-320(%rbp,%rax,8), %rax
	movq	%rax, %rsi
	leaq	.LC13(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -40(%rbp)
.L32:
	cmpl	$4, -40(%rbp)
	jle	.L33
	subq	$8, %rsp
	subq	$40, %rsp
	movq	%rsp, %rax
	movq	-320(%rbp), %rcx
	movq	-312(%rbp), %rbx
	movq	%rcx, (%rax)
	movq	%rbx, 8(%rax)
	movq	-304(%rbp), %rcx
	movq	-296(%rbp), %rbx
	movq	%rcx, 16(%rax)
	movq	%rbx, 24(%rax)
	movq	-288(%rbp), %rdx
	movq	%rdx, 32(%rax)
	call	sum_big
	addq	$48, %rsp
	movq	%rax, %rsi
	leaq	.LC15(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movss	.LC16(%rip), %xmm0
	movss	%xmm0, -328(%rbp)
	movss	.LC17(%rip), %xmm0
	movss	%xmm0, -324(%rbp)
	pxor	%xmm0, %xmm0
	cvtsi2ssl	-56(%rbp), %xmm0
	movss	%xmm0, -336(%rbp)
	movss	.LC18(%rip), %xmm0
	movss	%xmm0, -332(%rbp)
	movq	-336(%rbp), %rdx
	movq	-328(%rbp), %rax
	movq	%rdx, %xmm1
	movq	%rax, %xmm0
	call	mid_fpair
	movq	%xmm0, %rax
	movq	%rax, -344(%rbp)
	movss	-340(%rbp), %xmm0
	cvtss2sd	%xmm0, %xmm0
	movss	-344(%rbp), %xmm1
	pxor	%xmm6, %xmm6
	cvtss2sd	%xmm1, %xmm6
	movq	%xmm6, %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC19(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movl	-56(%rbp), %eax
	addl	$30, %eax
	movl	%eax, %edi
	call	make_cshort
	movq	%rax, -352(%rbp)
	movl	-348(%rbp), %ecx
	movzwl	-350(%rbp), %eax
	movswl	%ax, %edx
	movzbl	-352(%rbp), %eax
	movsbl	%al, %eax
	movl	%eax, %esi
	leaq	.LC20(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	.LC21(%rip), %rax
	movq	%rax, %xmm0
	movl	$2, %edi
	call	make_mix
	movq	%xmm0, %rdx
	movq	%rax, %r12
	movq	%rdx, %r13
	movq	%rdx, %r13
	movl	$2, %esi
	movl	$1, %edi
	call	make_pair
	movq	%rax, %r9
	movq	%r12, %rax
	movq	%r13, %rdx
	movq	%r12, %rcx
	movq	%r13, %rbx
	movl	%eax, %r10d
	movq	%rbx, %xmm4
	movsd	-192(%rbp), %xmm3
	movsd	-184(%rbp), %xmm2
	movsd	-224(%rbp), %xmm1
	movsd	-216(%rbp), %xmm0
	movl	-176(%rbp), %esi
	movq	-168(%rbp), %r8
	movq	-152(%rbp), %rdi
	subq	$8, %rsp
	subq	$40, %rsp
	movq	%rsp, %rax
	movq	-320(%rbp), %rcx
	movq	-312(%rbp), %rbx
	movq	%rcx, (%rax)
	movq	%rbx, 8(%rax)
	movq	-304(%rbp), %rcx
	movq	-296(%rbp), %rbx
	movq	%rcx, 16(%rax)
	movq	%rbx, 24(%rax)
	movq	-288(%rbp), %rdx
	movq	%rdx, 32(%rax)
	movl	%r10d, %ecx
	movapd	%xmm4, %xmm5
	movapd	%xmm2, %xmm4
	movq	%r9, %rdx
	movapd	%xmm0, %xmm2
	movq	%r8, %xmm0
	call	combine
	addq	$48, %rsp
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leaq	.LC22(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movq	$0, -48(%rbp)
	movl	$0, -52(%rbp)
	jmp	.L34
.L35:
	movl	-52(%rbp), %eax
	movslq	%eax, %r12
	movl	-52(%rbp), %eax
	movslq	%eax, %rdx
	leaq	-144(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	make_big
	leaq	-96(%rbp), %rdx
	subq	$8, %rsp
	subq	$40, %rsp
	movq	%rsp, %rax
	movq	-144(%rbp), %rcx
	movq	-136(%rbp), %rbx
	movq	%rcx, (%rax)
	movq	%rbx, 8(%rax)
	movq	-128(%rbp), %rcx
	movq	-120(%rbp), %rbx
	movq	%rcx, 16(%rax)
	movq	%rbx, 24(%rax)
	movq	-112(%rbp), %rcx
	movq	%rcx, 32(%rax)
	movq	%r12, %rsi
	movq	%rdx, %rdi
	call	twist_big
	addq	$48, %rsp
	subq	$8, %rsp
	subq	$40, %rsp
	movq	%rsp, %rax
	movq	-96(%rbp), %rcx
	movq	-88(%rbp), %rbx
	movq	%rcx, (%rax)
	movq	%rbx, 8(%rax)
	movq	-80(%rbp), %rcx
	movq	-72(%rbp), %rbx
	movq	%rcx, 16(%rax)
	movq	%rbx, 24(%rax)
	movq	-64(%rbp), %rdx
	movq	%rdx, 32(%rax)
	call	sum_big
	addq	$48, %rsp
	movq	%rax, %rbx
	movl	-52(%rbp), %eax
	negl	%eax
	movl	%eax, %edx
	movl	-52(%rbp), %eax
	movl	%edx, %esi
	movl	%eax, %edi
	call	make_pair
	movq	%rax, %rdi
	call	swap_pair
	sarq	$32, %rax
	cltq
	addq	%rbx, %rax
	addq	%rax, -48(%rbp)
	addl	$1, -52(%rbp)
.L34:
	cmpl	$9, -52(%rbp)
	jle	.L35
	movq	-48(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC23(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.section	.rodata
	.align 8
.LC0:
	.long	0
	.long	1073741824
	.align 4
.LC1:
	.long	1056964608
	.align 8
.LC4:
	.long	0
	.long	1075707904
	.align 8
.LC7:
	.long	0
	.long	1072955392
	.align 8
.LC8:
	.long	0
	.long	1074003968
	.align 8
.LC9:
	.long	0
	.long	1071644672
	.align 8
.LC10:
	.long	0
	.long	1069547520
	.align 4
.LC16:
	.long	1065353216
	.align 4
.LC17:
	.long	1073741824
	.align 4
.LC18:
	.long	-1065353216
	.align 8
.LC21:
	.long	0
	.long	1074266112
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
