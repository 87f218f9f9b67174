	.file	"24_hashing.c"
	.text
	.p2align 4
	.globl	fnv1a32
	.type	fnv1a32, @function
fnv1a32:
.LFB11:
	.cfi_startproc
	movzbl	(%rdi), %edx
	movl	$-2128831035, %eax
	testb	%dl, %dl
	je	.L4
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$1, %rdi
	xorl	%edx, %eax
	movzbl	(%rdi), %edx
	imull	$16777619, %eax, %eax
	testb	%dl, %dl
	jne	.L3
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	ret
	.cfi_endproc
.LFE11:
	.size	fnv1a32, .-fnv1a32
	.p2align 4
	.globl	fnv1a64
	.type	fnv1a64, @function
fnv1a64:
.LFB12:
	.cfi_startproc
	movabsq	$-3750763034362895579, %rax
	movzbl	(%rdi), %edx
	testb	%dl, %dl
	je	.L7
	movabsq	$1099511628211, %rcx
	.p2align 4,,10
	.p2align 3
.L9:
	addq	$1, %rdi
	xorq	%rdx, %rax
	movzbl	(%rdi), %edx
	imulq	%rcx, %rax
	testb	%dl, %dl
	jne	.L9
.L7:
	ret
	.cfi_endproc
.LFE12:
	.size	fnv1a64, .-fnv1a64
	.p2align 4
	.globl	djb2
	.type	djb2, @function
djb2:
.LFB13:
	.cfi_startproc
	movzbl	(%rdi), %edx
	movl	$5381, %eax
	testb	%dl, %dl
	je	.L16
	.p2align 4,,10
	.p2align 3
.L15:
	movq	%rax, %rcx
	addq	$1, %rdi
	salq	$5, %rcx
	addq	%rcx, %rax
	addq	%rdx, %rax
	movzbl	(%rdi), %edx
	testb	%dl, %dl
	jne	.L15
	ret
	.p2align 4,,10
	.p2align 3
.L16:
	ret
	.cfi_endproc
.LFE13:
	.size	djb2, .-djb2
	.p2align 4
	.globl	djb2_32
	.type	djb2_32, @function
djb2_32:
.LFB14:
	.cfi_startproc
	movzbl	(%rdi), %edx
	movl	$5381, %eax
	testb	%dl, %dl
	je	.L21
	.p2align 4,,10
	.p2align 3
.L20:
	movl	%eax, %ecx
	addq	$1, %rdi
	sall	$5, %ecx
	addl	%ecx, %eax
	xorl	%edx, %eax
	movzbl	(%rdi), %edx
	testb	%dl, %dl
	jne	.L20
	ret
	.p2align 4,,10
	.p2align 3
.L21:
	ret
	.cfi_endproc
.LFE14:
	.size	djb2_32, .-djb2_32
	.p2align 4
	.globl	fmix64
	.type	fmix64, @function
fmix64:
.LFB15:
	.cfi_startproc
	movabsq	$-49064778989728563, %rdx
	movq	%rdi, %rax
	shrq	$33, %rax
	xorq	%rdi, %rax
	imulq	%rdx, %rax
	movq	%rax, %rdx
	shrq	$33, %rdx
	xorq	%rax, %rdx
	movabsq	$-4265267296055464877, %rax
	imulq	%rax, %rdx
	movq	%rdx, %rax
	shrq	$33, %rax
	xorq	%rdx, %rax
	ret
	.cfi_endproc
.LFE15:
	.size	fmix64, .-fmix64
	.p2align 4
	.globl	crc32
	.type	crc32, @function
crc32:
.LFB16:
	.cfi_startproc
	testq	%rsi, %rsi
	je	.L28
	addq	%rdi, %rsi
	movl	$-1, %eax
	.p2align 4,,10
	.p2align 3
.L27:
	movzbl	(%rdi), %edx
	xorl	%edx, %eax
	movl	$8, %edx
	.p2align 4,,10
	.p2align 3
.L26:
	movl	%eax, %ecx
	andl	$1, %eax
	negl	%eax
	shrl	%ecx
	andl	$-306674912, %eax
	xorl	%ecx, %eax
	subl	$1, %edx
	jne	.L26
	addq	$1, %rdi
	cmpq	%rsi, %rdi
	jne	.L27
	notl	%eax
	ret
.L28:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE16:
	.size	crc32, .-crc32
	.p2align 4
	.globl	insert
	.type	insert, @function
insert:
.LFB17:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	leaq	table(%rip), %r13
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	movq	%rdi, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	xorl	%ebp, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	call	fnv1a32
	andl	$63, %eax
	movl	%eax, %r14d
	movq	0(%r13,%r14,8), %rdi
	movq	%r14, %rbx
	testq	%rdi, %rdi
	jne	.L32
	jmp	.L33
	.p2align 4,,10
	.p2align 3
.L34:
	addl	$1, %ebx
	addl	$1, %ebp
	andl	$63, %ebx
	movl	%ebx, %r14d
	movq	0(%r13,%r14,8), %rdi
	testq	%rdi, %rdi
	je	.L33
.L32:
	movq	%r12, %rsi
	call	strcmp@PLT
	testl	%eax, %eax
	jne	.L34
.L33:
	movq	%r12, 0(%r13,%r14,8)
	movl	%ebp, %eax
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE17:
	.size	insert, .-insert
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	""
.LC1:
	.string	"a"
.LC2:
	.string	"foobar"
.LC3:
	.string	"hello world"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC4:
	.string	"The quick brown fox jumps over the lazy dog"
	.section	.rodata.str1.1
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
	.section	.rodata.str1.8
	.align 8
.LC10:
	.string	"word%-2zu len=%-3zu fnv32=%08x fnv64=%016llx djb2=%016lx djb2x=%08x\n"
	.section	.rodata.str1.1
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
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB18:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	leaq	.LC1(%rip), %rax
	leaq	.LC0(%rip), %rcx
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%rcx, %xmm0
	movq	%rax, %xmm1
	xorl	%r14d, %r14d
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	punpcklqdq	%xmm1, %xmm0
	leaq	.LC3(%rip), %rax
	leaq	.LC2(%rip), %rcx
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rax, %xmm2
	leaq	.LC5(%rip), %rax
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movq	%rax, %xmm3
	leaq	.LC7(%rip), %rax
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	movq	%rax, %xmm4
	leaq	.LC9(%rip), %rax
	movq	%rax, %xmm5
	subq	$136, %rsp
	.cfi_def_cfa_offset 192
	movaps	%xmm0, 48(%rsp)
	movq	%rcx, %xmm0
	leaq	48(%rsp), %r12
	leaq	.LC6(%rip), %rcx
	punpcklqdq	%xmm2, %xmm0
	movaps	%xmm0, 64(%rsp)
	movq	.LC19(%rip), %xmm0
	punpcklqdq	%xmm3, %xmm0
	movaps	%xmm0, 80(%rsp)
	movq	%rcx, %xmm0
	leaq	.LC8(%rip), %rcx
	punpcklqdq	%xmm4, %xmm0
	movaps	%xmm0, 96(%rsp)
	movq	%rcx, %xmm0
	punpcklqdq	%xmm5, %xmm0
	movaps	%xmm0, 112(%rsp)
	.p2align 4,,10
	.p2align 3
.L43:
	movq	(%r12,%r14,8), %rsi
	movq	%rsi, %rdi
	call	djb2_32
	movq	%rsi, %rdi
	movl	%eax, %r13d
	call	djb2
	movq	%rsi, %rdi
	movq	%rax, %r15
	call	fnv1a64
	movq	%rsi, %rdi
	movq	%rax, %rbp
	call	fnv1a32
	movq	%rsi, %rdi
	movl	%eax, %ebx
	call	strlen@PLT
	subq	$8, %rsp
	.cfi_def_cfa_offset 200
	movq	%r14, %rsi
	movq	%r15, %r9
	pushq	%r13
	.cfi_def_cfa_offset 208
	movq	%rax, %rdx
	movq	%rbp, %r8
	movl	%ebx, %ecx
	leaq	.LC10(%rip), %rdi
	xorl	%eax, %eax
	addq	$1, %r14
	call	printf@PLT
	popq	%rax
	.cfi_def_cfa_offset 200
	popq	%rdx
	.cfi_def_cfa_offset 192
	cmpq	$10, %r14
	jne	.L43
	movl	$9, %esi
	leaq	.LC11(%rip), %rdi
	xorl	%ebp, %ebp
	call	crc32
	leaq	.LC12(%rip), %rdi
	leaq	.LC14(%rip), %r13
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$43, %esi
	leaq	.LC4(%rip), %rdi
	call	crc32
	leaq	.LC13(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movl	vmix(%rip), %ebx
	.p2align 4,,10
	.p2align 3
.L44:
	leaq	(%rbx,%rbp), %rdi
	addq	$1, %rbp
	call	fmix64
	movq	%r13, %rdi
	movq	%rax, %rsi
	movq	%rax, %rbx
	xorl	%eax, %eax
	call	printf@PLT
	cmpq	$5, %rbp
	jne	.L44
	leaq	keys.0(%rip), %rbx
	xorl	%ebp, %ebp
	leaq	192(%rbx), %r13
	.p2align 4,,10
	.p2align 3
.L45:
	movq	(%rbx), %rdi
	addq	$8, %rbx
	call	insert
	addl	%eax, %ebp
	cmpq	%r13, %rbx
	jne	.L45
	leaq	.LC15(%rip), %rdi
	call	insert
	xorl	%esi, %esi
	addl	%eax, %ebp
	leaq	table(%rip), %rax
	leaq	512(%rax), %rdx
	.p2align 4,,10
	.p2align 3
.L46:
	cmpq	$1, (%rax)
	sbbl	$-1, %esi
	addq	$8, %rax
	cmpq	%rdx, %rax
	jne	.L46
	movl	%ebp, %edx
	leaq	.LC16(%rip), %rdi
	xorl	%eax, %eax
	xorl	%r13d, %r13d
	call	printf@PLT
	pxor	%xmm0, %xmm0
	movq	%rsp, %rbx
	leaq	.LC17(%rip), %rbp
	movaps	%xmm0, 16(%rsp)
	movaps	%xmm0, 32(%rsp)
	.p2align 4,,10
	.p2align 3
.L47:
	movl	%r13d, %ecx
	movq	%rbp, %rdx
	movq	%rbx, %rdi
	movl	$16, %esi
	xorl	%eax, %eax
	addl	$1, %r13d
	call	snprintf@PLT
	movq	%rbx, %rdi
	call	fnv1a32
	shrl	$29, %eax
	addl	$1, 16(%rsp,%rax,4)
	cmpl	$4000, %r13d
	jne	.L47
	leaq	16(%rsp), %rbx
	leaq	.LC18(%rip), %rbp
	.p2align 4,,10
	.p2align 3
.L48:
	movl	(%rbx), %esi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$4, %rbx
	call	printf@PLT
	cmpq	%rbx, %r12
	jne	.L48
	movl	$10, %edi
	call	putchar@PLT
	addq	$136, %rsp
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
.LFE18:
	.size	main, .-main
	.section	.rodata.str1.1
.LC20:
	.string	"beta"
.LC21:
	.string	"gamma"
.LC22:
	.string	"delta"
.LC23:
	.string	"epsilon"
.LC24:
	.string	"zeta"
.LC25:
	.string	"eta"
.LC26:
	.string	"theta"
.LC27:
	.string	"iota"
.LC28:
	.string	"kappa"
.LC29:
	.string	"lambda"
.LC30:
	.string	"mu"
.LC31:
	.string	"nu"
.LC32:
	.string	"xi"
.LC33:
	.string	"omicron"
.LC34:
	.string	"pi"
.LC35:
	.string	"rho"
.LC36:
	.string	"sigma"
.LC37:
	.string	"tau"
.LC38:
	.string	"upsilon"
.LC39:
	.string	"phi"
.LC40:
	.string	"chi"
.LC41:
	.string	"psi"
.LC42:
	.string	"omega"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	keys.0, @object
	.size	keys.0, 192
keys.0:
	.quad	.LC15
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
	.quad	.LC42
	.local	table
	.comm	table,512,32
	.globl	vmix
	.data
	.align 4
	.type	vmix, @object
	.size	vmix, 4
vmix:
	.long	-1640531527
	.section	.data.rel.ro.local
	.align 8
.LC19:
	.quad	.LC4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
