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
	# leal	(%rdi,%rsi), %eax
	add t0, a1, a0
	slli a6, t0, 32
	srli a6, a6, 32
	# addl	$5, %eax
	addiw a6, a6, 5
	slli a6, a6, 32
	srli a6, a6, 32
	# subq	$4096, %rdi
	li t5, 4096
	sub a0, a0, t5
	# imull	$100003, %esi, %edx
	li t5, 100003
	mulw a2, a1, t5
	slli a2, a2, 32
	srli a2, a2, 32
	# negl	%edx
	subw a2, zero, a2
	slli a2, a2, 32
	srli a2, a2, 32
	# incq	%rcx
	addi a3, a3, 1
	# movl	%edi, %eax
	slli a6, a0, 32
	srli a6, a6, 32
	# cltd
	sraiw a2, a6, 31
	slli a2, a2, 32
	srli a2, a2, 32
	# idivl	%esi
	divw t2, a6, a1
	slli t2, t2, 32
	srli t2, t2, 32
	remw a2, a6, a1
	slli a2, a2, 32
	srli a2, a2, 32
	mv a6, t2
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
	.size	f, .-f
