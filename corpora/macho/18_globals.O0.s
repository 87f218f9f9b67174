	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_next_id                        ## -- Begin function next_id
	.p2align	4, 0x90
_next_id:                               ## @next_id
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	_next_id.id(%rip), %eax
	movl	%eax, %ecx
	addl	$1, %ecx
	movl	%ecx, _next_id.id(%rip)
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_running_sum                    ## -- Begin function running_sum
	.p2align	4, 0x90
_running_sum:                           ## @running_sum
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	addq	_running_sum.total(%rip), %rax
	movq	%rax, _running_sum.total(%rip)
	movq	_running_sum.total(%rip), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_kind_name                      ## -- Begin function kind_name
	.p2align	4, 0x90
_kind_name:                             ## @kind_name
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movb	%dil, %al
	movb	%al, -9(%rbp)
	movsbl	-9(%rbp), %eax
	movl	%eax, -16(%rbp)                 ## 4-byte Spill
	subl	$103, %eax
	je	LBB2_2
	jmp	LBB2_5
LBB2_5:
	movl	-16(%rbp), %eax                 ## 4-byte Reload
	subl	$114, %eax
	jne	LBB2_3
	jmp	LBB2_1
LBB2_1:
	movq	_kind_names(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_4
LBB2_2:
	movq	_kind_names+8(%rip), %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_4
LBB2_3:
	movq	_kind_names+16(%rip), %rax
	movq	%rax, -8(%rbp)
LBB2_4:
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
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
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	andl	$7, %eax
	movslq	%eax, %rcx
	leaq	_counters(%rip), %rax
	movl	(%rax,%rcx,4), %edx
	addl	$1, %edx
	leaq	_counters(%rip), %rax
	movl	%edx, (%rax,%rcx,4)
	movq	_counter_ptr(%rip), %rax
	movl	(%rax), %ecx
	addl	$10, %ecx
	movl	%ecx, (%rax)
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI4_0:
	.quad	0x4020000000000000              ## double 8
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
	subq	$128, %rsp
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	xorps	%xmm0, %xmm0
	movsd	%xmm0, -16(%rbp)
	movq	$0, -24(%rbp)
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$8, -24(%rbp)
	jae	LBB4_4
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
	movq	-24(%rbp), %rcx
	leaq	_planets(%rip), %rax
	shlq	$5, %rcx
	addq	%rcx, %rax
	movq	(%rax), %rax
	movq	%rax, -112(%rbp)                ## 8-byte Spill
	movq	-24(%rbp), %rcx
	leaq	_planets(%rip), %rax
	shlq	$5, %rcx
	addq	%rcx, %rax
	movl	8(%rax), %eax
	movl	%eax, -100(%rbp)                ## 4-byte Spill
	movq	-24(%rbp), %rcx
	leaq	_planets(%rip), %rax
	shlq	$5, %rcx
	addq	%rcx, %rax
	movsd	16(%rax), %xmm0                 ## xmm0 = mem[0],zero
	movsd	%xmm0, -96(%rbp)                ## 8-byte Spill
	movq	-24(%rbp), %rcx
	leaq	_planets(%rip), %rax
	shlq	$5, %rcx
	addq	%rcx, %rax
	movsbl	24(%rax), %edi
	callq	_kind_name
	movq	-112(%rbp), %rsi                ## 8-byte Reload
	movl	-100(%rbp), %edx                ## 4-byte Reload
	movsd	-96(%rbp), %xmm0                ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movq	%rax, %rcx
	leaq	L_.str(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movq	-24(%rbp), %rcx
	leaq	_planets(%rip), %rax
	shlq	$5, %rcx
	addq	%rcx, %rax
	movl	8(%rax), %eax
	addl	-8(%rbp), %eax
	movl	%eax, -8(%rbp)
	movq	-24(%rbp), %rcx
	leaq	_planets(%rip), %rax
	shlq	$5, %rcx
	addq	%rcx, %rax
	movsd	16(%rax), %xmm0                 ## xmm0 = mem[0],zero
	addsd	-16(%rbp), %xmm0
	movsd	%xmm0, -16(%rbp)
## %bb.3:                               ##   in Loop: Header=BB4_1 Depth=1
	movq	-24(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -24(%rbp)
	jmp	LBB4_1
LBB4_4:
	movl	-8(%rbp), %esi
	movsd	-16(%rbp), %xmm0                ## xmm0 = mem[0],zero
	movsd	LCPI4_0(%rip), %xmm1            ## xmm1 = mem[0],zero
	divsd	%xmm1, %xmm0
	leaq	L_.str.1(%rip), %rdi
	movb	$1, %al
	callq	_printf
	movl	$0, -28(%rbp)
LBB4_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -28(%rbp)
	jge	LBB4_8
## %bb.6:                               ##   in Loop: Header=BB4_5 Depth=1
	callq	_next_id
	movl	%eax, %esi
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB4_5 Depth=1
	movl	-28(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -28(%rbp)
	jmp	LBB4_5
LBB4_8:
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$1, -32(%rbp)
LBB4_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -32(%rbp)
	jg	LBB4_12
## %bb.10:                              ##   in Loop: Header=BB4_9 Depth=1
	movl	-32(%rbp), %eax
	imull	-32(%rbp), %eax
	movslq	%eax, %rdi
	callq	_running_sum
	movq	%rax, %rsi
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.11:                              ##   in Loop: Header=BB4_9 Depth=1
	movl	-32(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -32(%rbp)
	jmp	LBB4_9
LBB4_12:
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -36(%rbp)
LBB4_13:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$20, -36(%rbp)
	jge	LBB4_16
## %bb.14:                              ##   in Loop: Header=BB4_13 Depth=1
	movl	-36(%rbp), %edi
	movl	_vsel(%rip), %eax
	imull	%eax, %edi
	callq	_bump
## %bb.15:                              ##   in Loop: Header=BB4_13 Depth=1
	movl	-36(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -36(%rbp)
	jmp	LBB4_13
LBB4_16:
	movl	$0, -40(%rbp)
LBB4_17:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$8, -40(%rbp)
	jge	LBB4_20
## %bb.18:                              ##   in Loop: Header=BB4_17 Depth=1
	movslq	-40(%rbp), %rcx
	leaq	_counters(%rip), %rax
	movl	(%rax,%rcx,4), %esi
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.19:                              ##   in Loop: Header=BB4_17 Depth=1
	movl	-40(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -40(%rbp)
	jmp	LBB4_17
LBB4_20:
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -44(%rbp)
LBB4_21:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$512, -44(%rbp)                 ## imm = 0x200
	jge	LBB4_24
## %bb.22:                              ##   in Loop: Header=BB4_21 Depth=1
	movslq	-44(%rbp), %rdx
	movl	-44(%rbp), %eax
	andl	$15, %eax
	movslq	%eax, %rcx
	leaq	_squares(%rip), %rax
	movslq	(%rax,%rcx,4), %rax
	imulq	%rax, %rdx
	movslq	-44(%rbp), %rax
	subq	%rax, %rdx
	movslq	-44(%rbp), %rcx
	leaq	_big_table(%rip), %rax
	movq	%rdx, (%rax,%rcx,8)
## %bb.23:                              ##   in Loop: Header=BB4_21 Depth=1
	movl	-44(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -44(%rbp)
	jmp	LBB4_21
LBB4_24:
	movq	$0, -56(%rbp)
	movl	$0, -60(%rbp)
LBB4_25:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$512, -60(%rbp)                 ## imm = 0x200
	jge	LBB4_28
## %bb.26:                              ##   in Loop: Header=BB4_25 Depth=1
	movslq	-60(%rbp), %rcx
	leaq	_big_table(%rip), %rax
	movq	(%rax,%rcx,8), %rax
	addq	-56(%rbp), %rax
	movq	%rax, -56(%rbp)
## %bb.27:                              ##   in Loop: Header=BB4_25 Depth=1
	movl	-60(%rbp), %eax
	addl	$3, %eax
	movl	%eax, -60(%rbp)
	jmp	LBB4_25
LBB4_28:
	movq	-56(%rbp), %rsi
	movq	_big_table+4088(%rip), %rdx
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -64(%rbp)
	movl	$0, -68(%rbp)
LBB4_29:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -68(%rbp)
	jge	LBB4_32
## %bb.30:                              ##   in Loop: Header=BB4_29 Depth=1
	movslq	-68(%rbp), %rcx
	leaq	_initialized_shorts(%rip), %rax
	movswl	(%rax,%rcx,2), %eax
	imull	$10, %eax, %eax
	addl	-64(%rbp), %eax
	movl	%eax, -64(%rbp)
## %bb.31:                              ##   in Loop: Header=BB4_29 Depth=1
	movl	-68(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -68(%rbp)
	jmp	LBB4_29
LBB4_32:
	movl	_vsel(%rip), %eax
	movl	$5, %ecx
	cltd
	idivl	%ecx
	movslq	%edx, %rcx
	leaq	_initialized_shorts(%rip), %rax
	movw	$1000, (%rax,%rcx,2)            ## imm = 0x3E8
	movl	-64(%rbp), %esi
	movswl	_initialized_shorts(%rip), %edx
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	_msg_ptr(%rip), %rsi
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movb	$77, _message(%rip)
	movl	L_.str.9(%rip), %eax
	movl	%eax, _message+8(%rip)
	movw	L_.str.9+4(%rip), %ax
	movw	%ax, _message+12(%rip)
	movq	_msg_ptr(%rip), %rax
	movq	%rax, -120(%rbp)                ## 8-byte Spill
	leaq	_message(%rip), %rdi
	callq	_strlen
	movq	-120(%rbp), %rdx                ## 8-byte Reload
	movq	%rax, %rcx
	leaq	L_.str.10(%rip), %rdi
	leaq	_message(%rip), %rsi
	movb	$0, %al
	callq	_printf
	movq	$0, -80(%rbp)
LBB4_33:                                ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB4_35 Depth 2
	cmpq	$2, -80(%rbp)
	jae	LBB4_40
## %bb.34:                              ##   in Loop: Header=BB4_33 Depth=1
	movl	$0, -84(%rbp)
	movl	$0, -88(%rbp)
LBB4_35:                                ##   Parent Loop BB4_33 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$8, -88(%rbp)
	jge	LBB4_38
## %bb.36:                              ##   in Loop: Header=BB4_35 Depth=2
	leaq	_configs(%rip), %rax
	imulq	$24, -80(%rbp), %rcx
	addq	%rcx, %rax
	movq	16(%rax), %rax
	movslq	-88(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	addl	-84(%rbp), %eax
	movl	%eax, -84(%rbp)
## %bb.37:                              ##   in Loop: Header=BB4_35 Depth=2
	movl	-88(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -88(%rbp)
	jmp	LBB4_35
LBB4_38:                                ##   in Loop: Header=BB4_33 Depth=1
	leaq	_configs(%rip), %rax
	imulq	$24, -80(%rbp), %rcx
	addq	%rcx, %rax
	movl	(%rax), %esi
	leaq	_configs(%rip), %rax
	imulq	$24, -80(%rbp), %rcx
	addq	%rcx, %rax
	movq	8(%rax), %rdx
	movl	-84(%rbp), %ecx
	leaq	L_.str.11(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.39:                              ##   in Loop: Header=BB4_33 Depth=1
	movq	-80(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -80(%rbp)
	jmp	LBB4_33
LBB4_40:
	movl	_vsel(%rip), %eax
	movslq	%eax, %rcx
	leaq	_squares(%rip), %rax
	shlq	$2, %rcx
	addq	%rcx, %rax
	movq	%rax, _configs+40(%rip)
	movq	_configs+40(%rip), %rax
	movl	(%rax), %esi
	leaq	L_.str.12(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$128, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__const
	.globl	_squares                        ## @squares
	.p2align	4
_squares:
	.long	0                               ## 0x0
	.long	1                               ## 0x1
	.long	4                               ## 0x4
	.long	9                               ## 0x9
	.long	16                              ## 0x10
	.long	25                              ## 0x19
	.long	36                              ## 0x24
	.long	49                              ## 0x31
	.long	64                              ## 0x40
	.long	81                              ## 0x51
	.long	100                             ## 0x64
	.long	121                             ## 0x79
	.long	144                             ## 0x90
	.long	169                             ## 0xa9
	.long	196                             ## 0xc4
	.long	225                             ## 0xe1

	.section	__DATA,__data
	.globl	_message                        ## @message
	.p2align	4
_message:
	.asciz	"mutable global string"

	.globl	_msg_ptr                        ## @msg_ptr
	.p2align	3
_msg_ptr:
	.quad	_message+8

	.globl	_counters                       ## @counters
.zerofill __DATA,__common,_counters,32,4
	.globl	_counter_ptr                    ## @counter_ptr
	.p2align	3
_counter_ptr:
	.quad	_counters+12

	.globl	_vsel                           ## @vsel
	.p2align	2
_vsel:
	.long	5                               ## 0x5

	.p2align	2                               ## @next_id.id
_next_id.id:
	.long	100                             ## 0x64

.zerofill __DATA,__bss,_running_sum.total,8,3 ## @running_sum.total
	.section	__DATA,__const
	.p2align	4                               ## @kind_names
_kind_names:
	.quad	L_.str.13
	.quad	L_.str.14
	.quad	L_.str.15

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%-8s moons=%3d radius=%9.1f %s\n"

	.section	__DATA,__const
	.p2align	4                               ## @planets
_planets:
	.quad	L_.str.16
	.long	0                               ## 0x0
	.space	4
	.quad	0x40a30f6666666666              ## double 2439.6999999999998
	.byte	114                             ## 0x72
	.space	7
	.quad	L_.str.17
	.long	0                               ## 0x0
	.space	4
	.quad	0x40b7a3cccccccccd              ## double 6051.8000000000002
	.byte	114                             ## 0x72
	.space	7
	.quad	L_.str.18
	.long	1                               ## 0x1
	.space	4
	.quad	0x40b8e30000000000              ## double 6371
	.byte	114                             ## 0x72
	.space	7
	.quad	L_.str.19
	.long	2                               ## 0x2
	.space	4
	.quad	0x40aa7b0000000000              ## double 3389.5
	.byte	114                             ## 0x72
	.space	7
	.quad	L_.str.20
	.long	95                              ## 0x5f
	.space	4
	.quad	0x40f1117000000000              ## double 69911
	.byte	103                             ## 0x67
	.space	7
	.quad	L_.str.21
	.long	146                             ## 0x92
	.space	4
	.quad	0x40ec6f0000000000              ## double 58232
	.byte	103                             ## 0x67
	.space	7
	.quad	L_.str.22
	.long	28                              ## 0x1c
	.space	4
	.quad	0x40d8c48000000000              ## double 25362
	.byte	105                             ## 0x69
	.space	7
	.quad	L_.str.23
	.long	16                              ## 0x10
	.space	4
	.quad	0x40d80b8000000000              ## double 24622
	.byte	105                             ## 0x69
	.space	7

	.section	__TEXT,__cstring,cstring_literals
L_.str.1:                               ## @.str.1
	.asciz	"total moons=%d mean radius=%.2f\n"

L_.str.2:                               ## @.str.2
	.asciz	"id=%d "

L_.str.3:                               ## @.str.3
	.asciz	"\n"

L_.str.4:                               ## @.str.4
	.asciz	"sum=%ld "

L_.str.5:                               ## @.str.5
	.asciz	"%d "

	.globl	_big_table                      ## @big_table
.zerofill __DATA,__common,_big_table,4096,4
L_.str.6:                               ## @.str.6
	.asciz	"big_table sum=%ld last=%ld\n"

	.section	__DATA,__data
	.p2align	1                               ## @initialized_shorts
_initialized_shorts:
	.short	65535                           ## 0xffff
	.short	2                               ## 0x2
	.short	65533                           ## 0xfffd
	.short	4                               ## 0x4
	.short	65531                           ## 0xfffb

	.section	__TEXT,__cstring,cstring_literals
L_.str.7:                               ## @.str.7
	.asciz	"shorts sum=%d modified=%d\n"

L_.str.8:                               ## @.str.8
	.asciz	"msg_ptr=%s\n"

L_.str.9:                               ## @.str.9
	.asciz	"GLOBAL"

L_.str.10:                              ## @.str.10
	.asciz	"message=%s msg_ptr=%s len=%zu\n"

	.section	__DATA,__data
	.p2align	4                               ## @configs
_configs:
	.long	1                               ## 0x1
	.space	4
	.quad	L_.str.24
	.quad	_squares
	.long	2                               ## 0x2
	.space	4
	.quad	L_.str.25
	.quad	_counters

	.section	__TEXT,__cstring,cstring_literals
L_.str.11:                              ## @.str.11
	.asciz	"config %d %s acc=%d\n"

L_.str.12:                              ## @.str.12
	.asciz	"rebound table[0]=%d\n"

L_.str.13:                              ## @.str.13
	.asciz	"rocky"

L_.str.14:                              ## @.str.14
	.asciz	"gas giant"

L_.str.15:                              ## @.str.15
	.asciz	"ice giant"

L_.str.16:                              ## @.str.16
	.asciz	"mercury"

L_.str.17:                              ## @.str.17
	.asciz	"venus"

L_.str.18:                              ## @.str.18
	.asciz	"earth"

L_.str.19:                              ## @.str.19
	.asciz	"mars"

L_.str.20:                              ## @.str.20
	.asciz	"jupiter"

L_.str.21:                              ## @.str.21
	.asciz	"saturn"

L_.str.22:                              ## @.str.22
	.asciz	"uranus"

L_.str.23:                              ## @.str.23
	.asciz	"neptune"

L_.str.24:                              ## @.str.24
	.asciz	"squares"

L_.str.25:                              ## @.str.25
	.asciz	"counters"

.subsections_via_symbols
