# translated from x86-64 to riscv64 by gg 0.1.0
	.text
	.globl	sum4
	.type	sum4, @function
sum4:
	andi t5, ra, 1
	bnez t5, .Lgg_rv1
	addi sp, sp, -16
	sd a6, 0(sp)
	sd a7, 8(sp)
.Lgg_rv1:
	addi sp, sp, -8
	sd ra, 0(sp)
	# movdqu	(%rdi), %xmm0
	fld fa0, 0(a0)
	ld t2, 8(a0)
	la.tls.ie t5, gg_xmm_state
	add t5, t5, tp
	sd t2, 8(t5)
	# movdqu	16(%rdi), %xmm1
	fld fa1, 16(a0)
	ld t2, 24(a0)
	la.tls.ie t5, gg_xmm_state
	add t5, t5, tp
	sd t2, 24(t5)
	# paddd	%xmm1, %xmm0
	la.tls.ie t5, gg_xmm_state
	add t5, t5, tp
	fsd fa0, 0(t5)
	fsd fa1, 16(t5)
	lwu t2, 0(t5)
	lwu ra, 16(t5)
	add t2, t2, ra
	sw t2, 288(t5)
	lwu t2, 4(t5)
	lwu ra, 20(t5)
	add t2, t2, ra
	sw t2, 292(t5)
	lwu t2, 8(t5)
	lwu ra, 24(t5)
	add t2, t2, ra
	sw t2, 296(t5)
	lwu t2, 12(t5)
	lwu ra, 28(t5)
	add t2, t2, ra
	sw t2, 300(t5)
	ld t2, 288(t5)
	sd t2, 0(t5)
	ld t2, 296(t5)
	sd t2, 8(t5)
	fld fa0, 0(t5)
	# movdqa	%xmm0, %xmm1
	fmv.d fa1, fa0
	la.tls.ie t5, gg_xmm_state
	add t5, t5, tp
	ld t2, 8(t5)
	sd t2, 24(t5)
	# psrldq	$8, %xmm1
	la.tls.ie t5, gg_xmm_state
	add t5, t5, tp
	fsd fa1, 16(t5)
	sd zero, 288(t5)
	sd zero, 296(t5)
	lbu t2, 24(t5)
	sb t2, 288(t5)
	lbu t2, 25(t5)
	sb t2, 289(t5)
	lbu t2, 26(t5)
	sb t2, 290(t5)
	lbu t2, 27(t5)
	sb t2, 291(t5)
	lbu t2, 28(t5)
	sb t2, 292(t5)
	lbu t2, 29(t5)
	sb t2, 293(t5)
	lbu t2, 30(t5)
	sb t2, 294(t5)
	lbu t2, 31(t5)
	sb t2, 295(t5)
	ld t2, 288(t5)
	sd t2, 16(t5)
	ld t2, 296(t5)
	sd t2, 24(t5)
	fld fa1, 16(t5)
	# paddd	%xmm1, %xmm0
	la.tls.ie t5, gg_xmm_state
	add t5, t5, tp
	fsd fa0, 0(t5)
	fsd fa1, 16(t5)
	lwu t2, 0(t5)
	lwu ra, 16(t5)
	add t2, t2, ra
	sw t2, 288(t5)
	lwu t2, 4(t5)
	lwu ra, 20(t5)
	add t2, t2, ra
	sw t2, 292(t5)
	lwu t2, 8(t5)
	lwu ra, 24(t5)
	add t2, t2, ra
	sw t2, 296(t5)
	lwu t2, 12(t5)
	lwu ra, 28(t5)
	add t2, t2, ra
	sw t2, 300(t5)
	ld t2, 288(t5)
	sd t2, 0(t5)
	ld t2, 296(t5)
	sd t2, 8(t5)
	fld fa0, 0(t5)
	# pshufd	$0x55, %xmm0, %xmm1
	la.tls.ie t5, gg_xmm_state
	add t5, t5, tp
	fsd fa0, 0(t5)
	lw t2, 4(t5)
	sw t2, 288(t5)
	lw t2, 4(t5)
	sw t2, 292(t5)
	lw t2, 4(t5)
	sw t2, 296(t5)
	lw t2, 4(t5)
	sw t2, 300(t5)
	ld t2, 288(t5)
	sd t2, 16(t5)
	ld t2, 296(t5)
	sd t2, 24(t5)
	fld fa1, 16(t5)
	# paddd	%xmm1, %xmm0
	la.tls.ie t5, gg_xmm_state
	add t5, t5, tp
	fsd fa0, 0(t5)
	fsd fa1, 16(t5)
	lwu t2, 0(t5)
	lwu ra, 16(t5)
	add t2, t2, ra
	sw t2, 288(t5)
	lwu t2, 4(t5)
	lwu ra, 20(t5)
	add t2, t2, ra
	sw t2, 292(t5)
	lwu t2, 8(t5)
	lwu ra, 24(t5)
	add t2, t2, ra
	sw t2, 296(t5)
	lwu t2, 12(t5)
	lwu ra, 28(t5)
	add t2, t2, ra
	sw t2, 300(t5)
	ld t2, 288(t5)
	sd t2, 0(t5)
	ld t2, 296(t5)
	sd t2, 8(t5)
	fld fa0, 0(t5)
	# movd	%xmm0, %eax
	fmv.x.w t1, fa0
	slli t1, t1, 32
	srli t1, t1, 32
	slli a6, t1, 32
	srli a6, a6, 32
	# ret
	ld ra, 0(sp)
	addi sp, sp, 8
	andi t5, ra, 1
	beqz t5, .Lgg_rv2
	ret
.Lgg_rv2:
	sext.w a0, a6
	mv a1, a2
	addi sp, sp, 16
	ret
	.size	sum4, .-sum4
	.section	.note.GNU-stack,"",@progbits
	.section .tbss,"awT",@nobits
	.p2align 4
	.type gg_xmm_state, @object
	.size gg_xmm_state, 320
gg_xmm_state:
	.zero 320
