	.file	"func.c"
	.text
	.p2align 4
	.globl	eat
	.type	eat, @function
eat:
.LFB0:
	.cfi_startproc
	cmpl	%esi, %edx
	movl	$2, %eax
	cmovle	%edx, %esi
	addl	%esi, %edi
	subl	%esi, %edx
	movl	%edi, (%rcx)
	movl	%edx, 4(%rcx)
	ret
	.cfi_endproc
.LFE0:
	.size	eat, .-eat
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
