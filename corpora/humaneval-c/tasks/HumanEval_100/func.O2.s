	.file	"func.c"
	.text
	.p2align 4
	.globl	make_a_pile
	.type	make_a_pile, @function
make_a_pile:
.LFB0:
	.cfi_startproc
	movl	%edi, %eax
	testl	%edi, %edi
	jle	.L4
	leal	(%rdi,%rdi,2), %ecx
	movl	%edi, %edx
	.p2align 4,,10
	.p2align 3
.L3:
	movl	%edx, (%rsi)
	addl	$2, %edx
	addq	$4, %rsi
	cmpl	%ecx, %edx
	jne	.L3
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	make_a_pile, .-make_a_pile
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
