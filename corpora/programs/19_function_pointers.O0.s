	.file	"19_function_pointers.c"
	.text
	.globl	vsel
	.data
	.align 4
	.type	vsel, @object
	.size	vsel, 4
vsel:
	.long	3
	.text
	.globl	add
	.type	add, @function
add:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rdx
	movq	-16(%rbp), %rax
	addq	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	add, .-add
	.globl	sub
	.type	sub, @function
sub:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	subq	-16(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	sub, .-sub
	.globl	mul
	.type	mul, @function
mul:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	imulq	-16(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	mul, .-mul
	.globl	maxl
	.type	maxl, @function
maxl:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-16(%rbp), %rdx
	movq	-8(%rbp), %rax
	cmpq	%rax, %rdx
	cmovge	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	maxl, .-maxl
	.globl	gcdl
	.type	gcdl, @function
gcdl:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	jmp	.L10
.L11:
	movq	-24(%rbp), %rax
	cqto
	idivq	-32(%rbp)
	movq	%rdx, -8(%rbp)
	movq	-32(%rbp), %rax
	movq	%rax, -24(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, -32(%rbp)
.L10:
	cmpq	$0, -32(%rbp)
	jne	.L11
	movq	-24(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	gcdl, .-gcdl
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	ops, @object
	.size	ops, 40
ops:
	.quad	add
	.quad	sub
	.quad	mul
	.quad	maxl
	.quad	gcdl
	.section	.rodata
.LC0:
	.string	"add"
.LC1:
	.string	"sub"
.LC2:
	.string	"mul"
.LC3:
	.string	"max"
.LC4:
	.string	"gcd"
	.section	.data.rel.ro.local
	.align 32
	.type	op_names, @object
	.size	op_names, 40
op_names:
	.quad	.LC0
	.quad	.LC1
	.quad	.LC2
	.quad	.LC3
	.quad	.LC4
	.text
	.globl	twice
	.type	twice, @function
twice:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0
	addsd	%xmm0, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	twice, .-twice
	.globl	square
	.type	square, @function
square:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0
	mulsd	%xmm0, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	square, .-square
	.globl	negate
	.type	negate, @function
negate:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0
	movq	.LC5(%rip), %xmm1
	xorpd	%xmm1, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	negate, .-negate
	.globl	choose
	.type	choose, @function
choose:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %ecx
	movslq	%ecx, %rax
	imulq	$1717986919, %rax, %rax
	shrq	$32, %rax
	movl	%eax, %edx
	sarl	%edx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	movslq	%edx, %rax
	leaq	0(,%rax,8), %rdx
	leaq	ops(%rip), %rax
	movq	(%rdx,%rax), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	choose, .-choose
	.globl	fold
	.type	fold, @function
fold:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -48(%rbp)
	movq	-40(%rbp), %rax
	movq	%rax, -8(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L22
.L23:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rdx
	movq	-8(%rbp), %rax
	movq	-48(%rbp), %rcx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	*%rcx
	movq	%rax, -8(%rbp)
	addl	$1, -12(%rbp)
.L22:
	movl	-12(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L23
	movq	-8(%rbp), %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	fold, .-fold
	.globl	apply_n
	.type	apply_n, @function
apply_n:
.LFB10:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -24(%rbp)
	movsd	%xmm0, -32(%rbp)
	movl	%esi, -36(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L26
.L27:
	movq	-32(%rbp), %rax
	movq	-24(%rbp), %rdx
	movq	%rax, %xmm0
	call	*%rdx
	movq	%xmm0, %rax
	movq	%rax, -32(%rbp)
	addl	$1, -4(%rbp)
.L26:
	movl	-4(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jl	.L27
	movsd	-32(%rbp), %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	apply_n, .-apply_n
	.globl	for_each
	.type	for_each, @function
for_each:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -48(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L30
.L31:
	movl	-4(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	leaq	(%rdx,%rax), %rcx
	movq	-48(%rbp), %rax
	movq	-40(%rbp), %rdx
	movq	%rax, %rsi
	movq	%rcx, %rdi
	call	*%rdx
	addl	$1, -4(%rbp)
.L30:
	movl	-4(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L31
	nop
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE11:
	.size	for_each, .-for_each
	.type	add_ctx, @function
add_ctx:
.LFB12:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rax
	movl	(%rax), %edx
	movq	-16(%rbp), %rax
	movl	(%rax), %eax
	addl	%eax, %edx
	movq	-8(%rbp), %rax
	movl	%edx, (%rax)
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE12:
	.size	add_ctx, .-add_ctx
	.type	count_even, @function
count_even:
.LFB13:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-16(%rbp), %rax
	movl	(%rax), %edx
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	andl	$1, %eax
	testl	%eax, %eax
	sete	%al
	movzbl	%al, %eax
	addl	%eax, %edx
	movq	-16(%rbp), %rax
	movl	%edx, (%rax)
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE13:
	.size	count_even, .-count_even
	.type	rect_area, @function
rect_area:
.LFB14:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movsd	16(%rax), %xmm1
	movq	-8(%rbp), %rax
	movsd	24(%rax), %xmm0
	mulsd	%xmm1, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE14:
	.size	rect_area, .-rect_area
	.type	tri_area, @function
tri_area:
.LFB15:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movsd	16(%rax), %xmm1
	movsd	.LC6(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	-8(%rbp), %rax
	movsd	24(%rax), %xmm0
	mulsd	%xmm1, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE15:
	.size	tri_area, .-tri_area
	.type	circle_area, @function
circle_area:
.LFB16:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movsd	16(%rax), %xmm1
	movsd	.LC7(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movq	-8(%rbp), %rax
	movsd	16(%rax), %xmm0
	mulsd	%xmm1, %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE16:
	.size	circle_area, .-circle_area
	.section	.rodata
	.align 8
.LC8:
	.string	"%s fold = %ld, direct(%d,7) = %ld\n"
.LC9:
	.string	"chosen(%d) = %ld\n"
.LC10:
	.string	"same pointer: %d\n"
.LC11:
	.string	"chain = %.2f\n"
	.align 8
.LC14:
	.string	"apply_n(twice, 1, 10) = %.1f, apply_n(square, 1.5, 3) = %.4f\n"
.LC15:
	.string	"arr:"
.LC16:
	.string	" %d"
.LC17:
	.string	" evens=%d\n"
.LC18:
	.string	"rect"
.LC21:
	.string	"tri"
.LC24:
	.string	"circle"
.LC27:
	.string	"%s area %.3f\n"
.LC28:
	.string	"total area %.3f\n"
.LC29:
	.string	"via getter: %ld\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB17:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	subq	$288, %rsp
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	$12, -128(%rbp)
	movq	$18, -120(%rbp)
	movq	$30, -112(%rbp)
	movq	$42, -104(%rbp)
	movq	$6, -96(%rbp)
	movq	$54, -88(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L41
.L42:
	movl	-20(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	ops(%rip), %rax
	movq	(%rdx,%rax), %rdx
	movl	vsel(%rip), %eax
	cltq
	movl	$7, %esi
	movq	%rax, %rdi
	call	*%rdx
	movq	%rax, %r12
	movl	vsel(%rip), %ebx
	movl	-20(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	ops(%rip), %rax
	movq	(%rdx,%rax), %rcx
	cmpl	$2, -20(%rbp)
	sete	%al
	movzbl	%al, %edx
	leaq	-128(%rbp), %rax
	movl	$6, %esi
	movq	%rax, %rdi
	call	fold
	movq	%rax, %rdx
	movl	-20(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rcx
	leaq	op_names(%rip), %rax
	movq	(%rcx,%rax), %rax
	movq	%r12, %r8
	movl	%ebx, %ecx
	movq	%rax, %rsi
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -20(%rbp)
.L41:
	cmpl	$4, -20(%rbp)
	jle	.L42
	movl	vsel(%rip), %eax
	movl	%eax, %edi
	call	choose
	movq	%rax, -64(%rbp)
	movq	-64(%rbp), %rax
	movl	$250, %esi
	movl	$100, %edi
	call	*%rax
	movq	%rax, %rdx
	movl	vsel(%rip), %eax
	movl	%eax, %esi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	maxl(%rip), %rax
	cmpq	%rax, -64(%rbp)
	sete	%al
	movzbl	%al, %eax
	movl	%eax, %esi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	twice(%rip), %rax
	movq	%rax, -160(%rbp)
	leaq	square(%rip), %rax
	movq	%rax, -152(%rbp)
	leaq	negate(%rip), %rax
	movq	%rax, -144(%rbp)
	leaq	twice(%rip), %rax
	movq	%rax, -136(%rbp)
	movl	vsel(%rip), %eax
	pxor	%xmm0, %xmm0
	cvtsi2sdl	%eax, %xmm0
	movsd	%xmm0, -32(%rbp)
	movl	$0, -36(%rbp)
	jmp	.L43
.L44:
	movl	-36(%rbp), %eax
	cltq
	movq	-160(%rbp,%rax,8), %rdx
	movq	-32(%rbp), %rax
	movq	%rax, %xmm0
	call	*%rdx
	movq	%xmm0, %rax
	movq	%rax, -32(%rbp)
	addl	$1, -36(%rbp)
.L43:
	cmpl	$3, -36(%rbp)
	jle	.L44
	movq	-32(%rbp), %rax
	movq	%rax, %xmm0
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movq	.LC12(%rip), %rax
	movl	$3, %esi
	movq	%rax, %xmm0
	leaq	square(%rip), %rax
	movq	%rax, %rdi
	call	apply_n
	movq	%xmm0, %rbx
	movq	.LC13(%rip), %rax
	movl	$10, %esi
	movq	%rax, %xmm0
	leaq	twice(%rip), %rax
	movq	%rax, %rdi
	call	apply_n
	movq	%xmm0, %rax
	movq	%rbx, %xmm1
	movq	%rax, %xmm0
	leaq	.LC14(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movl	$1, -192(%rbp)
	movl	$2, -188(%rbp)
	movl	$3, -184(%rbp)
	movl	$4, -180(%rbp)
	movl	$5, -176(%rbp)
	movl	$6, -172(%rbp)
	movl	$7, -168(%rbp)
	movl	$8, -164(%rbp)
	movl	vsel(%rip), %eax
	movl	%eax, -196(%rbp)
	leaq	-196(%rbp), %rdx
	leaq	-192(%rbp), %rax
	movq	%rdx, %rcx
	leaq	add_ctx(%rip), %rdx
	movl	$8, %esi
	movq	%rax, %rdi
	call	for_each
	movl	$0, -200(%rbp)
	leaq	-200(%rbp), %rdx
	leaq	-192(%rbp), %rax
	movq	%rdx, %rcx
	leaq	count_even(%rip), %rdx
	movl	$8, %esi
	movq	%rax, %rdi
	call	for_each
	leaq	.LC15(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -40(%rbp)
	jmp	.L45
.L46:
	movl	-40(%rbp), %eax
	cltq
	movl	-192(%rbp,%rax,4), %eax
	movl	%eax, %esi
	leaq	.LC16(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -40(%rbp)
.L45:
	cmpl	$7, -40(%rbp)
	jle	.L46
	movl	-200(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC17(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	.LC18(%rip), %rax
	movq	%rax, -304(%rbp)
	leaq	rect_area(%rip), %rax
	movq	%rax, -296(%rbp)
	movsd	.LC19(%rip), %xmm0
	movsd	%xmm0, -288(%rbp)
	movsd	.LC20(%rip), %xmm0
	movsd	%xmm0, -280(%rbp)
	leaq	.LC21(%rip), %rax
	movq	%rax, -272(%rbp)
	leaq	tri_area(%rip), %rax
	movq	%rax, -264(%rbp)
	movsd	.LC22(%rip), %xmm0
	movsd	%xmm0, -256(%rbp)
	movsd	.LC23(%rip), %xmm0
	movsd	%xmm0, -248(%rbp)
	leaq	.LC24(%rip), %rax
	movq	%rax, -240(%rbp)
	leaq	circle_area(%rip), %rax
	movq	%rax, -232(%rbp)
	movsd	.LC25(%rip), %xmm0
	movsd	%xmm0, -224(%rbp)
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -216(%rbp)
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -48(%rbp)
	movl	$0, -52(%rbp)
	jmp	.L47
.L48:
	movl	-52(%rbp), %eax
	cltq
	salq	$5, %rax
	leaq	-16(%rax), %rax
	addq	%rbp, %rax
	subq	$280, %rax
	movq	(%rax), %rax
	leaq	-304(%rbp), %rdx
	movl	-52(%rbp), %ecx
	movslq	%ecx, %rcx
	salq	$5, %rcx
	addq	%rcx, %rdx
	movq	%rdx, %rdi
	call	*%rax
	movq	%xmm0, %rax
	movq	%rax, -80(%rbp)
	movl	-52(%rbp), %eax
	cltq
	salq	$5, %rax
	leaq	-16(%rax), %rax
	addq	%rbp, %rax
	subq	$288, %rax
	movq	(%rax), %rax
	movq	-80(%rbp), %rdx
	movq	%rdx, %xmm0
	movq	%rax, %rsi
	leaq	.LC27(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movsd	-48(%rbp), %xmm0
	addsd	-80(%rbp), %xmm0
	movsd	%xmm0, -48(%rbp)
	addl	$1, -52(%rbp)
.L47:
	cmpl	$2, -52(%rbp)
	jle	.L48
	movq	-48(%rbp), %rax
	movq	%rax, %xmm0
	leaq	.LC28(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	leaq	choose(%rip), %rax
	movq	%rax, -72(%rbp)
	movl	vsel(%rip), %eax
	leal	1(%rax), %edx
	movq	-72(%rbp), %rax
	movl	%edx, %edi
	call	*%rax
	movl	$36, %esi
	movl	$84, %edi
	call	*%rax
	movq	%rax, %rsi
	leaq	.LC29(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	addq	$288, %rsp
	popq	%rbx
	popq	%r12
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE17:
	.size	main, .-main
	.section	.rodata
	.align 16
.LC5:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.align 8
.LC6:
	.long	0
	.long	1071644672
	.align 8
.LC7:
	.long	0
	.long	1074397184
	.align 8
.LC12:
	.long	0
	.long	1073217536
	.align 8
.LC13:
	.long	0
	.long	1072693248
	.align 8
.LC19:
	.long	0
	.long	1074266112
	.align 8
.LC20:
	.long	0
	.long	1074790400
	.align 8
.LC22:
	.long	0
	.long	1075314688
	.align 8
.LC23:
	.long	0
	.long	1075052544
	.align 8
.LC25:
	.long	0
	.long	1073741824
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
