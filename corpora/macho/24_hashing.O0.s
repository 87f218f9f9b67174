	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_fnv1a32                        ## -- Begin function fnv1a32
	.p2align	4, 0x90
_fnv1a32:                               ## @fnv1a32
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	$-2128831035, -12(%rbp)         ## imm = 0x811C9DC5
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB0_4
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
	xorl	-12(%rbp), %eax
	movl	%eax, -12(%rbp)
	imull	$16777619, -12(%rbp), %eax      ## imm = 0x1000193
	movl	%eax, -12(%rbp)
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	movq	-8(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB0_1
LBB0_4:
	movl	-12(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_fnv1a64                        ## -- Begin function fnv1a64
	.p2align	4, 0x90
_fnv1a64:                               ## @fnv1a64
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movabsq	$-3750763034362895579, %rax     ## imm = 0xCBF29CE484222325
	movq	%rax, -16(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB1_4
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movq	-8(%rbp), %rax
	movzbl	(%rax), %eax
                                        ## kill: def $rax killed $eax
	xorq	-16(%rbp), %rax
	movq	%rax, -16(%rbp)
	movabsq	$1099511628211, %rax            ## imm = 0x100000001B3
	imulq	-16(%rbp), %rax
	movq	%rax, -16(%rbp)
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	movq	-8(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB1_1
LBB1_4:
	movq	-16(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_djb2                           ## -- Begin function djb2
	.p2align	4, 0x90
_djb2:                                  ## @djb2
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	$5381, -16(%rbp)                ## imm = 0x1505
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB2_4
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-16(%rbp), %rax
	shlq	$5, %rax
	addq	-16(%rbp), %rax
	movq	-8(%rbp), %rcx
	movzbl	(%rcx), %ecx
                                        ## kill: def $rcx killed $ecx
	addq	%rcx, %rax
	movq	%rax, -16(%rbp)
## %bb.3:                               ##   in Loop: Header=BB2_1 Depth=1
	movq	-8(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB2_1
LBB2_4:
	movq	-16(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_djb2_32                        ## -- Begin function djb2_32
	.p2align	4, 0x90
_djb2_32:                               ## @djb2_32
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	$5381, -12(%rbp)                ## imm = 0x1505
LBB3_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-8(%rbp), %rax
	cmpb	$0, (%rax)
	je	LBB3_4
## %bb.2:                               ##   in Loop: Header=BB3_1 Depth=1
	imull	$33, -12(%rbp), %eax
	movq	-8(%rbp), %rcx
	movzbl	(%rcx), %ecx
	xorl	%ecx, %eax
	movl	%eax, -12(%rbp)
## %bb.3:                               ##   in Loop: Header=BB3_1 Depth=1
	movq	-8(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -8(%rbp)
	jmp	LBB3_1
LBB3_4:
	movl	-12(%rbp), %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_fmix64                         ## -- Begin function fmix64
	.p2align	4, 0x90
_fmix64:                                ## @fmix64
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$33, %rax
	xorq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movabsq	$-49064778989728563, %rax       ## imm = 0xFF51AFD7ED558CCD
	imulq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$33, %rax
	xorq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movabsq	$-4265267296055464877, %rax     ## imm = 0xC4CEB9FE1A85EC53
	imulq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	shrq	$33, %rax
	xorq	-8(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_crc32                          ## -- Begin function crc32
	.p2align	4, 0x90
_crc32:                                 ## @crc32
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	$-1, -20(%rbp)
	movq	$0, -32(%rbp)
LBB5_1:                                 ## =>This Loop Header: Depth=1
                                        ##     Child Loop BB5_3 Depth 2
	movq	-32(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jae	LBB5_8
## %bb.2:                               ##   in Loop: Header=BB5_1 Depth=1
	movq	-8(%rbp), %rax
	movq	-32(%rbp), %rcx
	movzbl	(%rax,%rcx), %eax
	xorl	-20(%rbp), %eax
	movl	%eax, -20(%rbp)
	movl	$0, -36(%rbp)
LBB5_3:                                 ##   Parent Loop BB5_1 Depth=1
                                        ## =>  This Inner Loop Header: Depth=2
	cmpl	$8, -36(%rbp)
	jge	LBB5_6
## %bb.4:                               ##   in Loop: Header=BB5_3 Depth=2
	movl	-20(%rbp), %eax
	shrl	$1, %eax
	movl	-20(%rbp), %edx
	andl	$1, %edx
	xorl	%ecx, %ecx
	subl	%edx, %ecx
	andl	$3988292384, %ecx               ## imm = 0xEDB88320
	xorl	%ecx, %eax
	movl	%eax, -20(%rbp)
## %bb.5:                               ##   in Loop: Header=BB5_3 Depth=2
	movl	-36(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -36(%rbp)
	jmp	LBB5_3
LBB5_6:                                 ##   in Loop: Header=BB5_1 Depth=1
	jmp	LBB5_7
LBB5_7:                                 ##   in Loop: Header=BB5_1 Depth=1
	movq	-32(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -32(%rbp)
	jmp	LBB5_1
LBB5_8:
	movl	-20(%rbp), %eax
	xorl	$-1, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_insert                         ## -- Begin function insert
	.p2align	4, 0x90
_insert:                                ## @insert
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$32, %rsp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rdi
	callq	_fnv1a32
	andl	$63, %eax
	movl	%eax, -12(%rbp)
	movl	$0, -16(%rbp)
LBB6_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-12(%rbp), %eax
	movl	%eax, %edx
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	leaq	_table(%rip), %rcx
	cmpq	$0, (%rcx,%rdx,8)
	movb	%al, -17(%rbp)                  ## 1-byte Spill
	je	LBB6_3
## %bb.2:                               ##   in Loop: Header=BB6_1 Depth=1
	movl	-12(%rbp), %eax
	movl	%eax, %ecx
	leaq	_table(%rip), %rax
	movq	(%rax,%rcx,8), %rdi
	movq	-8(%rbp), %rsi
	callq	_strcmp
	cmpl	$0, %eax
	setne	%al
	movb	%al, -17(%rbp)                  ## 1-byte Spill
LBB6_3:                                 ##   in Loop: Header=BB6_1 Depth=1
	movb	-17(%rbp), %al                  ## 1-byte Reload
	testb	$1, %al
	jne	LBB6_4
	jmp	LBB6_5
LBB6_4:                                 ##   in Loop: Header=BB6_1 Depth=1
	movl	-12(%rbp), %eax
	addl	$1, %eax
	andl	$63, %eax
	movl	%eax, -12(%rbp)
	movl	-16(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -16(%rbp)
	jmp	LBB6_1
LBB6_5:
	movq	-8(%rbp), %rdx
	movl	-12(%rbp), %eax
	movl	%eax, %ecx
	leaq	_table(%rip), %rax
	movq	%rdx, (%rax,%rcx,8)
	movl	-16(%rbp), %eax
	addq	$32, %rsp
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
	subq	$272, %rsp                      ## imm = 0x110
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -148(%rbp)
	leaq	-96(%rbp), %rdi
	leaq	l___const.main.words(%rip), %rsi
	movl	$80, %edx
	callq	_memcpy
	movq	$0, -160(%rbp)
LBB7_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpq	$10, -160(%rbp)
	jae	LBB7_4
## %bb.2:                               ##   in Loop: Header=BB7_1 Depth=1
	movq	-160(%rbp), %rax
	movq	%rax, -248(%rbp)                ## 8-byte Spill
	movq	-160(%rbp), %rax
	movq	-96(%rbp,%rax,8), %rdi
	callq	_strlen
	movq	%rax, -240(%rbp)                ## 8-byte Spill
	movq	-160(%rbp), %rax
	movq	-96(%rbp,%rax,8), %rdi
	callq	_fnv1a32
	movl	%eax, -228(%rbp)                ## 4-byte Spill
	movq	-160(%rbp), %rax
	movq	-96(%rbp,%rax,8), %rdi
	callq	_fnv1a64
	movq	%rax, -224(%rbp)                ## 8-byte Spill
	movq	-160(%rbp), %rax
	movq	-96(%rbp,%rax,8), %rdi
	callq	_djb2
	movq	%rax, -216(%rbp)                ## 8-byte Spill
	movq	-160(%rbp), %rax
	movq	-96(%rbp,%rax,8), %rdi
	callq	_djb2_32
	movq	-248(%rbp), %rsi                ## 8-byte Reload
	movq	-240(%rbp), %rdx                ## 8-byte Reload
	movl	-228(%rbp), %ecx                ## 4-byte Reload
	movq	-224(%rbp), %r8                 ## 8-byte Reload
	movq	-216(%rbp), %r9                 ## 8-byte Reload
	leaq	L_.str.10(%rip), %rdi
	movl	%eax, (%rsp)
	movb	$0, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB7_1 Depth=1
	movq	-160(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -160(%rbp)
	jmp	LBB7_1
LBB7_4:
	leaq	L_.str.12(%rip), %rdi
	movl	$9, %esi
	callq	_crc32
	movl	%eax, %esi
	leaq	L_.str.11(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	-64(%rbp), %rax
	movq	%rax, -168(%rbp)
	movq	-168(%rbp), %rax
	movq	%rax, -256(%rbp)                ## 8-byte Spill
	movq	-168(%rbp), %rdi
	callq	_strlen
	movq	-256(%rbp), %rdi                ## 8-byte Reload
	movq	%rax, %rsi
	callq	_crc32
	movl	%eax, %esi
	leaq	L_.str.13(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	_vmix(%rip), %eax
	movl	%eax, %eax
                                        ## kill: def $rax killed $eax
	movq	%rax, -176(%rbp)
	movl	$0, -180(%rbp)
LBB7_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -180(%rbp)
	jge	LBB7_8
## %bb.6:                               ##   in Loop: Header=BB7_5 Depth=1
	movq	-176(%rbp), %rdi
	movslq	-180(%rbp), %rax
	addq	%rax, %rdi
	callq	_fmix64
	movq	%rax, -176(%rbp)
	movq	-176(%rbp), %rsi
	leaq	L_.str.14(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB7_5 Depth=1
	movl	-180(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -180(%rbp)
	jmp	LBB7_5
LBB7_8:
	movl	$0, -184(%rbp)
	movl	$0, -188(%rbp)
LBB7_9:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$24, -188(%rbp)
	jge	LBB7_12
## %bb.10:                              ##   in Loop: Header=BB7_9 Depth=1
	movslq	-188(%rbp), %rcx
	leaq	_main.keys(%rip), %rax
	movq	(%rax,%rcx,8), %rdi
	callq	_insert
	addl	-184(%rbp), %eax
	movl	%eax, -184(%rbp)
## %bb.11:                              ##   in Loop: Header=BB7_9 Depth=1
	movl	-188(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -188(%rbp)
	jmp	LBB7_9
LBB7_12:
	leaq	L_.str.15(%rip), %rdi
	callq	_insert
	addl	-184(%rbp), %eax
	movl	%eax, -184(%rbp)
	movl	$0, -192(%rbp)
	movl	$0, -196(%rbp)
LBB7_13:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$64, -196(%rbp)
	jge	LBB7_16
## %bb.14:                              ##   in Loop: Header=BB7_13 Depth=1
	movslq	-196(%rbp), %rcx
	leaq	_table(%rip), %rax
	cmpq	$0, (%rax,%rcx,8)
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
	addl	-192(%rbp), %eax
	movl	%eax, -192(%rbp)
## %bb.15:                              ##   in Loop: Header=BB7_13 Depth=1
	movl	-196(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -196(%rbp)
	jmp	LBB7_13
LBB7_16:
	movl	-192(%rbp), %esi
	movl	-184(%rbp), %edx
	leaq	L_.str.39(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-128(%rbp), %rdi
	xorl	%esi, %esi
	movl	$32, %edx
	callq	_memset
	movl	$0, -200(%rbp)
LBB7_17:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$4000, -200(%rbp)               ## imm = 0xFA0
	jge	LBB7_20
## %bb.18:                              ##   in Loop: Header=BB7_17 Depth=1
	leaq	-144(%rbp), %rdi
	movl	-200(%rbp), %ecx
	movl	$16, %esi
	leaq	L_.str.40(%rip), %rdx
	movb	$0, %al
	callq	_snprintf
	leaq	-144(%rbp), %rdi
	callq	_fnv1a32
	shrl	$29, %eax
	movl	%eax, %eax
                                        ## kill: def $rax killed $eax
	movl	-128(%rbp,%rax,4), %ecx
	addl	$1, %ecx
	movl	%ecx, -128(%rbp,%rax,4)
## %bb.19:                              ##   in Loop: Header=BB7_17 Depth=1
	movl	-200(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -200(%rbp)
	jmp	LBB7_17
LBB7_20:
	movl	$0, -204(%rbp)
LBB7_21:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$8, -204(%rbp)
	jge	LBB7_24
## %bb.22:                              ##   in Loop: Header=BB7_21 Depth=1
	movslq	-204(%rbp), %rax
	movl	-128(%rbp,%rax,4), %esi
	leaq	L_.str.41(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.23:                              ##   in Loop: Header=BB7_21 Depth=1
	movl	-204(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -204(%rbp)
	jmp	LBB7_21
LBB7_24:
	leaq	L_.str.42(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB7_26
## %bb.25:
	xorl	%eax, %eax
	addq	$272, %rsp                      ## imm = 0x110
	popq	%rbp
	retq
LBB7_26:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vmix                           ## @vmix
	.p2align	2
_vmix:
	.long	2654435769                      ## 0x9e3779b9

.zerofill __DATA,__bss,_table,512,4     ## @table
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.space	1

L_.str.1:                               ## @.str.1
	.asciz	"a"

L_.str.2:                               ## @.str.2
	.asciz	"foobar"

L_.str.3:                               ## @.str.3
	.asciz	"hello world"

L_.str.4:                               ## @.str.4
	.asciz	"The quick brown fox jumps over the lazy dog"

L_.str.5:                               ## @.str.5
	.asciz	"translator"

L_.str.6:                               ## @.str.6
	.asciz	"x86-64"

L_.str.7:                               ## @.str.7
	.asciz	"riscv64"

L_.str.8:                               ## @.str.8
	.asciz	"aarch64"

L_.str.9:                               ## @.str.9
	.asciz	"\377\376\200 high bytes"

	.section	__DATA,__const
	.p2align	4                               ## @__const.main.words
l___const.main.words:
	.quad	L_.str
	.quad	L_.str.1
	.quad	L_.str.2
	.quad	L_.str.3
	.quad	L_.str.4
	.quad	L_.str.5
	.quad	L_.str.6
	.quad	L_.str.7
	.quad	L_.str.8
	.quad	L_.str.9

	.section	__TEXT,__cstring,cstring_literals
L_.str.10:                              ## @.str.10
	.asciz	"word%-2zu len=%-3zu fnv32=%08x fnv64=%016llx djb2=%016lx djb2x=%08x\n"

L_.str.11:                              ## @.str.11
	.asciz	"crc32(\"123456789\") = %08x\n"

L_.str.12:                              ## @.str.12
	.asciz	"123456789"

L_.str.13:                              ## @.str.13
	.asciz	"crc32(fox) = %08x\n"

L_.str.14:                              ## @.str.14
	.asciz	"fmix64 -> %016llx\n"

	.section	__DATA,__data
	.p2align	4                               ## @main.keys
_main.keys:
	.quad	L_.str.15
	.quad	L_.str.16
	.quad	L_.str.17
	.quad	L_.str.18
	.quad	L_.str.19
	.quad	L_.str.20
	.quad	L_.str.21
	.quad	L_.str.22
	.quad	L_.str.23
	.quad	L_.str.24
	.quad	L_.str.25
	.quad	L_.str.26
	.quad	L_.str.27
	.quad	L_.str.28
	.quad	L_.str.29
	.quad	L_.str.30
	.quad	L_.str.31
	.quad	L_.str.32
	.quad	L_.str.33
	.quad	L_.str.34
	.quad	L_.str.35
	.quad	L_.str.36
	.quad	L_.str.37
	.quad	L_.str.38

	.section	__TEXT,__cstring,cstring_literals
L_.str.15:                              ## @.str.15
	.asciz	"alpha"

L_.str.16:                              ## @.str.16
	.asciz	"beta"

L_.str.17:                              ## @.str.17
	.asciz	"gamma"

L_.str.18:                              ## @.str.18
	.asciz	"delta"

L_.str.19:                              ## @.str.19
	.asciz	"epsilon"

L_.str.20:                              ## @.str.20
	.asciz	"zeta"

L_.str.21:                              ## @.str.21
	.asciz	"eta"

L_.str.22:                              ## @.str.22
	.asciz	"theta"

L_.str.23:                              ## @.str.23
	.asciz	"iota"

L_.str.24:                              ## @.str.24
	.asciz	"kappa"

L_.str.25:                              ## @.str.25
	.asciz	"lambda"

L_.str.26:                              ## @.str.26
	.asciz	"mu"

L_.str.27:                              ## @.str.27
	.asciz	"nu"

L_.str.28:                              ## @.str.28
	.asciz	"xi"

L_.str.29:                              ## @.str.29
	.asciz	"omicron"

L_.str.30:                              ## @.str.30
	.asciz	"pi"

L_.str.31:                              ## @.str.31
	.asciz	"rho"

L_.str.32:                              ## @.str.32
	.asciz	"sigma"

L_.str.33:                              ## @.str.33
	.asciz	"tau"

L_.str.34:                              ## @.str.34
	.asciz	"upsilon"

L_.str.35:                              ## @.str.35
	.asciz	"phi"

L_.str.36:                              ## @.str.36
	.asciz	"chi"

L_.str.37:                              ## @.str.37
	.asciz	"psi"

L_.str.38:                              ## @.str.38
	.asciz	"omega"

L_.str.39:                              ## @.str.39
	.asciz	"table used=%d probes=%d\n"

L_.str.40:                              ## @.str.40
	.asciz	"key%d"

L_.str.41:                              ## @.str.41
	.asciz	"%u "

L_.str.42:                              ## @.str.42
	.asciz	"\n"

.subsections_via_symbols
