	.file	"func.c"
	.text
	.p2align 4
	.globl	prime_fib
	.type	prime_fib, @function
prime_fib:
.LFB1:
	.cfi_startproc
	movl	$1, %r8d
	movl	$1, %eax
	movabsq	$-6148914691236517205, %r10
	movabsq	$6148914691236517205, %r9
	leaq	(%rax,%r8), %rsi
	testb	$1, %sil
	je	.L3
	.p2align 4,,10
	.p2align 3
.L17:
	cmpq	$8, %rsi
	jle	.L4
	movq	%rsi, %rax
	imulq	%r10, %rax
	cmpq	%rax, %r9
	jnb	.L5
	movl	$3, %ecx
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L7:
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	testq	%rdx, %rdx
	je	.L5
.L6:
	addq	$2, %rcx
	movq	%rcx, %rax
	imulq	%rcx, %rax
	cmpq	%rax, %rsi
	jge	.L7
.L4:
	subl	$1, %edi
	je	.L16
.L5:
	movq	%r8, %rax
	movq	%rsi, %r8
	leaq	(%rax,%r8), %rsi
	testb	$1, %sil
	jne	.L17
.L3:
	cmpq	$2, %rsi
	jne	.L5
	subl	$1, %edi
	jne	.L5
.L16:
	movq	%rsi, %rax
	ret
	.cfi_endproc
.LFE1:
	.size	prime_fib, .-prime_fib
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
