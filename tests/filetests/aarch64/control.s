// translated from x86-64 to aarch64 by gg 0.1.0
	.text
	.globl	f
	.type	f, %function
f:
	mov x15, sp
	str x30, [x15, #-8]!
	and sp, x15, #-16
	// pushq	%rbx
	sub x15, x15, #8
	and sp, x15, #-16
	stur x19, [x15, #0]
	// movl	%edi, %ebx
	mov w19, w0
	// call	puts@PLT
	mov sp, x15
	bl puts
	mov x15, sp
	mov x6, x0
	mov x2, x1
	// cmpl	$2, %ebx
	// ja	.L9
	mov w12, w19
	movz x8, #2, lsl #0
	cmp x8, x12
	b.lo .L9
	// leaq	.L4(%rip), %rdx
	adrp x10, .L4
	add x10, x10, :lo12:.L4
	mov x2, x10
	// movslq	(%rdx,%rbx,4), %rax
	lsl x10, x19, #2
	add x10, x10, x2
	ldursw x6, [x10, #0]
	// addq	%rdx, %rax
	add x6, x6, x2
	// jmp	*%rax
	br x6
	.section	.rodata
	.balign 4
.L4:
	.long	.L3-.L4
	.long	.L5-.L4
	.long	.L9-.L4
	.text
.L3:
	// call	*%rsi
	mov sp, x15
	blr x1
	mov x15, sp
	mov x6, x0
	mov x2, x1
	// popq	%rbx
	ldur x11, [x15, #0]
	add x15, x15, #8
	and sp, x15, #-16
	mov x19, x11
	// ret
	ldr x30, [x15], #8
	mov sp, x15
	tbz x30, #0, .Lgg_a64_1
	sub x30, x30, #1
	ret
.Lgg_a64_1:
	mov x0, x6
	mov x1, x2
	ret
.L5:
	// popq	%rbx
	ldur x11, [x15, #0]
	add x15, x15, #8
	and sp, x15, #-16
	mov x19, x11
	// jmp	g
	sub x15, x15, #8
	and sp, x15, #-16
	mov sp, x15
	bl g
	mov x15, sp
	mov x6, x0
	mov x2, x1
	add x15, x15, #8
	and sp, x15, #-16
	ldr x30, [x15], #8
	mov sp, x15
	tbz x30, #0, .Lgg_a64_2
	sub x30, x30, #1
	ret
.Lgg_a64_2:
	mov x0, x6
	mov x1, x2
	ret
.L9:
	// popq	%rbx
	ldur x11, [x15, #0]
	add x15, x15, #8
	and sp, x15, #-16
	mov x19, x11
	// jmp	*%rcx
	mov sp, x15
	blr x3
	mov x15, sp
	mov x6, x0
	mov x2, x1
	ldr x30, [x15], #8
	mov sp, x15
	tbz x30, #0, .Lgg_a64_3
	sub x30, x30, #1
	ret
.Lgg_a64_3:
	mov x0, x6
	mov x1, x2
	ret
	.size	f, .-f
