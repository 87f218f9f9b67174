	.file	"32_memops.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%-14s ["
.LC1:
	.string	"]"
	.text
	.p2align 4
	.type	show.constprop.0, @function
show.constprop.0:
.LFB17:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	xorl	%eax, %eax
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movl	$95, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rsi, %rbx
	movq	%rdi, %rsi
	leaq	.LC0(%rip), %rdi
	leaq	39(%rbx), %r12
	call	printf@PLT
	.p2align 4,,10
	.p2align 3
.L3:
	movsbl	(%rbx), %edi
	movq	stdout(%rip), %rsi
	testb	%dil, %dil
	cmove	%ebp, %edi
	addq	$1, %rbx
	call	putc@PLT
	cmpq	%r12, %rbx
	jne	.L3
	popq	%rbx
	.cfi_def_cfa_offset 24
	leaq	.LC1(%rip), %rdi
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	jmp	puts@PLT
	.cfi_endproc
.LFE17:
	.size	show.constprop.0, .-show.constprop.0
	.p2align 4
	.globl	shift_right
	.type	shift_right, @function
shift_right:
.LFB13:
	.cfi_startproc
	movq	%rdi, %rax
	subq	%rdx, %rsi
	leaq	(%rdi,%rdx), %rdi
	movq	%rsi, %rdx
	movq	%rax, %rsi
	jmp	memmove@PLT
	.cfi_endproc
.LFE13:
	.size	shift_right, .-shift_right
	.p2align 4
	.globl	shift_left
	.type	shift_left, @function
shift_left:
.LFB14:
	.cfi_startproc
	movq	%rsi, %rax
	leaq	(%rdi,%rdx), %rsi
	subq	%rdx, %rax
	movq	%rax, %rdx
	jmp	memmove@PLT
	.cfi_endproc
.LFE14:
	.size	shift_left, .-shift_left
	.p2align 4
	.globl	hand_memmove
	.type	hand_memmove, @function
hand_memmove:
.LFB15:
	.cfi_startproc
	cmpq	%rsi, %rdi
	jb	.L10
	testq	%rdx, %rdx
	je	.L20
	.p2align 4,,10
	.p2align 3
.L11:
	subq	$1, %rdx
	movzbl	(%rsi,%rdx), %eax
	movb	%al, (%rdi,%rdx)
	jne	.L11
.L9:
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	testq	%rdx, %rdx
	je	.L9
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L13:
	movzbl	(%rsi,%rax), %ecx
	movb	%cl, (%rdi,%rax)
	addq	$1, %rax
	cmpq	%rax, %rdx
	jne	.L13
	ret
	.p2align 4,,10
	.p2align 3
.L20:
	ret
	.cfi_endproc
.LFE15:
	.size	hand_memmove, .-hand_memmove
	.section	.rodata.str1.1
.LC3:
	.string	"start"
.LC4:
	.string	"move right 3"
.LC5:
	.string	"move left 6"
.LC6:
	.string	"self move"
.LC7:
	.string	"memset tail"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC13:
	.string	"hand vs libc forward overlap equal: %d\n"
	.align 8
.LC14:
	.string	"hand vs libc backward overlap equal: %d\n"
	.section	.rodata.str1.1
.LC15:
	.string	"memcmp: %d %d %d %d\n"
	.section	.rodata.str1.8
	.align 8
.LC16:
	.string	"memcmp len0: %d, high byte unsigned: %d\n"
	.section	.rodata.str1.1
.LC18:
	.string	"%d"
.LC19:
	.string	"missing"
.LC20:
	.string	"memchr n at %ld, z %s\n"
.LC24:
	.string	"%ld "
.LC25:
	.string	"big checksum=%08x\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB16:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	leaq	.LC3(%rip), %rdi
	movabsq	$18931672434702455, %rax
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
	subq	$568, %rsp
	.cfi_def_cfa_offset 624
	movdqa	.LC26(%rip), %xmm0
	movslq	vshift(%rip), %rbp
	leaq	16(%rsp), %rbx
	movq	%rax, 48(%rsp)
	movaps	%xmm0, 16(%rsp)
	movdqa	.LC27(%rip), %xmm0
	movq	%rbx, %rsi
	movaps	%xmm0, 32(%rsp)
	call	show.constprop.0
	movq	%rbp, %rdx
	movq	%rbx, %rdi
	movl	$39, %esi
	call	shift_right
	movq	%rbx, %rsi
	leaq	.LC4(%rip), %rdi
	call	show.constprop.0
	leaq	(%rbp,%rbp), %rdx
	movq	%rbx, %rdi
	movl	$39, %esi
	call	shift_left
	movq	%rbx, %rsi
	leaq	64(%rsp), %rbp
	leaq	.LC5(%rip), %rdi
	call	show.constprop.0
	movq	%rbx, %rsi
	leaq	.LC6(%rip), %rdi
	call	show.constprop.0
	movq	%rbx, %rsi
	movb	$0, 54(%rsp)
	leaq	.LC7(%rip), %rdi
	movq	$0, 46(%rsp)
	leaq	128(%rsp), %rbx
	call	show.constprop.0
	movdqa	.LC2(%rip), %xmm2
	xorl	%eax, %eax
	movdqa	.LC8(%rip), %xmm7
	movdqa	.LC9(%rip), %xmm6
	movdqa	.LC10(%rip), %xmm5
	movdqa	.LC11(%rip), %xmm4
	movdqa	.LC12(%rip), %xmm3
.L22:
	movdqa	%xmm2, %xmm8
	paddd	%xmm7, %xmm2
	movdqa	%xmm8, %xmm9
	movdqa	%xmm8, %xmm0
	movdqa	%xmm8, %xmm1
	paddd	%xmm6, %xmm9
	punpcklwd	%xmm9, %xmm0
	punpckhwd	%xmm9, %xmm1
	movdqa	%xmm0, %xmm9
	punpcklwd	%xmm1, %xmm0
	punpckhwd	%xmm1, %xmm9
	movdqa	%xmm8, %xmm1
	paddd	%xmm4, %xmm8
	paddd	%xmm5, %xmm1
	punpcklwd	%xmm9, %xmm0
	movdqa	%xmm1, %xmm9
	punpcklwd	%xmm8, %xmm1
	pand	%xmm3, %xmm0
	punpckhwd	%xmm8, %xmm9
	movdqa	%xmm1, %xmm8
	punpckhwd	%xmm9, %xmm8
	punpcklwd	%xmm9, %xmm1
	punpcklwd	%xmm8, %xmm1
	pand	%xmm3, %xmm1
	packuswb	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	paddb	%xmm0, %xmm1
	paddb	%xmm1, %xmm1
	paddb	%xmm1, %xmm1
	psubb	%xmm0, %xmm1
	movaps	%xmm1, (%rbx,%rax)
	movaps	%xmm1, 0(%rbp,%rax)
	addq	$16, %rax
	cmpq	$64, %rax
	jne	.L22
	leaq	69(%rsp), %rdi
	movl	$50, %edx
	movq	%rbp, %rsi
	call	hand_memmove
	movl	$50, %edx
	leaq	133(%rsp), %rdi
	movq	%rbx, %rsi
	call	memmove@PLT
	movq	72(%rsp), %rax
	movq	64(%rsp), %rdx
	xorq	136(%rsp), %rax
	xorq	128(%rsp), %rdx
	orq	%rdx, %rax
	jne	.L23
	movq	88(%rsp), %rax
	movq	80(%rsp), %rdx
	xorq	152(%rsp), %rax
	xorq	144(%rsp), %rdx
	orq	%rdx, %rax
	je	.L37
.L23:
	movl	$1, %esi
.L24:
	xorl	$1, %esi
	leaq	.LC13(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	leaq	73(%rsp), %rsi
	movl	$40, %edx
	movq	%rbp, %rdi
	call	hand_memmove
	movl	$40, %edx
	leaq	137(%rsp), %rsi
	movq	%rbx, %rdi
	call	memmove@PLT
	movq	72(%rsp), %rax
	movq	64(%rsp), %rdx
	xorq	136(%rsp), %rax
	xorq	128(%rsp), %rdx
	orq	%rdx, %rax
	jne	.L25
	movq	88(%rsp), %rax
	movq	80(%rsp), %rdx
	xorq	152(%rsp), %rax
	xorq	144(%rsp), %rdx
	orq	%rdx, %rax
	je	.L38
.L25:
	movl	$1, %esi
.L26:
	leaq	11(%rsp), %r13
	leaq	6(%rsp), %r12
	xorl	$1, %esi
	xorl	%eax, %eax
	leaq	.LC14(%rip), %rdi
	call	printf@PLT
	movq	%r13, %rsi
	movq	%r12, %rdi
	movl	$3, %edx
	movl	$-939326975, 6(%rsp)
	movb	$5, 10(%rsp)
	movl	$1677918721, 11(%rsp)
	movb	$5, 15(%rsp)
	call	memcmp@PLT
	movq	%r12, %rsi
	movq	%r13, %rdi
	movl	$5, %edx
	movl	%eax, %ebp
	call	memcmp@PLT
	movq	%r13, %rsi
	movq	%r12, %rdi
	movl	$5, %edx
	movl	%eax, %ebx
	leaq	264(%rsp), %r13
	leaq	.LC18(%rip), %r12
	call	memcmp@PLT
	xorl	%ecx, %ecx
	testl	%ebp, %ebp
	movl	$-1, %r8d
	setg	%cl
	shrl	$31, %ebp
	xorl	%edx, %edx
	leaq	.LC15(%rip), %rdi
	subl	%ebp, %ecx
	testl	%ebx, %ebx
	leaq	192(%rsp), %rbp
	setg	%dl
	shrl	$31, %ebx
	xorl	%esi, %esi
	movq	%rbp, %r15
	subl	%ebx, %edx
	testl	%eax, %eax
	leaq	256(%rsp), %rbx
	setg	%sil
	shrl	$31, %eax
	movq	%rbx, %r14
	subl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$1, %edx
	xorl	%esi, %esi
	xorl	%eax, %eax
	leaq	.LC16(%rip), %rdi
	call	printf@PLT
	movdqa	.LC17(%rip), %xmm0
	.p2align 4,,10
	.p2align 3
.L27:
	movaps	%xmm0, (%rbx)
	movq	%r14, %rsi
	movq	%r15, %rdi
	movl	$24, %edx
	movaps	%xmm0, 16(%rbx)
	movb	$106, 20(%r14)
	movaps	%xmm0, 0(%rbp)
	movaps	%xmm0, 16(%rbp)
	call	memcmp@PLT
	xorl	%esi, %esi
	movq	%r12, %rdi
	testl	%eax, %eax
	setg	%sil
	shrl	$31, %eax
	addq	$1, %r14
	addq	$1, %r15
	subl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	cmpq	%r13, %r14
	movdqa	.LC17(%rip), %xmm0
	jne	.L27
	movl	$10, %edi
	leaq	.LC24(%rip), %r12
	call	putchar@PLT
	leaq	.LC19(%rip), %rdx
	movl	$2, %esi
	xorl	%eax, %eax
	leaq	.LC20(%rip), %rdi
	call	printf@PLT
	movdqa	.LC21(%rip), %xmm0
	movl	$56, %edx
	movq	%rbp, %rsi
	leaq	200(%rsp), %rdi
	movq	$7, 240(%rsp)
	movaps	%xmm0, 192(%rsp)
	movdqa	.LC22(%rip), %xmm0
	movaps	%xmm0, 208(%rsp)
	movdqa	.LC23(%rip), %xmm0
	movaps	%xmm0, 224(%rsp)
	call	memmove@PLT
	leaq	208(%rsp), %rsi
	movl	$24, %edx
	movq	%rbp, %rdi
	call	memmove@PLT
	.p2align 4,,10
	.p2align 3
.L28:
	movq	0(%rbp), %rsi
	movq	%r12, %rdi
	xorl	%eax, %eax
	addq	$8, %rbp
	call	printf@PLT
	cmpq	%rbp, %rbx
	jne	.L28
	movl	$10, %edi
	call	putchar@PLT
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L29:
	movl	%edx, %eax
	movl	%edx, %ecx
	imulq	$1321528399, %rax, %rax
	shrq	$35, %rax
	imull	$26, %eax, %eax
	subl	%eax, %ecx
	leal	97(%rcx), %eax
	movb	%al, (%rbx,%rdx)
	addq	$1, %rdx
	cmpq	$300, %rdx
	jne	.L29
	leaq	257(%rsp), %rdi
	movl	$298, %edx
	movq	%rbx, %rsi
	call	memmove@PLT
	leaq	293(%rsp), %rsi
	movl	$150, %edx
	leaq	356(%rsp), %rdi
	call	memmove@PLT
	movq	%rbx, %rax
	leaq	556(%rsp), %rcx
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L30:
	movl	%esi, %edx
	addq	$1, %rax
	sall	$5, %edx
	subl	%esi, %edx
	movzbl	-1(%rax), %esi
	addl	%edx, %esi
	cmpq	%rax, %rcx
	jne	.L30
	leaq	.LC25(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$568, %rsp
	.cfi_remember_state
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
.L38:
	.cfi_restore_state
	movq	104(%rsp), %rax
	movq	96(%rsp), %rdx
	xorq	168(%rsp), %rax
	xorq	160(%rsp), %rdx
	orq	%rdx, %rax
	jne	.L25
	movq	120(%rsp), %rax
	movq	112(%rsp), %rdx
	xorq	184(%rsp), %rax
	xorq	176(%rsp), %rdx
	orq	%rdx, %rax
	jne	.L25
	xorl	%esi, %esi
	jmp	.L26
.L37:
	movq	104(%rsp), %rax
	movq	96(%rsp), %rdx
	xorq	168(%rsp), %rax
	xorq	160(%rsp), %rdx
	orq	%rdx, %rax
	jne	.L23
	movq	120(%rsp), %rax
	movq	112(%rsp), %rdx
	xorq	184(%rsp), %rax
	xorq	176(%rsp), %rdx
	orq	%rdx, %rax
	jne	.L23
	xorl	%esi, %esi
	jmp	.L24
	.cfi_endproc
.LFE16:
	.size	main, .-main
	.globl	vshift
	.data
	.align 4
	.type	vshift, @object
	.size	vshift, 4
vshift:
	.long	3
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC2:
	.long	0
	.long	1
	.long	2
	.long	3
	.align 16
.LC8:
	.long	16
	.long	16
	.long	16
	.long	16
	.align 16
.LC9:
	.long	4
	.long	4
	.long	4
	.long	4
	.align 16
.LC10:
	.long	8
	.long	8
	.long	8
	.long	8
	.align 16
.LC11:
	.long	12
	.long	12
	.long	12
	.long	12
	.align 16
.LC12:
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.align 16
.LC17:
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.byte	107
	.align 16
.LC21:
	.quad	1
	.quad	2
	.align 16
.LC22:
	.quad	3
	.quad	4
	.align 16
.LC23:
	.quad	5
	.quad	6
	.align 16
.LC26:
	.quad	3978425819141910832
	.quad	7378413942531504440
	.align 16
.LC27:
	.quad	7957135325236127847
	.quad	8535856707940741231
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
