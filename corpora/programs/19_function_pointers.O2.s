	.file	"19_function_pointers.c"
	.text
	.p2align 4
	.globl	add
	.type	add, @function
add:
.LFB11:
	.cfi_startproc
	leaq	(%rdi,%rsi), %rax
	ret
	.cfi_endproc
.LFE11:
	.size	add, .-add
	.p2align 4
	.globl	sub
	.type	sub, @function
sub:
.LFB12:
	.cfi_startproc
	movq	%rdi, %rax
	subq	%rsi, %rax
	ret
	.cfi_endproc
.LFE12:
	.size	sub, .-sub
	.p2align 4
	.globl	mul
	.type	mul, @function
mul:
.LFB13:
	.cfi_startproc
	movq	%rdi, %rax
	imulq	%rsi, %rax
	ret
	.cfi_endproc
.LFE13:
	.size	mul, .-mul
	.p2align 4
	.globl	maxl
	.type	maxl, @function
maxl:
.LFB14:
	.cfi_startproc
	cmpq	%rdi, %rsi
	movq	%rdi, %rax
	cmovge	%rsi, %rax
	ret
	.cfi_endproc
.LFE14:
	.size	maxl, .-maxl
	.p2align 4
	.globl	gcdl
	.type	gcdl, @function
gcdl:
.LFB15:
	.cfi_startproc
	movq	%rdi, %rax
	movq	%rsi, %rdx
	testq	%rsi, %rsi
	je	.L9
	.p2align 4,,10
	.p2align 3
.L8:
	movq	%rdx, %rcx
	cqto
	idivq	%rcx
	movq	%rcx, %rax
	testq	%rdx, %rdx
	jne	.L8
	movq	%rcx, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	movq	%rdi, %rcx
	movq	%rcx, %rax
	ret
	.cfi_endproc
.LFE15:
	.size	gcdl, .-gcdl
	.p2align 4
	.globl	twice
	.type	twice, @function
twice:
.LFB16:
	.cfi_startproc
	addsd	%xmm0, %xmm0
	ret
	.cfi_endproc
.LFE16:
	.size	twice, .-twice
	.p2align 4
	.globl	square
	.type	square, @function
square:
.LFB17:
	.cfi_startproc
	mulsd	%xmm0, %xmm0
	ret
	.cfi_endproc
.LFE17:
	.size	square, .-square
	.p2align 4
	.globl	negate
	.type	negate, @function
negate:
.LFB18:
	.cfi_startproc
	xorpd	.LC0(%rip), %xmm0
	ret
	.cfi_endproc
.LFE18:
	.size	negate, .-negate
	.p2align 4
	.type	add_ctx, @function
add_ctx:
.LFB23:
	.cfi_startproc
	movl	(%rsi), %eax
	addl	%eax, (%rdi)
	ret
	.cfi_endproc
.LFE23:
	.size	add_ctx, .-add_ctx
	.p2align 4
	.type	count_even, @function
count_even:
.LFB24:
	.cfi_startproc
	movl	(%rdi), %eax
	notl	%eax
	andl	$1, %eax
	addl	%eax, (%rsi)
	ret
	.cfi_endproc
.LFE24:
	.size	count_even, .-count_even
	.p2align 4
	.type	rect_area, @function
rect_area:
.LFB25:
	.cfi_startproc
	movsd	16(%rdi), %xmm0
	mulsd	24(%rdi), %xmm0
	ret
	.cfi_endproc
.LFE25:
	.size	rect_area, .-rect_area
	.p2align 4
	.type	tri_area, @function
tri_area:
.LFB26:
	.cfi_startproc
	movsd	.LC1(%rip), %xmm0
	mulsd	16(%rdi), %xmm0
	mulsd	24(%rdi), %xmm0
	ret
	.cfi_endproc
.LFE26:
	.size	tri_area, .-tri_area
	.p2align 4
	.type	circle_area, @function
circle_area:
.LFB27:
	.cfi_startproc
	movsd	16(%rdi), %xmm1
	movsd	.LC2(%rip), %xmm0
	mulsd	%xmm1, %xmm0
	mulsd	%xmm1, %xmm0
	ret
	.cfi_endproc
.LFE27:
	.size	circle_area, .-circle_area
	.p2align 4
	.globl	choose
	.type	choose, @function
choose:
.LFB19:
	.cfi_startproc
	movslq	%edi, %rax
	movl	%edi, %edx
	imulq	$1717986919, %rax, %rax
	sarl	$31, %edx
	sarq	$33, %rax
	subl	%edx, %eax
	leal	(%rax,%rax,4), %eax
	subl	%eax, %edi
	leaq	ops(%rip), %rax
	movslq	%edi, %rdi
	movq	(%rax,%rdi,8), %rax
	ret
	.cfi_endproc
.LFE19:
	.size	choose, .-choose
	.p2align 4
	.globl	fold
	.type	fold, @function
fold:
.LFB20:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L23
	movslq	%esi, %rsi
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	leaq	(%rdi,%rsi,8), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movq	%rcx, %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	movq	%rdx, %rdi
	.p2align 4,,10
	.p2align 3
.L22:
	movq	(%rbx), %rsi
	addq	$8, %rbx
	call	*%rbp
	movq	%rax, %rdi
	cmpq	%r12, %rbx
	jne	.L22
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L23:
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	movq	%rdx, %rax
	ret
	.cfi_endproc
.LFE20:
	.size	fold, .-fold
	.p2align 4
	.globl	apply_n
	.type	apply_n, @function
apply_n:
.LFB21:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L34
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movl	%esi, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	xorl	%ebx, %ebx
	.p2align 4,,10
	.p2align 3
.L31:
	call	*%r12
	addl	$1, %ebx
	cmpl	%ebx, %ebp
	jne	.L31
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L34:
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	ret
	.cfi_endproc
.LFE21:
	.size	apply_n, .-apply_n
	.p2align 4
	.globl	for_each
	.type	for_each, @function
for_each:
.LFB22:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L42
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	movslq	%esi, %rsi
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	leaq	(%rdi,%rsi,4), %r13
	movq	%rcx, %r12
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	movq	%rdx, %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	movq	%rdi, %rbx
	subq	$8, %rsp
	.cfi_def_cfa_offset 48
	.p2align 4,,10
	.p2align 3
.L39:
	movq	%rbx, %rdi
	addq	$4, %rbx
	movq	%r12, %rsi
	call	*%rbp
	cmpq	%r13, %rbx
	jne	.L39
	addq	$8, %rsp
	.cfi_def_cfa_offset 40
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L42:
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	ret
	.cfi_endproc
.LFE22:
	.size	for_each, .-for_each
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC7:
	.string	"%s fold = %ld, direct(%d,7) = %ld\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC8:
	.string	"chosen(%d) = %ld\n"
.LC9:
	.string	"same pointer: %d\n"
.LC10:
	.string	"chain = %.2f\n"
	.section	.rodata.str1.8
	.align 8
.LC13:
	.string	"apply_n(twice, 1, 10) = %.1f, apply_n(square, 1.5, 3) = %.4f\n"
	.section	.rodata.str1.1
.LC16:
	.string	"arr:"
.LC17:
	.string	" %d"
.LC18:
	.string	" evens=%d\n"
.LC19:
	.string	"rect"
.LC21:
	.string	"tri"
.LC23:
	.string	"circle"
.LC25:
	.string	"%s area %.3f\n"
.LC26:
	.string	"total area %.3f\n"
.LC27:
	.string	"via getter: %ld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB28:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	leaq	negate(%rip), %rax
	xorl	%r15d, %r15d
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%rax, %xmm3
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	leaq	op_names(%rip), %r13
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$264, %rsp
	.cfi_def_cfa_offset 320
	movdqa	.LC4(%rip), %xmm0
	movq	.LC28(%rip), %xmm2
	movhps	.LC28(%rip), %xmm3
	leaq	112(%rsp), %rbx
	movaps	%xmm0, 112(%rsp)
	movdqa	.LC5(%rip), %xmm0
	movhps	.LC29(%rip), %xmm2
	movaps	%xmm2, 16(%rsp)
	movaps	%xmm0, 128(%rsp)
	movdqa	.LC6(%rip), %xmm0
	movaps	%xmm3, (%rsp)
	movaps	%xmm0, 144(%rsp)
	.p2align 4,,10
	.p2align 3
.L46:
	leaq	ops(%rip), %rax
	movslq	vsel(%rip), %rdi
	movl	$7, %esi
	movq	(%rax,%r15,8), %r14
	call	*%r14
	xorl	%edx, %edx
	cmpl	$2, %r15d
	movl	vsel(%rip), %ebp
	sete	%dl
	movq	%r14, %rcx
	movl	$6, %esi
	movq	%rbx, %rdi
	movq	%rax, %r12
	call	fold
	movq	0(%r13,%r15,8), %rsi
	movq	%r12, %r8
	movl	%ebp, %ecx
	movq	%rax, %rdx
	leaq	.LC7(%rip), %rdi
	xorl	%eax, %eax
	addq	$1, %r15
	call	printf@PLT
	cmpq	$5, %r15
	jne	.L46
	movl	vsel(%rip), %edi
	movl	$250, %esi
	leaq	48(%rsp), %r12
	call	choose
	movl	$100, %edi
	movq	%rax, %rbp
	call	*%rax
	movl	vsel(%rip), %esi
	leaq	.LC8(%rip), %rdi
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
	leaq	maxl(%rip), %rax
	xorl	%esi, %esi
	leaq	.LC9(%rip), %rdi
	cmpq	%rax, %rbp
	leaq	80(%rsp), %rbp
	sete	%sil
	xorl	%eax, %eax
	call	printf@PLT
	movl	vsel(%rip), %eax
	pxor	%xmm0, %xmm0
	movdqa	16(%rsp), %xmm4
	movdqa	(%rsp), %xmm5
	cvtsi2sdl	%eax, %xmm0
	movaps	%xmm4, 48(%rsp)
	movaps	%xmm5, 64(%rsp)
.L47:
	call	*(%r12)
	addq	$8, %r12
	cmpq	%r12, %rbp
	jne	.L47
	leaq	.LC10(%rip), %rdi
	movl	$1, %eax
	leaq	.LC17(%rip), %r12
	call	printf@PLT
	movsd	.LC11(%rip), %xmm0
	movl	$3, %esi
	leaq	square(%rip), %rdi
	call	apply_n
	movl	$10, %esi
	leaq	twice(%rip), %rdi
	movsd	%xmm0, (%rsp)
	movsd	.LC12(%rip), %xmm0
	call	apply_n
	movsd	(%rsp), %xmm1
	movl	$2, %eax
	leaq	.LC13(%rip), %rdi
	call	printf@PLT
	movdqa	.LC14(%rip), %xmm0
	movq	%rbp, %rdi
	movl	vsel(%rip), %eax
	leaq	40(%rsp), %rcx
	leaq	add_ctx(%rip), %rdx
	movl	$8, %esi
	movaps	%xmm0, 80(%rsp)
	movdqa	.LC15(%rip), %xmm0
	movl	%eax, 40(%rsp)
	movaps	%xmm0, 96(%rsp)
	call	for_each
	leaq	44(%rsp), %rcx
	movl	$8, %esi
	movq	%rbp, %rdi
	leaq	count_even(%rip), %rdx
	movl	$0, 44(%rsp)
	call	for_each
	leaq	.LC16(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	.p2align 4,,10
	.p2align 3
.L48:
	movl	0(%rbp), %esi
	movq	%r12, %rdi
	xorl	%eax, %eax
	addq	$4, %rbp
	call	printf@PLT
	cmpq	%rbp, %rbx
	jne	.L48
	movl	44(%rsp), %esi
	leaq	.LC18(%rip), %rdi
	xorl	%eax, %eax
	leaq	160(%rsp), %rbx
	leaq	256(%rsp), %r12
	leaq	.LC25(%rip), %rbp
	call	printf@PLT
	leaq	.LC19(%rip), %rax
	pxor	%xmm1, %xmm1
	movapd	.LC20(%rip), %xmm0
	movq	%rax, 160(%rsp)
	leaq	rect_area(%rip), %rax
	movq	%rax, 168(%rsp)
	leaq	.LC21(%rip), %rax
	movq	%rax, 192(%rsp)
	leaq	tri_area(%rip), %rax
	movq	%rax, 200(%rsp)
	leaq	.LC23(%rip), %rax
	movaps	%xmm0, 176(%rsp)
	movapd	.LC22(%rip), %xmm0
	movq	%rax, 224(%rsp)
	leaq	circle_area(%rip), %rax
	movaps	%xmm0, 208(%rsp)
	movq	.LC24(%rip), %xmm0
	movq	%rax, 232(%rsp)
	movaps	%xmm0, 240(%rsp)
.L49:
	movsd	%xmm1, 16(%rsp)
	movq	%rbx, %rdi
	call	*8(%rbx)
	movq	(%rbx), %rsi
	movq	%rbp, %rdi
	movl	$1, %eax
	movsd	%xmm0, (%rsp)
	addq	$32, %rbx
	call	printf@PLT
	movsd	(%rsp), %xmm0
	movsd	16(%rsp), %xmm1
	addsd	%xmm0, %xmm1
	cmpq	%r12, %rbx
	jne	.L49
	movapd	%xmm1, %xmm0
	leaq	.LC26(%rip), %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	vsel(%rip), %edi
	movl	$36, %esi
	addl	$1, %edi
	call	choose
	movl	$84, %edi
	call	*%rax
	leaq	.LC27(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$264, %rsp
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
.LFE28:
	.size	main, .-main
	.section	.rodata.str1.1
.LC30:
	.string	"add"
.LC31:
	.string	"sub"
.LC32:
	.string	"mul"
.LC33:
	.string	"max"
.LC34:
	.string	"gcd"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	op_names, @object
	.size	op_names, 40
op_names:
	.quad	.LC30
	.quad	.LC31
	.quad	.LC32
	.quad	.LC33
	.quad	.LC34
	.align 32
	.type	ops, @object
	.size	ops, 40
ops:
	.quad	add
	.quad	sub
	.quad	mul
	.quad	maxl
	.quad	gcdl
	.globl	vsel
	.data
	.align 4
	.type	vsel, @object
	.size	vsel, 4
vsel:
	.long	3
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC1:
	.long	0
	.long	1071644672
	.align 8
.LC2:
	.long	0
	.long	1074397184
	.section	.rodata.cst16
	.align 16
.LC4:
	.quad	12
	.quad	18
	.align 16
.LC5:
	.quad	30
	.quad	42
	.align 16
.LC6:
	.quad	6
	.quad	54
	.section	.rodata.cst8
	.align 8
.LC11:
	.long	0
	.long	1073217536
	.align 8
.LC12:
	.long	0
	.long	1072693248
	.section	.rodata.cst16
	.align 16
.LC14:
	.long	1
	.long	2
	.long	3
	.long	4
	.align 16
.LC15:
	.long	5
	.long	6
	.long	7
	.long	8
	.align 16
.LC20:
	.long	0
	.long	1074266112
	.long	0
	.long	1074790400
	.align 16
.LC22:
	.long	0
	.long	1075314688
	.long	0
	.long	1075052544
	.align 16
.LC24:
	.long	0
	.long	1073741824
	.long	0
	.long	0
	.section	.data.rel.ro.local
	.align 8
.LC28:
	.quad	twice
	.align 8
.LC29:
	.quad	square
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
