	.file	"17_int_conversions.c"
	.text
	.globl	vseed
	.data
	.align 4
	.type	vseed, @object
	.size	vseed, 4
vseed:
	.long	305419911
	.globl	vlong
	.align 8
	.type	vlong, @object
	.size	vlong, 8
vlong:
	.quad	-5000000000
	.text
	.globl	widen_sc
	.type	widen_sc, @function
widen_sc:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	movsbq	-4(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	widen_sc, .-widen_sc
	.globl	widen_uc
	.type	widen_uc, @function
widen_uc:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	movzbl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	widen_uc, .-widen_uc
	.globl	widen_ss
	.type	widen_ss, @function
widen_ss:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -4(%rbp)
	movswq	-4(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	widen_ss, .-widen_ss
	.globl	widen_us
	.type	widen_us, @function
widen_us:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -4(%rbp)
	movzwl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	widen_us, .-widen_us
	.globl	widen_si
	.type	widen_si, @function
widen_si:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	cltq
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	widen_si, .-widen_si
	.globl	widen_ui
	.type	widen_ui, @function
widen_ui:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	widen_ui, .-widen_ui
	.globl	narrow_sc
	.type	narrow_sc, @function
narrow_sc:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	narrow_sc, .-narrow_sc
	.globl	narrow_us
	.type	narrow_us, @function
narrow_us:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	narrow_us, .-narrow_us
	.globl	narrow_si
	.type	narrow_si, @function
narrow_si:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	narrow_si, .-narrow_si
	.globl	add_shorts
	.type	add_shorts, @function
add_shorts:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %edx
	movl	%esi, %eax
	movw	%dx, -4(%rbp)
	movw	%ax, -8(%rbp)
	movzwl	-4(%rbp), %edx
	movzwl	-8(%rbp), %eax
	addl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	add_shorts, .-add_shorts
	.globl	add_uchars
	.type	add_uchars, @function
add_uchars:
.LFB10:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %edx
	movl	%esi, %eax
	movb	%dl, -4(%rbp)
	movb	%al, -8(%rbp)
	movzbl	-4(%rbp), %edx
	movzbl	-8(%rbp), %eax
	addl	%edx, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	add_uchars, .-add_uchars
	.globl	to_bool
	.type	to_bool, @function
to_bool:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	cmpq	$0, -8(%rbp)
	setne	%al
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE11:
	.size	to_bool, .-to_bool
	.section	.rodata
	.align 8
.LC0:
	.string	"v=%08x sc=%ld uc=%ld ss=%ld us=%ld\n"
	.align 8
.LC1:
	.string	"neg=%d si=%ld ui=%lu (long)(unsigned)neg=%ld\n"
.LC2:
	.string	"narrow: sc=%d us=%u si=%d\n"
	.align 8
.LC3:
	.string	"narrow pos: sc=%d us=%u si=%d\n"
.LC4:
	.string	"0u-1 = %u, +2 = %u, *3 = %u\n"
.LC5:
	.string	"us wrap=%u uc wrap=%u\n"
.LC6:
	.string	"u64 wrap: %llu\n"
	.align 8
.LC7:
	.string	"-1 < 1u: %d, -1L < 1u: %d, (unsigned char)-1 < 1: %d\n"
	.align 8
.LC8:
	.string	"short mul promotes: %d, add_shorts wrap: %d\n"
.LC9:
	.string	"add_uchars: %u %u\n"
.LC10:
	.string	"bool: %d %d %d\n"
	.align 8
.LC11:
	.string	"sc=%d as uint=%u as ulong=%lu as ushort=%u\n"
.LC12:
	.string	"total=%ld utotal=%lu\n"
.LC13:
	.string	"mix=%d\n"
.LC14:
	.string	"acc64=%lld\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB12:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$168, %rsp
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	.cfi_offset 3, -40
	movl	vseed(%rip), %eax
	movl	%eax, -88(%rbp)
	movl	$0, -36(%rbp)
	jmp	.L26
.L27:
	movl	-36(%rbp), %eax
	sall	$3, %eax
	movl	-88(%rbp), %edx
	movl	%eax, %ecx
	sarl	%cl, %edx
	movl	%edx, %eax
	movl	%eax, -136(%rbp)
	movl	-136(%rbp), %eax
	movzwl	%ax, %eax
	movl	%eax, %edi
	call	widen_us
	movq	%rax, %r13
	movl	-136(%rbp), %eax
	cwtl
	movl	%eax, %edi
	call	widen_ss
	movq	%rax, %r12
	movl	-136(%rbp), %eax
	movzbl	%al, %eax
	movl	%eax, %edi
	call	widen_uc
	movq	%rax, %rbx
	movl	-136(%rbp), %eax
	movsbl	%al, %eax
	movl	%eax, %edi
	call	widen_sc
	movq	%rax, %rdx
	movl	-136(%rbp), %eax
	movq	%r13, %r9
	movq	%r12, %r8
	movq	%rbx, %rcx
	movl	%eax, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -36(%rbp)
.L26:
	cmpl	$3, -36(%rbp)
	jle	.L27
	movl	-88(%rbp), %eax
	negl	%eax
	movl	%eax, -92(%rbp)
	movl	-92(%rbp), %eax
	movl	%eax, %r12d
	movl	-92(%rbp), %eax
	movl	%eax, %edi
	call	widen_ui
	movq	%rax, %rbx
	movl	-92(%rbp), %eax
	movl	%eax, %edi
	call	widen_si
	movq	%rax, %rdx
	movl	-92(%rbp), %eax
	movq	%r12, %r8
	movq	%rbx, %rcx
	movl	%eax, %esi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	vlong(%rip), %rax
	movq	%rax, -104(%rbp)
	movq	-104(%rbp), %rax
	movq	%rax, %rdi
	call	narrow_si
	movl	%eax, %r12d
	movq	-104(%rbp), %rax
	movq	%rax, %rdi
	call	narrow_us
	movzwl	%ax, %ebx
	movq	-104(%rbp), %rax
	movq	%rax, %rdi
	call	narrow_sc
	movsbl	%al, %eax
	movl	%r12d, %ecx
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-104(%rbp), %rax
	negq	%rax
	movq	%rax, %rdi
	call	narrow_si
	movl	%eax, %r12d
	movl	$70000, %eax
	subq	-104(%rbp), %rax
	movq	%rax, %rdi
	call	narrow_us
	movzwl	%ax, %ebx
	movl	$200, %eax
	subq	-104(%rbp), %rax
	movq	%rax, %rdi
	call	narrow_sc
	movsbl	%al, %eax
	movl	%r12d, %ecx
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -108(%rbp)
	subl	$1, -108(%rbp)
	movl	-108(%rbp), %edx
	movl	%edx, %eax
	addl	%eax, %eax
	leal	(%rax,%rdx), %ecx
	movl	-108(%rbp), %eax
	leal	2(%rax), %edx
	movl	-108(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movw	$-1, -110(%rbp)
	addw	$1, -110(%rbp)
	movb	$-6, -111(%rbp)
	addb	$10, -111(%rbp)
	movzbl	-111(%rbp), %edx
	movzwl	-110(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -120(%rbp)
	subq	$5, -120(%rbp)
	movq	-120(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	vseed(%rip), %eax
	movl	$-1, -124(%rbp)
	movl	vseed(%rip), %eax
	movl	$1, -128(%rbp)
	movl	-124(%rbp), %eax
	testb	%al, %al
	sete	%al
	movzbl	%al, %ecx
	movl	-124(%rbp), %eax
	movslq	%eax, %rdx
	movl	-128(%rbp), %eax
	cmpq	%rax, %rdx
	setl	%al
	movzbl	%al, %edx
	movl	-124(%rbp), %eax
	cmpl	-128(%rbp), %eax
	setb	%al
	movzbl	%al, %eax
	movl	%eax, %esi
	leaq	.LC7(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movw	$-300, -130(%rbp)
	movw	$200, -132(%rbp)
	movzwl	-132(%rbp), %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	sall	$2, %eax
	cwtl
	movl	%eax, %esi
	movl	$30000, %edi
	call	add_shorts
	movswl	%ax, %edx
	movswl	-130(%rbp), %ecx
	movswl	-132(%rbp), %eax
	imull	%ecx, %eax
	movl	%eax, %esi
	leaq	.LC8(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$2, %esi
	movl	$1, %edi
	call	add_uchars
	movzbl	%al, %ebx
	movl	$100, %esi
	movl	$200, %edi
	call	add_uchars
	movzbl	%al, %eax
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC9(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movabsq	$1099511627776, %rax
	movq	%rax, %rdi
	call	to_bool
	movzbl	%al, %r12d
	movq	vlong(%rip), %rax
	movq	%rax, %rdi
	call	to_bool
	movzbl	%al, %ebx
	movl	$0, %edi
	call	to_bool
	movzbl	%al, %eax
	movl	%r12d, %ecx
	movl	%ebx, %edx
	movl	%eax, %esi
	leaq	.LC10(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$16842624, -141(%rbp)
	movb	$127, -137(%rbp)
	movq	$0, -48(%rbp)
	movq	$0, -56(%rbp)
	movl	$0, -60(%rbp)
	jmp	.L28
.L29:
	movl	-60(%rbp), %eax
	cltq
	movzbl	-141(%rbp,%rax), %eax
	movsbq	%al, %rax
	addq	%rax, -48(%rbp)
	movl	-60(%rbp), %eax
	cltq
	movzbl	-141(%rbp,%rax), %eax
	movzbl	%al, %eax
	addq	%rax, -56(%rbp)
	movl	-60(%rbp), %eax
	cltq
	movzbl	-141(%rbp,%rax), %eax
	cbtw
	movzwl	%ax, %esi
	movl	-60(%rbp), %eax
	cltq
	movzbl	-141(%rbp,%rax), %eax
	movsbq	%al, %rcx
	movl	-60(%rbp), %eax
	cltq
	movzbl	-141(%rbp,%rax), %eax
	movsbl	%al, %edx
	movl	-60(%rbp), %eax
	cltq
	movzbl	-141(%rbp,%rax), %eax
	movsbl	%al, %eax
	movl	%esi, %r8d
	movl	%eax, %esi
	leaq	.LC11(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -60(%rbp)
.L28:
	cmpl	$4, -60(%rbp)
	jle	.L29
	movq	-56(%rbp), %rdx
	movq	-48(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC12(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -64(%rbp)
	movl	$0, -68(%rbp)
	jmp	.L30
.L31:
	movl	-68(%rbp), %eax
	addl	$1, %eax
	movl	%eax, %edx
	movl	-88(%rbp), %eax
	imull	%edx, %eax
	shrl	$3, %eax
	movl	%eax, %edx
	movl	-68(%rbp), %eax
	cltq
	movb	%dl, -160(%rbp,%rax)
	movl	-88(%rbp), %eax
	movl	%eax, %edx
	movl	-68(%rbp), %eax
	addl	$3, %eax
	imull	%eax, %edx
	movl	-68(%rbp), %eax
	cltq
	movw	%dx, -192(%rbp,%rax,2)
	addl	$1, -68(%rbp)
.L30:
	cmpl	$15, -68(%rbp)
	jle	.L31
	movl	$0, -72(%rbp)
	jmp	.L32
.L33:
	movl	-72(%rbp), %eax
	cltq
	movzbl	-160(%rbp,%rax), %eax
	movsbl	%al, %edx
	movl	-72(%rbp), %eax
	cltq
	movzwl	-192(%rbp,%rax,2), %eax
	cwtl
	imull	%edx, %eax
	leal	63(%rax), %edx
	testl	%eax, %eax
	cmovs	%edx, %eax
	sarl	$6, %eax
	addl	%eax, -64(%rbp)
	addl	$1, -72(%rbp)
.L32:
	cmpl	$15, -72(%rbp)
	jle	.L33
	movl	-64(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC13(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -80(%rbp)
	movl	$0, -84(%rbp)
	jmp	.L34
.L35:
	movl	-84(%rbp), %eax
	cltq
	movzwl	-192(%rbp,%rax,2), %eax
	movzwl	%ax, %eax
	sall	$16, %eax
	movslq	%eax, %rdx
	movl	-84(%rbp), %eax
	cltq
	movzbl	-160(%rbp,%rax), %eax
	movzbl	%al, %eax
	addq	%rdx, %rax
	addq	%rax, -80(%rbp)
	addl	$1, -84(%rbp)
.L34:
	cmpl	$15, -84(%rbp)
	jle	.L35
	movq	-80(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC14(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	addq	$168, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE12:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
