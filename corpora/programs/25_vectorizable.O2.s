	.file	"25_vectorizable.c"
	.text
	.p2align 4
	.globl	sum_a
	.type	sum_a, @function
sum_a:
.LFB11:
	.cfi_startproc
	leaq	a(%rip), %rax
	pxor	%xmm0, %xmm0
	leaq	4096(%rax), %rdx
	.p2align 4,,10
	.p2align 3
.L2:
	paddd	(%rax), %xmm0
	addq	$16, %rax
	cmpq	%rax, %rdx
	jne	.L2
	movdqa	%xmm0, %xmm1
	psrldq	$8, %xmm1
	paddd	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	psrldq	$4, %xmm1
	paddd	%xmm1, %xmm0
	movd	%xmm0, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	sum_a, .-sum_a
	.p2align 4
	.globl	sum16
	.type	sum16, @function
sum16:
.LFB12:
	.cfi_startproc
	leaq	64(%rdi), %rax
	pxor	%xmm0, %xmm0
.L6:
	movdqu	(%rdi), %xmm2
	addq	$16, %rdi
	paddd	%xmm2, %xmm0
	cmpq	%rdi, %rax
	jne	.L6
	movdqa	%xmm0, %xmm1
	psrldq	$8, %xmm1
	paddd	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	psrldq	$4, %xmm1
	paddd	%xmm1, %xmm0
	movd	%xmm0, %eax
	ret
	.cfi_endproc
.LFE12:
	.size	sum16, .-sum16
	.p2align 4
	.globl	sum_n
	.type	sum_n, @function
sum_n:
.LFB13:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L11
	movslq	%esi, %rsi
	xorl	%eax, %eax
	leaq	(%rdi,%rsi,4), %rcx
	.p2align 4,,10
	.p2align 3
.L10:
	movslq	(%rdi), %rdx
	addq	$4, %rdi
	addq	%rdx, %rax
	cmpq	%rcx, %rdi
	jne	.L10
	ret
	.p2align 4,,10
	.p2align 3
.L11:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE13:
	.size	sum_n, .-sum_n
	.p2align 4
	.globl	add_arrays
	.type	add_arrays, @function
add_arrays:
.LFB14:
	.cfi_startproc
	xorl	%eax, %eax
	leaq	c(%rip), %rsi
	leaq	a(%rip), %rcx
	leaq	b(%rip), %rdx
	.p2align 4,,10
	.p2align 3
.L14:
	movdqa	(%rcx,%rax), %xmm0
	paddd	(%rdx,%rax), %xmm0
	movaps	%xmm0, (%rsi,%rax)
	addq	$16, %rax
	cmpq	$4096, %rax
	jne	.L14
	ret
	.cfi_endproc
.LFE14:
	.size	add_arrays, .-add_arrays
	.p2align 4
	.globl	mul_add
	.type	mul_add, @function
mul_add:
.LFB15:
	.cfi_startproc
	movd	%edi, %xmm5
	leaq	b(%rip), %rax
	leaq	c(%rip), %rdx
	pshufd	$0, %xmm5, %xmm3
	leaq	4096(%rax), %rcx
	movdqa	%xmm3, %xmm4
	psrlq	$32, %xmm4
	.p2align 4,,10
	.p2align 3
.L17:
	movdqa	(%rdx), %xmm0
	movdqa	(%rdx), %xmm1
	movdqa	%xmm3, %xmm2
	pmuludq	(%rax), %xmm2
	pshufd	$8, %xmm2, %xmm2
	addq	$16, %rax
	addq	$16, %rdx
	pslld	$1, %xmm0
	paddd	%xmm0, %xmm1
	movdqa	-16(%rax), %xmm0
	psrlq	$32, %xmm0
	pmuludq	%xmm4, %xmm0
	pshufd	$8, %xmm0, %xmm0
	punpckldq	%xmm0, %xmm2
	paddd	%xmm2, %xmm1
	movaps	%xmm1, -16(%rdx)
	cmpq	%rax, %rcx
	jne	.L17
	ret
	.cfi_endproc
.LFE15:
	.size	mul_add, .-mul_add
	.p2align 4
	.globl	count_byte
	.type	count_byte, @function
count_byte:
.LFB16:
	.cfi_startproc
	movd	%edi, %xmm4
	leaq	text(%rip), %rax
	movdqa	.LC0(%rip), %xmm7
	pxor	%xmm1, %xmm1
	punpcklbw	%xmm4, %xmm4
	leaq	1024(%rax), %rdx
	pxor	%xmm5, %xmm5
	punpcklwd	%xmm4, %xmm4
	pxor	%xmm3, %xmm3
	pshufd	$0, %xmm4, %xmm4
	.p2align 4,,10
	.p2align 3
.L20:
	movdqa	%xmm4, %xmm0
	addq	$16, %rax
	pcmpeqb	-16(%rax), %xmm0
	pand	%xmm7, %xmm0
	movdqa	%xmm0, %xmm2
	punpckhbw	%xmm5, %xmm0
	punpcklbw	%xmm5, %xmm2
	movdqa	%xmm2, %xmm6
	punpckhwd	%xmm3, %xmm2
	punpcklwd	%xmm3, %xmm6
	paddd	%xmm6, %xmm1
	paddd	%xmm2, %xmm1
	movdqa	%xmm0, %xmm2
	punpckhwd	%xmm3, %xmm0
	punpcklwd	%xmm3, %xmm2
	paddd	%xmm2, %xmm1
	paddd	%xmm0, %xmm1
	cmpq	%rax, %rdx
	jne	.L20
	movdqa	%xmm1, %xmm0
	psrldq	$8, %xmm0
	paddd	%xmm0, %xmm1
	movdqa	%xmm1, %xmm0
	psrldq	$4, %xmm0
	paddd	%xmm0, %xmm1
	movd	%xmm1, %eax
	ret
	.cfi_endproc
.LFE16:
	.size	count_byte, .-count_byte
	.p2align 4
	.globl	max_c
	.type	max_c, @function
max_c:
.LFB17:
	.cfi_startproc
	movd	c(%rip), %xmm3
	leaq	c(%rip), %rax
	leaq	4096(%rax), %rdx
	pshufd	$0, %xmm3, %xmm0
	.p2align 4,,10
	.p2align 3
.L23:
	movdqa	%xmm0, %xmm1
	addq	$16, %rax
	pcmpgtd	-16(%rax), %xmm1
	pand	%xmm1, %xmm0
	pandn	-16(%rax), %xmm1
	por	%xmm1, %xmm0
	cmpq	%rax, %rdx
	jne	.L23
	movdqa	%xmm0, %xmm2
	psrldq	$8, %xmm2
	movdqa	%xmm2, %xmm1
	pcmpgtd	%xmm0, %xmm1
	pand	%xmm1, %xmm2
	pandn	%xmm0, %xmm1
	por	%xmm2, %xmm1
	movdqa	%xmm1, %xmm2
	psrldq	$4, %xmm2
	movdqa	%xmm2, %xmm0
	pcmpgtd	%xmm1, %xmm0
	pand	%xmm0, %xmm2
	pandn	%xmm1, %xmm0
	por	%xmm2, %xmm0
	movd	%xmm0, %eax
	ret
	.cfi_endproc
.LFE17:
	.size	max_c, .-max_c
	.p2align 4
	.globl	min_short
	.type	min_short, @function
min_short:
.LFB18:
	.cfi_startproc
	movzwl	sa(%rip), %eax
	movd	%eax, %xmm0
	leaq	sa(%rip), %rax
	punpcklwd	%xmm0, %xmm0
	leaq	2048(%rax), %rdx
	pshufd	$0, %xmm0, %xmm0
	.p2align 4,,10
	.p2align 3
.L26:
	pminsw	(%rax), %xmm0
	addq	$16, %rax
	cmpq	%rax, %rdx
	jne	.L26
	movdqa	%xmm0, %xmm1
	psrldq	$8, %xmm1
	pminsw	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	psrldq	$4, %xmm1
	pminsw	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	psrldq	$2, %xmm1
	pminsw	%xmm1, %xmm0
	pextrw	$0, %xmm0, %eax
	cwtl
	ret
	.cfi_endproc
.LFE18:
	.size	min_short, .-min_short
	.p2align 4
	.globl	scale_floats
	.type	scale_floats, @function
scale_floats:
.LFB19:
	.cfi_startproc
	xorl	%eax, %eax
	leaq	fb(%rip), %rcx
	leaq	fa(%rip), %rdx
	shufps	$0, %xmm0, %xmm0
	.p2align 4,,10
	.p2align 3
.L29:
	movaps	(%rdx,%rax), %xmm1
	mulps	%xmm0, %xmm1
	movaps	%xmm1, (%rcx,%rax)
	addq	$16, %rax
	cmpq	$4096, %rax
	jne	.L29
	ret
	.cfi_endproc
.LFE19:
	.size	scale_floats, .-scale_floats
	.p2align 4
	.globl	xor_reduce
	.type	xor_reduce, @function
xor_reduce:
.LFB20:
	.cfi_startproc
	leaq	a(%rip), %rax
	pxor	%xmm0, %xmm0
	leaq	4096(%rax), %rdx
	.p2align 4,,10
	.p2align 3
.L32:
	pxor	(%rax), %xmm0
	addq	$16, %rax
	cmpq	%rax, %rdx
	jne	.L32
	movdqa	%xmm0, %xmm1
	psrldq	$8, %xmm1
	pxor	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	psrldq	$4, %xmm1
	pxor	%xmm1, %xmm0
	movd	%xmm0, %eax
	ret
	.cfi_endproc
.LFE20:
	.size	xor_reduce, .-xor_reduce
	.p2align 4
	.globl	to_upper_ascii
	.type	to_upper_ascii, @function
to_upper_ascii:
.LFB21:
	.cfi_startproc
	leaq	text(%rip), %rax
	movdqa	.LC1(%rip), %xmm6
	pxor	%xmm3, %xmm3
	movdqa	.LC2(%rip), %xmm5
	movdqa	.LC3(%rip), %xmm4
	leaq	1024(%rax), %rdx
	.p2align 4,,10
	.p2align 3
.L35:
	movdqa	(%rax), %xmm2
	addq	$16, %rax
	movdqa	%xmm2, %xmm0
	movdqa	%xmm2, %xmm1
	paddb	%xmm6, %xmm0
	paddb	%xmm4, %xmm1
	psubusb	%xmm5, %xmm0
	pcmpeqb	%xmm3, %xmm0
	pand	%xmm0, %xmm1
	pandn	%xmm2, %xmm0
	por	%xmm1, %xmm0
	movaps	%xmm0, -16(%rax)
	cmpq	%rax, %rdx
	jne	.L35
	ret
	.cfi_endproc
.LFE21:
	.size	to_upper_ascii, .-to_upper_ascii
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC7:
	.string	"sum a=%d (scalar %ld)\n"
.LC8:
	.string	"sum16@%d=%d "
.LC9:
	.string	"sum c=%ld c[0]=%d c[1023]=%d\n"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC10:
	.string	"mul_add sum=%ld c[500]=%d max=%d\n"
	.align 8
.LC11:
	.string	"count 'a'=%d 'b'=%d ' '=%d 'q'=%d\n"
	.section	.rodata.str1.1
.LC12:
	.string	"min short=%d\n"
	.section	.rodata.str1.8
	.align 8
.LC14:
	.string	"scaled float sum=%.2f fb[77]=%.2f\n"
	.section	.rodata.str1.1
.LC15:
	.string	"xor reduce a=%08x\n"
.LC16:
	.string	"upper: %.32s\n"
.LC6:
	.string	"abcab cabbage zz"
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
	xorl	%esi, %esi
	xorl	%edx, %edx
	movl	$97, %r8d
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	leaq	a(%rip), %r9
	leaq	sa(%rip), %r11
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	leaq	fa(%rip), %r10
	leaq	.LC6(%rip), %r13
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	leaq	b(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	leaq	text(%rip), %rbx
	subq	$8, %rsp
	.cfi_def_cfa_offset 64
	movl	vseed(%rip), %ebp
	movss	.LC5(%rip), %xmm1
	movl	%ebp, %edi
	movl	%ebp, %ecx
	jmp	.L39
	.p2align 4,,10
	.p2align 3
.L45:
	leal	(%rdx,%rdx,2), %eax
	andl	$15, %eax
	movzbl	0(%r13,%rax), %r8d
.L39:
	movslq	%esi, %rax
	movl	%esi, %r14d
	movb	%r8b, (%rbx,%rdx)
	movl	%edi, %r8d
	imulq	$274877907, %rax, %rax
	sarl	$31, %r14d
	sarl	$31, %r8d
	pxor	%xmm0, %xmm0
	sarq	$38, %rax
	subl	%r14d, %eax
	movl	%esi, %r14d
	addl	%ebp, %esi
	imull	$1000, %eax, %eax
	subl	%eax, %r14d
	leal	-500(%r14), %eax
	movl	%ecx, %r14d
	movl	%eax, (%r9,%rdx,4)
	movslq	%ecx, %rax
	sarl	$31, %r14d
	imulq	$-993130575, %rax, %rax
	shrq	$32, %rax
	addl	%ecx, %eax
	sarl	$8, %eax
	subl	%r14d, %eax
	movl	%ecx, %r14d
	addl	$7, %ecx
	imull	$333, %eax, %eax
	subl	%eax, %r14d
	movslq	%edi, %rax
	imulq	$274877907, %rax, %rax
	movl	%r14d, (%r12,%rdx,4)
	sarq	$39, %rax
	subl	%r8d, %eax
	movl	%edi, %r8d
	addl	$37, %edi
	imull	$2000, %eax, %eax
	subl	%eax, %r8d
	leal	-1000(%r8), %eax
	movw	%ax, (%r11,%rdx,2)
	movl	%edx, %eax
	andl	$63, %eax
	cvtsi2ssl	%eax, %xmm0
	mulss	%xmm1, %xmm0
	movss	%xmm0, (%r10,%rdx,4)
	addq	$1, %rdx
	cmpq	$1024, %rdx
	jne	.L45
	movq	%r9, %rdi
	movl	$1024, %esi
	xorl	%r13d, %r13d
	call	sum_n
	leaq	a(%rip), %r12
	leaq	.LC7(%rip), %rdi
	movq	%rax, %rcx
	leaq	1184(%r12), %r15
	leaq	.LC8(%rip), %r14
	call	sum_a
	movq	%rcx, %rdx
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	.p2align 4,,10
	.p2align 3
.L40:
	movq	%r12, %rdi
	movl	%r13d, %esi
	addq	$148, %r12
	addl	$37, %r13d
	call	sum16
	movq	%r14, %rdi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	printf@PLT
	cmpq	%r12, %r15
	jne	.L40
	movl	$10, %edi
	leaq	c(%rip), %r12
	call	putchar@PLT
	movq	%r12, %rdi
	call	add_arrays
	movl	$1024, %esi
	call	sum_n
	movl	c(%rip), %edx
	movl	4092+c(%rip), %ecx
	leaq	.LC9(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	%ebp, %edi
	movl	$1024, %esi
	negl	%edi
	call	mul_add
	movq	%r12, %rdi
	call	max_c
	movl	%eax, %r8d
	call	sum_n
	movl	2000+c(%rip), %edx
	movl	%r8d, %ecx
	leaq	.LC10(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$113, %edi
	call	count_byte
	movl	$32, %edi
	movl	%eax, %r8d
	call	count_byte
	movl	$98, %edi
	movl	%eax, %ecx
	call	count_byte
	movl	$97, %edi
	movl	%eax, %r9d
	call	count_byte
	movl	%r9d, %edx
	leaq	.LC11(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$-1234, %eax
	leaq	.LC12(%rip), %rdi
	movw	%ax, 1554+sa(%rip)
	call	min_short
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movss	.LC13(%rip), %xmm0
	call	scale_floats
	leaq	fb(%rip), %rax
	pxor	%xmm0, %xmm0
	leaq	4096(%rax), %rdx
	.p2align 4,,10
	.p2align 3
.L41:
	pxor	%xmm1, %xmm1
	addq	$4, %rax
	cvtss2sd	-4(%rax), %xmm1
	addsd	%xmm1, %xmm0
	cmpq	%rax, %rdx
	jne	.L41
	leaq	.LC14(%rip), %rdi
	pxor	%xmm1, %xmm1
	movl	$2, %eax
	cvtss2sd	308+fb(%rip), %xmm1
	call	printf@PLT
	leaq	.LC15(%rip), %rdi
	call	xor_reduce
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movq	%rbx, %rsi
	leaq	.LC16(%rip), %rdi
	call	to_upper_ascii
	xorl	%eax, %eax
	call	printf@PLT
	addq	$8, %rsp
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
	.local	fb
	.comm	fb,4096,32
	.local	fa
	.comm	fa,4096,32
	.local	sa
	.comm	sa,2048,32
	.local	text
	.comm	text,1024,32
	.local	c
	.comm	c,4096,32
	.local	b
	.comm	b,4096,32
	.local	a
	.comm	a,4096,32
	.globl	vseed
	.data
	.align 4
	.type	vseed, @object
	.size	vseed, 4
vseed:
	.long	11
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.byte	1
	.align 16
.LC1:
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.byte	-97
	.align 16
.LC2:
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.byte	25
	.align 16
.LC3:
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.byte	-32
	.section	.rodata.cst4,"aM",@progbits,4
	.align 4
.LC5:
	.long	1056964608
	.align 4
.LC13:
	.long	1075838976
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
