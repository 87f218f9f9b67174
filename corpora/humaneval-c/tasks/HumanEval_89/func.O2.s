	.file	"func.c"
	.text
	.p2align 4
	.globl	encrypt
	.type	encrypt, @function
encrypt:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %eax
	testb	%al, %al
	je	.L2
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L4:
	leal	-97(%rax), %ecx
	cmpb	$25, %cl
	ja	.L3
	subl	$93, %eax
	movsbl	%al, %ecx
	movq	%rcx, %rax
	imulq	$1321528399, %rcx, %rcx
	shrq	$35, %rcx
	imull	$26, %ecx, %ecx
	subl	%ecx, %eax
	addl	$97, %eax
.L3:
	movb	%al, (%rsi,%rdx)
	addq	$1, %rdx
	movzbl	(%rdi,%rdx), %eax
	testb	%al, %al
	jne	.L4
	addq	%rdx, %rsi
.L2:
	movb	$0, (%rsi)
	ret
	.cfi_endproc
.LFE0:
	.size	encrypt, .-encrypt
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
