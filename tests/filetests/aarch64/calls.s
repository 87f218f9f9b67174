// translated from x86-64 to aarch64 by gg 0.1.0
	.text
	.globl	show
	.type	show, %function
show:
	mov x15, sp
	tbnz x30, #0, .Lgg_a64_1
	stp x6, x7, [x15, #-16]!
.Lgg_a64_1:
	str x30, [x15, #-8]!
	and sp, x15, #-16
	// subq	$8, %rsp
	sub x15, x15, #8
	and sp, x15, #-16
	// leaq	.LC0(%rip), %rdi
	adrp x10, .LC0
	add x10, x10, :lo12:.LC0
	mov x0, x10
	// movl	$1, %esi
	movz x1, #1, lsl #0
	// movl	$1, %eax
	movz x6, #1, lsl #0
	// call	printf@PLT
	mov sp, x15
	bl printf
	mov x15, sp
	mov x6, x0
	mov x2, x1
	// call	bits
	mov sp, x15
	adr x30, .Lgg_a64_2+1
	b bits
.Lgg_a64_2:
	and sp, x15, #-16
	// addq	$8, %rsp
	add x15, x15, #8
	and sp, x15, #-16
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
	.size	show, .-show
	.globl	bits
	.type	bits, %function
bits:
	mov x15, sp
	tbnz x30, #0, .Lgg_a64_4
	stp x6, x7, [x15, #-16]!
.Lgg_a64_4:
	str x30, [x15, #-8]!
	and sp, x15, #-16
	// bsrq	%rdi, %rax
	mov x11, x6
	clz x16, x0
	eor x16, x16, #63
	cmp x0, #0
	csel x11, x16, x11, ne
	mov x6, x11
	// popcntq	%rsi, %rdx
	fmov d26, x1
	cnt v26.8b, v26.8b
	addv b26, v26.8b
	fmov w11, s26
	mov x2, x11
	// addq	%rdx, %rax
	add x6, x6, x2
	// leaq	-64(%rsp), %rdi
	sub x11, x15, #64
	mov x0, x11
	// movl	$4, %ecx
	movz x3, #4, lsl #0
	// stosq
.Lgg_rep6:
	cbz x3, .Lgg_rep6_end
	stur x6, [x0, #0]
	add x0, x0, #8
	sub x3, x3, #1
	b .Lgg_rep6
.Lgg_rep6_end:
	// ret
	ldr x30, [x15], #8
	mov sp, x15
	tbz x30, #0, .Lgg_a64_5
	sub x30, x30, #1
	ret
.Lgg_a64_5:
	mov x0, x6
	mov x1, x2
	add sp, x15, #16
	ret
	.size	bits, .-bits
	.section	.rodata.str1.1,"aMS",%progbits,1
.LC0:
	.string	"%d %f\n"
	.section	.note.GNU-stack,"",%progbits
