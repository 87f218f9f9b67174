	.file	"func.c"
	.text
	.p2align 4
	.globl	he_strlen
	.type	he_strlen, @function
he_strlen:
.LFB0:
	.cfi_startproc
	cmpb	$0, (%rdi)
	je	.L3
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	addq	$1, %rdi
	call	strlen@PLT
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	addq	$1, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	he_strlen, .-he_strlen
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
