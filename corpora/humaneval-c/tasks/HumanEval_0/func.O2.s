	.file	"func.c"
	.text
	.p2align 4
	.globl	has_close_elements
	.type	has_close_elements, @function
has_close_elements:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L8
	movl	%esi, %ecx
	movl	$1, %edx
	movq	.LC1(%rip), %xmm4
	pxor	%xmm3, %xmm3
	cmpq	%rcx, %rdx
	je	.L8
.L15:
	movsd	-8(%rdi,%rdx,8), %xmm2
	movq	%rdx, %rax
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L14:
	addq	$1, %rax
	cmpl	%eax, %esi
	jle	.L13
.L5:
	movapd	%xmm2, %xmm1
	subsd	(%rdi,%rax,8), %xmm1
	comisd	%xmm1, %xmm3
	jbe	.L3
	xorpd	%xmm4, %xmm1
.L3:
	comisd	%xmm1, %xmm0
	jbe	.L14
	movl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L13:
	addq	$1, %rdx
	cmpq	%rcx, %rdx
	jne	.L15
.L8:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	has_close_elements, .-has_close_elements
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC1:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
