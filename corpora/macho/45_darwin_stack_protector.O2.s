	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_local_array_sum                ## -- Begin function local_array_sum
	.p2align	4, 0x90
_local_array_sum:                       ## @local_array_sum
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-8(%rbp), %rax
	jne	LBB0_2
## %bb.1:
	imull	$165, %edi, %eax
	addq	$16, %rsp
	popq	%rbp
	retq
LBB0_2:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function big_frame
LCPI1_0:
	.long	12                              ## 0xc
	.long	13                              ## 0xd
	.long	14                              ## 0xe
	.long	15                              ## 0xf
LCPI1_1:
	.long	8                               ## 0x8
	.long	9                               ## 0x9
	.long	10                              ## 0xa
	.long	11                              ## 0xb
LCPI1_2:
	.long	4                               ## 0x4
	.long	5                               ## 0x5
	.long	6                               ## 0x6
	.long	7                               ## 0x7
LCPI1_3:
	.long	0                               ## 0x0
	.long	1                               ## 0x1
	.long	2                               ## 0x2
	.long	3                               ## 0x3
LCPI1_4:
	.byte	255                             ## 0xff
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	255                             ## 0xff
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	255                             ## 0xff
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	255                             ## 0xff
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
	.byte	0                               ## 0x0
LCPI1_5:
	.long	16                              ## 0x10
	.long	16                              ## 0x10
	.long	16                              ## 0x10
	.long	16                              ## 0x10
LCPI1_6:
	.long	32                              ## 0x20
	.long	32                              ## 0x20
	.long	32                              ## 0x20
	.long	32                              ## 0x20
LCPI1_7:
	.long	48                              ## 0x30
	.long	48                              ## 0x30
	.long	48                              ## 0x30
	.long	48                              ## 0x30
LCPI1_8:
	.long	64                              ## 0x40
	.long	64                              ## 0x40
	.long	64                              ## 0x40
	.long	64                              ## 0x40
LCPI1_9:
	.long	80                              ## 0x50
	.long	80                              ## 0x50
	.long	80                              ## 0x50
	.long	80                              ## 0x50
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_big_frame
	.p2align	4, 0x90
_big_frame:                             ## @big_frame
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$20016, %rsp                    ## imm = 0x4E30
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movd	%edi, %xmm0
	pshufd	$0, %xmm0, %xmm0                ## xmm0 = xmm0[0,0,0,0]
	movdqa	LCPI1_0(%rip), %xmm14           ## xmm14 = [12,13,14,15]
	movdqa	LCPI1_1(%rip), %xmm6            ## xmm6 = [8,9,10,11]
	movdqa	LCPI1_2(%rip), %xmm5            ## xmm5 = [4,5,6,7]
	movdqa	LCPI1_3(%rip), %xmm7            ## xmm7 = [0,1,2,3]
	movl	$64, %eax
	movdqa	LCPI1_4(%rip), %xmm13           ## xmm13 = [255,0,0,0,255,0,0,0,255,0,0,0,255,0,0,0]
	movdqa	LCPI1_5(%rip), %xmm8            ## xmm8 = [16,16,16,16]
	movdqa	LCPI1_6(%rip), %xmm9            ## xmm9 = [32,32,32,32]
	movdqa	LCPI1_7(%rip), %xmm10           ## xmm10 = [48,48,48,48]
	movdqa	LCPI1_8(%rip), %xmm11           ## xmm11 = [64,64,64,64]
	movdqa	LCPI1_9(%rip), %xmm12           ## xmm12 = [80,80,80,80]
	.p2align	4, 0x90
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	movdqa	%xmm14, %xmm1
	pmulld	%xmm0, %xmm1
	movdqa	%xmm6, %xmm2
	pmulld	%xmm0, %xmm2
	movdqa	%xmm5, %xmm3
	pmulld	%xmm0, %xmm3
	movdqa	%xmm7, %xmm4
	pmulld	%xmm0, %xmm4
	pand	%xmm13, %xmm4
	pand	%xmm13, %xmm3
	packusdw	%xmm3, %xmm4
	pand	%xmm13, %xmm2
	pand	%xmm13, %xmm1
	packusdw	%xmm1, %xmm2
	packuswb	%xmm2, %xmm4
	movdqa	%xmm4, -20080(%rbp,%rax)
	movdqa	%xmm7, %xmm1
	paddd	%xmm8, %xmm1
	movdqa	%xmm5, %xmm2
	paddd	%xmm8, %xmm2
	movdqa	%xmm6, %xmm3
	paddd	%xmm8, %xmm3
	movdqa	%xmm14, %xmm4
	paddd	%xmm8, %xmm4
	pmulld	%xmm0, %xmm4
	pmulld	%xmm0, %xmm3
	pmulld	%xmm0, %xmm2
	pmulld	%xmm0, %xmm1
	pand	%xmm13, %xmm1
	pand	%xmm13, %xmm2
	packusdw	%xmm2, %xmm1
	pand	%xmm13, %xmm3
	pand	%xmm13, %xmm4
	packusdw	%xmm4, %xmm3
	packuswb	%xmm3, %xmm1
	movdqa	%xmm1, -20064(%rbp,%rax)
	movdqa	%xmm7, %xmm1
	paddd	%xmm9, %xmm1
	movdqa	%xmm5, %xmm2
	paddd	%xmm9, %xmm2
	movdqa	%xmm6, %xmm3
	paddd	%xmm9, %xmm3
	movdqa	%xmm14, %xmm4
	paddd	%xmm9, %xmm4
	pmulld	%xmm0, %xmm4
	pmulld	%xmm0, %xmm3
	pmulld	%xmm0, %xmm2
	pmulld	%xmm0, %xmm1
	pand	%xmm13, %xmm1
	pand	%xmm13, %xmm2
	packusdw	%xmm2, %xmm1
	pand	%xmm13, %xmm3
	pand	%xmm13, %xmm4
	packusdw	%xmm4, %xmm3
	packuswb	%xmm3, %xmm1
	movdqa	%xmm1, -20048(%rbp,%rax)
	movdqa	%xmm7, %xmm1
	paddd	%xmm10, %xmm1
	movdqa	%xmm5, %xmm2
	paddd	%xmm10, %xmm2
	movdqa	%xmm6, %xmm3
	paddd	%xmm10, %xmm3
	movdqa	%xmm14, %xmm4
	paddd	%xmm10, %xmm4
	pmulld	%xmm0, %xmm4
	pmulld	%xmm0, %xmm3
	pmulld	%xmm0, %xmm2
	pmulld	%xmm0, %xmm1
	pand	%xmm13, %xmm1
	pand	%xmm13, %xmm2
	packusdw	%xmm2, %xmm1
	pand	%xmm13, %xmm3
	pand	%xmm13, %xmm4
	packusdw	%xmm4, %xmm3
	packuswb	%xmm3, %xmm1
	movdqa	%xmm1, -20032(%rbp,%rax)
	movdqa	%xmm7, %xmm1
	paddd	%xmm11, %xmm1
	movdqa	%xmm5, %xmm2
	paddd	%xmm11, %xmm2
	movdqa	%xmm6, %xmm3
	paddd	%xmm11, %xmm3
	movdqa	%xmm14, %xmm4
	paddd	%xmm11, %xmm4
	pmulld	%xmm0, %xmm4
	pmulld	%xmm0, %xmm3
	pmulld	%xmm0, %xmm2
	pmulld	%xmm0, %xmm1
	pand	%xmm13, %xmm1
	pand	%xmm13, %xmm2
	packusdw	%xmm2, %xmm1
	pand	%xmm13, %xmm3
	pand	%xmm13, %xmm4
	packusdw	%xmm4, %xmm3
	packuswb	%xmm3, %xmm1
	movdqa	%xmm1, -20016(%rbp,%rax)
	paddd	%xmm12, %xmm7
	paddd	%xmm12, %xmm5
	paddd	%xmm12, %xmm6
	paddd	%xmm12, %xmm14
	addq	$80, %rax
	cmpq	$20064, %rax                    ## imm = 0x4E60
	jne	LBB1_1
## %bb.2:
	movq	$-291, %rcx                     ## imm = 0xFEDD
	xorl	%eax, %eax
	.p2align	4, 0x90
LBB1_3:                                 ## =>This Inner Loop Header: Depth=1
	movsbq	-19725(%rbp,%rcx), %rdx
	addq	%rax, %rdx
	movsbq	-19628(%rbp,%rcx), %rsi
	addq	%rdx, %rsi
	movsbq	-19531(%rbp,%rcx), %rax
	addq	%rsi, %rax
	addq	$291, %rcx                      ## imm = 0x123
	cmpq	$19709, %rcx                    ## imm = 0x4CFD
	jb	LBB1_3
## %bb.4:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rcx
	movq	(%rcx), %rcx
	cmpq	-8(%rbp), %rcx
	jne	LBB1_6
## %bb.5:
	addq	$20016, %rsp                    ## imm = 0x4E30
	popq	%rbp
	retq
LBB1_6:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.globl	_copy_name                      ## -- Begin function copy_name
	.p2align	4, 0x90
_copy_name:                             ## @copy_name
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movb	(%rdi), %al
	testb	%al, %al
	je	LBB2_1
## %bb.2:
	xorl	%edx, %edx
	.p2align	4, 0x90
LBB2_3:                                 ## =>This Inner Loop Header: Depth=1
	movb	%al, -32(%rbp,%rdx)
	leaq	1(%rdx), %rcx
	movzbl	1(%rdi,%rdx), %eax
	testb	%al, %al
	je	LBB2_5
## %bb.4:                               ##   in Loop: Header=BB2_3 Depth=1
	cmpq	$14, %rdx
	movq	%rcx, %rdx
	jb	LBB2_3
	jmp	LBB2_5
LBB2_1:
	xorl	%ecx, %ecx
LBB2_5:
	movl	%ecx, %eax
	movb	$0, -32(%rbp,%rax)
	leal	1(%rcx), %r8d
	testl	%ecx, %ecx
	je	LBB2_6
## %bb.11:
	movl	%r8d, %r9d
	andl	$-2, %r9d
	leal	-2(%rax), %edi
	xorl	%ecx, %ecx
	.p2align	4, 0x90
LBB2_12:                                ## =>This Inner Loop Header: Depth=1
	movl	%edi, %edx
	addl	$1, %edx
	cmovsl	%eax, %edx
	movslq	%edx, %rdx
	movzbl	-32(%rbp,%rdx), %edx
	movb	%dl, (%rsi,%rcx)
	testl	%edi, %edi
	movl	%edi, %edx
	cmovsl	%eax, %edx
	movslq	%edx, %rdx
	movzbl	-32(%rbp,%rdx), %edx
	movb	%dl, 1(%rsi,%rcx)
	addq	$2, %rcx
	addl	$-2, %edi
	cmpq	%rcx, %r9
	jne	LBB2_12
## %bb.7:
	testb	$1, %r8b
	je	LBB2_9
LBB2_8:
	movl	%ecx, %edx
	notl	%edx
	addl	%eax, %edx
	cmovsl	%eax, %edx
	movslq	%edx, %rdx
	movb	-32(%rbp,%rdx), %dl
	movb	%dl, (%rsi,%rcx)
LBB2_9:
	movb	$0, (%rsi,%rax)
	movq	___stack_chk_guard@GOTPCREL(%rip), %rcx
	movq	(%rcx), %rcx
	cmpq	-8(%rbp), %rcx
	jne	LBB2_13
## %bb.10:
                                        ## kill: def $eax killed $eax killed $rax
	addq	$32, %rsp
	popq	%rbp
	retq
LBB2_6:
	xorl	%ecx, %ecx
	testb	$1, %r8b
	jne	LBB2_8
	jmp	LBB2_9
LBB2_13:
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
	pushq	%rbx
	subq	$40, %rsp
	.cfi_offset %rbx, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -16(%rbp)
	movl	_vk(%rip), %edi
	callq	_local_array_sum
	leaq	L_.str(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	_vk(%rip), %edi
	callq	_big_frame
	leaq	L_.str.1(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.2(%rip), %rdi
	leaq	-48(%rbp), %rbx
	movq	%rbx, %rsi
	callq	_copy_name
	leaq	L_.str.3(%rip), %rdi
	movl	%eax, %esi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-16(%rbp), %rax
	jne	LBB3_2
## %bb.1:
	xorl	%eax, %eax
	addq	$40, %rsp
	popq	%rbx
	popq	%rbp
	retq
LBB3_2:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vk                             ## @vk
	.p2align	2
_vk:
	.long	5                               ## 0x5

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"local_array_sum: %d\n"

L_.str.1:                               ## @.str.1
	.asciz	"big_frame: %ld\n"

L_.str.2:                               ## @.str.2
	.asciz	"protector"

L_.str.3:                               ## @.str.3
	.asciz	"copy_name: %d %s\n"

.subsections_via_symbols
