	.file	"30_bitfields.c"
	.text
	.p2align 4
	.globl	bump
	.type	bump, @function
bump:
.LFB11:
	.cfi_startproc
	movzwl	(%rdi), %edx
	movzbl	(%rdi), %eax
	sall	$7, %edx
	shrb	%al
	shrw	$11, %dx
	addl	$3, %eax
	addl	$31, %edx
	andl	$7, %eax
	andl	$31, %edx
	addl	%eax, %eax
	sall	$4, %edx
	orl	%edx, %eax
	movl	(%rdi), %edx
	movl	%edx, %esi
	andl	$-2097151, %edx
	shrl	$9, %esi
	addl	$1, %esi
	andl	$4095, %esi
	sall	$9, %esi
	orl	%esi, %eax
	orl	%edx, %eax
	andl	$-4194304, %edx
	movl	%eax, %esi
	addl	$419430400, %edx
	andl	$4194302, %eax
	notl	%esi
	andl	$1, %esi
	orl	%esi, %edx
	orl	%edx, %eax
	movl	%eax, (%rdi)
	ret
	.cfi_endproc
.LFE11:
	.size	bump, .-bump
	.p2align 4
	.globl	encode
	.type	encode, @function
encode:
.LFB12:
	.cfi_startproc
	movq	%rdi, %rdx
	movl	%edi, %eax
	movl	%edi, %ecx
	movl	$3518437209, %esi
	shrq	$4, %rdx
	andl	$15, %eax
	shrl	$10, %ecx
	andl	$63, %edx
	imull	$1000000, %eax, %eax
	salq	$20, %rdi
	imull	$10000, %edx, %edx
	shrq	$52, %rdi
	addl	%edx, %eax
	movl	%ecx, %edx
	imulq	%rsi, %rdx
	shrq	$45, %rdx
	imull	$10000, %edx, %edx
	subl	%edx, %ecx
	addl	%ecx, %eax
	xorl	%edi, %eax
	ret
	.cfi_endproc
.LFE12:
	.size	encode, .-encode
	.p2align 4
	.globl	blend
	.type	blend, @function
blend:
.LFB13:
	.cfi_startproc
	movl	%edi, %eax
	movl	%esi, %ecx
	shrw	$5, %si
	movl	%edi, %edx
	shrw	$5, %ax
	andl	$63, %esi
	movl	%ecx, %edi
	shrw	$11, %cx
	andl	$63, %eax
	andl	$31, %edi
	movzbl	%cl, %ecx
	addl	%esi, %eax
	movl	%edx, %esi
	shrw	$11, %dx
	andl	$31, %esi
	movzbl	%dl, %edx
	sarl	%eax
	addl	%edi, %esi
	addl	%ecx, %edx
	sall	$5, %eax
	sarl	%esi
	sarl	%edx
	orl	%esi, %eax
	sall	$11, %edx
	orl	%edx, %eax
	ret
	.cfi_endproc
.LFE13:
	.size	blend, .-blend
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"ready=%u mode=%u level=%d count=%u urgent=%d tail=%u\n"
	.align 8
.LC2:
	.string	"sizeof flags=%zu packet=%zu rgb565=%zu\n"
	.align 8
.LC3:
	.string	"packet: v=%u t=%u len=%u off=%lld ck=%x enc=%u\n"
	.align 8
.LC4:
	.string	"after rmw: t=%u len=%u off=%lld ck=%x\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC5:
	.string	"raw low 32 bits set: %d\n"
	.section	.rodata.str1.8
	.align 8
.LC6:
	.string	"blend r=%u g=%u b=%u bits=%04x\n"
	.section	.rodata.str1.1
.LC7:
	.string	"level_sum=%d\n"
	.section	.rodata
	.align 2
.LC0:
	.byte	255
	.byte	255
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	xorl	%edi, %edi
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$88, %rsp
	.cfi_def_cfa_offset 128
	movw	%di, 12(%rsp)
	movb	$0, 14(%rsp)
	movl	12(%rsp), %eax
	andl	$2097167, %eax
	orl	$-517999568, %eax
	movl	%eax, 12(%rsp)
	movl	vseed(%rip), %eax
	testl	%eax, %eax
	jle	.L6
	xorl	%r13d, %r13d
	leaq	12(%rsp), %rbp
	leaq	.LC1(%rip), %rbx
	.p2align 4,,10
	.p2align 3
.L7:
	movq	%rbp, %rdi
	addl	$1, %r13d
	call	bump
	movzbl	12(%rsp), %esi
	movl	12(%rsp), %r8d
	subq	$8, %rsp
	.cfi_def_cfa_offset 136
	movzbl	22(%rsp), %r9d
	movzwl	20(%rsp), %ecx
	movq	%rbx, %rdi
	movzwl	22(%rsp), %eax
	movl	%esi, %edx
	shrl	$9, %r8d
	andl	$1, %esi
	sall	$7, %ecx
	shrb	$5, %r9b
	movl	%r8d, %r12d
	andl	$4095, %r8d
	shrw	$6, %ax
	shrb	%dl
	andl	$1, %r9d
	andw	$4095, %r12w
	movzwl	%ax, %eax
	sarw	$11, %cx
	andl	$7, %edx
	andl	$1, %r12d
	pushq	%rax
	.cfi_def_cfa_offset 144
	movsbl	%cl, %ecx
	xorl	%eax, %eax
	sall	$5, %r12d
	call	printf@PLT
	movzbl	30(%rsp), %eax
	andl	$-33, %eax
	orl	%r12d, %eax
	movb	%al, 30(%rsp)
	movl	vseed(%rip), %eax
	popq	%rcx
	.cfi_def_cfa_offset 136
	popq	%rsi
	.cfi_def_cfa_offset 128
	cmpl	%r13d, %eax
	jg	.L7
.L6:
	movl	$2, %ecx
	movl	$8, %edx
	movl	$4, %esi
	xorl	%eax, %eax
	leaq	.LC2(%rip), %rdi
	call	printf@PLT
	movl	$2748, %r9d
	movabsq	$-6067637184160857099, %rdi
	movq	$-300000, %r8
	call	encode
	subq	$8, %rsp
	.cfi_def_cfa_offset 136
	movl	$4000000, %ecx
	movl	$63, %edx
	pushq	%rax
	.cfi_def_cfa_offset 144
	movl	$5, %esi
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$524286, %ecx
	xorl	%esi, %esi
	xorl	%eax, %eax
	movl	$3805697, %edx
	movl	$2748, %r8d
	leaq	.LC4(%rip), %rdi
	call	printf@PLT
	movl	$9, %esi
	leaq	.LC5(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	vseed(%rip), %esi
	movzwl	.LC0(%rip), %edi
	sall	$11, %esi
	orw	$320, %si
	call	blend
	leaq	.LC6(%rip), %rdi
	movl	%eax, %edx
	movl	%eax, %esi
	movl	%eax, %ecx
	movzwl	%ax, %r8d
	shrw	$5, %dx
	shrw	$11, %si
	andl	$31, %ecx
	xorl	%eax, %eax
	andl	$63, %edx
	movzbl	%sil, %esi
	call	printf@PLT
	pxor	%xmm0, %xmm0
	xorl	%esi, %esi
	movaps	%xmm0, 32(%rsp)
	movaps	%xmm0, 48(%rsp)
	movaps	%xmm0, 64(%rsp)
	movaps	%xmm0, 80(%rsp)
	popq	%rax
	.cfi_def_cfa_offset 136
	popq	%rdx
	.cfi_def_cfa_offset 128
	xorl	%edx, %edx
	leaq	16(%rsp), %r8
	.p2align 4,,10
	.p2align 3
.L8:
	movslq	%edx, %rax
	leal	(%rdx,%rdx), %ecx
	leaq	(%r8,%rax,4), %rdi
	leal	24(%rdx), %eax
	andl	$14, %ecx
	addl	$1, %edx
	andl	$31, %eax
	sall	$4, %eax
	orl	%ecx, %eax
	movl	%esi, %ecx
	addw	$300, %si
	andl	$4095, %ecx
	sall	$9, %ecx
	orl	%ecx, %eax
	movl	(%rdi), %ecx
	andl	$-2097151, %ecx
	orl	%ecx, %eax
	movl	%eax, (%rdi)
	cmpl	$16, %edx
	jne	.L8
	xorl	%ecx, %ecx
	xorl	%edi, %edi
	.p2align 4,,10
	.p2align 3
.L9:
	movslq	%ecx, %rsi
	addl	$1, %ecx
	movzwl	16(%rsp,%rsi,4), %eax
	movzbl	16(%rsp,%rsi,4), %edx
	sall	$7, %eax
	shrb	%dl
	sarw	$11, %ax
	andl	$7, %edx
	movsbl	%al, %eax
	imull	%edx, %eax
	movl	16(%rsp,%rsi,4), %edx
	shrl	$9, %edx
	andl	$4095, %edx
	addl	%edx, %eax
	addl	%eax, %edi
	cmpl	$16, %ecx
	jne	.L9
	movl	%edi, %esi
	xorl	%eax, %eax
	leaq	.LC7(%rip), %rdi
	call	printf@PLT
	addq	$88, %rsp
	.cfi_def_cfa_offset 40
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.globl	vseed
	.data
	.align 4
	.type	vseed, @object
	.size	vseed, 4
vseed:
	.long	9
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
