	.file	"func.c"
	.text
	.p2align 4
	.globl	find_closest_elements
	.type	find_closest_elements, @function
find_closest_elements:
.LFB0:
	.cfi_startproc
	movq	%rdi, %r8
	testl	%esi, %esi
	jle	.L1
	cmpl	$1, %esi
	je	.L1
	movsd	.LC0(%rip), %xmm2
	movl	%esi, %r11d
	movl	$1, %r10d
	pxor	%xmm4, %xmm4
	.p2align 4,,10
	.p2align 3
.L9:
	movq	%r10, %rax
	.p2align 4,,10
	.p2align 3
.L8:
	movsd	(%rdi), %xmm0
	movsd	(%r8,%rax,8), %xmm1
	comisd	%xmm1, %xmm0
	ja	.L4
	movq	%xmm1, %r9
	movapd	%xmm0, %xmm1
	movq	%r9, %xmm0
.L4:
	comisd	%xmm2, %xmm4
	movapd	%xmm0, %xmm3
	subsd	%xmm1, %xmm3
	ja	.L5
	comisd	%xmm3, %xmm2
	jbe	.L6
.L5:
	movsd	%xmm1, (%rdx)
	movapd	%xmm3, %xmm2
	movsd	%xmm0, (%rcx)
.L6:
	addq	$1, %rax
	cmpl	%eax, %esi
	jg	.L8
	addq	$1, %r10
	addq	$8, %rdi
	cmpq	%r11, %r10
	jne	.L9
.L1:
	ret
	.cfi_endproc
.LFE0:
	.size	find_closest_elements, .-find_closest_elements
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC0:
	.long	0
	.long	-1074790400
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
