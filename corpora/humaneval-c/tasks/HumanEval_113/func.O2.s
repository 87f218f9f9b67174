	.file	"func.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"the number of odd elements "
.LC1:
	.string	"n the str"
.LC2:
	.string	"ng "
.LC3:
	.string	" of the "
.LC4:
	.string	"nput."
	.text
	.p2align 4
	.globl	odd_count
	.type	odd_count, @function
odd_count:
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
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	movq	%rdi, -32(%rsp)
	testl	%esi, %esi
	jle	.L1
	movslq	%esi, %rsi
	movq	%rdx, %rbp
	xorl	%r10d, %r10d
	movl	$3435973837, %ecx
	leaq	0(,%rsi,8), %rax
	leaq	-1+.LC0(%rip), %r9
	movq	%rax, -24(%rsp)
	leaq	-12(%rsp), %rbx
	leaq	-13(%rsp), %rsi
	.p2align 4,,10
	.p2align 3
.L19:
	movq	-32(%rsp), %rax
	movq	(%rax,%r10), %rdi
	xorl	%eax, %eax
	movzbl	(%rdi), %edx
	testb	%dl, %dl
	je	.L3
	.p2align 4,,10
	.p2align 3
.L5:
	leal	-48(%rdx), %r8d
	cmpb	$9, %r8b
	ja	.L4
	andl	$1, %edx
	cmpb	$1, %dl
	sbbl	$-1, %eax
.L4:
	movzbl	1(%rdi), %edx
	addq	$1, %rdi
	testb	%dl, %dl
	jne	.L5
.L3:
	movq	0(%rbp,%r10), %rdx
	movl	$1, %r8d
	movl	$116, %edi
	.p2align 4,,10
	.p2align 3
.L6:
	movq	%r8, %r12
	movb	%dil, -1(%rdx,%r8)
	leaq	1(%r8), %r8
	movzbl	1(%r9,%r12), %edi
	testb	%dil, %dil
	jne	.L6
	movl	%eax, %edi
	movl	$1, %r8d
	.p2align 4,,10
	.p2align 3
.L7:
	movl	%edi, %r11d
	imulq	%rcx, %r11
	shrq	$35, %r11
	leal	(%r11,%r11,4), %r13d
	addl	%r13d, %r13d
	subl	%r13d, %edi
	movq	%r8, %r13
	addl	$48, %edi
	movb	%dil, (%rsi,%r8)
	movl	%r11d, %edi
	addq	$1, %r8
	testl	%r11d, %r11d
	jne	.L7
	movslq	%r12d, %r14
	leaq	1(%rdx), %r11
	leal	-1(%r13), %r15d
	movslq	%r13d, %r8
	leaq	(%rdx,%r14), %rdi
	addq	%r11, %r14
	addq	%rbx, %r8
	movq	%r15, %r13
	addq	%r15, %r14
	.p2align 4,,10
	.p2align 3
.L8:
	movzbl	-1(%r8), %r15d
	addq	$1, %rdi
	subq	$1, %r8
	movb	%r15b, -1(%rdi)
	cmpq	%r14, %rdi
	jne	.L8
	leal	1(%r13,%r12), %r12d
	leaq	.LC1(%rip), %r13
	movl	$110, %r8d
	leal	1(%r12), %edi
	movslq	%r12d, %r12
	movslq	%edi, %rdi
	subq	%r12, %r13
	.p2align 4,,10
	.p2align 3
.L9:
	movb	%r8b, -1(%rdx,%rdi)
	movq	%rdi, %r12
	leaq	1(%rdi), %rdi
	movzbl	-1(%r13,%rdi), %r8d
	testb	%r8b, %r8b
	jne	.L9
	movl	%eax, %edi
	movl	$1, %r14d
	.p2align 4,,10
	.p2align 3
.L10:
	movl	%edi, %r8d
	imulq	%rcx, %r8
	shrq	$35, %r8
	leal	(%r8,%r8,4), %r13d
	addl	%r13d, %r13d
	subl	%r13d, %edi
	movq	%r14, %r13
	addl	$48, %edi
	movb	%dil, (%rsi,%r14)
	movl	%r8d, %edi
	addq	$1, %r14
	testl	%r8d, %r8d
	jne	.L10
	movslq	%r12d, %r15
	movslq	%r13d, %r8
	leal	-1(%r13), %r14d
	leaq	(%rdx,%r15), %rdi
	addq	%r11, %r15
	movq	%r14, %r13
	addq	%rbx, %r8
	addq	%r15, %r14
	.p2align 4,,10
	.p2align 3
.L11:
	movzbl	-1(%r8), %r15d
	addq	$1, %rdi
	subq	$1, %r8
	movb	%r15b, -1(%rdi)
	cmpq	%rdi, %r14
	jne	.L11
	leal	1(%r13,%r12), %r12d
	leaq	.LC2(%rip), %r13
	movl	$110, %r8d
	leal	1(%r12), %edi
	movslq	%r12d, %r12
	movslq	%edi, %rdi
	subq	%r12, %r13
	.p2align 4,,10
	.p2align 3
.L12:
	movb	%r8b, -1(%rdx,%rdi)
	movq	%rdi, %r12
	leaq	1(%rdi), %rdi
	movzbl	-1(%r13,%rdi), %r8d
	testb	%r8b, %r8b
	jne	.L12
	movl	%eax, %edi
	movl	$1, %r14d
	.p2align 4,,10
	.p2align 3
.L13:
	movl	%edi, %r8d
	imulq	%rcx, %r8
	shrq	$35, %r8
	leal	(%r8,%r8,4), %r13d
	addl	%r13d, %r13d
	subl	%r13d, %edi
	movq	%r14, %r13
	addl	$48, %edi
	movb	%dil, (%rsi,%r14)
	movl	%r8d, %edi
	addq	$1, %r14
	testl	%r8d, %r8d
	jne	.L13
	movslq	%r12d, %r15
	movslq	%r13d, %r8
	leal	-1(%r13), %r14d
	leaq	(%rdx,%r15), %rdi
	addq	%r11, %r15
	movq	%r14, %r13
	addq	%rbx, %r8
	addq	%r15, %r14
	.p2align 4,,10
	.p2align 3
.L14:
	movzbl	-1(%r8), %r15d
	addq	$1, %rdi
	subq	$1, %r8
	movb	%r15b, -1(%rdi)
	cmpq	%rdi, %r14
	jne	.L14
	leal	1(%r13,%r12), %r8d
	leaq	.LC3(%rip), %r13
	movl	$32, %r12d
	leal	1(%r8), %edi
	movslq	%r8d, %r8
	movslq	%edi, %rdi
	subq	%r8, %r13
	.p2align 4,,10
	.p2align 3
.L15:
	movb	%r12b, -1(%rdx,%rdi)
	movq	%rdi, %r8
	leaq	1(%rdi), %rdi
	movzbl	-1(%r13,%rdi), %r12d
	testb	%r12b, %r12b
	jne	.L15
	movl	$1, %r13d
	.p2align 4,,10
	.p2align 3
.L16:
	movl	%eax, %edi
	imulq	%rcx, %rdi
	shrq	$35, %rdi
	leal	(%rdi,%rdi,4), %r12d
	addl	%r12d, %r12d
	subl	%r12d, %eax
	movq	%r13, %r12
	addl	$48, %eax
	movb	%al, (%rsi,%r13)
	movl	%edi, %eax
	addq	$1, %r13
	testl	%edi, %edi
	jne	.L16
	movslq	%r8d, %r13
	movslq	%r12d, %rdi
	leal	-1(%r12), %r14d
	leaq	(%rdx,%r13), %rax
	addq	%r11, %r13
	movq	%r14, %r12
	addq	%rbx, %rdi
	addq	%r13, %r14
	.p2align 4,,10
	.p2align 3
.L17:
	movzbl	-1(%rdi), %r11d
	addq	$1, %rax
	subq	$1, %rdi
	movb	%r11b, -1(%rax)
	cmpq	%r14, %rax
	jne	.L17
	leal	1(%r12,%r8), %r8d
	leaq	.LC4(%rip), %r11
	movl	$110, %edi
	leal	1(%r8), %eax
	movslq	%r8d, %r8
	cltq
	subq	%r8, %r11
	.p2align 4,,10
	.p2align 3
.L18:
	movb	%dil, -1(%rdx,%rax)
	movq	%rax, %r8
	addq	$1, %rax
	movzbl	-1(%r11,%rax), %edi
	testb	%dil, %dil
	jne	.L18
	movslq	%r8d, %r8
	addq	$8, %r10
	movb	$0, (%rdx,%r8)
	cmpq	%r10, -24(%rsp)
	jne	.L19
.L1:
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
	.cfi_endproc
.LFE2:
	.size	odd_count, .-odd_count
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
