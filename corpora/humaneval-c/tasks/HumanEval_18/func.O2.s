	.file	"func.c"
	.text
	.p2align 4
	.globl	how_many_times
	.type	how_many_times, @function
how_many_times:
.LFB0:
	.cfi_startproc
	movzbl	(%rsi), %ecx
	xorl	%r8d, %r8d
	xorl	%eax, %eax
	movl	%ecx, %edx
	testb	%cl, %cl
	jne	.L2
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	addq	$1, %rax
	movzbl	(%rsi,%rax), %edx
	testb	%dl, %dl
	je	.L3
.L2:
	cmpb	%dl, (%rdi,%rax)
	je	.L4
	cmpb	$0, (%rdi)
	je	.L1
.L14:
	addq	$1, %rdi
	movl	%ecx, %edx
	xorl	%eax, %eax
	testb	%cl, %cl
	jne	.L2
	.p2align 4,,10
	.p2align 3
.L3:
	addl	$1, %r8d
	cmpb	$0, (%rdi)
	jne	.L14
.L1:
	movl	%r8d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	how_many_times, .-how_many_times
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
