	.file	"08_strings.c"
	.text
	.p2align 4
	.globl	reverse
	.type	reverse, @function
reverse:
.LFB23:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rbx
	call	strlen@PLT
	movq	%rax, %rsi
	shrq	%rsi
	je	.L1
	movq	%rbx, %rdi
	leaq	-1(%rbx,%rax), %rax
	addq	%rbx, %rsi
	.p2align 4,,10
	.p2align 3
.L3:
	movzbl	(%rax), %ecx
	movzbl	(%rdi), %edx
	addq	$1, %rdi
	subq	$1, %rax
	movb	%cl, -1(%rdi)
	movb	%dl, 1(%rax)
	cmpq	%rsi, %rdi
	jne	.L3
.L1:
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE23:
	.size	reverse, .-reverse
	.p2align 4
	.globl	count_sub
	.type	count_sub, @function
count_sub:
.LFB24:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r12
	movq	%rsi, %rdi
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rsi, %rbx
	call	strlen@PLT
	movq	%r12, %rdi
	movq	%rbx, %rsi
	xorl	%r12d, %r12d
	movq	%rax, %rbp
	call	strstr@PLT
	testq	%rax, %rax
	je	.L8
	.p2align 4,,10
	.p2align 3
.L10:
	leaq	(%rax,%rbp), %rdi
	movq	%rbx, %rsi
	addl	$1, %r12d
	call	strstr@PLT
	testq	%rax, %rax
	jne	.L10
.L8:
	movl	%r12d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE24:
	.size	count_sub, .-count_sub
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC0:
	.string	"  -1234 0x1f 0777 42abc 99999999999 +17"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"apple"
.LC2:
	.string	"apricot"
.LC3:
	.string	"banana"
.LC4:
	.string	"app"
.LC5:
	.string	"Apple"
.LC6:
	.string	"strlen: %zu\n"
.LC7:
	.string	"reversed: %s\n"
.LC8:
	.string	"!!!!!!"
.LC9:
	.string	"concat: %s (%zu)\n"
.LC10:
	.string	"strcmp(%s,%s)=%d strncmp3=%d\n"
	.section	.rodata.str1.8
	.align 8
.LC11:
	.string	"first o at %ld, last o at %ld, z at %ld\n"
	.section	.rodata.str1.1
.LC12:
	.string	"null"
.LC13:
	.string	"strchr missing: %s\n"
	.section	.rodata.str1.8
	.align 8
.LC14:
	.string	"The quick brown fox jumps over the lazy dog"
	.section	.rodata.str1.1
.LC15:
	.string	"strstr fox: \"%s\"\n"
.LC16:
	.string	"o"
.LC17:
	.string	"the"
.LC18:
	.string	"the cat the hat the end"
	.section	.rodata.str1.8
	.align 8
.LC19:
	.string	"count 'the': %d, count 'o': %d\n"
	.section	.rodata.str1.1
.LC21:
	.string	"memset/memcpy: %s\n"
.LC22:
	.string	"strtol -> %ld (consumed %ld)\n"
.LC23:
	.string	"ff"
.LC24:
	.string	"strtol base16: %ld\n"
.LC25:
	.string	"-101101"
.LC26:
	.string	"strtol base2: %ld\n"
.LC27:
	.string	"4294967296"
.LC28:
	.string	"strtoul: %lu\n"
.LC29:
	.string	"  314xyz"
.LC30:
	.string	"atoi: %d\n"
.LC31:
	.string	"field %d: '%s' len=%zu\n"
.LC32:
	.string	"strspn=%zu strcspn=%zu\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB25:
	.cfi_startproc
	leaq	.LC1(%rip), %rax
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movl	$43, %esi
	leaq	.LC6(%rip), %rdi
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%rax, %xmm0
	leaq	.LC2(%rip), %rax
	movl	$-1, %r14d
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	movq	%rax, %xmm3
	leaq	.LC5(%rip), %rax
	movdqa	%xmm0, %xmm1
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rax, %xmm4
	punpcklqdq	%xmm3, %xmm1
	xorl	%eax, %eax
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	punpcklqdq	%xmm4, %xmm0
	leaq	.LC10(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$344, %rsp
	.cfi_def_cfa_offset 400
	movaps	%xmm1, 32(%rsp)
	leaq	96(%rsp), %r15
	leaq	136(%rsp), %r12
	movaps	%xmm0, 16(%rsp)
	call	printf@PLT
	movdqa	.LC33(%rip), %xmm2
	leaq	208(%rsp), %rax
	movq	%rax, %rbx
	movq	%rax, %rdi
	movq	%rax, 8(%rsp)
	movaps	%xmm2, 208(%rsp)
	movdqa	.LC34(%rip), %xmm2
	movaps	%xmm2, 224(%rsp)
	movdqa	.LC35(%rip), %xmm2
	movups	%xmm2, 236(%rsp)
	call	reverse
	movq	%rbx, %rsi
	leaq	.LC7(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$100, %edx
	movl	$8236, %eax
	leaq	144(%rsp), %rbx
	movw	%dx, 155(%rsp)
	movq	%rbx, %rdi
	movslq	seed(%rip), %rdx
	leaq	.LC8(%rip), %rsi
	movl	$1819043176, 144(%rsp)
	movb	$111, 148(%rsp)
	movw	%ax, 149(%rsp)
	movl	$1819438967, 151(%rsp)
	call	strncat@PLT
	movq	%rbx, %rdi
	call	strlen@PLT
	movq	%rbx, %rsi
	leaq	.LC9(%rip), %rdi
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
	movdqa	32(%rsp), %xmm1
	leaq	.LC4(%rip), %rax
	leaq	.LC3(%rip), %rcx
	movdqa	16(%rsp), %xmm0
	movq	%rax, %xmm5
	movaps	%xmm1, 96(%rsp)
	movq	%rcx, %xmm1
	punpcklqdq	%xmm5, %xmm1
	movaps	%xmm0, 128(%rsp)
	movaps	%xmm1, 112(%rsp)
	jmp	.L16
	.p2align 4,,10
	.p2align 3
.L28:
	movq	8(%r15), %rsi
	movq	%rbx, %rdi
	call	strcmp@PLT
	movl	%eax, %r14d
.L16:
	movq	8(%r15), %rbx
	movq	(%r15), %r13
	movl	$3, %edx
	movq	%rbx, %rsi
	movq	%r13, %rdi
	call	strncmp@PLT
	xorl	%r8d, %r8d
	movq	%rbx, %rdx
	movq	%r13, %rsi
	testl	%eax, %eax
	movq	%rbp, %rdi
	setg	%r8b
	shrl	$31, %eax
	xorl	%ecx, %ecx
	testl	%r14d, %r14d
	setg	%cl
	shrl	$31, %r14d
	subl	%eax, %r8d
	addq	$8, %r15
	subl	%r14d, %ecx
	xorl	%eax, %eax
	call	printf@PLT
	cmpq	%r15, %r12
	jne	.L28
	movl	$37, %ecx
	movl	$41, %edx
	movl	$12, %esi
	xorl	%eax, %eax
	leaq	.LC11(%rip), %rdi
	movl	$6, %ebp
	leaq	56(%rsp), %r13
	call	printf@PLT
	leaq	.LC12(%rip), %rsi
	xorl	%eax, %eax
	leaq	.LC13(%rip), %rdi
	call	printf@PLT
	leaq	16+.LC14(%rip), %rsi
	xorl	%eax, %eax
	leaq	.LC15(%rip), %rdi
	call	printf@PLT
	leaq	.LC16(%rip), %rsi
	leaq	.LC14(%rip), %rdi
	call	count_sub
	leaq	.LC17(%rip), %rsi
	leaq	.LC18(%rip), %rdi
	movl	%eax, %ebx
	leaq	.LC22(%rip), %r12
	call	count_sub
	movl	%ebx, %edx
	leaq	.LC19(%rip), %rdi
	leaq	.LC0(%rip), %rbx
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movdqa	.LC20(%rip), %xmm0
	movq	8(%rsp), %rsi
	xorl	%eax, %eax
	leaq	.LC21(%rip), %rdi
	movb	$0, 228(%rsp)
	movaps	%xmm0, 208(%rsp)
	movl	$774778414, 224(%rsp)
	movl	$1498435395, 213(%rsp)
	call	printf@PLT
	.p2align 4,,10
	.p2align 3
.L19:
	movq	%rbx, %rdi
	xorl	%edx, %edx
	movq	%r13, %rsi
	call	strtol@PLT
	movq	56(%rsp), %rdx
	movq	%r12, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	subq	%rbx, %rdx
	call	printf@PLT
	movq	56(%rsp), %rbx
	testb	$-33, (%rbx)
	je	.L17
	.p2align 4,,10
	.p2align 3
.L18:
	addq	$1, %rbx
	testb	$-33, (%rbx)
	jne	.L18
.L17:
	subl	$1, %ebp
	jne	.L19
	movl	$16, %edx
	xorl	%esi, %esi
	leaq	64(%rsp), %rbp
	xorl	%r12d, %r12d
	leaq	.LC23(%rip), %rdi
	leaq	.LC31(%rip), %r13
	call	strtol@PLT
	leaq	.LC24(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$2, %edx
	xorl	%esi, %esi
	leaq	.LC25(%rip), %rdi
	call	strtol@PLT
	leaq	.LC26(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$10, %edx
	xorl	%esi, %esi
	leaq	.LC27(%rip), %rdi
	call	strtoul@PLT
	leaq	.LC28(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$10, %edx
	xorl	%esi, %esi
	leaq	.LC29(%rip), %rdi
	call	strtol@PLT
	leaq	.LC30(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movdqa	.LC36(%rip), %xmm0
	movabsq	$27431081647287393, %rax
	movq	%rax, 80(%rsp)
	movaps	%xmm0, 64(%rsp)
	jmp	.L21
	.p2align 4,,10
	.p2align 3
.L29:
	movb	$0, (%rax)
	movq	%rbp, %rdi
	leal	1(%r12), %r14d
	call	strlen@PLT
	movq	%rbp, %rdx
	movl	%r12d, %esi
	movq	%r13, %rdi
	movq	%rax, %rcx
	xorl	%eax, %eax
	leaq	1(%rbx), %rbp
	movl	%r14d, %r12d
	call	printf@PLT
.L21:
	movl	$44, %esi
	movq	%rbp, %rdi
	call	strchr@PLT
	movq	%rax, %rbx
	testq	%rax, %rax
	jne	.L29
	movq	%rbp, %rdi
	call	strlen@PLT
	movq	%rbp, %rdx
	movl	%r12d, %esi
	movq	%r13, %rdi
	movq	%rax, %rcx
	xorl	%eax, %eax
	call	printf@PLT
	movl	$5, %edx
	movl	$3, %esi
	xorl	%eax, %eax
	leaq	.LC32(%rip), %rdi
	call	printf@PLT
	addq	$344, %rsp
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
.LFE25:
	.size	main, .-main
	.globl	seed
	.data
	.align 4
	.type	seed, @object
	.size	seed, 4
seed:
	.long	3
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC20:
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.byte	46
	.align 16
.LC33:
	.quad	7163385811044755540
	.quad	2336936577195974763
	.align 16
.LC34:
	.quad	8101260403381137254
	.quad	8367813887758639219
	.align 16
.LC35:
	.quad	7791338854650245733
	.quad	29114398433442401
	.align 16
.LC36:
	.quad	7305450342424013921
	.quad	7885065618346238324
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
