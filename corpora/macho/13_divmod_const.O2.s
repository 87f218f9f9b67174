	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function signed32
LCPI0_0:
	.long	0                               ## 0x0
	.long	1                               ## 0x1
	.space	4
	.space	4
LCPI0_1:
	.long	1431655766                      ## 0x55555556
	.long	1431655766                      ## 0x55555556
	.long	1431655766                      ## 0x55555556
	.long	1431655766                      ## 0x55555556
LCPI0_2:
	.long	3                               ## 0x3
	.long	3                               ## 0x3
	.space	4
	.space	4
LCPI0_3:
	.long	2454267027                      ## 0x92492493
	.long	2454267027                      ## 0x92492493
	.long	2454267027                      ## 0x92492493
	.long	2454267027                      ## 0x92492493
LCPI0_4:
	.long	7                               ## 0x7
	.long	7                               ## 0x7
	.space	4
	.space	4
LCPI0_5:
	.long	1717986919                      ## 0x66666667
	.long	1717986919                      ## 0x66666667
	.long	1717986919                      ## 0x66666667
	.long	1717986919                      ## 0x66666667
LCPI0_6:
	.long	10                              ## 0xa
	.long	10                              ## 0xa
	.space	4
	.space	4
LCPI0_7:
	.long	4294967280                      ## 0xfffffff0
	.long	4294967280                      ## 0xfffffff0
	.space	4
	.space	4
LCPI0_8:
	.space	16,153
LCPI0_9:
	.long	5                               ## 0x5
	.long	5                               ## 0x5
	.long	5                               ## 0x5
	.long	5                               ## 0x5
LCPI0_10:
	.long	2                               ## 0x2
	.long	2                               ## 0x2
	.space	4
	.space	4
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_signed32
	.p2align	4, 0x90
_signed32:                              ## @signed32
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
	subq	$24, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	%esi, %r11d
                                        ## kill: def $edi killed $edi def $rdi
	addl	$1, %r11d
	movl	%r11d, %ebx
	subl	%edi, %ebx
	cmpl	$2, %ebx
	jae	LBB0_2
## %bb.1:
	xorl	%esi, %esi
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	xorl	%r8d, %r8d
	xorl	%r9d, %r9d
	xorl	%r14d, %r14d
	xorl	%r13d, %r13d
	xorl	%eax, %eax
	movq	%rax, -48(%rbp)                 ## 8-byte Spill
	xorl	%eax, %eax
	movq	%rax, -64(%rbp)                 ## 8-byte Spill
	xorl	%r15d, %r15d
	movl	%edi, %r10d
	jmp	LBB0_5
LBB0_2:
	movl	%ebx, %r12d
	andl	$-2, %r12d
	leal	(%r12,%rdi), %r10d
	movd	%edi, %xmm0
	pshufd	$80, %xmm0, %xmm8               ## xmm8 = xmm0[0,0,1,1]
	paddd	LCPI0_0(%rip), %xmm8
	pxor	%xmm2, %xmm2
	movl	%r12d, %eax
	pxor	%xmm3, %xmm3
	pxor	%xmm4, %xmm4
	pxor	%xmm6, %xmm6
	pxor	%xmm5, %xmm5
	pxor	%xmm12, %xmm12
	pxor	%xmm15, %xmm15
	pxor	%xmm0, %xmm0
	pxor	%xmm14, %xmm14
	pxor	%xmm11, %xmm11
	.p2align	4, 0x90
LBB0_3:                                 ## =>This Inner Loop Header: Depth=1
	movdqa	%xmm5, -64(%rbp)                ## 16-byte Spill
	pshufd	$245, %xmm8, %xmm13             ## xmm13 = xmm8[1,1,3,3]
	movdqa	%xmm13, %xmm1
	movdqa	LCPI0_1(%rip), %xmm7            ## xmm7 = [1431655766,1431655766,1431655766,1431655766]
	pmuldq	%xmm7, %xmm1
	movdqa	%xmm8, %xmm5
	pmuldq	%xmm7, %xmm5
	pshufd	$245, %xmm5, %xmm5              ## xmm5 = xmm5[1,1,3,3]
	pblendw	$204, %xmm1, %xmm5              ## xmm5 = xmm5[0,1],xmm1[2,3],xmm5[4,5],xmm1[6,7]
	movdqa	%xmm5, %xmm1
	psrld	$31, %xmm1
	paddd	%xmm5, %xmm1
	pmovsxdq	%xmm1, %xmm5
	paddq	%xmm5, %xmm2
	pmulld	LCPI0_2(%rip), %xmm1
	movdqa	%xmm8, %xmm5
	psubd	%xmm1, %xmm5
	pmovsxdq	%xmm5, %xmm1
	paddq	%xmm1, %xmm12
	movdqa	%xmm13, %xmm1
	movdqa	LCPI0_3(%rip), %xmm7            ## xmm7 = [2454267027,2454267027,2454267027,2454267027]
	pmuldq	%xmm7, %xmm1
	movdqa	%xmm8, %xmm5
	pmuldq	%xmm7, %xmm5
	pshufd	$245, %xmm5, %xmm5              ## xmm5 = xmm5[1,1,3,3]
	pblendw	$204, %xmm1, %xmm5              ## xmm5 = xmm5[0,1],xmm1[2,3],xmm5[4,5],xmm1[6,7]
	paddd	%xmm8, %xmm5
	movdqa	%xmm5, %xmm1
	psrld	$31, %xmm1
	psrad	$2, %xmm5
	paddd	%xmm1, %xmm5
	pmovsxdq	%xmm5, %xmm1
	paddq	%xmm1, %xmm3
	pmulld	LCPI0_4(%rip), %xmm5
	movdqa	%xmm8, %xmm1
	psubd	%xmm5, %xmm1
	pmovsxdq	%xmm1, %xmm1
	paddq	%xmm1, %xmm15
	movdqa	%xmm13, %xmm1
	movdqa	LCPI0_5(%rip), %xmm7            ## xmm7 = [1717986919,1717986919,1717986919,1717986919]
	pmuldq	%xmm7, %xmm1
	movdqa	%xmm8, %xmm5
	pmuldq	%xmm7, %xmm5
	pshufd	$245, %xmm5, %xmm9              ## xmm9 = xmm5[1,1,3,3]
	pblendw	$204, %xmm1, %xmm9              ## xmm9 = xmm9[0,1],xmm1[2,3],xmm9[4,5],xmm1[6,7]
	movdqa	%xmm9, %xmm10
	psrld	$31, %xmm10
	movdqa	%xmm9, %xmm1
	psrad	$2, %xmm1
	paddd	%xmm10, %xmm1
	pmovsxdq	%xmm1, %xmm5
	paddq	%xmm5, %xmm4
	pmulld	LCPI0_6(%rip), %xmm1
	movdqa	%xmm8, %xmm5
	psubd	%xmm1, %xmm5
	pmovsxdq	%xmm5, %xmm1
	paddq	%xmm1, %xmm0
	movdqa	%xmm8, %xmm1
	psrad	$31, %xmm1
	psrld	$28, %xmm1
	paddd	%xmm8, %xmm1
	movdqa	%xmm1, %xmm5
	psrad	$4, %xmm5
	pmovsxdq	%xmm5, %xmm5
	paddq	%xmm5, %xmm6
	pand	LCPI0_7(%rip), %xmm1
	movdqa	%xmm8, %xmm5
	psubd	%xmm1, %xmm5
	pmovsxdq	%xmm5, %xmm1
	paddq	%xmm1, %xmm14
	movdqa	LCPI0_8(%rip), %xmm5            ## xmm5 = [2576980377,2576980377,2576980377,2576980377]
	pmuldq	%xmm5, %xmm13
	movdqa	%xmm8, %xmm1
	pmuldq	%xmm5, %xmm1
	pshufd	$245, %xmm1, %xmm1              ## xmm1 = xmm1[1,1,3,3]
	pblendw	$204, %xmm13, %xmm1             ## xmm1 = xmm1[0,1],xmm13[2,3],xmm1[4,5],xmm13[6,7]
	movdqa	%xmm1, %xmm5
	psrld	$31, %xmm5
	psrad	$1, %xmm1
	paddd	%xmm5, %xmm1
	movdqa	-64(%rbp), %xmm5                ## 16-byte Reload
	pmovsxdq	%xmm1, %xmm1
	paddq	%xmm1, %xmm5
	psrad	$1, %xmm9
	paddd	%xmm10, %xmm9
	pmulld	LCPI0_9(%rip), %xmm9
	movdqa	%xmm8, %xmm1
	psubd	%xmm9, %xmm1
	pmovsxdq	%xmm1, %xmm1
	paddq	%xmm1, %xmm11
	paddd	LCPI0_10(%rip), %xmm8
	addl	$-2, %eax
	jne	LBB0_3
## %bb.4:
	pshufd	$238, %xmm11, %xmm1             ## xmm1 = xmm11[2,3,2,3]
	paddq	%xmm11, %xmm1
	movq	%xmm1, %r15
	pshufd	$238, %xmm14, %xmm1             ## xmm1 = xmm14[2,3,2,3]
	paddq	%xmm14, %xmm1
	movq	%xmm1, -64(%rbp)                ## 8-byte Folded Spill
	pshufd	$238, %xmm0, %xmm1              ## xmm1 = xmm0[2,3,2,3]
	paddq	%xmm0, %xmm1
	movq	%xmm1, -48(%rbp)                ## 8-byte Folded Spill
	pshufd	$238, %xmm15, %xmm0             ## xmm0 = xmm15[2,3,2,3]
	paddq	%xmm15, %xmm0
	movq	%xmm0, %r13
	pshufd	$238, %xmm12, %xmm0             ## xmm0 = xmm12[2,3,2,3]
	paddq	%xmm12, %xmm0
	movq	%xmm0, %r14
	pshufd	$238, %xmm5, %xmm0              ## xmm0 = xmm5[2,3,2,3]
	paddq	%xmm5, %xmm0
	movq	%xmm0, %r9
	pshufd	$238, %xmm6, %xmm0              ## xmm0 = xmm6[2,3,2,3]
	paddq	%xmm6, %xmm0
	movq	%xmm0, %r8
	pshufd	$238, %xmm4, %xmm0              ## xmm0 = xmm4[2,3,2,3]
	paddq	%xmm4, %xmm0
	movq	%xmm0, %rcx
	pshufd	$238, %xmm3, %xmm0              ## xmm0 = xmm3[2,3,2,3]
	paddq	%xmm3, %xmm0
	movq	%xmm0, %rdx
	pshufd	$238, %xmm2, %xmm0              ## xmm0 = xmm2[2,3,2,3]
	paddq	%xmm2, %xmm0
	movq	%xmm0, %rsi
	cmpl	%r12d, %ebx
	je	LBB0_6
	.p2align	4, 0x90
LBB0_5:                                 ## =>This Inner Loop Header: Depth=1
	movslq	%r10d, %rdi
	imulq	$1431655766, %rdi, %rax         ## imm = 0x55555556
	movq	%rax, %rbx
	shrq	$63, %rbx
	shrq	$32, %rax
	addl	%ebx, %eax
	cltq
	addq	%rax, %rsi
	leal	(%rax,%rax,2), %eax
	movl	%edi, %ebx
	subl	%eax, %ebx
	movslq	%ebx, %rax
	addq	%rax, %r14
	imulq	$-1840700269, %rdi, %rax        ## imm = 0x92492493
	shrq	$32, %rax
	addl	%edi, %eax
	movl	%eax, %ebx
	shrl	$31, %ebx
	sarl	$2, %eax
	addl	%ebx, %eax
	cltq
	addq	%rax, %rdx
	leal	(,%rax,8), %ebx
	subl	%ebx, %eax
	addl	%edi, %eax
	cltq
	addq	%rax, %r13
	imulq	$1717986919, %rdi, %rax         ## imm = 0x66666667
	movq	%rax, %rbx
	sarq	$34, %rbx
	movq	%rax, %r10
	shrq	$63, %r10
	addl	%r10d, %ebx
	movslq	%ebx, %rbx
	addq	%rbx, %rcx
	addl	%ebx, %ebx
	leal	(%rbx,%rbx,4), %ebx
	movq	%r15, %r12
	movl	%r11d, %r15d
	movl	%edi, %r11d
	subl	%ebx, %r11d
	movslq	%r11d, %rbx
	addq	%rbx, -48(%rbp)                 ## 8-byte Folded Spill
	leal	15(%rdi), %r11d
	testl	%edi, %edi
	cmovnsl	%edi, %r11d
	movl	%r11d, %ebx
	sarl	$4, %ebx
	movslq	%ebx, %rbx
	addq	%rbx, %r8
	andl	$-16, %r11d
	movl	%edi, %ebx
	subl	%r11d, %ebx
	imulq	$-1717986919, %rdi, %r11        ## imm = 0x99999999
	movslq	%ebx, %rbx
	addq	%rbx, -64(%rbp)                 ## 8-byte Folded Spill
	movq	%r11, %rbx
	shrq	$63, %rbx
	sarq	$33, %r11
	addl	%ebx, %r11d
	movslq	%r11d, %rbx
	movl	%r15d, %r11d
	movq	%r12, %r15
	addq	%rbx, %r9
	sarq	$33, %rax
	addl	%r10d, %eax
	movl	%edi, %ebx
	leal	(%rax,%rax,4), %eax
	subl	%eax, %ebx
	movslq	%ebx, %rax
	addq	%rax, %r15
	leal	1(%rdi), %r10d
	cmpl	%r10d, %r11d
	jne	LBB0_5
LBB0_6:
	leaq	L_.str(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.1(%rip), %rdi
	movq	%r14, %rsi
	movq	%r13, %rdx
	movq	-48(%rbp), %rcx                 ## 8-byte Reload
	movq	-64(%rbp), %r8                  ## 8-byte Reload
	movq	%r15, %r9
	xorl	%eax, %eax
	addq	$24, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	_printf                         ## TAILCALL
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
	testl	%esi, %esi
	je	LBB1_1
## %bb.3:
	movl	%esi, %r11d
	xorl	%esi, %esi
	xorl	%ebx, %ebx
	xorl	%r15d, %r15d
	xorl	%r12d, %r12d
	xorl	%r13d, %r13d
	xorl	%r8d, %r8d
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	.p2align	4, 0x90
LBB1_4:                                 ## =>This Inner Loop Header: Depth=1
	movq	%rbx, -48(%rbp)                 ## 8-byte Spill
	movl	%edi, %ebx
	movq	%rbx, %r14
	movl	$2863311531, %eax               ## imm = 0xAAAAAAAB
	imulq	%rax, %r14
	shrq	$33, %r14
	imulq	$613566757, %rbx, %r10          ## imm = 0x24924925
	shrq	$32, %r10
	movl	%edi, %r9d
	subl	%r10d, %r9d
	shrl	%r9d
	addl	%r10d, %r9d
	shrl	$2, %r9d
	leal	(,%r9,8), %r10d
	addq	%r9, %rdx
                                        ## kill: def $r9d killed $r9d killed $r9 def $r9
	subl	%r10d, %r9d
	leal	(%r14,%r14,2), %r10d
	addq	%r14, %rsi
	movl	%edi, %eax
	subl	%r10d, %eax
	addq	%rax, %r13
	movl	$3435973837, %eax               ## imm = 0xCCCCCCCD
	imulq	%rax, %rbx
	shrq	$35, %rbx
	addl	%edi, %r9d
	addq	%r9, %r12
	leal	(%rbx,%rbx), %eax
	leal	(%rax,%rax,4), %eax
	addq	%rbx, %rcx
	movl	%edi, %ebx
	subl	%eax, %ebx
	addq	%rbx, %r15
	movq	-48(%rbp), %rbx                 ## 8-byte Reload
	movl	%edi, %eax
	shrl	$4, %eax
	addq	%rax, %r8
	movl	%edi, %eax
	andl	$15, %eax
	addq	%rax, %rbx
	addl	$-1640531535, %edi              ## imm = 0x9E3779B1
	addl	$-1, %r11d
	jne	LBB1_4
	jmp	LBB1_2
LBB1_1:
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	xorl	%r8d, %r8d
	xorl	%r13d, %r13d
	xorl	%r12d, %r12d
	xorl	%r15d, %r15d
	xorl	%ebx, %ebx
	xorl	%esi, %esi
LBB1_2:
	leaq	L_.str.2(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.3(%rip), %rdi
	movq	%r13, %rsi
	movq	%r12, %rdx
	movq	%r15, %rcx
	movq	%rbx, %r8
	xorl	%eax, %eax
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	_printf                         ## TAILCALL
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
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	testl	%edx, %edx
	jle	LBB2_1
## %bb.3:
	movq	%rdi, %r14
	movl	%edx, %r10d
	xorl	%ecx, %ecx
	movabsq	$7378697629483820647, %r15      ## imm = 0x6666666666666667
	movabsq	$-7378697629483820647, %r12     ## imm = 0x9999999999999999
	movabsq	$-8543223828751151131, %r13     ## imm = 0x89705F3112A28FE5
	xorl	%r8d, %r8d
	.p2align	4, 0x90
LBB2_4:                                 ## =>This Inner Loop Header: Depth=1
	movq	%r14, %rax
	movabsq	$6148914691236517206, %rdx      ## imm = 0x5555555555555556
	imulq	%rdx
	movq	%rdx, %rax
	shrq	$63, %rax
	addq	%rdx, %rax
	leaq	(%rax,%rax,2), %rdx
	movq	%r14, %rdi
	subq	%rdx, %rdi
	addq	%rax, %rdi
	xorq	%rcx, %rdi
	movq	%r14, %rax
	movabsq	$5270498306774157605, %rcx      ## imm = 0x4924924924924925
	imulq	%rcx
	movq	%rdx, %rcx
	movq	%rdx, %rax
	shrq	$63, %rax
	sarq	%rcx
	addq	%rax, %rcx
	leaq	(%rcx,%rcx,4), %rax
	leaq	(,%rcx,8), %rdx
	subq	%rdx, %rcx
	addq	%r14, %rcx
	addq	%rax, %rcx
	xorq	%rdi, %rcx
	movq	%r14, %rax
	imulq	%r15
	movq	%rdx, %r9
	movq	%rdx, %rax
	sarq	$2, %rax
	movq	%rdx, %rbx
	shrq	$63, %rbx
	addq	%rbx, %rax
	leaq	15(%r14), %rdx
	testq	%r14, %r14
	cmovnsq	%r14, %rdx
	movq	%rdx, %rdi
	andq	$-16, %rdi
	movq	%r14, %r11
	subq	%rdi, %r11
	sarq	$4, %rdx
	addq	%r11, %rdx
	leaq	(%rax,%rax), %rdi
	leaq	(%rdi,%rdi,4), %r11
	subq	%r14, %r11
	addq	%rdx, %r11
	addq	%rax, %r11
	addq	%rcx, %r11
	movq	%r14, %rax
	imulq	%r12
	movq	%rdx, %rax
	shrq	$63, %rax
	sarq	%rdx
	addq	%rax, %rdx
	sarq	%r9
	addq	%rbx, %r9
	leaq	(%r9,%r9,4), %rax
	movq	%r14, %rcx
	subq	%rax, %rcx
	addq	%rdx, %rcx
	movq	%r14, %rax
	imulq	%r13
	xorq	%r11, %rcx
	addq	%r14, %rdx
	movq	%rdx, %rax
	shrq	$63, %rax
	sarq	$29, %rdx
	addq	%rax, %rdx
	addq	%rdx, %r8
	addq	%rsi, %r14
	addq	$-1, %r10
	jne	LBB2_4
	jmp	LBB2_2
LBB2_1:
	xorl	%r8d, %r8d
	xorl	%ecx, %ecx
LBB2_2:
	leaq	L_.str.4(%rip), %rdi
	movq	%rcx, %rsi
	movq	%r8, %rdx
	xorl	%eax, %eax
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	_printf                         ## TAILCALL
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
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	testl	%esi, %esi
	jle	LBB3_1
## %bb.3:
	movl	%esi, %r8d
	xorl	%esi, %esi
	movabsq	$-6148914691236517205, %r9      ## imm = 0xAAAAAAAAAAAAAAAB
	movabsq	$2635249153387078803, %r10      ## imm = 0x2492492492492493
	movabsq	$-3689348814741910323, %r11     ## imm = 0xCCCCCCCCCCCCCCCD
	movabsq	$-8543223828751151131, %r14     ## imm = 0x89705F3112A28FE5
	movabsq	$-7046029254386353131, %r15     ## imm = 0x9E3779B97F4A7C15
	.p2align	4, 0x90
LBB3_4:                                 ## =>This Inner Loop Header: Depth=1
	movq	%rdi, %rax
	mulq	%r9
	movq	%rdx, %rcx
	andq	$-2, %rcx
	movq	%rdi, %rax
	mulq	%r10
	movq	%rdi, %rax
	subq	%rdx, %rax
	shrq	%rax
	addq	%rdx, %rax
	shrq	%rax
	andq	$-2, %rax
	leaq	(%rax,%rax,2), %rbx
	movq	%rdi, %rax
	mulq	%r11
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,8), %rax
	addq	%rdi, %rsi
	subq	%rcx, %rsi
	movq	%rdi, %rcx
	subq	%rbx, %rcx
	xorq	%rsi, %rcx
	addq	%rdi, %rcx
	subq	%rax, %rcx
	movq	%rdi, %rax
	shrq	$4, %rax
	movl	%edi, %ebx
	andl	$15, %ebx
	addq	%rax, %rbx
	xorq	%rcx, %rbx
	movq	%rdi, %rax
	mulq	%r14
	movq	%rdx, %rsi
	shrq	$29, %rsi
	addq	%rbx, %rsi
	addq	%r15, %rdi
	addq	$-1, %r8
	jne	LBB3_4
	jmp	LBB3_2
LBB3_1:
	xorl	%esi, %esi
LBB3_2:
	leaq	L_.str.5(%rip), %rdi
	xorl	%eax, %eax
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	_printf                         ## TAILCALL
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
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	subq	$40, %rsp
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -32(%rbp)
	xorl	%r14d, %r14d
	movabsq	$-3689348814741910323, %rcx     ## imm = 0xCCCCCCCCCCCCCCCD
	.p2align	4, 0x90
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	%rdi, %rax
	mulq	%rcx
	shrq	$3, %rdx
	leal	(%rdx,%rdx), %eax
	leal	(%rax,%rax,4), %eax
	movl	%edi, %esi
	subl	%eax, %esi
	orb	$48, %sil
	movb	%sil, -64(%rbp,%r14)
	addq	$1, %r14
	cmpq	$9, %rdi
	movq	%rdx, %rdi
	ja	LBB4_1
## %bb.2:
	leaq	L_.str.6(%rip), %rdi
	xorl	%ebx, %ebx
	xorl	%eax, %eax
	callq	_printf
	movslq	%r14d, %rax
	leaq	(%rax,%rbp), %r15
	addq	$-65, %r15
	.p2align	4, 0x90
LBB4_3:                                 ## =>This Inner Loop Header: Depth=1
	movsbl	(%r15,%rbx), %edi
	callq	_putchar
	leaq	-1(%rbx), %rax
	addl	%r14d, %ebx
	cmpl	$1, %ebx
	movq	%rax, %rbx
	jne	LBB4_3
## %bb.4:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-32(%rbp), %rax
	jne	LBB4_5
## %bb.6:
	movl	$10, %edi
	addq	$40, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	_putchar                        ## TAILCALL
LBB4_5:
	callq	___stack_chk_fail
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
	subq	$24, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	_lo_bound(%rip), %eax
	movl	%eax, -48(%rbp)                 ## 4-byte Spill
	movl	$-16, %eax
	movl	_hi_bound(%rip), %ecx
	movl	%ecx, -44(%rbp)                 ## 4-byte Spill
	.p2align	4, 0x90
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	leal	4(%rax), %ecx
	movl	%ecx, -52(%rbp)                 ## 4-byte Spill
	movslq	%ecx, %r14
	imulq	$1431655766, %r14, %rdx         ## imm = 0x55555556
	movq	%rdx, %rcx
	shrq	$63, %rcx
	shrq	$32, %rdx
	addl	%ecx, %edx
	leal	(%rdx,%rdx,2), %ecx
	negl	%ecx
	imulq	$-1840700269, %r14, %rsi        ## imm = 0x92492493
	shrq	$32, %rsi
	leal	(%rsi,%rax), %r8d
	addl	$4, %r8d
	movl	%r8d, %esi
	shrl	$31, %esi
	sarl	$2, %r8d
	addl	%esi, %r8d
	leal	(,%r8,8), %esi
	movl	%r8d, %r9d
	subl	%esi, %r9d
	imulq	$1717986919, %r14, %rdi         ## imm = 0x66666667
	movq	%rdi, %rsi
	shrq	$32, %rsi
	movl	%esi, %r10d
	sarl	$2, %r10d
	shrq	$63, %rdi
	addl	%edi, %r10d
	leal	(%r10,%r10), %ebx
	leal	(%rbx,%rbx,4), %r15d
	negl	%r15d
	movl	%eax, %r11d
	addl	$19, %r11d
	testl	%r14d, %r14d
	cmovnsl	%r14d, %r11d
	imulq	$-1717986919, %r14, %rbx        ## imm = 0x99999999
	movq	%rbx, %r12
	shrq	$63, %r12
	shrq	$32, %rbx
	sarl	%ebx
	addl	%r12d, %ebx
	addl	%eax, %ecx
	addl	$4, %ecx
	addl	%eax, %r9d
	addl	$4, %r9d
	leal	(%rax,%r15), %r13d
	addl	$4, %r13d
	sarl	%esi
	addl	%edi, %esi
	movl	%r11d, %edi
	andl	$-16, %edi
	negl	%edi
	leal	(%rax,%rdi), %r12d
	addl	$4, %r12d
	leal	(%rsi,%rsi,4), %esi
	negl	%esi
	leal	(%rax,%rsi), %r15d
	addl	$4, %r15d
	sarl	$4, %r11d
	leaq	L_.str.7(%rip), %rdi
	movl	%r14d, %esi
                                        ## kill: def $edx killed $edx killed $rdx
                                        ## kill: def $r8d killed $r8d killed $r8
	xorl	%eax, %eax
	pushq	%r15
	pushq	%rbx
	pushq	%r12
	pushq	%r11
	pushq	%r13
	pushq	%r10
	callq	_printf
	addq	$48, %rsp
	movl	-52(%rbp), %eax                 ## 4-byte Reload
                                        ## kill: def $eax killed $eax def $rax
	cmpl	$9, %r14d
	jl	LBB5_1
## %bb.2:
	movl	-48(%rbp), %edi                 ## 4-byte Reload
	movl	-44(%rbp), %esi                 ## 4-byte Reload
	callq	_signed32
	movl	$-2147483647, %edi              ## imm = 0x80000001
	movl	$-2147481647, %esi              ## imm = 0x800007D1
	callq	_signed32
	movl	$2147481647, %edi               ## imm = 0x7FFFF82F
	movl	$2147483647, %esi               ## imm = 0x7FFFFFFF
	callq	_signed32
	movl	$-294967296, %edi               ## imm = 0xEE6B2800
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
	xorl	%edi, %edi
	callq	_digits
	movabsq	$1234567890123, %rdi            ## imm = 0x11F71FB04CB
	callq	_digits
	xorl	%eax, %eax
	addq	$24, %rsp
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
