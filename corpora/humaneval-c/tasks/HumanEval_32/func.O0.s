	.file	"func.c"
	.text
	.type	eval_poly, @function
eval_poly:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movsd	%xmm0, -40(%rbp)
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -8(%rbp)
	movl	-28(%rbp), %eax
	subl	$1, %eax
	movl	%eax, -12(%rbp)
	jmp	.L2
.L3:
	movsd	-8(%rbp), %xmm0
	movapd	%xmm0, %xmm1
	mulsd	-40(%rbp), %xmm1
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movsd	(%rax), %xmm0
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -8(%rbp)
	subl	$1, -12(%rbp)
.L2:
	cmpl	$0, -12(%rbp)
	jns	.L3
	movsd	-8(%rbp), %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	eval_poly, .-eval_poly
	.type	sign_of, @function
sign_of:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0
	pxor	%xmm1, %xmm1
	comisd	%xmm1, %xmm0
	seta	%al
	movzbl	%al, %edx
	pxor	%xmm0, %xmm0
	comisd	-8(%rbp), %xmm0
	seta	%al
	movzbl	%al, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	sign_of, .-sign_of
	.globl	find_zero
	.type	find_zero, @function
find_zero:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$96, %rsp
	.cfi_offset 3, -24
	movq	%rdi, -96(%rbp)
	movl	%esi, -100(%rbp)
	movsd	.LC1(%rip), %xmm0
	movsd	%xmm0, -16(%rbp)
	movsd	.LC2(%rip), %xmm0
	movsd	%xmm0, -24(%rbp)
	movq	-16(%rbp), %rcx
	movl	-100(%rbp), %edx
	movq	-96(%rbp), %rax
	movq	%rcx, %xmm0
	movl	%edx, %esi
	movq	%rax, %rdi
	call	eval_poly
	movq	%xmm0, %rax
	movq	%rax, -32(%rbp)
	movq	-24(%rbp), %rcx
	movl	-100(%rbp), %edx
	movq	-96(%rbp), %rax
	movq	%rcx, %xmm0
	movl	%edx, %esi
	movq	%rax, %rdi
	call	eval_poly
	movq	%xmm0, %rax
	movq	%rax, -40(%rbp)
	jmp	.L8
.L9:
	movsd	-16(%rbp), %xmm0
	addsd	%xmm0, %xmm0
	movsd	%xmm0, -16(%rbp)
	movsd	-24(%rbp), %xmm0
	addsd	%xmm0, %xmm0
	movsd	%xmm0, -24(%rbp)
	movq	-16(%rbp), %rcx
	movl	-100(%rbp), %edx
	movq	-96(%rbp), %rax
	movq	%rcx, %xmm0
	movl	%edx, %esi
	movq	%rax, %rdi
	call	eval_poly
	movq	%xmm0, %rax
	movq	%rax, -32(%rbp)
	movq	-24(%rbp), %rcx
	movl	-100(%rbp), %edx
	movq	-96(%rbp), %rax
	movq	%rcx, %xmm0
	movl	%edx, %esi
	movq	%rax, %rdi
	call	eval_poly
	movq	%xmm0, %rax
	movq	%rax, -40(%rbp)
.L8:
	movq	-32(%rbp), %rax
	movq	%rax, %xmm0
	call	sign_of
	movl	%eax, %ebx
	movq	-40(%rbp), %rax
	movq	%rax, %xmm0
	call	sign_of
	imull	%ebx, %eax
	testl	%eax, %eax
	jg	.L9
	pxor	%xmm0, %xmm0
	ucomisd	-32(%rbp), %xmm0
	jp	.L10
	pxor	%xmm0, %xmm0
	ucomisd	-32(%rbp), %xmm0
	jne	.L10
	movsd	-16(%rbp), %xmm0
	jmp	.L12
.L10:
	pxor	%xmm0, %xmm0
	ucomisd	-40(%rbp), %xmm0
	jp	.L13
	pxor	%xmm0, %xmm0
	ucomisd	-40(%rbp), %xmm0
	jne	.L13
	movsd	-24(%rbp), %xmm0
	jmp	.L12
.L13:
	movl	$0, -44(%rbp)
	jmp	.L15
.L21:
	movsd	-24(%rbp), %xmm0
	subsd	-16(%rbp), %xmm0
	movsd	.LC3(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movsd	-16(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -56(%rbp)
	movsd	-16(%rbp), %xmm0
	comisd	-56(%rbp), %xmm0
	jnb	.L16
	movsd	-56(%rbp), %xmm0
	comisd	-24(%rbp), %xmm0
	jnb	.L16
	movq	-56(%rbp), %rcx
	movl	-100(%rbp), %edx
	movq	-96(%rbp), %rax
	movq	%rcx, %xmm0
	movl	%edx, %esi
	movq	%rax, %rdi
	call	eval_poly
	movq	%xmm0, %rax
	movq	%rax, -64(%rbp)
	pxor	%xmm0, %xmm0
	ucomisd	-64(%rbp), %xmm0
	jp	.L17
	pxor	%xmm0, %xmm0
	ucomisd	-64(%rbp), %xmm0
	jne	.L17
	movsd	-56(%rbp), %xmm0
	jmp	.L12
.L17:
	movq	-64(%rbp), %rax
	movq	%rax, %xmm0
	call	sign_of
	movl	%eax, %ebx
	movq	-32(%rbp), %rax
	movq	%rax, %xmm0
	call	sign_of
	cmpl	%eax, %ebx
	jne	.L19
	movsd	-56(%rbp), %xmm0
	movsd	%xmm0, -16(%rbp)
	movsd	-64(%rbp), %xmm0
	movsd	%xmm0, -32(%rbp)
	jmp	.L20
.L19:
	movsd	-56(%rbp), %xmm0
	movsd	%xmm0, -24(%rbp)
	movsd	-64(%rbp), %xmm0
	movsd	%xmm0, -40(%rbp)
.L20:
	addl	$1, -44(%rbp)
.L15:
	cmpl	$1999, -44(%rbp)
	jle	.L21
.L16:
	pxor	%xmm0, %xmm0
	comisd	-32(%rbp), %xmm0
	jbe	.L37
	movsd	-32(%rbp), %xmm0
	movq	.LC4(%rip), %xmm1
	xorpd	%xmm1, %xmm0
	jmp	.L24
.L37:
	movsd	-32(%rbp), %xmm0
.L24:
	movsd	%xmm0, -72(%rbp)
	pxor	%xmm0, %xmm0
	comisd	-40(%rbp), %xmm0
	jbe	.L38
	movsd	-40(%rbp), %xmm0
	movq	.LC4(%rip), %xmm1
	xorpd	%xmm1, %xmm0
	jmp	.L27
.L38:
	movsd	-40(%rbp), %xmm0
.L27:
	movsd	%xmm0, -80(%rbp)
	movsd	-80(%rbp), %xmm0
	comisd	-72(%rbp), %xmm0
	jb	.L39
	movsd	-16(%rbp), %xmm0
	jmp	.L12
.L39:
	movsd	-24(%rbp), %xmm0
.L12:
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	find_zero, .-find_zero
	.section	.rodata
	.align 8
.LC1:
	.long	0
	.long	-1074790400
	.align 8
.LC2:
	.long	0
	.long	1072693248
	.align 8
.LC3:
	.long	0
	.long	1073741824
	.align 16
.LC4:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
