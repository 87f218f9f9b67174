	.file	"func.c"
	.text
	.p2align 4
	.globl	prod_signs
	.type	prod_signs, @function
prod_signs:
.LFB0:
	.cfi_startproc
	xorl	%eax, %eax
	testl	%esi, %esi
	je	.L1
	jle	.L9
	movslq	%esi, %rsi
	movl	$1, %ecx
	leaq	(%rdi,%rsi,4), %r9
	xorl	%esi, %esi
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L4:
	cmovne	%ecx, %eax
	addq	$4, %rdi
	addq	%r8, %rsi
	movl	%eax, %ecx
	cmpq	%rdi, %r9
	je	.L15
.L7:
	movslq	(%rdi), %r8
	movq	%r8, %rax
	testl	%r8d, %r8d
	jns	.L4
	addq	$4, %rdi
	negl	%ecx
	subq	%r8, %rsi
	cmpq	%rdi, %r9
	jne	.L7
.L15:
	movslq	%ecx, %rcx
	imulq	%rsi, %rcx
.L3:
	movq	%rcx, (%rdx)
	movl	$1, %eax
.L1:
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	xorl	%ecx, %ecx
	jmp	.L3
	.cfi_endproc
.LFE0:
	.size	prod_signs, .-prod_signs
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
