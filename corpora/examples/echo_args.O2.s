	.file	"echo_args.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"arg %d: %s\n"
.LC1:
	.string	"argc=%d total=%ld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB22:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movl	%edi, %r14d
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
	subq	$8, %rsp
	.cfi_def_cfa_offset 64
	cmpl	$1, %edi
	jle	.L4
	movq	%rsi, %r12
	movl	%edi, %r15d
	movl	$1, %ebx
	xorl	%ebp, %ebp
	leaq	.LC0(%rip), %r13
	.p2align 4,,10
	.p2align 3
.L3:
	movq	(%r12,%rbx,8), %rdx
	movl	%ebx, %esi
	movq	%r13, %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movq	(%r12,%rbx,8), %rdi
	movl	$10, %edx
	xorl	%esi, %esi
	addq	$1, %rbx
	call	strtol@PLT
	addq	%rax, %rbp
	cmpq	%r15, %rbx
	jne	.L3
.L2:
	movq	%rbp, %rdx
	movl	%r14d, %esi
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movabsq	$-6640827866535438581, %rax
	imulq	%rbp
	movq	%rbp, %rax
	popq	%rbx
	.cfi_def_cfa_offset 48
	sarq	$63, %rax
	addq	%rbp, %rdx
	sarq	$6, %rdx
	subq	%rax, %rdx
	leaq	(%rdx,%rdx,4), %rax
	leaq	(%rax,%rax,4), %rdx
	movl	%ebp, %eax
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	salq	$2, %rdx
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	subl	%edx, %eax
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
.L4:
	.cfi_restore_state
	xorl	%ebp, %ebp
	jmp	.L2
	.cfi_endproc
.LFE22:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
