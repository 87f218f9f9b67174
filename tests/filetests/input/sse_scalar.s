# SSE scalar double/single: loads, arithmetic, min/max, conversions (with x86's integer indefinite),
# ucomisd flags with parity, abs via andpd with a literal pool, movq between GPR and xmm
	.text
	.globl	scale
	.type	scale, @function
scale:
	pxor	%xmm1, %xmm1
	cvtsi2sdl	%edi, %xmm1
	mulsd	%xmm1, %xmm0
	movsd	.LC0(%rip), %xmm2
	andpd	%xmm2, %xmm0
	maxsd	.LC1(%rip), %xmm0
	ucomisd	%xmm0, %xmm1
	jp	.L2
	jne	.L2
	addsd	%xmm1, %xmm0
.L2:
	cvttsd2sil	%xmm0, %eax
	ret
	.size	scale, .-scale
	.globl	single
	.type	single, @function
single:
	movss	(%rdi), %xmm0
	mulss	%xmm0, %xmm0
	cvtss2sd	%xmm0, %xmm0
	sqrtsd	%xmm0, %xmm0
	movq	%xmm0, %rax
	ret
	.size	single, .-single
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	-1
	.long	2147483647
	.long	0
	.long	0
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC1:
	.long	0
	.long	1072693248
	.section	.note.GNU-stack,"",@progbits
