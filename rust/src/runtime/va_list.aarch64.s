	.text
	.p2align 4
	.type	__gg_va_bridge, @function
__gg_va_bridge:
	pushq	%r15
	movq	%rdx, %r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbp
	movl	%ecx, %ebp
	pushq	%rbx
	subq	$40, %rsp
	movl	4(%rsi), %eax
	movzbl	(%rdi), %ecx
	movl	(%rsi), %ebx
	movq	8(%rsi), %r13
	movl	%eax, 24(%rsp)
	movq	16(%rsi), %rax
	movq	%rax, 16(%rsp)
	testb	%cl, %cl
	je	.Lgg_va_4
	xorl	%r14d, %r14d
	.p2align 4,,10
	.p2align 3
.Lgg_va_2:
	movzbl	1(%rdi), %edx
	cmpb	$37, %cl
	jne	.Lgg_va_45
	leaq	1(%rdi), %r12
	cmpb	$37, %dl
	je	.Lgg_va_3
	testb	%dl, %dl
	je	.Lgg_va_4
	xorl	%r11d, %r11d
	xorl	%edi, %edi
.Lgg_va_29:
	cmpb	$36, %dl
	je	.Lgg_va_105
	cmpb	$42, %dl
	je	.Lgg_va_106
	cmpb	$76, %dl
	jne	.Lgg_va_107
	movl	$1, %r11d
.Lgg_va_9:
	movzbl	1(%r12), %edx
	addq	$1, %r12
	testb	%dl, %dl
	jne	.Lgg_va_29
.Lgg_va_4:
	movq	%r15, 768(%r15)
	leaq	768(%r15), %rax
	movq	$0, 776(%r15)
	movq	$0, 784(%r15)
	movq	$0, 792(%r15)
	addq	$40, %rsp
	popq	%rbx
	popq	%rbp
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	ret
	.p2align 4,,10
	.p2align 3
.Lgg_va_45:
	movq	%rdi, %r12
.Lgg_va_3:
	movzbl	1(%r12), %ecx
	leaq	1(%r12), %rdi
	testb	%cl, %cl
	jne	.Lgg_va_2
	jmp	.Lgg_va_4
	.p2align 4,,10
	.p2align 3
.Lgg_va_107:
	cmpb	$91, %dl
	jne	.Lgg_va_13
	testb	$1, %bpl
	jne	.Lgg_va_108
.Lgg_va_13:
	cmpb	$57, %dl
	jg	.Lgg_va_21
	cmpb	$31, %dl
	jg	.Lgg_va_22
.Lgg_va_6:
	testl	%edi, %edi
	jne	.Lgg_va_3
	cmpl	$96, %r14d
	je	.Lgg_va_109
.Lgg_va_37:
	cmpl	$47, %ebx
	jbe	.Lgg_va_110
.Lgg_va_40:
	movq	0(%r13), %rcx
	addq	$8, %r13
.Lgg_va_39:
	movslq	%r14d, %rdx
	leaq	1(%r12), %rdi
	addl	$1, %r14d
	movq	%rcx, (%r15,%rdx,8)
	movzbl	1(%r12), %ecx
	testb	%cl, %cl
	jne	.Lgg_va_2
	jmp	.Lgg_va_4
	.p2align 4,,10
	.p2align 3
.Lgg_va_21:
	leal	-76(%rdx), %ecx
	cmpb	$46, %cl
	ja	.Lgg_va_111
	movabsq	$71611331903489, %rax
	btq	%rcx, %rax
	jc	.Lgg_va_9
	testl	%ebp, %ebp
	jne	.Lgg_va_6
	leal	-65(%rdx), %ecx
	cmpb	$38, %cl
	ja	.Lgg_va_27
	movabsq	$485331304561, %rdx
	shrq	%cl, %rdx
	andb	$1, %dl
	je	.Lgg_va_6
	jmp	.Lgg_va_28
	.p2align 4,,10
	.p2align 3
.Lgg_va_22:
	movabsq	$288063838794809344, %rax
	btq	%rdx, %rax
	jc	.Lgg_va_9
	jmp	.Lgg_va_6
	.p2align 4,,10
	.p2align 3
.Lgg_va_105:
	movl	%edi, 12(%rsp)
	call	abort
	movl	12(%rsp), %edi
	jmp	.Lgg_va_6
	.p2align 4,,10
	.p2align 3
.Lgg_va_106:
	testl	%ebp, %ebp
	jne	.Lgg_va_46
	cmpl	$96, %r14d
	je	.Lgg_va_112
.Lgg_va_10:
	leal	1(%r14), %edx
	cmpl	$47, %ebx
	jbe	.Lgg_va_113
	movq	0(%r13), %rcx
	addq	$8, %r13
.Lgg_va_12:
	movslq	%r14d, %r8
	movl	%edx, %r14d
	movq	%rcx, (%r15,%r8,8)
	jmp	.Lgg_va_9
	.p2align 4,,10
	.p2align 3
.Lgg_va_111:
	testl	%ebp, %ebp
	jne	.Lgg_va_6
	subl	$65, %edx
	cmpb	$38, %dl
	ja	.Lgg_va_6
	movabsq	$485331304561, %rax
	btq	%rdx, %rax
	jnc	.Lgg_va_6
.Lgg_va_28:
	testl	%edi, %edi
	jne	.Lgg_va_3
	testl	%r11d, %r11d
	je	.Lgg_va_102
	call	abort
.Lgg_va_102:
	cmpl	$96, %r14d
	je	.Lgg_va_114
.Lgg_va_34:
	cmpl	$175, 24(%rsp)
	ja	.Lgg_va_40
	movl	24(%rsp), %edx
	movq	16(%rsp), %rsi
	movq	%rdx, %rax
	movq	(%rsi,%rdx), %rcx
	addl	$16, %eax
	movl	%eax, 24(%rsp)
	jmp	.Lgg_va_39
	.p2align 4,,10
	.p2align 3
.Lgg_va_46:
	movl	%ebp, %edi
	jmp	.Lgg_va_9
	.p2align 4,,10
	.p2align 3
.Lgg_va_113:
	movq	16(%rsp), %rax
	movl	%ebx, %ecx
	addl	$8, %ebx
	movq	(%rax,%rcx), %rcx
	jmp	.Lgg_va_12
	.p2align 4,,10
	.p2align 3
.Lgg_va_110:
	movq	16(%rsp), %rax
	movl	%ebx, %edx
	addl	$8, %ebx
	movq	(%rax,%rdx), %rcx
	jmp	.Lgg_va_39
	.p2align 4,,10
	.p2align 3
.Lgg_va_109:
	call	abort
	jmp	.Lgg_va_37
	.p2align 4,,10
	.p2align 3
.Lgg_va_108:
	movzbl	1(%r12), %edx
	cmpb	$94, %dl
	je	.Lgg_va_14
	addq	$1, %r12
.Lgg_va_15:
	cmpb	$93, %dl
	je	.Lgg_va_115
.Lgg_va_90:
	testb	%dl, %dl
	jne	.Lgg_va_18
	jmp	.Lgg_va_4
	.p2align 4,,10
	.p2align 3
.Lgg_va_116:
	cmpb	$93, %dl
	je	.Lgg_va_17
.Lgg_va_18:
	movzbl	1(%r12), %edx
	addq	$1, %r12
	testb	%dl, %dl
	jne	.Lgg_va_116
	jmp	.Lgg_va_4
.Lgg_va_14:
	movzbl	2(%r12), %edx
	addq	$2, %r12
	jmp	.Lgg_va_15
	.p2align 4,,10
	.p2align 3
.Lgg_va_114:
	call	abort
	jmp	.Lgg_va_34
.Lgg_va_112:
	movl	%edi, 28(%rsp)
	movl	%r11d, 12(%rsp)
	call	abort
	movl	28(%rsp), %edi
	movl	12(%rsp), %r11d
	jmp	.Lgg_va_10
.Lgg_va_115:
	movzbl	1(%r12), %edx
	addq	$1, %r12
	cmpb	$93, %dl
	jne	.Lgg_va_90
.Lgg_va_17:
	testb	%dl, %dl
	jne	.Lgg_va_6
	jmp	.Lgg_va_4
.Lgg_va_27:
	cmpb	$109, %dl
	je	.Lgg_va_3
	jmp	.Lgg_va_6
	.size	__gg_va_bridge, .-__gg_va_bridge
	.p2align 4
	.type	__gg_va_vprintf, @function
__gg_va_vprintf:
	pushq	%rbx
	xorl	%ecx, %ecx
	movq	%rdi, %rbx
	subq	$800, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rdi
	movq	%rax, %rsi
	call	vprintf
	addq	$800, %rsp
	popq	%rbx
	ret
	.size	__gg_va_vprintf, .-__gg_va_vprintf
	.p2align 4
	.type	__gg_va_vfprintf, @function
__gg_va_vfprintf:
	pushq	%rbp
	xorl	%ecx, %ecx
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rsi, %rbx
	movq	%rdx, %rsi
	movq	%rbx, %rdi
	subq	$808, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rsi
	movq	%rbp, %rdi
	movq	%rax, %rdx
	call	vfprintf
	addq	$808, %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	__gg_va_vfprintf, .-__gg_va_vfprintf
	.p2align 4
	.type	__gg_va_vsprintf, @function
__gg_va_vsprintf:
	pushq	%rbp
	xorl	%ecx, %ecx
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rsi, %rbx
	movq	%rdx, %rsi
	movq	%rbx, %rdi
	subq	$808, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rsi
	movq	%rbp, %rdi
	movq	%rax, %rdx
	call	vsprintf
	addq	$808, %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	__gg_va_vsprintf, .-__gg_va_vsprintf
	.p2align 4
	.type	__gg_va_vsnprintf, @function
__gg_va_vsnprintf:
	pushq	%r12
	movq	%rsi, %r12
	movq	%rcx, %rsi
	xorl	%ecx, %ecx
	pushq	%rbp
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rdx, %rbx
	movq	%rbx, %rdi
	subq	$800, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rdx
	movq	%r12, %rsi
	movq	%rbp, %rdi
	movq	%rax, %rcx
	call	vsnprintf
	addq	$800, %rsp
	popq	%rbx
	popq	%rbp
	popq	%r12
	ret
	.size	__gg_va_vsnprintf, .-__gg_va_vsnprintf
	.p2align 4
	.type	__gg_va_vasprintf, @function
__gg_va_vasprintf:
	pushq	%rbp
	xorl	%ecx, %ecx
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rsi, %rbx
	movq	%rdx, %rsi
	movq	%rbx, %rdi
	subq	$808, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rsi
	movq	%rbp, %rdi
	movq	%rax, %rdx
	call	vasprintf
	addq	$808, %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	__gg_va_vasprintf, .-__gg_va_vasprintf
	.p2align 4
	.type	__gg_va_vdprintf, @function
__gg_va_vdprintf:
	pushq	%rbp
	xorl	%ecx, %ecx
	movl	%edi, %ebp
	pushq	%rbx
	movq	%rsi, %rbx
	movq	%rdx, %rsi
	movq	%rbx, %rdi
	subq	$808, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rsi
	movl	%ebp, %edi
	movq	%rax, %rdx
	call	vdprintf
	addq	$808, %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	__gg_va_vdprintf, .-__gg_va_vdprintf
	.p2align 4
	.type	__gg_va_vscanf, @function
__gg_va_vscanf:
	pushq	%rbx
	movl	$1, %ecx
	movq	%rdi, %rbx
	subq	$800, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rdi
	movq	%rax, %rsi
	call	vscanf
	addq	$800, %rsp
	popq	%rbx
	ret
	.size	__gg_va_vscanf, .-__gg_va_vscanf
	.p2align 4
	.type	__gg_va_vsscanf, @function
__gg_va_vsscanf:
	pushq	%rbp
	movl	$1, %ecx
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rsi, %rbx
	movq	%rdx, %rsi
	movq	%rbx, %rdi
	subq	$808, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rsi
	movq	%rbp, %rdi
	movq	%rax, %rdx
	call	vsscanf
	addq	$808, %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	__gg_va_vsscanf, .-__gg_va_vsscanf
	.p2align 4
	.type	__gg_va_vfscanf, @function
__gg_va_vfscanf:
	pushq	%rbp
	movl	$1, %ecx
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rsi, %rbx
	movq	%rdx, %rsi
	movq	%rbx, %rdi
	subq	$808, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rsi
	movq	%rbp, %rdi
	movq	%rax, %rdx
	call	vfscanf
	addq	$808, %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	__gg_va_vfscanf, .-__gg_va_vfscanf
	.p2align 4
	.type	__gg_va___isoc99_vscanf, @function
__gg_va___isoc99_vscanf:
	pushq	%rbx
	movl	$1, %ecx
	movq	%rdi, %rbx
	subq	$800, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rdi
	movq	%rax, %rsi
	call	__isoc99_vscanf
	addq	$800, %rsp
	popq	%rbx
	ret
	.size	__gg_va___isoc99_vscanf, .-__gg_va___isoc99_vscanf
	.p2align 4
	.type	__gg_va___isoc99_vsscanf, @function
__gg_va___isoc99_vsscanf:
	pushq	%rbp
	movl	$1, %ecx
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rsi, %rbx
	movq	%rdx, %rsi
	movq	%rbx, %rdi
	subq	$808, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rsi
	movq	%rbp, %rdi
	movq	%rax, %rdx
	call	__isoc99_vsscanf
	addq	$808, %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	__gg_va___isoc99_vsscanf, .-__gg_va___isoc99_vsscanf
	.p2align 4
	.type	__gg_va___isoc99_vfscanf, @function
__gg_va___isoc99_vfscanf:
	pushq	%rbp
	movl	$1, %ecx
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rsi, %rbx
	movq	%rdx, %rsi
	movq	%rbx, %rdi
	subq	$808, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rsi
	movq	%rbp, %rdi
	movq	%rax, %rdx
	call	__isoc99_vfscanf
	addq	$808, %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	__gg_va___isoc99_vfscanf, .-__gg_va___isoc99_vfscanf
	.p2align 4
	.type	__gg_va___vprintf_chk, @function
__gg_va___vprintf_chk:
	pushq	%rbp
	xorl	%ecx, %ecx
	movl	%edi, %ebp
	pushq	%rbx
	movq	%rsi, %rbx
	movq	%rdx, %rsi
	movq	%rbx, %rdi
	subq	$808, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rsi
	movl	%ebp, %edi
	movq	%rax, %rdx
	call	__vprintf_chk
	addq	$808, %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	__gg_va___vprintf_chk, .-__gg_va___vprintf_chk
	.p2align 4
	.type	__gg_va___vfprintf_chk, @function
__gg_va___vfprintf_chk:
	pushq	%r12
	movl	%esi, %r12d
	movq	%rcx, %rsi
	xorl	%ecx, %ecx
	pushq	%rbp
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rdx, %rbx
	movq	%rbx, %rdi
	subq	$800, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rdx
	movl	%r12d, %esi
	movq	%rbp, %rdi
	movq	%rax, %rcx
	call	__vfprintf_chk
	addq	$800, %rsp
	popq	%rbx
	popq	%rbp
	popq	%r12
	ret
	.size	__gg_va___vfprintf_chk, .-__gg_va___vfprintf_chk
	.p2align 4
	.type	__gg_va___vsprintf_chk, @function
__gg_va___vsprintf_chk:
	pushq	%r13
	movq	%rdx, %r13
	pushq	%r12
	movl	%esi, %r12d
	movq	%r8, %rsi
	pushq	%rbp
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rcx, %rbx
	xorl	%ecx, %ecx
	movq	%rbx, %rdi
	subq	$808, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rcx
	movq	%r13, %rdx
	movl	%r12d, %esi
	movq	%rbp, %rdi
	movq	%rax, %r8
	call	__vsprintf_chk
	addq	$808, %rsp
	popq	%rbx
	popq	%rbp
	popq	%r12
	popq	%r13
	ret
	.size	__gg_va___vsprintf_chk, .-__gg_va___vsprintf_chk
	.p2align 4
	.type	__gg_va___vsnprintf_chk, @function
__gg_va___vsnprintf_chk:
	pushq	%r14
	movq	%rcx, %r14
	xorl	%ecx, %ecx
	pushq	%r13
	movl	%edx, %r13d
	pushq	%r12
	movq	%rsi, %r12
	movq	%r9, %rsi
	pushq	%rbp
	movq	%rdi, %rbp
	movq	%r8, %rdi
	pushq	%rbx
	movq	%r8, %rbx
	subq	$800, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %r8
	movq	%r14, %rcx
	movl	%r13d, %edx
	movq	%r12, %rsi
	movq	%rbp, %rdi
	movq	%rax, %r9
	call	__vsnprintf_chk
	addq	$800, %rsp
	popq	%rbx
	popq	%rbp
	popq	%r12
	popq	%r13
	popq	%r14
	ret
	.size	__gg_va___vsnprintf_chk, .-__gg_va___vsnprintf_chk
	.p2align 4
	.type	__gg_va___vasprintf_chk, @function
__gg_va___vasprintf_chk:
	pushq	%r12
	movl	%esi, %r12d
	movq	%rcx, %rsi
	xorl	%ecx, %ecx
	pushq	%rbp
	movq	%rdi, %rbp
	pushq	%rbx
	movq	%rdx, %rbx
	movq	%rbx, %rdi
	subq	$800, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rdx
	movl	%r12d, %esi
	movq	%rbp, %rdi
	movq	%rax, %rcx
	call	__vasprintf_chk
	addq	$800, %rsp
	popq	%rbx
	popq	%rbp
	popq	%r12
	ret
	.size	__gg_va___vasprintf_chk, .-__gg_va___vasprintf_chk
	.p2align 4
	.type	__gg_va___vdprintf_chk, @function
__gg_va___vdprintf_chk:
	pushq	%r12
	movl	%esi, %r12d
	movq	%rcx, %rsi
	xorl	%ecx, %ecx
	pushq	%rbp
	movl	%edi, %ebp
	pushq	%rbx
	movq	%rdx, %rbx
	movq	%rbx, %rdi
	subq	$800, %rsp
	movq	%rsp, %rdx
	call	__gg_va_bridge
	movq	%rbx, %rdx
	movl	%r12d, %esi
	movl	%ebp, %edi
	movq	%rax, %rcx
	call	__vdprintf_chk
	addq	$800, %rsp
	popq	%rbx
	popq	%rbp
	popq	%r12
	ret
	.size	__gg_va___vdprintf_chk, .-__gg_va___vdprintf_chk
	.section	.note.GNU-stack,"",@progbits
