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
	movq	%rsi, %rax
	mulq	%rdi
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
	movq	%rsi, %rax
	imulq	%rdi
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
	movl	%edi, %ecx
	shrq	$32, %rdi
	movl	%esi, %edx
	shrq	$32, %rsi
	movq	%rdx, %rax
	imulq	%rcx, %rax
	imulq	%rsi, %rcx
	imulq	%rdi, %rdx
	imulq	%rdi, %rsi
	shrq	$32, %rax
	movl	%ecx, %edi
	addq	%rax, %rdi
	movl	%edx, %eax
	addq	%rdi, %rax
	shrq	$32, %rcx
	addq	%rsi, %rcx
	shrq	$32, %rdx
	addq	%rcx, %rdx
	shrq	$32, %rax
	addq	%rdx, %rax
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
	popq	%rbp
	jmp	_mulhi_u                        ## TAILCALL
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
	pushq	%rbx
	pushq	%rax
	.cfi_offset %rbx, -24
	movq	%rdi, %rbx
	movabsq	$2635249153387078803, %rsi      ## imm = 0x2492492492492493
	callq	_mulhi_u
	subq	%rax, %rbx
	shrq	%rbx
	addq	%rbx, %rax
	shrq	$2, %rax
	addq	$8, %rsp
	popq	%rbx
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
	movq	%rsi, %rax
	mulq	%rdi
	xorq	%rdx, %rax
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
	subq	$120, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	movabsq	$-7046029254386353131, %rax     ## imm = 0x9E3779B97F4A7C15
	movabsq	$4354685564936845354, %rcx      ## imm = 0x3C6EF372FE94F82A
	movq	_vseed(%rip), %rdi
	leaq	(%rdi,%rax), %rbx
	addq	%rcx, %rdi
	xorl	%esi, %esi
	xorl	%edx, %edx
	xorl	%r14d, %r14d
	xorl	%ecx, %ecx
	jmp	LBB6_1
	.p2align	4, 0x90
LBB6_3:                                 ##   in Loop: Header=BB6_1 Depth=1
	xorl	%eax, %eax
	movzbl	-98(%rbp), %ecx                 ## 1-byte Folded Reload
	movb	%cl, %al
	movl	-108(%rbp), %esi                ## 4-byte Reload
	addl	%eax, %esi
	xorl	%eax, %eax
	movzbl	-97(%rbp), %ecx                 ## 1-byte Folded Reload
	movb	%cl, %al
	movl	-104(%rbp), %edx                ## 4-byte Reload
	addl	%eax, %edx
	movq	-144(%rbp), %rcx                ## 8-byte Reload
	xorq	%r15, %rcx
	addl	$1, %r14d
	movq	-120(%rbp), %rbx                ## 8-byte Reload
	movabsq	$4354685564936845354, %rax      ## imm = 0x3C6EF372FE94F82A
	addq	%rax, %rbx
	movq	-152(%rbp), %rdi                ## 8-byte Reload
	addq	%rax, %rdi
	cmpl	$2000, %r14d                    ## imm = 0x7D0
	je	LBB6_4
LBB6_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	%rcx, -144(%rbp)                ## 8-byte Spill
	movl	%edx, -104(%rbp)                ## 4-byte Spill
	movl	%esi, -108(%rbp)                ## 4-byte Spill
	movq	%rbx, %rax
	shrq	$30, %rax
	movq	%rbx, -120(%rbp)                ## 8-byte Spill
	xorq	%rbx, %rax
	movabsq	$-4658895280553007687, %rdx     ## imm = 0xBF58476D1CE4E5B9
	imulq	%rdx, %rax
	movq	%rax, %rcx
	shrq	$27, %rcx
	xorq	%rax, %rcx
	movabsq	$-7723592293110705685, %rsi     ## imm = 0x94D049BB133111EB
	imulq	%rsi, %rcx
	movq	%rcx, %rbx
	shrq	$31, %rbx
	xorq	%rcx, %rbx
	movq	%rdi, %rax
	shrq	$30, %rax
	movq	%rdi, -152(%rbp)                ## 8-byte Spill
	xorq	%rdi, %rax
	imulq	%rdx, %rax
	movq	%rax, %rcx
	shrq	$27, %rcx
	xorq	%rax, %rcx
	imulq	%rsi, %rcx
	movq	%rcx, %r12
	shrq	$31, %r12
	xorq	%rcx, %r12
	movq	%rbx, %rdi
	movq	%r12, %rsi
	callq	_mulhi_u
	movq	%rax, %r15
	movq	%rbx, %rdi
	movq	%r12, %rsi
	callq	_mulhi_manual
	cmpq	%rax, %r15
	setne	-98(%rbp)                       ## 1-byte Folded Spill
	movq	%rbx, %rdi
	callq	_div7
	movq	%rax, %rcx
	movq	%rbx, %rax
	movabsq	$2635249153387078803, %rdx      ## imm = 0x2492492492492493
	mulq	%rdx
	movq	%rbx, %rax
	subq	%rdx, %rax
	shrq	%rax
	addq	%rdx, %rax
	shrq	$2, %rax
	cmpq	%rax, %rcx
	setne	-97(%rbp)                       ## 1-byte Folded Spill
	movq	%rbx, %rdi
	movq	%r12, %rsi
	callq	_mulhi_s
	movq	%r15, -136(%rbp)                ## 8-byte Spill
	movq	%rax, -128(%rbp)                ## 8-byte Spill
	leaq	(%rax,%r15), %r13
	movq	%rbx, %rdi
	movq	%r12, %rsi
	callq	_mum
	movq	%rax, %r15
	addq	%r13, %r15
	cmpl	$5, %r14d
	ja	LBB6_3
## %bb.2:                               ##   in Loop: Header=BB6_1 Depth=1
	movq	%rbx, %r9
	imulq	%r12, %r9
	leaq	L_.str(%rip), %rdi
	movq	%rbx, %rsi
	movq	%r12, %rdx
	movq	-136(%rbp), %rcx                ## 8-byte Reload
	movq	-128(%rbp), %r8                 ## 8-byte Reload
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB6_3
LBB6_4:
	leaq	L_.str.1(%rip), %rdi
	movl	%esi, -108(%rbp)                ## 4-byte Spill
	movl	%edx, -104(%rbp)                ## 4-byte Spill
	xorl	%eax, %eax
	callq	_printf
	xorl	%edi, %edi
	xorl	%esi, %esi
	callq	_mulhi_u
	movq	%rax, %r15
	xorl	%edi, %edi
	xorl	%esi, %esi
	callq	_mulhi_s
	leaq	L_.str.2(%rip), %r14
	movq	%r14, %rdi
	xorl	%esi, %esi
	xorl	%edx, %edx
	movq	%r15, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %esi
	xorl	%edi, %edi
	callq	_mulhi_u
	movq	%rax, %r15
	movl	$1, %esi
	xorl	%edi, %edi
	callq	_mulhi_s
	movq	%r14, %rdi
	xorl	%esi, %esi
	movl	$1, %edx
	movq	%r15, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$4294967295, %r15d              ## imm = 0xFFFFFFFF
	movl	$4294967295, %esi               ## imm = 0xFFFFFFFF
	xorl	%edi, %edi
	callq	_mulhi_u
	movq	%rax, %r12
	movl	$4294967295, %esi               ## imm = 0xFFFFFFFF
	xorl	%edi, %edi
	callq	_mulhi_s
	movq	%r14, %rdi
	xorl	%esi, %esi
	movl	$2, %edx
	movq	%r12, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, -120(%rbp)                ## 8-byte Spill
	leaq	1(%r15), %r13
	xorl	%edi, %edi
	movq	%r13, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	xorl	%edi, %edi
	movq	%r13, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	xorl	%esi, %esi
	movl	$3, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movabsq	$9223372036854775807, %r15      ## imm = 0x7FFFFFFFFFFFFFFF
	xorl	%edi, %edi
	movq	%r15, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	xorl	%edi, %edi
	movq	%r15, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	xorl	%esi, %esi
	movl	$4, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	leaq	1(%r15), %r12
	xorl	%edi, %edi
	movq	%r12, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	xorl	%edi, %edi
	movq	%r12, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	xorl	%esi, %esi
	movl	$5, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	xorl	%edi, %edi
	movq	$-1, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	xorl	%edi, %edi
	movq	$-1, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	xorl	%esi, %esi
	movl	$6, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %edi
	movl	$1, %esi
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$1, %edi
	movl	$1, %esi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$1, %esi
	movl	$1, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %edi
	movl	$4294967295, %esi               ## imm = 0xFFFFFFFF
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$1, %edi
	movl	$4294967295, %esi               ## imm = 0xFFFFFFFF
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$1, %esi
	movl	$2, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %edi
	movq	%r13, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$1, %edi
	movq	%r13, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$1, %esi
	movl	$3, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %edi
	movq	%r15, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$1, %edi
	movq	%r15, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$1, %esi
	movl	$4, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %edi
	movq	%r12, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$1, %edi
	movq	%r12, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$1, %esi
	movl	$5, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %edi
	movq	$-1, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$1, %edi
	movq	$-1, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$1, %esi
	movl	$6, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	movl	$4294967295, %esi               ## imm = 0xFFFFFFFF
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	movl	$4294967295, %esi               ## imm = 0xFFFFFFFF
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$2, %esi
	movl	$2, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	movq	%r13, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	movq	%r13, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$2, %esi
	movl	$3, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	movq	%r15, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	movq	%r15, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$2, %esi
	movl	$4, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	movq	%r12, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	movq	%r12, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$2, %esi
	movl	$5, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	movq	$-1, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movl	$4294967295, %edi               ## imm = 0xFFFFFFFF
	movq	$-1, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$2, %esi
	movl	$6, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	%r13, %rdi
	movq	%r13, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movq	%r13, %rdi
	movq	%r13, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$3, %esi
	movl	$3, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	%r13, %rdi
	movq	%r15, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movq	%r13, %rdi
	movq	%r15, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$3, %esi
	movl	$4, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	%r13, %rdi
	movq	%r12, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movq	%r13, %rdi
	movq	%r12, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$3, %esi
	movl	$5, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	%r13, %rdi
	movq	$-1, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movq	%r13, %rdi
	movq	-120(%rbp), %r13                ## 8-byte Reload
	movq	$-1, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$3, %esi
	movl	$6, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	%r15, %rdi
	movq	%r15, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movq	%r15, %rdi
	movq	%r15, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$4, %esi
	movl	$4, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	%r15, %rdi
	movq	%r12, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movq	%r15, %rdi
	movq	%r12, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$4, %esi
	movl	$5, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	%r15, %rdi
	movq	$-1, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movq	%r15, %rdi
	movq	$-1, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$4, %esi
	movl	$6, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	%r12, %rdi
	movq	%r12, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movq	%r12, %rdi
	movq	%r12, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$5, %esi
	movl	$5, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	%r12, %rdi
	movq	$-1, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movq	%r12, %rdi
	movq	$-1, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$5, %esi
	movl	$6, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	$-1, %rdi
	movq	$-1, %rsi
	callq	_mulhi_u
	movq	%rax, %rbx
	movq	$-1, %rdi
	movq	$-1, %rsi
	callq	_mulhi_s
	movq	%r14, %rdi
	movl	$6, %esi
	movl	$6, %edx
	movq	%rbx, %rcx
	movq	%rax, %r8
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	xorps	%xmm0, %xmm0
	movaps	%xmm0, -80(%rbp)
	movaps	%xmm0, -96(%rbp)
	movq	$0, -64(%rbp)
	movl	$10000, %ebx                    ## imm = 0x2710
	movabsq	$-4658895280553007687, %r14     ## imm = 0xBF58476D1CE4E5B9
	movabsq	$-7046029254386353131, %r15     ## imm = 0x9E3779B97F4A7C15
	movabsq	$-7723592293110705685, %r12     ## imm = 0x94D049BB133111EB
	.p2align	4, 0x90
LBB6_5:                                 ## =>This Inner Loop Header: Depth=1
	movq	%r13, %rax
	shrq	$30, %rax
	xorq	%r13, %rax
	imulq	%r14, %rax
	movq	%rax, %rcx
	shrq	$27, %rcx
	xorq	%rax, %rcx
	imulq	%r12, %rcx
	movq	%rcx, %rdi
	shrq	$31, %rdi
	xorq	%rcx, %rdi
	movl	$10, %esi
	callq	_fast_range
	addl	$1, -96(%rbp,%rax,4)
	addq	%r15, %r13
	addl	$-1, %ebx
	jne	LBB6_5
## %bb.6:
	movl	-96(%rbp), %esi
	leaq	L_.str.4(%rip), %rbx
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-92(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-88(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-84(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-80(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-76(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-72(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-68(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-64(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-60(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	movq	$-1, %rdi
	callq	_div7
	movq	%rax, %r14
	movl	$6, %edi
	callq	_div7
	movq	%rax, %rbx
	movl	$7, %edi
	callq	_div7
	leaq	L_.str.5(%rip), %rdi
	movq	%r14, %rsi
	movq	%rbx, %rdx
	movq	%rax, %rcx
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB6_8
## %bb.7:
	movl	-108(%rbp), %eax                ## 4-byte Reload
	addl	-104(%rbp), %eax                ## 4-byte Folded Reload
	addq	$120, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB6_8:
	callq	___stack_chk_fail
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

L_.str.4:                               ## @.str.4
	.asciz	"%u "

L_.str.5:                               ## @.str.5
	.asciz	"div7 edge: %llu %llu %llu\n"

.subsections_via_symbols
