	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_insertion_sort                 ## -- Begin function insertion_sort
	.p2align	4, 0x90
_insertion_sort:                        ## @insertion_sort
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movl	$1, -16(%rbp)
LBB0_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB0_3 Depth 2
	movl	-16(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jge	LBB0_9
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movq	-8(%rbp), %rax
	movslq	-16(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -20(%rbp)
	movl	-16(%rbp), %eax
	subl	$1, %eax
	movl	%eax, -24(%rbp)
LBB0_3:                                 ##   Parent Loop BB0_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	cmpl	$0, -24(%rbp)
	movb	%al, -25(%rbp)                  ## 1-byte Spill
	jl	LBB0_5
## %bb.4:                               ##   in Loop: Header=BB0_3 Depth=2
	movq	-8(%rbp), %rax
	movslq	-24(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	cmpl	-20(%rbp), %eax
	setg	%al
	movb	%al, -25(%rbp)                  ## 1-byte Spill
LBB0_5:                                 ##   in Loop: Header=BB0_3 Depth=2
	movb	-25(%rbp), %al                  ## 1-byte Reload
	testb	$1, %al
	jne	LBB0_6
	jmp	LBB0_7
LBB0_6:                                 ##   in Loop: Header=BB0_3 Depth=2
	movq	-8(%rbp), %rax
	movslq	-24(%rbp), %rcx
	movl	(%rax,%rcx,4), %edx
	movq	-8(%rbp), %rax
	movl	-24(%rbp), %ecx
	addl	$1, %ecx
	movslq	%ecx, %rcx
	movl	%edx, (%rax,%rcx,4)
	movl	-24(%rbp), %eax
	addl	$-1, %eax
	movl	%eax, -24(%rbp)
	jmp	LBB0_3
LBB0_7:                                 ##   in Loop: Header=BB0_1 Depth=1
	movl	-20(%rbp), %edx
	movq	-8(%rbp), %rax
	movl	-24(%rbp), %ecx
	addl	$1, %ecx
	movslq	%ecx, %rcx
	movl	%edx, (%rax,%rcx,4)
## %bb.8:                               ##   in Loop: Header=BB0_1 Depth=1
	movl	-16(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -16(%rbp)
	jmp	LBB0_1
LBB0_9:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_merge_sort_rec                 ## -- Begin function merge_sort_rec
	.p2align	4, 0x90
_merge_sort_rec:                        ## @merge_sort_rec
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$64, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	%edx, -20(%rbp)
	movl	%ecx, -24(%rbp)
	movl	-24(%rbp), %eax
	subl	-20(%rbp), %eax
	cmpl	$2, %eax
	jge	LBB1_2
## %bb.1:
	jmp	LBB1_17
LBB1_2:
	movl	-20(%rbp), %eax
	movl	%eax, -44(%rbp)                 ## 4-byte Spill
	movl	-24(%rbp), %eax
	subl	-20(%rbp), %eax
	movl	$2, %ecx
	cltd
	idivl	%ecx
	movl	%eax, %ecx
	movl	-44(%rbp), %eax                 ## 4-byte Reload
	addl	%ecx, %eax
	movl	%eax, -28(%rbp)
	movq	-8(%rbp), %rdi
	movq	-16(%rbp), %rsi
	movl	-20(%rbp), %edx
	movl	-28(%rbp), %ecx
	callq	_merge_sort_rec
	movq	-8(%rbp), %rdi
	movq	-16(%rbp), %rsi
	movl	-28(%rbp), %edx
	movl	-24(%rbp), %ecx
	callq	_merge_sort_rec
	movl	-20(%rbp), %eax
	movl	%eax, -32(%rbp)
	movl	-28(%rbp), %eax
	movl	%eax, -36(%rbp)
	movl	-20(%rbp), %eax
	movl	%eax, -40(%rbp)
LBB1_3:                                 ## =>This Inner Loop Header: Depth=1
	movl	-32(%rbp), %ecx
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	cmpl	-28(%rbp), %ecx
	movb	%al, -45(%rbp)                  ## 1-byte Spill
	jge	LBB1_5
## %bb.4:                               ##   in Loop: Header=BB1_3 Depth=1
	movl	-36(%rbp), %eax
	cmpl	-24(%rbp), %eax
	setl	%al
	movb	%al, -45(%rbp)                  ## 1-byte Spill
LBB1_5:                                 ##   in Loop: Header=BB1_3 Depth=1
	movb	-45(%rbp), %al                  ## 1-byte Reload
	testb	$1, %al
	jne	LBB1_6
	jmp	LBB1_10
LBB1_6:                                 ##   in Loop: Header=BB1_3 Depth=1
	movq	-8(%rbp), %rax
	movslq	-32(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	movq	-8(%rbp), %rcx
	movslq	-36(%rbp), %rdx
	cmpl	(%rcx,%rdx,4), %eax
	jg	LBB1_8
## %bb.7:                               ##   in Loop: Header=BB1_3 Depth=1
	movq	-8(%rbp), %rax
	movl	-32(%rbp), %ecx
	movl	%ecx, %edx
	addl	$1, %edx
	movl	%edx, -32(%rbp)
	movslq	%ecx, %rcx
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -52(%rbp)                 ## 4-byte Spill
	jmp	LBB1_9
LBB1_8:                                 ##   in Loop: Header=BB1_3 Depth=1
	movq	-8(%rbp), %rax
	movl	-36(%rbp), %ecx
	movl	%ecx, %edx
	addl	$1, %edx
	movl	%edx, -36(%rbp)
	movslq	%ecx, %rcx
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -52(%rbp)                 ## 4-byte Spill
LBB1_9:                                 ##   in Loop: Header=BB1_3 Depth=1
	movl	-52(%rbp), %edx                 ## 4-byte Reload
	movq	-16(%rbp), %rax
	movl	-40(%rbp), %ecx
	movl	%ecx, %esi
	addl	$1, %esi
	movl	%esi, -40(%rbp)
	movslq	%ecx, %rcx
	movl	%edx, (%rax,%rcx,4)
	jmp	LBB1_3
LBB1_10:
	jmp	LBB1_11
LBB1_11:                                ## =>This Inner Loop Header: Depth=1
	movl	-32(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jge	LBB1_13
## %bb.12:                              ##   in Loop: Header=BB1_11 Depth=1
	movq	-8(%rbp), %rax
	movl	-32(%rbp), %ecx
	movl	%ecx, %edx
	addl	$1, %edx
	movl	%edx, -32(%rbp)
	movslq	%ecx, %rcx
	movl	(%rax,%rcx,4), %edx
	movq	-16(%rbp), %rax
	movl	-40(%rbp), %ecx
	movl	%ecx, %esi
	addl	$1, %esi
	movl	%esi, -40(%rbp)
	movslq	%ecx, %rcx
	movl	%edx, (%rax,%rcx,4)
	jmp	LBB1_11
LBB1_13:
	jmp	LBB1_14
LBB1_14:                                ## =>This Inner Loop Header: Depth=1
	movl	-36(%rbp), %eax
	cmpl	-24(%rbp), %eax
	jge	LBB1_16
## %bb.15:                              ##   in Loop: Header=BB1_14 Depth=1
	movq	-8(%rbp), %rax
	movl	-36(%rbp), %ecx
	movl	%ecx, %edx
	addl	$1, %edx
	movl	%edx, -36(%rbp)
	movslq	%ecx, %rcx
	movl	(%rax,%rcx,4), %edx
	movq	-16(%rbp), %rax
	movl	-40(%rbp), %ecx
	movl	%ecx, %esi
	addl	$1, %esi
	movl	%esi, -40(%rbp)
	movslq	%ecx, %rcx
	movl	%edx, (%rax,%rcx,4)
	jmp	LBB1_14
LBB1_16:
	movq	-8(%rbp), %rdi
	movslq	-20(%rbp), %rax
	shlq	$2, %rax
	addq	%rax, %rdi
	movq	-16(%rbp), %rsi
	movslq	-20(%rbp), %rax
	shlq	$2, %rax
	addq	%rax, %rsi
	movl	-24(%rbp), %eax
	subl	-20(%rbp), %eax
	movslq	%eax, %rdx
	shlq	$2, %rdx
	callq	_memcpy
LBB1_17:
	addq	$64, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_merge_sort                     ## -- Begin function merge_sort
	.p2align	4, 0x90
_merge_sort:                            ## @merge_sort
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -16(%rbp)
	movl	%esi, -20(%rbp)
	movslq	-20(%rbp), %rdi
	shlq	$2, %rdi
	callq	_malloc
	movq	%rax, -32(%rbp)
	cmpq	$0, -32(%rbp)
	jne	LBB2_2
## %bb.1:
	movl	$-1, -4(%rbp)
	jmp	LBB2_3
LBB2_2:
	movq	-16(%rbp), %rdi
	movq	-32(%rbp), %rsi
	movl	-20(%rbp), %ecx
	xorl	%edx, %edx
	callq	_merge_sort_rec
	movq	-32(%rbp), %rdi
	callq	_free
	movl	$0, -4(%rbp)
LBB2_3:
	movl	-4(%rbp), %eax
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_quick_sort                     ## -- Begin function quick_sort
	.p2align	4, 0x90
_quick_sort:                            ## @quick_sort
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$48, %rsp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movl	%edx, -16(%rbp)
LBB3_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB3_3 Depth 2
                                        ##       Child Loop BB3_5 Depth 3
                                        ##       Child Loop BB3_8 Depth 3
	movl	-12(%rbp), %eax
	cmpl	-16(%rbp), %eax
	jge	LBB3_17
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-8(%rbp), %rax
	movq	%rax, -40(%rbp)                 ## 8-byte Spill
	movl	-12(%rbp), %ecx
	movl	-16(%rbp), %eax
	subl	-12(%rbp), %eax
	movl	$2, %esi
	cltd
	idivl	%esi
	movl	%eax, %edx
	movq	-40(%rbp), %rax                 ## 8-byte Reload
	addl	%edx, %ecx
	movslq	%ecx, %rcx
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -20(%rbp)
	movl	-12(%rbp), %eax
	movl	%eax, -24(%rbp)
	movl	-16(%rbp), %eax
	movl	%eax, -28(%rbp)
LBB3_3:                                 ##   Parent Loop BB3_1 Depth=1
                                        ## =>  This Loop Header: Depth=2
                                        ##       Child Loop BB3_5 Depth 3
                                        ##       Child Loop BB3_8 Depth 3
	movl	-24(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jg	LBB3_13
## %bb.4:                               ##   in Loop: Header=BB3_3 Depth=2
	jmp	LBB3_5
LBB3_5:                                 ##   Parent Loop BB3_1 Depth=1
                                        ##     Parent Loop BB3_3 Depth=2
                                        ## =>    This Inner Loop Header: Depth=3
	movq	-8(%rbp), %rax
	movslq	-24(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	cmpl	-20(%rbp), %eax
	jge	LBB3_7
## %bb.6:                               ##   in Loop: Header=BB3_5 Depth=3
	movl	-24(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -24(%rbp)
	jmp	LBB3_5
LBB3_7:                                 ##   in Loop: Header=BB3_3 Depth=2
	jmp	LBB3_8
LBB3_8:                                 ##   Parent Loop BB3_1 Depth=1
                                        ##     Parent Loop BB3_3 Depth=2
                                        ## =>    This Inner Loop Header: Depth=3
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	cmpl	-20(%rbp), %eax
	jle	LBB3_10
## %bb.9:                               ##   in Loop: Header=BB3_8 Depth=3
	movl	-28(%rbp), %eax
	addl	$-1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB3_8
LBB3_10:                                ##   in Loop: Header=BB3_3 Depth=2
	movl	-24(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jg	LBB3_12
## %bb.11:                              ##   in Loop: Header=BB3_3 Depth=2
	movq	-8(%rbp), %rax
	movslq	-24(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -32(%rbp)
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	movl	(%rax,%rcx,4), %edx
	movq	-8(%rbp), %rax
	movslq	-24(%rbp), %rcx
	movl	%edx, (%rax,%rcx,4)
	movl	-32(%rbp), %edx
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	movl	%edx, (%rax,%rcx,4)
	movl	-24(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -24(%rbp)
	movl	-28(%rbp), %eax
	addl	$-1, %eax
	movl	%eax, -28(%rbp)
LBB3_12:                                ##   in Loop: Header=BB3_3 Depth=2
	jmp	LBB3_3
LBB3_13:                                ##   in Loop: Header=BB3_1 Depth=1
	movl	-28(%rbp), %eax
	subl	-12(%rbp), %eax
	movl	-16(%rbp), %ecx
	subl	-24(%rbp), %ecx
	cmpl	%ecx, %eax
	jge	LBB3_15
## %bb.14:                              ##   in Loop: Header=BB3_1 Depth=1
	movq	-8(%rbp), %rdi
	movl	-12(%rbp), %esi
	movl	-28(%rbp), %edx
	callq	_quick_sort
	movl	-24(%rbp), %eax
	movl	%eax, -12(%rbp)
	jmp	LBB3_16
LBB3_15:                                ##   in Loop: Header=BB3_1 Depth=1
	movq	-8(%rbp), %rdi
	movl	-24(%rbp), %esi
	movl	-16(%rbp), %edx
	callq	_quick_sort
	movl	-28(%rbp), %eax
	movl	%eax, -16(%rbp)
LBB3_16:                                ##   in Loop: Header=BB3_1 Depth=1
	jmp	LBB3_1
LBB3_17:
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_selection_sort_desc            ## -- Begin function selection_sort_desc
	.p2align	4, 0x90
_selection_sort_desc:                   ## @selection_sort_desc
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movl	$0, -16(%rbp)
LBB4_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB4_3 Depth 2
	movl	-16(%rbp), %eax
	movl	-12(%rbp), %ecx
	subl	$1, %ecx
	cmpl	%ecx, %eax
	jge	LBB4_10
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
	movl	-16(%rbp), %eax
	movl	%eax, -20(%rbp)
	movl	-16(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -24(%rbp)
LBB4_3:                                 ##   Parent Loop BB4_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movl	-24(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jge	LBB4_8
## %bb.4:                               ##   in Loop: Header=BB4_3 Depth=2
	movq	-8(%rbp), %rax
	movslq	-24(%rbp), %rcx
	movswl	(%rax,%rcx,2), %eax
	movq	-8(%rbp), %rcx
	movslq	-20(%rbp), %rdx
	movswl	(%rcx,%rdx,2), %ecx
	cmpl	%ecx, %eax
	jle	LBB4_6
## %bb.5:                               ##   in Loop: Header=BB4_3 Depth=2
	movl	-24(%rbp), %eax
	movl	%eax, -20(%rbp)
LBB4_6:                                 ##   in Loop: Header=BB4_3 Depth=2
	jmp	LBB4_7
LBB4_7:                                 ##   in Loop: Header=BB4_3 Depth=2
	movl	-24(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -24(%rbp)
	jmp	LBB4_3
LBB4_8:                                 ##   in Loop: Header=BB4_1 Depth=1
	movq	-8(%rbp), %rax
	movslq	-16(%rbp), %rcx
	movw	(%rax,%rcx,2), %ax
	movw	%ax, -26(%rbp)
	movq	-8(%rbp), %rax
	movslq	-20(%rbp), %rcx
	movw	(%rax,%rcx,2), %dx
	movq	-8(%rbp), %rax
	movslq	-16(%rbp), %rcx
	movw	%dx, (%rax,%rcx,2)
	movw	-26(%rbp), %dx
	movq	-8(%rbp), %rax
	movslq	-20(%rbp), %rcx
	movw	%dx, (%rax,%rcx,2)
## %bb.9:                               ##   in Loop: Header=BB4_1 Depth=1
	movl	-16(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -16(%rbp)
	jmp	LBB4_1
LBB4_10:
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
	movl	$0, -84(%rbp)
	movl	_seed(%rip), %eax
	movl	%eax, _rng_state(%rip)
	movl	$0, -88(%rbp)
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$500, -88(%rbp)                 ## imm = 0x1F4
	jge	LBB5_4
## %bb.2:                               ##   in Loop: Header=BB5_1 Depth=1
	callq	_next_rand
	movl	%eax, %edx
	movslq	-88(%rbp), %rcx
	leaq	_a3(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
	movslq	-88(%rbp), %rcx
	leaq	_a2(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
	movslq	-88(%rbp), %rcx
	leaq	_a1(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
## %bb.3:                               ##   in Loop: Header=BB5_1 Depth=1
	movl	-88(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -88(%rbp)
	jmp	LBB5_1
LBB5_4:
	leaq	_a1(%rip), %rdi
	movl	$500, %esi                      ## imm = 0x1F4
	callq	_insertion_sort
	leaq	_a2(%rip), %rdi
	movl	$500, %esi                      ## imm = 0x1F4
	callq	_merge_sort
	cmpl	$0, %eax
	je	LBB5_6
## %bb.5:
	movl	$2, -84(%rbp)
	jmp	LBB5_27
LBB5_6:
	leaq	_a3(%rip), %rdi
	xorl	%esi, %esi
	movl	$499, %edx                      ## imm = 0x1F3
	callq	_quick_sort
	leaq	_a1(%rip), %rdi
	movl	$500, %esi                      ## imm = 0x1F4
	callq	_is_sorted
	movl	%eax, -132(%rbp)                ## 4-byte Spill
	leaq	_a2(%rip), %rdi
	movl	$500, %esi                      ## imm = 0x1F4
	callq	_is_sorted
	movl	%eax, -128(%rbp)                ## 4-byte Spill
	leaq	_a3(%rip), %rdi
	movl	$500, %esi                      ## imm = 0x1F4
	callq	_is_sorted
	movl	-132(%rbp), %esi                ## 4-byte Reload
	movl	-128(%rbp), %edx                ## 4-byte Reload
	movl	%eax, %ecx
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	_a1(%rip), %rdi
	leaq	_a2(%rip), %rsi
	movl	$2000, %edx                     ## imm = 0x7D0
	callq	_memcmp
	cmpl	$0, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %eax
	movl	%eax, -124(%rbp)                ## 4-byte Spill
	leaq	_a1(%rip), %rdi
	leaq	_a3(%rip), %rsi
	movl	$2000, %edx                     ## imm = 0x7D0
	callq	_memcmp
	movl	-124(%rbp), %esi                ## 4-byte Reload
	cmpl	$0, %eax
	sete	%al
	andb	$1, %al
	movzbl	%al, %edx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -92(%rbp)
LBB5_7:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$500, -92(%rbp)                 ## imm = 0x1F4
	jge	LBB5_10
## %bb.8:                               ##   in Loop: Header=BB5_7 Depth=1
	movslq	-92(%rbp), %rcx
	leaq	_a1(%rip), %rax
	movl	(%rax,%rcx,4), %esi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.9:                               ##   in Loop: Header=BB5_7 Depth=1
	movl	-92(%rbp), %eax
	addl	$50, %eax
	movl	%eax, -92(%rbp)
	jmp	LBB5_7
LBB5_10:
	movl	_a1(%rip), %esi
	movl	_a1+1996(%rip), %edx
	movl	_a1+1000(%rip), %ecx
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	$0, -104(%rbp)
	movl	$0, -108(%rbp)
LBB5_11:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$500, -108(%rbp)                ## imm = 0x1F4
	jge	LBB5_14
## %bb.12:                              ##   in Loop: Header=BB5_11 Depth=1
	imulq	$31, -104(%rbp), %rax
	movl	$1000000007, %ecx               ## imm = 0x3B9ACA07
	cqto
	idivq	%rcx
	movq	%rdx, %rax
	movslq	-108(%rbp), %rdx
	leaq	_a2(%rip), %rcx
	movslq	(%rcx,%rdx,4), %rcx
	addq	%rcx, %rax
	addq	$10000, %rax                    ## imm = 0x2710
	movq	%rax, -104(%rbp)
## %bb.13:                              ##   in Loop: Header=BB5_11 Depth=1
	movl	-108(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -108(%rbp)
	jmp	LBB5_11
LBB5_14:
	movq	-104(%rbp), %rsi
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -112(%rbp)
LBB5_15:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$20, -112(%rbp)
	jge	LBB5_18
## %bb.16:                              ##   in Loop: Header=BB5_15 Depth=1
	callq	_next_rand
	movl	$3, %ecx
	cltd
	idivl	%ecx
	movw	%ax, %cx
	movslq	-112(%rbp), %rax
	movw	%cx, -48(%rbp,%rax,2)
## %bb.17:                              ##   in Loop: Header=BB5_15 Depth=1
	movl	-112(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -112(%rbp)
	jmp	LBB5_15
LBB5_18:
	leaq	-48(%rbp), %rdi
	movl	$20, %esi
	callq	_selection_sort_desc
	movl	$0, -116(%rbp)
LBB5_19:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$20, -116(%rbp)
	jge	LBB5_22
## %bb.20:                              ##   in Loop: Header=BB5_19 Depth=1
	movslq	-116(%rbp), %rax
	movswl	-48(%rbp,%rax,2), %esi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.21:                              ##   in Loop: Header=BB5_19 Depth=1
	movl	-116(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -116(%rbp)
	jmp	LBB5_19
LBB5_22:
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	l___const.main.edge(%rip), %rax
	movq	%rax, -80(%rbp)
	movq	l___const.main.edge+8(%rip), %rax
	movq	%rax, -72(%rbp)
	movq	l___const.main.edge+16(%rip), %rax
	movq	%rax, -64(%rbp)
	movq	l___const.main.edge+24(%rip), %rax
	movq	%rax, -56(%rbp)
	leaq	-80(%rbp), %rdi
	xorl	%esi, %esi
	movl	$7, %edx
	callq	_quick_sort
	leaq	-80(%rbp), %rdi
	xorl	%esi, %esi
	callq	_insertion_sort
	leaq	-80(%rbp), %rdi
	movl	$1, %esi
	callq	_merge_sort
	movl	$0, -120(%rbp)
LBB5_23:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$8, -120(%rbp)
	jge	LBB5_26
## %bb.24:                              ##   in Loop: Header=BB5_23 Depth=1
	movslq	-120(%rbp), %rax
	movl	-80(%rbp,%rax,4), %esi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.25:                              ##   in Loop: Header=BB5_23 Depth=1
	movl	-120(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -120(%rbp)
	jmp	LBB5_23
LBB5_26:
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -84(%rbp)
LBB5_27:
	movl	-84(%rbp), %eax
	movl	%eax, -136(%rbp)                ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB5_29
## %bb.28:
	movl	-136(%rbp), %eax                ## 4-byte Reload
	addq	$144, %rsp
	popq	%rbp
	retq
LBB5_29:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function next_rand
_next_rand:                             ## @next_rand
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	imull	$1664525, _rng_state(%rip), %eax ## imm = 0x19660D
	addl	$1013904223, %eax               ## imm = 0x3C6EF35F
	movl	%eax, _rng_state(%rip)
	movl	_rng_state(%rip), %eax
	shrl	$8, %eax
	movl	$20001, %ecx                    ## imm = 0x4E21
	cltd
	idivl	%ecx
	movl	%edx, %eax
	subl	$10000, %eax                    ## imm = 0x2710
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function is_sorted
_is_sorted:                             ## @is_sorted
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -16(%rbp)
	movl	%esi, -20(%rbp)
	movl	$1, -24(%rbp)
LBB7_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-24(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jge	LBB7_6
## %bb.2:                               ##   in Loop: Header=BB7_1 Depth=1
	movq	-16(%rbp), %rax
	movl	-24(%rbp), %ecx
	subl	$1, %ecx
	movslq	%ecx, %rcx
	movl	(%rax,%rcx,4), %eax
	movq	-16(%rbp), %rcx
	movslq	-24(%rbp), %rdx
	cmpl	(%rcx,%rdx,4), %eax
	jle	LBB7_4
## %bb.3:
	movl	$0, -4(%rbp)
	jmp	LBB7_7
LBB7_4:                                 ##   in Loop: Header=BB7_1 Depth=1
	jmp	LBB7_5
LBB7_5:                                 ##   in Loop: Header=BB7_1 Depth=1
	movl	-24(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -24(%rbp)
	jmp	LBB7_1
LBB7_6:
	movl	$1, -4(%rbp)
LBB7_7:
	movl	-4(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_seed                           ## @seed
	.p2align	2
_seed:
	.long	2024                            ## 0x7e8

.zerofill __DATA,__bss,_rng_state,4,2   ## @rng_state
.zerofill __DATA,__bss,_a3,2000,4       ## @a3
.zerofill __DATA,__bss,_a2,2000,4       ## @a2
.zerofill __DATA,__bss,_a1,2000,4       ## @a1
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"sorted: %d %d %d\n"

L_.str.1:                               ## @.str.1
	.asciz	"agree: %d %d\n"

L_.str.2:                               ## @.str.2
	.asciz	"%d "

L_.str.3:                               ## @.str.3
	.asciz	"\nmin=%d max=%d median=%d\n"

L_.str.4:                               ## @.str.4
	.asciz	"checksum=%ld\n"

L_.str.5:                               ## @.str.5
	.asciz	"\n"

	.section	__TEXT,__const
	.p2align	4                               ## @__const.main.edge
l___const.main.edge:
	.long	5                               ## 0x5
	.long	5                               ## 0x5
	.long	5                               ## 0x5
	.long	1                               ## 0x1
	.long	1                               ## 0x1
	.long	9                               ## 0x9
	.long	9                               ## 0x9
	.long	0                               ## 0x0

	.section	__TEXT,__cstring,cstring_literals
L_.str.6:                               ## @.str.6
	.asciz	"%d"

.subsections_via_symbols
