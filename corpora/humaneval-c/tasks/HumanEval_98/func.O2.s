	.file	"func.c"
	.text
	.p2align 4
	.globl	count_upper
	.type	count_upper, @function
count_upper:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %eax
	testb	%al, %al
	je	.L5
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	movl	$1065233, %esi
	.p2align 4,,10
	.p2align 3
.L4:
	testb	$1, %dl
	jne	.L3
	subl	$65, %eax
	cmpb	$20, %al
	ja	.L3
	btq	%rax, %rsi
	setc	%al
	cmpb	$1, %al
	sbbl	$-1, %ecx
.L3:
	addq	$1, %rdx
	movzbl	(%rdi,%rdx), %eax
	testb	%al, %al
	jne	.L4
	movl	%ecx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%ecx, %ecx
	movl	%ecx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	count_upper, .-count_upper
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
