	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_sum_a                          ## -- Begin function sum_a
	.p2align	4, 0x90
_sum_a:                                 ## @sum_a
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pxor	%xmm0, %xmm0
	xorl	%eax, %eax
	leaq	_a(%rip), %rcx
	pxor	%xmm1, %xmm1
	.p2align	4, 0x90
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	paddd	(%rcx,%rax,4), %xmm0
	paddd	16(%rcx,%rax,4), %xmm1
	paddd	32(%rcx,%rax,4), %xmm0
	paddd	48(%rcx,%rax,4), %xmm1
	paddd	64(%rcx,%rax,4), %xmm0
	paddd	80(%rcx,%rax,4), %xmm1
	paddd	96(%rcx,%rax,4), %xmm0
	paddd	112(%rcx,%rax,4), %xmm1
	addq	$32, %rax
	cmpq	$1024, %rax                     ## imm = 0x400
	jne	LBB0_1
## %bb.2:
	paddd	%xmm0, %xmm1
	pshufd	$238, %xmm1, %xmm0              ## xmm0 = xmm1[2,3,2,3]
	paddd	%xmm1, %xmm0
	pshufd	$85, %xmm0, %xmm1               ## xmm1 = xmm0[1,1,1,1]
	paddd	%xmm0, %xmm1
	movd	%xmm1, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sum16                          ## -- Begin function sum16
	.p2align	4, 0x90
_sum16:                                 ## @sum16
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movdqu	(%rdi), %xmm0
	movdqu	16(%rdi), %xmm1
	movdqu	32(%rdi), %xmm2
	paddd	%xmm0, %xmm2
	movdqu	48(%rdi), %xmm0
	paddd	%xmm1, %xmm0
	paddd	%xmm2, %xmm0
	pshufd	$238, %xmm0, %xmm1              ## xmm1 = xmm0[2,3,2,3]
	paddd	%xmm0, %xmm1
	pshufd	$85, %xmm1, %xmm0               ## xmm0 = xmm1[1,1,1,1]
	paddd	%xmm1, %xmm0
	movd	%xmm0, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sum_n                          ## -- Begin function sum_n
	.p2align	4, 0x90
_sum_n:                                 ## @sum_n
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	testl	%esi, %esi
	jle	LBB2_1
## %bb.2:
	movl	%esi, %ecx
	cmpl	$4, %esi
	jae	LBB2_4
## %bb.3:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	LBB2_11
LBB2_1:
	xorl	%eax, %eax
	popq	%rbp
	retq
LBB2_4:
	movl	%ecx, %edx
	andl	$-4, %edx
	leaq	-4(%rdx), %rax
	movq	%rax, %r8
	shrq	$2, %r8
	addq	$1, %r8
	testq	%rax, %rax
	je	LBB2_5
## %bb.6:
	movq	%r8, %rax
	andq	$-2, %rax
	pxor	%xmm0, %xmm0
	xorl	%esi, %esi
	pxor	%xmm1, %xmm1
	.p2align	4, 0x90
LBB2_7:                                 ## =>This Inner Loop Header: Depth=1
	pmovsxdq	(%rdi,%rsi,4), %xmm2
	paddq	%xmm0, %xmm2
	pmovsxdq	8(%rdi,%rsi,4), %xmm3
	paddq	%xmm1, %xmm3
	pmovsxdq	16(%rdi,%rsi,4), %xmm0
	pmovsxdq	24(%rdi,%rsi,4), %xmm1
	paddq	%xmm2, %xmm0
	paddq	%xmm3, %xmm1
	addq	$8, %rsi
	addq	$-2, %rax
	jne	LBB2_7
## %bb.8:
	testb	$1, %r8b
	je	LBB2_10
LBB2_9:
	pmovsxdq	(%rdi,%rsi,4), %xmm2
	paddq	%xmm2, %xmm0
	pmovsxdq	8(%rdi,%rsi,4), %xmm2
	paddq	%xmm2, %xmm1
LBB2_10:
	paddq	%xmm1, %xmm0
	pshufd	$238, %xmm0, %xmm1              ## xmm1 = xmm0[2,3,2,3]
	paddq	%xmm0, %xmm1
	movq	%xmm1, %rax
	cmpq	%rcx, %rdx
	je	LBB2_12
	.p2align	4, 0x90
LBB2_11:                                ## =>This Inner Loop Header: Depth=1
	movslq	(%rdi,%rdx,4), %rsi
	addq	%rsi, %rax
	addq	$1, %rdx
	cmpq	%rdx, %rcx
	jne	LBB2_11
LBB2_12:
	popq	%rbp
	retq
LBB2_5:
	pxor	%xmm0, %xmm0
	xorl	%esi, %esi
	pxor	%xmm1, %xmm1
	testb	$1, %r8b
	jne	LBB2_9
	jmp	LBB2_10
	.cfi_endproc
                                        ## -- End function
	.globl	_add_arrays                     ## -- Begin function add_arrays
	.p2align	4, 0x90
_add_arrays:                            ## @add_arrays
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	xorl	%eax, %eax
	leaq	_a(%rip), %rcx
	leaq	_b(%rip), %rdx
	leaq	_c(%rip), %rsi
	.p2align	4, 0x90
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movdqa	(%rdx,%rax,4), %xmm0
	movdqa	16(%rdx,%rax,4), %xmm1
	movdqa	32(%rdx,%rax,4), %xmm2
	movdqa	48(%rdx,%rax,4), %xmm3
	paddd	(%rcx,%rax,4), %xmm0
	paddd	16(%rcx,%rax,4), %xmm1
	movdqa	%xmm0, (%rsi,%rax,4)
	movdqa	%xmm1, 16(%rsi,%rax,4)
	paddd	32(%rcx,%rax,4), %xmm2
	paddd	48(%rcx,%rax,4), %xmm3
	movdqa	%xmm2, 32(%rsi,%rax,4)
	movdqa	%xmm3, 48(%rsi,%rax,4)
	addq	$16, %rax
	cmpq	$1024, %rax                     ## imm = 0x400
	jne	LBB3_1
## %bb.2:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function mul_add
LCPI4_0:
	.long	3                               ## 0x3
	.long	3                               ## 0x3
	.long	3                               ## 0x3
	.long	3                               ## 0x3
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_mul_add
	.p2align	4, 0x90
_mul_add:                               ## @mul_add
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movd	%edi, %xmm0
	pshufd	$0, %xmm0, %xmm0                ## xmm0 = xmm0[0,0,0,0]
	xorl	%eax, %eax
	leaq	_c(%rip), %rcx
	movdqa	LCPI4_0(%rip), %xmm1            ## xmm1 = [3,3,3,3]
	leaq	_b(%rip), %rdx
	.p2align	4, 0x90
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	movdqa	(%rcx,%rax,4), %xmm2
	pmulld	%xmm1, %xmm2
	movdqa	16(%rcx,%rax,4), %xmm3
	pmulld	%xmm1, %xmm3
	movdqa	(%rdx,%rax,4), %xmm4
	pmulld	%xmm0, %xmm4
	paddd	%xmm2, %xmm4
	movdqa	16(%rdx,%rax,4), %xmm2
	pmulld	%xmm0, %xmm2
	paddd	%xmm3, %xmm2
	movdqa	%xmm4, (%rcx,%rax,4)
	movdqa	%xmm2, 16(%rcx,%rax,4)
	addq	$8, %rax
	cmpq	$1024, %rax                     ## imm = 0x400
	jne	LBB4_1
## %bb.2:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function count_byte
LCPI5_0:
	.long	1                               ## 0x1
	.long	1                               ## 0x1
	.long	1                               ## 0x1
	.long	1                               ## 0x1
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_count_byte
	.p2align	4, 0x90
_count_byte:                            ## @count_byte
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movd	%edi, %xmm0
	punpcklbw	%xmm0, %xmm0            ## xmm0 = xmm0[0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7]
	pshuflw	$0, %xmm0, %xmm0                ## xmm0 = xmm0[0,0,0,0,4,5,6,7]
	pxor	%xmm2, %xmm2
	xorl	%eax, %eax
	leaq	_text(%rip), %rcx
	movdqa	LCPI5_0(%rip), %xmm1            ## xmm1 = [1,1,1,1]
	pxor	%xmm3, %xmm3
	.p2align	4, 0x90
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	movd	4(%rax,%rcx), %xmm4             ## xmm4 = mem[0],zero,zero,zero
	movdqa	(%rax,%rcx), %xmm5
	pcmpeqb	%xmm0, %xmm5
	pmovzxbd	%xmm5, %xmm5                    ## xmm5 = xmm5[0],zero,zero,zero,xmm5[1],zero,zero,zero,xmm5[2],zero,zero,zero,xmm5[3],zero,zero,zero
	pand	%xmm1, %xmm5
	paddd	%xmm2, %xmm5
	pcmpeqb	%xmm0, %xmm4
	pmovzxbd	%xmm4, %xmm4                    ## xmm4 = xmm4[0],zero,zero,zero,xmm4[1],zero,zero,zero,xmm4[2],zero,zero,zero,xmm4[3],zero,zero,zero
	pand	%xmm1, %xmm4
	paddd	%xmm3, %xmm4
	movq	8(%rax,%rcx), %xmm2             ## xmm2 = mem[0],zero
	movd	12(%rax,%rcx), %xmm3            ## xmm3 = mem[0],zero,zero,zero
	pcmpeqb	%xmm0, %xmm2
	pmovzxbd	%xmm2, %xmm2                    ## xmm2 = xmm2[0],zero,zero,zero,xmm2[1],zero,zero,zero,xmm2[2],zero,zero,zero,xmm2[3],zero,zero,zero
	pand	%xmm1, %xmm2
	paddd	%xmm5, %xmm2
	pcmpeqb	%xmm0, %xmm3
	pmovzxbd	%xmm3, %xmm3                    ## xmm3 = xmm3[0],zero,zero,zero,xmm3[1],zero,zero,zero,xmm3[2],zero,zero,zero,xmm3[3],zero,zero,zero
	pand	%xmm1, %xmm3
	paddd	%xmm4, %xmm3
	addq	$16, %rax
	cmpq	$1024, %rax                     ## imm = 0x400
	jne	LBB5_1
## %bb.2:
	paddd	%xmm2, %xmm3
	pshufd	$238, %xmm3, %xmm0              ## xmm0 = xmm3[2,3,2,3]
	paddd	%xmm3, %xmm0
	pshufd	$85, %xmm0, %xmm1               ## xmm1 = xmm0[1,1,1,1]
	paddd	%xmm0, %xmm1
	movd	%xmm1, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_max_c                          ## -- Begin function max_c
	.p2align	4, 0x90
_max_c:                                 ## @max_c
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	$13, %eax
	pshufd	$0, _c(%rip), %xmm0             ## xmm0 = mem[0,0,0,0]
	leaq	_c(%rip), %rcx
	movdqa	%xmm0, %xmm1
	.p2align	4, 0x90
LBB6_1:                                 ## =>This Inner Loop Header: Depth=1
	movdqu	-48(%rcx,%rax,4), %xmm2
	pmaxsd	%xmm0, %xmm2
	movdqu	-32(%rcx,%rax,4), %xmm3
	pmaxsd	%xmm1, %xmm3
	cmpq	$1021, %rax                     ## imm = 0x3FD
	je	LBB6_3
## %bb.2:                               ##   in Loop: Header=BB6_1 Depth=1
	movdqu	-16(%rcx,%rax,4), %xmm0
	movdqu	(%rcx,%rax,4), %xmm1
	pmaxsd	%xmm2, %xmm0
	pmaxsd	%xmm3, %xmm1
	addq	$16, %rax
	jmp	LBB6_1
LBB6_3:
	pmaxsd	%xmm3, %xmm2
	pshufd	$238, %xmm2, %xmm0              ## xmm0 = xmm2[2,3,2,3]
	pmaxsd	%xmm2, %xmm0
	pshufd	$85, %xmm0, %xmm1               ## xmm1 = xmm0[1,1,1,1]
	pmaxsd	%xmm0, %xmm1
	movd	%xmm1, %eax
	movl	_c+4068(%rip), %ecx
	cmpl	%eax, %ecx
	cmovgl	%ecx, %eax
	movl	_c+4072(%rip), %ecx
	cmpl	%eax, %ecx
	cmovgl	%ecx, %eax
	movl	_c+4076(%rip), %ecx
	cmpl	%eax, %ecx
	cmovgl	%ecx, %eax
	movl	_c+4080(%rip), %ecx
	cmpl	%eax, %ecx
	cmovgl	%ecx, %eax
	movl	_c+4084(%rip), %ecx
	cmpl	%eax, %ecx
	cmovgl	%ecx, %eax
	movl	_c+4088(%rip), %ecx
	cmpl	%eax, %ecx
	cmovgl	%ecx, %eax
	movl	_c+4092(%rip), %ecx
	cmpl	%eax, %ecx
	cmovgl	%ecx, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function min_short
LCPI7_0:
	.short	32768                           ## 0x8000
	.short	32768                           ## 0x8000
	.short	32768                           ## 0x8000
	.short	32768                           ## 0x8000
	.short	32768                           ## 0x8000
	.short	32768                           ## 0x8000
	.short	32768                           ## 0x8000
	.short	32768                           ## 0x8000
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_min_short
	.p2align	4, 0x90
_min_short:                             ## @min_short
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pshuflw	$0, _sa(%rip), %xmm0            ## xmm0 = mem[0,0,0,0,4,5,6,7]
	pshufd	$0, %xmm0, %xmm0                ## xmm0 = xmm0[0,0,0,0]
	movl	$25, %eax
	leaq	_sa(%rip), %rcx
	movdqa	%xmm0, %xmm1
	.p2align	4, 0x90
LBB7_1:                                 ## =>This Inner Loop Header: Depth=1
	movdqu	-48(%rcx,%rax,2), %xmm2
	pminsw	%xmm0, %xmm2
	movdqu	-32(%rcx,%rax,2), %xmm3
	pminsw	%xmm1, %xmm3
	cmpq	$1017, %rax                     ## imm = 0x3F9
	je	LBB7_3
## %bb.2:                               ##   in Loop: Header=BB7_1 Depth=1
	movdqu	-16(%rcx,%rax,2), %xmm0
	movdqu	(%rcx,%rax,2), %xmm1
	pminsw	%xmm2, %xmm0
	pminsw	%xmm3, %xmm1
	addq	$32, %rax
	jmp	LBB7_1
LBB7_3:
	pminsw	%xmm3, %xmm2
	pxor	LCPI7_0(%rip), %xmm2
	phminposuw	%xmm2, %xmm0
	movd	%xmm0, %eax
	xorl	$-32768, %eax                   ## imm = 0x8000
	movzwl	_sa+2018(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movl	_sa+2020(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movzwl	_sa+2022(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movl	_sa+2024(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movzwl	_sa+2026(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movl	_sa+2028(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movzwl	_sa+2030(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movl	_sa+2032(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movzwl	_sa+2034(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movl	_sa+2036(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movzwl	_sa+2038(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movl	_sa+2040(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movzwl	_sa+2042(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movl	_sa+2044(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	movzwl	_sa+2046(%rip), %ecx
	cmpw	%ax, %cx
	cmovll	%ecx, %eax
	cwtl
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_scale_floats                   ## -- Begin function scale_floats
	.p2align	4, 0x90
_scale_floats:                          ## @scale_floats
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	shufps	$0, %xmm0, %xmm0                ## xmm0 = xmm0[0,0,0,0]
	xorl	%eax, %eax
	leaq	_fa(%rip), %rcx
	leaq	_fb(%rip), %rdx
	.p2align	4, 0x90
LBB8_1:                                 ## =>This Inner Loop Header: Depth=1
	movaps	(%rcx,%rax,4), %xmm1
	mulps	%xmm0, %xmm1
	movaps	16(%rcx,%rax,4), %xmm2
	mulps	%xmm0, %xmm2
	movaps	%xmm1, (%rdx,%rax,4)
	movaps	%xmm2, 16(%rdx,%rax,4)
	movaps	32(%rcx,%rax,4), %xmm1
	mulps	%xmm0, %xmm1
	movaps	48(%rcx,%rax,4), %xmm2
	mulps	%xmm0, %xmm2
	movaps	%xmm1, 32(%rdx,%rax,4)
	movaps	%xmm2, 48(%rdx,%rax,4)
	addq	$16, %rax
	cmpq	$1024, %rax                     ## imm = 0x400
	jne	LBB8_1
## %bb.2:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_xor_reduce                     ## -- Begin function xor_reduce
	.p2align	4, 0x90
_xor_reduce:                            ## @xor_reduce
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pxor	%xmm0, %xmm0
	xorl	%eax, %eax
	leaq	_a(%rip), %rcx
	pxor	%xmm1, %xmm1
	.p2align	4, 0x90
LBB9_1:                                 ## =>This Inner Loop Header: Depth=1
	pxor	(%rcx,%rax,4), %xmm0
	pxor	16(%rcx,%rax,4), %xmm1
	pxor	32(%rcx,%rax,4), %xmm0
	pxor	48(%rcx,%rax,4), %xmm1
	pxor	64(%rcx,%rax,4), %xmm0
	pxor	80(%rcx,%rax,4), %xmm1
	pxor	96(%rcx,%rax,4), %xmm0
	pxor	112(%rcx,%rax,4), %xmm1
	addq	$32, %rax
	cmpq	$1024, %rax                     ## imm = 0x400
	jne	LBB9_1
## %bb.2:
	pxor	%xmm0, %xmm1
	pshufd	$238, %xmm1, %xmm0              ## xmm0 = xmm1[2,3,2,3]
	pxor	%xmm1, %xmm0
	pshufd	$85, %xmm0, %xmm1               ## xmm1 = xmm0[1,1,1,1]
	pxor	%xmm0, %xmm1
	movd	%xmm1, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function to_upper_ascii
LCPI10_0:
	.space	16,159
LCPI10_1:
	.space	16,25
LCPI10_2:
	.space	16,224
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_to_upper_ascii
	.p2align	4, 0x90
_to_upper_ascii:                        ## @to_upper_ascii
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	xorl	%eax, %eax
	leaq	_text(%rip), %rcx
	movdqa	LCPI10_0(%rip), %xmm8           ## xmm8 = [159,159,159,159,159,159,159,159,159,159,159,159,159,159,159,159]
	movdqa	LCPI10_1(%rip), %xmm9           ## xmm9 = [25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25]
	movdqa	LCPI10_2(%rip), %xmm10          ## xmm10 = [224,224,224,224,224,224,224,224,224,224,224,224,224,224,224,224]
	.p2align	4, 0x90
LBB10_1:                                ## =>This Inner Loop Header: Depth=1
	movdqa	(%rax,%rcx), %xmm7
	movdqa	16(%rax,%rcx), %xmm4
	movdqa	32(%rax,%rcx), %xmm5
	movdqa	48(%rax,%rcx), %xmm6
	movdqa	%xmm7, %xmm1
	paddb	%xmm8, %xmm1
	movdqa	%xmm4, %xmm2
	paddb	%xmm8, %xmm2
	movdqa	%xmm1, %xmm0
	pminub	%xmm9, %xmm0
	pcmpeqb	%xmm1, %xmm0
	movdqa	%xmm2, %xmm1
	pminub	%xmm9, %xmm1
	pcmpeqb	%xmm2, %xmm1
	movdqa	%xmm7, %xmm2
	paddb	%xmm10, %xmm2
	movdqa	%xmm4, %xmm3
	paddb	%xmm10, %xmm3
	pblendvb	%xmm0, %xmm2, %xmm7
	movdqa	%xmm1, %xmm0
	pblendvb	%xmm0, %xmm3, %xmm4
	movdqa	%xmm7, (%rax,%rcx)
	movdqa	%xmm4, 16(%rax,%rcx)
	movdqa	%xmm5, %xmm1
	paddb	%xmm8, %xmm1
	movdqa	%xmm6, %xmm2
	paddb	%xmm8, %xmm2
	movdqa	%xmm1, %xmm0
	pminub	%xmm9, %xmm0
	pcmpeqb	%xmm1, %xmm0
	movdqa	%xmm2, %xmm1
	pminub	%xmm9, %xmm1
	pcmpeqb	%xmm2, %xmm1
	movdqa	%xmm5, %xmm2
	paddb	%xmm10, %xmm2
	movdqa	%xmm6, %xmm3
	paddb	%xmm10, %xmm3
	pblendvb	%xmm0, %xmm2, %xmm5
	movdqa	%xmm1, %xmm0
	pblendvb	%xmm0, %xmm3, %xmm6
	movdqa	%xmm5, 32(%rax,%rcx)
	movdqa	%xmm6, 48(%rax,%rcx)
	addq	$64, %rax
	cmpq	$1024, %rax                     ## imm = 0x400
	jne	LBB10_1
## %bb.2:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function main
LCPI11_0:
	.long	0x3f000000                      ## float 0.5
LCPI11_1:
	.long	0x40200000                      ## float 2.5
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
	xorl	%eax, %eax
	leaq	_sa(%rip), %r15
	movl	_vseed(%rip), %r12d
	leaq	L_.str(%rip), %r10
	leaq	_text(%rip), %r11
	movss	LCPI11_0(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	leaq	_fa(%rip), %r14
	xorl	%esi, %esi
	movl	%r12d, %edi
	xorl	%r13d, %r13d
	movl	%r12d, %edx
	xorl	%r9d, %r9d
	.p2align	4, 0x90
LBB11_1:                                ## =>This Inner Loop Header: Depth=1
	movslq	%esi, %rsi
	imulq	$274877907, %rsi, %rbx          ## imm = 0x10624DD3
	movq	%rbx, %r8
	shrq	$63, %r8
	shrq	$32, %rbx
	sarl	$6, %ebx
	addl	%r8d, %ebx
	imull	$1000, %ebx, %ebx               ## imm = 0x3E8
	negl	%ebx
	addl	%esi, %ebx
	addl	$-500, %ebx                     ## imm = 0xFE0C
	leaq	_a(%rip), %rcx
	movl	%ebx, (%rax,%rcx)
	movslq	%edi, %rdi
	imulq	$-993130575, %rdi, %rbx         ## imm = 0xC4CE07B1
	shrq	$32, %rbx
	addl	%edi, %ebx
	movl	%ebx, %ecx
	shrl	$31, %ecx
	sarl	$8, %ebx
	addl	%ecx, %ebx
	imull	$333, %ebx, %ecx                ## imm = 0x14D
	movl	%edi, %ebx
	subl	%ecx, %ebx
	leaq	_b(%rip), %rcx
	movl	%ebx, (%rax,%rcx)
	movslq	%edx, %rdx
	imulq	$274877907, %rdx, %rcx          ## imm = 0x10624DD3
	movq	%rcx, %rbx
	shrq	$63, %rbx
	shrq	$39, %rcx
	addl	%ebx, %ecx
	imull	$2000, %ecx, %ecx               ## imm = 0x7D0
	negl	%ecx
	addl	%edx, %ecx
	addl	$-1000, %ecx                    ## imm = 0xFC18
	movw	%cx, (%r15)
	movl	%r9d, %ecx
	andl	$63, %ecx
	xorps	%xmm1, %xmm1
	cvtsi2ss	%ecx, %xmm1
	movl	%r13d, %ecx
	andl	$15, %ecx
	movzbl	(%rcx,%r10), %ecx
	movb	%cl, (%r9,%r11)
	mulss	%xmm0, %xmm1
	movss	%xmm1, (%rax,%r14)
	addq	$1, %r9
	addl	$37, %edx
	addq	$3, %r13
	addl	$7, %edi
	addl	%r12d, %esi
	addq	$4, %rax
	addq	$2, %r15
	cmpq	$4096, %rax                     ## imm = 0x1000
	jne	LBB11_1
## %bb.2:
	callq	_sum_a
	movl	%eax, %r14d
	leaq	_a(%rip), %r15
	movq	%r15, %rdi
	movl	$1024, %esi                     ## imm = 0x400
	callq	_sum_n
	leaq	L_.str.1(%rip), %rdi
	xorl	%ebx, %ebx
	movl	%r14d, %esi
	movq	%rax, %rdx
	xorl	%eax, %eax
	callq	_printf
	movq	%r15, %rdi
	callq	_sum16
	leaq	L_.str.2(%rip), %r14
	movq	%r14, %rdi
	xorl	%esi, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	_a+148(%rip), %rdi
	callq	_sum16
	movq	%r14, %rdi
	movl	$37, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	_a+296(%rip), %rdi
	callq	_sum16
	movq	%r14, %rdi
	movl	$74, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	_a+444(%rip), %rdi
	callq	_sum16
	movq	%r14, %rdi
	movl	$111, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	_a+592(%rip), %rdi
	callq	_sum16
	movq	%r14, %rdi
	movl	$148, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	_a+740(%rip), %rdi
	callq	_sum16
	movq	%r14, %rdi
	movl	$185, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	_a+888(%rip), %rdi
	callq	_sum16
	movq	%r14, %rdi
	movl	$222, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	_a+1036(%rip), %rdi
	callq	_sum16
	movq	%r14, %rdi
	movl	$259, %esi                      ## imm = 0x103
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	callq	_add_arrays
	leaq	_c(%rip), %r14
	movq	%r14, %rdi
	movl	$1024, %esi                     ## imm = 0x400
	callq	_sum_n
	movl	_c(%rip), %edx
	movl	_c+4092(%rip), %ecx
	leaq	L_.str.4(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	negl	%r12d
	movl	%r12d, %edi
	callq	_mul_add
	movq	%r14, %rdi
	movl	$1024, %esi                     ## imm = 0x400
	callq	_sum_n
	movq	%rax, %r15
	movl	_c+2000(%rip), %r14d
	callq	_max_c
	leaq	L_.str.5(%rip), %rdi
	movq	%r15, %rsi
	movl	%r14d, %edx
	movl	%eax, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	$97, %edi
	callq	_count_byte
	movl	%eax, %r14d
	movl	$98, %edi
	callq	_count_byte
	movl	%eax, %r15d
	movl	$32, %edi
	callq	_count_byte
	movl	%eax, %r12d
	movl	$113, %edi
	callq	_count_byte
	leaq	L_.str.6(%rip), %rdi
	movl	%r14d, %esi
	movl	%r15d, %edx
	movl	%r12d, %ecx
	movl	%eax, %r8d
	xorl	%eax, %eax
	callq	_printf
	movw	$-1234, _sa+1554(%rip)          ## imm = 0xFB2E
	callq	_min_short
	leaq	L_.str.7(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	movss	LCPI11_1(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	callq	_scale_floats
	xorpd	%xmm0, %xmm0
	leaq	_fb(%rip), %rax
	.p2align	4, 0x90
LBB11_3:                                ## =>This Inner Loop Header: Depth=1
	movss	(%rax,%rbx,4), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	movss	4(%rax,%rbx,4), %xmm2           ## xmm2 = mem[0],zero,zero,zero
	cvtss2sd	%xmm1, %xmm1
	addsd	%xmm0, %xmm1
	xorps	%xmm0, %xmm0
	cvtss2sd	%xmm2, %xmm0
	addsd	%xmm1, %xmm0
	movss	8(%rax,%rbx,4), %xmm1           ## xmm1 = mem[0],zero,zero,zero
	cvtss2sd	%xmm1, %xmm1
	addsd	%xmm0, %xmm1
	movss	12(%rax,%rbx,4), %xmm0          ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	addsd	%xmm1, %xmm0
	addq	$4, %rbx
	cmpq	$1024, %rbx                     ## imm = 0x400
	jne	LBB11_3
## %bb.4:
	movss	_fb+308(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	cvtss2sd	%xmm1, %xmm1
	leaq	L_.str.8(%rip), %rdi
	movb	$2, %al
	callq	_printf
	callq	_xor_reduce
	leaq	L_.str.9(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	callq	_to_upper_ascii
	leaq	L_.str.10(%rip), %rdi
	leaq	_text(%rip), %rsi
	xorl	%eax, %eax
	callq	_printf
	xorl	%eax, %eax
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
	.section	__DATA,__data
	.globl	_vseed                          ## @vseed
	.p2align	2
_vseed:
	.long	11                              ## 0xb

.zerofill __DATA,__bss,_a,4096,4        ## @a
.zerofill __DATA,__bss,_b,4096,4        ## @b
.zerofill __DATA,__bss,_c,4096,4        ## @c
.zerofill __DATA,__bss,_text,1024,4     ## @text
.zerofill __DATA,__bss,_sa,2048,4       ## @sa
.zerofill __DATA,__bss,_fa,4096,4       ## @fa
.zerofill __DATA,__bss,_fb,4096,4       ## @fb
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"abcab cabbage zz"

L_.str.1:                               ## @.str.1
	.asciz	"sum a=%d (scalar %ld)\n"

L_.str.2:                               ## @.str.2
	.asciz	"sum16@%d=%d "

L_.str.4:                               ## @.str.4
	.asciz	"sum c=%ld c[0]=%d c[1023]=%d\n"

L_.str.5:                               ## @.str.5
	.asciz	"mul_add sum=%ld c[500]=%d max=%d\n"

L_.str.6:                               ## @.str.6
	.asciz	"count 'a'=%d 'b'=%d ' '=%d 'q'=%d\n"

L_.str.7:                               ## @.str.7
	.asciz	"min short=%d\n"

L_.str.8:                               ## @.str.8
	.asciz	"scaled float sum=%.2f fb[77]=%.2f\n"

L_.str.9:                               ## @.str.9
	.asciz	"xor reduce a=%08x\n"

L_.str.10:                              ## @.str.10
	.asciz	"upper: %.32s\n"

.subsections_via_symbols
