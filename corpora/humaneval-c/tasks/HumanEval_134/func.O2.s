	.file	"func.c"
	.text
	.p2align 4
	.globl	check_if_last_char_is_a_letter
	.type	check_if_last_char_is_a_letter, @function
check_if_last_char_is_a_letter:
.LFB0:
	.cfi_startproc
	cmpb	$0, (%rdi)
	je	.L4
	movl	$1, %eax
	.p2align 4,,10
	.p2align 3
.L3:
	movq	%rax, %rdx
	addq	$1, %rax
	cmpb	$0, -1(%rdi,%rax)
	jne	.L3
	movzbl	-1(%rdi,%rdx), %eax
	xorl	%ecx, %ecx
	andl	$-33, %eax
	subl	$65, %eax
	cmpb	$25, %al
	ja	.L1
	movl	%edx, %ecx
	cmpl	$1, %edx
	je	.L1
	xorl	%ecx, %ecx
	cmpb	$32, -2(%rdi,%rdx)
	sete	%cl
.L1:
	movl	%ecx, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	xorl	%ecx, %ecx
	movl	%ecx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	check_if_last_char_is_a_letter, .-check_if_last_char_is_a_letter
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
