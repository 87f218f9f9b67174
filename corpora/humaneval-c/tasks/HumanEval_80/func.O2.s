	.file	"func.c"
	.text
	.p2align 4
	.globl	is_happy
	.type	is_happy, @function
is_happy:
.LFB0:
	.cfi_startproc
	cmpb	$0, (%rdi)
	je	.L4
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	leaq	1(%rdi), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rdi, %rbx
	movq	%rbp, %rdi
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	call	strlen@PLT
	xorl	%edx, %edx
	cmpl	$1, %eax
	jle	.L1
	leal	-2(%rax), %esi
	movq	%rbx, %rdi
	addq	%rbp, %rsi
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L15:
	movzbl	2(%rdi), %ecx
	cmpb	%cl, %al
	je	.L7
	cmpb	%cl, %dl
	je	.L7
	addq	$1, %rdi
	cmpq	%rsi, %rdi
	je	.L14
.L3:
	movzbl	(%rdi), %eax
	movzbl	1(%rdi), %edx
	cmpb	%dl, %al
	jne	.L15
.L7:
	xorl	%edx, %edx
.L1:
	addq	$8, %rsp
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
.L14:
	.cfi_restore_state
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	movl	$1, %edx
	movl	%edx, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	.cfi_restore 3
	.cfi_restore 6
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	is_happy, .-is_happy
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
