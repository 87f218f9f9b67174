	.file	"solve.c"
	.text
	.p2align 4
	.globl	magic
	.type	magic, @function
magic:
	imull	$-1640531535, %edi, %edi
	xorl	%eax, %eax
	shrl	$4, %edi
	cmpl	$19088743, %edi
	sete	%al
	ret
	.size	magic, .-magic
	.p2align 4
	.globl	magic_array
	.type	magic_array, @function
magic_array:
	xorl	%eax, %eax
	cmpl	$2, %esi
	jle	.L3
	movl	(%rdi), %edx
	leal	(%rdx,%rdx,2), %ecx
	addl	4(%rdi), %ecx
	cmpl	$1000, %ecx
	je	.L7
.L3:
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	subl	$7, %edx
	xorl	%eax, %eax
	cmpl	%edx, 8(%rdi)
	sete	%al
	ret
	.size	magic_array, .-magic_array
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
