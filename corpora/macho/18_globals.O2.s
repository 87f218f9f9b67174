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
	leal	1(%rax), %ecx
	movl	%ecx, _next_id.id(%rip)
                                        ## kill: def $eax killed $eax killed $rax
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
	movq	%rdi, %rax
	addq	_running_sum.total(%rip), %rax
	movq	%rax, _running_sum.total(%rip)
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
	cmpb	$103, %dil
	leaq	L_.str.14(%rip), %rax
	leaq	L_.str.15(%rip), %rcx
	cmoveq	%rax, %rcx
	cmpb	$114, %dil
	leaq	L_.str.13(%rip), %rax
	cmovneq	%rcx, %rax
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
                                        ## kill: def $edi killed $edi def $rdi
	andl	$7, %edi
	leaq	_counters(%rip), %rax
	addl	$1, (%rax,%rdi,4)
	movq	_counter_ptr(%rip), %rax
	addl	$10, (%rax)
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI4_0:
	.quad	0x40a30f6666666666              ## double 2439.6999999999998
LCPI4_1:
	.quad	0x40b7a3cccccccccd              ## double 6051.8000000000002
LCPI4_2:
	.quad	0x40b8e30000000000              ## double 6371
LCPI4_3:
	.quad	0x40aa7b0000000000              ## double 3389.5
LCPI4_4:
	.quad	0x40f1117000000000              ## double 69911
LCPI4_5:
	.quad	0x40ec6f0000000000              ## double 58232
LCPI4_6:
	.quad	0x40d8c48000000000              ## double 25362
LCPI4_7:
	.quad	0x40d80b8000000000              ## double 24622
LCPI4_8:
	.quad	0x40d7f8d800000000              ## double 24547.375
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
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	$114, %edi
	callq	_kind_name
	movq	%rax, %r15
	leaq	L_.str(%rip), %r14
	leaq	L_.str.16(%rip), %rsi
	xorl	%ebx, %ebx
	movsd	LCPI4_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r14, %rdi
	xorl	%edx, %edx
	movq	%rax, %rcx
	movb	$1, %al
	callq	_printf
	leaq	L_.str.17(%rip), %rsi
	movsd	LCPI4_1(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r14, %rdi
	xorl	%edx, %edx
	movq	%r15, %rcx
	movb	$1, %al
	callq	_printf
	leaq	L_.str.18(%rip), %rsi
	movsd	LCPI4_2(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r14, %rdi
	movl	$1, %edx
	movq	%r15, %rcx
	movb	$1, %al
	callq	_printf
	leaq	L_.str.19(%rip), %rsi
	movsd	LCPI4_3(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r14, %rdi
	movl	$2, %edx
	movq	%r15, %rcx
	movb	$1, %al
	callq	_printf
	movl	$103, %edi
	callq	_kind_name
	movq	%rax, %r15
	leaq	L_.str.20(%rip), %rsi
	movsd	LCPI4_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r14, %rdi
	movl	$95, %edx
	movq	%rax, %rcx
	movb	$1, %al
	callq	_printf
	leaq	L_.str.21(%rip), %rsi
	movsd	LCPI4_5(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r14, %rdi
	movl	$146, %edx
	movq	%r15, %rcx
	movb	$1, %al
	callq	_printf
	movl	$105, %edi
	callq	_kind_name
	movq	%rax, %r15
	leaq	L_.str.22(%rip), %rsi
	movsd	LCPI4_6(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r14, %rdi
	movl	$28, %edx
	movq	%rax, %rcx
	movb	$1, %al
	callq	_printf
	leaq	L_.str.23(%rip), %rsi
	movsd	LCPI4_7(%rip), %xmm0            ## xmm0 = mem[0],zero
	movq	%r14, %rdi
	movl	$16, %edx
	movq	%r15, %rcx
	movb	$1, %al
	callq	_printf
	leaq	L_.str.1(%rip), %rdi
	movq	LCPI4_8(%rip), %xmm0            ## xmm0 = mem[0],zero
	movl	$288, %esi                      ## imm = 0x120
	movb	$1, %al
	callq	_printf
	callq	_next_id
	leaq	L_.str.2(%rip), %r14
	movq	%r14, %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	callq	_next_id
	movq	%r14, %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	callq	_next_id
	movq	%r14, %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	callq	_next_id
	movq	%r14, %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	callq	_next_id
	movq	%r14, %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	movl	$1, %r15d
	movl	$1, %edi
	callq	_running_sum
	leaq	L_.str.4(%rip), %r14
	movq	%r14, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$4, %edi
	callq	_running_sum
	movq	%r14, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$9, %edi
	callq	_running_sum
	movq	%r14, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$16, %edi
	callq	_running_sum
	movq	%r14, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$25, %edi
	callq	_running_sum
	movq	%r14, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	movl	_vsel(%rip), %eax
	xorl	%edi, %edi
	callq	_bump
	movl	_vsel(%rip), %edi
	callq	_bump
	movl	_vsel(%rip), %edi
	addl	%edi, %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	leal	(%rax,%rax,2), %edi
	callq	_bump
	movl	_vsel(%rip), %edi
	shll	$2, %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	leal	(%rax,%rax,4), %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	addl	%eax, %eax
	leal	(%rax,%rax,2), %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	leal	(,%rax,8), %edi
	subl	%eax, %edi
	callq	_bump
	movl	_vsel(%rip), %edi
	shll	$3, %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	leal	(%rax,%rax,8), %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	addl	%eax, %eax
	leal	(%rax,%rax,4), %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	leal	(%rax,%rax,4), %ecx
	leal	(%rax,%rcx,2), %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	shll	$2, %eax
	leal	(%rax,%rax,2), %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	leal	(%rax,%rax,2), %ecx
	leal	(%rax,%rcx,4), %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	movl	%eax, %edi
	shll	$4, %edi
	subl	%eax, %edi
	subl	%eax, %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	leal	(%rax,%rax,4), %eax
	leal	(%rax,%rax,2), %edi
	callq	_bump
	movl	_vsel(%rip), %edi
	shll	$4, %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	movl	%eax, %edi
	shll	$4, %edi
	addl	%eax, %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	addl	%eax, %eax
	leal	(%rax,%rax,8), %edi
	callq	_bump
	movl	_vsel(%rip), %eax
	leal	(%rax,%rax,8), %ecx
	leal	(%rax,%rcx,2), %edi
	callq	_bump
	movl	_counters(%rip), %esi
	leaq	L_.str.5(%rip), %r14
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_counters+4(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_counters+8(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_counters+12(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_counters+16(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_counters+20(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_counters+24(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	_counters+28(%rip), %esi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edi
	callq	_putchar
	movq	$-1, %rcx
	leaq	_squares(%rip), %r12
	leaq	_big_table(%rip), %rax
	.p2align	4, 0x90
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	%ebx, %edx
	andl	$14, %edx
	movslq	(%r12,%rdx,4), %rdx
	imulq	%rbx, %rdx
	addq	%rcx, %rdx
	addq	$1, %rdx
	movq	%rdx, (%rax,%rbx,8)
	leal	1(%rbx), %edx
	andl	$15, %edx
	movslq	(%r12,%rdx,4), %rdx
	imulq	%r15, %rdx
	addq	%rcx, %rdx
	movq	%rdx, 8(%rax,%rbx,8)
	addq	$2, %rbx
	addq	$2, %r15
	addq	$-2, %rcx
	cmpq	$512, %rbx                      ## imm = 0x200
	jne	LBB4_1
## %bb.2:
	pxor	%xmm0, %xmm0
	xorl	%ecx, %ecx
	pxor	%xmm1, %xmm1
	.p2align	4, 0x90
LBB4_3:                                 ## =>This Inner Loop Header: Depth=1
	movq	24(%rcx,%rax), %xmm2            ## xmm2 = mem[0],zero
	movq	(%rcx,%rax), %xmm3              ## xmm3 = mem[0],zero
	punpcklqdq	%xmm2, %xmm3            ## xmm3 = xmm3[0],xmm2[0]
	paddq	%xmm3, %xmm0
	movq	72(%rcx,%rax), %xmm2            ## xmm2 = mem[0],zero
	movq	48(%rcx,%rax), %xmm3            ## xmm3 = mem[0],zero
	punpcklqdq	%xmm2, %xmm3            ## xmm3 = xmm3[0],xmm2[0]
	paddq	%xmm3, %xmm1
	addq	$96, %rcx
	cmpq	$4032, %rcx                     ## imm = 0xFC0
	jne	LBB4_3
## %bb.4:
	paddq	%xmm0, %xmm1
	pshufd	$238, %xmm1, %xmm0              ## xmm0 = xmm1[2,3,2,3]
	paddq	%xmm1, %xmm0
	movq	%xmm0, %rsi
	addq	_big_table+4032(%rip), %rsi
	addq	_big_table+4056(%rip), %rsi
	addq	_big_table+4080(%rip), %rsi
	movq	_big_table+4088(%rip), %rdx
	leaq	L_.str.6(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	pmovsxwd	_initialized_shorts(%rip), %xmm0
	leaq	_initialized_shorts(%rip), %rax
	movswl	_initialized_shorts+8(%rip), %ecx
	pshufd	$238, %xmm0, %xmm1              ## xmm1 = xmm0[2,3,2,3]
	paddd	%xmm0, %xmm1
	pshufd	$85, %xmm1, %xmm0               ## xmm0 = xmm1[1,1,1,1]
	paddd	%xmm1, %xmm0
	movd	%xmm0, %edx
	addl	%ecx, %edx
	addl	%edx, %edx
	leal	(%rdx,%rdx,4), %esi
	movslq	_vsel(%rip), %rcx
	imulq	$1717986919, %rcx, %rdx         ## imm = 0x66666667
	movq	%rdx, %rdi
	shrq	$63, %rdi
	sarq	$33, %rdx
	addl	%edi, %edx
	leal	(%rdx,%rdx,4), %edx
	subl	%edx, %ecx
	movslq	%ecx, %rcx
	movw	$1000, (%rax,%rcx,2)            ## imm = 0x3E8
	movswl	_initialized_shorts(%rip), %edx
	leaq	L_.str.7(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	_msg_ptr(%rip), %rsi
	leaq	L_.str.8(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movb	$77, _message(%rip)
	leaq	_message(%rip), %r14
	movl	$1112493127, _message+8(%rip)   ## imm = 0x424F4C47
	movw	$19521, _message+12(%rip)       ## imm = 0x4C41
	movq	_msg_ptr(%rip), %rbx
	movq	%r14, %rdi
	callq	_strlen
	leaq	L_.str.10(%rip), %rdi
	movq	%r14, %rsi
	movq	%rbx, %rdx
	movq	%rax, %rcx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.11(%rip), %rbx
	leaq	L_.str.24(%rip), %rdx
	movq	%rbx, %rdi
	movl	$1, %esi
	movl	$140, %ecx
	xorl	%eax, %eax
	callq	_printf
	movq	_configs.5(%rip), %rax
	movdqu	(%rax), %xmm0
	movdqu	16(%rax), %xmm1
	paddd	%xmm0, %xmm1
	pshufd	$238, %xmm1, %xmm0              ## xmm0 = xmm1[2,3,2,3]
	paddd	%xmm1, %xmm0
	pshufd	$85, %xmm0, %xmm1               ## xmm1 = xmm0[1,1,1,1]
	paddd	%xmm0, %xmm1
	movd	%xmm1, %ecx
	leaq	L_.str.25(%rip), %rdx
	movq	%rbx, %rdi
	movl	$2, %esi
	xorl	%eax, %eax
	callq	_printf
	movslq	_vsel(%rip), %rax
	leaq	(%r12,%rax,4), %rcx
	movq	%rcx, _configs.5(%rip)
	movl	(%r12,%rax,4), %esi
	leaq	L_.str.12(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	xorl	%eax, %eax
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
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
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"%-8s moons=%3d radius=%9.1f %s\n"

L_.str.1:                               ## @.str.1
	.asciz	"total moons=%d mean radius=%.2f\n"

L_.str.2:                               ## @.str.2
	.asciz	"id=%d "

L_.str.4:                               ## @.str.4
	.asciz	"sum=%ld "

L_.str.5:                               ## @.str.5
	.asciz	"%d "

	.globl	_big_table                      ## @big_table
.zerofill __DATA,__common,_big_table,4096,4
L_.str.6:                               ## @.str.6
	.asciz	"big_table sum=%ld last=%ld\n"

	.section	__DATA,__data
	.p2align	3                               ## @initialized_shorts
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
	.p2align	4                               ## @configs.5
_configs.5:
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
