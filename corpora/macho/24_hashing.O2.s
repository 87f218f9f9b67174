	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_fnv1a32                        ## -- Begin function fnv1a32
	.p2align	4, 0x90
_fnv1a32:                               ## @fnv1a32
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movb	(%rdi), %cl
	testb	%cl, %cl
	je	LBB0_1
## %bb.2:
	addq	$1, %rdi
	movl	$-2128831035, %eax              ## imm = 0x811C9DC5
	.p2align	4, 0x90
LBB0_3:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	%cl, %ecx
	xorl	%eax, %ecx
	imull	$16777619, %ecx, %eax           ## imm = 0x1000193
	movzbl	(%rdi), %ecx
	addq	$1, %rdi
	testb	%cl, %cl
	jne	LBB0_3
## %bb.4:
	popq	%rbp
	retq
LBB0_1:
	movl	$-2128831035, %eax              ## imm = 0x811C9DC5
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_fnv1a64                        ## -- Begin function fnv1a64
	.p2align	4, 0x90
_fnv1a64:                               ## @fnv1a64
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movabsq	$-3750763034362895579, %rsi     ## imm = 0xCBF29CE484222325
	movb	(%rdi), %dl
	testb	%dl, %dl
	je	LBB1_1
## %bb.2:
	addq	$1, %rdi
	movabsq	$1099511628211, %rcx            ## imm = 0x100000001B3
	.p2align	4, 0x90
LBB1_3:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	%dl, %eax
	xorq	%rsi, %rax
	imulq	%rcx, %rax
	movzbl	(%rdi), %edx
	addq	$1, %rdi
	movq	%rax, %rsi
	testb	%dl, %dl
	jne	LBB1_3
## %bb.4:
	popq	%rbp
	retq
LBB1_1:
	movq	%rsi, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_djb2                           ## -- Begin function djb2
	.p2align	4, 0x90
_djb2:                                  ## @djb2
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movb	(%rdi), %cl
	testb	%cl, %cl
	je	LBB2_1
## %bb.2:
	addq	$1, %rdi
	movl	$5381, %eax                     ## imm = 0x1505
	.p2align	4, 0x90
LBB2_3:                                 ## =>This Inner Loop Header: Depth=1
	movq	%rax, %rdx
	shlq	$5, %rdx
	addq	%rax, %rdx
	movzbl	%cl, %eax
	addq	%rdx, %rax
	movzbl	(%rdi), %ecx
	addq	$1, %rdi
	testb	%cl, %cl
	jne	LBB2_3
## %bb.4:
	popq	%rbp
	retq
LBB2_1:
	movl	$5381, %eax                     ## imm = 0x1505
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_djb2_32                        ## -- Begin function djb2_32
	.p2align	4, 0x90
_djb2_32:                               ## @djb2_32
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movb	(%rdi), %cl
	testb	%cl, %cl
	je	LBB3_1
## %bb.2:
	addq	$1, %rdi
	movl	$5381, %eax                     ## imm = 0x1505
	.p2align	4, 0x90
LBB3_3:                                 ## =>This Inner Loop Header: Depth=1
	movl	%eax, %edx
	shll	$5, %edx
	addl	%eax, %edx
	movzbl	%cl, %eax
	xorl	%edx, %eax
	movzbl	(%rdi), %ecx
	addq	$1, %rdi
	testb	%cl, %cl
	jne	LBB3_3
## %bb.4:
	popq	%rbp
	retq
LBB3_1:
	movl	$5381, %eax                     ## imm = 0x1505
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_fmix64                         ## -- Begin function fmix64
	.p2align	4, 0x90
_fmix64:                                ## @fmix64
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, %rax
	shrq	$33, %rax
	xorq	%rdi, %rax
	movabsq	$-49064778989728563, %rcx       ## imm = 0xFF51AFD7ED558CCD
	imulq	%rax, %rcx
	movq	%rcx, %rax
	shrq	$33, %rax
	xorq	%rcx, %rax
	movabsq	$-4265267296055464877, %rcx     ## imm = 0xC4CEB9FE1A85EC53
	imulq	%rax, %rcx
	movq	%rcx, %rax
	shrq	$33, %rax
	xorq	%rcx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_crc32                          ## -- Begin function crc32
	.p2align	4, 0x90
_crc32:                                 ## @crc32
	.cfi_startproc
## %bb.0:
	testq	%rsi, %rsi
	je	LBB5_1
## %bb.4:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	$-1, %eax
	xorl	%ecx, %ecx
	.p2align	4, 0x90
LBB5_5:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	(%rdi,%rcx), %edx
	xorl	%eax, %edx
	movl	%edx, %eax
	shrl	%eax
	andl	$1, %edx
	negl	%edx
	andl	$-306674912, %edx               ## imm = 0xEDB88320
	xorl	%eax, %edx
	shrl	%edx
	andl	$1, %eax
	negl	%eax
	andl	$-306674912, %eax               ## imm = 0xEDB88320
	xorl	%edx, %eax
	shrl	%eax
	andl	$1, %edx
	negl	%edx
	andl	$-306674912, %edx               ## imm = 0xEDB88320
	xorl	%eax, %edx
	shrl	%edx
	andl	$1, %eax
	negl	%eax
	andl	$-306674912, %eax               ## imm = 0xEDB88320
	xorl	%edx, %eax
	shrl	%eax
	andl	$1, %edx
	negl	%edx
	andl	$-306674912, %edx               ## imm = 0xEDB88320
	xorl	%eax, %edx
	shrl	%edx
	andl	$1, %eax
	negl	%eax
	andl	$-306674912, %eax               ## imm = 0xEDB88320
	xorl	%edx, %eax
	shrl	%eax
	andl	$1, %edx
	negl	%edx
	andl	$-306674912, %edx               ## imm = 0xEDB88320
	xorl	%eax, %edx
	shrl	%edx
	andl	$1, %eax
	negl	%eax
	andl	$-306674912, %eax               ## imm = 0xEDB88320
	xorl	%edx, %eax
	addq	$1, %rcx
	cmpq	%rcx, %rsi
	jne	LBB5_5
## %bb.2:
	notl	%eax
	popq	%rbp
	retq
LBB5_1:
	xorl	%eax, %eax
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_insert                         ## -- Begin function insert
	.p2align	4, 0x90
_insert:                                ## @insert
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
	movq	%rdi, %r14
	callq	_fnv1a32
	movl	%eax, %ebx
	andl	$63, %ebx
	leaq	_table(%rip), %r12
	leaq	(%r12,%rbx,8), %r13
	movq	(%r12,%rbx,8), %rdi
	xorl	%r15d, %r15d
	testq	%rdi, %rdi
	je	LBB6_5
## %bb.1:
	movq	%r14, %rsi
	callq	_strcmp
	testl	%eax, %eax
	je	LBB6_5
## %bb.2:
	movl	$1, %ecx
	.p2align	4, 0x90
LBB6_4:                                 ## =>This Inner Loop Header: Depth=1
	movl	%ecx, %r15d
	addl	$1, %ebx
	andl	$63, %ebx
	leaq	(%r12,%rbx,8), %r13
	movq	(%r12,%rbx,8), %rdi
	testq	%rdi, %rdi
	je	LBB6_5
## %bb.3:                               ##   in Loop: Header=BB6_4 Depth=1
	movq	%r14, %rsi
	callq	_strcmp
	leal	1(%r15), %ecx
	testl	%eax, %eax
	jne	LBB6_4
LBB6_5:
	movq	%r14, (%r13)
	movl	%r15d, %eax
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
	subq	$152, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	leaq	l___const.main.words(%rip), %r13
	xorl	%r15d, %r15d
	.p2align	4, 0x90
LBB7_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	(%r13), %rbx
	movq	%rbx, %rdi
	callq	_strlen
	movq	%rax, -112(%rbp)                ## 8-byte Spill
	movq	%rbx, %rdi
	callq	_fnv1a32
	movl	%eax, -100(%rbp)                ## 4-byte Spill
	movq	%rbx, %rdi
	callq	_fnv1a64
	movq	%rax, %r14
	movq	%rbx, %rdi
	callq	_djb2
	movq	%rax, %r12
	movq	%rbx, %rdi
	callq	_djb2_32
	movl	%eax, (%rsp)
	leaq	L_.str.10(%rip), %rdi
	movq	%r15, %rsi
	movq	-112(%rbp), %rdx                ## 8-byte Reload
	movl	-100(%rbp), %ecx                ## 4-byte Reload
	movq	%r14, %r8
	movq	%r12, %r9
	xorl	%eax, %eax
	callq	_printf
	addq	$1, %r15
	addq	$8, %r13
	cmpq	$10, %r15
	jne	LBB7_1
## %bb.2:
	leaq	L_.str.12(%rip), %rdi
	movl	$9, %esi
	callq	_crc32
	leaq	L_.str.11(%rip), %rdi
	xorl	%r15d, %r15d
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.4(%rip), %rdi
	movl	$43, %esi
	callq	_crc32
	leaq	L_.str.13(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_vmix(%rip), %edi
	callq	_fmix64
	movq	%rax, %rbx
	leaq	L_.str.14(%rip), %r14
	movq	%r14, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	addq	$1, %rbx
	movq	%rbx, %rdi
	callq	_fmix64
	movq	%rax, %rbx
	movq	%r14, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	addq	$2, %rbx
	movq	%rbx, %rdi
	callq	_fmix64
	movq	%rax, %rbx
	movq	%r14, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	addq	$3, %rbx
	movq	%rbx, %rdi
	callq	_fmix64
	movq	%rax, %rbx
	movq	%r14, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	addq	$4, %rbx
	movq	%rbx, %rdi
	callq	_fmix64
	movq	%r14, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.15(%rip), %rdi
	callq	_insert
	movl	%eax, -112(%rbp)                ## 4-byte Spill
	leaq	L_.str.16(%rip), %rdi
	callq	_insert
	movl	%eax, -100(%rbp)                ## 4-byte Spill
	leaq	L_.str.17(%rip), %rdi
	callq	_insert
	movl	%eax, -184(%rbp)                ## 4-byte Spill
	leaq	L_.str.18(%rip), %rdi
	callq	_insert
	movl	%eax, -180(%rbp)                ## 4-byte Spill
	leaq	L_.str.19(%rip), %rdi
	callq	_insert
	movl	%eax, -176(%rbp)                ## 4-byte Spill
	leaq	L_.str.20(%rip), %rdi
	callq	_insert
	movl	%eax, -172(%rbp)                ## 4-byte Spill
	leaq	L_.str.21(%rip), %rdi
	callq	_insert
	movl	%eax, -168(%rbp)                ## 4-byte Spill
	leaq	L_.str.22(%rip), %rdi
	callq	_insert
	movl	%eax, -164(%rbp)                ## 4-byte Spill
	leaq	L_.str.23(%rip), %rdi
	callq	_insert
	movl	%eax, -160(%rbp)                ## 4-byte Spill
	leaq	L_.str.24(%rip), %rdi
	callq	_insert
	movl	%eax, -156(%rbp)                ## 4-byte Spill
	leaq	L_.str.25(%rip), %rdi
	callq	_insert
	movl	%eax, -152(%rbp)                ## 4-byte Spill
	leaq	L_.str.26(%rip), %rdi
	callq	_insert
	movl	%eax, -148(%rbp)                ## 4-byte Spill
	leaq	L_.str.27(%rip), %rdi
	callq	_insert
	movl	%eax, -144(%rbp)                ## 4-byte Spill
	leaq	L_.str.28(%rip), %rdi
	callq	_insert
	movl	%eax, -140(%rbp)                ## 4-byte Spill
	leaq	L_.str.29(%rip), %rdi
	callq	_insert
	movl	%eax, -136(%rbp)                ## 4-byte Spill
	leaq	L_.str.30(%rip), %rdi
	callq	_insert
	movl	%eax, -132(%rbp)                ## 4-byte Spill
	leaq	L_.str.31(%rip), %rdi
	callq	_insert
	movl	%eax, -128(%rbp)                ## 4-byte Spill
	leaq	L_.str.32(%rip), %rdi
	callq	_insert
	movl	%eax, -124(%rbp)                ## 4-byte Spill
	leaq	L_.str.33(%rip), %rdi
	callq	_insert
	movl	%eax, -120(%rbp)                ## 4-byte Spill
	leaq	L_.str.34(%rip), %rdi
	callq	_insert
	movl	%eax, -116(%rbp)                ## 4-byte Spill
	leaq	L_.str.35(%rip), %rdi
	callq	_insert
	movl	%eax, %r14d
	leaq	L_.str.36(%rip), %rdi
	callq	_insert
	movl	%eax, %ebx
	leaq	L_.str.37(%rip), %rdi
	callq	_insert
	movl	%eax, %r12d
	leaq	L_.str.38(%rip), %rdi
	callq	_insert
	movl	%eax, %r13d
	leaq	L_.str.15(%rip), %rdi
	callq	_insert
	leaq	_table(%rip), %rcx
	xorl	%esi, %esi
	.p2align	4, 0x90
LBB7_3:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$1, (%rcx,%r15,8)
	sbbl	$-1, %esi
	cmpq	$1, 8(%rcx,%r15,8)
	sbbl	$-1, %esi
	cmpq	$1, 16(%rcx,%r15,8)
	sbbl	$-1, %esi
	cmpq	$1, 24(%rcx,%r15,8)
	sbbl	$-1, %esi
	addq	$4, %r15
	cmpq	$64, %r15
	jne	LBB7_3
## %bb.4:
	movl	-100(%rbp), %ecx                ## 4-byte Reload
	addl	-112(%rbp), %ecx                ## 4-byte Folded Reload
	movl	-184(%rbp), %edx                ## 4-byte Reload
	addl	%ecx, %edx
	movl	-180(%rbp), %ecx                ## 4-byte Reload
	addl	%edx, %ecx
	movl	-176(%rbp), %edx                ## 4-byte Reload
	addl	%ecx, %edx
	movl	-172(%rbp), %ecx                ## 4-byte Reload
	addl	%edx, %ecx
	movl	-168(%rbp), %edx                ## 4-byte Reload
	addl	%ecx, %edx
	movl	-164(%rbp), %ecx                ## 4-byte Reload
	addl	%edx, %ecx
	movl	-160(%rbp), %edx                ## 4-byte Reload
	addl	%ecx, %edx
	movl	-156(%rbp), %ecx                ## 4-byte Reload
	addl	%edx, %ecx
	movl	-152(%rbp), %edx                ## 4-byte Reload
	addl	%ecx, %edx
	movl	-148(%rbp), %ecx                ## 4-byte Reload
	addl	%edx, %ecx
	movl	-144(%rbp), %edx                ## 4-byte Reload
	addl	%ecx, %edx
	movl	-140(%rbp), %ecx                ## 4-byte Reload
	addl	%edx, %ecx
	movl	-136(%rbp), %edx                ## 4-byte Reload
	addl	%ecx, %edx
	movl	-132(%rbp), %ecx                ## 4-byte Reload
	addl	%edx, %ecx
	movl	-128(%rbp), %edx                ## 4-byte Reload
	addl	%ecx, %edx
	movl	-124(%rbp), %ecx                ## 4-byte Reload
	addl	%edx, %ecx
	movl	-120(%rbp), %edx                ## 4-byte Reload
	addl	%ecx, %edx
	movl	-116(%rbp), %ecx                ## 4-byte Reload
	addl	%edx, %ecx
	addl	%ecx, %r14d
	addl	%r14d, %ebx
	addl	%ebx, %r12d
	addl	%r12d, %r13d
	addl	%r13d, %eax
	leaq	L_.str.39(%rip), %rdi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	xorps	%xmm0, %xmm0
	movaps	%xmm0, -64(%rbp)
	movaps	%xmm0, -80(%rbp)
	leaq	L_.str.40(%rip), %r14
	leaq	-96(%rbp), %r15
	xorl	%ebx, %ebx
	.p2align	4, 0x90
LBB7_5:                                 ## =>This Inner Loop Header: Depth=1
	movl	$16, %esi
	movq	%r15, %rdi
	movq	%r14, %rdx
	movl	%ebx, %ecx
	xorl	%eax, %eax
	callq	_snprintf
	movq	%r15, %rdi
	callq	_fnv1a32
                                        ## kill: def $eax killed $eax def $rax
	shrl	$29, %eax
	addl	$1, -80(%rbp,%rax,4)
	addl	$1, %ebx
	cmpl	$4000, %ebx                     ## imm = 0xFA0
	jne	LBB7_5
## %bb.6:
	movl	-80(%rbp), %esi
	leaq	L_.str.41(%rip), %rbx
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
	movl	-56(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	-52(%rbp), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB7_8
## %bb.7:
	xorl	%eax, %eax
	addq	$152, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB7_8:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vmix                           ## @vmix
	.p2align	2
_vmix:
	.long	2654435769                      ## 0x9e3779b9

.zerofill __DATA,__bss,_table,512,4     ## @table
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.space	1

L_.str.1:                               ## @.str.1
	.asciz	"a"

L_.str.2:                               ## @.str.2
	.asciz	"foobar"

L_.str.3:                               ## @.str.3
	.asciz	"hello world"

L_.str.4:                               ## @.str.4
	.asciz	"The quick brown fox jumps over the lazy dog"

L_.str.5:                               ## @.str.5
	.asciz	"translator"

L_.str.6:                               ## @.str.6
	.asciz	"x86-64"

L_.str.7:                               ## @.str.7
	.asciz	"riscv64"

L_.str.8:                               ## @.str.8
	.asciz	"aarch64"

L_.str.9:                               ## @.str.9
	.asciz	"\377\376\200 high bytes"

	.section	__DATA,__const
	.p2align	4                               ## @__const.main.words
l___const.main.words:
	.quad	L_.str
	.quad	L_.str.1
	.quad	L_.str.2
	.quad	L_.str.3
	.quad	L_.str.4
	.quad	L_.str.5
	.quad	L_.str.6
	.quad	L_.str.7
	.quad	L_.str.8
	.quad	L_.str.9

	.section	__TEXT,__cstring,cstring_literals
L_.str.10:                              ## @.str.10
	.asciz	"word%-2zu len=%-3zu fnv32=%08x fnv64=%016llx djb2=%016lx djb2x=%08x\n"

L_.str.11:                              ## @.str.11
	.asciz	"crc32(\"123456789\") = %08x\n"

L_.str.12:                              ## @.str.12
	.asciz	"123456789"

L_.str.13:                              ## @.str.13
	.asciz	"crc32(fox) = %08x\n"

L_.str.14:                              ## @.str.14
	.asciz	"fmix64 -> %016llx\n"

L_.str.15:                              ## @.str.15
	.asciz	"alpha"

L_.str.16:                              ## @.str.16
	.asciz	"beta"

L_.str.17:                              ## @.str.17
	.asciz	"gamma"

L_.str.18:                              ## @.str.18
	.asciz	"delta"

L_.str.19:                              ## @.str.19
	.asciz	"epsilon"

L_.str.20:                              ## @.str.20
	.asciz	"zeta"

L_.str.21:                              ## @.str.21
	.asciz	"eta"

L_.str.22:                              ## @.str.22
	.asciz	"theta"

L_.str.23:                              ## @.str.23
	.asciz	"iota"

L_.str.24:                              ## @.str.24
	.asciz	"kappa"

L_.str.25:                              ## @.str.25
	.asciz	"lambda"

L_.str.26:                              ## @.str.26
	.asciz	"mu"

L_.str.27:                              ## @.str.27
	.asciz	"nu"

L_.str.28:                              ## @.str.28
	.asciz	"xi"

L_.str.29:                              ## @.str.29
	.asciz	"omicron"

L_.str.30:                              ## @.str.30
	.asciz	"pi"

L_.str.31:                              ## @.str.31
	.asciz	"rho"

L_.str.32:                              ## @.str.32
	.asciz	"sigma"

L_.str.33:                              ## @.str.33
	.asciz	"tau"

L_.str.34:                              ## @.str.34
	.asciz	"upsilon"

L_.str.35:                              ## @.str.35
	.asciz	"phi"

L_.str.36:                              ## @.str.36
	.asciz	"chi"

L_.str.37:                              ## @.str.37
	.asciz	"psi"

L_.str.38:                              ## @.str.38
	.asciz	"omega"

L_.str.39:                              ## @.str.39
	.asciz	"table used=%d probes=%d\n"

L_.str.40:                              ## @.str.40
	.asciz	"key%d"

L_.str.41:                              ## @.str.41
	.asciz	"%u "

.subsections_via_symbols
