# translated from x86-64 to riscv64 by gg 0.1.0
	.text
	.globl	f
	.type	f, @function
f:
	andi t5, ra, 1
	bnez t5, .Lgg_rv1
	addi sp, sp, -16
	sd a6, 0(sp)
	sd a7, 8(sp)
.Lgg_rv1:
	addi sp, sp, -8
	sd ra, 0(sp)
	# movq	%rdi, %rax
	mv a6, a0
	# movb	%sil, %al
	xor t5, a6, a1
	andi t5, t5, 255
	xor a6, a6, t5
	# movw	$-1, %ax
	li t1, -1
	xor t5, a6, t1
	slli t5, t5, 48
	srli t5, t5, 48
	xor a6, a6, t5
	# movzbl	(%rdi), %ecx
	lbu a3, 0(a0)
	# movsbq	3(%rdi,%rsi,2), %rdx
	slli t0, a1, 1
	add t0, t0, a0
	lb a2, 3(t0)
	# movslq	%edx, %r8
	sext.w t1, a2
	mv a4, t1
	# movl	$-559038737, 8(%rdi)
	li t1, -559038737
	sw t1, 8(a0)
	# movabsq	$81985529216486895, %r9
	li a5, 81985529216486895
	# xchgq	%rax, %rdx
	mv t0, a6
	mv a6, a2
	mv a2, t0
	# ret
	ld ra, 0(sp)
	addi sp, sp, 8
	andi t5, ra, 1
	beqz t5, .Lgg_rv2
	ret
.Lgg_rv2:
	mv a0, a6
	mv a1, a2
	addi sp, sp, 16
	ret
	.size	f, .-f
