	.file	"func.c"
	.text
	.p2align 4
	.globl	is_bored
	.type	is_bored, @function
is_bored:
.LFB2:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	xorl	%edx, %edx
	movq	%rdi, %r14
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	xorl	%r12d, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	xorl	%ebp, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
.L2:
	movzbl	(%r14,%rdx), %eax
	cmpb	$73, %al
	je	.L36
	.p2align 4,,10
	.p2align 3
.L3:
	testb	%al, %al
	je	.L1
	cmpb	$46, %al
	je	.L7
.L14:
	leaq	1(%r14,%rdx), %rdx
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L37:
	cmpb	$33, %al
	je	.L8
	movzbl	(%rdx), %eax
	addl	$1, %ebp
	addq	$1, %rdx
	testb	%al, %al
	je	.L1
	cmpb	$46, %al
	je	.L7
.L5:
	cmpb	$63, %al
	jne	.L37
.L8:
	addl	$1, %ebp
	movslq	%ebp, %rdx
	leaq	(%r14,%rdx), %r13
	movzbl	0(%r13), %ebx
	testb	%bl, %bl
	je	.L2
	call	__ctype_b_loc@PLT
	movq	(%rax), %rdx
	movq	%r13, %rax
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L13:
	movzbl	1(%rax), %ebx
	addq	$1, %rax
	addl	$1, %ebp
	testb	%bl, %bl
	je	.L34
.L12:
	testb	$32, 1(%rdx,%rbx,2)
	jne	.L13
.L34:
	movslq	%ebp, %rdx
	movzbl	(%r14,%rdx), %eax
	cmpb	$73, %al
	jne	.L3
.L36:
	cmpb	$32, 1(%r14,%rdx)
	jne	.L14
	addl	$1, %r12d
	jmp	.L14
	.p2align 4,,10
	.p2align 3
.L7:
	testb	%al, %al
	jne	.L8
.L1:
	popq	%rbx
	.cfi_def_cfa_offset 40
	movl	%r12d, %eax
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE2:
	.size	is_bored, .-is_bored
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
