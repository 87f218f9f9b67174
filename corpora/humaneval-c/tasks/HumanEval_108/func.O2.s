	.file	"func.c"
	.text
	.p2align 4
	.globl	count_nums
	.type	count_nums, @function
count_nums:
.LFB1:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L7
	movslq	%esi, %rsi
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %r10
	xorl	%r11d, %r11d
	movabsq	$-3689348814741910323, %r8
	leaq	(%rdi,%rsi,4), %rbx
	.p2align 4,,10
	.p2align 3
.L6:
	movl	(%r10), %r9d
	movl	%r9d, %eax
	negl	%eax
	cmovs	%r9d, %eax
	movl	%eax, %ecx
	testl	%eax, %eax
	je	.L3
	xorl	%edi, %edi
	.p2align 4,,10
	.p2align 3
.L4:
	movq	%rcx, %rax
	mulq	%r8
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %rsi
	movq	%rdx, %rax
	addq	%rsi, %rsi
	subq	%rsi, %rcx
	movq	%rcx, %rdx
	addq	%rcx, %rdi
	movq	%rax, %rcx
	testq	%rax, %rax
	jne	.L4
	addq	%rdx, %rdx
	movq	%rdi, %rax
	subq	%rdx, %rax
	testl	%r9d, %r9d
	cmovs	%rax, %rdi
	xorl	%eax, %eax
	testq	%rdi, %rdi
	setg	%al
	addl	%eax, %r11d
.L3:
	addq	$4, %r10
	cmpq	%r10, %rbx
	jne	.L6
	movl	%r11d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
.L7:
	.cfi_restore 3
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE1:
	.size	count_nums, .-count_nums
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
