	.file	"10_ctype.c"
	.text
	.globl	shift
	.data
	.align 4
	.type	shift, @object
	.size	shift, 4
shift:
	.long	3
	.section	.rodata
	.align 32
	.type	text, @object
	.size	text, 92
text:
	.string	"Hello, World! 123 Testing: tabs\tand\nnewlines; Hex 0xBEEF, under_score & ~tilde {braces} 42."
	.text
	.globl	caesar
	.type	caesar, @function
caesar:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	jmp	.L2
.L5:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movb	%al, -1(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-1(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$256, %eax
	testl	%eax, %eax
	je	.L3
	movzbl	-1(%rbp), %eax
	leal	-65(%rax), %edx
	movl	-28(%rbp), %eax
	addl	%edx, %eax
	movslq	%eax, %rdx
	imulq	$1321528399, %rdx, %rdx
	shrq	$32, %rdx
	sarl	$3, %edx
	movl	%eax, %ecx
	sarl	$31, %ecx
	subl	%ecx, %edx
	imull	$26, %edx, %ecx
	subl	%ecx, %eax
	movl	%eax, %edx
	movl	%edx, %eax
	addl	$65, %eax
	movl	%eax, %edx
	movq	-24(%rbp), %rax
	movb	%dl, (%rax)
	jmp	.L4
.L3:
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-1(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$512, %eax
	testl	%eax, %eax
	je	.L4
	movzbl	-1(%rbp), %eax
	leal	-97(%rax), %edx
	movl	-28(%rbp), %eax
	addl	%edx, %eax
	movslq	%eax, %rdx
	imulq	$1321528399, %rdx, %rdx
	shrq	$32, %rdx
	sarl	$3, %edx
	movl	%eax, %ecx
	sarl	$31, %ecx
	subl	%ecx, %edx
	imull	$26, %edx, %ecx
	subl	%ecx, %eax
	movl	%eax, %edx
	movl	%edx, %eax
	addl	$97, %eax
	movl	%eax, %edx
	movq	-24(%rbp), %rax
	movb	%dl, (%rax)
.L4:
	addq	$1, -24(%rbp)
.L2:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L5
	nop
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	caesar, .-caesar
	.globl	word_count
	.type	word_count, @function
word_count:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%rdi, -24(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L7
.L11:
	call	__ctype_b_loc@PLT
	movq	(%rax), %rdx
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	addq	%rax, %rax
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$8, %eax
	testl	%eax, %eax
	je	.L8
	cmpl	$0, -8(%rbp)
	jne	.L9
	addl	$1, -4(%rbp)
.L9:
	movl	$1, -8(%rbp)
	jmp	.L10
.L8:
	movl	$0, -8(%rbp)
.L10:
	addq	$1, -24(%rbp)
.L7:
	movq	-24(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L11
	movl	-4(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	word_count, .-word_count
	.section	.rodata
	.align 8
.LC0:
	.string	"alpha=%d digit=%d space=%d punct=%d upper=%d lower=%d xdigit=%d alnum=%d cntrl=%d\n"
.LC1:
	.string	"upper: %s\n"
.LC2:
	.string	"lower: %s\n"
.LC3:
	.string	"caesar: %s\n"
.LC4:
	.string	"roundtrip ok: %d\n"
.LC5:
	.string	"words: %d\n"
.LC6:
	.string	"class map 32..126:"
.LC7:
	.string	"isprint=%d isgraph=%d\n"
.LC8:
	.string	"  7f3A zz"
.LC9:
	.string	"hex value: %ld\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$200, %rsp
	.cfi_offset 3, -24
	movl	$0, -20(%rbp)
	movl	$0, -24(%rbp)
	movl	$0, -28(%rbp)
	movl	$0, -32(%rbp)
	movl	$0, -36(%rbp)
	movl	$0, -40(%rbp)
	movl	$0, -44(%rbp)
	movl	$0, -48(%rbp)
	movl	$0, -52(%rbp)
	leaq	text(%rip), %rax
	movq	%rax, -64(%rbp)
	jmp	.L14
.L15:
	movq	-64(%rbp), %rax
	movzbl	(%rax), %eax
	movb	%al, -115(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-115(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$1024, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -20(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-115(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$2048, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -24(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-115(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$8192, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -28(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-115(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$4, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -32(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-115(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$256, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -36(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-115(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$512, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -40(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-115(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$4096, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -44(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-115(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$8, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -48(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-115(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$2, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -52(%rbp)
	addq	$1, -64(%rbp)
.L14:
	movq	-64(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L15
	movl	-36(%rbp), %r8d
	movl	-32(%rbp), %edi
	movl	-28(%rbp), %ecx
	movl	-24(%rbp), %edx
	movl	-20(%rbp), %eax
	movl	-52(%rbp), %esi
	pushq	%rsi
	movl	-48(%rbp), %esi
	pushq	%rsi
	movl	-44(%rbp), %esi
	pushq	%rsi
	movl	-40(%rbp), %esi
	pushq	%rsi
	movl	%r8d, %r9d
	movl	%edi, %r8d
	movl	%eax, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$32, %rsp
	movq	$0, -72(%rbp)
	jmp	.L16
.L17:
	leaq	text(%rip), %rdx
	movq	-72(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	movl	%eax, %edi
	call	toupper@PLT
	movl	%eax, %ecx
	leaq	-208(%rbp), %rdx
	movq	-72(%rbp), %rax
	addq	%rdx, %rax
	movb	%cl, (%rax)
	addq	$1, -72(%rbp)
.L16:
	cmpq	$91, -72(%rbp)
	jbe	.L17
	leaq	-208(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -80(%rbp)
	jmp	.L18
.L19:
	leaq	text(%rip), %rdx
	movq	-80(%rbp), %rax
	addq	%rdx, %rax
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	movl	%eax, %edi
	call	tolower@PLT
	movl	%eax, %ecx
	leaq	-208(%rbp), %rdx
	movq	-80(%rbp), %rax
	addq	%rdx, %rax
	movb	%cl, (%rax)
	addq	$1, -80(%rbp)
.L18:
	cmpq	$91, -80(%rbp)
	jbe	.L19
	leaq	-208(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	text(%rip), %rax
	movq	8+text(%rip), %rdx
	movq	%rax, -208(%rbp)
	movq	%rdx, -200(%rbp)
	movq	16+text(%rip), %rax
	movq	24+text(%rip), %rdx
	movq	%rax, -192(%rbp)
	movq	%rdx, -184(%rbp)
	movq	32+text(%rip), %rax
	movq	40+text(%rip), %rdx
	movq	%rax, -176(%rbp)
	movq	%rdx, -168(%rbp)
	movq	48+text(%rip), %rax
	movq	56+text(%rip), %rdx
	movq	%rax, -160(%rbp)
	movq	%rdx, -152(%rbp)
	movq	64+text(%rip), %rax
	movq	72+text(%rip), %rdx
	movq	%rax, -144(%rbp)
	movq	%rdx, -136(%rbp)
	movq	76+text(%rip), %rax
	movq	84+text(%rip), %rdx
	movq	%rax, -132(%rbp)
	movq	%rdx, -124(%rbp)
	movl	shift(%rip), %edx
	leaq	-208(%rbp), %rax
	movl	%edx, %esi
	movq	%rax, %rdi
	call	caesar
	leaq	-208(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	shift(%rip), %eax
	movl	$26, %edx
	subl	%eax, %edx
	leaq	-208(%rbp), %rax
	movl	%edx, %esi
	movq	%rax, %rdi
	call	caesar
	leaq	-208(%rbp), %rax
	leaq	text(%rip), %rdx
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	strcmp@PLT
	testl	%eax, %eax
	sete	%al
	movzbl	%al, %eax
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	text(%rip), %rax
	movq	%rax, %rdi
	call	word_count
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	call	puts@PLT
	movl	$32, -84(%rbp)
	jmp	.L20
.L32:
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movl	-84(%rbp), %edx
	movslq	%edx, %rdx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$2048, %eax
	testl	%eax, %eax
	jne	.L21
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movl	-84(%rbp), %edx
	movslq	%edx, %rdx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$256, %eax
	testl	%eax, %eax
	jne	.L22
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movl	-84(%rbp), %edx
	movslq	%edx, %rdx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$512, %eax
	testl	%eax, %eax
	jne	.L23
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movl	-84(%rbp), %edx
	movslq	%edx, %rdx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$8192, %eax
	testl	%eax, %eax
	jne	.L24
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movl	-84(%rbp), %edx
	movslq	%edx, %rdx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$4, %eax
	testl	%eax, %eax
	je	.L25
	movl	$112, %eax
	jmp	.L30
.L25:
	movl	$63, %eax
	jmp	.L30
.L24:
	movl	$115, %eax
	jmp	.L30
.L23:
	movl	$108, %eax
	jmp	.L30
.L22:
	movl	$85, %eax
	jmp	.L30
.L21:
	movl	$100, %eax
.L30:
	movb	%al, -114(%rbp)
	movsbl	-114(%rbp), %eax
	movl	%eax, %edi
	call	putchar@PLT
	movl	-84(%rbp), %eax
	subl	$31, %eax
	andl	$31, %eax
	testl	%eax, %eax
	jne	.L31
	movl	$10, %edi
	call	putchar@PLT
.L31:
	addl	$1, -84(%rbp)
.L20:
	cmpl	$126, -84(%rbp)
	jle	.L32
	movl	$10, %edi
	call	putchar@PLT
	movl	$0, -88(%rbp)
	movl	$0, -92(%rbp)
	movl	$0, -96(%rbp)
	jmp	.L33
.L34:
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movl	-96(%rbp), %edx
	movslq	%edx, %rdx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$16384, %eax
	testl	%eax, %eax
	setne	%al
	movzbl	%al, %eax
	addl	%eax, -88(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movl	-96(%rbp), %edx
	movslq	%edx, %rdx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	shrw	$15, %ax
	movzbl	%al, %eax
	addl	%eax, -92(%rbp)
	addl	$1, -96(%rbp)
.L33:
	cmpl	$127, -96(%rbp)
	jle	.L34
	movl	-92(%rbp), %edx
	movl	-88(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -104(%rbp)
	leaq	.LC8(%rip), %rax
	movq	%rax, -112(%rbp)
	jmp	.L35
.L40:
	movq	-112(%rbp), %rax
	movzbl	(%rax), %eax
	movb	%al, -113(%rbp)
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-113(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$4096, %eax
	testl	%eax, %eax
	je	.L42
	movq	-104(%rbp), %rax
	salq	$4, %rax
	movq	%rax, %rbx
	call	__ctype_b_loc@PLT
	movq	(%rax), %rax
	movzbl	-113(%rbp), %edx
	addq	%rdx, %rdx
	addq	%rdx, %rax
	movzwl	(%rax), %eax
	movzwl	%ax, %eax
	andl	$2048, %eax
	testl	%eax, %eax
	je	.L38
	movzbl	-113(%rbp), %eax
	subl	$48, %eax
	cltq
	jmp	.L39
.L38:
	movzbl	-113(%rbp), %eax
	movl	%eax, %edi
	call	tolower@PLT
	subl	$87, %eax
	cltq
.L39:
	addq	%rbx, %rax
	movq	%rax, -104(%rbp)
	jmp	.L37
.L42:
	nop
.L37:
	addq	$1, -112(%rbp)
.L35:
	movq	-112(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L40
	movq	-104(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
