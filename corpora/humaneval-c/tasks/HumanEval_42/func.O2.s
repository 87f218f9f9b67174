	.file	"func.c"
	.text
	.p2align 4
	.globl	incr_list
	.type	incr_list, @function
incr_list:
.LFB0:
	.cfi_startproc
	movl	%esi, %eax
	testl	%esi, %esi
	jle	.L2
	movslq	%esi, %r9
	xorl	%ecx, %ecx
	salq	$2, %r9
	.p2align 4,,10
	.p2align 3
.L3:
	movl	(%rdi,%rcx), %esi
	leal	1(%rsi), %r8d
	movl	%r8d, (%rdx,%rcx)
	addq	$4, %rcx
	cmpq	%rcx, %r9
	jne	.L3
.L2:
	ret
	.cfi_endproc
.LFE0:
	.size	incr_list, .-incr_list
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
