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
	xorl	%eax, %eax
	testq	%rdi, %rdi
	je	LBB0_2
	.p2align	4, 0x90
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	leaq	-1(%rdi), %rcx
	addl	$1, %eax
	andq	%rcx, %rdi
	jne	LBB0_1
LBB0_2:
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
	movl	%edi, %eax
	shrl	%eax
	andl	$1431655765, %eax               ## imm = 0x55555555
	subl	%eax, %edi
	movl	%edi, %eax
	andl	$858993459, %eax                ## imm = 0x33333333
	shrl	$2, %edi
	andl	$858993459, %edi                ## imm = 0x33333333
	addl	%eax, %edi
	movl	%edi, %eax
	shrl	$4, %eax
	addl	%edi, %eax
	andl	$252645135, %eax                ## imm = 0xF0F0F0F
	imull	$16843009, %eax, %eax           ## imm = 0x1010101
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
	movl	%edi, %eax
	bswapl	%eax
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
	xorl	%eax, %eax
	movl	$32, %ecx
	.p2align	4, 0x90
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	%edi, %edx
	andl	$1, %edx
	shll	$2, %edx
	leal	(%rdx,%rax,8), %eax
	movl	%edi, %edx
	andl	$2, %edx
	orl	%eax, %edx
	movl	%edi, %eax
	shrl	$2, %eax
	andl	$1, %eax
	orl	%edx, %eax
	movl	%edi, %edx
	shrl	$3, %edx
	andl	$1, %edx
	leal	(%rdx,%rax,2), %eax
	shrl	$4, %edi
	addl	$-4, %ecx
	jne	LBB3_1
## %bb.2:
                                        ## kill: def $eax killed $eax killed $rax
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
	movq	%rdi, %rax
	shrq	$32, %rax
	xorq	%rdi, %rax
	movq	%rax, %rcx
	shrq	$16, %rcx
	xorq	%rax, %rcx
	movq	%rcx, %rax
	shrq	$8, %rax
	xorq	%rcx, %rax
	movq	%rax, %rcx
	shrq	$4, %rcx
	xorq	%rax, %rcx
	movq	%rcx, %rdx
	shrq	$2, %rdx
	xorl	%ecx, %edx
	movl	%edx, %eax
	shrl	%eax
	xorl	%edx, %eax
	andl	$1, %eax
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
                                        ## kill: def $edi killed $edi def $rdi
	leal	-1(%rdi), %eax
	movl	%eax, %ecx
	shrl	%ecx
	orl	%eax, %ecx
	movl	%ecx, %eax
	shrl	$2, %eax
	orl	%ecx, %eax
	movl	%eax, %ecx
	shrl	$4, %ecx
	orl	%eax, %ecx
	movl	%ecx, %edx
	shrl	$8, %edx
	orl	%ecx, %edx
	movl	%edx, %eax
	shrl	$16, %eax
	orl	%edx, %eax
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
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$24, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	$12, %eax
	movq	_seed(%rip), %rbx
	xorl	%r15d, %r15d
	.p2align	4, 0x90
LBB6_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	%eax, -52(%rbp)                 ## 4-byte Spill
	movq	%rbx, %rax
	shlq	$13, %rax
	xorq	%rbx, %rax
	movq	%rax, %rcx
	shrq	$7, %rcx
	xorq	%rax, %rcx
	movq	%rcx, %rbx
	shlq	$17, %rbx
	xorq	%rcx, %rbx
	movq	%rbx, %rdi
	callq	_popcount_hand
	movl	%eax, %r13d
	movl	%eax, -48(%rbp)                 ## 4-byte Spill
	movq	%rbx, %rax
	shrq	%rax
	movabsq	$6148914691236517205, %rcx      ## imm = 0x5555555555555555
	andq	%rcx, %rax
	movq	%rbx, %rcx
	subq	%rax, %rcx
	movq	%rcx, %rax
	movabsq	$3689348814741910323, %rdx      ## imm = 0x3333333333333333
	andq	%rdx, %rax
	shrq	$2, %rcx
	andq	%rdx, %rcx
	addq	%rax, %rcx
	movq	%rcx, %r14
	shrq	$4, %r14
	addq	%rcx, %r14
	movabsq	$1085102592571150095, %rax      ## imm = 0xF0F0F0F0F0F0F0F
	andq	%rax, %r14
	movabsq	$72340172838076673, %rax        ## imm = 0x101010101010101
	imulq	%rax, %r14
	shrq	$56, %r14
	movl	%ebx, %edi
	callq	_popcount_swar
	movl	%eax, -44(%rbp)                 ## 4-byte Spill
	movl	%ebx, %edx
	shrl	%edx
	andl	$1431655765, %edx               ## imm = 0x55555555
	movl	%ebx, %ecx
	subl	%edx, %ecx
	movl	%ecx, %edx
	andl	$858993459, %edx                ## imm = 0x33333333
	shrl	$2, %ecx
	andl	$858993459, %ecx                ## imm = 0x33333333
	addl	%edx, %ecx
	movl	%ecx, %edx
	shrl	$4, %edx
	addl	%ecx, %edx
	andl	$252645135, %edx                ## imm = 0xF0F0F0F
	imull	$16843009, %edx, %ecx           ## imm = 0x1010101
	shrl	$24, %ecx
	xorl	%r12d, %r12d
	cmpl	%r14d, %r13d
	setne	%r12b
	xorl	%r13d, %r13d
	cmpl	%ecx, %eax
	setne	%r13b
	movq	%rbx, %rdi
	callq	_parity_hand
	movl	%eax, %r10d
	andl	$1, %r14d
	xorl	%eax, %eax
	cmpl	%r14d, %r10d
	setne	%al
	addl	%r15d, %r12d
	addl	%r13d, %r12d
	movl	%r12d, %r15d
	addl	%eax, %r15d
	movq	%rbx, %rax
	movabsq	$-9223372036854775808, %rcx     ## imm = 0x8000000000000000
	orq	%rcx, %rax
	bsfq	%rax, %r8
	movq	%rbx, %rax
	orq	$1, %rax
	bsrq	%rax, %r9
	xorl	$63, %r9d
	movl	%ebx, %eax
	orl	$-2147483648, %eax              ## imm = 0x80000000
	bsfl	%eax, %r11d
	movl	%ebx, %eax
	orl	$1, %eax
	bsrl	%eax, %r14d
	xorl	$31, %r14d
	subq	$8, %rsp
	leaq	L_.str(%rip), %rdi
	movq	%rbx, %rsi
	movl	-48(%rbp), %edx                 ## 4-byte Reload
	movl	-44(%rbp), %ecx                 ## 4-byte Reload
                                        ## kill: def $r8d killed $r8d killed $r8
                                        ## kill: def $r9d killed $r9d killed $r9
	xorl	%eax, %eax
	pushq	%r10
	pushq	%r14
	pushq	%r11
	callq	_printf
	movl	-52(%rbp), %eax                 ## 4-byte Reload
	addq	$32, %rsp
	addl	$-1, %eax
	jne	LBB6_1
## %bb.2:
	leaq	L_.str.1(%rip), %rdi
	movl	%r15d, %r13d
	movl	%r15d, %esi
	xorl	%eax, %eax
	callq	_printf
	movq	_seed(%rip), %rbx
	movq	_seed(%rip), %r8
	leaq	L_.str.2(%rip), %r15
	movq	%r15, %rdi
	movl	%ebx, %esi
	xorl	%edx, %edx
	movl	%ebx, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %ecx
	roll	$7, %ecx
	movq	_seed(%rip), %r8
	rolq	$57, %r8
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	$7, %edx
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %ecx
	roll	$14, %ecx
	movq	_seed(%rip), %r8
	rolq	$50, %r8
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	$14, %edx
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %ecx
	roll	$21, %ecx
	movq	_seed(%rip), %r8
	rolq	$43, %r8
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	$21, %edx
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %ecx
	roll	$28, %ecx
	movq	_seed(%rip), %r8
	rolq	$36, %r8
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	$28, %edx
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %ecx
	roll	$3, %ecx
	movq	_seed(%rip), %r8
	rolq	$29, %r8
	movq	%r15, %rdi
	movl	%ebx, %esi
	movl	$35, %edx
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %edi
	callq	_bswap32_hand
	movl	%ebx, %edx
	bswapl	%edx
	leaq	L_.str.3(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	movq	_seed(%rip), %rsi
	bswapq	%rsi
	leaq	L_.str.4(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %eax
	rolw	$8, %ax
	movzwl	%ax, %esi
	leaq	L_.str.5(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %edi
	callq	_reverse_bits
	leaq	L_.str.6(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.7(%rip), %r15
	movl	$1, %edx
	movq	%r15, %rdi
	movl	$1, %esi
	movl	$1, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	$3, %edx
	movq	%r15, %rdi
	movl	$2, %esi
	movl	$2, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	$15, %edx
	movq	%r15, %rdi
	movl	$4, %esi
	movl	$4, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	$255, %edx
	movq	%r15, %rdi
	movl	$8, %esi
	movl	$8, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	$65535, %edx                    ## imm = 0xFFFF
	movq	%r15, %rdi
	movl	$16, %esi
	movl	$16, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	$32, %r12d
	movl	$4294967295, %edx               ## imm = 0xFFFFFFFF
	movq	%r15, %rdi
	movl	$32, %esi
	movl	$32, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	$-1, %r14d
	movq	%r15, %rdi
	movl	$64, %esi
	movq	$-1, %rdx
	movl	$-1, %ecx
	xorl	%eax, %eax
	callq	_printf
	movq	_seed(%rip), %rbx
	shrq	$32, %rbx
	xorl	$-1226594879, %ebx              ## imm = 0xB6E3A5C1
	movl	%ebx, %esi
	negl	%esi
	andl	%ebx, %esi
	leal	-1(%rbx), %ecx
	movl	%ecx, %edx
	andl	%ebx, %edx
	orl	%ebx, %ecx
	leaq	L_.str.8(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %r15d
	shrl	$8, %r15d
	movl	%r15d, %edi
	callq	_next_pow2
	leaq	L_.str.9(%rip), %rdi
	movl	%r15d, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %eax
	andl	$2147483647, %eax               ## imm = 0x7FFFFFFF
	bsfl	%eax, %esi
	cmovel	%r14d, %esi
	addl	$1, %esi
	movq	_seed(%rip), %rax
	andl	$16776960, %eax                 ## imm = 0xFFFF00
	bsfq	%rax, %rdx
	addl	$1, %edx
	testq	%rax, %rax
	movl	$0, %eax
	cmovel	%eax, %edx
	shrl	$4, %ebx
	je	LBB6_4
## %bb.3:
	bsrl	%ebx, %r12d
	xorl	$31, %r12d
LBB6_4:
	addl	$-1, %r12d
	leaq	L_.str.10(%rip), %rdi
                                        ## kill: def $edx killed $edx killed $rdx
	movl	%r12d, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	%r13d, %eax
	addq	$24, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
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
