	.file	"23_sieve.c"
	.text
	.p2align 4
	.globl	sieve
	.type	sieve, @function
sieve:
.LFB11:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	leaq	composite(%rip), %rcx
	movl	%edi, %ebx
	movl	$100000, %edx
	movq	%rcx, %rdi
	xorl	%esi, %esi
	call	memset@PLT
	movq	%rax, %rcx
	movzwl	.LC0(%rip), %eax
	movw	%ax, composite(%rip)
	cmpl	$4, %ebx
	jle	.L2
	cmpb	$0, 2+composite(%rip)
	movslq	%ebx, %rsi
	movl	$2, %edx
	je	.L12
	.p2align 4,,10
	.p2align 3
.L16:
	addq	$1, %rdx
	movq	%rdx, %rax
	imulq	%rdx, %rax
	cmpq	%rsi, %rax
	jge	.L8
.L7:
	cmpb	$0, (%rcx,%rdx)
	jne	.L16
	movl	%edx, %eax
	imull	%edx, %eax
	cmpl	%eax, %ebx
	jle	.L16
.L3:
	cltq
	.p2align 4,,10
	.p2align 3
.L5:
	movb	$1, (%rcx,%rax)
	addq	%rdx, %rax
	cmpl	%eax, %ebx
	jg	.L5
	addq	$1, %rdx
	movq	%rdx, %rax
	imulq	%rdx, %rax
	cmpq	%rsi, %rax
	jl	.L7
.L8:
	movl	%ebx, %ebx
	movl	$2, %eax
	leaq	primes(%rip), %rdi
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L11:
	cmpb	$0, (%rcx,%rax)
	jne	.L10
	movslq	%edx, %rsi
	addl	$1, %edx
	movl	%eax, (%rdi,%rsi,4)
.L10:
	addq	$1, %rax
	cmpq	%rax, %rbx
	jne	.L11
	movl	%edx, %eax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L12:
	.cfi_restore_state
	movl	$4, %eax
	jmp	.L3
.L2:
	cmpl	$2, %ebx
	jg	.L8
	xorl	%edx, %edx
	popq	%rbx
	.cfi_def_cfa_offset 8
	movl	%edx, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	sieve, .-sieve
	.p2align 4
	.globl	is_prime_trial
	.type	is_prime_trial, @function
is_prime_trial:
.LFB12:
	.cfi_startproc
	xorl	%esi, %esi
	cmpl	$1, %edi
	jle	.L19
	cmpl	$3, %edi
	jle	.L24
	movl	%edi, %esi
	andl	$1, %esi
	je	.L19
	movl	$2, %ecx
	jmp	.L21
	.p2align 4,,10
	.p2align 3
.L22:
	movl	%edi, %eax
	cltd
	idivl	%ecx
	testl	%edx, %edx
	je	.L25
.L21:
	addl	$1, %ecx
	movl	%ecx, %eax
	imull	%ecx, %eax
	cmpl	%edi, %eax
	jle	.L22
.L19:
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L25:
	xorl	%esi, %esi
	movl	%esi, %eax
	ret
.L24:
	movl	$1, %esi
	jmp	.L19
	.cfi_endproc
.LFE12:
	.size	is_prime_trial, .-is_prime_trial
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"primes below %d: %d\n"
.LC2:
	.string	"first: "
.LC3:
	.string	"%d "
.LC4:
	.string	"\nlast: "
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC5:
	.string	"twin pairs: %d\nmax gap: %d after %d\nsum: %lld\n"
	.align 8
.LC6:
	.string	"trial division agrees on %d/%d\n"
	.section	.rodata.str1.1
.LC7:
	.string	"[%d0k,%d0k): %d\n"
	.section	.rodata.str1.8
	.align 8
.LC8:
	.string	"goldbach failures up to 2000: %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB13:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
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
	leaq	.LC3(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	leaq	primes(%rip), %rbx
	leaq	60(%rbx), %r12
	movq	%rbx, %r15
	movq	%rbx, %r14
	subq	$72, %rsp
	.cfi_def_cfa_offset 128
	movl	vlimit(%rip), %r13d
	movl	%r13d, %edi
	call	sieve
	movl	%r13d, %esi
	leaq	.LC1(%rip), %rdi
	movl	%eax, %edx
	movl	%eax, 12(%rsp)
	xorl	%eax, %eax
	call	printf@PLT
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	.p2align 4,,10
	.p2align 3
.L30:
	movl	(%r14), %esi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$4, %r14
	call	printf@PLT
	cmpq	%r12, %r14
	jne	.L30
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movslq	12(%rsp), %rax
	movq	%rax, (%rsp)
	leaq	0(,%rax,4), %r12
	leaq	-20(%r15,%r12), %r14
	addq	%rbx, %r12
.L31:
	movl	(%r14), %esi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$4, %r14
	call	printf@PLT
	cmpq	%r12, %r14
	jne	.L31
	movl	$10, %edi
	call	putchar@PLT
	movl	12(%rsp), %edx
	testl	%edx, %edx
	jle	.L46
	xorl	%eax, %eax
	xorl	%r8d, %r8d
	xorl	%r9d, %r9d
	xorl	%edi, %edi
	xorl	%esi, %esi
	leaq	-4+primes(%rip), %r10
.L35:
	movslq	(%r15,%rax,4), %rcx
	movq	%rcx, %rdx
	addq	%rcx, %r8
	testq	%rax, %rax
	je	.L33
	movl	(%r10,%rax,4), %ecx
	xorl	%r11d, %r11d
	subl	%ecx, %edx
	cmpl	$2, %edx
	sete	%r11b
	addl	%r11d, %esi
	cmpl	%edi, %edx
	jle	.L33
	movl	%ecx, %r9d
	movl	%edx, %edi
.L33:
	addq	$1, %rax
	cmpq	%rax, (%rsp)
	jne	.L35
.L32:
	movl	%edi, %edx
	xorl	%eax, %eax
	leaq	.LC5(%rip), %rdi
	movl	%r9d, %ecx
	call	printf@PLT
	cmpl	$1, %r13d
	jle	.L48
	movl	$1, %r9d
	xorl	%r10d, %r10d
	xorl	%r11d, %r11d
	leaq	composite(%rip), %r8
.L37:
	movl	%r9d, %edi
	addl	$1, %r11d
	call	is_prime_trial
	xorl	%edx, %edx
	cmpb	$0, (%r8,%r9)
	sete	%dl
	cmpl	%eax, %edx
	sete	%al
	addq	$997, %r9
	movzbl	%al, %eax
	addl	%eax, %r10d
	cmpl	%r9d, %r13d
	jg	.L37
.L36:
	movl	%r11d, %edx
	movl	%r10d, %esi
	leaq	.LC6(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	12(%rsp), %eax
	pxor	%xmm0, %xmm0
	movq	$0, 48(%rsp)
	movaps	%xmm0, 16(%rsp)
	movaps	%xmm0, 32(%rsp)
	testl	%eax, %eax
	jle	.L40
.L38:
	movslq	(%rbx), %rax
	addq	$4, %rbx
	movq	%rax, %rdx
	imulq	$1759218605, %rax, %rax
	sarl	$31, %edx
	sarq	$44, %rax
	subl	%edx, %eax
	cltq
	addl	$1, 16(%rsp,%rax,4)
	cmpq	%r12, %rbx
	jne	.L38
.L40:
	leaq	16(%rsp), %rbp
	xorl	%ebx, %ebx
	leaq	.LC7(%rip), %r12
	.p2align 4,,10
	.p2align 3
.L39:
	movl	0(%rbp), %ecx
	movl	%ebx, %esi
	addl	$1, %ebx
	movq	%r12, %rdi
	movl	%ebx, %edx
	xorl	%eax, %eax
	addq	$4, %rbp
	call	printf@PLT
	cmpl	$10, %ebx
	jne	.L39
	movl	primes(%rip), %r9d
	movl	$4, %esi
	xorl	%r10d, %r10d
	leaq	composite(%rip), %r8
	.p2align 4,,10
	.p2align 3
.L41:
	movl	%esi, %edi
	leaq	4+primes(%rip), %rcx
	movl	%r9d, %edx
	sarl	%edi
	cmpl	%edi, %r9d
	jle	.L43
	jmp	.L62
	.p2align 4,,10
	.p2align 3
.L63:
	movl	(%rcx), %edx
	addq	$4, %rcx
	cmpl	%edi, %edx
	jg	.L62
.L43:
	movl	%esi, %eax
	subl	%edx, %eax
	cltq
	cmpb	$0, (%r8,%rax)
	jne	.L63
	addl	$2, %esi
	cmpl	$2002, %esi
	jne	.L41
.L44:
	movl	%r10d, %esi
	leaq	.LC8(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$72, %rsp
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
	.p2align 4,,10
	.p2align 3
.L62:
	.cfi_restore_state
	addl	$2, %esi
	addl	$1, %r10d
	cmpl	$2002, %esi
	jne	.L41
	jmp	.L44
.L46:
	xorl	%r8d, %r8d
	xorl	%r9d, %r9d
	xorl	%edi, %edi
	xorl	%esi, %esi
	jmp	.L32
.L48:
	xorl	%r10d, %r10d
	xorl	%r11d, %r11d
	jmp	.L36
	.cfi_endproc
.LFE13:
	.size	main, .-main
	.globl	vlimit
	.data
	.align 4
	.type	vlimit, @object
	.size	vlimit, 4
vlimit:
	.long	100000
	.local	primes
	.comm	primes,40000,32
	.local	composite
	.comm	composite,100000,32
	.section	.rodata.cst2,"aM",@progbits,2
	.align 2
.LC0:
	.byte	1
	.byte	1
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
