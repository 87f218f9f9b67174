	.file	"func.c"
	.text
	.p2align 4
	.globl	exchange
	.type	exchange, @function
exchange:
.LFB0:
	.cfi_startproc
	movq	%rdx, %r9
	testl	%esi, %esi
	jle	.L2
	movslq	%esi, %rsi
	leaq	(%rdi,%rsi,4), %rdx
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L4:
	movl	(%rdi), %eax
	andl	$1, %eax
	cmpl	$1, %eax
	sbbl	$-1, %esi
	addq	$4, %rdi
	cmpq	%rdi, %rdx
	jne	.L4
	testl	%ecx, %ecx
	jle	.L14
.L6:
	xorl	%eax, %eax
	xorl	%edi, %edi
	.p2align 4,,10
	.p2align 3
.L10:
	movl	(%r9,%rax,4), %edx
	andl	$1, %edx
	cmpl	$1, %edx
	adcl	$0, %edi
	addq	$1, %rax
	cmpl	%eax, %ecx
	jg	.L10
.L8:
	cmpl	%edi, %esi
	jle	.L7
	movzwl	.LC1(%rip), %eax
	movb	$0, 2(%r8)
	movw	%ax, (%r8)
	ret
	.p2align 4,,10
	.p2align 3
.L2:
	xorl	%esi, %esi
	testl	%ecx, %ecx
	jg	.L6
.L7:
	movl	.LC0(%rip), %eax
	movl	%eax, (%r8)
	ret
	.p2align 4,,10
	.p2align 3
.L14:
	xorl	%edi, %edi
	jmp	.L8
	.cfi_endproc
.LFE0:
	.size	exchange, .-exchange
	.section	.rodata.cst4,"aM",@progbits,4
	.align 4
.LC0:
	.byte	89
	.byte	69
	.byte	83
	.byte	0
	.section	.rodata.cst2,"aM",@progbits,2
	.align 2
.LC1:
	.byte	78
	.byte	79
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
