	.file	"func.c"
	.text
	.p2align 4
	.globl	match_parens
	.type	match_parens, @function
match_parens:
.LFB1:
	.cfi_startproc
	movzbl	(%rdi), %r10d
	movq	%rdi, %r8
	xorl	%eax, %eax
	movl	%r10d, %ecx
	testb	%r10b, %r10b
	jne	.L2
	jmp	.L62
	.p2align 4,,10
	.p2align 3
.L52:
	subq	$1, %rax
	jb	.L63
	movzbl	1(%r8), %ecx
	addq	$1, %r8
	testb	%cl, %cl
	je	.L64
.L2:
	cmpb	$40, %cl
	jne	.L52
	movzbl	1(%r8), %ecx
	addq	$1, %r8
	addq	$1, %rax
	testb	%cl, %cl
	jne	.L2
.L64:
	movzbl	(%rsi), %r9d
	testb	%r9b, %r9b
	je	.L65
.L3:
	movl	%r9d, %ecx
	movq	%rsi, %r8
	jmp	.L14
	.p2align 4,,10
	.p2align 3
.L54:
	subq	$1, %rax
	jb	.L10
	movzbl	1(%r8), %ecx
	addq	$1, %r8
	testb	%cl, %cl
	je	.L66
.L14:
	cmpb	$40, %cl
	jne	.L54
	movzbl	1(%r8), %ecx
	addq	$1, %r8
	addq	$1, %rax
	testb	%cl, %cl
	jne	.L14
.L66:
	testq	%rax, %rax
	jne	.L10
.L4:
	movl	.LC0(%rip), %eax
	movl	%eax, (%rdx)
	ret
	.p2align 4,,10
	.p2align 3
.L63:
	movzbl	(%rsi), %r9d
	testb	%r9b, %r9b
	je	.L60
.L10:
	xorl	%eax, %eax
	jmp	.L20
	.p2align 4,,10
	.p2align 3
.L56:
	subq	$1, %rax
	jb	.L22
.L23:
	movzbl	1(%rsi), %r9d
	addq	$1, %rsi
	testb	%r9b, %r9b
	je	.L59
.L20:
	cmpb	$40, %r9b
	jne	.L56
	addq	$1, %rax
	jmp	.L23
	.p2align 4,,10
	.p2align 3
.L58:
	subq	$1, %rax
	jb	.L22
.L27:
	movzbl	1(%rdi), %r10d
	addq	$1, %rdi
.L59:
	testb	%r10b, %r10b
	je	.L67
.L26:
	cmpb	$40, %r10b
	jne	.L58
	addq	$1, %rax
	jmp	.L27
	.p2align 4,,10
	.p2align 3
.L67:
	testq	%rax, %rax
	je	.L4
.L22:
	movzwl	.LC1(%rip), %eax
	movb	$0, 2(%rdx)
	movw	%ax, (%rdx)
	ret
.L62:
	movzbl	(%rsi), %r9d
	testb	%r9b, %r9b
	jne	.L3
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L65:
	testq	%rax, %rax
	je	.L4
.L60:
	xorl	%eax, %eax
	jmp	.L26
	.cfi_endproc
.LFE1:
	.size	match_parens, .-match_parens
	.section	.rodata.cst4,"aM",@progbits,4
	.align 4
.LC0:
	.byte	89
	.byte	101
	.byte	115
	.byte	0
	.section	.rodata.cst2,"aM",@progbits,2
	.align 2
.LC1:
	.byte	78
	.byte	111
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
