	.file	"func.c"
	.text
	.p2align 4
	.globl	hex_key
	.type	hex_key, @function
hex_key:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %eax
	xorl	%edx, %edx
	testb	%al, %al
	je	.L1
	movl	$327723, %ecx
	.p2align 4,,10
	.p2align 3
.L4:
	subl	$50, %eax
	cmpb	$18, %al
	ja	.L3
	btq	%rax, %rcx
	setc	%al
	cmpb	$1, %al
	sbbl	$-1, %edx
.L3:
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	testb	%al, %al
	jne	.L4
.L1:
	movl	%edx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	hex_key, .-hex_key
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
