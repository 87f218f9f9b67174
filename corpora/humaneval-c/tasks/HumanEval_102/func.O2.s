	.file	"func.c"
	.text
	.p2align 4
	.globl	choose_num
	.type	choose_num, @function
choose_num:
.LFB0:
	.cfi_startproc
	cmpl	%esi, %edi
	jg	.L3
	movl	%esi, %eax
	andl	$1, %esi
	je	.L1
	subl	$1, %eax
	movl	$-1, %edx
	cmpl	%eax, %edi
	cmovg	%edx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	movl	$-1, %eax
.L1:
	ret
	.cfi_endproc
.LFE0:
	.size	choose_num, .-choose_num
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
