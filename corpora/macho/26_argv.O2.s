	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_process                        ## -- Begin function process
	.p2align	4, 0x90
_process:                               ## @process
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
	subq	$40, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rsi, -64(%rbp)                 ## 8-byte Spill
	testl	%edi, %edi
	movl	%edi, -44(%rbp)                 ## 4-byte Spill
	jle	LBB0_1
## %bb.3:
	movl	%edi, %eax
	movq	%rax, -56(%rbp)                 ## 8-byte Spill
	xorl	%r14d, %r14d
	xorl	%ebx, %ebx
	movl	$1, %r13d
	xorl	%r8d, %r8d
	jmp	LBB0_4
	.p2align	4, 0x90
LBB0_8:                                 ##   in Loop: Header=BB0_4 Depth=1
	addq	%rax, %rbx
	testl	%eax, %eax
	movl	$1, %eax
	cmoveq	%rax, %rcx
	cmpl	$199999, %r12d                  ## imm = 0x30D3F
	cmovaeq	%rax, %rcx
	imulq	%r13, %rcx
	cmpl	%r15d, %r8d
	cmovll	%r15d, %r8d
	addq	$1, %r14
	movq	%rcx, %r13
	cmpq	%r14, -56(%rbp)                 ## 8-byte Folded Reload
	je	LBB0_2
LBB0_4:                                 ## =>This Inner Loop Header: Depth=1
	movq	%r8, -72(%rbp)                  ## 8-byte Spill
	movq	-64(%rbp), %rax                 ## 8-byte Reload
	movq	(%rax,%r14,8), %r15
	movq	%r15, %rdi
	callq	_atoi
	movl	%eax, %r12d
	movq	%r15, %rdi
	callq	_strlen
	leaq	L_.str(%rip), %rdi
	movl	%r14d, %esi
	movq	%r15, %rdx
	movq	%rax, %r15
	movl	%r15d, %ecx
	movl	%r12d, %r8d
	xorl	%eax, %eax
	callq	_printf
	movslq	%r12d, %rax
	movq	%rax, %rcx
	cmpq	$-999999999, %r13               ## imm = 0xC4653601
	jge	LBB0_6
## %bb.5:                               ##   in Loop: Header=BB0_4 Depth=1
	movl	$1, %ecx
LBB0_6:                                 ##   in Loop: Header=BB0_4 Depth=1
	addl	$99999, %r12d                   ## imm = 0x1869F
	cmpq	$1000000000, %r13               ## imm = 0x3B9ACA00
	movq	-72(%rbp), %r8                  ## 8-byte Reload
	jl	LBB0_8
## %bb.7:                               ##   in Loop: Header=BB0_4 Depth=1
	movl	$1, %ecx
	jmp	LBB0_8
LBB0_1:
	movl	$1, %ecx
	xorl	%r8d, %r8d
	xorl	%ebx, %ebx
LBB0_2:
	leaq	L_.str.1(%rip), %rdi
	movl	-44(%rbp), %esi                 ## 4-byte Reload
	movq	%rbx, %rdx
                                        ## kill: def $r8d killed $r8d killed $r8
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, %rax
	addq	$40, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
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
	subq	$280, %rsp                      ## imm = 0x118
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rsi, %r13
	movl	%edi, %ebx
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	xorl	%edx, %edx
	cmpq	$0, (%rsi)
	setne	%dl
	movslq	%edi, %r14
	xorl	%ecx, %ecx
	cmpq	$0, (%rsi,%r14,8)
	sete	%cl
	leaq	L_.str.2(%rip), %rdi
	movl	%r14d, %esi
	xorl	%eax, %eax
	callq	_printf
	cmpl	$2, %r14d
	jl	LBB1_2
## %bb.1:
	leal	-1(%rbx), %r12d
	leaq	8(%r13), %rsi
	movl	%r12d, %edi
	jmp	LBB1_3
LBB1_2:
	leaq	L_str(%rip), %rdi
	callq	_puts
	leaq	_default_args(%rip), %rsi
	movl	$5, %r12d
	movl	$5, %edi
LBB1_3:
	callq	_process
	movq	%rax, -312(%rbp)                ## 8-byte Spill
	leaq	8(%r13), %rax
	cmpl	$2, %ebx
	xorps	%xmm0, %xmm0
	movaps	%xmm0, -64(%rbp)
	movaps	%xmm0, -80(%rbp)
	movaps	%xmm0, -96(%rbp)
	movaps	%xmm0, -112(%rbp)
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm0, -144(%rbp)
	movaps	%xmm0, -160(%rbp)
	movaps	%xmm0, -176(%rbp)
	movaps	%xmm0, -192(%rbp)
	movaps	%xmm0, -208(%rbp)
	movaps	%xmm0, -224(%rbp)
	movaps	%xmm0, -240(%rbp)
	movaps	%xmm0, -256(%rbp)
	movaps	%xmm0, -272(%rbp)
	movaps	%xmm0, -288(%rbp)
	movaps	%xmm0, -304(%rbp)
	movl	%r12d, %r14d
	leaq	_default_args(%rip), %rcx
	cmovgeq	%rax, %rcx
	movq	(%rcx), %r12
	leaq	-304(%rbp), %rdi
	callq	_strlen
	movq	%rax, %r15
	movq	%r12, %rdi
	callq	_strlen
	addq	%r15, %rax
	addq	$2, %rax
	cmpq	$255, %rax
	ja	LBB1_5
## %bb.4:
	leaq	-304(%rbp), %rdi
	movq	%r12, %rsi
	callq	_strcat
LBB1_5:
	cmpl	$1, %r14d
	jne	LBB1_6
LBB1_10:
	leaq	L_.str.5(%rip), %rdi
	leaq	-304(%rbp), %rsi
	xorl	%eax, %eax
	callq	_printf
	movabsq	$-6640827866535438581, %rcx     ## imm = 0xA3D70A3D70A3D70B
	movq	-312(%rbp), %rsi                ## 8-byte Reload
	movq	%rsi, %rax
	imulq	%rcx
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB1_12
## %bb.11:
	addq	%rsi, %rdx
	movq	%rdx, %rax
	shrq	$63, %rax
	shrl	$5, %edx
	addl	%eax, %edx
	imull	$50, %edx, %eax
	subl	%eax, %esi
	addb	$50, %sil
	movzbl	%sil, %eax
	leal	(%rax,%rax,4), %ecx
	leal	(%rax,%rcx,8), %ecx
	shrl	$11, %ecx
	imull	$50, %ecx, %ecx
	subb	%cl, %al
	movzbl	%al, %eax
	addq	$280, %rsp                      ## imm = 0x118
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB1_6:
	addq	$-1, %r14
	addq	$16, %r13
	leaq	_default_args+8(%rip), %r12
	movq	%rbx, -320(%rbp)                ## 8-byte Spill
	jmp	LBB1_7
	.p2align	4, 0x90
LBB1_9:                                 ##   in Loop: Header=BB1_7 Depth=1
	addq	$8, %r12
	addq	$8, %r13
	addq	$-1, %r14
	movq	-320(%rbp), %rbx                ## 8-byte Reload
	je	LBB1_10
LBB1_7:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$2, %ebx
	movq	%r12, %rax
	cmovgeq	%r13, %rax
	movq	(%rax), %rbx
	leaq	-304(%rbp), %rdi
	callq	_strlen
	movq	%rax, %r15
	movq	%rbx, %rdi
	callq	_strlen
	addq	%r15, %rax
	addq	$2, %rax
	cmpq	$255, %rax
	ja	LBB1_9
## %bb.8:                               ##   in Loop: Header=BB1_7 Depth=1
	leaq	-304(%rbp), %r15
	movq	%r15, %rdi
	callq	_strlen
	movw	$43, -304(%rbp,%rax)
	movq	%r15, %rdi
	movq	%rbx, %rsi
	callq	_strcat
	jmp	LBB1_9
LBB1_12:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"arg %d: \"%s\" len=%d atoi=%d\n"

L_.str.1:                               ## @.str.1
	.asciz	"count=%d sum=%ld product=%ld longest=%d\n"

L_.str.2:                               ## @.str.2
	.asciz	"argc=%d argv0 present=%d argv[argc] null=%d\n"

	.section	__DATA,__const
	.p2align	4                               ## @default_args
_default_args:
	.quad	L_.str.6
	.quad	L_.str.7
	.quad	L_.str.8
	.quad	L_.str.9
	.quad	L_.str.10

	.section	__TEXT,__cstring,cstring_literals
L_.str.5:                               ## @.str.5
	.asciz	"joined: %s\n"

L_.str.6:                               ## @.str.6
	.asciz	"12"

L_.str.7:                               ## @.str.7
	.asciz	"-7"

L_.str.8:                               ## @.str.8
	.asciz	"30"

L_.str.9:                               ## @.str.9
	.asciz	"abc"

L_.str.10:                              ## @.str.10
	.asciz	"5x"

L_str:                                  ## @str
	.asciz	"no arguments, using defaults"

.subsections_via_symbols
