	.file	"33_tls_canary.c"
	.text
	.globl	counter
	.section	.tdata,"awT",@progbits
	.align 4
	.type	counter, @object
	.size	counter, 4
counter:
	.long	5
	.globl	tbuf
	.section	.tbss,"awT",@nobits
	.align 16
	.type	tbuf, @object
	.size	tbuf, 32
tbuf:
	.zero	32
	.align 8
	.type	total, @object
	.size	total, 8
total:
	.zero	8
	.globl	ie_hits
	.section	.tdata
	.align 4
	.type	ie_hits, @object
	.size	ie_hits, 4
ie_hits:
	.long	100
	.text
	.globl	bump
	.type	bump, @function
bump:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movl	%edi, -20(%rbp)
	movq	%fs:40, %rax
	movq	%rax, -8(%rbp)
	xorl	%eax, %eax
	movl	%fs:counter@tpoff, %edx
	movl	-20(%rbp), %eax
	addl	%edx, %eax
	movl	%eax, %fs:counter@tpoff
	movl	%fs:counter@tpoff, %eax
	movslq	%eax, %rdx
	movq	%fs:total@tpoff, %rax
	addq	%rdx, %rax
	movq	%rax, %fs:total@tpoff
	movl	-20(%rbp), %edx
	movl	%edx, %eax
	addl	%eax, %eax
	addl	%eax, %edx
	movq	ie_hits@gottpoff(%rip), %rax
	movl	%fs:(%rax), %eax
	addl	%eax, %edx
	movq	ie_hits@gottpoff(%rip), %rax
	movl	%edx, %fs:(%rax)
	movl	%fs:counter@tpoff, %eax
	movq	-8(%rbp), %rdx
	subq	%fs:40, %rdx
	je	.L3
	call	__stack_chk_fail@PLT
.L3:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	bump, .-bump
	.globl	copy_len
	.type	copy_len, @function
copy_len:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$80, %rsp
	movq	%rdi, -72(%rbp)
	movq	%fs:40, %rax
	movq	%rax, -8(%rbp)
	xorl	%eax, %eax
	movq	-72(%rbp), %rcx
	leaq	-64(%rbp), %rax
	movl	$47, %edx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	strncpy@PLT
	movb	$0, -17(%rbp)
	leaq	-64(%rbp), %rax
	movq	%fs:0, %rdx
	addq	$tbuf@tpoff, %rdx
	movq	%rax, %rsi
	movq	%rdx, %rdi
	call	strcpy@PLT
	leaq	-64(%rbp), %rax
	movq	%rax, %rdi
	call	strlen@PLT
	movl	%eax, %edx
	movzbl	%fs:tbuf@tpoff, %eax
	movsbl	%al, %eax
	addl	%edx, %eax
	movq	-8(%rbp), %rdx
	subq	%fs:40, %rdx
	je	.L6
	call	__stack_chk_fail@PLT
.L6:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	copy_len, .-copy_len
	.globl	counter_addr
	.type	counter_addr, @function
counter_addr:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movq	%fs:40, %rax
	movq	%rax, -8(%rbp)
	xorl	%eax, %eax
	movq	%fs:0, %rax
	addq	$counter@tpoff, %rax
	movq	-8(%rbp), %rdx
	subq	%fs:40, %rdx
	je	.L9
	call	__stack_chk_fail@PLT
.L9:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	counter_addr, .-counter_addr
	.section	.rodata
	.align 8
.LC0:
	.string	"counter=%d total=%ld ie_hits=%u\n"
.LC1:
	.string	"thread local storage"
.LC2:
	.string	"copy_len=%d tbuf=%s\n"
.LC3:
	.string	"via pointer: %d %d\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$32, %rsp
	movq	%fs:40, %rax
	movq	%rax, -8(%rbp)
	xorl	%eax, %eax
	movl	$0, -20(%rbp)
	jmp	.L11
.L12:
	movl	-20(%rbp), %eax
	movl	%eax, %edi
	call	bump
	addl	$1, -20(%rbp)
.L11:
	cmpl	$6, -20(%rbp)
	jle	.L12
	movq	ie_hits@gottpoff(%rip), %rax
	movl	%fs:(%rax), %ecx
	movq	%fs:total@tpoff, %rdx
	movl	%fs:counter@tpoff, %eax
	movl	%eax, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	call	copy_len
	movl	%eax, %ecx
	movq	%fs:0, %rax
	addq	$tbuf@tpoff, %rax
	movq	%rax, %rdx
	movl	%ecx, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	call	counter_addr
	movq	%rax, -16(%rbp)
	movq	-16(%rbp), %rax
	movl	(%rax), %eax
	leal	1000(%rax), %edx
	movq	-16(%rbp), %rax
	movl	%edx, (%rax)
	movl	%fs:counter@tpoff, %edx
	movq	-16(%rbp), %rax
	movl	(%rax), %eax
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	%fs:counter@tpoff, %eax
	movslq	%eax, %rdx
	imulq	$-1840700269, %rdx, %rdx
	shrq	$32, %rdx
	addl	%eax, %edx
	sarl	$2, %edx
	movl	%eax, %ecx
	sarl	$31, %ecx
	subl	%ecx, %edx
	movl	%edx, %ecx
	sall	$3, %ecx
	subl	%edx, %ecx
	subl	%ecx, %eax
	movl	%eax, %edx
	movl	%edx, %eax
	movq	-8(%rbp), %rdx
	subq	%fs:40, %rdx
	je	.L14
	call	__stack_chk_fail@PLT
.L14:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
