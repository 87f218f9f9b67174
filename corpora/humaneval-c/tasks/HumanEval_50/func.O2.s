	.file	"func.c"
	.text
	.p2align 4
	.globl	decode_shift
	.type	decode_shift, @function
decode_shift:
.LFB0:
	.cfi_startproc
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L3:
	subl	$76, %eax
	addq	$1, %rsi
	addq	$1, %rdi
	movslq	%eax, %rdx
	movl	%eax, %ecx
	imulq	$1321528399, %rdx, %rdx
	sarl	$31, %ecx
	sarq	$35, %rdx
	subl	%ecx, %edx
	imull	$26, %edx, %edx
	subl	%edx, %eax
	addl	$97, %eax
	movb	%al, -1(%rsi)
.L8:
	movsbl	(%rdi), %eax
	testb	%al, %al
	jne	.L3
	movb	$0, (%rsi)
	ret
	.cfi_endproc
.LFE0:
	.size	decode_shift, .-decode_shift
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
