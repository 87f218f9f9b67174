	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.section	__TEXT,__literal8,8byte_literals
	.p2align	3                               ## -- Begin function main
LCPI0_0:
	.quad	0x3fe0000000000000              ## double 0.5
LCPI0_1:
	.quad	0x3ff8000000000000              ## double 1.5
LCPI0_2:
	.quad	0x4004000000000000              ## double 2.5
LCPI0_3:
	.quad	0xbff8000000000000              ## double -1.5
LCPI0_4:
	.quad	0x3f1a36e2eb1c432d              ## double 1.0E-4
LCPI0_5:
	.quad	0x40f86a0000000000              ## double 1.0E+5
LCPI0_6:
	.quad	0x412e848000000000              ## double 1.0E+6
LCPI0_7:
	.quad	0x3ee4f8b588e368f1              ## double 1.0000000000000001E-5
LCPI0_8:
	.quad	0x419d6f3454000000              ## double 123456789
LCPI0_10:
	.quad	0x4028000000000000              ## double 12
LCPI0_11:
	.quad	0x4026000000000000              ## double 11
LCPI0_12:
	.quad	0x4024000000000000              ## double 10
LCPI0_13:
	.quad	0x4022000000000000              ## double 9
LCPI0_14:
	.quad	0x4020000000000000              ## double 8
LCPI0_15:
	.quad	0x401c000000000000              ## double 7
LCPI0_16:
	.quad	0x4018000000000000              ## double 6
LCPI0_17:
	.quad	0x4014000000000000              ## double 5
LCPI0_18:
	.quad	0x4010000000000000              ## double 4
LCPI0_19:
	.quad	0x4008000000000000              ## double 3
LCPI0_20:
	.quad	0x4000000000000000              ## double 2
LCPI0_21:
	.quad	0x4202a05f20000000              ## double 1.0E+10
	.section	__TEXT,__literal4,4byte_literals
	.p2align	2
LCPI0_9:
	.long	0x40000000                      ## float 2
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
	pushq	%r12
	pushq	%rbx
	subq	$272, %rsp                      ## imm = 0x110
	.cfi_offset %rbx, -48
	.cfi_offset %r12, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -40(%rbp)
	movl	$0, -180(%rbp)
	movl	_vi(%rip), %eax
	movl	%eax, -184(%rbp)
	movq	_vl(%rip), %rax
	movq	%rax, -192(%rbp)
	movsd	_vd(%rip), %xmm0                ## xmm0 = mem[0],zero
	movsd	%xmm0, -200(%rbp)
	movl	_vu(%rip), %eax
	movl	%eax, -204(%rbp)
	leaq	L_.str(%rip), %rax
	movq	%rax, -216(%rbp)
	movb	$81, -217(%rbp)
	movl	-184(%rbp), %esi
	movsd	-200(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	-200(%rbp), %xmm1               ## xmm1 = mem[0],zero
	movsd	-200(%rbp), %xmm2               ## xmm2 = mem[0],zero
	leaq	L_.str.1(%rip), %rdi
	movb	$3, %al
	callq	_printf
	movq	-192(%rbp), %rsi
	movl	-204(%rbp), %edx
	movq	-216(%rbp), %rcx
	movsbl	-217(%rbp), %r8d
	leaq	L_.str.2(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movl	-184(%rbp), %esi
	movl	-184(%rbp), %edx
	movl	-184(%rbp), %ecx
	movl	-184(%rbp), %r8d
	movl	-184(%rbp), %r9d
	leaq	L_.str.3(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movsd	-200(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	-200(%rbp), %xmm1               ## xmm1 = mem[0],zero
	movsd	-200(%rbp), %xmm2               ## xmm2 = mem[0],zero
	movsd	LCPI0_21(%rip), %xmm3           ## xmm3 = mem[0],zero
	mulsd	-200(%rbp), %xmm3
	movsd	-200(%rbp), %xmm4               ## xmm4 = mem[0],zero
	movsd	LCPI0_21(%rip), %xmm5           ## xmm5 = mem[0],zero
	divsd	%xmm5, %xmm4
	leaq	L_.str.4(%rip), %rdi
	movb	$5, %al
	callq	_printf
	movl	-204(%rbp), %esi
	movl	-204(%rbp), %ecx
	movq	-192(%rbp), %r8
	movq	-192(%rbp), %r9
	leaq	L_.str.5(%rip), %rdi
	movl	$511, %edx                      ## imm = 0x1FF
	movb	$0, %al
	callq	_printf
	movq	-216(%rbp), %rsi
	leaq	L_.str.6(%rip), %rdi
	leaq	L_.str.7(%rip), %rdx
	leaq	L_.str.8(%rip), %rcx
	movl	$120, %r8d
	movl	$121, %r9d
	movl	$122, (%rsp)
	movb	$0, %al
	callq	_printf
	leaq	L_.str.9(%rip), %rdi
	movl	$4294967291, %esi               ## imm = 0xFFFFFFFB
	movl	$4294966062, %edx               ## imm = 0xFFFFFB2E
	movl	$250, %ecx
	movl	$65000, %r8d                    ## imm = 0xFDE8
	movb	$0, %al
	callq	_printf
	imulq	$3, -192(%rbp), %rsi
	leaq	L_.str.10(%rip), %rdi
	movq	$-1, %rdx
	movabsq	$81985529216486895, %rcx        ## imm = 0x123456789ABCDEF
	movb	$0, %al
	callq	_printf
	movl	-184(%rbp), %edx
	movl	-184(%rbp), %r8d
	movsd	-200(%rbp), %xmm0               ## xmm0 = mem[0],zero
	leaq	L_.str.11(%rip), %rdi
	movl	$6, %ecx
	movl	$2, %r9d
	movl	%ecx, %esi
	movb	$1, %al
	callq	_printf
	leaq	L_.str.12(%rip), %rdi
	leaq	L_.str.13(%rip), %rsi
	movb	$0, %al
	callq	_printf
	movsd	-200(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsd	LCPI0_20(%rip), %xmm1           ## xmm1 = mem[0],zero
	mulsd	-200(%rbp), %xmm1
	movsd	LCPI0_19(%rip), %xmm2           ## xmm2 = mem[0],zero
	mulsd	-200(%rbp), %xmm2
	movsd	LCPI0_18(%rip), %xmm3           ## xmm3 = mem[0],zero
	mulsd	-200(%rbp), %xmm3
	movsd	LCPI0_17(%rip), %xmm4           ## xmm4 = mem[0],zero
	mulsd	-200(%rbp), %xmm4
	movsd	LCPI0_16(%rip), %xmm5           ## xmm5 = mem[0],zero
	mulsd	-200(%rbp), %xmm5
	movsd	LCPI0_15(%rip), %xmm6           ## xmm6 = mem[0],zero
	mulsd	-200(%rbp), %xmm6
	movsd	LCPI0_14(%rip), %xmm7           ## xmm7 = mem[0],zero
	mulsd	-200(%rbp), %xmm7
	movsd	LCPI0_13(%rip), %xmm11          ## xmm11 = mem[0],zero
	mulsd	-200(%rbp), %xmm11
	movsd	LCPI0_12(%rip), %xmm10          ## xmm10 = mem[0],zero
	mulsd	-200(%rbp), %xmm10
	movsd	LCPI0_11(%rip), %xmm9           ## xmm9 = mem[0],zero
	mulsd	-200(%rbp), %xmm9
	movsd	LCPI0_10(%rip), %xmm8           ## xmm8 = mem[0],zero
	mulsd	-200(%rbp), %xmm8
	leaq	L_.str.14(%rip), %rdi
	movl	$1, %esi
	movl	$2, %edx
	movl	$3, %ecx
	movl	$4, %r8d
	movl	$5, %r9d
	movl	$6, (%rsp)
	movsd	%xmm11, 8(%rsp)
	movsd	%xmm10, 16(%rsp)
	movsd	%xmm9, 24(%rsp)
	movsd	%xmm8, 32(%rsp)
	movb	$8, %al
	callq	_printf
	movl	-184(%rbp), %esi
	movl	-184(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -236(%rbp)                ## 4-byte Spill
	movl	-184(%rbp), %ecx
	addl	$2, %ecx
	movl	-184(%rbp), %r8d
	addl	$3, %r8d
	movl	-184(%rbp), %r9d
	addl	$4, %r9d
	movl	-184(%rbp), %r12d
	addl	$5, %r12d
	movl	-184(%rbp), %r15d
	addl	$6, %r15d
	movl	-184(%rbp), %r14d
	addl	$7, %r14d
	movl	-184(%rbp), %ebx
	addl	$8, %ebx
	movl	-184(%rbp), %r11d
	addl	$9, %r11d
	movq	-192(%rbp), %r10
	movq	-192(%rbp), %rax
	movl	$7, %edi
	cqto
	idivq	%rdi
	movl	-236(%rbp), %edx                ## 4-byte Reload
	leaq	L_.str.15(%rip), %rdi
	movl	%r12d, (%rsp)
	movl	%r15d, 8(%rsp)
	movl	%r14d, 16(%rsp)
	movl	%ebx, 24(%rsp)
	movl	%r11d, 32(%rsp)
	movq	%r10, 40(%rsp)
	movq	%rax, 48(%rsp)
	movb	$0, %al
	callq	_printf
	movsd	-200(%rbp), %xmm0               ## xmm0 = mem[0],zero
	cvtsd2ss	%xmm0, %xmm0
	movss	%xmm0, -224(%rbp)
	movss	-224(%rbp), %xmm0               ## xmm0 = mem[0],zero,zero,zero
	cvtss2sd	%xmm0, %xmm0
	movss	LCPI0_9(%rip), %xmm1            ## xmm1 = mem[0],zero,zero,zero
	mulss	-224(%rbp), %xmm1
	cvtss2sd	%xmm1, %xmm1
	leaq	L_.str.16(%rip), %rdi
	movb	$2, %al
	callq	_printf
	leaq	L_.str.17(%rip), %rdi
	movsd	LCPI0_4(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	LCPI0_5(%rip), %xmm1            ## xmm1 = mem[0],zero
	movsd	LCPI0_6(%rip), %xmm2            ## xmm2 = mem[0],zero
	movsd	LCPI0_7(%rip), %xmm3            ## xmm3 = mem[0],zero
	movsd	LCPI0_8(%rip), %xmm4            ## xmm4 = mem[0],zero
	movb	$5, %al
	callq	_printf
	leaq	L_.str.18(%rip), %rdi
	movsd	LCPI0_0(%rip), %xmm0            ## xmm0 = mem[0],zero
	movsd	LCPI0_1(%rip), %xmm1            ## xmm1 = mem[0],zero
	movsd	LCPI0_2(%rip), %xmm2            ## xmm2 = mem[0],zero
	movsd	LCPI0_3(%rip), %xmm3            ## xmm3 = mem[0],zero
	movb	$4, %al
	callq	_printf
	leaq	-176(%rbp), %rdi
	movq	-216(%rbp), %rcx
	movl	-184(%rbp), %r8d
	movsd	-200(%rbp), %xmm0               ## xmm0 = mem[0],zero
	movsbl	-217(%rbp), %r9d
	movl	$128, %esi
	leaq	L_.str.19(%rip), %rdx
	movb	$1, %al
	callq	_snprintf
	movl	%eax, -228(%rbp)
	movl	-228(%rbp), %esi
	leaq	-176(%rbp), %rdx
	leaq	L_.str.20(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	-176(%rbp), %rdi
	imull	$300, -184(%rbp), %ecx          ## imm = 0x12C
	movl	-184(%rbp), %r8d
	addl	$67890, %r8d                    ## imm = 0x10932
	xorl	%r9d, %r9d
	subl	-184(%rbp), %r9d
	movl	$8, %esi
	leaq	L_.str.21(%rip), %rdx
	movb	$0, %al
	callq	_snprintf
	movl	%eax, -228(%rbp)
	movl	-228(%rbp), %esi
	leaq	-176(%rbp), %rdx
	leaq	L_.str.22(%rip), %rdi
	movb	$0, %al
	callq	_printf
	leaq	L_.str.23(%rip), %rdi
	leaq	L_.str.24(%rip), %rsi
	movl	$7, %edx
	movb	$0, %al
	callq	_printf
	movl	%eax, -232(%rbp)
	movl	-232(%rbp), %esi
	leaq	L_.str.25(%rip), %rdi
	movb	$0, %al
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	-40(%rbp), %rcx
	cmpq	%rcx, %rax
	jne	LBB0_2
## %bb.1:
	xorl	%eax, %eax
	addq	$272, %rsp                      ## imm = 0x110
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB0_2:
	callq	___stack_chk_fail
	ud2
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
