# packed SSE2 as gcc -O2 vectorizes an int sum: 128-bit loads, paddd, shuffles, byte shifts
	.text
	.globl	sum4
	.type	sum4, @function
sum4:
	movdqu	(%rdi), %xmm0
	movdqu	16(%rdi), %xmm1
	paddd	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	psrldq	$8, %xmm1
	paddd	%xmm1, %xmm0
	pshufd	$0x55, %xmm0, %xmm1
	paddd	%xmm1, %xmm0
	movd	%xmm0, %eax
	ret
	.size	sum4, .-sum4
	.section	.note.GNU-stack,"",@progbits
