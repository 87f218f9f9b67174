	.file	"func.c"
	.text
	.p2align 4
	.globl	get_odd_collatz
	.type	get_odd_collatz, @function
get_odd_collatz:
.LFB0:
	.cfi_startproc
	xorl	%r9d, %r9d
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L4:
	sarq	%rdi
.L10:
	testb	$1, %dil
	jne	.L2
	cmpq	$1, %rdi
	jg	.L4
.L1:
	movl	%r9d, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L18:
	xorl	%eax, %eax
.L6:
	movq	%rdi, (%rsi,%rax)
	addl	$1, %r9d
	cmpq	$1, %rdi
	jle	.L1
	leaq	1(%rdi,%rdi,2), %rdi
	testb	$1, %dil
	je	.L4
.L2:
	cmpl	%edx, %r9d
	jge	.L11
	movslq	%r9d, %rax
	movl	%r9d, %ecx
	salq	$3, %rax
	testl	%r9d, %r9d
	jg	.L7
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L8:
	movq	%r8, (%rsi,%rax)
	subq	$8, %rax
	subl	$1, %ecx
	je	.L18
.L7:
	movq	-8(%rsi,%rax), %r8
	cmpq	%rdi, %r8
	jg	.L8
	jmp	.L6
.L11:
	movl	$-1, %r9d
	movl	%r9d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	get_odd_collatz, .-get_odd_collatz
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
