	.file	"func.c"
	.text
	.p2align 4
	.type	cmp_ascending, @function
cmp_ascending:
.LFB11:
	.cfi_startproc
	movl	(%rsi), %eax
	cmpl	%eax, (%rdi)
	setg	%al
	setl	%dl
	movzbl	%dl, %edx
	movzbl	%al, %eax
	subl	%edx, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	cmp_ascending, .-cmp_ascending
	.p2align 4
	.type	cmp_descending, @function
cmp_descending:
.LFB12:
	.cfi_startproc
	movl	(%rdi), %eax
	cmpl	%eax, (%rsi)
	setg	%al
	setl	%dl
	movzbl	%dl, %edx
	movzbl	%al, %eax
	subl	%edx, %eax
	ret
	.cfi_endproc
.LFE12:
	.size	cmp_descending, .-cmp_descending
	.p2align 4
	.globl	sort_array
	.type	sort_array, @function
sort_array:
.LFB13:
	.cfi_startproc
	movq	%rdi, %rcx
	movq	%rdx, %rdi
	testl	%esi, %esi
	jle	.L4
	movslq	%esi, %rsi
	xorl	%eax, %eax
	leaq	0(,%rsi,4), %r8
	.p2align 4,,10
	.p2align 3
.L6:
	movl	(%rcx,%rax), %edx
	movl	%edx, (%rdi,%rax)
	addq	$4, %rax
	cmpq	%r8, %rax
	jne	.L6
	movl	(%rcx), %edx
	addl	-4(%rcx,%rax), %edx
	leaq	cmp_descending(%rip), %rcx
	movl	%edx, %eax
	movl	$4, %edx
	testb	$1, %al
	leaq	cmp_ascending(%rip), %rax
	cmovne	%rax, %rcx
	jmp	qsort@PLT
	.p2align 4,,10
	.p2align 3
.L4:
	ret
	.cfi_endproc
.LFE13:
	.size	sort_array, .-sort_array
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
