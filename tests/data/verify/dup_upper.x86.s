	.file	"dup_upper.c"
	.text
	.p2align 4
	.globl	dup_upper
	.type	dup_upper, @function
dup_upper:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rdi, %rbx
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	call	strlen@PLT
	leaq	1(%rax), %rdi
	movq	%rax, %rbp
	call	malloc@PLT
	testq	%rax, %rax
	je	.L1
	xorl	%ecx, %ecx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L5:
	movq	%rdx, %rcx
.L4:
	movzbl	(%rbx,%rcx), %edx
	leal	-97(%rdx), %edi
	leal	-32(%rdx), %esi
	cmpb	$26, %dil
	cmovb	%esi, %edx
	movb	%dl, (%rax,%rcx)
	leaq	1(%rcx), %rdx
	cmpq	%rcx, %rbp
	jne	.L5
.L1:
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE11:
	.size	dup_upper, .-dup_upper
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
