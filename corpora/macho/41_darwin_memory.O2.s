	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_clear                          ## -- Begin function clear
	.p2align	4, 0x90
_clear:                                 ## @clear
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	callq	___bzero
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_fill_ints                      ## -- Begin function fill_ints
	.p2align	4, 0x90
_fill_ints:                             ## @fill_ints
	.cfi_startproc
## %bb.0:
	testq	%rsi, %rsi
	je	LBB1_2
## %bb.1:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rsi, %rdx
	shlq	$2, %rdx
	leaq	L_.memset_pattern(%rip), %rsi
	callq	_memset_pattern16
	popq	%rbp
LBB1_2:
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## -- Begin function main
LCPI2_0:
	.byte	1                               ## 0x1
	.byte	8                               ## 0x8
	.byte	15                              ## 0xf
	.byte	22                              ## 0x16
	.byte	29                              ## 0x1d
	.byte	36                              ## 0x24
	.byte	43                              ## 0x2b
	.byte	50                              ## 0x32
	.byte	57                              ## 0x39
	.byte	64                              ## 0x40
	.byte	71                              ## 0x47
	.byte	78                              ## 0x4e
	.byte	85                              ## 0x55
	.byte	92                              ## 0x5c
	.byte	99                              ## 0x63
	.byte	106                             ## 0x6a
LCPI2_1:
	.byte	113                             ## 0x71
	.byte	120                             ## 0x78
	.byte	127                             ## 0x7f
	.byte	134                             ## 0x86
	.byte	141                             ## 0x8d
	.byte	148                             ## 0x94
	.byte	155                             ## 0x9b
	.byte	162                             ## 0xa2
	.byte	169                             ## 0xa9
	.byte	176                             ## 0xb0
	.byte	183                             ## 0xb7
	.byte	190                             ## 0xbe
	.byte	197                             ## 0xc5
	.byte	204                             ## 0xcc
	.byte	211                             ## 0xd3
	.byte	218                             ## 0xda
LCPI2_2:
	.byte	225                             ## 0xe1
	.byte	232                             ## 0xe8
	.byte	239                             ## 0xef
	.byte	246                             ## 0xf6
	.byte	253                             ## 0xfd
	.byte	4                               ## 0x4
	.byte	11                              ## 0xb
	.byte	18                              ## 0x12
	.byte	25                              ## 0x19
	.byte	32                              ## 0x20
	.byte	39                              ## 0x27
	.byte	46                              ## 0x2e
	.byte	53                              ## 0x35
	.byte	60                              ## 0x3c
	.byte	67                              ## 0x43
	.byte	74                              ## 0x4a
LCPI2_3:
	.byte	81                              ## 0x51
	.byte	88                              ## 0x58
	.byte	95                              ## 0x5f
	.byte	102                             ## 0x66
	.byte	109                             ## 0x6d
	.byte	116                             ## 0x74
	.byte	123                             ## 0x7b
	.byte	130                             ## 0x82
	.byte	137                             ## 0x89
	.byte	144                             ## 0x90
	.byte	151                             ## 0x97
	.byte	158                             ## 0x9e
	.byte	165                             ## 0xa5
	.byte	172                             ## 0xac
	.byte	179                             ## 0xb3
	.byte	186                             ## 0xba
LCPI2_4:
	.byte	193                             ## 0xc1
	.byte	200                             ## 0xc8
	.byte	207                             ## 0xcf
	.byte	214                             ## 0xd6
	.byte	221                             ## 0xdd
	.byte	228                             ## 0xe4
	.byte	235                             ## 0xeb
	.byte	242                             ## 0xf2
	.byte	249                             ## 0xf9
	.byte	0                               ## 0x0
	.byte	7                               ## 0x7
	.byte	14                              ## 0xe
	.byte	21                              ## 0x15
	.byte	28                              ## 0x1c
	.byte	35                              ## 0x23
	.byte	42                              ## 0x2a
LCPI2_5:
	.byte	49                              ## 0x31
	.byte	56                              ## 0x38
	.byte	63                              ## 0x3f
	.byte	70                              ## 0x46
	.byte	77                              ## 0x4d
	.byte	84                              ## 0x54
	.byte	91                              ## 0x5b
	.byte	98                              ## 0x62
	.byte	105                             ## 0x69
	.byte	112                             ## 0x70
	.byte	119                             ## 0x77
	.byte	126                             ## 0x7e
	.byte	133                             ## 0x85
	.byte	140                             ## 0x8c
	.byte	147                             ## 0x93
	.byte	154                             ## 0x9a
LCPI2_6:
	.byte	161                             ## 0xa1
	.byte	168                             ## 0xa8
	.byte	175                             ## 0xaf
	.byte	182                             ## 0xb6
	.byte	189                             ## 0xbd
	.byte	196                             ## 0xc4
	.byte	203                             ## 0xcb
	.byte	210                             ## 0xd2
	.byte	217                             ## 0xd9
	.byte	224                             ## 0xe0
	.byte	231                             ## 0xe7
	.byte	238                             ## 0xee
	.byte	245                             ## 0xf5
	.byte	252                             ## 0xfc
	.byte	3                               ## 0x3
	.byte	10                              ## 0xa
LCPI2_7:
	.byte	17                              ## 0x11
	.byte	24                              ## 0x18
	.byte	31                              ## 0x1f
	.byte	38                              ## 0x26
	.byte	45                              ## 0x2d
	.byte	52                              ## 0x34
	.byte	59                              ## 0x3b
	.byte	66                              ## 0x42
	.byte	73                              ## 0x49
	.byte	80                              ## 0x50
	.byte	87                              ## 0x57
	.byte	94                              ## 0x5e
	.byte	101                             ## 0x65
	.byte	108                             ## 0x6c
	.byte	115                             ## 0x73
	.byte	122                             ## 0x7a
LCPI2_8:
	.byte	129                             ## 0x81
	.byte	136                             ## 0x88
	.byte	143                             ## 0x8f
	.byte	150                             ## 0x96
	.byte	157                             ## 0x9d
	.byte	164                             ## 0xa4
	.byte	171                             ## 0xab
	.byte	178                             ## 0xb2
	.byte	185                             ## 0xb9
	.byte	192                             ## 0xc0
	.byte	199                             ## 0xc7
	.byte	206                             ## 0xce
	.byte	213                             ## 0xd5
	.byte	220                             ## 0xdc
	.byte	227                             ## 0xe3
	.byte	234                             ## 0xea
LCPI2_9:
	.byte	241                             ## 0xf1
	.byte	248                             ## 0xf8
	.byte	255                             ## 0xff
	.byte	6                               ## 0x6
	.byte	13                              ## 0xd
	.byte	20                              ## 0x14
	.byte	27                              ## 0x1b
	.byte	34                              ## 0x22
	.byte	41                              ## 0x29
	.byte	48                              ## 0x30
	.byte	55                              ## 0x37
	.byte	62                              ## 0x3e
	.byte	69                              ## 0x45
	.byte	76                              ## 0x4c
	.byte	83                              ## 0x53
	.byte	90                              ## 0x5a
LCPI2_10:
	.byte	97                              ## 0x61
	.byte	104                             ## 0x68
	.byte	111                             ## 0x6f
	.byte	118                             ## 0x76
	.byte	125                             ## 0x7d
	.byte	132                             ## 0x84
	.byte	139                             ## 0x8b
	.byte	146                             ## 0x92
	.byte	153                             ## 0x99
	.byte	160                             ## 0xa0
	.byte	167                             ## 0xa7
	.byte	174                             ## 0xae
	.byte	181                             ## 0xb5
	.byte	188                             ## 0xbc
	.byte	195                             ## 0xc3
	.byte	202                             ## 0xca
LCPI2_11:
	.byte	209                             ## 0xd1
	.byte	216                             ## 0xd8
	.byte	223                             ## 0xdf
	.byte	230                             ## 0xe6
	.byte	237                             ## 0xed
	.byte	244                             ## 0xf4
	.byte	251                             ## 0xfb
	.byte	2                               ## 0x2
	.byte	9                               ## 0x9
	.byte	16                              ## 0x10
	.byte	23                              ## 0x17
	.byte	30                              ## 0x1e
	.byte	37                              ## 0x25
	.byte	44                              ## 0x2c
	.byte	51                              ## 0x33
	.byte	58                              ## 0x3a
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
	pushq	%r14
	pushq	%rbx
	subq	$464, %rsp                      ## imm = 0x1D0
	.cfi_offset %rbx, -32
	.cfi_offset %r14, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -24(%rbp)
	movaps	LCPI2_0(%rip), %xmm0            ## xmm0 = [1,8,15,22,29,36,43,50,57,64,71,78,85,92,99,106]
	movaps	%xmm0, -224(%rbp)
	movaps	LCPI2_1(%rip), %xmm0            ## xmm0 = [113,120,127,134,141,148,155,162,169,176,183,190,197,204,211,218]
	movaps	%xmm0, -208(%rbp)
	movaps	LCPI2_2(%rip), %xmm0            ## xmm0 = [225,232,239,246,253,4,11,18,25,32,39,46,53,60,67,74]
	movaps	%xmm0, -192(%rbp)
	movaps	LCPI2_3(%rip), %xmm0            ## xmm0 = [81,88,95,102,109,116,123,130,137,144,151,158,165,172,179,186]
	movaps	%xmm0, -176(%rbp)
	movaps	LCPI2_4(%rip), %xmm0            ## xmm0 = [193,200,207,214,221,228,235,242,249,0,7,14,21,28,35,42]
	movaps	%xmm0, -160(%rbp)
	movaps	LCPI2_5(%rip), %xmm0            ## xmm0 = [49,56,63,70,77,84,91,98,105,112,119,126,133,140,147,154]
	movaps	%xmm0, -144(%rbp)
	movaps	LCPI2_6(%rip), %xmm0            ## xmm0 = [161,168,175,182,189,196,203,210,217,224,231,238,245,252,3,10]
	movaps	%xmm0, -128(%rbp)
	movaps	LCPI2_7(%rip), %xmm0            ## xmm0 = [17,24,31,38,45,52,59,66,73,80,87,94,101,108,115,122]
	movaps	%xmm0, -112(%rbp)
	movaps	LCPI2_8(%rip), %xmm0            ## xmm0 = [129,136,143,150,157,164,171,178,185,192,199,206,213,220,227,234]
	movaps	%xmm0, -96(%rbp)
	movaps	LCPI2_9(%rip), %xmm0            ## xmm0 = [241,248,255,6,13,20,27,34,41,48,55,62,69,76,83,90]
	movaps	%xmm0, -80(%rbp)
	movaps	LCPI2_10(%rip), %xmm0           ## xmm0 = [97,104,111,118,125,132,139,146,153,160,167,174,181,188,195,202]
	movaps	%xmm0, -64(%rbp)
	movaps	LCPI2_11(%rip), %xmm0           ## xmm0 = [209,216,223,230,237,244,251,2,9,16,23,30,37,44,51,58]
	movaps	%xmm0, -48(%rbp)
	movabsq	$8244793894874597441, %rax      ## imm = 0x726B645D564F4841
	movq	%rax, -32(%rbp)
	leaq	-221(%rbp), %rdi
	movq	_vlen(%rip), %rsi
	callq	_clear
	xorl	%esi, %esi
	movl	$4, %eax
	.p2align	4, 0x90
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	%esi, %ecx
	shll	$5, %ecx
	subl	%esi, %ecx
	movzbl	-228(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-227(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-226(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-225(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-224(%rbp,%rax), %esi
	addl	%ecx, %esi
	addq	$5, %rax
	cmpq	$204, %rax
	jne	LBB2_1
## %bb.2:
	movzbl	-222(%rbp), %edx
	movzbl	-184(%rbp), %ecx
	movzbl	-144(%rbp), %r8d
	leaq	L_.str(%rip), %rdi
	xorl	%r14d, %r14d
	xorl	%eax, %eax
	callq	_printf
	leaq	-124(%rbp), %rdi
	movq	_vlen(%rip), %rsi
	shrq	%rsi
	callq	___bzero
	movl	$4, %eax
	.p2align	4, 0x90
LBB2_3:                                 ## =>This Inner Loop Header: Depth=1
	movl	%r14d, %ecx
	shll	$5, %ecx
	subl	%r14d, %ecx
	movzbl	-228(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-227(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-226(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-225(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-224(%rbp,%rax), %r14d
	addl	%ecx, %r14d
	addq	$5, %rax
	cmpq	$204, %rax
	jne	LBB2_3
## %bb.4:
	leaq	L_.str.1(%rip), %rdi
	xorl	%ebx, %ebx
	movl	%r14d, %esi
	xorl	%eax, %eax
	callq	_printf
	movq	_vlen(%rip), %rdx
	leaq	_main.pat16(%rip), %rsi
	leaq	-224(%rbp), %rdi
	callq	_memset_pattern16
	movl	$4, %eax
	.p2align	4, 0x90
LBB2_5:                                 ## =>This Inner Loop Header: Depth=1
	movl	%ebx, %ecx
	shll	$5, %ecx
	subl	%ebx, %ecx
	movzbl	-228(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-227(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-226(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-225(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-224(%rbp,%rax), %ebx
	addl	%ecx, %ebx
	addq	$5, %rax
	cmpq	$204, %rax
	jne	LBB2_5
## %bb.6:
	leaq	L_.str.2(%rip), %rdi
	xorl	%r14d, %r14d
	leaq	-224(%rbp), %rsi
	movl	%ebx, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	-214(%rbp), %rdi
	movq	_vlen(%rip), %rdx
	addq	$-70, %rdx
	leaq	_main.pat8(%rip), %rsi
	callq	_memset_pattern8
	leaq	-194(%rbp), %rdi
	leaq	_main.pat4(%rip), %rsi
	movl	$13, %edx
	callq	_memset_pattern4
	movl	$4, %eax
	.p2align	4, 0x90
LBB2_7:                                 ## =>This Inner Loop Header: Depth=1
	movl	%r14d, %ecx
	shll	$5, %ecx
	subl	%r14d, %ecx
	movzbl	-228(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-227(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-226(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-225(%rbp,%rax), %edx
	addl	%ecx, %edx
	movl	%edx, %ecx
	shll	$5, %ecx
	subl	%edx, %ecx
	movzbl	-224(%rbp,%rax), %r14d
	addl	%ecx, %r14d
	addq	$5, %rax
	cmpq	$204, %rax
	jne	LBB2_7
## %bb.8:
	movzbl	-207(%rbp), %edx
	movzbl	-206(%rbp), %ecx
	movzbl	-182(%rbp), %r8d
	leaq	L_.str.3(%rip), %rdi
	xorl	%ebx, %ebx
	movl	%r14d, %esi
	xorl	%eax, %eax
	callq	_printf
	leaq	-480(%rbp), %rdi
	movl	$64, %esi
	callq	_fill_ints
	xorl	%esi, %esi
	.p2align	4, 0x90
LBB2_9:                                 ## =>This Inner Loop Header: Depth=1
	movl	%esi, %eax
	shll	$5, %eax
	subl	%esi, %eax
	movzbl	-480(%rbp,%rbx), %ecx
	addl	%eax, %ecx
	movl	%ecx, %eax
	shll	$5, %eax
	subl	%ecx, %eax
	movzbl	-479(%rbp,%rbx), %ecx
	addl	%eax, %ecx
	movl	%ecx, %eax
	shll	$5, %eax
	subl	%ecx, %eax
	movzbl	-478(%rbp,%rbx), %ecx
	addl	%eax, %ecx
	movl	%ecx, %eax
	shll	$5, %eax
	subl	%ecx, %eax
	movzbl	-477(%rbp,%rbx), %esi
	addl	%eax, %esi
	addq	$4, %rbx
	cmpq	$256, %rbx                      ## imm = 0x100
	jne	LBB2_9
## %bb.10:
	leaq	L_.str.4(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.5(%rip), %rdi
	movl	$54, %esi
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-24(%rbp), %rax
	jne	LBB2_12
## %bb.11:
	xorl	%eax, %eax
	addq	$464, %rsp                      ## imm = 0x1D0
	popq	%rbx
	popq	%r14
	popq	%rbp
	retq
LBB2_12:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vlen                           ## @vlen
	.p2align	3
_vlen:
	.quad	77                              ## 0x4d

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"after clear: %u first=%d mid=%d last=%d\n"

L_.str.1:                               ## @.str.1
	.asciz	"after bzero: %u\n"

	.section	__TEXT,__const
	.p2align	4                               ## @main.pat16
_main.pat16:
	.ascii	"abcdefghijklmnop"

_main.pat8:                             ## @main.pat8
	.ascii	"\001\002\003\004\005\006\007\b"

_main.pat4:                             ## @main.pat4
	.ascii	"\336\255\276\357"

	.section	__TEXT,__cstring,cstring_literals
L_.str.2:                               ## @.str.2
	.asciz	"pattern16: %.40s %u\n"

L_.str.3:                               ## @.str.3
	.asciz	"pattern8/4: %u %d %d %d\n"

L_.str.4:                               ## @.str.4
	.asciz	"fill_ints: %u\n"

L_.str.5:                               ## @.str.5
	.asciz	"zeros: %ld\n"

	.section	__TEXT,__literal16,16byte_literals
	.p2align	4                               ## @.memset_pattern
L_.memset_pattern:
	.long	16909060                        ## 0x1020304
	.long	16909060                        ## 0x1020304
	.long	16909060                        ## 0x1020304
	.long	16909060                        ## 0x1020304

.subsections_via_symbols
