	.file	"01_recursion.c"
	.text
	.globl	seed_m
	.data
	.align 4
	.type	seed_m, @object
	.size	seed_m, 4
seed_m:
	.long	2
	.globl	seed_n
	.align 4
	.type	seed_n, @object
	.size	seed_n, 4
seed_n:
	.long	3
	.globl	hanoi_disks
	.align 4
	.type	hanoi_disks, @object
	.size	hanoi_disks, 4
hanoi_disks:
	.long	10
	.local	hanoi_moves
	.comm	hanoi_moves,8,8
	.local	first_moves
	.comm	first_moves,64,32
	.text
	.globl	ackermann
	.type	ackermann, @function
ackermann:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	cmpq	$0, -8(%rbp)
	jne	.L2
	movq	-16(%rbp), %rax
	addq	$1, %rax
	jmp	.L3
.L2:
	cmpq	$0, -16(%rbp)
	jne	.L4
	movq	-8(%rbp), %rax
	subq	$1, %rax
	movl	$1, %esi
	movq	%rax, %rdi
	call	ackermann
	jmp	.L3
.L4:
	movq	-16(%rbp), %rax
	leaq	-1(%rax), %rdx
	movq	-8(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	ackermann
	movq	%rax, %rdx
	movq	-8(%rbp), %rax
	subq	$1, %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	ackermann
.L3:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	ackermann, .-ackermann
	.globl	hanoi
	.type	hanoi, @function
hanoi:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	movl	%edx, -12(%rbp)
	movl	%ecx, -16(%rbp)
	cmpl	$0, -4(%rbp)
	je	.L9
	movl	-4(%rbp), %eax
	leal	-1(%rax), %edi
	movl	-12(%rbp), %ecx
	movl	-16(%rbp), %edx
	movl	-8(%rbp), %eax
	movl	%eax, %esi
	call	hanoi
	movq	hanoi_moves(%rip), %rax
	cmpq	$7, %rax
	jg	.L8
	movq	hanoi_moves(%rip), %rax
	leaq	0(,%rax,8), %rcx
	leaq	first_moves(%rip), %rdx
	movl	-8(%rbp), %eax
	movl	%eax, (%rcx,%rdx)
	movq	hanoi_moves(%rip), %rax
	leaq	0(,%rax,8), %rcx
	leaq	4+first_moves(%rip), %rdx
	movl	-12(%rbp), %eax
	movl	%eax, (%rcx,%rdx)
.L8:
	movq	hanoi_moves(%rip), %rax
	addq	$1, %rax
	movq	%rax, hanoi_moves(%rip)
	movl	-4(%rbp), %eax
	leal	-1(%rax), %edi
	movl	-8(%rbp), %ecx
	movl	-12(%rbp), %edx
	movl	-16(%rbp), %eax
	movl	%eax, %esi
	call	hanoi
	jmp	.L5
.L9:
	nop
.L5:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	hanoi, .-hanoi
	.globl	is_even
	.type	is_even, @function
is_even:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	je	.L11
	movl	-4(%rbp), %eax
	subl	$1, %eax
	movl	%eax, %edi
	call	is_odd
	jmp	.L13
.L11:
	movl	$1, %eax
.L13:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	is_even, .-is_even
	.globl	is_odd
	.type	is_odd, @function
is_odd:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	je	.L15
	movl	-4(%rbp), %eax
	subl	$1, %eax
	movl	%eax, %edi
	call	is_even
	jmp	.L17
.L15:
	movl	$0, %eax
.L17:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	is_odd, .-is_odd
	.globl	tree_sum
	.type	tree_sum, @function
tree_sum:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$48, %rsp
	movl	%edi, -20(%rbp)
	movq	%rsi, -32(%rbp)
	movq	%rdx, -40(%rbp)
	movq	%rcx, -48(%rbp)
	cmpl	$0, -20(%rbp)
	jne	.L19
	movq	-32(%rbp), %rdx
	movq	%rdx, %rax
	addq	%rax, %rax
	leaq	(%rax,%rdx), %rcx
	movq	-40(%rbp), %rdx
	movq	%rdx, %rax
	salq	$2, %rax
	addq	%rdx, %rax
	addq	%rax, %rcx
	movq	-48(%rbp), %rdx
	movq	%rdx, %rax
	salq	$3, %rax
	subq	%rdx, %rax
	addq	%rcx, %rax
	jmp	.L20
.L19:
	movq	-32(%rbp), %rax
	leaq	1(%rax), %rcx
	movl	-20(%rbp), %eax
	leal	-1(%rax), %edi
	movq	-48(%rbp), %rdx
	movq	-40(%rbp), %rax
	movq	%rax, %rsi
	call	tree_sum
	movq	%rax, -8(%rbp)
	movq	-40(%rbp), %rax
	leaq	2(%rax), %rcx
	movl	-20(%rbp), %eax
	leal	-1(%rax), %edi
	movq	-32(%rbp), %rdx
	movq	-48(%rbp), %rax
	movq	%rax, %rsi
	call	tree_sum
	movq	%rax, -16(%rbp)
	movq	-8(%rbp), %rax
	subq	-16(%rbp), %rax
	movq	%rax, %rdx
	movq	-32(%rbp), %rax
	addq	%rax, %rdx
	movq	-40(%rbp), %rax
	addq	%rax, %rdx
	movq	-48(%rbp), %rax
	addq	%rax, %rdx
	movl	-20(%rbp), %eax
	cltq
	addq	%rdx, %rax
.L20:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	tree_sum, .-tree_sum
	.globl	gcd
	.type	gcd, @function
gcd:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	movl	%esi, -8(%rbp)
	cmpl	$0, -8(%rbp)
	je	.L22
	movl	-4(%rbp), %eax
	cltd
	idivl	-8(%rbp)
	movl	-8(%rbp), %eax
	movl	%edx, %esi
	movl	%eax, %edi
	call	gcd
	jmp	.L24
.L22:
	movl	-4(%rbp), %eax
.L24:
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	gcd, .-gcd
	.section	.rodata
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
	.text
	.globl	main
	.type	main, @function
main:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	subq	$32, %rsp
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	$0, -24(%rbp)
	jmp	.L26
.L29:
	movq	$0, -32(%rbp)
	jmp	.L27
.L28:
	movq	-32(%rbp), %rdx
	movq	-24(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	ackermann
	movq	%rax, %rcx
	movq	-32(%rbp), %rdx
	movq	-24(%rbp), %rax
	movq	%rax, %rsi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addq	$1, -32(%rbp)
.L27:
	movl	seed_n(%rip), %eax
	cltq
	cmpq	-32(%rbp), %rax
	jnb	.L28
	addq	$1, -24(%rbp)
.L26:
	movl	seed_m(%rip), %eax
	cltq
	addq	$1, %rax
	cmpq	-24(%rbp), %rax
	jnb	.L29
	movl	hanoi_disks(%rip), %eax
	movl	$2, %ecx
	movl	$3, %edx
	movl	$1, %esi
	movl	%eax, %edi
	call	hanoi
	movq	hanoi_moves(%rip), %rdx
	movl	hanoi_disks(%rip), %eax
	movl	%eax, %esi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -36(%rbp)
	jmp	.L30
.L31:
	movl	-36(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	4+first_moves(%rip), %rax
	movl	(%rdx,%rax), %edx
	movl	-36(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rcx
	leaq	first_moves(%rip), %rax
	movl	(%rcx,%rax), %eax
	movl	-36(%rbp), %ecx
	leal	1(%rcx), %esi
	movl	%edx, %ecx
	movl	%eax, %edx
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -36(%rbp)
.L30:
	cmpl	$7, -36(%rbp)
	jle	.L31
	movl	$0, -40(%rbp)
	jmp	.L32
.L33:
	movl	-40(%rbp), %edx
	movl	%edx, %eax
	sall	$3, %eax
	subl	%edx, %eax
	movl	%eax, %edi
	call	is_odd
	movl	%eax, %r12d
	movl	-40(%rbp), %edx
	movl	%edx, %eax
	sall	$3, %eax
	subl	%edx, %eax
	movl	%eax, %ebx
	movl	-40(%rbp), %edx
	movl	%edx, %eax
	sall	$3, %eax
	subl	%edx, %eax
	movl	%eax, %edi
	call	is_even
	movl	%eax, %esi
	movl	-40(%rbp), %edx
	movl	%edx, %eax
	sall	$3, %eax
	subl	%edx, %eax
	movl	%r12d, %r8d
	movl	%ebx, %ecx
	movl	%esi, %edx
	movl	%eax, %esi
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$1, -40(%rbp)
.L32:
	cmpl	$5, -40(%rbp)
	jbe	.L33
	movl	$0, -44(%rbp)
	jmp	.L34
.L35:
	movl	seed_n(%rip), %eax
	movslq	%eax, %rdx
	movl	seed_m(%rip), %eax
	movslq	%eax, %rsi
	movl	-44(%rbp), %eax
	movl	$11, %ecx
	movl	%eax, %edi
	call	tree_sum
	movq	%rax, %rdx
	movl	-44(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	addl	$2, -44(%rbp)
.L34:
	cmpl	$10, -44(%rbp)
	jle	.L35
	movl	$462, %esi
	movl	$1071, %edi
	call	gcd
	movl	%eax, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$514229, %esi
	movl	$832040, %edi
	call	gcd
	movl	%eax, %esi
	leaq	.LC6(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	addq	$32, %rsp
	popq	%rbx
	popq	%r12
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
