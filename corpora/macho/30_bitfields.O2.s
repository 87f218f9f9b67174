	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_bump                           ## -- Begin function bump
	.p2align	4, 0x90
_bump:                                  ## @bump
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	(%rdi), %eax
	leal	512(%rax), %r8d
	andl	$2096640, %r8d                  ## imm = 0x1FFE00
	leal	496(%rax), %edx
	andl	$496, %edx                      ## imm = 0x1F0
	leal	6(%rax), %esi
	andl	$14, %esi
	leal	419430400(%rax), %ecx
	andl	$-4194304, %ecx                 ## imm = 0xFFC00000
	andl	$2097153, %eax                  ## imm = 0x200001
	orl	%r8d, %eax
	orl	%edx, %eax
	orl	%esi, %eax
	orl	%ecx, %eax
	xorl	$1, %eax
	movl	%eax, (%rdi)
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_encode                         ## -- Begin function encode
	.p2align	4, 0x90
_encode:                                ## @encode
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, %eax
	andl	$15, %eax
	imull	$1000000, %eax, %ecx            ## imm = 0xF4240
	movl	%edi, %eax
	shrl	$4, %eax
	andl	$63, %eax
	imull	$10000, %eax, %edx              ## imm = 0x2710
	movl	%edi, %eax
	shrl	$10, %eax
	movl	$3518437209, %esi               ## imm = 0xD1B71759
	imulq	%rax, %rsi
	shrq	$45, %rsi
	imull	$10000, %esi, %esi              ## imm = 0x2710
	subl	%esi, %eax
	addl	%ecx, %eax
	addl	%edx, %eax
	shrq	$32, %rdi
	andl	$4095, %edi                     ## imm = 0xFFF
	xorl	%edi, %eax
                                        ## kill: def $eax killed $eax killed $rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_blend                          ## -- Begin function blend
	.p2align	4, 0x90
_blend:                                 ## @blend
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
                                        ## kill: def $esi killed $esi def $rsi
                                        ## kill: def $edi killed $edi def $rdi
	movzwl	%si, %ecx
	movzwl	%di, %eax
	movl	%eax, %r8d
	shrl	$11, %r8d
	movl	%ecx, %edx
	shrl	$11, %edx
	addl	%r8d, %edx
	shll	$10, %edx
	andl	$-67045376, %edx                ## imm = 0xFC00F800
	shrl	$5, %eax
	andl	$63, %eax
	shrl	$5, %ecx
	andl	$63, %ecx
	addl	%eax, %ecx
	shll	$4, %ecx
	andl	$-32, %ecx
	andl	$31, %edi
	andl	$31, %esi
	leal	(%rsi,%rdi), %eax
	shrl	%eax
	orl	%edx, %eax
	orl	%ecx, %eax
                                        ## kill: def $ax killed $ax killed $eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function main
LCPI3_0:
	.long	4292870145                      ## 0xffe00001
	.long	4292870145                      ## 0xffe00001
	.long	4292870145                      ## 0xffe00001
	.long	4292870145                      ## 0xffe00001
LCPI3_1:
	.long	384                             ## 0x180
	.long	154002                          ## 0x25992
	.long	307620                          ## 0x4b1a4
	.long	461238                          ## 0x709b6
LCPI3_2:
	.long	614856                          ## 0x961c8
	.long	768474                          ## 0xbb9da
	.long	922092                          ## 0xe11ec
	.long	1075710                         ## 0x1069fe
LCPI3_3:
	.long	1228800                         ## 0x12c000
	.long	1382418                         ## 0x151812
	.long	1536036                         ## 0x177024
	.long	1689654                         ## 0x19c836
LCPI3_4:
	.long	1843272                         ## 0x1c2048
	.long	1996890                         ## 0x1e785a
	.long	53356                           ## 0xd06c
	.long	206974                          ## 0x3287e
LCPI3_5:
	.long	7                               ## 0x7
	.long	7                               ## 0x7
	.long	7                               ## 0x7
	.long	7                               ## 0x7
LCPI3_6:
	.long	4095                            ## 0xfff
	.long	4095                            ## 0xfff
	.long	4095                            ## 0xfff
	.long	4095                            ## 0xfff
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
	pushq	%r12
	pushq	%rbx
	subq	$96, %rsp
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -40(%rbp)
	movl	$-517999568, -120(%rbp)         ## imm = 0xE11FF430
	cmpl	$0, _vseed(%rip)
	jle	LBB3_3
## %bb.1:
	leaq	-120(%rbp), %r14
	leaq	L_.str(%rip), %r15
	xorl	%r12d, %r12d
	.p2align	4, 0x90
LBB3_2:                                 ## =>This Inner Loop Header: Depth=1
	movq	%r14, %rdi
	callq	_bump
	movl	-120(%rbp), %ebx
	movl	%ebx, %esi
	andl	$1, %esi
	movl	%ebx, %edx
	shrl	%edx
	andl	$7, %edx
	movl	%ebx, %ecx
	shll	$23, %ecx
	sarl	$27, %ecx
	movl	%ebx, %r8d
	shrl	$9, %r8d
	andl	$4095, %r8d                     ## imm = 0xFFF
	movl	%ebx, %r9d
	shrl	$21, %r9d
	andl	$1, %r9d
	movl	%ebx, %eax
	shrl	$22, %eax
	movl	%eax, (%rsp)
	movq	%r15, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	%ebx, %eax
	shll	$12, %eax
	andl	$2097152, %eax                  ## imm = 0x200000
	andl	$-2097153, %ebx                 ## imm = 0xFFDFFFFF
	orl	%eax, %ebx
	movl	%ebx, -120(%rbp)
	addl	$1, %r12d
	cmpl	_vseed(%rip), %r12d
	jl	LBB3_2
LBB3_3:
	leaq	L_.str.1(%rip), %rdi
	movl	$4, %esi
	movl	$8, %edx
	movl	$2, %ecx
	xorl	%eax, %eax
	callq	_printf
	movabsq	$-6067637184160857099, %rdi     ## imm = 0xABCB6C20F42403F5
	callq	_encode
	movl	%eax, (%rsp)
	leaq	L_.str.2(%rip), %rdi
	movl	$5, %esi
	movl	$63, %edx
	movl	$4000000, %ecx                  ## imm = 0x3D0900
	movq	$-300000, %r8                   ## imm = 0xFFFB6C20
	movl	$2748, %r9d                     ## imm = 0xABC
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.3(%rip), %rdi
	movl	$524286, %ecx                   ## imm = 0x7FFFE
	xorl	%esi, %esi
	movl	$3805697, %edx                  ## imm = 0x3A1201
	movl	$2748, %r8d                     ## imm = 0xABC
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.4(%rip), %rdi
	movl	$9, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_vseed(%rip), %esi
	shll	$11, %esi
	orl	$320, %esi                      ## imm = 0x140
	movl	$65535, %edi                    ## imm = 0xFFFF
	callq	_blend
                                        ## kill: def $ax killed $ax def $eax
	movzwl	%ax, %r8d
	movl	%r8d, %esi
	shrl	$11, %esi
	movl	%eax, %edx
	shrl	$5, %edx
	andl	$63, %edx
	andl	$31, %eax
	leaq	L_.str.5(%rip), %rdi
	movl	%eax, %ecx
	xorl	%eax, %eax
	callq	_printf
	xorps	%xmm0, %xmm0
	movaps	%xmm0, -112(%rbp)
	movaps	%xmm0, -96(%rbp)
	movaps	%xmm0, -80(%rbp)
	movaps	%xmm0, -64(%rbp)
	movdqa	LCPI3_0(%rip), %xmm0            ## xmm0 = [4292870145,4292870145,4292870145,4292870145]
	movdqa	-112(%rbp), %xmm3
	pand	%xmm0, %xmm3
	por	LCPI3_1(%rip), %xmm3
	movdqa	%xmm3, -112(%rbp)
	movdqa	-96(%rbp), %xmm2
	pand	%xmm0, %xmm2
	por	LCPI3_2(%rip), %xmm2
	movdqa	%xmm2, -96(%rbp)
	movdqa	-80(%rbp), %xmm1
	pand	%xmm0, %xmm1
	por	LCPI3_3(%rip), %xmm1
	movdqa	%xmm1, -80(%rbp)
	pand	-64(%rbp), %xmm0
	por	LCPI3_4(%rip), %xmm0
	movdqa	%xmm0, -64(%rbp)
	movdqa	%xmm3, %xmm5
	pslld	$23, %xmm5
	psrad	$27, %xmm5
	movdqa	%xmm3, %xmm6
	psrld	$1, %xmm6
	movdqa	LCPI3_5(%rip), %xmm8            ## xmm8 = [7,7,7,7]
	pand	%xmm8, %xmm6
	pmaddwd	%xmm5, %xmm6
	psrld	$9, %xmm3
	movdqa	LCPI3_6(%rip), %xmm5            ## xmm5 = [4095,4095,4095,4095]
	pand	%xmm5, %xmm3
	movdqa	%xmm2, %xmm7
	pslld	$23, %xmm7
	psrad	$27, %xmm7
	movdqa	%xmm2, %xmm4
	psrld	$1, %xmm4
	pand	%xmm8, %xmm4
	pmaddwd	%xmm7, %xmm4
	psrld	$9, %xmm2
	pand	%xmm5, %xmm2
	paddd	%xmm3, %xmm2
	paddd	%xmm6, %xmm2
	movdqa	%xmm1, %xmm3
	pslld	$23, %xmm3
	psrld	$27, %xmm3
	movdqa	%xmm1, %xmm6
	psrld	$1, %xmm6
	pand	%xmm8, %xmm6
	pmaddwd	%xmm3, %xmm6
	psrld	$9, %xmm1
	pand	%xmm5, %xmm1
	paddd	%xmm4, %xmm1
	paddd	%xmm2, %xmm1
	movdqa	%xmm0, %xmm2
	pslld	$23, %xmm2
	psrld	$27, %xmm2
	movdqa	%xmm0, %xmm3
	psrld	$1, %xmm3
	pand	%xmm8, %xmm3
	pmaddwd	%xmm2, %xmm3
	psrld	$9, %xmm0
	pand	%xmm5, %xmm0
	paddd	%xmm6, %xmm0
	paddd	%xmm3, %xmm0
	paddd	%xmm1, %xmm0
	pshufd	$238, %xmm0, %xmm1              ## xmm1 = xmm0[2,3,2,3]
	paddd	%xmm0, %xmm1
	pshufd	$85, %xmm1, %xmm0               ## xmm0 = xmm1[1,1,1,1]
	paddd	%xmm1, %xmm0
	movd	%xmm0, %esi
	leaq	L_.str.6(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-40(%rbp), %rax
	jne	LBB3_5
## %bb.4:
	xorl	%eax, %eax
	addq	$96, %rsp
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB3_5:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vseed                          ## @vseed
	.p2align	2
_vseed:
	.long	9                               ## 0x9

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"ready=%u mode=%u level=%d count=%u urgent=%d tail=%u\n"

L_.str.1:                               ## @.str.1
	.asciz	"sizeof flags=%zu packet=%zu rgb565=%zu\n"

L_.str.2:                               ## @.str.2
	.asciz	"packet: v=%u t=%u len=%u off=%lld ck=%x enc=%u\n"

L_.str.3:                               ## @.str.3
	.asciz	"after rmw: t=%u len=%u off=%lld ck=%x\n"

L_.str.4:                               ## @.str.4
	.asciz	"raw low 32 bits set: %d\n"

L_.str.5:                               ## @.str.5
	.asciz	"blend r=%u g=%u b=%u bits=%04x\n"

L_.str.6:                               ## @.str.6
	.asciz	"level_sum=%d\n"

.subsections_via_symbols
