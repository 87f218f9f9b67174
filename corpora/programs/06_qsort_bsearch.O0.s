	.file	"06_qsort_bsearch.c"
	.text
	.globl	seed
	.data
	.align 4
	.type	seed, @object
	.size	seed, 4
seed:
	.long	12345
	.text
	.type	cmp_int, @function
cmp_int:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	-24(%rbp), %rax
	movl	(%rax), %eax
	movl	%eax, -4(%rbp)
	movq	-32(%rbp), %rax
	movl	(%rax), %eax
	movl	%eax, -8(%rbp)
	movl	-4(%rbp), %eax
	cmpl	-8(%rbp), %eax
	setg	%al
	movzbl	%al, %edx
	movl	-4(%rbp), %eax
	cmpl	-8(%rbp), %eax
	setl	%al
	movzbl	%al, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	cmp_int, .-cmp_int
	.type	cmp_int_desc, @function
cmp_int_desc:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-8(%rbp), %rdx
	movq	-16(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	cmp_int
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	cmp_int_desc, .-cmp_int_desc
	.type	cmp_age_name, @function
cmp_age_name:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-32(%rbp), %rax
	movq	%rax, -16(%rbp)
	movq	-8(%rbp), %rax
	movl	12(%rax), %edx
	movq	-16(%rbp), %rax
	movl	12(%rax), %eax
	cmpl	%eax, %edx
	je	.L6
	movq	-8(%rbp), %rax
	movl	12(%rax), %edx
	movq	-16(%rbp), %rax
	movl	12(%rax), %eax
	cmpl	%eax, %edx
	jge	.L7
	movl	$-1, %eax
	jmp	.L9
.L7:
	movl	$1, %eax
	jmp	.L9
.L6:
	movq	-16(%rbp), %rdx
	movq	-8(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	strcmp@PLT
.L9:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	cmp_age_name, .-cmp_age_name
	.type	cmp_score, @function
cmp_score:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movq	%rsi, -32(%rbp)
	movq	-24(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	-32(%rbp), %rax
	movq	%rax, -16(%rbp)
	movq	-8(%rbp), %rax
	movq	16(%rax), %rdx
	movq	-16(%rbp), %rax
	movq	16(%rax), %rax
	cmpq	%rax, %rdx
	setg	%al
	movzbl	%al, %edx
	movq	-8(%rbp), %rax
	movq	16(%rax), %rcx
	movq	-16(%rbp), %rax
	movq	16(%rax), %rax
	cmpq	%rax, %rcx
	setl	%al
	movzbl	%al, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	cmp_score, .-cmp_score
	.type	cmp_str, @function
cmp_str:
.LFB10:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movq	-16(%rbp), %rax
	movq	(%rax), %rdx
	movq	-8(%rbp), %rax
	movq	(%rax), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	strcmp@PLT
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	cmp_str, .-cmp_str
	.type	lcg, @function
lcg:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	imull	$1103515245, %eax, %eax
	leal	12345(%rax), %edx
	movq	-8(%rbp), %rax
	movl	%edx, (%rax)
	movq	-8(%rbp), %rax
	movl	(%rax), %eax
	shrl	$16, %eax
	andl	$32767, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE11:
	.size	lcg, .-lcg
	.section	.rodata
.LC0:
	.string	"%d%c"
.LC1:
	.string	"found"
.LC2:
	.string	"absent"
.LC3:
	.string	"bsearch %d: %s\n"
.LC4:
	.string	"key %d found=%d\n"
.LC5:
	.string	"desc first/last: %d %d\n"
.LC6:
	.string	"%-6s %d %ld\n"
.LC7:
	.string	"by score:"
.LC8:
	.string	" %s"
.LC9:
	.string	"(none)"
.LC10:
	.string	"score 870 -> %s\n"
.LC11:
	.string	"pear"
.LC12:
	.string	"apple"
.LC13:
	.string	"fig"
.LC14:
	.string	"banana"
.LC15:
	.string	"cherry"
.LC16:
	.string	"kiwi"
.LC17:
	.string	"date"
.LC18:
	.string	","
.LC19:
	.string	"\n"
.LC20:
	.string	"%s%s"
.LC21:
	.string	"fig at index %ld\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB12:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$576, %rsp
	movl	seed(%rip), %eax
	movl	%eax, -92(%rbp)
	movl	$0, -4(%rbp)
	jmp	.L17
.L18:
	leaq	-92(%rbp), %rax
	movq	%rax, %rdi
	call	lcg
	movl	%eax, %edx
	movl	%edx, %eax
	imulq	$274877907, %rax, %rax
	shrq	$32, %rax
	shrl	$6, %eax
	imull	$1000, %eax, %ecx
	movl	%edx, %eax
	subl	%ecx, %eax
	leal	-500(%rax), %edx
	movl	-4(%rbp), %eax
	cltq
	movl	%edx, -256(%rbp,%rax,4)
	addl	$1, -4(%rbp)
.L17:
	cmpl	$39, -4(%rbp)
	jle	.L18
	leaq	-256(%rbp), %rax
	leaq	cmp_int(%rip), %rdx
	movq	%rdx, %rcx
	movl	$4, %edx
	movl	$40, %esi
	movq	%rax, %rdi
	call	qsort@PLT
	movl	$0, -8(%rbp)
	jmp	.L19
.L22:
	movl	-8(%rbp), %ecx
	movslq	%ecx, %rax
	imulq	$1717986919, %rax, %rax
	shrq	$32, %rax
	movl	%eax, %edx
	sarl	$2, %edx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	addl	%eax, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	cmpl	$9, %edx
	jne	.L20
	movl	$10, %edx
	jmp	.L21
.L20:
	movl	$32, %edx
.L21:
	movl	-8(%rbp), %eax
	cltq
	movl	-256(%rbp,%rax,4), %eax
	movl	%eax, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -8(%rbp)
.L19:
	cmpl	$39, -8(%rbp)
	jle	.L22
	movl	$0, -12(%rbp)
	jmp	.L23
.L28:
	movl	-12(%rbp), %eax
	cltq
	movl	-256(%rbp,%rax,4), %eax
	movl	%eax, -576(%rbp)
	movl	-12(%rbp), %eax
	cltq
	movl	-256(%rbp,%rax,4), %eax
	addl	$1, %eax
	movl	%eax, -572(%rbp)
	movl	$0, -16(%rbp)
	jmp	.L24
.L27:
	leaq	-576(%rbp), %rax
	movl	-16(%rbp), %edx
	movslq	%edx, %rdx
	salq	$2, %rdx
	leaq	(%rax,%rdx), %rdi
	leaq	-256(%rbp), %rax
	leaq	cmp_int(%rip), %r8
	movl	$4, %ecx
	movl	$40, %edx
	movq	%rax, %rsi
	call	bsearch@PLT
	movq	%rax, -88(%rbp)
	cmpq	$0, -88(%rbp)
	je	.L25
	leaq	.LC1(%rip), %rax
	jmp	.L26
.L25:
	leaq	.LC2(%rip), %rax
.L26:
	movl	-16(%rbp), %edx
	movslq	%edx, %rdx
	movl	-576(%rbp,%rdx,4), %ecx
	movq	%rax, %rdx
	movl	%ecx, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -16(%rbp)
.L24:
	cmpl	$1, -16(%rbp)
	jle	.L27
	addl	$6, -12(%rbp)
.L23:
	cmpl	$39, -12(%rbp)
	jle	.L28
	movl	-188(%rbp), %eax
	movl	%eax, -260(%rbp)
	leaq	-256(%rbp), %rsi
	leaq	-260(%rbp), %rax
	leaq	cmp_int(%rip), %r8
	movl	$4, %ecx
	movl	$40, %edx
	movq	%rax, %rdi
	call	bsearch@PLT
	movq	%rax, -48(%rbp)
	cmpq	$0, -48(%rbp)
	je	.L29
	movq	-48(%rbp), %rax
	movl	(%rax), %edx
	movl	-260(%rbp), %eax
	cmpl	%eax, %edx
	jne	.L29
	movl	$1, %edx
	jmp	.L30
.L29:
	movl	$0, %edx
.L30:
	movl	-260(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	-256(%rbp), %rax
	leaq	cmp_int_desc(%rip), %rdx
	movq	%rdx, %rcx
	movl	$4, %edx
	movl	$40, %esi
	movq	%rax, %rdi
	call	qsort@PLT
	movl	-100(%rbp), %edx
	movl	-256(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movabsq	$435459550305, %rax
	movq	%rax, -464(%rbp)
	movl	$0, -456(%rbp)
	movl	$31, -452(%rbp)
	movq	$880, -448(%rbp)
	movq	$6451042, -440(%rbp)
	movl	$0, -432(%rbp)
	movl	$25, -428(%rbp)
	movq	$720, -424(%rbp)
	movabsq	$465726234979, %rax
	movq	%rax, -416(%rbp)
	movl	$0, -408(%rbp)
	movl	$31, -404(%rbp)
	movq	$915, -400(%rbp)
	movq	$1702256996, -392(%rbp)
	movl	$0, -384(%rbp)
	movl	$19, -380(%rbp)
	movq	$640, -376(%rbp)
	movq	$1852404325, -368(%rbp)
	movl	$0, -360(%rbp)
	movl	$25, -356(%rbp)
	movq	$990, -352(%rbp)
	movabsq	$461413380710, %rax
	movq	%rax, -344(%rbp)
	movl	$0, -336(%rbp)
	movl	$44, -332(%rbp)
	movq	$505, -328(%rbp)
	movabsq	$435459027559, %rax
	movq	%rax, -320(%rbp)
	movl	$0, -312(%rbp)
	movl	$19, -308(%rbp)
	movq	$870, -304(%rbp)
	movabsq	$452656194920, %rax
	movq	%rax, -296(%rbp)
	movl	$0, -288(%rbp)
	movl	$31, -284(%rbp)
	movq	$600, -280(%rbp)
	movq	$8, -56(%rbp)
	movq	-56(%rbp), %rsi
	leaq	-464(%rbp), %rax
	leaq	cmp_age_name(%rip), %rdx
	movq	%rdx, %rcx
	movl	$24, %edx
	movq	%rax, %rdi
	call	qsort@PLT
	movq	$0, -24(%rbp)
	jmp	.L31
.L32:
	movq	-24(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	addq	%rbp, %rax
	subq	$448, %rax
	movq	(%rax), %rcx
	movq	-24(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	addq	%rbp, %rax
	subq	$452, %rax
	movl	(%rax), %esi
	leaq	-464(%rbp), %rdi
	movq	-24(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	addq	%rdi, %rax
	movl	%esi, %edx
	movq	%rax, %rsi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$1, -24(%rbp)
.L31:
	movq	-24(%rbp), %rax
	cmpq	-56(%rbp), %rax
	jb	.L32
	movq	-56(%rbp), %rsi
	leaq	-464(%rbp), %rax
	leaq	cmp_score(%rip), %rdx
	movq	%rdx, %rcx
	movl	$24, %edx
	movq	%rax, %rdi
	call	qsort@PLT
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -32(%rbp)
	jmp	.L33
.L34:
	leaq	-464(%rbp), %rcx
	movq	-32(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	addq	%rcx, %rax
	movq	%rax, %rsi
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$1, -32(%rbp)
.L33:
	movq	-32(%rbp), %rax
	cmpq	-56(%rbp), %rax
	jb	.L34
	movl	$10, %edi
	call	putchar@PLT
	movq	$0, -496(%rbp)
	movl	$0, -488(%rbp)
	movl	$0, -484(%rbp)
	movq	$870, -480(%rbp)
	movq	-56(%rbp), %rdx
	leaq	-464(%rbp), %rsi
	leaq	-496(%rbp), %rax
	leaq	cmp_score(%rip), %r8
	movl	$24, %ecx
	movq	%rax, %rdi
	call	bsearch@PLT
	movq	%rax, -64(%rbp)
	cmpq	$0, -64(%rbp)
	je	.L35
	movq	-64(%rbp), %rax
	jmp	.L36
.L35:
	leaq	.LC9(%rip), %rax
.L36:
	movq	%rax, %rsi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	.LC11(%rip), %rax
	movq	%rax, -560(%rbp)
	leaq	.LC12(%rip), %rax
	movq	%rax, -552(%rbp)
	leaq	.LC13(%rip), %rax
	movq	%rax, -544(%rbp)
	leaq	.LC14(%rip), %rax
	movq	%rax, -536(%rbp)
	leaq	.LC15(%rip), %rax
	movq	%rax, -528(%rbp)
	leaq	.LC16(%rip), %rax
	movq	%rax, -520(%rbp)
	leaq	.LC17(%rip), %rax
	movq	%rax, -512(%rbp)
	movq	$7, -72(%rbp)
	movq	-72(%rbp), %rsi
	leaq	-560(%rbp), %rax
	leaq	cmp_str(%rip), %rdx
	movq	%rdx, %rcx
	movl	$8, %edx
	movq	%rax, %rdi
	call	qsort@PLT
	movq	$0, -40(%rbp)
	jmp	.L37
.L40:
	movq	-40(%rbp), %rax
	addq	$1, %rax
	cmpq	-72(%rbp), %rax
	jnb	.L38
	leaq	.LC18(%rip), %rax
	jmp	.L39
.L38:
	leaq	.LC19(%rip), %rax
.L39:
	movq	-40(%rbp), %rdx
	movq	-560(%rbp,%rdx,8), %rcx
	movq	%rax, %rdx
	movq	%rcx, %rsi
	leaq	.LC20(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$1, -40(%rbp)
.L37:
	movq	-40(%rbp), %rax
	cmpq	-72(%rbp), %rax
	jb	.L40
	leaq	.LC13(%rip), %rax
	movq	%rax, -568(%rbp)
	movq	-72(%rbp), %rdx
	leaq	-560(%rbp), %rsi
	leaq	-568(%rbp), %rax
	leaq	cmp_str(%rip), %r8
	movl	$8, %ecx
	movq	%rax, %rdi
	call	bsearch@PLT
	movq	%rax, -80(%rbp)
	cmpq	$0, -80(%rbp)
	je	.L41
	leaq	-560(%rbp), %rax
	movq	-80(%rbp), %rdx
	subq	%rax, %rdx
	movq	%rdx, %rax
	sarq	$3, %rax
	jmp	.L42
.L41:
	movq	$-1, %rax
.L42:
	movq	%rax, %rsi
	leaq	.LC21(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
