	.file	"func.c"
	.text
	.p2align 4
	.globl	triangle_area
	.type	triangle_area, @function
triangle_area:
.LFB0:
	.cfi_startproc
	mulsd	%xmm1, %xmm0
	mulsd	.LC0(%rip), %xmm0
	ret
	.cfi_endproc
.LFE0:
	.size	triangle_area, .-triangle_area
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC0:
	.long	0
	.long	1071644672
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
