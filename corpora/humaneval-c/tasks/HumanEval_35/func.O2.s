	.file	"func.c"
	.text
	.p2align 4
	.globl	max_element
	.type	max_element, @function
max_element:
.LFB0:
	.cfi_startproc
	movl	(%rdi), %edx
	cmpl	$1, %esi
	jle	.L1
	leal	-2(%rsi), %ecx
	leaq	4(%rdi), %rax
	leaq	8(%rdi,%rcx,4), %rsi
	.p2align 4,,10
	.p2align 3
.L3:
	movl	(%rax), %ecx
	cmpl	%ecx, %edx
	cmovl	%ecx, %edx
	addq	$4, %rax
	cmpq	%rsi, %rax
	jne	.L3
.L1:
	movl	%edx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	max_element, .-max_element
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
