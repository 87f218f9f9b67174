	.text
	.globl	main
	.type	main, @function
main:
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%eax, %eax
	ret
	.size	main, .-main
	.section	.note.GNU-stack,"",@progbits
