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
	subq	$32, %rsp
	movl	%edi, -4(%rbp)
	leaq	_composite(%rip), %rdi
	xorl	%esi, %esi
	movl	$100000, %edx                   ## imm = 0x186A0
	callq	_memset
	movb	$1, _composite+1(%rip)
	movb	$1, _composite(%rip)
	movl	$2, -8(%rbp)
LBB0_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB0_4 Depth 2
	movslq	-8(%rbp), %rax
	movslq	-8(%rbp), %rcx
	imulq	%rcx, %rax
	movslq	-4(%rbp), %rcx
	cmpq	%rcx, %rax
	jge	LBB0_10
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movslq	-8(%rbp), %rcx
	leaq	_composite(%rip), %rax
	cmpb	$0, (%rax,%rcx)
	jne	LBB0_8
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	movl	-8(%rbp), %eax
	imull	-8(%rbp), %eax
	movl	%eax, -12(%rbp)
LBB0_4:                                 ##   Parent Loop BB0_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movl	-12(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jge	LBB0_7
## %bb.5:                               ##   in Loop: Header=BB0_4 Depth=2
	movslq	-12(%rbp), %rcx
	leaq	_composite(%rip), %rax
	movb	$1, (%rax,%rcx)
## %bb.6:                               ##   in Loop: Header=BB0_4 Depth=2
	movl	-8(%rbp), %eax
	addl	-12(%rbp), %eax
	movl	%eax, -12(%rbp)
	jmp	LBB0_4
LBB0_7:                                 ##   in Loop: Header=BB0_1 Depth=1
	jmp	LBB0_8
LBB0_8:                                 ##   in Loop: Header=BB0_1 Depth=1
	jmp	LBB0_9
LBB0_9:                                 ##   in Loop: Header=BB0_1 Depth=1
	movl	-8(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -8(%rbp)
	jmp	LBB0_1
LBB0_10:
	movl	$0, -16(%rbp)
	movl	$2, -20(%rbp)
LBB0_11:                                ## =>This Inner Loop Header: Depth=1
	movl	-20(%rbp), %eax
	cmpl	-4(%rbp), %eax
	jge	LBB0_16
## %bb.12:                              ##   in Loop: Header=BB0_11 Depth=1
	movslq	-20(%rbp), %rcx
	leaq	_composite(%rip), %rax
	cmpb	$0, (%rax,%rcx)
	jne	LBB0_14
## %bb.13:                              ##   in Loop: Header=BB0_11 Depth=1
	movl	-20(%rbp), %edx
	movl	-16(%rbp), %eax
	movl	%eax, %ecx
	addl	$1, %ecx
	movl	%ecx, -16(%rbp)
	movslq	%eax, %rcx
	leaq	_primes(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
LBB0_14:                                ##   in Loop: Header=BB0_11 Depth=1
	jmp	LBB0_15
LBB0_15:                                ##   in Loop: Header=BB0_11 Depth=1
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
	jmp	LBB0_11
LBB0_16:
	movl	-16(%rbp), %eax
	addq	$32, %rsp
	popq	%rbp
	retq
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
	movl	%edi, -8(%rbp)
	cmpl	$2, -8(%rbp)
	jge	LBB1_2
## %bb.1:
	movl	$0, -4(%rbp)
	jmp	LBB1_9
LBB1_2:
	movl	$2, -12(%rbp)
LBB1_3:                                 ## =>This Inner Loop Header: Depth=1
	movl	-12(%rbp), %eax
	imull	-12(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jg	LBB1_8
## %bb.4:                               ##   in Loop: Header=BB1_3 Depth=1
	movl	-8(%rbp), %eax
	cltd
	idivl	-12(%rbp)
	cmpl	$0, %edx
	jne	LBB1_6
## %bb.5:
	movl	$0, -4(%rbp)
	jmp	LBB1_9
LBB1_6:                                 ##   in Loop: Header=BB1_3 Depth=1
	jmp	LBB1_7
LBB1_7:                                 ##   in Loop: Header=BB1_3 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB1_3
LBB1_8:
	movl	$1, -4(%rbp)
LBB1_9:
	movl	-4(%rbp), %eax
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
	subq	$144, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -52(%rbp)
	movl	_vlimit(%rip), %eax
	movl	%eax, -56(%rbp)
	movl	-56(%rbp), %edi
	callq	_sieve
	movl	%eax, -60(%rbp)
	movl	-56(%rbp), %esi
	movl	-60(%rbp), %edx
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -64(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$15, -64(%rbp)
	jge	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movslq	-64(%rbp), %rcx
	leaq	_primes(%rip), %rax
	movl	(%rax,%rcx,4), %esi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB2_1 Depth=1
	movl	-64(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -64(%rbp)
	jmp	LBB2_1
LBB2_4:
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-60(%rbp), %eax
	subl	$5, %eax
	movl	%eax, -68(%rbp)
LBB2_5:                                 ## =>This Inner Loop Header: Depth=1
	movl	-68(%rbp), %eax
	cmpl	-60(%rbp), %eax
	jge	LBB2_8
## %bb.6:                               ##   in Loop: Header=BB2_5 Depth=1
	movslq	-68(%rbp), %rcx
	leaq	_primes(%rip), %rax
	movl	(%rax,%rcx,4), %esi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB2_5 Depth=1
	movl	-68(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -68(%rbp)
	jmp	LBB2_5
LBB2_8:
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -72(%rbp)
	movl	$0, -76(%rbp)
	movl	$0, -80(%rbp)
	movq	$0, -88(%rbp)
	movl	$0, -92(%rbp)
LBB2_9:                                 ## =>This Inner Loop Header: Depth=1
	movl	-92(%rbp), %eax
	cmpl	-60(%rbp), %eax
	jge	LBB2_18
## %bb.10:                              ##   in Loop: Header=BB2_9 Depth=1
	movslq	-92(%rbp), %rcx
	leaq	_primes(%rip), %rax
	movslq	(%rax,%rcx,4), %rax
	addq	-88(%rbp), %rax
	movq	%rax, -88(%rbp)
	cmpl	$0, -92(%rbp)
	jle	LBB2_16
## %bb.11:                              ##   in Loop: Header=BB2_9 Depth=1
	movslq	-92(%rbp), %rcx
	leaq	_primes(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	movl	-92(%rbp), %ecx
	subl	$1, %ecx
	movslq	%ecx, %rdx
	leaq	_primes(%rip), %rcx
	subl	(%rcx,%rdx,4), %eax
	movl	%eax, -96(%rbp)
	cmpl	$2, -96(%rbp)
	jne	LBB2_13
## %bb.12:                              ##   in Loop: Header=BB2_9 Depth=1
	movl	-72(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -72(%rbp)
LBB2_13:                                ##   in Loop: Header=BB2_9 Depth=1
	movl	-96(%rbp), %eax
	cmpl	-76(%rbp), %eax
	jle	LBB2_15
## %bb.14:                              ##   in Loop: Header=BB2_9 Depth=1
	movl	-96(%rbp), %eax
	movl	%eax, -76(%rbp)
	movl	-92(%rbp), %eax
	subl	$1, %eax
	movslq	%eax, %rcx
	leaq	_primes(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -80(%rbp)
LBB2_15:                                ##   in Loop: Header=BB2_9 Depth=1
	jmp	LBB2_16
LBB2_16:                                ##   in Loop: Header=BB2_9 Depth=1
	jmp	LBB2_17
LBB2_17:                                ##   in Loop: Header=BB2_9 Depth=1
	movl	-92(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -92(%rbp)
	jmp	LBB2_9
LBB2_18:
	movl	-72(%rbp), %esi
	movl	-76(%rbp), %edx
	movl	-80(%rbp), %ecx
	movq	-88(%rbp), %r8
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -100(%rbp)
	movl	$0, -104(%rbp)
	movl	$1, -108(%rbp)
LBB2_19:                                ## =>This Inner Loop Header: Depth=1
	movl	-108(%rbp), %eax
	cmpl	-56(%rbp), %eax
	jge	LBB2_22
## %bb.20:                              ##   in Loop: Header=BB2_19 Depth=1
	movl	-100(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -100(%rbp)
	movl	-108(%rbp), %edi
	callq	_is_prime_trial
	movslq	-108(%rbp), %rdx
	leaq	_composite(%rip), %rcx
	cmpb	$0, (%rcx,%rdx)
	setne	%cl
	xorb	$-1, %cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	cmpl	%ecx, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-104(%rbp), %eax
	movl	%eax, -104(%rbp)
## %bb.21:                              ##   in Loop: Header=BB2_19 Depth=1
	movl	-108(%rbp), %eax
	addl	$997, %eax                      ## imm = 0x3E5
	movl	%eax, -108(%rbp)
	jmp	LBB2_19
LBB2_22:
	movl	-104(%rbp), %esi
	movl	-100(%rbp), %edx
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-48(%rbp), %rdi
	xorl	%esi, %esi
	movl	$40, %edx
	callq	_memset
	movl	$0, -112(%rbp)
LBB2_23:                                ## =>This Inner Loop Header: Depth=1
	movl	-112(%rbp), %eax
	cmpl	-60(%rbp), %eax
	jge	LBB2_26
## %bb.24:                              ##   in Loop: Header=BB2_23 Depth=1
	movslq	-112(%rbp), %rcx
	leaq	_primes(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	movl	$10000, %ecx                    ## imm = 0x2710
	cltd
	idivl	%ecx
	cltq
	movl	-48(%rbp,%rax,4), %ecx
	addl	$1, %ecx
	movl	%ecx, -48(%rbp,%rax,4)
## %bb.25:                              ##   in Loop: Header=BB2_23 Depth=1
	movl	-112(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -112(%rbp)
	jmp	LBB2_23
LBB2_26:
	movl	$0, -116(%rbp)
LBB2_27:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$10, -116(%rbp)
	jge	LBB2_30
## %bb.28:                              ##   in Loop: Header=BB2_27 Depth=1
	movl	-116(%rbp), %esi
	movl	-116(%rbp), %edx
	addl	$1, %edx
	movslq	-116(%rbp), %rax
	movl	-48(%rbp,%rax,4), %ecx
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.29:                              ##   in Loop: Header=BB2_27 Depth=1
	movl	-116(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -116(%rbp)
	jmp	LBB2_27
LBB2_30:
	movl	$0, -120(%rbp)
	movl	$4, -124(%rbp)
LBB2_31:                                ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB2_33 Depth 2
	cmpl	$2000, -124(%rbp)               ## imm = 0x7D0
	jg	LBB2_40
## %bb.32:                              ##   in Loop: Header=BB2_31 Depth=1
	movl	$0, -128(%rbp)
	movl	$0, -132(%rbp)
LBB2_33:                                ##   Parent Loop BB2_31 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movslq	-132(%rbp), %rcx
	leaq	_primes(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -136(%rbp)                ## 4-byte Spill
	movl	-124(%rbp), %eax
	movl	$2, %ecx
	cltd
	idivl	%ecx
	movl	%eax, %ecx
	movl	-136(%rbp), %eax                ## 4-byte Reload
	cmpl	%ecx, %eax
	jg	LBB2_38
## %bb.34:                              ##   in Loop: Header=BB2_33 Depth=2
	movl	-124(%rbp), %eax
	movslq	-132(%rbp), %rdx
	leaq	_primes(%rip), %rcx
	subl	(%rcx,%rdx,4), %eax
	movslq	%eax, %rcx
	leaq	_composite(%rip), %rax
	cmpb	$0, (%rax,%rcx)
	jne	LBB2_36
## %bb.35:                              ##   in Loop: Header=BB2_31 Depth=1
	movl	$1, -128(%rbp)
	jmp	LBB2_38
LBB2_36:                                ##   in Loop: Header=BB2_33 Depth=2
	jmp	LBB2_37
LBB2_37:                                ##   in Loop: Header=BB2_33 Depth=2
	movl	-132(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -132(%rbp)
	jmp	LBB2_33
LBB2_38:                                ##   in Loop: Header=BB2_31 Depth=1
	cmpl	$0, -128(%rbp)
	setne	%al
	xorb	$-1, %al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-120(%rbp), %eax
	movl	%eax, -120(%rbp)
## %bb.39:                              ##   in Loop: Header=BB2_31 Depth=1
	movl	-124(%rbp), %eax
	addl	$2, %eax
	movl	%eax, -124(%rbp)
	jmp	LBB2_31
LBB2_40:
	movl	-120(%rbp), %esi
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB2_42
## %bb.41:
	xorl	%eax, %eax
	addq	$144, %rsp
	popq	%rbp
	retq
LBB2_42:
	callq	___stack_chk_fail
	ud2
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

L_.str.4:                               ## @.str.4
	.asciz	"\n"

L_.str.5:                               ## @.str.5
	.asciz	"twin pairs: %d\nmax gap: %d after %d\nsum: %lld\n"

L_.str.6:                               ## @.str.6
	.asciz	"trial division agrees on %d/%d\n"

L_.str.7:                               ## @.str.7
	.asciz	"[%d0k,%d0k): %d\n"

L_.str.8:                               ## @.str.8
	.asciz	"goldbach failures up to 2000: %d\n"

.subsections_via_symbols
