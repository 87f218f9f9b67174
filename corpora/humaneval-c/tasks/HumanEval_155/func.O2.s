	.file	"func.c"
	.text
	.p2align 4
	.globl	even_odd_count
	.type	even_odd_count, @function
even_odd_count:
.LFB0:
	.cfi_startproc
	movabsq	$-3689348814741910323, %r9
	movq	%rdi, %rcx
	movq	%rdx, %r10
	negq	%rcx
	cmovs	%rdi, %rcx
	xorl	%edi, %edi
	xorl	%r8d, %r8d
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L9:
	movq	%rcx, %rax
	addl	$1, %r8d
	mulq	%r9
	shrq	$3, %rdx
	cmpq	$9, %rcx
	jbe	.L8
.L6:
	movq	%rdx, %rcx
.L5:
	testb	$1, %cl
	je	.L9
	movq	%rcx, %rax
	addl	$1, %edi
	mulq	%r9
	shrq	$3, %rdx
	cmpq	$9, %rcx
	ja	.L6
.L8:
	movl	%r8d, (%rsi)
	movl	%edi, (%r10)
	ret
	.cfi_endproc
.LFE0:
	.size	even_odd_count, .-even_odd_count
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
