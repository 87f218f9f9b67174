	.file	"34_va_list.c"
	.text
	.p2align 4
	.globl	out
	.type	out, @function
out:
.LFB72:
	.cfi_startproc
	subq	$216, %rsp
	.cfi_def_cfa_offset 224
	movq	%rsi, 40(%rsp)
	movq	%rdx, 48(%rsp)
	movq	%rcx, 56(%rsp)
	movq	%r8, 64(%rsp)
	movq	%r9, 72(%rsp)
	testb	%al, %al
	je	.L3
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm1, 96(%rsp)
	movaps	%xmm2, 112(%rsp)
	movaps	%xmm3, 128(%rsp)
	movaps	%xmm4, 144(%rsp)
	movaps	%xmm5, 160(%rsp)
	movaps	%xmm6, 176(%rsp)
	movaps	%xmm7, 192(%rsp)
.L3:
	leaq	224(%rsp), %rax
	movq	%rdi, %rdx
	movq	stdout(%rip), %rdi
	leaq	8(%rsp), %rcx
	movq	%rax, 16(%rsp)
	movl	$1, %esi
	leaq	32(%rsp), %rax
	movl	$8, 8(%rsp)
	movl	$48, 12(%rsp)
	movq	%rax, 24(%rsp)
	call	__vfprintf_chk@PLT
	addq	$216, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE72:
	.size	out, .-out
	.p2align 4
	.globl	err
	.type	err, @function
err:
.LFB73:
	.cfi_startproc
	subq	$216, %rsp
	.cfi_def_cfa_offset 224
	movq	%rsi, 40(%rsp)
	movq	%rdx, 48(%rsp)
	movq	%rcx, 56(%rsp)
	movq	%r8, 64(%rsp)
	movq	%r9, 72(%rsp)
	testb	%al, %al
	je	.L8
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm1, 96(%rsp)
	movaps	%xmm2, 112(%rsp)
	movaps	%xmm3, 128(%rsp)
	movaps	%xmm4, 144(%rsp)
	movaps	%xmm5, 160(%rsp)
	movaps	%xmm6, 176(%rsp)
	movaps	%xmm7, 192(%rsp)
.L8:
	leaq	224(%rsp), %rax
	movq	%rdi, %rdx
	movq	stdout(%rip), %rdi
	leaq	8(%rsp), %rcx
	movq	%rax, 16(%rsp)
	movl	$1, %esi
	leaq	32(%rsp), %rax
	movl	$8, 8(%rsp)
	movl	$48, 12(%rsp)
	movq	%rax, 24(%rsp)
	call	__vfprintf_chk@PLT
	addq	$216, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE73:
	.size	err, .-err
	.p2align 4
	.globl	fmt_into
	.type	fmt_into, @function
fmt_into:
.LFB74:
	.cfi_startproc
	subq	$216, %rsp
	.cfi_def_cfa_offset 224
	movq	%rcx, 56(%rsp)
	movq	%r8, 64(%rsp)
	movq	%r9, 72(%rsp)
	testb	%al, %al
	je	.L12
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm1, 96(%rsp)
	movaps	%xmm2, 112(%rsp)
	movaps	%xmm3, 128(%rsp)
	movaps	%xmm4, 144(%rsp)
	movaps	%xmm5, 160(%rsp)
	movaps	%xmm6, 176(%rsp)
	movaps	%xmm7, 192(%rsp)
.L12:
	leaq	224(%rsp), %rax
	leaq	8(%rsp), %r9
	movq	%rdx, %r8
	movq	$-1, %rcx
	movq	%rax, 16(%rsp)
	movl	$1, %edx
	leaq	32(%rsp), %rax
	movl	$24, 8(%rsp)
	movl	$48, 12(%rsp)
	movq	%rax, 24(%rsp)
	call	__vsnprintf_chk@PLT
	addq	$216, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE74:
	.size	fmt_into, .-fmt_into
	.p2align 4
	.globl	fmt_unbounded
	.type	fmt_unbounded, @function
fmt_unbounded:
.LFB75:
	.cfi_startproc
	subq	$216, %rsp
	.cfi_def_cfa_offset 224
	movq	%rsi, 40(%rsp)
	movq	%rdx, 48(%rsp)
	movq	%rcx, 56(%rsp)
	movq	%r8, 64(%rsp)
	movq	%r9, 72(%rsp)
	testb	%al, %al
	je	.L16
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm1, 96(%rsp)
	movaps	%xmm2, 112(%rsp)
	movaps	%xmm3, 128(%rsp)
	movaps	%xmm4, 144(%rsp)
	movaps	%xmm5, 160(%rsp)
	movaps	%xmm6, 176(%rsp)
	movaps	%xmm7, 192(%rsp)
.L16:
	leaq	224(%rsp), %rax
	leaq	8(%rsp), %r8
	movq	%rdi, %rcx
	movl	$512, %edx
	movq	%rax, 16(%rsp)
	movl	$1, %esi
	leaq	32(%rsp), %rax
	leaq	buf(%rip), %rdi
	movl	$8, 8(%rsp)
	movl	$48, 12(%rsp)
	movq	%rax, 24(%rsp)
	call	__vsprintf_chk@PLT
	addq	$216, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE75:
	.size	fmt_unbounded, .-fmt_unbounded
	.p2align 4
	.globl	fmt_alloc
	.type	fmt_alloc, @function
fmt_alloc:
.LFB76:
	.cfi_startproc
	subq	$216, %rsp
	.cfi_def_cfa_offset 224
	movq	%rsi, 40(%rsp)
	movq	%rdx, 48(%rsp)
	movq	%rcx, 56(%rsp)
	movq	%r8, 64(%rsp)
	movq	%r9, 72(%rsp)
	testb	%al, %al
	je	.L22
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm1, 96(%rsp)
	movaps	%xmm2, 112(%rsp)
	movaps	%xmm3, 128(%rsp)
	movaps	%xmm4, 144(%rsp)
	movaps	%xmm5, 160(%rsp)
	movaps	%xmm6, 176(%rsp)
	movaps	%xmm7, 192(%rsp)
.L22:
	leaq	224(%rsp), %rax
	movq	%rdi, %rdx
	leaq	8(%rsp), %rcx
	movl	$1, %esi
	movq	%rax, 16(%rsp)
	leaq	32(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	%rsp, %rax
	movq	%rax, %rdi
	movq	$0, (%rsp)
	movl	$8, 8(%rsp)
	movl	$48, 12(%rsp)
	call	__vasprintf_chk@PLT
	movl	%eax, %edx
	xorl	%eax, %eax
	testl	%edx, %edx
	js	.L18
	movq	(%rsp), %rax
.L18:
	addq	$216, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE76:
	.size	fmt_alloc, .-fmt_alloc
	.p2align 4
	.globl	to_fd
	.type	to_fd, @function
to_fd:
.LFB77:
	.cfi_startproc
	subq	$216, %rsp
	.cfi_def_cfa_offset 224
	movq	%rdx, 48(%rsp)
	movq	%rcx, 56(%rsp)
	movq	%r8, 64(%rsp)
	movq	%r9, 72(%rsp)
	testb	%al, %al
	je	.L26
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm1, 96(%rsp)
	movaps	%xmm2, 112(%rsp)
	movaps	%xmm3, 128(%rsp)
	movaps	%xmm4, 144(%rsp)
	movaps	%xmm5, 160(%rsp)
	movaps	%xmm6, 176(%rsp)
	movaps	%xmm7, 192(%rsp)
.L26:
	leaq	224(%rsp), %rax
	leaq	8(%rsp), %rcx
	movq	%rsi, %rdx
	movl	$1, %esi
	movq	%rax, 16(%rsp)
	leaq	32(%rsp), %rax
	movl	$16, 8(%rsp)
	movl	$48, 12(%rsp)
	movq	%rax, 24(%rsp)
	call	__vdprintf_chk@PLT
	addq	$216, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE77:
	.size	to_fd, .-to_fd
	.p2align 4
	.globl	parse
	.type	parse, @function
parse:
.LFB78:
	.cfi_startproc
	subq	$216, %rsp
	.cfi_def_cfa_offset 224
	movq	%rdx, 48(%rsp)
	movq	%rcx, 56(%rsp)
	movq	%r8, 64(%rsp)
	movq	%r9, 72(%rsp)
	testb	%al, %al
	je	.L30
	movaps	%xmm0, 80(%rsp)
	movaps	%xmm1, 96(%rsp)
	movaps	%xmm2, 112(%rsp)
	movaps	%xmm3, 128(%rsp)
	movaps	%xmm4, 144(%rsp)
	movaps	%xmm5, 160(%rsp)
	movaps	%xmm6, 176(%rsp)
	movaps	%xmm7, 192(%rsp)
.L30:
	leaq	224(%rsp), %rax
	leaq	8(%rsp), %rdx
	movl	$16, 8(%rsp)
	movq	%rax, 16(%rsp)
	leaq	32(%rsp), %rax
	movl	$48, 12(%rsp)
	movq	%rax, 24(%rsp)
	call	__isoc99_vsscanf@PLT
	addq	$216, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE78:
	.size	parse, .-parse
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"first: %s\n"
.LC1:
	.string	"again: %s\n"
	.text
	.p2align 4
	.globl	twice
	.type	twice, @function
twice:
.LFB79:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	movq	%rdi, %rbx
	subq	$232, %rsp
	.cfi_def_cfa_offset 272
	movq	%rsi, 56(%rsp)
	movq	%rdx, 64(%rsp)
	movq	%rcx, 72(%rsp)
	movq	%r8, 80(%rsp)
	movq	%r9, 88(%rsp)
	testb	%al, %al
	je	.L34
	movaps	%xmm0, 96(%rsp)
	movaps	%xmm1, 112(%rsp)
	movaps	%xmm2, 128(%rsp)
	movaps	%xmm3, 144(%rsp)
	movaps	%xmm4, 160(%rsp)
	movaps	%xmm5, 176(%rsp)
	movaps	%xmm6, 192(%rsp)
	movaps	%xmm7, 208(%rsp)
.L34:
	leaq	272(%rsp), %rax
	movq	%rsp, %r9
	movq	%rbx, %r8
	movl	$8, (%rsp)
	movq	%rax, 8(%rsp)
	movl	$512, %ecx
	leaq	48(%rsp), %rax
	leaq	buf(%rip), %rbp
	movl	$48, 4(%rsp)
	movdqu	(%rsp), %xmm0
	movq	%rbp, %rdi
	movl	$1, %edx
	movl	$512, %esi
	movq	%rax, 16(%rsp)
	leaq	24(%rsp), %r13
	movups	%xmm0, 24(%rsp)
	movq	%rax, 40(%rsp)
	call	__vsnprintf_chk@PLT
	movq	%rbp, %rdx
	movl	$1, %edi
	leaq	.LC0(%rip), %rsi
	movl	%eax, %r12d
	xorl	%eax, %eax
	call	__printf_chk@PLT
	movq	%r13, %r9
	movq	%rbx, %r8
	movq	%rbp, %rdi
	movl	$512, %ecx
	movl	$1, %edx
	movl	$512, %esi
	call	__vsnprintf_chk@PLT
	movq	%rbp, %rdx
	movl	$1, %edi
	leaq	.LC1(%rip), %rsi
	movl	%eax, %ebx
	xorl	%eax, %eax
	call	__printf_chk@PLT
	addq	$232, %rsp
	.cfi_def_cfa_offset 40
	leal	(%rbx,%r12), %eax
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE79:
	.size	twice, .-twice
	.section	.rodata.str1.1
.LC2:
	.string	"(null)"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC3:
	.string	"ints %d %u %ld %lx %hhd %c%c|%5s|%-4d|%%\n"
	.section	.rodata.str1.1
.LC4:
	.string	"ab"
.LC5:
	.string	"out wrote %d\n"
	.section	.rodata.str1.8
	.align 8
.LC14:
	.string	"doubles %.3f %g %e %.1f %.2f %.2f %.2f %.2f %.2f %.2f %.2f\n"
	.section	.rodata.str1.1
.LC25:
	.string	"three"
	.section	.rodata.str1.8
	.align 8
.LC27:
	.string	"mixed %d %.2f %s %ld %.3f %d %.1f %d %d %d %.1f %.1f %.1f %.1f %.1f %d\n"
	.align 8
.LC28:
	.string	"star widths [%*d] [%-*.*f] [%.*s]\n"
	.section	.rodata.str1.1
.LC29:
	.string	"abcdef"
.LC30:
	.string	"err wrote %d\n"
.LC32:
	.string	"count"
.LC33:
	.string	"%s-%d%n-%.4f"
.LC34:
	.string	"fmt_into %d count %d: %s\n"
.LC35:
	.string	"truncated %d %d"
.LC36:
	.string	"fmt_into %d: %s\n"
.LC38:
	.string	"%08.3f|%+d|%x|%o"
.LC39:
	.string	"fmt_unbounded %d: %s\n"
.LC41:
	.string	"here"
.LC42:
	.string	"alloc %s %d %.2f"
.LC43:
	.string	"fmt_alloc: %s\n"
.LC44:
	.string	"seven"
.LC46:
	.string	"to_fd %d %.1f %s\n"
.LC47:
	.string	"to_fd wrote %d\n"
.LC49:
	.string	"%d %ld %lf %15s %15[a-z]"
	.section	.rodata.str1.8
	.align 8
.LC50:
	.string	"12 -345678901234 6.25 hello abc123"
	.section	.rodata.str1.1
.LC51:
	.string	"parse %d: %d %ld %.2f %s %s\n"
.LC52:
	.string	"%*s %d"
.LC53:
	.string	"skip 99 x"
.LC54:
	.string	"parse %d: %d\n"
.LC56:
	.string	"two"
.LC57:
	.string	"%d/%s/%.1f/%ld"
.LC58:
	.string	"twice %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB80:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movl	$42, %edx
	movl	$-7, %esi
	leaq	.LC4(%rip), %rax
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movl	$300, %r9d
	movl	$3735928559, %r8d
	movabsq	$1234567890123, %rcx
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	leaq	.LC3(%rip), %rdi
	leaq	.LC5(%rip), %rbx
	subq	$64, %rsp
	.cfi_def_cfa_offset 96
	pushq	$9
	.cfi_def_cfa_offset 104
	pushq	%rax
	.cfi_def_cfa_offset 112
	xorl	%eax, %eax
	pushq	$107
	.cfi_def_cfa_offset 120
	pushq	$111
	.cfi_def_cfa_offset 128
	call	out
	movq	%rbx, %rsi
	addq	$32, %rsp
	.cfi_def_cfa_offset 96
	movl	$1, %edi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	__printf_chk@PLT
	subq	$8, %rsp
	.cfi_def_cfa_offset 104
	movabsq	$4618441417868443648, %rcx
	movabsq	$4619567317775286272, %rdx
	movsd	.LC6(%rip), %xmm7
	movsd	.LC7(%rip), %xmm6
	movabsq	$4620974692658839552, %rax
	leaq	.LC14(%rip), %rdi
	pushq	%rax
	.cfi_def_cfa_offset 112
	movq	.LC13(%rip), %rax
	pushq	%rdx
	.cfi_def_cfa_offset 120
	movsd	.LC8(%rip), %xmm5
	pushq	%rcx
	.cfi_def_cfa_offset 128
	movsd	.LC9(%rip), %xmm4
	movq	%rax, %xmm0
	movl	$8, %eax
	movsd	.LC10(%rip), %xmm3
	movsd	.LC11(%rip), %xmm2
	movsd	.LC12(%rip), %xmm1
	call	out
	addq	$32, %rsp
	.cfi_def_cfa_offset 96
	movq	%rbx, %rsi
	movl	$1, %edi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	__printf_chk@PLT
	subq	$8, %rsp
	.cfi_def_cfa_offset 104
	movsd	.LC18(%rip), %xmm7
	movsd	.LC19(%rip), %xmm6
	pushq	$16
	.cfi_def_cfa_offset 112
	movsd	.LC20(%rip), %xmm5
	movl	$8, %r9d
	movl	$6, %r8d
	pushq	$10
	.cfi_def_cfa_offset 120
	movsd	.LC21(%rip), %xmm4
	movl	$4, %ecx
	leaq	.LC25(%rip), %rdx
	pushq	$9
	.cfi_def_cfa_offset 128
	movsd	.LC22(%rip), %xmm3
	movl	$1, %esi
	leaq	.LC27(%rip), %rdi
	movsd	.LC23(%rip), %xmm2
	movsd	.LC24(%rip), %xmm1
	movl	$8, %eax
	movsd	.LC26(%rip), %xmm0
	call	out
	addq	$32, %rsp
	.cfi_def_cfa_offset 96
	movq	%rbx, %rsi
	movl	$1, %edi
	movl	%eax, %edx
	xorl	%eax, %eax
	leaq	buf(%rip), %rbx
	call	__printf_chk@PLT
	subq	$8, %rsp
	.cfi_def_cfa_offset 104
	movl	$9, %ecx
	leaq	.LC29(%rip), %rax
	pushq	%rax
	.cfi_def_cfa_offset 112
	movl	$3, %r9d
	movl	$2, %r8d
	movq	.LC13(%rip), %rax
	movl	$42, %edx
	movl	$6, %esi
	leaq	.LC28(%rip), %rdi
	movq	%rax, %xmm0
	movl	$1, %eax
	call	err
	leaq	.LC30(%rip), %rsi
	movl	$1, %edi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	__printf_chk@PLT
	movsd	.LC31(%rip), %xmm0
	leaq	24(%rsp), %r9
	movq	%rbx, %rdi
	movl	$77, %r8d
	movl	$512, %esi
	movl	$1, %eax
	movl	$0, 24(%rsp)
	leaq	.LC32(%rip), %rcx
	leaq	.LC33(%rip), %rdx
	call	fmt_into
	movl	24(%rsp), %ecx
	movq	%rbx, %r8
	leaq	.LC34(%rip), %rsi
	movl	%eax, %edx
	movl	$1, %edi
	xorl	%eax, %eax
	call	__printf_chk@PLT
	movl	$789, %r8d
	movq	%rbx, %rdi
	xorl	%eax, %eax
	movl	$123456, %ecx
	leaq	.LC35(%rip), %rdx
	movl	$8, %esi
	call	fmt_into
	movq	%rbx, %rcx
	movl	$1, %edi
	leaq	.LC36(%rip), %rsi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	__printf_chk@PLT
	movl	$8, %ecx
	movl	$255, %edx
	movsd	.LC37(%rip), %xmm0
	movl	$17, %esi
	leaq	.LC38(%rip), %rdi
	movl	$1, %eax
	call	fmt_unbounded
	movq	%rbx, %rcx
	movl	$1, %edi
	leaq	.LC39(%rip), %rsi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	__printf_chk@PLT
	movl	$3, %edx
	movsd	.LC40(%rip), %xmm0
	leaq	.LC41(%rip), %rsi
	leaq	.LC42(%rip), %rdi
	movl	$1, %eax
	call	fmt_alloc
	leaq	.LC2(%rip), %rdx
	popq	%rsi
	.cfi_def_cfa_offset 104
	popq	%rdi
	.cfi_def_cfa_offset 96
	testq	%rax, %rax
	movq	%rax, %rbx
	leaq	32(%rsp), %rbp
	movl	$1, %edi
	cmovne	%rax, %rdx
	leaq	.LC43(%rip), %rsi
	xorl	%eax, %eax
	call	__printf_chk@PLT
	movq	%rbx, %rdi
	leaq	12(%rsp), %rbx
	call	free@PLT
	movq	stdout(%rip), %rdi
	call	fflush@PLT
	movl	$5, %edx
	movsd	.LC45(%rip), %xmm0
	leaq	.LC44(%rip), %rcx
	leaq	.LC46(%rip), %rsi
	movl	$1, %edi
	movl	$1, %eax
	call	to_fd
	leaq	.LC47(%rip), %rsi
	movl	$1, %edi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	__printf_chk@PLT
	pxor	%xmm0, %xmm0
	leaq	16(%rsp), %rcx
	xorl	%eax, %eax
	movaps	%xmm0, 32(%rsp)
	subq	$8, %rsp
	.cfi_def_cfa_offset 104
	movq	%rbp, %r9
	movq	%rbx, %rdx
	movl	$0, 20(%rsp)
	leaq	.LC49(%rip), %rsi
	leaq	.LC50(%rip), %rdi
	movq	$0, 24(%rsp)
	movq	$0x000000000, 32(%rsp)
	movaps	%xmm0, 56(%rsp)
	leaq	56(%rsp), %r12
	pushq	%r12
	.cfi_def_cfa_offset 112
	leaq	40(%rsp), %r8
	call	parse
	movl	28(%rsp), %ecx
	movq	%rbp, %r9
	movq	%r12, (%rsp)
	movq	32(%rsp), %r8
	movsd	40(%rsp), %xmm0
	movl	%eax, %edx
	leaq	.LC51(%rip), %rsi
	movl	$1, %edi
	movl	$1, %eax
	call	__printf_chk@PLT
	movq	%rbx, %rdx
	leaq	.LC52(%rip), %rsi
	xorl	%eax, %eax
	leaq	.LC53(%rip), %rdi
	call	parse
	movl	28(%rsp), %ecx
	movl	$1, %edi
	leaq	.LC54(%rip), %rsi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	__printf_chk@PLT
	movl	$4, %ecx
	movl	$1, %esi
	movsd	.LC55(%rip), %xmm0
	leaq	.LC56(%rip), %rdx
	leaq	.LC57(%rip), %rdi
	movl	$1, %eax
	call	twice
	leaq	.LC58(%rip), %rsi
	movl	$1, %edi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	__printf_chk@PLT
	addq	$80, %rsp
	.cfi_def_cfa_offset 32
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE80:
	.size	main, .-main
	.local	buf
	.comm	buf,512,32
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC6:
	.long	0
	.long	1075052544
	.align 8
.LC7:
	.long	0
	.long	1074790400
	.align 8
.LC8:
	.long	0
	.long	1074266112
	.align 8
.LC9:
	.long	0
	.long	1073741824
	.align 8
.LC10:
	.long	0
	.long	1072693248
	.align 8
.LC11:
	.long	536870912
	.long	-1040015265
	.align 8
.LC12:
	.long	1202590843
	.long	1063549665
	.align 8
.LC13:
	.long	-266631570
	.long	1074340345
	.align 8
.LC18:
	.long	0
	.long	1076822016
	.align 8
.LC19:
	.long	0
	.long	1076690944
	.align 8
.LC20:
	.long	0
	.long	1076559872
	.align 8
.LC21:
	.long	0
	.long	1076428800
	.align 8
.LC22:
	.long	0
	.long	1076297728
	.align 8
.LC23:
	.long	0
	.long	1075707904
	.align 8
.LC24:
	.long	0
	.long	1075085312
	.align 8
.LC26:
	.long	0
	.long	1073872896
	.align 8
.LC31:
	.long	0
	.long	1071644672
	.align 8
.LC37:
	.long	0
	.long	-1073479680
	.align 8
.LC40:
	.long	0
	.long	1072168960
	.align 8
.LC45:
	.long	0
	.long	1075445760
	.align 8
.LC55:
	.long	0
	.long	1074528256
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
