	.file	"func.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"No"
.LC1:
	.string	"txt"
.LC2:
	.string	"exe"
.LC3:
	.string	"dll"
.LC4:
	.string	"Yes"
	.text
	.p2align 4
	.globl	file_name_check
	.type	file_name_check, @function
file_name_check:
.LFB3:
	.cfi_startproc
	movzbl	(%rdi), %r9d
	testb	%r9b, %r9b
	je	.L21
	movq	%rdi, %rdx
	movl	%r9d, %eax
	xorl	%ecx, %ecx
	xorl	%r8d, %r8d
	jmp	.L7
	.p2align 4,,10
	.p2align 3
.L3:
	subl	$48, %eax
	cmpb	$10, %al
	adcl	$0, %ecx
	movzbl	1(%rdx), %eax
	addq	$1, %rdx
	testb	%al, %al
	je	.L42
.L7:
	cmpb	$46, %al
	jne	.L3
	testq	%r8, %r8
	jne	.L43
	movq	%rdx, %r8
	movzbl	1(%rdx), %eax
	addq	$1, %rdx
	testb	%al, %al
	jne	.L7
.L42:
	testq	%r8, %r8
	je	.L21
	cmpq	%rdi, %r8
	je	.L21
	andl	$-33, %r9d
	leaq	.LC0(%rip), %rdi
	subl	$65, %r9d
	cmpb	$25, %r9b
	ja	.L2
	cmpl	$3, %ecx
	jg	.L2
	movzbl	1(%r8), %r9d
	leaq	1(%r8), %r10
	testb	%r9b, %r9b
	je	.L2
	movl	%r9d, %eax
	movq	%r10, %rcx
	movl	$116, %r8d
	leaq	.LC1(%rip), %rdx
	jmp	.L8
	.p2align 4,,10
	.p2align 3
.L10:
	movzbl	1(%rcx), %eax
	addq	$1, %rcx
	addq	$1, %rdx
	movzbl	(%rdx), %r8d
	testb	%al, %al
	je	.L44
.L8:
	cmpb	%al, %r8b
	je	.L10
.L39:
	movl	%r9d, %eax
	movq	%r10, %rcx
	movl	$101, %r8d
	leaq	.LC2(%rip), %rdx
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L13:
	movzbl	1(%rcx), %eax
	addq	$1, %rcx
	addq	$1, %rdx
	movzbl	(%rdx), %r8d
	testb	%al, %al
	je	.L12
.L11:
	cmpb	%al, %r8b
	je	.L13
.L40:
	movl	$100, %edx
	leaq	.LC3(%rip), %rax
	jmp	.L15
	.p2align 4,,10
	.p2align 3
.L17:
	movzbl	1(%r10), %r9d
	addq	$1, %r10
	addq	$1, %rax
	movzbl	(%rax), %edx
	testb	%r9b, %r9b
	je	.L16
.L15:
	cmpb	%r9b, %dl
	je	.L17
	.p2align 4,,10
	.p2align 3
.L21:
	leaq	.LC0(%rip), %rdi
.L2:
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L18:
	movzbl	(%rdi,%rax), %edx
	movb	%dl, (%rsi,%rax)
	addq	$1, %rax
	testb	%dl, %dl
	jne	.L18
	ret
	.p2align 4,,10
	.p2align 3
.L43:
	leaq	.LC0(%rip), %rax
	.p2align 4,,10
	.p2align 3
.L5:
	movzbl	(%rax), %edx
	addq	$1, %rax
	addq	$1, %rsi
	movb	%dl, -1(%rsi)
	testb	%dl, %dl
	jne	.L5
	ret
.L12:
	leaq	.LC4(%rip), %rdi
	testb	%r8b, %r8b
	jne	.L40
	jmp	.L2
.L44:
	leaq	.LC4(%rip), %rdi
	testb	%r8b, %r8b
	je	.L2
	jmp	.L39
.L16:
	testb	%dl, %dl
	leaq	.LC0(%rip), %rdi
	leaq	.LC4(%rip), %rax
	cmove	%rax, %rdi
	jmp	.L2
	.cfi_endproc
.LFE3:
	.size	file_name_check, .-file_name_check
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
