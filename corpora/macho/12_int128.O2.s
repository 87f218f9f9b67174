	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_mul128                         ## -- Begin function mul128
	.p2align	4, 0x90
_mul128:                                ## @mul128
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdx, %r8
	movq	%rdx, %rax
	mulq	%rdi
	imulq	%r8, %rsi
	addq	%rsi, %rdx
	imulq	%rdi, %rcx
	addq	%rcx, %rdx
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_div128                         ## -- Begin function div128
	.p2align	4, 0x90
_div128:                                ## @div128
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	callq	___udivti3
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sdiv128                        ## -- Begin function sdiv128
	.p2align	4, 0x90
_sdiv128:                               ## @sdiv128
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	callq	___divti3
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_smod128                        ## -- Begin function smod128
	.p2align	4, 0x90
_smod128:                               ## @smod128
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	callq	___modti3
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_factorial                      ## -- Begin function factorial
	.p2align	4, 0x90
_factorial:                             ## @factorial
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
                                        ## kill: def $edi killed $edi def $rdi
	cmpl	$2, %edi
	jae	LBB4_2
## %bb.1:
	movl	$1, %eax
	xorl	%ecx, %ecx
	jmp	LBB4_7
LBB4_2:
	leal	-1(%rdi), %r9d
	addl	$-2, %edi
	movl	%r9d, %r8d
	andl	$7, %r8d
	cmpl	$7, %edi
	jae	LBB4_8
## %bb.3:
	movl	$1, %eax
	movl	$2, %r10d
	xorl	%ecx, %ecx
	testl	%r8d, %r8d
	jne	LBB4_6
	jmp	LBB4_7
LBB4_8:
	andl	$-8, %r9d
	negl	%r9d
	movl	$1, %eax
	movl	$9, %r10d
	xorl	%ecx, %ecx
	.p2align	4, 0x90
LBB4_9:                                 ## =>This Inner Loop Header: Depth=1
	leal	-7(%r10), %edi
	mulq	%rdi
	movq	%rdx, %rsi
	imulq	%rdi, %rcx
	addq	%rcx, %rsi
	leal	-6(%r10), %ecx
	imulq	%rcx, %rsi
	mulq	%rcx
	movq	%rdx, %rcx
	addq	%rsi, %rcx
	leal	-5(%r10), %edx
	imulq	%rdx, %rcx
	mulq	%rdx
	movq	%rdx, %rsi
	addq	%rcx, %rsi
	leal	-4(%r10), %ecx
	imulq	%rcx, %rsi
	mulq	%rcx
	movq	%rdx, %rcx
	addq	%rsi, %rcx
	leal	-3(%r10), %edi
	mulq	%rdi
	movq	%rdx, %rsi
	imulq	%rdi, %rcx
	addq	%rcx, %rsi
	leal	-2(%r10), %ecx
	imulq	%rcx, %rsi
	mulq	%rcx
	movq	%rdx, %rcx
	addq	%rsi, %rcx
	leal	-1(%r10), %edx
	imulq	%rdx, %rcx
	mulq	%rdx
	movq	%rdx, %rsi
	addq	%rcx, %rsi
	movl	%r10d, %ecx
	imulq	%rcx, %rsi
	mulq	%rcx
	movq	%rdx, %rcx
	addq	%rsi, %rcx
	movl	%r10d, %edx
	addl	$8, %r10d
	addl	%r9d, %edx
	addl	$8, %edx
	cmpl	$9, %edx
	jne	LBB4_9
## %bb.4:
	addl	$-7, %r10d
	testl	%r8d, %r8d
	je	LBB4_7
	.p2align	4, 0x90
LBB4_6:                                 ## =>This Inner Loop Header: Depth=1
	movl	%r10d, %esi
	movq	%rcx, %rdi
	mulq	%rsi
	imulq	%rsi, %rdi
	movq	%rdx, %rcx
	addq	%rdi, %rcx
	addl	$1, %r10d
	addl	$-1, %r8d
	jne	LBB4_6
LBB4_7:
	movq	%rcx, %rdx
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
	subq	$40, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	_va(%rip), %rdi
	movq	_vb(%rip), %rdx
	movq	%rdi, -48(%rbp)                 ## 8-byte Spill
	xorl	%esi, %esi
	xorl	%ecx, %ecx
	callq	_mul128
	movq	%rax, %r13
	movq	%rdx, %r12
	leaq	L_.str.21(%rip), %rdi
	leaq	L_.str(%rip), %rsi
	movq	%rax, %rcx
	xorl	%eax, %eax
	callq	_printf
	movabsq	$-8446744073709551616, %r15     ## imm = 0x8AC7230489E80000
	movq	%r13, %rdi
	movq	%r12, %rsi
	movq	%r15, %rdx
	xorl	%ecx, %ecx
	callq	___udivti3
	movq	%rax, %rcx
	imulq	%r15, %rcx
	movq	%r13, %rbx
	subq	%rcx, %rbx
	movq	%rax, %rdi
	movq	%rdx, %rsi
	movq	%r15, %rdx
	xorl	%ecx, %ecx
	callq	___umodti3
	movq	%rax, %r14
	movabsq	$687399551400673280, %rdx       ## imm = 0x98A224000000000
	movabsq	$5421010862427522170, %rcx      ## imm = 0x4B3B4CA85A86C47A
	movq	%r13, %rdi
	movq	%r12, %rsi
	callq	___udivti3
	testq	%rax, %rax
	je	LBB5_2
## %bb.1:
	leaq	L_.str.22(%rip), %rdi
	leaq	L_.str(%rip), %rsi
	movq	%rax, %rdx
	movq	%r14, %rcx
	movq	%rbx, %r8
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB5_5
LBB5_2:
	testq	%r14, %r14
	je	LBB5_4
## %bb.3:
	leaq	L_.str.23(%rip), %rdi
	leaq	L_.str(%rip), %rsi
	movq	%r14, %rdx
	movq	%rbx, %rcx
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB5_5
LBB5_4:
	leaq	L_.str.24(%rip), %rdi
	leaq	L_.str(%rip), %rsi
	movq	%rbx, %rdx
	xorl	%eax, %eax
	callq	_printf
LBB5_5:
	movq	%r12, %rdx
	shldq	$1, %r13, %rdx
	movq	%r13, %rcx
	addq	%r13, %rcx
	movq	-48(%rbp), %rbx                 ## 8-byte Reload
	addq	%rbx, %rcx
	adcq	$0, %rdx
	leaq	L_.str.21(%rip), %r14
	leaq	L_.str.1(%rip), %rsi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	%rbx, %rdx
	shlq	$6, %rdx
	leaq	L_.str.2(%rip), %rsi
	movq	%r14, %rdi
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	callq	_printf
	movq	%r12, %rcx
	shldq	$27, %r13, %rcx
	movq	%r12, %rdx
	shrq	$37, %rdx
	leaq	L_.str.3(%rip), %rsi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	%r13, %rcx
	notq	%rcx
	movq	%r12, %rdx
	notq	%rdx
	leaq	L_.str.4(%rip), %rsi
	movq	%r14, %rdi
	xorl	%eax, %eax
	callq	_printf
	movl	$10, %edx
	movq	%r13, %rdi
	movq	%r12, %rsi
	xorl	%ecx, %ecx
	callq	___udivti3
	movq	%rax, %rbx
	leaq	L_.str.5(%rip), %rsi
	movq	%r14, %rdi
	movq	%rax, %rcx
	xorl	%eax, %eax
	callq	_printf
	addq	%rbx, %rbx
	leaq	(%rbx,%rbx,4), %rax
	movq	%r13, %rcx
	subq	%rax, %rcx
	leaq	L_.str.6(%rip), %rsi
	movq	%r14, %rdi
	xorl	%edx, %edx
	xorl	%eax, %eax
	callq	_printf
	movl	$7, %edx
	movq	%r13, %rdi
	movq	%r12, %rsi
	xorl	%ecx, %ecx
	callq	___udivti3
	leaq	L_.str.7(%rip), %rsi
	movq	%r14, %rdi
	movq	%rax, %rcx
	xorl	%eax, %eax
	callq	_printf
	movq	_vdiv(%rip), %rdx
	movq	%r13, %rdi
	movq	%r12, %rsi
	xorl	%ecx, %ecx
	callq	_div128
	leaq	L_.str.8(%rip), %rsi
	movq	%r14, %rdi
	movq	%rax, %rcx
	xorl	%eax, %eax
	callq	_printf
	movq	_vdiv(%rip), %rdx
	movq	%r13, %rdi
	movq	%r12, %rsi
	xorl	%ecx, %ecx
	callq	___umodti3
	leaq	L_.str.9(%rip), %rsi
	movq	%r14, %rdi
	xorl	%edx, %edx
	movq	%rax, %rcx
	xorl	%eax, %eax
	callq	_printf
	movl	$30, %edi
	callq	_factorial
	movq	%rax, %rbx
	movq	%rdx, %r13
	movq	%rax, %rdi
	movq	%rdx, %rsi
	movq	%r15, %rdx
	xorl	%ecx, %ecx
	callq	___udivti3
	movq	%rax, %rcx
	imulq	%r15, %rcx
	movq	%rbx, %r12
	subq	%rcx, %r12
	movq	%rax, %rdi
	movq	%rdx, %rsi
	movq	%r15, %rdx
	xorl	%ecx, %ecx
	callq	___umodti3
	movq	%rax, %r14
	movabsq	$687399551400673280, %rdx       ## imm = 0x98A224000000000
	movabsq	$5421010862427522170, %rcx      ## imm = 0x4B3B4CA85A86C47A
	movq	%rbx, %rdi
	movq	%r13, %rsi
	callq	___udivti3
	testq	%rax, %rax
	je	LBB5_7
## %bb.6:
	leaq	L_.str.22(%rip), %rdi
	leaq	L_.str.10(%rip), %rsi
	movq	%rax, %rdx
	movq	%r14, %rcx
	movq	%r12, %r8
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB5_10
LBB5_7:
	testq	%r14, %r14
	je	LBB5_9
## %bb.8:
	leaq	L_.str.23(%rip), %rdi
	leaq	L_.str.10(%rip), %rsi
	movq	%r14, %rdx
	movq	%r12, %rcx
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB5_10
LBB5_9:
	leaq	L_.str.24(%rip), %rdi
	leaq	L_.str.10(%rip), %rsi
	movq	%r12, %rdx
	xorl	%eax, %eax
	callq	_printf
LBB5_10:
	movl	$34, %edi
	callq	_factorial
	movq	%rax, %rbx
	movq	%rdx, %r13
	movq	%rax, %rdi
	movq	%rdx, %rsi
	movq	%r15, %rdx
	xorl	%ecx, %ecx
	callq	___udivti3
	movq	%rax, %rcx
	imulq	%r15, %rcx
	movq	%rbx, %r12
	subq	%rcx, %r12
	movq	%rax, %rdi
	movq	%rdx, %rsi
	movq	%r15, %rdx
	xorl	%ecx, %ecx
	callq	___umodti3
	movq	%rax, %r14
	movabsq	$687399551400673280, %rdx       ## imm = 0x98A224000000000
	movabsq	$5421010862427522170, %rcx      ## imm = 0x4B3B4CA85A86C47A
	movq	%rbx, %rdi
	movq	%r13, %rsi
	callq	___udivti3
	testq	%rax, %rax
	je	LBB5_12
## %bb.11:
	leaq	L_.str.22(%rip), %rdi
	leaq	L_.str.11(%rip), %rsi
	movq	%rax, %rdx
	movq	%r14, %rcx
	movq	%r12, %r8
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB5_15
LBB5_12:
	testq	%r14, %r14
	je	LBB5_14
## %bb.13:
	leaq	L_.str.23(%rip), %rdi
	leaq	L_.str.11(%rip), %rsi
	movq	%r14, %rdx
	movq	%r12, %rcx
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB5_15
LBB5_14:
	leaq	L_.str.24(%rip), %rdi
	leaq	L_.str.11(%rip), %rsi
	movq	%r12, %rdx
	xorl	%eax, %eax
	callq	_printf
LBB5_15:
	movq	_vneg(%rip), %r12
	movq	%r12, %rax
	sarq	$63, %rax
	movq	%rax, %rbx
	movq	%rax, -72(%rbp)                 ## 8-byte Spill
	movq	%r12, %rax
	imulq	%r12
	movq	%rdx, -64(%rbp)                 ## 8-byte Spill
	movq	%rax, -56(%rbp)                 ## 8-byte Spill
	leaq	L_.str.12(%rip), %rdi
	movq	%rax, %rsi
	callq	_print_signed
	movq	_va(%rip), %rax
	movq	%rax, %rcx
	imulq	%rbx, %rcx
	mulq	%r12
	addq	%rcx, %rdx
	leaq	L_.str.13(%rip), %rdi
	movq	%rax, %rsi
	callq	_print_signed
	movl	$1000003, %ecx                  ## imm = 0xF4243
	movq	%r12, %rax
	imulq	%rcx
	movq	%rdx, %r14
	movq	%rax, %r15
	xorl	%r13d, %r13d
	movl	$7, %edx
	movq	%rax, %rdi
	movq	%r14, %rsi
	xorl	%ecx, %ecx
	callq	_sdiv128
	leaq	L_.str.14(%rip), %rdi
	movq	%rax, %rsi
	callq	_print_signed
	movl	$7, %edx
	movq	%r15, %rdi
	movq	%r14, %rsi
	xorl	%ecx, %ecx
	callq	_smod128
	leaq	L_.str.15(%rip), %rdi
	movq	%rax, %rsi
	callq	_print_signed
	movq	-56(%rbp), %rbx                 ## 8-byte Reload
	movq	%rbx, %rdi
	movq	-64(%rbp), %r14                 ## 8-byte Reload
	movq	%r14, %rsi
	movq	$-13, %rdx
	movq	$-1, %rcx
	callq	_sdiv128
	leaq	L_.str.16(%rip), %rdi
	movq	%rax, %rsi
	callq	_print_signed
	movq	%r12, %rsi
	shrq	$63, %rsi
	movq	_va(%rip), %rax
	cmpq	%rbx, %rax
	movl	$0, %eax
	sbbq	%r14, %rax
	setb	%al
	movzbl	%al, %edx
	cmpq	%r12, -48(%rbp)                 ## 8-byte Folded Reload
	movl	$0, %eax
	sbbq	-72(%rbp), %rax                 ## 8-byte Folded Reload
	setb	%al
	movzbl	%al, %ecx
	leaq	L_.str.17(%rip), %rdi
                                        ## kill: def $esi killed $esi killed $rsi
	xorl	%eax, %eax
	callq	_printf
	movl	$1, %r14d
	movl	$1, %esi
	xorl	%eax, %eax
	xorl	%ebx, %ebx
	.p2align	4, 0x90
LBB5_16:                                ## =>This Inner Loop Header: Depth=1
	movq	%rbx, %rcx
	movq	%r14, %rdx
	movq	%r13, %r14
	addq	%rdx, %r14
	movq	%rax, %rbx
	adcq	%rcx, %rbx
	addl	$1, %esi
	movq	%rdx, %r13
	addq	%r14, %rdx
	movq	%rcx, %rax
	adcq	%rbx, %rcx
	jae	LBB5_16
## %bb.17:
	leaq	L_.str.18(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	%r14, %rdi
	movq	%rbx, %rsi
	movabsq	$-8446744073709551616, %r15     ## imm = 0x8AC7230489E80000
	movq	%r15, %rdx
	xorl	%ecx, %ecx
	callq	___udivti3
	movq	%rax, %rcx
	imulq	%r15, %rcx
	movq	%r14, %r12
	subq	%rcx, %r12
	movq	%rax, %rdi
	movq	%rdx, %rsi
	movq	%r15, %rdx
	xorl	%ecx, %ecx
	callq	___umodti3
	movq	%rax, %r15
	movabsq	$687399551400673280, %rdx       ## imm = 0x98A224000000000
	movabsq	$5421010862427522170, %rcx      ## imm = 0x4B3B4CA85A86C47A
	movq	%r14, %rdi
	movq	%rbx, %rsi
	callq	___udivti3
	testq	%rax, %rax
	je	LBB5_19
## %bb.18:
	leaq	L_.str.22(%rip), %rdi
	leaq	L_.str.19(%rip), %rsi
	movq	%rax, %rdx
	movq	%r15, %rcx
	movq	%r12, %r8
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB5_22
LBB5_19:
	testq	%r15, %r15
	je	LBB5_21
## %bb.20:
	leaq	L_.str.23(%rip), %rdi
	leaq	L_.str.19(%rip), %rsi
	movq	%r15, %rdx
	movq	%r12, %rcx
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB5_22
LBB5_21:
	leaq	L_.str.24(%rip), %rdi
	leaq	L_.str.19(%rip), %rsi
	movq	%r12, %rdx
	xorl	%eax, %eax
	callq	_printf
LBB5_22:
	leaq	L_.str.20(%rip), %rdi
	movl	$1, %esi
	xorl	%eax, %eax
	callq	_printf
	xorl	%eax, %eax
	addq	$40, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function print_signed
_print_signed:                          ## @print_signed
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
	subq	$88, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	%rdx, %r12
	movq	%rsi, %r13
	movq	%rdi, %rcx
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	testq	%rdx, %rdx
	js	LBB6_1
## %bb.8:
	movq	%rcx, -120(%rbp)                ## 8-byte Spill
	movabsq	$-8446744073709551616, %r14     ## imm = 0x8AC7230489E80000
	movq	%r13, %rdi
	movq	%r12, %rsi
	movq	%r14, %rdx
	xorl	%ecx, %ecx
	callq	___udivti3
	movq	%rax, %rcx
	imulq	%r14, %rcx
	movq	%r13, %r15
	subq	%rcx, %r15
	movabsq	$8446744073709551616, %rbx      ## imm = 0x7538DCFB76180000
	addq	%rax, %rbx
	cmpq	%r14, %rax
	cmovbq	%rax, %rbx
	movabsq	$687399551400673280, %rdx       ## imm = 0x98A224000000000
	movabsq	$5421010862427522170, %rcx      ## imm = 0x4B3B4CA85A86C47A
	movq	%r13, %rdi
	movq	%r12, %rsi
	callq	___udivti3
	testq	%rax, %rax
	je	LBB6_11
## %bb.9:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rcx
	movq	(%rcx), %rcx
	cmpq	-48(%rbp), %rcx
	jne	LBB6_16
## %bb.10:
	leaq	L_.str.22(%rip), %rdi
	movq	-120(%rbp), %rsi                ## 8-byte Reload
	movq	%rax, %rdx
	movq	%rbx, %rcx
	movq	%r15, %r8
	xorl	%eax, %eax
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	_printf                         ## TAILCALL
LBB6_1:
	leaq	L_.str.25(%rip), %rdx
	xorl	%r15d, %r15d
	leaq	-112(%rbp), %rdi
	movl	$64, %esi
	xorl	%eax, %eax
	callq	_snprintf
	negq	%r13
	sbbq	%r12, %r15
	movabsq	$-8446744073709551616, %r12     ## imm = 0x8AC7230489E80000
	movq	%r13, %rdi
	movq	%r15, %rsi
	movq	%r12, %rdx
	xorl	%ecx, %ecx
	callq	___udivti3
	movq	%rax, %rcx
	imulq	%r12, %rcx
	movq	%r13, %r14
	subq	%rcx, %r14
	movabsq	$8446744073709551616, %rbx      ## imm = 0x7538DCFB76180000
	addq	%rax, %rbx
	cmpq	%r12, %rax
	cmovbq	%rax, %rbx
	movabsq	$687399551400673280, %rdx       ## imm = 0x98A224000000000
	movabsq	$5421010862427522170, %rcx      ## imm = 0x4B3B4CA85A86C47A
	movq	%r13, %rdi
	movq	%r15, %rsi
	callq	___udivti3
	testq	%rax, %rax
	je	LBB6_3
## %bb.2:
	leaq	L_.str.22(%rip), %rdi
	leaq	-112(%rbp), %rsi
	movq	%rax, %rdx
	movq	%rbx, %rcx
	movq	%r14, %r8
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB6_6
LBB6_11:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	testq	%rbx, %rbx
	je	LBB6_14
## %bb.12:
	cmpq	-48(%rbp), %rax
	jne	LBB6_16
## %bb.13:
	leaq	L_.str.23(%rip), %rdi
	movq	-120(%rbp), %rsi                ## 8-byte Reload
	movq	%rbx, %rdx
	movq	%r15, %rcx
	xorl	%eax, %eax
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	_printf                         ## TAILCALL
LBB6_3:
	testq	%rbx, %rbx
	je	LBB6_5
## %bb.4:
	leaq	L_.str.23(%rip), %rdi
	leaq	-112(%rbp), %rsi
	movq	%rbx, %rdx
	movq	%r14, %rcx
	xorl	%eax, %eax
	callq	_printf
	jmp	LBB6_6
LBB6_14:
	cmpq	-48(%rbp), %rax
	jne	LBB6_16
## %bb.15:
	leaq	L_.str.24(%rip), %rdi
	movq	-120(%rbp), %rsi                ## 8-byte Reload
	movq	%r15, %rdx
	xorl	%eax, %eax
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	_printf                         ## TAILCALL
LBB6_5:
	leaq	L_.str.24(%rip), %rdi
	leaq	-112(%rbp), %rsi
	movq	%r14, %rdx
	xorl	%eax, %eax
	callq	_printf
LBB6_6:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB6_16
## %bb.7:
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB6_16:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_va                             ## @va
	.p2align	3
_va:
	.quad	-81985529216486896              ## 0xfedcba9876543210

	.globl	_vb                             ## @vb
	.p2align	3
_vb:
	.quad	1089357896855742840             ## 0xf1e2d3c4b5a6978

	.globl	_vneg                           ## @vneg
	.p2align	3
_vneg:
	.quad	-123456789012345                ## 0xffff8fb779f22087

	.globl	_vdiv                           ## @vdiv
	.p2align	3
_vdiv:
	.quad	1000000007                      ## 0x3b9aca07

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"a*b"

L_.str.1:                               ## @.str.1
	.asciz	"2ab+a"

L_.str.2:                               ## @.str.2
	.asciz	"a<<70"

L_.str.3:                               ## @.str.3
	.asciz	"prod>>37"

L_.str.4:                               ## @.str.4
	.asciz	"~prod"

L_.str.5:                               ## @.str.5
	.asciz	"prod/10"

L_.str.6:                               ## @.str.6
	.asciz	"prod%10"

L_.str.7:                               ## @.str.7
	.asciz	"prod/7"

L_.str.8:                               ## @.str.8
	.asciz	"prod/var"

L_.str.9:                               ## @.str.9
	.asciz	"prod%var"

L_.str.10:                              ## @.str.10
	.asciz	"30!"

L_.str.11:                              ## @.str.11
	.asciz	"34!"

L_.str.12:                              ## @.str.12
	.asciz	"neg^2"

L_.str.13:                              ## @.str.13
	.asciz	"neg*big"

L_.str.14:                              ## @.str.14
	.asciz	"neg/7"

L_.str.15:                              ## @.str.15
	.asciz	"neg%7"

L_.str.16:                              ## @.str.16
	.asciz	"neg/-13"

L_.str.17:                              ## @.str.17
	.asciz	"compare: %d %d %d\n"

L_.str.18:                              ## @.str.18
	.asciz	"largest fib index in u128: %d\n"

L_.str.19:                              ## @.str.19
	.asciz	"fib"

L_.str.20:                              ## @.str.20
	.asciz	"rebuild ok: %d\n"

L_.str.21:                              ## @.str.21
	.asciz	"%s = 0x%016llx%016llx\n"

L_.str.22:                              ## @.str.22
	.asciz	"%s = %llu%019llu%019llu\n"

L_.str.23:                              ## @.str.23
	.asciz	"%s = %llu%019llu\n"

L_.str.24:                              ## @.str.24
	.asciz	"%s = %llu\n"

L_.str.25:                              ## @.str.25
	.asciz	"%s (neg)"

.subsections_via_symbols
