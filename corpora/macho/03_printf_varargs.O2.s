	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI0_0:
	.quad	0x4202a05f20000000              ## double 1.0E+10
LCPI0_1:
	.quad	0x4008000000000000              ## double 3
LCPI0_2:
	.quad	0x4010000000000000              ## double 4
LCPI0_3:
	.quad	0x4014000000000000              ## double 5
LCPI0_4:
	.quad	0x4018000000000000              ## double 6
LCPI0_5:
	.quad	0x401c000000000000              ## double 7
LCPI0_6:
	.quad	0x4020000000000000              ## double 8
LCPI0_7:
	.quad	0x4022000000000000              ## double 9
LCPI0_8:
	.quad	0x4024000000000000              ## double 10
LCPI0_9:
	.quad	0x4026000000000000              ## double 11
LCPI0_10:
	.quad	0x4028000000000000              ## double 12
LCPI0_11:
	.quad	0x3f1a36e2eb1c432d              ## double 1.0E-4
LCPI0_12:
	.quad	0x40f86a0000000000              ## double 1.0E+5
LCPI0_13:
	.quad	0x412e848000000000              ## double 1.0E+6
LCPI0_14:
	.quad	0x3ee4f8b588e368f1              ## double 1.0000000000000001E-5
LCPI0_15:
	.quad	0x419d6f3454000000              ## double 123456789
LCPI0_16:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI0_17:
	.quad	0x3ff8000000000000              ## double 1.5
LCPI0_18:
	.quad	0x4004000000000000              ## double 2.5
LCPI0_19:
	.quad	0xbff8000000000000              ## double -1.5
	.section	__TEXT,__text,regular,pure_instructions
	.globl	_main
	.p2align	4, 0x90
_main:                                  ## @main
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$168, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	movl	_vi(%rip), %r13d
	movq	_vl(%rip), %rbx
	movsd	_vd(%rip), %xmm0                ## xmm0 = mem[0],zero
	movsd	%xmm0, -184(%rbp)               ## 8-byte Spill
	movl	_vu(%rip), %r12d
	leaq	L_.str.1(%rip), %rdi
	movl	%r13d, %esi
	movaps	%xmm0, %xmm1
	movaps	%xmm0, %xmm2
	movb	$3, %al
	callq	_printf
	leaq	L_.str.2(%rip), %rdi
	leaq	L_.str(%rip), %r14
	movq	%rbx, %rsi
	movl	%r12d, %edx
	movq	%r14, %rcx
	movl	$81, %r8d
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.3(%rip), %rdi
	movl	%r13d, %esi
	movl	%r13d, %edx
	movl	%r13d, %ecx
	movl	%r13d, %r8d
	movl	%r13d, %r9d
	xorl	%eax, %eax
	callq	_printf
	movsd	LCPI0_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	-184(%rbp), %xmm1               ## 8-byte Reload
                                        ## xmm1 = mem[0],zero
	movapd	%xmm1, %xmm3
	mulsd	%xmm0, %xmm3
	movapd	%xmm1, %xmm4
	divsd	%xmm0, %xmm4
	leaq	L_.str.4(%rip), %rdi
	movapd	%xmm1, %xmm0
	movapd	%xmm1, %xmm2
	movb	$5, %al
	callq	_printf
	leaq	L_.str.5(%rip), %rdi
	movl	%r12d, %esi
	movl	$511, %edx                      ## imm = 0x1FF
	movl	%r12d, %ecx
	movq	%rbx, %r12
	movq	%rbx, %r8
	movq	%rbx, %r9
	xorl	%eax, %eax
	callq	_printf
	subq	$8, %rsp
	leaq	L_.str.6(%rip), %rdi
	leaq	L_.str.7(%rip), %rdx
	leaq	L_.str.8(%rip), %rcx
	movq	%r14, %rsi
	movl	$120, %r8d
	movl	$121, %r9d
	xorl	%eax, %eax
	pushq	$122
	callq	_printf
	addq	$16, %rsp
	leaq	L_.str.9(%rip), %rdi
	movl	$-5, %esi
	movl	$-1234, %edx                    ## imm = 0xFB2E
	movl	$250, %ecx
	movl	$65000, %r8d                    ## imm = 0xFDE8
	xorl	%eax, %eax
	callq	_printf
	leaq	(%rbx,%rbx,2), %rsi
	leaq	L_.str.10(%rip), %rdi
	movabsq	$81985529216486895, %rcx        ## imm = 0x123456789ABCDEF
	movq	$-1, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.11(%rip), %rdi
	movl	$6, %esi
	movl	%r13d, %edx
	movl	$6, %ecx
	movl	%r13d, %r8d
	movl	$2, %r9d
	movsd	-184(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movb	$1, %al
	callq	_printf
	leaq	L_.str.12(%rip), %rdi
	leaq	L_.str.13(%rip), %rsi
	xorl	%eax, %eax
	callq	_printf
	movsd	-184(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movapd	%xmm0, %xmm1
	addsd	%xmm0, %xmm1
	movsd	LCPI0_1(%rip), %xmm2            ## xmm2 = mem[0],zero
	mulsd	%xmm0, %xmm2
	movsd	LCPI0_2(%rip), %xmm3            ## xmm3 = mem[0],zero
	mulsd	%xmm0, %xmm3
	movsd	LCPI0_3(%rip), %xmm4            ## xmm4 = mem[0],zero
	mulsd	%xmm0, %xmm4
	movsd	LCPI0_4(%rip), %xmm5            ## xmm5 = mem[0],zero
	mulsd	%xmm0, %xmm5
	movsd	LCPI0_5(%rip), %xmm6            ## xmm6 = mem[0],zero
	mulsd	%xmm0, %xmm6
	movsd	LCPI0_6(%rip), %xmm7            ## xmm7 = mem[0],zero
	mulsd	%xmm0, %xmm7
	movsd	LCPI0_7(%rip), %xmm8            ## xmm8 = mem[0],zero
	mulsd	%xmm0, %xmm8
	movsd	LCPI0_8(%rip), %xmm9            ## xmm9 = mem[0],zero
	mulsd	%xmm0, %xmm9
	movsd	LCPI0_9(%rip), %xmm10           ## xmm10 = mem[0],zero
	mulsd	%xmm0, %xmm10
	movsd	LCPI0_10(%rip), %xmm11          ## xmm11 = mem[0],zero
	mulsd	%xmm0, %xmm11
	subq	$48, %rsp
	movsd	%xmm11, 32(%rsp)
	movsd	%xmm10, 24(%rsp)
	movsd	%xmm9, 16(%rsp)
	movsd	%xmm8, 8(%rsp)
	movl	$6, (%rsp)
	leaq	L_.str.14(%rip), %rdi
	movl	$1, %esi
	movl	$2, %edx
	movl	$3, %ecx
	movl	$4, %r8d
	movl	$5, %r9d
	movb	$8, %al
	callq	_printf
	addq	$48, %rsp
	leal	1(%r13), %r10d
	leal	2(%r13), %ecx
	leal	3(%r13), %r8d
	leal	4(%r13), %r9d
	leal	5(%r13), %eax
	movq	%rax, -200(%rbp)                ## 8-byte Spill
	leal	6(%r13), %eax
	movq	%rax, -192(%rbp)                ## 8-byte Spill
	leal	7(%r13), %r14d
	leal	8(%r13), %r15d
	movabsq	$5270498306774157605, %rdx      ## imm = 0x4924924924924925
	movq	%rbx, %rax
	imulq	%rdx
	movq	%rdx, %rbx
	leal	9(%r13), %r11d
	movq	%rdx, %rax
	shrq	$63, %rax
	sarq	%rbx
	addq	%rax, %rbx
	subq	$8, %rsp
	leaq	L_.str.15(%rip), %rdi
	movl	%r13d, %esi
	movl	%r10d, %edx
	xorl	%eax, %eax
	pushq	%rbx
	pushq	%r12
	pushq	%r11
	pushq	%r15
	pushq	%r14
	pushq	-192(%rbp)                      ## 8-byte Folded Reload
	pushq	-200(%rbp)                      ## 8-byte Folded Reload
	callq	_printf
	addq	$64, %rsp
	movsd	-184(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	cvtsd2ss	%xmm0, %xmm1
	xorps	%xmm0, %xmm0
	cvtss2sd	%xmm1, %xmm0
	addss	%xmm1, %xmm1
	cvtss2sd	%xmm1, %xmm1
	leaq	L_.str.16(%rip), %rdi
	movb	$2, %al
	callq	_printf
	leaq	L_.str.17(%rip), %rdi
	movsd	LCPI0_11(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	LCPI0_12(%rip), %xmm1           ## xmm1 = mem[0],zero
	movsd	LCPI0_13(%rip), %xmm2           ## xmm2 = mem[0],zero
	movsd	LCPI0_14(%rip), %xmm3           ## xmm3 = mem[0],zero
	movsd	LCPI0_15(%rip), %xmm4           ## xmm4 = mem[0],zero
	movb	$5, %al
	callq	_printf
	leaq	L_.str.18(%rip), %rdi
	movsd	LCPI0_16(%rip), %xmm0           ## xmm0 = mem[0],zero
	movsd	LCPI0_17(%rip), %xmm1           ## xmm1 = mem[0],zero
	movsd	LCPI0_18(%rip), %xmm2           ## xmm2 = mem[0],zero
	movsd	LCPI0_19(%rip), %xmm3           ## xmm3 = mem[0],zero
	movb	$4, %al
	callq	_printf
	leaq	L_.str.19(%rip), %rdx
	leaq	-176(%rbp), %r15
	movl	$128, %esi
	movq	%r15, %rdi
	leaq	L_.str(%rip), %rcx
	movl	%r13d, %r8d
	movsd	-184(%rbp), %xmm0               ## 8-byte Reload
                                        ## xmm0 = mem[0],zero
	movl	$81, %r9d
	movb	$1, %al
	callq	_snprintf
	leaq	L_.str.20(%rip), %rdi
	movl	%eax, %esi
	movq	%r15, %rdx
	xorl	%eax, %eax
	callq	_printf
	imull	$300, %r13d, %ecx               ## imm = 0x12C
	leal	67890(%r13), %r8d
	negl	%r13d
	leaq	L_.str.21(%rip), %rdx
	movl	$8, %esi
	movq	%r15, %rdi
	movl	%r13d, %r9d
	xorl	%eax, %eax
	callq	_snprintf
	leaq	L_.str.22(%rip), %rdi
	movl	%eax, %esi
	movq	%r15, %rdx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.23(%rip), %rdi
	leaq	L_.str.24(%rip), %rsi
	movl	$7, %edx
	xorl	%eax, %eax
	callq	_printf
	leaq	L_.str.25(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB0_2
## %bb.1:
	xorl	%eax, %eax
	addq	$168, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB0_2:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vi                             ## @vi
	.p2align	2
_vi:
	.long	42                              ## 0x2a

	.globl	_vl                             ## @vl
	.p2align	3
_vl:
	.quad	-1234567890123                  ## 0xfffffee08e04fb35

	.globl	_vd                             ## @vd
	.p2align	3
_vd:
	.quad	0x400921fb54442d11              ## double 3.14159265358979

	.globl	_vu                             ## @vu
	.p2align	2
_vu:
	.long	3735928559                      ## 0xdeadbeef

	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"translator"

L_.str.1:                               ## @.str.1
	.asciz	"%d %f %g %e\n"

L_.str.2:                               ## @.str.2
	.asciz	"%ld %x %s %c\n"

L_.str.3:                               ## @.str.3
	.asciz	"[%5d] [%-5d] [%05d] [%+d] [% d]\n"

L_.str.4:                               ## @.str.4
	.asciz	"[%10.3f] [%-10.2f] [%+.1e] [%G] [%E]\n"

L_.str.5:                               ## @.str.5
	.asciz	"[%#x] [%#o] [%X] [%lx] [%lu]\n"

L_.str.6:                               ## @.str.6
	.asciz	"[%.3s] [%8s] [%-8s|] [%c%c%c]\n"

L_.str.7:                               ## @.str.7
	.asciz	"ab"

L_.str.8:                               ## @.str.8
	.asciz	"cd"

L_.str.9:                               ## @.str.9
	.asciz	"[%hhd] [%hd] [%hhu] [%hu]\n"

L_.str.10:                              ## @.str.10
	.asciz	"[%lld] [%llu] [%llx]\n"

L_.str.11:                              ## @.str.11
	.asciz	"[%*d] [%-*d] [%.*f]\n"

L_.str.12:                              ## @.str.12
	.asciz	"%% literal and %s at end\n"

L_.str.13:                              ## @.str.13
	.asciz	"string"

L_.str.14:                              ## @.str.14
	.asciz	"%f %d %f %d %f %d %f %d %f %d %f %d %f %f %f %f %f %f\n"

L_.str.15:                              ## @.str.15
	.asciz	"%d %d %d %d %d %d %d %d %d %d %ld %ld\n"

L_.str.16:                              ## @.str.16
	.asciz	"float promoted: %.5f %g\n"

L_.str.17:                              ## @.str.17
	.asciz	"%g %g %g %g %g\n"

L_.str.18:                              ## @.str.18
	.asciz	"%.0f %.0f %.0f %.0f\n"

L_.str.19:                              ## @.str.19
	.asciz	"%s-%d-%.2f-%c"

L_.str.20:                              ## @.str.20
	.asciz	"snprintf -> %d \"%s\"\n"

L_.str.21:                              ## @.str.21
	.asciz	"%d%d%d"

L_.str.22:                              ## @.str.22
	.asciz	"truncated -> %d \"%s\"\n"

L_.str.23:                              ## @.str.23
	.asciz	"%s %d\n"

L_.str.24:                              ## @.str.24
	.asciz	"count me"

L_.str.25:                              ## @.str.25
	.asciz	"printf returned %d\n"

.subsections_via_symbols
