	.file	"func.c"
	.text
	.p2align 4
	.globl	derivative
	.type	derivative, @function
derivative:
.LFB0:
	.cfi_startproc
	xorl	%eax, %eax
	cmpl	$1, %esi
	jle	.L1
	movl	%esi, %r8d
	movl	$1, %eax
	.p2align 4,,10
	.p2align 3
.L3:
	movl	(%rdi,%rax,4), %ecx
	imull	%eax, %ecx
	movl	%ecx, -4(%rdx,%rax,4)
	addq	$1, %rax
	cmpq	%rax, %r8
	jne	.L3
	leal	-1(%rsi), %eax
.L1:
	ret
	.cfi_endproc
.LFE0:
	.size	derivative, .-derivative
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
