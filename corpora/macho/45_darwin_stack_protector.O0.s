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
	subq	$176, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	%edi, -148(%rbp)
	movl	$0, -152(%rbp)
LBB0_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$32, -152(%rbp)
	jge	LBB0_4
## %bb.2:                               ##   in Loop: Header=BB0_1 Depth=1
	movl	-152(%rbp), %ecx
	imull	-148(%rbp), %ecx
	movslq	-152(%rbp), %rax
	movl	%ecx, -144(%rbp,%rax,4)
## %bb.3:                               ##   in Loop: Header=BB0_1 Depth=1
	movl	-152(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -152(%rbp)
	jmp	LBB0_1
LBB0_4:
	movl	$0, -156(%rbp)
	movl	$0, -160(%rbp)
LBB0_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$32, -160(%rbp)
	jge	LBB0_8
## %bb.6:                               ##   in Loop: Header=BB0_5 Depth=1
	movslq	-160(%rbp), %rax
	movl	-144(%rbp,%rax,4), %eax
	addl	-156(%rbp), %eax
	movl	%eax, -156(%rbp)
## %bb.7:                               ##   in Loop: Header=BB0_5 Depth=1
	movl	-160(%rbp), %eax
	addl	$3, %eax
	movl	%eax, -160(%rbp)
	jmp	LBB0_5
LBB0_8:
	movl	-156(%rbp), %eax
	movl	%eax, -164(%rbp)                ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB0_10
## %bb.9:
	movl	-164(%rbp), %eax                ## 4-byte Reload
	addq	$176, %rsp
	popq	%rbp
	retq
LBB0_10:
	callq	___stack_chk_fail
	ud2
	.cfi_endproc
                                        ## -- End function
	.globl	_big_frame                      ## -- Begin function big_frame
	.p2align	4, 0x90
_big_frame:                             ## @big_frame
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$20048, %rsp                    ## imm = 0x4E50
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	%edi, -20020(%rbp)
	movl	$0, -20024(%rbp)
LBB1_1:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$20000, -20024(%rbp)            ## imm = 0x4E20
	jge	LBB1_4
## %bb.2:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-20024(%rbp), %eax
	imull	-20020(%rbp), %eax
	movb	%al, %cl
	movslq	-20024(%rbp), %rax
	movb	%cl, -20016(%rbp,%rax)
## %bb.3:                               ##   in Loop: Header=BB1_1 Depth=1
	movl	-20024(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20024(%rbp)
	jmp	LBB1_1
LBB1_4:
	movq	$0, -20032(%rbp)
	movl	$0, -20036(%rbp)
LBB1_5:                                 ## =>This Inner Loop Header: Depth=1
	cmpl	$20000, -20036(%rbp)            ## imm = 0x4E20
	jge	LBB1_8
## %bb.6:                               ##   in Loop: Header=BB1_5 Depth=1
	movslq	-20036(%rbp), %rax
	movsbq	-20016(%rbp,%rax), %rax
	addq	-20032(%rbp), %rax
	movq	%rax, -20032(%rbp)
## %bb.7:                               ##   in Loop: Header=BB1_5 Depth=1
	movl	-20036(%rbp), %eax
	addl	$97, %eax
	movl	%eax, -20036(%rbp)
	jmp	LBB1_5
LBB1_8:
	movq	-20032(%rbp), %rax
	movq	%rax, -20048(%rbp)              ## 8-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB1_10
## %bb.9:
	movq	-20048(%rbp), %rax              ## 8-byte Reload
	addq	$20048, %rsp                    ## imm = 0x4E50
	popq	%rbp
	retq
LBB1_10:
	callq	___stack_chk_fail
	ud2
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
	subq	$80, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	%rdi, -40(%rbp)
	movq	%rsi, -48(%rbp)
	movl	$0, -52(%rbp)
LBB2_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-40(%rbp), %rax
	movslq	-52(%rbp), %rcx
	movsbl	(%rax,%rcx), %ecx
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	cmpl	$0, %ecx
	movb	%al, -57(%rbp)                  ## 1-byte Spill
	je	LBB2_3
## %bb.2:                               ##   in Loop: Header=BB2_1 Depth=1
	cmpl	$15, -52(%rbp)
	setl	%al
	movb	%al, -57(%rbp)                  ## 1-byte Spill
LBB2_3:                                 ##   in Loop: Header=BB2_1 Depth=1
	movb	-57(%rbp), %al                  ## 1-byte Reload
	testb	$1, %al
	jne	LBB2_4
	jmp	LBB2_5
LBB2_4:                                 ##   in Loop: Header=BB2_1 Depth=1
	movq	-40(%rbp), %rax
	movslq	-52(%rbp), %rcx
	movb	(%rax,%rcx), %cl
	movslq	-52(%rbp), %rax
	movb	%cl, -32(%rbp,%rax)
	movl	-52(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -52(%rbp)
	jmp	LBB2_1
LBB2_5:
	movslq	-52(%rbp), %rax
	movb	$0, -32(%rbp,%rax)
	movl	$0, -56(%rbp)
LBB2_6:                                 ## =>This Inner Loop Header: Depth=1
	movl	-56(%rbp), %eax
	cmpl	-52(%rbp), %eax
	jg	LBB2_12
## %bb.7:                               ##   in Loop: Header=BB2_6 Depth=1
	movl	-52(%rbp), %eax
	subl	$1, %eax
	subl	-56(%rbp), %eax
	cmpl	$0, %eax
	jge	LBB2_9
## %bb.8:                               ##   in Loop: Header=BB2_6 Depth=1
	movl	-52(%rbp), %eax
	movl	%eax, -64(%rbp)                 ## 4-byte Spill
	jmp	LBB2_10
LBB2_9:                                 ##   in Loop: Header=BB2_6 Depth=1
	movl	-52(%rbp), %eax
	subl	$1, %eax
	subl	-56(%rbp), %eax
	movl	%eax, -64(%rbp)                 ## 4-byte Spill
LBB2_10:                                ##   in Loop: Header=BB2_6 Depth=1
	movl	-64(%rbp), %eax                 ## 4-byte Reload
	cltq
	movb	-32(%rbp,%rax), %dl
	movq	-48(%rbp), %rax
	movslq	-56(%rbp), %rcx
	movb	%dl, (%rax,%rcx)
## %bb.11:                              ##   in Loop: Header=BB2_6 Depth=1
	movl	-56(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -56(%rbp)
	jmp	LBB2_6
LBB2_12:
	movq	-48(%rbp), %rax
	movslq	-52(%rbp), %rcx
	movb	$0, (%rax,%rcx)
	movl	-52(%rbp), %eax
	movl	%eax, -68(%rbp)                 ## 4-byte Spill
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB2_14
## %bb.13:
	movl	-68(%rbp), %eax                 ## 4-byte Reload
	addq	$80, %rsp
	popq	%rbp
	retq
LBB2_14:
	callq	___stack_chk_fail
	ud2
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
	subq	$64, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -52(%rbp)
	movl	_vk(%rip), %edi
	callq	_local_array_sum
	movl	%eax, %esi
	leaq	L_.str(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	_vk(%rip), %edi
	callq	_big_frame
	movq	%rax, %rsi
	leaq	L_.str.1(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-48(%rbp), %rsi
	leaq	L_.str.2(%rip), %rdi
	callq	_copy_name
	movl	%eax, -56(%rbp)
	movl	-56(%rbp), %esi
	leaq	-48(%rbp), %rdx
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB3_2
## %bb.1:
	xorl	%eax, %eax
	addq	$64, %rsp
	popq	%rbp
	retq
LBB3_2:
	callq	___stack_chk_fail
	ud2
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
