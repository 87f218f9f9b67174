	.file	"21_sorting.c"
	.text
	.globl	seed
	.data
	.align 4
	.type	seed, @object
	.size	seed, 4
seed:
	.long	2024
	.local	rng_state
	.comm	rng_state,4,4
	.text
	.type	next_rand, @function
next_rand:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	rng_state(%rip), %eax
	imull	$1664525, %eax, %eax
	addl	$1013904223, %eax
	movl	%eax, rng_state(%rip)
	movl	rng_state(%rip), %eax
	shrl	$8, %eax
	movl	%eax, %edx
	movslq	%edx, %rax
	imulq	$219891331, %rax, %rax
	shrq	$32, %rax
	sarl	$10, %eax
	movl	%edx, %ecx
	sarl	$31, %ecx
	subl	%ecx, %eax
	imull	$20001, %eax, %ecx
	movl	%edx, %eax
	subl	%ecx, %eax
	subl	$10000, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	next_rand, .-next_rand
	.globl	insertion_sort
	.type	insertion_sort, @function
insertion_sort:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movl	$1, -4(%rbp)
	jmp	.L4
.L8:
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	movl	%eax, -12(%rbp)
	movl	-4(%rbp), %eax
	subl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	.L5
.L7:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	-8(%rbp), %edx
	movslq	%edx, %rdx
	addq	$1, %rdx
	leaq	0(,%rdx,4), %rcx
	movq	-24(%rbp), %rdx
	addq	%rcx, %rdx
	movl	(%rax), %eax
	movl	%eax, (%rdx)
	subl	$1, -8(%rbp)
.L5:
	cmpl	$0, -8(%rbp)
	js	.L6
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	cmpl	%eax, -12(%rbp)
	jl	.L7
.L6:
	movl	-8(%rbp), %eax
	cltq
	addq	$1, %rax
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rax, %rdx
	movl	-12(%rbp), %eax
	movl	%eax, (%rdx)
	addl	$1, -4(%rbp)
.L4:
	movl	-4(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L8
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	insertion_sort, .-insertion_sort
	.globl	merge_sort_rec
	.type	merge_sort_rec, @function
merge_sort_rec:
.LFB8:
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
	movl	%ecx, -40(%rbp)
	movl	-40(%rbp), %eax
	subl	-36(%rbp), %eax
	cmpl	$1, %eax
	jle	.L21
	movl	-40(%rbp), %eax
	subl	-36(%rbp), %eax
	movl	%eax, %edx
	shrl	$31, %edx
	addl	%edx, %eax
	sarl	%eax
	movl	%eax, %edx
	movl	-36(%rbp), %eax
	addl	%edx, %eax
	movl	%eax, -16(%rbp)
	movl	-16(%rbp), %ecx
	movl	-36(%rbp), %edx
	movq	-32(%rbp), %rsi
	movq	-24(%rbp), %rax
	movq	%rax, %rdi
	call	merge_sort_rec
	movl	-40(%rbp), %ecx
	movl	-16(%rbp), %edx
	movq	-32(%rbp), %rsi
	movq	-24(%rbp), %rax
	movq	%rax, %rdi
	call	merge_sort_rec
	movl	-36(%rbp), %eax
	movl	%eax, -4(%rbp)
	movl	-16(%rbp), %eax
	movl	%eax, -8(%rbp)
	movl	-36(%rbp), %eax
	movl	%eax, -12(%rbp)
	jmp	.L12
.L16:
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %edx
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rcx
	movq	-24(%rbp), %rax
	addq	%rcx, %rax
	movl	(%rax), %eax
	cmpl	%eax, %edx
	jg	.L13
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	jmp	.L14
.L13:
	movl	-8(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -8(%rbp)
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
.L14:
	movl	-12(%rbp), %edx
	leal	1(%rdx), %ecx
	movl	%ecx, -12(%rbp)
	movslq	%edx, %rdx
	leaq	0(,%rdx,4), %rcx
	movq	-32(%rbp), %rdx
	addq	%rcx, %rdx
	movl	%eax, (%rdx)
.L12:
	movl	-4(%rbp), %eax
	cmpl	-16(%rbp), %eax
	jge	.L17
	movl	-8(%rbp), %eax
	cmpl	-40(%rbp), %eax
	jl	.L16
	jmp	.L17
.L18:
	movl	-4(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -4(%rbp)
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	leaq	(%rdx,%rax), %rcx
	movl	-12(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -12(%rbp)
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-32(%rbp), %rax
	addq	%rax, %rdx
	movl	(%rcx), %eax
	movl	%eax, (%rdx)
.L17:
	movl	-4(%rbp), %eax
	cmpl	-16(%rbp), %eax
	jl	.L18
	jmp	.L19
.L20:
	movl	-8(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -8(%rbp)
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	leaq	(%rdx,%rax), %rcx
	movl	-12(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -12(%rbp)
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-32(%rbp), %rax
	addq	%rax, %rdx
	movl	(%rcx), %eax
	movl	%eax, (%rdx)
.L19:
	movl	-8(%rbp), %eax
	cmpl	-40(%rbp), %eax
	jl	.L20
	movl	-40(%rbp), %eax
	subl	-36(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movl	-36(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rcx
	movq	-32(%rbp), %rax
	addq	%rax, %rcx
	movl	-36(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rsi
	movq	-24(%rbp), %rax
	addq	%rsi, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memcpy@PLT
	jmp	.L9
.L21:
	nop
.L9:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	merge_sort_rec, .-merge_sort_rec
	.globl	merge_sort
	.type	merge_sort, @function
merge_sort:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movl	-28(%rbp), %eax
	cltq
	salq	$2, %rax
	movq	%rax, %rdi
	call	malloc@PLT
	movq	%rax, -8(%rbp)
	cmpq	$0, -8(%rbp)
	jne	.L23
	movl	$-1, %eax
	jmp	.L24
.L23:
	movl	-28(%rbp), %edx
	movq	-8(%rbp), %rsi
	movq	-24(%rbp), %rax
	movl	%edx, %ecx
	movl	$0, %edx
	movq	%rax, %rdi
	call	merge_sort_rec
	movq	-8(%rbp), %rax
	movq	%rax, %rdi
	call	free@PLT
	movl	$0, %eax
.L24:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	merge_sort, .-merge_sort
	.globl	quick_sort
	.type	quick_sort, @function
quick_sort:
.LFB10:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movl	%edx, -32(%rbp)
	jmp	.L26
.L34:
	movl	-32(%rbp), %eax
	subl	-28(%rbp), %eax
	movl	%eax, %edx
	shrl	$31, %edx
	addl	%edx, %eax
	sarl	%eax
	movl	%eax, %edx
	movl	-28(%rbp), %eax
	addl	%edx, %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	movl	%eax, -12(%rbp)
	movl	-28(%rbp), %eax
	movl	%eax, -4(%rbp)
	movl	-32(%rbp), %eax
	movl	%eax, -8(%rbp)
	jmp	.L27
.L29:
	addl	$1, -4(%rbp)
.L28:
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	cmpl	%eax, -12(%rbp)
	jg	.L29
	jmp	.L30
.L31:
	subl	$1, -8(%rbp)
.L30:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	cmpl	%eax, -12(%rbp)
	jl	.L31
	movl	-4(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jg	.L27
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	movl	%eax, -16(%rbp)
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	-4(%rbp), %edx
	movslq	%edx, %rdx
	leaq	0(,%rdx,4), %rcx
	movq	-24(%rbp), %rdx
	addq	%rcx, %rdx
	movl	(%rax), %eax
	movl	%eax, (%rdx)
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rax, %rdx
	movl	-16(%rbp), %eax
	movl	%eax, (%rdx)
	addl	$1, -4(%rbp)
	subl	$1, -8(%rbp)
.L27:
	movl	-4(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jle	.L28
	movl	-8(%rbp), %eax
	subl	-28(%rbp), %eax
	movl	%eax, %edx
	movl	-32(%rbp), %eax
	subl	-4(%rbp), %eax
	cmpl	%eax, %edx
	jge	.L33
	movl	-8(%rbp), %edx
	movl	-28(%rbp), %ecx
	movq	-24(%rbp), %rax
	movl	%ecx, %esi
	movq	%rax, %rdi
	call	quick_sort
	movl	-4(%rbp), %eax
	movl	%eax, -28(%rbp)
	jmp	.L26
.L33:
	movl	-32(%rbp), %edx
	movl	-4(%rbp), %ecx
	movq	-24(%rbp), %rax
	movl	%ecx, %esi
	movq	%rax, %rdi
	call	quick_sort
	movl	-8(%rbp), %eax
	movl	%eax, -32(%rbp)
.L26:
	movl	-28(%rbp), %eax
	cmpl	-32(%rbp), %eax
	jl	.L34
	nop
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	quick_sort, .-quick_sort
	.globl	selection_sort_desc
	.type	selection_sort_desc, @function
selection_sort_desc:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L36
.L40:
	movl	-4(%rbp), %eax
	movl	%eax, -8(%rbp)
	movl	-4(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	.L37
.L39:
	movl	-12(%rbp), %eax
	cltq
	leaq	(%rax,%rax), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzwl	(%rax), %edx
	movl	-8(%rbp), %eax
	cltq
	leaq	(%rax,%rax), %rcx
	movq	-24(%rbp), %rax
	addq	%rcx, %rax
	movzwl	(%rax), %eax
	cmpw	%ax, %dx
	jle	.L38
	movl	-12(%rbp), %eax
	movl	%eax, -8(%rbp)
.L38:
	addl	$1, -12(%rbp)
.L37:
	movl	-12(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L39
	movl	-4(%rbp), %eax
	cltq
	leaq	(%rax,%rax), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movw	%ax, -14(%rbp)
	movl	-8(%rbp), %eax
	cltq
	leaq	(%rax,%rax), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	-4(%rbp), %edx
	movslq	%edx, %rdx
	leaq	(%rdx,%rdx), %rcx
	movq	-24(%rbp), %rdx
	addq	%rcx, %rdx
	movzwl	(%rax), %eax
	movw	%ax, (%rdx)
	movl	-8(%rbp), %eax
	cltq
	leaq	(%rax,%rax), %rdx
	movq	-24(%rbp), %rax
	addq	%rax, %rdx
	movzwl	-14(%rbp), %eax
	movw	%ax, (%rdx)
	addl	$1, -4(%rbp)
.L36:
	movl	-28(%rbp), %eax
	subl	$1, %eax
	cmpl	%eax, -4(%rbp)
	jl	.L40
	nop
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE11:
	.size	selection_sort_desc, .-selection_sort_desc
	.type	is_sorted, @function
is_sorted:
.LFB12:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movl	$1, -4(%rbp)
	jmp	.L42
.L45:
	movl	-4(%rbp), %eax
	cltq
	salq	$2, %rax
	leaq	-4(%rax), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %edx
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rcx
	movq	-24(%rbp), %rax
	addq	%rcx, %rax
	movl	(%rax), %eax
	cmpl	%eax, %edx
	jle	.L43
	movl	$0, %eax
	jmp	.L44
.L43:
	addl	$1, -4(%rbp)
.L42:
	movl	-4(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L45
	movl	$1, %eax
.L44:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE12:
	.size	is_sorted, .-is_sorted
	.local	a1
	.comm	a1,2000,32
	.local	a2
	.comm	a2,2000,32
	.local	a3
	.comm	a3,2000,32
	.section	.rodata
.LC0:
	.string	"sorted: %d %d %d\n"
.LC1:
	.string	"agree: %d %d\n"
.LC2:
	.string	"%d "
.LC3:
	.string	"\nmin=%d max=%d median=%d\n"
.LC4:
	.string	"checksum=%ld\n"
.LC5:
	.string	"%d"
	.text
	.globl	main
	.type	main, @function
main:
.LFB13:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	subq	$112, %rsp
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movl	seed(%rip), %eax
	movl	%eax, rng_state(%rip)
	movl	$0, -20(%rbp)
	jmp	.L47
.L48:
	call	next_rand
	movl	-20(%rbp), %edx
	movslq	%edx, %rdx
	leaq	0(,%rdx,4), %rcx
	leaq	a3(%rip), %rdx
	movl	%eax, (%rcx,%rdx)
	movl	-20(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	a3(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	-20(%rbp), %edx
	movslq	%edx, %rdx
	leaq	0(,%rdx,4), %rcx
	leaq	a2(%rip), %rdx
	movl	%eax, (%rcx,%rdx)
	movl	-20(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	a2(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	-20(%rbp), %edx
	movslq	%edx, %rdx
	leaq	0(,%rdx,4), %rcx
	leaq	a1(%rip), %rdx
	movl	%eax, (%rcx,%rdx)
	addl	$1, -20(%rbp)
.L47:
	cmpl	$499, -20(%rbp)
	jle	.L48
	movl	$500, %esi
	leaq	a1(%rip), %rax
	movq	%rax, %rdi
	call	insertion_sort
	movl	$500, %esi
	leaq	a2(%rip), %rax
	movq	%rax, %rdi
	call	merge_sort
	testl	%eax, %eax
	je	.L49
	movl	$2, %eax
	jmp	.L61
.L49:
	movl	$499, %edx
	movl	$0, %esi
	leaq	a3(%rip), %rax
	movq	%rax, %rdi
	call	quick_sort
	movl	$500, %esi
	leaq	a3(%rip), %rax
	movq	%rax, %rdi
	call	is_sorted
	movl	%eax, %r12d
	movl	$500, %esi
	leaq	a2(%rip), %rax
	movq	%rax, %rdi
	call	is_sorted
	movl	%eax, %ebx
	movl	$500, %esi
	leaq	a1(%rip), %rax
	movq	%rax, %rdi
	call	is_sorted
	movl	%r12d, %ecx
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$2000, %edx
	leaq	a3(%rip), %rax
	movq	%rax, %rsi
	leaq	a1(%rip), %rax
	movq	%rax, %rdi
	call	memcmp@PLT
	testl	%eax, %eax
	sete	%al
	movzbl	%al, %ebx
	movl	$2000, %edx
	leaq	a2(%rip), %rax
	movq	%rax, %rsi
	leaq	a1(%rip), %rax
	movq	%rax, %rdi
	call	memcmp@PLT
	testl	%eax, %eax
	sete	%al
	movzbl	%al, %eax
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -24(%rbp)
	jmp	.L51
.L52:
	movl	-24(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	a1(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$50, -24(%rbp)
.L51:
	cmpl	$499, -24(%rbp)
	jle	.L52
	movl	1000+a1(%rip), %ecx
	movl	1996+a1(%rip), %edx
	movl	a1(%rip), %eax
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -32(%rbp)
	movl	$0, -36(%rbp)
	jmp	.L53
.L54:
	movq	-32(%rbp), %rdx
	movq	%rdx, %rax
	salq	$5, %rax
	subq	%rdx, %rax
	movq	%rax, %rcx
	movabsq	$-8543223828751151131, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	leaq	(%rdx,%rcx), %rax
	sarq	$29, %rax
	movq	%rcx, %rdx
	sarq	$63, %rdx
	subq	%rdx, %rax
	imulq	$1000000007, %rax, %rdx
	movq	%rcx, %rax
	subq	%rdx, %rax
	movl	-36(%rbp), %edx
	movslq	%edx, %rdx
	leaq	0(,%rdx,4), %rcx
	leaq	a2(%rip), %rdx
	movl	(%rcx,%rdx), %edx
	movslq	%edx, %rdx
	addq	%rdx, %rax
	addq	$10000, %rax
	movq	%rax, -32(%rbp)
	addl	$1, -36(%rbp)
.L53:
	cmpl	$499, -36(%rbp)
	jle	.L54
	movq	-32(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -40(%rbp)
	jmp	.L55
.L56:
	call	next_rand
	movslq	%eax, %rdx
	imulq	$1431655766, %rdx, %rdx
	shrq	$32, %rdx
	sarl	$31, %eax
	subl	%eax, %edx
	movl	-40(%rbp), %eax
	cltq
	movw	%dx, -96(%rbp,%rax,2)
	addl	$1, -40(%rbp)
.L55:
	cmpl	$19, -40(%rbp)
	jle	.L56
	leaq	-96(%rbp), %rax
	movl	$20, %esi
	movq	%rax, %rdi
	call	selection_sort_desc
	movl	$0, -44(%rbp)
	jmp	.L57
.L58:
	movl	-44(%rbp), %eax
	cltq
	movzwl	-96(%rbp,%rax,2), %eax
	cwtl
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -44(%rbp)
.L57:
	cmpl	$19, -44(%rbp)
	jle	.L58
	movl	$10, %edi
	call	putchar@PLT
	movl	$5, -128(%rbp)
	movl	$5, -124(%rbp)
	movl	$5, -120(%rbp)
	movl	$1, -116(%rbp)
	movl	$1, -112(%rbp)
	movl	$9, -108(%rbp)
	movl	$9, -104(%rbp)
	movl	$0, -100(%rbp)
	leaq	-128(%rbp), %rax
	movl	$7, %edx
	movl	$0, %esi
	movq	%rax, %rdi
	call	quick_sort
	leaq	-128(%rbp), %rax
	movl	$0, %esi
	movq	%rax, %rdi
	call	insertion_sort
	leaq	-128(%rbp), %rax
	movl	$1, %esi
	movq	%rax, %rdi
	call	merge_sort
	movl	$0, -48(%rbp)
	jmp	.L59
.L60:
	movl	-48(%rbp), %eax
	cltq
	movl	-128(%rbp,%rax,4), %eax
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -48(%rbp)
.L59:
	cmpl	$7, -48(%rbp)
	jle	.L60
	movl	$10, %edi
	call	putchar@PLT
	movl	$0, %eax
.L61:
	addq	$112, %rsp
	popq	%rbx
	popq	%r12
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
