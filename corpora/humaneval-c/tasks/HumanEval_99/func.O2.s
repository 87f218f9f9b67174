	.file	"func.c"
	.text
	.p2align 4
	.globl	closest_integer
	.type	closest_integer, @function
closest_integer:
.LFB0:
	.cfi_startproc
	jmp	.L20
	.p2align 4,,10
	.p2align 3
.L17:
	addq	$1, %rdi
.L20:
	movzbl	(%rdi), %eax
	leal	-9(%rax), %edx
	cmpb	$1, %dl
	jbe	.L17
	cmpb	$32, %al
	je	.L17
	leal	-43(%rax), %edx
	xorl	%esi, %esi
	andl	$253, %edx
	jne	.L5
	xorl	%esi, %esi
	cmpb	$45, %al
	sete	%sil
	addq	$1, %rdi
.L5:
	movzbl	(%rdi), %eax
	leal	-48(%rax), %edx
	cmpb	$9, %dl
	movl	$0, %edx
	ja	.L6
	.p2align 4,,10
	.p2align 3
.L7:
	subl	$48, %eax
	leaq	(%rdx,%rdx,4), %rdx
	addq	$1, %rdi
	movsbq	%al, %rax
	leaq	(%rax,%rdx,2), %rdx
	movzbl	(%rdi), %eax
	leal	-48(%rax), %ecx
	cmpb	$9, %cl
	jbe	.L7
.L6:
	cmpb	$46, %al
	jne	.L8
	movzbl	1(%rdi), %eax
	subl	$53, %eax
	cmpb	$5, %al
	adcq	$0, %rdx
.L8:
	movq	%rdx, %rax
	negq	%rax
	testl	%esi, %esi
	cmovne	%rax, %rdx
	movq	%rdx, %rax
	ret
	.cfi_endproc
.LFE0:
	.size	closest_integer, .-closest_integer
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
