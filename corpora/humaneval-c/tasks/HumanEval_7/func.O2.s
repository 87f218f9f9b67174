	.file	"func.c"
	.text
	.p2align 4
	.globl	filter_by_substring
	.type	filter_by_substring, @function
filter_by_substring:
.LFB1:
	.cfi_startproc
	movslq	%esi, %rax
	testl	%eax, %eax
	jle	.L9
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %r8
	movq	%rdx, %rsi
	movq	%rcx, %rbx
	leaq	(%rdi,%rax,8), %r11
	xorl	%r10d, %r10d
	.p2align 4,,10
	.p2align 3
.L8:
	movzbl	(%rsi), %edi
	movq	(%r8), %r9
	testb	%dil, %dil
	je	.L3
	movq	%r9, %rcx
	.p2align 4,,10
	.p2align 3
.L7:
	movl	%edi, %edx
	xorl	%eax, %eax
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L5:
	addq	$1, %rax
	movzbl	(%rsi,%rax), %edx
	testb	%dl, %dl
	je	.L3
.L4:
	cmpb	%dl, (%rcx,%rax)
	je	.L5
	cmpb	$0, (%rcx)
	je	.L6
	addq	$1, %rcx
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L3:
	movslq	%r10d, %rax
	addl	$1, %r10d
	movq	%r9, (%rbx,%rax,8)
.L6:
	addq	$8, %r8
	cmpq	%r11, %r8
	jne	.L8
	movl	%r10d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
.L9:
	.cfi_restore 3
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE1:
	.size	filter_by_substring, .-filter_by_substring
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
