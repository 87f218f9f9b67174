	.file	"func.c"
	.text
	.p2align 4
	.globl	even_odd_palindrome
	.type	even_odd_palindrome, @function
even_odd_palindrome:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsi, %r11
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rdx, %rbx
	testl	%edi, %edi
	jle	.L7
	leal	1(%rdi), %r8d
	xorl	%r9d, %r9d
	movl	$1, %edi
	xorl	%r10d, %r10d
	movl	$3435973837, %esi
	.p2align 4,,10
	.p2align 3
.L3:
	movl	%edi, %edx
	xorl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L4:
	movl	%edx, %eax
	leal	(%rcx,%rcx,4), %ebp
	imulq	%rsi, %rax
	shrq	$35, %rax
	leal	(%rax,%rax,4), %ecx
	addl	%ecx, %ecx
	subl	%ecx, %edx
	leal	(%rdx,%rbp,2), %ecx
	movl	%eax, %edx
	testl	%eax, %eax
	jne	.L4
	cmpl	%edi, %ecx
	jne	.L5
	testb	$1, %dil
	jne	.L6
	addl	$1, %r10d
.L5:
	addl	$1, %edi
	cmpl	%edi, %r8d
	jne	.L3
	movl	%r10d, (%r11)
	movl	%r9d, (%rbx)
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	.cfi_restore_state
	addl	$1, %r9d
	jmp	.L5
.L7:
	xorl	%r9d, %r9d
	xorl	%r10d, %r10d
	movl	%r10d, (%r11)
	movl	%r9d, (%rbx)
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE1:
	.size	even_odd_palindrome, .-even_odd_palindrome
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
