	.file	"func.c"
	.text
	.p2align 4
	.globl	car_race_collision
	.type	car_race_collision, @function
car_race_collision:
.LFB0:
	.cfi_startproc
	imulq	%rdi, %rdi
	movq	%rdi, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	car_race_collision, .-car_race_collision
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
