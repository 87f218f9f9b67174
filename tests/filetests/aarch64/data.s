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
	// movl	counter(%rip), %eax
	adrp x10, counter
	add x10, x10, :lo12:counter
	ldur w6, [x10, #0]
	// addl	$1, %eax
	add w6, w6, #1
	// movl	%eax, counter(%rip)
	adrp x10, counter
	add x10, x10, :lo12:counter
	stur w6, [x10, #0]
	// movq	stdout@GOTPCREL(%rip), %rax
	adrp x6, :got:stdout
	ldr x6, [x6, :got_lo12:stdout]
	// movq	(%rax), %rax
	ldur x6, [x6, #0]
	// leaq	.LC0(%rip), %rdi
	adrp x10, .LC0
	add x10, x10, :lo12:.LC0
	mov x0, x10
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
	.local	counter
	.comm	counter,4,4
	.section	.rodata.str1.1,"aMS",%progbits,1
.LC0:
	.string	"hi #1"
	.data
	.balign 16
	.type	table, %object
	.size	table, 12
table:
	.long	1
	.short 2
	.zero	6
	.section	.note.GNU-stack,"",%progbits
