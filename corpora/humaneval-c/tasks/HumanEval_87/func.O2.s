	.file	"func.c"
	.text
	.p2align 4
	.globl	get_row
	.type	get_row, @function
get_row:
.LFB0:
	.cfi_startproc
	testl	%edx, %edx
	jle	.L7
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rdi, %r10
	movq	%rsi, %r11
	movl	%ecx, %edi
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movslq	%edx, %rbp
	xorl	%r9d, %r9d
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L6:
	movl	(%r11,%r9,4), %eax
	movl	%r9d, %ebx
	subl	$1, %eax
	js	.L3
	movq	(%r10,%r9,8), %rcx
	cltq
	.p2align 4,,10
	.p2align 3
.L5:
	cmpl	%edi, (%rcx,%rax,4)
	jne	.L4
	leal	(%rsi,%rsi), %edx
	addl	$1, %esi
	movslq	%edx, %rdx
	movl	%ebx, (%r8,%rdx,4)
	movl	%eax, 4(%r8,%rdx,4)
.L4:
	subq	$1, %rax
	testl	%eax, %eax
	jns	.L5
.L3:
	addq	$1, %r9
	cmpq	%rbp, %r9
	jne	.L6
	movl	%esi, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
.L7:
	.cfi_restore 3
	.cfi_restore 6
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	get_row, .-get_row
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
