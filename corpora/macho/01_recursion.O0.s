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
	subq	$32, %rsp
	movq	%rdi, -16(%rbp)
	movq	%rsi, -24(%rbp)
	cmpq	$0, -16(%rbp)
	jne	LBB0_2
## %bb.1:
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_5
LBB0_2:
	cmpq	$0, -24(%rbp)
	jne	LBB0_4
## %bb.3:
	movq	-16(%rbp), %rdi
	subq	$1, %rdi
	movl	$1, %esi
	callq	_ackermann
	movq	%rax, -8(%rbp)
	jmp	LBB0_5
LBB0_4:
	movq	-16(%rbp), %rax
	subq	$1, %rax
	movq	%rax, -32(%rbp)                 ## 8-byte Spill
	movq	-16(%rbp), %rdi
	movq	-24(%rbp), %rsi
	subq	$1, %rsi
	callq	_ackermann
	movq	-32(%rbp), %rdi                 ## 8-byte Reload
	movq	%rax, %rsi
	callq	_ackermann
	movq	%rax, -8(%rbp)
LBB0_5:
	movq	-8(%rbp), %rax
	addq	$32, %rsp
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
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	%ecx, -16(%rbp)
	cmpl	$0, -4(%rbp)
	jne	LBB1_2
## %bb.1:
	jmp	LBB1_5
LBB1_2:
	movl	-4(%rbp), %edi
	subl	$1, %edi
	movl	-8(%rbp), %esi
	movl	-16(%rbp), %edx
	movl	-12(%rbp), %ecx
	callq	_hanoi
	cmpq	$8, _hanoi_moves(%rip)
	jge	LBB1_4
## %bb.3:
	movl	-8(%rbp), %edx
	movq	_hanoi_moves(%rip), %rcx
	leaq	_first_moves(%rip), %rax
	movl	%edx, (%rax,%rcx,8)
	movl	-12(%rbp), %edx
	movq	_hanoi_moves(%rip), %rcx
	leaq	_first_moves(%rip), %rax
	movl	%edx, 4(%rax,%rcx,8)
LBB1_4:
	movq	_hanoi_moves(%rip), %rax
	addq	$1, %rax
	movq	%rax, _hanoi_moves(%rip)
	movl	-4(%rbp), %edi
	subl	$1, %edi
	movl	-16(%rbp), %esi
	movl	-12(%rbp), %edx
	movl	-8(%rbp), %ecx
	callq	_hanoi
LBB1_5:
	addq	$16, %rsp
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
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	jne	LBB2_2
## %bb.1:
	movl	$1, %eax
	movl	%eax, -8(%rbp)                  ## 4-byte Spill
	jmp	LBB2_3
LBB2_2:
	movl	-4(%rbp), %edi
	subl	$1, %edi
	callq	_is_odd
	movl	%eax, -8(%rbp)                  ## 4-byte Spill
LBB2_3:
	movl	-8(%rbp), %eax                  ## 4-byte Reload
	addq	$16, %rsp
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
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	jne	LBB3_2
## %bb.1:
	xorl	%eax, %eax
	movl	%eax, -8(%rbp)                  ## 4-byte Spill
	jmp	LBB3_3
LBB3_2:
	movl	-4(%rbp), %edi
	subl	$1, %edi
	callq	_is_even
	movl	%eax, -8(%rbp)                  ## 4-byte Spill
LBB3_3:
	movl	-8(%rbp), %eax                  ## 4-byte Reload
	addq	$16, %rsp
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
	subq	$64, %rsp
	movl	%edi, -12(%rbp)
	movq	%rsi, -24(%rbp)
	movq	%rdx, -32(%rbp)
	movq	%rcx, -40(%rbp)
	cmpl	$0, -12(%rbp)
	jne	LBB4_2
## %bb.1:
	imulq	$3, -24(%rbp), %rax
	imulq	$5, -32(%rbp), %rcx
	addq	%rcx, %rax
	imulq	$7, -40(%rbp), %rcx
	addq	%rcx, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB4_3
LBB4_2:
	movl	-12(%rbp), %edi
	subl	$1, %edi
	movq	-32(%rbp), %rsi
	movq	-40(%rbp), %rdx
	movq	-24(%rbp), %rcx
	addq	$1, %rcx
	callq	_tree_sum
	movq	%rax, -48(%rbp)
	movl	-12(%rbp), %edi
	subl	$1, %edi
	movq	-40(%rbp), %rsi
	movq	-24(%rbp), %rdx
	movq	-32(%rbp), %rcx
	addq	$2, %rcx
	callq	_tree_sum
	movq	%rax, -56(%rbp)
	movq	-48(%rbp), %rax
	subq	-56(%rbp), %rax
	addq	-24(%rbp), %rax
	addq	-32(%rbp), %rax
	addq	-40(%rbp), %rax
	movslq	-12(%rbp), %rcx
	addq	%rcx, %rax
	movq	%rax, -8(%rbp)
LBB4_3:
	movq	-8(%rbp), %rax
	addq	$64, %rsp
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
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	cmpl	$0, -8(%rbp)
	jne	LBB5_2
## %bb.1:
	movl	-4(%rbp), %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
	jmp	LBB5_3
LBB5_2:
	movl	-8(%rbp), %edi
	movl	-4(%rbp), %eax
	cltd
	idivl	-8(%rbp)
	movl	%edx, %esi
	callq	_gcd
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
LBB5_3:
	movl	-12(%rbp), %eax                 ## 4-byte Reload
	addq	$16, %rsp
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
	subq	$80, %rsp
	movl	$0, -4(%rbp)
	movq	$0, -16(%rbp)
LBB6_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB6_3 Depth 2
	movq	-16(%rbp), %rax
	movl	_seed_m(%rip), %ecx
	movslq	%ecx, %rcx
	addq	$1, %rcx
	cmpq	%rcx, %rax
	ja	LBB6_8
## %bb.2:                               ##   in Loop: Header=BB6_1 Depth=1
	movq	$0, -24(%rbp)
LBB6_3:                                 ##   Parent Loop BB6_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movq	-24(%rbp), %rax
	movl	_seed_n(%rip), %ecx
	movslq	%ecx, %rcx
	cmpq	%rcx, %rax
	ja	LBB6_6
## %bb.4:                               ##   in Loop: Header=BB6_3 Depth=2
	movq	-16(%rbp), %rax
	movq	%rax, -56(%rbp)                 ## 8-byte Spill
	movq	-24(%rbp), %rax
	movq	%rax, -48(%rbp)                 ## 8-byte Spill
	movq	-16(%rbp), %rdi
	movq	-24(%rbp), %rsi
	callq	_ackermann
	movq	-56(%rbp), %rsi                 ## 8-byte Reload
	movq	-48(%rbp), %rdx                 ## 8-byte Reload
	movq	%rax, %rcx
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.5:                               ##   in Loop: Header=BB6_3 Depth=2
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -24(%rbp)
	jmp	LBB6_3
LBB6_6:                                 ##   in Loop: Header=BB6_1 Depth=1
	jmp	LBB6_7
LBB6_7:                                 ##   in Loop: Header=BB6_1 Depth=1
	movq	-16(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -16(%rbp)
	jmp	LBB6_1
LBB6_8:
	movl	_hanoi_disks(%rip), %edi
	movl	$1, %esi
	movl	$3, %edx
	movl	$2, %ecx
	callq	_hanoi
	movl	_hanoi_disks(%rip), %esi
	movq	_hanoi_moves(%rip), %rdx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -28(%rbp)
LBB6_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$8, -28(%rbp)
	jge	LBB6_12
## %bb.10:                              ##   in Loop: Header=BB6_9 Depth=1
	movl	-28(%rbp), %esi
	addl	$1, %esi
	movslq	-28(%rbp), %rcx
	leaq	_first_moves(%rip), %rax
	movl	(%rax,%rcx,8), %edx
	movslq	-28(%rbp), %rcx
	leaq	_first_moves(%rip), %rax
	movl	4(%rax,%rcx,8), %ecx
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.11:                              ##   in Loop: Header=BB6_9 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB6_9
LBB6_12:
	movl	$0, -32(%rbp)
LBB6_13:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$6, -32(%rbp)
	jae	LBB6_16
## %bb.14:                              ##   in Loop: Header=BB6_13 Depth=1
	imull	$7, -32(%rbp), %eax
	movl	%eax, -68(%rbp)                 ## 4-byte Spill
	imull	$7, -32(%rbp), %edi
	callq	_is_even
	movl	%eax, -64(%rbp)                 ## 4-byte Spill
	imull	$7, -32(%rbp), %eax
	movl	%eax, -60(%rbp)                 ## 4-byte Spill
	imull	$7, -32(%rbp), %edi
	callq	_is_odd
	movl	-68(%rbp), %esi                 ## 4-byte Reload
	movl	-64(%rbp), %edx                 ## 4-byte Reload
	movl	-60(%rbp), %ecx                 ## 4-byte Reload
	movl	%eax, %r8d
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.15:                              ##   in Loop: Header=BB6_13 Depth=1
	movl	-32(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -32(%rbp)
	jmp	LBB6_13
LBB6_16:
	movl	$0, -36(%rbp)
LBB6_17:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$10, -36(%rbp)
	jg	LBB6_20
## %bb.18:                              ##   in Loop: Header=BB6_17 Depth=1
	movl	-36(%rbp), %eax
	movl	%eax, -72(%rbp)                 ## 4-byte Spill
	movl	-36(%rbp), %edi
	movl	_seed_m(%rip), %eax
	movslq	%eax, %rsi
	movl	_seed_n(%rip), %eax
	movslq	%eax, %rdx
	movl	$11, %ecx
	callq	_tree_sum
	movl	-72(%rbp), %esi                 ## 4-byte Reload
	movq	%rax, %rdx
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.19:                              ##   in Loop: Header=BB6_17 Depth=1
	movl	-36(%rbp), %eax
	addl	$2, %eax
	movl	%eax, -36(%rbp)
	jmp	LBB6_17
LBB6_20:
	movl	$1071, %edi                     ## imm = 0x42F
	movl	$462, %esi                      ## imm = 0x1CE
	callq	_gcd
	movl	%eax, %esi
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$832040, %edi                   ## imm = 0xCB228
	movl	$514229, %esi                   ## imm = 0x7D8B5
	callq	_gcd
	movl	%eax, %esi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$80, %rsp
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
