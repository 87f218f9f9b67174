	.file	"func.c"
	.text
	.p2align 4
	.globl	decimal_to_binary
	.type	decimal_to_binary, @function
decimal_to_binary:
.LFB0:
	.cfi_startproc
	movq	%rsi, %r8
	movl	$1, %edx
	leaq	-73(%rsp), %rsi
	.p2align 4,,10
	.p2align 3
.L2:
	movl	%edi, %eax
	movq	%rdx, %rcx
	andl	$1, %eax
	addl	$48, %eax
	shrq	%rdi
	movb	%al, (%rsi,%rdx)
	leaq	1(%rdx), %rdx
	jne	.L2
	movzwl	.LC0(%rip), %r9d
	movslq	%ecx, %rax
	leal	-1(%rcx), %esi
	leaq	-72(%rsp,%rax), %rdx
	leaq	3(%r8,%rsi), %rdi
	movw	%r9w, (%r8)
	leaq	2(%r8), %rax
	.p2align 4,,10
	.p2align 3
.L3:
	movzbl	-1(%rdx), %esi
	addq	$1, %rax
	subq	$1, %rdx
	movb	%sil, -1(%rax)
	cmpq	%rdi, %rax
	jne	.L3
	leal	2(%rcx), %eax
	addl	$4, %ecx
	cltq
	movslq	%ecx, %rcx
	movw	%r9w, (%r8,%rax)
	movb	$0, (%r8,%rcx)
	ret
	.cfi_endproc
.LFE0:
	.size	decimal_to_binary, .-decimal_to_binary
	.section	.rodata.cst2,"aM",@progbits,2
	.align 2
.LC0:
	.byte	100
	.byte	98
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
