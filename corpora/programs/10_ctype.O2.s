	.file	"10_ctype.c"
	.text
	.p2align 4
	.globl	caesar
	.type	caesar, @function
caesar:
.LFB13:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movzbl	(%rdi), %ebx
	testb	%bl, %bl
	je	.L1
	movq	%rdi, %rbp
	movl	%esi, %r12d
	call	__ctype_b_loc@PLT
	movq	%rax, %rcx
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L15:
	leal	-65(%r12,%rbx), %edx
	movslq	%edx, %rax
	movl	%edx, %esi
	imulq	$1321528399, %rax, %rax
	sarl	$31, %esi
	sarq	$35, %rax
	subl	%esi, %eax
	imull	$26, %eax, %eax
	subl	%eax, %edx
	addl	$65, %edx
	movb	%dl, 0(%rbp)
.L4:
	movzbl	1(%rbp), %ebx
	addq	$1, %rbp
	testb	%bl, %bl
	je	.L1
.L5:
	movq	(%rcx), %rdx
	movzbl	%bl, %eax
	movzwl	(%rdx,%rax,2), %eax
	testb	$1, %ah
	jne	.L15
	testb	$2, %ah
	je	.L4
	leal	-97(%r12,%rbx), %edx
	addq	$1, %rbp
	movslq	%edx, %rax
	movl	%edx, %esi
	imulq	$1321528399, %rax, %rax
	sarl	$31, %esi
	sarq	$35, %rax
	subl	%esi, %eax
	imull	$26, %eax, %eax
	subl	%eax, %edx
	addl	$97, %edx
	movb	%dl, -1(%rbp)
	movzbl	0(%rbp), %ebx
	testb	%bl, %bl
	jne	.L5
.L1:
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE13:
	.size	caesar, .-caesar
	.p2align 4
	.globl	word_count
	.type	word_count, @function
word_count:
.LFB14:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	movzbl	(%rdi), %ebx
	testb	%bl, %bl
	je	.L20
	movq	%rdi, %rbp
	call	__ctype_b_loc@PLT
	xorl	%ecx, %ecx
	movq	(%rax), %rdx
	xorl	%eax, %eax
	jmp	.L19
	.p2align 4,,10
	.p2align 3
.L24:
	testl	%eax, %eax
	jne	.L18
	addl	$1, %ecx
	movl	$1, %eax
.L18:
	movzbl	1(%rbp), %ebx
	addq	$1, %rbp
	testb	%bl, %bl
	je	.L16
.L19:
	testb	$8, (%rdx,%rbx,2)
	jne	.L24
	movzbl	1(%rbp), %ebx
	addq	$1, %rbp
	xorl	%eax, %eax
	testb	%bl, %bl
	jne	.L19
.L16:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movl	%ecx, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L20:
	.cfi_restore_state
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	xorl	%ecx, %ecx
	movl	%ecx, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE14:
	.size	word_count, .-word_count
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"  7f3A zz"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"alpha=%d digit=%d space=%d punct=%d upper=%d lower=%d xdigit=%d alnum=%d cntrl=%d\n"
	.section	.rodata.str1.1
.LC2:
	.string	"upper: %s\n"
.LC3:
	.string	"lower: %s\n"
.LC4:
	.string	"caesar: %s\n"
.LC5:
	.string	"roundtrip ok: %d\n"
.LC6:
	.string	"words: %d\n"
.LC7:
	.string	"class map 32..126:"
.LC10:
	.string	"isprint=%d isgraph=%d\n"
.LC11:
	.string	"hex value: %ld\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB15:
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
	leaq	text(%rip), %r13
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	xorl	%r12d, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	xorl	%ebx, %ebx
	subq	$104, %rsp
	.cfi_def_cfa_offset 160
	call	__ctype_b_loc@PLT
	xorl	%esi, %esi
	xorl	%r10d, %r10d
	xorl	%r9d, %r9d
	movq	(%rax), %r14
	movq	%rax, %rbp
	xorl	%r8d, %r8d
	xorl	%ecx, %ecx
	xorl	%edi, %edi
	xorl	%r11d, %r11d
	movq	%r13, %rdx
	movl	$72, %eax
	.p2align 4,,10
	.p2align 3
.L26:
	movzwl	(%r14,%rax,2), %eax
	addq	$1, %rdx
	movl	%eax, %r15d
	shrw	$10, %r15w
	andl	$1, %r15d
	addl	%r15d, %esi
	movl	%eax, %r15d
	shrw	$11, %r15w
	andl	$1, %r15d
	addl	%r15d, %edi
	movl	%eax, %r15d
	shrw	$13, %r15w
	andl	$1, %r15d
	addl	%r15d, %ecx
	movl	%eax, %r15d
	shrw	$2, %r15w
	andl	$1, %r15d
	addl	%r15d, %r8d
	movl	%eax, %r15d
	shrw	$8, %r15w
	andl	$1, %r15d
	addl	%r15d, %r9d
	movl	%eax, %r15d
	shrw	$9, %r15w
	andl	$1, %r15d
	addl	%r15d, %r10d
	movl	%eax, %r15d
	shrw	$12, %r15w
	andl	$1, %r15d
	addl	%r15d, %r11d
	movl	%eax, %r15d
	shrw	%ax
	andl	$1, %eax
	shrw	$3, %r15w
	addl	%eax, %r12d
	movzbl	(%rdx), %eax
	andl	$1, %r15d
	addl	%r15d, %ebx
	testb	%al, %al
	jne	.L26
	pushq	%r12
	.cfi_def_cfa_offset 168
	movl	%edi, %edx
	leaq	.LC1(%rip), %rdi
	pushq	%rbx
	.cfi_def_cfa_offset 176
	pushq	%r11
	.cfi_def_cfa_offset 184
	pushq	%r10
	.cfi_def_cfa_offset 192
	call	printf@PLT
	addq	$32, %rsp
	.cfi_def_cfa_offset 160
	call	__ctype_toupper_loc@PLT
	movq	%rsp, %rbx
	movq	(%rax), %rcx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L27:
	movzbl	0(%r13,%rax), %edx
	movl	(%rcx,%rdx,4), %edx
	movb	%dl, (%rbx,%rax)
	addq	$1, %rax
	cmpq	$92, %rax
	jne	.L27
	movq	%rbx, %rsi
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	call	__ctype_tolower_loc@PLT
	movq	(%rax), %rcx
	movq	%rax, %r12
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L28:
	movzbl	0(%r13,%rax), %edx
	movl	(%rcx,%rdx,4), %edx
	movb	%dl, (%rbx,%rax)
	addq	$1, %rax
	cmpq	$92, %rax
	jne	.L28
	movq	%rbx, %rsi
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movdqa	text(%rip), %xmm7
	movl	shift(%rip), %esi
	movq	%rbx, %rdi
	movaps	%xmm7, (%rsp)
	movdqa	16+text(%rip), %xmm7
	movaps	%xmm7, 16(%rsp)
	movdqa	32+text(%rip), %xmm7
	movaps	%xmm7, 32(%rsp)
	movdqa	48+text(%rip), %xmm7
	movaps	%xmm7, 48(%rsp)
	movdqa	64+text(%rip), %xmm7
	movaps	%xmm7, 64(%rsp)
	movdqu	76+text(%rip), %xmm7
	movups	%xmm7, 76(%rsp)
	call	caesar
	movq	%rbx, %rsi
	leaq	.LC4(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	shift(%rip), %eax
	movl	$26, %esi
	movq	%rbx, %rdi
	subl	%eax, %esi
	call	caesar
	movq	%rbx, %rdi
	movq	%r13, %rsi
	call	strcmp@PLT
	xorl	%esi, %esi
	leaq	.LC5(%rip), %rdi
	testl	%eax, %eax
	sete	%sil
	xorl	%eax, %eax
	xorl	%ebx, %ebx
	call	printf@PLT
	movq	%r13, %rdi
	call	word_count
	leaq	.LC6(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	leaq	.LC7(%rip), %rdi
	call	puts@PLT
	jmp	.L31
	.p2align 4,,10
	.p2align 3
.L30:
	addq	$1, %rbx
	cmpq	$95, %rbx
	je	.L52
.L31:
	movq	0(%rbp), %rax
	movl	$100, %edi
	movzwl	64(%rax,%rbx,2), %eax
	testb	$8, %ah
	jne	.L29
	movl	$85, %edi
	testb	$1, %ah
	jne	.L29
	movl	$108, %edi
	testb	$2, %ah
	jne	.L29
	movl	$115, %edi
	testb	$32, %ah
	jne	.L29
	andl	$4, %eax
	cmpw	$1, %ax
	sbbl	%edi, %edi
	andl	$-49, %edi
	addl	$112, %edi
	.p2align 4,,10
	.p2align 3
.L29:
	movq	stdout(%rip), %rsi
	call	putc@PLT
	leal	1(%rbx), %eax
	testb	$31, %al
	jne	.L30
	movq	stdout(%rip), %rsi
	movl	$10, %edi
	addq	$1, %rbx
	call	putc@PLT
	cmpq	$95, %rbx
	jne	.L31
.L52:
	movq	stdout(%rip), %rsi
	movl	$10, %edi
	call	putc@PLT
	movq	0(%rbp), %rax
	pxor	%xmm3, %xmm3
	movdqa	.LC8(%rip), %xmm6
	movdqa	.LC9(%rip), %xmm5
	movdqa	%xmm3, %xmm2
	pxor	%xmm1, %xmm1
	leaq	256(%rax), %rdx
	.p2align 4,,10
	.p2align 3
.L32:
	movdqu	(%rax), %xmm0
	addq	$16, %rax
	pand	%xmm6, %xmm0
	pcmpeqw	%xmm1, %xmm0
	pandn	%xmm5, %xmm0
	movdqa	%xmm0, %xmm4
	punpckhwd	%xmm1, %xmm0
	punpcklwd	%xmm1, %xmm4
	paddd	%xmm4, %xmm2
	paddd	%xmm0, %xmm2
	movdqu	-16(%rax), %xmm0
	psrlw	$15, %xmm0
	movdqa	%xmm0, %xmm4
	punpckhwd	%xmm1, %xmm0
	punpcklwd	%xmm1, %xmm4
	paddd	%xmm4, %xmm3
	paddd	%xmm0, %xmm3
	cmpq	%rax, %rdx
	jne	.L32
	movdqa	%xmm3, %xmm0
	leaq	.LC10(%rip), %rdi
	xorl	%eax, %eax
	psrldq	$8, %xmm0
	paddd	%xmm0, %xmm3
	movdqa	%xmm2, %xmm0
	psrldq	$8, %xmm0
	paddd	%xmm0, %xmm2
	movdqa	%xmm3, %xmm0
	psrldq	$4, %xmm0
	paddd	%xmm0, %xmm3
	movdqa	%xmm2, %xmm0
	psrldq	$4, %xmm0
	movd	%xmm3, %edx
	paddd	%xmm0, %xmm2
	movd	%xmm2, %esi
	call	printf@PLT
	movq	0(%rbp), %r8
	movl	$32, %eax
	xorl	%esi, %esi
	leaq	.LC0(%rip), %rdx
	jmp	.L36
	.p2align 4,,10
	.p2align 3
.L54:
	subl	$48, %eax
	cltq
.L35:
	addq	%rax, %rsi
.L33:
	movzbl	1(%rdx), %eax
	addq	$1, %rdx
	testb	%al, %al
	je	.L53
.L36:
	movzbl	%al, %edi
	movzwl	(%r8,%rdi,2), %ecx
	testb	$16, %ch
	je	.L33
	salq	$4, %rsi
	andb	$8, %ch
	jne	.L54
	movq	(%r12), %rax
	movl	(%rax,%rdi,4), %eax
	subl	$87, %eax
	cltq
	jmp	.L35
.L53:
	leaq	.LC11(%rip), %rdi
	call	printf@PLT
	addq	$104, %rsp
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
.LFE15:
	.size	main, .-main
	.section	.rodata
	.align 32
	.type	text, @object
	.size	text, 92
text:
	.string	"Hello, World! 123 Testing: tabs\tand\nnewlines; Hex 0xBEEF, under_score & ~tilde {braces} 42."
	.globl	shift
	.data
	.align 4
	.type	shift, @object
	.size	shift, 4
shift:
	.long	3
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC8:
	.value	16384
	.value	16384
	.value	16384
	.value	16384
	.value	16384
	.value	16384
	.value	16384
	.value	16384
	.align 16
.LC9:
	.value	1
	.value	1
	.value	1
	.value	1
	.value	1
	.value	1
	.value	1
	.value	1
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
