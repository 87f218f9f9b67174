	.file	"func.c"
	.text
	.p2align 4
	.globl	rescale_to_unit
	.type	rescale_to_unit, @function
rescale_to_unit:
.LFB0:
	.cfi_startproc
	movsd	(%rdi), %xmm1
	cmpl	$1, %esi
	jle	.L2
	leal	-2(%rsi), %ecx
	leaq	8(%rdi), %rax
	movapd	%xmm1, %xmm0
	leaq	16(%rdi,%rcx,8), %rcx
	.p2align 4,,10
	.p2align 3
.L5:
	movsd	(%rax), %xmm2
	addq	$8, %rax
	movapd	%xmm2, %xmm3
	maxsd	%xmm0, %xmm2
	minsd	%xmm1, %xmm3
	movapd	%xmm2, %xmm0
	movapd	%xmm3, %xmm1
	cmpq	%rcx, %rax
	jne	.L5
	subsd	%xmm3, %xmm2
.L9:
	movslq	%esi, %rsi
	xorl	%eax, %eax
	leaq	0(,%rsi,8), %rcx
	.p2align 4,,10
	.p2align 3
.L8:
	movsd	(%rdi,%rax), %xmm0
	subsd	%xmm1, %xmm0
	divsd	%xmm2, %xmm0
	movsd	%xmm0, (%rdx,%rax)
	addq	$8, %rax
	cmpq	%rax, %rcx
	jne	.L8
	ret
	.p2align 4,,10
	.p2align 3
.L2:
	je	.L16
	ret
.L16:
	movapd	%xmm1, %xmm2
	subsd	%xmm1, %xmm2
	jmp	.L9
	.cfi_endproc
.LFE0:
	.size	rescale_to_unit, .-rescale_to_unit
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
