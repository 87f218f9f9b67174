	.file	"27_cmov.c"
	.text
	.p2align 4
	.globl	imin
	.type	imin, @function
imin:
.LFB11:
	.cfi_startproc
	cmpl	%edi, %esi
	movl	%edi, %eax
	cmovle	%esi, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	imin, .-imin
	.p2align 4
	.globl	imax
	.type	imax, @function
imax:
.LFB12:
	.cfi_startproc
	cmpl	%edi, %esi
	movl	%edi, %eax
	cmovge	%esi, %eax
	ret
	.cfi_endproc
.LFE12:
	.size	imax, .-imax
	.p2align 4
	.globl	umin
	.type	umin, @function
umin:
.LFB13:
	.cfi_startproc
	cmpl	%edi, %esi
	movl	%edi, %eax
	cmovbe	%esi, %eax
	ret
	.cfi_endproc
.LFE13:
	.size	umin, .-umin
	.p2align 4
	.globl	labs_sel
	.type	labs_sel, @function
labs_sel:
.LFB14:
	.cfi_startproc
	movq	%rdi, %rax
	negq	%rax
	cmovs	%rdi, %rax
	ret
	.cfi_endproc
.LFE14:
	.size	labs_sel, .-labs_sel
	.p2align 4
	.globl	clamp
	.type	clamp, @function
clamp:
.LFB15:
	.cfi_startproc
	cmpl	%edx, %edi
	movl	%esi, %eax
	cmovle	%edi, %edx
	cmpl	%esi, %edi
	cmovge	%edx, %eax
	ret
	.cfi_endproc
.LFE15:
	.size	clamp, .-clamp
	.p2align 4
	.globl	sign
	.type	sign, @function
sign:
.LFB16:
	.cfi_startproc
	xorl	%eax, %eax
	testl	%edi, %edi
	setg	%al
	shrl	$31, %edi
	subl	%edi, %eax
	ret
	.cfi_endproc
.LFE16:
	.size	sign, .-sign
	.p2align 4
	.globl	select_long
	.type	select_long, @function
select_long:
.LFB17:
	.cfi_startproc
	testl	%edi, %edi
	movq	%rsi, %rax
	cmove	%rdx, %rax
	ret
	.cfi_endproc
.LFE17:
	.size	select_long, .-select_long
	.p2align 4
	.globl	sat_add_u8
	.type	sat_add_u8, @function
sat_add_u8:
.LFB18:
	.cfi_startproc
	movzbl	%dil, %eax
	movzbl	%sil, %esi
	movl	$255, %edx
	addl	%esi, %eax
	cmpl	%edx, %eax
	cmova	%edx, %eax
	ret
	.cfi_endproc
.LFE18:
	.size	sat_add_u8, .-sat_add_u8
	.p2align 4
	.globl	sat_sub_i16
	.type	sat_sub_i16, @function
sat_sub_i16:
.LFB19:
	.cfi_startproc
	movl	%edi, %eax
	movl	$-32768, %edx
	subl	%esi, %eax
	cmpl	%edx, %eax
	cmovl	%edx, %eax
	movl	$32767, %edx
	cmpl	%edx, %eax
	cmovg	%edx, %eax
	ret
	.cfi_endproc
.LFE19:
	.size	sat_sub_i16, .-sat_sub_i16
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC0:
	.string	"min=%d max=%d umin=%u abs_sum=%ld clamped=%d signs=%d\n"
	.align 8
.LC1:
	.string	"best=%d at %d pos=%d sel_total=%ld\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC2:
	.string	"sat_add_u8 total=%u\n"
.LC3:
	.string	"sat_sub_i16 total=%d\n"
.LC4:
	.string	"lo64=%lld hi64=%lld\n"
.LC5:
	.string	"hist: %d %d %d %d %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB20:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	xorl	%esi, %esi
	leaq	udata(%rip), %rdi
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
	leaq	data(%rip), %rbx
	subq	$40, %rsp
	.cfi_def_cfa_offset 96
	movl	vseed(%rip), %ecx
	.p2align 4,,10
	.p2align 3
.L16:
	imull	$1103515245, %ecx, %ecx
	addl	$12345, %ecx
	movl	%ecx, %edx
	movl	%ecx, (%rdi,%rsi)
	shrl	$12, %edx
	movslq	%edx, %rax
	imulq	$1098962147, %rax, %rax
	shrq	$41, %rax
	imull	$2001, %eax, %eax
	subl	%eax, %edx
	subl	$1000, %edx
	movl	%edx, (%rbx,%rsi)
	addq	$4, %rsi
	cmpq	$256, %rsi
	jne	.L16
	movl	data(%rip), %r11d
	xorl	%r13d, %r13d
	xorl	%r9d, %r9d
	xorl	%r8d, %r8d
	movl	udata(%rip), %r12d
	movl	$1, %ecx
	leaq	-4+data(%rip), %r15
	leaq	-4+udata(%rip), %r14
	movl	%r11d, %ebp
	.p2align 4,,10
	.p2align 3
.L17:
	movl	(%r15,%rcx,4), %r10d
	movl	%r11d, %edi
	movl	$300, %edx
	movl	%r10d, %esi
	call	imin
	movl	%ebp, %edi
	movl	%eax, %r11d
	call	imax
	movl	(%r14,%rcx,4), %esi
	movl	%r12d, %edi
	movl	%eax, %ebp
	call	umin
	movslq	%r10d, %rdi
	movl	$-250, %esi
	movl	%eax, %r12d
	call	labs_sel
	movl	%r10d, %edi
	addq	%rax, %r8
	call	clamp
	addl	%eax, %r9d
	call	sign
	imull	%ecx, %eax
	addq	$1, %rcx
	addl	%eax, %r13d
	cmpq	$65, %rcx
	jne	.L17
	subq	$8, %rsp
	.cfi_def_cfa_offset 104
	movl	%ebp, %edx
	movl	%r11d, %esi
	movl	%r12d, %ecx
	pushq	%r13
	.cfi_def_cfa_offset 112
	leaq	.LC0(%rip), %rdi
	xorl	%eax, %eax
	xorl	%ebp, %ebp
	call	printf@PLT
	popq	%rax
	.cfi_def_cfa_offset 104
	xorl	%r9d, %r9d
	popq	%rdx
	.cfi_def_cfa_offset 96
	xorl	%r8d, %r8d
	movl	$-1, %r11d
	movl	$-1, %r10d
	.p2align 4,,10
	.p2align 3
.L19:
	movslq	(%rbx,%r9,4), %rsi
	cmpl	%r10d, %esi
	movq	%rsi, %rdx
	movl	%esi, %edi
	cmovg	%r9d, %r11d
	cmpl	%esi, %r10d
	cmovl	%esi, %r10d
	xorl	%eax, %eax
	testl	%esi, %esi
	setg	%al
	negq	%rdx
	andl	$1, %edi
	addq	%rdx, %rdx
	addl	%eax, %ebp
	call	select_long
	movl	%esi, %edx
	addq	%r8, %rax
	negl	%edx
	cmovs	%esi, %edx
	xorl	%r8d, %r8d
	cmpl	$500, %edx
	setg	%r8b
	addq	$1, %r9
	addq	%rax, %r8
	cmpq	$64, %r9
	jne	.L19
	movl	%ebp, %ecx
	movl	%r11d, %edx
	movl	%r10d, %esi
	xorl	%eax, %eax
	leaq	.LC1(%rip), %rdi
	call	printf@PLT
	leaq	udata(%rip), %rcx
	xorl	%r8d, %r8d
	leaq	256(%rcx), %r9
	.p2align 4,,10
	.p2align 3
.L20:
	movl	(%rcx), %edi
	addq	$4, %rcx
	movl	%edi, %esi
	shrl	$4, %edi
	shrl	$20, %esi
	call	sat_add_u8
	addl	%eax, %r8d
	cmpq	%rcx, %r9
	jne	.L20
	movl	%r8d, %esi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	leaq	252+data(%rip), %rcx
	xorl	%r9d, %r9d
	leaq	-252(%rcx), %rbx
	movq	%rbx, %r8
	.p2align 4,,10
	.p2align 3
.L21:
	movl	(%rcx), %eax
	addq	$4, %r8
	leal	(%rax,%rax,4), %edx
	leal	(%rax,%rdx,8), %esi
	movl	-4(%r8), %eax
	leal	(%rax,%rax,4), %edi
	sall	$3, %edi
	call	sat_sub_i16
	addl	%eax, %r9d
	movq	%rcx, %rax
	subq	$4, %rcx
	cmpq	%rbx, %rax
	jne	.L21
	movl	%r9d, %esi
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	leaq	256+data(%rip), %rbp
	movabsq	$-9223372036854775808, %rcx
	movabsq	$9223372036854775807, %rsi
	leaq	-256(%rbp), %rdx
	.p2align 4,,10
	.p2align 3
.L22:
	movslq	(%rdx), %rax
	imulq	$1000000007, %rax, %rax
	cmpq	%rax, %rsi
	cmovg	%rax, %rsi
	cmpq	%rax, %rcx
	cmovl	%rax, %rcx
	addq	$4, %rdx
	cmpq	%rdx, %rbp
	jne	.L22
	movq	%rcx, %rdx
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$0, 16(%rsp)
	pxor	%xmm0, %xmm0
	movaps	%xmm0, (%rsp)
	.p2align 4,,10
	.p2align 3
.L23:
	movl	(%rbx), %eax
	leal	1000(%rax), %edx
	movslq	%edx, %rax
	sarl	$31, %edx
	imulq	$1374389535, %rax, %rax
	sarq	$39, %rax
	subl	%edx, %eax
	movl	$4, %edx
	cmpl	%edx, %eax
	cmovg	%edx, %eax
	addq	$4, %rbx
	cltq
	addl	$1, (%rsp,%rax,4)
	cmpq	%rbx, %rbp
	jne	.L23
	movl	8(%rsp), %ecx
	movl	(%rsp), %esi
	leaq	.LC5(%rip), %rdi
	xorl	%eax, %eax
	movl	16(%rsp), %r9d
	movl	12(%rsp), %r8d
	movl	4(%rsp), %edx
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
.LFE20:
	.size	main, .-main
	.local	udata
	.comm	udata,256,32
	.local	data
	.comm	data,256,32
	.globl	vseed
	.data
	.align 4
	.type	vseed, @object
	.size	vseed, 4
vseed:
	.long	17
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
