	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_dot                            ## -- Begin function dot
	.p2align	4, 0x90
_dot:                                   ## @dot
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	testl	%edx, %edx
	jle	LBB0_1
## %bb.2:
	movl	%edx, %edx
	leaq	-1(%rdx), %rcx
	movl	%edx, %eax
	andl	$3, %eax
	cmpq	$3, %rcx
	jae	LBB0_8
## %bb.3:
	xorps	%xmm0, %xmm0
	xorl	%ecx, %ecx
	jmp	LBB0_4
LBB0_1:
	xorps	%xmm0, %xmm0
	popq	%rbp
	retq
LBB0_8:
	andl	$-4, %edx
	xorps	%xmm0, %xmm0
	xorl	%ecx, %ecx
	.p2align	4, 0x90
LBB0_9:                                 ## =>This Inner Loop Header: Depth=1
	movss	(%rdi,%rcx,4), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	movss	4(%rdi,%rcx,4), %xmm2           ## xmm2 = mem[0],zero,zero,zero
	mulss	(%rsi,%rcx,4), %xmm1
	mulss	4(%rsi,%rcx,4), %xmm2
	addss	%xmm0, %xmm1
	movss	8(%rdi,%rcx,4), %xmm3           ## xmm3 = mem[0],zero,zero,zero
	mulss	8(%rsi,%rcx,4), %xmm3
	addss	%xmm1, %xmm2
	movss	12(%rdi,%rcx,4), %xmm0          ## xmm0 = mem[0],zero,zero,zero
	mulss	12(%rsi,%rcx,4), %xmm0
	addss	%xmm2, %xmm3
	addss	%xmm3, %xmm0
	addq	$4, %rcx
	cmpq	%rcx, %rdx
	jne	LBB0_9
LBB0_4:
	testq	%rax, %rax
	je	LBB0_7
## %bb.5:
	leaq	(%rsi,%rcx,4), %rdx
	leaq	(%rdi,%rcx,4), %rcx
	xorl	%esi, %esi
	.p2align	4, 0x90
LBB0_6:                                 ## =>This Inner Loop Header: Depth=1
	movss	(%rcx,%rsi,4), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	mulss	(%rdx,%rsi,4), %xmm1
	addss	%xmm1, %xmm0
	addq	$1, %rsi
	cmpq	%rsi, %rax
	jne	LBB0_6
LBB0_7:
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2                               ## -- Begin function newton_sqrtf
LCPI1_0:
	.long	0x3f000000                      ## float 0.5
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_newton_sqrtf
	.p2align	4, 0x90
_newton_sqrtf:                          ## @newton_sqrtf
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movaps	%xmm0, %xmm2
	divss	%xmm0, %xmm2
	addss	%xmm0, %xmm2
	movss	LCPI1_0(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	mulss	%xmm1, %xmm2
	movaps	%xmm0, %xmm3
	divss	%xmm2, %xmm3
	addss	%xmm2, %xmm3
	mulss	%xmm1, %xmm3
	movaps	%xmm0, %xmm2
	divss	%xmm3, %xmm2
	addss	%xmm3, %xmm2
	mulss	%xmm1, %xmm2
	movaps	%xmm0, %xmm3
	divss	%xmm2, %xmm3
	addss	%xmm2, %xmm3
	mulss	%xmm1, %xmm3
	movaps	%xmm0, %xmm2
	divss	%xmm3, %xmm2
	addss	%xmm3, %xmm2
	mulss	%xmm1, %xmm2
	movaps	%xmm0, %xmm3
	divss	%xmm2, %xmm3
	addss	%xmm2, %xmm3
	mulss	%xmm1, %xmm3
	movaps	%xmm0, %xmm2
	divss	%xmm3, %xmm2
	addss	%xmm3, %xmm2
	mulss	%xmm1, %xmm2
	movaps	%xmm0, %xmm3
	divss	%xmm2, %xmm3
	addss	%xmm2, %xmm3
	mulss	%xmm1, %xmm3
	movaps	%xmm0, %xmm2
	divss	%xmm3, %xmm2
	addss	%xmm3, %xmm2
	mulss	%xmm1, %xmm2
	movaps	%xmm0, %xmm3
	divss	%xmm2, %xmm3
	addss	%xmm2, %xmm3
	mulss	%xmm1, %xmm3
	movaps	%xmm0, %xmm2
	divss	%xmm3, %xmm2
	addss	%xmm3, %xmm2
	mulss	%xmm1, %xmm2
	movaps	%xmm0, %xmm3
	divss	%xmm2, %xmm3
	addss	%xmm2, %xmm3
	mulss	%xmm1, %xmm3
	movaps	%xmm0, %xmm2
	divss	%xmm3, %xmm2
	addss	%xmm3, %xmm2
	mulss	%xmm1, %xmm2
	movaps	%xmm0, %xmm3
	divss	%xmm2, %xmm3
	addss	%xmm2, %xmm3
	mulss	%xmm1, %xmm3
	movaps	%xmm0, %xmm2
	divss	%xmm3, %xmm2
	addss	%xmm3, %xmm2
	mulss	%xmm1, %xmm2
	movaps	%xmm0, %xmm3
	divss	%xmm2, %xmm3
	addss	%xmm2, %xmm3
	mulss	%xmm1, %xmm3
	movaps	%xmm0, %xmm2
	divss	%xmm3, %xmm2
	addss	%xmm3, %xmm2
	mulss	%xmm1, %xmm2
	movaps	%xmm0, %xmm3
	divss	%xmm2, %xmm3
	addss	%xmm2, %xmm3
	mulss	%xmm1, %xmm3
	movaps	%xmm0, %xmm2
	divss	%xmm3, %xmm2
	addss	%xmm3, %xmm2
	mulss	%xmm1, %xmm2
	divss	%xmm2, %xmm0
	addss	%xmm2, %xmm0
	mulss	%xmm1, %xmm0
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_count_above                    ## -- Begin function count_above
	.p2align	4, 0x90
_count_above:                           ## @count_above
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
	cmpl	$8, %esi
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
	andl	$-8, %edx
	movaps	%xmm0, %xmm8
	shufps	$0, %xmm0, %xmm8                ## xmm8 = xmm8[0,0],xmm0[0,0]
	leaq	-8(%rdx), %rax
	movq	%rax, %r8
	shrq	$3, %r8
	addq	$1, %r8
	testq	%rax, %rax
	je	LBB2_5
## %bb.6:
	movq	%r8, %rax
	andq	$-2, %rax
	pxor	%xmm2, %xmm2
	xorl	%esi, %esi
	pxor	%xmm3, %xmm3
	.p2align	4, 0x90
LBB2_7:                                 ## =>This Inner Loop Header: Depth=1
	movups	(%rdi,%rsi,4), %xmm4
	movups	16(%rdi,%rsi,4), %xmm5
	movups	32(%rdi,%rsi,4), %xmm6
	movups	48(%rdi,%rsi,4), %xmm7
	movaps	%xmm8, %xmm1
	cmpltps	%xmm4, %xmm1
	psubd	%xmm1, %xmm2
	movaps	%xmm8, %xmm1
	cmpltps	%xmm5, %xmm1
	psubd	%xmm1, %xmm3
	movaps	%xmm8, %xmm1
	cmpltps	%xmm6, %xmm1
	psubd	%xmm1, %xmm2
	movaps	%xmm8, %xmm1
	cmpltps	%xmm7, %xmm1
	psubd	%xmm1, %xmm3
	addq	$16, %rsi
	addq	$-2, %rax
	jne	LBB2_7
## %bb.8:
	testb	$1, %r8b
	je	LBB2_10
LBB2_9:
	movups	(%rdi,%rsi,4), %xmm1
	movups	16(%rdi,%rsi,4), %xmm4
	movaps	%xmm8, %xmm5
	cmpltps	%xmm1, %xmm5
	psubd	%xmm5, %xmm2
	cmpltps	%xmm4, %xmm8
	psubd	%xmm8, %xmm3
LBB2_10:
	paddd	%xmm3, %xmm2
	pshufd	$238, %xmm2, %xmm1              ## xmm1 = xmm2[2,3,2,3]
	paddd	%xmm2, %xmm1
	pshufd	$85, %xmm1, %xmm2               ## xmm2 = xmm1[1,1,1,1]
	paddd	%xmm1, %xmm2
	movd	%xmm2, %eax
	cmpq	%rcx, %rdx
	je	LBB2_12
	.p2align	4, 0x90
LBB2_11:                                ## =>This Inner Loop Header: Depth=1
	movss	(%rdi,%rdx,4), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	xorl	%esi, %esi
	ucomiss	%xmm0, %xmm1
	seta	%sil
	addl	%esi, %eax
	addq	$1, %rdx
	cmpq	%rdx, %rcx
	jne	LBB2_11
LBB2_12:
	popq	%rbp
	retq
LBB2_5:
	pxor	%xmm2, %xmm2
	xorl	%esi, %esi
	pxor	%xmm3, %xmm3
	testb	$1, %r8b
	jne	LBB2_9
	jmp	LBB2_10
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function main
LCPI3_0:
	.byte	0                               ## 0x0
	.byte	1                               ## 0x1
	.byte	2                               ## 0x2
	.byte	3                               ## 0x3
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
LCPI3_1:
	.short	241                             ## 0xf1
	.short	241                             ## 0xf1
	.short	241                             ## 0xf1
	.short	241                             ## 0xf1
	.short	241                             ## 0xf1
	.short	241                             ## 0xf1
	.short	241                             ## 0xf1
	.short	241                             ## 0xf1
LCPI3_2:
	.space	16,15
LCPI3_3:
	.long	0x3e800000                      ## float 0.25
	.long	0x3e800000                      ## float 0.25
	.long	0x3e800000                      ## float 0.25
	.long	0x3e800000                      ## float 0.25
LCPI3_4:
	.long	0xc0000000                      ## float -2
	.long	0xc0000000                      ## float -2
	.long	0xc0000000                      ## float -2
	.long	0xc0000000                      ## float -2
LCPI3_5:
	.short	37                              ## 0x25
	.short	37                              ## 0x25
	.short	37                              ## 0x25
	.short	37                              ## 0x25
	.short	37                              ## 0x25
	.short	37                              ## 0x25
	.short	37                              ## 0x25
	.short	37                              ## 0x25
LCPI3_6:
	.space	16,127
LCPI3_7:
	.space	16,63
LCPI3_8:
	.space	16,248
LCPI3_9:
	.long	0x3f000000                      ## float 0.5
	.long	0x3f000000                      ## float 0.5
	.long	0x3f000000                      ## float 0.5
	.long	0x3f000000                      ## float 0.5
LCPI3_10:
	.byte	4                               ## 0x4
	.byte	4                               ## 0x4
	.byte	4                               ## 0x4
	.byte	4                               ## 0x4
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
	.space	1
LCPI3_15:
	.long	0x80000000                      ## float -0
	.long	0x80000000                      ## float -0
	.long	0x80000000                      ## float -0
	.long	0x80000000                      ## float -0
LCPI3_16:
	.long	0x7fffffff                      ## float NaN
	.long	0x7fffffff                      ## float NaN
	.long	0x7fffffff                      ## float NaN
	.long	0x7fffffff                      ## float NaN
LCPI3_17:
	.long	0x3effffff                      ## float 0.49999997
	.long	0x3effffff                      ## float 0.49999997
	.long	0x3effffff                      ## float 0.49999997
	.long	0x3effffff                      ## float 0.49999997
LCPI3_19:
	.long	0x00000000                      ## float 0
	.long	0x3f800000                      ## float 1
	.long	0x40000000                      ## float 2
	.long	0x40400000                      ## float 3
LCPI3_20:
	.long	0xc1200000                      ## float -10
	.long	0xc1200000                      ## float -10
	.long	0xc1200000                      ## float -10
	.long	0xc1200000                      ## float -10
LCPI3_21:
	.long	0x40800000                      ## float 4
	.long	0x40a00000                      ## float 5
	.long	0x40c00000                      ## float 6
	.long	0x40e00000                      ## float 7
LCPI3_22:
	.long	0x41000000                      ## float 8
	.long	0x41100000                      ## float 9
	.long	0x41200000                      ## float 10
	.long	0x41300000                      ## float 11
LCPI3_23:
	.long	0x41400000                      ## float 12
	.long	0x41500000                      ## float 13
	.long	0x41600000                      ## float 14
	.long	0x41700000                      ## float 15
LCPI3_24:
	.long	0x41800000                      ## float 16
	.long	0x41880000                      ## float 17
	.long	0x41900000                      ## float 18
	.long	0x41980000                      ## float 19
LCPI3_25:
	.long	0x41a00000                      ## float 20
	.long	0x41a80000                      ## float 21
	.long	0x41b00000                      ## float 22
	.long	0x41b80000                      ## float 23
LCPI3_26:
	.long	0x41c00000                      ## float 24
	.long	0x41c80000                      ## float 25
	.long	0x41d00000                      ## float 26
	.long	0x41d80000                      ## float 27
LCPI3_27:
	.long	0x41e00000                      ## float 28
	.long	0x41e80000                      ## float 29
	.long	0x41f00000                      ## float 30
	.long	0x41f80000                      ## float 31
LCPI3_28:
	.long	0x42000000                      ## float 32
	.long	0x42040000                      ## float 33
	.long	0x42080000                      ## float 34
	.long	0x420c0000                      ## float 35
LCPI3_29:
	.long	0x42100000                      ## float 36
	.long	0x42140000                      ## float 37
	.long	0x42180000                      ## float 38
	.long	0x421c0000                      ## float 39
LCPI3_30:
	.long	0x42200000                      ## float 40
	.long	0x42240000                      ## float 41
	.long	0x42280000                      ## float 42
	.long	0x422c0000                      ## float 43
LCPI3_31:
	.long	0x42300000                      ## float 44
	.long	0x42340000                      ## float 45
	.long	0x42380000                      ## float 46
	.long	0x423c0000                      ## float 47
LCPI3_32:
	.long	0x4f000000                      ## float 2.14748365E+9
	.long	0x4f000000                      ## float 2.14748365E+9
	.long	0x4f000000                      ## float 2.14748365E+9
	.long	0x4f000000                      ## float 2.14748365E+9
LCPI3_43:
	.space	16
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2
LCPI3_11:
	.long	0x3f000000                      ## float 0.5
LCPI3_12:
	.long	0xbf800000                      ## float -1
LCPI3_13:
	.long	0x3f800000                      ## float 1
LCPI3_18:
	.long	0x3e800000                      ## float 0.25
LCPI3_33:
	.long	0x42400000                      ## float 48
LCPI3_34:
	.long	0xc1200000                      ## float -10
LCPI3_35:
	.long	0x42440000                      ## float 49
LCPI3_36:
	.long	0x3dcccccd                      ## float 0.100000001
LCPI3_40:
	.long	0x40400000                      ## float 3
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3
LCPI3_14:
	.quad	0x3e80000000000000              ## double 1.1920928955078125E-7
LCPI3_37:
	.quad	0x3fb999999999999a              ## double 0.10000000000000001
LCPI3_38:
	.quad	0x4170000000000000              ## double 16777216
LCPI3_39:
	.quad	0x4170000010000000              ## double 16777217
LCPI3_41:
	.quad	0x4008000000000000              ## double 3
LCPI3_42:
	.quad	0x4042000000000000              ## double 36
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
	pushq	%rbx
	subq	$104, %rsp
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movss	_fseed(%rip), %xmm8             ## xmm8 = mem[0],zero,zero,zero
	movaps	%xmm8, -64(%rbp)                ## 16-byte Spill
	shufps	$0, %xmm8, %xmm8                ## xmm8 = xmm8[0,0,0,0]
	movdqa	LCPI3_0(%rip), %xmm3            ## xmm3 = <0,1,2,3,u,u,u,u,u,u,u,u,u,u,u,u>
	xorl	%eax, %eax
	movdqa	LCPI3_1(%rip), %xmm1            ## xmm1 = [241,241,241,241,241,241,241,241]
	movdqa	LCPI3_2(%rip), %xmm9            ## xmm9 = [15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15]
	movaps	LCPI3_3(%rip), %xmm10           ## xmm10 = [2.5E-1,2.5E-1,2.5E-1,2.5E-1]
	movaps	LCPI3_4(%rip), %xmm11           ## xmm11 = [-2.0E+0,-2.0E+0,-2.0E+0,-2.0E+0]
	leaq	_arr_a(%rip), %rcx
	movdqa	LCPI3_5(%rip), %xmm6            ## xmm6 = [37,37,37,37,37,37,37,37]
	movdqa	LCPI3_6(%rip), %xmm12           ## xmm12 = [127,127,127,127,127,127,127,127,127,127,127,127,127,127,127,127]
	movdqa	LCPI3_7(%rip), %xmm13           ## xmm13 = [63,63,63,63,63,63,63,63,63,63,63,63,63,63,63,63]
	movdqa	LCPI3_8(%rip), %xmm14           ## xmm14 = [248,248,248,248,248,248,248,248,248,248,248,248,248,248,248,248]
	movaps	LCPI3_9(%rip), %xmm15           ## xmm15 = [5.0E-1,5.0E-1,5.0E-1,5.0E-1]
	leaq	_arr_b(%rip), %rdx
	movdqa	LCPI3_10(%rip), %xmm5           ## xmm5 = <4,4,4,4,u,u,u,u,u,u,u,u,u,u,u,u>
	.p2align	4, 0x90
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movdqa	%xmm3, %xmm2
	punpckhbw	LCPI3_43(%rip), %xmm2   ## xmm2 = xmm2[8],mem[8],xmm2[9],mem[9],xmm2[10],mem[10],xmm2[11],mem[11],xmm2[12],mem[12],xmm2[13],mem[13],xmm2[14],mem[14],xmm2[15],mem[15]
	movdqa	%xmm2, %xmm0
	pmullw	%xmm1, %xmm0
	psrlw	$8, %xmm0
	pmovzxbw	%xmm3, %xmm4                    ## xmm4 = xmm3[0],zero,xmm3[1],zero,xmm3[2],zero,xmm3[3],zero,xmm3[4],zero,xmm3[5],zero,xmm3[6],zero,xmm3[7],zero
	movdqa	%xmm4, %xmm7
	pmullw	%xmm1, %xmm7
	psrlw	$8, %xmm7
	packuswb	%xmm0, %xmm7
	psrlw	$4, %xmm7
	pand	%xmm9, %xmm7
	movdqa	%xmm7, %xmm0
	psllw	$4, %xmm0
	por	%xmm7, %xmm0
	movdqa	%xmm3, %xmm7
	psubb	%xmm0, %xmm7
	pmovzxbd	%xmm7, %xmm0                    ## xmm0 = xmm7[0],zero,zero,zero,xmm7[1],zero,zero,zero,xmm7[2],zero,zero,zero,xmm7[3],zero,zero,zero
	cvtdq2ps	%xmm0, %xmm0
	mulps	%xmm10, %xmm0
	addps	%xmm11, %xmm0
	movaps	%xmm0, (%rax,%rcx)
	pmullw	%xmm6, %xmm2
	psrlw	$8, %xmm2
	pmullw	%xmm6, %xmm4
	psrlw	$8, %xmm4
	packuswb	%xmm2, %xmm4
	movdqa	%xmm3, %xmm0
	psubb	%xmm4, %xmm0
	psrlw	$1, %xmm0
	pand	%xmm12, %xmm0
	paddb	%xmm4, %xmm0
	psrlw	$2, %xmm0
	pand	%xmm13, %xmm0
	movdqa	%xmm0, %xmm2
	psllw	$3, %xmm2
	pand	%xmm14, %xmm2
	psubb	%xmm2, %xmm0
	paddb	%xmm3, %xmm0
	pmovzxbd	%xmm0, %xmm0                    ## xmm0 = xmm0[0],zero,zero,zero,xmm0[1],zero,zero,zero,xmm0[2],zero,zero,zero,xmm0[3],zero,zero,zero
	cvtdq2ps	%xmm0, %xmm0
	mulps	%xmm8, %xmm0
	addps	%xmm15, %xmm0
	movaps	%xmm0, (%rax,%rdx)
	paddb	%xmm5, %xmm3
	addq	$16, %rax
	cmpq	$1024, %rax                     ## imm = 0x400
	jne	LBB3_1
## %bb.2:
	movaps	%xmm8, -128(%rbp)               ## 16-byte Spill
	leaq	_arr_a(%rip), %r14
	leaq	_arr_b(%rip), %rsi
	movq	%r14, %rdi
	movl	$256, %edx                      ## imm = 0x100
	callq	_dot
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movss	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	movq	%r14, %rdi
	movl	$256, %esi                      ## imm = 0x100
	callq	_count_above
	movl	%eax, %r15d
	movss	LCPI3_12(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	movq	%r14, %rdi
	movl	$256, %esi                      ## imm = 0x100
	callq	_count_above
	leaq	L_.str.1(%rip), %rdi
	xorl	%ebx, %ebx
	movl	%r15d, %esi
	movl	%eax, %edx
	xorl	%eax, %eax
	callq	_printf
	cmpl	$0, _n_iter(%rip)
	jle	LBB3_3
## %bb.10:
	xorps	%xmm0, %xmm0
	movss	LCPI3_13(%rip), %xmm1           ## xmm1 = mem[0],zero,zero,zero
	.p2align	4, 0x90
LBB3_11:                                ## =>This Inner Loop Header: Depth=1
	addl	$1, %ebx
	xorps	%xmm2, %xmm2
	cvtsi2ss	%ebx, %xmm2
	movaps	%xmm1, %xmm3
	divss	%xmm2, %xmm3
	addss	%xmm3, %xmm0
	cmpl	_n_iter(%rip), %ebx
	jl	LBB3_11
## %bb.4:
	cvtss2sd	%xmm0, %xmm0
	jmp	LBB3_5
LBB3_3:
	xorps	%xmm0, %xmm0
LBB3_5:
	movl	_n_iter(%rip), %esi
	leaq	L_.str.2(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movaps	-64(%rbp), %xmm1                ## 16-byte Reload
	movaps	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	mulss	%xmm1, %xmm0
	cvtss2sd	%xmm0, %xmm0
	leaq	L_.str.3(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movss	LCPI3_13(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	xorl	%esi, %esi
	xorps	%xmm1, %xmm1
	movss	LCPI3_11(%rip), %xmm2           ## xmm2 = mem[0],zero,zero,zero
	.p2align	4, 0x90
LBB3_6:                                 ## =>This Inner Loop Header: Depth=1
	mulss	%xmm2, %xmm0
	addl	$1, %esi
	ucomiss	%xmm1, %xmm0
	ja	LBB3_6
## %bb.7:
	leaq	L_.str.4(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.5(%rip), %rdi
	movsd	LCPI3_14(%rip), %xmm0           ## xmm0 = mem[0],zero
	movb	$1, %al
	callq	_printf
	movss	LCPI3_11(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	addss	-64(%rbp), %xmm0                ## 16-byte Folded Reload
	movss	%xmm0, -48(%rbp)                ## 4-byte Spill
	callq	_newton_sqrtf
	cvtss2sd	%xmm0, %xmm0
	movss	-48(%rbp), %xmm1                ## 4-byte Reload
                                        ## xmm1 = mem[0],zero,zero,zero
	sqrtss	%xmm1, %xmm1
	cvtss2sd	%xmm1, %xmm1
	leaq	L_.str.6(%rip), %rdi
	movb	$2, %al
	callq	_printf
	movaps	LCPI3_15(%rip), %xmm3           ## xmm3 = [-0.0E+0,-0.0E+0,-0.0E+0,-0.0E+0]
	movaps	-64(%rbp), %xmm6                ## 16-byte Reload
	movaps	%xmm6, %xmm2
	xorps	%xmm3, %xmm2
	movaps	LCPI3_16(%rip), %xmm0           ## xmm0 = [NaN,NaN,NaN,NaN]
	andps	%xmm6, %xmm0
	cvtss2sd	%xmm0, %xmm0
	xorps	%xmm1, %xmm1
	roundss	$9, %xmm2, %xmm1
	cvtss2sd	%xmm1, %xmm1
	roundss	$10, %xmm2, %xmm2
	cvtss2sd	%xmm2, %xmm2
	movss	LCPI3_13(%rip), %xmm4           ## xmm4 = mem[0],zero,zero,zero
	addss	%xmm6, %xmm4
	andps	%xmm4, %xmm3
	orps	LCPI3_17(%rip), %xmm3
	addss	%xmm4, %xmm3
	roundss	$11, %xmm3, %xmm3
	cvtss2sd	%xmm3, %xmm3
	movss	LCPI3_18(%rip), %xmm5           ## xmm5 = mem[0],zero,zero,zero
	movaps	%xmm6, %xmm4
	minss	%xmm5, %xmm4
	cvtss2sd	%xmm4, %xmm4
	maxss	%xmm5, %xmm6
	xorps	%xmm5, %xmm5
	cvtss2sd	%xmm6, %xmm5
	leaq	L_.str.7(%rip), %rdi
	movb	$6, %al
	callq	_printf
	movaps	LCPI3_19(%rip), %xmm0           ## xmm0 = [0.0E+0,1.0E+0,2.0E+0,3.0E+0]
	movaps	-128(%rbp), %xmm4               ## 16-byte Reload
	mulps	%xmm4, %xmm0
	movaps	LCPI3_20(%rip), %xmm3           ## xmm3 = [-1.0E+1,-1.0E+1,-1.0E+1,-1.0E+1]
	addps	%xmm3, %xmm0
	movaps	%xmm0, %xmm5
	movaps	%xmm0, -112(%rbp)               ## 16-byte Spill
	movaps	LCPI3_21(%rip), %xmm0           ## xmm0 = [4.0E+0,5.0E+0,6.0E+0,7.0E+0]
	mulps	%xmm4, %xmm0
	addps	%xmm3, %xmm0
	movaps	%xmm0, %xmm1
	movaps	%xmm0, -96(%rbp)                ## 16-byte Spill
	movaps	LCPI3_22(%rip), %xmm2           ## xmm2 = [8.0E+0,9.0E+0,1.0E+1,1.1E+1]
	mulps	%xmm4, %xmm2
	addps	%xmm3, %xmm2
	movaps	%xmm2, -80(%rbp)                ## 16-byte Spill
	movaps	LCPI3_23(%rip), %xmm0           ## xmm0 = [1.2E+1,1.3E+1,1.4E+1,1.5E+1]
	mulps	%xmm4, %xmm0
	addps	%xmm3, %xmm0
	movaps	%xmm0, -48(%rbp)                ## 16-byte Spill
	movaps	LCPI3_24(%rip), %xmm9           ## xmm9 = [1.6E+1,1.7E+1,1.8E+1,1.9E+1]
	mulps	%xmm4, %xmm9
	addps	%xmm3, %xmm9
	movaps	LCPI3_25(%rip), %xmm13          ## xmm13 = [2.0E+1,2.1E+1,2.2E+1,2.3E+1]
	mulps	%xmm4, %xmm13
	addps	%xmm3, %xmm13
	movaps	LCPI3_26(%rip), %xmm14          ## xmm14 = [2.4E+1,2.5E+1,2.6E+1,2.7E+1]
	mulps	%xmm4, %xmm14
	addps	%xmm3, %xmm14
	movaps	LCPI3_27(%rip), %xmm15          ## xmm15 = [2.8E+1,2.9E+1,3.0E+1,3.1E+1]
	mulps	%xmm4, %xmm15
	addps	%xmm3, %xmm15
	movaps	LCPI3_28(%rip), %xmm12          ## xmm12 = [3.2E+1,3.3E+1,3.4E+1,3.5E+1]
	mulps	%xmm4, %xmm12
	addps	%xmm3, %xmm12
	movaps	LCPI3_29(%rip), %xmm11          ## xmm11 = [3.6E+1,3.7E+1,3.8E+1,3.9E+1]
	mulps	%xmm4, %xmm11
	addps	%xmm3, %xmm11
	movaps	LCPI3_30(%rip), %xmm10          ## xmm10 = [4.0E+1,4.1E+1,4.2E+1,4.3E+1]
	mulps	%xmm4, %xmm10
	addps	%xmm3, %xmm10
	mulps	LCPI3_31(%rip), %xmm4
	addps	%xmm3, %xmm4
	xorps	%xmm8, %xmm8
	maxps	%xmm8, %xmm5
	cvttps2dq	%xmm5, %xmm7
	movdqa	%xmm7, %xmm6
	psrad	$31, %xmm6
	movaps	LCPI3_32(%rip), %xmm3           ## xmm3 = [2.14748365E+9,2.14748365E+9,2.14748365E+9,2.14748365E+9]
	subps	%xmm3, %xmm5
	cvttps2dq	%xmm5, %xmm0
	pand	%xmm6, %xmm0
	por	%xmm7, %xmm0
	movaps	%xmm1, %xmm5
	maxps	%xmm8, %xmm5
	cvttps2dq	%xmm5, %xmm6
	movdqa	%xmm6, %xmm7
	psrad	$31, %xmm7
	subps	%xmm3, %xmm5
	cvttps2dq	%xmm5, %xmm5
	pand	%xmm7, %xmm5
	por	%xmm6, %xmm5
	paddd	%xmm0, %xmm5
	maxps	%xmm8, %xmm2
	cvttps2dq	%xmm2, %xmm6
	movdqa	%xmm6, %xmm7
	psrad	$31, %xmm7
	subps	%xmm3, %xmm2
	cvttps2dq	%xmm2, %xmm0
	pand	%xmm7, %xmm0
	por	%xmm6, %xmm0
	movaps	-48(%rbp), %xmm6                ## 16-byte Reload
	maxps	%xmm8, %xmm6
	cvttps2dq	%xmm6, %xmm1
	movdqa	%xmm1, %xmm7
	psrad	$31, %xmm7
	subps	%xmm3, %xmm6
	cvttps2dq	%xmm6, %xmm6
	pand	%xmm7, %xmm6
	por	%xmm1, %xmm6
	paddd	%xmm0, %xmm6
	paddd	%xmm5, %xmm6
	movaps	%xmm9, %xmm0
	maxps	%xmm8, %xmm0
	cvttps2dq	%xmm0, %xmm1
	movdqa	%xmm1, %xmm5
	psrad	$31, %xmm5
	subps	%xmm3, %xmm0
	cvttps2dq	%xmm0, %xmm0
	pand	%xmm5, %xmm0
	por	%xmm1, %xmm0
	movaps	%xmm13, %xmm1
	maxps	%xmm8, %xmm1
	cvttps2dq	%xmm1, %xmm5
	movdqa	%xmm5, %xmm7
	psrad	$31, %xmm7
	subps	%xmm3, %xmm1
	cvttps2dq	%xmm1, %xmm1
	pand	%xmm7, %xmm1
	por	%xmm5, %xmm1
	paddd	%xmm0, %xmm1
	movaps	%xmm14, %xmm0
	maxps	%xmm8, %xmm0
	cvttps2dq	%xmm0, %xmm2
	movdqa	%xmm2, %xmm7
	psrad	$31, %xmm7
	subps	%xmm3, %xmm0
	cvttps2dq	%xmm0, %xmm5
	pand	%xmm7, %xmm5
	por	%xmm2, %xmm5
	paddd	%xmm1, %xmm5
	paddd	%xmm6, %xmm5
	movaps	%xmm15, %xmm0
	maxps	%xmm8, %xmm0
	cvttps2dq	%xmm0, %xmm1
	movdqa	%xmm1, %xmm2
	psrad	$31, %xmm2
	subps	%xmm3, %xmm0
	cvttps2dq	%xmm0, %xmm0
	pand	%xmm2, %xmm0
	por	%xmm1, %xmm0
	movaps	%xmm12, %xmm1
	maxps	%xmm8, %xmm1
	cvttps2dq	%xmm1, %xmm2
	movdqa	%xmm2, %xmm6
	psrad	$31, %xmm6
	subps	%xmm3, %xmm1
	cvttps2dq	%xmm1, %xmm1
	pand	%xmm6, %xmm1
	por	%xmm2, %xmm1
	paddd	%xmm0, %xmm1
	movaps	%xmm11, %xmm0
	maxps	%xmm8, %xmm0
	cvttps2dq	%xmm0, %xmm2
	movdqa	%xmm2, %xmm6
	psrad	$31, %xmm6
	subps	%xmm3, %xmm0
	cvttps2dq	%xmm0, %xmm0
	pand	%xmm6, %xmm0
	por	%xmm2, %xmm0
	paddd	%xmm1, %xmm0
	movaps	%xmm10, %xmm1
	maxps	%xmm8, %xmm1
	cvttps2dq	%xmm1, %xmm2
	movdqa	%xmm2, %xmm6
	psrad	$31, %xmm6
	subps	%xmm3, %xmm1
	cvttps2dq	%xmm1, %xmm1
	pand	%xmm6, %xmm1
	por	%xmm2, %xmm1
	paddd	%xmm0, %xmm1
	paddd	%xmm5, %xmm1
	movaps	%xmm4, %xmm0
	maxps	%xmm8, %xmm0
	cvttps2dq	%xmm0, %xmm2
	subps	%xmm3, %xmm0
	movdqa	%xmm2, %xmm3
	psrad	$31, %xmm3
	cvttps2dq	%xmm0, %xmm0
	pand	%xmm3, %xmm0
	por	%xmm2, %xmm0
	paddd	%xmm1, %xmm0
	pshufd	$238, %xmm0, %xmm1              ## xmm1 = xmm0[2,3,2,3]
	paddd	%xmm0, %xmm1
	pshufd	$85, %xmm1, %xmm0               ## xmm0 = xmm1[1,1,1,1]
	paddd	%xmm1, %xmm0
	movd	%xmm0, %eax
	cvttps2dq	-112(%rbp), %xmm0       ## 16-byte Folded Reload
	cvttps2dq	-96(%rbp), %xmm1        ## 16-byte Folded Reload
	paddd	%xmm0, %xmm1
	cvttps2dq	-80(%rbp), %xmm0        ## 16-byte Folded Reload
	cvttps2dq	-48(%rbp), %xmm2        ## 16-byte Folded Reload
	paddd	%xmm0, %xmm2
	paddd	%xmm1, %xmm2
	cvttps2dq	%xmm9, %xmm0
	cvttps2dq	%xmm13, %xmm1
	paddd	%xmm0, %xmm1
	cvttps2dq	%xmm14, %xmm0
	paddd	%xmm1, %xmm0
	paddd	%xmm2, %xmm0
	cvttps2dq	%xmm15, %xmm1
	cvttps2dq	%xmm12, %xmm2
	paddd	%xmm1, %xmm2
	cvttps2dq	%xmm11, %xmm1
	paddd	%xmm2, %xmm1
	cvttps2dq	%xmm10, %xmm2
	paddd	%xmm1, %xmm2
	paddd	%xmm0, %xmm2
	cvttps2dq	%xmm4, %xmm0
	paddd	%xmm2, %xmm0
	movss	LCPI3_33(%rip), %xmm1           ## xmm1 = mem[0],zero,zero,zero
	movaps	-64(%rbp), %xmm3                ## 16-byte Reload
	mulss	%xmm3, %xmm1
	movss	LCPI3_34(%rip), %xmm2           ## xmm2 = mem[0],zero,zero,zero
	addss	%xmm2, %xmm1
	cvttss2si	%xmm1, %ecx
	xorps	%xmm4, %xmm4
	maxss	%xmm4, %xmm1
	cvttss2si	%xmm1, %rdi
	pshufd	$238, %xmm0, %xmm1              ## xmm1 = xmm0[2,3,2,3]
	paddd	%xmm0, %xmm1
	pshufd	$85, %xmm1, %xmm0               ## xmm0 = xmm1[1,1,1,1]
	mulss	LCPI3_35(%rip), %xmm3
	paddd	%xmm1, %xmm0
	movaps	%xmm3, %xmm1
	addss	%xmm2, %xmm1
	cvttss2si	%xmm1, %esi
	movd	%xmm0, %ebx
	maxss	%xmm4, %xmm1
	cvttss2si	%xmm1, %rdx
	addl	%ebx, %ecx
	addl	%eax, %edi
	addl	%ecx, %esi
	addl	%edi, %edx
	leaq	L_.str.8(%rip), %rdi
                                        ## kill: def $edx killed $edx killed $rdx
	xorl	%eax, %eax
	callq	_printf
	xorps	%xmm3, %xmm3
	xorps	%xmm1, %xmm1
	movl	$1000, %eax                     ## imm = 0x3E8
	movss	LCPI3_36(%rip), %xmm0           ## xmm0 = mem[0],zero,zero,zero
	movsd	LCPI3_37(%rip), %xmm2           ## xmm2 = mem[0],zero
	.p2align	4, 0x90
LBB3_8:                                 ## =>This Inner Loop Header: Depth=1
	addss	%xmm0, %xmm3
	addsd	%xmm2, %xmm1
	addss	%xmm0, %xmm3
	addsd	%xmm2, %xmm1
	addss	%xmm0, %xmm3
	addsd	%xmm2, %xmm1
	addss	%xmm0, %xmm3
	addsd	%xmm2, %xmm1
	addss	%xmm0, %xmm3
	addsd	%xmm2, %xmm1
	addss	%xmm0, %xmm3
	addsd	%xmm2, %xmm1
	addss	%xmm0, %xmm3
	addsd	%xmm2, %xmm1
	addss	%xmm0, %xmm3
	addsd	%xmm2, %xmm1
	addl	$-8, %eax
	jne	LBB3_8
## %bb.9:
	xorps	%xmm0, %xmm0
	cvtss2sd	%xmm3, %xmm0
	leaq	L_.str.9(%rip), %rdi
	movb	$2, %al
	callq	_printf
	leaq	L_.str.10(%rip), %rdi
	movsd	LCPI3_38(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	LCPI3_39(%rip), %xmm1           ## xmm1 = mem[0],zero
	movb	$2, %al
	callq	_printf
	xorps	%xmm0, %xmm0
	cvtsi2ssl	_n_iter(%rip), %xmm0
	divss	LCPI3_40(%rip), %xmm0
	cvtss2sd	%xmm0, %xmm0
	mulsd	LCPI3_41(%rip), %xmm0
	leaq	L_.str.11(%rip), %rdi
	movb	$1, %al
	callq	_printf
	leaq	L_.str.12(%rip), %rdi
	movsd	LCPI3_42(%rip), %xmm0           ## xmm0 = mem[0],zero
	movb	$1, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$104, %rsp
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_fseed                          ## @fseed
	.p2align	2
_fseed:
	.long	0x3fc00000                      ## float 1.5

	.globl	_n_iter                         ## @n_iter
	.p2align	2
_n_iter:
	.long	200                             ## 0xc8

.zerofill __DATA,__bss,_arr_a,1024,4    ## @arr_a
.zerofill __DATA,__bss,_arr_b,1024,4    ## @arr_b
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"dot = %.4f\n"

L_.str.1:                               ## @.str.1
	.asciz	"above 0.5: %d, above -1: %d\n"

L_.str.2:                               ## @.str.2
	.asciz	"harmonic(%d) = %.4f\n"

L_.str.3:                               ## @.str.3
	.asciz	"1.5^20 = %.2f\n"

L_.str.4:                               ## @.str.4
	.asciz	"halvings until zero: %d\n"

L_.str.5:                               ## @.str.5
	.asciz	"float epsilon = %g\n"

L_.str.6:                               ## @.str.6
	.asciz	"newton_sqrtf(2) = %.5f sqrtf(2) = %.5f\n"

L_.str.7:                               ## @.str.7
	.asciz	"fabsf=%.2f floorf=%.1f ceilf=%.1f roundf=%.1f fminf=%.2f fmaxf=%.2f\n"

L_.str.8:                               ## @.str.8
	.asciz	"float->int sum %d, float->unsigned sum %u\n"

L_.str.9:                               ## @.str.9
	.asciz	"float acc %.4f vs double acc %.4f\n"

L_.str.10:                              ## @.str.10
	.asciz	"2^24+1 in float = %.1f, as double %.1f\n"

L_.str.11:                              ## @.str.11
	.asciz	"mixed: %.6f\n"

L_.str.12:                              ## @.str.12
	.asciz	"lerp sum = %.3f\n"

.subsections_via_symbols
