	.file	"24_hashing.c"
	.text
	.globl	vmix
	.data
	.align 4
	.type	vmix, @object
	.size	vmix, 4
vmix:
	.long	-1640531527
	.text
	.globl	fnv1a32
	.type	fnv1a32, @function
fnv1a32:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	$-2128831035, -4(%rbp)
	jmp	.L2
.L3:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	xorl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	imull	$16777619, %eax, %eax
	movl	%eax, -4(%rbp)
	addq	$1, -24(%rbp)
.L2:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L3
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	fnv1a32, .-fnv1a32
	.globl	fnv1a64
	.type	fnv1a64, @function
fnv1a64:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movabsq	$-3750763034362895579, %rax
	movq	%rax, -8(%rbp)
	jmp	.L6
.L7:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	movabsq	$1099511628211, %rdx
	imulq	%rdx, %rax
	movq	%rax, -8(%rbp)
	addq	$1, -24(%rbp)
.L6:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L7
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	fnv1a64, .-fnv1a64
	.globl	djb2
	.type	djb2, @function
djb2:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	$5381, -8(%rbp)
	jmp	.L10
.L11:
	movq	-8(%rbp), %rax
	salq	$5, %rax
	movq	%rax, %rdx
	movq	-8(%rbp), %rax
	addq	%rax, %rdx
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	addq	%rdx, %rax
	movq	%rax, -8(%rbp)
	addq	$1, -24(%rbp)
.L10:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L11
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	djb2, .-djb2
	.globl	djb2_32
	.type	djb2_32, @function
djb2_32:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	$5381, -4(%rbp)
	jmp	.L14
.L15:
	movl	-4(%rbp), %edx
	movl	%edx, %eax
	sall	$5, %eax
	addl	%eax, %edx
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	xorl	%edx, %eax
	movl	%eax, -4(%rbp)
	addq	$1, -24(%rbp)
.L14:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L15
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	djb2_32, .-djb2_32
	.globl	fmix64
	.type	fmix64, @function
fmix64:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$33, %rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	movabsq	$-49064778989728563, %rdx
	imulq	%rdx, %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$33, %rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	movabsq	$-4265267296055464877, %rdx
	imulq	%rdx, %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$33, %rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	fmix64, .-fmix64
	.globl	crc32
	.type	crc32, @function
crc32:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movl	$-1, -4(%rbp)
	movq	$0, -16(%rbp)
	jmp	.L20
.L23:
	movq	-40(%rbp), %rdx
	movq	-16(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	xorl	%eax, -4(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L21
.L22:
	movl	-4(%rbp), %eax
	shrl	%eax
	movl	%eax, %edx
	movl	-4(%rbp), %eax
	andl	$1, %eax
	negl	%eax
	andl	$-306674912, %eax
	xorl	%edx, %eax
	movl	%eax, -4(%rbp)
	addl	$1, -20(%rbp)
.L21:
	cmpl	$7, -20(%rbp)
	jle	.L22
	addq	$1, -16(%rbp)
.L20:
	movq	-16(%rbp), %rax
	cmpq	-48(%rbp), %rax
	jb	.L23
	movl	-4(%rbp), %eax
	notl	%eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	crc32, .-crc32
	.local	table
	.comm	table,512,32
	.globl	insert
	.type	insert, @function
insert:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, %rdi
	call	fnv1a32
	andl	$63, %eax
	movl	%eax, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L26
.L28:
	movl	-4(%rbp), %eax
	addl	$1, %eax
	andl	$63, %eax
	movl	%eax, -4(%rbp)
	addl	$1, -8(%rbp)
.L26:
	movl	-4(%rbp), %eax
	leaq	0(,%rax,8), %rdx
	leaq	table(%rip), %rax
	movq	(%rdx,%rax), %rax
	testq	%rax, %rax
	je	.L27
	movl	-4(%rbp), %eax
	leaq	0(,%rax,8), %rdx
	leaq	table(%rip), %rax
	movq	(%rdx,%rax), %rax
	movq	-24(%rbp), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	strcmp@PLT
	testl	%eax, %eax
	jne	.L28
.L27:
	movl	-4(%rbp), %eax
	leaq	0(,%rax,8), %rcx
	leaq	table(%rip), %rdx
	movq	-24(%rbp), %rax
	movq	%rax, (%rcx,%rdx)
	movl	-8(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	insert, .-insert
	.section	.rodata
.LC0:
	.string	""
.LC1:
	.string	"a"
.LC2:
	.string	"foobar"
.LC3:
	.string	"hello world"
	.align 8
.LC4:
	.string	"The quick brown fox jumps over the lazy dog"
.LC5:
	.string	"translator"
.LC6:
	.string	"x86-64"
.LC7:
	.string	"riscv64"
.LC8:
	.string	"aarch64"
.LC9:
	.string	"\377\376\200 high bytes"
	.align 8
.LC10:
	.string	"word%-2zu len=%-3zu fnv32=%08x fnv64=%016llx djb2=%016lx djb2x=%08x\n"
.LC11:
	.string	"123456789"
.LC12:
	.string	"crc32(\"123456789\") = %08x\n"
.LC13:
	.string	"crc32(fox) = %08x\n"
.LC14:
	.string	"fmix64 -> %016llx\n"
.LC15:
	.string	"alpha"
.LC16:
	.string	"table used=%d probes=%d\n"
.LC17:
	.string	"key%d"
.LC18:
	.string	"%u "
	.text
	.globl	main
	.type	main, @function
main:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$192, %rsp
	.cfi_offset 14, -24
	.cfi_offset 13, -32
	.cfi_offset 12, -40
	.cfi_offset 3, -48
	leaq	.LC0(%rip), %rax
	movq	%rax, -176(%rbp)
	leaq	.LC1(%rip), %rax
	movq	%rax, -168(%rbp)
	leaq	.LC2(%rip), %rax
	movq	%rax, -160(%rbp)
	leaq	.LC3(%rip), %rax
	movq	%rax, -152(%rbp)
	leaq	.LC4(%rip), %rax
	movq	%rax, -144(%rbp)
	leaq	.LC5(%rip), %rax
	movq	%rax, -136(%rbp)
	leaq	.LC6(%rip), %rax
	movq	%rax, -128(%rbp)
	leaq	.LC7(%rip), %rax
	movq	%rax, -120(%rbp)
	leaq	.LC8(%rip), %rax
	movq	%rax, -112(%rbp)
	leaq	.LC9(%rip), %rax
	movq	%rax, -104(%rbp)
	movq	$0, -40(%rbp)
	jmp	.L31
.L32:
	movq	-40(%rbp), %rax
	movq	-176(%rbp,%rax,8), %rax
	movq	%rax, %rdi
	call	djb2_32
	movl	%eax, %ebx
	movq	-40(%rbp), %rax
	movq	-176(%rbp,%rax,8), %rax
	movq	%rax, %rdi
	call	djb2
	movq	%rax, %r14
	movq	-40(%rbp), %rax
	movq	-176(%rbp,%rax,8), %rax
	movq	%rax, %rdi
	call	fnv1a64
	movq	%rax, %r13
	movq	-40(%rbp), %rax
	movq	-176(%rbp,%rax,8), %rax
	movq	%rax, %rdi
	call	fnv1a32
	movl	%eax, %r12d
	movq	-40(%rbp), %rax
	movq	-176(%rbp,%rax,8), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, %rdx
	movq	-40(%rbp), %rax
	subq	$8, %rsp
	pushq	%rbx
	movq	%r14, %r9
	movq	%r13, %r8
	movl	%r12d, %ecx
	movq	%rax, %rsi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$16, %rsp
	addq	$1, -40(%rbp)
.L31:
	cmpq	$9, -40(%rbp)
	jbe	.L32
	movl	$9, %esi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	call	crc32
	movl	%eax, %esi
	leaq	.LC12(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-144(%rbp), %rax
	movq	%rax, -88(%rbp)
	movq	-88(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, %rdx
	movq	-88(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	crc32
	movl	%eax, %esi
	leaq	.LC13(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	vmix(%rip), %eax
	movl	%eax, %eax
	movq	%rax, -48(%rbp)
	movl	$0, -52(%rbp)
	jmp	.L33
.L34:
	movl	-52(%rbp), %eax
	movslq	%eax, %rdx
	movq	-48(%rbp), %rax
	addq	%rdx, %rax
	movq	%rax, %rdi
	call	fmix64
	movq	%rax, -48(%rbp)
	movq	-48(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC14(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -52(%rbp)
.L33:
	cmpl	$4, -52(%rbp)
	jle	.L34
	movl	$0, -56(%rbp)
	movl	$0, -60(%rbp)
	jmp	.L35
.L36:
	movl	-60(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	keys.0(%rip), %rax
	movq	(%rdx,%rax), %rax
	movq	%rax, %rdi
	call	insert
	addl	%eax, -56(%rbp)
	addl	$1, -60(%rbp)
.L35:
	cmpl	$23, -60(%rbp)
	jle	.L36
	leaq	.LC15(%rip), %rax
	movq	%rax, %rdi
	call	insert
	addl	%eax, -56(%rbp)
	movl	$0, -64(%rbp)
	movl	$0, -68(%rbp)
	jmp	.L37
.L38:
	movl	-68(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	table(%rip), %rax
	movq	(%rdx,%rax), %rax
	testq	%rax, %rax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -64(%rbp)
	addl	$1, -68(%rbp)
.L37:
	cmpl	$63, -68(%rbp)
	jle	.L38
	movl	-56(%rbp), %edx
	movl	-64(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC16(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	pxor	%xmm0, %xmm0
	movaps	%xmm0, -208(%rbp)
	movaps	%xmm0, -192(%rbp)
	movl	$0, -72(%rbp)
	jmp	.L39
.L40:
	movl	-72(%rbp), %edx
	leaq	-224(%rbp), %rax
	movl	%edx, %ecx
	leaq	.LC17(%rip), %rdx
	movl	$16, %esi
	movq	%rax, %rdi
	movl	$0, %eax
	call	snprintf@PLT
	leaq	-224(%rbp), %rax
	movq	%rax, %rdi
	call	fnv1a32
	shrl	$29, %eax
	movl	%eax, %edx
	movl	%edx, %eax
	movl	-208(%rbp,%rax,4), %eax
	addl	$1, %eax
	movl	%edx, %edx
	movl	%eax, -208(%rbp,%rdx,4)
	addl	$1, -72(%rbp)
.L39:
	cmpl	$3999, -72(%rbp)
	jle	.L40
	movl	$0, -76(%rbp)
	jmp	.L41
.L42:
	movl	-76(%rbp), %eax
	cltq
	movl	-208(%rbp,%rax,4), %eax
	movl	%eax, %esi
	leaq	.LC18(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -76(%rbp)
.L41:
	cmpl	$7, -76(%rbp)
	jle	.L42
	movl	$10, %edi
	call	putchar@PLT
	movl	$0, %eax
	leaq	-32(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	main, .-main
	.section	.rodata
.LC19:
	.string	"beta"
.LC20:
	.string	"gamma"
.LC21:
	.string	"delta"
.LC22:
	.string	"epsilon"
.LC23:
	.string	"zeta"
.LC24:
	.string	"eta"
.LC25:
	.string	"theta"
.LC26:
	.string	"iota"
.LC27:
	.string	"kappa"
.LC28:
	.string	"lambda"
.LC29:
	.string	"mu"
.LC30:
	.string	"nu"
.LC31:
	.string	"xi"
.LC32:
	.string	"omicron"
.LC33:
	.string	"pi"
.LC34:
	.string	"rho"
.LC35:
	.string	"sigma"
.LC36:
	.string	"tau"
.LC37:
	.string	"upsilon"
.LC38:
	.string	"phi"
.LC39:
	.string	"chi"
.LC40:
	.string	"psi"
.LC41:
	.string	"omega"
	.section	.data.rel.local,"aw"
	.align 32
	.type	keys.0, @object
	.size	keys.0, 192
keys.0:
	.quad	.LC15
	.quad	.LC19
	.quad	.LC20
	.quad	.LC21
	.quad	.LC22
	.quad	.LC23
	.quad	.LC24
	.quad	.LC25
	.quad	.LC26
	.quad	.LC27
	.quad	.LC28
	.quad	.LC29
	.quad	.LC30
	.quad	.LC31
	.quad	.LC32
	.quad	.LC33
	.quad	.LC34
	.quad	.LC35
	.quad	.LC36
	.quad	.LC37
	.quad	.LC38
	.quad	.LC39
	.quad	.LC40
	.quad	.LC41
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
