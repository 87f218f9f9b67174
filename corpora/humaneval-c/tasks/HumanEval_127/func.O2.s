	.file	"func.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"NO"
.LC1:
	.string	"YES"
	.text
	.p2align 4
	.globl	intersection
	.type	intersection, @function
intersection:
.LFB2:
	.cfi_startproc
	cmpq	%rsi, %rcx
	cmovg	%rsi, %rcx
	cmpq	%rdi, %rdx
	leaq	.LC0(%rip), %rsi
	cmovl	%rdi, %rdx
	subq	%rdx, %rcx
	cmpq	$1, %rcx
	jle	.L2
	leaq	.LC1(%rip), %rsi
	cmpq	$3, %rcx
	jle	.L2
	leaq	.LC0(%rip), %rsi
	testb	$1, %cl
	je	.L2
	movl	$2, %esi
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	movq	%rcx, %rax
	cqto
	idivq	%rsi
	testq	%rdx, %rdx
	je	.L9
.L3:
	addq	$1, %rsi
	movq	%rsi, %rax
	imulq	%rsi, %rax
	cmpq	%rax, %rcx
	jge	.L4
	leaq	.LC1(%rip), %rsi
.L2:
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L5:
	movzbl	(%rsi,%rax), %edx
	movb	%dl, (%r8,%rax)
	addq	$1, %rax
	testb	%dl, %dl
	jne	.L5
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	leaq	.LC0(%rip), %rsi
	jmp	.L2
	.cfi_endproc
.LFE2:
	.size	intersection, .-intersection
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
