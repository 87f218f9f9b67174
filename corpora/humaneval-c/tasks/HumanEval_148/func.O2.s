	.file	"func.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"Mercury"
.LC1:
	.string	"Venus"
.LC2:
	.string	"Earth"
.LC3:
	.string	"Mars"
.LC4:
	.string	"Jupiter"
.LC5:
	.string	"Saturn"
.LC6:
	.string	"Uranus"
.LC7:
	.string	"Neptune"
	.text
	.p2align 4
	.globl	bf
	.type	bf, @function
bf:
.LFB1:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	leaq	.LC1(%rip), %rax
	movq	%rdi, %r8
	xorl	%r9d, %r9d
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%rax, %xmm1
	movq	%rsi, %rdi
	movl	$77, %ecx
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	leaq	.LC3(%rip), %rax
	movl	$-1, %r13d
	movl	$-1, %r11d
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rax, %xmm2
	leaq	.LC5(%rip), %rax
	movq	%rdx, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movq	%rax, %xmm3
	leaq	.LC7(%rip), %rax
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	leaq	.LC0(%rip), %rbx
	movq	%rax, %xmm4
	movq	%rbx, %xmm0
	leaq	.LC2(%rip), %rbx
	punpcklqdq	%xmm1, %xmm0
	subq	$72, %rsp
	.cfi_def_cfa_offset 128
	movzbl	(%r8), %ebp
	movaps	%xmm0, (%rsp)
	movq	%rbx, %xmm0
	leaq	.LC4(%rip), %rbx
	movq	%rsp, %r14
	punpcklqdq	%xmm2, %xmm0
	movq	%r14, %r10
	movaps	%xmm0, 16(%rsp)
	movq	%rbx, %xmm0
	leaq	.LC6(%rip), %rbx
	punpcklqdq	%xmm3, %xmm0
	movaps	%xmm0, 32(%rsp)
	movq	%rbx, %xmm0
	movzbl	(%rsi), %ebx
	punpcklqdq	%xmm4, %xmm0
	movaps	%xmm0, 48(%rsp)
	.p2align 4,,10
	.p2align 3
.L11:
	movq	(%r10), %rsi
	movl	%ecx, %r15d
	movl	%ebp, %edx
	movl	$1, %eax
	testb	%bpl, %bpl
	jne	.L2
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L4:
	movzbl	(%r8,%rax), %edx
	addq	$1, %rax
	movzbl	-1(%rsi,%rax), %r15d
	testb	%dl, %dl
	je	.L3
.L2:
	cmpb	%dl, %r15b
	je	.L4
.L5:
	movl	%ebx, %edx
	movl	$1, %eax
	testb	%bl, %bl
	jne	.L6
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L8:
	movzbl	(%rdi,%rax), %edx
	addq	$1, %rax
	movzbl	-1(%rsi,%rax), %ecx
	testb	%dl, %dl
	je	.L7
.L6:
	cmpb	%dl, %cl
	je	.L8
	addl	$1, %r9d
	addq	$8, %r10
	cmpl	$8, %r9d
	je	.L10
.L27:
	movq	(%r10), %rax
	movzbl	(%rax), %ecx
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L7:
	testb	%cl, %cl
	cmove	%r9d, %r13d
	addl	$1, %r9d
	addq	$8, %r10
	cmpl	$8, %r9d
	jne	.L27
.L10:
	movl	%r11d, %eax
	orl	%r13d, %eax
	js	.L16
	cmpl	%r13d, %r11d
	je	.L16
	movl	%r13d, %ebp
	cmovge	%r11d, %r13d
	cmovle	%r11d, %ebp
	leal	1(%rbp), %eax
	cmpl	%eax, %r13d
	jle	.L16
	leal	-2(%r13), %edx
	cltq
	movq	%r12, %rdi
	subl	%ebp, %edx
	leaq	(%r14,%rax,8), %rsi
	leaq	8(,%rdx,8), %rdx
	call	memcpy@PLT
	addq	$72, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	leal	-1(%r13), %eax
	popq	%rbx
	.cfi_def_cfa_offset 48
	subl	%ebp, %eax
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
.L3:
	.cfi_restore_state
	testb	%r15b, %r15b
	cmove	%r9d, %r11d
	jmp	.L5
.L16:
	addq	$72, %rsp
	.cfi_def_cfa_offset 56
	xorl	%eax, %eax
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
	.cfi_endproc
.LFE1:
	.size	bf, .-bf
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
