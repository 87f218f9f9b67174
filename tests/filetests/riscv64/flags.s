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
	# cmpl	%esi, %edi
	# jg	.L2
	sext.w t2, a0
	sext.w ra, a1
	blt ra, t2, .L2
	# testb	$1, %dil
	andi t1, a0, 1
	# sete	%al
	slli t2, t1, 56
	srai t2, t2, 56
	seqz t1, t2
	xor t5, a6, t1
	andi t5, t5, 255
	xor a6, a6, t5
	# cmpq	$10, %rsi
	mv t3, a1
	li t4, 10
	# jl	.L3
	blt t3, t4, .L3
	# je	.L4
	beq t3, t4, .L4
.L2:
	# cmpq	%rdx, %rdi
	# cmovbq	%rdx, %rdi
	sltu t2, a0, a2
	beqz t2, .Lgg_rv2
	mv a0, a2
.Lgg_rv2:
	# movq	%rdi, %rax
	mv a6, a0
	# ret
	ld ra, 0(sp)
	addi sp, sp, 8
	andi t5, ra, 1
	beqz t5, .Lgg_rv3
	ret
.Lgg_rv3:
	mv a0, a6
	mv a1, a2
	addi sp, sp, 16
	ret
.L3:
.L4:
	# ret
	ld ra, 0(sp)
	addi sp, sp, 8
	andi t5, ra, 1
	beqz t5, .Lgg_rv4
	ret
.Lgg_rv4:
	sext.w a0, a6
	mv a1, a2
	addi sp, sp, 16
	ret
	.size	f, .-f
