	.file	"func.c"
	.text
	.p2align 4
	.globl	triangle_area
	.type	triangle_area, @function
triangle_area:
.LFB0:
	.cfi_startproc
	movapd	%xmm0, %xmm4
	addsd	%xmm1, %xmm4
	comisd	%xmm4, %xmm2
	jnb	.L6
	movapd	%xmm0, %xmm3
	addsd	%xmm2, %xmm0
	comisd	%xmm0, %xmm1
	movsd	.LC0(%rip), %xmm0
	jnb	.L7
	movapd	%xmm1, %xmm5
	addsd	%xmm2, %xmm5
	comisd	%xmm5, %xmm3
	jnb	.L12
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	addsd	%xmm2, %xmm4
	mulsd	.LC1(%rip), %xmm4
	movapd	%xmm4, %xmm0
	subsd	%xmm3, %xmm0
	movapd	%xmm4, %xmm3
	subsd	%xmm1, %xmm3
	pxor	%xmm1, %xmm1
	mulsd	%xmm4, %xmm0
	subsd	%xmm2, %xmm4
	mulsd	%xmm3, %xmm0
	mulsd	%xmm4, %xmm0
	ucomisd	%xmm0, %xmm1
	ja	.L10
	sqrtsd	%xmm0, %xmm0
.L5:
	mulsd	.LC3(%rip), %xmm0
	call	round@PLT
	divsd	.LC3(%rip), %xmm0
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	ret
	.p2align 4,,10
	.p2align 3
.L12:
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	movsd	.LC0(%rip), %xmm0
	ret
.L10:
	.cfi_def_cfa_offset 16
	call	sqrt@PLT
	jmp	.L5
	.cfi_endproc
.LFE0:
	.size	triangle_area, .-triangle_area
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC0:
	.long	0
	.long	-1074790400
	.align 8
.LC1:
	.long	0
	.long	1071644672
	.align 8
.LC3:
	.long	0
	.long	1079574528
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
