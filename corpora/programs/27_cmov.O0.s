	.file	"27_cmov.c"
	.text
	.globl	vseed
	.data
	.align 4
	.type	vseed, @object
	.size	vseed, 4
vseed:
	.long	17
	.local	data
	.comm	data,256,32
	.local	udata
	.comm	udata,256,32
	.text
	.globl	imin
	.type	imin, @function
imin:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-8(%rbp), %edx
	movl	-4(%rbp), %eax
	cmpl	%eax, %edx
	cmovle	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	imin, .-imin
	.globl	imax
	.type	imax, @function
imax:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-8(%rbp), %edx
	movl	-4(%rbp), %eax
	cmpl	%eax, %edx
	cmovge	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	imax, .-imax
	.globl	umin
	.type	umin, @function
umin:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-8(%rbp), %edx
	movl	-4(%rbp), %eax
	cmpl	%eax, %edx
	cmovbe	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	umin, .-umin
	.globl	labs_sel
	.type	labs_sel, @function
labs_sel:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movq	%rax, %rdx
	negq	%rdx
	cmovns	%rdx, %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	labs_sel, .-labs_sel
	.globl	clamp
	.type	clamp, @function
clamp:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	-4(%rbp), %eax
	cmpl	-8(%rbp), %eax
	jl	.L10
	movl	-4(%rbp), %edx
	movl	-12(%rbp), %eax
	cmpl	%eax, %edx
	cmovle	%edx, %eax
	jmp	.L12
.L10:
	movl	-8(%rbp), %eax
.L12:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	clamp, .-clamp
	.globl	sign
	.type	sign, @function
sign:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	setg	%al
	movzbl	%al, %edx
	movl	-4(%rbp), %eax
	shrl	$31, %eax
	movzbl	%al, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	sign, .-sign
	.globl	select_long
	.type	select_long, @function
select_long:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movq	%rsi, -16(%rbp)
	movq	%rdx, -24(%rbp)
	cmpl	$0, -4(%rbp)
	je	.L16
	movq	-16(%rbp), %rax
	jmp	.L18
.L16:
	movq	-24(%rbp), %rax
.L18:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	select_long, .-select_long
	.globl	sat_add_u8
	.type	sat_add_u8, @function
sat_add_u8:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	%esi, -24(%rbp)
	movl	-20(%rbp), %eax
	movzbl	%al, %edx
	movl	-24(%rbp), %eax
	movzbl	%al, %eax
	addl	%edx, %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	$255, %edx
	cmpl	%edx, %eax
	cmova	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	sat_add_u8, .-sat_add_u8
	.globl	sat_sub_i16
	.type	sat_sub_i16, @function
sat_sub_i16:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -20(%rbp)
	movl	%esi, -24(%rbp)
	movl	-20(%rbp), %eax
	subl	-24(%rbp), %eax
	movl	%eax, -4(%rbp)
	cmpl	$32767, -4(%rbp)
	jg	.L22
	movl	-4(%rbp), %eax
	movl	$-32768, %edx
	cmpl	%edx, %eax
	cmovl	%edx, %eax
	jmp	.L24
.L22:
	movl	$32767, %eax
.L24:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	sat_sub_i16, .-sat_sub_i16
	.section	.rodata
	.align 8
.LC0:
	.string	"min=%d max=%d umin=%u abs_sum=%ld clamped=%d signs=%d\n"
	.align 8
.LC1:
	.string	"best=%d at %d pos=%d sel_total=%ld\n"
.LC2:
	.string	"sat_add_u8 total=%u\n"
.LC3:
	.string	"sat_sub_i16 total=%d\n"
.LC4:
	.string	"lo64=%lld hi64=%lld\n"
.LC5:
	.string	"hist: %d %d %d %d %d\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$160, %rsp
	movl	vseed(%rip), %eax
	movl	%eax, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L26
.L27:
	movl	-4(%rbp), %eax
	imull	$1103515245, %eax, %eax
	addl	$12345, %eax
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	shrl	$12, %eax
	movl	%eax, %edx
	movslq	%edx, %rax
	imulq	$1098962147, %rax, %rax
	shrq	$32, %rax
	sarl	$9, %eax
	movl	%edx, %ecx
	sarl	$31, %ecx
	subl	%ecx, %eax
	imull	$2001, %eax, %ecx
	movl	%edx, %eax
	subl	%ecx, %eax
	leal	-1000(%rax), %ecx
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	%ecx, (%rdx,%rax)
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rcx
	leaq	udata(%rip), %rdx
	movl	-4(%rbp), %eax
	movl	%eax, (%rcx,%rdx)
	addl	$1, -8(%rbp)
.L26:
	cmpl	$63, -8(%rbp)
	jle	.L27
	movl	data(%rip), %eax
	movl	%eax, -12(%rbp)
	movl	data(%rip), %eax
	movl	%eax, -16(%rbp)
	movq	$0, -24(%rbp)
	movl	$0, -28(%rbp)
	movl	$0, -32(%rbp)
	movl	udata(%rip), %eax
	movl	%eax, -36(%rbp)
	movl	$0, -40(%rbp)
	jmp	.L28
.L29:
	movl	-40(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	(%rdx,%rax), %edx
	movl	-12(%rbp), %eax
	movl	%edx, %esi
	movl	%eax, %edi
	call	imin
	movl	%eax, -12(%rbp)
	movl	-40(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	(%rdx,%rax), %edx
	movl	-16(%rbp), %eax
	movl	%edx, %esi
	movl	%eax, %edi
	call	imax
	movl	%eax, -16(%rbp)
	movl	-40(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	udata(%rip), %rax
	movl	(%rdx,%rax), %edx
	movl	-36(%rbp), %eax
	movl	%edx, %esi
	movl	%eax, %edi
	call	umin
	movl	%eax, -36(%rbp)
	movl	-40(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	movq	%rax, %rdi
	call	labs_sel
	addq	%rax, -24(%rbp)
	movl	-40(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	$300, %edx
	movl	$-250, %esi
	movl	%eax, %edi
	call	clamp
	addl	%eax, -28(%rbp)
	movl	-40(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	%eax, %edi
	call	sign
	movl	-40(%rbp), %edx
	addl	$1, %edx
	imull	%edx, %eax
	addl	%eax, -32(%rbp)
	addl	$1, -40(%rbp)
.L28:
	cmpl	$63, -40(%rbp)
	jle	.L29
	movl	-28(%rbp), %r8d
	movq	-24(%rbp), %rdi
	movl	-36(%rbp), %ecx
	movl	-16(%rbp), %edx
	movl	-12(%rbp), %eax
	subq	$8, %rsp
	movl	-32(%rbp), %esi
	pushq	%rsi
	movl	%r8d, %r9d
	movq	%rdi, %r8
	movl	%eax, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$16, %rsp
	movl	$-1, -44(%rbp)
	movl	$-1, -48(%rbp)
	movl	$0, -52(%rbp)
	movq	$0, -64(%rbp)
	movl	$0, -68(%rbp)
	jmp	.L30
.L37:
	movl	-68(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	%eax, -132(%rbp)
	movl	-132(%rbp), %eax
	cmpl	-44(%rbp), %eax
	setg	%al
	movzbl	%al, %eax
	movl	%eax, -136(%rbp)
	cmpl	$0, -136(%rbp)
	je	.L31
	movl	-68(%rbp), %eax
	jmp	.L32
.L31:
	movl	-48(%rbp), %eax
.L32:
	movl	%eax, -48(%rbp)
	cmpl	$0, -136(%rbp)
	je	.L33
	movl	-132(%rbp), %eax
	jmp	.L34
.L33:
	movl	-44(%rbp), %eax
.L34:
	movl	%eax, -44(%rbp)
	cmpl	$0, -132(%rbp)
	setg	%al
	movzbl	%al, %eax
	addl	%eax, -52(%rbp)
	movl	-132(%rbp), %eax
	movslq	%eax, %rdx
	movl	$0, %eax
	subq	%rdx, %rax
	addq	%rax, %rax
	movq	%rax, %rsi
	movl	-132(%rbp), %eax
	cltq
	movl	-132(%rbp), %edx
	movl	%edx, %ecx
	andl	$1, %ecx
	movq	%rsi, %rdx
	movq	%rax, %rsi
	movl	%ecx, %edi
	call	select_long
	addq	%rax, -64(%rbp)
	movl	-132(%rbp), %eax
	movl	%eax, %edx
	negl	%edx
	cmovns	%edx, %eax
	movl	%eax, -140(%rbp)
	cmpl	$500, -140(%rbp)
	jle	.L35
	movl	$1, %eax
	jmp	.L36
.L35:
	movl	$0, %eax
.L36:
	addq	%rax, -64(%rbp)
	addl	$1, -68(%rbp)
.L30:
	cmpl	$63, -68(%rbp)
	jle	.L37
	movq	-64(%rbp), %rsi
	movl	-52(%rbp), %ecx
	movl	-48(%rbp), %edx
	movl	-44(%rbp), %eax
	movq	%rsi, %r8
	movl	%eax, %esi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -72(%rbp)
	movl	$0, -76(%rbp)
	jmp	.L38
.L39:
	movl	-76(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	udata(%rip), %rax
	movl	(%rdx,%rax), %eax
	shrl	$20, %eax
	movl	%eax, %edx
	movl	-76(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rcx
	leaq	udata(%rip), %rax
	movl	(%rcx,%rax), %eax
	shrl	$4, %eax
	movl	%edx, %esi
	movl	%eax, %edi
	call	sat_add_u8
	addl	%eax, -72(%rbp)
	addl	$1, -76(%rbp)
.L38:
	cmpl	$63, -76(%rbp)
	jle	.L39
	movl	-72(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -80(%rbp)
	movl	$0, -84(%rbp)
	jmp	.L40
.L41:
	movl	$63, %eax
	subl	-84(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	(%rdx,%rax), %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	sall	$3, %eax
	leal	(%rax,%rdx), %ecx
	movl	-84(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	(%rdx,%rax), %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	sall	$3, %eax
	movl	%ecx, %esi
	movl	%eax, %edi
	call	sat_sub_i16
	addl	%eax, -80(%rbp)
	addl	$1, -84(%rbp)
.L40:
	cmpl	$63, -84(%rbp)
	jle	.L41
	movl	-80(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movabsq	$9223372036854775807, %rax
	movq	%rax, -96(%rbp)
	movabsq	$-9223372036854775808, %rax
	movq	%rax, -104(%rbp)
	movl	$0, -108(%rbp)
	jmp	.L42
.L43:
	movl	-108(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	(%rdx,%rax), %eax
	cltq
	imulq	$1000000007, %rax, %rax
	movq	%rax, -128(%rbp)
	movq	-96(%rbp), %rdx
	movq	-128(%rbp), %rax
	cmpq	%rax, %rdx
	cmovle	%rdx, %rax
	movq	%rax, -96(%rbp)
	movq	-104(%rbp), %rdx
	movq	-128(%rbp), %rax
	cmpq	%rax, %rdx
	cmovge	%rdx, %rax
	movq	%rax, -104(%rbp)
	addl	$1, -108(%rbp)
.L42:
	cmpl	$63, -108(%rbp)
	jle	.L43
	movq	-104(%rbp), %rdx
	movq	-96(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	pxor	%xmm0, %xmm0
	movaps	%xmm0, -160(%rbp)
	movd	%xmm0, -144(%rbp)
	movl	$0, -112(%rbp)
	jmp	.L44
.L45:
	movl	-112(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	data(%rip), %rax
	movl	(%rdx,%rax), %eax
	addl	$1000, %eax
	movslq	%eax, %rdx
	imulq	$1374389535, %rdx, %rdx
	shrq	$32, %rdx
	movl	%edx, %ecx
	sarl	$7, %ecx
	cltd
	movl	%ecx, %eax
	subl	%edx, %eax
	movl	%eax, -116(%rbp)
	movl	-116(%rbp), %eax
	movl	$4, %edx
	cmpl	%edx, %eax
	cmovg	%edx, %eax
	movslq	%eax, %rdx
	movl	-160(%rbp,%rdx,4), %edx
	addl	$1, %edx
	cltq
	movl	%edx, -160(%rbp,%rax,4)
	addl	$1, -112(%rbp)
.L44:
	cmpl	$63, -112(%rbp)
	jle	.L45
	movl	-144(%rbp), %edi
	movl	-148(%rbp), %esi
	movl	-152(%rbp), %ecx
	movl	-156(%rbp), %edx
	movl	-160(%rbp), %eax
	movl	%edi, %r9d
	movl	%esi, %r8d
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
