	.file	"func.c"
	.text
	.p2align 4
	.globl	check_dict_case
	.type	check_dict_case, @function
check_dict_case:
.LFB2:
	.cfi_startproc
	xorl	%eax, %eax
	testl	%esi, %esi
	jle	.L21
	movslq	%esi, %rsi
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r10
	movl	$1, %r11d
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	leaq	(%rdi,%rsi,8), %rax
	xorl	%ebp, %ebp
	movl	$1, %r9d
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movl	$1, %ebx
	.p2align 4,,10
	.p2align 3
.L10:
	movq	(%r10), %rsi
	testq	%rsi, %rsi
	je	.L12
	movzbl	(%rsi), %edx
	testb	%dl, %dl
	je	.L13
	movq	%rsi, %rdi
	movl	%edx, %ecx
	xorl	%r8d, %r8d
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L26:
	subl	$97, %ecx
	cmpb	$25, %cl
	cmovbe	%r9d, %r8d
	movzbl	1(%rdi), %ecx
	addq	$1, %rdi
	testb	%cl, %cl
	je	.L25
.L6:
	leal	-65(%rcx), %r12d
	cmpb	$25, %r12b
	ja	.L26
	xorl	%r11d, %r11d
.L4:
	xorl	%ecx, %ecx
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L28:
	subl	$65, %edx
	cmpb	$25, %dl
	cmovbe	%r9d, %ecx
	movzbl	1(%rsi), %edx
	addq	$1, %rsi
	testb	%dl, %dl
	je	.L27
.L8:
	leal	-97(%rdx), %edi
	cmpb	$25, %dil
	ja	.L28
.L3:
	xorl	%ebx, %ebx
.L9:
	addq	$8, %r10
	cmpq	%rax, %r10
	jne	.L10
	movl	%ebx, %eax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	orl	%r11d, %eax
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L25:
	.cfi_restore_state
	testl	%r8d, %r8d
	cmove	%ebp, %r11d
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L27:
	testl	%ecx, %ecx
	jne	.L9
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L12:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L13:
	.cfi_restore_state
	xorl	%r11d, %r11d
	jmp	.L3
.L21:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	ret
	.cfi_endproc
.LFE2:
	.size	check_dict_case, .-check_dict_case
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
