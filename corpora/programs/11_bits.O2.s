	.file	"11_bits.c"
	.text
	.p2align 4
	.globl	popcount_hand
	.type	popcount_hand, @function
popcount_hand:
.LFB11:
	.cfi_startproc
	xorl	%edx, %edx
	testq	%rdi, %rdi
	je	.L1
	.p2align 4,,10
	.p2align 3
.L3:
	leaq	-1(%rdi), %rax
	addl	$1, %edx
	andq	%rax, %rdi
	jne	.L3
.L1:
	movl	%edx, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	popcount_hand, .-popcount_hand
	.p2align 4
	.globl	popcount_swar
	.type	popcount_swar, @function
popcount_swar:
.LFB12:
	.cfi_startproc
	movl	%edi, %eax
	shrl	%eax
	andl	$1431655765, %eax
	subl	%eax, %edi
	movl	%edi, %edx
	shrl	$2, %edi
	andl	$858993459, %edx
	andl	$858993459, %edi
	addl	%edi, %edx
	movl	%edx, %eax
	shrl	$4, %eax
	addl	%edx, %eax
	andl	$252645135, %eax
	imull	$16843009, %eax, %eax
	shrl	$24, %eax
	ret
	.cfi_endproc
.LFE12:
	.size	popcount_swar, .-popcount_swar
	.p2align 4
	.globl	bswap32_hand
	.type	bswap32_hand, @function
bswap32_hand:
.LFB15:
	.cfi_startproc
	movl	%edi, %eax
	bswap	%eax
	ret
	.cfi_endproc
.LFE15:
	.size	bswap32_hand, .-bswap32_hand
	.p2align 4
	.globl	reverse_bits
	.type	reverse_bits, @function
reverse_bits:
.LFB16:
	.cfi_startproc
	movl	$32, %edx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L10:
	movl	%edi, %ecx
	addl	%eax, %eax
	shrl	%edi
	andl	$1, %ecx
	orl	%ecx, %eax
	subl	$1, %edx
	jne	.L10
	ret
	.cfi_endproc
.LFE16:
	.size	reverse_bits, .-reverse_bits
	.p2align 4
	.globl	parity_hand
	.type	parity_hand, @function
parity_hand:
.LFB17:
	.cfi_startproc
	movq	%rdi, %rdx
	shrq	$32, %rdx
	xorq	%rdi, %rdx
	movq	%rdx, %rax
	shrq	$16, %rax
	xorq	%rdx, %rax
	movq	%rax, %rdx
	shrq	$8, %rdx
	xorq	%rax, %rdx
	movq	%rdx, %rax
	shrq	$4, %rax
	xorq	%rdx, %rax
	movq	%rax, %rdx
	shrq	$2, %rdx
	xorq	%rax, %rdx
	movq	%rdx, %rax
	shrq	%rax
	xorq	%rdx, %rax
	andl	$1, %eax
	ret
	.cfi_endproc
.LFE17:
	.size	parity_hand, .-parity_hand
	.p2align 4
	.globl	next_pow2
	.type	next_pow2, @function
next_pow2:
.LFB18:
	.cfi_startproc
	subl	$1, %edi
	movl	%edi, %eax
	shrl	%eax
	orl	%edi, %eax
	movl	%eax, %edi
	shrl	$2, %edi
	orl	%eax, %edi
	movl	%edi, %eax
	shrl	$4, %eax
	orl	%edi, %eax
	movl	%eax, %edx
	shrl	$8, %edx
	orl	%eax, %edx
	movl	%edx, %eax
	shrl	$16, %eax
	orl	%edx, %eax
	addl	$1, %eax
	ret
	.cfi_endproc
.LFE18:
	.size	next_pow2, .-next_pow2
	.globl	__popcountdi2
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC0:
	.string	"%016llx pop=%d pop32=%d ctz=%d clz=%d ctz32=%d clz32=%d par=%d\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"mismatches: %d\n"
	.section	.rodata.str1.8
	.align 8
.LC2:
	.string	"rotl32(%08x,%u)=%08x rotr64=%016llx\n"
	.section	.rodata.str1.1
.LC3:
	.string	"bswap32: %08x %08x\n"
.LC4:
	.string	"bswap64: %016llx\n"
.LC5:
	.string	"bswap16: %04x\n"
.LC6:
	.string	"reverse_bits: %08x\n"
	.section	.rodata.str1.8
	.align 8
.LC7:
	.string	"mask %2d: %016llx low bit of ~m: %d\n"
	.align 8
.LC8:
	.string	"lowest set: %08x clear lowest: %08x smear: %08x\n"
	.section	.rodata.str1.1
.LC9:
	.string	"next pow2 >= %u: %u\n"
.LC10:
	.string	"ffs=%d ffsll=%d clrsb=%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB20:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movl	$12, %r15d
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	xorl	%r13d, %r13d
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$8, %rsp
	.cfi_def_cfa_offset 64
	movq	seed(%rip), %rbx
	.p2align 4,,10
	.p2align 3
.L15:
	movq	%rbx, %rax
	salq	$13, %rax
	xorq	%rbx, %rax
	movq	%rax, %rdx
	shrq	$7, %rdx
	xorq	%rdx, %rax
	movq	%rax, %rbx
	salq	$17, %rbx
	xorq	%rax, %rbx
	movq	%rbx, %rdi
	call	popcount_hand
	movq	%rbx, %rdi
	movl	%eax, %ebp
	call	__popcountdi2@PLT
	movl	%ebx, %edi
	movl	%eax, %r14d
	call	popcount_swar
	movl	%ebx, %edi
	movl	%eax, %r12d
	call	__popcountdi2@PLT
	xorl	%ecx, %ecx
	cmpl	%r14d, %ebp
	movq	%rbx, %rdi
	movabsq	$-9223372036854775808, %r8
	setne	%cl
	cmpl	%eax, %r12d
	movq	%rbx, %r9
	setne	%al
	movzbl	%al, %eax
	addl	%eax, %ecx
	call	parity_hand
	leaq	.LC0(%rip), %rdi
	movl	%eax, %edx
	movq	%rbx, %rax
	shrq	$32, %rax
	xorl	%ebx, %eax
	movl	%eax, %esi
	shrl	$16, %esi
	xorl	%esi, %eax
	movq	%rbx, %rsi
	xorb	%ah, %al
	setnp	%al
	movzbl	%al, %eax
	cmpl	%eax, %edx
	setne	%al
	movzbl	%al, %eax
	addl	%ecx, %eax
	movl	%ebx, %ecx
	addl	%eax, %r13d
	movl	%ebx, %eax
	orl	$1, %eax
	bsrl	%eax, %eax
	orl	$-2147483648, %ecx
	orq	$1, %r9
	xorl	$31, %eax
	rep bsfl	%ecx, %ecx
	bsrq	%r9, %r9
	subq	$8, %rsp
	.cfi_def_cfa_offset 72
	pushq	%rdx
	.cfi_def_cfa_offset 80
	orq	%rbx, %r8
	xorl	$63, %r9d
	movl	%ebp, %edx
	pushq	%rax
	.cfi_def_cfa_offset 88
	rep bsfq	%r8, %r8
	xorl	%eax, %eax
	pushq	%rcx
	.cfi_def_cfa_offset 96
	movl	%r12d, %ecx
	call	printf@PLT
	addq	$32, %rsp
	.cfi_def_cfa_offset 64
	subl	$1, %r15d
	jne	.L15
	movl	%r13d, %esi
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movq	seed(%rip), %rbp
	leaq	.LC2(%rip), %r12
	movl	%ebp, %ebx
	.p2align 4,,10
	.p2align 3
.L16:
	movl	%r15d, %ecx
	movq	seed(%rip), %r8
	movl	%ebx, %eax
	movl	%r15d, %edx
	roll	%cl, %eax
	movl	%ebx, %esi
	movq	%r12, %rdi
	addl	$7, %r15d
	rorq	%cl, %r8
	movl	%eax, %ecx
	xorl	%eax, %eax
	call	printf@PLT
	cmpl	$42, %r15d
	jne	.L16
	movl	%ebx, %edi
	movl	%ebp, %edx
	rolw	$8, %bp
	leaq	.LC7(%rip), %r12
	call	bswap32_hand
	leaq	.LC3(%rip), %rdi
	bswap	%edx
	movl	$1, %r14d
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movq	seed(%rip), %rsi
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	bswap	%rsi
	call	printf@PLT
	movzwl	%bp, %esi
	xorl	%eax, %eax
	leaq	.LC5(%rip), %rdi
	movl	$7, %ebp
	call	printf@PLT
	movl	%ebx, %edi
	movl	$1, %ebx
	call	reverse_bits
	leaq	.LC6(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
.L17:
	movl	%ebx, %ecx
	movq	%r14, %rdx
	movl	%ebx, %esi
	movq	%r12, %rdi
	salq	%cl, %rdx
	xorl	%eax, %eax
	movq	%rdx, %rcx
	subq	$1, %rdx
	negq	%rcx
	rep bsfq	%rcx, %rcx
	call	printf@PLT
	movl	%ebx, %eax
	addl	%ebx, %ebx
	subl	$1, %ebp
	je	.L20
	cmpl	$32, %eax
	jne	.L17
	movl	$-1, %ecx
	movl	$64, %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	movq	$-1, %rdx
	call	printf@PLT
.L20:
	movq	seed(%rip), %rbx
	leaq	.LC8(%rip), %rdi
	xorl	%eax, %eax
	shrq	$32, %rbx
	xorl	$-1226594879, %ebx
	leal	-1(%rbx), %edx
	movl	%ebx, %esi
	movl	%edx, %ecx
	negl	%esi
	andl	%ebx, %edx
	orl	%ebx, %ecx
	andl	%ebx, %esi
	call	printf@PLT
	movl	%ebx, %esi
	shrl	$8, %esi
	movl	%esi, %edi
	call	next_pow2
	leaq	.LC9(%rip), %rdi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	printf@PLT
	movl	%ebx, %ecx
	movq	seed(%rip), %rax
	movq	$-1, %rdx
	shrl	$4, %ecx
	leaq	.LC10(%rip), %rdi
	leal	1(%rcx,%rcx), %ecx
	bsrl	%ecx, %ecx
	andl	$16776960, %eax
	xorl	$31, %ecx
	bsfq	%rax, %rax
	cmove	%rdx, %rax
	andl	$2147483647, %ebx
	bsfl	%ebx, %esi
	leal	1(%rax), %edx
	movl	$-1, %eax
	cmove	%eax, %esi
	xorl	%eax, %eax
	addl	$1, %esi
	call	printf@PLT
	addq	$8, %rsp
	.cfi_def_cfa_offset 56
	movl	%r13d, %eax
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
.LFE20:
	.size	main, .-main
	.globl	seed
	.data
	.align 8
	.type	seed, @object
	.size	seed, 8
seed:
	.quad	81985529216486895
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
