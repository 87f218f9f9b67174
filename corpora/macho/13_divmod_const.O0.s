	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_signed32                       ## -- Begin function signed32
	.p2align	4, 0x90
_signed32:                              ## @signed32
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$96, %rsp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movq	$0, -16(%rbp)
	movq	$0, -24(%rbp)
	movq	$0, -32(%rbp)
	movq	$0, -40(%rbp)
	movq	$0, -48(%rbp)
	movq	$0, -56(%rbp)
	movq	$0, -64(%rbp)
	movq	$0, -72(%rbp)
	movq	$0, -80(%rbp)
	movq	$0, -88(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, -92(%rbp)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-92(%rbp), %eax
	movl	$3, %ecx
	cltd
	idivl	%ecx
	cltq
	addq	-16(%rbp), %rax
	movq	%rax, -16(%rbp)
	movl	-92(%rbp), %eax
	movl	$3, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rax
	addq	-56(%rbp), %rax
	movq	%rax, -56(%rbp)
	movl	-92(%rbp), %eax
	movl	$7, %ecx
	cltd
	idivl	%ecx
	cltq
	addq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
	movl	-92(%rbp), %eax
	movl	$7, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rax
	addq	-64(%rbp), %rax
	movq	%rax, -64(%rbp)
	movl	-92(%rbp), %eax
	movl	$10, %ecx
	cltd
	idivl	%ecx
	cltq
	addq	-32(%rbp), %rax
	movq	%rax, -32(%rbp)
	movl	-92(%rbp), %eax
	movl	$10, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rax
	addq	-72(%rbp), %rax
	movq	%rax, -72(%rbp)
	movl	-92(%rbp), %eax
	movl	$16, %ecx
	cltd
	idivl	%ecx
	cltq
	addq	-40(%rbp), %rax
	movq	%rax, -40(%rbp)
	movl	-92(%rbp), %eax
	movl	$16, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rax
	addq	-80(%rbp), %rax
	movq	%rax, -80(%rbp)
	movl	-92(%rbp), %eax
	movl	$4294967291, %ecx               ## imm = 0xFFFFFFFB
	cltd
	idivl	%ecx
	cltq
	addq	-48(%rbp), %rax
	movq	%rax, -48(%rbp)
	movl	-92(%rbp), %eax
	movl	$4294967291, %ecx               ## imm = 0xFFFFFFFB
	cltd
	idivl	%ecx
	movslq	%edx, %rax
	addq	-88(%rbp), %rax
	movq	%rax, -88(%rbp)
	movl	-92(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jne	LBB0_3
## %bb.2:
	jmp	LBB0_5
LBB0_3:                                 ##   in Loop: Header=BB0_1 Depth=1
	jmp	LBB0_4
LBB0_4:                                 ##   in Loop: Header=BB0_1 Depth=1
	movl	-92(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -92(%rbp)
	jmp	LBB0_1
LBB0_5:
	movq	-16(%rbp), %rsi
	movq	-24(%rbp), %rdx
	movq	-32(%rbp), %rcx
	movq	-40(%rbp), %r8
	movq	-48(%rbp), %r9
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-56(%rbp), %rsi
	movq	-64(%rbp), %rdx
	movq	-72(%rbp), %rcx
	movq	-80(%rbp), %r8
	movq	-88(%rbp), %r9
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	addq	$96, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_unsigned32                     ## -- Begin function unsigned32
	.p2align	4, 0x90
_unsigned32:                            ## @unsigned32
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$80, %rsp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movq	$0, -16(%rbp)
	movq	$0, -24(%rbp)
	movq	$0, -32(%rbp)
	movq	$0, -40(%rbp)
	movq	$0, -48(%rbp)
	movq	$0, -56(%rbp)
	movq	$0, -64(%rbp)
	movq	$0, -72(%rbp)
	movl	$0, -76(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-76(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jae	LBB1_4
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-4(%rbp), %eax
	imull	$-1640531535, -76(%rbp), %ecx   ## imm = 0x9E3779B1
	addl	%ecx, %eax
	movl	%eax, -80(%rbp)
	movl	-80(%rbp), %eax
	movl	$3, %ecx
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %eax
                                        ## kill: def $rax killed $eax
	addq	-16(%rbp), %rax
	movq	%rax, -16(%rbp)
	movl	-80(%rbp), %eax
	movl	$3, %ecx
	xorl	%edx, %edx
	divl	%ecx
	movl	%edx, %eax
                                        ## kill: def $rax killed $eax
	addq	-48(%rbp), %rax
	movq	%rax, -48(%rbp)
	movl	-80(%rbp), %eax
	movl	$7, %ecx
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %eax
                                        ## kill: def $rax killed $eax
	addq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
	movl	-80(%rbp), %eax
	movl	$7, %ecx
	xorl	%edx, %edx
	divl	%ecx
	movl	%edx, %eax
                                        ## kill: def $rax killed $eax
	addq	-56(%rbp), %rax
	movq	%rax, -56(%rbp)
	movl	-80(%rbp), %eax
	movl	$10, %ecx
	xorl	%edx, %edx
	divl	%ecx
	movl	%eax, %eax
                                        ## kill: def $rax killed $eax
	addq	-32(%rbp), %rax
	movq	%rax, -32(%rbp)
	movl	-80(%rbp), %eax
	movl	$10, %ecx
	xorl	%edx, %edx
	divl	%ecx
	movl	%edx, %eax
                                        ## kill: def $rax killed $eax
	addq	-64(%rbp), %rax
	movq	%rax, -64(%rbp)
	movl	-80(%rbp), %eax
	shrl	$4, %eax
	movl	%eax, %eax
                                        ## kill: def $rax killed $eax
	addq	-40(%rbp), %rax
	movq	%rax, -40(%rbp)
	movl	-80(%rbp), %eax
	andl	$15, %eax
	movl	%eax, %eax
                                        ## kill: def $rax killed $eax
	addq	-72(%rbp), %rax
	movq	%rax, -72(%rbp)
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-76(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -76(%rbp)
	jmp	LBB1_1
LBB1_4:
	movq	-16(%rbp), %rsi
	movq	-24(%rbp), %rdx
	movq	-32(%rbp), %rcx
	movq	-40(%rbp), %r8
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-48(%rbp), %rsi
	movq	-56(%rbp), %rdx
	movq	-64(%rbp), %rcx
	movq	-72(%rbp), %r8
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	addq	$80, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_signed64                       ## -- Begin function signed64
	.p2align	4, 0x90
_signed64:                              ## @signed64
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$96, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	%edx, -20(%rbp)
	movq	$0, -32(%rbp)
	movq	$0, -40(%rbp)
	movl	$0, -44(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-44(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jge	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-8(%rbp), %rax
	movq	-16(%rbp), %rcx
	movslq	-44(%rbp), %rdx
	imulq	%rdx, %rcx
	addq	%rcx, %rax
	movq	%rax, -56(%rbp)
	movq	-56(%rbp), %rax
	movl	$3, %ecx
	cqto
	idivq	%rcx
	movq	%rax, -96(%rbp)                 ## 8-byte Spill
	movq	-56(%rbp), %rax
	movl	$3, %ecx
	cqto
	idivq	%rcx
	movq	-96(%rbp), %rax                 ## 8-byte Reload
	addq	%rdx, %rax
	xorq	-32(%rbp), %rax
	movq	%rax, -32(%rbp)
	movq	-56(%rbp), %rax
	movl	$7, %ecx
	cqto
	idivq	%rcx
	imulq	$5, %rax, %rax
	movq	%rax, -88(%rbp)                 ## 8-byte Spill
	movq	-56(%rbp), %rax
	movl	$7, %ecx
	cqto
	idivq	%rcx
	movq	-88(%rbp), %rax                 ## 8-byte Reload
	addq	%rdx, %rax
	xorq	-32(%rbp), %rax
	movq	%rax, -32(%rbp)
	movq	-56(%rbp), %rax
	movl	$10, %ecx
	cqto
	idivq	%rcx
	movq	%rax, -80(%rbp)                 ## 8-byte Spill
	movq	-56(%rbp), %rax
	movl	$10, %ecx
	cqto
	idivq	%rcx
	movq	-80(%rbp), %rax                 ## 8-byte Reload
	subq	%rdx, %rax
	addq	-32(%rbp), %rax
	movq	%rax, -32(%rbp)
	movq	-56(%rbp), %rax
	movl	$16, %ecx
	cqto
	idivq	%rcx
	movq	%rax, -72(%rbp)                 ## 8-byte Spill
	movq	-56(%rbp), %rax
	movl	$16, %ecx
	cqto
	idivq	%rcx
	movq	-72(%rbp), %rax                 ## 8-byte Reload
	addq	%rdx, %rax
	addq	-32(%rbp), %rax
	movq	%rax, -32(%rbp)
	movq	-56(%rbp), %rax
	movq	$-5, %rcx
	cqto
	idivq	%rcx
	movq	%rax, -64(%rbp)                 ## 8-byte Spill
	movq	-56(%rbp), %rax
	movq	$-5, %rcx
	cqto
	idivq	%rcx
	movq	-64(%rbp), %rax                 ## 8-byte Reload
	addq	%rdx, %rax
	xorq	-32(%rbp), %rax
	movq	%rax, -32(%rbp)
	movq	-56(%rbp), %rax
	movl	$1000000007, %ecx               ## imm = 0x3B9ACA07
	cqto
	idivq	%rcx
	addq	-40(%rbp), %rax
	movq	%rax, -40(%rbp)
## %bb.3:                               ##   in Loop: Header=BB2_1 Depth=1
	movl	-44(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -44(%rbp)
	jmp	LBB2_1
LBB2_4:
	movq	-32(%rbp), %rsi
	movq	-40(%rbp), %rdx
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	addq	$96, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_unsigned64                     ## -- Begin function unsigned64
	.p2align	4, 0x90
_unsigned64:                            ## @unsigned64
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$64, %rsp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movq	$0, -24(%rbp)
	movl	$0, -28(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-28(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jge	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-8(%rbp), %rax
	movslq	-28(%rbp), %rcx
	movabsq	$-7046029254386353131, %rdx     ## imm = 0x9E3779B97F4A7C15
	imulq	%rdx, %rcx
	addq	%rcx, %rax
	movq	%rax, -40(%rbp)
	movq	-40(%rbp), %rax
	movl	$3, %ecx
	xorl	%edx, %edx
                                        ## kill: def $rdx killed $edx
	divq	%rcx
	movq	%rax, -64(%rbp)                 ## 8-byte Spill
	movq	-40(%rbp), %rax
	movl	$3, %ecx
	xorl	%edx, %edx
                                        ## kill: def $rdx killed $edx
	divq	%rcx
	movq	-64(%rbp), %rax                 ## 8-byte Reload
	addq	%rdx, %rax
	addq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
	movq	-40(%rbp), %rax
	movl	$7, %ecx
	xorl	%edx, %edx
                                        ## kill: def $rdx killed $edx
	divq	%rcx
	movq	%rax, -56(%rbp)                 ## 8-byte Spill
	movq	-40(%rbp), %rax
	movl	$7, %ecx
	xorl	%edx, %edx
                                        ## kill: def $rdx killed $edx
	divq	%rcx
	movq	-56(%rbp), %rax                 ## 8-byte Reload
	addq	%rdx, %rax
	xorq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
	movq	-40(%rbp), %rax
	movl	$10, %ecx
	xorl	%edx, %edx
                                        ## kill: def $rdx killed $edx
	divq	%rcx
	movq	%rax, -48(%rbp)                 ## 8-byte Spill
	movq	-40(%rbp), %rax
	movl	$10, %ecx
	xorl	%edx, %edx
                                        ## kill: def $rdx killed $edx
	divq	%rcx
	movq	-48(%rbp), %rax                 ## 8-byte Reload
	addq	%rdx, %rax
	addq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
	movq	-40(%rbp), %rax
	shrq	$4, %rax
	movq	-40(%rbp), %rcx
	andq	$15, %rcx
	addq	%rcx, %rax
	xorq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
	movq	-40(%rbp), %rax
	movl	$1000000007, %ecx               ## imm = 0x3B9ACA07
	xorl	%edx, %edx
                                        ## kill: def $rdx killed $edx
	divq	%rcx
	addq	-24(%rbp), %rax
	movq	%rax, -24(%rbp)
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB3_1
LBB3_4:
	movq	-24(%rbp), %rsi
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	addq	$64, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_digits                         ## -- Begin function digits
	.p2align	4, 0x90
_digits:                                ## @digits
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$64, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	%rdi, -56(%rbp)
	movl	$0, -60(%rbp)
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-56(%rbp), %rax
	movl	$10, %ecx
	xorl	%edx, %edx
                                        ## kill: def $rdx killed $edx
	divq	%rcx
	addq	$48, %rdx
	movb	%dl, %cl
	movl	-60(%rbp), %eax
	movl	%eax, %edx
	addl	$1, %edx
	movl	%edx, -60(%rbp)
	cltq
	movb	%cl, -48(%rbp,%rax)
	movq	-56(%rbp), %rax
	movl	$10, %ecx
	xorl	%edx, %edx
                                        ## kill: def $rdx killed $edx
	divq	%rcx
	movq	%rax, -56(%rbp)
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
	cmpq	$0, -56(%rbp)
	jne	LBB4_1
## %bb.3:
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
LBB4_4:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$0, -60(%rbp)
	je	LBB4_6
## %bb.5:                               ##   in Loop: Header=BB4_4 Depth=1
	movl	-60(%rbp), %eax
	addl	$-1, %eax
	movl	%eax, -60(%rbp)
	cltq
	movsbl	-48(%rbp,%rax), %edi
	callq	_putchar
	jmp	LBB4_4
LBB4_6:
	movl	$10, %edi
	callq	_putchar
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB4_8
## %bb.7:
	addq	$64, %rsp
	popq	%rbp
	retq
LBB4_8:
	callq	___stack_chk_fail
	ud2
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
	subq	$72, %rsp
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	$0, -28(%rbp)
	movl	_lo_bound(%rip), %eax
	movl	%eax, -32(%rbp)
	movl	_hi_bound(%rip), %eax
	movl	%eax, -36(%rbp)
	movl	$-12, -40(%rbp)
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$12, -40(%rbp)
	jg	LBB5_4
## %bb.2:                               ##   in Loop: Header=BB5_1 Depth=1
	movl	-40(%rbp), %esi
	movl	-40(%rbp), %eax
	movl	$3, %ecx
	cltd
	idivl	%ecx
	movl	%eax, -44(%rbp)                 ## 4-byte Spill
	movl	-40(%rbp), %eax
	movl	$3, %ecx
	cltd
	idivl	%ecx
	movl	%edx, %ecx
	movl	-40(%rbp), %eax
	movl	$7, %edi
	cltd
	idivl	%edi
	movl	%eax, %r8d
	movl	-40(%rbp), %eax
	movl	$7, %edi
	cltd
	idivl	%edi
	movl	%edx, %r9d
	movl	-40(%rbp), %eax
	movl	$10, %edi
	cltd
	idivl	%edi
	movl	%eax, %r15d
	movl	-40(%rbp), %eax
	movl	$10, %edi
	cltd
	idivl	%edi
	movl	%edx, %r14d
	movl	-40(%rbp), %eax
	movl	$16, %edi
	cltd
	idivl	%edi
	movl	%eax, %ebx
	movl	-40(%rbp), %eax
	movl	$16, %edi
	cltd
	idivl	%edi
	movl	%edx, %r11d
	movl	-40(%rbp), %eax
	movl	$4294967291, %edi               ## imm = 0xFFFFFFFB
	cltd
	idivl	%edi
	movl	%eax, %r10d
	movl	-40(%rbp), %eax
	movl	$4294967291, %edi               ## imm = 0xFFFFFFFB
	cltd
	idivl	%edi
	movl	%edx, %eax
	movl	-44(%rbp), %edx                 ## 4-byte Reload
	leaq	L_.str.7(%rip), %rdi
	movl	%r15d, (%rsp)
	movl	%r14d, 8(%rsp)
	movl	%ebx, 16(%rsp)
	movl	%r11d, 24(%rsp)
	movl	%r10d, 32(%rsp)
	movl	%eax, 40(%rsp)
	movb	$0, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB5_1 Depth=1
	movl	-40(%rbp), %eax
	addl	$4, %eax
	movl	%eax, -40(%rbp)
	jmp	LBB5_1
LBB5_4:
	movl	-32(%rbp), %edi
	movl	-36(%rbp), %esi
	callq	_signed32
	movl	$2147483649, %edi               ## imm = 0x80000001
	movl	$2147485649, %esi               ## imm = 0x800007D1
	callq	_signed32
	movl	$2147481647, %edi               ## imm = 0x7FFFF82F
	movl	$2147483647, %esi               ## imm = 0x7FFFFFFF
	callq	_signed32
	movl	$4000000000, %edi               ## imm = 0xEE6B2800
	movl	$5000, %esi                     ## imm = 0x1388
	callq	_unsigned32
	movabsq	$-4000000000000000000, %rdi     ## imm = 0xC87D253162700000
	movabsq	$1600000000000000, %rsi         ## imm = 0x5AF3107A40000
	movl	$5000, %edx                     ## imm = 0x1388
	callq	_signed64
	movq	_ubase(%rip), %rdi
	movl	$5000, %esi                     ## imm = 0x1388
	callq	_unsigned64
	movq	_ubase(%rip), %rdi
	callq	_digits
	xorl	%eax, %eax
	movl	%eax, %edi
	callq	_digits
	movabsq	$1234567890123, %rdi            ## imm = 0x11F71FB04CB
	callq	_digits
	xorl	%eax, %eax
	addq	$72, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_lo_bound                       ## @lo_bound
	.p2align	2
_lo_bound:
	.long	4294966296                      ## 0xfffffc18

	.globl	_hi_bound                       ## @hi_bound
	.p2align	2
_hi_bound:
	.long	1234                            ## 0x4d2

	.globl	_ubase                          ## @ubase
	.p2align	3
_ubase:
	.quad	-616                            ## 0xfffffffffffffd98

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"s32 div: %ld %ld %ld %ld %ld\n"

L_.str.1:                               ## @.str.1
	.asciz	"s32 mod: %ld %ld %ld %ld %ld\n"

L_.str.2:                               ## @.str.2
	.asciz	"u32 div: %lu %lu %lu %lu\n"

L_.str.3:                               ## @.str.3
	.asciz	"u32 mod: %lu %lu %lu %lu\n"

L_.str.4:                               ## @.str.4
	.asciz	"s64 acc: %lu qsum: %ld\n"

L_.str.5:                               ## @.str.5
	.asciz	"u64 acc: %llu\n"

L_.str.6:                               ## @.str.6
	.asciz	"digits: "

L_.str.7:                               ## @.str.7
	.asciz	"%d: /3=%d %%3=%d /7=%d %%7=%d /10=%d %%10=%d /16=%d %%16=%d /-5=%d %%-5=%d\n"

.subsections_via_symbols
