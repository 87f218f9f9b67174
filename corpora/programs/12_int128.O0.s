	.file	"12_int128.c"
	.text
	.globl	va
	.data
	.align 8
	.type	va, @object
	.size	va, 8
va:
	.quad	-81985529216486896
	.globl	vb
	.align 8
	.type	vb, @object
	.size	vb, 8
vb:
	.quad	1089357896855742840
	.globl	vneg
	.align 8
	.type	vneg, @object
	.size	vneg, 8
vneg:
	.quad	-123456789012345
	.globl	vdiv
	.align 8
	.type	vdiv, @object
	.size	vdiv, 8
vdiv:
	.quad	1000000007
	.section	.rodata
.LC0:
	.string	"%s = 0x%016llx%016llx\n"
	.text
	.type	print_hex, @function
print_hex:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rdx, %rcx
	movq	%rsi, %rax
	movq	%rdi, %rdx
	movq	%rcx, %rdx
	movq	%rax, -32(%rbp)
	movq	%rdx, -24(%rbp)
	movq	-32(%rbp), %rcx
	movq	-32(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rdx, %rax
	xorl	%edx, %edx
	movq	%rax, %rdx
	movq	-8(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	print_hex, .-print_hex
	.globl	__umodti3
	.globl	__udivti3
	.section	.rodata
.LC1:
	.string	"%s = %llu%019llu%019llu\n"
.LC2:
	.string	"%s = %llu%019llu\n"
.LC3:
	.string	"%s = %llu\n"
	.text
	.type	print_dec, @function
print_dec:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$104, %rsp
	.cfi_offset 15, -24
	.cfi_offset 14, -32
	.cfi_offset 13, -40
	.cfi_offset 12, -48
	.cfi_offset 3, -56
	movq	%rdi, -104(%rbp)
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rsi, %rdx
	movq	%rax, -128(%rbp)
	movq	%rdx, -120(%rbp)
	movabsq	$-8446744073709551616, %rax
	movq	%rax, -56(%rbp)
	movq	-56(%rbp), %rax
	movq	%rax, %rcx
	movl	$0, %ebx
	movq	-128(%rbp), %rax
	movq	-120(%rbp), %rdx
	movq	%rax, %rsi
	movq	%rdx, %rdi
	movq	%rdx, %rax
	movq	%rcx, %rdx
	movq	%rbx, %rcx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__umodti3@PLT
	movq	%rax, -64(%rbp)
	movq	-56(%rbp), %rax
	movq	%rax, -144(%rbp)
	movq	$0, -136(%rbp)
	movq	-128(%rbp), %rsi
	movq	-120(%rbp), %rax
	movq	-144(%rbp), %rdx
	movq	-136(%rbp), %rcx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__udivti3@PLT
	movq	%rax, -80(%rbp)
	movq	%rdx, -72(%rbp)
	movq	-56(%rbp), %rax
	movq	%rax, %r14
	movl	$0, %r15d
	movq	-80(%rbp), %rax
	movq	-72(%rbp), %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rcx, %rsi
	movq	%rdx, %rax
	movq	%r14, %rdx
	movq	%r15, %rcx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__umodti3@PLT
	movq	%rax, -88(%rbp)
	movq	-56(%rbp), %rax
	movq	%rax, %r12
	movl	$0, %r13d
	movq	-80(%rbp), %rsi
	movq	-72(%rbp), %rax
	movq	%r12, %rdx
	movq	%r13, %rcx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__udivti3@PLT
	movq	%rax, -96(%rbp)
	cmpq	$0, -96(%rbp)
	je	.L3
	movq	-64(%rbp), %rsi
	movq	-88(%rbp), %rcx
	movq	-96(%rbp), %rdx
	movq	-104(%rbp), %rax
	movq	%rsi, %r8
	movq	%rax, %rsi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	jmp	.L6
.L3:
	cmpq	$0, -88(%rbp)
	je	.L5
	movq	-64(%rbp), %rcx
	movq	-88(%rbp), %rdx
	movq	-104(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	jmp	.L6
.L5:
	movq	-64(%rbp), %rdx
	movq	-104(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
.L6:
	nop
	addq	$104, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	print_dec, .-print_dec
	.section	.rodata
.LC4:
	.string	"%s (neg)"
	.text
	.type	print_signed, @function
print_signed:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$104, %rsp
	.cfi_offset 3, -24
	movq	%rdi, -88(%rbp)
	movq	%rdx, %rcx
	movq	%rsi, %rax
	movq	%rdi, %rdx
	movq	%rcx, %rdx
	movq	%rax, -112(%rbp)
	movq	%rdx, -104(%rbp)
	cmpq	$0, -104(%rbp)
	jns	.L8
	movq	-88(%rbp), %rdx
	leaq	-80(%rbp), %rax
	movq	%rdx, %rcx
	leaq	.LC4(%rip), %rdx
	movl	$64, %esi
	movq	%rax, %rdi
	movl	$0, %eax
	call	snprintf@PLT
	movq	-112(%rbp), %rax
	movq	-104(%rbp), %rdx
	negq	%rax
	adcq	$0, %rdx
	negq	%rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	leaq	-80(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	print_dec
	jmp	.L10
.L8:
	movq	-112(%rbp), %rax
	movq	-104(%rbp), %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	-88(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	print_dec
.L10:
	nop
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	print_signed, .-print_signed
	.globl	mul128
	.type	mul128, @function
mul128:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rsi, %rax
	movq	%rdi, %r8
	movq	%r8, %rsi
	movq	%r9, %rdi
	movq	%rax, %rdi
	movq	%rsi, -16(%rbp)
	movq	%rdi, -8(%rbp)
	movq	%rdx, -32(%rbp)
	movq	%rcx, -24(%rbp)
	movq	-8(%rbp), %rax
	imulq	-32(%rbp), %rax
	movq	%rax, %rdx
	movq	-24(%rbp), %rax
	imulq	-16(%rbp), %rax
	leaq	(%rdx,%rax), %rcx
	movq	-32(%rbp), %rax
	mulq	-16(%rbp)
	addq	%rdx, %rcx
	movq	%rcx, %rdx
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	mul128, .-mul128
	.globl	div128
	.type	div128, @function
div128:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rsi, %rax
	movq	%rdi, %r8
	movq	%r8, %rsi
	movq	%r9, %rdi
	movq	%rax, %rdi
	movq	%rsi, -16(%rbp)
	movq	%rdi, -8(%rbp)
	movq	%rdx, -32(%rbp)
	movq	%rcx, -24(%rbp)
	movq	-16(%rbp), %rsi
	movq	-8(%rbp), %rax
	movq	-32(%rbp), %rdx
	movq	-24(%rbp), %rcx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__udivti3@PLT
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	div128, .-div128
	.globl	__divti3
	.globl	sdiv128
	.type	sdiv128, @function
sdiv128:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rsi, %rax
	movq	%rdi, %r8
	movq	%r8, %rsi
	movq	%r9, %rdi
	movq	%rax, %rdi
	movq	%rsi, -16(%rbp)
	movq	%rdi, -8(%rbp)
	movq	%rdx, -32(%rbp)
	movq	%rcx, -24(%rbp)
	movq	-16(%rbp), %rsi
	movq	-8(%rbp), %rax
	movq	-32(%rbp), %rdx
	movq	-24(%rbp), %rcx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__divti3@PLT
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	sdiv128, .-sdiv128
	.globl	__modti3
	.globl	smod128
	.type	smod128, @function
smod128:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$40, %rsp
	.cfi_offset 3, -24
	movq	%rsi, %rax
	movq	%rdi, %r8
	movq	%r8, %rsi
	movq	%r9, %rdi
	movq	%rax, %rdi
	movq	%rsi, -32(%rbp)
	movq	%rdi, -24(%rbp)
	movq	%rdx, -48(%rbp)
	movq	%rcx, -40(%rbp)
	movq	-32(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rcx, %rsi
	movq	%rdx, %rax
	movq	-48(%rbp), %rdx
	movq	-40(%rbp), %rcx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__modti3@PLT
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	smod128, .-smod128
	.globl	factorial
	.type	factorial, @function
factorial:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	movl	%edi, -52(%rbp)
	movq	$1, -32(%rbp)
	movq	$0, -24(%rbp)
	movl	$2, -36(%rbp)
	jmp	.L20
.L21:
	movl	-36(%rbp), %eax
	movl	%eax, %eax
	movq	%rax, %rcx
	movl	$0, %ebx
	movq	-24(%rbp), %rax
	imulq	%rcx, %rax
	movq	%rax, %rdx
	movq	-32(%rbp), %rax
	imulq	%rbx, %rax
	leaq	(%rdx,%rax), %rsi
	movq	%rcx, %rax
	mulq	-32(%rbp)
	addq	%rdx, %rsi
	movq	%rsi, %rdx
	movq	%rax, -32(%rbp)
	movq	%rdx, -24(%rbp)
	movq	%rax, -32(%rbp)
	movq	%rdx, -24(%rbp)
	addl	$1, -36(%rbp)
.L20:
	movl	-36(%rbp), %eax
	cmpl	%eax, -52(%rbp)
	jnb	.L21
	movq	-32(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	factorial, .-factorial
	.section	.rodata
.LC5:
	.string	"a*b"
.LC6:
	.string	"2ab+a"
.LC7:
	.string	"a<<70"
.LC8:
	.string	"prod>>37"
.LC9:
	.string	"~prod"
.LC10:
	.string	"prod/10"
.LC11:
	.string	"prod%10"
.LC12:
	.string	"prod/7"
.LC13:
	.string	"prod/var"
.LC14:
	.string	"prod%var"
.LC15:
	.string	"30!"
.LC16:
	.string	"34!"
.LC17:
	.string	"neg^2"
.LC18:
	.string	"neg*big"
.LC19:
	.string	"neg/7"
.LC20:
	.string	"neg%7"
.LC21:
	.string	"neg/-13"
.LC22:
	.string	"compare: %d %d %d\n"
	.align 8
.LC23:
	.string	"largest fib index in u128: %d\n"
.LC24:
	.string	"fib"
.LC25:
	.string	"rebuild ok: %d\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$312, %rsp
	.cfi_offset 15, -24
	.cfi_offset 14, -32
	.cfi_offset 13, -40
	.cfi_offset 12, -48
	.cfi_offset 3, -56
	movq	va(%rip), %rax
	movq	%rax, -112(%rbp)
	movq	$0, -104(%rbp)
	movq	vb(%rip), %rax
	movq	%rax, -128(%rbp)
	movq	$0, -120(%rbp)
	movq	-128(%rbp), %rax
	movq	-120(%rbp), %rdx
	movq	-112(%rbp), %rdi
	movq	-104(%rbp), %rsi
	movq	%rdx, %rcx
	movq	%rax, %rdx
	call	mul128
	movq	%rax, -144(%rbp)
	movq	%rdx, -136(%rbp)
	movq	-144(%rbp), %rdx
	movq	-136(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdx
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	call	print_hex
	movq	-144(%rbp), %rdx
	movq	-136(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdx
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	call	print_dec
	movq	-144(%rbp), %rax
	movq	-136(%rbp), %rdx
	shldq	$1, %rax, %rdx
	addq	%rax, %rax
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	-112(%rbp), %rax
	movq	-104(%rbp), %rdx
	addq	%rcx, %rax
	adcq	%rbx, %rdx
	movq	%rax, -160(%rbp)
	movq	%rdx, -152(%rbp)
	movq	-160(%rbp), %rdx
	movq	-152(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdx
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	call	print_hex
	movq	-112(%rbp), %rax
	movq	-104(%rbp), %rdx
	movq	%rax, %rdx
	movl	$0, %eax
	salq	$6, %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	call	print_hex
	movq	-144(%rbp), %rax
	movq	-136(%rbp), %rdx
	shrdq	$37, %rdx, %rax
	shrq	$37, %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	call	print_hex
	movq	-144(%rbp), %rax
	notq	%rax
	movq	%rax, %r12
	movq	-136(%rbp), %rax
	notq	%rax
	movq	%rax, %r13
	movq	%r12, %rcx
	movq	%r13, %rbx
	movq	%r12, %rax
	movq	%r13, %rdx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	call	print_hex
	movq	-144(%rbp), %rax
	movq	-136(%rbp), %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rcx, %rsi
	movq	%rdx, %rax
	movl	$10, %edx
	movl	$0, %ecx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__udivti3@PLT
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	call	print_hex
	movq	-144(%rbp), %rax
	movq	-136(%rbp), %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rcx, %rsi
	movq	%rdx, %rax
	movl	$10, %edx
	movl	$0, %ecx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__umodti3@PLT
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	call	print_hex
	movq	-144(%rbp), %rax
	movq	-136(%rbp), %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rcx, %rsi
	movq	%rdx, %rax
	movl	$7, %edx
	movl	$0, %ecx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__udivti3@PLT
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC12(%rip), %rax
	movq	%rax, %rdi
	call	print_hex
	movq	vdiv(%rip), %rax
	movq	%rax, -256(%rbp)
	movq	$0, -248(%rbp)
	movq	-144(%rbp), %rsi
	movq	-136(%rbp), %rax
	movq	-256(%rbp), %rdx
	movq	-248(%rbp), %rcx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	div128
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC13(%rip), %rax
	movq	%rax, %rdi
	call	print_hex
	movq	vdiv(%rip), %rax
	movq	%rax, -272(%rbp)
	movq	$0, -264(%rbp)
	movq	-144(%rbp), %rax
	movq	-136(%rbp), %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rcx, %rsi
	movq	%rdx, %rax
	movq	-272(%rbp), %rdx
	movq	-264(%rbp), %rcx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	__umodti3@PLT
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC14(%rip), %rax
	movq	%rax, %rdi
	call	print_hex
	movl	$30, %edi
	call	factorial
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC15(%rip), %rax
	movq	%rax, %rdi
	call	print_dec
	movl	$34, %edi
	call	factorial
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC16(%rip), %rax
	movq	%rax, %rdi
	call	print_dec
	movq	vneg(%rip), %rax
	movq	%rax, -176(%rbp)
	sarq	$63, %rax
	movq	%rax, -168(%rbp)
	movq	-168(%rbp), %rax
	imulq	-176(%rbp), %rax
	movq	%rax, %rdx
	movq	-168(%rbp), %rax
	imulq	-176(%rbp), %rax
	leaq	(%rdx,%rax), %rcx
	movq	-176(%rbp), %rax
	mulq	-176(%rbp)
	addq	%rdx, %rcx
	movq	%rcx, %rdx
	movq	%rax, -192(%rbp)
	movq	%rdx, -184(%rbp)
	movq	%rax, -192(%rbp)
	movq	%rdx, -184(%rbp)
	movq	-192(%rbp), %rdx
	movq	-184(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdx
	leaq	.LC17(%rip), %rax
	movq	%rax, %rdi
	call	print_signed
	movq	va(%rip), %rax
	movq	%rax, -288(%rbp)
	movq	$0, -280(%rbp)
	movq	-176(%rbp), %rax
	movq	-288(%rbp), %rbx
	movq	-280(%rbp), %rsi
	movq	%rsi, %rdx
	imulq	%rax, %rdx
	movq	-168(%rbp), %rax
	movq	%rbx, %rdi
	imulq	%rdi, %rax
	leaq	(%rdx,%rax), %rcx
	movq	%rbx, %rax
	mulq	-176(%rbp)
	addq	%rdx, %rcx
	movq	%rcx, %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC18(%rip), %rax
	movq	%rax, %rdi
	call	print_signed
	movq	-168(%rbp), %rax
	imulq	$1000003, %rax, %rdx
	movq	-176(%rbp), %rax
	imulq	$0, %rax, %rax
	leaq	(%rdx,%rax), %rcx
	movl	$1000003, %eax
	mulq	-176(%rbp)
	addq	%rdx, %rcx
	movq	%rcx, %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rcx, %rsi
	movq	%rdx, %rax
	movl	$7, %edx
	movl	$0, %ecx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	sdiv128
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC19(%rip), %rax
	movq	%rax, %rdi
	call	print_signed
	movq	-168(%rbp), %rax
	imulq	$1000003, %rax, %rdx
	movq	-176(%rbp), %rax
	imulq	$0, %rax, %rax
	leaq	(%rdx,%rax), %rcx
	movl	$1000003, %eax
	mulq	-176(%rbp)
	addq	%rdx, %rcx
	movq	%rcx, %rdx
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rcx, %rsi
	movq	%rdx, %rax
	movl	$7, %edx
	movl	$0, %ecx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	smod128
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC20(%rip), %rax
	movq	%rax, %rdi
	call	print_signed
	movq	-192(%rbp), %rsi
	movq	-184(%rbp), %rax
	movq	$-13, %rdx
	movq	$-1, %rcx
	movq	%rsi, %rdi
	movq	%rax, %rsi
	call	sdiv128
	movq	%rax, %rcx
	movq	%rdx, %rbx
	movq	%rdx, %rax
	movq	%rcx, %rsi
	movq	%rax, %rdx
	leaq	.LC21(%rip), %rax
	movq	%rax, %rdi
	call	print_signed
	movq	-176(%rbp), %rax
	movq	-168(%rbp), %rdx
	movl	$1, %esi
	movq	-104(%rbp), %rcx
	cmpq	%rax, -112(%rbp)
	sbbq	%rdx, %rcx
	jc	.L24
	movl	$0, %esi
.L24:
	movzbl	%sil, %ecx
	movq	va(%rip), %rax
	movq	%rax, -304(%rbp)
	movq	$0, -296(%rbp)
	movl	$1, %eax
	movq	-304(%rbp), %rbx
	movq	-296(%rbp), %rsi
	movq	%rbx, %rdi
	cmpq	-192(%rbp), %rdi
	movq	%rsi, %rbx
	sbbq	-184(%rbp), %rbx
	jl	.L25
	movl	$0, %eax
.L25:
	movzbl	%al, %edx
	movq	-168(%rbp), %rax
	shrq	$63, %rax
	movzbl	%al, %eax
	movl	%eax, %esi
	leaq	.LC22(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -64(%rbp)
	movq	$0, -56(%rbp)
	movq	$1, -80(%rbp)
	movq	$0, -72(%rbp)
	movl	$1, -84(%rbp)
	jmp	.L26
.L27:
	movq	-64(%rbp), %rcx
	movq	-56(%rbp), %rbx
	movq	-80(%rbp), %rax
	movq	-72(%rbp), %rdx
	addq	%rcx, %rax
	adcq	%rbx, %rdx
	movq	%rax, -240(%rbp)
	movq	%rdx, -232(%rbp)
	movq	-80(%rbp), %rax
	movq	-72(%rbp), %rdx
	movq	%rax, -64(%rbp)
	movq	%rdx, -56(%rbp)
	movq	-240(%rbp), %rax
	movq	-232(%rbp), %rdx
	movq	%rax, -80(%rbp)
	movq	%rdx, -72(%rbp)
	addl	$1, -84(%rbp)
.L26:
	movq	-64(%rbp), %rax
	notq	%rax
	movq	%rax, -320(%rbp)
	movq	-56(%rbp), %rax
	notq	%rax
	movq	%rax, -312(%rbp)
	movq	-320(%rbp), %rax
	movq	-312(%rbp), %rdx
	movq	%rax, %rbx
	cmpq	-80(%rbp), %rbx
	movq	%rdx, %rax
	sbbq	-72(%rbp), %rax
	jnc	.L27
	movl	-84(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC23(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-80(%rbp), %rdx
	movq	-72(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdx
	leaq	.LC24(%rip), %rax
	movq	%rax, %rdi
	call	print_dec
	movq	-144(%rbp), %rax
	movq	%rax, -200(%rbp)
	movq	-144(%rbp), %rax
	movq	-136(%rbp), %rdx
	movq	%rdx, %rax
	xorl	%edx, %edx
	movq	%rax, -208(%rbp)
	movq	-208(%rbp), %rax
	movq	%rax, -336(%rbp)
	movq	$0, -328(%rbp)
	movq	-336(%rbp), %rax
	movq	-328(%rbp), %rdx
	movq	%rax, %rdx
	movl	$0, %eax
	movq	-200(%rbp), %rcx
	movq	%rcx, -352(%rbp)
	movq	$0, -344(%rbp)
	movq	-352(%rbp), %rbx
	movq	-344(%rbp), %rsi
	movq	%rbx, %rcx
	orq	%rax, %rcx
	movq	%rcx, -224(%rbp)
	movq	%rsi, %rbx
	orq	%rdx, %rbx
	movq	%rbx, %rax
	movq	%rax, -216(%rbp)
	movq	-224(%rbp), %rax
	xorq	-144(%rbp), %rax
	movq	%rax, %r14
	movq	-216(%rbp), %rax
	xorq	-136(%rbp), %rax
	movq	%rax, %r15
	movq	%r14, %rax
	orq	%r15, %rax
	testq	%rax, %rax
	sete	%al
	movzbl	%al, %eax
	movl	%eax, %esi
	leaq	.LC25(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	addq	$312, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
