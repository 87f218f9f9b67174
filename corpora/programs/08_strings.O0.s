	.file	"08_strings.c"
	.text
	.globl	seed
	.data
	.align 4
	.type	seed, @object
	.size	seed, 4
seed:
	.long	3
	.text
	.type	sgn, @function
sgn:
.LFB6:
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
.LFE6:
	.size	sgn, .-sgn
	.globl	reverse
	.type	reverse, @function
reverse:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -40(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, -16(%rbp)
	movq	$0, -8(%rbp)
	jmp	.L4
.L5:
	movq	-40(%rbp), %rdx
	movq	-8(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movb	%al, -17(%rbp)
	movq	-16(%rbp), %rax
	subq	-8(%rbp), %rax
	leaq	-1(%rax), %rdx
	movq	-40(%rbp), %rax
	addq	%rdx, %rax
	movq	-40(%rbp), %rcx
	movq	-8(%rbp), %rdx
	addq	%rcx, %rdx
	movzbl	(%rax), %eax
	movb	%al, (%rdx)
	movq	-16(%rbp), %rax
	subq	-8(%rbp), %rax
	leaq	-1(%rax), %rdx
	movq	-40(%rbp), %rax
	addq	%rax, %rdx
	movzbl	-17(%rbp), %eax
	movb	%al, (%rdx)
	addq	$1, -8(%rbp)
.L4:
	movq	-16(%rbp), %rax
	shrq	%rax
	cmpq	%rax, -8(%rbp)
	jb	.L5
	nop
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	reverse, .-reverse
	.globl	count_sub
	.type	count_sub, @function
count_sub:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movl	$0, -4(%rbp)
	movq	-48(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, -24(%rbp)
	movq	-48(%rbp), %rdx
	movq	-40(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	strstr@PLT
	movq	%rax, -16(%rbp)
	jmp	.L7
.L8:
	addl	$1, -4(%rbp)
	movq	-16(%rbp), %rdx
	movq	-24(%rbp), %rax
	addq	%rax, %rdx
	movq	-48(%rbp), %rax
	movq	%rax, %rsi
	movq	%rdx, %rdi
	call	strstr@PLT
	movq	%rax, -16(%rbp)
.L7:
	cmpq	$0, -16(%rbp)
	jne	.L8
	movl	-4(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	count_sub, .-count_sub
	.section	.rodata
	.align 8
.LC0:
	.string	"The quick brown fox jumps over the lazy dog"
.LC1:
	.string	"strlen: %zu\n"
.LC2:
	.string	"reversed: %s\n"
.LC3:
	.string	"!!!!!!"
.LC4:
	.string	"concat: %s (%zu)\n"
.LC5:
	.string	"apple"
.LC6:
	.string	"apricot"
.LC7:
	.string	"banana"
.LC8:
	.string	"app"
.LC9:
	.string	"Apple"
.LC10:
	.string	"strcmp(%s,%s)=%d strncmp3=%d\n"
	.align 8
.LC11:
	.string	"first o at %ld, last o at %ld, z at %ld\n"
.LC12:
	.string	"found"
.LC13:
	.string	"null"
.LC14:
	.string	"strchr missing: %s\n"
.LC15:
	.string	"fox"
.LC16:
	.string	"strstr fox: \"%s\"\n"
.LC17:
	.string	"o"
.LC18:
	.string	"the"
.LC19:
	.string	"the cat the hat the end"
	.align 8
.LC20:
	.string	"count 'the': %d, count 'o': %d\n"
.LC21:
	.string	"COPY"
.LC22:
	.string	"memset/memcpy: %s\n"
	.align 8
.LC23:
	.string	"  -1234 0x1f 0777 42abc 99999999999 +17"
.LC24:
	.string	"strtol -> %ld (consumed %ld)\n"
.LC25:
	.string	"ff"
.LC26:
	.string	"strtol base16: %ld\n"
.LC27:
	.string	"-101101"
.LC28:
	.string	"strtol base2: %ld\n"
.LC29:
	.string	"4294967296"
.LC30:
	.string	"strtoul: %lu\n"
.LC31:
	.string	"  314xyz"
.LC32:
	.string	"atoi: %d\n"
.LC33:
	.string	"field %d: '%s' len=%zu\n"
.LC34:
	.string	"strspn=%zu strcspn=%zu\n"
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
	subq	$376, %rsp
	.cfi_offset 3, -24
	leaq	.LC0(%rip), %rax
	movq	%rax, -56(%rbp)
	movq	-56(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, %rsi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-56(%rbp), %rdx
	leaq	-240(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	strcpy@PLT
	leaq	-240(%rbp), %rax
	movq	%rax, %rdi
	call	reverse
	leaq	-240(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	-304(%rbp), %rax
	movl	$1819043176, (%rax)
	movw	$111, 4(%rax)
	leaq	-304(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, %rdx
	leaq	-304(%rbp), %rax
	addq	%rdx, %rax
	movw	$8236, (%rax)
	movb	$0, 2(%rax)
	leaq	-304(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, %rdx
	leaq	-304(%rbp), %rax
	addq	%rdx, %rax
	movl	$1819438967, (%rax)
	movw	$100, 4(%rax)
	movl	seed(%rip), %eax
	movslq	%eax, %rdx
	leaq	-304(%rbp), %rax
	leaq	.LC3(%rip), %rcx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	strncat@PLT
	leaq	-304(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, %rdx
	leaq	-304(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	.LC5(%rip), %rax
	movq	%rax, -352(%rbp)
	leaq	.LC6(%rip), %rax
	movq	%rax, -344(%rbp)
	leaq	.LC7(%rip), %rax
	movq	%rax, -336(%rbp)
	leaq	.LC8(%rip), %rax
	movq	%rax, -328(%rbp)
	leaq	.LC5(%rip), %rax
	movq	%rax, -320(%rbp)
	leaq	.LC9(%rip), %rax
	movq	%rax, -312(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L11
.L12:
	movl	-20(%rbp), %eax
	addl	$1, %eax
	cltq
	movq	-352(%rbp,%rax,8), %rcx
	movl	-20(%rbp), %eax
	cltq
	movq	-352(%rbp,%rax,8), %rax
	movl	$3, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	strncmp@PLT
	movl	%eax, %edi
	call	sgn
	movl	%eax, %ebx
	movl	-20(%rbp), %eax
	addl	$1, %eax
	cltq
	movq	-352(%rbp,%rax,8), %rdx
	movl	-20(%rbp), %eax
	cltq
	movq	-352(%rbp,%rax,8), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	strcmp@PLT
	movl	%eax, %edi
	call	sgn
	movl	%eax, %ecx
	movl	-20(%rbp), %eax
	addl	$1, %eax
	cltq
	movq	-352(%rbp,%rax,8), %rdx
	movl	-20(%rbp), %eax
	cltq
	movq	-352(%rbp,%rax,8), %rax
	movl	%ebx, %r8d
	movq	%rax, %rsi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -20(%rbp)
.L11:
	cmpl	$4, -20(%rbp)
	jle	.L12
	movq	-56(%rbp), %rax
	movl	$111, %esi
	movq	%rax, %rdi
	call	strchr@PLT
	movq	%rax, -64(%rbp)
	movq	-56(%rbp), %rax
	movl	$111, %esi
	movq	%rax, %rdi
	call	strrchr@PLT
	movq	%rax, -72(%rbp)
	movq	-56(%rbp), %rax
	movl	$122, %esi
	movq	%rax, %rdi
	call	strchr@PLT
	subq	-56(%rbp), %rax
	movq	%rax, %rcx
	movq	-72(%rbp), %rax
	subq	-56(%rbp), %rax
	movq	%rax, %rdx
	movq	-64(%rbp), %rax
	subq	-56(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-56(%rbp), %rax
	movl	$35, %esi
	movq	%rax, %rdi
	call	strchr@PLT
	testq	%rax, %rax
	je	.L13
	leaq	.LC12(%rip), %rax
	jmp	.L14
.L13:
	leaq	.LC13(%rip), %rax
.L14:
	movq	%rax, %rsi
	leaq	.LC14(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-56(%rbp), %rax
	leaq	.LC15(%rip), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	strstr@PLT
	movq	%rax, -80(%rbp)
	movq	-80(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC16(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-56(%rbp), %rax
	leaq	.LC17(%rip), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	count_sub
	movl	%eax, %ebx
	leaq	.LC18(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC19(%rip), %rax
	movq	%rax, %rdi
	call	count_sub
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC20(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	-240(%rbp), %rax
	movl	$20, %edx
	movl	$46, %esi
	movq	%rax, %rdi
	call	memset@PLT
	movb	$0, -220(%rbp)
	leaq	-240(%rbp), %rax
	addq	$5, %rax
	movl	$4, %edx
	leaq	.LC21(%rip), %rcx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memcpy@PLT
	leaq	-240(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC22(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	.LC23(%rip), %rax
	movq	%rax, -88(%rbp)
	movq	-88(%rbp), %rax
	movq	%rax, -32(%rbp)
	movl	$0, -36(%rbp)
	jmp	.L15
.L19:
	leaq	-360(%rbp), %rcx
	movq	-32(%rbp), %rax
	movl	$0, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	strtol@PLT
	movq	%rax, -104(%rbp)
	movq	-360(%rbp), %rax
	subq	-32(%rbp), %rax
	movq	%rax, %rdx
	movq	-104(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC24(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-360(%rbp), %rax
	movq	%rax, -32(%rbp)
	jmp	.L16
.L18:
	addq	$1, -32(%rbp)
.L16:
	movq	-32(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	je	.L17
	movq	-32(%rbp), %rax
	movzbl	(%rax), %eax
	cmpb	$32, %al
	jne	.L18
.L17:
	addl	$1, -36(%rbp)
.L15:
	cmpl	$5, -36(%rbp)
	jle	.L19
	movl	$16, %edx
	movl	$0, %esi
	leaq	.LC25(%rip), %rax
	movq	%rax, %rdi
	call	strtol@PLT
	movq	%rax, %rsi
	leaq	.LC26(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$2, %edx
	movl	$0, %esi
	leaq	.LC27(%rip), %rax
	movq	%rax, %rdi
	call	strtol@PLT
	movq	%rax, %rsi
	leaq	.LC28(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$10, %edx
	movl	$0, %esi
	leaq	.LC29(%rip), %rax
	movq	%rax, %rdi
	call	strtoul@PLT
	movq	%rax, %rsi
	leaq	.LC30(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	.LC31(%rip), %rax
	movq	%rax, %rdi
	call	atoi@PLT
	movl	%eax, %esi
	leaq	.LC32(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movabsq	$7305450342424013921, %rax
	movabsq	$7885065618346238324, %rdx
	movq	%rax, -384(%rbp)
	movq	%rdx, -376(%rbp)
	movabsq	$27431081647287393, %rax
	movq	%rax, -368(%rbp)
	movl	$0, -40(%rbp)
	leaq	-384(%rbp), %rax
	movq	%rax, -48(%rbp)
.L23:
	movq	-48(%rbp), %rax
	movl	$44, %esi
	movq	%rax, %rdi
	call	strchr@PLT
	movq	%rax, -96(%rbp)
	cmpq	$0, -96(%rbp)
	je	.L20
	movq	-96(%rbp), %rax
	movb	$0, (%rax)
.L20:
	movq	-48(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, %rcx
	movl	-40(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -40(%rbp)
	movq	-48(%rbp), %rdx
	movl	%eax, %esi
	leaq	.LC33(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	cmpq	$0, -96(%rbp)
	je	.L26
	movq	-96(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -48(%rbp)
	jmp	.L23
.L26:
	nop
	movl	$5, %edx
	movl	$3, %esi
	leaq	.LC34(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
