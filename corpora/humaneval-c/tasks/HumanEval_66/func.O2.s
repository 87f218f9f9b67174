	.file	"func.c"
	.text
	.p2align 4
	.globl	digitSum
	.type	digitSum, @function
digitSum:
.LFB0:
	.cfi_startproc
	movsbl	(%rdi), %eax
	xorl	%edx, %edx
	testb	%al, %al
	je	.L1
	.p2align 4,,10
	.p2align 3
.L4:
	leal	-65(%rax), %ecx
	addl	%edx, %eax
	cmpb	$26, %cl
	cmovb	%eax, %edx
	movsbl	1(%rdi), %eax
	addq	$1, %rdi
	testb	%al, %al
	jne	.L4
.L1:
	movl	%edx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	digitSum, .-digitSum
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
