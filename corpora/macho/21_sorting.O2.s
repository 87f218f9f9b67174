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
	cmpl	$2, %esi
	jl	LBB0_7
## %bb.1:
	movl	%esi, %r8d
	movl	$1, %r9d
	jmp	LBB0_2
	.p2align	4, 0x90
LBB0_6:                                 ##   in Loop: Header=BB0_2 Depth=1
	movslq	%ecx, %rax
	movl	%edx, (%rdi,%rax,4)
	addq	$1, %r9
	cmpq	%r8, %r9
	je	LBB0_7
LBB0_2:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB0_3 Depth 2
	movl	(%rdi,%r9,4), %edx
	movq	%r9, %rcx
	.p2align	4, 0x90
LBB0_3:                                 ##   Parent Loop BB0_2 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	leaq	-1(%rcx), %rsi
	movl	%esi, %eax
	movl	(%rdi,%rax,4), %eax
	cmpl	%edx, %eax
	jle	LBB0_6
## %bb.4:                               ##   in Loop: Header=BB0_3 Depth=2
	movl	%eax, (%rdi,%rcx,4)
	leaq	1(%rsi), %rax
	movq	%rsi, %rcx
	cmpq	$1, %rax
	jg	LBB0_3
## %bb.5:                               ##   in Loop: Header=BB0_2 Depth=1
	xorl	%ecx, %ecx
	jmp	LBB0_6
LBB0_7:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_merge_sort_rec                 ## -- Begin function merge_sort_rec
	.p2align	4, 0x90
_merge_sort_rec:                        ## @merge_sort_rec
	.cfi_startproc
## %bb.0:
	movl	%ecx, %eax
	subl	%edx, %eax
	cmpl	$2, %eax
	jge	LBB1_1
## %bb.45:
	retq
LBB1_1:
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
	movl	%ecx, %r12d
	movl	%edx, %r14d
	movq	%rsi, %r13
	movl	%eax, -44(%rbp)                 ## 4-byte Spill
	movl	%eax, %r15d
	shrl	%r15d
	addl	%edx, %r15d
	movl	%r15d, %ecx
	movq	%rdi, %rbx
	callq	_merge_sort_rec
	movq	%rbx, -56(%rbp)                 ## 8-byte Spill
	movq	%rbx, %rdi
	movq	%r13, %rsi
	movl	%r15d, %edx
	movl	%r12d, %ecx
	callq	_merge_sort_rec
	movslq	%r14d, %rax
	cmpl	%r12d, %r15d
	movq	%rax, -64(%rbp)                 ## 8-byte Spill
	jge	LBB1_2
## %bb.30:
	movq	%r13, %r8
	leaq	(,%rax,4), %rdx
	addq	%r13, %rdx
	movl	%r15d, %r13d
	movl	%r14d, %eax
	movq	-56(%rbp), %r10                 ## 8-byte Reload
	.p2align	4, 0x90
LBB1_31:                                ## =>This Inner Loop Header: Depth=1
	cltq
	movl	(%r10,%rax,4), %esi
	movslq	%r13d, %r13
	movl	(%r10,%r13,4), %edi
	xorl	%ebx, %ebx
	xorl	%ecx, %ecx
	cmpl	%edi, %esi
	setg	%bl
	setle	%cl
	cmovgl	%edi, %esi
	addl	%ecx, %eax
	addl	%ebx, %r13d
	movl	%esi, (%rdx)
	addl	$1, %r14d
	cmpl	%r15d, %eax
	jge	LBB1_3
## %bb.32:                              ##   in Loop: Header=BB1_31 Depth=1
	addq	$4, %rdx
	cmpl	%r12d, %r13d
	jl	LBB1_31
LBB1_3:
	cmpl	%r15d, %eax
	jge	LBB1_4
LBB1_12:
	movslq	%r14d, %r14
	movslq	%eax, %rsi
	movslq	%r15d, %rdx
	movq	%rdx, %r11
	subq	%rsi, %r11
	cmpq	$8, %r11
	jb	LBB1_24
## %bb.13:
	movq	%r8, %rbx
	leaq	(%r8,%r14,4), %rax
	leaq	(%r10,%rdx,4), %rdi
	cmpq	%rdi, %rax
	jae	LBB1_16
## %bb.14:
	leaq	(%r14,%rdx), %rax
	subq	%rsi, %rax
	leaq	(%rbx,%rax,4), %rax
	leaq	(%r10,%rsi,4), %rdi
	cmpq	%rax, %rdi
	jae	LBB1_16
## %bb.15:
	movq	%rbx, %r8
	jmp	LBB1_24
LBB1_2:
	movq	%r13, %r8
	movl	%r14d, %eax
	movl	%r15d, %r13d
	movq	-56(%rbp), %r10                 ## 8-byte Reload
	cmpl	%r15d, %eax
	jl	LBB1_12
LBB1_4:
	movq	%r8, %rbx
LBB1_5:
	movl	-44(%rbp), %r15d                ## 4-byte Reload
	jmp	LBB1_6
LBB1_16:
	movq	%r11, %rcx
	andq	$-8, %rcx
	leaq	-8(%rcx), %rax
	movq	%rax, %r10
	shrq	$3, %r10
	addq	$1, %r10
	testq	%rax, %rax
	je	LBB1_17
## %bb.18:
	movq	%r10, %rdi
	andq	$-2, %rdi
	movq	-56(%rbp), %rax                 ## 8-byte Reload
	leaq	(%rax,%rsi,4), %r8
	addq	$48, %r8
	leaq	(%rbx,%r14,4), %r9
	addq	$48, %r9
	xorl	%eax, %eax
	.p2align	4, 0x90
LBB1_19:                                ## =>This Inner Loop Header: Depth=1
	movups	-48(%r8,%rax,4), %xmm0
	movups	-32(%r8,%rax,4), %xmm1
	movups	%xmm0, -48(%r9,%rax,4)
	movups	%xmm1, -32(%r9,%rax,4)
	movups	-16(%r8,%rax,4), %xmm0
	movups	(%r8,%rax,4), %xmm1
	movups	%xmm0, -16(%r9,%rax,4)
	movups	%xmm1, (%r9,%rax,4)
	addq	$16, %rax
	addq	$-2, %rdi
	jne	LBB1_19
	jmp	LBB1_20
LBB1_17:
	xorl	%eax, %eax
LBB1_20:
	testb	$1, %r10b
	movq	-56(%rbp), %r10                 ## 8-byte Reload
	je	LBB1_22
## %bb.21:
	leaq	(%rax,%rsi), %rdi
	addq	%r14, %rax
	movups	(%r10,%rdi,4), %xmm0
	movups	16(%r10,%rdi,4), %xmm1
	movups	%xmm0, (%rbx,%rax,4)
	movups	%xmm1, 16(%rbx,%rax,4)
LBB1_22:
	addq	%rcx, %r14
	cmpq	%rcx, %r11
	je	LBB1_5
## %bb.23:
	movq	%rbx, %r8
	addq	%rcx, %rsi
LBB1_24:
	subl	%esi, %r15d
	movq	%rsi, %rax
	notq	%rax
	addq	%rdx, %rax
	movq	%r8, %rbx
	andq	$3, %r15
	je	LBB1_26
	.p2align	4, 0x90
LBB1_25:                                ## =>This Inner Loop Header: Depth=1
	movl	(%r10,%rsi,4), %edi
	addq	$1, %rsi
	movl	%edi, (%rbx,%r14,4)
	addq	$1, %r14
	addq	$-1, %r15
	jne	LBB1_25
LBB1_26:
	cmpq	$3, %rax
	movl	-44(%rbp), %r15d                ## 4-byte Reload
	jb	LBB1_6
## %bb.27:
	subq	%rsi, %rdx
	leaq	(%r10,%rsi,4), %rsi
	addq	$12, %rsi
	leaq	(%rbx,%r14,4), %rdi
	addq	$12, %rdi
	xorl	%eax, %eax
	.p2align	4, 0x90
LBB1_28:                                ## =>This Inner Loop Header: Depth=1
	movl	-12(%rsi,%rax,4), %ecx
	movl	%ecx, -12(%rdi,%rax,4)
	movl	-8(%rsi,%rax,4), %ecx
	movl	%ecx, -8(%rdi,%rax,4)
	movl	-4(%rsi,%rax,4), %ecx
	movl	%ecx, -4(%rdi,%rax,4)
	movl	(%rsi,%rax,4), %ecx
	movl	%ecx, (%rdi,%rax,4)
	addq	$4, %rax
	cmpq	%rax, %rdx
	jne	LBB1_28
## %bb.29:
	addq	%rax, %r14
LBB1_6:
	cmpl	%r12d, %r13d
	jge	LBB1_44
## %bb.7:
	movslq	%r14d, %rdx
	movslq	%r13d, %rsi
	movslq	%r12d, %r11
	movq	%r11, %r8
	subq	%rsi, %r8
	cmpq	$8, %r8
	jb	LBB1_39
## %bb.8:
	leaq	(%rbx,%rdx,4), %rax
	leaq	(%r10,%r11,4), %rcx
	cmpq	%rcx, %rax
	jae	LBB1_10
## %bb.9:
	leaq	(%rdx,%r11), %rax
	subq	%rsi, %rax
	leaq	(%rbx,%rax,4), %rax
	leaq	(%r10,%rsi,4), %rcx
	cmpq	%rax, %rcx
	jb	LBB1_39
LBB1_10:
	movq	%rbx, %r14
	movq	%r8, %r9
	andq	$-8, %r9
	leaq	-8(%r9), %rax
	movq	%rax, %r10
	shrq	$3, %r10
	addq	$1, %r10
	testq	%rax, %rax
	je	LBB1_11
## %bb.33:
	movq	%r10, %rbx
	andq	$-2, %rbx
	movq	-56(%rbp), %rax                 ## 8-byte Reload
	leaq	(%rax,%rsi,4), %rdi
	addq	$48, %rdi
	leaq	(%r14,%rdx,4), %rcx
	addq	$48, %rcx
	xorl	%eax, %eax
	.p2align	4, 0x90
LBB1_34:                                ## =>This Inner Loop Header: Depth=1
	movups	-48(%rdi,%rax,4), %xmm0
	movups	-32(%rdi,%rax,4), %xmm1
	movups	%xmm0, -48(%rcx,%rax,4)
	movups	%xmm1, -32(%rcx,%rax,4)
	movups	-16(%rdi,%rax,4), %xmm0
	movups	(%rdi,%rax,4), %xmm1
	movups	%xmm0, -16(%rcx,%rax,4)
	movups	%xmm1, (%rcx,%rax,4)
	addq	$16, %rax
	addq	$-2, %rbx
	jne	LBB1_34
	jmp	LBB1_35
LBB1_11:
	xorl	%eax, %eax
LBB1_35:
	testb	$1, %r10b
	movq	%r14, %rbx
	movq	-56(%rbp), %r10                 ## 8-byte Reload
	je	LBB1_37
## %bb.36:
	leaq	(%rax,%rsi), %rcx
	addq	%rdx, %rax
	movups	(%r10,%rcx,4), %xmm0
	movups	16(%r10,%rcx,4), %xmm1
	movups	%xmm0, (%rbx,%rax,4)
	movups	%xmm1, 16(%rbx,%rax,4)
LBB1_37:
	cmpq	%r9, %r8
	je	LBB1_44
## %bb.38:
	addq	%r9, %rsi
	addq	%r9, %rdx
LBB1_39:
	subl	%esi, %r12d
	movq	%rsi, %rax
	notq	%rax
	addq	%r11, %rax
	andq	$3, %r12
	je	LBB1_41
	.p2align	4, 0x90
LBB1_40:                                ## =>This Inner Loop Header: Depth=1
	movl	(%r10,%rsi,4), %ecx
	addq	$1, %rsi
	movl	%ecx, (%rbx,%rdx,4)
	addq	$1, %rdx
	addq	$-1, %r12
	jne	LBB1_40
LBB1_41:
	cmpq	$3, %rax
	jb	LBB1_44
## %bb.42:
	subq	%rsi, %r11
	leaq	(%r10,%rsi,4), %rax
	addq	$12, %rax
	leaq	(%rbx,%rdx,4), %rcx
	addq	$12, %rcx
	xorl	%edx, %edx
	.p2align	4, 0x90
LBB1_43:                                ## =>This Inner Loop Header: Depth=1
	movl	-12(%rax,%rdx,4), %esi
	movl	%esi, -12(%rcx,%rdx,4)
	movl	-8(%rax,%rdx,4), %esi
	movl	%esi, -8(%rcx,%rdx,4)
	movl	-4(%rax,%rdx,4), %esi
	movl	%esi, -4(%rcx,%rdx,4)
	movl	(%rax,%rdx,4), %esi
	movl	%esi, (%rcx,%rdx,4)
	addq	$4, %rdx
	cmpq	%rdx, %r11
	jne	LBB1_43
LBB1_44:
	movq	-64(%rbp), %rax                 ## 8-byte Reload
	leaq	(%r10,%rax,4), %rdi
	leaq	(%rbx,%rax,4), %rsi
	movslq	%r15d, %rdx
	shlq	$2, %rdx
	addq	$24, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	_memcpy                         ## TAILCALL
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
	pushq	%r15
	pushq	%r14
	pushq	%r12
	pushq	%rbx
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	%esi, %r12d
	movq	%rdi, %r15
	movslq	%esi, %rdi
	shlq	$2, %rdi
	callq	_malloc
	testq	%rax, %rax
	je	LBB2_1
## %bb.2:
	movq	%rax, %rbx
	xorl	%r14d, %r14d
	movq	%r15, %rdi
	movq	%rax, %rsi
	xorl	%edx, %edx
	movl	%r12d, %ecx
	callq	_merge_sort_rec
	movq	%rbx, %rdi
	callq	_free
	jmp	LBB2_3
LBB2_1:
	movl	$-1, %r14d
LBB2_3:
	movl	%r14d, %eax
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
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
	cmpl	%esi, %edx
	jle	LBB3_15
## %bb.1:
	movl	%edx, %r9d
	movl	%esi, %ebx
	movq	%rdi, %r12
	leaq	4(%rdi), %r15
	jmp	LBB3_2
	.p2align	4, 0x90
LBB3_13:                                ##   in Loop: Header=BB3_2 Depth=1
	movq	%r12, %rdi
	movl	%r14d, %esi
	movl	%r9d, %edx
	callq	_quick_sort
	movl	%r13d, %r9d
	cmpl	%ebx, %r9d
	jle	LBB3_15
LBB3_2:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB3_4 Depth 2
                                        ##       Child Loop BB3_5 Depth 3
                                        ##       Child Loop BB3_7 Depth 3
	movl	%r9d, %eax
	movl	%r9d, %r13d
	movl	%ebx, %r14d
	subl	%ebx, %eax
	jl	LBB3_13
## %bb.3:                               ##   in Loop: Header=BB3_2 Depth=1
	movl	%eax, %ecx
	shrl	$31, %ecx
	addl	%eax, %ecx
	sarl	%ecx
	addl	%ebx, %ecx
	movslq	%ecx, %rax
	movl	(%r12,%rax,4), %r8d
	movl	%r9d, %r13d
	movl	%ebx, %r10d
	movl	%ebx, %r14d
	jmp	LBB3_4
	.p2align	4, 0x90
LBB3_10:                                ##   in Loop: Header=BB3_4 Depth=2
	cmpl	%r13d, %r14d
	jg	LBB3_11
LBB3_4:                                 ##   Parent Loop BB3_2 Depth=1
                                        ## =>  This Loop Header: Depth=2
                                        ##       Child Loop BB3_5 Depth 3
                                        ##       Child Loop BB3_7 Depth 3
	movslq	%r14d, %rax
	leaq	(%r12,%rax,4), %rdx
	movl	%r14d, %ecx
	.p2align	4, 0x90
LBB3_5:                                 ##   Parent Loop BB3_2 Depth=1
                                        ##     Parent Loop BB3_4 Depth=2
                                        ## =>    This Inner Loop Header: Depth=3
	movl	(%rdx), %esi
	addq	$4, %rdx
	addl	$1, %ecx
	cmpl	%r8d, %esi
	jl	LBB3_5
## %bb.6:                               ##   in Loop: Header=BB3_4 Depth=2
	leal	-1(%rcx), %r14d
	movslq	%r13d, %rax
	leaq	(%r15,%rax,4), %rbx
	movl	%r13d, %edi
	.p2align	4, 0x90
LBB3_7:                                 ##   Parent Loop BB3_2 Depth=1
                                        ##     Parent Loop BB3_4 Depth=2
                                        ## =>    This Inner Loop Header: Depth=3
	movl	-4(%rbx), %eax
	addq	$-4, %rbx
	addl	$-1, %edi
	cmpl	%r8d, %eax
	jg	LBB3_7
## %bb.8:                               ##   in Loop: Header=BB3_4 Depth=2
	leal	1(%rdi), %r13d
	cmpl	%r13d, %r14d
	jg	LBB3_10
## %bb.9:                               ##   in Loop: Header=BB3_4 Depth=2
	movl	%eax, -4(%rdx)
	movl	%esi, (%rbx)
	movl	%ecx, %r14d
	movl	%edi, %r13d
	jmp	LBB3_10
	.p2align	4, 0x90
LBB3_11:                                ##   in Loop: Header=BB3_2 Depth=1
	movl	%r13d, %eax
	movl	%r10d, %ebx
	subl	%r10d, %eax
	movl	%r9d, %ecx
	subl	%r14d, %ecx
	cmpl	%ecx, %eax
	jge	LBB3_13
## %bb.12:                              ##   in Loop: Header=BB3_2 Depth=1
	movq	%r12, %rdi
	movl	%ebx, %esi
	movl	%r13d, %edx
	movl	%r9d, %ebx
	callq	_quick_sort
	movl	%ebx, %r9d
	movl	%r14d, %ebx
	cmpl	%ebx, %r9d
	jg	LBB3_2
LBB3_15:
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
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
                                        ## kill: def $esi killed $esi def $rsi
	cmpl	$2, %esi
	jl	LBB4_4
## %bb.1:
	movl	%esi, %r11d
	addl	$-1, %esi
	movl	$1, %r9d
	xorl	%r10d, %r10d
	jmp	LBB4_2
	.p2align	4, 0x90
LBB4_3:                                 ##   in Loop: Header=BB4_2 Depth=1
	movzwl	(%rdi,%r10,2), %eax
	movslq	%edx, %rcx
	movzwl	(%rdi,%rcx,2), %edx
	movw	%dx, (%rdi,%r10,2)
	movw	%ax, (%rdi,%rcx,2)
	addq	$1, %r9
	movq	%r8, %r10
	cmpq	%rsi, %r8
	je	LBB4_4
LBB4_2:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB4_5 Depth 2
	leaq	1(%r10), %r8
	movl	%r10d, %edx
	movq	%r9, %rcx
	cmpq	%r11, %r8
	jb	LBB4_5
	jmp	LBB4_3
	.p2align	4, 0x90
LBB4_7:                                 ##   in Loop: Header=BB4_5 Depth=2
	addq	$1, %rcx
	movl	%eax, %edx
	cmpq	%rcx, %r11
	je	LBB4_3
LBB4_5:                                 ##   Parent Loop BB4_2 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	movzwl	(%rdi,%rcx,2), %r14d
	movslq	%edx, %rbx
	movl	%ecx, %eax
	cmpw	(%rdi,%rbx,2), %r14w
	jg	LBB4_7
## %bb.6:                               ##   in Loop: Header=BB4_5 Depth=2
	movl	%edx, %eax
	jmp	LBB4_7
LBB4_4:
	popq	%rbx
	popq	%r14
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
	xorl	%eax, %eax
	movl	_seed(%rip), %ecx
	leaq	_a3(%rip), %r8
	leaq	_a2(%rip), %rsi
	leaq	_a1(%rip), %rdi
	.p2align	4, 0x90
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	imull	$1664525, %ecx, %ecx            ## imm = 0x19660D
	addl	$1013904223, %ecx               ## imm = 0x3C6EF35F
	movl	%ecx, %ebx
	shrl	$8, %ebx
	imulq	$219891331, %rbx, %rdx          ## imm = 0xD1B4683
	shrq	$42, %rdx
	imull	$20001, %edx, %edx              ## imm = 0x4E21
	negl	%edx
	addl	%ebx, %edx
	addl	$-10000, %edx                   ## imm = 0xD8F0
	movl	%edx, (%rax,%r8)
	movl	%edx, (%rax,%rsi)
	movl	%edx, (%rax,%rdi)
	addq	$4, %rax
	cmpq	$2000, %rax                     ## imm = 0x7D0
	jne	LBB5_1
## %bb.2:
	movl	%ecx, _rng_state(%rip)
	leaq	_a1(%rip), %rbx
	movq	%rbx, %rdi
	movl	$500, %esi                      ## imm = 0x1F4
	callq	_insertion_sort
	leaq	_a2(%rip), %r12
	movq	%r12, %rdi
	movl	$500, %esi                      ## imm = 0x1F4
	callq	_merge_sort
	movl	$2, %r14d
	testl	%eax, %eax
	jne	LBB5_44
## %bb.3:
	leaq	_a3(%rip), %r14
	xorl	%r15d, %r15d
	movq	%r14, %rdi
	xorl	%esi, %esi
	movl	$499, %edx                      ## imm = 0x1F3
	callq	_quick_sort
	movl	_a1+4(%rip), %edx
	movl	$0, %esi
	cmpl	%edx, _a1(%rip)
	jg	LBB5_15
## %bb.4:
	movl	$1, %ecx
	xorl	%eax, %eax
	.p2align	4, 0x90
LBB5_5:                                 ## =>This Inner Loop Header: Depth=1
	movl	8(%rbx,%rax,4), %esi
	cmpl	%esi, %edx
	jg	LBB5_12
## %bb.6:                               ##   in Loop: Header=BB5_5 Depth=1
	movl	12(%rbx,%rax,4), %edx
	cmpl	%edx, %esi
	jg	LBB5_11
## %bb.7:                               ##   in Loop: Header=BB5_5 Depth=1
	cmpq	$496, %rax                      ## imm = 0x1F0
	je	LBB5_8
## %bb.9:                               ##   in Loop: Header=BB5_5 Depth=1
	movl	16(%rbx,%rax,4), %esi
	cmpl	%esi, %edx
	jg	LBB5_13
## %bb.10:                              ##   in Loop: Header=BB5_5 Depth=1
	addq	$4, %rcx
	movl	20(%rbx,%rax,4), %edx
	addq	$4, %rax
	cmpl	%edx, %esi
	jle	LBB5_5
	jmp	LBB5_14
LBB5_12:
	addq	$1, %rax
	jmp	LBB5_14
LBB5_11:
	addq	$2, %rax
	jmp	LBB5_14
LBB5_8:
	addq	$2, %rcx
	movq	%rcx, %rax
	jmp	LBB5_14
LBB5_13:
	addq	$3, %rax
LBB5_14:
	xorl	%esi, %esi
	cmpq	$499, %rax                      ## imm = 0x1F3
	setae	%sil
LBB5_15:
	movl	_a2+4(%rip), %edx
	cmpl	%edx, _a2(%rip)
	jg	LBB5_27
## %bb.16:
	movl	$1, %ecx
	xorl	%eax, %eax
	.p2align	4, 0x90
LBB5_17:                                ## =>This Inner Loop Header: Depth=1
	movl	8(%r12,%rax,4), %edi
	cmpl	%edi, %edx
	jg	LBB5_24
## %bb.18:                              ##   in Loop: Header=BB5_17 Depth=1
	movl	12(%r12,%rax,4), %edx
	cmpl	%edx, %edi
	jg	LBB5_23
## %bb.19:                              ##   in Loop: Header=BB5_17 Depth=1
	cmpq	$496, %rax                      ## imm = 0x1F0
	je	LBB5_20
## %bb.21:                              ##   in Loop: Header=BB5_17 Depth=1
	movl	16(%r12,%rax,4), %edi
	cmpl	%edi, %edx
	jg	LBB5_25
## %bb.22:                              ##   in Loop: Header=BB5_17 Depth=1
	addq	$4, %rcx
	movl	20(%r12,%rax,4), %edx
	addq	$4, %rax
	cmpl	%edx, %edi
	jle	LBB5_17
	jmp	LBB5_26
LBB5_24:
	addq	$1, %rax
	jmp	LBB5_26
LBB5_23:
	addq	$2, %rax
	jmp	LBB5_26
LBB5_20:
	addq	$2, %rcx
	movq	%rcx, %rax
	jmp	LBB5_26
LBB5_25:
	addq	$3, %rax
LBB5_26:
	xorl	%r15d, %r15d
	cmpq	$499, %rax                      ## imm = 0x1F3
	setae	%r15b
LBB5_27:
	movl	_a3+4(%rip), %edx
	xorl	%ecx, %ecx
	cmpl	%edx, _a3(%rip)
	jg	LBB5_39
## %bb.28:
	movl	$1, %ecx
	xorl	%eax, %eax
	.p2align	4, 0x90
LBB5_29:                                ## =>This Inner Loop Header: Depth=1
	movl	8(%r14,%rax,4), %edi
	cmpl	%edi, %edx
	jg	LBB5_36
## %bb.30:                              ##   in Loop: Header=BB5_29 Depth=1
	movl	12(%r14,%rax,4), %edx
	cmpl	%edx, %edi
	jg	LBB5_35
## %bb.31:                              ##   in Loop: Header=BB5_29 Depth=1
	cmpq	$496, %rax                      ## imm = 0x1F0
	je	LBB5_32
## %bb.33:                              ##   in Loop: Header=BB5_29 Depth=1
	movl	16(%r14,%rax,4), %edi
	cmpl	%edi, %edx
	jg	LBB5_37
## %bb.34:                              ##   in Loop: Header=BB5_29 Depth=1
	addq	$4, %rcx
	movl	20(%r14,%rax,4), %edx
	addq	$4, %rax
	cmpl	%edx, %edi
	jle	LBB5_29
	jmp	LBB5_38
LBB5_36:
	addq	$1, %rax
	jmp	LBB5_38
LBB5_35:
	addq	$2, %rax
	jmp	LBB5_38
LBB5_32:
	addq	$2, %rcx
	movq	%rcx, %rax
	jmp	LBB5_38
LBB5_37:
	addq	$3, %rax
LBB5_38:
	xorl	%ecx, %ecx
	cmpq	$499, %rax                      ## imm = 0x1F3
	setae	%cl
LBB5_39:
	leaq	L_.str(%rip), %rdi
	xorl	%r13d, %r13d
	movl	%r15d, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	_a1(%rip), %r14
	movl	$2000, %edx                     ## imm = 0x7D0
	movq	%r14, %rdi
	movq	%r12, %rsi
	callq	_memcmp
	xorl	%r15d, %r15d
	testl	%eax, %eax
	sete	%r15b
	leaq	_a3(%rip), %rsi
	movl	$2000, %edx                     ## imm = 0x7D0
	movq	%r14, %rdi
	callq	_memcmp
	xorl	%edx, %edx
	testl	%eax, %eax
	sete	%dl
	leaq	L_.str.1(%rip), %rdi
	movl	%r15d, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1(%rip), %esi
	leaq	L_.str.2(%rip), %r14
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1+200(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1+400(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1+600(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1+800(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1+1000(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1+1200(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1+1400(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1+1600(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1+1800(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_a1(%rip), %esi
	movl	_a1+1996(%rip), %edx
	movl	_a1+1000(%rip), %ecx
	leaq	L_.str.3(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %esi
	movabsq	$-8543223828751151131, %rdi     ## imm = 0x89705F3112A28FE5
	.p2align	4, 0x90
LBB5_40:                                ## =>This Inner Loop Header: Depth=1
	movq	%r13, %rcx
	shlq	$5, %rcx
	subq	%r13, %rcx
	movq	%rcx, %rax
	imulq	%rdi
	addq	%rcx, %rdx
	movq	%rdx, %rax
	shrq	$63, %rax
	sarq	$29, %rdx
	addq	%rax, %rdx
	imulq	$1000000007, %rdx, %rax         ## imm = 0x3B9ACA07
	subq	%rax, %rcx
	movslq	-4(%r12,%rsi,4), %rax
	addq	%rcx, %rax
	movq	%rax, %rbx
	shlq	$5, %rbx
	subq	%rax, %rbx
	leaq	310000(%rbx), %rcx
	movq	%rcx, %rax
	imulq	%rdi
	leaq	(%rdx,%rbx), %rax
	addq	$310000, %rax                   ## imm = 0x4BAF0
	movq	%rax, %rdx
	shrq	$63, %rdx
	sarq	$29, %rax
	addq	%rdx, %rax
	imulq	$1000000007, %rax, %rax         ## imm = 0x3B9ACA07
	subq	%rax, %rcx
	movslq	(%r12,%rsi,4), %rax
	leaq	(%rcx,%rax), %r13
	addq	$10000, %r13                    ## imm = 0x2710
	addq	$2, %rsi
	cmpq	$501, %rsi                      ## imm = 0x1F5
	jne	LBB5_40
## %bb.41:
	leaq	L_.str.4(%rip), %rdi
	xorl	%ebx, %ebx
	movq	%r13, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	_rng_state(%rip), %eax
	.p2align	4, 0x90
LBB5_42:                                ## =>This Inner Loop Header: Depth=1
	imull	$1664525, %eax, %eax            ## imm = 0x19660D
	addl	$1013904223, %eax               ## imm = 0x3C6EF35F
	movl	%eax, %ecx
	shrl	$8, %ecx
	imulq	$219891331, %rcx, %rdx          ## imm = 0xD1B4683
	shrq	$42, %rdx
	imull	$20001, %edx, %edx              ## imm = 0x4E21
	negl	%edx
	addl	%edx, %ecx
	addl	$-10000, %ecx                   ## imm = 0xD8F0
	movswl	%cx, %ecx
	imull	$21846, %ecx, %ecx              ## imm = 0x5556
	movl	%ecx, %edx
	shrl	$31, %edx
	shrl	$16, %ecx
	addl	%edx, %ecx
	movw	%cx, -96(%rbp,%rbx,2)
	addq	$1, %rbx
	cmpq	$20, %rbx
	jne	LBB5_42
## %bb.43:
	movl	%eax, _rng_state(%rip)
	leaq	-96(%rbp), %rdi
	movl	$20, %esi
	callq	_selection_sort_desc
	movswl	-96(%rbp), %esi
	leaq	L_.str.2(%rip), %rbx
	xorl	%r14d, %r14d
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-94(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-92(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-90(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-88(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-86(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-84(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-82(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-80(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-78(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-76(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-74(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-72(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-70(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-68(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-66(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-64(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-62(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-60(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movswl	-58(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	movaps	l___const.main.edge+16(%rip), %xmm0
	movaps	%xmm0, -112(%rbp)
	movaps	l___const.main.edge(%rip), %xmm0
	movaps	%xmm0, -128(%rbp)
	leaq	-128(%rbp), %rbx
	movq	%rbx, %rdi
	xorl	%esi, %esi
	movl	$7, %edx
	callq	_quick_sort
	movq	%rbx, %rdi
	xorl	%esi, %esi
	callq	_insertion_sort
	movq	%rbx, %rdi
	movl	$1, %esi
	callq	_merge_sort
	movl	-128(%rbp), %esi
	leaq	L_.str.6(%rip), %rbx
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-124(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-120(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-116(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-112(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-108(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-104(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-100(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
LBB5_44:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB5_46
## %bb.45:
	movl	%r14d, %eax
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB5_46:
	callq	___stack_chk_fail
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
