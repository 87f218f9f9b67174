	.file	"04_stdarg.c"
	.text
	.globl	seed
	.data
	.align 4
	.type	seed, @object
	.size	seed, 4
seed:
	.long	7
	.text
	.globl	sum_ints
	.type	sum_ints, @function
sum_ints:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$104, %rsp
	movl	%edi, -212(%rbp)
	movq	%rsi, -168(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L8
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L8:
	movl	$8, -208(%rbp)
	movl	$48, -204(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -200(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -192(%rbp)
	movl	$0, -180(%rbp)
	movl	$0, -184(%rbp)
	jmp	.L3
.L6:
	movl	-208(%rbp), %eax
	cmpl	$47, %eax
	ja	.L4
	movq	-192(%rbp), %rax
	movl	-208(%rbp), %edx
	movl	%edx, %edx
	addq	%rdx, %rax
	movl	-208(%rbp), %edx
	addl	$8, %edx
	movl	%edx, -208(%rbp)
	jmp	.L5
.L4:
	movq	-200(%rbp), %rax
	leaq	8(%rax), %rdx
	movq	%rdx, -200(%rbp)
.L5:
	movl	(%rax), %eax
	addl	%eax, -180(%rbp)
	addl	$1, -184(%rbp)
.L3:
	movl	-184(%rbp), %eax
	cmpl	-212(%rbp), %eax
	jl	.L6
	movl	-180(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	sum_ints, .-sum_ints
	.globl	avg_doubles
	.type	avg_doubles, @function
avg_doubles:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$120, %rsp
	movl	%edi, -228(%rbp)
	movq	%rsi, -168(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L18
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L18:
	movl	$8, -216(%rbp)
	movl	$48, -212(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -208(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -200(%rbp)
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -184(%rbp)
	movl	$0, -188(%rbp)
	jmp	.L11
.L14:
	movl	-212(%rbp), %eax
	cmpl	$175, %eax
	ja	.L12
	movq	-200(%rbp), %rax
	movl	-212(%rbp), %edx
	movl	%edx, %edx
	addq	%rdx, %rax
	movl	-212(%rbp), %edx
	addl	$16, %edx
	movl	%edx, -212(%rbp)
	jmp	.L13
.L12:
	movq	-208(%rbp), %rax
	leaq	8(%rax), %rdx
	movq	%rdx, -208(%rbp)
.L13:
	movsd	(%rax), %xmm0
	movsd	-184(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -184(%rbp)
	addl	$1, -188(%rbp)
.L11:
	movl	-188(%rbp), %eax
	cmpl	-228(%rbp), %eax
	jl	.L14
	cmpl	$0, -228(%rbp)
	je	.L15
	pxor	%xmm1, %xmm1
	cvtsi2sdl	-228(%rbp), %xmm1
	movsd	-184(%rbp), %xmm0
	divsd	%xmm1, %xmm0
	jmp	.L17
.L15:
	pxor	%xmm0, %xmm0
.L17:
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	avg_doubles, .-avg_doubles
	.globl	mixed_sum
	.type	mixed_sum, @function
mixed_sum:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$120, %rsp
	movq	%rdi, -232(%rbp)
	movq	%rsi, -168(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L38
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L38:
	movl	$8, -224(%rbp)
	movl	$48, -220(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -216(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -208(%rbp)
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -184(%rbp)
	movq	-232(%rbp), %rax
	movq	%rax, -192(%rbp)
	jmp	.L21
.L36:
	movq	-192(%rbp), %rax
	movzbl	(%rax), %eax
	movsbl	%al, %eax
	cmpl	$115, %eax
	je	.L22
	cmpl	$115, %eax
	jg	.L23
	cmpl	$108, %eax
	je	.L24
	cmpl	$108, %eax
	jg	.L23
	cmpl	$100, %eax
	je	.L25
	cmpl	$105, %eax
	jne	.L23
	movl	-224(%rbp), %eax
	cmpl	$47, %eax
	ja	.L26
	movq	-208(%rbp), %rax
	movl	-224(%rbp), %edx
	movl	%edx, %edx
	addq	%rdx, %rax
	movl	-224(%rbp), %edx
	addl	$8, %edx
	movl	%edx, -224(%rbp)
	jmp	.L27
.L26:
	movq	-216(%rbp), %rax
	leaq	8(%rax), %rdx
	movq	%rdx, -216(%rbp)
.L27:
	movl	(%rax), %eax
	pxor	%xmm0, %xmm0
	cvtsi2sdl	%eax, %xmm0
	movsd	-184(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -184(%rbp)
	jmp	.L23
.L24:
	movl	-224(%rbp), %eax
	cmpl	$47, %eax
	ja	.L28
	movq	-208(%rbp), %rax
	movl	-224(%rbp), %edx
	movl	%edx, %edx
	addq	%rdx, %rax
	movl	-224(%rbp), %edx
	addl	$8, %edx
	movl	%edx, -224(%rbp)
	jmp	.L29
.L28:
	movq	-216(%rbp), %rax
	leaq	8(%rax), %rdx
	movq	%rdx, -216(%rbp)
.L29:
	movq	(%rax), %rax
	pxor	%xmm0, %xmm0
	cvtsi2sdq	%rax, %xmm0
	movsd	-184(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -184(%rbp)
	jmp	.L23
.L25:
	movl	-220(%rbp), %eax
	cmpl	$175, %eax
	ja	.L30
	movq	-208(%rbp), %rax
	movl	-220(%rbp), %edx
	movl	%edx, %edx
	addq	%rdx, %rax
	movl	-220(%rbp), %edx
	addl	$16, %edx
	movl	%edx, -220(%rbp)
	jmp	.L31
.L30:
	movq	-216(%rbp), %rax
	leaq	8(%rax), %rdx
	movq	%rdx, -216(%rbp)
.L31:
	movsd	(%rax), %xmm0
	movsd	-184(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -184(%rbp)
	jmp	.L23
.L22:
	movl	-224(%rbp), %eax
	cmpl	$47, %eax
	ja	.L32
	movq	-208(%rbp), %rax
	movl	-224(%rbp), %edx
	movl	%edx, %edx
	addq	%rdx, %rax
	movl	-224(%rbp), %edx
	addl	$8, %edx
	movl	%edx, -224(%rbp)
	jmp	.L33
.L32:
	movq	-216(%rbp), %rax
	leaq	8(%rax), %rdx
	movq	%rdx, -216(%rbp)
.L33:
	movq	(%rax), %rax
	movq	%rax, -200(%rbp)
	jmp	.L34
.L35:
	movsd	-184(%rbp), %xmm1
	movsd	.LC1(%rip), %xmm0
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -184(%rbp)
.L34:
	movq	-200(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	%rdx, -200(%rbp)
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L35
	nop
.L23:
	addq	$1, -192(%rbp)
.L21:
	movq	-192(%rbp), %rax
	movzbl	(%rax), %eax
	testb	%al, %al
	jne	.L36
	movsd	-184(%rbp), %xmm0
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	mixed_sum, .-mixed_sum
	.globl	max_and_sum
	.type	max_and_sum, @function
max_and_sum:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$168, %rsp
	movl	%edi, -276(%rbp)
	movq	%rsi, -168(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L51
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L51:
	movl	$8, -240(%rbp)
	movl	$48, -236(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -232(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -224(%rbp)
	leaq	-264(%rbp), %rcx
	leaq	-240(%rbp), %rsi
	movq	(%rsi), %rax
	movq	8(%rsi), %rdx
	movq	%rax, (%rcx)
	movq	%rdx, 8(%rcx)
	movq	16(%rsi), %rax
	movq	%rax, 16(%rcx)
	movq	$-1000000, -184(%rbp)
	movl	$0, -188(%rbp)
	jmp	.L41
.L45:
	movl	-240(%rbp), %eax
	cmpl	$47, %eax
	ja	.L42
	movq	-224(%rbp), %rax
	movl	-240(%rbp), %edx
	movl	%edx, %edx
	addq	%rdx, %rax
	movl	-240(%rbp), %edx
	addl	$8, %edx
	movl	%edx, -240(%rbp)
	jmp	.L43
.L42:
	movq	-232(%rbp), %rax
	leaq	8(%rax), %rdx
	movq	%rdx, -232(%rbp)
.L43:
	movq	(%rax), %rax
	movq	%rax, -216(%rbp)
	movq	-216(%rbp), %rax
	cmpq	-184(%rbp), %rax
	jle	.L44
	movq	-216(%rbp), %rax
	movq	%rax, -184(%rbp)
.L44:
	addl	$1, -188(%rbp)
.L41:
	movl	-188(%rbp), %eax
	cmpl	-276(%rbp), %eax
	jl	.L45
	movq	$0, -200(%rbp)
	movl	$0, -204(%rbp)
	jmp	.L46
.L49:
	movl	-264(%rbp), %eax
	cmpl	$47, %eax
	ja	.L47
	movq	-248(%rbp), %rax
	movl	-264(%rbp), %edx
	movl	%edx, %edx
	addq	%rdx, %rax
	movl	-264(%rbp), %edx
	addl	$8, %edx
	movl	%edx, -264(%rbp)
	jmp	.L48
.L47:
	movq	-256(%rbp), %rax
	leaq	8(%rax), %rdx
	movq	%rdx, -256(%rbp)
.L48:
	movq	(%rax), %rax
	addq	%rax, -200(%rbp)
	addl	$1, -204(%rbp)
.L46:
	movl	-204(%rbp), %eax
	cmpl	-276(%rbp), %eax
	jl	.L49
	movq	-184(%rbp), %rax
	imulq	$1000, %rax, %rdx
	movq	-200(%rbp), %rax
	addq	%rdx, %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	max_and_sum, .-max_and_sum
	.local	logbuf
	.comm	logbuf,256,32
	.section	.rodata
.LC2:
	.string	"log[%d]: %s\n"
	.text
	.globl	logf_like
	.type	logf_like, @function
logf_like:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$224, %rsp
	movq	%rdi, -216(%rbp)
	movq	%rsi, -168(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L55
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L55:
	movl	$8, -208(%rbp)
	movl	$48, -204(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -200(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -192(%rbp)
	leaq	-208(%rbp), %rdx
	movq	-216(%rbp), %rax
	movq	%rdx, %rcx
	movq	%rax, %rdx
	movl	$256, %esi
	leaq	logbuf(%rip), %rax
	movq	%rax, %rdi
	call	vsnprintf@PLT
	movl	%eax, -180(%rbp)
	movl	-180(%rbp), %eax
	leaq	logbuf(%rip), %rdx
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-180(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	logf_like, .-logf_like
	.section	.rodata
.LC3:
	.string	"sum_ints(0) = %d\n"
.LC4:
	.string	"sum_ints(3) = %d\n"
.LC5:
	.string	"sum_ints(12) = %d\n"
.LC9:
	.string	"avg_doubles(4) = %.6f\n"
.LC19:
	.string	"avg_doubles(11) = %.6f\n"
.LC23:
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
	.text
	.globl	main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	seed(%rip), %eax
	movl	%eax, -4(%rbp)
	movl	$0, %edi
	movl	$0, %eax
	call	sum_ints
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-4(%rbp), %edx
	movl	%edx, %eax
	addl	%eax, %eax
	leal	(%rax,%rdx), %ecx
	movl	-4(%rbp), %eax
	leal	(%rax,%rax), %edx
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	movl	$3, %edi
	movl	$0, %eax
	call	sum_ints
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	subq	$8, %rsp
	movl	-4(%rbp), %eax
	pushq	%rax
	pushq	$11
	pushq	$10
	pushq	$9
	pushq	$8
	pushq	$7
	pushq	$6
	movl	$5, %r9d
	movl	$4, %r8d
	movl	$3, %ecx
	movl	$2, %edx
	movl	$1, %esi
	movl	$12, %edi
	movl	$0, %eax
	call	sum_ints
	addq	$64, %rsp
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	pxor	%xmm2, %xmm2
	cvtsi2sdl	-4(%rbp), %xmm2
	movsd	.LC6(%rip), %xmm1
	movsd	.LC7(%rip), %xmm0
	movq	.LC8(%rip), %rax
	movapd	%xmm2, %xmm3
	movapd	%xmm1, %xmm2
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	movl	$4, %edi
	movl	$4, %eax
	call	avg_doubles
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	pxor	%xmm0, %xmm0
	cvtsi2sdl	-4(%rbp), %xmm0
	movsd	.LC10(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movsd	.LC11(%rip), %xmm7
	movsd	.LC12(%rip), %xmm6
	movsd	.LC13(%rip), %xmm5
	movsd	.LC14(%rip), %xmm4
	movsd	.LC10(%rip), %xmm3
	movsd	.LC15(%rip), %xmm2
	movsd	.LC16(%rip), %xmm1
	movq	.LC1(%rip), %rax
	subq	$8, %rsp
	leaq	-8(%rsp), %rsp
	movsd	%xmm0, (%rsp)
	movsd	.LC17(%rip), %xmm0
	leaq	-8(%rsp), %rsp
	movsd	%xmm0, (%rsp)
	movsd	.LC18(%rip), %xmm0
	leaq	-8(%rsp), %rsp
	movsd	%xmm0, (%rsp)
	movq	%rax, %xmm0
	movl	$11, %edi
	movl	$8, %eax
	call	avg_doubles
	addq	$32, %rsp
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leaq	.LC19(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movsd	.LC20(%rip), %xmm3
	movsd	.LC21(%rip), %xmm2
	movsd	.LC16(%rip), %xmm1
	movsd	.LC22(%rip), %xmm0
	movq	.LC24(%rip), %rsi
	movl	-4(%rbp), %eax
	pushq	$10
	pushq	$9
	movapd	%xmm3, %xmm4
	movapd	%xmm2, %xmm3
	movapd	%xmm1, %xmm2
	movq	$-5, %r9
	movapd	%xmm0, %xmm1
	movl	$-3, %r8d
	leaq	.LC23(%rip), %rdx
	movq	%rdx, %rcx
	movabsq	$100000000000, %rdx
	movq	%rsi, %xmm0
	movl	%eax, %esi
	leaq	.LC25(%rip), %rax
	movq	%rax, %rdi
	movl	$5, %eax
	call	mixed_sum
	addq	$16, %rsp
	movq	%xmm0, %rax
	movq	%rax, %xmm0
	leaq	.LC26(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	-4(%rbp), %eax
	cltq
	pushq	$1
	pushq	$8
	pushq	$-50
	pushq	$99
	movq	%rax, %r9
	movl	$3, %r8d
	movl	$17, %ecx
	movq	$-2, %rdx
	movl	$5, %esi
	movl	$9, %edi
	movl	$0, %eax
	call	max_and_sum
	addq	$32, %rsp
	movq	%rax, %rsi
	leaq	.LC27(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	pxor	%xmm0, %xmm0
	cvtsi2sdl	-4(%rbp), %xmm0
	movsd	.LC15(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movq	%xmm0, %rdx
	movl	-4(%rbp), %eax
	movabsq	$-123456789012, %r9
	leaq	.LC28(%rip), %r8
	movq	%rdx, %xmm0
	leaq	.LC29(%rip), %rdx
	movq	%rdx, %rcx
	movl	%eax, %edx
	leaq	.LC30(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC31(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	logf_like
	movl	%eax, -8(%rbp)
	cmpl	$27, -8(%rbp)
	setne	%al
	movzbl	%al, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	main, .-main
	.section	.rodata
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
	.long	1074790400
	.align 8
.LC11:
	.long	0
	.long	1075838976
	.align 8
.LC12:
	.long	0
	.long	1075576832
	.align 8
.LC13:
	.long	0
	.long	1075314688
	.align 8
.LC14:
	.long	0
	.long	1075052544
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
	.long	1076101120
	.align 8
.LC18:
	.long	0
	.long	1075970048
	.align 8
.LC20:
	.long	0
	.long	1068498944
	.align 8
.LC21:
	.long	0
	.long	1071644672
	.align 8
.LC22:
	.long	0
	.long	1072824320
	.align 8
.LC24:
	.long	0
	.long	1070596096
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
