	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_ackermann                      ## -- Begin function ackermann
	.p2align	4, 0x90
_ackermann:                             ## @ackermann
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -24
	movq	%rsi, %rax
	testq	%rdi, %rdi
	je	LBB0_5
## %bb.1:
	movq	%rdi, %rbx
	jmp	LBB0_2
	.p2align	4, 0x90
LBB0_3:                                 ##   in Loop: Header=BB0_2 Depth=1
	movl	$1, %eax
	addq	$-1, %rbx
	je	LBB0_5
LBB0_2:                                 ## =>This Inner Loop Header: Depth=1
	testq	%rax, %rax
	je	LBB0_3
## %bb.6:                               ##   in Loop: Header=BB0_2 Depth=1
	addq	$-1, %rax
	movq	%rbx, %rdi
	movq	%rax, %rsi
	callq	_ackermann
	addq	$-1, %rbx
	jne	LBB0_2
LBB0_5:
	addq	$1, %rax
	addq	$8, %rsp
	popq	%rbx
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_hanoi                          ## -- Begin function hanoi
	.p2align	4, 0x90
_hanoi:                                 ## @hanoi
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
	pushq	%rax
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	testl	%edi, %edi
	je	LBB1_5
## %bb.1:
	movl	%edx, %r14d
	movl	%esi, %r15d
	movl	%edi, %ebx
	addl	$-1, %ebx
	leaq	_first_moves(%rip), %r13
	jmp	LBB1_2
	.p2align	4, 0x90
LBB1_4:                                 ##   in Loop: Header=BB1_2 Depth=1
	addq	$1, %rax
	movq	%rax, _hanoi_moves(%rip)
	movl	%r15d, %ecx
	movl	%r12d, %r15d
	addl	$-1, %ebx
	jae	LBB1_5
LBB1_2:                                 ## =>This Inner Loop Header: Depth=1
	movl	%ecx, %r12d
	movl	%ebx, %edi
	movl	%r15d, %esi
	movl	%ecx, %edx
	movl	%r14d, %ecx
	callq	_hanoi
	movq	_hanoi_moves(%rip), %rax
	cmpq	$7, %rax
	jg	LBB1_4
## %bb.3:                               ##   in Loop: Header=BB1_2 Depth=1
	movl	%r15d, (%r13,%rax,8)
	movl	%r14d, 4(%r13,%rax,8)
	jmp	LBB1_4
LBB1_5:
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_is_even                        ## -- Begin function is_even
	.p2align	4, 0x90
_is_even:                               ## @is_even
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	testl	%edi, %edi
	je	LBB2_1
## %bb.2:
	addl	$-1, %edi
	popq	%rbp
	jmp	_is_odd                         ## TAILCALL
LBB2_1:
	movl	$1, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_is_odd                         ## -- Begin function is_odd
	.p2align	4, 0x90
_is_odd:                                ## @is_odd
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	testl	%edi, %edi
	je	LBB3_1
## %bb.2:
	addl	$-1, %edi
	popq	%rbp
	jmp	_is_even                        ## TAILCALL
LBB3_1:
	xorl	%eax, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_tree_sum                       ## -- Begin function tree_sum
	.p2align	4, 0x90
_tree_sum:                              ## @tree_sum
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
	pushq	%rax
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rcx, %r14
	movq	%rdx, %r15
	movq	%rsi, %r12
	testl	%edi, %edi
	je	LBB4_1
## %bb.3:
	movl	%edi, %ebx
	leal	-1(%rbx), %r13d
	leaq	1(%r12), %rcx
	movl	%r13d, %edi
	movq	%r15, %rsi
	movq	%r14, %rdx
	callq	_tree_sum
	movq	%rax, -48(%rbp)                 ## 8-byte Spill
	leaq	2(%r15), %rcx
	movl	%r13d, %edi
	movq	%r14, %rsi
	movq	%r12, %rdx
	callq	_tree_sum
	movq	%rax, %rcx
	movslq	%ebx, %rax
	addq	%r12, %rax
	addq	%r15, %rax
	addq	%r14, %rax
	addq	-48(%rbp), %rax                 ## 8-byte Folded Reload
	subq	%rcx, %rax
	jmp	LBB4_2
LBB4_1:
	leaq	(%r12,%r12,2), %rax
	leaq	(%r15,%r15,4), %rcx
	addq	%rax, %rcx
	leaq	(,%r14,8), %rax
	subq	%r14, %rax
	addq	%rcx, %rax
LBB4_2:
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_gcd                            ## -- Begin function gcd
	.p2align	4, 0x90
_gcd:                                   ## @gcd
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, %eax
	testl	%esi, %esi
	je	LBB5_1
## %bb.2:
	movl	%esi, %edx
	.p2align	4, 0x90
LBB5_3:                                 ## =>This Inner Loop Header: Depth=1
	movl	%edx, %ecx
	cltd
	idivl	%ecx
	movl	%ecx, %eax
	testl	%edx, %edx
	jne	LBB5_3
	jmp	LBB5_4
LBB5_1:
	movl	%eax, %ecx
LBB5_4:
	movl	%ecx, %eax
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
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	_seed_m(%rip), %eax
	leaq	L_.str(%rip), %r14
	xorl	%r15d, %r15d
	.p2align	4, 0x90
LBB6_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB6_2 Depth 2
	movl	_seed_n(%rip), %eax
	xorl	%ebx, %ebx
	.p2align	4, 0x90
LBB6_2:                                 ##   Parent Loop BB6_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movq	%r15, %rdi
	movq	%rbx, %rsi
	callq	_ackermann
	movq	%r14, %rdi
	movq	%r15, %rsi
	movq	%rbx, %rdx
	movq	%rax, %rcx
	xorl	%eax, %eax
	callq	_printf
	addq	$1, %rbx
	movslq	_seed_n(%rip), %rax
	cmpq	%rax, %rbx
	jbe	LBB6_2
## %bb.3:                               ##   in Loop: Header=BB6_1 Depth=1
	addq	$1, %r15
	movslq	_seed_m(%rip), %rax
	addq	$1, %rax
	cmpq	%rax, %r15
	jbe	LBB6_1
## %bb.4:
	movl	_hanoi_disks(%rip), %edi
	movl	$1, %esi
	movl	$3, %edx
	movl	$2, %ecx
	callq	_hanoi
	movl	_hanoi_disks(%rip), %esi
	movq	_hanoi_moves(%rip), %rdx
	leaq	L_.str.1(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_first_moves(%rip), %edx
	movl	_first_moves+4(%rip), %ecx
	leaq	L_.str.2(%rip), %rbx
	movq	%rbx, %rdi
	movl	$1, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_first_moves+8(%rip), %edx
	movl	_first_moves+12(%rip), %ecx
	movq	%rbx, %rdi
	movl	$2, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_first_moves+16(%rip), %edx
	movl	_first_moves+20(%rip), %ecx
	movq	%rbx, %rdi
	movl	$3, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_first_moves+24(%rip), %edx
	movl	_first_moves+28(%rip), %ecx
	movq	%rbx, %rdi
	movl	$4, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_first_moves+32(%rip), %edx
	movl	_first_moves+36(%rip), %ecx
	movq	%rbx, %rdi
	movl	$5, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_first_moves+40(%rip), %edx
	movl	_first_moves+44(%rip), %ecx
	movq	%rbx, %rdi
	movl	$6, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_first_moves+48(%rip), %edx
	movl	_first_moves+52(%rip), %ecx
	movq	%rbx, %rdi
	movl	$7, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_first_moves+56(%rip), %edx
	movl	_first_moves+60(%rip), %ecx
	movq	%rbx, %rdi
	movl	$8, %esi
	xorl	%eax, %eax
	callq	_printf
	xorl	%edi, %edi
	callq	_is_even
	movl	%eax, %ebx
	xorl	%edi, %edi
	callq	_is_odd
	leaq	L_.str.3(%rip), %r14
	movq	%r14, %rdi
	xorl	%esi, %esi
	movl	%ebx, %edx
	xorl	%ecx, %ecx
	movl	%eax, %r8d
	xorl	%eax, %eax
	callq	_printf
	movl	$7, %edi
	callq	_is_even
	movl	%eax, %ebx
	movl	$7, %edi
	callq	_is_odd
	movq	%r14, %rdi
	movl	$7, %esi
	movl	%ebx, %edx
	movl	$7, %ecx
	movl	%eax, %r8d
	xorl	%eax, %eax
	callq	_printf
	movl	$14, %edi
	callq	_is_even
	movl	%eax, %ebx
	movl	$14, %edi
	callq	_is_odd
	movq	%r14, %rdi
	movl	$14, %esi
	movl	%ebx, %edx
	movl	$14, %ecx
	movl	%eax, %r8d
	xorl	%eax, %eax
	callq	_printf
	movl	$21, %edi
	callq	_is_even
	movl	%eax, %ebx
	movl	$21, %edi
	callq	_is_odd
	movq	%r14, %rdi
	movl	$21, %esi
	movl	%ebx, %edx
	movl	$21, %ecx
	movl	%eax, %r8d
	xorl	%eax, %eax
	callq	_printf
	movl	$28, %edi
	callq	_is_even
	movl	%eax, %ebx
	movl	$28, %edi
	callq	_is_odd
	movq	%r14, %rdi
	movl	$28, %esi
	movl	%ebx, %edx
	movl	$28, %ecx
	movl	%eax, %r8d
	xorl	%eax, %eax
	callq	_printf
	movl	$35, %edi
	callq	_is_even
	movl	%eax, %ebx
	movl	$35, %edi
	callq	_is_odd
	movq	%r14, %rdi
	movl	$35, %esi
	movl	%ebx, %edx
	movl	$35, %ecx
	movl	%eax, %r8d
	xorl	%eax, %eax
	callq	_printf
	movslq	_seed_m(%rip), %rsi
	movslq	_seed_n(%rip), %rdx
	movl	$11, %ecx
	xorl	%edi, %edi
	callq	_tree_sum
	leaq	L_.str.4(%rip), %rbx
	movq	%rbx, %rdi
	xorl	%esi, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movslq	_seed_m(%rip), %rsi
	movslq	_seed_n(%rip), %rdx
	movl	$11, %ecx
	movl	$2, %edi
	callq	_tree_sum
	movq	%rbx, %rdi
	movl	$2, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movslq	_seed_m(%rip), %rsi
	movslq	_seed_n(%rip), %rdx
	movl	$11, %ecx
	movl	$4, %edi
	callq	_tree_sum
	movq	%rbx, %rdi
	movl	$4, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movslq	_seed_m(%rip), %rsi
	movslq	_seed_n(%rip), %rdx
	movl	$11, %ecx
	movl	$6, %edi
	callq	_tree_sum
	movq	%rbx, %rdi
	movl	$6, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movslq	_seed_m(%rip), %rsi
	movslq	_seed_n(%rip), %rdx
	movl	$11, %ecx
	movl	$8, %edi
	callq	_tree_sum
	movq	%rbx, %rdi
	movl	$8, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movslq	_seed_m(%rip), %rsi
	movslq	_seed_n(%rip), %rdx
	movl	$11, %ecx
	movl	$10, %edi
	callq	_tree_sum
	movq	%rbx, %rdi
	movl	$10, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movl	$1071, %edi                     ## imm = 0x42F
	movl	$462, %esi                      ## imm = 0x1CE
	callq	_gcd
	leaq	L_.str.5(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	$832040, %edi                   ## imm = 0xCB228
	movl	$514229, %esi                   ## imm = 0x7D8B5
	callq	_gcd
	leaq	L_.str.6(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	xorl	%eax, %eax
	addq	$8, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_seed_m                         ## @seed_m
	.p2align	2
_seed_m:
	.long	2                               ## 0x2

	.globl	_seed_n                         ## @seed_n
	.p2align	2
_seed_n:
	.long	3                               ## 0x3

	.globl	_hanoi_disks                    ## @hanoi_disks
	.p2align	2
_hanoi_disks:
	.long	10                              ## 0xa

.zerofill __DATA,__bss,_hanoi_moves,8,3 ## @hanoi_moves
.zerofill __DATA,__bss,_first_moves,64,4 ## @first_moves
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"ack(%lu,%lu) = %lu\n"

L_.str.1:                               ## @.str.1
	.asciz	"hanoi(%d) moves = %ld\n"

L_.str.2:                               ## @.str.2
	.asciz	"  move %d: %d -> %d\n"

L_.str.3:                               ## @.str.3
	.asciz	"is_even(%u)=%d is_odd(%u)=%d\n"

L_.str.4:                               ## @.str.4
	.asciz	"tree_sum(%d) = %ld\n"

L_.str.5:                               ## @.str.5
	.asciz	"gcd(1071, 462) = %d\n"

L_.str.6:                               ## @.str.6
	.asciz	"gcd(832040, 514229) = %d\n"

.subsections_via_symbols
