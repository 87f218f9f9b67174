	.file	"func.c"
	.text
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
	.string	"six"
.LC7:
	.string	"seven"
.LC8:
	.string	"eight"
.LC9:
	.string	"nine"
	.text
	.p2align 4
	.globl	sort_numbers
	.type	sort_numbers, @function
sort_numbers:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	leaq	.LC1(%rip), %rax
	movq	%rdi, %rcx
	movq	%rsi, %rdi
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	leaq	.LC0(%rip), %rbx
	movq	%rax, %xmm1
	leaq	.LC3(%rip), %rax
	movq	%rbx, %xmm0
	leaq	.LC2(%rip), %rbx
	movq	%rax, %xmm2
	punpcklqdq	%xmm1, %xmm0
	leaq	.LC5(%rip), %rax
	subq	$16, %rsp
	.cfi_def_cfa_offset 40
	movq	%rax, %xmm3
	leaq	.LC7(%rip), %rax
	movaps	%xmm0, -72(%rsp)
	movq	%rbx, %xmm0
	leaq	.LC4(%rip), %rbx
	movq	%rax, %xmm4
	punpcklqdq	%xmm2, %xmm0
	leaq	.LC9(%rip), %rax
	movq	$0, -88(%rsp)
	movaps	%xmm0, -56(%rsp)
	movq	%rbx, %xmm0
	movq	%rax, %xmm5
	leaq	.LC6(%rip), %rbx
	punpcklqdq	%xmm3, %xmm0
	movaps	%xmm0, -40(%rsp)
	movq	%rbx, %xmm0
	leaq	.LC8(%rip), %rbx
	punpcklqdq	%xmm4, %xmm0
	movaps	%xmm0, -24(%rsp)
	movq	%rbx, %xmm0
	punpcklqdq	%xmm5, %xmm0
	movaps	%xmm0, -8(%rsp)
	pxor	%xmm0, %xmm0
	movaps	%xmm0, -120(%rsp)
	movaps	%xmm0, -104(%rsp)
.L43:
	movzbl	(%rcx), %eax
	testb	%al, %al
	je	.L2
.L47:
	cmpb	$32, %al
	je	.L3
	movq	%rcx, %r10
	xorl	%r11d, %r11d
	testb	$-33, (%rcx)
	je	.L5
	.p2align 4,,10
	.p2align 3
.L4:
	addq	$1, %r10
	testb	$-33, (%r10)
	jne	.L4
	movl	%r10d, %r11d
	subl	%ecx, %r11d
.L5:
	xorl	%r9d, %r9d
	leaq	-72(%rsp), %rbx
	movslq	%r11d, %r8
	.p2align 4,,10
	.p2align 3
.L12:
	movq	(%rbx,%r9,8), %rdx
	testl	%r11d, %r11d
	jle	.L24
	xorl	%eax, %eax
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L9:
	addq	$1, %rax
	cmpq	%r8, %rax
	je	.L45
.L8:
	movzbl	(%rcx,%rax), %ebp
	movl	%eax, %esi
	cmpb	%bpl, (%rdx,%rax)
	je	.L9
.L7:
	cmpl	%eax, %r11d
	je	.L46
.L10:
	addq	$1, %r9
	cmpq	$10, %r9
	jne	.L12
	movq	%r10, %rcx
.L48:
	movzbl	(%rcx), %eax
	testb	%al, %al
	jne	.L47
.L2:
	xorl	%ebx, %ebx
	xorl	%eax, %eax
	leaq	-120(%rsp), %rbp
	.p2align 4,,10
	.p2align 3
.L14:
	movl	0(%rbp,%rbx,4), %r10d
	testl	%r10d, %r10d
	jle	.L21
	movq	-72(%rsp,%rbx,8), %r11
	xorl	%r8d, %r8d
	movzbl	(%r11), %r9d
	.p2align 4,,10
	.p2align 3
.L18:
	testl	%eax, %eax
	je	.L15
	movslq	%eax, %rdx
	addl	$1, %eax
	movb	$32, (%rdi,%rdx)
.L15:
	testb	%r9b, %r9b
	je	.L16
	leal	1(%rax), %edx
	movq	%r11, %rsi
	cltq
	movl	%r9d, %ecx
	movslq	%edx, %rdx
	subq	%rax, %rsi
	.p2align 4,,10
	.p2align 3
.L17:
	movb	%cl, -1(%rdi,%rdx)
	movq	%rdx, %rax
	addq	$1, %rdx
	movzbl	-1(%rsi,%rdx), %ecx
	testb	%cl, %cl
	jne	.L17
.L16:
	addl	$1, %r8d
	cmpl	%r10d, %r8d
	jne	.L18
.L21:
	addq	$1, %rbx
	cmpq	$10, %rbx
	jne	.L14
	movslq	%eax, %rdx
	movb	$0, (%rdi,%rdx)
	addq	$16, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L45:
	.cfi_restore_state
	leal	1(%rsi), %eax
	cmpl	%eax, %r11d
	jne	.L10
.L46:
	cmpb	$0, (%rdx,%r8)
	jne	.L10
	movslq	%r9d, %r9
	movq	%r10, %rcx
	addl	$1, -120(%rsp,%r9,4)
	jmp	.L48
.L3:
	addq	$1, %rcx
	jmp	.L43
.L24:
	xorl	%eax, %eax
	jmp	.L7
	.cfi_endproc
.LFE1:
	.size	sort_numbers, .-sort_numbers
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
