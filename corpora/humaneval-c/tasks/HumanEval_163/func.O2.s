	.file	"func.c"
	.text
	.p2align 4
	.globl	generate_integers
	.type	generate_integers, @function
generate_integers:
.LFB0:
	.cfi_startproc
	cmpl	%edi, %esi
	movl	%edi, %r8d
	movl	$2, %eax
	cmovle	%esi, %r8d
	cmovl	%edi, %esi
	xorl	%ecx, %ecx
.L3:
	cmpl	%eax, %r8d
	jg	.L2
	cmpl	%eax, %esi
	jl	.L2
	movslq	%ecx, %rdi
	addl	$1, %ecx
	movl	%eax, (%rdx,%rdi,4)
.L2:
	addl	$2, %eax
	cmpl	$10, %eax
	jne	.L3
	movl	%ecx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	generate_integers, .-generate_integers
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
