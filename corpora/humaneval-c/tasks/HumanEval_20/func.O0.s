	.file	"func.c"
	.text
	.globl	find_closest_elements
	.type	find_closest_elements, @function
find_closest_elements:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -56(%rbp)
	movl	%esi, -60(%rbp)
	movq	%rdx, -72(%rbp)
	movq	%rcx, -80(%rbp)
	movsd	.LC0(%rip), %xmm0
	movsd	%xmm0, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L2
.L10:
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -16(%rbp)
	jmp	.L3
.L9:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-56(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm0
	movsd	%xmm0, -24(%rbp)
	movl	-16(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-56(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm0
	movsd	%xmm0, -32(%rbp)
	movsd	-24(%rbp), %xmm0
	comisd	-32(%rbp), %xmm0
	jbe	.L4
	movsd	-24(%rbp), %xmm0
	movsd	%xmm0, -40(%rbp)
	movsd	-32(%rbp), %xmm0
	movsd	%xmm0, -24(%rbp)
	movsd	-40(%rbp), %xmm0
	movsd	%xmm0, -32(%rbp)
.L4:
	movsd	-32(%rbp), %xmm0
	subsd	-24(%rbp), %xmm0
	movsd	%xmm0, -48(%rbp)
	pxor	%xmm0, %xmm0
	comisd	-8(%rbp), %xmm0
	ja	.L6
	movsd	-8(%rbp), %xmm0
	comisd	-48(%rbp), %xmm0
	jbe	.L7
.L6:
	movsd	-48(%rbp), %xmm0
	movsd	%xmm0, -8(%rbp)
	movq	-72(%rbp), %rax
	movsd	-24(%rbp), %xmm0
	movsd	%xmm0, (%rax)
	movq	-80(%rbp), %rax
	movsd	-32(%rbp), %xmm0
	movsd	%xmm0, (%rax)
.L7:
	addl	$1, -16(%rbp)
.L3:
	movl	-16(%rbp), %eax
	cmpl	-60(%rbp), %eax
	jl	.L9
	addl	$1, -12(%rbp)
.L2:
	movl	-12(%rbp), %eax
	cmpl	-60(%rbp), %eax
	jl	.L10
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	find_closest_elements, .-find_closest_elements
	.section	.rodata
	.align 8
.LC0:
	.long	0
	.long	-1074790400
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
