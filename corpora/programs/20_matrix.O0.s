	.file	"20_matrix.c"
	.text
	.globl	vseed
	.data
	.align 4
	.type	vseed, @object
	.size	vseed, 4
vseed:
	.long	7
	.local	ia
	.comm	ia,576,32
	.local	ib
	.comm	ib,576,32
	.local	ic
	.comm	ic,576,32
	.local	da
	.comm	da,1152,32
	.local	db
	.comm	db,1152,32
	.local	dc
	.comm	dc,1152,32
	.text
	.globl	imatmul
	.type	imatmul, @function
imatmul:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	%rdx, -40(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L2
.L7:
	movl	$0, -8(%rbp)
	jmp	.L3
.L6:
	movl	$0, -12(%rbp)
	movl	$0, -16(%rbp)
	jmp	.L4
.L5:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movq	-32(%rbp), %rax
	addq	%rax, %rdx
	movl	-16(%rbp), %eax
	cltq
	movl	(%rdx,%rax,4), %ecx
	movl	-16(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movq	-40(%rbp), %rax
	addq	%rax, %rdx
	movl	-8(%rbp), %eax
	cltq
	movl	(%rdx,%rax,4), %eax
	imull	%ecx, %eax
	addl	%eax, -12(%rbp)
	addl	$1, -16(%rbp)
.L4:
	cmpl	$11, -16(%rbp)
	jle	.L5
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movq	-24(%rbp), %rax
	leaq	(%rdx,%rax), %rcx
	movl	-8(%rbp), %eax
	cltq
	movl	-12(%rbp), %edx
	movl	%edx, (%rcx,%rax,4)
	addl	$1, -8(%rbp)
.L3:
	cmpl	$11, -8(%rbp)
	jle	.L6
	addl	$1, -4(%rbp)
.L2:
	cmpl	$11, -4(%rbp)
	jle	.L7
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	imatmul, .-imatmul
	.globl	dmatmul
	.type	dmatmul, @function
dmatmul:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movq	%rdx, -56(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L9
.L12:
	movl	$0, -8(%rbp)
	jmp	.L10
.L11:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$5, %rax
	movq	%rax, %rdx
	movq	-40(%rbp), %rax
	addq	%rax, %rdx
	movl	-8(%rbp), %eax
	cltq
	pxor	%xmm0, %xmm0
	movsd	%xmm0, (%rdx,%rax,8)
	addl	$1, -8(%rbp)
.L10:
	cmpl	$11, -8(%rbp)
	jle	.L11
	addl	$1, -4(%rbp)
.L9:
	cmpl	$11, -4(%rbp)
	jle	.L12
	movl	$0, -12(%rbp)
	jmp	.L13
.L18:
	movl	$0, -16(%rbp)
	jmp	.L14
.L17:
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$5, %rax
	movq	%rax, %rdx
	movq	-48(%rbp), %rax
	addq	%rax, %rdx
	movl	-16(%rbp), %eax
	cltq
	movsd	(%rdx,%rax,8), %xmm0
	movsd	%xmm0, -32(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L15
.L16:
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$5, %rax
	movq	%rax, %rdx
	movq	-40(%rbp), %rax
	addq	%rax, %rdx
	movl	-20(%rbp), %eax
	cltq
	movsd	(%rdx,%rax,8), %xmm1
	movl	-16(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$5, %rax
	movq	%rax, %rdx
	movq	-56(%rbp), %rax
	addq	%rax, %rdx
	movl	-20(%rbp), %eax
	cltq
	movsd	(%rdx,%rax,8), %xmm0
	mulsd	-32(%rbp), %xmm0
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$5, %rax
	movq	%rax, %rdx
	movq	-40(%rbp), %rax
	addq	%rax, %rdx
	addsd	%xmm1, %xmm0
	movl	-20(%rbp), %eax
	cltq
	movsd	%xmm0, (%rdx,%rax,8)
	addl	$1, -20(%rbp)
.L15:
	cmpl	$11, -20(%rbp)
	jle	.L16
	addl	$1, -16(%rbp)
.L14:
	cmpl	$11, -16(%rbp)
	jle	.L17
	addl	$1, -12(%rbp)
.L13:
	cmpl	$11, -12(%rbp)
	jle	.L18
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	dmatmul, .-dmatmul
	.globl	transpose
	.type	transpose, @function
transpose:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L20
.L23:
	movl	-4(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	.L21
.L22:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movq	-24(%rbp), %rax
	addq	%rax, %rdx
	movl	-8(%rbp), %eax
	cltq
	movl	(%rdx,%rax,4), %eax
	movl	%eax, -12(%rbp)
	movl	-8(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movq	-24(%rbp), %rax
	leaq	(%rdx,%rax), %rsi
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movq	-24(%rbp), %rax
	leaq	(%rdx,%rax), %rcx
	movl	-4(%rbp), %eax
	cltq
	movl	(%rsi,%rax,4), %edx
	movl	-8(%rbp), %eax
	cltq
	movl	%edx, (%rcx,%rax,4)
	movl	-8(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movq	-24(%rbp), %rax
	leaq	(%rdx,%rax), %rcx
	movl	-4(%rbp), %eax
	cltq
	movl	-12(%rbp), %edx
	movl	%edx, (%rcx,%rax,4)
	addl	$1, -8(%rbp)
.L21:
	cmpl	$11, -8(%rbp)
	jle	.L22
	addl	$1, -4(%rbp)
.L20:
	cmpl	$11, -4(%rbp)
	jle	.L23
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	transpose, .-transpose
	.globl	trace_and_sum
	.type	trace_and_sum, @function
trace_and_sum:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	$0, -8(%rbp)
	movq	-32(%rbp), %rax
	movq	$0, (%rax)
	movl	$0, -12(%rbp)
	jmp	.L25
.L28:
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movq	-24(%rbp), %rax
	addq	%rax, %rdx
	movl	-12(%rbp), %eax
	cltq
	movl	(%rdx,%rax,4), %eax
	cltq
	addq	%rax, -8(%rbp)
	movl	$0, -16(%rbp)
	jmp	.L26
.L27:
	movq	-32(%rbp), %rax
	movq	(%rax), %rcx
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$4, %rax
	movq	%rax, %rdx
	movq	-24(%rbp), %rax
	addq	%rax, %rdx
	movl	-16(%rbp), %eax
	cltq
	movl	(%rdx,%rax,4), %eax
	cltq
	leaq	(%rcx,%rax), %rdx
	movq	-32(%rbp), %rax
	movq	%rdx, (%rax)
	addl	$1, -16(%rbp)
.L26:
	cmpl	$11, -16(%rbp)
	jle	.L27
	addl	$1, -12(%rbp)
.L25:
	cmpl	$11, -12(%rbp)
	jle	.L28
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	trace_and_sum, .-trace_and_sum
	.globl	det3
	.type	det3, @function
det3:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	movslq	%eax, %rdx
	movq	-8(%rbp), %rax
	addq	$12, %rax
	movl	4(%rax), %ecx
	movq	-8(%rbp), %rax
	addq	$24, %rax
	movl	8(%rax), %eax
	movl	%ecx, %esi
	imull	%eax, %esi
	movq	-8(%rbp), %rax
	addq	$12, %rax
	movl	8(%rax), %ecx
	movq	-8(%rbp), %rax
	addq	$24, %rax
	movl	4(%rax), %eax
	imull	%ecx, %eax
	subl	%eax, %esi
	movl	%esi, %ecx
	movslq	%ecx, %rax
	imulq	%rax, %rdx
	movq	%rdx, %rsi
	movq	-8(%rbp), %rax
	movl	4(%rax), %eax
	movslq	%eax, %rdx
	movq	-8(%rbp), %rax
	addq	$12, %rax
	movl	(%rax), %ecx
	movq	-8(%rbp), %rax
	addq	$24, %rax
	movl	8(%rax), %eax
	movl	%ecx, %edi
	imull	%eax, %edi
	movq	-8(%rbp), %rax
	addq	$12, %rax
	movl	8(%rax), %ecx
	movq	-8(%rbp), %rax
	addq	$24, %rax
	movl	(%rax), %eax
	imull	%ecx, %eax
	subl	%eax, %edi
	movl	%edi, %ecx
	movslq	%ecx, %rax
	imulq	%rdx, %rax
	movq	%rsi, %rdi
	subq	%rax, %rdi
	movq	-8(%rbp), %rax
	movl	8(%rax), %eax
	movslq	%eax, %rdx
	movq	-8(%rbp), %rax
	addq	$12, %rax
	movl	(%rax), %ecx
	movq	-8(%rbp), %rax
	addq	$24, %rax
	movl	4(%rax), %eax
	movl	%ecx, %esi
	imull	%eax, %esi
	movq	-8(%rbp), %rax
	addq	$12, %rax
	movl	4(%rax), %ecx
	movq	-8(%rbp), %rax
	addq	$24, %rax
	movl	(%rax), %eax
	imull	%ecx, %eax
	subl	%eax, %esi
	movl	%esi, %ecx
	movslq	%ecx, %rax
	imulq	%rdx, %rax
	addq	%rdi, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	det3, .-det3
	.section	.rodata
.LC4:
	.string	"%5d"
.LC5:
	.string	"trace=%ld sum=%ld\n"
	.align 8
.LC6:
	.string	"after transpose ic[1][4]=%d ic[4][1]=%d\n"
	.align 8
.LC8:
	.string	"dc[0][0]=%.4f dc[5][7]=%.4f dc[11][11]=%.4f weighted sum=%.4f\n"
.LC9:
	.string	"A*I==A: %d\n"
.LC10:
	.string	"det3 = %ld\n"
	.align 8
.LC11:
	.string	"flat[13]=%d local[2][3]=%d rowptr diff=%ld\n"
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
	subq	$208, %rsp
	movl	vseed(%rip), %eax
	movl	%eax, -60(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L33
.L36:
	movl	$0, -8(%rbp)
	jmp	.L34
.L35:
	movl	-4(%rbp), %eax
	imull	-60(%rbp), %eax
	movl	%eax, %ecx
	movl	-8(%rbp), %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	addl	%eax, %ecx
	movslq	%ecx, %rax
	imulq	$780903145, %rax, %rax
	shrq	$32, %rax
	movl	%eax, %edx
	sarl	%edx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	leal	-5(%rdx), %ecx
	movl	-8(%rbp), %eax
	movslq	%eax, %rsi
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$2, %rax
	addq	%rsi, %rax
	leaq	0(,%rax,4), %rdx
	leaq	ia(%rip), %rax
	movl	%ecx, (%rdx,%rax)
	movl	-8(%rbp), %eax
	leal	(%rax,%rax), %edx
	movl	-4(%rbp), %eax
	addl	%eax, %edx
	movl	-60(%rbp), %eax
	addl	%eax, %edx
	movslq	%edx, %rax
	imulq	$-1840700269, %rax, %rax
	shrq	$32, %rax
	addl	%edx, %eax
	sarl	$2, %eax
	movl	%edx, %ecx
	sarl	$31, %ecx
	subl	%ecx, %eax
	movl	%eax, %ecx
	sall	$3, %ecx
	subl	%eax, %ecx
	movl	%edx, %eax
	subl	%ecx, %eax
	leal	-3(%rax), %ecx
	movl	-8(%rbp), %eax
	movslq	%eax, %rsi
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$2, %rax
	addq	%rsi, %rax
	leaq	0(,%rax,4), %rdx
	leaq	ib(%rip), %rax
	movl	%ecx, (%rdx,%rax)
	movl	-4(%rbp), %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%eax, %edx
	movl	-8(%rbp), %eax
	leal	(%rdx,%rax), %ecx
	movslq	%ecx, %rax
	imulq	$954437177, %rax, %rax
	shrq	$32, %rax
	movl	%eax, %edx
	sarl	%edx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	sall	$3, %eax
	addl	%edx, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	pxor	%xmm1, %xmm1
	cvtsi2sdl	%edx, %xmm1
	movsd	.LC1(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movsd	.LC2(%rip), %xmm1
	subsd	%xmm1, %xmm0
	movl	-8(%rbp), %eax
	movslq	%eax, %rcx
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$2, %rax
	addq	%rcx, %rax
	leaq	0(,%rax,8), %rdx
	leaq	da(%rip), %rax
	movsd	%xmm0, (%rdx,%rax)
	movl	-8(%rbp), %eax
	imull	-60(%rbp), %eax
	movl	%eax, %edx
	movl	-4(%rbp), %eax
	leal	(%rdx,%rax), %ecx
	movslq	%ecx, %rax
	imulq	$1321528399, %rax, %rax
	shrq	$32, %rax
	movl	%eax, %edx
	sarl	$2, %edx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	pxor	%xmm1, %xmm1
	cvtsi2sdl	%edx, %xmm1
	movsd	.LC3(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	movl	-8(%rbp), %eax
	movslq	%eax, %rcx
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$2, %rax
	addq	%rcx, %rax
	leaq	0(,%rax,8), %rdx
	leaq	db(%rip), %rax
	movsd	%xmm0, (%rdx,%rax)
	addl	$1, -8(%rbp)
.L34:
	cmpl	$11, -8(%rbp)
	jle	.L35
	addl	$1, -4(%rbp)
.L33:
	cmpl	$11, -4(%rbp)
	jle	.L36
	leaq	ib(%rip), %rax
	movq	%rax, %rdx
	leaq	ia(%rip), %rax
	movq	%rax, %rsi
	leaq	ic(%rip), %rax
	movq	%rax, %rdi
	call	imatmul
	movl	$0, -12(%rbp)
	jmp	.L37
.L40:
	movl	$0, -16(%rbp)
	jmp	.L38
.L39:
	movl	-16(%rbp), %eax
	movslq	%eax, %rcx
	movl	-12(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$2, %rax
	addq	%rcx, %rax
	leaq	0(,%rax,4), %rdx
	leaq	ic(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -16(%rbp)
.L38:
	cmpl	$11, -16(%rbp)
	jle	.L39
	movl	$10, %edi
	call	putchar@PLT
	addl	$3, -12(%rbp)
.L37:
	cmpl	$11, -12(%rbp)
	jle	.L40
	leaq	-88(%rbp), %rax
	movq	%rax, %rsi
	leaq	ic(%rip), %rax
	movq	%rax, %rdi
	call	trace_and_sum
	movq	%rax, -72(%rbp)
	movq	-88(%rbp), %rdx
	movq	-72(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	ic(%rip), %rax
	movq	%rax, %rdi
	call	transpose
	movl	196+ic(%rip), %edx
	movl	64+ic(%rip), %eax
	movl	%eax, %esi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	db(%rip), %rax
	movq	%rax, %rdx
	leaq	da(%rip), %rax
	movq	%rax, %rsi
	leaq	dc(%rip), %rax
	movq	%rax, %rdi
	call	dmatmul
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -24(%rbp)
	movl	$0, -28(%rbp)
	jmp	.L41
.L46:
	movl	$0, -32(%rbp)
	jmp	.L42
.L45:
	movl	-32(%rbp), %eax
	movslq	%eax, %rcx
	movl	-28(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$2, %rax
	addq	%rcx, %rax
	leaq	0(,%rax,8), %rdx
	leaq	dc(%rip), %rax
	movsd	(%rdx,%rax), %xmm1
	movl	-28(%rbp), %eax
	cmpl	-32(%rbp), %eax
	jne	.L43
	movsd	.LC2(%rip), %xmm0
	jmp	.L44
.L43:
	movsd	.LC7(%rip), %xmm0
.L44:
	mulsd	%xmm1, %xmm0
	movsd	-24(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -24(%rbp)
	addl	$1, -32(%rbp)
.L42:
	cmpl	$11, -32(%rbp)
	jle	.L45
	addl	$1, -28(%rbp)
.L41:
	cmpl	$11, -28(%rbp)
	jle	.L46
	movsd	1144+dc(%rip), %xmm1
	movsd	536+dc(%rip), %xmm0
	movq	dc(%rip), %rax
	movsd	-24(%rbp), %xmm2
	movapd	%xmm2, %xmm3
	movapd	%xmm1, %xmm2
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$4, %eax
	call	printf@PLT
	movl	$0, -36(%rbp)
	jmp	.L47
.L48:
	movl	-36(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	movq	%rax, %rdx
	leaq	eye.1(%rip), %rax
	movsd	.LC7(%rip), %xmm0
	movsd	%xmm0, (%rdx,%rax)
	addl	$1, -36(%rbp)
.L47:
	cmpl	$11, -36(%rbp)
	jle	.L48
	leaq	eye.1(%rip), %rax
	movq	%rax, %rdx
	leaq	da(%rip), %rax
	movq	%rax, %rsi
	leaq	out.0(%rip), %rax
	movq	%rax, %rdi
	call	dmatmul
	movl	$1, -40(%rbp)
	movl	$0, -44(%rbp)
	jmp	.L49
.L52:
	movl	$0, -48(%rbp)
	jmp	.L50
.L51:
	movl	-48(%rbp), %eax
	movslq	%eax, %rcx
	movl	-44(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$2, %rax
	addq	%rcx, %rax
	leaq	0(,%rax,8), %rdx
	leaq	out.0(%rip), %rax
	movsd	(%rdx,%rax), %xmm0
	movl	-48(%rbp), %eax
	movslq	%eax, %rcx
	movl	-44(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$2, %rax
	addq	%rcx, %rax
	leaq	0(,%rax,8), %rdx
	leaq	da(%rip), %rax
	movsd	(%rdx,%rax), %xmm1
	ucomisd	%xmm1, %xmm0
	setnp	%al
	movl	$0, %edx
	ucomisd	%xmm1, %xmm0
	cmovne	%edx, %eax
	movzbl	%al, %eax
	andl	%eax, -40(%rbp)
	addl	$1, -48(%rbp)
.L50:
	cmpl	$11, -48(%rbp)
	jle	.L51
	addl	$1, -44(%rbp)
.L49:
	cmpl	$11, -44(%rbp)
	jle	.L52
	movl	-40(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-60(%rbp), %eax
	movl	%eax, -128(%rbp)
	movl	$2, -124(%rbp)
	movl	$3, -120(%rbp)
	movl	$4, -116(%rbp)
	movl	$5, -112(%rbp)
	movl	$6, -108(%rbp)
	movl	$7, -104(%rbp)
	movl	$8, -100(%rbp)
	movl	$10, -96(%rbp)
	leaq	-128(%rbp), %rax
	movq	%rax, %rdi
	call	det3
	movq	%rax, %rsi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -52(%rbp)
	jmp	.L53
.L56:
	movl	$0, -56(%rbp)
	jmp	.L54
.L55:
	movl	-52(%rbp), %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	addl	%eax, %eax
	movl	%eax, %edx
	movl	-56(%rbp), %eax
	leal	(%rdx,%rax), %ecx
	movl	-56(%rbp), %eax
	movslq	%eax, %rsi
	movl	-52(%rbp), %eax
	movslq	%eax, %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rsi, %rax
	movl	%ecx, -208(%rbp,%rax,4)
	addl	$1, -56(%rbp)
.L54:
	cmpl	$4, -56(%rbp)
	jle	.L55
	addl	$1, -52(%rbp)
.L53:
	cmpl	$3, -52(%rbp)
	jle	.L56
	leaq	-208(%rbp), %rax
	movq	%rax, -80(%rbp)
	movl	-156(%rbp), %edx
	movq	-80(%rbp), %rax
	addq	$52, %rax
	movl	(%rax), %eax
	movl	$10, %ecx
	movl	%eax, %esi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	main, .-main
	.local	eye.1
	.comm	eye.1,1152,32
	.local	out.0
	.comm	out.0,1152,32
	.section	.rodata
	.align 8
.LC1:
	.long	0
	.long	1071644672
	.align 8
.LC2:
	.long	0
	.long	1073741824
	.align 8
.LC3:
	.long	0
	.long	1070596096
	.align 8
.LC7:
	.long	0
	.long	1072693248
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
