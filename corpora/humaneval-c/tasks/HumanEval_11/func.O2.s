	.file	"func.c"
	.text
	.p2align 4
	.globl	string_xor
	.type	string_xor, @function
string_xor:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %r8d
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	testb	%r8b, %r8b
	jne	.L2
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L5:
	cmpb	%r8b, %r9b
	setne	%r8b
	addl	$48, %r8d
	movb	%r8b, (%rdx,%rcx)
	addq	$1, %rcx
	movzbl	(%rdi,%rcx), %r8d
	testb	%r8b, %r8b
	je	.L11
.L2:
	movzbl	(%rsi,%rcx), %r9d
	movl	%ecx, %eax
	testb	%r9b, %r9b
	jne	.L5
	addq	%rcx, %rdx
.L3:
	movb	$0, (%rdx)
	ret
	.p2align 4,,10
	.p2align 3
.L11:
	addq	%rcx, %rdx
	addl	$1, %eax
	movb	$0, (%rdx)
	ret
	.cfi_endproc
.LFE0:
	.size	string_xor, .-string_xor
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
