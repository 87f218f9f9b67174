	.file	"func.c"
	.text
	.p2align 4
	.globl	flip_case
	.type	flip_case, @function
flip_case:
.LFB2:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	movq	%rsi, %r13
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$8, %rsp
	.cfi_def_cfa_offset 64
	movzbl	(%rdi), %ebx
	testb	%bl, %bl
	je	.L6
	movq	%rdi, %r14
	movl	$1, %ebp
	call	__ctype_b_loc@PLT
	movq	%rax, %r15
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L14:
	call	__ctype_tolower_loc@PLT
	movq	(%rax), %rax
	movzbl	(%rax,%r12,4), %ebx
.L4:
	leaq	1(%rbp), %rax
	movb	%bl, -1(%r13,%rbp)
	movzbl	-1(%r14,%rax), %ebx
	testb	%bl, %bl
	je	.L13
	movq	%rax, %rbp
.L5:
	movq	(%r15), %rax
	movzbl	%bl, %r12d
	movzwl	(%rax,%r12,2), %eax
	testb	$1, %ah
	jne	.L14
	testb	$2, %ah
	je	.L4
	call	__ctype_toupper_loc@PLT
	movq	(%rax), %rax
	movzbl	(%rax,%r12,4), %ebx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L13:
	movl	%ebp, %eax
	addq	%rbp, %r13
.L2:
	movb	$0, 0(%r13)
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	.cfi_restore_state
	xorl	%eax, %eax
	jmp	.L2
	.cfi_endproc
.LFE2:
	.size	flip_case, .-flip_case
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
