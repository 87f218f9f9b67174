	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_sieve                          ## -- Begin function sieve
	.p2align	4, 0x90
_sieve:                                 ## @sieve
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movl	%edi, %ebx
	leaq	_composite(%rip), %r14
	movl	$100000, %esi                   ## imm = 0x186A0
	movq	%r14, %rdi
	callq	___bzero
	movw	$257, _composite(%rip)          ## imm = 0x101
	cmpl	$5, %ebx
	jl	LBB0_7
## %bb.1:
	movslq	%ebx, %r8
	movl	$5, %r9d
	movl	$2, %edx
	movl	$4, %esi
	movl	$5, %r10d
	movl	$4, %eax
	xorl	%ecx, %ecx
	.p2align	4, 0x90
LBB0_2:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB0_5 Depth 2
	movl	%esi, %esi
	testb	%cl, %cl
	jne	LBB0_6
## %bb.3:                               ##   in Loop: Header=BB0_2 Depth=1
	movl	%edx, %ecx
	imull	%edx, %ecx
	cmpl	%ebx, %ecx
	jge	LBB0_6
## %bb.4:                               ##   in Loop: Header=BB0_2 Depth=1
	xorl	%ecx, %ecx
	.p2align	4, 0x90
LBB0_5:                                 ##   Parent Loop BB0_2 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	leaq	(%rsi,%rcx), %rdi
	movb	$1, (%r14,%rdi)
	addq	%rdx, %rcx
	leal	(%rax,%rcx), %edi
	cmpl	%ebx, %edi
	jl	LBB0_5
LBB0_6:                                 ##   in Loop: Header=BB0_2 Depth=1
	addq	$1, %rdx
	movq	%rdx, %rcx
	imulq	%rdx, %rcx
	cmpq	%r8, %rcx
	jge	LBB0_7
## %bb.20:                              ##   in Loop: Header=BB0_2 Depth=1
	movb	(%rdx,%r14), %cl
	addl	%r9d, %esi
	addl	$2, %r9d
	addq	%r10, %rax
	addq	$2, %r10
	jmp	LBB0_2
LBB0_7:
	xorl	%eax, %eax
	cmpl	$3, %ebx
	jl	LBB0_13
## %bb.8:
	movl	%ebx, %r8d
	jne	LBB0_14
## %bb.9:
	xorl	%eax, %eax
	movl	$2, %ecx
LBB0_10:
	testb	$1, %r8b
	je	LBB0_13
## %bb.11:
	cmpb	$0, (%rcx,%r14)
	jne	LBB0_13
## %bb.12:
	movslq	%eax, %rdx
	addl	$1, %eax
	leaq	_primes(%rip), %rsi
	movl	%ecx, (%rsi,%rdx,4)
LBB0_13:
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
LBB0_14:
	leaq	-2(%r8), %rsi
	andq	$-2, %rsi
	negq	%rsi
	xorl	%eax, %eax
	movl	$2, %ecx
	movl	$3, %edi
	leaq	_primes(%rip), %rbx
	jmp	LBB0_15
	.p2align	4, 0x90
LBB0_19:                                ##   in Loop: Header=BB0_15 Depth=1
	addl	$2, %edi
	leaq	(%rsi,%rcx), %rdx
	addq	$2, %rdx
	addq	$2, %rcx
	cmpq	$2, %rdx
	je	LBB0_10
LBB0_15:                                ## =>This Inner Loop Header: Depth=1
	cmpb	$0, (%rcx,%r14)
	je	LBB0_16
## %bb.17:                              ##   in Loop: Header=BB0_15 Depth=1
	cmpb	$0, 1(%rcx,%r14)
	jne	LBB0_19
	jmp	LBB0_18
	.p2align	4, 0x90
LBB0_16:                                ##   in Loop: Header=BB0_15 Depth=1
	movslq	%eax, %rdx
	addl	$1, %eax
	movl	%ecx, (%rbx,%rdx,4)
	cmpb	$0, 1(%rcx,%r14)
	jne	LBB0_19
LBB0_18:                                ##   in Loop: Header=BB0_15 Depth=1
	movslq	%eax, %rdx
	addl	$1, %eax
	movl	%edi, (%rbx,%rdx,4)
	jmp	LBB0_19
	.cfi_endproc
                                        ## -- End function
	.globl	_is_prime_trial                 ## -- Begin function is_prime_trial
	.p2align	4, 0x90
_is_prime_trial:                        ## @is_prime_trial
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	xorl	%eax, %eax
	cmpl	$2, %edi
	jl	LBB1_6
## %bb.1:
	movl	$1, %eax
	cmpl	$4, %edi
	jb	LBB1_6
## %bb.2:
	movl	$2, %ecx
	.p2align	4, 0x90
LBB1_3:                                 ## =>This Inner Loop Header: Depth=1
	movl	%edi, %eax
	cltd
	idivl	%ecx
	testl	%edx, %edx
	je	LBB1_5
## %bb.4:                               ##   in Loop: Header=BB1_3 Depth=1
	addl	$1, %ecx
	movl	%ecx, %eax
	imull	%ecx, %eax
	cmpl	%edi, %eax
	jle	LBB1_3
LBB1_5:
	xorl	%eax, %eax
	testl	%edx, %edx
	setne	%al
LBB1_6:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_main                           ## -- Begin function main
	.p2align	4, 0x90
_main:                                  ## @main
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$88, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	movl	_vlimit(%rip), %ebx
	movl	%ebx, %edi
	callq	_sieve
	movl	%eax, %r13d
	leaq	L_.str(%rip), %rdi
	xorl	%r15d, %r15d
	movl	%ebx, -100(%rbp)                ## 4-byte Spill
	movl	%ebx, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.1(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	_primes(%rip), %rbx
	movl	_primes(%rip), %esi
	leaq	L_.str.2(%rip), %r12
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+4(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+8(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+12(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+16(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+20(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+24(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+28(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+32(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+36(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+40(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+44(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+48(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+52(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_primes+56(%rip), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.3(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leal	-5(%r13), %eax
	movslq	%eax, %r14
	movq	%r13, -120(%rbp)                ## 8-byte Spill
	movslq	%r13d, %r13
	movl	(%rbx,%r14,4), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	1(%r14), %rax
	cmpq	%r13, %rax
	movq	%rbx, %r13
	jge	LBB2_1
## %bb.27:
	movl	4(%r13,%r14,4), %esi
	leaq	L_.str.2(%rip), %r12
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	8(%r13,%r14,4), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	12(%r13,%r14,4), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	16(%r13,%r14,4), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	callq	_printf
LBB2_1:
	movl	$10, %edi
	callq	_putchar
	movq	-120(%rbp), %rax                ## 8-byte Reload
	movl	%eax, %ecx
	testl	%eax, %eax
	movq	%rcx, -112(%rbp)                ## 8-byte Spill
	jle	LBB2_2
## %bb.3:
	movslq	_primes(%rip), %r8
	cmpl	$1, %eax
	jne	LBB2_17
## %bb.4:
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	jmp	LBB2_5
LBB2_2:
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	xorl	%r8d, %r8d
	jmp	LBB2_5
LBB2_17:
	leaq	-1(%rcx), %r9
	xorl	%esi, %esi
	xorl	%ecx, %ecx
	xorl	%edi, %edi
	xorl	%r15d, %r15d
	.p2align	4, 0x90
LBB2_18:                                ## =>This Inner Loop Header: Depth=1
	movslq	4(%r13,%rsi,4), %rdx
	addq	%rdx, %r8
	movl	%esi, %eax
	movl	(%r13,%rax,4), %eax
	subl	%eax, %edx
	xorl	%ebx, %ebx
	cmpl	$2, %edx
	sete	%bl
	addl	%ebx, %r15d
	cmpl	%edi, %edx
	cmovlel	%edi, %edx
	cmovgl	%eax, %ecx
	addq	$1, %rsi
	movl	%edx, %edi
	cmpq	%rsi, %r9
	jne	LBB2_18
LBB2_5:
	leaq	L_.str.5(%rip), %rdi
	movl	$0, -104(%rbp)                  ## 4-byte Folded Spill
	movl	%r15d, %esi
                                        ## kill: def $edx killed $edx killed $rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$0, %r13d
	movl	$0, %r12d
	movl	-100(%rbp), %r15d               ## 4-byte Reload
	cmpl	$2, %r15d
	jl	LBB2_8
## %bb.6:
	xorl	%r12d, %r12d
	movl	$1, %ebx
	leaq	_composite(%rip), %r14
	xorl	%r13d, %r13d
	.p2align	4, 0x90
LBB2_7:                                 ## =>This Inner Loop Header: Depth=1
	addl	$1, %r13d
	movl	%ebx, %edi
	callq	_is_prime_trial
	xorl	%ecx, %ecx
	cmpb	$0, (%rbx,%r14)
	sete	%cl
	xorl	%edx, %edx
	cmpl	%ecx, %eax
	sete	%dl
	addl	%edx, %r12d
	addq	$997, %rbx                      ## imm = 0x3E5
	cmpl	%ebx, %r15d
	jg	LBB2_7
LBB2_8:
	leaq	L_.str.6(%rip), %rdi
	movl	%r12d, %esi
	movl	%r13d, %edx
	xorl	%eax, %eax
	callq	_printf
	xorps	%xmm0, %xmm0
	movaps	%xmm0, -80(%rbp)
	movaps	%xmm0, -96(%rbp)
	movq	$0, -64(%rbp)
	movl	$0, %edx
	movl	$0, %esi
	movl	$0, %edi
	movl	$0, %ebx
	movl	$0, %r10d
	movl	$0, %r15d
	movl	$0, %r9d
	movl	$0, %r13d
	movl	$0, %ecx
	movq	-120(%rbp), %rax                ## 8-byte Reload
	testl	%eax, %eax
	jle	LBB2_14
## %bb.9:
	cmpl	$1, %eax
	jne	LBB2_19
## %bb.10:
	xorl	%eax, %eax
	leaq	_primes(%rip), %rdi
	movq	-112(%rbp), %rbx                ## 8-byte Reload
	jmp	LBB2_11
LBB2_19:
	movq	-112(%rbp), %rbx                ## 8-byte Reload
	movl	%ebx, %ecx
	andl	$-2, %ecx
	xorl	%eax, %eax
	leaq	_primes(%rip), %rdi
	.p2align	4, 0x90
LBB2_20:                                ## =>This Inner Loop Header: Depth=1
	movslq	(%rdi,%rax,4), %rdx
	imulq	$1759218605, %rdx, %rdx         ## imm = 0x68DB8BAD
	movq	%rdx, %rsi
	shrq	$63, %rsi
	sarq	$44, %rdx
	addl	%esi, %edx
	movslq	%edx, %rdx
	addl	$1, -96(%rbp,%rdx,4)
	movslq	4(%rdi,%rax,4), %rdx
	imulq	$1759218605, %rdx, %rdx         ## imm = 0x68DB8BAD
	movq	%rdx, %rsi
	shrq	$63, %rsi
	sarq	$44, %rdx
	addl	%esi, %edx
	movslq	%edx, %rdx
	addl	$1, -96(%rbp,%rdx,4)
	addq	$2, %rax
	cmpq	%rax, %rcx
	jne	LBB2_20
LBB2_11:
	testb	$1, %bl
	je	LBB2_13
## %bb.12:
	movslq	(%rdi,%rax,4), %rax
	imulq	$1759218605, %rax, %rax         ## imm = 0x68DB8BAD
	movq	%rax, %rcx
	shrq	$63, %rcx
	sarq	$44, %rax
	addl	%ecx, %eax
	cltq
	addl	$1, -96(%rbp,%rax,4)
LBB2_13:
	movl	-96(%rbp), %ecx
	movl	-92(%rbp), %r13d
	movl	-88(%rbp), %r9d
	movl	-84(%rbp), %r15d
	movl	-80(%rbp), %r10d
	movl	-76(%rbp), %ebx
	movl	-72(%rbp), %edi
	movl	-68(%rbp), %esi
	movl	-64(%rbp), %edx
	movl	-60(%rbp), %eax
	movl	%eax, -104(%rbp)                ## 4-byte Spill
LBB2_14:
	movl	%r10d, -124(%rbp)               ## 4-byte Spill
	movl	%ebx, -128(%rbp)                ## 4-byte Spill
	movl	%edi, -112(%rbp)                ## 4-byte Spill
	movl	%esi, -100(%rbp)                ## 4-byte Spill
	movl	%edx, -120(%rbp)                ## 4-byte Spill
	leaq	L_.str.7(%rip), %r14
	xorl	%r12d, %r12d
	movq	%r14, %rdi
	xorl	%esi, %esi
	movl	$1, %edx
	xorl	%eax, %eax
	movl	%r9d, %ebx
	callq	_printf
	movq	%r14, %rdi
	movl	$1, %esi
	movl	$2, %edx
	movl	%r13d, %ecx
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	movl	$2, %esi
	movl	$3, %edx
	movl	%ebx, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	$4, %ebx
	movq	%r14, %rdi
	movl	$3, %esi
	movl	$4, %edx
	movl	%r15d, %ecx
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	movl	$4, %esi
	movl	$5, %edx
	movl	-124(%rbp), %ecx                ## 4-byte Reload
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	movl	$5, %esi
	movl	$6, %edx
	movl	-128(%rbp), %ecx                ## 4-byte Reload
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	movl	$6, %esi
	movl	$7, %edx
	movl	-112(%rbp), %ecx                ## 4-byte Reload
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	movl	$7, %esi
	movl	$8, %edx
	movl	-100(%rbp), %ecx                ## 4-byte Reload
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	movl	$8, %esi
	movl	$9, %edx
	movl	-120(%rbp), %ecx                ## 4-byte Reload
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	movl	$9, %esi
	movl	$10, %edx
	movl	-104(%rbp), %ecx                ## 4-byte Reload
	xorl	%eax, %eax
	callq	_printf
	movl	_primes(%rip), %r9d
	leaq	_primes+4(%rip), %r8
	leaq	_composite(%rip), %rdx
	jmp	LBB2_15
	.p2align	4, 0x90
LBB2_25:                                ##   in Loop: Header=BB2_15 Depth=1
	testb	%cl, %cl
	setne	%al
LBB2_26:                                ##   in Loop: Header=BB2_15 Depth=1
	movzbl	%al, %eax
	addl	%eax, %r12d
	leal	2(%rbx), %eax
	cmpl	$1999, %ebx                     ## imm = 0x7CF
	movl	%eax, %ebx
	jae	LBB2_21
LBB2_15:                                ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB2_24 Depth 2
	movl	%ebx, %esi
	shrl	%esi
	movb	$1, %al
	cmpl	%esi, %r9d
	jg	LBB2_26
## %bb.16:                              ##   in Loop: Header=BB2_15 Depth=1
	movq	%r8, %rdi
	movl	%r9d, %eax
	.p2align	4, 0x90
LBB2_24:                                ##   Parent Loop BB2_15 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movl	%ebx, %ecx
	subl	%eax, %ecx
	movslq	%ecx, %rax
	movzbl	(%rax,%rdx), %ecx
	testb	%cl, %cl
	je	LBB2_25
## %bb.23:                              ##   in Loop: Header=BB2_24 Depth=2
	movl	(%rdi), %eax
	addq	$4, %rdi
	cmpl	%esi, %eax
	jle	LBB2_24
	jmp	LBB2_25
LBB2_21:
	leaq	L_.str.8(%rip), %rdi
	movl	%r12d, %esi
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB2_28
## %bb.22:
	xorl	%eax, %eax
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB2_28:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vlimit                         ## @vlimit
	.p2align	2
_vlimit:
	.long	100000                          ## 0x186a0

.zerofill __DATA,__bss,_composite,100000,4 ## @composite
.zerofill __DATA,__bss,_primes,40000,4  ## @primes
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"primes below %d: %d\n"

L_.str.1:                               ## @.str.1
	.asciz	"first: "

L_.str.2:                               ## @.str.2
	.asciz	"%d "

L_.str.3:                               ## @.str.3
	.asciz	"\nlast: "

L_.str.5:                               ## @.str.5
	.asciz	"twin pairs: %d\nmax gap: %d after %d\nsum: %lld\n"

L_.str.6:                               ## @.str.6
	.asciz	"trial division agrees on %d/%d\n"

L_.str.7:                               ## @.str.7
	.asciz	"[%d0k,%d0k): %d\n"

L_.str.8:                               ## @.str.8
	.asciz	"goldbach failures up to 2000: %d\n"

.subsections_via_symbols
