	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_popcount_hand                  ## -- Begin function popcount_hand
	.p2align	4, 0x90
_popcount_hand:                         ## @popcount_hand
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	$0, -12(%rbp)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$0, -8(%rbp)
	je	LBB0_3
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movq	-8(%rbp), %rax
	subq	$1, %rax
	andq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB0_1
LBB0_3:
	movl	-12(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_popcount_swar                  ## -- Begin function popcount_swar
	.p2align	4, 0x90
_popcount_swar:                         ## @popcount_swar
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	-4(%rbp), %ecx
	shrl	$1, %ecx
	andl	$1431655765, %ecx               ## imm = 0x55555555
	subl	%ecx, %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	andl	$858993459, %eax                ## imm = 0x33333333
	movl	-4(%rbp), %ecx
	shrl	$2, %ecx
	andl	$858993459, %ecx                ## imm = 0x33333333
	addl	%ecx, %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	-4(%rbp), %ecx
	shrl	$4, %ecx
	addl	%ecx, %eax
	andl	$252645135, %eax                ## imm = 0xF0F0F0F
	movl	%eax, -4(%rbp)
	imull	$16843009, -4(%rbp), %eax       ## imm = 0x1010101
	shrl	$24, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_bswap32_hand                   ## -- Begin function bswap32_hand
	.p2align	4, 0x90
_bswap32_hand:                          ## @bswap32_hand
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$24, %eax
	movl	-4(%rbp), %ecx
	shrl	$8, %ecx
	andl	$65280, %ecx                    ## imm = 0xFF00
	orl	%ecx, %eax
	movl	-4(%rbp), %ecx
	shll	$8, %ecx
	andl	$16711680, %ecx                 ## imm = 0xFF0000
	orl	%ecx, %eax
	movl	-4(%rbp), %ecx
	shll	$24, %ecx
	orl	%ecx, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_reverse_bits                   ## -- Begin function reverse_bits
	.p2align	4, 0x90
_reverse_bits:                          ## @reverse_bits
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	$0, -8(%rbp)
	movl	$0, -12(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$32, -12(%rbp)
	jge	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-8(%rbp), %eax
	shll	$1, %eax
	movl	-4(%rbp), %ecx
	andl	$1, %ecx
	orl	%ecx, %eax
	movl	%eax, -8(%rbp)
	movl	-4(%rbp), %eax
	shrl	$1, %eax
	movl	%eax, -4(%rbp)
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	LBB3_1
LBB3_4:
	movl	-8(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_parity_hand                    ## -- Begin function parity_hand
	.p2align	4, 0x90
_parity_hand:                           ## @parity_hand
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$32, %rax
	xorq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$16, %rax
	xorq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$8, %rax
	xorq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$4, %rax
	xorq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$2, %rax
	xorq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$1, %rax
	xorq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	andq	$1, %rax
                                        ## kill: def $eax killed $eax killed $rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_next_pow2                      ## -- Begin function next_pow2
	.p2align	4, 0x90
_next_pow2:                             ## @next_pow2
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	addl	$-1, %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$1, %eax
	orl	-4(%rbp), %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$2, %eax
	orl	-4(%rbp), %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$4, %eax
	orl	-4(%rbp), %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$8, %eax
	orl	-4(%rbp), %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$16, %eax
	orl	-4(%rbp), %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	addl	$1, %eax
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
	subq	$192, %rsp
	movl	$0, -4(%rbp)
	movq	_seed(%rip), %rax
	movq	%rax, -16(%rbp)
	movl	$0, -20(%rbp)
	movl	$0, -24(%rbp)
LBB6_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$12, -24(%rbp)
	jge	LBB6_4
## %bb.2:                               ##   in Loop: Header=BB6_1 Depth=1
	leaq	-16(%rbp), %rdi
	callq	_xorshift
	movq	%rax, -32(%rbp)
	movq	-32(%rbp), %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -36(%rbp)
	movq	-32(%rbp), %rdi
	callq	_popcount_hand
	movl	%eax, -40(%rbp)
	movq	-32(%rbp), %rcx
	movq	%rcx, %rax
	shrq	%rax
	movabsq	$6148914691236517205, %rdx      ## imm = 0x5555555555555555
	andq	%rdx, %rax
	subq	%rax, %rcx
	movabsq	$3689348814741910323, %rdx      ## imm = 0x3333333333333333
	movq	%rcx, %rax
	andq	%rdx, %rax
	shrq	$2, %rcx
	andq	%rdx, %rcx
	addq	%rcx, %rax
	movq	%rax, %rcx
	shrq	$4, %rcx
	addq	%rcx, %rax
	movabsq	$1085102592571150095, %rcx      ## imm = 0xF0F0F0F0F0F0F0F
	andq	%rcx, %rax
	movabsq	$72340172838076673, %rcx        ## imm = 0x101010101010101
	imulq	%rcx, %rax
	shrq	$56, %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -44(%rbp)
	movl	-36(%rbp), %edi
	callq	_popcount_swar
	movl	%eax, -48(%rbp)
	movl	-36(%rbp), %ecx
	movl	%ecx, %eax
	shrl	%eax
	andl	$1431655765, %eax               ## imm = 0x55555555
	subl	%eax, %ecx
	movl	%ecx, %eax
	andl	$858993459, %eax                ## imm = 0x33333333
	shrl	$2, %ecx
	andl	$858993459, %ecx                ## imm = 0x33333333
	addl	%ecx, %eax
	movl	%eax, %ecx
	shrl	$4, %ecx
	addl	%ecx, %eax
	andl	$252645135, %eax                ## imm = 0xF0F0F0F
	imull	$16843009, %eax, %eax           ## imm = 0x1010101
	shrl	$24, %eax
	movl	%eax, -52(%rbp)
	movl	-40(%rbp), %eax
	cmpl	-44(%rbp), %eax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	movl	-48(%rbp), %ecx
	cmpl	-52(%rbp), %ecx
	setne	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	addl	%ecx, %eax
	movl	%eax, -116(%rbp)                ## 4-byte Spill
	movq	-32(%rbp), %rdi
	callq	_parity_hand
	movl	%eax, %ecx
	movl	-116(%rbp), %eax                ## 4-byte Reload
	movq	-32(%rbp), %rsi
	movq	%rsi, %rdx
	shrq	%rdx
	movabsq	$6148914691236517205, %rdi      ## imm = 0x5555555555555555
	andq	%rdi, %rdx
	subq	%rdx, %rsi
	movabsq	$3689348814741910323, %rdi      ## imm = 0x3333333333333333
	movq	%rsi, %rdx
	andq	%rdi, %rdx
	shrq	$2, %rsi
	andq	%rdi, %rsi
	addq	%rsi, %rdx
	movq	%rdx, %rsi
	shrq	$4, %rsi
	addq	%rsi, %rdx
	movabsq	$1085102592571150095, %rsi      ## imm = 0xF0F0F0F0F0F0F0F
	andq	%rsi, %rdx
	movabsq	$72340172838076673, %rsi        ## imm = 0x101010101010101
	imulq	%rsi, %rdx
	shrq	$56, %rdx
	andq	$1, %rdx
                                        ## kill: def $edx killed $edx killed $rdx
	cmpl	%edx, %ecx
	setne	%cl
	andb	$1, %cl
	movzbl	%cl, %ecx
	addl	%ecx, %eax
	addl	-20(%rbp), %eax
	movl	%eax, -20(%rbp)
	movq	-32(%rbp), %rax
	movq	%rax, -112(%rbp)                ## 8-byte Spill
	movl	-40(%rbp), %eax
	movl	%eax, -104(%rbp)                ## 4-byte Spill
	movl	-48(%rbp), %eax
	movl	%eax, -100(%rbp)                ## 4-byte Spill
	movabsq	$-9223372036854775808, %rax     ## imm = 0x8000000000000000
	orq	-32(%rbp), %rax
	bsfq	%rax, %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -96(%rbp)                 ## 4-byte Spill
	movq	-32(%rbp), %rax
	orq	$1, %rax
	bsrq	%rax, %rax
	xorq	$63, %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -92(%rbp)                 ## 4-byte Spill
	movl	-36(%rbp), %eax
	orl	$-2147483648, %eax              ## imm = 0x80000000
	bsfl	%eax, %eax
	movl	%eax, -88(%rbp)                 ## 4-byte Spill
	movl	-36(%rbp), %eax
	orl	$1, %eax
	bsrl	%eax, %eax
	xorl	$31, %eax
	movl	%eax, -84(%rbp)                 ## 4-byte Spill
	movq	-32(%rbp), %rdi
	callq	_parity_hand
	movq	-112(%rbp), %rsi                ## 8-byte Reload
	movl	-104(%rbp), %edx                ## 4-byte Reload
	movl	-100(%rbp), %ecx                ## 4-byte Reload
	movl	-96(%rbp), %r8d                 ## 4-byte Reload
	movl	-92(%rbp), %r9d                 ## 4-byte Reload
	movl	-88(%rbp), %r11d                ## 4-byte Reload
	movl	-84(%rbp), %r10d                ## 4-byte Reload
	leaq	L_.str(%rip), %rdi
	movl	%r11d, (%rsp)
	movl	%r10d, 8(%rsp)
	movl	%eax, 16(%rsp)
	movb	$0, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB6_1 Depth=1
	movl	-24(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -24(%rbp)
	jmp	LBB6_1
LBB6_4:
	movl	-20(%rbp), %esi
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	_seed(%rip), %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -56(%rbp)
	movl	$0, -60(%rbp)
LBB6_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$40, -60(%rbp)
	jae	LBB6_8
## %bb.6:                               ##   in Loop: Header=BB6_5 Depth=1
	movl	-56(%rbp), %eax
	movl	%eax, -128(%rbp)                ## 4-byte Spill
	movl	-60(%rbp), %eax
	movl	%eax, -124(%rbp)                ## 4-byte Spill
	movl	-56(%rbp), %edi
	movl	-60(%rbp), %esi
	callq	_rotl32
	movl	%eax, -120(%rbp)                ## 4-byte Spill
	movq	_seed(%rip), %rdi
	movl	-60(%rbp), %esi
	callq	_rotr64
	movl	-128(%rbp), %esi                ## 4-byte Reload
	movl	-124(%rbp), %edx                ## 4-byte Reload
	movl	-120(%rbp), %ecx                ## 4-byte Reload
	movq	%rax, %r8
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB6_5 Depth=1
	movl	-60(%rbp), %eax
	addl	$7, %eax
	movl	%eax, -60(%rbp)
	jmp	LBB6_5
LBB6_8:
	movl	-56(%rbp), %edi
	callq	_bswap32_hand
	movl	%eax, %esi
	movl	-56(%rbp), %edx
	bswapl	%edx
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	_seed(%rip), %rsi
	bswapq	%rsi
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-56(%rbp), %eax
                                        ## kill: def $ax killed $ax killed $eax
	rolw	$8, %ax
	movzwl	%ax, %esi
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-56(%rbp), %edi
	callq	_reverse_bits
	movl	%eax, %esi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$1, -64(%rbp)
LBB6_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$64, -64(%rbp)
	jg	LBB6_18
## %bb.10:                              ##   in Loop: Header=BB6_9 Depth=1
	cmpl	$64, -64(%rbp)
	jne	LBB6_12
## %bb.11:                              ##   in Loop: Header=BB6_9 Depth=1
	movq	$-1, %rax
	movq	%rax, -136(%rbp)                ## 8-byte Spill
	jmp	LBB6_13
LBB6_12:                                ##   in Loop: Header=BB6_9 Depth=1
	movl	-64(%rbp), %eax
	movl	%eax, %ecx
	movl	$1, %eax
                                        ## kill: def $cl killed $rcx
	shlq	%cl, %rax
	subq	$1, %rax
	movq	%rax, -136(%rbp)                ## 8-byte Spill
LBB6_13:                                ##   in Loop: Header=BB6_9 Depth=1
	movq	-136(%rbp), %rax                ## 8-byte Reload
	movq	%rax, -72(%rbp)
	movl	-64(%rbp), %eax
	movl	%eax, -148(%rbp)                ## 4-byte Spill
	movq	-72(%rbp), %rax
	movq	%rax, -144(%rbp)                ## 8-byte Spill
	cmpq	$-1, -72(%rbp)
	jne	LBB6_15
## %bb.14:                              ##   in Loop: Header=BB6_9 Depth=1
	movl	$4294967295, %eax               ## imm = 0xFFFFFFFF
	movl	%eax, -152(%rbp)                ## 4-byte Spill
	jmp	LBB6_16
LBB6_15:                                ##   in Loop: Header=BB6_9 Depth=1
	movq	-72(%rbp), %rax
	xorq	$-1, %rax
	bsfq	%rax, %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -152(%rbp)                ## 4-byte Spill
LBB6_16:                                ##   in Loop: Header=BB6_9 Depth=1
	movq	-144(%rbp), %rdx                ## 8-byte Reload
	movl	-148(%rbp), %esi                ## 4-byte Reload
	movl	-152(%rbp), %ecx                ## 4-byte Reload
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.17:                              ##   in Loop: Header=BB6_9 Depth=1
	movl	-64(%rbp), %eax
	shll	$1, %eax
	movl	%eax, -64(%rbp)
	jmp	LBB6_9
LBB6_18:
	movq	_seed(%rip), %rax
	shrq	$32, %rax
                                        ## kill: def $eax killed $eax killed $rax
	xorl	$3068372417, %eax               ## imm = 0xB6E3A5C1
	movl	%eax, -76(%rbp)
	movl	-76(%rbp), %esi
	xorl	%eax, %eax
	subl	-76(%rbp), %eax
	andl	%eax, %esi
	movl	-76(%rbp), %edx
	movl	-76(%rbp), %eax
	subl	$1, %eax
	andl	%eax, %edx
	movl	-76(%rbp), %ecx
	movl	-76(%rbp), %eax
	subl	$1, %eax
	orl	%eax, %ecx
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-76(%rbp), %eax
	shrl	$8, %eax
	movl	%eax, -80(%rbp)
	movl	-80(%rbp), %eax
	movl	%eax, -156(%rbp)                ## 4-byte Spill
	movl	-80(%rbp), %edi
	callq	_next_pow2
	movl	-156(%rbp), %esi                ## 4-byte Reload
	movl	%eax, %edx
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-76(%rbp), %ecx
	andl	$2147483647, %ecx               ## imm = 0x7FFFFFFF
	bsfl	%ecx, %esi
	addl	$1, %esi
	xorl	%eax, %eax
	cmpl	$0, %ecx
	cmovel	%eax, %esi
	movq	_seed(%rip), %rdx
	andq	$16776960, %rdx                 ## imm = 0xFFFF00
	bsfq	%rdx, %rax
	addq	$1, %rax
	xorl	%ecx, %ecx
                                        ## kill: def $rcx killed $ecx
	cmpq	$0, %rdx
	cmoveq	%rcx, %rax
	movl	%eax, %edx
	movl	-76(%rbp), %eax
	shrl	$4, %eax
	movl	%eax, %ecx
	xorl	$-1, %ecx
	cmpl	$0, %eax
	cmovll	%ecx, %eax
	bsrl	%eax, %ecx
	movl	$63, %eax
	cmovel	%eax, %ecx
	xorl	$31, %ecx
	subl	$1, %ecx
	leaq	L_.str.10(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-20(%rbp), %eax
	addq	$192, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function xorshift
_xorshift:                              ## @xorshift
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	shlq	$13, %rax
	xorq	-16(%rbp), %rax
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	shrq	$7, %rax
	xorq	-16(%rbp), %rax
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	shlq	$17, %rax
	xorq	-16(%rbp), %rax
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	-8(%rbp), %rcx
	movq	%rax, (%rcx)
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function rotl32
_rotl32:                                ## @rotl32
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-4(%rbp), %eax
	movl	-8(%rbp), %ecx
	andl	$31, %ecx
                                        ## kill: def $cl killed $ecx
	shll	%cl, %eax
	movl	-4(%rbp), %edx
	movl	$32, %ecx
	subl	-8(%rbp), %ecx
	andl	$31, %ecx
                                        ## kill: def $cl killed $ecx
	shrl	%cl, %edx
	movl	%edx, %ecx
	orl	%ecx, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function rotr64
_rotr64:                                ## @rotr64
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movq	-8(%rbp), %rax
	movl	-12(%rbp), %ecx
	andl	$63, %ecx
	movl	%ecx, %ecx
                                        ## kill: def $rcx killed $ecx
                                        ## kill: def $cl killed $rcx
	shrq	%cl, %rax
	movq	-8(%rbp), %rdx
	movl	$64, %ecx
	subl	-12(%rbp), %ecx
	andl	$63, %ecx
	movl	%ecx, %ecx
                                        ## kill: def $rcx killed $ecx
                                        ## kill: def $cl killed $rcx
	shlq	%cl, %rdx
	movq	%rdx, %rcx
	orq	%rcx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_seed                           ## @seed
	.p2align	3
_seed:
	.quad	81985529216486895               ## 0x123456789abcdef

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%016llx pop=%d pop32=%d ctz=%d clz=%d ctz32=%d clz32=%d par=%d\n"

L_.str.1:                               ## @.str.1
	.asciz	"mismatches: %d\n"

L_.str.2:                               ## @.str.2
	.asciz	"rotl32(%08x,%u)=%08x rotr64=%016llx\n"

L_.str.3:                               ## @.str.3
	.asciz	"bswap32: %08x %08x\n"

L_.str.4:                               ## @.str.4
	.asciz	"bswap64: %016llx\n"

L_.str.5:                               ## @.str.5
	.asciz	"bswap16: %04x\n"

L_.str.6:                               ## @.str.6
	.asciz	"reverse_bits: %08x\n"

L_.str.7:                               ## @.str.7
	.asciz	"mask %2d: %016llx low bit of ~m: %d\n"

L_.str.8:                               ## @.str.8
	.asciz	"lowest set: %08x clear lowest: %08x smear: %08x\n"

L_.str.9:                               ## @.str.9
	.asciz	"next pow2 >= %u: %u\n"

L_.str.10:                              ## @.str.10
	.asciz	"ffs=%d ffsll=%d clrsb=%d\n"

.subsections_via_symbols
