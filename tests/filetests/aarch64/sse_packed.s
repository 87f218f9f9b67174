// translated from x86-64 to aarch64 by gg 0.1.0
	.text
	.globl	sum4
	.type	sum4, %function
sum4:
	mov x15, sp
	tbnz x30, #0, .Lgg_a64_1
	stp x6, x7, [x15, #-16]!
.Lgg_a64_1:
	str x30, [x15, #-8]!
	and sp, x15, #-16
	// movdqu	(%rdi), %xmm0
	ldur q0, [x0, #0]
	// movdqu	16(%rdi), %xmm1
	ldur q1, [x0, #16]
	// paddd	%xmm1, %xmm0
	add v0.4s, v0.4s, v1.4s
	// movdqa	%xmm0, %xmm1
	mov v1.16b, v0.16b
	// psrldq	$8, %xmm1
	movi v26.2d, #0
	ext v1.16b, v1.16b, v26.16b, #8
	// paddd	%xmm1, %xmm0
	add v0.4s, v0.4s, v1.4s
	// pshufd	$0x55, %xmm0, %xmm1
	mov v26.s[0], v0.s[1]
	mov v26.s[1], v0.s[1]
	mov v26.s[2], v0.s[1]
	mov v26.s[3], v0.s[1]
	mov v1.16b, v26.16b
	// paddd	%xmm1, %xmm0
	add v0.4s, v0.4s, v1.4s
	// movd	%xmm0, %eax
	fmov w11, s0
	mov w6, w11
	// ret
	ldr x30, [x15], #8
	mov sp, x15
	tbz x30, #0, .Lgg_a64_2
	sub x30, x30, #1
	ret
.Lgg_a64_2:
	mov x0, x6
	mov x1, x2
	add sp, x15, #16
	ret
	.size	sum4, .-sum4
	.section	.note.GNU-stack,"",%progbits
