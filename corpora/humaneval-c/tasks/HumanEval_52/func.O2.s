	.file	"func.c"
	.text
	.p2align 4
	.globl	below_threshold
	.type	below_threshold, @function
below_threshold:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L4
	movslq	%esi, %rsi
	leaq	(%rdi,%rsi,4), %rax
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L8:
	addq	$4, %rdi
	cmpq	%rax, %rdi
	je	.L4
.L3:
	cmpl	%edx, (%rdi)
	jl	.L8
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	movl	$1, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	below_threshold, .-below_threshold
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
