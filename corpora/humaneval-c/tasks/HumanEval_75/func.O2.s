	.file	"func.c"
	.text
	.p2align 4
	.globl	is_multiply_prime
	.type	is_multiply_prime, @function
is_multiply_prime:
.LFB0:
	.cfi_startproc
	xorl	%edx, %edx
	cmpl	$1, %edi
	jle	.L1
	movl	$2, %esi
	xorl	%ecx, %ecx
	cmpl	$3, %edi
	jg	.L7
	jmp	.L1
	.p2align 4,,10
	.p2align 3
.L5:
	addl	$1, %ecx
	movl	%eax, %edi
	cmpl	$3, %ecx
	jg	.L1
.L7:
	movl	%edi, %eax
	cltd
	idivl	%esi
	testl	%edx, %edx
	je	.L5
	movl	%edi, %eax
	addl	$1, %esi
	cltd
	idivl	%esi
	cmpl	%esi, %eax
	jge	.L7
	cmpl	$1, %edi
	jg	.L8
	xorl	%edx, %edx
	cmpl	$3, %ecx
	sete	%dl
.L1:
	movl	%edx, %eax
	ret
.L8:
	xorl	%edx, %edx
	cmpl	$2, %ecx
	sete	%dl
	jmp	.L1
	.cfi_endproc
.LFE0:
	.size	is_multiply_prime, .-is_multiply_prime
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
