	.file	"func.c"
	.text
	.p2align 4
	.globl	is_sorted
	.type	is_sorted, @function
is_sorted:
.LFB0:
	.cfi_startproc
	cmpl	$1, %esi
	jle	.L5
	movl	%esi, %esi
	movl	$1, %eax
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L13:
	cmpq	$1, %rax
	je	.L3
	cmpl	-8(%rdi,%rax,4), %edx
	je	.L7
.L3:
	addq	$1, %rax
	cmpq	%rax, %rsi
	je	.L5
.L4:
	movl	(%rdi,%rax,4), %edx
	cmpl	-4(%rdi,%rax,4), %edx
	jge	.L13
.L7:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	movl	$1, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	is_sorted, .-is_sorted
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
