	.file	"09_malloc_lists.c"
	.text
	.globl	count
	.data
	.align 4
	.type	count, @object
	.size	count, 4
count:
	.long	1000
	.text
	.globl	vec_push
	.type	vec_push, @function
vec_push:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	-24(%rbp), %rax
	movq	8(%rax), %rdx
	movq	-24(%rbp), %rax
	movq	16(%rax), %rax
	cmpq	%rax, %rdx
	jne	.L2
	movq	-24(%rbp), %rax
	movq	16(%rax), %rax
	testq	%rax, %rax
	je	.L3
	movq	-24(%rbp), %rax
	movq	16(%rax), %rax
	addq	%rax, %rax
	jmp	.L4
.L3:
	movl	$4, %eax
.L4:
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	leaq	0(,%rax,8), %rdx
	movq	-24(%rbp), %rax
	movq	(%rax), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	realloc@PLT
	movq	%rax, -16(%rbp)
	cmpq	$0, -16(%rbp)
	jne	.L5
	movl	$-1, %eax
	jmp	.L6
.L5:
	movq	-24(%rbp), %rax
	movq	-16(%rbp), %rdx
	movq	%rdx, (%rax)
	movq	-24(%rbp), %rax
	movq	-8(%rbp), %rdx
	movq	%rdx, 16(%rax)
.L2:
	movq	-24(%rbp), %rax
	movq	(%rax), %rsi
	movq	-24(%rbp), %rax
	movq	8(%rax), %rax
	leaq	1(%rax), %rcx
	movq	-24(%rbp), %rdx
	movq	%rcx, 8(%rdx)
	salq	$3, %rax
	leaq	(%rsi,%rax), %rdx
	movq	-32(%rbp), %rax
	movq	%rax, (%rdx)
	movl	$0, %eax
.L6:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	vec_push, .-vec_push
	.globl	push_front
	.type	push_front, @function
push_front:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movl	$16, %edi
	call	malloc@PLT
	movq	%rax, -8(%rbp)
	cmpq	$0, -8(%rbp)
	jne	.L8
	movl	$2, %edi
	call	exit@PLT
.L8:
	movq	-8(%rbp), %rax
	movl	-28(%rbp), %edx
	movl	%edx, (%rax)
	movq	-8(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rdx, 8(%rax)
	movq	-8(%rbp), %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	push_front, .-push_front
	.globl	reverse
	.type	reverse, @function
reverse:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	$0, -8(%rbp)
	jmp	.L11
.L12:
	movq	-24(%rbp), %rax
	movq	8(%rax), %rax
	movq	%rax, -16(%rbp)
	movq	-24(%rbp), %rax
	movq	-8(%rbp), %rdx
	movq	%rdx, 8(%rax)
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-16(%rbp), %rax
	movq	%rax, -24(%rbp)
.L11:
	cmpq	$0, -24(%rbp)
	jne	.L12
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	reverse, .-reverse
	.globl	remove_if_multiple
	.type	remove_if_multiple, @function
remove_if_multiple:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movq	%rdx, -40(%rbp)
	leaq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	jmp	.L15
.L17:
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	movl	(%rax), %eax
	cltd
	idivl	-28(%rbp)
	movl	%edx, %eax
	testl	%eax, %eax
	jne	.L16
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	8(%rax), %rdx
	movq	-8(%rbp), %rax
	movq	%rdx, (%rax)
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	free@PLT
	movq	-40(%rbp), %rax
	movl	(%rax), %eax
	leal	1(%rax), %edx
	movq	-40(%rbp), %rax
	movl	%edx, (%rax)
	jmp	.L15
.L16:
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	addq	$8, %rax
	movq	%rax, -8(%rbp)
.L15:
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	testq	%rax, %rax
	jne	.L17
	movq	-24(%rbp), %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	remove_if_multiple, .-remove_if_multiple
	.section	.rodata
.LC0:
	.string	"%s:"
.LC1:
	.string	" %d"
	.text
	.type	print_list, @function
print_list:
.LFB10:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movl	%edx, -36(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -4(%rbp)
	jmp	.L20
.L22:
	movq	-32(%rbp), %rax
	movl	(%rax), %eax
	movl	%eax, %esi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-32(%rbp), %rax
	movq	8(%rax), %rax
	movq	%rax, -32(%rbp)
	addl	$1, -4(%rbp)
.L20:
	cmpq	$0, -32(%rbp)
	je	.L21
	movl	-4(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jl	.L22
.L21:
	movl	$10, %edi
	call	putchar@PLT
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	print_list, .-print_list
	.section	.rodata
	.align 8
.LC2:
	.string	"vec len=%zu cap=%zu grows=%zu sum=%ld last=%ld\n"
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
	.text
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$152, %rsp
	.cfi_offset 3, -24
	movq	$0, -144(%rbp)
	movq	$0, -136(%rbp)
	movq	$0, -128(%rbp)
	movq	$0, -24(%rbp)
	movq	$0, -32(%rbp)
	movl	$0, -36(%rbp)
	jmp	.L24
.L28:
	movl	-36(%rbp), %eax
	movslq	%eax, %rdx
	movl	-36(%rbp), %eax
	cltq
	movq	%rdx, %rcx
	imulq	%rax, %rcx
	movl	-36(%rbp), %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	cltq
	subq	%rax, %rcx
	movq	%rcx, %rdx
	leaq	-144(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	vec_push
	testl	%eax, %eax
	je	.L25
	movl	$3, %eax
	jmp	.L44
.L25:
	movq	-128(%rbp), %rax
	cmpq	%rax, -32(%rbp)
	je	.L27
	addq	$1, -24(%rbp)
	movq	-128(%rbp), %rax
	movq	%rax, -32(%rbp)
.L27:
	addl	$1, -36(%rbp)
.L24:
	movl	count(%rip), %eax
	cmpl	%eax, -36(%rbp)
	jl	.L28
	movq	$0, -48(%rbp)
	movq	$0, -56(%rbp)
	jmp	.L29
.L30:
	movq	-144(%rbp), %rax
	movq	-56(%rbp), %rdx
	salq	$3, %rdx
	addq	%rdx, %rax
	movq	(%rax), %rax
	addq	%rax, -48(%rbp)
	addq	$1, -56(%rbp)
.L29:
	movq	-136(%rbp), %rax
	cmpq	%rax, -56(%rbp)
	jb	.L30
	movq	-144(%rbp), %rax
	movq	-136(%rbp), %rdx
	salq	$3, %rdx
	subq	$8, %rdx
	addq	%rdx, %rax
	movq	(%rax), %rdi
	movq	-128(%rbp), %rdx
	movq	-136(%rbp), %rax
	movq	-48(%rbp), %rsi
	movq	-24(%rbp), %rcx
	movq	%rdi, %r9
	movq	%rsi, %r8
	movq	%rax, %rsi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-144(%rbp), %rax
	movl	$80, %esi
	movq	%rax, %rdi
	call	realloc@PLT
	movq	%rax, -104(%rbp)
	cmpq	$0, -104(%rbp)
	jne	.L31
	movl	$3, %eax
	jmp	.L44
.L31:
	movq	-104(%rbp), %rax
	movq	%rax, -144(%rbp)
	movq	-144(%rbp), %rax
	addq	$72, %rax
	movq	(%rax), %rcx
	movq	-144(%rbp), %rax
	addq	$40, %rax
	movq	(%rax), %rdx
	movq	-144(%rbp), %rax
	movq	(%rax), %rax
	movq	%rax, %rsi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-144(%rbp), %rax
	movq	%rax, %rdi
	call	free@PLT
	movq	$0, -64(%rbp)
	movl	$1, -68(%rbp)
	jmp	.L32
.L33:
	movl	-68(%rbp), %ecx
	movl	%ecx, %eax
	sall	$3, %eax
	subl	%ecx, %eax
	movl	%eax, %edx
	movslq	%edx, %rax
	imulq	$-2078209981, %rax, %rax
	shrq	$32, %rax
	addl	%edx, %eax
	sarl	$4, %eax
	movl	%edx, %ecx
	sarl	$31, %ecx
	subl	%ecx, %eax
	movl	%eax, %ecx
	sall	$5, %ecx
	subl	%eax, %ecx
	movl	%edx, %eax
	subl	%ecx, %eax
	movq	-64(%rbp), %rdx
	movl	%eax, %esi
	movq	%rdx, %rdi
	call	push_front
	movq	%rax, -64(%rbp)
	addl	$1, -68(%rbp)
.L32:
	cmpl	$30, -68(%rbp)
	jle	.L33
	movq	-64(%rbp), %rax
	movl	$30, %edx
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	call	print_list
	movq	-64(%rbp), %rax
	movq	%rax, %rdi
	call	reverse
	movq	%rax, -64(%rbp)
	movq	-64(%rbp), %rax
	movl	$30, %edx
	movq	%rax, %rsi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	call	print_list
	movl	$0, -148(%rbp)
	leaq	-148(%rbp), %rdx
	movq	-64(%rbp), %rax
	movl	$3, %esi
	movq	%rax, %rdi
	call	remove_if_multiple
	movq	%rax, -64(%rbp)
	movq	-64(%rbp), %rax
	movl	$30, %edx
	movq	%rax, %rsi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	call	print_list
	movl	-148(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -72(%rbp)
	movq	$0, -80(%rbp)
	jmp	.L34
.L35:
	movq	-64(%rbp), %rax
	movq	8(%rax), %rax
	movq	%rax, -120(%rbp)
	movq	-64(%rbp), %rax
	movl	(%rax), %eax
	cltq
	addq	%rax, -80(%rbp)
	addl	$1, -72(%rbp)
	movq	-64(%rbp), %rax
	movq	%rax, %rdi
	call	free@PLT
	movq	-120(%rbp), %rax
	movq	%rax, -64(%rbp)
.L34:
	cmpq	$0, -64(%rbp)
	jne	.L35
	movq	-80(%rbp), %rdx
	movl	-72(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$8, %esi
	movl	$5, %edi
	call	calloc@PLT
	movq	%rax, -112(%rbp)
	cmpq	$0, -112(%rbp)
	jne	.L36
	movl	$3, %eax
	jmp	.L44
.L36:
	movl	$0, -84(%rbp)
	jmp	.L37
.L41:
	movl	-84(%rbp), %eax
	cltq
	addq	$2, %rax
	movl	-84(%rbp), %edx
	movslq	%edx, %rdx
	leaq	0(,%rdx,8), %rcx
	movq	-112(%rbp), %rdx
	leaq	(%rcx,%rdx), %rbx
	movq	%rax, %rdi
	call	malloc@PLT
	movq	%rax, (%rbx)
	movl	-84(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-112(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rax
	testq	%rax, %rax
	jne	.L38
	movl	$3, %eax
	jmp	.L44
.L38:
	movl	$0, -88(%rbp)
	jmp	.L39
.L40:
	movl	-84(%rbp), %eax
	movl	%eax, %edx
	movl	-88(%rbp), %eax
	addl	%edx, %eax
	leal	97(%rax), %ecx
	movl	-84(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-112(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rdx
	movl	-88(%rbp), %eax
	cltq
	addq	%rdx, %rax
	movl	%ecx, %edx
	movb	%dl, (%rax)
	addl	$1, -88(%rbp)
.L39:
	movl	-88(%rbp), %eax
	cmpl	-84(%rbp), %eax
	jle	.L40
	movl	-84(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-112(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rax
	movl	-84(%rbp), %edx
	movslq	%edx, %rdx
	addq	$1, %rdx
	addq	%rdx, %rax
	movb	$0, (%rax)
	addl	$1, -84(%rbp)
.L37:
	cmpl	$4, -84(%rbp)
	jle	.L41
	movl	$0, -92(%rbp)
	jmp	.L42
.L43:
	movl	-92(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-112(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rax
	movq	%rax, %rsi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-92(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-112(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rax
	movq	%rax, %rdi
	call	free@PLT
	addl	$1, -92(%rbp)
.L42:
	cmpl	$4, -92(%rbp)
	jle	.L43
	movl	$10, %edi
	call	putchar@PLT
	movq	-112(%rbp), %rax
	movq	%rax, %rdi
	call	free@PLT
	movl	$0, %eax
.L44:
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE11:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
