	.file	"func.c"
	.text
	.p2align 4
	.globl	vowels_count
	.type	vowels_count, @function
vowels_count:
.LFB0:
	.cfi_startproc
	movabsq	$4575140898685201, %rsi
	movzbl	(%rdi), %edx
	xorl	%ecx, %ecx
	testb	%dl, %dl
	jne	.L4
	jmp	.L1
	.p2align 4,,10
	.p2align 3
.L6:
	movl	%eax, %edx
.L4:
	leal	-65(%rdx), %eax
	cmpb	$52, %al
	ja	.L3
	btq	%rax, %rsi
	setc	%al
	cmpb	$1, %al
	sbbl	$-1, %ecx
.L3:
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	testb	%al, %al
	jne	.L6
	andl	$-33, %edx
	xorl	%eax, %eax
	cmpb	$89, %dl
	sete	%al
	addl	%eax, %ecx
.L1:
	movl	%ecx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	vowels_count, .-vowels_count
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
