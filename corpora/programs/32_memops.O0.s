	.file	"32_memops.c"
	.text
	.globl	vshift
	.data
	.align 4
	.type	vshift, @object
	.size	vshift, 4
vshift:
	.long	3
	.text
	.type	sgn, @function
sgn:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	setg	%al
	movzbl	%al, %edx
	movl	-4(%rbp), %eax
	shrl	$31, %eax
	movzbl	%al, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	sgn, .-sgn
	.section	.rodata
.LC0:
	.string	"%-14s ["
.LC1:
	.string	"]"
	.text
	.type	show, @function
show:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	%rdx, -40(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -8(%rbp)
	jmp	.L4
.L7:
	movq	-32(%rbp), %rdx
	movq	-8(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	je	.L5
	movq	-32(%rbp), %rdx
	movq	-8(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	jmp	.L6
.L5:
	movl	$95, %eax
.L6:
	movl	%eax, %edi
	call	putchar@PLT
	addq	$1, -8(%rbp)
.L4:
	movq	-8(%rbp), %rax
	cmpq	-40(%rbp), %rax
	jb	.L7
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	call	puts@PLT
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	show, .-show
	.globl	shift_right
	.type	shift_right, @function
shift_right:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	-16(%rbp), %rax
	subq	-24(%rbp), %rax
	movq	%rax, %rdx
	movq	-8(%rbp), %rcx
	movq	-24(%rbp), %rax
	addq	%rax, %rcx
	movq	-8(%rbp), %rax
	movq	%rax, %rsi
	movq	%rcx, %rdi
	call	memmove@PLT
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	shift_right, .-shift_right
	.globl	shift_left
	.type	shift_left, @function
shift_left:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	-16(%rbp), %rax
	subq	-24(%rbp), %rax
	movq	%rax, %rdx
	movq	-8(%rbp), %rcx
	movq	-24(%rbp), %rax
	addq	%rax, %rcx
	movq	-8(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memmove@PLT
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	shift_left, .-shift_left
	.globl	hand_memmove
	.type	hand_memmove, @function
hand_memmove:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	%rdx, -40(%rbp)
	movq	-24(%rbp), %rax
	cmpq	-32(%rbp), %rax
	jnb	.L11
	movq	$0, -8(%rbp)
	jmp	.L12
.L13:
	movq	-32(%rbp), %rdx
	movq	-8(%rbp), %rax
	addq	%rdx, %rax
	movq	-24(%rbp), %rcx
	movq	-8(%rbp), %rdx
	addq	%rcx, %rdx
	movzbl	(%rax), %eax
	movb	%al, (%rdx)
	addq	$1, -8(%rbp)
.L12:
	movq	-8(%rbp), %rax
	cmpq	-40(%rbp), %rax
	jb	.L13
	jmp	.L17
.L11:
	movq	-40(%rbp), %rax
	movq	%rax, -16(%rbp)
	jmp	.L15
.L16:
	movq	-16(%rbp), %rax
	leaq	-1(%rax), %rdx
	movq	-32(%rbp), %rax
	addq	%rdx, %rax
	movq	-16(%rbp), %rdx
	leaq	-1(%rdx), %rcx
	movq	-24(%rbp), %rdx
	addq	%rcx, %rdx
	movzbl	(%rax), %eax
	movb	%al, (%rdx)
	subq	$1, -16(%rbp)
.L15:
	cmpq	$0, -16(%rbp)
	jne	.L16
.L17:
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	hand_memmove, .-hand_memmove
	.section	.rodata
.LC2:
	.string	"start"
.LC3:
	.string	"move right 3"
.LC4:
	.string	"move left 6"
.LC5:
	.string	"self move"
.LC6:
	.string	"memset tail"
	.align 8
.LC7:
	.string	"hand vs libc forward overlap equal: %d\n"
	.align 8
.LC8:
	.string	"hand vs libc backward overlap equal: %d\n"
.LC9:
	.string	"memcmp: %d %d %d %d\n"
	.align 8
.LC10:
	.string	"memcmp len0: %d, high byte unsigned: %d\n"
.LC11:
	.string	"%d"
	.align 8
.LC12:
	.string	"find the needle in the haystack"
.LC13:
	.string	"found"
.LC14:
	.string	"missing"
.LC15:
	.string	"memchr n at %ld, z %s\n"
.LC16:
	.string	"%ld "
.LC17:
	.string	"big checksum=%08x\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$696, %rsp
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	.cfi_offset 3, -40
	movl	vshift(%rip), %eax
	cltq
	movq	%rax, -72(%rbp)
	movabsq	$3978425819141910832, %rax
	movabsq	$7378413942531504440, %rdx
	movq	%rax, -144(%rbp)
	movq	%rdx, -136(%rbp)
	movabsq	$7957135325236127847, %rax
	movabsq	$8535856707940741231, %rdx
	movq	%rax, -128(%rbp)
	movq	%rdx, -120(%rbp)
	movabsq	$18931672434702455, %rax
	movq	%rax, -112(%rbp)
	leaq	-144(%rbp), %rax
	movl	$39, %edx
	movq	%rax, %rsi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	call	show
	movq	-72(%rbp), %rdx
	leaq	-144(%rbp), %rax
	movl	$39, %esi
	movq	%rax, %rdi
	call	shift_right
	leaq	-144(%rbp), %rax
	movl	$39, %edx
	movq	%rax, %rsi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	call	show
	movq	-72(%rbp), %rax
	leaq	(%rax,%rax), %rdx
	leaq	-144(%rbp), %rax
	movl	$39, %esi
	movq	%rax, %rdi
	call	shift_left
	leaq	-144(%rbp), %rax
	movl	$39, %edx
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	call	show
	leaq	-144(%rbp), %rcx
	addq	$10, %rcx
	leaq	-144(%rbp), %rax
	addq	$10, %rax
	movl	$5, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memmove@PLT
	leaq	-144(%rbp), %rax
	movl	$39, %edx
	movq	%rax, %rsi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	call	show
	leaq	-144(%rbp), %rax
	addq	$30, %rax
	movl	$9, %edx
	movl	$0, %esi
	movq	%rax, %rdi
	call	memset@PLT
	leaq	-144(%rbp), %rax
	movl	$39, %edx
	movq	%rax, %rsi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	call	show
	movl	$0, -36(%rbp)
	jmp	.L19
.L20:
	movl	-36(%rbp), %eax
	movl	%eax, %ecx
	movl	%ecx, %eax
	sall	$3, %eax
	subl	%ecx, %eax
	movl	%eax, %edx
	movl	-36(%rbp), %eax
	cltq
	movb	%dl, -272(%rbp,%rax)
	movl	-36(%rbp), %eax
	cltq
	movzbl	-272(%rbp,%rax), %edx
	movl	-36(%rbp), %eax
	cltq
	movb	%dl, -208(%rbp,%rax)
	addl	$1, -36(%rbp)
.L19:
	cmpl	$63, -36(%rbp)
	jle	.L20
	leaq	-208(%rbp), %rax
	addq	$5, %rax
	leaq	-208(%rbp), %rcx
	movl	$50, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	hand_memmove
	leaq	-272(%rbp), %rax
	addq	$5, %rax
	leaq	-272(%rbp), %rcx
	movl	$50, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memmove@PLT
	leaq	-272(%rbp), %rcx
	leaq	-208(%rbp), %rax
	movl	$64, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memcmp@PLT
	testl	%eax, %eax
	sete	%al
	movzbl	%al, %eax
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	-208(%rbp), %rax
	addq	$9, %rax
	leaq	-208(%rbp), %rcx
	movl	$40, %edx
	movq	%rax, %rsi
	movq	%rcx, %rdi
	call	hand_memmove
	leaq	-272(%rbp), %rax
	addq	$9, %rax
	leaq	-272(%rbp), %rcx
	movl	$40, %edx
	movq	%rax, %rsi
	movq	%rcx, %rdi
	call	memmove@PLT
	leaq	-272(%rbp), %rcx
	leaq	-208(%rbp), %rax
	movl	$64, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memcmp@PLT
	testl	%eax, %eax
	sete	%al
	movzbl	%al, %eax
	movl	%eax, %esi
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$-939326975, -277(%rbp)
	movb	$5, -273(%rbp)
	movl	$1677918721, -282(%rbp)
	movb	$5, -278(%rbp)
	movl	$-1, %edi
	call	sgn
	movl	%eax, %r13d
	leaq	-282(%rbp), %rcx
	leaq	-277(%rbp), %rax
	movl	$3, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memcmp@PLT
	movl	%eax, %edi
	call	sgn
	movl	%eax, %r12d
	leaq	-277(%rbp), %rcx
	leaq	-282(%rbp), %rax
	movl	$5, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memcmp@PLT
	movl	%eax, %edi
	call	sgn
	movl	%eax, %ebx
	leaq	-282(%rbp), %rcx
	leaq	-277(%rbp), %rax
	movl	$5, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memcmp@PLT
	movl	%eax, %edi
	call	sgn
	movl	%r13d, %r8d
	movl	%r12d, %ecx
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$1, %edi
	call	sgn
	movl	%eax, %edx
	movl	$0, %esi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -48(%rbp)
	jmp	.L21
.L22:
	leaq	-720(%rbp), %rax
	movl	$32, %edx
	movl	$107, %esi
	movq	%rax, %rdi
	call	memset@PLT
	leaq	-688(%rbp), %rax
	movl	$32, %edx
	movl	$107, %esi
	movq	%rax, %rdi
	call	memset@PLT
	movq	-48(%rbp), %rax
	addq	$20, %rax
	movb	$106, -688(%rbp,%rax)
	leaq	-688(%rbp), %rdx
	movq	-48(%rbp), %rax
	leaq	(%rdx,%rax), %rcx
	leaq	-720(%rbp), %rdx
	movq	-48(%rbp), %rax
	addq	%rdx, %rax
	movl	$24, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memcmp@PLT
	movl	%eax, %edi
	call	sgn
	movl	%eax, %esi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$1, -48(%rbp)
.L21:
	cmpq	$7, -48(%rbp)
	jbe	.L22
	movl	$10, %edi
	call	putchar@PLT
	leaq	.LC12(%rip), %rax
	movq	%rax, -80(%rbp)
	movq	-80(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, %rdx
	movq	-80(%rbp), %rax
	movl	$110, %esi
	movq	%rax, %rdi
	call	memchr@PLT
	movq	%rax, -88(%rbp)
	movq	-80(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, %rdx
	movq	-80(%rbp), %rax
	movl	$122, %esi
	movq	%rax, %rdi
	call	memchr@PLT
	movq	%rax, -96(%rbp)
	cmpq	$0, -96(%rbp)
	je	.L23
	leaq	.LC13(%rip), %rax
	jmp	.L24
.L23:
	leaq	.LC14(%rip), %rax
.L24:
	movq	-88(%rbp), %rdx
	movq	%rdx, %rcx
	subq	-80(%rbp), %rcx
	movq	%rax, %rdx
	movq	%rcx, %rsi
	leaq	.LC15(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$1, -352(%rbp)
	movq	$2, -344(%rbp)
	movq	$3, -336(%rbp)
	movq	$4, -328(%rbp)
	movq	$5, -320(%rbp)
	movq	$6, -312(%rbp)
	movq	$7, -304(%rbp)
	movq	$8, -296(%rbp)
	leaq	-352(%rbp), %rax
	leaq	-352(%rbp), %rdx
	leaq	8(%rdx), %rcx
	movl	$56, %edx
	movq	%rax, %rsi
	movq	%rcx, %rdi
	call	memmove@PLT
	leaq	-352(%rbp), %rax
	leaq	16(%rax), %rcx
	leaq	-352(%rbp), %rax
	movl	$24, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memmove@PLT
	movl	$0, -52(%rbp)
	jmp	.L25
.L26:
	movl	-52(%rbp), %eax
	cltq
	movq	-352(%rbp,%rax,8), %rax
	movq	%rax, %rsi
	leaq	.LC16(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -52(%rbp)
.L25:
	cmpl	$7, -52(%rbp)
	jle	.L26
	movl	$10, %edi
	call	putchar@PLT
	movl	$0, -56(%rbp)
	jmp	.L27
.L28:
	movl	-56(%rbp), %eax
	movslq	%eax, %rdx
	imulq	$1321528399, %rdx, %rdx
	shrq	$32, %rdx
	sarl	$3, %edx
	movl	%eax, %ecx
	sarl	$31, %ecx
	subl	%ecx, %edx
	imull	$26, %edx, %ecx
	subl	%ecx, %eax
	movl	%eax, %edx
	movl	%edx, %eax
	addl	$97, %eax
	movl	%eax, %edx
	movl	-56(%rbp), %eax
	cltq
	movb	%dl, -656(%rbp,%rax)
	addl	$1, -56(%rbp)
.L27:
	cmpl	$299, -56(%rbp)
	jle	.L28
	leaq	-656(%rbp), %rax
	addq	$1, %rax
	leaq	-656(%rbp), %rcx
	movl	$298, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memmove@PLT
	leaq	-656(%rbp), %rcx
	addq	$37, %rcx
	leaq	-656(%rbp), %rax
	addq	$100, %rax
	movl	$150, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memmove@PLT
	movl	$0, -60(%rbp)
	movl	$0, -64(%rbp)
	jmp	.L29
.L30:
	movl	-60(%rbp), %edx
	movl	%edx, %eax
	sall	$5, %eax
	subl	%edx, %eax
	movl	%eax, %ecx
	movl	-64(%rbp), %eax
	cltq
	movzbl	-656(%rbp,%rax), %eax
	movzbl	%al, %eax
	addl	%ecx, %eax
	movl	%eax, -60(%rbp)
	addl	$1, -64(%rbp)
.L29:
	cmpl	$299, -64(%rbp)
	jle	.L30
	movl	-60(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC17(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	addq	$696, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
