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
	// movq	%rdi, %rax
	mov x6, x0
	// movb	%sil, %al
	bfi x6, x1, #0, #8
	// movw	$-1, %ax
	movn x11, #0, lsl #0
	bfi x6, x11, #0, #16
	// movzbl	(%rdi), %ecx
	ldurb w3, [x0, #0]
	// movsbq	3(%rdi,%rsi,2), %rdx
	lsl x10, x1, #1
	add x10, x10, x0
	ldursb x2, [x10, #3]
	// movslq	%edx, %r8
	sxtw x11, w2
	mov x4, x11
	// movl	$-559038737, 8(%rdi)
	movn x11, #16656, lsl #0
	movk x11, #57005, lsl #16
	stur w11, [x0, #8]
	// movabsq	$81985529216486895, %r9
	movz x5, #52719, lsl #0
	movk x5, #35243, lsl #16
	movk x5, #17767, lsl #32
	movk x5, #291, lsl #48
	// xchgq	%rax, %rdx
	mov x10, x6
	mov x6, x2
	mov x2, x10
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
	.size	f, .-f
