	.file	"arith.c"
	.text
	.p2align 4
	.globl	mix
	.type	mix, @function
mix:
.LFB11:
	.cfi_startproc
	movq	%rdi, %rax
	salq	$5, %rax
	subq	%rdi, %rax
	sarq	$2, %rdi
	leaq	(%rax,%rsi,8), %rax
	subq	%rdi, %rax
	ret
	.cfi_endproc
.LFE11:
	.size	mix, .-mix
	.p2align 4
	.globl	divmod
	.type	divmod, @function
divmod:
.LFB12:
	.cfi_startproc
	movl	%edi, %eax
	movq	%rdx, %rcx
	cltd
	idivl	%esi
	movl	%edx, (%rcx)
	ret
	.cfi_endproc
.LFE12:
	.size	divmod, .-divmod
	.p2align 4
	.globl	wrap
	.type	wrap, @function
wrap:
.LFB13:
	.cfi_startproc
	imull	$-1640531535, %edi, %eax
	addl	$12345, %eax
	ret
	.cfi_endproc
.LFE13:
	.size	wrap, .-wrap
	.p2align 4
	.globl	gcd
	.type	gcd, @function
gcd:
.LFB14:
	.cfi_startproc
	movl	%edi, %eax
	movl	%esi, %edx
	testl	%esi, %esi
	je	.L8
	.p2align 4,,10
	.p2align 3
.L7:
	movl	%edx, %ecx
	cltd
	idivl	%ecx
	movl	%ecx, %eax
	testl	%edx, %edx
	jne	.L7
	movl	%ecx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	movl	%edi, %ecx
	movl	%ecx, %eax
	ret
	.cfi_endproc
.LFE14:
	.size	gcd, .-gcd
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"mix=%ld q=%d r=%d\n"
.LC1:
	.string	"wrap=%u gcd=%d\n"
.LC2:
	.string	"h=%d c=%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB15:
	.cfi_startproc
	movl	$-9, %edx
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	movl	$-2, %ecx
	xorl	%eax, %eax
	movl	$3796288366, %esi
	leaq	.LC0(%rip), %rdi
	call	printf@PLT
	movl	$462, %edx
	movl	$1071, %eax
	.p2align 4,,10
	.p2align 3
.L11:
	movl	%edx, %ecx
	cltd
	idivl	%ecx
	movl	%ecx, %eax
	testl	%edx, %edx
	jne	.L11
	movl	%ecx, %edx
	movl	$-1766864266, %esi
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$-128, %edx
	xorl	%esi, %esi
	xorl	%eax, %eax
	leaq	.LC2(%rip), %rdi
	call	printf@PLT
	movl	$48, %eax
	movl	$18, %ecx
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L13:
	movl	%edx, %ecx
.L12:
	cltd
	idivl	%ecx
	movl	%ecx, %eax
	testl	%edx, %edx
	jne	.L13
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
