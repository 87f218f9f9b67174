	.file	"func.c"
	.text
	.p2align 4
	.globl	encode
	.type	encode, @function
encode:
.LFB1:
	.cfi_startproc
	movzbl	(%rdi), %eax
	testb	%al, %al
	je	.L2
	movabsq	$4575140898685201, %r9
	xorl	%edx, %edx
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L17:
	leal	-32(%rax), %ecx
	subl	$97, %r8d
	movl	%ecx, %eax
.L4:
	btq	%r8, %r9
	setc	%r8b
	addl	$2, %ecx
	testb	%r8b, %r8b
	cmovne	%ecx, %eax
	movb	%al, (%rsi,%rdx)
	addq	$1, %rdx
	movzbl	(%rdi,%rdx), %eax
	testb	%al, %al
	je	.L16
.L7:
	leal	-97(%rax), %ecx
	movl	%eax, %r8d
	cmpb	$25, %cl
	jbe	.L17
	leal	-65(%rax), %r8d
	leal	32(%rax), %ecx
	cmpb	$26, %r8b
	cmovb	%ecx, %eax
	leal	-65(%rax), %r8d
	movl	%eax, %ecx
	cmpb	$52, %r8b
	jbe	.L4
	movb	%al, (%rsi,%rdx)
	addq	$1, %rdx
	movzbl	(%rdi,%rdx), %eax
	testb	%al, %al
	jne	.L7
.L16:
	addq	%rdx, %rsi
.L2:
	movb	$0, (%rsi)
	ret
	.cfi_endproc
.LFE1:
	.size	encode, .-encode
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
