	.file	"func.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC3:
	.string	"m"
.LC4:
	.string	"cm"
.LC5:
	.string	"d"
.LC6:
	.string	"cd"
.LC7:
	.string	"c"
.LC8:
	.string	"xc"
.LC9:
	.string	"l"
.LC10:
	.string	"xl"
.LC11:
	.string	"x"
.LC12:
	.string	"ix"
.LC13:
	.string	"v"
.LC14:
	.string	"iv"
.LC15:
	.string	"i"
	.text
	.p2align 4
	.globl	int_to_mini_roman
	.type	int_to_mini_roman, @function
int_to_mini_roman:
.LFB0:
	.cfi_startproc
	subq	$64, %rsp
	.cfi_def_cfa_offset 72
	leaq	.LC4(%rip), %rax
	movq	%rsi, %rcx
	xorl	%r10d, %r10d
	movdqa	.LC0(%rip), %xmm0
	leaq	.LC3(%rip), %rsi
	movq	%rax, %xmm1
	leaq	.LC6(%rip), %rax
	movq	%rax, %xmm2
	leaq	.LC8(%rip), %rax
	leaq	-120(%rsp), %r11
	movl	$1, -72(%rsp)
	movaps	%xmm0, -120(%rsp)
	movdqa	.LC1(%rip), %xmm0
	movq	%rax, %xmm3
	leaq	.LC10(%rip), %rax
	movq	%rax, %xmm4
	leaq	.LC12(%rip), %rax
	movaps	%xmm0, -104(%rsp)
	movdqa	.LC2(%rip), %xmm0
	movq	%rax, %xmm5
	leaq	.LC14(%rip), %rax
	movq	%rax, %xmm6
	leaq	.LC15(%rip), %rax
	movaps	%xmm0, -88(%rsp)
	movq	%rsi, %xmm0
	leaq	.LC5(%rip), %rsi
	punpcklqdq	%xmm1, %xmm0
	movq	%rax, 40(%rsp)
	movaps	%xmm0, -56(%rsp)
	movq	%rsi, %xmm0
	leaq	.LC7(%rip), %rsi
	punpcklqdq	%xmm2, %xmm0
	movaps	%xmm0, -40(%rsp)
	movq	%rsi, %xmm0
	leaq	.LC9(%rip), %rsi
	punpcklqdq	%xmm3, %xmm0
	movaps	%xmm0, -24(%rsp)
	movq	%rsi, %xmm0
	leaq	.LC11(%rip), %rsi
	punpcklqdq	%xmm4, %xmm0
	movaps	%xmm0, -8(%rsp)
	movq	%rsi, %xmm0
	leaq	.LC13(%rip), %rsi
	punpcklqdq	%xmm5, %xmm0
	movaps	%xmm0, 8(%rsp)
	movq	%rsi, %xmm0
	punpcklqdq	%xmm6, %xmm0
	movaps	%xmm0, 24(%rsp)
	.p2align 4,,10
	.p2align 3
.L2:
	movl	(%r11,%r10,4), %esi
	cmpl	%edi, %esi
	jg	.L6
	movq	-56(%rsp,%r10,8), %r9
	movzbl	(%r9), %r8d
	testb	%r8b, %r8b
	je	.L3
	.p2align 4,,10
	.p2align 3
.L5:
	movq	%r9, %rdx
	movl	%r8d, %eax
	.p2align 4,,10
	.p2align 3
.L4:
	addq	$1, %rdx
	movb	%al, (%rcx)
	addq	$1, %rcx
	movzbl	(%rdx), %eax
	testb	%al, %al
	jne	.L4
	subl	%esi, %edi
	cmpl	%edi, %esi
	jle	.L5
.L6:
	addq	$1, %r10
	cmpq	$13, %r10
	jne	.L2
	movb	$0, (%rcx)
	addq	$64, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	.cfi_restore_state
	subl	%esi, %edi
	cmpl	%esi, %edi
	jl	.L6
	subl	%esi, %edi
	cmpl	%esi, %edi
	jge	.L3
	jmp	.L6
	.cfi_endproc
.LFE0:
	.size	int_to_mini_roman, .-int_to_mini_roman
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	1000
	.long	900
	.long	500
	.long	400
	.align 16
.LC1:
	.long	100
	.long	90
	.long	50
	.long	40
	.align 16
.LC2:
	.long	10
	.long	9
	.long	5
	.long	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
