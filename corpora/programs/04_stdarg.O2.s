	.file	"04_stdarg.c"
	.text
	.p2align 4
	.globl	sum_ints
	.type	sum_ints, @function
sum_ints:
.LFB11:
	.cfi_startproc
	leaq	8(%rsp), %rax
	movq	%rsi, -40(%rsp)
	movq	%rax, -64(%rsp)
	leaq	-48(%rsp), %rax
	movq	%rdx, -32(%rsp)
	movq	%rcx, -24(%rsp)
	movq	%r8, -16(%rsp)
	movq	%r9, -8(%rsp)
	movl	$8, -72(%rsp)
	movq	%rax, -56(%rsp)
	testl	%edi, %edi
	jle	.L6
	movq	%rax, %r9
	movl	$8, %ecx
	leaq	8(%rsp), %r8
	xorl	%eax, %eax
	xorl	%esi, %esi
	jmp	.L5
	.p2align 4,,10
	.p2align 3
.L9:
	movl	%ecx, %edx
	addl	$1, %eax
	addl	$8, %ecx
	addq	%r9, %rdx
	addl	(%rdx), %esi
	cmpl	%eax, %edi
	je	.L1
.L5:
	cmpl	$47, %ecx
	jbe	.L9
	movq	%r8, %rdx
	addl	$1, %eax
	addq	$8, %r8
	addl	(%rdx), %esi
	cmpl	%eax, %edi
	jne	.L5
.L1:
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	xorl	%esi, %esi
	movl	%esi, %eax
	ret
	.cfi_endproc
.LFE11:
	.size	sum_ints, .-sum_ints
	.p2align 4
	.globl	avg_doubles
	.type	avg_doubles, @function
avg_doubles:
.LFB12:
	.cfi_startproc
	subq	$48, %rsp
	.cfi_def_cfa_offset 56
	testb	%al, %al
	je	.L19
	movaps	%xmm0, -88(%rsp)
	movaps	%xmm1, -72(%rsp)
	movaps	%xmm2, -56(%rsp)
	movaps	%xmm3, -40(%rsp)
	movaps	%xmm4, -24(%rsp)
	movaps	%xmm5, -8(%rsp)
	movaps	%xmm6, 8(%rsp)
	movaps	%xmm7, 24(%rsp)
.L19:
	leaq	56(%rsp), %rax
	leaq	-136(%rsp), %r8
	movl	$48, -108(%rsp)
	movq	%rax, -104(%rsp)
	movq	%r8, -96(%rsp)
	testl	%edi, %edi
	jle	.L12
	movq	%rax, %rsi
	movl	$48, %ecx
	pxor	%xmm0, %xmm0
	xorl	%eax, %eax
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L24:
	movl	%ecx, %edx
	addl	$1, %eax
	addl	$16, %ecx
	addq	%r8, %rdx
	addsd	(%rdx), %xmm0
	cmpl	%eax, %edi
	je	.L16
.L15:
	cmpl	$175, %ecx
	jbe	.L24
	movq	%rsi, %rdx
	addl	$1, %eax
	addq	$8, %rsi
	addsd	(%rdx), %xmm0
	cmpl	%eax, %edi
	jne	.L15
.L16:
	pxor	%xmm1, %xmm1
	addq	$48, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	cvtsi2sdl	%edi, %xmm1
	divsd	%xmm1, %xmm0
	ret
	.p2align 4,,10
	.p2align 3
.L12:
	.cfi_restore_state
	pxor	%xmm0, %xmm0
	jne	.L16
	addq	$48, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE12:
	.size	avg_doubles, .-avg_doubles
	.p2align 4
	.globl	mixed_sum
	.type	mixed_sum, @function
mixed_sum:
.LFB13:
	.cfi_startproc
	subq	$96, %rsp
	.cfi_def_cfa_offset 104
	movq	%rsi, -80(%rsp)
	movq	%rdx, -72(%rsp)
	movq	%rcx, -64(%rsp)
	movq	%r8, -56(%rsp)
	movq	%r9, -48(%rsp)
	testb	%al, %al
	je	.L46
	movaps	%xmm0, -40(%rsp)
	movaps	%xmm1, -24(%rsp)
	movaps	%xmm2, -8(%rsp)
	movaps	%xmm3, 8(%rsp)
	movaps	%xmm4, 24(%rsp)
	movaps	%xmm5, 40(%rsp)
	movaps	%xmm6, 56(%rsp)
	movaps	%xmm7, 72(%rsp)
.L46:
	leaq	104(%rsp), %rax
	movl	$8, -112(%rsp)
	movq	%rax, -104(%rsp)
	leaq	-88(%rsp), %rax
	movq	%rax, -96(%rsp)
	movzbl	(%rdi), %eax
	movl	$48, -108(%rsp)
	testb	%al, %al
	je	.L45
	movl	$8, %edx
	movsd	.LC1(%rip), %xmm1
	movl	$48, %ecx
	pxor	%xmm0, %xmm0
	jmp	.L44
	.p2align 4,,10
	.p2align 3
.L50:
	cmpb	$105, %al
	jne	.L36
	cmpl	$47, %edx
	ja	.L34
	movl	%edx, %eax
	addl	$8, %edx
	addq	-96(%rsp), %rax
.L35:
	pxor	%xmm2, %xmm2
	cvtsi2sdl	(%rax), %xmm2
	addsd	%xmm2, %xmm0
.L36:
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	testb	%al, %al
	je	.L25
.L44:
	cmpb	$108, %al
	je	.L28
	jg	.L29
	cmpb	$100, %al
	jne	.L50
	cmpl	$175, %ecx
	ja	.L39
	movl	%ecx, %eax
	addl	$16, %ecx
	addq	-96(%rsp), %rax
.L40:
	addq	$1, %rdi
	addsd	(%rax), %xmm0
	movzbl	(%rdi), %eax
	testb	%al, %al
	jne	.L44
.L25:
	addq	$96, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L29:
	.cfi_restore_state
	cmpb	$115, %al
	jne	.L36
	cmpl	$47, %edx
	ja	.L41
	movl	%edx, %eax
	addl	$8, %edx
	addq	-96(%rsp), %rax
.L42:
	movq	(%rax), %rsi
	cmpb	$0, (%rsi)
	leaq	1(%rsi), %rax
	je	.L36
	.p2align 4,,10
	.p2align 3
.L43:
	addq	$1, %rax
	addsd	%xmm1, %xmm0
	cmpb	$0, -1(%rax)
	jne	.L43
	jmp	.L36
	.p2align 4,,10
	.p2align 3
.L28:
	cmpl	$47, %edx
	ja	.L37
	movl	%edx, %eax
	addl	$8, %edx
	addq	-96(%rsp), %rax
.L38:
	pxor	%xmm2, %xmm2
	cvtsi2sdq	(%rax), %xmm2
	addsd	%xmm2, %xmm0
	jmp	.L36
	.p2align 4,,10
	.p2align 3
.L34:
	movq	-104(%rsp), %rax
	leaq	8(%rax), %rsi
	movq	%rsi, -104(%rsp)
	jmp	.L35
	.p2align 4,,10
	.p2align 3
.L41:
	movq	-104(%rsp), %rax
	leaq	8(%rax), %rsi
	movq	%rsi, -104(%rsp)
	jmp	.L42
	.p2align 4,,10
	.p2align 3
.L39:
	movq	-104(%rsp), %rax
	leaq	8(%rax), %rsi
	movq	%rsi, -104(%rsp)
	jmp	.L40
	.p2align 4,,10
	.p2align 3
.L37:
	movq	-104(%rsp), %rax
	leaq	8(%rax), %rsi
	movq	%rsi, -104(%rsp)
	jmp	.L38
.L45:
	pxor	%xmm0, %xmm0
	addq	$96, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE13:
	.size	mixed_sum, .-mixed_sum
	.p2align 4
	.globl	max_and_sum
	.type	max_and_sum, @function
max_and_sum:
.LFB14:
	.cfi_startproc
	subq	$112, %rsp
	.cfi_def_cfa_offset 120
	movl	%edi, %r10d
	movq	%rsi, -64(%rsp)
	movq	%rdx, -56(%rsp)
	movq	%rcx, -48(%rsp)
	movq	%r8, -40(%rsp)
	movq	%r9, -32(%rsp)
	testb	%al, %al
	je	.L63
	movaps	%xmm0, -24(%rsp)
	movaps	%xmm1, -8(%rsp)
	movaps	%xmm2, 8(%rsp)
	movaps	%xmm3, 24(%rsp)
	movaps	%xmm4, 40(%rsp)
	movaps	%xmm5, 56(%rsp)
	movaps	%xmm6, 72(%rsp)
	movaps	%xmm7, 88(%rsp)
.L63:
	leaq	120(%rsp), %rax
	movl	$8, -120(%rsp)
	leaq	-72(%rsp), %rsi
	movl	$48, -116(%rsp)
	movq	%rax, -112(%rsp)
	movdqu	-120(%rsp), %xmm0
	movq	%rsi, -104(%rsp)
	movq	%rsi, -80(%rsp)
	movups	%xmm0, -96(%rsp)
	testl	%r10d, %r10d
	jle	.L60
	xorl	%edi, %edi
	movq	$-1000000, %rax
	jmp	.L56
	.p2align 4,,10
	.p2align 3
.L66:
	movl	%edx, %ecx
	addl	$8, %edx
	movl	%edx, -120(%rsp)
	addq	%rsi, %rcx
.L55:
	movq	(%rcx), %rdx
	cmpq	%rdx, %rax
	cmovl	%rdx, %rax
	leal	1(%rdi), %edx
	cmpl	%edx, %r10d
	je	.L65
	movl	%edx, %edi
.L56:
	movl	-120(%rsp), %edx
	cmpl	$47, %edx
	jbe	.L66
	movq	-112(%rsp), %rcx
	leaq	8(%rcx), %rdx
	movq	%rdx, -112(%rsp)
	jmp	.L55
	.p2align 4,,10
	.p2align 3
.L65:
	movq	-80(%rsp), %r9
	xorl	%esi, %esi
	xorl	%r8d, %r8d
	jmp	.L59
	.p2align 4,,10
	.p2align 3
.L68:
	movl	%edx, %ecx
	addl	$8, %edx
	addq	%r9, %rcx
	movl	%edx, -96(%rsp)
	leal	1(%rsi), %edx
	addq	(%rcx), %r8
	cmpl	%edi, %esi
	je	.L67
.L62:
	movl	%edx, %esi
.L59:
	movl	-96(%rsp), %edx
	cmpl	$47, %edx
	jbe	.L68
	movq	-88(%rsp), %rcx
	leaq	8(%rcx), %rdx
	movq	%rdx, -88(%rsp)
	leal	1(%rsi), %edx
	addq	(%rcx), %r8
	cmpl	%edi, %esi
	jne	.L62
.L67:
	imulq	$1000, %rax, %rax
	addq	$112, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	addq	%r8, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L60:
	.cfi_restore_state
	movq	$-1000000000, %rax
	addq	$112, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE14:
	.size	max_and_sum, .-max_and_sum
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC2:
	.string	"log[%d]: %s\n"
	.text
	.p2align 4
	.globl	logf_like
	.type	logf_like, @function
logf_like:
.LFB15:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	subq	$216, %rsp
	.cfi_def_cfa_offset 240
	movq	%rsi, 40(%rsp)
	movq	%rdx, 48(%rsp)
	movq	%rcx, 56(%rsp)
	movq	%r8, 64(%rsp)
	movq	%r9, 72(%rsp)
	testb	%al, %al
	je	.L71
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm1, 96(%rsp)
	movaps	%xmm2, 112(%rsp)
	movaps	%xmm3, 128(%rsp)
	movaps	%xmm4, 144(%rsp)
	movaps	%xmm5, 160(%rsp)
	movaps	%xmm6, 176(%rsp)
	movaps	%xmm7, 192(%rsp)
.L71:
	leaq	240(%rsp), %rax
	leaq	8(%rsp), %rcx
	movq	%rdi, %rdx
	movl	$256, %esi
	leaq	logbuf(%rip), %rbp
	movq	%rax, 16(%rsp)
	leaq	32(%rsp), %rax
	movq	%rbp, %rdi
	movl	$8, 8(%rsp)
	movl	$48, 12(%rsp)
	movq	%rax, 24(%rsp)
	call	vsnprintf@PLT
	movq	%rbp, %rdx
	leaq	.LC2(%rip), %rdi
	movl	%eax, %ebx
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$216, %rsp
	.cfi_def_cfa_offset 24
	movl	%ebx, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE15:
	.size	logf_like, .-logf_like
	.section	.rodata.str1.1
.LC3:
	.string	"sum_ints(0) = %d\n"
.LC4:
	.string	"sum_ints(3) = %d\n"
.LC5:
	.string	"sum_ints(12) = %d\n"
.LC9:
	.string	"avg_doubles(4) = %.6f\n"
.LC20:
	.string	"avg_doubles(11) = %.6f\n"
.LC24:
	.string	"hello"
.LC25:
	.string	"idlsidldidid"
.LC26:
	.string	"mixed_sum = %.3f\n"
.LC27:
	.string	"max_and_sum = %ld\n"
.LC28:
	.string	"c"
.LC29:
	.string	"b"
.LC30:
	.string	"a"
.LC31:
	.string	"%s=%d %s=%.3f %s=%ld"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB16:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	xorl	%edi, %edi
	xorl	%eax, %eax
	subq	$16, %rsp
	.cfi_def_cfa_offset 32
	movl	seed(%rip), %ebx
	call	sum_ints
	leaq	.LC3(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	leal	(%rbx,%rbx), %edx
	movl	%ebx, %esi
	movl	$3, %edi
	leal	(%rdx,%rbx), %ecx
	xorl	%eax, %eax
	call	sum_ints
	leaq	.LC4(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	subq	$8, %rsp
	.cfi_def_cfa_offset 40
	movl	$3, %ecx
	xorl	%eax, %eax
	pushq	%rbx
	.cfi_def_cfa_offset 48
	movl	$2, %edx
	movl	$1, %esi
	movl	$12, %edi
	pushq	$11
	.cfi_def_cfa_offset 56
	movl	$4, %r8d
	movl	$5, %r9d
	pushq	$10
	.cfi_def_cfa_offset 64
	pushq	$9
	.cfi_def_cfa_offset 72
	pushq	$8
	.cfi_def_cfa_offset 80
	pushq	$7
	.cfi_def_cfa_offset 88
	pushq	$6
	.cfi_def_cfa_offset 96
	call	sum_ints
	addq	$64, %rsp
	.cfi_def_cfa_offset 32
	leaq	.LC5(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	pxor	%xmm5, %xmm5
	movsd	.LC6(%rip), %xmm2
	movsd	.LC7(%rip), %xmm1
	cvtsi2sdl	%ebx, %xmm5
	movl	$4, %edi
	movl	$4, %eax
	movsd	.LC8(%rip), %xmm0
	movapd	%xmm5, %xmm3
	movsd	%xmm5, 8(%rsp)
	call	avg_doubles
	leaq	.LC9(%rip), %rdi
	movl	$1, %eax
	call	printf@PLT
	subq	$16, %rsp
	.cfi_def_cfa_offset 48
	movsd	.LC17(%rip), %xmm6
	movabsq	$4621819117588971520, %rax
	mulsd	24(%rsp), %xmm6
	movsd	.LC10(%rip), %xmm7
	movabsq	$4621256167635550208, %rdx
	movl	$11, %edi
	movsd	.LC12(%rip), %xmm5
	movsd	.LC13(%rip), %xmm4
	movsd	.LC14(%rip), %xmm3
	movsd	.LC1(%rip), %xmm0
	movsd	%xmm6, (%rsp)
	movsd	.LC11(%rip), %xmm6
	pushq	%rax
	.cfi_def_cfa_offset 56
	movq	.LC15(%rip), %rax
	pushq	%rdx
	.cfi_def_cfa_offset 64
	movq	%rax, %xmm2
	movq	.LC16(%rip), %rax
	movq	%rax, %xmm1
	movl	$8, %eax
	call	avg_doubles
	addq	$32, %rsp
	.cfi_def_cfa_offset 32
	movl	$1, %eax
	leaq	.LC20(%rip), %rdi
	call	printf@PLT
	movq	.LC16(%rip), %rax
	pushq	$10
	.cfi_def_cfa_offset 40
	movl	%ebx, %esi
	pushq	$9
	.cfi_def_cfa_offset 48
	movsd	.LC21(%rip), %xmm4
	movq	$-5, %r9
	movl	$-3, %r8d
	movq	%rax, %xmm2
	movq	.LC17(%rip), %rax
	movsd	.LC22(%rip), %xmm3
	leaq	.LC24(%rip), %rcx
	movsd	.LC23(%rip), %xmm1
	leaq	.LC25(%rip), %rdi
	movabsq	$100000000000, %rdx
	movq	%rax, %xmm0
	movl	$5, %eax
	call	mixed_sum
	leaq	.LC26(%rip), %rdi
	movl	$1, %eax
	call	printf@PLT
	pushq	$1
	.cfi_def_cfa_offset 56
	movslq	%ebx, %r9
	movl	$3, %r8d
	pushq	$8
	.cfi_def_cfa_offset 64
	movl	$17, %ecx
	movq	$-2, %rdx
	xorl	%eax, %eax
	pushq	$-50
	.cfi_def_cfa_offset 72
	movl	$5, %esi
	movl	$9, %edi
	pushq	$99
	.cfi_def_cfa_offset 80
	call	max_and_sum
	addq	$48, %rsp
	.cfi_def_cfa_offset 32
	leaq	.LC27(%rip), %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	movl	%ebx, %edx
	movabsq	$-123456789012, %r9
	leaq	.LC28(%rip), %r8
	leaq	.LC29(%rip), %rcx
	movl	$1, %eax
	leaq	.LC30(%rip), %rsi
	movsd	8(%rsp), %xmm0
	leaq	.LC31(%rip), %rdi
	divsd	.LC15(%rip), %xmm0
	call	logf_like
	cmpl	$27, %eax
	setne	%al
	addq	$16, %rsp
	.cfi_def_cfa_offset 16
	movzbl	%al, %eax
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE16:
	.size	main, .-main
	.local	logbuf
	.comm	logbuf,256,32
	.globl	seed
	.data
	.align 4
	.type	seed, @object
	.size	seed, 4
seed:
	.long	7
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC1:
	.long	0
	.long	1072693248
	.align 8
.LC6:
	.long	0
	.long	1074397184
	.align 8
.LC7:
	.long	0
	.long	1074003968
	.align 8
.LC8:
	.long	0
	.long	1073217536
	.align 8
.LC10:
	.long	0
	.long	1075838976
	.align 8
.LC11:
	.long	0
	.long	1075576832
	.align 8
.LC12:
	.long	0
	.long	1075314688
	.align 8
.LC13:
	.long	0
	.long	1075052544
	.align 8
.LC14:
	.long	0
	.long	1074790400
	.align 8
.LC15:
	.long	0
	.long	1074266112
	.align 8
.LC16:
	.long	0
	.long	1073741824
	.align 8
.LC17:
	.long	0
	.long	1070596096
	.align 8
.LC21:
	.long	0
	.long	1068498944
	.align 8
.LC22:
	.long	0
	.long	1071644672
	.align 8
.LC23:
	.long	0
	.long	1072824320
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
