	.file	"func.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	""
.LC1:
	.string	"One"
.LC2:
	.string	"Two"
.LC3:
	.string	"Three"
.LC4:
	.string	"Four"
.LC5:
	.string	"Five"
.LC6:
	.string	"Six"
.LC7:
	.string	"Seven"
.LC8:
	.string	"Eight"
.LC9:
	.string	"Nine"
	.text
	.p2align 4
	.globl	by_length
	.type	by_length, @function
by_length:
.LFB0:
	.cfi_startproc
	movq	%rdi, %rax
	movq	%rdx, %r10
	leaq	.LC0(%rip), %rdi
	movslq	%esi, %rcx
	leaq	.LC1(%rip), %rdx
	movq	%rdi, %xmm0
	subq	$16, %rsp
	.cfi_def_cfa_offset 24
	movq	%rdx, %xmm1
	leaq	.LC2(%rip), %rsi
	leaq	.LC3(%rip), %rdx
	movq	$0, -88(%rsp)
	punpcklqdq	%xmm1, %xmm0
	movq	%rdx, %xmm2
	leaq	.LC4(%rip), %rdi
	movaps	%xmm0, -72(%rsp)
	movq	%rsi, %xmm0
	leaq	.LC5(%rip), %rdx
	leaq	.LC6(%rip), %rsi
	punpcklqdq	%xmm2, %xmm0
	movq	%rdx, %xmm3
	leaq	.LC7(%rip), %rdx
	movaps	%xmm0, -56(%rsp)
	movq	%rdi, %xmm0
	movq	%rdx, %xmm4
	leaq	.LC8(%rip), %rdi
	punpcklqdq	%xmm3, %xmm0
	leaq	.LC9(%rip), %rdx
	movaps	%xmm0, -40(%rsp)
	movq	%rsi, %xmm0
	movq	%rdx, %xmm5
	punpcklqdq	%xmm4, %xmm0
	movaps	%xmm0, -24(%rsp)
	movq	%rdi, %xmm0
	punpcklqdq	%xmm5, %xmm0
	movaps	%xmm0, -8(%rsp)
	pxor	%xmm0, %xmm0
	movaps	%xmm0, -120(%rsp)
	movaps	%xmm0, -104(%rsp)
	testl	%ecx, %ecx
	jle	.L2
	leaq	(%rax,%rcx,4), %rsi
	.p2align 4,,10
	.p2align 3
.L4:
	movslq	(%rax), %rdx
	leal	-1(%rdx), %ecx
	cmpl	$8, %ecx
	ja	.L3
	addl	$1, -120(%rsp,%rdx,4)
.L3:
	addq	$4, %rax
	cmpq	%rsi, %rax
	jne	.L4
.L2:
	movl	$9, %esi
	xorl	%r8d, %r8d
	leaq	-120(%rsp), %r11
	.p2align 4,,10
	.p2align 3
.L5:
	movl	(%r11,%rsi,4), %edi
	testl	%edi, %edi
	jle	.L9
	movslq	%r8d, %r9
	movslq	%edi, %rdx
	movq	-72(%rsp,%rsi,8), %rcx
	addq	%r9, %rdx
	leaq	(%r10,%r9,8), %rax
	leaq	(%r10,%rdx,8), %rdx
	.p2align 4,,10
	.p2align 3
.L6:
	movq	%rcx, (%rax)
	addq	$8, %rax
	cmpq	%rdx, %rax
	jne	.L6
	addl	%edi, %r8d
.L9:
	subq	$1, %rsi
	jne	.L5
	movl	%r8d, %eax
	addq	$16, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE0:
	.size	by_length, .-by_length
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
