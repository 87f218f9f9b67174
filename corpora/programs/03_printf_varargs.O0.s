	.file	"03_printf_varargs.c"
	.text
	.globl	vi
	.data
	.align 4
	.type	vi, @object
	.size	vi, 4
vi:
	.long	42
	.globl	vl
	.align 8
	.type	vl, @object
	.size	vl, 8
vl:
	.quad	-1234567890123
	.globl	vd
	.align 8
	.type	vd, @object
	.size	vd, 8
vd:
	.long	1413754129
	.long	1074340347
	.globl	vu
	.align 4
	.type	vu, @object
	.size	vu, 4
vu:
	.long	-559038737
	.section	.rodata
.LC0:
	.string	"translator"
.LC1:
	.string	"%d %f %g %e\n"
.LC2:
	.string	"%ld %x %s %c\n"
	.align 8
.LC3:
	.string	"[%5d] [%-5d] [%05d] [%+d] [% d]\n"
	.align 8
.LC5:
	.string	"[%10.3f] [%-10.2f] [%+.1e] [%G] [%E]\n"
.LC6:
	.string	"[%#x] [%#o] [%X] [%lx] [%lu]\n"
.LC7:
	.string	"cd"
.LC8:
	.string	"ab"
	.align 8
.LC9:
	.string	"[%.3s] [%8s] [%-8s|] [%c%c%c]\n"
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
	.align 8
.LC25:
	.string	"%f %d %f %d %f %d %f %d %f %d %f %d %f %f %f %f %f %f\n"
	.align 8
.LC26:
	.string	"%d %d %d %d %d %d %d %d %d %d %ld %ld\n"
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
	.text
	.globl	main
	.type	main, @function
main:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	subq	$192, %rsp
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movl	vi(%rip), %eax
	movl	%eax, -20(%rbp)
	movq	vl(%rip), %rax
	movq	%rax, -32(%rbp)
	movsd	vd(%rip), %xmm0
	movsd	%xmm0, -40(%rbp)
	movl	vu(%rip), %eax
	movl	%eax, -44(%rbp)
	leaq	.LC0(%rip), %rax
	movq	%rax, -56(%rbp)
	movb	$81, -57(%rbp)
	movsd	-40(%rbp), %xmm1
	movsd	-40(%rbp), %xmm0
	movq	-40(%rbp), %rdx
	movl	-20(%rbp), %eax
	movapd	%xmm1, %xmm2
	movapd	%xmm0, %xmm1
	movq	%rdx, %xmm0
	movl	%eax, %esi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$3, %eax
	call	printf@PLT
	movsbl	-57(%rbp), %esi
	movq	-56(%rbp), %rcx
	movl	-44(%rbp), %edx
	movq	-32(%rbp), %rax
	movl	%esi, %r8d
	movq	%rax, %rsi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-20(%rbp), %edi
	movl	-20(%rbp), %esi
	movl	-20(%rbp), %ecx
	movl	-20(%rbp), %edx
	movl	-20(%rbp), %eax
	movl	%edi, %r9d
	movl	%esi, %r8d
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	-40(%rbp), %xmm0
	movsd	.LC4(%rip), %xmm1
	movapd	%xmm0, %xmm3
	divsd	%xmm1, %xmm3
	movsd	-40(%rbp), %xmm1
	movsd	.LC4(%rip), %xmm0
	movapd	%xmm1, %xmm2
	mulsd	%xmm0, %xmm2
	movsd	-40(%rbp), %xmm1
	movsd	-40(%rbp), %xmm0
	movq	-40(%rbp), %rax
	movapd	%xmm3, %xmm4
	movapd	%xmm2, %xmm3
	movapd	%xmm1, %xmm2
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$5, %eax
	call	printf@PLT
	movq	-32(%rbp), %rsi
	movq	-32(%rbp), %rcx
	movl	-44(%rbp), %edx
	movl	-44(%rbp), %eax
	movq	%rsi, %r9
	movq	%rcx, %r8
	movl	%edx, %ecx
	movl	$511, %edx
	movl	%eax, %esi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-56(%rbp), %rax
	subq	$8, %rsp
	pushq	$122
	movl	$121, %r9d
	movl	$120, %r8d
	leaq	.LC7(%rip), %rdx
	movq	%rdx, %rcx
	leaq	.LC8(%rip), %rdx
	movq	%rax, %rsi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$16, %rsp
	movl	$65000, %r8d
	movl	$250, %ecx
	movl	$-1234, %edx
	movl	$-5, %esi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-32(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	movabsq	$81985529216486895, %rdx
	movq	%rdx, %rcx
	movq	$-1, %rdx
	movq	%rax, %rsi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-40(%rbp), %rdx
	movl	-20(%rbp), %ecx
	movl	-20(%rbp), %eax
	movq	%rdx, %xmm0
	movl	$2, %r9d
	movl	%ecx, %r8d
	movl	$6, %ecx
	movl	%eax, %edx
	movl	$6, %esi
	leaq	.LC12(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	leaq	.LC13(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC14(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	-40(%rbp), %xmm1
	movsd	.LC15(%rip), %xmm0
	movapd	%xmm1, %xmm4
	mulsd	%xmm0, %xmm4
	movsd	-40(%rbp), %xmm1
	movsd	.LC16(%rip), %xmm0
	movapd	%xmm1, %xmm3
	mulsd	%xmm0, %xmm3
	movsd	-40(%rbp), %xmm1
	movsd	.LC17(%rip), %xmm0
	movapd	%xmm1, %xmm2
	mulsd	%xmm0, %xmm2
	movsd	-40(%rbp), %xmm1
	movsd	.LC18(%rip), %xmm0
	mulsd	%xmm0, %xmm1
	movsd	-40(%rbp), %xmm5
	movsd	.LC19(%rip), %xmm0
	movapd	%xmm5, %xmm7
	mulsd	%xmm0, %xmm7
	movsd	-40(%rbp), %xmm5
	movsd	.LC20(%rip), %xmm0
	movapd	%xmm5, %xmm6
	mulsd	%xmm0, %xmm6
	movsd	-40(%rbp), %xmm5
	movsd	.LC21(%rip), %xmm0
	mulsd	%xmm0, %xmm5
	movapd	%xmm5, %xmm11
	movsd	-40(%rbp), %xmm5
	movsd	.LC22(%rip), %xmm0
	mulsd	%xmm0, %xmm5
	movapd	%xmm5, %xmm10
	movsd	-40(%rbp), %xmm5
	movsd	.LC23(%rip), %xmm0
	mulsd	%xmm0, %xmm5
	movapd	%xmm5, %xmm9
	movsd	-40(%rbp), %xmm5
	movsd	.LC24(%rip), %xmm0
	mulsd	%xmm0, %xmm5
	movapd	%xmm5, %xmm8
	movsd	-40(%rbp), %xmm0
	addsd	%xmm0, %xmm0
	movq	-40(%rbp), %rax
	subq	$8, %rsp
	leaq	-8(%rsp), %rsp
	movsd	%xmm4, (%rsp)
	leaq	-8(%rsp), %rsp
	movsd	%xmm3, (%rsp)
	leaq	-8(%rsp), %rsp
	movsd	%xmm2, (%rsp)
	leaq	-8(%rsp), %rsp
	movsd	%xmm1, (%rsp)
	pushq	$6
	movapd	%xmm11, %xmm5
	movl	$5, %r9d
	movapd	%xmm10, %xmm4
	movl	$4, %r8d
	movapd	%xmm9, %xmm3
	movl	$3, %ecx
	movapd	%xmm8, %xmm2
	movl	$2, %edx
	movapd	%xmm0, %xmm1
	movl	$1, %esi
	movq	%rax, %xmm0
	leaq	.LC25(%rip), %rax
	movq	%rax, %rdi
	movl	$8, %eax
	call	printf@PLT
	addq	$48, %rsp
	movq	-32(%rbp), %rcx
	movabsq	$5270498306774157605, %rdx
	movq	%rcx, %rax
	imulq	%rdx
	sarq	%rdx
	movq	%rcx, %rax
	sarq	$63, %rax
	subq	%rax, %rdx
	movq	%rdx, %r11
	movl	-20(%rbp), %eax
	leal	9(%rax), %r10d
	movl	-20(%rbp), %eax
	leal	8(%rax), %r9d
	movl	-20(%rbp), %eax
	leal	7(%rax), %r8d
	movl	-20(%rbp), %eax
	leal	6(%rax), %edi
	movl	-20(%rbp), %eax
	leal	5(%rax), %esi
	movl	-20(%rbp), %eax
	leal	4(%rax), %r12d
	movl	-20(%rbp), %eax
	leal	3(%rax), %ebx
	movl	-20(%rbp), %eax
	leal	2(%rax), %ecx
	movl	-20(%rbp), %eax
	leal	1(%rax), %edx
	movl	-20(%rbp), %eax
	subq	$8, %rsp
	pushq	%r11
	pushq	-32(%rbp)
	pushq	%r10
	pushq	%r9
	pushq	%r8
	pushq	%rdi
	pushq	%rsi
	movl	%r12d, %r9d
	movl	%ebx, %r8d
	movl	%eax, %esi
	leaq	.LC26(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$64, %rsp
	pxor	%xmm0, %xmm0
	cvtsd2ss	-40(%rbp), %xmm0
	movss	%xmm0, -64(%rbp)
	movss	-64(%rbp), %xmm0
	addss	%xmm0, %xmm0
	cvtss2sd	%xmm0, %xmm0
	pxor	%xmm6, %xmm6
	cvtss2sd	-64(%rbp), %xmm6
	movq	%xmm6, %rax
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC27(%rip), %rax
	movq	%rax, %rdi
	movl	$2, %eax
	call	printf@PLT
	movsd	.LC28(%rip), %xmm3
	movsd	.LC29(%rip), %xmm2
	movsd	.LC30(%rip), %xmm1
	movsd	.LC31(%rip), %xmm0
	movq	.LC32(%rip), %rax
	movapd	%xmm3, %xmm4
	movapd	%xmm2, %xmm3
	movapd	%xmm1, %xmm2
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC33(%rip), %rax
	movq	%rax, %rdi
	movl	$5, %eax
	call	printf@PLT
	movsd	.LC34(%rip), %xmm2
	movsd	.LC35(%rip), %xmm1
	movsd	.LC36(%rip), %xmm0
	movq	.LC37(%rip), %rax
	movapd	%xmm2, %xmm3
	movapd	%xmm1, %xmm2
	movapd	%xmm0, %xmm1
	movq	%rax, %xmm0
	leaq	.LC38(%rip), %rax
	movq	%rax, %rdi
	movl	$4, %eax
	call	printf@PLT
	movsbl	-57(%rbp), %edi
	movq	-40(%rbp), %rcx
	movl	-20(%rbp), %esi
	movq	-56(%rbp), %rdx
	leaq	-208(%rbp), %rax
	movl	%edi, %r9d
	movq	%rcx, %xmm0
	movl	%esi, %r8d
	movq	%rdx, %rcx
	leaq	.LC39(%rip), %rdx
	movl	$128, %esi
	movq	%rax, %rdi
	movl	$1, %eax
	call	snprintf@PLT
	movl	%eax, -68(%rbp)
	leaq	-208(%rbp), %rdx
	movl	-68(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC40(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-20(%rbp), %eax
	negl	%eax
	movl	%eax, %esi
	movl	-20(%rbp), %eax
	leal	67890(%rax), %ecx
	movl	-20(%rbp), %eax
	imull	$300, %eax, %edx
	leaq	-208(%rbp), %rax
	movl	%esi, %r9d
	movl	%ecx, %r8d
	movl	%edx, %ecx
	leaq	.LC41(%rip), %rdx
	movl	$8, %esi
	movq	%rax, %rdi
	movl	$0, %eax
	call	snprintf@PLT
	movl	%eax, -68(%rbp)
	leaq	-208(%rbp), %rdx
	movl	-68(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC42(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$7, %edx
	leaq	.LC43(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC44(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	%eax, -72(%rbp)
	movl	-72(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC45(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	leaq	-16(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	main, .-main
	.section	.rodata
	.align 8
.LC4:
	.long	536870912
	.long	1107468383
	.align 8
.LC15:
	.long	0
	.long	1076363264
	.align 8
.LC16:
	.long	0
	.long	1076232192
	.align 8
.LC17:
	.long	0
	.long	1076101120
	.align 8
.LC18:
	.long	0
	.long	1075970048
	.align 8
.LC19:
	.long	0
	.long	1075838976
	.align 8
.LC20:
	.long	0
	.long	1075576832
	.align 8
.LC21:
	.long	0
	.long	1075314688
	.align 8
.LC22:
	.long	0
	.long	1075052544
	.align 8
.LC23:
	.long	0
	.long	1074790400
	.align 8
.LC24:
	.long	0
	.long	1074266112
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
