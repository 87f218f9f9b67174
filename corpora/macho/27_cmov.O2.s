	.section	__TEXT,__text,regular,pure_instructions
	.build_version macos, 14, 0
	.globl	_imin                           ## -- Begin function imin
	.p2align	4, 0x90
_imin:                                  ## @imin
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%esi, %eax
	cmpl	%esi, %edi
	cmovll	%edi, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_imax                           ## -- Begin function imax
	.p2align	4, 0x90
_imax:                                  ## @imax
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%esi, %eax
	cmpl	%esi, %edi
	cmovgl	%edi, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_umin                           ## -- Begin function umin
	.p2align	4, 0x90
_umin:                                  ## @umin
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%esi, %eax
	cmpl	%esi, %edi
	cmovbl	%edi, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_labs_sel                       ## -- Begin function labs_sel
	.p2align	4, 0x90
_labs_sel:                              ## @labs_sel
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, %rax
	negq	%rax
	cmovsq	%rdi, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_clamp                          ## -- Begin function clamp
	.p2align	4, 0x90
_clamp:                                 ## @clamp
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movl	%edx, %eax
	cmpl	%edx, %edi
	cmovlel	%edi, %eax
	cmpl	%esi, %edi
	cmovll	%esi, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sign                           ## -- Begin function sign
	.p2align	4, 0x90
_sign:                                  ## @sign
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	xorl	%eax, %eax
	testl	%edi, %edi
	setg	%al
	sarl	$31, %edi
	addl	%edi, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_select_long                    ## -- Begin function select_long
	.p2align	4, 0x90
_select_long:                           ## @select_long
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rsi, %rax
	testl	%edi, %edi
	cmoveq	%rdx, %rax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sat_add_u8                     ## -- Begin function sat_add_u8
	.p2align	4, 0x90
_sat_add_u8:                            ## @sat_add_u8
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movzbl	%dil, %eax
	movzbl	%sil, %ecx
	addl	%eax, %ecx
	cmpl	$255, %ecx
	movl	$255, %eax
	cmovbl	%ecx, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_sat_sub_i16                    ## -- Begin function sat_sub_i16
	.p2align	4, 0x90
_sat_sub_i16:                           ## @sat_sub_i16
	.cfi_startproc
## %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subl	%esi, %edi
	cmpl	$-32767, %edi                   ## imm = 0x8001
	movl	$-32768, %ecx                   ## imm = 0x8000
	cmovgel	%edi, %ecx
	cmpl	$32767, %ecx                    ## imm = 0x7FFF
	movl	$32767, %eax                    ## imm = 0x7FFF
	cmovll	%ecx, %eax
	popq	%rbp
	retq
	.cfi_endproc
                                        ## -- End function
	.globl	_main                           ## -- Begin function main
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
	subq	$72, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	movq	%rax, -48(%rbp)
	xorl	%eax, %eax
	movl	_vseed(%rip), %ecx
	leaq	_data(%rip), %r8
	leaq	_udata(%rip), %rbx
	.p2align	4, 0x90
LBB9_1:                                 ## =>This Inner Loop Header: Depth=1
	imull	$1103515245, %ecx, %ecx         ## imm = 0x41C64E6D
	addl	$12345, %ecx                    ## imm = 0x3039
	movl	%ecx, %edx
	shrl	$12, %edx
	imulq	$100881291, %rdx, %rsi          ## imm = 0x603538B
	shrq	$32, %rsi
	movl	%edx, %edi
	subl	%esi, %edi
	shrl	%edi
	addl	%esi, %edi
	shrl	$10, %edi
	imull	$2001, %edi, %esi               ## imm = 0x7D1
	negl	%esi
	addl	%esi, %edx
	addl	$-1000, %edx                    ## imm = 0xFC18
	movl	%edx, (%rax,%r8)
	movl	%ecx, (%rax,%rbx)
	addq	$4, %rax
	cmpq	$256, %rax                      ## imm = 0x100
	jne	LBB9_1
## %bb.2:
	movl	_data(%rip), %r13d
	xorl	%ebx, %ebx
	movl	$1, %r15d
	movl	_udata(%rip), %eax
	movl	%r13d, %edi
	movl	%r13d, -88(%rbp)                ## 4-byte Spill
	movl	%eax, -92(%rbp)                 ## 4-byte Spill
	movl	%eax, -84(%rbp)                 ## 4-byte Spill
	xorl	%ecx, %ecx
	xorl	%r14d, %r14d
	.p2align	4, 0x90
LBB9_3:                                 ## =>This Inner Loop Header: Depth=1
	movl	%r14d, -96(%rbp)                ## 4-byte Spill
	movl	%ecx, -100(%rbp)                ## 4-byte Spill
	movq	%rbx, %r14
	movl	%r13d, %esi
	callq	_imin
	movl	%eax, %r12d
	movl	-88(%rbp), %edi                 ## 4-byte Reload
	movl	%r13d, %esi
	callq	_imax
	movl	%eax, -88(%rbp)                 ## 4-byte Spill
	movl	-84(%rbp), %edi                 ## 4-byte Reload
	movl	-92(%rbp), %esi                 ## 4-byte Reload
	callq	_umin
	movl	%eax, -84(%rbp)                 ## 4-byte Spill
	movslq	%r13d, %r13
	movq	%r13, %rdi
	callq	_labs_sel
	movq	%rax, %rbx
	addq	%r14, %rbx
	movl	%r13d, %edi
	movl	$-250, %esi
	movl	$300, %edx                      ## imm = 0x12C
	callq	_clamp
	movl	%eax, %r14d
	addl	-96(%rbp), %r14d                ## 4-byte Folded Reload
	movl	%r13d, %edi
	callq	_sign
	movl	%r15d, %ecx
	imull	%eax, %ecx
	addl	-100(%rbp), %ecx                ## 4-byte Folded Reload
	cmpq	$64, %r15
	je	LBB9_5
## %bb.4:                               ##   in Loop: Header=BB9_3 Depth=1
	leaq	_data(%rip), %rax
	movl	(%rax,%r15,4), %r13d
	leaq	_udata(%rip), %rax
	movl	(%rax,%r15,4), %eax
	movl	%eax, -92(%rbp)                 ## 4-byte Spill
	addq	$1, %r15
	movl	%r12d, %edi
	jmp	LBB9_3
LBB9_5:
	movl	%ecx, (%rsp)
	leaq	L_.str(%rip), %rdi
	xorl	%r15d, %r15d
	movl	%r12d, %esi
	movl	-88(%rbp), %edx                 ## 4-byte Reload
	movl	-84(%rbp), %ecx                 ## 4-byte Reload
	movq	%rbx, %r8
	movl	%r14d, %r9d
	xorl	%eax, %eax
	callq	_printf
	movl	$-1, %edx
	xorl	%r13d, %r13d
	xorl	%ecx, %ecx
	movl	$-1, %r12d
	leaq	_data(%rip), %r14
	.p2align	4, 0x90
LBB9_6:                                 ## =>This Inner Loop Header: Depth=1
	movslq	(%r14), %rbx
	cmpl	%r12d, %ebx
	cmovgl	%r15d, %edx
	movl	%edx, -88(%rbp)                 ## 4-byte Spill
	cmovgl	%ebx, %r12d
	xorl	%eax, %eax
	testl	%ebx, %ebx
	setg	%al
	addl	%eax, %ecx
	movl	%ecx, -84(%rbp)                 ## 4-byte Spill
	movl	%ebx, %edi
	andl	$1, %edi
	leaq	(%rbx,%rbx), %rdx
	negq	%rdx
	movq	%rbx, %rsi
	callq	_select_long
	movl	-84(%rbp), %ecx                 ## 4-byte Reload
	movl	-88(%rbp), %edx                 ## 4-byte Reload
	addq	%rax, %r13
	movl	%ebx, %eax
	negl	%eax
	cmovsl	%ebx, %eax
	cmpl	$501, %eax                      ## imm = 0x1F5
	sbbq	$-1, %r13
	addq	$1, %r15
	addq	$4, %r14
	cmpq	$64, %r15
	jne	LBB9_6
## %bb.7:
	leaq	L_.str.1(%rip), %rdi
	xorl	%ebx, %ebx
	movl	%r12d, %esi
	movq	%r13, %r8
	xorl	%eax, %eax
	callq	_printf
	xorl	%r14d, %r14d
	leaq	_udata(%rip), %r15
	.p2align	4, 0x90
LBB9_8:                                 ## =>This Inner Loop Header: Depth=1
	movl	(%rbx,%r15), %esi
	movl	%esi, %edi
	shrl	$4, %edi
	shrl	$20, %esi
	callq	_sat_add_u8
	addl	%eax, %r14d
	addq	$4, %rbx
	cmpq	$256, %rbx                      ## imm = 0x100
	jne	LBB9_8
## %bb.9:
	leaq	L_.str.2(%rip), %rdi
	xorl	%ebx, %ebx
	movl	%r14d, %esi
	xorl	%eax, %eax
	callq	_printf
	leaq	_data+252(%rip), %r12
	leaq	_data(%rip), %r15
	xorl	%r14d, %r14d
	.p2align	4, 0x90
LBB9_10:                                ## =>This Inner Loop Header: Depth=1
	movl	(%rbx,%r15), %eax
	shll	$3, %eax
	leal	(%rax,%rax,4), %edi
	movl	(%r12), %eax
	leal	(%rax,%rax,4), %ecx
	leal	(%rax,%rcx,8), %esi
	callq	_sat_sub_i16
	addl	%eax, %r14d
	addq	$-4, %r12
	addq	$4, %rbx
	cmpq	$256, %rbx                      ## imm = 0x100
	jne	LBB9_10
## %bb.11:
	movabsq	$9223372036854775807, %rbx      ## imm = 0x7FFFFFFFFFFFFFFF
	leaq	L_.str.3(%rip), %rdi
	xorl	%r12d, %r12d
	movl	%r14d, %esi
	xorl	%eax, %eax
	callq	_printf
	leaq	1(%rbx), %rdx
	.p2align	4, 0x90
LBB9_12:                                ## =>This Inner Loop Header: Depth=1
	movslq	(%r15,%r12,4), %rax
	imulq	$1000000007, %rax, %rax         ## imm = 0x3B9ACA07
	cmpq	%rbx, %rax
	cmovlq	%rax, %rbx
	cmpq	%rdx, %rax
	cmovgq	%rax, %rdx
	movslq	4(%r15,%r12,4), %rax
	imulq	$1000000007, %rax, %rax         ## imm = 0x3B9ACA07
	cmpq	%rbx, %rax
	cmovlq	%rax, %rbx
	cmpq	%rdx, %rax
	cmovgq	%rax, %rdx
	addq	$2, %r12
	cmpq	$64, %r12
	jne	LBB9_12
## %bb.13:
	leaq	L_.str.4(%rip), %rdi
	xorl	%r14d, %r14d
	movq	%rbx, %rsi
	xorl	%eax, %eax
	callq	_printf
	xorps	%xmm0, %xmm0
	movaps	%xmm0, -80(%rbp)
	movl	$0, -64(%rbp)
	movl	$1000, %eax                     ## imm = 0x3E8
	jmp	LBB9_14
	.p2align	4, 0x90
LBB9_16:                                ##   in Loop: Header=BB9_14 Depth=1
	movslq	%ecx, %rcx
	addl	$1, -80(%rbp,%rcx,4)
	addq	$4, %r14
	cmpq	$256, %r14                      ## imm = 0x100
	je	LBB9_17
LBB9_14:                                ## =>This Inner Loop Header: Depth=1
	movl	(%r14,%r15), %ecx
	addl	%eax, %ecx
	movslq	%ecx, %rcx
	imulq	$1374389535, %rcx, %rcx         ## imm = 0x51EB851F
	movq	%rcx, %rdx
	shrq	$63, %rdx
	sarq	$39, %rcx
	addl	%edx, %ecx
	cmpl	$4, %ecx
	jl	LBB9_16
## %bb.15:                              ##   in Loop: Header=BB9_14 Depth=1
	movl	$4, %ecx
	jmp	LBB9_16
LBB9_17:
	movl	-80(%rbp), %esi
	movl	-76(%rbp), %edx
	movl	-72(%rbp), %ecx
	movl	-68(%rbp), %r8d
	movl	-64(%rbp), %r9d
	leaq	L_.str.5(%rip), %rdi
	xorl	%eax, %eax
	callq	_printf
	movq	___stack_chk_guard@GOTPCREL(%rip), %rax
	movq	(%rax), %rax
	cmpq	-48(%rbp), %rax
	jne	LBB9_19
## %bb.18:
	xorl	%eax, %eax
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
LBB9_19:
	callq	___stack_chk_fail
	.cfi_endproc
                                        ## -- End function
	.section	__DATA,__data
	.globl	_vseed                          ## @vseed
	.p2align	2
_vseed:
	.long	17                              ## 0x11

.zerofill __DATA,__bss,_data,256,4      ## @data
.zerofill __DATA,__bss,_udata,256,4     ## @udata
	.section	__TEXT,__cstring,cstring_literals
L_.str:                                 ## @.str
	.asciz	"min=%d max=%d umin=%u abs_sum=%ld clamped=%d signs=%d\n"

L_.str.1:                               ## @.str.1
	.asciz	"best=%d at %d pos=%d sel_total=%ld\n"

L_.str.2:                               ## @.str.2
	.asciz	"sat_add_u8 total=%u\n"

L_.str.3:                               ## @.str.3
	.asciz	"sat_sub_i16 total=%d\n"

L_.str.4:                               ## @.str.4
	.asciz	"lo64=%lld hi64=%lld\n"

L_.str.5:                               ## @.str.5
	.asciz	"hist: %d %d %d %d %d\n"

.subsections_via_symbols
