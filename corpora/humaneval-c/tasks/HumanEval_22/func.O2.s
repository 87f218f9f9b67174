	.file	"func.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"True"
.LC1:
	.string	"False"
	.text
	.p2align 4
	.globl	filter_integers
	.type	filter_integers, @function
filter_integers:
.LFB1:
	.cfi_startproc
	testl	%esi, %esi
	jle	.L16
	movslq	%esi, %rsi
	movq	%rdi, %r8
	movq	%rdx, %r11
	xorl	%r9d, %r9d
	leaq	(%rdi,%rsi,8), %r10
	leaq	.LC0(%rip), %rsi
	leaq	.LC1(%rip), %rdi
.L25:
	movq	(%r8), %rdx
	movl	$84, %ecx
	xorl	%eax, %eax
	jmp	.L26
	.p2align 4,,10
	.p2align 3
.L28:
	addq	$1, %rax
	movzbl	(%rsi,%rax), %ecx
	testb	%cl, %cl
	je	.L27
.L26:
	cmpb	%cl, (%rdx,%rax)
	je	.L28
.L43:
	movl	$70, %ecx
	xorl	%eax, %eax
	jmp	.L30
	.p2align 4,,10
	.p2align 3
.L32:
	addq	$1, %rax
	movzbl	(%rdi,%rax), %ecx
	testb	%cl, %cl
	je	.L31
.L30:
	cmpb	%cl, (%rdx,%rax)
	je	.L32
.L41:
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.L14:
	movzbl	(%rdx), %eax
	xorl	%ebx, %ebx
	leal	-43(%rax), %ecx
	andl	$253, %ecx
	jne	.L9
	xorl	%ebx, %ebx
	cmpb	$45, %al
	movzbl	1(%rdx), %eax
	sete	%bl
	addq	$1, %rdx
.L9:
	leal	-48(%rax), %ecx
	cmpb	$9, %cl
	ja	.L10
	xorl	%ecx, %ecx
	jmp	.L11
	.p2align 4,,10
	.p2align 3
.L46:
	movsbq	%al, %rax
	leaq	(%rcx,%rcx,4), %rcx
	addq	$1, %rdx
	leaq	(%rax,%rcx,2), %rcx
	movzbl	(%rdx), %eax
	testb	%al, %al
	je	.L45
.L11:
	subl	$48, %eax
	cmpb	$9, %al
	jbe	.L46
.L10:
	addq	$8, %r8
	cmpq	%r10, %r8
	je	.L47
	movq	(%r8), %rdx
	movl	$84, %ecx
	xorl	%eax, %eax
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L5:
	addq	$1, %rax
	movzbl	(%rsi,%rax), %ecx
	testb	%cl, %cl
	je	.L4
.L3:
	cmpb	%cl, (%rdx,%rax)
	je	.L5
.L42:
	movl	$70, %ecx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L6:
	cmpb	%cl, (%rdx,%rax)
	jne	.L14
	addq	$1, %rax
	movzbl	(%rdi,%rax), %ecx
	testb	%cl, %cl
	jne	.L6
	cmpb	$0, (%rdx,%rax)
	jne	.L14
	xorl	%ecx, %ecx
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L27:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	cmpb	$0, (%rdx,%rax)
	jne	.L43
	movl	$1, %ecx
.L33:
	movslq	%r9d, %rax
	addq	$8, %r8
	addl	$1, %r9d
	movq	%rcx, (%r11,%rax,8)
	cmpq	%r10, %r8
	jne	.L25
	movl	%r9d, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L31:
	cmpb	$0, (%rdx,%rax)
	jne	.L41
	xorl	%ecx, %ecx
	jmp	.L33
	.p2align 4,,10
	.p2align 3
.L45:
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rcx, %rax
	negq	%rax
	testl	%ebx, %ebx
	cmovne	%rax, %rcx
.L12:
	movslq	%r9d, %rax
	addl	$1, %r9d
	movq	%rcx, (%r11,%rax,8)
	jmp	.L10
.L4:
	cmpb	$0, (%rdx,%rax)
	jne	.L42
	movl	$1, %ecx
	jmp	.L12
.L16:
	.cfi_def_cfa_offset 8
	.cfi_restore 3
	xorl	%r9d, %r9d
	movl	%r9d, %eax
	ret
.L47:
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movl	%r9d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE1:
	.size	filter_integers, .-filter_integers
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
