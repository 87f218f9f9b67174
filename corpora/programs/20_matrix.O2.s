	.file	"20_matrix.c"
	.text
	.p2align 4
	.globl	imatmul
	.type	imatmul, @function
imatmul:
.LFB11:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	movq	%rsi, %r10
	leaq	48(%rdx), %r11
	movabsq	$-4294967296, %r9
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	leaq	576(%rsi), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	movq	%rdx, %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	movq	%rdi, %rbx
	leaq	48(%rsi), %rdi
.L2:
	movq	%rbp, %rsi
	movq	%rbx, %r8
	.p2align 4,,10
	.p2align 3
.L6:
	movq	%rsi, %rdx
	movq	%r10, %rcx
	pxor	%xmm3, %xmm3
.L3:
	movl	48(%rdx), %eax
	movl	(%rdx), %r13d
	pxor	%xmm4, %xmm4
	addq	$16, %rcx
	movaps	%xmm4, -24(%rsp)
	movdqu	-16(%rcx), %xmm2
	movdqu	-16(%rcx), %xmm1
	addq	$192, %rdx
	salq	$32, %rax
	orq	%rax, %r13
	movq	-16(%rsp), %rax
	psrlq	$32, %xmm2
	movq	%r13, -24(%rsp)
	movl	-96(%rdx), %r13d
	andq	%r9, %rax
	orq	%r13, %rax
	movl	-48(%rdx), %r13d
	movl	%eax, %eax
	salq	$32, %r13
	orq	%r13, %rax
	movq	%rax, -16(%rsp)
	movdqa	-24(%rsp), %xmm0
	pmuludq	-24(%rsp), %xmm1
	pshufd	$8, %xmm1, %xmm1
	psrlq	$32, %xmm0
	pmuludq	%xmm2, %xmm0
	pshufd	$8, %xmm0, %xmm0
	punpckldq	%xmm0, %xmm1
	paddd	%xmm1, %xmm3
	cmpq	%rcx, %rdi
	jne	.L3
	movdqa	%xmm3, %xmm0
	addq	$4, %rsi
	addq	$4, %r8
	psrldq	$8, %xmm0
	paddd	%xmm0, %xmm3
	movdqa	%xmm3, %xmm0
	psrldq	$4, %xmm0
	paddd	%xmm0, %xmm3
	movd	%xmm3, -4(%r8)
	cmpq	%rsi, %r11
	jne	.L6
	addq	$48, %r10
	addq	$48, %rdi
	addq	$48, %rbx
	cmpq	%r10, %r12
	jne	.L2
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE11:
	.size	imatmul, .-imatmul
	.p2align 4
	.globl	dmatmul
	.type	dmatmul, @function
dmatmul:
.LFB12:
	.cfi_startproc
	movq	%rdi, %r8
	movq	$0, (%rdi)
	movq	%rdx, %r9
	xorl	%eax, %eax
	leaq	1152(%rdi), %r10
	leaq	8(%rdi), %rdi
	movq	%r8, %rcx
	movq	%r8, %rdx
	movq	$0, 1136(%rdi)
	andq	$-8, %rdi
	movq	%rsi, %r8
	subq	%rdi, %rcx
	addl	$1152, %ecx
	shrl	$3, %ecx
	rep stosq
	leaq	1152(%r9), %rdi
.L11:
	movq	%r9, %rcx
	movq	%r8, %rsi
	.p2align 4,,10
	.p2align 3
.L13:
	movsd	(%rsi), %xmm1
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L12:
	movsd	(%rcx,%rax), %xmm0
	mulsd	%xmm1, %xmm0
	addsd	(%rdx,%rax), %xmm0
	movsd	%xmm0, (%rdx,%rax)
	addq	$8, %rax
	cmpq	$96, %rax
	jne	.L12
	addq	$96, %rcx
	addq	$8, %rsi
	cmpq	%rcx, %rdi
	jne	.L13
	addq	$96, %rdx
	addq	$96, %r8
	cmpq	%r10, %rdx
	jne	.L11
	ret
	.cfi_endproc
.LFE12:
	.size	dmatmul, .-dmatmul
	.p2align 4
	.globl	transpose
	.type	transpose, @function
transpose:
.LFB13:
	.cfi_startproc
	leaq	4(%rdi), %r8
	movl	$1, %r9d
	addq	$48, %rdi
	.p2align 4,,10
	.p2align 3
.L18:
	leaq	44(%r8), %rdx
	movq	%r8, %rax
	.p2align 4,,10
	.p2align 3
.L20:
	movl	(%rdx), %esi
	movl	(%rax), %ecx
	addq	$4, %rax
	addq	$48, %rdx
	movl	%esi, -4(%rax)
	movl	%ecx, -48(%rdx)
	cmpq	%rdi, %rax
	jne	.L20
	addq	$1, %r9
	addq	$52, %r8
	leaq	48(%rax), %rdi
	cmpq	$12, %r9
	jne	.L18
	ret
	.cfi_endproc
.LFE13:
	.size	transpose, .-transpose
	.p2align 4
	.globl	trace_and_sum
	.type	trace_and_sum, @function
trace_and_sum:
.LFB14:
	.cfi_startproc
	leaq	48(%rdi), %rax
	movq	%rdi, %rcx
	xorl	%r9d, %r9d
	xorl	%r8d, %r8d
	leaq	624(%rdi), %r10
	pxor	%xmm4, %xmm4
	.p2align 4,,10
	.p2align 3
.L26:
	movslq	(%rdi), %rdx
	pxor	%xmm0, %xmm0
	addq	%rdx, %r8
	movq	%rcx, %rdx
.L25:
	movdqu	(%rdx), %xmm1
	movdqa	%xmm4, %xmm2
	addq	$16, %rdx
	pcmpgtd	%xmm1, %xmm2
	movdqa	%xmm1, %xmm3
	punpckldq	%xmm2, %xmm3
	punpckhdq	%xmm2, %xmm1
	paddq	%xmm3, %xmm0
	paddq	%xmm1, %xmm0
	cmpq	%rax, %rdx
	jne	.L25
	movdqa	%xmm0, %xmm1
	addq	$52, %rdi
	addq	$48, %rcx
	psrldq	$8, %xmm1
	paddq	%xmm1, %xmm0
	movq	%xmm0, %rax
	addq	%rax, %r9
	leaq	48(%rdx), %rax
	cmpq	%r10, %rax
	jne	.L26
	movq	%r9, (%rsi)
	movq	%r8, %rax
	ret
	.cfi_endproc
.LFE14:
	.size	trace_and_sum, .-trace_and_sum
	.p2align 4
	.globl	det3
	.type	det3, @function
det3:
.LFB15:
	.cfi_startproc
	movq	%rdi, %rdx
	movl	16(%rdi), %edi
	movl	20(%rdx), %r10d
	movl	32(%rdx), %esi
	movl	28(%rdx), %ecx
	movl	12(%rdx), %r9d
	movl	%edi, %eax
	movl	24(%rdx), %r8d
	movl	%r10d, %r11d
	imull	%esi, %eax
	imull	%ecx, %r11d
	imull	%r8d, %r10d
	imull	%r9d, %esi
	imull	%r9d, %ecx
	subl	%r11d, %eax
	movslq	(%rdx), %r11
	imull	%r8d, %edi
	cltq
	subl	%r10d, %esi
	movslq	4(%rdx), %r10
	movslq	8(%rdx), %rdx
	imulq	%r11, %rax
	movslq	%esi, %rsi
	subl	%edi, %ecx
	imulq	%r10, %rsi
	movslq	%ecx, %rcx
	imulq	%rdx, %rcx
	subq	%rsi, %rax
	addq	%rcx, %rax
	ret
	.cfi_endproc
.LFE15:
	.size	det3, .-det3
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC15:
	.string	"%5d"
.LC16:
	.string	"trace=%ld sum=%ld\n"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC17:
	.string	"after transpose ic[1][4]=%d ic[4][1]=%d\n"
	.align 8
.LC18:
	.string	"dc[0][0]=%.4f dc[5][7]=%.4f dc[11][11]=%.4f weighted sum=%.4f\n"
	.section	.rodata.str1.1
.LC20:
	.string	"A*I==A: %d\n"
.LC21:
	.string	"det3 = %ld\n"
	.section	.rodata.str1.8
	.align 8
.LC22:
	.string	"flat[13]=%d local[2][3]=%d rowptr diff=%ld\n"
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
	leaq	da(%rip), %r15
	xorl	%r11d, %r11d
	xorl	%edi, %edi
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	leaq	db(%rip), %rsi
	movq	%r15, %rdx
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	leaq	ib(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	leaq	ia(%rip), %rbx
	movq	%rbp, %r9
	movq	%rbx, %r10
	subq	$168, %rsp
	.cfi_def_cfa_offset 224
	movl	vseed(%rip), %r14d
	movdqa	.LC3(%rip), %xmm10
	movdqa	.LC5(%rip), %xmm9
	movdqa	.LC12(%rip), %xmm7
	movdqa	.LC7(%rip), %xmm8
	movd	%r14d, %xmm5
	pshufd	$0, %xmm5, %xmm12
	movdqa	%xmm12, %xmm5
	psrlq	$32, %xmm5
	movaps	%xmm5, 80(%rsp)
	pxor	%xmm5, %xmm5
	movdqa	%xmm5, %xmm6
	movdqa	%xmm5, %xmm15
	pcmpgtd	%xmm10, %xmm6
	pcmpgtd	%xmm8, %xmm15
	movaps	%xmm6, (%rsp)
	movdqa	%xmm5, %xmm6
	pcmpgtd	%xmm9, %xmm6
	movaps	%xmm6, 48(%rsp)
	movdqa	%xmm5, %xmm6
	pcmpgtd	%xmm7, %xmm6
	movaps	%xmm6, 64(%rsp)
	.p2align 4,,10
	.p2align 3
.L31:
	movd	%r11d, %xmm3
	leal	(%rdi,%rdi,4), %eax
	movdqa	.LC0(%rip), %xmm11
	pshufd	$0, %xmm3, %xmm3
	movaps	%xmm3, 16(%rsp)
	movd	%edi, %xmm3
	pshufd	$0, %xmm3, %xmm13
	movd	%eax, %xmm3
	xorl	%eax, %eax
	pshufd	$0, %xmm3, %xmm3
	movaps	%xmm3, 32(%rsp)
.L32:
	movdqa	%xmm11, %xmm3
	movdqa	%xmm5, %xmm4
	movdqa	(%rsp), %xmm6
	movdqa	(%rsp), %xmm14
	paddd	.LC2(%rip), %xmm11
	movdqa	%xmm3, %xmm0
	pslld	$1, %xmm0
	movdqa	%xmm0, %xmm2
	paddd	%xmm13, %xmm0
	paddd	%xmm3, %xmm2
	paddd	16(%rsp), %xmm2
	paddd	%xmm12, %xmm0
	pcmpgtd	%xmm2, %xmm4
	pmuludq	%xmm2, %xmm6
	movdqa	%xmm2, %xmm1
	pmuludq	%xmm10, %xmm1
	pmuludq	%xmm10, %xmm4
	paddq	%xmm6, %xmm4
	movdqa	%xmm5, %xmm6
	psllq	$32, %xmm4
	paddq	%xmm4, %xmm1
	movdqa	%xmm2, %xmm4
	psrlq	$32, %xmm4
	pshufd	$221, %xmm1, %xmm1
	pcmpgtd	%xmm4, %xmm6
	pmuludq	%xmm4, %xmm14
	pmuludq	%xmm10, %xmm4
	pmuludq	%xmm10, %xmm6
	paddq	%xmm14, %xmm6
	movdqa	48(%rsp), %xmm14
	psllq	$32, %xmm6
	paddq	%xmm6, %xmm4
	movdqa	%xmm14, %xmm6
	pshufd	$221, %xmm4, %xmm4
	punpckldq	%xmm4, %xmm1
	movdqa	%xmm2, %xmm4
	psrad	$31, %xmm4
	psrad	$1, %xmm1
	psubd	%xmm4, %xmm1
	movdqa	%xmm1, %xmm4
	pslld	$1, %xmm4
	paddd	%xmm1, %xmm4
	pslld	$2, %xmm4
	psubd	%xmm1, %xmm4
	movdqa	%xmm0, %xmm1
	psubd	%xmm4, %xmm2
	pmuludq	%xmm9, %xmm1
	movdqa	%xmm14, %xmm4
	paddd	.LC4(%rip), %xmm2
	pmuludq	%xmm0, %xmm4
	movaps	%xmm2, (%r10,%rax)
	movdqa	%xmm5, %xmm2
	pcmpgtd	%xmm0, %xmm2
	pmuludq	%xmm9, %xmm2
	paddq	%xmm4, %xmm2
	movdqa	%xmm5, %xmm4
	psllq	$32, %xmm2
	paddq	%xmm2, %xmm1
	movdqa	%xmm0, %xmm2
	psrlq	$32, %xmm2
	pshufd	$221, %xmm1, %xmm1
	pcmpgtd	%xmm2, %xmm4
	pmuludq	%xmm2, %xmm6
	pmuludq	%xmm9, %xmm2
	pmuludq	%xmm9, %xmm4
	paddq	%xmm6, %xmm4
	movdqa	%xmm15, %xmm6
	psllq	$32, %xmm4
	paddq	%xmm4, %xmm2
	movdqa	%xmm15, %xmm4
	pshufd	$221, %xmm2, %xmm2
	punpckldq	%xmm2, %xmm1
	movdqa	%xmm0, %xmm2
	paddd	%xmm0, %xmm1
	psrad	$31, %xmm2
	psrad	$2, %xmm1
	psubd	%xmm2, %xmm1
	movdqa	%xmm1, %xmm2
	pslld	$3, %xmm2
	psubd	%xmm1, %xmm2
	psubd	%xmm2, %xmm0
	paddd	.LC6(%rip), %xmm0
	movdqa	%xmm5, %xmm2
	movaps	%xmm0, (%r9,%rax)
	movdqa	32(%rsp), %xmm0
	paddd	%xmm3, %xmm0
	pcmpgtd	%xmm0, %xmm2
	pmuludq	%xmm0, %xmm4
	movdqa	%xmm0, %xmm1
	pmuludq	%xmm8, %xmm1
	pmuludq	%xmm8, %xmm2
	paddq	%xmm4, %xmm2
	movdqa	%xmm5, %xmm4
	psllq	$32, %xmm2
	paddq	%xmm2, %xmm1
	movdqa	%xmm0, %xmm2
	psrlq	$32, %xmm2
	pshufd	$221, %xmm1, %xmm1
	pcmpgtd	%xmm2, %xmm4
	pmuludq	%xmm2, %xmm6
	pmuludq	%xmm8, %xmm2
	pmuludq	%xmm8, %xmm4
	paddq	%xmm6, %xmm4
	movdqa	64(%rsp), %xmm6
	psllq	$32, %xmm4
	paddq	%xmm4, %xmm2
	movdqa	%xmm6, %xmm4
	pshufd	$221, %xmm2, %xmm2
	punpckldq	%xmm2, %xmm1
	psrad	$1, %xmm1
	movdqa	%xmm1, %xmm2
	pslld	$3, %xmm2
	paddd	%xmm2, %xmm1
	movdqa	%xmm5, %xmm2
	psubd	%xmm1, %xmm0
	cvtdq2pd	%xmm0, %xmm1
	pshufd	$238, %xmm0, %xmm0
	cvtdq2pd	%xmm0, %xmm0
	mulpd	.LC8(%rip), %xmm0
	addpd	.LC10(%rip), %xmm0
	mulpd	.LC8(%rip), %xmm1
	addpd	.LC10(%rip), %xmm1
	movaps	%xmm0, 16(%rdx,%rax,2)
	movdqa	%xmm3, %xmm0
	psrlq	$32, %xmm3
	pmuludq	80(%rsp), %xmm3
	pmuludq	%xmm12, %xmm0
	pshufd	$8, %xmm3, %xmm3
	movaps	%xmm1, (%rdx,%rax,2)
	pshufd	$8, %xmm0, %xmm0
	punpckldq	%xmm3, %xmm0
	movdqa	%xmm6, %xmm3
	paddd	%xmm13, %xmm0
	pcmpgtd	%xmm0, %xmm2
	pmuludq	%xmm0, %xmm3
	movdqa	%xmm0, %xmm1
	pmuludq	%xmm7, %xmm1
	pmuludq	%xmm7, %xmm2
	paddq	%xmm3, %xmm2
	movdqa	%xmm5, %xmm3
	psllq	$32, %xmm2
	paddq	%xmm2, %xmm1
	movdqa	%xmm0, %xmm2
	psrlq	$32, %xmm2
	pshufd	$221, %xmm1, %xmm1
	pcmpgtd	%xmm2, %xmm3
	pmuludq	%xmm2, %xmm4
	pmuludq	%xmm7, %xmm2
	pmuludq	%xmm7, %xmm3
	paddq	%xmm4, %xmm3
	psllq	$32, %xmm3
	paddq	%xmm3, %xmm2
	pshufd	$221, %xmm2, %xmm2
	punpckldq	%xmm2, %xmm1
	movdqa	%xmm0, %xmm2
	psrad	$31, %xmm2
	psrad	$2, %xmm1
	psubd	%xmm2, %xmm1
	movdqa	%xmm1, %xmm2
	pslld	$1, %xmm2
	paddd	%xmm1, %xmm2
	pslld	$2, %xmm2
	paddd	%xmm1, %xmm2
	psubd	%xmm2, %xmm0
	cvtdq2pd	%xmm0, %xmm1
	pshufd	$238, %xmm0, %xmm0
	mulpd	.LC13(%rip), %xmm1
	cvtdq2pd	%xmm0, %xmm0
	mulpd	.LC13(%rip), %xmm0
	movaps	%xmm1, (%rsi,%rax,2)
	movaps	%xmm0, 16(%rsi,%rax,2)
	addq	$16, %rax
	cmpq	$48, %rax
	jne	.L32
	addl	$1, %edi
	addl	%r14d, %r11d
	addq	$48, %r10
	addq	$48, %r9
	addq	$96, %rdx
	addq	$96, %rsi
	cmpl	$12, %edi
	jne	.L31
	leaq	ic(%rip), %r13
	movq	%rbp, %rdx
	movq	%rbx, %rsi
	movq	%r13, %rdi
	leaq	48(%r13), %rbx
	leaq	.LC15(%rip), %rbp
	call	imatmul
	movl	%r14d, (%rsp)
	leaq	576(%rbx), %r12
.L34:
	leaq	-48(%rbx), %r14
	.p2align 4,,10
	.p2align 3
.L35:
	movl	(%r14), %esi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$4, %r14
	call	printf@PLT
	cmpq	%r14, %rbx
	jne	.L35
	movl	$10, %edi
	addq	$144, %rbx
	call	putchar@PLT
	cmpq	%rbx, %r12
	jne	.L34
	leaq	104(%rsp), %rsi
	movq	%r13, %rdi
	movl	(%rsp), %r14d
	call	trace_and_sum
	movq	104(%rsp), %rdx
	leaq	.LC16(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movq	%r13, %rdi
	call	transpose
	movl	196+ic(%rip), %edx
	movl	64+ic(%rip), %esi
	xorl	%eax, %eax
	leaq	.LC17(%rip), %rdi
	call	printf@PLT
	leaq	dc(%rip), %r11
	leaq	db(%rip), %rdx
	pxor	%xmm3, %xmm3
	leaq	da(%rip), %rsi
	movq	%r11, %rdi
	call	dmatmul
	movq	%r11, %rsi
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L37:
	xorl	%eax, %eax
	jmp	.L39
	.p2align 4,,10
	.p2align 3
.L38:
	addq	$1, %rax
	addsd	%xmm0, %xmm3
	cmpq	$12, %rax
	je	.L51
.L39:
	movsd	(%rsi,%rax,8), %xmm0
	cmpl	%eax, %edx
	jne	.L38
	addsd	%xmm0, %xmm0
	addq	$1, %rax
	addsd	%xmm0, %xmm3
	cmpq	$12, %rax
	jne	.L39
.L51:
	addl	$1, %edx
	addq	$96, %rsi
	cmpl	$12, %edx
	jne	.L37
	movsd	dc(%rip), %xmm0
	movsd	1144+dc(%rip), %xmm2
	leaq	.LC18(%rip), %rdi
	movl	$4, %eax
	movsd	536+dc(%rip), %xmm1
	call	printf@PLT
	leaq	eye.1(%rip), %rsi
	movsd	.LC19(%rip), %xmm0
	movq	%rsi, %rax
	leaq	1248(%rsi), %rdx
	.p2align 4,,10
	.p2align 3
.L41:
	movsd	%xmm0, (%rax)
	addq	$104, %rax
	cmpq	%rdx, %rax
	jne	.L41
	leaq	out.0(%rip), %r11
	movq	%rsi, %rdx
	leaq	da(%rip), %rsi
	movq	%r11, %rdi
	call	dmatmul
	movq	%r11, %rdi
	movl	$1, %esi
	xorl	%r9d, %r9d
	leaq	1152(%r11), %r10
	.p2align 4,,10
	.p2align 3
.L42:
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L43:
	movsd	(%rdi,%rax), %xmm0
	xorl	%edx, %edx
	ucomisd	(%r15,%rax), %xmm0
	setnp	%dl
	cmovne	%r9d, %edx
	addq	$8, %rax
	andl	%edx, %esi
	cmpq	$96, %rax
	jne	.L43
	addq	$96, %rdi
	addq	$96, %r15
	cmpq	%rdi, %r10
	jne	.L42
	leaq	.LC20(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	leaq	112(%rsp), %rdi
	movl	%r14d, 112(%rsp)
	movabsq	$12884901890, %rax
	movq	%rax, 116(%rsp)
	movabsq	$21474836484, %rax
	movq	%rax, 124(%rsp)
	movabsq	$30064771078, %rax
	movq	%rax, 132(%rsp)
	movabsq	$42949672968, %rax
	movq	%rax, 140(%rsp)
	call	det3
	leaq	.LC21(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$10, %ecx
	xorl	%eax, %eax
	movl	$23, %edx
	movl	$23, %esi
	leaq	.LC22(%rip), %rdi
	call	printf@PLT
	addq	$168, %rsp
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
	.local	out.0
	.comm	out.0,1152,32
	.local	eye.1
	.comm	eye.1,1152,32
	.local	dc
	.comm	dc,1152,32
	.local	db
	.comm	db,1152,32
	.local	da
	.comm	da,1152,32
	.local	ic
	.comm	ic,576,32
	.local	ib
	.comm	ib,576,32
	.local	ia
	.comm	ia,576,32
	.globl	vseed
	.data
	.align 4
	.type	vseed, @object
	.size	vseed, 4
vseed:
	.long	7
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1
	.long	2
	.long	3
	.align 16
.LC2:
	.long	4
	.long	4
	.long	4
	.long	4
	.align 16
.LC3:
	.long	780903145
	.long	780903145
	.long	780903145
	.long	780903145
	.align 16
.LC4:
	.long	-5
	.long	-5
	.long	-5
	.long	-5
	.align 16
.LC5:
	.long	-1840700269
	.long	-1840700269
	.long	-1840700269
	.long	-1840700269
	.align 16
.LC6:
	.long	-3
	.long	-3
	.long	-3
	.long	-3
	.align 16
.LC7:
	.long	954437177
	.long	954437177
	.long	954437177
	.long	954437177
	.align 16
.LC8:
	.long	0
	.long	1071644672
	.long	0
	.long	1071644672
	.align 16
.LC10:
	.long	0
	.long	-1073741824
	.long	0
	.long	-1073741824
	.align 16
.LC12:
	.long	1321528399
	.long	1321528399
	.long	1321528399
	.long	1321528399
	.align 16
.LC13:
	.long	0
	.long	1070596096
	.long	0
	.long	1070596096
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC19:
	.long	0
	.long	1072693248
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
