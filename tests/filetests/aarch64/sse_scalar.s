// translated from x86-64 to aarch64 by gg 0.1.0
	.text
	.globl	scale
	.type	scale, %function
scale:
	mov x15, sp
	tbnz x30, #0, .Lgg_a64_1
	stp x6, x7, [x15, #-16]!
.Lgg_a64_1:
	str x30, [x15, #-8]!
	and sp, x15, #-16
	// pxor	%xmm1, %xmm1
	movi v1.2d, #0
	// cvtsi2sdl	%edi, %xmm1
	scvtf d1, w0
	// mulsd	%xmm1, %xmm0
	fmul d26, d0, d1
	fcmp d26, d26
	b.vc .Lgg_a64_2
	fcmp d0, d0
	b.vs .Lgg_a64_2
	fcmp d1, d1
	b.vs .Lgg_a64_2
	movz x16, #65528, lsl #48
	fmov d26, x16
.Lgg_a64_2:
	fmov d0, d26
	// movsd	.LC0(%rip), %xmm2
	adrp x10, .LC0
	add x10, x10, :lo12:.LC0
	ldur d2, [x10, #0]
	// andpd	%xmm2, %xmm0
	and v0.16b, v0.16b, v2.16b
	// maxsd	.LC1(%rip), %xmm0
	adrp x10, .LC1
	add x10, x10, :lo12:.LC1
	ldur d24, [x10, #0]
	fcmp d0, d24
	fcsel d0, d0, d24, gt
	// ucomisd	%xmm0, %xmm1
	fcmp d1, d0
	cset w16, eq
	cset w17, vs
	orr w16, w16, w17
	cset w11, lt
	orr x11, x11, x16, lsl #1
	mov x13, x11
	// jp	.L2
	cmp x13, #3
	b.eq .L2
	// jne	.L2
	cmp x13, #2
	b.lo .L2
	// addsd	%xmm1, %xmm0
	fadd d26, d0, d1
	fcmp d26, d26
	b.vc .Lgg_a64_3
	fcmp d0, d0
	b.vs .Lgg_a64_3
	fcmp d1, d1
	b.vs .Lgg_a64_3
	movz x16, #65528, lsl #48
	fmov d26, x16
.Lgg_a64_3:
	fmov d0, d26
.L2:
	// cvttsd2sil	%xmm0, %eax
	msr fpsr, xzr
	fcvtzs w6, d0
	mrs x16, fpsr
	movz x17, #32768, lsl #16
	tst x16, #1
	csel w6, w17, w6, ne
	// ret
	ldr x30, [x15], #8
	mov sp, x15
	tbz x30, #0, .Lgg_a64_4
	sub x30, x30, #1
	ret
.Lgg_a64_4:
	mov x0, x6
	mov x1, x2
	add sp, x15, #16
	ret
	.size	scale, .-scale
	.globl	single
	.type	single, %function
single:
	mov x15, sp
	tbnz x30, #0, .Lgg_a64_5
	stp x6, x7, [x15, #-16]!
.Lgg_a64_5:
	str x30, [x15, #-8]!
	and sp, x15, #-16
	// movss	(%rdi), %xmm0
	ldur s0, [x0, #0]
	// mulss	%xmm0, %xmm0
	fmul s26, s0, s0
	fcmp s26, s26
	b.vc .Lgg_a64_6
	fcmp s0, s0
	b.vs .Lgg_a64_6
	fcmp s0, s0
	b.vs .Lgg_a64_6
	movz x16, #65472, lsl #16
	fmov s26, w16
.Lgg_a64_6:
	fmov s0, s26
	// cvtss2sd	%xmm0, %xmm0
	fcvt d0, s0
	// sqrtsd	%xmm0, %xmm0
	fsqrt d26, d0
	fcmp d26, d26
	b.vc .Lgg_a64_7
	fcmp d0, d0
	b.vs .Lgg_a64_7
	movz x16, #65528, lsl #48
	fmov d26, x16
.Lgg_a64_7:
	fmov d0, d26
	// movq	%xmm0, %rax
	fmov x11, d0
	mov x6, x11
	// ret
	ldr x30, [x15], #8
	mov sp, x15
	tbz x30, #0, .Lgg_a64_8
	sub x30, x30, #1
	ret
.Lgg_a64_8:
	mov x0, x6
	mov x1, x2
	add sp, x15, #16
	ret
	.size	single, .-single
	.section	.rodata.cst16,"aM",%progbits,16
	.balign 16
.LC0:
	.long	-1
	.long	2147483647
	.long	0
	.long	0
	.section	.rodata.cst8,"aM",%progbits,8
	.balign 8
.LC1:
	.long	0
	.long	1072693248
	.section	.note.GNU-stack,"",%progbits
