	.file	"func.c"
	.text
	.p2align 4
	.globl	search
	.type	search, @function
search:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L7
	movslq	%esi, %rax
	movq	%rdi, %r9
	movl	$-1, %r11d
	leaq	(%rdi,%rax,4), %r10
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$4, %r9
	cmpq	%r10, %r9
	je	.L1
.L6:
	xorl	%eax, %eax
	testl	%r11d, %r11d
	movl	(%r9), %edx
	cmovns	%r11d, %eax
	cmpl	%edx, %eax
	jge	.L3
	cmpl	%edx, %esi
	jl	.L3
	movq	%rdi, %rax
	xorl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L5:
	xorl	%r8d, %r8d
	cmpl	(%rax), %edx
	sete	%r8b
	addq	$4, %rax
	addl	%r8d, %ecx
	cmpq	%r10, %rax
	jne	.L5
	cmpl	%edx, %ecx
	cmovge	%edx, %r11d
	addq	$4, %r9
	cmpq	%r10, %r9
	jne	.L6
.L1:
	movl	%r11d, %eax
	ret
.L7:
	movl	$-1, %r11d
	movl	%r11d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	search, .-search
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
