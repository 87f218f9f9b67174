# translated from x86-64 to riscv64 by gg 0.1.0
	.text
	.globl	show
	.type	show, @function
show:
	andi t5, ra, 1
	bnez t5, .Lgg_rv1
	addi sp, sp, -16
	sd a6, 0(sp)
	sd a7, 8(sp)
.Lgg_rv1:
	addi sp, sp, -8
	sd ra, 0(sp)
	# subq	$8, %rsp
	addi sp, sp, -8
	# leaq	.LC0(%rip), %rdi
	lla t0, .LC0
	mv a0, t0
	# movl	$1, %esi
	li a1, 1
	# movl	$1, %eax
	li a6, 1
	# call	printf@PLT
	sd a1, -16(sp)
	fsd fa0, -8(sp)
	ld a1, -16(sp)
	ld a2, -8(sp)
	call printf
	mv a6, a0
	mv a2, a1
	# call	bits
	lla ra, .Lgg_rv2+1
	j bits
.Lgg_rv2:
	# addq	$8, %rsp
	addi sp, sp, 8
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
	.size	show, .-show
	.globl	bits
	.type	bits, @function
bits:
	andi t5, ra, 1
	bnez t5, .Lgg_rv4
	addi sp, sp, -16
	sd a6, 0(sp)
	sd a7, 8(sp)
.Lgg_rv4:
	addi sp, sp, -8
	sd ra, 0(sp)
	# bsrq	%rdi, %rax
	mv t1, a6
	slli t2, a0, 0
	li ra, 0
	beqz t2, .Lgg_rv7
.Lgg_rv5:
	bltz t2, .Lgg_rv6
	slli t2, t2, 1
	addi ra, ra, 1
	j .Lgg_rv5
.Lgg_rv7:
	mv ra, t1
	j .Lgg_rv8
.Lgg_rv6:
	sub ra, zero, ra
	addi ra, ra, 63
.Lgg_rv8:
	mv t1, ra
	mv a6, t1
	# popcntq	%rsi, %rdx
	mv t2, a1
	li ra, 0
.Lgg_rv9:
	beqz t2, .Lgg_rv10
	addi t5, t2, -1
	and t2, t2, t5
	addi ra, ra, 1
	j .Lgg_rv9
.Lgg_rv10:
	mv t1, ra
	mv a2, t1
	# addq	%rdx, %rax
	add a6, a6, a2
	# leaq	-64(%rsp), %rdi
	addi t1, sp, -64
	mv a0, t1
	# movl	$4, %ecx
	li a3, 4
	# stosq
.Lgg_rep6:
	beq a3, zero, .Lgg_rep6_end
	sd a6, 0(a0)
	addi a0, a0, 8
	addi a3, a3, -1
	j .Lgg_rep6
.Lgg_rep6_end:
	# ret
	ld ra, 0(sp)
	addi sp, sp, 8
	andi t5, ra, 1
	beqz t5, .Lgg_rv11
	ret
.Lgg_rv11:
	mv a0, a6
	mv a1, a2
	addi sp, sp, 16
	ret
	.size	bits, .-bits
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %f\n"
	.section	.note.GNU-stack,"",@progbits
