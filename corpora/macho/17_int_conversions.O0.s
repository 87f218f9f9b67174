	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_widen_sc                       ## -- Begin function widen_sc
	.p2align	4, 0x90
_widen_sc:                              ## @widen_sc
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movb	%dil, %al
	movb	%al, -1(%rbp)
	movsbq	-1(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_widen_uc                       ## -- Begin function widen_uc
	.p2align	4, 0x90
_widen_uc:                              ## @widen_uc
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movb	%dil, %al
	movb	%al, -1(%rbp)
	movzbl	-1(%rbp), %eax
                                        ## kill: def $rax killed $eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_widen_ss                       ## -- Begin function widen_ss
	.p2align	4, 0x90
_widen_ss:                              ## @widen_ss
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
	movswq	-2(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_widen_us                       ## -- Begin function widen_us
	.p2align	4, 0x90
_widen_us:                              ## @widen_us
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%di, %ax
	movw	%ax, -2(%rbp)
	movzwl	-2(%rbp), %eax
                                        ## kill: def $rax killed $eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_widen_si                       ## -- Begin function widen_si
	.p2align	4, 0x90
_widen_si:                              ## @widen_si
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movslq	-4(%rbp), %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_widen_ui                       ## -- Begin function widen_ui
	.p2align	4, 0x90
_widen_ui:                              ## @widen_ui
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
                                        ## kill: def $rax killed $eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_narrow_sc                      ## -- Begin function narrow_sc
	.p2align	4, 0x90
_narrow_sc:                             ## @narrow_sc
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
                                        ## kill: def $al killed $al killed $rax
	movsbl	%al, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_narrow_us                      ## -- Begin function narrow_us
	.p2align	4, 0x90
_narrow_us:                             ## @narrow_us
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
                                        ## kill: def $ax killed $ax killed $rax
	movzwl	%ax, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_narrow_si                      ## -- Begin function narrow_si
	.p2align	4, 0x90
_narrow_si:                             ## @narrow_si
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
                                        ## kill: def $eax killed $eax killed $rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_add_shorts                     ## -- Begin function add_shorts
	.p2align	4, 0x90
_add_shorts:                            ## @add_shorts
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movw	%si, %ax
	movw	%di, %cx
	movw	%cx, -2(%rbp)
	movw	%ax, -4(%rbp)
	movswl	-2(%rbp), %eax
	movswl	-4(%rbp), %ecx
	addl	%ecx, %eax
                                        ## kill: def $ax killed $ax killed $eax
	cwtl
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_add_uchars                     ## -- Begin function add_uchars
	.p2align	4, 0x90
_add_uchars:                            ## @add_uchars
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movb	%sil, %al
	movb	%dil, %cl
	movb	%cl, -1(%rbp)
	movb	%al, -2(%rbp)
	movzbl	-1(%rbp), %eax
	movzbl	-2(%rbp), %ecx
	addl	%ecx, %eax
                                        ## kill: def $al killed $al killed $eax
	movzbl	%al, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_to_bool                        ## -- Begin function to_bool
	.p2align	4, 0x90
_to_bool:                               ## @to_bool
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	cmpq	$0, -8(%rbp)
	setne	%al
	andb	$1, %al
	movzbl	%al, %eax
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
	movl	$0, -68(%rbp)
	movl	_vseed(%rip), %eax
	movl	%eax, -72(%rbp)
	movl	$0, -76(%rbp)
LBB12_1:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$4, -76(%rbp)
	jge	LBB12_4
## %bb.2:                               ##   in Loop: Header=BB12_1 Depth=1
	movl	-72(%rbp), %eax
	movl	-76(%rbp), %ecx
	shll	$3, %ecx
                                        ## kill: def $cl killed $ecx
	sarl	%cl, %eax
	movl	%eax, -80(%rbp)
	movl	-80(%rbp), %eax
	movl	%eax, -212(%rbp)                ## 4-byte Spill
	movl	-80(%rbp), %eax
                                        ## kill: def $al killed $al killed $eax
	movsbl	%al, %edi
	callq	_widen_sc
	movq	%rax, -208(%rbp)                ## 8-byte Spill
	movl	-80(%rbp), %eax
                                        ## kill: def $al killed $al killed $eax
	movzbl	%al, %edi
	callq	_widen_uc
	movq	%rax, -200(%rbp)                ## 8-byte Spill
	movl	-80(%rbp), %eax
                                        ## kill: def $ax killed $ax killed $eax
	movswl	%ax, %edi
	callq	_widen_ss
	movq	%rax, -192(%rbp)                ## 8-byte Spill
	movl	-80(%rbp), %eax
                                        ## kill: def $ax killed $ax killed $eax
	movzwl	%ax, %edi
	callq	_widen_us
	movl	-212(%rbp), %esi                ## 4-byte Reload
	movq	-208(%rbp), %rdx                ## 8-byte Reload
	movq	-200(%rbp), %rcx                ## 8-byte Reload
	movq	-192(%rbp), %r8                 ## 8-byte Reload
	movq	%rax, %r9
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.3:                               ##   in Loop: Header=BB12_1 Depth=1
	movl	-76(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -76(%rbp)
	jmp	LBB12_1
LBB12_4:
	xorl	%eax, %eax
	subl	-72(%rbp), %eax
	movl	%eax, -84(%rbp)
	movl	-84(%rbp), %eax
	movl	%eax, -260(%rbp)                ## 4-byte Spill
	movl	-84(%rbp), %edi
	callq	_widen_si
	movq	%rax, -256(%rbp)                ## 8-byte Spill
	movl	-84(%rbp), %edi
	callq	_widen_ui
	movl	-260(%rbp), %esi                ## 4-byte Reload
	movq	-256(%rbp), %rdx                ## 8-byte Reload
	movq	%rax, %rcx
	movl	-84(%rbp), %eax
	movl	%eax, %r8d
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	_vlong(%rip), %rax
	movq	%rax, -96(%rbp)
	movq	-96(%rbp), %rdi
	callq	_narrow_sc
	movsbl	%al, %eax
	movl	%eax, -244(%rbp)                ## 4-byte Spill
	movq	-96(%rbp), %rdi
	callq	_narrow_us
	movzwl	%ax, %eax
	movl	%eax, -240(%rbp)                ## 4-byte Spill
	movq	-96(%rbp), %rdi
	callq	_narrow_si
	movl	-244(%rbp), %esi                ## 4-byte Reload
	movl	-240(%rbp), %edx                ## 4-byte Reload
	movl	%eax, %ecx
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorl	%eax, %eax
	movl	%eax, %edi
	subq	-96(%rbp), %rdi
	addq	$200, %rdi
	callq	_narrow_sc
	movsbl	%al, %eax
	movl	%eax, -236(%rbp)                ## 4-byte Spill
	xorl	%eax, %eax
	movl	%eax, %edi
	subq	-96(%rbp), %rdi
	addq	$70000, %rdi                    ## imm = 0x11170
	callq	_narrow_us
	movzwl	%ax, %eax
	movl	%eax, -232(%rbp)                ## 4-byte Spill
	xorl	%eax, %eax
	movl	%eax, %edi
	subq	-96(%rbp), %rdi
	callq	_narrow_si
	movl	-236(%rbp), %esi                ## 4-byte Reload
	movl	-232(%rbp), %edx                ## 4-byte Reload
	movl	%eax, %ecx
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -100(%rbp)
	movl	-100(%rbp), %eax
	subl	$1, %eax
	movl	%eax, -100(%rbp)
	movl	-100(%rbp), %esi
	movl	-100(%rbp), %edx
	addl	$2, %edx
	imull	$3, -100(%rbp), %ecx
	leaq	L_.str.4(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movw	$-1, -102(%rbp)
	movzwl	-102(%rbp), %eax
	addl	$1, %eax
                                        ## kill: def $ax killed $ax killed $eax
	movw	%ax, -102(%rbp)
	movb	$-6, -103(%rbp)
	movzbl	-103(%rbp), %eax
	addl	$10, %eax
                                        ## kill: def $al killed $al killed $eax
	movb	%al, -103(%rbp)
	movzwl	-102(%rbp), %esi
	movzbl	-103(%rbp), %edx
	leaq	L_.str.5(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	$0, -112(%rbp)
	movq	-112(%rbp), %rax
	subq	$5, %rax
	movq	%rax, -112(%rbp)
	movq	-112(%rbp), %rsi
	leaq	L_.str.6(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	_vseed(%rip), %eax
	andl	$0, %eax
	addl	$4294967295, %eax               ## imm = 0xFFFFFFFF
	movl	%eax, -116(%rbp)
	movl	_vseed(%rip), %eax
	andl	$0, %eax
	addl	$1, %eax
	movl	%eax, -120(%rbp)
	movl	-116(%rbp), %eax
	cmpl	-120(%rbp), %eax
	setb	%al
	andb	$1, %al
	movzbl	%al, %esi
	movslq	-116(%rbp), %rax
	movl	-120(%rbp), %ecx
                                        ## kill: def $rcx killed $ecx
	cmpq	%rcx, %rax
	setl	%al
	andb	$1, %al
	movzbl	%al, %edx
	movl	-116(%rbp), %eax
                                        ## kill: def $al killed $al killed $eax
	movzbl	%al, %eax
	cmpl	$1, %eax
	setl	%al
	andb	$1, %al
	movzbl	%al, %ecx
	leaq	L_.str.7(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movw	$-300, -122(%rbp)               ## imm = 0xFED4
	movw	$200, -124(%rbp)
	movswl	-122(%rbp), %eax
	movswl	-124(%rbp), %ecx
	imull	%ecx, %eax
	movl	%eax, -228(%rbp)                ## 4-byte Spill
	movswl	-124(%rbp), %eax
	imull	$20, %eax, %eax
                                        ## kill: def $ax killed $ax killed $eax
	movl	$30000, %edi                    ## imm = 0x7530
	movswl	%ax, %esi
	callq	_add_shorts
	movl	-228(%rbp), %esi                ## 4-byte Reload
	movswl	%ax, %edx
	leaq	L_.str.8(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$200, %edi
	movl	$100, %esi
	callq	_add_uchars
	movzbl	%al, %eax
	movl	%eax, -224(%rbp)                ## 4-byte Spill
	movl	$1, %edi
	movl	$2, %esi
	callq	_add_uchars
	movl	-224(%rbp), %esi                ## 4-byte Reload
	movzbl	%al, %edx
	leaq	L_.str.9(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorl	%eax, %eax
	movl	%eax, %edi
	callq	_to_bool
	andb	$1, %al
	movzbl	%al, %eax
	movl	%eax, -220(%rbp)                ## 4-byte Spill
	movq	_vlong(%rip), %rdi
	callq	_to_bool
	andb	$1, %al
	movzbl	%al, %eax
	movl	%eax, -216(%rbp)                ## 4-byte Spill
	movabsq	$1099511627776, %rdi            ## imm = 0x10000000000
	callq	_to_bool
	movl	-220(%rbp), %esi                ## 4-byte Reload
	movl	-216(%rbp), %edx                ## 4-byte Reload
	andb	$1, %al
	movzbl	%al, %ecx
	leaq	L_.str.10(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	l___const.main.scs(%rip), %eax
	movl	%eax, -129(%rbp)
	movb	l___const.main.scs+4(%rip), %al
	movb	%al, -125(%rbp)
	movq	$0, -144(%rbp)
	movq	$0, -152(%rbp)
	movl	$0, -156(%rbp)
LBB12_5:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$5, -156(%rbp)
	jge	LBB12_8
## %bb.6:                               ##   in Loop: Header=BB12_5 Depth=1
	movslq	-156(%rbp), %rax
	movsbq	-129(%rbp,%rax), %rax
	addq	-144(%rbp), %rax
	movq	%rax, -144(%rbp)
	movslq	-156(%rbp), %rax
	movzbl	-129(%rbp,%rax), %eax
                                        ## kill: def $rax killed $eax
	addq	-152(%rbp), %rax
	movq	%rax, -152(%rbp)
	movslq	-156(%rbp), %rax
	movsbl	-129(%rbp,%rax), %esi
	movslq	-156(%rbp), %rax
	movsbl	-129(%rbp,%rax), %edx
	movslq	-156(%rbp), %rax
	movsbq	-129(%rbp,%rax), %rcx
	movslq	-156(%rbp), %rax
	movsbl	-129(%rbp,%rax), %eax
                                        ## kill: def $ax killed $ax killed $eax
	movzwl	%ax, %r8d
	leaq	L_.str.11(%rip), %rdi
	movb	$0, %al
	callq	_printf
## %bb.7:                               ##   in Loop: Header=BB12_5 Depth=1
	movl	-156(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -156(%rbp)
	jmp	LBB12_5
LBB12_8:
	movq	-144(%rbp), %rsi
	movq	-152(%rbp), %rdx
	leaq	L_.str.12(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	$0, -160(%rbp)
	movl	$0, -164(%rbp)
LBB12_9:                                ## =>This Inner Loop Header: Depth=1
	cmpl	$16, -164(%rbp)
	jge	LBB12_12
## %bb.10:                              ##   in Loop: Header=BB12_9 Depth=1
	movl	-72(%rbp), %eax
	movl	-164(%rbp), %ecx
	addl	$1, %ecx
	imull	%ecx, %eax
	shrl	$3, %eax
	movb	%al, %cl
	movslq	-164(%rbp), %rax
	movb	%cl, -32(%rbp,%rax)
	movl	-72(%rbp), %eax
	movl	-164(%rbp), %ecx
	addl	$3, %ecx
	imull	%ecx, %eax
	movw	%ax, %cx
	movslq	-164(%rbp), %rax
	movw	%cx, -64(%rbp,%rax,2)
## %bb.11:                              ##   in Loop: Header=BB12_9 Depth=1
	movl	-164(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -164(%rbp)
	jmp	LBB12_9
LBB12_12:
	movl	$0, -168(%rbp)
LBB12_13:                               ## =>This Inner Loop Header: Depth=1
	cmpl	$16, -168(%rbp)
	jge	LBB12_16
## %bb.14:                              ##   in Loop: Header=BB12_13 Depth=1
	movslq	-168(%rbp), %rax
	movsbl	-32(%rbp,%rax), %eax
	movslq	-168(%rbp), %rcx
	movswl	-64(%rbp,%rcx,2), %ecx
	imull	%ecx, %eax
	movl	$64, %ecx
	cltd
	idivl	%ecx
	addl	-160(%rbp), %eax
	movl	%eax, -160(%rbp)
## %bb.15:                              ##   in Loop: Header=BB12_13 Depth=1
	movl	-168(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -168(%rbp)
	jmp	LBB12_13
LBB12_16:
	movl	-160(%rbp), %esi
	leaq	L_.str.13(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	$0, -176(%rbp)
	movl	$0, -180(%rbp)
LBB12_17:                               ## =>This Inner Loop Header: Depth=1
	cmpl	$16, -180(%rbp)
	jge	LBB12_20
## %bb.18:                              ##   in Loop: Header=BB12_17 Depth=1
	movslq	-180(%rbp), %rax
	movzwl	-64(%rbp,%rax,2), %eax
	shll	$16, %eax
	cltq
	movslq	-180(%rbp), %rcx
	movzbl	-32(%rbp,%rcx), %ecx
	movl	%ecx, %ecx
                                        ## kill: def $rcx killed $ecx
	addq	%rcx, %rax
	addq	-176(%rbp), %rax
	movq	%rax, -176(%rbp)
## %bb.19:                              ##   in Loop: Header=BB12_17 Depth=1
	movl	-180(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -180(%rbp)
	jmp	LBB12_17
LBB12_20:
	movq	-176(%rbp), %rsi
	leaq	L_.str.14(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB12_22
## %bb.21:
	xorl	%eax, %eax
	addq	$272, %rsp                      ## imm = 0x110
	popq	%rbp
	retq
LBB12_22:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vseed                          ## @vseed
	.p2align	2
_vseed:
	.long	305419911                       ## 0x12345687

	.globl	_vlong                          ## @vlong
	.p2align	3
_vlong:
	.quad	-5000000000                     ## 0xfffffffed5fa0e00

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"v=%08x sc=%ld uc=%ld ss=%ld us=%ld\n"

L_.str.1:                               ## @.str.1
	.asciz	"neg=%d si=%ld ui=%lu (long)(unsigned)neg=%ld\n"

L_.str.2:                               ## @.str.2
	.asciz	"narrow: sc=%d us=%u si=%d\n"

L_.str.3:                               ## @.str.3
	.asciz	"narrow pos: sc=%d us=%u si=%d\n"

L_.str.4:                               ## @.str.4
	.asciz	"0u-1 = %u, +2 = %u, *3 = %u\n"

L_.str.5:                               ## @.str.5
	.asciz	"us wrap=%u uc wrap=%u\n"

L_.str.6:                               ## @.str.6
	.asciz	"u64 wrap: %llu\n"

L_.str.7:                               ## @.str.7
	.asciz	"-1 < 1u: %d, -1L < 1u: %d, (unsigned char)-1 < 1: %d\n"

L_.str.8:                               ## @.str.8
	.asciz	"short mul promotes: %d, add_shorts wrap: %d\n"

L_.str.9:                               ## @.str.9
	.asciz	"add_uchars: %u %u\n"

L_.str.10:                              ## @.str.10
	.asciz	"bool: %d %d %d\n"

	.section	__TEXT,__const
l___const.main.scs:                     ## @__const.main.scs
	.ascii	"\200\377\000\001\177"

	.section	__TEXT,__cstring,cstring_literals
L_.str.11:                              ## @.str.11
	.asciz	"sc=%d as uint=%u as ulong=%lu as ushort=%u\n"

L_.str.12:                              ## @.str.12
	.asciz	"total=%ld utotal=%lu\n"

L_.str.13:                              ## @.str.13
	.asciz	"mix=%d\n"

L_.str.14:                              ## @.str.14
	.asciz	"acc64=%lld\n"

.subsections_via_symbols
