	.file	"fib.c"
	.text
	.p2align 4
	.globl	fib
	.type	fib, @function
fib:
.LFB11:
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
	movl	%edi, %ebx
	subq	$104, %rsp
	.cfi_def_cfa_offset 160
	movl	calls(%rip), %eax
	addl	$1, %eax
	movl	%eax, calls(%rip)
	cmpl	$1, %edi
	jle	.L47
	leal	-3(%rdi), %r15d
	movl	%edi, %ecx
	xorl	%r13d, %r13d
	movl	%edi, %r14d
.L8:
	leal	1(%rax), %edi
	cmpl	$2, %ecx
	je	.L53
	movl	%r15d, %eax
	leal	-2(%rcx), %ebx
	subl	$4, %ecx
	movl	%r15d, 56(%rsp)
	andl	$-2, %eax
	movl	%r13d, 52(%rsp)
	movl	%ebx, %ebp
	xorl	%r12d, %r12d
	subl	%eax, %ecx
	movl	%r14d, %r13d
	movl	%ecx, 44(%rsp)
.L6:
	movl	%ebp, %esi
	leal	1(%rdi), %eax
	leal	-3(%rbp), %edx
	xorl	%r15d, %r15d
	cmpl	$1, %ebp
	je	.L54
	movl	%r12d, 28(%rsp)
	movl	%r13d, %r14d
	movl	%ebx, 32(%rsp)
	movl	%edx, %ebx
.L14:
	leal	1(%rax), %r10d
	cmpl	$2, %esi
	je	.L55
	movl	%ebx, %eax
	leal	-2(%rsi), %r9d
	subl	$4, %esi
	movl	%r15d, 60(%rsp)
	andl	$-2, %eax
	movl	%ebp, 64(%rsp)
	xorl	%edi, %edi
	movl	%r14d, %edx
	subl	%eax, %esi
	movl	%r9d, %r13d
	movl	%edi, %r14d
	movl	%esi, 48(%rsp)
.L12:
	movl	%r13d, %r12d
	leal	1(%r10), %eax
	leal	-3(%r13), %r15d
	xorl	%ecx, %ecx
	cmpl	$1, %r13d
	je	.L56
	movl	%r9d, 40(%rsp)
	movl	%r13d, %r8d
	movl	%edx, %r11d
	movl	%ebx, 36(%rsp)
	movl	%ecx, %ebx
	movl	%r14d, %ecx
.L20:
	leal	1(%rax), %edi
	cmpl	$2, %r12d
	je	.L57
	movl	%r15d, %eax
	leal	-6(%r12), %edx
	leal	-4(%r12), %r13d
	xorl	%ebp, %ebp
	andl	$-2, %eax
	movl	%r8d, %r14d
	subl	%eax, %edx
	movl	%edx, 16(%rsp)
.L18:
	leal	2(%r13), %edx
	leal	1(%rdi), %eax
	cmpl	$-1, %r13d
	je	.L23
	movl	%ecx, 12(%rsp)
	leal	-1(%r13), %r10d
	xorl	%esi, %esi
	movl	%r13d, %r8d
.L22:
	addl	$1, %eax
	cmpl	$2, %edx
	je	.L58
	movl	%r10d, %ecx
	leal	-4(%rdx), %r9d
	movl	%edx, 20(%rsp)
	movl	%r15d, %edx
	andl	$-2, %ecx
	movl	%esi, 24(%rsp)
	movl	%r14d, %r15d
	movl	%r13d, %esi
	subl	%ecx, %r9d
	movl	%ebp, %r14d
	movl	%r8d, %ecx
	movl	%ebx, %r13d
	movl	%r9d, 8(%rsp)
	xorl	%r9d, %r9d
.L25:
	addl	$1, %eax
	movl	%ecx, %ebx
	xorl	%ebp, %ebp
	movl	%eax, calls(%rip)
	cmpl	$1, %ecx
	je	.L59
.L24:
	leal	-1(%rbx), %edi
	movl	%r11d, 92(%rsp)
	subl	$2, %ebx
	movl	%ecx, 88(%rsp)
	movl	%r8d, 84(%rsp)
	movl	%r10d, 80(%rsp)
	movl	%esi, 76(%rsp)
	movl	%edx, 72(%rsp)
	movl	%r9d, 68(%rsp)
	call	fib
	movl	68(%rsp), %r9d
	movl	72(%rsp), %edx
	addl	%eax, %ebp
	movl	calls(%rip), %eax
	movl	76(%rsp), %esi
	movl	80(%rsp), %r10d
	movl	84(%rsp), %r8d
	addl	$1, %eax
	cmpl	$1, %ebx
	movl	88(%rsp), %ecx
	movl	92(%rsp), %r11d
	movl	%eax, calls(%rip)
	jg	.L24
	leal	-2(%rcx), %edi
	andl	$1, %ecx
	leal	(%rcx,%rbp), %ebx
.L27:
	addl	%ebx, %r9d
	addl	$1, %eax
	movl	%edi, %ecx
	cmpl	%edi, 8(%rsp)
	jne	.L25
	movl	%r10d, %ecx
	movl	%r13d, %ebx
	movl	%r14d, %ebp
	movl	%esi, %r13d
	movl	%r15d, %r14d
	andl	$1, %ecx
	movl	%edx, %r15d
	movl	24(%rsp), %esi
	movl	20(%rsp), %edx
	addl	%r9d, %ecx
.L26:
	subl	$2, %edx
	addl	%ecx, %esi
	addl	$1, %eax
	subl	$2, %r8d
	subl	$2, %r10d
	cmpl	$1, %edx
	jg	.L22
	movl	%r13d, %edx
	movl	12(%rsp), %ecx
	andl	$1, %edx
	addl	%esi, %edx
.L23:
	addl	%edx, %ebp
	leal	1(%rax), %edi
	subl	$2, %r13d
	cmpl	%r13d, 16(%rsp)
	jne	.L18
	movl	%r15d, %edx
	subl	$2, %r12d
	movl	%r14d, %r8d
	addl	$2, %eax
	andl	$1, %edx
	subl	$2, %r15d
	addl	%ebp, %edx
	addl	%edx, %ebx
	cmpl	$1, %r12d
	jne	.L20
	movl	%ecx, %r14d
	movl	40(%rsp), %r9d
	movl	%ebx, %ecx
	movl	36(%rsp), %ebx
	movl	%r8d, %r13d
	movl	%r11d, %edx
.L19:
	movl	%r13d, %r12d
	leal	-2(%r13), %edi
	andl	$1, %r12d
	addl	%ecx, %r12d
.L16:
	addl	%r12d, %r14d
	leal	1(%rax), %r10d
	movl	%edi, %r13d
	cmpl	%edi, 48(%rsp)
	jne	.L12
	movl	%r9d, %esi
	movl	%ebx, %r9d
	movl	%r14d, %edi
	movl	60(%rsp), %r15d
	andl	$1, %r9d
	movl	64(%rsp), %ebp
	movl	%edx, %r14d
	addl	$2, %eax
	addl	%r9d, %edi
	subl	$2, %ebx
	addl	%edi, %r15d
	cmpl	$1, %esi
	jne	.L14
	movl	28(%rsp), %r12d
	movl	32(%rsp), %ebx
	movl	%edx, %r13d
	jmp	.L13
	.p2align 4,,10
	.p2align 3
.L58:
	movl	$1, %ecx
	jmp	.L26
	.p2align 4,,10
	.p2align 3
.L59:
	movl	$-1, %edi
	jmp	.L27
.L57:
	movl	%ecx, %r14d
	movl	%ebx, %ecx
	movl	40(%rsp), %r9d
	movl	36(%rsp), %ebx
	movl	%r8d, %r13d
	movl	%r11d, %edx
	addl	$1, %ecx
	addl	$2, %eax
	jmp	.L19
.L56:
	movl	$-1, %edi
	jmp	.L16
.L55:
	movl	28(%rsp), %r12d
	movl	32(%rsp), %ebx
	movl	%r14d, %r13d
	addl	$1, %r15d
	addl	$2, %eax
.L13:
	movl	%ebp, %esi
	leal	-2(%rbp), %edx
	andl	$1, %esi
	addl	%r15d, %esi
.L10:
	addl	%esi, %r12d
	leal	1(%rax), %edi
	movl	%edx, %ebp
	cmpl	%edx, 44(%rsp)
	jne	.L6
	movl	56(%rsp), %r15d
	movl	%r13d, %r14d
	movl	52(%rsp), %r13d
	addl	$2, %eax
	movl	%eax, calls(%rip)
	movl	%ebx, %ecx
	movl	%r15d, %edx
	subl	$2, %r15d
	andl	$1, %edx
	addl	%r12d, %edx
	addl	%edx, %r13d
	cmpl	$1, %ebx
	jne	.L8
	movl	%r13d, %ebp
	movl	%r14d, %ebx
	jmp	.L7
.L53:
	addl	$2, %eax
	movl	%r13d, %ebp
	movl	%r14d, %ebx
	movl	%eax, calls(%rip)
	addl	$1, %ebp
.L7:
	movl	%ebx, %eax
	andl	$1, %eax
	leal	(%rax,%rbp), %ebx
.L47:
	addq	$104, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movl	%ebx, %eax
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
.L54:
	.cfi_restore_state
	movl	$-1, %edx
	jmp	.L10
	.cfi_endproc
.LFE11:
	.size	fib, .-fib
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"fib(%d) = %d\n"
.LC1:
	.string	"calls: %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB12:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	leaq	.LC0(%rip), %r14
	xorl	%edx, %edx
	xorl	%esi, %esi
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	movq	%r14, %rdi
	xorl	%eax, %eax
	movl	$1, %r13d
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	movl	$3, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	addl	$1, calls(%rip)
	call	printf@PLT
	movl	calls(%rip), %eax
	addl	$1, %eax
.L61:
	movl	%eax, calls(%rip)
	movl	%r12d, %ebx
	xorl	%ebp, %ebp
.L65:
	leal	-1(%rbx), %edi
	subl	$2, %ebx
	call	fib
	addl	$1, calls(%rip)
	addl	%eax, %ebp
	cmpl	$1, %ebx
	jg	.L65
	movl	%r13d, %edx
	movl	%r12d, %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	andl	$1, %edx
	addl	$3, %r12d
	addl	$3, %r13d
	addl	%ebp, %edx
	call	printf@PLT
	cmpl	$18, %r12d
	je	.L68
	movl	calls(%rip), %eax
	addl	$1, %eax
	jmp	.L61
	.p2align 4,,10
	.p2align 3
.L68:
	movl	calls(%rip), %esi
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$10, %edi
	call	fib
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	andl	$-2147483393, %eax
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	cmpl	$55, %eax
	popq	%r14
	.cfi_def_cfa_offset 8
	setne	%al
	movzbl	%al, %eax
	ret
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.local	calls
	.comm	calls,4,4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
