	.file	"func.c"
	.text
	.p2align 4
	.globl	can_arrange
	.type	can_arrange, @function
can_arrange:
.LFB0:
	.cfi_startproc
	leal	-1(%rsi), %eax
	testl	%eax, %eax
	jle	.L5
	movslq	%esi, %rsi
	cltq
	movl	-4(%rdi,%rsi,4), %edx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L8:
	subq	$1, %rax
	testl	%eax, %eax
	jle	.L5
.L4:
	movl	%edx, %ecx
	movl	-4(%rdi,%rax,4), %edx
	cmpl	%ecx, %edx
	jle	.L8
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	movl	$-1, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	can_arrange, .-can_arrange
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
