	.file	"func.c"
	.text
	.p2align 4
	.globl	iscube
	.type	iscube, @function
iscube:
.LFB0:
	.cfi_startproc
	movabsq	$1152921504606846976, %rdx
	movq	%rdi, %rax
	negq	%rdi
	cmovs	%rax, %rdi
	cmpq	%rdx, %rdi
	je	.L9
	movl	$1048576, %eax
	movl	$2097152, %esi
	xorl	%ecx, %ecx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L12:
	leaq	1(%rax), %rcx
	cmpq	%rcx, %rsi
	jb	.L10
.L7:
	movq	%rsi, %rax
	subq	%rcx, %rax
	shrq	%rax
	addq	%rcx, %rax
	movq	%rax, %rdx
	imulq	%rax, %rdx
	imulq	%rax, %rdx
	cmpq	%rdi, %rdx
	je	.L9
.L4:
	cmpq	%rdi, %rdx
	jb	.L12
	testq	%rax, %rax
	je	.L10
	leaq	-1(%rax), %rsi
	cmpq	%rcx, %rsi
	jnb	.L7
.L10:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	movl	$1, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	iscube, .-iscube
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
