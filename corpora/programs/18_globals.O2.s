	.file	"18_globals.c"
	.text
	.p2align 4
	.globl	next_id
	.type	next_id, @function
next_id:
.LFB11:
	.cfi_startproc
	movl	id.1(%rip), %eax
	leal	1(%rax), %edx
	movl	%edx, id.1(%rip)
	ret
	.cfi_endproc
.LFE11:
	.size	next_id, .-next_id
	.p2align 4
	.globl	running_sum
	.type	running_sum, @function
running_sum:
.LFB12:
	.cfi_startproc
	movq	total.0(%rip), %rax
	addq	%rdi, %rax
	movq	%rax, total.0(%rip)
	ret
	.cfi_endproc
.LFE12:
	.size	running_sum, .-running_sum
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"rocky"
.LC1:
	.string	"gas giant"
.LC2:
	.string	"ice giant"
	.text
	.p2align 4
	.globl	kind_name
	.type	kind_name, @function
kind_name:
.LFB13:
	.cfi_startproc
	leaq	.LC1(%rip), %rax
	cmpb	$103, %dil
	je	.L4
	cmpb	$114, %dil
	leaq	.LC0(%rip), %rax
	leaq	.LC2(%rip), %rdx
	cmovne	%rdx, %rax
.L4:
	ret
	.cfi_endproc
.LFE13:
	.size	kind_name, .-kind_name
	.p2align 4
	.globl	bump
	.type	bump, @function
bump:
.LFB14:
	.cfi_startproc
	leaq	counters(%rip), %rax
	andl	$7, %edi
	addl	$1, (%rax,%rdi,4)
	movq	counter_ptr(%rip), %rax
	addl	$10, (%rax)
	ret
	.cfi_endproc
.LFE14:
	.size	bump, .-bump
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC4:
	.string	"%-8s moons=%3d radius=%9.1f %s\n"
	.align 8
.LC6:
	.string	"total moons=%d mean radius=%.2f\n"
	.section	.rodata.str1.1
.LC7:
	.string	"id=%d "
.LC8:
	.string	"sum=%ld "
.LC9:
	.string	"%d "
.LC10:
	.string	"big_table sum=%ld last=%ld\n"
.LC11:
	.string	"shorts sum=%d modified=%d\n"
.LC12:
	.string	"msg_ptr=%s\n"
	.section	.rodata.str1.8
	.align 8
.LC13:
	.string	"message=%s msg_ptr=%s len=%zu\n"
	.section	.rodata.str1.1
.LC14:
	.string	"config %d %s acc=%d\n"
.LC15:
	.string	"rebound table[0]=%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB15:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	pxor	%xmm1, %xmm1
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	leaq	.LC4(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	xorl	%ebp, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	leaq	planets(%rip), %rbx
	leaq	256(%rbx), %r13
	subq	$16, %rsp
	.cfi_def_cfa_offset 64
	.p2align 4,,10
	.p2align 3
.L10:
	movsbl	24(%rbx), %edi
	movsd	%xmm1, 8(%rsp)
	addq	$32, %rbx
	call	kind_name
	movl	-24(%rbx), %r14d
	movq	-32(%rbx), %rsi
	movq	%r12, %rdi
	movsd	-16(%rbx), %xmm0
	movq	%rax, %rcx
	movl	$1, %eax
	movl	%r14d, %edx
	addl	%r14d, %ebp
	movsd	%xmm0, (%rsp)
	call	printf@PLT
	movsd	(%rsp), %xmm0
	movsd	8(%rsp), %xmm1
	addsd	%xmm0, %xmm1
	cmpq	%r13, %rbx
	jne	.L10
	mulsd	.LC5(%rip), %xmm1
	movl	%ebp, %esi
	movl	$1, %eax
	movl	$5, %ebx
	leaq	.LC6(%rip), %rdi
	leaq	.LC7(%rip), %rbp
	movapd	%xmm1, %xmm0
	call	printf@PLT
	.p2align 4,,10
	.p2align 3
.L11:
	call	next_id
	movq	%rbp, %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	subl	$1, %ebx
	jne	.L11
	movl	$10, %edi
	movl	$1, %ebx
	leaq	.LC8(%rip), %rbp
	call	putchar@PLT
	.p2align 4,,10
	.p2align 3
.L12:
	movl	%ebx, %edi
	imull	%ebx, %edi
	addl	$1, %ebx
	movslq	%edi, %rdi
	call	running_sum
	movq	%rbp, %rdi
	movq	%rax, %rsi
	xorl	%eax, %eax
	call	printf@PLT
	cmpl	$6, %ebx
	jne	.L12
	movl	$10, %edi
	call	putchar@PLT
	xorl	%edx, %edx
	.p2align 4,,10
	.p2align 3
.L13:
	movl	vsel(%rip), %edi
	imull	%edx, %edi
	addl	$1, %edx
	call	bump
	cmpl	$20, %edx
	jne	.L13
	leaq	counters(%rip), %rbx
	leaq	.LC9(%rip), %rbp
	leaq	32(%rbx), %r12
	.p2align 4,,10
	.p2align 3
.L14:
	movl	(%rbx), %esi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$4, %rbx
	call	printf@PLT
	cmpq	%rbx, %r12
	jne	.L14
	movl	$10, %edi
	leaq	squares(%rip), %rbx
	call	putchar@PLT
	movl	$1, %eax
	movq	$0, big_table(%rip)
	leaq	big_table(%rip), %rcx
	.p2align 4,,10
	.p2align 3
.L15:
	movq	%rax, %rdx
	andl	$15, %edx
	movslq	(%rbx,%rdx,4), %rdx
	subq	$1, %rdx
	imulq	%rax, %rdx
	movq	%rdx, (%rcx,%rax,8)
	addq	$1, %rax
	cmpq	$512, %rax
	jne	.L15
	leaq	big_table(%rip), %rax
	xorl	%esi, %esi
	leaq	4104(%rax), %rdx
	.p2align 4,,10
	.p2align 3
.L16:
	addq	(%rax), %rsi
	addq	$24, %rax
	cmpq	%rax, %rdx
	jne	.L16
	movq	4088+big_table(%rip), %rdx
	leaq	.LC10(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	leaq	initialized_shorts(%rip), %rdi
	xorl	%esi, %esi
	movq	%rdi, %rax
	leaq	10(%rdi), %rcx
	.p2align 4,,10
	.p2align 3
.L17:
	movswl	(%rax), %edx
	addq	$2, %rax
	leal	(%rdx,%rdx,4), %edx
	leal	(%rsi,%rdx,2), %esi
	cmpq	%rcx, %rax
	jne	.L17
	movslq	vsel(%rip), %rax
	leaq	message(%rip), %rbp
	leaq	.LC14(%rip), %r12
	movq	%rax, %rdx
	imulq	$1717986919, %rax, %rax
	movl	%edx, %ecx
	sarl	$31, %ecx
	sarq	$33, %rax
	subl	%ecx, %eax
	leal	(%rax,%rax,4), %eax
	subl	%eax, %edx
	movslq	%edx, %rax
	movl	$1000, %edx
	movw	%dx, (%rdi,%rax,2)
	movswl	initialized_shorts(%rip), %edx
	leaq	.LC11(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movq	msg_ptr(%rip), %rsi
	leaq	.LC12(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$19521, %ecx
	movq	%rbp, %rdi
	movb	$77, message(%rip)
	movw	%cx, 12+message(%rip)
	movl	$1112493127, 8+message(%rip)
	call	strlen@PLT
	movq	msg_ptr(%rip), %rdx
	movq	%rbp, %rsi
	leaq	.LC13(%rip), %rdi
	movq	%rax, %rcx
	leaq	configs(%rip), %rbp
	xorl	%eax, %eax
	call	printf@PLT
	leaq	48(%rbp), %r13
.L18:
	movq	16(%rbp), %rax
	movq	8(%rbp), %rdx
	movq	%r12, %rdi
	addq	$24, %rbp
	movl	-24(%rbp), %esi
	movdqu	(%rax), %xmm1
	movdqu	16(%rax), %xmm0
	xorl	%eax, %eax
	paddd	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	psrldq	$8, %xmm1
	paddd	%xmm1, %xmm0
	movdqa	%xmm0, %xmm1
	psrldq	$4, %xmm1
	paddd	%xmm1, %xmm0
	movd	%xmm0, %ecx
	call	printf@PLT
	cmpq	%rbp, %r13
	jne	.L18
	movslq	vsel(%rip), %rax
	leaq	.LC15(%rip), %rdi
	leaq	(%rbx,%rax,4), %rax
	movl	(%rax), %esi
	movq	%rax, 40+configs(%rip)
	xorl	%eax, %eax
	call	printf@PLT
	addq	$16, %rsp
	.cfi_def_cfa_offset 48
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE15:
	.size	main, .-main
	.local	total.0
	.comm	total.0,8,8
	.data
	.align 4
	.type	id.1, @object
	.size	id.1, 4
id.1:
	.long	100
	.section	.rodata.str1.1
.LC16:
	.string	"squares"
.LC17:
	.string	"counters"
	.section	.data.rel.local,"aw"
	.align 32
	.type	configs, @object
	.size	configs, 48
configs:
	.long	1
	.zero	4
	.quad	.LC16
	.quad	squares
	.long	2
	.zero	4
	.quad	.LC17
	.quad	counters
	.globl	vsel
	.data
	.align 4
	.type	vsel, @object
	.size	vsel, 4
vsel:
	.long	5
	.globl	counter_ptr
	.section	.data.rel.local
	.align 8
	.type	counter_ptr, @object
	.size	counter_ptr, 8
counter_ptr:
	.quad	counters+12
	.globl	msg_ptr
	.align 8
	.type	msg_ptr, @object
	.size	msg_ptr, 8
msg_ptr:
	.quad	message+8
	.globl	message
	.data
	.align 16
	.type	message, @object
	.size	message, 22
message:
	.string	"mutable global string"
	.align 8
	.type	initialized_shorts, @object
	.size	initialized_shorts, 10
initialized_shorts:
	.value	-1
	.value	2
	.value	-3
	.value	4
	.value	-5
	.globl	big_table
	.bss
	.align 32
	.type	big_table, @object
	.size	big_table, 4096
big_table:
	.zero	4096
	.globl	counters
	.align 32
	.type	counters, @object
	.size	counters, 32
counters:
	.zero	32
	.globl	squares
	.section	.rodata
	.align 32
	.type	squares, @object
	.size	squares, 64
squares:
	.long	0
	.long	1
	.long	4
	.long	9
	.long	16
	.long	25
	.long	36
	.long	49
	.long	64
	.long	81
	.long	100
	.long	121
	.long	144
	.long	169
	.long	196
	.long	225
	.section	.rodata.str1.1
.LC18:
	.string	"mercury"
.LC19:
	.string	"venus"
.LC20:
	.string	"earth"
.LC21:
	.string	"mars"
.LC22:
	.string	"jupiter"
.LC23:
	.string	"saturn"
.LC24:
	.string	"uranus"
.LC25:
	.string	"neptune"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	planets, @object
	.size	planets, 256
planets:
	.quad	.LC18
	.long	0
	.zero	4
	.long	1717986918
	.long	1084428134
	.byte	114
	.zero	7
	.quad	.LC19
	.long	0
	.zero	4
	.long	-858993459
	.long	1085776844
	.byte	114
	.zero	7
	.quad	.LC20
	.long	1
	.zero	4
	.long	0
	.long	1085858560
	.byte	114
	.zero	7
	.quad	.LC21
	.long	2
	.zero	4
	.long	0
	.long	1084914432
	.byte	114
	.zero	7
	.quad	.LC22
	.long	95
	.zero	4
	.long	0
	.long	1089540464
	.byte	103
	.zero	7
	.quad	.LC23
	.long	146
	.zero	4
	.long	0
	.long	1089236736
	.byte	103
	.zero	7
	.quad	.LC24
	.long	28
	.zero	4
	.long	0
	.long	1087947904
	.byte	105
	.zero	7
	.quad	.LC25
	.long	16
	.zero	4
	.long	0
	.long	1087900544
	.byte	105
	.zero	7
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC5:
	.long	0
	.long	1069547520
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
