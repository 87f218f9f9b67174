# translated from x86-64 to riscv64 by gg 0.1.0
	.text
	.globl	scale
	.type	scale, @function
scale:
	andi t5, ra, 1
	bnez t5, .Lgg_rv1
	addi sp, sp, -16
	sd a6, 0(sp)
	sd a7, 8(sp)
.Lgg_rv1:
	addi sp, sp, -8
	sd ra, 0(sp)
	# pxor	%xmm1, %xmm1
	fmv.d.x fa1, zero
	# cvtsi2sdl	%edi, %xmm1
	fcvt.d.w ft10, a0
	fmv.d fa1, ft10
	# mulsd	%xmm1, %xmm0
	fmul.d ft10, fa0, fa1
	feq.d t5, ft10, ft10
	bnez t5, .Lgg_rv2
	fmv.x.d t5, fa0
	slli t5, t5, 1
	li t2, 0xffe0000000000000
	bleu t5, t2, .Lgg_rv3
	fmv.x.d t5, fa0
	li t2, 0x8000000000000
	or t5, t5, t2
	fmv.d.x ft10, t5
	j .Lgg_rv2
.Lgg_rv3:
	fmv.x.d t5, fa1
	slli t5, t5, 1
	li t2, 0xffe0000000000000
	bleu t5, t2, .Lgg_rv4
	fmv.x.d t5, fa1
	li t2, 0x8000000000000
	or t5, t5, t2
	fmv.d.x ft10, t5
	j .Lgg_rv2
.Lgg_rv4:
	li t5, 0xfff8000000000000
	fmv.d.x ft10, t5
.Lgg_rv2:
	fmv.d fa0, ft10
	# movsd	.LC0(%rip), %xmm2
	lla t0, .LC0
	fld fa2, 0(t0)
	# andpd	%xmm2, %xmm0
	fmv.x.d t5, fa0
	fmv.x.d t2, fa2
	and t5, t5, t2
	fmv.d.x fa0, t5
	# maxsd	.LC1(%rip), %xmm0
	lla t0, .LC1
	fld ft8, 0(t0)
	flt.d t5, ft8, fa0
	fmv.d ft10, fa0
	bnez t5, .Lgg_rv5
	fmv.d ft10, ft8
.Lgg_rv5:
	fmv.d fa0, ft10
	# ucomisd	%xmm0, %xmm1
	feq.d t5, fa1, fa1
	feq.d t1, fa0, fa0
	and t5, t5, t1
	addi t5, t5, -1
	andi t5, t5, 3
	feq.d t1, fa1, fa0
	slli t1, t1, 1
	or t5, t5, t1
	flt.d t1, fa1, fa0
	or t1, t1, t5
	mv t3, t1
	# jp	.L2
	li t5, 3
	beq t3, t5, .L2
	# jne	.L2
	li t5, 2
	bltu t3, t5, .L2
	# addsd	%xmm1, %xmm0
	fadd.d ft10, fa0, fa1
	feq.d t5, ft10, ft10
	bnez t5, .Lgg_rv6
	fmv.x.d t5, fa0
	slli t5, t5, 1
	li t2, 0xffe0000000000000
	bleu t5, t2, .Lgg_rv7
	fmv.x.d t5, fa0
	li t2, 0x8000000000000
	or t5, t5, t2
	fmv.d.x ft10, t5
	j .Lgg_rv6
.Lgg_rv7:
	fmv.x.d t5, fa1
	slli t5, t5, 1
	li t2, 0xffe0000000000000
	bleu t5, t2, .Lgg_rv8
	fmv.x.d t5, fa1
	li t2, 0x8000000000000
	or t5, t5, t2
	fmv.d.x ft10, t5
	j .Lgg_rv6
.Lgg_rv8:
	li t5, 0xfff8000000000000
	fmv.d.x ft10, t5
.Lgg_rv6:
	fmv.d fa0, ft10
.L2:
	# cvttsd2sil	%xmm0, %eax
	fsflags zero
	fcvt.w.d a6, fa0, rtz
	frflags t5
	andi t5, t5, 16
	beqz t5, .Lgg_rv9
	li a6, 1
	slli a6, a6, 31
.Lgg_rv9:
	slli a6, a6, 32
	srli a6, a6, 32
	# ret
	ld ra, 0(sp)
	addi sp, sp, 8
	andi t5, ra, 1
	beqz t5, .Lgg_rv10
	ret
.Lgg_rv10:
	sext.w a0, a6
	mv a1, a2
	addi sp, sp, 16
	ret
	.size	scale, .-scale
	.globl	single
	.type	single, @function
single:
	andi t5, ra, 1
	bnez t5, .Lgg_rv11
	addi sp, sp, -16
	sd a6, 0(sp)
	sd a7, 8(sp)
.Lgg_rv11:
	addi sp, sp, -8
	sd ra, 0(sp)
	# movss	(%rdi), %xmm0
	flw fa0, 0(a0)
	# mulss	%xmm0, %xmm0
	fmul.s ft10, fa0, fa0
	feq.s t5, ft10, ft10
	bnez t5, .Lgg_rv12
	fmv.x.w t5, fa0
	slli t5, t5, 33
	li t2, 0xff00000000000000
	bleu t5, t2, .Lgg_rv13
	fmv.x.w t5, fa0
	li t2, 0x400000
	or t5, t5, t2
	fmv.w.x ft10, t5
	j .Lgg_rv12
.Lgg_rv13:
	fmv.x.w t5, fa0
	slli t5, t5, 33
	li t2, 0xff00000000000000
	bleu t5, t2, .Lgg_rv14
	fmv.x.w t5, fa0
	li t2, 0x400000
	or t5, t5, t2
	fmv.w.x ft10, t5
	j .Lgg_rv12
.Lgg_rv14:
	li t5, 0xffc00000
	fmv.w.x ft10, t5
.Lgg_rv12:
	fmv.d fa0, ft10
	# cvtss2sd	%xmm0, %xmm0
	fcvt.d.s ft10, fa0
	fmv.d fa0, ft10
	# sqrtsd	%xmm0, %xmm0
	fsqrt.d ft10, fa0
	feq.d t5, ft10, ft10
	bnez t5, .Lgg_rv15
	fmv.x.d t5, fa0
	slli t5, t5, 1
	li t2, 0xffe0000000000000
	bleu t5, t2, .Lgg_rv16
	fmv.x.d t5, fa0
	li t2, 0x8000000000000
	or t5, t5, t2
	fmv.d.x ft10, t5
	j .Lgg_rv15
.Lgg_rv16:
	li t5, 0xfff8000000000000
	fmv.d.x ft10, t5
.Lgg_rv15:
	fmv.d fa0, ft10
	# movq	%xmm0, %rax
	fmv.x.d t1, fa0
	mv a6, t1
	# ret
	ld ra, 0(sp)
	addi sp, sp, 8
	andi t5, ra, 1
	beqz t5, .Lgg_rv17
	ret
.Lgg_rv17:
	mv a0, a6
	mv a1, a2
	addi sp, sp, 16
	ret
	.size	single, .-single
	.section	.rodata.cst16,"aM",@progbits,16
	.balign 16
.LC0:
	.long	-1
	.long	2147483647
	.long	0
	.long	0
	.section	.rodata.cst8,"aM",@progbits,8
	.balign 8
.LC1:
	.long	0
	.long	1072693248
	.section	.note.GNU-stack,"",@progbits
