	.file	"func.c"
	.text
	.p2align 4
	.globl	sort_even
	.type	sort_even, @function
sort_even:
.LFB0:
	.cfi_startproc
	movl	%esi, %r8d
	testl	%esi, %esi
	jle	.L15
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movslq	%esi, %rcx
	movq	%rdx, %r10
	xorl	%eax, %eax
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	salq	$2, %rcx
	.p2align 4,,10
	.p2align 3
.L3:
	movl	(%rdi,%rax), %edx
	movl	%edx, (%r10,%rax)
	addq	$4, %rax
	cmpq	%rcx, %rax
	jne	.L3
	movl	(%r10), %ebp
	leaq	8(%r10), %rbx
	movl	$2, %r11d
	cmpl	$2, %r8d
	jle	.L2
	.p2align 4,,10
	.p2align 3
.L8:
	leal	-2(%r11), %r9d
	movq	%rbx, %rax
	movl	%ebp, %esi
	movl	%r11d, %edx
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L20:
	movslq	%r9d, %rcx
	addl	$2, %edx
	addq	$8, %rax
	leaq	(%r10,%rcx,4), %rdi
	cmpl	%edx, %r8d
	jle	.L19
.L7:
	movl	(%rax), %ecx
	movq	%rax, %rdi
	cmpl	%ecx, %esi
	jle	.L20
	movl	%edx, %r9d
	addl	$2, %edx
	movl	%ecx, %esi
	addq	$8, %rax
	cmpl	%edx, %r8d
	jg	.L7
.L19:
	movl	%esi, -8(%rbx)
	addl	$2, %r11d
	addq	$8, %rbx
	movl	%ebp, (%rdi)
	movl	-8(%rbx), %ebp
	cmpl	%r8d, %r11d
	jl	.L8
.L2:
	movl	%r8d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L15:
	.cfi_restore 3
	.cfi_restore 6
	movl	%esi, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	sort_even, .-sort_even
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
