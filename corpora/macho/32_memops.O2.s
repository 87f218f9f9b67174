	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_shift_right                    ## -- Begin function shift_right
	.p2align	4, 0x90
_shift_right:                           ## @shift_right
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rsi, %rax
	movq	%rdi, %rsi
	addq	%rdx, %rdi
	subq	%rdx, %rax
	movq	%rax, %rdx
	popq	%rbp
	jmp	_memmove                        ## TAILCALL
	.cfi_endproc
                                        ## -- End function
	.globl	_shift_left                     ## -- Begin function shift_left
	.p2align	4, 0x90
_shift_left:                            ## @shift_left
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rsi, %rax
	leaq	(%rdi,%rdx), %rsi
	subq	%rdx, %rax
	movq	%rax, %rdx
	popq	%rbp
	jmp	_memmove                        ## TAILCALL
	.cfi_endproc
                                        ## -- End function
	.globl	_hand_memmove                   ## -- Begin function hand_memmove
	.p2align	4, 0x90
_hand_memmove:                          ## @hand_memmove
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_offset %rbx, -24
	cmpq	%rsi, %rdi
	jae	LBB2_4
## %bb.1:
	testq	%rdx, %rdx
	je	LBB2_42
## %bb.2:
	cmpq	$8, %rdx
	jb	LBB2_3
## %bb.12:
	leaq	(%rsi,%rdx), %rax
	cmpq	%rdi, %rax
	jbe	LBB2_20
## %bb.13:
	leaq	(%rdi,%rdx), %rax
	cmpq	%rsi, %rax
	jbe	LBB2_20
LBB2_3:
	xorl	%eax, %eax
LBB2_38:
	movq	%rax, %r8
	notq	%r8
	addq	%rdx, %r8
	movq	%rdx, %rcx
	andq	$3, %rcx
	je	LBB2_40
	.p2align	4, 0x90
LBB2_39:                                ## =>This Inner Loop Header: Depth=1
	movzbl	(%rsi,%rax), %ebx
	movb	%bl, (%rdi,%rax)
	addq	$1, %rax
	addq	$-1, %rcx
	jne	LBB2_39
LBB2_40:
	cmpq	$3, %r8
	jb	LBB2_42
	.p2align	4, 0x90
LBB2_41:                                ## =>This Inner Loop Header: Depth=1
	movzbl	(%rsi,%rax), %ecx
	movb	%cl, (%rdi,%rax)
	movzbl	1(%rsi,%rax), %ecx
	movb	%cl, 1(%rdi,%rax)
	movzbl	2(%rsi,%rax), %ecx
	movb	%cl, 2(%rdi,%rax)
	movzbl	3(%rsi,%rax), %ecx
	movb	%cl, 3(%rdi,%rax)
	addq	$4, %rax
	cmpq	%rax, %rdx
	jne	LBB2_41
	jmp	LBB2_42
LBB2_4:
	testq	%rdx, %rdx
	je	LBB2_42
## %bb.5:
	cmpq	$8, %rdx
	jb	LBB2_8
## %bb.6:
	leaq	(%rsi,%rdx), %rax
	cmpq	%rdi, %rax
	jbe	LBB2_18
## %bb.7:
	leaq	(%rdi,%rdx), %rax
	cmpq	%rsi, %rax
	jbe	LBB2_18
LBB2_8:
	movq	%rdx, %r9
LBB2_9:
	leaq	-1(%r9), %rdx
	movq	%r9, %rcx
	andq	$3, %rcx
	je	LBB2_15
	.p2align	4, 0x90
LBB2_10:                                ## =>This Inner Loop Header: Depth=1
	leaq	-1(%r9), %rax
	movzbl	-1(%rsi,%r9), %ebx
	movb	%bl, -1(%rdi,%r9)
	movq	%rax, %r9
	addq	$-1, %rcx
	jne	LBB2_10
## %bb.11:
	cmpq	$3, %rdx
	jae	LBB2_16
	jmp	LBB2_42
LBB2_15:
	movq	%r9, %rax
	cmpq	$3, %rdx
	jb	LBB2_42
LBB2_16:
	movq	%rax, %rcx
	.p2align	4, 0x90
LBB2_17:                                ## =>This Inner Loop Header: Depth=1
	movzbl	-1(%rsi,%rax), %edx
	movb	%dl, -1(%rdi,%rax)
	movzbl	-2(%rsi,%rax), %edx
	movb	%dl, -2(%rdi,%rax)
	movzbl	-3(%rsi,%rax), %edx
	movb	%dl, -3(%rdi,%rax)
	movzbl	-4(%rsi,%rax), %edx
	movb	%dl, -4(%rdi,%rax)
	addq	$-4, %rcx
	movq	%rcx, %rax
	jne	LBB2_17
LBB2_42:
	popq	%rbx
	popq	%rbp
	retq
LBB2_20:
	cmpq	$32, %rdx
	jae	LBB2_26
## %bb.21:
	xorl	%eax, %eax
	jmp	LBB2_35
LBB2_18:
	cmpq	$32, %rdx
	jae	LBB2_22
## %bb.19:
	xorl	%eax, %eax
	jmp	LBB2_48
LBB2_26:
	movq	%rdx, %rax
	andq	$-32, %rax
	leaq	-32(%rax), %rcx
	movq	%rcx, %r9
	shrq	$5, %r9
	addq	$1, %r9
	movl	%r9d, %r8d
	andl	$3, %r8d
	cmpq	$96, %rcx
	jae	LBB2_28
## %bb.27:
	xorl	%ecx, %ecx
	jmp	LBB2_30
LBB2_22:
	movq	%rdx, %rax
	andq	$-32, %rax
	leaq	-32(%rax), %rcx
	movq	%rcx, %r8
	shrq	$5, %r8
	addq	$1, %r8
	testq	%rcx, %rcx
	je	LBB2_43
## %bb.23:
	movabsq	$1152921504606846972, %r9       ## imm = 0xFFFFFFFFFFFFFFC
	orq	$2, %r9
	andq	%r8, %r9
	leaq	(%rdi,%rdx), %r10
	addq	$-16, %r10
	leaq	(%rsi,%rdx), %r11
	addq	$-16, %r11
	movq	$-16, %rcx
	.p2align	4, 0x90
LBB2_24:                                ## =>This Inner Loop Header: Depth=1
	movups	(%r11,%rcx), %xmm0
	movups	16(%r11,%rcx), %xmm1
	movups	%xmm1, 16(%r10,%rcx)
	movups	%xmm0, (%r10,%rcx)
	movups	-32(%r11,%rcx), %xmm0
	movups	-16(%r11,%rcx), %xmm1
	movups	%xmm1, -16(%r10,%rcx)
	movups	%xmm0, -32(%r10,%rcx)
	addq	$-64, %rcx
	addq	$-2, %r9
	jne	LBB2_24
## %bb.25:
	addq	$15, %rcx
	jmp	LBB2_44
LBB2_28:
	andq	$-4, %r9
	xorl	%ecx, %ecx
	.p2align	4, 0x90
LBB2_29:                                ## =>This Inner Loop Header: Depth=1
	movups	(%rsi,%rcx), %xmm0
	movups	16(%rsi,%rcx), %xmm1
	movups	%xmm0, (%rdi,%rcx)
	movups	%xmm1, 16(%rdi,%rcx)
	movups	32(%rsi,%rcx), %xmm0
	movups	48(%rsi,%rcx), %xmm1
	movups	%xmm0, 32(%rdi,%rcx)
	movups	%xmm1, 48(%rdi,%rcx)
	movups	64(%rsi,%rcx), %xmm0
	movups	80(%rsi,%rcx), %xmm1
	movups	%xmm0, 64(%rdi,%rcx)
	movups	%xmm1, 80(%rdi,%rcx)
	movups	96(%rsi,%rcx), %xmm0
	movups	112(%rsi,%rcx), %xmm1
	movups	%xmm0, 96(%rdi,%rcx)
	movups	%xmm1, 112(%rdi,%rcx)
	subq	$-128, %rcx
	addq	$-4, %r9
	jne	LBB2_29
LBB2_30:
	testq	%r8, %r8
	je	LBB2_33
## %bb.31:
	leaq	(%rdi,%rcx), %r9
	addq	$16, %r9
	leaq	(%rsi,%rcx), %r10
	addq	$16, %r10
	shlq	$5, %r8
	xorl	%ecx, %ecx
	.p2align	4, 0x90
LBB2_32:                                ## =>This Inner Loop Header: Depth=1
	movups	-16(%r10,%rcx), %xmm0
	movups	(%r10,%rcx), %xmm1
	movups	%xmm0, -16(%r9,%rcx)
	movups	%xmm1, (%r9,%rcx)
	addq	$32, %rcx
	cmpq	%rcx, %r8
	jne	LBB2_32
LBB2_33:
	cmpq	%rdx, %rax
	je	LBB2_42
## %bb.34:
	testb	$24, %dl
	je	LBB2_38
LBB2_35:
	movq	%rax, %rcx
	movq	%rdx, %rax
	andq	$-8, %rax
	.p2align	4, 0x90
LBB2_36:                                ## =>This Inner Loop Header: Depth=1
	movq	(%rsi,%rcx), %rbx
	movq	%rbx, (%rdi,%rcx)
	addq	$8, %rcx
	cmpq	%rcx, %rax
	jne	LBB2_36
## %bb.37:
	cmpq	%rdx, %rax
	je	LBB2_42
	jmp	LBB2_38
LBB2_43:
	movq	$-1, %rcx
LBB2_44:
	testb	$1, %r8b
	je	LBB2_46
## %bb.45:
	addq	%rdx, %rcx
	movups	-31(%rsi,%rcx), %xmm0
	movups	-15(%rsi,%rcx), %xmm1
	movups	%xmm1, -15(%rdi,%rcx)
	movups	%xmm0, -31(%rdi,%rcx)
LBB2_46:
	cmpq	%rdx, %rax
	je	LBB2_42
## %bb.47:
	testb	$24, %dl
	je	LBB2_51
LBB2_48:
	movq	%rdx, %r8
	andq	$-8, %r8
	movl	%edx, %r9d
	andl	$7, %r9d
	leaq	(%rdi,%rdx), %r10
	addq	$-8, %r10
	negq	%rax
	leaq	(%rsi,%rdx), %r11
	addq	$-8, %r11
	movq	%r8, %rcx
	negq	%rcx
	.p2align	4, 0x90
LBB2_49:                                ## =>This Inner Loop Header: Depth=1
	movq	(%r11,%rax), %rbx
	movq	%rbx, (%r10,%rax)
	addq	$-8, %rax
	cmpq	%rax, %rcx
	jne	LBB2_49
## %bb.50:
	cmpq	%rdx, %r8
	jne	LBB2_9
	jmp	LBB2_42
LBB2_51:
	andl	$31, %edx
	jmp	LBB2_8
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function main
LCPI3_0:
	.byte	0                               ## 0x0
	.byte	7                               ## 0x7
	.byte	14                              ## 0xe
	.byte	21                              ## 0x15
	.byte	28                              ## 0x1c
	.byte	35                              ## 0x23
	.byte	42                              ## 0x2a
	.byte	49                              ## 0x31
	.byte	56                              ## 0x38
	.byte	63                              ## 0x3f
	.byte	70                              ## 0x46
	.byte	77                              ## 0x4d
	.byte	84                              ## 0x54
	.byte	91                              ## 0x5b
	.byte	98                              ## 0x62
	.byte	105                             ## 0x69
LCPI3_1:
	.byte	112                             ## 0x70
	.byte	119                             ## 0x77
	.byte	126                             ## 0x7e
	.byte	133                             ## 0x85
	.byte	140                             ## 0x8c
	.byte	147                             ## 0x93
	.byte	154                             ## 0x9a
	.byte	161                             ## 0xa1
	.byte	168                             ## 0xa8
	.byte	175                             ## 0xaf
	.byte	182                             ## 0xb6
	.byte	189                             ## 0xbd
	.byte	196                             ## 0xc4
	.byte	203                             ## 0xcb
	.byte	210                             ## 0xd2
	.byte	217                             ## 0xd9
LCPI3_2:
	.byte	224                             ## 0xe0
	.byte	231                             ## 0xe7
	.byte	238                             ## 0xee
	.byte	245                             ## 0xf5
	.byte	252                             ## 0xfc
	.byte	3                               ## 0x3
	.byte	10                              ## 0xa
	.byte	17                              ## 0x11
	.byte	24                              ## 0x18
	.byte	31                              ## 0x1f
	.byte	38                              ## 0x26
	.byte	45                              ## 0x2d
	.byte	52                              ## 0x34
	.byte	59                              ## 0x3b
	.byte	66                              ## 0x42
	.byte	73                              ## 0x49
LCPI3_3:
	.byte	80                              ## 0x50
	.byte	87                              ## 0x57
	.byte	94                              ## 0x5e
	.byte	101                             ## 0x65
	.byte	108                             ## 0x6c
	.byte	115                             ## 0x73
	.byte	122                             ## 0x7a
	.byte	129                             ## 0x81
	.byte	136                             ## 0x88
	.byte	143                             ## 0x8f
	.byte	150                             ## 0x96
	.byte	157                             ## 0x9d
	.byte	164                             ## 0xa4
	.byte	171                             ## 0xab
	.byte	178                             ## 0xb2
	.byte	185                             ## 0xb9
LCPI3_4:
	.space	16,107
LCPI3_5:
	.short	8                               ## 0x8
	.short	9                               ## 0x9
	.short	10                              ## 0xa
	.short	11                              ## 0xb
	.short	12                              ## 0xc
	.short	13                              ## 0xd
	.short	14                              ## 0xe
	.short	15                              ## 0xf
LCPI3_6:
	.short	0                               ## 0x0
	.short	1                               ## 0x1
	.short	2                               ## 0x2
	.short	3                               ## 0x3
	.short	4                               ## 0x4
	.short	5                               ## 0x5
	.short	6                               ## 0x6
	.short	7                               ## 0x7
LCPI3_7:
	.short	20165                           ## 0x4ec5
	.short	20165                           ## 0x4ec5
	.short	20165                           ## 0x4ec5
	.short	20165                           ## 0x4ec5
	.short	20165                           ## 0x4ec5
	.short	20165                           ## 0x4ec5
	.short	20165                           ## 0x4ec5
	.short	20165                           ## 0x4ec5
LCPI3_8:
	.short	26                              ## 0x1a
	.short	26                              ## 0x1a
	.short	26                              ## 0x1a
	.short	26                              ## 0x1a
	.short	26                              ## 0x1a
	.short	26                              ## 0x1a
	.short	26                              ## 0x1a
	.short	26                              ## 0x1a
LCPI3_9:
	.space	16,97
LCPI3_10:
	.short	16                              ## 0x10
	.short	16                              ## 0x10
	.short	16                              ## 0x10
	.short	16                              ## 0x10
	.short	16                              ## 0x10
	.short	16                              ## 0x10
	.short	16                              ## 0x10
	.short	16                              ## 0x10
LCPI3_11:
	.short	32                              ## 0x20
	.short	32                              ## 0x20
	.short	32                              ## 0x20
	.short	32                              ## 0x20
	.short	32                              ## 0x20
	.short	32                              ## 0x20
	.short	32                              ## 0x20
	.short	32                              ## 0x20
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
	subq	$552, %rsp                      ## imm = 0x228
	.cfi_offset %rbx, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -32(%rbp)
	movslq	_vshift(%rip), %r14
	movups	L_.str(%rip), %xmm0
	movaps	%xmm0, -80(%rbp)
	movups	L_.str+16(%rip), %xmm0
	movaps	%xmm0, -64(%rbp)
	movabsq	$18931672434702455, %rax        ## imm = 0x4342417A797877
	movq	%rax, -48(%rbp)
	leaq	L_.str.18(%rip), %rdi
	leaq	L_.str.1(%rip), %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$48, %edi
	callq	_putchar
	movl	$1, %ebx
	movl	$95, %r15d
	.p2align	4, 0x90
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	-80(%rbp,%rbx), %eax
	testb	%al, %al
	cmovel	%r15d, %eax
	movsbl	%al, %edi
	callq	_putchar
	addq	$1, %rbx
	cmpq	$39, %rbx
	jne	LBB3_1
## %bb.2:
	leaq	L_str(%rip), %rdi
	callq	_puts
	leaq	-80(%rbp), %rdi
	movl	$39, %esi
	movq	%r14, %rdx
	callq	_shift_right
	leaq	L_.str.18(%rip), %rdi
	leaq	L_.str.2(%rip), %rsi
	xorl	%ebx, %ebx
	xorl	%eax, %eax
	callq	_printf
	movl	$95, %r15d
	.p2align	4, 0x90
LBB3_3:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	-80(%rbp,%rbx), %eax
	testb	%al, %al
	cmovel	%r15d, %eax
	movsbl	%al, %edi
	callq	_putchar
	addq	$1, %rbx
	cmpq	$39, %rbx
	jne	LBB3_3
## %bb.4:
	leaq	L_str(%rip), %rdi
	callq	_puts
	addq	%r14, %r14
	leaq	-80(%rbp), %rdi
	movl	$39, %esi
	movq	%r14, %rdx
	callq	_shift_left
	leaq	L_.str.18(%rip), %rdi
	leaq	L_.str.3(%rip), %rsi
	xorl	%ebx, %ebx
	xorl	%eax, %eax
	callq	_printf
	movl	$95, %r14d
	.p2align	4, 0x90
LBB3_5:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	-80(%rbp,%rbx), %eax
	testb	%al, %al
	cmovel	%r14d, %eax
	movsbl	%al, %edi
	callq	_putchar
	addq	$1, %rbx
	cmpq	$39, %rbx
	jne	LBB3_5
## %bb.6:
	leaq	L_str(%rip), %rdi
	callq	_puts
	leaq	L_.str.18(%rip), %rdi
	leaq	L_.str.4(%rip), %rsi
	xorl	%ebx, %ebx
	xorl	%eax, %eax
	callq	_printf
	movl	$95, %r14d
	.p2align	4, 0x90
LBB3_7:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	-80(%rbp,%rbx), %eax
	testb	%al, %al
	cmovel	%r14d, %eax
	movsbl	%al, %edi
	callq	_putchar
	addq	$1, %rbx
	cmpq	$39, %rbx
	jne	LBB3_7
## %bb.8:
	leaq	L_str(%rip), %rdi
	callq	_puts
	movq	$0, -50(%rbp)
	movb	$0, -42(%rbp)
	leaq	L_.str.18(%rip), %rdi
	leaq	L_.str.5(%rip), %rsi
	xorl	%ebx, %ebx
	xorl	%eax, %eax
	callq	_printf
	movl	$95, %r14d
	.p2align	4, 0x90
LBB3_9:                                 ## =>This Inner Loop Header: Depth=1
	movzbl	-80(%rbp,%rbx), %eax
	testb	%al, %al
	cmovel	%r14d, %eax
	movsbl	%al, %edi
	callq	_putchar
	addq	$1, %rbx
	cmpq	$39, %rbx
	jne	LBB3_9
## %bb.10:
	leaq	L_str(%rip), %rdi
	callq	_puts
	movaps	LCPI3_0(%rip), %xmm0            ## xmm0 = [0,7,14,21,28,35,42,49,56,63,70,77,84,91,98,105]
	movaps	%xmm0, -208(%rbp)
	movaps	%xmm0, -144(%rbp)
	movaps	LCPI3_1(%rip), %xmm0            ## xmm0 = [112,119,126,133,140,147,154,161,168,175,182,189,196,203,210,217]
	movaps	%xmm0, -192(%rbp)
	movaps	%xmm0, -128(%rbp)
	movaps	LCPI3_2(%rip), %xmm0            ## xmm0 = [224,231,238,245,252,3,10,17,24,31,38,45,52,59,66,73]
	movaps	%xmm0, -176(%rbp)
	movaps	%xmm0, -112(%rbp)
	movaps	LCPI3_3(%rip), %xmm0            ## xmm0 = [80,87,94,101,108,115,122,129,136,143,150,157,164,171,178,185]
	movaps	%xmm0, -160(%rbp)
	movaps	%xmm0, -96(%rbp)
	leaq	-139(%rbp), %rdi
	leaq	-144(%rbp), %rbx
	movl	$50, %edx
	movq	%rbx, %rsi
	callq	_hand_memmove
	movaps	-208(%rbp), %xmm0
	movaps	-192(%rbp), %xmm1
	movaps	-176(%rbp), %xmm2
	movups	%xmm0, -203(%rbp)
	movups	%xmm1, -187(%rbp)
	movzwl	-160(%rbp), %eax
	movups	%xmm2, -171(%rbp)
	movw	%ax, -155(%rbp)
	leaq	-208(%rbp), %r14
	movl	$64, %edx
	movq	%rbx, %rdi
	movq	%r14, %rsi
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	sete	%sil
	leaq	L_.str.6(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	-135(%rbp), %rsi
	movl	$40, %edx
	movq	%rbx, %rdi
	callq	_hand_memmove
	movups	-199(%rbp), %xmm0
	movups	-183(%rbp), %xmm1
	movaps	%xmm0, -208(%rbp)
	movaps	%xmm1, -192(%rbp)
	movq	-167(%rbp), %rax
	movq	%rax, -176(%rbp)
	movl	$64, %edx
	movq	%rbx, %rdi
	movq	%r14, %rsi
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	sete	%sil
	leaq	L_.str.7(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.8(%rip), %rdi
	movl	$1, %esi
	movl	$-1, %edx
	xorl	%ecx, %ecx
	movl	$-1, %r8d
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.9(%rip), %rdi
	xorl	%esi, %esi
	movl	$1, %edx
	xorl	%eax, %eax
	callq	_printf
	movaps	LCPI3_4(%rip), %xmm0            ## xmm0 = [107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107]
	movaps	%xmm0, -576(%rbp)
	movaps	%xmm0, -560(%rbp)
	movaps	%xmm0, -256(%rbp)
	movaps	%xmm0, -272(%rbp)
	movb	$106, -252(%rbp)
	leaq	-576(%rbp), %rdi
	leaq	-272(%rbp), %rsi
	movl	$24, %edx
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	setg	%sil
	sarl	$31, %eax
	addl	%eax, %esi
	leaq	L_.str.10(%rip), %rbx
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movaps	LCPI3_4(%rip), %xmm0            ## xmm0 = [107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107]
	movaps	%xmm0, -576(%rbp)
	movaps	%xmm0, -560(%rbp)
	movaps	%xmm0, -256(%rbp)
	movaps	%xmm0, -272(%rbp)
	movb	$106, -251(%rbp)
	leaq	-575(%rbp), %rdi
	leaq	-271(%rbp), %rsi
	movl	$24, %edx
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	setg	%sil
	sarl	$31, %eax
	addl	%eax, %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movaps	LCPI3_4(%rip), %xmm0            ## xmm0 = [107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107]
	movaps	%xmm0, -576(%rbp)
	movaps	%xmm0, -560(%rbp)
	movaps	%xmm0, -256(%rbp)
	movaps	%xmm0, -272(%rbp)
	movb	$106, -250(%rbp)
	leaq	-574(%rbp), %rdi
	leaq	-270(%rbp), %rsi
	movl	$24, %edx
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	setg	%sil
	sarl	$31, %eax
	addl	%eax, %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movaps	LCPI3_4(%rip), %xmm0            ## xmm0 = [107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107]
	movaps	%xmm0, -576(%rbp)
	movaps	%xmm0, -560(%rbp)
	movaps	%xmm0, -256(%rbp)
	movaps	%xmm0, -272(%rbp)
	movb	$106, -249(%rbp)
	leaq	-573(%rbp), %rdi
	leaq	-269(%rbp), %rsi
	movl	$24, %edx
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	setg	%sil
	sarl	$31, %eax
	addl	%eax, %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movaps	LCPI3_4(%rip), %xmm0            ## xmm0 = [107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107]
	movaps	%xmm0, -576(%rbp)
	movaps	%xmm0, -560(%rbp)
	movaps	%xmm0, -256(%rbp)
	movaps	%xmm0, -272(%rbp)
	movb	$106, -248(%rbp)
	leaq	-572(%rbp), %rdi
	leaq	-268(%rbp), %rsi
	movl	$24, %edx
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	setg	%sil
	sarl	$31, %eax
	addl	%eax, %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movaps	LCPI3_4(%rip), %xmm0            ## xmm0 = [107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107]
	movaps	%xmm0, -576(%rbp)
	movaps	%xmm0, -560(%rbp)
	movaps	%xmm0, -256(%rbp)
	movaps	%xmm0, -272(%rbp)
	movb	$106, -247(%rbp)
	leaq	-571(%rbp), %rdi
	leaq	-267(%rbp), %rsi
	movl	$24, %edx
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	setg	%sil
	sarl	$31, %eax
	addl	%eax, %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movaps	LCPI3_4(%rip), %xmm0            ## xmm0 = [107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107]
	movaps	%xmm0, -576(%rbp)
	movaps	%xmm0, -560(%rbp)
	movaps	%xmm0, -256(%rbp)
	movaps	%xmm0, -272(%rbp)
	movb	$106, -246(%rbp)
	leaq	-570(%rbp), %rdi
	leaq	-266(%rbp), %rsi
	movl	$24, %edx
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	setg	%sil
	sarl	$31, %eax
	addl	%eax, %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movaps	LCPI3_4(%rip), %xmm0            ## xmm0 = [107,107,107,107,107,107,107,107,107,107,107,107,107,107,107,107]
	movaps	%xmm0, -576(%rbp)
	movaps	%xmm0, -560(%rbp)
	movaps	%xmm0, -256(%rbp)
	movaps	%xmm0, -272(%rbp)
	movb	$106, -245(%rbp)
	leaq	-569(%rbp), %rdi
	leaq	-265(%rbp), %rsi
	movl	$24, %edx
	callq	_memcmp
	xorl	%esi, %esi
	testl	%eax, %eax
	setg	%sil
	sarl	$31, %eax
	addl	%eax, %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	leaq	L_.str.13(%rip), %rdi
	leaq	L_.str.15(%rip), %rdx
	movl	$2, %esi
	xorl	%eax, %eax
	callq	_printf
	movaps	l___const.main.words+16(%rip), %xmm0
	movaps	%xmm0, -256(%rbp)
	movdqa	l___const.main.words+32(%rip), %xmm1
	movdqa	%xmm1, -240(%rbp)
	movaps	l___const.main.words(%rip), %xmm2
	movaps	%xmm2, -272(%rbp)
	movaps	l___const.main.words+48(%rip), %xmm3
	movaps	%xmm3, -224(%rbp)
	movups	%xmm0, -248(%rbp)
	movups	%xmm2, -264(%rbp)
	movq	-224(%rbp), %rax
	movdqu	%xmm1, -232(%rbp)
	movq	%rax, -216(%rbp)
	movdqa	-256(%rbp), %xmm0
	movq	-240(%rbp), %rax
	movq	%rax, -256(%rbp)
	movdqa	%xmm0, -272(%rbp)
	movq	-272(%rbp), %rsi
	leaq	L_.str.16(%rip), %rbx
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-264(%rbp), %rsi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-256(%rbp), %rsi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-248(%rbp), %rsi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-240(%rbp), %rsi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-232(%rbp), %rsi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-224(%rbp), %rsi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	-216(%rbp), %rsi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	movdqa	LCPI3_5(%rip), %xmm5            ## xmm5 = [8,9,10,11,12,13,14,15]
	movdqa	LCPI3_6(%rip), %xmm4            ## xmm4 = [0,1,2,3,4,5,6,7]
	movl	$16, %eax
	movdqa	LCPI3_7(%rip), %xmm2            ## xmm2 = [20165,20165,20165,20165,20165,20165,20165,20165]
	movdqa	LCPI3_8(%rip), %xmm3            ## xmm3 = [26,26,26,26,26,26,26,26]
	movdqa	LCPI3_9(%rip), %xmm8            ## xmm8 = [97,97,97,97,97,97,97,97,97,97,97,97,97,97,97,97]
	movdqa	LCPI3_10(%rip), %xmm9           ## xmm9 = [16,16,16,16,16,16,16,16]
	movdqa	LCPI3_11(%rip), %xmm6           ## xmm6 = [32,32,32,32,32,32,32,32]
	.p2align	4, 0x90
LBB3_11:                                ## =>This Inner Loop Header: Depth=1
	movdqa	%xmm4, %xmm7
	pmulhuw	%xmm2, %xmm7
	psrlw	$3, %xmm7
	pmullw	%xmm3, %xmm7
	movdqa	%xmm4, %xmm1
	psubw	%xmm7, %xmm1
	movdqa	%xmm5, %xmm7
	pmulhuw	%xmm2, %xmm7
	psrlw	$3, %xmm7
	pmullw	%xmm3, %xmm7
	movdqa	%xmm5, %xmm0
	psubw	%xmm7, %xmm0
	packuswb	%xmm0, %xmm1
	paddb	%xmm8, %xmm1
	movdqa	%xmm1, -592(%rbp,%rax)
	movdqa	%xmm5, %xmm0
	paddw	%xmm9, %xmm0
	movdqa	%xmm4, %xmm1
	paddw	%xmm9, %xmm1
	movdqa	%xmm1, %xmm7
	pmulhuw	%xmm2, %xmm7
	psrlw	$3, %xmm7
	pmullw	%xmm3, %xmm7
	psubw	%xmm7, %xmm1
	movdqa	%xmm0, %xmm7
	pmulhuw	%xmm2, %xmm7
	psrlw	$3, %xmm7
	pmullw	%xmm3, %xmm7
	psubw	%xmm7, %xmm0
	packuswb	%xmm0, %xmm1
	paddb	%xmm8, %xmm1
	movdqa	%xmm1, -576(%rbp,%rax)
	paddw	%xmm6, %xmm4
	paddw	%xmm6, %xmm5
	addq	$32, %rax
	cmpq	$304, %rax                      ## imm = 0x130
	jne	LBB3_11
## %bb.12:
	movabsq	$7667774633883821155, %rax      ## imm = 0x6A69686766656463
	movq	%rax, -288(%rbp)
	movl	$1852664939, -280(%rbp)         ## imm = 0x6E6D6C6B
	leaq	-575(%rbp), %rdi
	leaq	-576(%rbp), %rsi
	movl	$298, %edx                      ## imm = 0x12A
	callq	_memmove
	leaq	-476(%rbp), %rdi
	leaq	-539(%rbp), %rsi
	movl	$150, %edx
	callq	_memmove
	xorl	%esi, %esi
	movl	$5, %eax
	.p2align	4, 0x90
LBB3_13:                                ## =>This Inner Loop Header: Depth=1
	movl	%esi, %ecx
	shll	$5, %ecx
	subl	%esi, %ecx
	movzbl	-581(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-580(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-579(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-578(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-577(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-576(%rbp,%rax), %esi
	addl	%ecx, %esi
	addq	$6, %rax
	cmpq	$305, %rax                      ## imm = 0x131
	jne	LBB3_13
## %bb.14:
	leaq	L_.str.17(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-32(%rbp), %rax
	jne	LBB3_16
## %bb.15:
	xorl	%eax, %eax
	addq	$552, %rsp                      ## imm = 0x228
	popq	%rbx
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB3_16:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vshift                         ## @vshift
	.p2align	2
_vshift:
	.long	3                               ## 0x3

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"0123456789abcdefghijklmnopqrstuvwxyzABC"

L_.str.1:                               ## @.str.1
	.asciz	"start"

L_.str.2:                               ## @.str.2
	.asciz	"move right 3"

L_.str.3:                               ## @.str.3
	.asciz	"move left 6"

L_.str.4:                               ## @.str.4
	.asciz	"self move"

L_.str.5:                               ## @.str.5
	.asciz	"memset tail"

L_.str.6:                               ## @.str.6
	.asciz	"hand vs libc forward overlap equal: %d\n"

L_.str.7:                               ## @.str.7
	.asciz	"hand vs libc backward overlap equal: %d\n"

L_.str.8:                               ## @.str.8
	.asciz	"memcmp: %d %d %d %d\n"

L_.str.9:                               ## @.str.9
	.asciz	"memcmp len0: %d, high byte unsigned: %d\n"

L_.str.10:                              ## @.str.10
	.asciz	"%d"

L_.str.13:                              ## @.str.13
	.asciz	"memchr n at %ld, z %s\n"

L_.str.15:                              ## @.str.15
	.asciz	"missing"

	.section	__TEXT,__const
	.p2align	4                               ## @__const.main.words
l___const.main.words:
	.quad	1                               ## 0x1
	.quad	2                               ## 0x2
	.quad	3                               ## 0x3
	.quad	4                               ## 0x4
	.quad	5                               ## 0x5
	.quad	6                               ## 0x6
	.quad	7                               ## 0x7
	.quad	8                               ## 0x8

	.section	__TEXT,__cstring,cstring_literals
L_.str.16:                              ## @.str.16
	.asciz	"%ld "

L_.str.17:                              ## @.str.17
	.asciz	"big checksum=%08x\n"

L_.str.18:                              ## @.str.18
	.asciz	"%-14s ["

L_str:                                  ## @str
	.asciz	"]"

.subsections_via_symbols
