	.file	"func.c"
	.text
	.p2align 4
	.globl	find_zero
	.type	find_zero, @function
find_zero:
.LFB2:
	.cfi_startproc
	movq	%rdi, %rdx
	subl	$1, %esi
	js	.L21
	movslq	%esi, %rcx
	pxor	%xmm0, %xmm0
	movq	%rcx, %rax
	.p2align 4,,10
	.p2align 3
.L3:
	movsd	(%rdx,%rax,8), %xmm1
	subq	$1, %rax
	subsd	%xmm0, %xmm1
	movapd	%xmm1, %xmm0
	testl	%eax, %eax
	jns	.L3
	movq	%rcx, %rax
	pxor	%xmm1, %xmm1
	.p2align 4,,10
	.p2align 3
.L4:
	addsd	(%rdx,%rax,8), %xmm1
	subq	$1, %rax
	testl	%eax, %eax
	jns	.L4
	pxor	%xmm2, %xmm2
	xorl	%eax, %eax
	movsd	.LC1(%rip), %xmm4
	movsd	.LC2(%rip), %xmm3
	comisd	%xmm2, %xmm0
	seta	%al
	xorl	%esi, %esi
	comisd	%xmm0, %xmm2
	seta	%sil
	subl	%esi, %eax
	xorl	%esi, %esi
	comisd	%xmm2, %xmm1
	seta	%sil
	xorl	%edi, %edi
	comisd	%xmm1, %xmm2
	seta	%dil
	subl	%edi, %esi
	imull	%esi, %eax
	cmpl	$1, %eax
	jne	.L5
	.p2align 4,,10
	.p2align 3
.L8:
	addsd	%xmm3, %xmm3
	addsd	%xmm4, %xmm4
	pxor	%xmm0, %xmm0
	movq	%rcx, %rax
	.p2align 4,,10
	.p2align 3
.L6:
	mulsd	%xmm3, %xmm0
	addsd	(%rdx,%rax,8), %xmm0
	subq	$1, %rax
	testl	%eax, %eax
	jns	.L6
	movq	%rcx, %rax
	pxor	%xmm1, %xmm1
	.p2align 4,,10
	.p2align 3
.L7:
	mulsd	%xmm4, %xmm1
	addsd	(%rdx,%rax,8), %xmm1
	subq	$1, %rax
	testl	%eax, %eax
	jns	.L7
	xorl	%eax, %eax
	comisd	%xmm2, %xmm1
	seta	%al
	xorl	%esi, %esi
	comisd	%xmm1, %xmm2
	seta	%sil
	subl	%esi, %eax
	xorl	%esi, %esi
	comisd	%xmm2, %xmm0
	seta	%sil
	xorl	%edi, %edi
	comisd	%xmm0, %xmm2
	seta	%dil
	subl	%edi, %esi
	imull	%esi, %eax
	cmpl	$1, %eax
	je	.L8
.L5:
	pxor	%xmm2, %xmm2
	ucomisd	%xmm2, %xmm0
	jp	.L27
	je	.L1
.L27:
	pxor	%xmm2, %xmm2
	ucomisd	%xmm2, %xmm1
	jp	.L28
	je	.L23
.L28:
	movsd	.LC3(%rip), %xmm7
	movl	$2000, %edi
	pxor	%xmm6, %xmm6
	.p2align 4,,10
	.p2align 3
.L15:
	movapd	%xmm4, %xmm5
	subsd	%xmm3, %xmm5
	mulsd	%xmm7, %xmm5
	addsd	%xmm3, %xmm5
	comisd	%xmm5, %xmm3
	jnb	.L11
	comisd	%xmm4, %xmm5
	jnb	.L11
	movq	%rcx, %rax
	pxor	%xmm2, %xmm2
	.p2align 4,,10
	.p2align 3
.L12:
	mulsd	%xmm5, %xmm2
	addsd	(%rdx,%rax,8), %xmm2
	subq	$1, %rax
	testl	%eax, %eax
	jns	.L12
	ucomisd	%xmm6, %xmm2
	jp	.L29
	je	.L24
.L29:
	xorl	%esi, %esi
	comisd	%xmm6, %xmm0
	seta	%sil
	xorl	%eax, %eax
	comisd	%xmm0, %xmm6
	seta	%al
	subl	%eax, %esi
	xorl	%eax, %eax
	comisd	%xmm6, %xmm2
	seta	%al
	xorl	%r8d, %r8d
	comisd	%xmm2, %xmm6
	seta	%r8b
	subl	%r8d, %eax
	cmpl	%eax, %esi
	je	.L41
	movapd	%xmm2, %xmm1
	movapd	%xmm5, %xmm4
.L14:
	subl	$1, %edi
	jne	.L15
.L11:
	pxor	%xmm2, %xmm2
	comisd	%xmm0, %xmm2
	ja	.L42
	pxor	%xmm2, %xmm2
	comisd	%xmm1, %xmm2
	ja	.L43
.L18:
	cmplesd	%xmm1, %xmm0
	andpd	%xmm0, %xmm3
	andnpd	%xmm4, %xmm0
	orpd	%xmm0, %xmm3
.L1:
	movapd	%xmm3, %xmm0
	ret
.L23:
	movapd	%xmm4, %xmm3
	movapd	%xmm3, %xmm0
	ret
	.p2align 4,,10
	.p2align 3
.L41:
	movapd	%xmm2, %xmm0
	movapd	%xmm5, %xmm3
	jmp	.L14
.L43:
	xorpd	.LC4(%rip), %xmm1
	jmp	.L18
.L42:
	pxor	%xmm2, %xmm2
	xorpd	.LC4(%rip), %xmm0
	comisd	%xmm1, %xmm2
	jbe	.L18
	jmp	.L43
.L21:
	movsd	.LC2(%rip), %xmm3
	movapd	%xmm3, %xmm0
	ret
.L24:
	movapd	%xmm5, %xmm3
	jmp	.L1
	.cfi_endproc
.LFE2:
	.size	find_zero, .-find_zero
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC1:
	.long	0
	.long	1072693248
	.align 8
.LC2:
	.long	0
	.long	-1074790400
	.align 8
.LC3:
	.long	0
	.long	1071644672
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC4:
	.long	0
	.long	-2147483648
	.long	0
	.long	0
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
