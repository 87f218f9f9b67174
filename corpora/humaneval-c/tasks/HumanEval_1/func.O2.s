	.file	"func.c"
	.text
	.p2align 4
	.globl	separate_paren_groups
	.type	separate_paren_groups, @function
separate_paren_groups:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %eax
	xorl	%ecx, %ecx
	testb	%al, %al
	je	.L1
	xorl	%edx, %edx
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L3:
	cmpb	$41, %al
	je	.L10
.L4:
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	testb	%al, %al
	je	.L1
.L6:
	cmpb	$40, %al
	jne	.L3
	addq	$1, %rdi
	movb	$40, (%rsi)
	addl	$1, %edx
	addq	$1, %rsi
	movzbl	(%rdi), %eax
	testb	%al, %al
	jne	.L6
.L1:
	movl	%ecx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	movb	$41, (%rsi)
	subl	$1, %edx
	je	.L5
	addq	$1, %rsi
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L5:
	movb	$0, 1(%rsi)
	addl	$1, %ecx
	addq	$2, %rsi
	jmp	.L4
	.cfi_endproc
.LFE0:
	.size	separate_paren_groups, .-separate_paren_groups
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
