	.file	"21_sorting.c"
	.text
	.p2align 4
	.type	is_sorted.constprop.0, @function
is_sorted.constprop.0:
.LFB30:
	.cfi_startproc
	movl	(%rdi), %edx
	leaq	4(%rdi), %rax
	addq	$2000, %rdi
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L8:
	addq	$4, %rax
	cmpq	%rdi, %rax
	je	.L7
.L3:
	movl	%edx, %ecx
	movl	(%rax), %edx
	cmpl	%ecx, %edx
	jge	.L8
	xorl	%eax, %eax
	ret
.L7:
	movl	$1, %eax
	ret
	.cfi_endproc
.LFE30:
	.size	is_sorted.constprop.0, .-is_sorted.constprop.0
	.p2align 4
	.globl	insertion_sort
	.type	insertion_sort, @function
insertion_sort:
.LFB23:
	.cfi_startproc
	leal	-1(%rsi), %r9d
	xorl	%r8d, %r8d
	cmpl	$1, %esi
	jle	.L9
	.p2align 4,,10
	.p2align 3
.L14:
	movl	4(%rdi,%r8,4), %ecx
	movq	%r8, %rax
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L13:
	movl	%edx, 4(%rdi,%rax,4)
	subq	$1, %rax
	cmpl	$-1, %eax
	je	.L16
.L11:
	movl	(%rdi,%rax,4), %edx
	cmpl	%ecx, %edx
	jg	.L13
	addl	$1, %eax
	cltq
	leaq	(%rdi,%rax,4), %rax
.L12:
	addq	$1, %r8
	movl	%ecx, (%rax)
	cmpq	%r8, %r9
	jne	.L14
.L9:
	ret
	.p2align 4,,10
	.p2align 3
.L16:
	movq	%rdi, %rax
	jmp	.L12
	.cfi_endproc
.LFE23:
	.size	insertion_sort, .-insertion_sort
	.p2align 4
	.globl	merge_sort_rec
	.type	merge_sort_rec, @function
merge_sort_rec:
.LFB24:
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
	movl	%ecx, %r13d
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movslq	%edx, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	subl	%r12d, %r13d
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$8, %rsp
	.cfi_def_cfa_offset 64
	cmpl	$1, %r13d
	jle	.L19
	movl	%r13d, %r15d
	movl	%ecx, %ebx
	movq	%rdi, %rbp
	movq	%rsi, %r14
	sarl	%r15d
	movl	%r12d, %edx
	addl	%r12d, %r15d
	movl	%r15d, %ecx
	call	merge_sort_rec
	movl	%ebx, %ecx
	movl	%r15d, %edx
	movq	%r14, %rsi
	movq	%rbp, %rdi
	call	merge_sort_rec
	cmpl	%r15d, %ebx
	jle	.L30
	leal	1(%r12), %ecx
	movl	%r15d, %esi
	movl	%r12d, %edi
	movslq	%ecx, %rcx
	jmp	.L24
	.p2align 4,,10
	.p2align 3
.L39:
	movl	%eax, %edx
	addl	$1, %edi
	leaq	1(%rcx), %rax
	movl	%edx, -4(%r14,%rcx,4)
	cmpl	%esi, %ebx
	jle	.L32
.L40:
	cmpl	%edi, %r15d
	jle	.L32
	movq	%rax, %rcx
.L24:
	movslq	%edi, %rax
	movslq	%esi, %rdx
	movl	0(%rbp,%rax,4), %eax
	movl	0(%rbp,%rdx,4), %edx
	cmpl	%eax, %edx
	jge	.L39
	addl	$1, %esi
	movl	%edx, -4(%r14,%rcx,4)
	leaq	1(%rcx), %rax
	cmpl	%esi, %ebx
	jg	.L40
.L32:
	cmpl	%edi, %r15d
	jle	.L26
.L21:
	movslq	%edi, %rax
	movl	%r15d, %r8d
	subl	%edi, %r8d
	leaq	0(%rbp,%rax,4), %r10
	movslq	%ecx, %rax
	leaq	(%r14,%rax,4), %r9
	salq	$2, %r8
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L27:
	movl	(%r10,%rax), %edx
	movl	%edx, (%r9,%rax)
	addq	$4, %rax
	cmpq	%rax, %r8
	jne	.L27
	addl	%ecx, %r15d
	movl	%r15d, %ecx
	subl	%edi, %ecx
.L26:
	cmpl	%esi, %ebx
	jle	.L28
	subl	%esi, %ebx
	movslq	%esi, %rax
	movslq	%ecx, %rcx
	leaq	0(%rbp,%rax,4), %rsi
	salq	$2, %rbx
	leaq	(%r14,%rcx,4), %rcx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L29:
	movl	(%rsi,%rax), %edx
	movl	%edx, (%rcx,%rax)
	addq	$4, %rax
	cmpq	%rax, %rbx
	jne	.L29
.L28:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	salq	$2, %r12
	movslq	%r13d, %rdx
	popq	%rbx
	.cfi_def_cfa_offset 48
	leaq	0(%rbp,%r12), %rdi
	leaq	(%r14,%r12), %rsi
	popq	%rbp
	.cfi_def_cfa_offset 40
	salq	$2, %rdx
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	jmp	memcpy@PLT
	.p2align 4,,10
	.p2align 3
.L19:
	.cfi_restore_state
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
.L30:
	.cfi_restore_state
	movl	%r12d, %ecx
	movl	%r15d, %esi
	movl	%r12d, %edi
	jmp	.L21
	.cfi_endproc
.LFE24:
	.size	merge_sort_rec, .-merge_sort_rec
	.p2align 4
	.globl	merge_sort
	.type	merge_sort, @function
merge_sort:
.LFB25:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r12
	movslq	%esi, %rdi
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movq	%rdi, %rbp
	salq	$2, %rdi
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	call	malloc@PLT
	testq	%rax, %rax
	je	.L43
	movq	%rax, %rbx
	movq	%rax, %rsi
	movl	%ebp, %ecx
	xorl	%edx, %edx
	movq	%r12, %rdi
	call	merge_sort_rec
	movq	%rbx, %rdi
	call	free@PLT
	xorl	%eax, %eax
.L41:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
.L43:
	.cfi_restore_state
	orl	$-1, %eax
	jmp	.L41
	.cfi_endproc
.LFE25:
	.size	merge_sort, .-merge_sort
	.p2align 4
	.globl	quick_sort
	.type	quick_sort, @function
quick_sort:
.LFB26:
	.cfi_startproc
	cmpl	%edx, %esi
	jge	.L68
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	movq	%rdi, %r14
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	movl	%edx, %r13d
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	movl	%esi, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
.L46:
	movl	%r13d, %eax
	movl	%r13d, %ebx
	movl	%r12d, %ebp
	subl	%r12d, %eax
	sarl	%eax
	addl	%r12d, %eax
	cltq
	movl	(%r14,%rax,4), %ecx
	.p2align 4,,10
	.p2align 3
.L51:
	cmpl	%ebx, %ebp
	jg	.L52
.L72:
	movslq	%ebp, %rax
	movslq	%ebx, %r9
	salq	$2, %rax
	leaq	(%r14,%r9,4), %r8
	leaq	(%r14,%rax), %rdi
	movl	(%r8), %esi
	leaq	4(%r14,%rax), %rax
	movl	(%rdi), %edx
	cmpl	%ecx, %edx
	jge	.L71
	.p2align 4,,10
	.p2align 3
.L48:
	movq	%rax, %rdi
	movl	(%rax), %edx
	addq	$4, %rax
	addl	$1, %ebp
	cmpl	%ecx, %edx
	jl	.L48
	cmpl	%esi, %ecx
	jge	.L49
.L58:
	leaq	-4(%r14,%r9,4), %rax
	.p2align 4,,10
	.p2align 3
.L50:
	movq	%rax, %r8
	movl	(%rax), %esi
	subq	$4, %rax
	subl	$1, %ebx
	cmpl	%ecx, %esi
	jg	.L50
.L49:
	cmpl	%ebp, %ebx
	jl	.L51
	movl	%esi, (%rdi)
	addl	$1, %ebp
	subl	$1, %ebx
	movl	%edx, (%r8)
.L73:
	cmpl	%ebx, %ebp
	jle	.L72
.L52:
	movl	%ebx, %edx
	movl	%r13d, %eax
	subl	%r12d, %edx
	subl	%ebp, %eax
	cmpl	%eax, %edx
	jge	.L55
	movl	%r12d, %esi
	movl	%ebx, %edx
	movq	%r14, %rdi
	movl	%ebp, %r12d
	call	quick_sort
.L56:
	cmpl	%r12d, %r13d
	jg	.L46
	popq	%rbx
	.cfi_remember_state
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
	.p2align 4,,10
	.p2align 3
.L71:
	.cfi_restore_state
	cmpl	%esi, %ecx
	jl	.L58
	movl	%esi, (%rdi)
	addl	$1, %ebp
	subl	$1, %ebx
	movl	%edx, (%r8)
	jmp	.L73
.L55:
	movl	%r13d, %edx
	movl	%ebp, %esi
	movq	%r14, %rdi
	movl	%ebx, %r13d
	call	quick_sort
	jmp	.L56
.L68:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	.cfi_restore 14
	ret
	.cfi_endproc
.LFE26:
	.size	quick_sort, .-quick_sort
	.p2align 4
	.globl	selection_sort_desc
	.type	selection_sort_desc, @function
selection_sort_desc:
.LFB27:
	.cfi_startproc
	cmpl	$1, %esi
	jle	.L87
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	movq	%rdi, %r11
	leal	-1(%rsi), %r13d
	xorl	%r10d, %r10d
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	movq	%rdi, %rbx
	.p2align 4,,10
	.p2align 3
.L79:
	movl	%r10d, %r9d
	addl	$1, %r10d
	movzwl	(%rbx), %ebp
	cmpl	%r10d, %esi
	jle	.L81
	leaq	2(%rbx), %r12
	movl	%ebp, %edi
	movl	%r10d, %edx
	movq	%r12, %rax
	jmp	.L78
	.p2align 4,,10
	.p2align 3
.L90:
	movslq	%r9d, %rcx
	addl	$1, %edx
	addq	$2, %rax
	leaq	(%r11,%rcx,2), %r8
	cmpl	%edx, %esi
	je	.L76
.L78:
	movzwl	(%rax), %ecx
	movq	%rax, %r8
	cmpw	%di, %cx
	jle	.L90
	movl	%edx, %r9d
	addl	$1, %edx
	movl	%ecx, %edi
	addq	$2, %rax
	cmpl	%edx, %esi
	jne	.L78
.L76:
	movw	%di, (%rbx)
	movq	%r12, %rbx
	movw	%bp, (%r8)
	cmpl	%r13d, %r10d
	jne	.L79
.L91:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L81:
	.cfi_restore_state
	movq	%rbx, %r8
	movl	%ebp, %edi
	leaq	2(%rbx), %r12
	movw	%di, (%rbx)
	movq	%r12, %rbx
	movw	%bp, (%r8)
	cmpl	%r13d, %r10d
	jne	.L79
	jmp	.L91
.L87:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	ret
	.cfi_endproc
.LFE27:
	.size	selection_sort_desc, .-selection_sort_desc
	.section	.rodata.str1.1,"aMS",@progbits,1
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
.LC7:
	.string	"%d"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB29:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	xorl	%ecx, %ecx
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	leaq	a3(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	leaq	a2(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	leaq	a1(%rip), %rbx
	subq	$80, %rsp
	.cfi_def_cfa_offset 128
	movl	seed(%rip), %esi
	.p2align 4,,10
	.p2align 3
.L93:
	imull	$1664525, %esi, %esi
	addl	$1013904223, %esi
	movl	%esi, %eax
	shrl	$8, %eax
	movl	%eax, %edx
	imulq	$219891331, %rdx, %rdx
	shrq	$42, %rdx
	imull	$20001, %edx, %edx
	subl	%edx, %eax
	subl	$10000, %eax
	movl	%eax, (%r12,%rcx)
	movl	%eax, 0(%rbp,%rcx)
	movl	%eax, (%rbx,%rcx)
	addq	$4, %rcx
	cmpq	$2000, %rcx
	jne	.L93
	movl	%esi, rng_state(%rip)
	movq	%rbx, %rdi
	movl	$500, %esi
	call	insertion_sort
	movq	%rbp, %rdi
	call	merge_sort
	movl	%eax, %r13d
	testl	%eax, %eax
	jne	.L100
	movl	$499, %edx
	xorl	%esi, %esi
	movq	%r12, %rdi
	call	quick_sort
	movq	%r12, %rdi
	call	is_sorted.constprop.0
	movq	%rbp, %rdi
	movl	%eax, %r9d
	call	is_sorted.constprop.0
	movq	%rbx, %rdi
	movl	%eax, %r8d
	call	is_sorted.constprop.0
	movl	%r8d, %edx
	movl	%r9d, %ecx
	leaq	.LC0(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movq	%r12, %rsi
	movq	%rbx, %rdi
	movl	$2000, %edx
	call	memcmp@PLT
	movq	%rbp, %rsi
	movq	%rbx, %rdi
	movl	$2000, %edx
	movl	%eax, %r12d
	leaq	a1(%rip), %rbp
	leaq	.LC2(%rip), %rbx
	call	memcmp@PLT
	xorl	%edx, %edx
	testl	%r12d, %r12d
	leaq	.LC1(%rip), %rdi
	sete	%dl
	xorl	%esi, %esi
	leaq	2000(%rbp), %r12
	testl	%eax, %eax
	sete	%sil
	xorl	%eax, %eax
	call	printf@PLT
	.p2align 4,,10
	.p2align 3
.L95:
	movl	0(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	addq	$200, %rbp
	call	printf@PLT
	cmpq	%rbp, %r12
	jne	.L95
	movl	a1(%rip), %esi
	movl	1000+a1(%rip), %ecx
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	movl	1996+a1(%rip), %edx
	call	printf@PLT
	leaq	a2(%rip), %rsi
	xorl	%eax, %eax
	movabsq	$-8543223828751151131, %rdi
	leaq	2000(%rsi), %r8
	.p2align 4,,10
	.p2align 3
.L96:
	movq	%rax, %rcx
	addq	$4, %rsi
	salq	$5, %rcx
	subq	%rax, %rcx
	movq	%rcx, %rax
	imulq	%rdi
	movq	%rcx, %rax
	sarq	$63, %rax
	addq	%rcx, %rdx
	sarq	$29, %rdx
	subq	%rax, %rdx
	movslq	-4(%rsi), %rax
	imulq	$1000000007, %rdx, %rdx
	subq	%rdx, %rcx
	leaq	10000(%rcx,%rax), %rax
	cmpq	%r8, %rsi
	jne	.L96
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	leaq	32(%rsp), %r12
	movl	rng_state(%rip), %ecx
	leaq	72(%rsp), %rbp
	movq	%r12, %r14
	movq	%r12, %rsi
	.p2align 4,,10
	.p2align 3
.L97:
	imull	$1664525, %ecx, %ecx
	addq	$2, %rsi
	addl	$1013904223, %ecx
	movl	%ecx, %eax
	shrl	$8, %eax
	movl	%eax, %edx
	imulq	$219891331, %rdx, %rdx
	shrq	$42, %rdx
	imull	$20001, %edx, %edx
	subl	%edx, %eax
	subl	$10000, %eax
	movslq	%eax, %rdx
	sarl	$31, %eax
	imulq	$1431655766, %rdx, %rdx
	shrq	$32, %rdx
	subl	%eax, %edx
	movw	%dx, -2(%rsi)
	cmpq	%rsi, %rbp
	jne	.L97
	movl	$20, %esi
	movq	%r12, %rdi
	movl	%ecx, rng_state(%rip)
	call	selection_sort_desc
	.p2align 4,,10
	.p2align 3
.L98:
	movswl	(%r14), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	addq	$2, %r14
	call	printf@PLT
	cmpq	%r14, %rbp
	jne	.L98
	movl	$10, %edi
	movq	%rsp, %rbx
	leaq	.LC7(%rip), %rbp
	call	putchar@PLT
	movl	$7, %edx
	xorl	%esi, %esi
	movq	%rbx, %rdi
	movdqa	.LC5(%rip), %xmm0
	movaps	%xmm0, (%rsp)
	movdqa	.LC6(%rip), %xmm0
	movaps	%xmm0, 16(%rsp)
	call	quick_sort
	xorl	%esi, %esi
	movq	%rbx, %rdi
	call	insertion_sort
	movl	$1, %esi
	call	merge_sort
	.p2align 4,,10
	.p2align 3
.L99:
	movl	(%rbx), %esi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$4, %rbx
	call	printf@PLT
	cmpq	%rbx, %r12
	jne	.L99
	movl	$10, %edi
	call	putchar@PLT
.L92:
	addq	$80, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	movl	%r13d, %eax
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
.L100:
	.cfi_restore_state
	movl	$2, %r13d
	jmp	.L92
	.cfi_endproc
.LFE29:
	.size	main, .-main
	.local	a3
	.comm	a3,2000,32
	.local	a2
	.comm	a2,2000,32
	.local	a1
	.comm	a1,2000,32
	.local	rng_state
	.comm	rng_state,4,4
	.globl	seed
	.data
	.align 4
	.type	seed, @object
	.size	seed, 4
seed:
	.long	2024
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC5:
	.long	5
	.long	5
	.long	5
	.long	1
	.align 16
.LC6:
	.long	1
	.long	9
	.long	9
	.long	0
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
