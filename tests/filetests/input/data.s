# sections and data carried over; x86 `.align` is in bytes; GOT and RIP-relative accesses
	.text
	.globl	f
	.type	f, @function
f:
	movl	counter(%rip), %eax
	addl	$1, %eax
	movl	%eax, counter(%rip)
	movq	stdout@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	leaq	.LC0(%rip), %rdi
	ret
	.size	f, .-f
	.local	counter
	.comm	counter,4,4
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"hi #1"
	.data
	.align 16
	.type	table, @object
	.size	table, 12
table:
	.long	1
	.value	2
	.zero	6
	.section	.note.GNU-stack,"",@progbits
