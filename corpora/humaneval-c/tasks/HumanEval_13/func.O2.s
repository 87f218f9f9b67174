	.file	"func.c"
	.text
	.p2align 4
	.globl	greatest_common_divisor
	.type	greatest_common_divisor, @function
greatest_common_divisor:
.LFB0:
	.cfi_startproc
	movl	%edi, %eax
	movl	%esi, %edx
	testl	%esi, %esi
	je	.L4
	.p2align 4,,10
	.p2align 3
.L3:
	movl	%edx, %ecx
	cltd
	idivl	%ecx
	movl	%ecx, %eax
	testl	%edx, %edx
	jne	.L3
	movl	%ecx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	movl	%edi, %ecx
	movl	%ecx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	greatest_common_divisor, .-greatest_common_divisor
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
