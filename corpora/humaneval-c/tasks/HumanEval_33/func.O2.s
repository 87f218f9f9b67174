	.file	"func.c"
	.text
	.p2align 4
	.globl	sort_third
	.type	sort_third, @function
sort_third:
.LFB0:
	.cfi_startproc
	movslq	%esi, %rcx
	movq	%rdx, %r10
	xorl	%eax, %eax
	movq	%rcx, %r11
	salq	$2, %rcx
	testl	%r11d, %r11d
	jle	.L9
	.p2align 4,,10
	.p2align 3
.L3:
	movl	(%rdi,%rax), %edx
	movl	%edx, (%r10,%rax)
	addq	$4, %rax
	cmpq	%rax, %rcx
	jne	.L3
	cmpl	$3, %r11d
	jle	.L9
	movq	%r10, %r9
	movl	$3, %r8d
	.p2align 4,,10
	.p2align 3
.L8:
	movl	12(%r9), %esi
	leal	-3(%r8), %edx
	movq	%r9, %rax
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L7:
	movl	%ecx, 12(%rax)
	subq	$12, %rax
	subl	$3, %edx
	js	.L6
.L5:
	movl	(%rax), %ecx
	movq	%rax, %rdi
	cmpl	%esi, %ecx
	jg	.L7
	addl	$3, %edx
	movslq	%edx, %rdx
	leaq	(%r10,%rdx,4), %rdi
.L6:
	addl	$3, %r8d
	movl	%esi, (%rdi)
	addq	$12, %r9
	cmpl	%r8d, %r11d
	jg	.L8
.L9:
	movl	%r11d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	sort_third, .-sort_third
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
