	.file	"mystery.c"
	.text
	.p2align 4
	.globl	twice_frob
	.type	twice_frob, @function
twice_frob:
.LFB0:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	call	frobnicate@PLT
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	addl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	twice_frob, .-twice_frob
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
