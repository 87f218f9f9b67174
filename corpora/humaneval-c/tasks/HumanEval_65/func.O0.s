	.file	"func.c"
	.text
	.globl	circular_shift
	.type	circular_shift, @function
circular_shift:
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
	cmpq	$0, -88(%rbp)
	jns	.L2
	movq	-88(%rbp), %rax
	negq	%rax
	jmp	.L3
.L2:
	movq	-88(%rbp), %rax
.L3:
	movq	%rax, -16(%rbp)
.L4:
	movq	-16(%rbp), %rcx
	movabsq	$-3689348814741910323, %rdx
	movq	%rcx, %rax
	mulq	%rdx
	shrq	$3, %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rax, %rax
	subq	%rax, %rcx
	movq	%rcx, %rdx
	movl	%edx, %eax
	leal	48(%rax), %ecx
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	movl	%ecx, %edx
	cltq
	movb	%dl, -48(%rbp,%rax)
	movq	-16(%rbp), %rax
	movabsq	$-3689348814741910323, %rdx
	mulq	%rdx
	movq	%rdx, %rax
	shrq	$3, %rax
	movq	%rax, -16(%rbp)
	cmpq	$0, -16(%rbp)
	jne	.L4
	cmpq	$0, -88(%rbp)
	jns	.L5
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	cltq
	movb	$45, -48(%rbp,%rax)
.L5:
	movl	$0, -8(%rbp)
	jmp	.L6
.L7:
	movl	-4(%rbp), %eax
	subl	$1, %eax
	subl	-8(%rbp), %eax
	cltq
	movzbl	-48(%rbp,%rax), %edx
	movl	-8(%rbp), %eax
	cltq
	movb	%dl, -80(%rbp,%rax)
	addl	$1, -8(%rbp)
.L6:
	movl	-8(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jl	.L7
	movl	-92(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jle	.L8
	movl	$0, -8(%rbp)
	jmp	.L9
.L10:
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
.L9:
	movl	-8(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jl	.L10
	jmp	.L11
.L8:
	movl	$0, -8(%rbp)
	jmp	.L12
.L13:
	movl	-8(%rbp), %edx
	movl	-4(%rbp), %eax
	addl	%edx, %eax
	subl	-92(%rbp), %eax
	cltd
	idivl	-4(%rbp)
	movl	%edx, %ecx
	movl	-8(%rbp), %eax
	movslq	%eax, %rdx
	movq	-104(%rbp), %rax
	addq	%rax, %rdx
	movslq	%ecx, %rax
	movzbl	-80(%rbp,%rax), %eax
	movb	%al, (%rdx)
	addl	$1, -8(%rbp)
.L12:
	movl	-8(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jl	.L13
.L11:
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
	.size	circular_shift, .-circular_shift
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
