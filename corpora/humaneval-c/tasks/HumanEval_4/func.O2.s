	.file	"func.c"
	.text
	.p2align 4
	.globl	mean_absolute_deviation
	.type	mean_absolute_deviation, @function
mean_absolute_deviation:
.LFB0:
	.cfi_startproc
	pxor	%xmm5, %xmm5
	cvtsi2sdl	%esi, %xmm5
	testl	%esi, %esi
	jle	.L7
	movslq	%esi, %rsi
	movq	%rdi, %rax
	pxor	%xmm0, %xmm0
	leaq	(%rdi,%rsi,8), %rdx
	.p2align 4,,10
	.p2align 3
.L3:
	addsd	(%rax), %xmm0
	addq	$8, %rax
	cmpq	%rax, %rdx
	jne	.L3
	divsd	%xmm5, %xmm0
	pxor	%xmm2, %xmm2
	movq	.LC1(%rip), %xmm4
	movapd	%xmm2, %xmm3
	.p2align 4,,10
	.p2align 3
.L6:
	movsd	(%rdi), %xmm1
	subsd	%xmm0, %xmm1
	comisd	%xmm1, %xmm3
	jbe	.L4
	xorpd	%xmm4, %xmm1
.L4:
	addq	$8, %rdi
	addsd	%xmm1, %xmm2
	cmpq	%rdi, %rdx
	jne	.L6
	divsd	%xmm5, %xmm2
	movapd	%xmm2, %xmm0
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	pxor	%xmm2, %xmm2
	divsd	%xmm5, %xmm2
	movapd	%xmm2, %xmm0
	ret
	.cfi_endproc
.LFE0:
	.size	mean_absolute_deviation, .-mean_absolute_deviation
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC1:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
