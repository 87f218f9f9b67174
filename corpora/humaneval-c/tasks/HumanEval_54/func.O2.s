	.file	"func.c"
	.text
	.p2align 4
	.globl	same_chars
	.type	same_chars, @function
same_chars:
.LFB0:
	.cfi_startproc
	subq	$400, %rsp
	.cfi_def_cfa_offset 408
	pxor	%xmm0, %xmm0
	movaps	%xmm0, -120(%rsp)
	movaps	%xmm0, -104(%rsp)
	movaps	%xmm0, -88(%rsp)
	movaps	%xmm0, -72(%rsp)
	movaps	%xmm0, -56(%rsp)
	movaps	%xmm0, -40(%rsp)
	movaps	%xmm0, -24(%rsp)
	movaps	%xmm0, -8(%rsp)
	movaps	%xmm0, 8(%rsp)
	movaps	%xmm0, 24(%rsp)
	movaps	%xmm0, 40(%rsp)
	movaps	%xmm0, 56(%rsp)
	movaps	%xmm0, 72(%rsp)
	movaps	%xmm0, 88(%rsp)
	movaps	%xmm0, 104(%rsp)
	movaps	%xmm0, 120(%rsp)
	movaps	%xmm0, 136(%rsp)
	movaps	%xmm0, 152(%rsp)
	movaps	%xmm0, 168(%rsp)
	movaps	%xmm0, 184(%rsp)
	movaps	%xmm0, 200(%rsp)
	movaps	%xmm0, 216(%rsp)
	movaps	%xmm0, 232(%rsp)
	movaps	%xmm0, 248(%rsp)
	movaps	%xmm0, 264(%rsp)
	movaps	%xmm0, 280(%rsp)
	movaps	%xmm0, 296(%rsp)
	movaps	%xmm0, 312(%rsp)
	movaps	%xmm0, 328(%rsp)
	movaps	%xmm0, 344(%rsp)
	movaps	%xmm0, 360(%rsp)
	movaps	%xmm0, 376(%rsp)
	movzbl	(%rdi), %eax
	testb	%al, %al
	je	.L19
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$1, %rdi
	movb	$1, -120(%rsp,%rax)
	movzbl	(%rdi), %eax
	testb	%al, %al
	jne	.L3
	movzbl	(%rsi), %eax
	testb	%al, %al
	je	.L21
	.p2align 4,,10
	.p2align 3
.L5:
	movb	$1, 136(%rsp,%rax)
	addq	$1, %rsi
.L19:
	movzbl	(%rsi), %eax
	testb	%al, %al
	jne	.L5
.L21:
	xorl	%eax, %eax
	leaq	-120(%rsp), %rcx
	leaq	136(%rsp), %rdx
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L23:
	addq	$1, %rax
	cmpq	$256, %rax
	je	.L22
.L7:
	movzbl	(%rdx,%rax), %esi
	cmpb	%sil, (%rcx,%rax)
	je	.L23
	xorl	%eax, %eax
	addq	$400, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
.L22:
	.cfi_restore_state
	movl	$1, %eax
	addq	$400, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE0:
	.size	same_chars, .-same_chars
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
