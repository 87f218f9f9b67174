// translated from x86-64 to aarch64 by gg 0.1.0
	.text
	.globl	f
	.type	f, %function
f:
	mov x15, sp
	tbnz x30, #0, .Lgg_a64_1
	stp x6, x7, [x15, #-16]!
.Lgg_a64_1:
	str x30, [x15, #-8]!
	and sp, x15, #-16
	// cmpl	%esi, %edi
	// jg	.L2
	sxtw x12, w0
	sxtw x8, w1
	cmp x8, x12
	b.lt .L2
	// testb	$1, %dil
	and x11, x0, #0x1
	// sete	%al
	sxtb x12, w11
	cmp x12, #0
	cset x11, eq
	bfi x6, x11, #0, #8
	// cmpq	$10, %rsi
	mov x13, x1
	movz x14, #10, lsl #0
	// jl	.L3
	cmp x13, x14
	b.lt .L3
	// je	.L4
	cmp x13, x14
	b.eq .L4
.L2:
	// cmpq	%rdx, %rdi
	// cmovbq	%rdx, %rdi
	cmp x0, x2
	cset x12, lo
	cmp x12, #0
	csel x0, x2, x0, ne
	// movq	%rdi, %rax
	mov x6, x0
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
.L3:
.L4:
	// ret
	ldr x30, [x15], #8
	mov sp, x15
	tbz x30, #0, .Lgg_a64_3
	sub x30, x30, #1
	ret
.Lgg_a64_3:
	mov x0, x6
	mov x1, x2
	add sp, x15, #16
	ret
	.size	f, .-f
