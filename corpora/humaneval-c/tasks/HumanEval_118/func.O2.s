	.file	"func.c"
	.text
	.p2align 4
	.type	is_vowel, @function
is_vowel:
.LFB0:
	.cfi_startproc
	subl	$65, %edi
	cmpb	$52, %dil
	ja	.L3
	movabsq	$4575140898685201, %rax
	btq	%rdi, %rax
	setc	%al
	movzbl	%al, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	is_vowel, .-is_vowel
	.p2align 4
	.globl	get_closest_vowel
	.type	get_closest_vowel, @function
get_closest_vowel:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rsi, %rbx
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	cmpb	$0, (%rdi)
	je	.L6
	movq	%rdi, %rbp
	leaq	1(%rdi), %rdi
	call	strlen@PLT
	movb	$0, (%rbx)
	leal	-1(%rax), %edx
	testl	%edx, %edx
	jle	.L5
	movabsq	$4575140898685201, %r8
	movslq	%eax, %rcx
	movslq	%edx, %rdx
	subl	$2, %eax
	leaq	-2(%rbp,%rcx), %rsi
	addq	%rbp, %rdx
	subq	%rax, %rsi
	jmp	.L10
	.p2align 4,,10
	.p2align 3
.L9:
	subq	$1, %rdx
	cmpq	%rsi, %rdx
	je	.L5
.L10:
	movzbl	(%rdx), %ecx
	leal	-65(%rcx), %eax
	cmpb	$52, %al
	ja	.L9
	btq	%rax, %r8
	jnc	.L9
	movsbl	-1(%rdx), %edi
	call	is_vowel
	testl	%eax, %eax
	jne	.L9
	movsbl	1(%rdx), %edi
	call	is_vowel
	testl	%eax, %eax
	jne	.L9
	movb	%cl, (%rbx)
	movb	$0, 1(%rbx)
.L5:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L6:
	.cfi_restore_state
	movb	$0, (%rsi)
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE1:
	.size	get_closest_vowel, .-get_closest_vowel
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
