	.file	"13_divmod_const.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"s32 div: %ld %ld %ld %ld %ld\n"
.LC1:
	.string	"s32 mod: %ld %ld %ld %ld %ld\n"
	.text
	.p2align 4
	.globl	signed32
	.type	signed32, @function
signed32:
.LFB11:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movl	%edi, %eax
	xorl	%r9d, %r9d
	xorl	%r8d, %r8d
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	xorl	%r11d, %r11d
	xorl	%r14d, %r14d
	xorl	%r10d, %r10d
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	xorl	%edi, %edi
	xorl	%r13d, %r13d
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	xorl	%r12d, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	xorl	%ebp, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	xorl	%ebx, %ebx
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	movl	%esi, 12(%rsp)
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L6:
	addl	$1, %eax
.L3:
	movslq	%eax, %rdx
	movl	%eax, %esi
	imulq	$1431655766, %rdx, %rcx
	sarl	$31, %esi
	shrq	$32, %rcx
	subl	%esi, %ecx
	movslq	%ecx, %r15
	addq	%r15, %rdi
	leal	(%rcx,%rcx,2), %r15d
	movl	%eax, %ecx
	subl	%r15d, %ecx
	movslq	%ecx, %rcx
	addq	%rcx, %rbx
	imulq	$-1840700269, %rdx, %rcx
	imulq	$1717986919, %rdx, %rdx
	shrq	$32, %rcx
	addl	%eax, %ecx
	sarl	$2, %ecx
	subl	%esi, %ecx
	movslq	%ecx, %r15
	addq	%r15, %r10
	leal	0(,%rcx,8), %r15d
	subl	%ecx, %r15d
	movl	%eax, %ecx
	subl	%r15d, %ecx
	movslq	%ecx, %rcx
	addq	%rcx, %rbp
	movq	%rdx, %rcx
	sarq	$34, %rcx
	subl	%esi, %ecx
	movslq	%ecx, %r15
	addq	%r15, %r11
	leal	(%rcx,%rcx,4), %r15d
	movl	%eax, %ecx
	addl	%r15d, %r15d
	subl	%r15d, %ecx
	movl	%esi, %r15d
	movslq	%ecx, %rcx
	addq	%rcx, %r12
	testl	%eax, %eax
	leal	15(%rax), %ecx
	cmovns	%eax, %ecx
	shrl	$28, %r15d
	sarq	$33, %rdx
	sarl	$4, %ecx
	movslq	%ecx, %rcx
	addq	%rcx, %r8
	leal	(%rax,%r15), %ecx
	andl	$15, %ecx
	subl	%r15d, %ecx
	movslq	%ecx, %rcx
	addq	%rcx, %r13
	movl	%esi, %ecx
	subl	%edx, %ecx
	subl	%esi, %edx
	movl	12(%rsp), %esi
	movslq	%ecx, %rcx
	addq	%rcx, %r9
	leal	(%rdx,%rdx,4), %ecx
	movl	%eax, %edx
	subl	%ecx, %edx
	movslq	%edx, %rdx
	addq	%rdx, %r14
	cmpl	%esi, %eax
	jne	.L6
	movq	%rdi, %rsi
	movq	%r11, %rcx
	movq	%r10, %rdx
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	call	printf@PLT
	addq	$24, %rsp
	.cfi_def_cfa_offset 56
	movq	%r14, %r9
	movq	%r13, %r8
	movq	%r12, %rcx
	movq	%rbp, %rdx
	movq	%rbx, %rsi
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 48
	leaq	.LC1(%rip), %rdi
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
	jmp	printf@PLT
	.cfi_endproc
.LFE11:
	.size	signed32, .-signed32
	.section	.rodata.str1.1
.LC2:
	.string	"u32 div: %lu %lu %lu %lu\n"
.LC3:
	.string	"u32 mod: %lu %lu %lu %lu\n"
	.text
	.p2align 4
	.globl	unsigned32
	.type	unsigned32, @function
unsigned32:
.LFB12:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
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
	subq	$8, %rsp
	.cfi_def_cfa_offset 64
	testl	%esi, %esi
	je	.L10
	imull	$1640531535, %esi, %esi
	movl	%edi, %r11d
	movl	%edi, %eax
	xorl	%r13d, %r13d
	xorl	%r12d, %r12d
	xorl	%ebp, %ebp
	xorl	%ebx, %ebx
	xorl	%r8d, %r8d
	xorl	%ecx, %ecx
	xorl	%edi, %edi
	movl	$2863311531, %r10d
	movl	$3435973837, %r9d
	subl	%esi, %r11d
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L9:
	movl	%eax, %edx
	movq	%rdx, %r14
	imulq	%r10, %r14
	shrq	$33, %r14
	movl	%r14d, %r15d
	addq	%r15, %rsi
	leal	(%r14,%r14,2), %r15d
	movl	%eax, %r14d
	subl	%r15d, %r14d
	imulq	$613566757, %rdx, %r15
	addq	%r14, %rbx
	imulq	%r9, %rdx
	movl	%eax, %r14d
	shrq	$32, %r15
	subl	%r15d, %r14d
	shrq	$35, %rdx
	shrl	%r14d
	addl	%r15d, %r14d
	shrl	$2, %r14d
	movl	%r14d, %r15d
	addq	%r15, %rdi
	leal	0(,%r14,8), %r15d
	subl	%r14d, %r15d
	movl	%eax, %r14d
	subl	%r15d, %r14d
	addq	%r14, %rbp
	movl	%edx, %r14d
	leal	(%rdx,%rdx,4), %edx
	addl	%edx, %edx
	addq	%r14, %rcx
	movl	%eax, %r14d
	subl	%edx, %r14d
	movl	%eax, %edx
	shrl	$4, %edx
	addq	%r14, %r12
	addq	%rdx, %r8
	movl	%eax, %edx
	subl	$1640531535, %eax
	andl	$15, %edx
	addq	%rdx, %r13
	cmpl	%eax, %r11d
	jne	.L9
.L8:
	movq	%rdi, %rdx
	xorl	%eax, %eax
	leaq	.LC2(%rip), %rdi
	call	printf@PLT
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movq	%r13, %r8
	movq	%r12, %rcx
	movq	%rbp, %rdx
	movq	%rbx, %rsi
	leaq	.LC3(%rip), %rdi
	popq	%rbx
	.cfi_def_cfa_offset 48
	xorl	%eax, %eax
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
	jmp	printf@PLT
	.p2align 4,,10
	.p2align 3
.L10:
	.cfi_restore_state
	xorl	%r13d, %r13d
	xorl	%r12d, %r12d
	xorl	%ebp, %ebp
	xorl	%ebx, %ebx
	xorl	%r8d, %r8d
	xorl	%ecx, %ecx
	xorl	%edi, %edi
	xorl	%esi, %esi
	jmp	.L8
	.cfi_endproc
.LFE12:
	.size	unsigned32, .-unsigned32
	.section	.rodata.str1.1
.LC4:
	.string	"s64 acc: %lu qsum: %ld\n"
	.text
	.p2align 4
	.globl	signed64
	.type	signed64, @function
signed64:
.LFB13:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
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
	testl	%edx, %edx
	jle	.L16
	movq	%rsi, %r14
	movl	%edx, %r15d
	xorl	%r10d, %r10d
	xorl	%ebx, %ebx
	movabsq	$5270498306774157605, %r13
	xorl	%r8d, %r8d
	movabsq	$6148914691236517206, %r12
	movabsq	$7378697629483820647, %rbp
	.p2align 4,,10
	.p2align 3
.L15:
	movq	%rdi, %rax
	movq	%rdi, %rcx
	movq	%rdi, %r9
	imulq	%r13
	sarq	$63, %rcx
	movq	%rcx, %r11
	sarq	%rdx
	subq	%rcx, %rdx
	leaq	0(,%rdx,8), %rax
	leaq	(%rdx,%rdx,4), %rsi
	subq	%rdx, %rax
	movq	%rdi, %rdx
	subq	%rax, %rdx
	movq	%rdi, %rax
	addq	%rdx, %rsi
	imulq	%r12
	movq	%rdi, %rax
	subq	%rcx, %rdx
	addq	%rdx, %rdx
	subq	%rdx, %rax
	xorq	%rax, %rsi
	movq	%rdi, %rax
	imulq	%rbp
	xorq	%r8, %rsi
	movq	%rdx, %rax
	sarq	$2, %rax
	subq	%rcx, %rax
	leaq	(%rax,%rax,4), %r8
	addq	%r8, %r8
	subq	%r8, %r9
	leaq	15(%rdi), %r8
	subq	%r9, %rax
	testq	%rdi, %rdi
	cmovns	%rdi, %r8
	shrq	$60, %r11
	addl	$1, %r10d
	leaq	(%rdi,%r11), %r9
	sarq	%rdx
	andl	$15, %r9d
	sarq	$4, %r8
	subq	%r11, %r9
	addq	%r9, %r8
	addq	%r8, %rax
	movq	%rcx, %r8
	subq	%rdx, %r8
	subq	%rcx, %rdx
	addq	%rsi, %rax
	leaq	(%rdx,%rdx,4), %rsi
	movq	%rdi, %rdx
	subq	%rsi, %rdx
	addq	%rdx, %r8
	xorq	%rax, %r8
	movabsq	$-8543223828751151131, %rax
	imulq	%rdi
	addq	%rdi, %rdx
	addq	%r14, %rdi
	sarq	$29, %rdx
	subq	%rcx, %rdx
	addq	%rdx, %rbx
	cmpl	%r10d, %r15d
	jne	.L15
.L14:
	movq	%rbx, %rdx
	movq	%r8, %rsi
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 48
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa_offset 40
	leaq	.LC4(%rip), %rdi
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	jmp	printf@PLT
	.p2align 4,,10
	.p2align 3
.L16:
	.cfi_restore_state
	xorl	%ebx, %ebx
	xorl	%r8d, %r8d
	jmp	.L14
	.cfi_endproc
.LFE13:
	.size	signed64, .-signed64
	.section	.rodata.str1.1
.LC5:
	.string	"u64 acc: %llu\n"
	.text
	.p2align 4
	.globl	unsigned64
	.type	unsigned64, @function
unsigned64:
.LFB14:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	testl	%esi, %esi
	jle	.L22
	movslq	%esi, %rsi
	movq	%rdi, %rbx
	movq	%rdi, %rcx
	movabsq	$7046029254386353131, %rax
	movabsq	$-6148914691236517205, %r11
	imulq	%rax, %rsi
	movabsq	$2635249153387078803, %r10
	movabsq	$-3689348814741910323, %r9
	movabsq	$-8543223828751151131, %r8
	movabsq	$-7046029254386353131, %rdi
	subq	%rsi, %rbx
	xorl	%esi, %esi
	.p2align 4,,10
	.p2align 3
.L21:
	movq	%rcx, %rax
	mulq	%r11
	movq	%rcx, %rax
	andq	$-2, %rdx
	subq	%rdx, %rax
	addq	%rax, %rsi
	movq	%rcx, %rax
	mulq	%r10
	movq	%rcx, %rax
	subq	%rdx, %rax
	shrq	%rax
	addq	%rax, %rdx
	shrq	$2, %rdx
	leaq	0(,%rdx,8), %rbp
	leaq	(%rcx,%rdx,2), %rax
	subq	%rbp, %rax
	movq	%rcx, %rbp
	xorq	%rax, %rsi
	movq	%rcx, %rax
	mulq	%r9
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %rax
	addq	%rax, %rax
	subq	%rax, %rbp
	movq	%rcx, %rax
	addq	%rbp, %rdx
	andl	$15, %eax
	addq	%rsi, %rdx
	movq	%rcx, %rsi
	shrq	$4, %rsi
	addq	%rax, %rsi
	movq	%rcx, %rax
	addq	%rdi, %rcx
	xorq	%rdx, %rsi
	mulq	%r8
	shrq	$29, %rdx
	addq	%rdx, %rsi
	cmpq	%rcx, %rbx
	jne	.L21
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 16
	leaq	.LC5(%rip), %rdi
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa_offset 8
	jmp	printf@PLT
	.p2align 4,,10
	.p2align 3
.L22:
	.cfi_restore_state
	popq	%rbx
	.cfi_def_cfa_offset 16
	xorl	%esi, %esi
	leaq	.LC5(%rip), %rdi
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa_offset 8
	jmp	printf@PLT
	.cfi_endproc
.LFE14:
	.size	unsigned64, .-unsigned64
	.section	.rodata.str1.1
.LC6:
	.string	"digits: "
	.text
	.p2align 4
	.globl	digits
	.type	digits, @function
digits:
.LFB15:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl	$1, %ecx
	movabsq	$-3689348814741910323, %r8
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	subq	$32, %rsp
	.cfi_def_cfa_offset 64
	leaq	-1(%rsp), %rbp
	.p2align 4,,10
	.p2align 3
.L26:
	movq	%rdi, %rax
	movq	%rcx, %r12
	mulq	%r8
	movq	%rdi, %rax
	shrq	$3, %rdx
	leaq	(%rdx,%rdx,4), %rsi
	addq	%rsi, %rsi
	subq	%rsi, %rax
	addl	$48, %eax
	movb	%al, 0(%rbp,%rcx)
	movq	%rdi, %rax
	addq	$1, %rcx
	movq	%rdx, %rdi
	cmpq	$9, %rax
	ja	.L26
	leaq	.LC6(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movslq	%r12d, %rax
	addq	%rax, %rbp
	leaq	(%rsp,%rax), %rbx
	leal	-1(%r12), %eax
	subq	%rax, %rbp
	.p2align 4,,10
	.p2align 3
.L27:
	movsbl	-1(%rbx), %edi
	movq	stdout(%rip), %rsi
	subq	$1, %rbx
	call	putc@PLT
	cmpq	%rbp, %rbx
	jne	.L27
	movq	stdout(%rip), %rsi
	addq	$32, %rsp
	.cfi_def_cfa_offset 32
	movl	$10, %edi
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	jmp	putc@PLT
	.cfi_endproc
.LFE15:
	.size	digits, .-digits
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC7:
	.string	"%d: /3=%d %%3=%d /7=%d %%7=%d /10=%d %%10=%d /16=%d %%16=%d /-5=%d %%-5=%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB16:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	movl	$-12, %r13d
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	leaq	.LC7(%rip), %rbx
	subq	$8, %rsp
	.cfi_def_cfa_offset 48
	movl	lo_bound(%rip), %ebp
	movl	hi_bound(%rip), %r12d
	.p2align 4,,10
	.p2align 3
.L32:
	movslq	%r13d, %rax
	movl	%r13d, %ecx
	movl	%r13d, %edi
	imulq	$-1840700269, %rax, %r8
	sarl	$31, %ecx
	imulq	$1431655766, %rax, %rdx
	imulq	$1717986919, %rax, %rax
	shrq	$32, %r8
	shrq	$32, %rdx
	addl	%r13d, %r8d
	movq	%rax, %r11
	subl	%ecx, %edx
	sarq	$34, %rax
	sarq	$33, %r11
	leal	(%rdx,%rdx,2), %r9d
	subl	%ecx, %eax
	sarl	$2, %r8d
	movl	%r11d, %r10d
	subl	%r9d, %edi
	movq	%r11, %r9
	subl	%ecx, %r8d
	subl	%ecx, %r10d
	leal	0(,%r8,8), %esi
	leal	(%r10,%r10,4), %r11d
	movl	%r13d, %r10d
	subl	%r8d, %esi
	subl	%r11d, %r10d
	pushq	%r10
	.cfi_def_cfa_offset 56
	movl	%ecx, %r10d
	leal	(%rax,%rax,4), %ecx
	subl	%r9d, %r10d
	addl	%ecx, %ecx
	movl	%r13d, %r9d
	subl	%ecx, %r9d
	pushq	%r10
	.cfi_def_cfa_offset 64
	movl	%edi, %ecx
	movq	%rbx, %rdi
	pushq	%r13
	.cfi_def_cfa_offset 72
	pushq	$0
	.cfi_def_cfa_offset 80
	pushq	%r9
	.cfi_def_cfa_offset 88
	movl	%r13d, %r9d
	pushq	%rax
	.cfi_def_cfa_offset 96
	subl	%esi, %r9d
	xorl	%eax, %eax
	movl	%r13d, %esi
	addl	$4, %r13d
	call	printf@PLT
	addq	$48, %rsp
	.cfi_def_cfa_offset 48
	cmpl	$16, %r13d
	jne	.L32
	movl	%r12d, %esi
	movl	%ebp, %edi
	call	signed32
	movl	$-2147481647, %esi
	movl	$-2147483647, %edi
	call	signed32
	movl	$2147483647, %esi
	movl	$2147481647, %edi
	call	signed32
	movl	$5000, %esi
	movl	$-294967296, %edi
	call	unsigned32
	movl	$5000, %edx
	movabsq	$1600000000000000, %rsi
	movabsq	$-4000000000000000000, %rdi
	call	signed64
	movq	ubase(%rip), %rdi
	movl	$5000, %esi
	call	unsigned64
	movq	ubase(%rip), %rdi
	call	digits
	xorl	%edi, %edi
	call	digits
	movabsq	$1234567890123, %rdi
	call	digits
	addq	$8, %rsp
	.cfi_def_cfa_offset 40
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE16:
	.size	main, .-main
	.globl	ubase
	.data
	.align 8
	.type	ubase, @object
	.size	ubase, 8
ubase:
	.quad	-616
	.globl	hi_bound
	.align 4
	.type	hi_bound, @object
	.size	hi_bound, 4
hi_bound:
	.long	1234
	.globl	lo_bound
	.align 4
	.type	lo_bound, @object
	.size	lo_bound, 4
lo_bound:
	.long	-1000
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
