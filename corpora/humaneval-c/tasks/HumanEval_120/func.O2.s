	.file	"func.c"
	.text
	.p2align 4
	.globl	maximum
	.type	maximum, @function
maximum:
.LFB0:
	.cfi_startproc
	xorl	%r11d, %r11d
	testl	%edx, %edx
	jle	.L23
	cmpl	%esi, %edx
	cmovg	%esi, %edx
	movl	%edx, %r11d
	testl	%esi, %esi
	jle	.L23
	movslq	%esi, %rsi
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rcx, %r8
	xorl	%edx, %edx
	leaq	(%rdi,%rsi,4), %rbx
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L4:
	cmpl	%esi, (%r8)
	jl	.L27
.L9:
	addq	$4, %rdi
	cmpq	%rbx, %rdi
	je	.L28
.L15:
	movl	(%rdi), %esi
	cmpl	%edx, %r11d
	jle	.L4
	movslq	%edx, %rax
	leal	1(%rdx), %r9d
	salq	$2, %rax
	testl	%edx, %edx
	jg	.L7
	jmp	.L6
	.p2align 4,,10
	.p2align 3
.L8:
	movl	%ecx, (%r8,%rax)
	subq	$4, %rax
	subl	$1, %edx
	je	.L29
.L7:
	movl	-4(%r8,%rax), %ecx
	cmpl	%esi, %ecx
	jg	.L8
.L6:
	movl	%esi, (%r8,%rax)
	movl	%r9d, %edx
.L31:
	addq	$4, %rdi
	cmpq	%rbx, %rdi
	jne	.L15
.L28:
	movl	%r11d, %eax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L27:
	.cfi_restore_state
	movq	%r8, %rax
	movl	$1, %r10d
	movq	%r8, %r9
	cmpl	$1, %r11d
	jne	.L13
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L14:
	movl	%ecx, (%rax)
	leal	1(%r10), %ecx
	leaq	4(%r9), %rax
	cmpl	%ecx, %r11d
	je	.L30
	movslq	%ecx, %r10
.L13:
	movl	4(%rax), %ecx
	movq	%rax, %r9
	cmpl	%esi, %ecx
	jl	.L14
.L12:
	movl	%esi, (%r9)
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L29:
	xorl	%eax, %eax
	movl	%r9d, %edx
	movl	%esi, (%r8,%rax)
	jmp	.L31
	.p2align 4,,10
	.p2align 3
.L30:
	leaq	(%r8,%r10,4), %r9
	movl	%esi, (%r9)
	jmp	.L9
	.p2align 4,,10
	.p2align 3
.L23:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	movl	%r11d, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	maximum, .-maximum
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
