	.file	"func.c"
	.text
	.p2align 4
	.globl	skjkasdkd
	.type	skjkasdkd, @function
skjkasdkd:
.LFB1:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L8
	movslq	%esi, %rsi
	xorl	%r9d, %r9d
	leaq	(%rdi,%rsi,4), %r11
	.p2align 4,,10
	.p2align 3
.L6:
	movl	(%rdi), %esi
	cmpl	$1, %esi
	je	.L3
	cmpl	%r9d, %esi
	jle	.L3
	movslq	%esi, %r10
	cmpl	$3, %esi
	jle	.L9
	testb	$1, %sil
	je	.L3
	movl	$3, %ecx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L5:
	movl	%esi, %eax
	addq	$1, %rcx
	cltd
	idivl	%r8d
	testl	%edx, %edx
	je	.L3
.L4:
	movq	%rcx, %rax
	movl	%ecx, %r8d
	imulq	%rcx, %rax
	cmpq	%r10, %rax
	jle	.L5
.L9:
	movl	%esi, %r9d
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$4, %rdi
	cmpq	%rdi, %r11
	jne	.L6
	xorl	%ecx, %ecx
	testl	%r9d, %r9d
	je	.L1
	movl	$3435973837, %esi
	.p2align 4,,10
	.p2align 3
.L7:
	movl	%r9d, %eax
	imulq	%rsi, %rax
	shrq	$35, %rax
	leal	(%rax,%rax,4), %edx
	addl	%edx, %edx
	subl	%edx, %r9d
	addl	%r9d, %ecx
	movl	%eax, %r9d
	testl	%eax, %eax
	jne	.L7
.L1:
	movl	%ecx, %eax
	ret
.L8:
	xorl	%ecx, %ecx
	movl	%ecx, %eax
	ret
	.cfi_endproc
.LFE1:
	.size	skjkasdkd, .-skjkasdkd
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
