	.file	"func.c"
	.text
	.p2align 4
	.globl	compare
	.type	compare, @function
compare:
.LFB0:
	.cfi_startproc
	movq	%rdi, %r10
	movl	%edx, %eax
	testl	%edx, %edx
	jle	.L2
	movslq	%edx, %r11
	xorl	%edi, %edi
	salq	$2, %r11
	.p2align 4,,10
	.p2align 3
.L3:
	movl	(%r10,%rdi), %r8d
	subl	(%rsi,%rdi), %r8d
	movl	%r8d, %r9d
	negl	%r9d
	cmovns	%r9d, %r8d
	movl	%r8d, (%rcx,%rdi)
	addq	$4, %rdi
	cmpq	%r11, %rdi
	jne	.L3
.L2:
	ret
	.cfi_endproc
.LFE0:
	.size	compare, .-compare
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
