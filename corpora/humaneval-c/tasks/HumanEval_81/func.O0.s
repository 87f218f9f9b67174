	.file	"func.c"
	.text
	.section	.rodata
.LC1:
	.string	"A+"
.LC3:
	.string	"A"
.LC5:
	.string	"A-"
.LC7:
	.string	"B+"
.LC9:
	.string	"B"
.LC11:
	.string	"B-"
.LC13:
	.string	"C+"
.LC15:
	.string	"C"
.LC17:
	.string	"C-"
.LC19:
	.string	"D+"
.LC21:
	.string	"D"
.LC23:
	.string	"D-"
.LC24:
	.string	"E"
	.text
	.type	grade_for, @function
grade_for:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movsd	%xmm0, -8(%rbp)
	movsd	-8(%rbp), %xmm0
	ucomisd	.LC0(%rip), %xmm0
	jp	.L2
	movsd	-8(%rbp), %xmm0
	ucomisd	.LC0(%rip), %xmm0
	jne	.L2
	leaq	.LC1(%rip), %rax
	jmp	.L4
.L2:
	movsd	-8(%rbp), %xmm0
	comisd	.LC2(%rip), %xmm0
	jbe	.L39
	leaq	.LC3(%rip), %rax
	jmp	.L4
.L39:
	movsd	-8(%rbp), %xmm0
	comisd	.LC4(%rip), %xmm0
	jbe	.L40
	leaq	.LC5(%rip), %rax
	jmp	.L4
.L40:
	movsd	-8(%rbp), %xmm0
	comisd	.LC6(%rip), %xmm0
	jbe	.L41
	leaq	.LC7(%rip), %rax
	jmp	.L4
.L41:
	movsd	-8(%rbp), %xmm0
	comisd	.LC8(%rip), %xmm0
	jbe	.L42
	leaq	.LC9(%rip), %rax
	jmp	.L4
.L42:
	movsd	-8(%rbp), %xmm0
	comisd	.LC10(%rip), %xmm0
	jbe	.L43
	leaq	.LC11(%rip), %rax
	jmp	.L4
.L43:
	movsd	-8(%rbp), %xmm0
	comisd	.LC12(%rip), %xmm0
	jbe	.L44
	leaq	.LC13(%rip), %rax
	jmp	.L4
.L44:
	movsd	-8(%rbp), %xmm0
	comisd	.LC14(%rip), %xmm0
	jbe	.L45
	leaq	.LC15(%rip), %rax
	jmp	.L4
.L45:
	movsd	-8(%rbp), %xmm0
	comisd	.LC16(%rip), %xmm0
	jbe	.L46
	leaq	.LC17(%rip), %rax
	jmp	.L4
.L46:
	movsd	-8(%rbp), %xmm0
	movsd	.LC18(%rip), %xmm1
	comisd	%xmm1, %xmm0
	jbe	.L47
	leaq	.LC19(%rip), %rax
	jmp	.L4
.L47:
	movsd	-8(%rbp), %xmm0
	comisd	.LC20(%rip), %xmm0
	jbe	.L48
	leaq	.LC21(%rip), %rax
	jmp	.L4
.L48:
	movsd	-8(%rbp), %xmm0
	pxor	%xmm1, %xmm1
	comisd	%xmm1, %xmm0
	jbe	.L49
	leaq	.LC23(%rip), %rax
	jmp	.L4
.L49:
	leaq	.LC24(%rip), %rax
.L4:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	grade_for, .-grade_for
	.globl	numerical_letter_grade
	.type	numerical_letter_grade, @function
numerical_letter_grade:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	subq	$40, %rsp
	.cfi_offset 3, -24
	movq	%rdi, -32(%rbp)
	movl	%esi, -36(%rbp)
	movq	%rdx, -48(%rbp)
	movl	$0, -12(%rbp)
	jmp	.L51
.L52:
	movl	-12(%rbp), %eax
	cltq
	leaq	0(,%rax,8), %rdx
	movq	-32(%rbp), %rax
	addq	%rdx, %rax
	movq	(%rax), %rax
	movl	-12(%rbp), %edx
	movslq	%edx, %rdx
	leaq	0(,%rdx,8), %rcx
	movq	-48(%rbp), %rdx
	leaq	(%rcx,%rdx), %rbx
	movq	%rax, %xmm0
	call	grade_for
	movq	%rax, (%rbx)
	addl	$1, -12(%rbp)
.L51:
	movl	-12(%rbp), %eax
	cmpl	-36(%rbp), %eax
	jl	.L52
	movl	-36(%rbp), %eax
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	numerical_letter_grade, .-numerical_letter_grade
	.section	.rodata
	.align 8
.LC0:
	.long	0
	.long	1074790400
	.align 8
.LC2:
	.long	-1717986918
	.long	1074633113
	.align 8
.LC4:
	.long	1717986918
	.long	1074423398
	.align 8
.LC6:
	.long	0
	.long	1074266112
	.align 8
.LC8:
	.long	-1717986918
	.long	1074108825
	.align 8
.LC10:
	.long	1717986918
	.long	1073899110
	.align 8
.LC12:
	.long	0
	.long	1073741824
	.align 8
.LC14:
	.long	858993459
	.long	1073427251
	.align 8
.LC16:
	.long	-858993459
	.long	1073007820
	.align 8
.LC18:
	.long	0
	.long	1072693248
	.align 8
.LC20:
	.long	1717986918
	.long	1072064102
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
