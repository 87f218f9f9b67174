	.file	"26_argv.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"arg %d: \"%s\" len=%d atoi=%d\n"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"count=%d sum=%ld product=%ld longest=%d\n"
	.text
	.p2align 4
	.globl	process
	.type	process, @function
process:
.LFB22:
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
	movl	%edi, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	testl	%edi, %edi
	jle	.L5
	xorl	%ebx, %ebx
	movslq	%edi, %rax
	xorl	%r13d, %r13d
	movl	%edi, 28(%rsp)
	movl	%ebx, %ebp
	movq	%rax, 16(%rsp)
	movq	%rsi, %r14
	xorl	%r12d, %r12d
	movq	$1, 8(%rsp)
	movq	%r13, %rbx
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L3:
	cmpl	%r13d, %ebp
	cmovl	%r13d, %ebp
	addq	$1, %rbx
	cmpq	%rbx, 16(%rsp)
	je	.L15
.L4:
	movq	(%r14,%rbx,8), %rdi
	xorl	%esi, %esi
	movl	$10, %edx
	call	strtol@PLT
	movq	(%r14,%rbx,8), %rdx
	movq	%rax, %r15
	movq	%rdx, %rdi
	movq	%rdx, (%rsp)
	call	strlen@PLT
	movq	(%rsp), %rdx
	movl	%r15d, %r8d
	movl	%ebx, %esi
	movl	%eax, %ecx
	movq	%rax, %r13
	leaq	.LC0(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movq	8(%rsp), %rcx
	movslq	%r15d, %rax
	addq	%rax, %r12
	leaq	999999999(%rcx), %rdx
	cmpq	$1999999998, %rdx
	ja	.L3
	testl	%r15d, %r15d
	je	.L3
	addl	$99999, %r15d
	cmpl	$199998, %r15d
	ja	.L3
	movq	%rcx, %rsi
	imulq	%rax, %rsi
	movq	%rsi, 8(%rsp)
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L15:
	movl	%ebp, %ebx
	movl	28(%rsp), %ebp
.L2:
	movq	8(%rsp), %rcx
	movl	%ebx, %r8d
	movq	%r12, %rdx
	movl	%ebp, %esi
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$40, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movq	%r12, %rax
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
.L5:
	.cfi_restore_state
	movq	$1, 8(%rsp)
	xorl	%ebx, %ebx
	xorl	%r12d, %r12d
	jmp	.L2
	.cfi_endproc
.LFE22:
	.size	process, .-process
	.section	.rodata.str1.8
	.align 8
.LC2:
	.string	"argc=%d argv0 present=%d argv[argc] null=%d\n"
	.section	.rodata.str1.1
.LC3:
	.string	"no arguments, using defaults"
.LC4:
	.string	"joined: %s\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB23:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movslq	%edi, %rax
	xorl	%ecx, %ecx
	leaq	.LC2(%rip), %rdi
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%rsi, %r14
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rax, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$280, %rsp
	.cfi_def_cfa_offset 336
	cmpq	$0, (%rsi,%rax,8)
	sete	%cl
	xorl	%edx, %edx
	cmpq	$0, (%rsi)
	movl	%eax, %esi
	setne	%dl
	xorl	%eax, %eax
	call	printf@PLT
	cmpl	$1, %r12d
	jle	.L17
	leal	-1(%r12), %r15d
	leaq	8(%r14), %rsi
	movl	%r15d, %edi
	call	process
	movq	%rax, 8(%rsp)
.L18:
	pxor	%xmm0, %xmm0
	movslq	%r15d, %rax
	leaq	16(%rsp), %r13
	xorl	%ebx, %ebx
	movq	%rax, (%rsp)
	movaps	%xmm0, 16(%rsp)
	movaps	%xmm0, 32(%rsp)
	movaps	%xmm0, 48(%rsp)
	movaps	%xmm0, 64(%rsp)
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm0, 96(%rsp)
	movaps	%xmm0, 112(%rsp)
	movaps	%xmm0, 128(%rsp)
	movaps	%xmm0, 144(%rsp)
	movaps	%xmm0, 160(%rsp)
	movaps	%xmm0, 176(%rsp)
	movaps	%xmm0, 192(%rsp)
	movaps	%xmm0, 208(%rsp)
	movaps	%xmm0, 224(%rsp)
	movaps	%xmm0, 240(%rsp)
	movaps	%xmm0, 256(%rsp)
	jmp	.L23
	.p2align 4,,10
	.p2align 3
.L30:
	movq	8(%r14,%rbx,8), %rbp
.L20:
	movq	%r13, %rdi
	call	strlen@PLT
	movq	%rbp, %rdi
	movq	%rax, %r15
	call	strlen@PLT
	leaq	2(%r15,%rax), %rax
	cmpq	$255, %rax
	ja	.L21
	testq	%rbx, %rbx
	je	.L22
	movl	$43, %eax
	movw	%ax, 0(%r13,%r15)
.L22:
	movq	%rbp, %rsi
	movq	%r13, %rdi
	call	strcat@PLT
.L21:
	movq	(%rsp), %rax
	addq	$1, %rbx
	cmpq	%rax, %rbx
	je	.L29
.L23:
	cmpl	$1, %r12d
	jg	.L30
	leaq	default_args(%rip), %rax
	movq	(%rax,%rbx,8), %rbp
	jmp	.L20
	.p2align 4,,10
	.p2align 3
.L29:
	movq	%r13, %rsi
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movq	8(%rsp), %rax
	movq	8(%rsp), %rsi
	movabsq	$-6640827866535438581, %rcx
	addq	$280, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	imulq	%rcx
	leaq	(%rdx,%rsi), %rax
	movq	%rsi, %rdx
	sarq	$63, %rdx
	sarq	$5, %rax
	subq	%rdx, %rax
	leaq	(%rax,%rax,4), %rax
	leaq	(%rax,%rax,4), %rax
	addq	%rax, %rax
	subq	%rax, %rsi
	movq	%rsi, %rbx
	addq	$50, %rbx
	movq	%rbx, %rdx
	shrq	%rdx
	movq	%rdx, %rax
	mulq	%rcx
	shrq	$4, %rdx
	leaq	(%rdx,%rdx,4), %rax
	leaq	(%rax,%rax,4), %rdx
	movl	%ebx, %eax
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	addq	%rdx, %rdx
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	subl	%edx, %eax
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
.L17:
	.cfi_restore_state
	leaq	.LC3(%rip), %rdi
	movl	$5, %r15d
	call	puts@PLT
	leaq	default_args(%rip), %rsi
	movl	$5, %edi
	call	process
	movq	%rax, 8(%rsp)
	jmp	.L18
	.cfi_endproc
.LFE23:
	.size	main, .-main
	.section	.rodata.str1.1
.LC5:
	.string	"12"
.LC6:
	.string	"-7"
.LC7:
	.string	"30"
.LC8:
	.string	"abc"
.LC9:
	.string	"5x"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	default_args, @object
	.size	default_args, 40
default_args:
	.quad	.LC5
	.quad	.LC6
	.quad	.LC7
	.quad	.LC8
	.quad	.LC9
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
