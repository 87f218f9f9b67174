	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_mulhi_u                        ## -- Begin function mulhi_u
	.p2align	4, 0x90
_mulhi_u:                               ## @mulhi_u
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movq	-16(%rbp), %rcx
	mulq	%rcx
	movq	%rdx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_mulhi_s                        ## -- Begin function mulhi_s
	.p2align	4, 0x90
_mulhi_s:                               ## @mulhi_s
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movq	-16(%rbp), %rcx
	imulq	%rcx
	movq	%rdx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_mulhi_manual                   ## -- Begin function mulhi_manual
	.p2align	4, 0x90
_mulhi_manual:                          ## @mulhi_manual
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, %eax
                                        ## kill: def $rax killed $eax
	movq	%rax, -24(%rbp)
	movq	-8(%rbp), %rax
	shrq	$32, %rax
	movq	%rax, -32(%rbp)
	movq	-16(%rbp), %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, %eax
                                        ## kill: def $rax killed $eax
	movq	%rax, -40(%rbp)
	movq	-16(%rbp), %rax
	shrq	$32, %rax
	movq	%rax, -48(%rbp)
	movq	-24(%rbp), %rax
	imulq	-40(%rbp), %rax
	movq	%rax, -56(%rbp)
	movq	-24(%rbp), %rax
	imulq	-48(%rbp), %rax
	movq	%rax, -64(%rbp)
	movq	-32(%rbp), %rax
	imulq	-40(%rbp), %rax
	movq	%rax, -72(%rbp)
	movq	-32(%rbp), %rax
	imulq	-48(%rbp), %rax
	movq	%rax, -80(%rbp)
	movq	-56(%rbp), %rax
	shrq	$32, %rax
	movq	-64(%rbp), %rcx
                                        ## kill: def $ecx killed $ecx killed $rcx
	movl	%ecx, %ecx
                                        ## kill: def $rcx killed $ecx
	addq	%rcx, %rax
	movq	-72(%rbp), %rcx
                                        ## kill: def $ecx killed $ecx killed $rcx
	movl	%ecx, %ecx
                                        ## kill: def $rcx killed $ecx
	addq	%rcx, %rax
	movq	%rax, -88(%rbp)
	movq	-80(%rbp), %rax
	movq	-64(%rbp), %rcx
	shrq	$32, %rcx
	addq	%rcx, %rax
	movq	-72(%rbp), %rcx
	shrq	$32, %rcx
	addq	%rcx, %rax
	movq	-88(%rbp), %rcx
	shrq	$32, %rcx
	addq	%rcx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_fast_range                     ## -- Begin function fast_range
	.p2align	4, 0x90
_fast_range:                            ## @fast_range
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rdi
	movq	-16(%rbp), %rsi
	callq	_mulhi_u
	addq	$16, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_div7                           ## -- Begin function div7
	.p2align	4, 0x90
_div7:                                  ## @div7
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rdi
	movabsq	$2635249153387078803, %rsi      ## imm = 0x2492492492492493
	callq	_mulhi_u
	movq	%rax, -16(%rbp)
	movq	-8(%rbp), %rax
	subq	-16(%rbp), %rax
	shrq	$1, %rax
	addq	-16(%rbp), %rax
	shrq	$2, %rax
	addq	$16, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_mum                            ## -- Begin function mum
	.p2align	4, 0x90
_mum:                                   ## @mum
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movq	-16(%rbp), %rcx
	mulq	%rcx
	movq	%rdx, -24(%rbp)
	movq	%rax, -32(%rbp)
	movq	-32(%rbp), %rax
	movq	-24(%rbp), %rcx
	xorq	%rcx, %rax
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
	subq	$288, %rsp                      ## imm = 0x120
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -116(%rbp)
	movq	_vseed(%rip), %rax
	movq	%rax, -128(%rbp)
	movl	$0, -132(%rbp)
	movl	$0, -136(%rbp)
	movq	$0, -144(%rbp)
	movl	$0, -148(%rbp)
LBB6_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$2000, -148(%rbp)               ## imm = 0x7D0
	jge	LBB6_6
## %bb.2:                               ##   in Loop: Header=BB6_1 Depth=1
	leaq	-128(%rbp), %rdi
	callq	_splitmix
	movq	%rax, -160(%rbp)
	leaq	-128(%rbp), %rdi
	callq	_splitmix
	movq	%rax, -168(%rbp)
	movq	-160(%rbp), %rdi
	movq	-168(%rbp), %rsi
	callq	_mulhi_u
	movq	%rax, -176(%rbp)
	movq	-176(%rbp), %rax
	movq	%rax, -224(%rbp)                ## 8-byte Spill
	movq	-160(%rbp), %rdi
	movq	-168(%rbp), %rsi
	callq	_mulhi_manual
	movq	%rax, %rcx
	movq	-224(%rbp), %rax                ## 8-byte Reload
	cmpq	%rcx, %rax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-132(%rbp), %eax
	movl	%eax, -132(%rbp)
	movq	-160(%rbp), %rdi
	callq	_div7
	movq	%rax, -216(%rbp)                ## 8-byte Spill
	movq	-160(%rbp), %rax
	movl	$7, %ecx
	xorl	%edx, %edx
                                        ## kill: def $rdx killed $edx
	divq	%rcx
	movq	%rax, %rcx
	movq	-216(%rbp), %rax                ## 8-byte Reload
	cmpq	%rcx, %rax
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-136(%rbp), %eax
	movl	%eax, -136(%rbp)
	movq	-176(%rbp), %rax
	movq	%rax, -208(%rbp)                ## 8-byte Spill
	movq	-160(%rbp), %rdi
	movq	-168(%rbp), %rsi
	callq	_mulhi_s
	movq	%rax, %rcx
	movq	-208(%rbp), %rax                ## 8-byte Reload
	addq	%rcx, %rax
	movq	%rax, -200(%rbp)                ## 8-byte Spill
	movq	-160(%rbp), %rdi
	movq	-168(%rbp), %rsi
	callq	_mum
	movq	%rax, %rcx
	movq	-200(%rbp), %rax                ## 8-byte Reload
	addq	%rcx, %rax
	xorq	-144(%rbp), %rax
	movq	%rax, -144(%rbp)
	cmpl	$6, -148(%rbp)
	jge	LBB6_4
## %bb.3:                               ##   in Loop: Header=BB6_1 Depth=1
	movq	-160(%rbp), %rax
	movq	%rax, -248(%rbp)                ## 8-byte Spill
	movq	-168(%rbp), %rax
	movq	%rax, -240(%rbp)                ## 8-byte Spill
	movq	-176(%rbp), %rax
	movq	%rax, -232(%rbp)                ## 8-byte Spill
	movq	-160(%rbp), %rdi
	movq	-168(%rbp), %rsi
	callq	_mulhi_s
	movq	-248(%rbp), %rsi                ## 8-byte Reload
	movq	-240(%rbp), %rdx                ## 8-byte Reload
	movq	-232(%rbp), %rcx                ## 8-byte Reload
	movq	%rax, %r8
	movq	-160(%rbp), %r9
	imulq	-168(%rbp), %r9
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
LBB6_4:                                 ##   in Loop: Header=BB6_1 Depth=1
	jmp	LBB6_5
LBB6_5:                                 ##   in Loop: Header=BB6_1 Depth=1
	movl	-148(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -148(%rbp)
	jmp	LBB6_1
LBB6_6:
	movl	-132(%rbp), %esi
	movl	-136(%rbp), %edx
	movq	-144(%rbp), %rcx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-64(%rbp), %rdi
	xorl	%esi, %esi
	movl	$56, %edx
	callq	_memset
	movq	$1, -56(%rbp)
	movl	$4294967295, %eax               ## imm = 0xFFFFFFFF
	movq	%rax, -48(%rbp)
	movabsq	$4294967296, %rax               ## imm = 0x100000000
	movq	%rax, -40(%rbp)
	movabsq	$9223372036854775807, %rax      ## imm = 0x7FFFFFFFFFFFFFFF
	movq	%rax, -32(%rbp)
	movabsq	$-9223372036854775808, %rax     ## imm = 0x8000000000000000
	movq	%rax, -24(%rbp)
	movq	$-1, -16(%rbp)
	movl	$0, -180(%rbp)
LBB6_7:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB6_9 Depth 2
	cmpl	$7, -180(%rbp)
	jge	LBB6_14
## %bb.8:                               ##   in Loop: Header=BB6_7 Depth=1
	movl	-180(%rbp), %eax
	movl	%eax, -184(%rbp)
LBB6_9:                                 ##   Parent Loop BB6_7 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$7, -184(%rbp)
	jge	LBB6_12
## %bb.10:                              ##   in Loop: Header=BB6_9 Depth=2
	movl	-180(%rbp), %eax
	movl	%eax, -264(%rbp)                ## 4-byte Spill
	movl	-184(%rbp), %eax
	movl	%eax, -260(%rbp)                ## 4-byte Spill
	movslq	-180(%rbp), %rax
	movq	-64(%rbp,%rax,8), %rdi
	movslq	-184(%rbp), %rax
	movq	-64(%rbp,%rax,8), %rsi
	callq	_mulhi_u
	movq	%rax, -256(%rbp)                ## 8-byte Spill
	movslq	-180(%rbp), %rax
	movq	-64(%rbp,%rax,8), %rdi
	movslq	-184(%rbp), %rax
	movq	-64(%rbp,%rax,8), %rsi
	callq	_mulhi_s
	movl	-264(%rbp), %esi                ## 4-byte Reload
	movl	-260(%rbp), %edx                ## 4-byte Reload
	movq	-256(%rbp), %rcx                ## 8-byte Reload
	movq	%rax, %r8
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.11:                              ##   in Loop: Header=BB6_9 Depth=2
	movl	-184(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -184(%rbp)
	jmp	LBB6_9
LBB6_12:                                ##   in Loop: Header=BB6_7 Depth=1
	jmp	LBB6_13
LBB6_13:                                ##   in Loop: Header=BB6_7 Depth=1
	movl	-180(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -180(%rbp)
	jmp	LBB6_7
LBB6_14:
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-112(%rbp), %rdi
	xorl	%esi, %esi
	movl	$40, %edx
	callq	_memset
	movl	$0, -188(%rbp)
LBB6_15:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$10000, -188(%rbp)              ## imm = 0x2710
	jge	LBB6_18
## %bb.16:                              ##   in Loop: Header=BB6_15 Depth=1
	leaq	-128(%rbp), %rdi
	callq	_splitmix
	movq	%rax, %rdi
	movl	$10, %esi
	callq	_fast_range
	movl	-112(%rbp,%rax,4), %ecx
	addl	$1, %ecx
	movl	%ecx, -112(%rbp,%rax,4)
## %bb.17:                              ##   in Loop: Header=BB6_15 Depth=1
	movl	-188(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -188(%rbp)
	jmp	LBB6_15
LBB6_18:
	movl	$0, -192(%rbp)
LBB6_19:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$10, -192(%rbp)
	jge	LBB6_22
## %bb.20:                              ##   in Loop: Header=BB6_19 Depth=1
	movslq	-192(%rbp), %rax
	movl	-112(%rbp,%rax,4), %esi
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.21:                              ##   in Loop: Header=BB6_19 Depth=1
	movl	-192(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -192(%rbp)
	jmp	LBB6_19
LBB6_22:
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	$-1, %rdi
	callq	_div7
	movq	%rax, -288(%rbp)                ## 8-byte Spill
	movl	$6, %edi
	callq	_div7
	movq	%rax, -280(%rbp)                ## 8-byte Spill
	movl	$7, %edi
	callq	_div7
	movq	-288(%rbp), %rsi                ## 8-byte Reload
	movq	-280(%rbp), %rdx                ## 8-byte Reload
	movq	%rax, %rcx
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-132(%rbp), %eax
	addl	-136(%rbp), %eax
	movl	%eax, -268(%rbp)                ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB6_24
## %bb.23:
	movl	-268(%rbp), %eax                ## 4-byte Reload
	addq	$288, %rsp                      ## imm = 0x120
	popq	%rbp
	retq
LBB6_24:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function splitmix
_splitmix:                              ## @splitmix
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rcx
	movabsq	$-7046029254386353131, %rax     ## imm = 0x9E3779B97F4A7C15
	addq	(%rcx), %rax
	movq	%rax, (%rcx)
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	-16(%rbp), %rcx
	shrq	$30, %rcx
	xorq	%rcx, %rax
	movabsq	$-4658895280553007687, %rcx     ## imm = 0xBF58476D1CE4E5B9
	imulq	%rcx, %rax
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	-16(%rbp), %rcx
	shrq	$27, %rcx
	xorq	%rcx, %rax
	movabsq	$-7723592293110705685, %rcx     ## imm = 0x94D049BB133111EB
	imulq	%rcx, %rax
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	-16(%rbp), %rcx
	shrq	$31, %rcx
	xorq	%rcx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vseed                          ## @vseed
	.p2align	3
_vseed:
	.quad	2611923443488327891             ## 0x243f6a8885a308d3

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%016llx * %016llx -> hi %016llx shi %016llx lo %016llx\n"

L_.str.1:                               ## @.str.1
	.asciz	"mismatches=%d div7 bad=%d acc=%016llx\n"

L_.str.2:                               ## @.str.2
	.asciz	"%d%d:%llx/%llx "

L_.str.3:                               ## @.str.3
	.asciz	"\n"

L_.str.4:                               ## @.str.4
	.asciz	"%u "

L_.str.5:                               ## @.str.5
	.asciz	"div7 edge: %llu %llu %llu\n"

.subsections_via_symbols
