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
	// leal	(%rdi,%rsi), %eax
	add x10, x1, x0
	mov w6, w10
	// addl	$5, %eax
	add w6, w6, #5
	// subq	$4096, %rdi
	sub x0, x0, #4096
	// imull	$100003, %esi, %edx
	movz x16, #34467, lsl #0
	movk x16, #1, lsl #16
	mul w2, w1, w16
	// negl	%edx
	sub w2, wzr, w2
	// incq	%rcx
	add x3, x3, #1
	// movl	%edi, %eax
	mov w6, w0
	// cltd
	asr w2, w6, #31
	// idivl	%esi
	sdiv w12, w6, w1
	sdiv w17, w6, w1
	msub w2, w17, w1, w6
	mov x6, x12
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
