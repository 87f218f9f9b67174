	.file	"func.c"
	.text
	.p2align 4
	.globl	valid_date
	.type	valid_date, @function
valid_date:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rdi, %rbx
	subq	$40, %rsp
	.cfi_def_cfa_offset 64
	movzbl	(%rdi), %ebp
	testb	%bpl, %bpl
	je	.L3
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L5:
	movzbl	1(%rbx), %ebp
	addq	$1, %rbx
	testb	%bpl, %bpl
	je	.L3
.L4:
	testb	$32, 1(%rax,%rbp,2)
	jne	.L5
	cmpb	$0, (%rbx)
	je	.L3
	movq	%rbx, %rcx
	.p2align 4,,10
	.p2align 3
.L6:
	addq	$1, %rcx
	cmpb	$0, (%rcx)
	jne	.L6
	cmpq	%rcx, %rbx
	jb	.L7
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L10:
	subq	$1, %rcx
	cmpq	%rbx, %rcx
	je	.L8
.L7:
	movzbl	-1(%rcx), %edx
	testb	$32, 1(%rax,%rdx,2)
	jne	.L10
.L8:
	movq	%rsp, %r8
	xorl	%edi, %edi
.L9:
	cmpq	%rcx, %rbx
	jnb	.L15
	movq	%rbx, %rax
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L14:
	addq	$1, %rax
	cmpq	%rcx, %rax
	je	.L13
.L11:
	cmpb	$45, (%rax)
	jne	.L14
.L13:
	cmpq	%rax, %rbx
	je	.L15
	cmpl	$3, %edi
	je	.L15
	xorl	%esi, %esi
	cmpq	%rax, %rbx
	jb	.L18
	jmp	.L16
	.p2align 4,,10
	.p2align 3
.L34:
	cmpq	$999999, %rsi
	jg	.L17
	leaq	(%rsi,%rsi,4), %rsi
	movsbq	%dl, %rdx
	leaq	(%rdx,%rsi,2), %rsi
.L17:
	addq	$1, %rbx
	cmpq	%rax, %rbx
	je	.L16
.L18:
	movzbl	(%rbx), %edx
	subl	$48, %edx
	cmpb	$9, %dl
	jbe	.L34
.L15:
	xorl	%eax, %eax
.L1:
	addq	$40, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L16:
	.cfi_restore_state
	movq	%rsi, (%r8)
	addl	$1, %edi
	addq	$8, %r8
	cmpq	%rcx, %rax
	je	.L19
	leaq	1(%rax), %rbx
	jmp	.L9
.L19:
	cmpl	$3, %edi
	jne	.L15
	movq	(%rsp), %rcx
	movq	8(%rsp), %rsi
	leaq	-1(%rcx), %rax
	cmpq	$11, %rax
	ja	.L15
	cmpq	$11, %rcx
	ja	.L24
	movl	$1, %eax
	salq	%cl, %rax
	movq	%rax, %rdx
	movl	$30, %eax
	testl	$2640, %edx
	jne	.L20
	xorl	%eax, %eax
	cmpl	$2, %ecx
	setne	%al
	leaq	29(%rax,%rax), %rax
.L20:
	testq	%rsi, %rsi
	setg	%dl
	cmpq	%rsi, %rax
	setge	%al
	movzbl	%al, %eax
	andl	%edx, %eax
	jmp	.L1
	.p2align 4,,10
	.p2align 3
.L3:
	movq	%rbx, %rcx
	jmp	.L8
.L24:
	movl	$31, %eax
	jmp	.L20
	.cfi_endproc
.LFE3:
	.size	valid_date, .-valid_date
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
