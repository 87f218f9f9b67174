	.file	"func.c"
	.text
	.p2align 4
	.globl	move_one_ball
	.type	move_one_ball, @function
move_one_ball:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L7
	movslq	%esi, %r8
	movl	$1, %eax
	xorl	%ecx, %ecx
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L11:
	cmpl	%edx, (%rdi,%rax,4)
	jge	.L4
.L6:
	addl	$1, %ecx
.L4:
	leaq	1(%rax), %rdx
	cmpq	%rax, %r8
	je	.L9
	movq	%rdx, %rax
.L5:
	movl	-4(%rdi,%rax,4), %edx
	cmpl	%eax, %esi
	jne	.L11
	cmpl	%edx, (%rdi)
	jl	.L6
.L9:
	xorl	%eax, %eax
	cmpl	$1, %ecx
	setle	%al
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	movl	$1, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	move_one_ball, .-move_one_ball
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
