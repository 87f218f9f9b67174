	.file	"func.c"
	.text
	.type	rotl32, @function
rotl32:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	-8(%rbp), %eax
	movl	-4(%rbp), %edx
	movl	%eax, %ecx
	roll	%cl, %edx
	movl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	rotl32, .-rotl32
	.type	md5_block, @function
md5_block:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$448, %rsp
	movq	%rdi, -440(%rbp)
	movq	%rsi, -448(%rbp)
	movl	$-680876936, -304(%rbp)
	movl	$-389564586, -300(%rbp)
	movl	$606105819, -296(%rbp)
	movl	$-1044525330, -292(%rbp)
	movl	$-176418897, -288(%rbp)
	movl	$1200080426, -284(%rbp)
	movl	$-1473231341, -280(%rbp)
	movl	$-45705983, -276(%rbp)
	movl	$1770035416, -272(%rbp)
	movl	$-1958414417, -268(%rbp)
	movl	$-42063, -264(%rbp)
	movl	$-1990404162, -260(%rbp)
	movl	$1804603682, -256(%rbp)
	movl	$-40341101, -252(%rbp)
	movl	$-1502002290, -248(%rbp)
	movl	$1236535329, -244(%rbp)
	movl	$-165796510, -240(%rbp)
	movl	$-1069501632, -236(%rbp)
	movl	$643717713, -232(%rbp)
	movl	$-373897302, -228(%rbp)
	movl	$-701558691, -224(%rbp)
	movl	$38016083, -220(%rbp)
	movl	$-660478335, -216(%rbp)
	movl	$-405537848, -212(%rbp)
	movl	$568446438, -208(%rbp)
	movl	$-1019803690, -204(%rbp)
	movl	$-187363961, -200(%rbp)
	movl	$1163531501, -196(%rbp)
	movl	$-1444681467, -192(%rbp)
	movl	$-51403784, -188(%rbp)
	movl	$1735328473, -184(%rbp)
	movl	$-1926607734, -180(%rbp)
	movl	$-378558, -176(%rbp)
	movl	$-2022574463, -172(%rbp)
	movl	$1839030562, -168(%rbp)
	movl	$-35309556, -164(%rbp)
	movl	$-1530992060, -160(%rbp)
	movl	$1272893353, -156(%rbp)
	movl	$-155497632, -152(%rbp)
	movl	$-1094730640, -148(%rbp)
	movl	$681279174, -144(%rbp)
	movl	$-358537222, -140(%rbp)
	movl	$-722521979, -136(%rbp)
	movl	$76029189, -132(%rbp)
	movl	$-640364487, -128(%rbp)
	movl	$-421815835, -124(%rbp)
	movl	$530742520, -120(%rbp)
	movl	$-995338651, -116(%rbp)
	movl	$-198630844, -112(%rbp)
	movl	$1126891415, -108(%rbp)
	movl	$-1416354905, -104(%rbp)
	movl	$-57434055, -100(%rbp)
	movl	$1700485571, -96(%rbp)
	movl	$-1894986606, -92(%rbp)
	movl	$-1051523, -88(%rbp)
	movl	$-2054922799, -84(%rbp)
	movl	$1873313359, -80(%rbp)
	movl	$-30611744, -76(%rbp)
	movl	$-1560198380, -72(%rbp)
	movl	$1309151649, -68(%rbp)
	movl	$-145523070, -64(%rbp)
	movl	$-1120210379, -60(%rbp)
	movl	$718787259, -56(%rbp)
	movl	$-343485551, -52(%rbp)
	movl	$7, -368(%rbp)
	movl	$12, -364(%rbp)
	movl	$17, -360(%rbp)
	movl	$22, -356(%rbp)
	movl	$5, -352(%rbp)
	movl	$9, -348(%rbp)
	movl	$14, -344(%rbp)
	movl	$20, -340(%rbp)
	movl	$4, -336(%rbp)
	movl	$11, -332(%rbp)
	movl	$16, -328(%rbp)
	movl	$23, -324(%rbp)
	movl	$6, -320(%rbp)
	movl	$10, -316(%rbp)
	movl	$15, -312(%rbp)
	movl	$21, -308(%rbp)
	movq	-440(%rbp), %rax
	movl	(%rax), %eax
	movl	%eax, -4(%rbp)
	movq	-440(%rbp), %rax
	movl	4(%rax), %eax
	movl	%eax, -8(%rbp)
	movq	-440(%rbp), %rax
	movl	8(%rax), %eax
	movl	%eax, -12(%rbp)
	movq	-440(%rbp), %rax
	movl	12(%rax), %eax
	movl	%eax, -16(%rbp)
	movl	$0, -20(%rbp)
	jmp	.L4
.L5:
	movl	-20(%rbp), %eax
	sall	$2, %eax
	movslq	%eax, %rdx
	movq	-448(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	movl	-20(%rbp), %edx
	sall	$2, %edx
	movslq	%edx, %rdx
	leaq	1(%rdx), %rcx
	movq	-448(%rbp), %rdx
	addq	%rcx, %rdx
	movzbl	(%rdx), %edx
	movzbl	%dl, %edx
	sall	$8, %edx
	orl	%eax, %edx
	movl	-20(%rbp), %eax
	sall	$2, %eax
	cltq
	leaq	2(%rax), %rcx
	movq	-448(%rbp), %rax
	addq	%rcx, %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	sall	$16, %eax
	orl	%eax, %edx
	movl	-20(%rbp), %eax
	sall	$2, %eax
	cltq
	leaq	3(%rax), %rcx
	movq	-448(%rbp), %rax
	addq	%rcx, %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	sall	$24, %eax
	orl	%eax, %edx
	movl	-20(%rbp), %eax
	cltq
	movl	%edx, -432(%rbp,%rax,4)
	addl	$1, -20(%rbp)
.L4:
	cmpl	$15, -20(%rbp)
	jle	.L5
	movl	$0, -24(%rbp)
	jmp	.L6
.L11:
	movl	-24(%rbp), %eax
	leal	15(%rax), %edx
	testl	%eax, %eax
	cmovs	%edx, %eax
	sarl	$4, %eax
	movl	%eax, -36(%rbp)
	cmpl	$0, -36(%rbp)
	jne	.L7
	movl	-8(%rbp), %eax
	andl	-12(%rbp), %eax
	movl	%eax, %edx
	movl	-8(%rbp), %eax
	notl	%eax
	andl	-16(%rbp), %eax
	orl	%edx, %eax
	movl	%eax, -28(%rbp)
	movl	-24(%rbp), %eax
	movl	%eax, -32(%rbp)
	jmp	.L8
.L7:
	cmpl	$1, -36(%rbp)
	jne	.L9
	movl	-16(%rbp), %eax
	andl	-8(%rbp), %eax
	movl	%eax, %edx
	movl	-16(%rbp), %eax
	notl	%eax
	andl	-12(%rbp), %eax
	orl	%edx, %eax
	movl	%eax, -28(%rbp)
	movl	-24(%rbp), %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	leal	1(%rax), %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$28, %eax
	addl	%eax, %edx
	andl	$15, %edx
	subl	%eax, %edx
	movl	%edx, -32(%rbp)
	jmp	.L8
.L9:
	cmpl	$2, -36(%rbp)
	jne	.L10
	movl	-8(%rbp), %eax
	xorl	-12(%rbp), %eax
	xorl	-16(%rbp), %eax
	movl	%eax, -28(%rbp)
	movl	-24(%rbp), %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%edx, %eax
	leal	5(%rax), %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$28, %eax
	addl	%eax, %edx
	andl	$15, %edx
	subl	%eax, %edx
	movl	%edx, -32(%rbp)
	jmp	.L8
.L10:
	movl	-16(%rbp), %eax
	notl	%eax
	orl	-8(%rbp), %eax
	xorl	-12(%rbp), %eax
	movl	%eax, -28(%rbp)
	movl	-24(%rbp), %edx
	movl	%edx, %eax
	sall	$3, %eax
	subl	%edx, %eax
	movl	%eax, %ecx
	movl	%ecx, %eax
	sarl	$31, %eax
	shrl	$28, %eax
	leal	(%rcx,%rax), %edx
	andl	$15, %edx
	subl	%eax, %edx
	movl	%edx, -32(%rbp)
.L8:
	movl	-16(%rbp), %eax
	movl	%eax, -40(%rbp)
	movl	-12(%rbp), %eax
	movl	%eax, -16(%rbp)
	movl	-8(%rbp), %eax
	movl	%eax, -12(%rbp)
	movl	-36(%rbp), %eax
	leal	0(,%rax,4), %ecx
	movl	-24(%rbp), %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$30, %eax
	addl	%eax, %edx
	andl	$3, %edx
	subl	%eax, %edx
	movl	%edx, %eax
	addl	%ecx, %eax
	cltq
	movl	-368(%rbp,%rax,4), %eax
	movl	-4(%rbp), %ecx
	movl	-28(%rbp), %edx
	addl	%edx, %ecx
	movl	-24(%rbp), %edx
	movslq	%edx, %rdx
	movl	-304(%rbp,%rdx,4), %edx
	addl	%edx, %ecx
	movl	-32(%rbp), %edx
	movslq	%edx, %rdx
	movl	-432(%rbp,%rdx,4), %edx
	addl	%ecx, %edx
	movl	%eax, %esi
	movl	%edx, %edi
	call	rotl32
	addl	%eax, -8(%rbp)
	movl	-40(%rbp), %eax
	movl	%eax, -4(%rbp)
	addl	$1, -24(%rbp)
.L6:
	cmpl	$63, -24(%rbp)
	jle	.L11
	movq	-440(%rbp), %rax
	movl	(%rax), %edx
	movl	-4(%rbp), %eax
	addl	%eax, %edx
	movq	-440(%rbp), %rax
	movl	%edx, (%rax)
	movq	-440(%rbp), %rax
	addq	$4, %rax
	movl	(%rax), %ecx
	movq	-440(%rbp), %rax
	addq	$4, %rax
	movl	-8(%rbp), %edx
	addl	%ecx, %edx
	movl	%edx, (%rax)
	movq	-440(%rbp), %rax
	addq	$8, %rax
	movl	(%rax), %ecx
	movq	-440(%rbp), %rax
	addq	$8, %rax
	movl	-12(%rbp), %edx
	addl	%ecx, %edx
	movl	%edx, (%rax)
	movq	-440(%rbp), %rax
	addq	$12, %rax
	movl	(%rax), %ecx
	movq	-440(%rbp), %rax
	addq	$12, %rax
	movl	-16(%rbp), %edx
	addl	%ecx, %edx
	movl	%edx, (%rax)
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	md5_block, .-md5_block
	.globl	string_to_md5
	.type	string_to_md5, @function
string_to_md5:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$240, %rsp
	movq	%rdi, -232(%rbp)
	movq	%rsi, -240(%rbp)
	movabsq	$3978425819141910832, %rax
	movabsq	$7378413942531504440, %rdx
	movq	%rax, -80(%rbp)
	movq	%rdx, -72(%rbp)
	movb	$0, -64(%rbp)
	movl	$1732584193, -96(%rbp)
	movl	$-271733879, -92(%rbp)
	movl	$-1732584194, -88(%rbp)
	movl	$271733878, -84(%rbp)
	movq	-232(%rbp), %rax
	movq	%rax, -8(%rbp)
	movq	$0, -16(%rbp)
	jmp	.L13
.L14:
	addq	$1, -16(%rbp)
.L13:
	movq	-8(%rbp), %rdx
	movq	-16(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L14
	cmpq	$0, -16(%rbp)
	jne	.L17
	movl	$0, %eax
	jmp	.L29
.L18:
	movq	-8(%rbp), %rdx
	leaq	-96(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	md5_block
	addq	$64, -8(%rbp)
.L17:
	movq	-8(%rbp), %rax
	subq	-232(%rbp), %rax
	movq	%rax, %rdx
	movq	-16(%rbp), %rax
	subq	%rdx, %rax
	cmpq	$63, %rax
	ja	.L18
	movq	-16(%rbp), %rax
	movl	%eax, %ecx
	movq	-8(%rbp), %rax
	subq	-232(%rbp), %rax
	movl	%eax, %edx
	movl	%ecx, %eax
	subl	%edx, %eax
	movl	%eax, -20(%rbp)
	movl	$0, -24(%rbp)
	jmp	.L19
.L20:
	movl	-24(%rbp), %eax
	movslq	%eax, %rdx
	movq	-8(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %edx
	movl	-24(%rbp), %eax
	cltq
	movb	%dl, -224(%rbp,%rax)
	addl	$1, -24(%rbp)
.L19:
	movl	-24(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jl	.L20
	movl	-20(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -20(%rbp)
	cltq
	movb	$-128, -224(%rbp,%rax)
	jmp	.L21
.L22:
	movl	-20(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -20(%rbp)
	cltq
	movb	$0, -224(%rbp,%rax)
.L21:
	movl	-20(%rbp), %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$26, %eax
	addl	%eax, %edx
	andl	$63, %edx
	subl	%eax, %edx
	movl	%edx, %eax
	cmpl	$56, %eax
	jne	.L22
	movq	-16(%rbp), %rax
	salq	$3, %rax
	movq	%rax, -48(%rbp)
	movl	$0, -28(%rbp)
	jmp	.L23
.L24:
	movl	-28(%rbp), %eax
	sall	$3, %eax
	movq	-48(%rbp), %rdx
	movl	%eax, %ecx
	shrq	%cl, %rdx
	movq	%rdx, %rcx
	movl	-20(%rbp), %eax
	leal	1(%rax), %edx
	movl	%edx, -20(%rbp)
	movl	%ecx, %edx
	cltq
	movb	%dl, -224(%rbp,%rax)
	addl	$1, -28(%rbp)
.L23:
	cmpl	$7, -28(%rbp)
	jle	.L24
	movl	$0, -32(%rbp)
	jmp	.L25
.L26:
	movl	-32(%rbp), %eax
	cltq
	leaq	-224(%rbp), %rdx
	addq	%rax, %rdx
	leaq	-96(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	md5_block
	addl	$64, -32(%rbp)
.L25:
	movl	-32(%rbp), %eax
	cmpl	-20(%rbp), %eax
	jl	.L26
	movl	$0, -36(%rbp)
	jmp	.L27
.L28:
	movl	-36(%rbp), %eax
	leal	3(%rax), %edx
	testl	%eax, %eax
	cmovs	%edx, %eax
	sarl	$2, %eax
	cltq
	movl	-96(%rbp,%rax,4), %esi
	movl	-36(%rbp), %edx
	movl	%edx, %eax
	sarl	$31, %eax
	shrl	$30, %eax
	addl	%eax, %edx
	andl	$3, %edx
	subl	%eax, %edx
	movl	%edx, %eax
	sall	$3, %eax
	movl	%eax, %ecx
	shrl	%cl, %esi
	movl	%esi, %eax
	andl	$255, %eax
	movl	%eax, -52(%rbp)
	movl	-52(%rbp), %eax
	shrl	$4, %eax
	movl	%eax, %ecx
	movl	-36(%rbp), %eax
	addl	%eax, %eax
	movslq	%eax, %rdx
	movq	-240(%rbp), %rax
	addq	%rax, %rdx
	movl	%ecx, %eax
	movzbl	-80(%rbp,%rax), %eax
	movb	%al, (%rdx)
	movl	-52(%rbp), %eax
	andl	$15, %eax
	movl	%eax, %ecx
	movl	-36(%rbp), %eax
	addl	%eax, %eax
	cltq
	leaq	1(%rax), %rdx
	movq	-240(%rbp), %rax
	addq	%rax, %rdx
	movl	%ecx, %eax
	movzbl	-80(%rbp,%rax), %eax
	movb	%al, (%rdx)
	addl	$1, -36(%rbp)
.L27:
	cmpl	$15, -36(%rbp)
	jle	.L28
	movq	-240(%rbp), %rax
	addq	$32, %rax
	movb	$0, (%rax)
	movl	$1, %eax
.L29:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	string_to_md5, .-string_to_md5
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
