	.file	"33_tls_canary.c"
	.text
	.p2align 4
	.globl	bump
	.type	bump, @function
bump:
.LFB11:
	.cfi_startproc
	subq	$24, %rsp
	.cfi_def_cfa_offset 32
	leal	(%rdi,%rdi,2), %ecx
	movq	%fs:40, %rax
	movq	%rax, 8(%rsp)
	movl	%edi, %eax
	addl	%fs:counter@tpoff, %eax
	movslq	%eax, %rdx
	movl	%eax, %fs:counter@tpoff
	addq	%rdx, %fs:total@tpoff
	movq	ie_hits@gottpoff(%rip), %rdx
	addl	%ecx, %fs:(%rdx)
	movq	8(%rsp), %rdx
	subq	%fs:40, %rdx
	jne	.L5
	addq	$24, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
.L5:
	.cfi_restore_state
	call	__stack_chk_fail@PLT
	.cfi_endproc
.LFE11:
	.size	bump, .-bump
	.p2align 4
	.globl	copy_len
	.type	copy_len, @function
copy_len:
.LFB12:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movl	$47, %edx
	movq	%rdi, %rsi
	subq	$64, %rsp
	.cfi_def_cfa_offset 80
	movq	%fs:40, %rax
	movq	%rax, 56(%rsp)
	xorl	%eax, %eax
	movq	%rsp, %rbx
	movq	%rbx, %rdi
	call	strncpy@PLT
	movq	%rbx, %rsi
	movb	$0, 47(%rsp)
	movq	%fs:0, %rax
	leaq	tbuf@tpoff(%rax), %rdi
	call	strcpy@PLT
	movq	%rbx, %rdi
	call	strlen@PLT
	movq	%rax, %rdx
	movsbl	%fs:tbuf@tpoff, %eax
	addl	%edx, %eax
	movq	56(%rsp), %rdx
	subq	%fs:40, %rdx
	jne	.L9
	addq	$64, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 16
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
.L9:
	.cfi_restore_state
	call	__stack_chk_fail@PLT
	.cfi_endproc
.LFE12:
	.size	copy_len, .-copy_len
	.p2align 4
	.globl	counter_addr
	.type	counter_addr, @function
counter_addr:
.LFB13:
	.cfi_startproc
	subq	$24, %rsp
	.cfi_def_cfa_offset 32
	movq	%fs:40, %rax
	movq	%rax, 8(%rsp)
	movq	%fs:0, %rax
	addq	$counter@tpoff, %rax
	movq	8(%rsp), %rdx
	subq	%fs:40, %rdx
	jne	.L13
	addq	$24, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
.L13:
	.cfi_restore_state
	call	__stack_chk_fail@PLT
	.cfi_endproc
.LFE13:
	.size	counter_addr, .-counter_addr
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC0:
	.string	"counter=%d total=%ld ie_hits=%u\n"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"thread local storage"
.LC2:
	.string	"copy_len=%d tbuf=%s\n"
.LC3:
	.string	"via pointer: %d %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	xorl	%ebx, %ebx
	subq	$16, %rsp
	.cfi_def_cfa_offset 32
	movq	%fs:40, %rax
	movq	%rax, 8(%rsp)
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L15:
	movl	%ebx, %edi
	addl	$1, %ebx
	call	bump
	cmpl	$7, %ebx
	jne	.L15
	movq	ie_hits@gottpoff(%rip), %rax
	movl	%fs:counter@tpoff, %esi
	leaq	.LC0(%rip), %rdi
	movq	%fs:total@tpoff, %rdx
	movl	%fs:(%rax), %ecx
	xorl	%eax, %eax
	call	printf@PLT
	leaq	.LC1(%rip), %rdi
	call	copy_len
	leaq	.LC2(%rip), %rdi
	movl	%eax, %esi
	movq	%fs:0, %rax
	leaq	tbuf@tpoff(%rax), %rdx
	xorl	%eax, %eax
	call	printf@PLT
	call	counter_addr
	leaq	.LC3(%rip), %rdi
	movl	(%rax), %esi
	addl	$1000, %esi
	movl	%esi, (%rax)
	movl	%fs:counter@tpoff, %edx
	xorl	%eax, %eax
	call	printf@PLT
	movslq	%fs:counter@tpoff, %rax
	movq	%rax, %rdx
	imulq	$-1840700269, %rax, %rax
	movl	%edx, %ecx
	sarl	$31, %ecx
	shrq	$32, %rax
	addl	%edx, %eax
	sarl	$2, %eax
	subl	%ecx, %eax
	leal	0(,%rax,8), %ecx
	subl	%eax, %ecx
	movl	%edx, %eax
	subl	%ecx, %eax
	movq	8(%rsp), %rdx
	subq	%fs:40, %rdx
	jne	.L19
	addq	$16, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 16
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
.L19:
	.cfi_restore_state
	call	__stack_chk_fail@PLT
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.globl	ie_hits
	.section	.tdata,"awT",@progbits
	.align 4
	.type	ie_hits, @object
	.size	ie_hits, 4
ie_hits:
	.long	100
	.section	.tbss,"awT",@nobits
	.align 8
	.type	total, @object
	.size	total, 8
total:
	.zero	8
	.globl	tbuf
	.align 16
	.type	tbuf, @object
	.size	tbuf, 32
tbuf:
	.zero	32
	.globl	counter
	.section	.tdata
	.align 4
	.type	counter, @object
	.size	counter, 4
counter:
	.long	5
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
