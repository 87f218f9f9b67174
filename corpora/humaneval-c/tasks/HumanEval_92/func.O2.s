	.file	"func.c"
	.text
	.p2align 4
	.globl	any_int
	.type	any_int, @function
any_int:
.LFB0:
	.cfi_startproc
	testl	%esi, %esi
	sete	%al
	testl	%edx, %edx
	sete	%dl
	orb	%dl, %al
	jne	.L3
	testl	%edi, %edi
	je	.L3
	cvttsd2siq	%xmm0, %rcx
	movl	$1, %eax
	cvttsd2siq	%xmm1, %rdx
	cvttsd2siq	%xmm2, %rsi
	leaq	(%rcx,%rdx), %rdi
	cmpq	%rsi, %rdi
	je	.L1
	leaq	(%rcx,%rsi), %rdi
	cmpq	%rdx, %rdi
	je	.L1
	addq	%rsi, %rdx
	xorl	%eax, %eax
	cmpq	%rcx, %rdx
	sete	%al
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	xorl	%eax, %eax
.L1:
	ret
	.cfi_endproc
.LFE0:
	.size	any_int, .-any_int
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
