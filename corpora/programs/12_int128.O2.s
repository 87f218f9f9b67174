	.file	"12_int128.c"
	.text
	.globl	__udivti3
	.globl	__udivmodti4
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%s = %llu%019llu%019llu\n"
.LC1:
	.string	"%s = %llu%019llu\n"
.LC2:
	.string	"%s = %llu\n"
	.text
	.p2align 4
	.type	print_dec, @function
print_dec:
.LFB12:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	xorl	%ecx, %ecx
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	movabsq	$-8446744073709551616, %rdx
	subq	$16, %rsp
	.cfi_def_cfa_offset 48
	movq	%rsp, %r12
	movq	%r12, %r8
	call	__udivmodti4@PLT
	movq	%r12, %r8
	xorl	%ecx, %ecx
	movq	(%rsp), %rbp
	movq	%rdx, %rsi
	movq	%rax, %rdi
	movabsq	$-8446744073709551616, %rdx
	call	__udivmodti4@PLT
	movq	%rax, %rdx
	movq	(%rsp), %rax
	testq	%rdx, %rdx
	jne	.L6
	testq	%rax, %rax
	je	.L3
	addq	$16, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	movq	%rbp, %rcx
	movq	%rax, %rdx
	movq	%rbx, %rsi
	leaq	.LC1(%rip), %rdi
	popq	%rbx
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	jmp	printf@PLT
.L3:
	.cfi_restore_state
	addq	$16, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	movq	%rbp, %rdx
	movq	%rbx, %rsi
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 24
	leaq	.LC2(%rip), %rdi
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	jmp	printf@PLT
.L6:
	.cfi_restore_state
	addq	$16, %rsp
	.cfi_def_cfa_offset 32
	movq	%rbp, %r8
	movq	%rax, %rcx
	movq	%rbx, %rsi
	leaq	.LC0(%rip), %rdi
	popq	%rbx
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	jmp	printf@PLT
	.cfi_endproc
.LFE12:
	.size	print_dec, .-print_dec
	.section	.rodata.str1.1
.LC3:
	.string	"%s (neg)"
	.text
	.p2align 4
	.type	print_signed, @function
print_signed:
.LFB13:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	movq	%rsi, %r12
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	subq	$64, %rsp
	.cfi_def_cfa_offset 96
	testq	%rdx, %rdx
	js	.L12
	addq	$64, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	jmp	print_dec
.L12:
	.cfi_restore_state
	movq	%rsp, %rbx
	movq	%rdi, %rcx
	movq	%rdx, %r13
	movl	$64, %esi
	movq	%rbx, %rdi
	leaq	.LC3(%rip), %rdx
	xorl	%eax, %eax
	call	snprintf@PLT
	negq	%r12
	movq	%rbx, %rdi
	adcq	$0, %r13
	movq	%r12, %rsi
	negq	%r13
	movq	%r13, %rdx
	call	print_dec
	addq	$64, %rsp
	.cfi_def_cfa_offset 32
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE13:
	.size	print_signed, .-print_signed
	.p2align 4
	.globl	mul128
	.type	mul128, @function
mul128:
.LFB14:
	.cfi_startproc
	imulq	%rdx, %rsi
	movq	%rdi, %rax
	imulq	%rdi, %rcx
	mulq	%rdx
	addq	%rcx, %rsi
	addq	%rsi, %rdx
	ret
	.cfi_endproc
.LFE14:
	.size	mul128, .-mul128
	.p2align 4
	.globl	div128
	.type	div128, @function
div128:
.LFB15:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	call	__udivti3@PLT
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE15:
	.size	div128, .-div128
	.globl	__divti3
	.p2align 4
	.globl	sdiv128
	.type	sdiv128, @function
sdiv128:
.LFB16:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	call	__divti3@PLT
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE16:
	.size	sdiv128, .-sdiv128
	.globl	__modti3
	.p2align 4
	.globl	smod128
	.type	smod128, @function
smod128:
.LFB17:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	call	__modti3@PLT
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE17:
	.size	smod128, .-smod128
	.p2align 4
	.globl	factorial
	.type	factorial, @function
factorial:
.LFB18:
	.cfi_startproc
	cmpl	$1, %edi
	jbe	.L23
	movl	$2, %ecx
	movl	$1, %eax
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L22:
	movl	%ecx, %esi
	movq	%rdx, %r8
	addl	$1, %ecx
	imulq	%rsi, %r8
	mulq	%rsi
	addq	%r8, %rdx
	cmpl	%ecx, %edi
	jnb	.L22
	ret
	.p2align 4,,10
	.p2align 3
.L23:
	movl	$1, %eax
	xorl	%edx, %edx
	ret
	.cfi_endproc
.LFE18:
	.size	factorial, .-factorial
	.section	.rodata.str1.1
.LC4:
	.string	"a*b"
.LC5:
	.string	"%s = 0x%016llx%016llx\n"
.LC6:
	.string	"2ab+a"
.LC7:
	.string	"a<<70"
.LC8:
	.string	"prod>>37"
.LC9:
	.string	"~prod"
.LC10:
	.string	"prod/10"
.LC11:
	.string	"prod%10"
.LC12:
	.string	"prod/7"
.LC13:
	.string	"prod/var"
	.globl	__umodti3
.LC14:
	.string	"prod%var"
.LC15:
	.string	"30!"
.LC16:
	.string	"34!"
.LC17:
	.string	"neg^2"
.LC18:
	.string	"neg*big"
.LC19:
	.string	"neg/7"
.LC20:
	.string	"neg%7"
.LC21:
	.string	"neg/-13"
.LC22:
	.string	"compare: %d %d %d\n"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC23:
	.string	"largest fib index in u128: %d\n"
	.section	.rodata.str1.1
.LC24:
	.string	"fib"
.LC25:
	.string	"rebuild ok: %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB19:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%ecx, %ecx
	xorl	%esi, %esi
	leaq	.LC4(%rip), %r8
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	xorl	%r15d, %r15d
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	leaq	.LC5(%rip), %rbx
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	movq	va(%rip), %rax
	movq	vb(%rip), %rdx
	movq	%rax, %rdi
	movq	%rax, %r14
	call	mul128
	movq	%r8, %rsi
	movq	%rbx, %rdi
	movq	%rax, %r12
	movq	%rax, %rbp
	movq	%rax, %rcx
	xorl	%eax, %eax
	movq	%rdx, %r13
	movq	%rdx, (%rsp)
	call	printf@PLT
	leaq	.LC4(%rip), %r8
	movq	(%rsp), %rdx
	movq	%r12, %rsi
	movq	%r8, %rdi
	call	print_dec
	movq	%r12, %rax
	movq	%r13, %rdx
	movq	%rbx, %rdi
	addq	%r12, %rax
	shldq	$1, %r12, %rdx
	leaq	.LC6(%rip), %rsi
	addq	%r14, %rax
	adcq	%r15, %rdx
	movq	%rax, %rcx
	xorl	%eax, %eax
	call	printf@PLT
	movq	%r14, %rax
	xorl	%ecx, %ecx
	movq	%rbx, %rdi
	salq	$6, %rax
	leaq	.LC7(%rip), %rsi
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
	movq	%r12, %rax
	movq	%rbx, %rdi
	shrdq	$37, %r13, %rax
	movq	%rax, %rsi
	movq	%r13, %rax
	shrq	$37, %rax
	movq	%rsi, %rcx
	leaq	.LC8(%rip), %rsi
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
	movq	%r13, %rax
	movq	%r12, %rcx
	movq	%rbx, %rdi
	notq	%rax
	notq	%rcx
	leaq	.LC9(%rip), %rsi
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
	movq	%r12, %rcx
	movabsq	$-3689348814741910323, %r8
	addq	%r13, %rcx
	adcq	$0, %rcx
	xorl	%edi, %edi
	movq	%rcx, %rax
	mulq	%r8
	movq	%rdx, %rax
	andq	$-4, %rdx
	shrq	$2, %rax
	addq	%rax, %rdx
	movq	%r12, %rax
	subq	%rdx, %rcx
	movq	%r13, %rdx
	subq	%rcx, %rax
	movq	%rcx, %rsi
	sbbq	%rdi, %rdx
	movq	%rdx, %rcx
	movabsq	$-3689348814741910324, %rdx
	imulq	%r8, %rcx
	imulq	%rax, %rdx
	addq	%rdx, %rcx
	mulq	%r8
	addq	%rcx, %rdx
	movq	%rax, %rcx
	andl	$1, %ecx
	shrdq	$1, %rdx, %rax
	leaq	(%rcx,%rcx,4), %rcx
	shrq	%rdx
	leaq	(%rcx,%rsi), %rdi
	movq	%rax, %rcx
	leaq	.LC10(%rip), %rsi
	xorl	%eax, %eax
	movq	%rdi, 8(%rsp)
	movq	%rbx, %rdi
	call	printf@PLT
	movq	8(%rsp), %rcx
	xorl	%edx, %edx
	movq	%rbx, %rdi
	leaq	.LC11(%rip), %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movq	%r12, %rax
	movq	%r12, %rcx
	movabsq	$1152921504606846975, %rsi
	shrdq	$60, %r13, %rax
	andq	%rsi, %rcx
	movabsq	$7905747460161236407, %rdi
	andq	%rsi, %rax
	addq	%rax, %rcx
	movq	%r13, %rax
	shrq	$56, %rax
	addq	%rax, %rcx
	movabsq	$2635249153387078803, %rax
	mulq	%rcx
	movq	%rcx, %rax
	subq	%rdx, %rax
	shrq	%rax
	addq	%rax, %rdx
	movabsq	$-5270498306774157605, %rax
	shrq	$2, %rdx
	leaq	0(,%rdx,8), %rsi
	subq	%rdx, %rsi
	xorl	%edx, %edx
	subq	%rsi, %rcx
	leaq	.LC12(%rip), %rsi
	subq	%rcx, %r12
	sbbq	%rdx, %r13
	imulq	%r12, %rax
	movq	%r13, %rcx
	imulq	%rdi, %rcx
	addq	%rax, %rcx
	movq	%rdi, %rax
	movq	%rbx, %rdi
	mulq	%r12
	movq	%rax, %r12
	leaq	(%rcx,%rdx), %rdx
	xorl	%eax, %eax
	movq	%r12, %rcx
	call	printf@PLT
	movq	(%rsp), %r13
	xorl	%ecx, %ecx
	movq	%rbp, %rdi
	movq	vdiv(%rip), %rdx
	movq	%r13, %rsi
	call	div128
	movq	%rbx, %rdi
	leaq	.LC13(%rip), %rsi
	movq	%rax, %rcx
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%ecx, %ecx
	movq	%rbp, %rdi
	movq	%r13, %rsi
	movq	vdiv(%rip), %rdx
	call	__umodti3@PLT
	xorl	%edx, %edx
	leaq	.LC14(%rip), %rsi
	movq	%rbx, %rdi
	movq	%rax, %rcx
	xorl	%eax, %eax
	call	printf@PLT
	movl	$30, %edi
	call	factorial
	leaq	.LC15(%rip), %rdi
	movq	%rax, %rsi
	call	print_dec
	movl	$34, %edi
	call	factorial
	leaq	.LC16(%rip), %rdi
	movq	%rax, %rsi
	call	print_dec
	movq	vneg(%rip), %rbp
	leaq	.LC17(%rip), %rdi
	movq	%rbp, %rax
	movq	%rbp, %rbx
	imulq	%rbp
	sarq	$63, %rbx
	movq	%rax, %rsi
	movq	%rax, %r12
	movq	%rdx, %r13
	movq	%rax, 24(%rsp)
	movq	%rdx, 16(%rsp)
	call	print_signed
	movq	va(%rip), %rdi
	movq	%rbx, %rcx
	movq	%rdi, %rax
	imulq	%rdi, %rcx
	leaq	.LC18(%rip), %rdi
	mulq	%rbp
	movq	%rax, %rsi
	leaq	(%rdx,%rcx), %rdx
	call	print_signed
	movl	$1000003, %eax
	xorl	%ecx, %ecx
	imulq	%rbp
	movq	%rdx, %r11
	movq	%rax, %r10
	movl	$7, %edx
	movq	%r10, %rdi
	movq	%r11, %rsi
	movq	%r10, 8(%rsp)
	movq	%r11, (%rsp)
	call	sdiv128
	leaq	.LC19(%rip), %rdi
	movq	%rax, %rsi
	call	print_signed
	movq	8(%rsp), %rdi
	movq	(%rsp), %rsi
	xorl	%ecx, %ecx
	movl	$7, %edx
	call	smod128
	leaq	.LC20(%rip), %rdi
	movq	%rax, %rsi
	call	print_signed
	movq	24(%rsp), %rdi
	movq	16(%rsp), %rsi
	movq	$-1, %rcx
	movq	$-13, %rdx
	call	sdiv128
	leaq	.LC21(%rip), %rdi
	movq	%rax, %rsi
	call	print_signed
	movq	va(%rip), %rax
	movq	%r15, %rdi
	cmpq	%rbp, %r14
	sbbq	%rbx, %rdi
	leaq	.LC22(%rip), %rdi
	setc	%cl
	cmpq	%r12, %rax
	movl	$0, %eax
	movl	$1, %r12d
	sbbq	%r13, %rax
	movzbl	%cl, %ecx
	setl	%dl
	shrq	$63, %rbx
	xorl	%eax, %eax
	xorl	%r13d, %r13d
	movzbl	%dl, %edx
	movq	%rbx, %rsi
	call	printf@PLT
	movl	$1, %esi
	xorl	%eax, %eax
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L32:
	movq	%r12, %rcx
	movq	%r13, %rbx
	addq	%rax, %r12
	movq	%rcx, %rdi
	adcq	%rdx, %r13
	movq	%rbx, %rbp
	addl	$1, %esi
	addq	%r12, %rdi
	movq	%rcx, %rax
	movq	%rbx, %rdx
	adcq	%r13, %rbp
	jnc	.L32
	leaq	.LC23(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movq	%r12, %rsi
	movq	%r13, %rdx
	leaq	.LC24(%rip), %rdi
	call	print_dec
	movl	$1, %esi
	leaq	.LC25(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$40, %rsp
	.cfi_def_cfa_offset 56
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE19:
	.size	main, .-main
	.globl	vdiv
	.data
	.align 8
	.type	vdiv, @object
	.size	vdiv, 8
vdiv:
	.quad	1000000007
	.globl	vneg
	.align 8
	.type	vneg, @object
	.size	vneg, 8
vneg:
	.quad	-123456789012345
	.globl	vb
	.align 8
	.type	vb, @object
	.size	vb, 8
vb:
	.quad	1089357896855742840
	.globl	va
	.align 8
	.type	va, @object
	.size	va, 8
va:
	.quad	-81985529216486896
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
