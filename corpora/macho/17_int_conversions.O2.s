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
	movslq	%edi, %rax
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
	movl	%edi, %eax
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
	movslq	%edi, %rax
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
	movl	%edi, %eax
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
	movslq	%edi, %rax
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
	movl	%edi, %eax
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
	movsbl	%dil, %eax
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
	movzwl	%di, %eax
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
	movq	%rdi, %rax
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
	addl	%esi, %edi
	movswl	%di, %eax
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
	addb	%dil, %sil
	movzbl	%sil, %eax
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
	testq	%rdi, %rdi
	setne	%al
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
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$152, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movl	_vseed(%rip), %r15d
	movsbl	%r15b, %ebx
	movl	%ebx, -68(%rbp)                 ## 4-byte Spill
	movl	%ebx, %edi
	callq	_widen_sc
	movq	%rax, %r13
	movzbl	%bl, %edi
	callq	_widen_uc
	movq	%rax, %r14
	movswl	%r15w, %ebx
	movl	%ebx, %edi
	callq	_widen_ss
	movq	%rax, %r12
	movzwl	%bx, %edi
	callq	_widen_us
	leaq	L_.str(%rip), %rdi
	movl	%r15d, %esi
	movq	%r13, %rdx
	movq	%r14, %rcx
	movq	%r12, %r8
	movq	%rax, %r9
	xorl	%eax, %eax
	callq	_printf
	movl	%r15d, %ebx
	movq	%r15, %r12
	sarl	$8, %ebx
	movsbl	%bl, %r14d
	movl	%r14d, %edi
	callq	_widen_sc
	movq	%rax, -80(%rbp)                 ## 8-byte Spill
	movzbl	%r14b, %edi
	callq	_widen_uc
	movq	%rax, %r14
	movswl	%bx, %r13d
	movl	%r13d, %edi
	callq	_widen_ss
	movq	%rax, %r15
	movzwl	%r13w, %edi
	callq	_widen_us
	leaq	L_.str(%rip), %rdi
	movl	%ebx, %esi
	movq	-80(%rbp), %rdx                 ## 8-byte Reload
	movq	%r14, %rcx
	movq	%r15, %r8
	movq	%rax, %r9
	xorl	%eax, %eax
	callq	_printf
	movl	%r12d, %ebx
	sarl	$16, %ebx
	movsbl	%bl, %r14d
	movl	%r14d, %edi
	callq	_widen_sc
	movq	%rax, %r15
	movzbl	%r14b, %edi
	callq	_widen_uc
	movq	%rax, %r14
	movl	%ebx, %edi
	callq	_widen_ss
	movq	%rax, %r13
	movzwl	%bx, %edi
	callq	_widen_us
	leaq	L_.str(%rip), %rdi
	movl	%ebx, %esi
	movq	%r15, %rdx
	movq	%r14, %rcx
	movq	%r13, %r8
	movq	%rax, %r9
	xorl	%eax, %eax
	callq	_printf
	movl	%r12d, %ebx
	sarl	$24, %ebx
	movl	%ebx, %edi
	callq	_widen_sc
	movq	%rax, %r14
	movzbl	%bl, %edi
	callq	_widen_uc
	movq	%rax, %r15
	movl	%ebx, %edi
	callq	_widen_ss
	movq	%rax, %r13
	movzwl	%bx, %edi
	callq	_widen_us
	leaq	L_.str(%rip), %rdi
	movl	%ebx, %esi
	movq	%r14, %rdx
	movq	%r15, %rcx
	movq	%r13, %r8
	movq	%rax, %r9
	xorl	%eax, %eax
	callq	_printf
	movl	%r12d, %ebx
	negl	%ebx
	movl	%ebx, %edi
	callq	_widen_si
	movq	%rax, %r14
	movl	%ebx, %edi
	callq	_widen_ui
	leaq	L_.str.1(%rip), %rdi
	movl	%ebx, %esi
	movq	%r14, %rdx
	movq	%rax, %rcx
	movq	%rbx, %r8
	xorl	%eax, %eax
	callq	_printf
	movq	_vlong(%rip), %rbx
	movq	%rbx, %rdi
	callq	_narrow_sc
	movsbl	%al, %r14d
	movq	%rbx, %rdi
	callq	_narrow_us
	movzwl	%ax, %r15d
	movq	%rbx, %rdi
	callq	_narrow_si
	leaq	L_.str.2(%rip), %rdi
	movl	%r14d, %esi
	movl	%r15d, %edx
	movl	%eax, %ecx
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, %r14
	negq	%r14
	movl	$200, %edi
	subq	%rbx, %rdi
	callq	_narrow_sc
	movsbl	%al, %r15d
	movl	$70000, %edi                    ## imm = 0x11170
	subq	%rbx, %rdi
	callq	_narrow_us
	movzwl	%ax, %ebx
	movq	%r14, %rdi
	callq	_narrow_si
	leaq	L_.str.3(%rip), %rdi
	movl	%r15d, %esi
	movl	%ebx, %edx
	movl	%eax, %ecx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.4(%rip), %rdi
	movl	$-1, %esi
	movl	$1, %edx
	movl	$-3, %ecx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.5(%rip), %rdi
	xorl	%esi, %esi
	movl	$4, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.6(%rip), %rdi
	movq	$-5, %rsi
	xorl	%eax, %eax
	callq	_printf
	movl	_vseed(%rip), %eax
	movl	_vseed(%rip), %eax
	leaq	L_.str.7(%rip), %rdi
	xorl	%esi, %esi
	movl	$1, %edx
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	callq	_printf
	movl	$30000, %edi                    ## imm = 0x7530
	movl	$4000, %esi                     ## imm = 0xFA0
	callq	_add_shorts
	movswl	%ax, %edx
	leaq	L_.str.8(%rip), %rdi
	movl	$-60000, %esi                   ## imm = 0xFFFF15A0
	xorl	%eax, %eax
	callq	_printf
	movl	$200, %edi
	movl	$100, %esi
	callq	_add_uchars
	movzbl	%al, %ebx
	movl	$1, %edi
	movl	$2, %esi
	callq	_add_uchars
	movzbl	%al, %edx
	leaq	L_.str.9(%rip), %rdi
	movl	%ebx, %esi
	xorl	%eax, %eax
	callq	_printf
	xorl	%edi, %edi
	callq	_to_bool
	movzbl	%al, %r14d
	movq	_vlong(%rip), %rdi
	callq	_to_bool
	movzbl	%al, %ebx
	movabsq	$1099511627776, %rdi            ## imm = 0x10000000000
	callq	_to_bool
	movzbl	%al, %ecx
	leaq	L_.str.10(%rip), %rdi
	movl	%r14d, %esi
	movl	%ebx, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.11(%rip), %r15
	movq	%r15, %rdi
	movl	$-128, %esi
	movl	$-128, %edx
	movq	$-128, %rcx
	movl	$65408, %r8d                    ## imm = 0xFF80
	xorl	%eax, %eax
	callq	_printf
	movq	%r15, %rdi
	movl	$-1, %esi
	movl	$-1, %edx
	movq	$-1, %rcx
	movl	$65535, %r8d                    ## imm = 0xFFFF
	xorl	%eax, %eax
	callq	_printf
	movq	%r15, %rdi
	xorl	%esi, %esi
	xorl	%edx, %edx
	xorl	%ecx, %ecx
	xorl	%r8d, %r8d
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %ecx
	movq	%r15, %rdi
	movl	$1, %esi
	movl	$1, %edx
	movl	$1, %r8d
	xorl	%eax, %eax
	callq	_printf
	movl	$127, %ecx
	movq	%r15, %rdi
	movl	$127, %esi
	movl	$127, %edx
	movl	$127, %r8d
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.12(%rip), %rdi
	movl	$511, %edx                      ## imm = 0x1FF
	movq	$-1, %rsi
	xorl	%eax, %eax
	callq	_printf
	movq	%r12, %rax
	shrq	$3, %rax
	movq	%rax, %rcx
	movq	%rax, -184(%rbp)                ## 8-byte Spill
	movq	%r12, %rax
	shrq	$2, %rax
	movq	%rax, -152(%rbp)                ## 8-byte Spill
	leal	(%r12,%r12,2), %eax
	movq	%r12, %r14
	leal	(%r12,%rax,4), %r9d
	movl	%eax, %ebx
	shrl	$3, %ebx
	movq	%r12, %r11
	shrq	%r11
	movq	%r11, -176(%rbp)                ## 8-byte Spill
	leal	(%r12,%r12), %eax
	leal	(%rax,%rax,2), %r10d
	movq	%rax, %rdx
	movq	%rax, -168(%rbp)                ## 8-byte Spill
	leal	(,%r12,8), %r8d
	subl	%r14d, %r8d
	shrl	$3, %r10d
	movsbl	%cl, %eax
	shll	$16, %r12d
	leal	(%r12,%r12,2), %ecx
	movl	%ecx, -144(%rbp)                ## 4-byte Spill
	movl	%ecx, %r13d
	sarl	$16, %r13d
	imull	%eax, %r13d
	movl	%r14d, %r15d
	shll	$19, %r15d
	movl	%r15d, -120(%rbp)               ## 4-byte Spill
	shrl	$3, %r8d
	leal	(%r14,%r14,8), %eax
	shrl	$3, %eax
	movl	%eax, -60(%rbp)                 ## 4-byte Spill
	leal	(%r14,%r14,4), %eax
	leal	(%r14,%rax,2), %ecx
	leal	(%rax,%rax,2), %esi
	movl	%eax, %edi
	shrl	$3, %edi
	leal	(%rdx,%rdx,4), %eax
	shrl	$3, %eax
	movl	%eax, -56(%rbp)                 ## 4-byte Spill
	leal	(,%r14,4), %edx
	leal	(%rdx,%rdx,2), %eax
	shrl	$3, %ecx
	movl	%ecx, -52(%rbp)                 ## 4-byte Spill
	shrl	$3, %eax
	movl	%eax, -48(%rbp)                 ## 4-byte Spill
	movl	%r14d, %edx
	shll	$4, %edx
	leal	(%r14,%rdx), %eax
	movl	%eax, -80(%rbp)                 ## 4-byte Spill
	subl	%r14d, %edx
	subl	%r14d, %edx
	shrl	$3, %r9d
	movl	%r9d, -44(%rbp)                 ## 4-byte Spill
	shrl	$3, %edx
	shrl	$3, %esi
	movl	%esi, -64(%rbp)                 ## 4-byte Spill
	testl	%r13d, %r13d
	leal	63(%r13), %eax
	cmovnsl	%r13d, %eax
	movl	%r14d, %r13d
	shll	$18, %r13d
	movq	%r13, -160(%rbp)                ## 8-byte Spill
                                        ## kill: def $r13d killed $r13d killed $r13 def $r13
	sarl	$16, %r13d
	movsbl	-152(%rbp), %r9d                ## 1-byte Folded Reload
	imull	%r9d, %r13d
	sarl	$6, %eax
	testl	%r13d, %r13d
	leal	63(%r13), %r9d
	cmovnsl	%r13d, %r9d
	sarl	$6, %r9d
	addl	%eax, %r9d
	movsbl	%bl, %esi
	movl	%esi, -136(%rbp)                ## 4-byte Spill
	leal	(%r12,%r12,4), %eax
	movl	%eax, -140(%rbp)                ## 4-byte Spill
                                        ## kill: def $eax killed $eax def $rax
	sarl	$16, %eax
	imull	%esi, %eax
	testl	%eax, %eax
	leal	63(%rax), %ebx
	cmovnsl	%eax, %ebx
	sarl	$6, %ebx
	addl	%r9d, %ebx
	movl	%r14d, %r9d
	shll	$17, %r9d
	leal	(%r9,%r9,2), %eax
	movl	%eax, -132(%rbp)                ## 4-byte Spill
                                        ## kill: def $eax killed $eax def $rax
	sarl	$16, %eax
	movsbl	%r11b, %esi
	imull	%esi, %eax
	testl	%eax, %eax
	leal	63(%rax), %esi
	cmovnsl	%eax, %esi
	sarl	$6, %esi
	addl	%ebx, %esi
	movsbl	%dil, %ecx
	movl	%ecx, -124(%rbp)                ## 4-byte Spill
	imull	$458752, %r14d, %eax            ## imm = 0x70000
	movl	%eax, -128(%rbp)                ## 4-byte Spill
                                        ## kill: def $eax killed $eax def $rax
	sarl	$16, %eax
	imull	%ecx, %eax
	testl	%eax, %eax
	leal	63(%rax), %ecx
	cmovnsl	%eax, %ecx
	sarl	$6, %ecx
	addl	%esi, %ecx
	movsbl	%r10b, %esi
	movl	%esi, -116(%rbp)                ## 4-byte Spill
	movl	%r15d, %eax
	sarl	$16, %eax
	imull	%esi, %eax
	testl	%eax, %eax
	leal	63(%rax), %esi
	cmovnsl	%eax, %esi
	sarl	$6, %esi
	addl	%ecx, %esi
	movsbl	%r8b, %ecx
	movl	%ecx, -104(%rbp)                ## 4-byte Spill
	leal	(%r12,%r12,8), %eax
	movl	%eax, -112(%rbp)                ## 4-byte Spill
                                        ## kill: def $eax killed $eax def $rax
	sarl	$16, %eax
	imull	%ecx, %eax
	testl	%eax, %eax
	leal	63(%rax), %ecx
	cmovnsl	%eax, %ecx
	sarl	$6, %ecx
	addl	%esi, %ecx
	leal	(%r9,%r9,4), %eax
	movl	%eax, -108(%rbp)                ## 4-byte Spill
                                        ## kill: def $eax killed $eax def $rax
	sarl	$16, %eax
	imull	-68(%rbp), %eax                 ## 4-byte Folded Reload
	testl	%eax, %eax
	leal	63(%rax), %esi
	cmovnsl	%eax, %esi
	sarl	$6, %esi
	addl	%ecx, %esi
	movsbl	-60(%rbp), %ecx                 ## 1-byte Folded Reload
	movl	%ecx, -60(%rbp)                 ## 4-byte Spill
	imull	$720896, %r14d, %eax            ## imm = 0xB0000
	movl	%eax, -68(%rbp)                 ## 4-byte Spill
                                        ## kill: def $eax killed $eax def $rax
	sarl	$16, %eax
	imull	%ecx, %eax
	testl	%eax, %eax
	leal	63(%rax), %ecx
	cmovnsl	%eax, %ecx
	sarl	$6, %ecx
	addl	%esi, %ecx
	movsbl	-56(%rbp), %esi                 ## 1-byte Folded Reload
	movl	%esi, -100(%rbp)                ## 4-byte Spill
	movq	-160(%rbp), %r12                ## 8-byte Reload
	leal	(%r12,%r12,2), %eax
	movl	%eax, -56(%rbp)                 ## 4-byte Spill
                                        ## kill: def $eax killed $eax def $rax
	sarl	$16, %eax
	imull	%esi, %eax
	testl	%eax, %eax
	leal	63(%rax), %esi
	cmovnsl	%eax, %esi
	sarl	$6, %esi
	addl	%ecx, %esi
	movsbl	-52(%rbp), %ecx                 ## 1-byte Folded Reload
	movl	%ecx, -96(%rbp)                 ## 4-byte Spill
	imull	$851968, %r14d, %eax            ## imm = 0xD0000
	movl	%eax, -52(%rbp)                 ## 4-byte Spill
                                        ## kill: def $eax killed $eax def $rax
	sarl	$16, %eax
	imull	%ecx, %eax
	testl	%eax, %eax
	leal	63(%rax), %ecx
	cmovnsl	%eax, %ecx
	sarl	$6, %ecx
	addl	%esi, %ecx
	movsbl	-48(%rbp), %esi                 ## 1-byte Folded Reload
	movl	%esi, -92(%rbp)                 ## 4-byte Spill
	imull	$917504, %r14d, %eax            ## imm = 0xE0000
	movl	%eax, -48(%rbp)                 ## 4-byte Spill
                                        ## kill: def $eax killed $eax def $rax
	sarl	$16, %eax
	imull	%esi, %eax
	testl	%eax, %eax
	leal	63(%rax), %esi
	cmovnsl	%eax, %esi
	sarl	$6, %esi
	addl	%ecx, %esi
	movsbl	-44(%rbp), %ecx                 ## 1-byte Folded Reload
	movl	%ecx, -88(%rbp)                 ## 4-byte Spill
	imull	$983040, %r14d, %eax            ## imm = 0xF0000
	movl	%eax, -44(%rbp)                 ## 4-byte Spill
                                        ## kill: def $eax killed $eax def $rax
	sarl	$16, %eax
	imull	%ecx, %eax
	testl	%eax, %eax
	leal	63(%rax), %ecx
	cmovnsl	%eax, %ecx
	sarl	$6, %ecx
	addl	%esi, %ecx
	movsbl	%dl, %edx
	movl	%edx, -84(%rbp)                 ## 4-byte Spill
	movl	%r14d, %r15d
	shll	$20, %r15d
	movl	%r15d, %eax
	sarl	$16, %eax
	imull	%edx, %eax
	testl	%eax, %eax
	leal	63(%rax), %edx
	cmovnsl	%eax, %edx
	sarl	$6, %edx
	addl	%ecx, %edx
	movsbl	-64(%rbp), %ecx                 ## 1-byte Folded Reload
	movl	%ecx, -64(%rbp)                 ## 4-byte Spill
	movswl	-80(%rbp), %eax                 ## 2-byte Folded Reload
	imull	%ecx, %eax
	testl	%eax, %eax
	leal	63(%rax), %ecx
	cmovnsl	%eax, %ecx
	sarl	$6, %ecx
	addl	%edx, %ecx
	movl	%r14d, %eax
	shll	$25, %eax
	sarl	$24, %eax
	movq	-168(%rbp), %r13                ## 8-byte Reload
	leal	(%r13,%r13,8), %ebx
	movswl	%bx, %edx
	imull	%eax, %edx
	testl	%edx, %edx
	leal	63(%rdx), %esi
	cmovnsl	%edx, %esi
	sarl	$6, %esi
	addl	%ecx, %esi
	leaq	L_.str.13(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movslq	-144(%rbp), %rax                ## 4-byte Folded Reload
	movzbl	-184(%rbp), %ecx                ## 1-byte Folded Reload
	orq	%rax, %rcx
	movzbl	-152(%rbp), %eax                ## 1-byte Folded Reload
	addq	%rcx, %rax
	movslq	%r12d, %rcx
	addq	%rcx, %rax
	movzbl	-136(%rbp), %ecx                ## 1-byte Folded Reload
	addq	%rax, %rcx
	movslq	-140(%rbp), %rax                ## 4-byte Folded Reload
	addq	%rax, %rcx
	movzbl	-176(%rbp), %eax                ## 1-byte Folded Reload
	addq	%rcx, %rax
	movslq	-132(%rbp), %rcx                ## 4-byte Folded Reload
	addq	%rcx, %rax
	movzbl	-124(%rbp), %ecx                ## 1-byte Folded Reload
	addq	%rax, %rcx
	movslq	-128(%rbp), %rax                ## 4-byte Folded Reload
	addq	%rax, %rcx
	movzbl	-116(%rbp), %eax                ## 1-byte Folded Reload
	addq	%rcx, %rax
	movslq	-120(%rbp), %rcx                ## 4-byte Folded Reload
	addq	%rcx, %rax
	movzbl	-104(%rbp), %ecx                ## 1-byte Folded Reload
	addq	%rax, %rcx
	movslq	-112(%rbp), %rax                ## 4-byte Folded Reload
	addq	%rax, %rcx
	movzbl	%r14b, %eax
	addq	%rcx, %rax
	movslq	-108(%rbp), %rcx                ## 4-byte Folded Reload
	addq	%rcx, %rax
	movzbl	-60(%rbp), %ecx                 ## 1-byte Folded Reload
	addq	%rax, %rcx
	movslq	-68(%rbp), %rax                 ## 4-byte Folded Reload
	addq	%rax, %rcx
	movzbl	-100(%rbp), %eax                ## 1-byte Folded Reload
	addq	%rcx, %rax
	movslq	-56(%rbp), %rcx                 ## 4-byte Folded Reload
	addq	%rcx, %rax
	movzbl	-96(%rbp), %ecx                 ## 1-byte Folded Reload
	addq	%rax, %rcx
	movslq	-52(%rbp), %rax                 ## 4-byte Folded Reload
	addq	%rax, %rcx
	movzbl	-92(%rbp), %eax                 ## 1-byte Folded Reload
	addq	%rcx, %rax
	movslq	-48(%rbp), %rcx                 ## 4-byte Folded Reload
	addq	%rcx, %rax
	movzbl	-88(%rbp), %ecx                 ## 1-byte Folded Reload
	addq	%rax, %rcx
	movslq	-44(%rbp), %rax                 ## 4-byte Folded Reload
	addq	%rax, %rcx
	movzbl	-84(%rbp), %eax                 ## 1-byte Folded Reload
	addq	%rcx, %rax
	movslq	%r15d, %rcx
	addq	%rcx, %rax
	movzbl	-64(%rbp), %ecx                 ## 1-byte Folded Reload
	addq	%rax, %rcx
	movl	-80(%rbp), %eax                 ## 4-byte Reload
	shll	$16, %eax
	cltq
	addq	%rax, %rcx
	movzbl	%r13b, %esi
	addq	%rcx, %rsi
	shll	$16, %ebx
	movslq	%ebx, %rax
	addq	%rax, %rsi
	leaq	L_.str.14(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	xorl	%eax, %eax
	addq	$152, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
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

L_.str.11:                              ## @.str.11
	.asciz	"sc=%d as uint=%u as ulong=%lu as ushort=%u\n"

L_.str.12:                              ## @.str.12
	.asciz	"total=%ld utotal=%lu\n"

L_.str.13:                              ## @.str.13
	.asciz	"mix=%d\n"

L_.str.14:                              ## @.str.14
	.asciz	"acc64=%lld\n"

.subsections_via_symbols
