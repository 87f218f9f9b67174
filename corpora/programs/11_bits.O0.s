	.file	"11_bits.c"
	.text
	.globl	seed
	.data
	.align 8
	.type	seed, @object
	.size	seed, 8
seed:
	.quad	81985529216486895
	.text
	.globl	popcount_hand
	.type	popcount_hand, @function
popcount_hand:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L2
.L3:
	movq	-24(%rbp), %rax
	subq	$1, %rax
	andq	%rax, -24(%rbp)
	addl	$1, -4(%rbp)
.L2:
	cmpq	$0, -24(%rbp)
	jne	.L3
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	popcount_hand, .-popcount_hand
	.globl	popcount_swar
	.type	popcount_swar, @function
popcount_swar:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	%eax
	andl	$1431655765, %eax
	subl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	andl	$858993459, %eax
	movl	%eax, %edx
	movl	-4(%rbp), %eax
	shrl	$2, %eax
	andl	$858993459, %eax
	addl	%edx, %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$4, %eax
	movl	%eax, %edx
	movl	-4(%rbp), %eax
	addl	%edx, %eax
	andl	$252645135, %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	imull	$16843009, %eax, %eax
	shrl	$24, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	popcount_swar, .-popcount_swar
	.type	rotl32, @function
rotl32:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-8(%rbp), %eax
	andl	$31, %eax
	movl	-4(%rbp), %edx
	movl	%edx, %esi
	movl	%eax, %ecx
	sall	%cl, %esi
	movl	-8(%rbp), %eax
	negl	%eax
	andl	$31, %eax
	movl	-4(%rbp), %edx
	movl	%eax, %ecx
	shrl	%cl, %edx
	movl	%edx, %eax
	orl	%esi, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	rotl32, .-rotl32
	.type	rotr64, @function
rotr64:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movl	-12(%rbp), %eax
	andl	$63, %eax
	movq	-8(%rbp), %rdx
	movq	%rdx, %rsi
	movl	%eax, %ecx
	shrq	%cl, %rsi
	movl	-12(%rbp), %eax
	negl	%eax
	andl	$63, %eax
	movq	-8(%rbp), %rdx
	movl	%eax, %ecx
	salq	%cl, %rdx
	movq	%rdx, %rax
	orq	%rsi, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	rotr64, .-rotr64
	.globl	bswap32_hand
	.type	bswap32_hand, @function
bswap32_hand:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$24, %eax
	movl	%eax, %edx
	movl	-4(%rbp), %eax
	shrl	$8, %eax
	andl	$65280, %eax
	orl	%eax, %edx
	movl	-4(%rbp), %eax
	sall	$8, %eax
	andl	$16711680, %eax
	orl	%eax, %edx
	movl	-4(%rbp), %eax
	sall	$24, %eax
	orl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	bswap32_hand, .-bswap32_hand
	.globl	reverse_bits
	.type	reverse_bits, @function
reverse_bits:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L14
.L15:
	movl	-4(%rbp), %eax
	leal	(%rax,%rax), %edx
	movl	-20(%rbp), %eax
	andl	$1, %eax
	orl	%edx, %eax
	movl	%eax, -4(%rbp)
	shrl	-20(%rbp)
	addl	$1, -8(%rbp)
.L14:
	cmpl	$31, -8(%rbp)
	jle	.L15
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	reverse_bits, .-reverse_bits
	.globl	parity_hand
	.type	parity_hand, @function
parity_hand:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$32, %rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$16, %rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$8, %rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$4, %rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$2, %rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	%rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	andl	$1, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	parity_hand, .-parity_hand
	.globl	next_pow2
	.type	next_pow2, @function
next_pow2:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	subl	$1, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	%eax
	orl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$2, %eax
	orl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$4, %eax
	orl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$8, %eax
	orl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$16, %eax
	orl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	addl	$1, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	next_pow2, .-next_pow2
	.type	xorshift, @function
xorshift:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	-24(%rbp), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	salq	$13, %rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$7, %rax
	xorq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	salq	$17, %rax
	xorq	%rax, -8(%rbp)
	movq	-24(%rbp), %rax
	movq	-8(%rbp), %rdx
	movq	%rdx, (%rax)
	movq	-24(%rbp), %rax
	movq	(%rax), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	xorshift, .-xorshift
	.globl	__popcountdi2
	.section	.rodata
	.align 8
.LC0:
	.string	"%016llx pop=%d pop32=%d ctz=%d clz=%d ctz32=%d clz32=%d par=%d\n"
.LC1:
	.string	"mismatches: %d\n"
	.align 8
.LC2:
	.string	"rotl32(%08x,%u)=%08x rotr64=%016llx\n"
.LC3:
	.string	"bswap32: %08x %08x\n"
.LC4:
	.string	"bswap64: %016llx\n"
.LC5:
	.string	"bswap16: %04x\n"
.LC6:
	.string	"reverse_bits: %08x\n"
	.align 8
.LC7:
	.string	"mask %2d: %016llx low bit of ~m: %d\n"
	.align 8
.LC8:
	.string	"lowest set: %08x clear lowest: %08x smear: %08x\n"
.LC9:
	.string	"next pow2 >= %u: %u\n"
.LC10:
	.string	"ffs=%d ffsll=%d clrsb=%d\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$88, %rsp
	.cfi_offset 3, -24
	movq	seed(%rip), %rax
	movq	%rax, -96(%rbp)
	movl	$0, -20(%rbp)
	movl	$0, -24(%rbp)
	jmp	.L24
.L25:
	leaq	-96(%rbp), %rax
	movq	%rax, %rdi
	call	xorshift
	movq	%rax, -64(%rbp)
	movq	-64(%rbp), %rax
	movl	%eax, -68(%rbp)
	movq	-64(%rbp), %rax
	movq	%rax, %rdi
	call	popcount_hand
	movl	%eax, -72(%rbp)
	movq	-64(%rbp), %rdi
	call	__popcountdi2@PLT
	movl	%eax, -76(%rbp)
	movl	-68(%rbp), %eax
	movl	%eax, %edi
	call	popcount_swar
	movl	%eax, -80(%rbp)
	movl	-68(%rbp), %eax
	movq	%rax, %rdi
	call	__popcountdi2@PLT
	movl	%eax, -84(%rbp)
	movl	-72(%rbp), %eax
	cmpl	-76(%rbp), %eax
	setne	%al
	movzbl	%al, %edx
	movl	-80(%rbp), %eax
	cmpl	-84(%rbp), %eax
	setne	%al
	movzbl	%al, %eax
	leal	(%rdx,%rax), %ebx
	movq	-64(%rbp), %rax
	movq	%rax, %rdi
	call	parity_hand
	movl	%eax, %edx
	movq	-64(%rbp), %rax
	movq	%rax, %rcx
	shrq	$32, %rcx
	xorl	%ecx, %eax
	movl	%eax, %ecx
	shrl	$16, %ecx
	xorl	%ecx, %eax
	xorb	%ah, %al
	setnp	%al
	movzbl	%al, %eax
	cmpl	%eax, %edx
	setne	%al
	movzbl	%al, %eax
	addl	%ebx, %eax
	addl	%eax, -20(%rbp)
	movq	-64(%rbp), %rax
	movq	%rax, %rdi
	call	parity_hand
	movl	%eax, %esi
	movl	-68(%rbp), %eax
	orl	$1, %eax
	bsrl	%eax, %eax
	xorl	$31, %eax
	movl	%eax, %r8d
	movl	-68(%rbp), %eax
	orl	$-2147483648, %eax
	xorl	%edi, %edi
	rep bsfl	%eax, %edi
	movq	-64(%rbp), %rax
	orq	$1, %rax
	bsrq	%rax, %rax
	xorq	$63, %rax
	movl	%eax, %r9d
	movabsq	$-9223372036854775808, %rax
	orq	-64(%rbp), %rax
	rep bsfq	%rax, %rax
	movl	%eax, %r10d
	movl	-80(%rbp), %ecx
	movl	-72(%rbp), %edx
	movq	-64(%rbp), %rax
	subq	$8, %rsp
	pushq	%rsi
	pushq	%r8
	pushq	%rdi
	movl	%r10d, %r8d
	movq	%rax, %rsi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$32, %rsp
	addl	$1, -24(%rbp)
.L24:
	cmpl	$11, -24(%rbp)
	jle	.L25
	movl	-20(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	seed(%rip), %rax
	movl	%eax, -36(%rbp)
	movl	$0, -28(%rbp)
	jmp	.L26
.L27:
	movq	seed(%rip), %rax
	movl	-28(%rbp), %edx
	movl	%edx, %esi
	movq	%rax, %rdi
	call	rotr64
	movq	%rax, %rbx
	movl	-28(%rbp), %edx
	movl	-36(%rbp), %eax
	movl	%edx, %esi
	movl	%eax, %edi
	call	rotl32
	movl	%eax, %ecx
	movl	-28(%rbp), %edx
	movl	-36(%rbp), %eax
	movq	%rbx, %r8
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$7, -28(%rbp)
.L26:
	cmpl	$39, -28(%rbp)
	jbe	.L27
	movl	-36(%rbp), %eax
	bswap	%eax
	movl	%eax, %ebx
	movl	-36(%rbp), %eax
	movl	%eax, %edi
	call	bswap32_hand
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	seed(%rip), %rax
	bswap	%rax
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-36(%rbp), %eax
	movzwl	%ax, %eax
	rolw	$8, %ax
	movzwl	%ax, %eax
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-36(%rbp), %eax
	movl	%eax, %edi
	call	reverse_bits
	movl	%eax, %esi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$1, -32(%rbp)
	jmp	.L28
.L33:
	cmpl	$64, -32(%rbp)
	je	.L29
	movl	-32(%rbp), %eax
	movl	$1, %edx
	movl	%eax, %ecx
	salq	%cl, %rdx
	movq	%rdx, %rax
	subq	$1, %rax
	jmp	.L30
.L29:
	movq	$-1, %rax
.L30:
	movq	%rax, -56(%rbp)
	cmpq	$-1, -56(%rbp)
	je	.L31
	movq	-56(%rbp), %rax
	notq	%rax
	rep bsfq	%rax, %rax
	movl	%eax, %ecx
	jmp	.L32
.L31:
	movl	$-1, %ecx
.L32:
	movq	-56(%rbp), %rdx
	movl	-32(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	sall	-32(%rbp)
.L28:
	cmpl	$64, -32(%rbp)
	jle	.L33
	movq	seed(%rip), %rax
	shrq	$32, %rax
	xorl	$-1226594879, %eax
	movl	%eax, -40(%rbp)
	movl	-40(%rbp), %eax
	subl	$1, %eax
	orl	-40(%rbp), %eax
	movl	%eax, %ecx
	movl	-40(%rbp), %eax
	subl	$1, %eax
	andl	-40(%rbp), %eax
	movl	%eax, %edx
	movl	-40(%rbp), %eax
	negl	%eax
	andl	-40(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-40(%rbp), %eax
	shrl	$8, %eax
	movl	%eax, -44(%rbp)
	movl	-44(%rbp), %eax
	movl	%eax, %edi
	call	next_pow2
	movl	%eax, %edx
	movl	-44(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-40(%rbp), %eax
	shrl	$4, %eax
	leal	(%rax,%rax), %edx
	sarl	$31, %eax
	xorl	%edx, %eax
	orl	$1, %eax
	bsrl	%eax, %eax
	xorl	$31, %eax
	movl	%eax, %edx
	movq	seed(%rip), %rax
	andl	$16776960, %eax
	movq	$-1, %rcx
	bsfq	%rax, %rax
	cmove	%rcx, %rax
	addq	$1, %rax
	movl	%eax, %esi
	movl	-40(%rbp), %eax
	andl	$2147483647, %eax
	movl	$-1, %ecx
	bsfl	%eax, %eax
	cmove	%ecx, %eax
	addl	$1, %eax
	movl	%edx, %ecx
	movl	%esi, %edx
	movl	%eax, %esi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-20(%rbp), %eax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
