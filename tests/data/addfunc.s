# A function-only file (no main): needs a test driver to be verified.
	.text
	.globl	add3
	.type	add3, @function
add3:
	leal	(%rdi,%rsi), %eax
	addl	%edx, %eax
	ret
	.size	add3, .-add3
	.section	.note.GNU-stack,"",@progbits
