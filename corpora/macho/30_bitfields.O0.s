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
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movl	(%rax), %edx
	shrl	$9, %edx
	andl	$4095, %edx                     ## imm = 0xFFF
	addl	$1, %edx
	movl	(%rax), %ecx
	andl	$4095, %edx                     ## imm = 0xFFF
	shll	$9, %edx
	andl	$-2096641, %ecx                 ## imm = 0xFFE001FF
	orl	%edx, %ecx
	movl	%ecx, (%rax)
	movq	-8(%rbp), %rax
	movl	(%rax), %edx
	shll	$23, %edx
	sarl	$27, %edx
	addl	$-1, %edx
	movl	(%rax), %ecx
	andl	$31, %edx
	shll	$4, %edx
	andl	$-497, %ecx                     ## imm = 0xFE0F
	orl	%edx, %ecx
	movl	%ecx, (%rax)
	movq	-8(%rbp), %rax
	movl	(%rax), %edx
	shrl	$1, %edx
	andl	$7, %edx
	addl	$3, %edx
	andl	$7, %edx
	movq	-8(%rbp), %rax
	movl	(%rax), %ecx
	andl	$7, %edx
	shll	$1, %edx
	andl	$-15, %ecx
	orl	%edx, %ecx
	movl	%ecx, (%rax)
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	andl	$1, %eax
	cmpl	$0, %eax
	setne	%al
	xorb	$-1, %al
	andb	$1, %al
	movzbl	%al, %edx
	movq	-8(%rbp), %rax
	movl	(%rax), %ecx
	andl	$1, %edx
	andl	$-2, %ecx
	orl	%edx, %ecx
	movl	%ecx, (%rax)
	movq	-8(%rbp), %rax
	movl	(%rax), %edx
	shrl	$22, %edx
	addl	$100, %edx
	movl	(%rax), %ecx
	andl	$1023, %edx                     ## imm = 0x3FF
	shll	$22, %edx
	andl	$4194303, %ecx                  ## imm = 0x3FFFFF
	orl	%edx, %ecx
	movl	%ecx, (%rax)
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
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	andq	$15, %rax
                                        ## kill: def $eax killed $eax killed $rax
	imull	$1000000, %eax, %eax            ## imm = 0xF4240
	movq	-8(%rbp), %rcx
	shrq	$4, %rcx
	andq	$63, %rcx
                                        ## kill: def $ecx killed $ecx killed $rcx
	imull	$10000, %ecx, %ecx              ## imm = 0x2710
	addl	%ecx, %eax
	movl	%eax, -12(%rbp)                 ## 4-byte Spill
	movq	-8(%rbp), %rax
	shrq	$10, %rax
	andq	$4194303, %rax                  ## imm = 0x3FFFFF
                                        ## kill: def $eax killed $eax killed $rax
	movl	$10000, %ecx                    ## imm = 0x2710
	cltd
	idivl	%ecx
	movl	-12(%rbp), %eax                 ## 4-byte Reload
	addl	%edx, %eax
	movq	-8(%rbp), %rcx
	shlq	$12, %rcx
	sarq	$44, %rcx
                                        ## kill: def $ecx killed $ecx killed $rcx
	andl	$4095, %ecx                     ## imm = 0xFFF
	xorl	%ecx, %eax
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
	movw	%si, %ax
	movw	%di, %cx
	movw	%cx, -16(%rbp)
	movw	%ax, -24(%rbp)
	movw	-16(%rbp), %ax
	shrw	$11, %ax
	movzwl	%ax, %eax
	movw	-24(%rbp), %cx
	shrw	$11, %cx
	movzwl	%cx, %ecx
	addl	%ecx, %eax
	movl	$2, %ecx
	cltd
	idivl	%ecx
	movw	%ax, %cx
	movw	-8(%rbp), %ax
	andw	$31, %cx
	shlw	$11, %cx
	andw	$2047, %ax                      ## imm = 0x7FF
	orw	%cx, %ax
	movw	%ax, -8(%rbp)
	movw	-16(%rbp), %ax
	shrw	$5, %ax
	andw	$63, %ax
	movzwl	%ax, %eax
	movw	-24(%rbp), %cx
	shrw	$5, %cx
	andw	$63, %cx
	movzwl	%cx, %ecx
	addl	%ecx, %eax
	movl	$2, %ecx
	cltd
	idivl	%ecx
	movw	%ax, %cx
	movw	-8(%rbp), %ax
	andw	$63, %cx
	shlw	$5, %cx
	andw	$-2017, %ax                     ## imm = 0xF81F
	orw	%cx, %ax
	movw	%ax, -8(%rbp)
	movw	-16(%rbp), %ax
	andw	$31, %ax
	movzwl	%ax, %eax
	movw	-24(%rbp), %cx
	andw	$31, %cx
	movzwl	%cx, %ecx
	addl	%ecx, %eax
	movl	$2, %ecx
	cltd
	idivl	%ecx
	movw	%ax, %cx
	movw	-8(%rbp), %ax
	andw	$31, %cx
	andw	$-32, %ax
	orw	%cx, %ax
	movw	%ax, -8(%rbp)
	movw	-8(%rbp), %ax
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
	subq	$192, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -84(%rbp)
	leaq	-88(%rbp), %rdi
	xorl	%esi, %esi
	movl	$4, %edx
	callq	_memset
	movl	-88(%rbp), %eax
	andl	$-497, %eax                     ## imm = 0xFE0F
	orl	$48, %eax
	movl	%eax, -88(%rbp)
	movl	-88(%rbp), %eax
	andl	$-2096641, %eax                 ## imm = 0xFFE001FF
	orl	$2094080, %eax                  ## imm = 0x1FF400
	movl	%eax, -88(%rbp)
	movl	-88(%rbp), %eax
	andl	$4194303, %eax                  ## imm = 0x3FFFFF
	orl	$-520093696, %eax               ## imm = 0xE1000000
	movl	%eax, -88(%rbp)
	movl	$0, -92(%rbp)
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-92(%rbp), %eax
	movl	_vseed(%rip), %ecx
	cmpl	%ecx, %eax
	jge	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	leaq	-88(%rbp), %rdi
	callq	_bump
	movl	-88(%rbp), %esi
	andl	$1, %esi
	movl	-88(%rbp), %edx
	shrl	$1, %edx
	andl	$7, %edx
	movl	-88(%rbp), %ecx
	shll	$23, %ecx
	sarl	$27, %ecx
	movl	-88(%rbp), %r8d
	shrl	$9, %r8d
	andl	$4095, %r8d                     ## imm = 0xFFF
	movl	-88(%rbp), %eax
	shrl	$21, %eax
	andl	$1, %eax
                                        ## kill: def $al killed $al killed $eax
	andb	$1, %al
	movzbl	%al, %r9d
	movl	-88(%rbp), %eax
	shrl	$22, %eax
	leaq	L_.str(%rip), %rdi
	movl	%eax, (%rsp)
	movb	$0, %al
	callq	_printf
	movl	-88(%rbp), %eax
	shrl	$9, %eax
	andl	$4095, %eax                     ## imm = 0xFFF
	movl	$2, %ecx
	cltd
	idivl	%ecx
	cmpl	$0, %edx
	setne	%al
	andb	$1, %al
	movzbl	%al, %ecx
	movl	-88(%rbp), %eax
	shll	$21, %ecx
	andl	$-2097153, %eax                 ## imm = 0xFFDFFFFF
	orl	%ecx, %eax
	movl	%eax, -88(%rbp)
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movl	-92(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -92(%rbp)
	jmp	LBB3_1
LBB3_4:
	leaq	L_.str.1(%rip), %rdi
	movl	$4, %esi
	movl	$8, %edx
	movl	$2, %ecx
	movb	$0, %al
	callq	_printf
	leaq	-104(%rbp), %rdi
	xorl	%esi, %esi
	movl	$8, %edx
	callq	_memset
	movq	-104(%rbp), %rax
	andq	$-16, %rax
	orq	$5, %rax
	movq	%rax, -104(%rbp)
	movq	-104(%rbp), %rax
	andq	$-1009, %rax                    ## imm = 0xFC0F
	orq	$1008, %rax                     ## imm = 0x3F0
	movq	%rax, -104(%rbp)
	movabsq	$-4294966273, %rax              ## imm = 0xFFFFFFFF000003FF
	andq	-104(%rbp), %rax
	movabsq	$4096000000, %rcx               ## imm = 0xF4240000
	orq	%rcx, %rax
	movq	%rax, -104(%rbp)
	movabsq	$-4503595332403201, %rax        ## imm = 0xFFF00000FFFFFFFF
	andq	-104(%rbp), %rax
	movabsq	$3215109438570496, %rcx         ## imm = 0xB6C2000000000
	orq	%rcx, %rax
	movq	%rax, -104(%rbp)
	movabsq	$4503599627370495, %rax         ## imm = 0xFFFFFFFFFFFFF
	andq	-104(%rbp), %rax
	movabsq	$-6070852297695428608, %rcx     ## imm = 0xABC0000000000000
	orq	%rcx, %rax
	movq	%rax, -104(%rbp)
	movq	-104(%rbp), %rax
	andq	$15, %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -180(%rbp)                ## 4-byte Spill
	movq	-104(%rbp), %rax
	shrq	$4, %rax
	andq	$63, %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -176(%rbp)                ## 4-byte Spill
	movq	-104(%rbp), %rax
	shrq	$10, %rax
	andq	$4194303, %rax                  ## imm = 0x3FFFFF
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -172(%rbp)                ## 4-byte Spill
	movq	-104(%rbp), %rax
	shlq	$12, %rax
	sarq	$44, %rax
	movq	%rax, -168(%rbp)                ## 8-byte Spill
	movq	-104(%rbp), %rax
	shrq	$52, %rax
                                        ## kill: def $eax killed $eax killed $rax
	movl	%eax, -156(%rbp)                ## 4-byte Spill
	movq	-104(%rbp), %rdi
	callq	_encode
	movl	-180(%rbp), %esi                ## 4-byte Reload
	movl	-176(%rbp), %edx                ## 4-byte Reload
	movl	-172(%rbp), %ecx                ## 4-byte Reload
	movq	-168(%rbp), %r8                 ## 8-byte Reload
	movl	-156(%rbp), %r9d                ## 4-byte Reload
	leaq	L_.str.2(%rip), %rdi
	movl	%eax, (%rsp)
	movb	$0, %al
	callq	_printf
	movq	-104(%rbp), %rax
	shlq	$12, %rax
	sarq	$44, %rax
                                        ## kill: def $eax killed $eax killed $rax
	addl	$824286, %eax                   ## imm = 0xC93DE
	movslq	%eax, %rcx
	movq	-104(%rbp), %rax
	andq	$1048575, %rcx                  ## imm = 0xFFFFF
	shlq	$32, %rcx
	movabsq	$-4503595332403201, %rdx        ## imm = 0xFFF00000FFFFFFFF
	andq	%rdx, %rax
	orq	%rcx, %rax
	movq	%rax, -104(%rbp)
	movq	-104(%rbp), %rax
	shrq	$10, %rax
	andq	$4194303, %rax                  ## imm = 0x3FFFFF
                                        ## kill: def $eax killed $eax killed $rax
	shll	$1, %eax
	addl	$1, %eax
	movslq	%eax, %rcx
	movq	-104(%rbp), %rax
	andq	$4194303, %rcx                  ## imm = 0x3FFFFF
	shlq	$10, %rcx
	movabsq	$-4294966273, %rdx              ## imm = 0xFFFFFFFF000003FF
	andq	%rdx, %rax
	orq	%rcx, %rax
	movq	%rax, -104(%rbp)
	movq	-104(%rbp), %rcx
	shrq	$4, %rcx
	andq	$63, %rcx
	addq	$1, %rcx
	movq	-104(%rbp), %rax
	andq	$63, %rcx
	shlq	$4, %rcx
	andq	$-1009, %rax                    ## imm = 0xFC0F
	orq	%rcx, %rax
	movq	%rax, -104(%rbp)
	movq	-104(%rbp), %rax
	shrq	$4, %rax
	andq	$63, %rax
	movl	%eax, %esi
	movq	-104(%rbp), %rax
	shrq	$10, %rax
	andq	$4194303, %rax                  ## imm = 0x3FFFFF
	movl	%eax, %edx
	movq	-104(%rbp), %rcx
	shlq	$12, %rcx
	sarq	$44, %rcx
	movq	-104(%rbp), %rax
	shrq	$52, %rax
	movl	%eax, %r8d
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-104(%rbp), %rax
	movq	%rax, -112(%rbp)
	movq	-112(%rbp), %rax
	movl	%eax, %ecx
	movl	%ecx, %eax
	shrl	%eax
	andl	$1431655765, %eax               ## imm = 0x55555555
	subl	%eax, %ecx
	movl	%ecx, %eax
	andl	$858993459, %eax                ## imm = 0x33333333
	shrl	$2, %ecx
	andl	$858993459, %ecx                ## imm = 0x33333333
	addl	%ecx, %eax
	movl	%eax, %ecx
	shrl	$4, %ecx
	addl	%ecx, %eax
	andl	$252645135, %eax                ## imm = 0xF0F0F0F
	imull	$16843009, %eax, %esi           ## imm = 0x1010101
	shrl	$24, %esi
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movw	l___const.main.c1(%rip), %ax
	movw	%ax, -120(%rbp)
	movw	-128(%rbp), %ax
	andw	$-32, %ax
	orw	$0, %ax
	movw	%ax, -128(%rbp)
	movw	-128(%rbp), %ax
	andw	$-2017, %ax                     ## imm = 0xF81F
	orw	$320, %ax                       ## imm = 0x140
	movw	%ax, -128(%rbp)
	movl	_vseed(%rip), %eax
	movw	%ax, %cx
	movw	-128(%rbp), %ax
	andw	$31, %cx
	shlw	$11, %cx
	andw	$2047, %ax                      ## imm = 0x7FF
	orw	%cx, %ax
	movw	%ax, -128(%rbp)
	movw	-120(%rbp), %ax
	movzwl	%ax, %edi
	movzwl	-128(%rbp), %esi
	callq	_blend
	movw	%ax, -136(%rbp)
	movw	-136(%rbp), %ax
	movw	%ax, -138(%rbp)
	movw	-136(%rbp), %ax
	shrw	$11, %ax
	movzwl	%ax, %esi
	movw	-136(%rbp), %ax
	shrw	$5, %ax
	andw	$63, %ax
	movzwl	%ax, %edx
	movw	-136(%rbp), %ax
	andw	$31, %ax
	movzwl	%ax, %ecx
	movzwl	-138(%rbp), %r8d
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -144(%rbp)
	leaq	-80(%rbp), %rdi
	xorl	%esi, %esi
	movl	$64, %edx
	callq	_memset
	movl	$0, -148(%rbp)
LBB3_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$16, -148(%rbp)
	jge	LBB3_8
## %bb.6:                               ##   in Loop: Header=BB3_5 Depth=1
	movl	-148(%rbp), %edx
	subl	$8, %edx
	movslq	-148(%rbp), %rax
	movl	-80(%rbp,%rax,4), %ecx
	andl	$31, %edx
	shll	$4, %edx
	andl	$-497, %ecx                     ## imm = 0xFE0F
	orl	%edx, %ecx
	movl	%ecx, -80(%rbp,%rax,4)
	movl	-148(%rbp), %edx
	movslq	-148(%rbp), %rax
	movl	-80(%rbp,%rax,4), %ecx
	andl	$7, %edx
	shll	$1, %edx
	andl	$-15, %ecx
	orl	%edx, %ecx
	movl	%ecx, -80(%rbp,%rax,4)
	imull	$300, -148(%rbp), %edx          ## imm = 0x12C
	movslq	-148(%rbp), %rax
	movl	-80(%rbp,%rax,4), %ecx
	andl	$4095, %edx                     ## imm = 0xFFF
	shll	$9, %edx
	andl	$-2096641, %ecx                 ## imm = 0xFFE001FF
	orl	%edx, %ecx
	movl	%ecx, -80(%rbp,%rax,4)
## %bb.7:                               ##   in Loop: Header=BB3_5 Depth=1
	movl	-148(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -148(%rbp)
	jmp	LBB3_5
LBB3_8:
	movl	$0, -152(%rbp)
LBB3_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$16, -152(%rbp)
	jge	LBB3_12
## %bb.10:                              ##   in Loop: Header=BB3_9 Depth=1
	movslq	-152(%rbp), %rax
	movl	-80(%rbp,%rax,4), %eax
	shll	$23, %eax
	sarl	$27, %eax
	movslq	-152(%rbp), %rcx
	movl	-80(%rbp,%rcx,4), %ecx
	shrl	$1, %ecx
	andl	$7, %ecx
	imull	%ecx, %eax
	movslq	-152(%rbp), %rcx
	movl	-80(%rbp,%rcx,4), %ecx
	shrl	$9, %ecx
	andl	$4095, %ecx                     ## imm = 0xFFF
	addl	%ecx, %eax
	addl	-144(%rbp), %eax
	movl	%eax, -144(%rbp)
## %bb.11:                              ##   in Loop: Header=BB3_9 Depth=1
	movl	-152(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -152(%rbp)
	jmp	LBB3_9
LBB3_12:
	movl	-144(%rbp), %esi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB3_14
## %bb.13:
	xorl	%eax, %eax
	addq	$192, %rsp
	popq	%rbp
	retq
LBB3_14:
	callq	___stack_chk_fail
	ud2
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

	.section	__TEXT,__const
	.p2align	1                               ## @__const.main.c1
l___const.main.c1:
	.byte	255                             ## 0xff
	.byte	255                             ## 0xff

	.section	__TEXT,__cstring,cstring_literals
L_.str.5:                               ## @.str.5
	.asciz	"blend r=%u g=%u b=%u bits=%04x\n"

L_.str.6:                               ## @.str.6
	.asciz	"level_sum=%d\n"

.subsections_via_symbols
