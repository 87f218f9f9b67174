	.file	"func.c"
	.text
	.p2align 4
	.globl	is_simple_power
	.type	is_simple_power, @function
is_simple_power:
.LFB0:
	.cfi_startproc
	movl	$1, %ecx
	cmpq	$1, %rdi
	je	.L1
	xorl	%ecx, %ecx
	cmpq	$1, %rsi
	jle	.L1
	cmpq	$1, %rdi
	jle	.L8
	movq	%rdi, %rax
	cqto
	idivq	%rsi
	testq	%rax, %rax
	je	.L1
	movl	$1, %edx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L5:
	cmpq	%rax, %rdx
	jg	.L10
.L4:
	imulq	%rsi, %rdx
	cmpq	%rdx, %rdi
	jg	.L5
.L3:
	xorl	%ecx, %ecx
	cmpq	%rdx, %rdi
	sete	%cl
.L1:
	movl	%ecx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	xorl	%ecx, %ecx
	movl	%ecx, %eax
	ret
.L8:
	movl	$1, %edx
	jmp	.L3
	.cfi_endproc
.LFE0:
	.size	is_simple_power, .-is_simple_power
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
