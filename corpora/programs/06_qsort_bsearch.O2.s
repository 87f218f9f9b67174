	.file	"06_qsort_bsearch.c"
	.text
	.p2align 4
	.type	cmp_int, @function
cmp_int:
.LFB22:
	.cfi_startproc
	movl	(%rsi), %eax
	cmpl	%eax, (%rdi)
	setg	%al
	setl	%dl
	movzbl	%dl, %edx
	movzbl	%al, %eax
	subl	%edx, %eax
	ret
	.cfi_endproc
.LFE22:
	.size	cmp_int, .-cmp_int
	.p2align 4
	.type	cmp_int_desc, @function
cmp_int_desc:
.LFB23:
	.cfi_startproc
	movl	(%rdi), %eax
	cmpl	%eax, (%rsi)
	setg	%al
	setl	%dl
	movzbl	%dl, %edx
	movzbl	%al, %eax
	subl	%edx, %eax
	ret
	.cfi_endproc
.LFE23:
	.size	cmp_int_desc, .-cmp_int_desc
	.p2align 4
	.type	cmp_score, @function
cmp_score:
.LFB25:
	.cfi_startproc
	movq	16(%rsi), %rax
	cmpq	%rax, 16(%rdi)
	setg	%al
	setl	%dl
	movzbl	%dl, %edx
	movzbl	%al, %eax
	subl	%edx, %eax
	ret
	.cfi_endproc
.LFE25:
	.size	cmp_score, .-cmp_score
	.p2align 4
	.type	cmp_str, @function
cmp_str:
.LFB26:
	.cfi_startproc
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	strcmp@PLT
	.cfi_endproc
.LFE26:
	.size	cmp_str, .-cmp_str
	.p2align 4
	.type	cmp_age_name, @function
cmp_age_name:
.LFB24:
	.cfi_startproc
	movl	12(%rsi), %eax
	cmpl	%eax, 12(%rdi)
	jne	.L11
	jmp	strcmp@PLT
	.p2align 4,,10
	.p2align 3
.L11:
	setge	%al
	movzbl	%al, %eax
	leal	-1(%rax,%rax), %eax
	ret
	.cfi_endproc
.LFE24:
	.size	cmp_age_name, .-cmp_age_name
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"absent"
.LC1:
	.string	"found"
.LC2:
	.string	"(none)"
.LC3:
	.string	"pear"
.LC4:
	.string	"apple"
.LC5:
	.string	"fig"
.LC6:
	.string	"banana"
.LC7:
	.string	"cherry"
.LC8:
	.string	"kiwi"
.LC9:
	.string	"%d%c"
.LC10:
	.string	"bsearch %d: %s\n"
.LC11:
	.string	"key %d found=%d\n"
.LC12:
	.string	"desc first/last: %d %d\n"
.LC13:
	.string	"%-6s %d %ld\n"
.LC14:
	.string	"by score:"
.LC15:
	.string	" %s"
.LC16:
	.string	"score 870 -> %s\n"
.LC17:
	.string	"date"
.LC18:
	.string	"\n"
.LC19:
	.string	"%s%s"
.LC20:
	.string	","
.LC21:
	.string	"fig at index %ld\n"
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
	leaq	.LC6(%rip), %rax
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%rax, %xmm3
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
	subq	$456, %rsp
	.cfi_def_cfa_offset 512
	movl	seed(%rip), %ecx
	movq	.LC22(%rip), %xmm2
	leaq	96(%rsp), %r14
	leaq	256(%rsp), %r12
	punpcklqdq	%xmm3, %xmm2
	movq	%r14, %r13
	movq	%r14, %rsi
	movaps	%xmm2, (%rsp)
	.p2align 4,,10
	.p2align 3
.L13:
	imull	$1103515245, %ecx, %ecx
	addq	$4, %rsi
	addl	$12345, %ecx
	movl	%ecx, %eax
	shrl	$16, %eax
	andl	$32767, %eax
	movl	%eax, %edx
	imulq	$274877907, %rdx, %rdx
	shrq	$38, %rdx
	imull	$1000, %edx, %edx
	subl	%edx, %eax
	subl	$500, %eax
	movl	%eax, -4(%rsi)
	cmpq	%r12, %rsi
	jne	.L13
	movl	$4, %edx
	movl	$40, %esi
	movq	%r14, %rdi
	xorl	%r15d, %r15d
	leaq	cmp_int(%rip), %rcx
	leaq	.LC9(%rip), %rbp
	movl	$3435973837, %ebx
	call	qsort@PLT
	.p2align 4,,10
	.p2align 3
.L15:
	movl	%r15d, %eax
	movl	%r15d, %edx
	movl	(%r14,%r15,4), %esi
	movq	%rbp, %rdi
	imulq	%rbx, %rax
	shrq	$35, %rax
	leal	(%rax,%rax,4), %eax
	addl	%eax, %eax
	subl	%eax, %edx
	movl	$10, %eax
	cmpl	$9, %edx
	movl	$32, %edx
	cmove	%eax, %edx
	xorl	%eax, %eax
	addq	$1, %r15
	call	printf@PLT
	cmpq	$40, %r15
	jne	.L15
	movq	%r15, 16(%rsp)
	leaq	168(%r14), %rax
	leaq	264(%rsp), %rbp
	movq	%r14, 24(%rsp)
	leaq	.LC10(%rip), %rbx
	movq	%r13, %r14
	movq	%rax, %r13
	.p2align 4,,10
	.p2align 3
.L22:
	movl	(%r14), %edx
	movq	%r12, %r15
	leal	1(%rdx), %ecx
	movd	%edx, %xmm0
	movd	%ecx, %xmm1
	punpckldq	%xmm1, %xmm0
	movq	%xmm0, 256(%rsp)
.L16:
	movl	$40, %esi
	xorl	%ecx, %ecx
	.p2align 4,,10
	.p2align 3
.L17:
	cmpq	%rsi, %rcx
	jnb	.L57
.L19:
	leaq	(%rsi,%rcx), %rax
	xorl	%edx, %edx
	shrq	%rax
	movl	96(%rsp,%rax,4), %edi
	cmpl	%edi, (%r15)
	setl	%dil
	setg	%dl
	movzbl	%dil, %edi
	subl	%edi, %edx
	cmpl	$-1, %edx
	je	.L43
	testl	%edx, %edx
	je	.L44
	leaq	1(%rax), %rcx
	cmpq	%rsi, %rcx
	jb	.L19
.L57:
	leaq	.LC0(%rip), %rdx
.L18:
	movl	(%r15), %esi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	addq	$4, %r15
	call	printf@PLT
	cmpq	%r15, %rbp
	jne	.L16
	addq	$24, %r14
	cmpq	%r13, %r14
	jne	.L22
	movq	16(%rsp), %r15
	movq	24(%rsp), %r14
	xorl	%ecx, %ecx
	movl	164(%rsp), %r10d
	.p2align 4,,10
	.p2align 3
.L24:
	cmpq	%r15, %rcx
	jnb	.L58
.L26:
	leaq	(%r15,%rcx), %rax
	xorl	%edx, %edx
	shrq	%rax
	leaq	(%r14,%rax,4), %rsi
	cmpl	(%rsi), %r10d
	setl	%dil
	setg	%dl
	movzbl	%dil, %edi
	subl	%edi, %edx
	cmpl	$-1, %edx
	je	.L45
	testl	%edx, %edx
	je	.L25
	leaq	1(%rax), %rcx
	cmpq	%r15, %rcx
	jb	.L26
.L58:
	xorl	%edx, %edx
.L41:
	movl	%r10d, %esi
	leaq	.LC11(%rip), %rdi
	xorl	%eax, %eax
	movq	%r12, %rbp
	call	printf@PLT
	movq	%r14, %rdi
	movl	$4, %edx
	movq	%r12, %rbx
	leaq	cmp_int_desc(%rip), %rcx
	movl	$40, %esi
	leaq	448(%rsp), %r13
	call	qsort@PLT
	movl	252(%rsp), %edx
	movl	96(%rsp), %esi
	xorl	%eax, %eax
	leaq	.LC12(%rip), %rdi
	leaq	.LC13(%rip), %r14
	call	printf@PLT
	leaq	cmp_age_name(%rip), %rcx
	movl	$24, %edx
	movq	%r12, %rdi
	movabsq	$435459550305, %rax
	movl	$8, %esi
	movl	$0, 264(%rsp)
	movq	%rax, 256(%rsp)
	movabsq	$465726234979, %rax
	movq	%rax, 304(%rsp)
	movabsq	$461413380710, %rax
	movq	%rax, 376(%rsp)
	movabsq	$435459027559, %rax
	movq	%rax, 400(%rsp)
	movabsq	$452656194920, %rax
	movl	$31, 268(%rsp)
	movq	$880, 272(%rsp)
	movq	$6451042, 280(%rsp)
	movl	$0, 288(%rsp)
	movl	$25, 292(%rsp)
	movq	$720, 296(%rsp)
	movl	$0, 312(%rsp)
	movl	$31, 316(%rsp)
	movq	$915, 320(%rsp)
	movq	$1702256996, 328(%rsp)
	movl	$0, 336(%rsp)
	movl	$19, 340(%rsp)
	movq	$640, 344(%rsp)
	movq	$1852404325, 352(%rsp)
	movl	$0, 360(%rsp)
	movl	$25, 364(%rsp)
	movq	$990, 368(%rsp)
	movl	$0, 384(%rsp)
	movl	$44, 388(%rsp)
	movq	$505, 392(%rsp)
	movl	$0, 408(%rsp)
	movl	$19, 412(%rsp)
	movq	$870, 416(%rsp)
	movq	%rax, 424(%rsp)
	movl	$0, 432(%rsp)
	movl	$31, 436(%rsp)
	movq	$600, 440(%rsp)
	call	qsort@PLT
	.p2align 4,,10
	.p2align 3
.L27:
	movq	16(%rbx), %rcx
	movl	12(%rbx), %edx
	movq	%rbx, %rsi
	movq	%r14, %rdi
	xorl	%eax, %eax
	addq	$24, %rbx
	call	printf@PLT
	cmpq	%rbx, %r13
	jne	.L27
	leaq	cmp_score(%rip), %rcx
	movl	$24, %edx
	movl	$8, %esi
	movq	%r12, %rdi
	call	qsort@PLT
	leaq	.LC14(%rip), %rdi
	xorl	%eax, %eax
	leaq	.LC15(%rip), %rbx
	call	printf@PLT
	.p2align 4,,10
	.p2align 3
.L28:
	movq	%rbp, %rsi
	movq	%rbx, %rdi
	xorl	%eax, %eax
	addq	$24, %rbp
	call	printf@PLT
	cmpq	%rbp, %r13
	jne	.L28
	movl	$10, %edi
	call	putchar@PLT
	movl	$8, %r9d
	xorl	%edi, %edi
	.p2align 4,,10
	.p2align 3
.L30:
	cmpq	%r9, %rdi
	jnb	.L59
.L32:
	leaq	(%rdi,%r9), %rax
	movq	%rax, %rcx
	andq	$-2, %rax
	shrq	%rcx
	addq	%rcx, %rax
	leaq	(%r12,%rax,8), %rsi
	xorl	%eax, %eax
	movq	16(%rsi), %rdx
	cmpq	$869, %rdx
	setle	%al
	cmpq	$870, %rdx
	setg	%dl
	movzbl	%dl, %edx
	subl	%edx, %eax
	cmpl	$-1, %eax
	je	.L46
	testl	%eax, %eax
	je	.L40
	leaq	1(%rcx), %rdi
	cmpq	%r9, %rdi
	jb	.L32
.L59:
	leaq	.LC2(%rip), %rsi
.L40:
	leaq	.LC16(%rip), %rdi
	xorl	%eax, %eax
	leaq	.LC3(%rip), %rbx
	call	printf@PLT
	leaq	.LC4(%rip), %rax
	movq	%rbx, %xmm0
	leaq	.LC7(%rip), %rbx
	movq	%rax, %xmm4
	movdqa	(%rsp), %xmm5
	movl	$8, %edx
	leaq	.LC8(%rip), %rax
	punpcklqdq	%xmm4, %xmm0
	movq	%rax, %xmm6
	movl	$7, %esi
	movaps	%xmm0, 32(%rsp)
	movq	%rbx, %xmm0
	leaq	32(%rsp), %rbx
	leaq	.LC17(%rip), %rax
	punpcklqdq	%xmm6, %xmm0
	leaq	cmp_str(%rip), %rcx
	movq	%rbx, %rdi
	movq	%rax, 80(%rsp)
	movaps	%xmm5, 48(%rsp)
	leaq	80(%rsp), %r14
	leaq	.LC20(%rip), %r13
	movaps	%xmm0, 64(%rsp)
	leaq	.LC19(%rip), %rbp
	call	qsort@PLT
	.p2align 4,,10
	.p2align 3
.L33:
	movq	(%rbx), %rsi
	movq	%r13, %rdx
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$8, %rbx
	call	printf@PLT
	cmpq	%rbx, %r14
	jne	.L33
	movq	80(%rsp), %rsi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	movl	$7, %r13d
	leaq	.LC18(%rip), %rdx
	xorl	%ebp, %ebp
	call	printf@PLT
.L36:
	cmpq	%r13, %rbp
	jnb	.L60
.L38:
	leaq	0(%rbp,%r13), %rbx
	leaq	.LC5(%rip), %rdi
	shrq	%rbx
	leaq	0(,%rbx,8), %r14
	movq	32(%rsp,%r14), %rsi
	call	strcmp@PLT
	testl	%eax, %eax
	js	.L47
	je	.L37
	leaq	1(%rbx), %rbp
	cmpq	%r13, %rbp
	jb	.L38
.L60:
	orq	$-1, %rsi
.L39:
	leaq	.LC21(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$456, %rsp
	.cfi_remember_state
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
	.p2align 4,,10
	.p2align 3
.L43:
	.cfi_restore_state
	movq	%rax, %rsi
	jmp	.L17
	.p2align 4,,10
	.p2align 3
.L44:
	leaq	.LC1(%rip), %rdx
	jmp	.L18
	.p2align 4,,10
	.p2align 3
.L46:
	movq	%rcx, %r9
	jmp	.L30
	.p2align 4,,10
	.p2align 3
.L47:
	movq	%rbx, %r13
	jmp	.L36
	.p2align 4,,10
	.p2align 3
.L45:
	movq	%rax, %r15
	jmp	.L24
.L37:
	movq	%r14, %rsi
	sarq	$3, %rsi
	jmp	.L39
.L25:
	xorl	%edx, %edx
	cmpl	%r10d, (%rsi)
	sete	%dl
	jmp	.L41
	.cfi_endproc
.LFE28:
	.size	main, .-main
	.globl	seed
	.data
	.align 4
	.type	seed, @object
	.size	seed, 4
seed:
	.long	12345
	.section	.data.rel.ro.local,"aw"
	.align 8
.LC22:
	.quad	.LC5
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
