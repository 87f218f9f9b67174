	.file	"01_recursion.c"
	.text
	.p2align 4
	.globl	ackermann
	.type	ackermann, @function
ackermann:
.LFB11:
	.cfi_startproc
	testq	%rdi, %rdi
	je	.L16
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rbx
.L3:
	movq	%rbx, %rdi
	subq	$1, %rbx
	testq	%rsi, %rsi
	jne	.L17
	movl	$1, %esi
.L4:
	testq	%rbx, %rbx
	jne	.L3
	leaq	1(%rsi), %rax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L17:
	.cfi_restore_state
	subq	$1, %rsi
	call	ackermann
	movq	%rax, %rsi
	jmp	.L4
	.p2align 4,,10
	.p2align 3
.L16:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	leaq	1(%rsi), %rax
	ret
	.cfi_endproc
.LFE11:
	.size	ackermann, .-ackermann
	.p2align 4
	.globl	hanoi
	.type	hanoi, @function
hanoi:
.LFB12:
	.cfi_startproc
	testl	%edi, %edi
	je	.L27
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	leaq	first_moves(%rip), %r14
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	movl	%edx, %r13d
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	movl	%edi, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	movl	%ecx, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	movl	%esi, %ebx
.L19:
	subl	$1, %r12d
	movl	%r13d, %ecx
	movl	%ebp, %edx
	movl	%ebx, %esi
	movl	%r12d, %edi
	call	hanoi
	movq	hanoi_moves(%rip), %rax
	cmpq	$7, %rax
	jle	.L30
.L20:
	addq	$1, %rax
	movq	%rax, hanoi_moves(%rip)
	movl	%ebp, %eax
	movl	%ebx, %ebp
	testl	%r12d, %r12d
	je	.L18
	movl	%eax, %ebx
	jmp	.L19
	.p2align 4,,10
	.p2align 3
.L30:
	movl	%ebx, (%r14,%rax,8)
	movl	%r13d, 4(%r14,%rax,8)
	jmp	.L20
	.p2align 4,,10
	.p2align 3
.L18:
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
	.p2align 4,,10
	.p2align 3
.L27:
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	.cfi_restore 14
	ret
	.cfi_endproc
.LFE12:
	.size	hanoi, .-hanoi
	.p2align 4
	.globl	is_odd
	.type	is_odd, @function
is_odd:
.LFB14:
	.cfi_startproc
	testl	%edi, %edi
	jne	.L33
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L33:
	subl	$1, %edi
	jmp	is_even
	.cfi_endproc
.LFE14:
	.size	is_odd, .-is_odd
	.p2align 4
	.globl	is_even
	.type	is_even, @function
is_even:
.LFB13:
	.cfi_startproc
	testl	%edi, %edi
	jne	.L36
	movl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L36:
	subl	$1, %edi
	jmp	is_odd
	.cfi_endproc
.LFE13:
	.size	is_even, .-is_even
	.p2align 4
	.globl	tree_sum
	.type	tree_sum, @function
tree_sum:
.LFB15:
	.cfi_startproc
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	movq	%rcx, %r15
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movq	%rsi, %rbp
	movq	%rdx, %rsi
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$24, %rsp
	.cfi_def_cfa_offset 80
	testl	%edi, %edi
	je	.L46
	movl	%edi, %ebx
	movslq	%edi, %r13
	movl	$1, %r12d
	xorl	%r14d, %r14d
.L40:
	subl	$1, %ebx
	leaq	1(%rbp), %rcx
	movq	%r15, %rdx
	movq	%rsi, 8(%rsp)
	movl	%ebx, %edi
	call	tree_sum
	movq	8(%rsp), %rsi
	leaq	(%rax,%rbp), %rdx
	movq	%r15, %rax
	addq	%rsi, %rdx
	leaq	2(%rsi), %rcx
	movq	%rbp, %rsi
	addq	%r15, %rdx
	addq	%r13, %rdx
	subq	$1, %r13
	imulq	%r12, %rdx
	negq	%r12
	addq	%rdx, %r14
	testl	%ebx, %ebx
	je	.L39
	movq	%rcx, %r15
	movq	%rax, %rbp
	jmp	.L40
	.p2align 4,,10
	.p2align 3
.L46:
	movq	%rbp, %r15
	movl	$1, %r12d
	movq	%rdx, %rbp
	xorl	%r14d, %r14d
.L39:
	leaq	0(%rbp,%rbp,4), %rdx
	leaq	(%r15,%r15,2), %rax
	addq	$24, %rsp
	.cfi_def_cfa_offset 56
	addq	%rdx, %rax
	leaq	0(,%rcx,8), %rdx
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	subq	%rcx, %rdx
	addq	%rdx, %rax
	imulq	%r12, %rax
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	addq	%r14, %rax
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE15:
	.size	tree_sum, .-tree_sum
	.p2align 4
	.globl	gcd
	.type	gcd, @function
gcd:
.LFB16:
	.cfi_startproc
	movl	%edi, %eax
	testl	%esi, %esi
	jne	.L49
	jmp	.L52
	.p2align 4,,10
	.p2align 3
.L51:
	movl	%edx, %esi
.L49:
	cltd
	idivl	%esi
	movl	%esi, %eax
	testl	%edx, %edx
	jne	.L51
	movl	%esi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L52:
	movl	%edi, %esi
	movl	%esi, %eax
	ret
	.cfi_endproc
.LFE16:
	.size	gcd, .-gcd
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"ack(%lu,%lu) = %lu\n"
.LC1:
	.string	"hanoi(%d) moves = %ld\n"
.LC2:
	.string	"  move %d: %d -> %d\n"
.LC3:
	.string	"is_even(%u)=%d is_odd(%u)=%d\n"
.LC4:
	.string	"tree_sum(%d) = %ld\n"
.LC5:
	.string	"gcd(1071, 462) = %d\n"
.LC6:
	.string	"gcd(832040, 514229) = %d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB17:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	leaq	.LC0(%rip), %r12
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	xorl	%ebp, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$8, %rsp
	.cfi_def_cfa_offset 48
	movl	seed_m(%rip), %eax
	.p2align 4,,10
	.p2align 3
.L54:
	movl	seed_n(%rip), %eax
	xorl	%ebx, %ebx
	.p2align 4,,10
	.p2align 3
.L55:
	movq	%rbx, %rsi
	movq	%rbp, %rdi
	movq	%rbx, %rdx
	addq	$1, %rbx
	call	ackermann
	movq	%rbp, %rsi
	movq	%r12, %rdi
	movq	%rax, %rcx
	xorl	%eax, %eax
	call	printf@PLT
	movslq	seed_n(%rip), %rax
	cmpq	%rbx, %rax
	jnb	.L55
	movslq	seed_m(%rip), %rax
	addq	$1, %rbp
	addq	$1, %rax
	cmpq	%rbp, %rax
	jnb	.L54
	movl	hanoi_disks(%rip), %edi
	movl	$2, %ecx
	movl	$3, %edx
	movl	$1, %esi
	leaq	-4+first_moves(%rip), %r13
	movl	$1, %ebx
	leaq	.LC2(%rip), %rbp
	call	hanoi
	movl	hanoi_disks(%rip), %esi
	movq	hanoi_moves(%rip), %rdx
	xorl	%eax, %eax
	leaq	.LC1(%rip), %rdi
	leaq	-4(%r13), %r12
	call	printf@PLT
	.p2align 4,,10
	.p2align 3
.L57:
	movl	0(%r13,%rbx,8), %ecx
	movl	(%r12,%rbx,8), %edx
	movl	%ebx, %esi
	movq	%rbp, %rdi
	xorl	%eax, %eax
	addq	$1, %rbx
	call	printf@PLT
	cmpq	$9, %rbx
	jne	.L57
	xorl	%ebx, %ebx
	leaq	.LC3(%rip), %r12
	.p2align 4,,10
	.p2align 3
.L58:
	movl	%ebx, %edi
	call	is_odd
	movl	%ebx, %edi
	movl	%eax, %ebp
	call	is_even
	movl	%ebx, %ecx
	movl	%ebx, %esi
	movl	%ebp, %r8d
	movl	%eax, %edx
	movq	%r12, %rdi
	xorl	%eax, %eax
	addl	$7, %ebx
	call	printf@PLT
	cmpl	$42, %ebx
	jne	.L58
	xorl	%ebx, %ebx
	leaq	.LC4(%rip), %rbp
	.p2align 4,,10
	.p2align 3
.L59:
	movslq	seed_n(%rip), %rdx
	movslq	seed_m(%rip), %rsi
	movl	%ebx, %edi
	movl	$11, %ecx
	call	tree_sum
	movl	%ebx, %esi
	movq	%rbp, %rdi
	addl	$2, %ebx
	movq	%rax, %rdx
	xorl	%eax, %eax
	call	printf@PLT
	cmpl	$12, %ebx
	jne	.L59
	movl	$462, %esi
	movl	$1071, %edi
	call	gcd
	leaq	.LC5(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	movl	$514229, %esi
	movl	$832040, %edi
	call	gcd
	leaq	.LC6(%rip), %rdi
	movl	%eax, %esi
	xorl	%eax, %eax
	call	printf@PLT
	addq	$8, %rsp
	.cfi_def_cfa_offset 40
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE17:
	.size	main, .-main
	.local	first_moves
	.comm	first_moves,64,32
	.local	hanoi_moves
	.comm	hanoi_moves,8,8
	.globl	hanoi_disks
	.data
	.align 4
	.type	hanoi_disks, @object
	.size	hanoi_disks, 4
hanoi_disks:
	.long	10
	.globl	seed_n
	.align 4
	.type	seed_n, @object
	.size	seed_n, 4
seed_n:
	.long	3
	.globl	seed_m
	.align 4
	.type	seed_m, @object
	.size	seed_m, 4
seed_m:
	.long	2
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
