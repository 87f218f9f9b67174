	.file	"func.c"
	.text
	.p2align 4
	.globl	rounded_avg
	.type	rounded_avg, @function
rounded_avg:
.LFB0:
	.cfi_startproc
	movq	%rdx, %r8
	cmpq	%rsi, %rdi
	jg	.L15
	addq	%rsi, %rdi
	movq	%rdi, %rax
	shrq	$63, %rax
	addq	%rdi, %rax
	sarq	%rax
	andl	$1, %edi
	jne	.L16
.L4:
	xorl	%esi, %esi
	leaq	-72(%rsp), %rdx
	.p2align 4,,10
	.p2align 3
.L5:
	movq	%rax, %rcx
	andl	$1, %ecx
	addq	$48, %rcx
	shrq	%rax
	movb	%cl, (%rdx,%rsi)
	movq	%rsi, %rcx
	leaq	1(%rsi), %rsi
	jne	.L5
	movzwl	.LC0(%rip), %eax
	leaq	3(%r8,%rcx), %rdi
	movw	%ax, (%r8)
	movslq	%ecx, %rax
	addq	%rdx, %rax
	leaq	2(%r8), %rdx
	.p2align 4,,10
	.p2align 3
.L6:
	movzbl	(%rax), %esi
	addq	$1, %rdx
	subq	$1, %rax
	movb	%sil, -1(%rdx)
	cmpq	%rdi, %rdx
	jne	.L6
	addl	$3, %ecx
	xorl	%eax, %eax
	movslq	%ecx, %rcx
	movb	$0, (%r8,%rcx)
	ret
	.p2align 4,,10
	.p2align 3
.L16:
	leaq	1(%rax), %rdx
	testb	$1, %al
	cmovne	%rdx, %rax
	jmp	.L4
.L15:
	movb	$0, (%rdx)
	movl	$-1, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	rounded_avg, .-rounded_avg
	.section	.rodata.cst2,"aM",@progbits,2
	.align 2
.LC0:
	.byte	48
	.byte	98
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
