	.file	"func.c"
	.text
	.p2align 4
	.globl	is_equal_to_sum_even
	.type	is_equal_to_sum_even, @function
is_equal_to_sum_even:
.LFB0:
	.cfi_startproc
	movl	%edi, %eax
	xorl	%edx, %edx
	notl	%eax
	andl	$1, %eax
	cmpl	$7, %edi
	cmovle	%edx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	is_equal_to_sum_even, .-is_equal_to_sum_even
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
