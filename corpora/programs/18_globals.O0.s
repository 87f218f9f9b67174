	.file	"18_globals.c"
	.text
	.section	.rodata
.LC0:
	.string	"mercury"
.LC1:
	.string	"venus"
.LC2:
	.string	"earth"
.LC3:
	.string	"mars"
.LC4:
	.string	"jupiter"
.LC5:
	.string	"saturn"
.LC6:
	.string	"uranus"
.LC7:
	.string	"neptune"
	.section	.data.rel.ro.local,"aw"
	.align 32
	.type	planets, @object
	.size	planets, 256
planets:
	.quad	.LC0
	.long	0
	.zero	4
	.long	1717986918
	.long	1084428134
	.byte	114
	.zero	7
	.quad	.LC1
	.long	0
	.zero	4
	.long	-858993459
	.long	1085776844
	.byte	114
	.zero	7
	.quad	.LC2
	.long	1
	.zero	4
	.long	0
	.long	1085858560
	.byte	114
	.zero	7
	.quad	.LC3
	.long	2
	.zero	4
	.long	0
	.long	1084914432
	.byte	114
	.zero	7
	.quad	.LC4
	.long	95
	.zero	4
	.long	0
	.long	1089540464
	.byte	103
	.zero	7
	.quad	.LC5
	.long	146
	.zero	4
	.long	0
	.long	1089236736
	.byte	103
	.zero	7
	.quad	.LC6
	.long	28
	.zero	4
	.long	0
	.long	1087947904
	.byte	105
	.zero	7
	.quad	.LC7
	.long	16
	.zero	4
	.long	0
	.long	1087900544
	.byte	105
	.zero	7
	.section	.rodata
.LC8:
	.string	"rocky"
.LC9:
	.string	"gas giant"
.LC10:
	.string	"ice giant"
	.section	.data.rel.ro.local
	.align 16
	.type	kind_names, @object
	.size	kind_names, 24
kind_names:
	.quad	.LC8
	.quad	.LC9
	.quad	.LC10
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
	.globl	counters
	.bss
	.align 32
	.type	counters, @object
	.size	counters, 32
counters:
	.zero	32
	.globl	big_table
	.align 32
	.type	big_table, @object
	.size	big_table, 4096
big_table:
	.zero	4096
	.data
	.align 8
	.type	initialized_shorts, @object
	.size	initialized_shorts, 10
initialized_shorts:
	.value	-1
	.value	2
	.value	-3
	.value	4
	.value	-5
	.globl	message
	.align 16
	.type	message, @object
	.size	message, 22
message:
	.string	"mutable global string"
	.globl	msg_ptr
	.section	.data.rel.local,"aw"
	.align 8
	.type	msg_ptr, @object
	.size	msg_ptr, 8
msg_ptr:
	.quad	message+8
	.globl	counter_ptr
	.align 8
	.type	counter_ptr, @object
	.size	counter_ptr, 8
counter_ptr:
	.quad	counters+12
	.globl	vsel
	.data
	.align 4
	.type	vsel, @object
	.size	vsel, 4
vsel:
	.long	5
	.section	.rodata
.LC11:
	.string	"squares"
.LC12:
	.string	"counters"
	.section	.data.rel.local
	.align 32
	.type	configs, @object
	.size	configs, 48
configs:
	.long	1
	.zero	4
	.quad	.LC11
	.quad	squares
	.long	2
	.zero	4
	.quad	.LC12
	.quad	counters
	.text
	.globl	next_id
	.type	next_id, @function
next_id:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	id.1(%rip), %eax
	leal	1(%rax), %edx
	movl	%edx, id.1(%rip)
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	next_id, .-next_id
	.globl	running_sum
	.type	running_sum, @function
running_sum:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	total.0(%rip), %rdx
	movq	-8(%rbp), %rax
	addq	%rdx, %rax
	movq	%rax, total.0(%rip)
	movq	total.0(%rip), %rax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	running_sum, .-running_sum
	.globl	kind_name
	.type	kind_name, @function
kind_name:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movb	%al, -4(%rbp)
	movsbl	-4(%rbp), %eax
	cmpl	$103, %eax
	je	.L6
	cmpl	$114, %eax
	jne	.L7
	leaq	.LC8(%rip), %rax
	jmp	.L8
.L6:
	leaq	.LC9(%rip), %rax
	jmp	.L8
.L7:
	leaq	.LC10(%rip), %rax
.L8:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	kind_name, .-kind_name
	.globl	bump
	.type	bump, @function
bump:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	andl	$7, %eax
	movslq	%eax, %rdx
	leaq	0(,%rdx,4), %rcx
	leaq	counters(%rip), %rdx
	movl	(%rcx,%rdx), %edx
	leal	1(%rdx), %ecx
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	counters(%rip), %rax
	movl	%ecx, (%rdx,%rax)
	movq	counter_ptr(%rip), %rax
	movl	(%rax), %edx
	movq	counter_ptr(%rip), %rax
	addl	$10, %edx
	movl	%edx, (%rax)
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	bump, .-bump
	.section	.rodata
	.align 8
.LC14:
	.string	"%-8s moons=%3d radius=%9.1f %s\n"
	.align 8
.LC16:
	.string	"total moons=%d mean radius=%.2f\n"
.LC17:
	.string	"id=%d "
.LC18:
	.string	"sum=%ld "
.LC19:
	.string	"%d "
.LC20:
	.string	"big_table sum=%ld last=%ld\n"
.LC21:
	.string	"shorts sum=%d modified=%d\n"
.LC22:
	.string	"msg_ptr=%s\n"
.LC23:
	.string	"GLOBAL"
	.align 8
.LC24:
	.string	"message=%s msg_ptr=%s len=%zu\n"
.LC25:
	.string	"config %d %s acc=%d\n"
.LC26:
	.string	"rebound table[0]=%d\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$96, %rsp
	movl	$0, -4(%rbp)
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -16(%rbp)
	movq	$0, -24(%rbp)
	jmp	.L11
.L12:
	movq	-24(%rbp), %rax
	salq	$5, %rax
	movq	%rax, %rdx
	leaq	24+planets(%rip), %rax
	movzbl	(%rdx,%rax), %eax
	movsbl	%al, %eax
	movl	%eax, %edi
	call	kind_name
	movq	%rax, %rcx
	movq	-24(%rbp), %rax
	salq	$5, %rax
	movq	%rax, %rdx
	leaq	16+planets(%rip), %rax
	movq	(%rdx,%rax), %rsi
	movq	-24(%rbp), %rax
	salq	$5, %rax
	movq	%rax, %rdx
	leaq	8+planets(%rip), %rax
	movl	(%rdx,%rax), %edx
	movq	-24(%rbp), %rax
	salq	$5, %rax
	movq	%rax, %rdi
	leaq	planets(%rip), %rax
	movq	(%rdi,%rax), %rax
	movq	%rsi, %xmm0
	movq	%rax, %rsi
	leaq	.LC14(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movq	-24(%rbp), %rax
	salq	$5, %rax
	movq	%rax, %rdx
	leaq	8+planets(%rip), %rax
	movl	(%rdx,%rax), %eax
	addl	%eax, -4(%rbp)
	movq	-24(%rbp), %rax
	salq	$5, %rax
	movq	%rax, %rdx
	leaq	16+planets(%rip), %rax
	movsd	(%rdx,%rax), %xmm0
	movsd	-16(%rbp), %xmm1
	addsd	%xmm1, %xmm0
	movsd	%xmm0, -16(%rbp)
	addq	$1, -24(%rbp)
.L11:
	cmpq	$7, -24(%rbp)
	jbe	.L12
	movsd	-16(%rbp), %xmm0
	movsd	.LC15(%rip), %xmm1
	divsd	%xmm1, %xmm0
	movq	%xmm0, %rdx
	movl	-4(%rbp), %eax
	movq	%rdx, %xmm0
	movl	%eax, %esi
	leaq	.LC16(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	movl	$0, -28(%rbp)
	jmp	.L13
.L14:
	call	next_id
	movl	%eax, %esi
	leaq	.LC17(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -28(%rbp)
.L13:
	cmpl	$4, -28(%rbp)
	jle	.L14
	movl	$10, %edi
	call	putchar@PLT
	movl	$1, -32(%rbp)
	jmp	.L15
.L16:
	movl	-32(%rbp), %eax
	imull	%eax, %eax
	cltq
	movq	%rax, %rdi
	call	running_sum
	movq	%rax, %rsi
	leaq	.LC18(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -32(%rbp)
.L15:
	cmpl	$5, -32(%rbp)
	jle	.L16
	movl	$10, %edi
	call	putchar@PLT
	movl	$0, -36(%rbp)
	jmp	.L17
.L18:
	movl	vsel(%rip), %eax
	imull	-36(%rbp), %eax
	movl	%eax, %edi
	call	bump
	addl	$1, -36(%rbp)
.L17:
	cmpl	$19, -36(%rbp)
	jle	.L18
	movl	$0, -40(%rbp)
	jmp	.L19
.L20:
	movl	-40(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	counters(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	%eax, %esi
	leaq	.LC19(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -40(%rbp)
.L19:
	cmpl	$7, -40(%rbp)
	jle	.L20
	movl	$10, %edi
	call	putchar@PLT
	movl	$0, -44(%rbp)
	jmp	.L21
.L22:
	movl	-44(%rbp), %eax
	movslq	%eax, %rdx
	movl	-44(%rbp), %eax
	andl	$15, %eax
	cltq
	leaq	0(,%rax,4), %rcx
	leaq	squares(%rip), %rax
	movl	(%rcx,%rax), %eax
	cltq
	imulq	%rax, %rdx
	movl	-44(%rbp), %eax
	cltq
	movq	%rdx, %rcx
	subq	%rax, %rcx
	movl	-44(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	big_table(%rip), %rax
	movq	%rcx, (%rdx,%rax)
	addl	$1, -44(%rbp)
.L21:
	cmpl	$511, -44(%rbp)
	jle	.L22
	movq	$0, -56(%rbp)
	movl	$0, -60(%rbp)
	jmp	.L23
.L24:
	movl	-60(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	big_table(%rip), %rax
	movq	(%rdx,%rax), %rax
	addq	%rax, -56(%rbp)
	addl	$3, -60(%rbp)
.L23:
	cmpl	$511, -60(%rbp)
	jle	.L24
	movq	4088+big_table(%rip), %rdx
	movq	-56(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC20(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -64(%rbp)
	movl	$0, -68(%rbp)
	jmp	.L25
.L26:
	movl	-68(%rbp), %eax
	cltq
	leaq	(%rax,%rax), %rdx
	leaq	initialized_shorts(%rip), %rax
	movzwl	(%rdx,%rax), %eax
	movswl	%ax, %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	addl	%eax, %eax
	addl	%eax, -64(%rbp)
	addl	$1, -68(%rbp)
.L25:
	cmpl	$4, -68(%rbp)
	jle	.L26
	movl	vsel(%rip), %ecx
	movslq	%ecx, %rax
	imulq	$1717986919, %rax, %rax
	shrq	$32, %rax
	movl	%eax, %edx
	sarl	%edx
	movl	%ecx, %eax
	sarl	$31, %eax
	subl	%eax, %edx
	movl	%edx, %eax
	sall	$2, %eax
	addl	%edx, %eax
	subl	%eax, %ecx
	movl	%ecx, %edx
	movslq	%edx, %rax
	leaq	(%rax,%rax), %rdx
	leaq	initialized_shorts(%rip), %rax
	movw	$1000, (%rdx,%rax)
	movzwl	initialized_shorts(%rip), %eax
	movswl	%ax, %edx
	movl	-64(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC21(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	msg_ptr(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC22(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movb	$77, message(%rip)
	leaq	8+message(%rip), %rax
	movl	$6, %edx
	leaq	.LC23(%rip), %rcx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	memcpy@PLT
	leaq	message(%rip), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movq	%rax, %rdx
	movq	msg_ptr(%rip), %rax
	movq	%rdx, %rcx
	movq	%rax, %rdx
	leaq	message(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC24(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	$0, -80(%rbp)
	jmp	.L27
.L30:
	movl	$0, -84(%rbp)
	movl	$0, -88(%rbp)
	jmp	.L28
.L29:
	movq	-80(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	movq	%rax, %rdx
	leaq	16+configs(%rip), %rax
	movq	(%rdx,%rax), %rax
	movl	-88(%rbp), %edx
	movslq	%edx, %rdx
	salq	$2, %rdx
	addq	%rdx, %rax
	movl	(%rax), %eax
	addl	%eax, -84(%rbp)
	addl	$1, -88(%rbp)
.L28:
	cmpl	$7, -88(%rbp)
	jle	.L29
	movq	-80(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	movq	%rax, %rdx
	leaq	8+configs(%rip), %rax
	movq	(%rdx,%rax), %rsi
	movq	-80(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	addq	%rdx, %rax
	salq	$3, %rax
	movq	%rax, %rdx
	leaq	configs(%rip), %rax
	movl	(%rdx,%rax), %eax
	movl	-84(%rbp), %edx
	movl	%edx, %ecx
	movq	%rsi, %rdx
	movl	%eax, %esi
	leaq	.LC25(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$1, -80(%rbp)
.L27:
	cmpq	$1, -80(%rbp)
	jbe	.L30
	movl	vsel(%rip), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	leaq	squares(%rip), %rax
	addq	%rdx, %rax
	movq	%rax, 40+configs(%rip)
	movq	40+configs(%rip), %rax
	movl	(%rax), %eax
	movl	%eax, %esi
	leaq	.LC26(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	main, .-main
	.data
	.align 4
	.type	id.1, @object
	.size	id.1, 4
id.1:
	.long	100
	.local	total.0
	.comm	total.0,8,8
	.section	.rodata
	.align 8
.LC15:
	.long	0
	.long	1075838976
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
