# translated from x86-64 to riscv64 by gg 0.1.0
	.text
	.globl	f
	.type	f, @function
f:
	addi sp, sp, -8
	sd ra, 0(sp)
	# pushq	%rbx
	addi sp, sp, -8
	sd s1, 0(sp)
	# movl	%edi, %ebx
	slli s1, a0, 32
	srli s1, s1, 32
	# call	puts@PLT
	call puts
	mv a6, a0
	mv a2, a1
	# cmpl	$2, %ebx
	# ja	.L9
	slli t2, s1, 32
	srli t2, t2, 32
	li ra, 2
	bltu ra, t2, .L9
	# leaq	.L4(%rip), %rdx
	lla t0, .L4
	mv a2, t0
	# movslq	(%rdx,%rbx,4), %rax
	slli t0, s1, 2
	add t0, t0, a2
	lw a6, 0(t0)
	# addq	%rdx, %rax
	add a6, a6, a2
	# jmp	*%rax
	jr a6
	.section	.rodata
	.balign 4
.L4:
	.long	.L3-.L4
	.long	.L5-.L4
	.long	.L9-.L4
	.text
.L3:
	# call	*%rsi
	jalr a1
	mv a6, a0
	mv a2, a1
	# popq	%rbx
	ld t1, 0(sp)
	addi sp, sp, 8
	mv s1, t1
	# ret
	ld ra, 0(sp)
	addi sp, sp, 8
	andi t5, ra, 1
	beqz t5, .Lgg_rv1
	ret
.Lgg_rv1:
	mv a0, a6
	mv a1, a2
	ret
.L5:
	# popq	%rbx
	ld t1, 0(sp)
	addi sp, sp, 8
	mv s1, t1
	# jmp	g
	addi sp, sp, -8
	call g
	mv a6, a0
	mv a2, a1
	addi sp, sp, 8
	ld ra, 0(sp)
	addi sp, sp, 8
	andi t5, ra, 1
	beqz t5, .Lgg_rv2
	ret
.Lgg_rv2:
	mv a0, a6
	mv a1, a2
	ret
.L9:
	# popq	%rbx
	ld t1, 0(sp)
	addi sp, sp, 8
	mv s1, t1
	# jmp	*%rcx
	jalr a3
	mv a6, a0
	mv a2, a1
	ld ra, 0(sp)
	addi sp, sp, 8
	andi t5, ra, 1
	beqz t5, .Lgg_rv3
	ret
.Lgg_rv3:
	mv a0, a6
	mv a1, a2
	ret
	.size	f, .-f
