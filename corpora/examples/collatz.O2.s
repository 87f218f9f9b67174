	.file	"collatz.c"
	.text
	.p2align 4
	.globl	collatz_steps
	.type	collatz_steps, @function
collatz_steps:
.LFB11:
	.cfi_startproc
	xorl	%eax, %eax
	cmpq	$1, %rdi
	je	.L6
	.p2align 4,,10
	.p2align 3
.L5:
	testb	$1, %dil
	jne	.L3
	movq	%rdi, %rdx
	addl	$1, %eax
	shrq	$63, %rdx
	addq	%rdx, %rdi
	sarq	%rdi
	cmpq	$1, %rdi
	jne	.L5
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	leaq	1(%rdi,%rdi,2), %rdi
	addl	$1, %eax
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L6:
	ret
	.cfi_endproc
.LFE11:
	.size	collatz_steps, .-collatz_steps
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"zero"
.LC1:
	.string	"one"
.LC2:
	.string	"two"
.LC3:
	.string	"three"
.LC4:
	.string	"four"
.LC5:
	.string	"five"
.LC6:
	.string	"many"
	.text
	.p2align 4
	.globl	kind
	.type	kind, @function
kind:
.LFB12:
	.cfi_startproc
	cmpl	$5, %edi
	ja	.L9
	leaq	.L11(%rip), %rdx
	movl	%edi, %edi
	movslq	(%rdx,%rdi,4), %rax
	addq	%rdx, %rax
	jmp	*%rax
	.section	.rodata
	.align 4
	.align 4
.L11:
	.long	.L16-.L11
	.long	.L17-.L11
	.long	.L14-.L11
	.long	.L13-.L11
	.long	.L12-.L11
	.long	.L10-.L11
	.text
	.p2align 4,,10
	.p2align 3
.L17:
	leaq	.LC1(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L16:
	leaq	.LC0(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	leaq	.LC5(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L14:
	leaq	.LC2(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L13:
	leaq	.LC3(%rip), %rax
	ret
	.p2align 4,,10
	.p2align 3
.L12:
	leaq	.LC4(%rip), %rax
	ret
.L9:
	leaq	.LC6(%rip), %rax
	ret
	.cfi_endproc
.LFE12:
	.size	kind, .-kind
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC7:
	.string	"longest below 300: %ld (%d steps)\n"
	.section	.rodata.str1.1
.LC8:
	.string	"%d is %s\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB13:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movl	$2, %ecx
	xorl	%edi, %edi
	xorl	%esi, %esi
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	.p2align 4,,10
	.p2align 3
.L19:
	movq	%rcx, %rax
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L23:
	testb	$1, %al
	jne	.L20
	sarq	%rax
	addl	$1, %edx
	cmpq	$1, %rax
	jne	.L23
	cmpl	%edx, %esi
	jge	.L24
	movq	%rcx, %rdi
	movl	%edx, %esi
.L24:
	addq	$1, %rcx
	cmpq	$300, %rcx
	jne	.L19
	leaq	.LC8(%rip), %rbx
	movl	%esi, %edx
	xorl	%eax, %eax
	movq	%rdi, %rsi
	leaq	.LC7(%rip), %rdi
	leaq	.LC6(%rip), %rbp
	call	printf@PLT
	movq	%rbx, %rdi
	xorl	%esi, %esi
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdx
	call	printf@PLT
	movq	%rbx, %rdi
	movl	$1, %esi
	xorl	%eax, %eax
	leaq	.LC1(%rip), %rdx
	call	printf@PLT
	movq	%rbx, %rdi
	movl	$2, %esi
	xorl	%eax, %eax
	leaq	.LC2(%rip), %rdx
	call	printf@PLT
	movq	%rbx, %rdi
	movl	$3, %esi
	xorl	%eax, %eax
	leaq	.LC3(%rip), %rdx
	call	printf@PLT
	movq	%rbx, %rdi
	movl	$4, %esi
	xorl	%eax, %eax
	leaq	.LC4(%rip), %rdx
	call	printf@PLT
	movq	%rbx, %rdi
	movl	$5, %esi
	xorl	%eax, %eax
	leaq	.LC5(%rip), %rdx
	call	printf@PLT
	movq	%rbp, %rdx
	movq	%rbx, %rdi
	movl	$6, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movq	%rbp, %rdx
	movq	%rbx, %rdi
	movl	$7, %esi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L20:
	.cfi_restore_state
	leaq	1(%rax,%rax,2), %rax
	addl	$1, %edx
	jmp	.L23
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
