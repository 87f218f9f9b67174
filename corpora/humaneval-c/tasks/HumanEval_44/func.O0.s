	.file	"func.c"
	.text
	.globl	change_base
	.type	change_base, @function
change_base:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -88(%rbp)
	movl	%esi, -92(%rbp)
	movq	%rdx, -104(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L2
.L3:
	movl	-92(%rbp), %eax
	movslq	%eax, %rcx
	movq	-88(%rbp), %rax
	cqto
	idivq	%rcx
	movq	%rdx, %rax
	leal	48(%rax), %ecx
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	movl	%ecx, %edx
	cltq
	movb	%dl, -80(%rbp,%rax)
	movl	-92(%rbp), %eax
	movslq	%eax, %rsi
	movq	-88(%rbp), %rax
	cqto
	idivq	%rsi
	movq	%rax, -88(%rbp)
.L2:
	cmpq	$0, -88(%rbp)
	jg	.L3
	movl	$0, -8(%rbp)
	jmp	.L4
.L5:
	movl	-4(%rbp), %eax
	subl	$1, %eax
	subl	-8(%rbp), %eax
	movl	-8(%rbp), %edx
	movslq	%edx, %rcx
	movq	-104(%rbp), %rdx
	addq	%rcx, %rdx
	cltq
	movzbl	-80(%rbp,%rax), %eax
	movb	%al, (%rdx)
	addl	$1, -8(%rbp)
.L4:
	movl	-8(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jl	.L5
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movq	-104(%rbp), %rax
	addq	%rdx, %rax
	movb	$0, (%rax)
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	change_base, .-change_base
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
