	.file	"func.c"
	.text
	.p2align 4
	.globl	unique_digits
	.type	unique_digits, @function
unique_digits:
.LFB1:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L12
	movslq	%esi, %rsi
	movq	%rdi, %r8
	movq	%rdx, %r11
	xorl	%r9d, %r9d
	leaq	(%rdi,%rsi,4), %r10
	movabsq	$-3689348814741910323, %rdi
.L20:
	movl	(%r8), %esi
	movl	%esi, %ecx
	negl	%ecx
	cmovs	%esi, %ecx
	movl	%ecx, %ecx
	movq	%rcx, %rax
	mulq	%rdi
	shrq	$3, %rdx
	andl	$1, %ecx
	je	.L22
	.p2align 4,,10
	.p2align 3
.L35:
	movq	%rdx, %rcx
	testq	%rdx, %rdx
	je	.L34
	movq	%rcx, %rax
	mulq	%rdi
	shrq	$3, %rdx
	andl	$1, %ecx
	jne	.L35
.L22:
	addq	$4, %r8
	cmpq	%r10, %r8
	jne	.L20
	movl	%r9d, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L34:
	testl	%r9d, %r9d
	je	.L36
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	.p2align 4,,10
	.p2align 3
.L11:
	movslq	%r9d, %rax
	leal	-1(%r9), %edx
	leaq	(%r11,%rax,4), %rax
	salq	$2, %rdx
	movq	%rax, %rbx
	subq	%rdx, %rbx
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L9:
	movl	%edx, (%rax)
	movl	(%r8), %esi
	cmpq	%rcx, %rbx
	je	.L32
	subq	$4, %rax
.L6:
	movl	-4(%rax), %edx
	movq	%rax, %rcx
	cmpl	%esi, %edx
	jg	.L9
.L8:
	movl	%esi, (%rcx)
	addl	$1, %r9d
.L3:
	addq	$4, %r8
	cmpq	%r10, %r8
	je	.L37
	movl	(%r8), %esi
	movl	%esi, %ecx
	negl	%ecx
	cmovs	%esi, %ecx
	movl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L4:
	movq	%rcx, %rax
	mulq	%rdi
	shrq	$3, %rdx
	andl	$1, %ecx
	je	.L3
	movq	%rdx, %rcx
	testq	%rdx, %rdx
	jne	.L4
	testl	%r9d, %r9d
	jne	.L11
	.p2align 4,,10
	.p2align 3
.L32:
	movq	%r11, %rcx
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L37:
	movl	%r9d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
.L12:
	.cfi_restore 3
	xorl	%r9d, %r9d
	movl	%r9d, %eax
	ret
.L36:
	movl	%esi, (%r11)
	addl	$1, %r9d
	jmp	.L22
	.cfi_endproc
.LFE1:
	.size	unique_digits, .-unique_digits
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
