	.file	"17_int_conversions.c"
	.text
	.p2align 4
	.globl	widen_sc
	.type	widen_sc, @function
widen_sc:
.LFB11:
	.cfi_startproc
	movsbq	%dil, %rax
	ret
	.cfi_endproc
.LFE11:
	.size	widen_sc, .-widen_sc
	.p2align 4
	.globl	widen_uc
	.type	widen_uc, @function
widen_uc:
.LFB12:
	.cfi_startproc
	movzbl	%dil, %eax
	ret
	.cfi_endproc
.LFE12:
	.size	widen_uc, .-widen_uc
	.p2align 4
	.globl	widen_ss
	.type	widen_ss, @function
widen_ss:
.LFB13:
	.cfi_startproc
	movswq	%di, %rax
	ret
	.cfi_endproc
.LFE13:
	.size	widen_ss, .-widen_ss
	.p2align 4
	.globl	widen_us
	.type	widen_us, @function
widen_us:
.LFB14:
	.cfi_startproc
	movzwl	%di, %eax
	ret
	.cfi_endproc
.LFE14:
	.size	widen_us, .-widen_us
	.p2align 4
	.globl	widen_si
	.type	widen_si, @function
widen_si:
.LFB15:
	.cfi_startproc
	movslq	%edi, %rax
	ret
	.cfi_endproc
.LFE15:
	.size	widen_si, .-widen_si
	.p2align 4
	.globl	widen_ui
	.type	widen_ui, @function
widen_ui:
.LFB16:
	.cfi_startproc
	movl	%edi, %eax
	ret
	.cfi_endproc
.LFE16:
	.size	widen_ui, .-widen_ui
	.p2align 4
	.globl	narrow_sc
	.type	narrow_sc, @function
narrow_sc:
.LFB17:
	.cfi_startproc
	movl	%edi, %eax
	ret
	.cfi_endproc
.LFE17:
	.size	narrow_sc, .-narrow_sc
	.p2align 4
	.globl	narrow_us
	.type	narrow_us, @function
narrow_us:
.LFB18:
	.cfi_startproc
	movl	%edi, %eax
	ret
	.cfi_endproc
.LFE18:
	.size	narrow_us, .-narrow_us
	.p2align 4
	.globl	narrow_si
	.type	narrow_si, @function
narrow_si:
.LFB19:
	.cfi_startproc
	movl	%edi, %eax
	ret
	.cfi_endproc
.LFE19:
	.size	narrow_si, .-narrow_si
	.p2align 4
	.globl	add_shorts
	.type	add_shorts, @function
add_shorts:
.LFB20:
	.cfi_startproc
	leal	(%rsi,%rdi), %eax
	ret
	.cfi_endproc
.LFE20:
	.size	add_shorts, .-add_shorts
	.p2align 4
	.globl	add_uchars
	.type	add_uchars, @function
add_uchars:
.LFB21:
	.cfi_startproc
	leal	(%rsi,%rdi), %eax
	ret
	.cfi_endproc
.LFE21:
	.size	add_uchars, .-add_uchars
	.p2align 4
	.globl	to_bool
	.type	to_bool, @function
to_bool:
.LFB22:
	.cfi_startproc
	testq	%rdi, %rdi
	setne	%al
	ret
	.cfi_endproc
.LFE22:
	.size	to_bool, .-to_bool
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC0:
	.string	"v=%08x sc=%ld uc=%ld ss=%ld us=%ld\n"
	.align 8
.LC1:
	.string	"neg=%d si=%ld ui=%lu (long)(unsigned)neg=%ld\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC2:
	.string	"narrow: sc=%d us=%u si=%d\n"
	.section	.rodata.str1.8
	.align 8
.LC3:
	.string	"narrow pos: sc=%d us=%u si=%d\n"
	.section	.rodata.str1.1
.LC4:
	.string	"0u-1 = %u, +2 = %u, *3 = %u\n"
.LC5:
	.string	"us wrap=%u uc wrap=%u\n"
.LC6:
	.string	"u64 wrap: %llu\n"
	.section	.rodata.str1.8
	.align 8
.LC7:
	.string	"-1 < 1u: %d, -1L < 1u: %d, (unsigned char)-1 < 1: %d\n"
	.align 8
.LC8:
	.string	"short mul promotes: %d, add_shorts wrap: %d\n"
	.section	.rodata.str1.1
.LC9:
	.string	"add_uchars: %u %u\n"
.LC10:
	.string	"bool: %d %d %d\n"
	.section	.rodata.str1.8
	.align 8
.LC11:
	.string	"sc=%d as uint=%u as ulong=%lu as ushort=%u\n"
	.section	.rodata.str1.1
.LC12:
	.string	"total=%ld utotal=%lu\n"
.LC19:
	.string	"mix=%d\n"
.LC20:
	.string	"acc64=%lld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB23:
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
	leaq	.LC0(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	xorl	%ebp, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$72, %rsp
	.cfi_def_cfa_offset 128
	movl	vseed(%rip), %ebx
.L15:
	movl	%ebp, %ecx
	movl	%ebx, %esi
	addl	$8, %ebp
	sarl	%cl, %esi
	movzwl	%si, %edi
	call	widen_us
	movswl	%si, %edi
	movq	%rax, %r9
	call	widen_ss
	movzbl	%sil, %edi
	movq	%rax, %r8
	call	widen_uc
	movsbl	%sil, %edi
	movq	%rax, %rcx
	call	widen_sc
	movq	%r12, %rdi
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
	cmpl	$32, %ebp
	jne	.L15
	movl	%ebx, %esi
	leaq	59(%rsp), %r15
	leaq	64(%rsp), %r14
	negl	%esi
	leaq	.LC11(%rip), %r13
	movl	%esi, %edi
	movl	%esi, %r8d
	call	widen_ui
	movq	%rax, %rcx
	call	widen_si
	leaq	.LC1(%rip), %rdi
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
	movq	vlong(%rip), %rbp
	movq	%rbp, %rdi
	call	narrow_si
	movl	%eax, %ecx
	call	narrow_us
	movzwl	%ax, %edx
	call	narrow_sc
	leaq	.LC2(%rip), %rdi
	movsbl	%al, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movq	%rbp, %rdi
	negq	%rdi
	call	narrow_si
	movl	$70000, %edi
	subq	%rbp, %rdi
	movl	%eax, %ecx
	call	narrow_us
	movl	$200, %edi
	subq	%rbp, %rdi
	movzwl	%ax, %edx
	call	narrow_sc
	leaq	.LC3(%rip), %rdi
	movsbl	%al, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$-3, %ecx
	xorl	%eax, %eax
	movl	$1, %edx
	movl	$-1, %esi
	leaq	.LC4(%rip), %rdi
	call	printf@PLT
	movl	$4, %edx
	xorl	%esi, %esi
	xorl	%eax, %eax
	leaq	.LC5(%rip), %rdi
	call	printf@PLT
	movq	$-5, %rsi
	leaq	.LC6(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	xorl	%ecx, %ecx
	xorl	%esi, %esi
	movl	vseed(%rip), %eax
	movl	$1, %edx
	movl	vseed(%rip), %eax
	xorl	%eax, %eax
	leaq	.LC7(%rip), %rdi
	call	printf@PLT
	movl	$4000, %esi
	movl	$30000, %edi
	call	add_shorts
	movl	$-60000, %esi
	leaq	.LC8(%rip), %rdi
	movswl	%ax, %edx
	xorl	%eax, %eax
	call	printf@PLT
	movl	$2, %esi
	movl	$1, %edi
	call	add_uchars
	movl	$100, %esi
	xorl	%r12d, %r12d
	xorl	%ebp, %ebp
	movl	$200, %edi
	movzbl	%al, %edx
	call	add_uchars
	leaq	.LC9(%rip), %rdi
	movzbl	%al, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movabsq	$1099511627776, %rdi
	call	to_bool
	movq	vlong(%rip), %rdi
	movzbl	%al, %ecx
	call	to_bool
	xorl	%edi, %edi
	movzbl	%al, %edx
	call	to_bool
	leaq	.LC10(%rip), %rdi
	movzbl	%al, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$16842624, 59(%rsp)
	movb	$127, 63(%rsp)
	.p2align 4,,10
	.p2align 3
.L16:
	movsbq	(%r15), %rcx
	movq	%r13, %rdi
	addq	$1, %r15
	movzbl	%cl, %eax
	movsbw	%cl, %r8w
	movq	%rcx, %rsi
	movl	%ecx, %edx
	addq	%rax, %r12
	movzwl	%r8w, %r8d
	xorl	%eax, %eax
	addq	%rcx, %rbp
	call	printf@PLT
	cmpq	%r15, %r14
	jne	.L16
	movq	%r12, %rdx
	movq	%rbp, %rsi
	leaq	.LC12(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movd	%ebx, %xmm0
	xorl	%eax, %eax
	movdqa	.LC13(%rip), %xmm2
	movdqa	.LC14(%rip), %xmm3
	punpcklwd	%xmm0, %xmm0
	pxor	%xmm7, %xmm7
	movdqa	.LC15(%rip), %xmm1
	pshufd	$0, %xmm0, %xmm0
	movdqa	%xmm7, %xmm5
	movdqa	.LC16(%rip), %xmm4
	movdqa	.LC18(%rip), %xmm13
	pmullw	%xmm0, %xmm2
	pmullw	%xmm0, %xmm3
	leaq	.LC19(%rip), %rdi
	pmullw	%xmm0, %xmm4
	pmullw	.LC17(%rip), %xmm0
	movaps	%xmm0, (%rsp)
	movdqa	%xmm0, %xmm9
	psrlw	$3, %xmm3
	psrlw	$3, %xmm2
	pand	%xmm1, %xmm2
	pand	%xmm3, %xmm1
	movdqa	%xmm4, %xmm11
	movaps	%xmm4, 16(%rsp)
	packuswb	%xmm1, %xmm2
	pcmpgtb	%xmm2, %xmm5
	movdqa	%xmm2, %xmm3
	movdqa	%xmm2, %xmm1
	movaps	%xmm2, 32(%rsp)
	punpcklbw	%xmm5, %xmm3
	punpckhbw	%xmm5, %xmm1
	pmullw	%xmm3, %xmm11
	pmulhw	%xmm4, %xmm3
	pmullw	%xmm1, %xmm9
	pmulhw	%xmm0, %xmm1
	movdqa	%xmm11, %xmm12
	punpckhwd	%xmm3, %xmm11
	punpcklwd	%xmm3, %xmm12
	pxor	%xmm3, %xmm3
	movdqa	%xmm9, %xmm10
	movdqa	%xmm3, %xmm6
	movdqa	%xmm3, %xmm8
	punpcklwd	%xmm1, %xmm10
	pcmpgtd	%xmm12, %xmm6
	pcmpgtd	%xmm11, %xmm8
	movdqa	%xmm3, %xmm5
	punpckhwd	%xmm1, %xmm9
	pcmpgtd	%xmm10, %xmm5
	movdqa	%xmm3, %xmm1
	pcmpgtd	%xmm9, %xmm1
	pand	%xmm13, %xmm6
	pand	%xmm13, %xmm8
	pand	%xmm13, %xmm5
	paddd	%xmm12, %xmm6
	paddd	%xmm11, %xmm8
	pand	%xmm13, %xmm1
	psrad	$6, %xmm8
	paddd	%xmm10, %xmm5
	psrad	$6, %xmm6
	psrad	$6, %xmm5
	paddd	%xmm9, %xmm1
	paddd	%xmm8, %xmm6
	psrad	$6, %xmm1
	paddd	%xmm6, %xmm5
	paddd	%xmm5, %xmm1
	movdqa	%xmm1, %xmm5
	psrldq	$8, %xmm5
	paddd	%xmm5, %xmm1
	movdqa	%xmm1, %xmm5
	psrldq	$4, %xmm5
	paddd	%xmm5, %xmm1
	movd	%xmm1, %esi
	call	printf@PLT
	pxor	%xmm8, %xmm8
	pxor	%xmm3, %xmm3
	xorl	%eax, %eax
	movdqa	16(%rsp), %xmm4
	movdqa	32(%rsp), %xmm2
	pxor	%xmm7, %xmm7
	movdqa	%xmm3, %xmm10
	movdqa	(%rsp), %xmm0
	leaq	.LC20(%rip), %rdi
	movdqa	%xmm4, %xmm5
	punpckhwd	%xmm8, %xmm4
	punpcklwd	%xmm8, %xmm5
	movdqa	%xmm4, %xmm1
	movdqa	%xmm2, %xmm4
	pslld	$16, %xmm5
	punpcklbw	%xmm7, %xmm4
	punpckhbw	%xmm7, %xmm2
	pcmpgtd	%xmm5, %xmm10
	movdqa	%xmm4, %xmm9
	movdqa	%xmm0, %xmm6
	punpcklwd	%xmm8, %xmm9
	movdqa	%xmm2, %xmm7
	punpckhwd	%xmm8, %xmm4
	punpcklwd	%xmm8, %xmm7
	punpckhwd	%xmm8, %xmm2
	punpcklwd	%xmm8, %xmm6
	punpckhwd	%xmm8, %xmm0
	movdqa	%xmm9, %xmm11
	movdqa	%xmm5, %xmm8
	punpckldq	%xmm3, %xmm9
	punpckldq	%xmm10, %xmm5
	punpckhdq	%xmm3, %xmm11
	pslld	$16, %xmm1
	paddq	%xmm9, %xmm5
	movdqa	%xmm3, %xmm9
	pcmpgtd	%xmm1, %xmm9
	pslld	$16, %xmm6
	punpckhdq	%xmm10, %xmm8
	paddq	%xmm11, %xmm8
	pslld	$16, %xmm0
	movdqa	%xmm4, %xmm10
	paddq	%xmm5, %xmm8
	movdqa	%xmm1, %xmm5
	punpckldq	%xmm3, %xmm10
	punpckldq	%xmm9, %xmm5
	paddq	%xmm10, %xmm5
	paddq	%xmm8, %xmm5
	movdqa	%xmm4, %xmm8
	movdqa	%xmm1, %xmm4
	punpckhdq	%xmm3, %xmm8
	punpckhdq	%xmm9, %xmm4
	movdqa	%xmm6, %xmm1
	paddq	%xmm8, %xmm4
	movdqa	%xmm7, %xmm8
	punpckhdq	%xmm3, %xmm7
	paddq	%xmm5, %xmm4
	movdqa	%xmm3, %xmm5
	punpckldq	%xmm3, %xmm8
	pcmpgtd	%xmm6, %xmm5
	punpckldq	%xmm5, %xmm1
	punpckhdq	%xmm5, %xmm6
	movdqa	%xmm3, %xmm5
	paddq	%xmm8, %xmm1
	pcmpgtd	%xmm0, %xmm5
	paddq	%xmm1, %xmm4
	movdqa	%xmm6, %xmm1
	movdqa	%xmm2, %xmm6
	paddq	%xmm7, %xmm1
	punpckldq	%xmm3, %xmm6
	punpckhdq	%xmm3, %xmm2
	paddq	%xmm4, %xmm1
	movdqa	%xmm0, %xmm4
	punpckhdq	%xmm5, %xmm0
	punpckldq	%xmm5, %xmm4
	paddq	%xmm2, %xmm0
	paddq	%xmm6, %xmm4
	paddq	%xmm4, %xmm1
	paddq	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	psrldq	$8, %xmm1
	paddq	%xmm1, %xmm0
	movq	%xmm0, %rsi
	call	printf@PLT
	addq	$72, %rsp
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
.LFE23:
	.size	main, .-main
	.globl	vlong
	.data
	.align 8
	.type	vlong, @object
	.size	vlong, 8
vlong:
	.quad	-5000000000
	.globl	vseed
	.align 4
	.type	vseed, @object
	.size	vseed, 4
vseed:
	.long	305419911
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC13:
	.value	1
	.value	2
	.value	3
	.value	4
	.value	5
	.value	6
	.value	7
	.value	8
	.align 16
.LC14:
	.value	9
	.value	10
	.value	11
	.value	12
	.value	13
	.value	14
	.value	15
	.value	16
	.align 16
.LC15:
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.align 16
.LC16:
	.value	3
	.value	4
	.value	5
	.value	6
	.value	7
	.value	8
	.value	9
	.value	10
	.align 16
.LC17:
	.value	11
	.value	12
	.value	13
	.value	14
	.value	15
	.value	16
	.value	17
	.value	18
	.align 16
.LC18:
	.long	63
	.long	63
	.long	63
	.long	63
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
