	.file	"func.c"
	.text
	.p2align 4
	.globl	tri
	.type	tri, @function
tri:
.LFB0:
	.cfi_startproc
	movsd	.LC0(%rip), %xmm3
	movsd	%xmm3, (%rsi)
	testl	%edi, %edi
	jle	.L13
	movq	.LC1(%rip), %rax
	movq	%rax, 8(%rsi)
	cmpl	$1, %edi
	je	.L14
	leal	1(%rdi), %edx
	movsd	.LC2(%rip), %xmm2
	movl	$2, %eax
	movq	%rdx, %rdi
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L15:
	pxor	%xmm0, %xmm0
	cvtsi2sdl	%eax, %xmm0
	mulsd	%xmm2, %xmm0
	addsd	%xmm3, %xmm0
	movsd	%xmm0, (%rsi,%rax,8)
	addq	$1, %rax
	cmpq	%rax, %rdx
	je	.L10
.L6:
	testb	$1, %al
	je	.L15
	leal	3(%rax), %ecx
	pxor	%xmm1, %xmm1
	movsd	-8(%rsi,%rax,8), %xmm0
	addsd	-16(%rsi,%rax,8), %xmm0
	cvtsi2sdl	%ecx, %xmm1
	mulsd	%xmm2, %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, (%rsi,%rax,8)
	addq	$1, %rax
	cmpq	%rax, %rdx
	jne	.L6
.L10:
	movl	%edi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L13:
	addl	$1, %edi
	movl	%edi, %eax
	ret
.L14:
	movl	$2, %edi
	jmp	.L10
	.cfi_endproc
.LFE0:
	.size	tri, .-tri
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC0:
	.long	0
	.long	1072693248
	.align 8
.LC1:
	.long	0
	.long	1074266112
	.align 8
.LC2:
	.long	0
	.long	1071644672
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
