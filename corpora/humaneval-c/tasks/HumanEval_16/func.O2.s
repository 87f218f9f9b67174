	.file	"func.c"
	.text
	.p2align 4
	.globl	count_distinct_characters
	.type	count_distinct_characters, @function
count_distinct_characters:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	pxor	%xmm0, %xmm0
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	subq	$264, %rsp
	.cfi_def_cfa_offset 288
	movzbl	(%rdi), %ebx
	movaps	%xmm0, (%rsp)
	movaps	%xmm0, 16(%rsp)
	movaps	%xmm0, 32(%rsp)
	movaps	%xmm0, 48(%rsp)
	movaps	%xmm0, 64(%rsp)
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm0, 96(%rsp)
	movaps	%xmm0, 112(%rsp)
	movaps	%xmm0, 128(%rsp)
	movaps	%xmm0, 144(%rsp)
	movaps	%xmm0, 160(%rsp)
	movaps	%xmm0, 176(%rsp)
	movaps	%xmm0, 192(%rsp)
	movaps	%xmm0, 208(%rsp)
	movaps	%xmm0, 224(%rsp)
	movaps	%xmm0, 240(%rsp)
	testb	%bl, %bl
	je	.L5
	movq	%rdi, %rbp
	call	__ctype_tolower_loc@PLT
	xorl	%edx, %edx
	movq	(%rax), %rcx
	.p2align 4,,10
	.p2align 3
.L4:
	movslq	(%rcx,%rbx,4), %rax
	cmpb	$0, (%rsp,%rax)
	jne	.L3
	movb	$1, (%rsp,%rax)
	addl	$1, %edx
.L3:
	movzbl	1(%rbp), %ebx
	addq	$1, %rbp
	testb	%bl, %bl
	jne	.L4
	addq	$264, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movl	%edx, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L5:
	.cfi_restore_state
	addq	$264, %rsp
	.cfi_def_cfa_offset 24
	xorl	%edx, %edx
	movl	%edx, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE2:
	.size	count_distinct_characters, .-count_distinct_characters
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
