	.file	"func.c"
	.text
	.p2align 4
	.globl	x_or_y
	.type	x_or_y, @function
x_or_y:
.LFB0:
	.cfi_startproc
	movl	%edx, %r8d
	cmpl	$1, %edi
	jle	.L2
	cmpl	$3, %edi
	jle	.L5
	testb	$1, %dil
	je	.L2
	movl	$2, %ecx
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	testl	%edx, %edx
	je	.L2
.L3:
	movl	%edi, %eax
	addl	$1, %ecx
	cltd
	idivl	%ecx
	cmpl	%ecx, %eax
	jge	.L4
.L5:
	movl	%esi, %r8d
.L2:
	movl	%r8d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	x_or_y, .-x_or_y
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
