	.text
	.globl	main
	.type	main, @function
main:
	movl	$0, %eax
	movl	%eax, %nosuchreg
	ret
