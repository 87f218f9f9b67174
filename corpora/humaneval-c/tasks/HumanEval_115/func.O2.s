	.file	"func.c"
	.text
	.p2align 4
	.globl	max_fill
	.type	max_fill, @function
max_fill:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L7
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rdi, %r10
	movl	%esi, %r11d
	movl	%edx, %r8d
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	xorl	%edi, %edi
	xorl	%esi, %esi
	xorl	%r9d, %r9d
	movslq	%edx, %rbx
	.p2align 4,,10
	.p2align 3
.L3:
	movl	%ecx, %eax
	testl	%r8d, %r8d
	jle	.L6
	movslq	%edi, %rax
	leaq	(%r10,%rax,4), %rdx
	addq	%rbx, %rax
	leaq	(%r10,%rax,4), %rbp
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L4:
	addl	(%rdx), %eax
	addq	$4, %rdx
	cmpq	%rdx, %rbp
	jne	.L4
	addl	%ecx, %eax
.L6:
	subl	$1, %eax
	addl	$1, %esi
	addl	%r8d, %edi
	cltd
	idivl	%ecx
	addl	%eax, %r9d
	cmpl	%esi, %r11d
	jne	.L3
	movl	%r9d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L7:
	.cfi_restore 3
	.cfi_restore 6
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	max_fill, .-max_fill
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
