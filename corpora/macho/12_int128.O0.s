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
	movq	%rdx, %rax
	movq	%rdi, -32(%rbp)
	movq	%rsi, -24(%rbp)
	movq	-32(%rbp), %rdx
	movq	-24(%rbp), %rsi
	movq	%rax, -48(%rbp)
	movq	%rcx, -40(%rbp)
	movq	-48(%rbp), %rax
	movq	-40(%rbp), %rcx
	movq	%rsi, -56(%rbp)
	movq	%rdx, -64(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%rax, -80(%rbp)
	movq	-64(%rbp), %rax
	movq	-56(%rbp), %rcx
	movq	%rcx, -88(%rbp)                 ## 8-byte Spill
	movq	-80(%rbp), %rsi
	movq	-72(%rbp), %rcx
	movq	%rax, %rdi
	imulq	%rcx, %rdi
	mulq	%rsi
	movq	%rax, %rcx
	movq	%rdx, %rax
	movq	-88(%rbp), %rdx                 ## 8-byte Reload
	addq	%rdi, %rax
	imulq	%rsi, %rdx
	addq	%rdx, %rax
	movq	%rcx, -16(%rbp)
	movq	%rax, -8(%rbp)
	movq	-16(%rbp), %rax
	movq	-8(%rbp), %rdx
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
	subq	$80, %rsp
	movq	%rdx, %rax
	movq	%rdi, -32(%rbp)
	movq	%rsi, -24(%rbp)
	movq	-32(%rbp), %rdx
	movq	-24(%rbp), %rsi
	movq	%rax, -48(%rbp)
	movq	%rcx, -40(%rbp)
	movq	-48(%rbp), %rax
	movq	-40(%rbp), %rcx
	movq	%rsi, -56(%rbp)
	movq	%rdx, -64(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%rax, -80(%rbp)
	movq	-64(%rbp), %rdi
	movq	-56(%rbp), %rsi
	movq	-80(%rbp), %rdx
	movq	-72(%rbp), %rcx
	callq	___udivti3
	movq	%rdx, -8(%rbp)
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	-8(%rbp), %rdx
	addq	$80, %rsp
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
	subq	$80, %rsp
	movq	%rdx, %rax
	movq	%rdi, -32(%rbp)
	movq	%rsi, -24(%rbp)
	movq	-32(%rbp), %rdx
	movq	-24(%rbp), %rsi
	movq	%rax, -48(%rbp)
	movq	%rcx, -40(%rbp)
	movq	-48(%rbp), %rax
	movq	-40(%rbp), %rcx
	movq	%rsi, -56(%rbp)
	movq	%rdx, -64(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%rax, -80(%rbp)
	movq	-64(%rbp), %rdi
	movq	-56(%rbp), %rsi
	movq	-80(%rbp), %rdx
	movq	-72(%rbp), %rcx
	callq	___divti3
	movq	%rdx, -8(%rbp)
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	-8(%rbp), %rdx
	addq	$80, %rsp
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
	subq	$80, %rsp
	movq	%rdx, %rax
	movq	%rdi, -32(%rbp)
	movq	%rsi, -24(%rbp)
	movq	-32(%rbp), %rdx
	movq	-24(%rbp), %rsi
	movq	%rax, -48(%rbp)
	movq	%rcx, -40(%rbp)
	movq	-48(%rbp), %rax
	movq	-40(%rbp), %rcx
	movq	%rsi, -56(%rbp)
	movq	%rdx, -64(%rbp)
	movq	%rcx, -72(%rbp)
	movq	%rax, -80(%rbp)
	movq	-64(%rbp), %rdi
	movq	-56(%rbp), %rsi
	movq	-80(%rbp), %rdx
	movq	-72(%rbp), %rcx
	callq	___modti3
	movq	%rdx, -8(%rbp)
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	-8(%rbp), %rdx
	addq	$80, %rsp
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
	movl	%edi, -20(%rbp)
	movq	$0, -40(%rbp)
	movq	$1, -48(%rbp)
	movl	$2, -52(%rbp)
LBB4_1:                                 ## =>This Inner Loop Header: Depth=1
	movl	-52(%rbp), %eax
	cmpl	-20(%rbp), %eax
	ja	LBB4_4
## %bb.2:                               ##   in Loop: Header=BB4_1 Depth=1
	movl	-52(%rbp), %eax
	movl	%eax, %edx
	movq	-48(%rbp), %rax
	movq	-40(%rbp), %rcx
	imulq	%rdx, %rcx
	mulq	%rdx
	addq	%rcx, %rdx
	movq	%rax, -48(%rbp)
	movq	%rdx, -40(%rbp)
## %bb.3:                               ##   in Loop: Header=BB4_1 Depth=1
	movl	-52(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -52(%rbp)
	jmp	LBB4_1
LBB4_4:
	movq	-48(%rbp), %rax
	movq	-40(%rbp), %rcx
	movq	%rcx, -8(%rbp)
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	-8(%rbp), %rdx
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
	subq	$832, %rsp                      ## imm = 0x340
	movl	$0, -4(%rbp)
	movq	_va(%rip), %rax
	movq	%rax, -32(%rbp)
	movq	$0, -24(%rbp)
	movq	_vb(%rip), %rax
	movq	%rax, -48(%rbp)
	movq	$0, -40(%rbp)
	movq	-32(%rbp), %rdx
	movq	-24(%rbp), %rsi
	movq	-48(%rbp), %rax
	movq	-40(%rbp), %rcx
	movq	%rsi, -72(%rbp)
	movq	%rdx, -80(%rbp)
	movq	-80(%rbp), %rdi
	movq	-72(%rbp), %rsi
	movq	%rcx, -88(%rbp)
	movq	%rax, -96(%rbp)
	movq	-96(%rbp), %rdx
	movq	-88(%rbp), %rcx
	callq	_mul128
	movq	%rax, -112(%rbp)
	movq	%rdx, -104(%rbp)
	movq	-112(%rbp), %rax
	movq	-104(%rbp), %rcx
	movq	%rcx, -56(%rbp)
	movq	%rax, -64(%rbp)
	movq	-64(%rbp), %rax
	movq	-56(%rbp), %rcx
	movq	%rcx, -120(%rbp)
	movq	%rax, -128(%rbp)
	movq	-128(%rbp), %rsi
	movq	-120(%rbp), %rdx
	leaq	L_.str(%rip), %rdi
	movq	%rdi, -832(%rbp)                ## 8-byte Spill
	callq	_print_hex
	movq	-832(%rbp), %rdi                ## 8-byte Reload
	movq	-64(%rbp), %rax
	movq	-56(%rbp), %rcx
	movq	%rcx, -136(%rbp)
	movq	%rax, -144(%rbp)
	movq	-144(%rbp), %rsi
	movq	-136(%rbp), %rdx
	callq	_print_dec
	movq	-64(%rbp), %rcx
	movq	-56(%rbp), %rax
	addq	%rcx, %rcx
	adcq	%rax, %rax
	movq	-32(%rbp), %rsi
	movq	-24(%rbp), %rdx
	addq	%rsi, %rcx
	adcq	%rdx, %rax
	movq	%rcx, -160(%rbp)
	movq	%rax, -152(%rbp)
	movq	-160(%rbp), %rax
	movq	-152(%rbp), %rcx
	movq	%rcx, -168(%rbp)
	movq	%rax, -176(%rbp)
	movq	-176(%rbp), %rsi
	movq	-168(%rbp), %rdx
	leaq	L_.str.1(%rip), %rdi
	callq	_print_hex
	movq	-32(%rbp), %rax
	shlq	$6, %rax
	movq	%rax, -184(%rbp)
	movq	$0, -192(%rbp)
	movq	-192(%rbp), %rsi
	movq	-184(%rbp), %rdx
	leaq	L_.str.2(%rip), %rdi
	callq	_print_hex
	movq	-64(%rbp), %rdx
	movq	-56(%rbp), %rcx
	movq	%rcx, %rax
	shldq	$27, %rdx, %rax
	shrq	$37, %rcx
	movq	%rcx, -200(%rbp)
	movq	%rax, -208(%rbp)
	movq	-208(%rbp), %rsi
	movq	-200(%rbp), %rdx
	leaq	L_.str.3(%rip), %rdi
	callq	_print_hex
	movq	-64(%rbp), %rax
	movq	-56(%rbp), %rcx
	notq	%rax
	notq	%rcx
	movq	%rcx, -216(%rbp)
	movq	%rax, -224(%rbp)
	movq	-224(%rbp), %rsi
	movq	-216(%rbp), %rdx
	leaq	L_.str.4(%rip), %rdi
	callq	_print_hex
	movq	-64(%rbp), %rdi
	movq	-56(%rbp), %rsi
	xorl	%eax, %eax
	movl	%eax, -788(%rbp)                ## 4-byte Spill
	movl	%eax, %ecx
	movq	%rcx, -800(%rbp)                ## 8-byte Spill
	movl	$10, %edx
	movq	%rdx, -824(%rbp)                ## 8-byte Spill
	callq	___udivti3
	movq	%rdx, -232(%rbp)
	movq	%rax, -240(%rbp)
	movq	-240(%rbp), %rsi
	movq	-232(%rbp), %rdx
	leaq	L_.str.5(%rip), %rdi
	callq	_print_hex
	movq	-824(%rbp), %rdx                ## 8-byte Reload
	movq	-800(%rbp), %rcx                ## 8-byte Reload
	movq	-64(%rbp), %rdi
	movq	-56(%rbp), %rsi
	callq	___umodti3
	movq	%rdx, -248(%rbp)
	movq	%rax, -256(%rbp)
	movq	-256(%rbp), %rsi
	movq	-248(%rbp), %rdx
	leaq	L_.str.6(%rip), %rdi
	callq	_print_hex
	movq	-800(%rbp), %rcx                ## 8-byte Reload
	movq	-64(%rbp), %rdi
	movq	-56(%rbp), %rsi
	movl	$7, %edx
	callq	___udivti3
	movq	%rdx, -264(%rbp)
	movq	%rax, -272(%rbp)
	movq	-272(%rbp), %rsi
	movq	-264(%rbp), %rdx
	leaq	L_.str.7(%rip), %rdi
	callq	_print_hex
	movq	-64(%rbp), %rcx
	movq	-56(%rbp), %rdx
	movq	_vdiv(%rip), %rax
	movq	%rdx, -280(%rbp)
	movq	%rcx, -288(%rbp)
	movq	-288(%rbp), %rdi
	movq	-280(%rbp), %rsi
	movq	%rax, -304(%rbp)
	movq	$0, -296(%rbp)
	movq	-304(%rbp), %rdx
	movq	-296(%rbp), %rcx
	callq	_div128
	movq	%rax, -320(%rbp)
	movq	%rdx, -312(%rbp)
	movq	-320(%rbp), %rax
	movq	-312(%rbp), %rcx
	movq	%rcx, -328(%rbp)
	movq	%rax, -336(%rbp)
	movq	-336(%rbp), %rsi
	movq	-328(%rbp), %rdx
	leaq	L_.str.8(%rip), %rdi
	callq	_print_hex
	movq	-800(%rbp), %rcx                ## 8-byte Reload
	movq	-64(%rbp), %rdi
	movq	-56(%rbp), %rsi
	movq	_vdiv(%rip), %rdx
	callq	___umodti3
	movq	%rdx, -344(%rbp)
	movq	%rax, -352(%rbp)
	movq	-352(%rbp), %rsi
	movq	-344(%rbp), %rdx
	leaq	L_.str.9(%rip), %rdi
	callq	_print_hex
	movl	$30, %edi
	callq	_factorial
	movq	%rax, -368(%rbp)
	movq	%rdx, -360(%rbp)
	movq	-368(%rbp), %rax
	movq	-360(%rbp), %rcx
	movq	%rcx, -376(%rbp)
	movq	%rax, -384(%rbp)
	movq	-384(%rbp), %rsi
	movq	-376(%rbp), %rdx
	leaq	L_.str.10(%rip), %rdi
	callq	_print_dec
	movl	$34, %edi
	callq	_factorial
	movq	%rax, -400(%rbp)
	movq	%rdx, -392(%rbp)
	movq	-400(%rbp), %rax
	movq	-392(%rbp), %rcx
	movq	%rcx, -408(%rbp)
	movq	%rax, -416(%rbp)
	movq	-416(%rbp), %rsi
	movq	-408(%rbp), %rdx
	leaq	L_.str.11(%rip), %rdi
	callq	_print_dec
	movq	_vneg(%rip), %rcx
	movq	%rcx, %rax
	sarq	$63, %rax
	movq	%rcx, -432(%rbp)
	movq	%rax, -424(%rbp)
	movq	-432(%rbp), %rcx
	movq	-424(%rbp), %rdx
	movq	%rcx, %rax
	imulq	%rdx, %rax
	movq	%rax, -816(%rbp)                ## 8-byte Spill
	movq	%rcx, %rax
	mulq	%rcx
	movq	%rax, %rcx
	movq	%rdx, %rax
	movq	-816(%rbp), %rdx                ## 8-byte Reload
	addq	%rdx, %rax
	addq	%rdx, %rax
	movq	%rcx, -448(%rbp)
	movq	%rax, -440(%rbp)
	movq	-448(%rbp), %rax
	movq	-440(%rbp), %rcx
	movq	%rcx, -456(%rbp)
	movq	%rax, -464(%rbp)
	movq	-464(%rbp), %rsi
	movq	-456(%rbp), %rdx
	leaq	L_.str.12(%rip), %rdi
	callq	_print_signed
	movq	-432(%rbp), %rax
	movq	-424(%rbp), %rcx
	movq	_va(%rip), %rdx
	imulq	%rdx, %rcx
	mulq	%rdx
	addq	%rcx, %rdx
	movq	%rax, -480(%rbp)
	movq	%rdx, -472(%rbp)
	movq	-480(%rbp), %rsi
	movq	-472(%rbp), %rdx
	leaq	L_.str.13(%rip), %rdi
	callq	_print_signed
	movq	-432(%rbp), %rax
	movq	-424(%rbp), %rcx
	movl	$1000003, %edx                  ## imm = 0xF4243
	movq	%rdx, -808(%rbp)                ## 8-byte Spill
	mulq	%rdx
	imulq	$1000003, %rcx, %rcx            ## imm = 0xF4243
	addq	%rcx, %rdx
	movq	%rax, -496(%rbp)
	movq	%rdx, -488(%rbp)
	movq	-496(%rbp), %rdi
	movq	-488(%rbp), %rsi
	movq	$0, -504(%rbp)
	movq	$7, -512(%rbp)
	movq	-512(%rbp), %rdx
	movq	-504(%rbp), %rcx
	callq	_sdiv128
	movq	%rax, -528(%rbp)
	movq	%rdx, -520(%rbp)
	movq	-528(%rbp), %rax
	movq	-520(%rbp), %rcx
	movq	%rcx, -536(%rbp)
	movq	%rax, -544(%rbp)
	movq	-544(%rbp), %rsi
	movq	-536(%rbp), %rdx
	leaq	L_.str.14(%rip), %rdi
	callq	_print_signed
	movq	-808(%rbp), %rdx                ## 8-byte Reload
	movq	-432(%rbp), %rax
	movq	-424(%rbp), %rcx
	mulq	%rdx
	imulq	$1000003, %rcx, %rcx            ## imm = 0xF4243
	addq	%rcx, %rdx
	movq	%rax, -560(%rbp)
	movq	%rdx, -552(%rbp)
	movq	-560(%rbp), %rdi
	movq	-552(%rbp), %rsi
	movq	$0, -568(%rbp)
	movq	$7, -576(%rbp)
	movq	-576(%rbp), %rdx
	movq	-568(%rbp), %rcx
	callq	_smod128
	movq	%rax, -592(%rbp)
	movq	%rdx, -584(%rbp)
	movq	-592(%rbp), %rax
	movq	-584(%rbp), %rcx
	movq	%rcx, -600(%rbp)
	movq	%rax, -608(%rbp)
	movq	-608(%rbp), %rsi
	movq	-600(%rbp), %rdx
	leaq	L_.str.15(%rip), %rdi
	callq	_print_signed
	movq	-448(%rbp), %rax
	movq	-440(%rbp), %rcx
	movq	%rcx, -616(%rbp)
	movq	%rax, -624(%rbp)
	movq	-624(%rbp), %rdi
	movq	-616(%rbp), %rsi
	movq	$-1, -632(%rbp)
	movq	$-13, -640(%rbp)
	movq	-640(%rbp), %rdx
	movq	-632(%rbp), %rcx
	callq	_sdiv128
	movq	%rax, -656(%rbp)
	movq	%rdx, -648(%rbp)
	movq	-656(%rbp), %rax
	movq	-648(%rbp), %rcx
	movq	%rcx, -664(%rbp)
	movq	%rax, -672(%rbp)
	movq	-672(%rbp), %rsi
	movq	-664(%rbp), %rdx
	leaq	L_.str.16(%rip), %rdi
	callq	_print_signed
	movq	-800(%rbp), %rcx                ## 8-byte Reload
	movl	-788(%rbp), %eax                ## 4-byte Reload
	movq	-424(%rbp), %rdx
	shrq	$63, %rdx
	movl	%edx, %esi
	movq	-448(%rbp), %r8
	movq	-440(%rbp), %rdx
	movq	_va(%rip), %rdi
	subq	%r8, %rdi
	sbbq	%rdx, %rcx
	setl	%cl
	movzbl	%cl, %edx
	movq	-432(%rbp), %r9
	movq	-424(%rbp), %rdi
	movq	-32(%rbp), %r8
	movq	-24(%rbp), %rcx
	subq	%r9, %r8
	sbbq	%rdi, %rcx
	setb	%cl
	movzbl	%cl, %ecx
	leaq	L_.str.17(%rip), %rdi
                                        ## kill: def $al killed $al killed $eax
	callq	_printf
	movq	$0, -680(%rbp)
	movq	$0, -688(%rbp)
	movq	$0, -696(%rbp)
	movq	$1, -704(%rbp)
	movl	$1, -708(%rbp)
LBB5_1:                                 ## =>This Inner Loop Header: Depth=1
	movq	-704(%rbp), %rsi
	movq	-696(%rbp), %rcx
	movq	-688(%rbp), %rdx
	movq	-680(%rbp), %rax
	notq	%rax
	notq	%rdx
	subq	%rsi, %rdx
	sbbq	%rcx, %rax
	jb	LBB5_3
	jmp	LBB5_2
LBB5_2:                                 ##   in Loop: Header=BB5_1 Depth=1
	movq	-688(%rbp), %rcx
	movq	-680(%rbp), %rax
	movq	-704(%rbp), %rsi
	movq	-696(%rbp), %rdx
	addq	%rsi, %rcx
	adcq	%rdx, %rax
	movq	%rcx, -736(%rbp)
	movq	%rax, -728(%rbp)
	movq	-704(%rbp), %rax
	movq	-696(%rbp), %rcx
	movq	%rcx, -680(%rbp)
	movq	%rax, -688(%rbp)
	movq	-736(%rbp), %rax
	movq	-728(%rbp), %rcx
	movq	%rcx, -696(%rbp)
	movq	%rax, -704(%rbp)
	movl	-708(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -708(%rbp)
	jmp	LBB5_1
LBB5_3:
	movl	-708(%rbp), %esi
	leaq	L_.str.18(%rip), %rdi
	xorl	%eax, %eax
                                        ## kill: def $al killed $al killed $eax
	callq	_printf
	movq	-704(%rbp), %rax
	movq	-696(%rbp), %rcx
	movq	%rcx, -744(%rbp)
	movq	%rax, -752(%rbp)
	movq	-752(%rbp), %rsi
	movq	-744(%rbp), %rdx
	leaq	L_.str.19(%rip), %rdi
	callq	_print_dec
	movq	-64(%rbp), %rax
	movq	%rax, -760(%rbp)
	movq	-56(%rbp), %rax
	movq	%rax, -768(%rbp)
	movq	-768(%rbp), %rcx
	movq	-760(%rbp), %rax
	movq	%rcx, -776(%rbp)
	movq	%rax, -784(%rbp)
	movaps	-784(%rbp), %xmm0
	movaps	-64(%rbp), %xmm1
	pxor	%xmm1, %xmm0
	ptest	%xmm0, %xmm0
	sete	%al
	andb	$1, %al
	movzbl	%al, %esi
	leaq	L_.str.20(%rip), %rdi
	movb	$0, %al
	callq	_printf
	xorl	%eax, %eax
	addq	$832, %rsp                      ## imm = 0x340
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function print_hex
_print_hex:                             ## @print_hex
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$48, %rsp
	movq	%rsi, -16(%rbp)
	movq	%rdx, -8(%rbp)
	movq	-16(%rbp), %rax
	movq	-8(%rbp), %rcx
	movq	%rdi, -24(%rbp)
	movq	%rcx, -40(%rbp)
	movq	%rax, -48(%rbp)
	movq	-24(%rbp), %rsi
	movq	-48(%rbp), %rcx
	movq	-40(%rbp), %rdx
	leaq	L_.str.21(%rip), %rdi
	movb	$0, %al
	callq	_printf
	addq	$48, %rsp
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.p2align	4, 0x90                         ## -- Begin function print_dec
_print_dec:                             ## @print_dec
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$112, %rsp
	movq	%rsi, -16(%rbp)
	movq	%rdx, -8(%rbp)
	movq	-16(%rbp), %rax
	movq	-8(%rbp), %rcx
	movq	%rdi, -24(%rbp)
	movq	%rcx, -40(%rbp)
	movq	%rax, -48(%rbp)
	movabsq	$-8446744073709551616, %rdx     ## imm = 0x8AC7230489E80000
	movq	%rdx, -112(%rbp)                ## 8-byte Spill
	movq	%rdx, -56(%rbp)
	movq	-48(%rbp), %rdi
	movq	-40(%rbp), %rsi
	xorl	%eax, %eax
	movl	%eax, %ecx
	movq	%rcx, -104(%rbp)                ## 8-byte Spill
	callq	___umodti3
	movq	-112(%rbp), %rdx                ## 8-byte Reload
	movq	-104(%rbp), %rcx                ## 8-byte Reload
	movq	%rax, -64(%rbp)
	movq	-48(%rbp), %rdi
	movq	-40(%rbp), %rsi
	callq	___udivti3
	movq	-104(%rbp), %rcx                ## 8-byte Reload
	movq	%rdx, %rsi
	movq	-112(%rbp), %rdx                ## 8-byte Reload
	movq	%rsi, -72(%rbp)
	movq	%rax, -80(%rbp)
	movq	-80(%rbp), %rdi
	movq	-72(%rbp), %rsi
	callq	___umodti3
	movq	-112(%rbp), %rdx                ## 8-byte Reload
	movq	-104(%rbp), %rcx                ## 8-byte Reload
	movq	%rax, -88(%rbp)
	movq	-80(%rbp), %rdi
	movq	-72(%rbp), %rsi
	callq	___udivti3
	movq	%rax, -96(%rbp)
	cmpq	$0, -96(%rbp)
	je	LBB7_2
## %bb.1:
	movq	-24(%rbp), %rsi
	movq	-96(%rbp), %rdx
	movq	-88(%rbp), %rcx
	movq	-64(%rbp), %r8
	leaq	L_.str.22(%rip), %rdi
	movb	$0, %al
	callq	_printf
	jmp	LBB7_6
LBB7_2:
	cmpq	$0, -88(%rbp)
	je	LBB7_4
## %bb.3:
	movq	-24(%rbp), %rsi
	movq	-88(%rbp), %rdx
	movq	-64(%rbp), %rcx
	leaq	L_.str.23(%rip), %rdi
	movb	$0, %al
	callq	_printf
	jmp	LBB7_5
LBB7_4:
	movq	-24(%rbp), %rsi
	movq	-64(%rbp), %rdx
	leaq	L_.str.24(%rip), %rdi
	movb	$0, %al
	callq	_printf
LBB7_5:
	jmp	LBB7_6
LBB7_6:
	addq	$112, %rsp
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
	subq	$176, %rsp
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rbp)
	movq	%rsi, -96(%rbp)
	movq	%rdx, -88(%rbp)
	movq	-96(%rbp), %rax
	movq	-88(%rbp), %rcx
	movq	%rdi, -104(%rbp)
	movq	%rcx, -120(%rbp)
	movq	%rax, -128(%rbp)
	movq	-120(%rbp), %rax
	testq	%rax, %rax
	jns	LBB8_2
	jmp	LBB8_1
LBB8_1:
	movq	-104(%rbp), %rcx
	leaq	L_.str.25(%rip), %rdx
	xorl	%eax, %eax
	movl	%eax, -164(%rbp)                ## 4-byte Spill
	leaq	-80(%rbp), %rdi
	movq	%rdi, -176(%rbp)                ## 8-byte Spill
	movl	$64, %esi
	callq	_snprintf
	movq	-176(%rbp), %rdi                ## 8-byte Reload
                                        ## kill: def $ecx killed $eax
	movl	-164(%rbp), %eax                ## 4-byte Reload
	movq	-128(%rbp), %rcx
	movq	-120(%rbp), %rdx
	negq	%rcx
                                        ## kill: def $rax killed $eax
	sbbq	%rdx, %rax
	movq	%rcx, -144(%rbp)
	movq	%rax, -136(%rbp)
	movq	-144(%rbp), %rsi
	movq	-136(%rbp), %rdx
	callq	_print_dec
	jmp	LBB8_3
LBB8_2:
	movq	-104(%rbp), %rdi
	movq	-128(%rbp), %rax
	movq	-120(%rbp), %rcx
	movq	%rcx, -152(%rbp)
	movq	%rax, -160(%rbp)
	movq	-160(%rbp), %rsi
	movq	-152(%rbp), %rdx
	callq	_print_dec
LBB8_3:
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-8(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB8_5
## %bb.4:
	addq	$176, %rsp
	popq	%rbp
	retq
LBB8_5:
	callq	___stack_chk_fail
	ud2
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
