	.file	"func.c"
	.text
	.p2align 4
	.globl	parse_music
	.type	parse_music, @function
parse_music:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %r8d
	xorl	%r10d, %r10d
	.p2align 4,,10
	.p2align 3
.L19:
	testb	%r8b, %r8b
	je	.L1
.L25:
	cmpb	$32, %r8b
	je	.L3
	movzbl	(%rdi), %edx
	movq	%rdi, %rax
	testb	$-33, %dl
	je	.L21
	.p2align 4,,10
	.p2align 3
.L4:
	movq	%rax, %rcx
	movzbl	1(%rax), %edx
	addq	$1, %rax
	testb	$-33, %dl
	jne	.L4
	movq	%rax, %r9
	subq	%rdi, %r9
	cmpq	$1, %r9
	je	.L22
	cmpq	$2, %r9
	jne	.L15
	cmpb	$111, %r8b
	je	.L23
	cmpb	$46, %r8b
	jne	.L15
	cmpb	$124, 1(%rdi)
	je	.L24
	.p2align 4,,10
	.p2align 3
.L15:
	movl	%edx, %r8d
	movq	%rax, %rdi
	testb	%r8b, %r8b
	jne	.L25
.L1:
	movl	%r10d, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	movzbl	1(%rdi), %r8d
	addq	$1, %rdi
	jmp	.L19
	.p2align 4,,10
	.p2align 3
.L22:
	cmpb	$111, %r8b
	jne	.L15
	movslq	%r10d, %rdx
	movq	%rax, %rdi
	addl	$1, %r10d
	movl	$4, (%rsi,%rdx,4)
	movzbl	1(%rcx), %r8d
	jmp	.L19
	.p2align 4,,10
	.p2align 3
.L21:
	movl	%edx, %r8d
	jmp	.L19
	.p2align 4,,10
	.p2align 3
.L23:
	cmpb	$124, 1(%rdi)
	jne	.L15
	movslq	%r10d, %rdx
	movq	%rax, %rdi
	addl	$1, %r10d
	movl	$2, (%rsi,%rdx,4)
	movzbl	1(%rcx), %r8d
	jmp	.L19
.L24:
	movslq	%r10d, %rdx
	movq	%rax, %rdi
	addl	$1, %r10d
	movl	$1, (%rsi,%rdx,4)
	movzbl	1(%rcx), %r8d
	jmp	.L19
	.cfi_endproc
.LFE0:
	.size	parse_music, .-parse_music
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
