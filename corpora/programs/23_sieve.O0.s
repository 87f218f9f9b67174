	.file	"23_sieve.c"
	.text
	.local	composite
	.comm	composite,100000,32
	.local	primes
	.comm	primes,40000,32
	.globl	vlimit
	.data
	.align 4
	.type	vlimit, @object
	.size	vlimit, 4
vlimit:
	.long	100000
	.text
	.globl	sieve
	.type	sieve, @function
sieve:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movl	%edi, -20(%rbp)
	movl	$100000, %edx
	movl	$0, %esi
	leaq	composite(%rip), %rax
	movq	%rax, %rdi
	call	memset@PLT
	movb	$1, 1+composite(%rip)
	movzbl	1+composite(%rip), %eax
	movb	%al, composite(%rip)
	movl	$2, -4(%rbp)
	jmp	.L2
.L6:
	movl	-4(%rbp), %eax
	cltq
	leaq	composite(%rip), %rdx
	movzbl	(%rax,%rdx), %eax
	testb	%al, %al
	jne	.L3
	movl	-4(%rbp), %eax
	imull	%eax, %eax
	movl	%eax, -8(%rbp)
	jmp	.L4
.L5:
	movl	-8(%rbp), %eax
	cltq
	leaq	composite(%rip), %rdx
	movb	$1, (%rax,%rdx)
	movl	-4(%rbp), %eax
	addl	%eax, -8(%rbp)
.L4:
	movl	-8(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jl	.L5
.L3:
	addl	$1, -4(%rbp)
.L2:
	movl	-4(%rbp), %eax
	movslq	%eax, %rdx
	movl	-4(%rbp), %eax
	cltq
	imulq	%rax, %rdx
	movl	-20(%rbp), %eax
	cltq
	cmpq	%rax, %rdx
	jl	.L6
	movl	$0, -12(%rbp)
	movl	$2, -16(%rbp)
	jmp	.L7
.L9:
	movl	-16(%rbp), %eax
	cltq
	leaq	composite(%rip), %rdx
	movzbl	(%rax,%rdx), %eax
	testb	%al, %al
	jne	.L8
	movl	-12(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -12(%rbp)
	cltq
	leaq	0(,%rax,4), %rcx
	leaq	primes(%rip), %rdx
	movl	-16(%rbp), %eax
	movl	%eax, (%rcx,%rdx)
.L8:
	addl	$1, -16(%rbp)
.L7:
	movl	-16(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jl	.L9
	movl	-12(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	sieve, .-sieve
	.globl	is_prime_trial
	.type	is_prime_trial, @function
is_prime_trial:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	cmpl	$1, -20(%rbp)
	jg	.L12
	movl	$0, %eax
	jmp	.L13
.L12:
	movl	$2, -4(%rbp)
	jmp	.L14
.L16:
	movl	-20(%rbp), %eax
	cltd
	idivl	-4(%rbp)
	movl	%edx, %eax
	testl	%eax, %eax
	jne	.L15
	movl	$0, %eax
	jmp	.L13
.L15:
	addl	$1, -4(%rbp)
.L14:
	movl	-4(%rbp), %eax
	imull	%eax, %eax
	cmpl	%eax, -20(%rbp)
	jge	.L16
	movl	$1, %eax
.L13:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	is_prime_trial, .-is_prime_trial
	.section	.rodata
.LC0:
	.string	"primes below %d: %d\n"
.LC1:
	.string	"first: "
.LC2:
	.string	"%d "
.LC3:
	.string	"\nlast: "
	.align 8
.LC4:
	.string	"twin pairs: %d\nmax gap: %d after %d\nsum: %lld\n"
	.align 8
.LC5:
	.string	"trial division agrees on %d/%d\n"
.LC6:
	.string	"[%d0k,%d0k): %d\n"
	.align 8
.LC7:
	.string	"goldbach failures up to 2000: %d\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	addq	$-128, %rsp
	movl	vlimit(%rip), %eax
	movl	%eax, -76(%rbp)
	movl	-76(%rbp), %eax
	movl	%eax, %edi
	call	sieve
	movl	%eax, -80(%rbp)
	movl	-80(%rbp), %edx
	movl	-76(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -4(%rbp)
	jmp	.L18
.L19:
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	primes(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -4(%rbp)
.L18:
	cmpl	$14, -4(%rbp)
	jle	.L19
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-80(%rbp), %eax
	subl	$5, %eax
	movl	%eax, -8(%rbp)
	jmp	.L20
.L21:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	primes(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -8(%rbp)
.L20:
	movl	-8(%rbp), %eax
	cmpl	-80(%rbp), %eax
	jl	.L21
	movl	$10, %edi
	call	putchar@PLT
	movl	$0, -12(%rbp)
	movl	$0, -16(%rbp)
	movl	$0, -20(%rbp)
	movq	$0, -32(%rbp)
	movl	$0, -36(%rbp)
	jmp	.L22
.L25:
	movl	-36(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	primes(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	addq	%rax, -32(%rbp)
	cmpl	$0, -36(%rbp)
	jle	.L23
	movl	-36(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	primes(%rip), %rax
	movl	(%rdx,%rax), %edx
	movl	-36(%rbp), %eax
	subl	$1, %eax
	cltq
	leaq	0(,%rax,4), %rcx
	leaq	primes(%rip), %rax
	movl	(%rcx,%rax), %eax
	subl	%eax, %edx
	movl	%edx, -84(%rbp)
	cmpl	$2, -84(%rbp)
	jne	.L24
	addl	$1, -12(%rbp)
.L24:
	movl	-84(%rbp), %eax
	cmpl	-16(%rbp), %eax
	jle	.L23
	movl	-84(%rbp), %eax
	movl	%eax, -16(%rbp)
	movl	-36(%rbp), %eax
	subl	$1, %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	primes(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	%eax, -20(%rbp)
.L23:
	addl	$1, -36(%rbp)
.L22:
	movl	-36(%rbp), %eax
	cmpl	-80(%rbp), %eax
	jl	.L25
	movq	-32(%rbp), %rsi
	movl	-20(%rbp), %ecx
	movl	-16(%rbp), %edx
	movl	-12(%rbp), %eax
	movq	%rsi, %r8
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -40(%rbp)
	movl	$0, -44(%rbp)
	movl	$1, -48(%rbp)
	jmp	.L26
.L27:
	addl	$1, -40(%rbp)
	movl	-48(%rbp), %eax
	movl	%eax, %edi
	call	is_prime_trial
	movl	%eax, %edx
	movl	-48(%rbp), %eax
	cltq
	leaq	composite(%rip), %rcx
	movzbl	(%rax,%rcx), %eax
	testb	%al, %al
	sete	%al
	movzbl	%al, %eax
	cmpl	%eax, %edx
	sete	%al
	movzbl	%al, %eax
	addl	%eax, -44(%rbp)
	addl	$997, -48(%rbp)
.L26:
	movl	-48(%rbp), %eax
	cmpl	-76(%rbp), %eax
	jl	.L27
	movl	-40(%rbp), %edx
	movl	-44(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	pxor	%xmm0, %xmm0
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm0, -112(%rbp)
	movq	%xmm0, -96(%rbp)
	movl	$0, -52(%rbp)
	jmp	.L28
.L29:
	movl	-52(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	primes(%rip), %rax
	movl	(%rdx,%rax), %eax
	movslq	%eax, %rdx
	imulq	$1759218605, %rdx, %rdx
	shrq	$32, %rdx
	movl	%edx, %ecx
	sarl	$12, %ecx
	cltd
	movl	%ecx, %eax
	subl	%edx, %eax
	movslq	%eax, %rdx
	movl	-128(%rbp,%rdx,4), %edx
	addl	$1, %edx
	cltq
	movl	%edx, -128(%rbp,%rax,4)
	addl	$1, -52(%rbp)
.L28:
	movl	-52(%rbp), %eax
	cmpl	-80(%rbp), %eax
	jl	.L29
	movl	$0, -56(%rbp)
	jmp	.L30
.L31:
	movl	-56(%rbp), %eax
	cltq
	movl	-128(%rbp,%rax,4), %edx
	movl	-56(%rbp), %eax
	leal	1(%rax), %esi
	movl	-56(%rbp), %eax
	movl	%edx, %ecx
	movl	%esi, %edx
	movl	%eax, %esi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -56(%rbp)
.L30:
	cmpl	$9, -56(%rbp)
	jle	.L31
	movl	$0, -60(%rbp)
	movl	$4, -64(%rbp)
	jmp	.L32
.L37:
	movl	$0, -68(%rbp)
	movl	$0, -72(%rbp)
	jmp	.L33
.L36:
	movl	-72(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	primes(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	-64(%rbp), %edx
	subl	%eax, %edx
	movslq	%edx, %rax
	leaq	composite(%rip), %rdx
	movzbl	(%rax,%rdx), %eax
	testb	%al, %al
	jne	.L34
	movl	$1, -68(%rbp)
	jmp	.L35
.L34:
	addl	$1, -72(%rbp)
.L33:
	movl	-72(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	primes(%rip), %rax
	movl	(%rdx,%rax), %edx
	movl	-64(%rbp), %eax
	movl	%eax, %ecx
	shrl	$31, %ecx
	addl	%ecx, %eax
	sarl	%eax
	cmpl	%eax, %edx
	jle	.L36
.L35:
	cmpl	$0, -68(%rbp)
	sete	%al
	movzbl	%al, %eax
	addl	%eax, -60(%rbp)
	addl	$2, -64(%rbp)
.L32:
	cmpl	$2000, -64(%rbp)
	jle	.L37
	movl	-60(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
