	.file	"func.c"
	.text
	.p2align 4
	.type	md5_block, @function
md5_block:
.LFB1:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r11
	movl	$1, %r9d
	movl	$7, %ecx
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	subq	$264, %rsp
	.cfi_def_cfa_offset 296
	movdqa	.LC0(%rip), %xmm0
	leaq	8(%rsp), %rbx
	movaps	%xmm0, 8(%rsp)
	movdqa	.LC1(%rip), %xmm0
	movaps	%xmm0, 24(%rsp)
	movdqa	.LC2(%rip), %xmm0
	movaps	%xmm0, 40(%rsp)
	movdqa	.LC3(%rip), %xmm0
	movaps	%xmm0, 56(%rsp)
	movdqa	.LC4(%rip), %xmm0
	movaps	%xmm0, 72(%rsp)
	movdqa	.LC5(%rip), %xmm0
	movaps	%xmm0, 88(%rsp)
	movdqa	.LC6(%rip), %xmm0
	movaps	%xmm0, 104(%rsp)
	movdqa	.LC7(%rip), %xmm0
	movaps	%xmm0, 120(%rsp)
	movdqa	.LC8(%rip), %xmm0
	movaps	%xmm0, 136(%rsp)
	movdqa	.LC9(%rip), %xmm0
	movaps	%xmm0, 152(%rsp)
	movdqa	.LC10(%rip), %xmm0
	movaps	%xmm0, 168(%rsp)
	movdqa	.LC11(%rip), %xmm0
	movaps	%xmm0, 184(%rsp)
	movdqa	.LC12(%rip), %xmm0
	movaps	%xmm0, 200(%rsp)
	movdqa	.LC13(%rip), %xmm0
	movaps	%xmm0, 216(%rsp)
	movdqa	.LC14(%rip), %xmm0
	movdqa	.LC20(%rip), %xmm2
	movdqu	16(%rsi), %xmm6
	movdqu	32(%rsi), %xmm5
	movdqa	%xmm2, %xmm1
	movdqa	%xmm2, %xmm7
	movdqu	(%rdi), %xmm3
	movl	8(%r11), %r10d
	movaps	%xmm0, 232(%rsp)
	movdqu	48(%rsi), %xmm4
	pand	%xmm6, %xmm7
	movl	4(%rdi), %edi
	movdqa	.LC15(%rip), %xmm0
	psrlw	$8, %xmm6
	movl	12(%r11), %r8d
	movd	%xmm3, %ebp
	movaps	%xmm0, 248(%rsp)
	movdqa	.LC16(%rip), %xmm0
	movaps	%xmm0, -120(%rsp)
	movdqa	.LC17(%rip), %xmm0
	movaps	%xmm0, -104(%rsp)
	movdqa	.LC18(%rip), %xmm0
	movaps	%xmm0, -88(%rsp)
	movdqa	.LC19(%rip), %xmm0
	movaps	%xmm0, -72(%rsp)
	movdqu	(%rsi), %xmm0
	xorl	%esi, %esi
	pand	%xmm0, %xmm1
	psrlw	$8, %xmm0
	packuswb	%xmm7, %xmm1
	packuswb	%xmm6, %xmm0
	movdqa	%xmm2, %xmm7
	movdqa	%xmm2, %xmm6
	pand	%xmm4, %xmm7
	pand	%xmm5, %xmm6
	psrlw	$8, %xmm4
	psrlw	$8, %xmm5
	packuswb	%xmm7, %xmm6
	movdqa	%xmm2, %xmm7
	packuswb	%xmm4, %xmm5
	movdqa	%xmm2, %xmm4
	pand	%xmm6, %xmm7
	pand	%xmm1, %xmm4
	psrlw	$8, %xmm6
	psrlw	$8, %xmm1
	packuswb	%xmm7, %xmm4
	packuswb	%xmm6, %xmm1
	movdqa	%xmm2, %xmm6
	pand	%xmm5, %xmm2
	pand	%xmm0, %xmm6
	psrlw	$8, %xmm5
	movdqa	%xmm4, %xmm9
	psrlw	$8, %xmm0
	packuswb	%xmm2, %xmm6
	movdqa	%xmm1, %xmm2
	packuswb	%xmm5, %xmm0
	pxor	%xmm5, %xmm5
	movdqa	%xmm6, %xmm10
	movdqa	%xmm0, %xmm7
	punpcklbw	%xmm5, %xmm9
	punpckhbw	%xmm5, %xmm4
	punpcklbw	%xmm5, %xmm7
	punpcklbw	%xmm5, %xmm2
	punpckhbw	%xmm5, %xmm1
	punpckhbw	%xmm5, %xmm0
	punpcklbw	%xmm5, %xmm10
	punpckhbw	%xmm5, %xmm6
	movdqa	%xmm7, %xmm8
	pxor	%xmm5, %xmm5
	movdqa	%xmm9, %xmm11
	punpcklwd	%xmm5, %xmm8
	punpcklwd	%xmm5, %xmm11
	punpckhwd	%xmm5, %xmm7
	pslld	$24, %xmm8
	psllw	$8, %xmm10
	punpckhwd	%xmm5, %xmm9
	por	%xmm11, %xmm8
	movdqa	%xmm2, %xmm11
	punpckhwd	%xmm5, %xmm2
	movdqa	%xmm10, %xmm12
	pslld	$16, %xmm2
	punpckhwd	%xmm5, %xmm10
	pslld	$24, %xmm7
	por	%xmm10, %xmm2
	punpcklwd	%xmm5, %xmm11
	por	%xmm9, %xmm7
	pslld	$16, %xmm11
	punpcklwd	%xmm5, %xmm12
	por	%xmm7, %xmm2
	movdqa	%xmm4, %xmm7
	por	%xmm12, %xmm11
	movaps	%xmm2, -40(%rsp)
	movdqa	%xmm0, %xmm2
	punpcklwd	%xmm5, %xmm7
	por	%xmm11, %xmm8
	punpcklwd	%xmm5, %xmm2
	psllw	$8, %xmm6
	movaps	%xmm8, -56(%rsp)
	punpckhwd	%xmm5, %xmm0
	pslld	$24, %xmm2
	movdqa	%xmm6, %xmm8
	punpckhwd	%xmm5, %xmm4
	por	%xmm7, %xmm2
	movdqa	%xmm1, %xmm7
	punpckhwd	%xmm5, %xmm1
	punpcklwd	%xmm5, %xmm7
	punpcklwd	%xmm5, %xmm8
	punpckhwd	%xmm5, %xmm6
	pslld	$16, %xmm7
	pslld	$24, %xmm0
	pslld	$16, %xmm1
	por	%xmm8, %xmm7
	por	%xmm4, %xmm0
	por	%xmm6, %xmm1
	por	%xmm7, %xmm2
	por	%xmm1, %xmm0
	movaps	%xmm2, -24(%rsp)
	movaps	%xmm0, -8(%rsp)
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L10:
	movl	%r8d, %eax
	xorl	%r10d, %eax
	andl	%edi, %eax
	xorl	%r8d, %eax
.L3:
	movslq	%r12d, %r12
	addl	(%rbx,%rsi,4), %eax
	addl	$5, %r9d
	addl	$1, %edx
	addl	-56(%rsp,%r12,4), %eax
	addq	$1, %rsi
	addl	%ebp, %eax
	roll	%cl, %eax
	addl	%edi, %eax
	cmpl	$321, %r9d
	je	.L6
	movl	%edx, %ecx
	andl	$3, %edx
	movl	%r8d, %ebp
	movl	%r10d, %r8d
	sarl	$4, %ecx
	movl	%edi, %r10d
	movl	%eax, %edi
	leal	(%rdx,%rcx,4), %edx
	movslq	%edx, %rdx
	movl	-120(%rsp,%rdx,4), %ecx
.L7:
	movl	%esi, %eax
	movl	%esi, %edx
	movl	%esi, %r12d
	sarl	$4, %eax
	je	.L10
	cmpl	$1, %eax
	je	.L11
	cmpl	$2, %eax
	movl	%r8d, %eax
	je	.L12
	notl	%eax
	leal	0(,%rsi,8), %r12d
	orl	%edi, %eax
	subl	%esi, %r12d
	xorl	%r10d, %eax
	andl	$15, %r12d
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L11:
	movl	%r10d, %eax
	movl	%r9d, %r12d
	xorl	%edi, %eax
	andl	$15, %r12d
	andl	%r8d, %eax
	xorl	%r10d, %eax
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L12:
	xorl	%r10d, %eax
	leal	5(%rsi,%rsi,2), %r12d
	xorl	%edi, %eax
	andl	$15, %r12d
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L6:
	movd	%r10d, %xmm4
	movd	%edi, %xmm1
	movd	%r8d, %xmm0
	punpckldq	%xmm4, %xmm1
	movd	%eax, %xmm4
	punpckldq	%xmm4, %xmm0
	punpcklqdq	%xmm1, %xmm0
	paddd	%xmm3, %xmm0
	movups	%xmm0, (%r11)
	addq	$264, %rsp
	.cfi_def_cfa_offset 32
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE1:
	.size	md5_block, .-md5_block
	.p2align 4
	.globl	string_to_md5
	.type	string_to_md5, @function
string_to_md5:
.LFB2:
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
	subq	$184, %rsp
	.cfi_def_cfa_offset 240
	movdqa	.LC22(%rip), %xmm0
	cmpb	$0, (%rdi)
	movb	$0, 32(%rsp)
	movaps	%xmm0, 16(%rsp)
	movdqa	.LC21(%rip), %xmm0
	movaps	%xmm0, (%rsp)
	je	.L24
	movq	%rdi, %r13
	leaq	1(%rdi), %rdi
	movq	%rsi, %rbx
	movq	%rsp, %r12
	call	strlen@PLT
	movq	%r13, %r14
	leaq	1(%rax), %rbp
	movl	%ebp, %r15d
	cmpq	$63, %rbp
	jbe	.L16
	.p2align 4,,10
	.p2align 3
.L15:
	movq	%r14, %rsi
	movq	%r12, %rdi
	addq	$64, %r14
	call	md5_block
	movq	%r14, %rax
	movq	%rbp, %rdx
	subq	%r13, %rax
	subq	%rax, %rdx
	cmpq	$63, %rdx
	ja	.L15
	movl	%ebp, %r15d
	subl	%eax, %r15d
	testl	%r15d, %r15d
	jle	.L17
.L16:
	testl	%r15d, %r15d
	movl	%r15d, %edx
	movl	$1, %eax
	movq	%r14, %rsi
	cmovle	%rax, %rdx
	leaq	48(%rsp), %r13
	movq	%r13, %rdi
	call	memcpy@PLT
	leal	1(%r15), %edx
	movslq	%r15d, %r15
	movl	%edx, %eax
	movb	$-128, 48(%rsp,%r15)
	andl	$63, %eax
	cmpl	$56, %eax
	je	.L19
.L18:
	leal	1(%rdx), %eax
	leaq	47(%rsp), %rsi
	cltq
	.p2align 4,,10
	.p2align 3
.L20:
	movl	%eax, %edx
	movb	$0, (%rsi,%rax)
	addq	$1, %rax
	movl	%edx, %ecx
	andl	$-2147483585, %ecx
	cmpl	$56, %ecx
	jne	.L20
.L19:
	movslq	%edx, %rax
	salq	$3, %rbp
	xorl	%ecx, %ecx
	addq	%r13, %rax
	.p2align 4,,10
	.p2align 3
.L21:
	movq	%rbp, %rsi
	addq	$1, %rax
	shrq	%cl, %rsi
	addl	$8, %ecx
	movb	%sil, -1(%rax)
	cmpl	$64, %ecx
	jne	.L21
	leal	8(%rdx), %ebp
	movq	%r13, %r14
	.p2align 4,,10
	.p2align 3
.L22:
	movq	%r14, %rsi
	movq	%r12, %rdi
	addq	$64, %r14
	call	md5_block
	movl	%r14d, %eax
	subl	%r13d, %eax
	cmpl	%ebp, %eax
	jl	.L22
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L23:
	movl	%edx, %eax
	movl	%edx, %ecx
	sarl	$2, %eax
	andl	$3, %ecx
	cltq
	sall	$3, %ecx
	movl	(%rsp,%rax,4), %eax
	shrl	%cl, %eax
	xorl	%ecx, %ecx
	movl	%eax, %esi
	andl	$15, %eax
	shrl	$4, %esi
	andl	$15, %esi
	movb	16(%rsp,%rsi), %cl
	movb	16(%rsp,%rax), %ch
	movw	%cx, (%rbx,%rdx,2)
	addq	$1, %rdx
	cmpq	$16, %rdx
	jne	.L23
	movb	$0, 32(%rbx)
	movl	$1, %eax
.L13:
	addq	$184, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
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
.L24:
	.cfi_restore_state
	xorl	%eax, %eax
	jmp	.L13
.L17:
	leal	1(%r15), %edx
	movslq	%r15d, %r15
	leaq	48(%rsp), %r13
	movb	$-128, 48(%rsp,%r15)
	jmp	.L18
	.cfi_endproc
.LFE2:
	.size	string_to_md5, .-string_to_md5
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	-680876936
	.long	-389564586
	.long	606105819
	.long	-1044525330
	.align 16
.LC1:
	.long	-176418897
	.long	1200080426
	.long	-1473231341
	.long	-45705983
	.align 16
.LC2:
	.long	1770035416
	.long	-1958414417
	.long	-42063
	.long	-1990404162
	.align 16
.LC3:
	.long	1804603682
	.long	-40341101
	.long	-1502002290
	.long	1236535329
	.align 16
.LC4:
	.long	-165796510
	.long	-1069501632
	.long	643717713
	.long	-373897302
	.align 16
.LC5:
	.long	-701558691
	.long	38016083
	.long	-660478335
	.long	-405537848
	.align 16
.LC6:
	.long	568446438
	.long	-1019803690
	.long	-187363961
	.long	1163531501
	.align 16
.LC7:
	.long	-1444681467
	.long	-51403784
	.long	1735328473
	.long	-1926607734
	.align 16
.LC8:
	.long	-378558
	.long	-2022574463
	.long	1839030562
	.long	-35309556
	.align 16
.LC9:
	.long	-1530992060
	.long	1272893353
	.long	-155497632
	.long	-1094730640
	.align 16
.LC10:
	.long	681279174
	.long	-358537222
	.long	-722521979
	.long	76029189
	.align 16
.LC11:
	.long	-640364487
	.long	-421815835
	.long	530742520
	.long	-995338651
	.align 16
.LC12:
	.long	-198630844
	.long	1126891415
	.long	-1416354905
	.long	-57434055
	.align 16
.LC13:
	.long	1700485571
	.long	-1894986606
	.long	-1051523
	.long	-2054922799
	.align 16
.LC14:
	.long	1873313359
	.long	-30611744
	.long	-1560198380
	.long	1309151649
	.align 16
.LC15:
	.long	-145523070
	.long	-1120210379
	.long	718787259
	.long	-343485551
	.align 16
.LC16:
	.long	7
	.long	12
	.long	17
	.long	22
	.align 16
.LC17:
	.long	5
	.long	9
	.long	14
	.long	20
	.align 16
.LC18:
	.long	4
	.long	11
	.long	16
	.long	23
	.align 16
.LC19:
	.long	6
	.long	10
	.long	15
	.long	21
	.align 16
.LC20:
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.value	255
	.align 16
.LC21:
	.long	1732584193
	.long	-271733879
	.long	-1732584194
	.long	271733878
	.align 16
.LC22:
	.quad	3978425819141910832
	.quad	7378413942531504440
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
