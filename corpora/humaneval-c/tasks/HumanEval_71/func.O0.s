	.file	"func.c"
	.text
	.globl	triangle_area
	.type	triangle_area, @function
triangle_area:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movsd	%xmm0, -24(%rbp)
	movsd	%xmm1, -32(%rbp)
	movsd	%xmm2, -40(%rbp)
	movsd	-24(%rbp), %xmm0
	movapd	%xmm0, %xmm1
	addsd	-32(%rbp), %xmm1
	movsd	-40(%rbp), %xmm0
	comisd	%xmm1, %xmm0
	jnb	.L2
	movsd	-24(%rbp), %xmm0
	movapd	%xmm0, %xmm1
	addsd	-40(%rbp), %xmm1
	movsd	-32(%rbp), %xmm0
	comisd	%xmm1, %xmm0
	jnb	.L2
	movsd	-32(%rbp), %xmm0
	movapd	%xmm0, %xmm1
	addsd	-40(%rbp), %xmm1
	movsd	-24(%rbp), %xmm0
	comisd	%xmm1, %xmm0
	jb	.L6
.L2:
	movsd	.LC0(%rip), %xmm0
	jmp	.L5
.L6:
	movsd	-24(%rbp), %xmm0
	addsd	-32(%rbp), %xmm0
	addsd	-40(%rbp), %xmm0
	movsd	.LC1(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0
	subsd	-24(%rbp), %xmm0
	movapd	%xmm0, %xmm1
	mulsd	-8(%rbp), %xmm1
	movsd	-8(%rbp), %xmm0
	subsd	-32(%rbp), %xmm0
	mulsd	%xmm0, %xmm1
	movsd	-8(%rbp), %xmm0
	subsd	-40(%rbp), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	sqrt@PLT
	movq	%xmm0, %rax
	movq	%rax, -16(%rbp)
	movsd	-16(%rbp), %xmm1
	movsd	.LC2(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	%xmm1, %rax
	movq	%rax, %xmm0
	call	round@PLT
	movq	%xmm0, %rax
	movsd	.LC2(%rip), %xmm1
	movq	%rax, %xmm0
	divsd	%xmm1, %xmm0
.L5:
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	triangle_area, .-triangle_area
	.section	.rodata
	.align 8
.LC0:
	.long	0
	.long	-1074790400
	.align 8
.LC1:
	.long	0
	.long	1073741824
	.align 8
.LC2:
	.long	0
	.long	1079574528
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
