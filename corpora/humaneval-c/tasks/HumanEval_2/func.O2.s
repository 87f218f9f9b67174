	.file	"func.c"
	.text
	.p2align 4
	.globl	truncate_number
	.type	truncate_number, @function
truncate_number:
.LFB0:
	.cfi_startproc
	movsd	.LC3(%rip), %xmm2
	movsd	.LC0(%rip), %xmm4
	movapd	%xmm0, %xmm1
	movapd	%xmm0, %xmm3
	andpd	%xmm2, %xmm1
	ucomisd	%xmm1, %xmm4
	jbe	.L2
	cvttsd2siq	%xmm0, %rax
	pxor	%xmm1, %xmm1
	movsd	.LC2(%rip), %xmm4
	andnpd	%xmm0, %xmm2
	cvtsi2sdq	%rax, %xmm1
	movapd	%xmm1, %xmm3
	cmpnlesd	%xmm0, %xmm3
	andpd	%xmm4, %xmm3
	subsd	%xmm3, %xmm1
	movapd	%xmm1, %xmm3
	orpd	%xmm2, %xmm3
.L2:
	subsd	%xmm3, %xmm0
	ret
	.cfi_endproc
.LFE0:
	.size	truncate_number, .-truncate_number
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC0:
	.long	0
	.long	1127219200
	.align 8
.LC2:
	.long	0
	.long	1072693248
	.align 8
.LC3:
	.long	-1
	.long	2147483647
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
