# printf with doubles (RISC-V: variadic doubles in integer registers), calls within the file
# (tagged return addresses), bit counting, rep stosq
	.text
	.globl	show
	.type	show, @function
show:
	subq	$8, %rsp
	leaq	.LC0(%rip), %rdi
	movl	$1, %esi
	movl	$1, %eax
	call	printf@PLT
	call	bits
	addq	$8, %rsp
	ret
	.size	show, .-show
	.globl	bits
	.type	bits, @function
bits:
	bsrq	%rdi, %rax
	popcntq	%rsi, %rdx
	addq	%rdx, %rax
	leaq	-64(%rsp), %rdi
	movl	$4, %ecx
	rep stosq
	ret
	.size	bits, .-bits
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %f\n"
	.section	.note.GNU-stack,"",@progbits
