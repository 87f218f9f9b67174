	.file	"strings.c"
	.text
	.p2align 4
	.globl	reverse
	.type	reverse, @function
reverse:
.LFB12:
	.cfi_startproc
	cmpb	$0, (%rdi)
	je	.L8
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rbx
	leaq	1(%rdi), %rdi
	call	strlen@PLT
	xorl	%edx, %edx
	movslq	%eax, %rcx
	testl	%eax, %eax
	jle	.L1
	.p2align 4,,10
	.p2align 3
.L4:
	movzbl	(%rbx,%rdx), %eax
	movzbl	(%rbx,%rcx), %esi
	movb	%sil, (%rbx,%rdx)
	addq	$1, %rdx
	movb	%al, (%rbx,%rcx)
	subq	$1, %rcx
	cmpl	%edx, %ecx
	jg	.L4
.L1:
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	.cfi_restore 3
	ret
	.cfi_endproc
.LFE12:
	.size	reverse, .-reverse
	.p2align 4
	.globl	count_vowels
	.type	count_vowels, @function
count_vowels:
.LFB13:
	.cfi_startproc
	movzbl	(%rdi), %eax
	xorl	%esi, %esi
	testb	%al, %al
	je	.L12
	movl	$4161, %r8d
	jmp	.L17
	.p2align 4,,10
	.p2align 3
.L26:
	subl	$105, %eax
	cmpb	$12, %al
	ja	.L16
	btq	%rax, %r8
	jc	.L15
.L16:
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	testb	%al, %al
	je	.L12
.L17:
	leal	-65(%rax), %ecx
	leal	32(%rax), %edx
	cmpb	$26, %cl
	cmovb	%edx, %eax
	movl	%eax, %edx
	andl	$-5, %edx
	cmpb	$97, %dl
	jne	.L26
.L15:
	movzbl	1(%rdi), %eax
	addq	$1, %rdi
	addl	$1, %esi
	testb	%al, %al
	jne	.L17
.L12:
	movl	%esi, %eax
	ret
	.cfi_endproc
.LFE13:
	.size	count_vowels, .-count_vowels
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"len=%d vowels=%d\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	subq	$32, %rsp
	.cfi_def_cfa_offset 48
	movdqa	.LC1(%rip), %xmm0
	movq	$7957620, 16(%rsp)
	movq	%rsp, %rbx
	movq	%rbx, %rdi
	movaps	%xmm0, (%rsp)
	movq	$0, 24(%rsp)
	call	count_vowels
	movl	$19, %esi
	leaq	.LC0(%rip), %rdi
	movl	%eax, %edx
	xorl	%eax, %eax
	call	printf@PLT
	movq	%rbx, %rdi
	call	reverse
	movq	%rbx, %rdi
	call	puts@PLT
	addq	$32, %rsp
	.cfi_def_cfa_offset 16
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC1:
	.quad	8386103224169493076
	.quad	7954842521283928165
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
