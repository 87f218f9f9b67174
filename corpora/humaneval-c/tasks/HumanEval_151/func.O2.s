	.file	"func.c"
	.text
	.p2align 4
	.globl	double_the_difference
	.type	double_the_difference, @function
double_the_difference:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L7
	movslq	%esi, %rsi
	xorl	%r8d, %r8d
	pxor	%xmm4, %xmm4
	movsd	.LC1(%rip), %xmm5
	movsd	.LC4(%rip), %xmm3
	movsd	.LC3(%rip), %xmm6
	leaq	(%rdi,%rsi,8), %rsi
	.p2align 4,,10
	.p2align 3
.L6:
	movsd	(%rdi), %xmm0
	comisd	%xmm0, %xmm4
	jnb	.L3
	movapd	%xmm0, %xmm1
	movapd	%xmm0, %xmm2
	andpd	%xmm3, %xmm1
	ucomisd	%xmm1, %xmm5
	jbe	.L4
	cvttsd2siq	%xmm0, %rax
	pxor	%xmm1, %xmm1
	cvtsi2sdq	%rax, %xmm1
	movapd	%xmm1, %xmm2
	cmpnlesd	%xmm0, %xmm2
	andpd	%xmm6, %xmm2
	subsd	%xmm2, %xmm1
	movapd	%xmm3, %xmm2
	andnpd	%xmm0, %xmm2
	orpd	%xmm1, %xmm2
.L4:
	ucomisd	%xmm2, %xmm0
	jp	.L3
	jne	.L3
	cvttsd2siq	%xmm0, %rdx
	movq	%rdx, %rcx
	shrq	$63, %rcx
	leaq	(%rdx,%rcx), %rax
	andl	$1, %eax
	subq	%rcx, %rax
	cmpq	$1, %rax
	jne	.L3
	imulq	%rdx, %rdx
	addq	%rdx, %r8
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$8, %rdi
	cmpq	%rdi, %rsi
	jne	.L6
	movq	%r8, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	xorl	%r8d, %r8d
	movq	%r8, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	double_the_difference, .-double_the_difference
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC1:
	.long	0
	.long	1127219200
	.align 8
.LC3:
	.long	0
	.long	1072693248
	.align 8
.LC4:
	.long	-1
	.long	2147483647
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
