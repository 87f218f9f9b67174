	.file	"func.c"
	.text
	.p2align 4
	.globl	smallest_change
	.type	smallest_change, @function
smallest_change:
.LFB0:
	.cfi_startproc
	subl	$1, %esi
	testl	%esi, %esi
	jle	.L5
	movslq	%esi, %rsi
	xorl	%eax, %eax
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L4:
	movl	(%rdi,%rsi,4), %ecx
	cmpl	%ecx, (%rdi,%rax,4)
	je	.L3
	addl	$1, %edx
.L3:
	addq	$1, %rax
	subq	$1, %rsi
	cmpl	%esi, %eax
	jl	.L4
	movl	%edx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%edx, %edx
	movl	%edx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	smallest_change, .-smallest_change
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
