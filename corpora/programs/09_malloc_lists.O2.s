	.file	"09_malloc_lists.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%s:"
.LC1:
	.string	" %d"
	.text
	.p2align 4
	.type	print_list.constprop.0, @function
print_list.constprop.0:
.LFB28:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	xorl	%eax, %eax
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rsi, %rbx
	movq	%rdi, %rsi
	leaq	.LC0(%rip), %rdi
	call	printf@PLT
	testq	%rbx, %rbx
	je	.L2
	xorl	%ebp, %ebp
	leaq	.LC1(%rip), %r12
	.p2align 4,,10
	.p2align 3
.L3:
	movl	(%rbx), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	addl	$1, %ebp
	call	printf@PLT
	movq	8(%rbx), %rbx
	testq	%rbx, %rbx
	je	.L2
	cmpl	$29, %ebp
	jle	.L3
.L2:
	popq	%rbx
	.cfi_def_cfa_offset 24
	movl	$10, %edi
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	jmp	putchar@PLT
	.cfi_endproc
.LFE28:
	.size	print_list.constprop.0, .-print_list.constprop.0
	.p2align 4
	.globl	vec_push
	.type	vec_push, @function
vec_push:
.LFB22:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rsi, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	movq	8(%rdi), %rsi
	movq	(%rdi), %rdi
	cmpq	16(%rbx), %rsi
	je	.L21
.L15:
	leaq	1(%rsi), %rax
	movq	%rax, 8(%rbx)
	xorl	%eax, %eax
	movq	%r12, (%rdi,%rsi,8)
.L14:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L21:
	.cfi_restore_state
	testq	%rsi, %rsi
	jne	.L22
	movl	$32, %esi
	movl	$4, %ebp
.L16:
	call	realloc@PLT
	movq	%rax, %rdi
	testq	%rax, %rax
	je	.L19
	movq	%rax, (%rbx)
	movq	8(%rbx), %rsi
	movq	%rbp, 16(%rbx)
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L22:
	leaq	(%rsi,%rsi), %rbp
	salq	$4, %rsi
	jmp	.L16
.L19:
	orl	$-1, %eax
	jmp	.L14
	.cfi_endproc
.LFE22:
	.size	vec_push, .-vec_push
	.p2align 4
	.globl	push_front
	.type	push_front, @function
push_front:
.LFB23:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movl	%esi, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rdi, %rbx
	movl	$16, %edi
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	call	malloc@PLT
	testq	%rax, %rax
	je	.L26
	movl	%ebp, (%rax)
	movq	%rbx, 8(%rax)
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L26:
	.cfi_restore_state
	movl	$2, %edi
	call	exit@PLT
	.cfi_endproc
.LFE23:
	.size	push_front, .-push_front
	.p2align 4
	.globl	reverse
	.type	reverse, @function
reverse:
.LFB24:
	.cfi_startproc
	movq	%rdi, %rax
	testq	%rdi, %rdi
	je	.L28
	xorl	%ecx, %ecx
	jmp	.L29
	.p2align 4,,10
	.p2align 3
.L30:
	movq	%rdx, %rax
.L29:
	movq	8(%rax), %rdx
	movq	%rcx, 8(%rax)
	movq	%rax, %rcx
	testq	%rdx, %rdx
	jne	.L30
.L28:
	ret
	.cfi_endproc
.LFE24:
	.size	reverse, .-reverse
	.p2align 4
	.globl	remove_if_multiple
	.type	remove_if_multiple, @function
remove_if_multiple:
.LFB25:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	subq	$16, %rsp
	.cfi_def_cfa_offset 48
	movq	%rdi, 8(%rsp)
	testq	%rdi, %rdi
	je	.L34
	movl	%esi, %ebx
	movq	%rdx, %r12
	leaq	8(%rsp), %rbp
	jmp	.L38
	.p2align 4,,10
	.p2align 3
.L36:
	leaq	8(%rdi), %rbp
	movq	0(%rbp), %rdi
	testq	%rdi, %rdi
	je	.L44
.L38:
	movl	(%rdi), %eax
	cltd
	idivl	%ebx
	testl	%edx, %edx
	jne	.L36
	movq	8(%rdi), %rax
	movq	%rax, 0(%rbp)
	call	free@PLT
	movq	0(%rbp), %rdi
	addl	$1, (%r12)
	testq	%rdi, %rdi
	jne	.L38
.L44:
	movq	8(%rsp), %rdi
.L34:
	addq	$16, %rsp
	.cfi_def_cfa_offset 32
	movq	%rdi, %rax
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE25:
	.size	remove_if_multiple, .-remove_if_multiple
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC2:
	.string	"vec len=%zu cap=%zu grows=%zu sum=%ld last=%ld\n"
	.section	.rodata.str1.1
.LC3:
	.string	"after shrink: %ld %ld %ld\n"
.LC4:
	.string	"list"
.LC5:
	.string	"reversed"
.LC6:
	.string	"no multiples of 3"
.LC7:
	.string	"removed %d\n"
.LC8:
	.string	"freed %d nodes, total %ld\n"
.LC9:
	.string	"%s "
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB27:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	pxor	%xmm0, %xmm0
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	subq	$64, %rsp
	.cfi_def_cfa_offset 112
	movl	count(%rip), %eax
	movq	$0, 32(%rsp)
	movups	%xmm0, 40(%rsp)
	testl	%eax, %eax
	jle	.L59
	xorl	%ebx, %ebx
	xorl	%r12d, %r12d
	leaq	32(%rsp), %r13
	xorl	%ebp, %ebp
	jmp	.L50
	.p2align 4,,10
	.p2align 3
.L47:
	movq	48(%rsp), %rdx
	xorl	%eax, %eax
	cmpq	%r12, %rdx
	setne	%al
	addq	$1, %rbx
	addq	%rax, %rbp
	movl	count(%rip), %eax
	cmpl	%ebx, %eax
	jle	.L79
	movq	%rdx, %r12
.L50:
	movq	%rbx, %rsi
	leaq	(%rbx,%rbx,2), %rax
	movq	%r13, %rdi
	imulq	%rbx, %rsi
	subq	%rax, %rsi
	call	vec_push
	testl	%eax, %eax
	je	.L47
.L52:
	movl	$3, %eax
.L45:
	addq	$64, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
.L79:
	.cfi_restore_state
	movq	40(%rsp), %rsi
	movq	32(%rsp), %rbx
	testq	%rsi, %rsi
	je	.L61
	movq	%rbx, %rax
	leaq	(%rbx,%rsi,8), %rcx
	xorl	%r8d, %r8d
	.p2align 4,,10
	.p2align 3
.L51:
	addq	(%rax), %r8
	addq	$8, %rax
	cmpq	%rcx, %rax
	jne	.L51
.L46:
	movq	-8(%rbx,%rsi,8), %r9
	movq	%rbp, %rcx
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movq	%rbx, %rdi
	movl	$80, %esi
	call	realloc@PLT
	movq	%rax, %rbx
	testq	%rax, %rax
	je	.L52
	movq	72(%rax), %rcx
	movq	40(%rax), %rdx
	movq	%rax, 32(%rsp)
	leaq	.LC3(%rip), %rdi
	movq	(%rax), %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movq	%rbx, %rdi
	movl	$7, %ebx
	call	free@PLT
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L53:
	movl	%ebx, %ecx
	movl	%ebx, %edx
	movl	%ebx, %esi
	movq	%rax, %rdi
	imulq	$138547333, %rcx, %rcx
	addl	$7, %ebx
	shrq	$32, %rcx
	subl	%ecx, %edx
	shrl	%edx
	addl	%ecx, %edx
	shrl	$4, %edx
	movl	%edx, %ecx
	sall	$5, %ecx
	subl	%edx, %ecx
	subl	%ecx, %esi
	call	push_front
	cmpl	$217, %ebx
	jne	.L53
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rdi
	xorl	%r12d, %r12d
	xorl	%ebp, %ebp
	movq	%rax, 8(%rsp)
	call	print_list.constprop.0
	movq	8(%rsp), %rdi
	call	reverse
	leaq	.LC5(%rip), %rdi
	movq	%rax, %rbx
	movq	%rax, %rsi
	call	print_list.constprop.0
	leaq	28(%rsp), %rdx
	movq	%rbx, %rdi
	xorl	%eax, %eax
	movl	$3, %esi
	movl	%eax, 28(%rsp)
	call	remove_if_multiple
	leaq	.LC6(%rip), %rdi
	movq	%rax, %rsi
	movq	%rax, %rbx
	call	print_list.constprop.0
	movl	28(%rsp), %esi
	leaq	.LC7(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	testq	%rbx, %rbx
	je	.L54
	.p2align 4,,10
	.p2align 3
.L55:
	movq	%rbx, %rdi
	movq	8(%rbx), %rbx
	addl	$1, %ebp
	movslq	(%rdi), %rax
	addq	%rax, %r12
	call	free@PLT
	testq	%rbx, %rbx
	jne	.L55
.L54:
	movq	%r12, %rdx
	movl	%ebp, %esi
	leaq	.LC8(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$8, %esi
	movl	$5, %edi
	call	calloc@PLT
	movq	%rax, %rbx
	testq	%rax, %rax
	je	.L52
	xorl	%ebp, %ebp
	.p2align 4,,10
	.p2align 3
.L57:
	leaq	2(%rbp), %rdi
	call	malloc@PLT
	movq	%rax, (%rbx,%rbp,8)
	testq	%rax, %rax
	je	.L52
	leal	97(%rbp), %esi
	leaq	(%rax,%rbp), %rdi
	movq	%rax, %rdx
	subl	%eax, %esi
	.p2align 4,,10
	.p2align 3
.L56:
	leal	(%rsi,%rdx), %ecx
	movb	%cl, (%rdx)
	movq	%rdx, %rcx
	addq	$1, %rdx
	cmpq	%rcx, %rdi
	jne	.L56
	addq	$1, %rbp
	movb	$0, (%rax,%rbp)
	cmpq	$5, %rbp
	jne	.L57
	movq	%rbx, %rbp
	leaq	40(%rbx), %r14
	leaq	.LC9(%rip), %r13
	.p2align 4,,10
	.p2align 3
.L58:
	movq	0(%rbp), %r12
	movq	%r13, %rdi
	xorl	%eax, %eax
	addq	$8, %rbp
	movq	%r12, %rsi
	call	printf@PLT
	movq	%r12, %rdi
	call	free@PLT
	cmpq	%r14, %rbp
	jne	.L58
	movl	$10, %edi
	call	putchar@PLT
	movq	%rbx, %rdi
	call	free@PLT
	xorl	%eax, %eax
	jmp	.L45
.L59:
	movq	48(%rsp), %rdx
	xorl	%ebp, %ebp
	xorl	%r8d, %r8d
	xorl	%esi, %esi
	xorl	%ebx, %ebx
	jmp	.L46
.L61:
	xorl	%r8d, %r8d
	jmp	.L46
	.cfi_endproc
.LFE27:
	.size	main, .-main
	.globl	count
	.data
	.align 4
	.type	count, @object
	.size	count, 4
count:
	.long	1000
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
