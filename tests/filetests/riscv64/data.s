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
	# movl	counter(%rip), %eax
	lla t0, counter
	lwu a6, 0(t0)
	# addl	$1, %eax
	addiw a6, a6, 1
	slli a6, a6, 32
	srli a6, a6, 32
	# movl	%eax, counter(%rip)
	lla t0, counter
	sw a6, 0(t0)
	# movq	stdout@GOTPCREL(%rip), %rax
.Lgg_rv2:	auipc a6, %got_pcrel_hi(stdout)
	ld a6, %pcrel_lo(.Lgg_rv2)(a6)
	# movq	(%rax), %rax
	ld a6, 0(a6)
	# leaq	.LC0(%rip), %rdi
	lla t0, .LC0
	mv a0, t0
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
	.size	f, .-f
	.local	counter
	.comm	counter,4,4
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"hi #1"
	.data
	.balign 16
	.type	table, @object
	.size	table, 12
table:
	.long	1
	.short 2
	.zero	6
	.section	.note.GNU-stack,"",@progbits
