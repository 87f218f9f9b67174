	.file	"func.c"
	.text
	.globl	vowels_count
	.type	vowels_count, @function
vowels_count:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	$0, -4(%rbp)
	movb	$0, -5(%rbp)
	jmp	.L2
.L5:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	subl	$65, %eax
	cmpl	$52, %eax
	seta	%dl
	testb	%dl, %dl
	jne	.L9
	movabsq	$4575140898685201, %rdx
	movl	%eax, %ecx
	shrq	%cl, %rdx
	movq	%rdx, %rax
	andl	$1, %eax
	testq	%rax, %rax
	setne	%al
	testb	%al, %al
	je	.L9
	addl	$1, -4(%rbp)
	jmp	.L4
.L9:
	nop
.L4:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movb	%al, -5(%rbp)
	addq	$1, -24(%rbp)
.L2:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L5
	cmpb	$121, -5(%rbp)
	je	.L6
	cmpb	$89, -5(%rbp)
	jne	.L7
.L6:
	addl	$1, -4(%rbp)
.L7:
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	vowels_count, .-vowels_count
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
