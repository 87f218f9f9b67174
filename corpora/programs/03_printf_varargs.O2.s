	.file	"03_printf_varargs.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %f %g %e\n"
.LC1:
	.string	"translator"
.LC2:
	.string	"%ld %x %s %c\n"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC3:
	.string	"[%5d] [%-5d] [%05d] [%+d] [% d]\n"
	.align 8
.LC5:
	.string	"[%10.3f] [%-10.2f] [%+.1e] [%G] [%E]\n"
	.section	.rodata.str1.1
.LC6:
	.string	"[%#x] [%#o] [%X] [%lx] [%lu]\n"
.LC7:
	.string	"cd"
.LC8:
	.string	"ab"
	.section	.rodata.str1.8
	.align 8
.LC9:
	.string	"[%.3s] [%8s] [%-8s|] [%c%c%c]\n"
	.section	.rodata.str1.1
.LC10:
	.string	"[%hhd] [%hd] [%hhu] [%hu]\n"
.LC11:
	.string	"[%lld] [%llu] [%llx]\n"
.LC12:
	.string	"[%*d] [%-*d] [%.*f]\n"
.LC13:
	.string	"string"
.LC14:
	.string	"%% literal and %s at end\n"
	.section	.rodata.str1.8
	.align 8
.LC21:
	.string	"%f %d %f %d %f %d %f %d %f %d %f %d %f %f %f %f %f %f\n"
	.align 8
.LC26:
	.string	"%d %d %d %d %d %d %d %d %d %d %ld %ld\n"
	.section	.rodata.str1.1
.LC27:
	.string	"float promoted: %.5f %g\n"
.LC33:
	.string	"%g %g %g %g %g\n"
.LC38:
	.string	"%.0f %.0f %.0f %.0f\n"
.LC39:
	.string	"%s-%d-%.2f-%c"
.LC40:
	.string	"snprintf -> %d \"%s\"\n"
.LC41:
	.string	"%d%d%d"
.LC42:
	.string	"truncated -> %d \"%s\"\n"
.LC43:
	.string	"count me"
.LC44:
	.string	"%s %d\n"
.LC45:
	.string	"printf returned %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	leaq	.LC0(%rip), %rdi
	movl	$3, %eax
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	leaq	.LC1(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$152, %rsp
	.cfi_def_cfa_offset 192
	movl	vi(%rip), %ebx
	movq	vl(%rip), %rbp
	movsd	vd(%rip), %xmm8
	movl	vu(%rip), %r13d
	movl	%ebx, %esi
	movapd	%xmm8, %xmm2
	movapd	%xmm8, %xmm1
	movapd	%xmm8, %xmm0
	movsd	%xmm8, 8(%rsp)
	call	printf@PLT
	movq	%r12, %rcx
	movl	%r13d, %edx
	movq	%rbp, %rsi
	movl	$81, %r8d
	leaq	.LC2(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	%ebx, %r9d
	movl	%ebx, %r8d
	movl	%ebx, %ecx
	movl	%ebx, %edx
	movl	%ebx, %esi
	leaq	.LC3(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movsd	8(%rsp), %xmm8
	movl	$5, %eax
	movsd	.LC4(%rip), %xmm3
	leaq	.LC5(%rip), %rdi
	movapd	%xmm8, %xmm4
	movapd	%xmm8, %xmm2
	movapd	%xmm8, %xmm1
	divsd	%xmm3, %xmm4
	movapd	%xmm8, %xmm0
	mulsd	%xmm8, %xmm3
	call	printf@PLT
	movq	%rbp, %r9
	movq	%rbp, %r8
	movl	%r13d, %ecx
	movl	%r13d, %esi
	movl	$511, %edx
	leaq	.LC6(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	subq	$8, %rsp
	.cfi_def_cfa_offset 200
	movq	%r12, %rsi
	xorl	%eax, %eax
	pushq	$122
	.cfi_def_cfa_offset 208
	movl	$121, %r9d
	movl	$120, %r8d
	leaq	.LC7(%rip), %rcx
	leaq	.LC8(%rip), %rdx
	leaq	.LC9(%rip), %rdi
	call	printf@PLT
	movl	$65000, %r8d
	movl	$250, %ecx
	xorl	%eax, %eax
	movl	$-1234, %edx
	movl	$-5, %esi
	leaq	.LC10(%rip), %rdi
	call	printf@PLT
	leaq	0(%rbp,%rbp,2), %rsi
	movq	$-1, %rdx
	xorl	%eax, %eax
	movabsq	$81985529216486895, %rcx
	leaq	.LC11(%rip), %rdi
	call	printf@PLT
	movl	%ebx, %r8d
	movl	%ebx, %edx
	movl	$2, %r9d
	movl	$6, %ecx
	movsd	24(%rsp), %xmm8
	movl	$6, %esi
	leaq	.LC12(%rip), %rdi
	movl	$1, %eax
	movapd	%xmm8, %xmm0
	call	printf@PLT
	leaq	.LC13(%rip), %rsi
	leaq	.LC14(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	subq	$24, %rsp
	.cfi_def_cfa_offset 232
	movsd	.LC22(%rip), %xmm0
	movsd	.LC15(%rip), %xmm7
	movsd	48(%rsp), %xmm8
	movsd	.LC16(%rip), %xmm6
	movl	$5, %r9d
	movl	$4, %r8d
	movsd	.LC17(%rip), %xmm5
	movsd	.LC18(%rip), %xmm4
	movl	$3, %ecx
	movl	$2, %edx
	mulsd	%xmm8, %xmm0
	movapd	%xmm8, %xmm1
	movl	$1, %esi
	movsd	.LC19(%rip), %xmm3
	mulsd	%xmm8, %xmm7
	addsd	%xmm8, %xmm1
	movl	$8, %eax
	movsd	.LC20(%rip), %xmm2
	mulsd	%xmm8, %xmm6
	leaq	.LC21(%rip), %rdi
	mulsd	%xmm8, %xmm5
	mulsd	%xmm8, %xmm4
	movsd	%xmm0, 24(%rsp)
	movsd	.LC23(%rip), %xmm0
	mulsd	%xmm8, %xmm3
	mulsd	%xmm8, %xmm2
	mulsd	%xmm8, %xmm0
	movsd	%xmm0, 16(%rsp)
	movsd	.LC24(%rip), %xmm0
	mulsd	%xmm8, %xmm0
	movsd	%xmm0, 8(%rsp)
	movsd	.LC25(%rip), %xmm0
	mulsd	%xmm8, %xmm0
	movsd	%xmm0, (%rsp)
	movapd	%xmm8, %xmm0
	pushq	$6
	.cfi_def_cfa_offset 240
	movsd	%xmm8, 56(%rsp)
	call	printf@PLT
	addq	$40, %rsp
	.cfi_def_cfa_offset 200
	leal	1(%rbx), %esi
	leal	2(%rbx), %ecx
	movabsq	$5270498306774157605, %rax
	leal	4(%rbx), %r9d
	leal	3(%rbx), %r8d
	imulq	%rbp
	movq	%rbp, %rax
	leaq	.LC26(%rip), %rdi
	sarq	$63, %rax
	sarq	%rdx
	subq	%rax, %rdx
	leal	9(%rbx), %eax
	pushq	%rdx
	.cfi_def_cfa_offset 208
	movl	%esi, %edx
	movl	%ebx, %esi
	pushq	%rbp
	.cfi_def_cfa_offset 216
	pushq	%rax
	.cfi_def_cfa_offset 224
	leal	8(%rbx), %eax
	pushq	%rax
	.cfi_def_cfa_offset 232
	leal	7(%rbx), %eax
	pushq	%rax
	.cfi_def_cfa_offset 240
	leal	6(%rbx), %eax
	pushq	%rax
	.cfi_def_cfa_offset 248
	leal	5(%rbx), %eax
	pushq	%rax
	.cfi_def_cfa_offset 256
	xorl	%eax, %eax
	call	printf@PLT
	movsd	72(%rsp), %xmm8
	pxor	%xmm0, %xmm0
	addq	$64, %rsp
	.cfi_def_cfa_offset 192
	leaq	.LC27(%rip), %rdi
	movl	$2, %eax
	leaq	16(%rsp), %rbp
	cvtsd2ss	%xmm8, %xmm0
	movaps	%xmm0, %xmm1
	addss	%xmm0, %xmm1
	cvtss2sd	%xmm0, %xmm0
	cvtss2sd	%xmm1, %xmm1
	call	printf@PLT
	leaq	.LC33(%rip), %rdi
	movsd	.LC28(%rip), %xmm4
	movsd	.LC29(%rip), %xmm3
	movsd	.LC30(%rip), %xmm2
	movl	$5, %eax
	movsd	.LC31(%rip), %xmm1
	movsd	.LC32(%rip), %xmm0
	call	printf@PLT
	movsd	.LC34(%rip), %xmm3
	movsd	.LC35(%rip), %xmm2
	leaq	.LC38(%rip), %rdi
	movsd	.LC36(%rip), %xmm1
	movsd	.LC37(%rip), %xmm0
	movl	$4, %eax
	call	printf@PLT
	movl	%ebx, %r8d
	movq	%r12, %rcx
	movq	%rbp, %rdi
	movl	$81, %r9d
	movl	$128, %esi
	movl	$1, %eax
	movsd	8(%rsp), %xmm8
	leaq	.LC39(%rip), %rdx
	movapd	%xmm8, %xmm0
	call	snprintf@PLT
	movq	%rbp, %rdx
	leaq	.LC40(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	imull	$300, %ebx, %ecx
	movl	%ebx, %r9d
	xorl	%eax, %eax
	leal	67890(%rbx), %r8d
	negl	%r9d
	movq	%rbp, %rdi
	movl	$8, %esi
	leaq	.LC41(%rip), %rdx
	call	snprintf@PLT
	movq	%rbp, %rdx
	leaq	.LC42(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$7, %edx
	leaq	.LC43(%rip), %rsi
	xorl	%eax, %eax
	leaq	.LC44(%rip), %rdi
	call	printf@PLT
	leaq	.LC45(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$152, %rsp
	.cfi_def_cfa_offset 40
	xorl	%eax, %eax
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
.LFE11:
	.size	main, .-main
	.globl	vu
	.data
	.align 4
	.type	vu, @object
	.size	vu, 4
vu:
	.long	-559038737
	.globl	vd
	.align 8
	.type	vd, @object
	.size	vd, 8
vd:
	.long	1413754129
	.long	1074340347
	.globl	vl
	.align 8
	.type	vl, @object
	.size	vl, 8
vl:
	.quad	-1234567890123
	.globl	vi
	.align 4
	.type	vi, @object
	.size	vi, 4
vi:
	.long	42
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC4:
	.long	536870912
	.long	1107468383
	.align 8
.LC15:
	.long	0
	.long	1075838976
	.align 8
.LC16:
	.long	0
	.long	1075576832
	.align 8
.LC17:
	.long	0
	.long	1075314688
	.align 8
.LC18:
	.long	0
	.long	1075052544
	.align 8
.LC19:
	.long	0
	.long	1074790400
	.align 8
.LC20:
	.long	0
	.long	1074266112
	.align 8
.LC22:
	.long	0
	.long	1076363264
	.align 8
.LC23:
	.long	0
	.long	1076232192
	.align 8
.LC24:
	.long	0
	.long	1076101120
	.align 8
.LC25:
	.long	0
	.long	1075970048
	.align 8
.LC28:
	.long	1409286144
	.long	1100836660
	.align 8
.LC29:
	.long	-1998362383
	.long	1055193269
	.align 8
.LC30:
	.long	0
	.long	1093567616
	.align 8
.LC31:
	.long	0
	.long	1090021888
	.align 8
.LC32:
	.long	-350469331
	.long	1058682594
	.align 8
.LC34:
	.long	0
	.long	-1074266112
	.align 8
.LC35:
	.long	0
	.long	1074003968
	.align 8
.LC36:
	.long	0
	.long	1073217536
	.align 8
.LC37:
	.long	0
	.long	1071644672
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
