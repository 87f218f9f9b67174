	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_add                            ## -- Begin function add
	.p2align	4, 0x90
_add:                                   ## @add
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
	addq	-16(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sub                            ## -- Begin function sub
	.p2align	4, 0x90
_sub:                                   ## @sub
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
	subq	-16(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_mul                            ## -- Begin function mul
	.p2align	4, 0x90
_mul:                                   ## @mul
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
	imulq	-16(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_maxl                           ## -- Begin function maxl
	.p2align	4, 0x90
_maxl:                                  ## @maxl
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
	cmpq	-16(%rbp), %rax
	jle	LBB3_2
## %bb.1:
	movq	-8(%rbp), %rax
	movq	%rax, -24(%rbp)                 ## 8-byte Spill
	jmp	LBB3_3
LBB3_2:
	movq	-16(%rbp), %rax
	movq	%rax, -24(%rbp)                 ## 8-byte Spill
LBB3_3:
	movq	-24(%rbp), %rax                 ## 8-byte Reload
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_gcdl                           ## -- Begin function gcdl
	.p2align	4, 0x90
_gcdl:                                  ## @gcdl
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$0, -16(%rbp)
	je	LBB4_3
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
	movq	-8(%rbp), %rax
	cqto
	idivq	-16(%rbp)
	movq	%rdx, -24(%rbp)
	movq	-16(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -16(%rbp)
	jmp	LBB4_1
LBB4_3:
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function twice
LCPI5_0:
	.quad	0x4000000000000000              ## double 2
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_twice
	.p2align	4, 0x90
_twice:                                 ## @twice
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movsd	%xmm0, -8(%rbp)
	movsd	LCPI5_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	mulsd	-8(%rbp), %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_square                         ## -- Begin function square
	.p2align	4, 0x90
_square:                                ## @square
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	mulsd	-8(%rbp), %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_negate                         ## -- Begin function negate
	.p2align	4, 0x90
_negate:                                ## @negate
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0                 ## xmm0 = mem[0],zero
	movq	%xmm0, %rax
	movabsq	$-9223372036854775808, %rcx     ## imm = 0x8000000000000000
	xorq	%rcx, %rax
	movq	%rax, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_choose                         ## -- Begin function choose
	.p2align	4, 0x90
_choose:                                ## @choose
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	$5, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rcx
	leaq	_ops(%rip), %rax
	movq	(%rax,%rcx,8), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_fold                           ## -- Begin function fold
	.p2align	4, 0x90
_fold:                                  ## @fold
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
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -40(%rbp)
	movl	$0, -44(%rbp)
LBB9_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-44(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jge	LBB9_4
## %bb.2:                               ##   in Loop: Header=BB9_1 Depth=1
	movq	-32(%rbp), %rax
	movq	-40(%rbp), %rdi
	movq	-8(%rbp), %rcx
	movslq	-44(%rbp), %rdx
	movq	(%rcx,%rdx,8), %rsi
	callq	*%rax
	movq	%rax, -40(%rbp)
## %bb.3:                               ##   in Loop: Header=BB9_1 Depth=1
	movl	-44(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -44(%rbp)
	jmp	LBB9_1
LBB9_4:
	movq	-40(%rbp), %rax
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_apply_n                        ## -- Begin function apply_n
	.p2align	4, 0x90
_apply_n:                               ## @apply_n
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movsd	%xmm0, -16(%rbp)
	movl	%esi, -20(%rbp)
	movl	$0, -24(%rbp)
LBB10_1:                                ## =>This Inner Loop Header: Depth=1
	movl	-24(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jge	LBB10_4
## %bb.2:                               ##   in Loop: Header=BB10_1 Depth=1
	movq	-8(%rbp), %rax
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	callq	*%rax
	movsd	%xmm0, -16(%rbp)
## %bb.3:                               ##   in Loop: Header=BB10_1 Depth=1
	movl	-24(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -24(%rbp)
	jmp	LBB10_1
LBB10_4:
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	addq	$32, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_for_each                       ## -- Begin function for_each
	.p2align	4, 0x90
_for_each:                              ## @for_each
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
	movq	%rdx, -24(%rbp)
	movq	%rcx, -32(%rbp)
	movl	$0, -36(%rbp)
LBB11_1:                                ## =>This Inner Loop Header: Depth=1
	movl	-36(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jge	LBB11_4
## %bb.2:                               ##   in Loop: Header=BB11_1 Depth=1
	movq	-24(%rbp), %rax
	movq	-8(%rbp), %rdi
	movslq	-36(%rbp), %rcx
	shlq	$2, %rcx
	addq	%rcx, %rdi
	movq	-32(%rbp), %rsi
	callq	*%rax
## %bb.3:                               ##   in Loop: Header=BB11_1 Depth=1
	movl	-36(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -36(%rbp)
	jmp	LBB11_1
LBB11_4:
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI12_0:
	.quad	0x3ff8000000000000              ## double 1.5
LCPI12_1:
	.quad	0x3ff0000000000000              ## double 1
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_main
	.p2align	4, 0x90
_main:                                  ## @main
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$336, %rsp                      ## imm = 0x150
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -228(%rbp)
	leaq	-64(%rbp), %rdi
	xorl	%esi, %esi
	movl	$48, %edx
	callq	_memset
	movq	$12, -64(%rbp)
	movq	$18, -56(%rbp)
	movq	$30, -48(%rbp)
	movq	$42, -40(%rbp)
	movq	$6, -32(%rbp)
	movq	$54, -24(%rbp)
	movl	$0, -232(%rbp)
LBB12_1:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -232(%rbp)
	jge	LBB12_4
## %bb.2:                               ##   in Loop: Header=BB12_1 Depth=1
	movslq	-232(%rbp), %rcx
	leaq	_op_names(%rip), %rax
	movq	(%rax,%rcx,8), %rax
	movq	%rax, -320(%rbp)                ## 8-byte Spill
	leaq	-64(%rbp), %rdi
	movl	-232(%rbp), %edx
	xorl	%eax, %eax
	movl	$1, %ecx
	cmpl	$2, %edx
	cmovel	%ecx, %eax
	movslq	%eax, %rdx
	movslq	-232(%rbp), %rcx
	leaq	_ops(%rip), %rax
	movq	(%rax,%rcx,8), %rcx
	movl	$6, %esi
	callq	_fold
	movq	%rax, -312(%rbp)                ## 8-byte Spill
	movl	_vsel(%rip), %eax
	movl	%eax, -300(%rbp)                ## 4-byte Spill
	movslq	-232(%rbp), %rcx
	leaq	_ops(%rip), %rax
	movq	(%rax,%rcx,8), %rax
	movl	_vsel(%rip), %ecx
	movslq	%ecx, %rdi
	movl	$7, %esi
	callq	*%rax
	movq	-320(%rbp), %rsi                ## 8-byte Reload
	movq	-312(%rbp), %rdx                ## 8-byte Reload
	movl	-300(%rbp), %ecx                ## 4-byte Reload
	movq	%rax, %r8
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB12_1 Depth=1
	movl	-232(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -232(%rbp)
	jmp	LBB12_1
LBB12_4:
	movl	_vsel(%rip), %edi
	callq	_choose
	movq	%rax, -240(%rbp)
	movl	_vsel(%rip), %eax
	movl	%eax, -324(%rbp)                ## 4-byte Spill
	movl	$100, %edi
	movl	$250, %esi
	callq	*-240(%rbp)
	movl	-324(%rbp), %esi                ## 4-byte Reload
	movq	%rax, %rdx
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	_maxl(%rip), %rax
	cmpq	%rax, -240(%rbp)
	sete	%al
	andb	$1, %al
	movzbl	%al, %esi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	l___const.main.chain(%rip), %rax
	movq	%rax, -96(%rbp)
	movq	l___const.main.chain+8(%rip), %rax
	movq	%rax, -88(%rbp)
	movq	l___const.main.chain+16(%rip), %rax
	movq	%rax, -80(%rbp)
	movq	l___const.main.chain+24(%rip), %rax
	movq	%rax, -72(%rbp)
	movl	_vsel(%rip), %eax
	cvtsi2sd	%eax, %xmm0
	movsd	%xmm0, -248(%rbp)
	movl	$0, -252(%rbp)
LBB12_5:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$4, -252(%rbp)
	jge	LBB12_8
## %bb.6:                               ##   in Loop: Header=BB12_5 Depth=1
	movslq	-252(%rbp), %rax
	movq	-96(%rbp,%rax,8), %rax
	movsd	-248(%rbp), %xmm0               ## xmm0 = mem[0],zero
	callq	*%rax
	movsd	%xmm0, -248(%rbp)
## %bb.7:                               ##   in Loop: Header=BB12_5 Depth=1
	movl	-252(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -252(%rbp)
	jmp	LBB12_5
LBB12_8:
	movsd	-248(%rbp), %xmm0               ## xmm0 = mem[0],zero
	leaq	L_.str.3(%rip), %rdi
	movb	$1, %al
	callq	_printf
	leaq	_twice(%rip), %rdi
	movsd	LCPI12_1(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	$10, %esi
	callq	_apply_n
	movsd	%xmm0, -336(%rbp)               ## 8-byte Spill
	leaq	_square(%rip), %rdi
	movsd	LCPI12_0(%rip), %xmm0           ## xmm0 = mem[0],zero
	movl	$3, %esi
	callq	_apply_n
	movaps	%xmm0, %xmm1
	movsd	-336(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	leaq	L_.str.4(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movq	l___const.main.arr(%rip), %rax
	movq	%rax, -128(%rbp)
	movq	l___const.main.arr+8(%rip), %rax
	movq	%rax, -120(%rbp)
	movq	l___const.main.arr+16(%rip), %rax
	movq	%rax, -112(%rbp)
	movq	l___const.main.arr+24(%rip), %rax
	movq	%rax, -104(%rbp)
	movl	_vsel(%rip), %eax
	movl	%eax, -256(%rbp)
	leaq	-128(%rbp), %rdi
	leaq	-256(%rbp), %rcx
	movl	$8, %esi
	leaq	_add_ctx(%rip), %rdx
	callq	_for_each
	movl	$0, -260(%rbp)
	leaq	-128(%rbp), %rdi
	leaq	-260(%rbp), %rcx
	movl	$8, %esi
	leaq	_count_even(%rip), %rdx
	callq	_for_each
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -264(%rbp)
LBB12_9:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$8, -264(%rbp)
	jge	LBB12_12
## %bb.10:                              ##   in Loop: Header=BB12_9 Depth=1
	movslq	-264(%rbp), %rax
	movl	-128(%rbp,%rax,4), %esi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.11:                              ##   in Loop: Header=BB12_9 Depth=1
	movl	-264(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -264(%rbp)
	jmp	LBB12_9
LBB12_12:
	movl	-260(%rbp), %esi
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-224(%rbp), %rdi
	leaq	l___const.main.shapes(%rip), %rsi
	movl	$96, %edx
	callq	_memcpy
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -272(%rbp)
	movl	$0, -276(%rbp)
LBB12_13:                               ## =>This Inner Loop Header: Depth=1
	cmpl	$3, -276(%rbp)
	jge	LBB12_16
## %bb.14:                              ##   in Loop: Header=BB12_13 Depth=1
	movslq	-276(%rbp), %rcx
	leaq	-224(%rbp), %rax
	shlq	$5, %rcx
	addq	%rcx, %rax
	movq	8(%rax), %rax
	movslq	-276(%rbp), %rcx
	leaq	-224(%rbp), %rdi
	shlq	$5, %rcx
	addq	%rcx, %rdi
	callq	*%rax
	movsd	%xmm0, -288(%rbp)
	movslq	-276(%rbp), %rcx
	leaq	-224(%rbp), %rax
	shlq	$5, %rcx
	addq	%rcx, %rax
	movq	(%rax), %rsi
	movsd	-288(%rbp), %xmm0               ## xmm0 = mem[0],zero
	leaq	L_.str.11(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movsd	-288(%rbp), %xmm0               ## xmm0 = mem[0],zero
	addsd	-272(%rbp), %xmm0
	movsd	%xmm0, -272(%rbp)
## %bb.15:                              ##   in Loop: Header=BB12_13 Depth=1
	movl	-276(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -276(%rbp)
	jmp	LBB12_13
LBB12_16:
	movsd	-272(%rbp), %xmm0               ## xmm0 = mem[0],zero
	leaq	L_.str.12(%rip), %rdi
	movb	$1, %al
	callq	_printf
	leaq	_choose(%rip), %rax
	movq	%rax, -296(%rbp)
	movq	-296(%rbp), %rax
	movl	_vsel(%rip), %edi
	addl	$1, %edi
	callq	*%rax
	movl	$84, %edi
	movl	$36, %esi
	callq	*%rax
	movq	%rax, %rsi
	leaq	L_.str.13(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB12_18
## %bb.17:
	xorl	%eax, %eax
	addq	$336, %rsp                      ## imm = 0x150
	popq	%rbp
	retq
LBB12_18:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function add_ctx
_add_ctx:                               ## @add_ctx
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-16(%rbp), %rax
	movl	(%rax), %ecx
	movq	-8(%rbp), %rax
	addl	(%rax), %ecx
	movl	%ecx, (%rax)
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function count_even
_count_even:                            ## @count_even
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
	movl	(%rax), %eax
	movl	$2, %ecx
	cltd
	idivl	%ecx
	cmpl	$0, %edx
	sete	%al
	andb	$1, %al
	movzbl	%al, %ecx
	movq	-16(%rbp), %rax
	addl	(%rax), %ecx
	movl	%ecx, (%rax)
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function rect_area
_rect_area:                             ## @rect_area
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movsd	16(%rax), %xmm0                 ## xmm0 = mem[0],zero
	movq	-8(%rbp), %rax
	mulsd	24(%rax), %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function tri_area
LCPI16_0:
	.quad	0x3fe0000000000000              ## double 0.5
	.section	__TEXT,__text,regular,pure_instructions
	.p2align	4, 0x90
_tri_area:                              ## @tri_area
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movsd	LCPI16_0(%rip), %xmm0           ## xmm0 = mem[0],zero
	mulsd	16(%rax), %xmm0
	movq	-8(%rbp), %rax
	mulsd	24(%rax), %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function circle_area
LCPI17_0:
	.quad	0x400a000000000000              ## double 3.25
	.section	__TEXT,__text,regular,pure_instructions
	.p2align	4, 0x90
_circle_area:                           ## @circle_area
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movsd	LCPI17_0(%rip), %xmm0           ## xmm0 = mem[0],zero
	mulsd	16(%rax), %xmm0
	movq	-8(%rbp), %rax
	mulsd	16(%rax), %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vsel                           ## @vsel
	.p2align	2
_vsel:
	.long	3                               ## 0x3

	.section	__DATA,__const
	.p2align	4                               ## @ops
_ops:
	.quad	_add
	.quad	_sub
	.quad	_mul
	.quad	_maxl
	.quad	_gcdl

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%s fold = %ld, direct(%d,7) = %ld\n"

	.section	__DATA,__const
	.p2align	4                               ## @op_names
_op_names:
	.quad	L_.str.14
	.quad	L_.str.15
	.quad	L_.str.16
	.quad	L_.str.17
	.quad	L_.str.18

	.section	__TEXT,__cstring,cstring_literals
L_.str.1:                               ## @.str.1
	.asciz	"chosen(%d) = %ld\n"

L_.str.2:                               ## @.str.2
	.asciz	"same pointer: %d\n"

	.section	__DATA,__const
	.p2align	4                               ## @__const.main.chain
l___const.main.chain:
	.quad	_twice
	.quad	_square
	.quad	_negate
	.quad	_twice

	.section	__TEXT,__cstring,cstring_literals
L_.str.3:                               ## @.str.3
	.asciz	"chain = %.2f\n"

L_.str.4:                               ## @.str.4
	.asciz	"apply_n(twice, 1, 10) = %.1f, apply_n(square, 1.5, 3) = %.4f\n"

	.section	__TEXT,__const
	.p2align	4                               ## @__const.main.arr
l___const.main.arr:
	.long	1                               ## 0x1
	.long	2                               ## 0x2
	.long	3                               ## 0x3
	.long	4                               ## 0x4
	.long	5                               ## 0x5
	.long	6                               ## 0x6
	.long	7                               ## 0x7
	.long	8                               ## 0x8

	.section	__TEXT,__cstring,cstring_literals
L_.str.5:                               ## @.str.5
	.asciz	"arr:"

L_.str.6:                               ## @.str.6
	.asciz	" %d"

L_.str.7:                               ## @.str.7
	.asciz	" evens=%d\n"

L_.str.8:                               ## @.str.8
	.asciz	"rect"

L_.str.9:                               ## @.str.9
	.asciz	"tri"

L_.str.10:                              ## @.str.10
	.asciz	"circle"

	.section	__DATA,__const
	.p2align	4                               ## @__const.main.shapes
l___const.main.shapes:
	.quad	L_.str.8
	.quad	_rect_area
	.quad	0x4008000000000000              ## double 3
	.quad	0x4010000000000000              ## double 4
	.quad	L_.str.9
	.quad	_tri_area
	.quad	0x4018000000000000              ## double 6
	.quad	0x4014000000000000              ## double 5
	.quad	L_.str.10
	.quad	_circle_area
	.quad	0x4000000000000000              ## double 2
	.quad	0x0000000000000000              ## double 0

	.section	__TEXT,__cstring,cstring_literals
L_.str.11:                              ## @.str.11
	.asciz	"%s area %.3f\n"

L_.str.12:                              ## @.str.12
	.asciz	"total area %.3f\n"

L_.str.13:                              ## @.str.13
	.asciz	"via getter: %ld\n"

L_.str.14:                              ## @.str.14
	.asciz	"add"

L_.str.15:                              ## @.str.15
	.asciz	"sub"

L_.str.16:                              ## @.str.16
	.asciz	"mul"

L_.str.17:                              ## @.str.17
	.asciz	"max"

L_.str.18:                              ## @.str.18
	.asciz	"gcd"

.subsections_via_symbols
