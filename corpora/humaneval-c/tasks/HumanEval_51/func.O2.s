	.file	"func.c"
	.text
	.p2align 4
	.globl	remove_vowels
	.type	remove_vowels, @function
remove_vowels:
.LFB1:
	.cfi_startproc
	movzbl	(%rdi), %eax
	testb	%al, %al
	je	.L2
	movabsq	$4575140898685201, %rcx
	.p2align 4,,10
	.p2align 3
.L5:
	leal	-65(%rax), %edx
	cmpb	$52, %dl
	ja	.L3
	btq	%rdx, %rcx
	jc	.L4
.L3:
	movb	%al, (%rsi)
	addq	$1, %rsi
.L4:
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	testb	%al, %al
	jne	.L5
.L2:
	movb	$0, (%rsi)
	ret
	.cfi_endproc
.LFE1:
	.size	remove_vowels, .-remove_vowels
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
