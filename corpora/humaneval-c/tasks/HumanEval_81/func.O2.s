	.file	"func.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"A+"
.LC1:
	.string	"A"
.LC2:
	.string	"A-"
.LC3:
	.string	"B+"
.LC4:
	.string	"B"
.LC5:
	.string	"B-"
.LC6:
	.string	"C+"
.LC7:
	.string	"C"
.LC8:
	.string	"C-"
.LC9:
	.string	"D+"
.LC10:
	.string	"D"
.LC11:
	.string	"E"
.LC12:
	.string	"D-"
	.text
	.p2align 4
	.globl	numerical_letter_grade
	.type	numerical_letter_grade, @function
numerical_letter_grade:
.LFB1:
	.cfi_startproc
	movl	%esi, %r9d
	testl	%esi, %esi
	jle	.L21
	movslq	%esi, %rsi
	movsd	.LC13(%rip), %xmm1
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	xorl	%eax, %eax
	movsd	.LC14(%rip), %xmm2
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	salq	$3, %rsi
	leaq	.LC1(%rip), %r8
	movsd	.LC15(%rip), %xmm3
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	leaq	.LC2(%rip), %r10
	leaq	.LC3(%rip), %r11
	movsd	.LC16(%rip), %xmm4
	movsd	.LC17(%rip), %xmm5
	leaq	.LC4(%rip), %rbx
	leaq	.LC5(%rip), %rbp
	.p2align 4,,10
	.p2align 3
.L5:
	movsd	(%rdi,%rax), %xmm0
	ucomisd	%xmm1, %xmm0
	jp	.L18
	leaq	.LC0(%rip), %rcx
	je	.L3
.L18:
	comisd	%xmm2, %xmm0
	movq	%r8, %rcx
	ja	.L3
	comisd	%xmm3, %xmm0
	movq	%r10, %rcx
	ja	.L3
	comisd	%xmm4, %xmm0
	movq	%r11, %rcx
	ja	.L3
	comisd	%xmm5, %xmm0
	movq	%rbx, %rcx
	ja	.L3
	comisd	.LC18(%rip), %xmm0
	movq	%rbp, %rcx
	ja	.L3
	comisd	.LC19(%rip), %xmm0
	leaq	.LC6(%rip), %rcx
	ja	.L3
	comisd	.LC20(%rip), %xmm0
	leaq	.LC7(%rip), %rcx
	ja	.L3
	comisd	.LC21(%rip), %xmm0
	leaq	.LC8(%rip), %rcx
	ja	.L3
	comisd	.LC22(%rip), %xmm0
	leaq	.LC9(%rip), %rcx
	ja	.L3
	comisd	.LC23(%rip), %xmm0
	leaq	.LC10(%rip), %rcx
	ja	.L3
	pxor	%xmm6, %xmm6
	leaq	.LC12(%rip), %rcx
	leaq	.LC11(%rip), %r12
	comisd	%xmm6, %xmm0
	cmovbe	%r12, %rcx
	.p2align 4,,10
	.p2align 3
.L3:
	movq	%rcx, (%rdx,%rax)
	addq	$8, %rax
	cmpq	%rax, %rsi
	jne	.L5
	popq	%rbx
	.cfi_def_cfa_offset 24
	movl	%r9d, %eax
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L21:
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	movl	%esi, %eax
	ret
	.cfi_endproc
.LFE1:
	.size	numerical_letter_grade, .-numerical_letter_grade
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC13:
	.long	0
	.long	1074790400
	.align 8
.LC14:
	.long	-1717986918
	.long	1074633113
	.align 8
.LC15:
	.long	1717986918
	.long	1074423398
	.align 8
.LC16:
	.long	0
	.long	1074266112
	.align 8
.LC17:
	.long	-1717986918
	.long	1074108825
	.align 8
.LC18:
	.long	1717986918
	.long	1073899110
	.align 8
.LC19:
	.long	0
	.long	1073741824
	.align 8
.LC20:
	.long	858993459
	.long	1073427251
	.align 8
.LC21:
	.long	-858993459
	.long	1073007820
	.align 8
.LC22:
	.long	0
	.long	1072693248
	.align 8
.LC23:
	.long	1717986918
	.long	1072064102
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
