# hand translation of clamp.x86.s
	.text
	.globl	clamp_count
	.type	clamp_count, @function
clamp_count:
	li	t0, 0
	li	t1, 0
	blez	a1, .Ldone
.Lloop:
	slli	t2, t0, 2
	add	t3, a0, t2
	lw	t4, 0(t3)
	add	t5, a3, t2
	ble	t4, a2, .Lelse
	sw	t4, 0(t5)
	addi	t1, t1, 1
	j	.Lnext
.Lelse:
	sw	a2, 0(t5)
.Lnext:
	addi	t0, t0, 1
	blt	t0, a1, .Lloop
.Ldone:
	mv	a0, t1
	ret
	.size	clamp_count, .-clamp_count
