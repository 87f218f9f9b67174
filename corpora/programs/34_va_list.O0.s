	.file	"34_va_list.c"
	.text
	.local	buf
	.comm	buf,512,32
	.globl	out
	.type	out, @function
out:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$224, %rsp
	movq	%rdi, -216(%rbp)
	movq	%rsi, -168(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L4
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L4:
	movl	$8, -208(%rbp)
	movl	$48, -204(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -200(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -192(%rbp)
	leaq	-208(%rbp), %rdx
	movq	-216(%rbp), %rax
	movq	%rdx, %rsi
	movq	%rax, %rdi
	call	vprintf@PLT
	movl	%eax, -180(%rbp)
	movl	-180(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	out, .-out
	.globl	err
	.type	err, @function
err:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$224, %rsp
	movq	%rdi, -216(%rbp)
	movq	%rsi, -168(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L8
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L8:
	movl	$8, -208(%rbp)
	movl	$48, -204(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -200(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -192(%rbp)
	movq	stdout(%rip), %rax
	leaq	-208(%rbp), %rdx
	movq	-216(%rbp), %rcx
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	vfprintf@PLT
	movl	%eax, -180(%rbp)
	movl	-180(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	err, .-err
	.globl	fmt_into
	.type	fmt_into, @function
fmt_into:
.LFB8:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$240, %rsp
	movq	%rdi, -216(%rbp)
	movq	%rsi, -224(%rbp)
	movq	%rdx, -232(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L12
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L12:
	movl	$24, -208(%rbp)
	movl	$48, -204(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -200(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -192(%rbp)
	leaq	-208(%rbp), %rcx
	movq	-232(%rbp), %rdx
	movq	-224(%rbp), %rsi
	movq	-216(%rbp), %rax
	movq	%rax, %rdi
	call	vsnprintf@PLT
	movl	%eax, -180(%rbp)
	movl	-180(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE8:
	.size	fmt_into, .-fmt_into
	.globl	fmt_unbounded
	.type	fmt_unbounded, @function
fmt_unbounded:
.LFB9:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$224, %rsp
	movq	%rdi, -216(%rbp)
	movq	%rsi, -168(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L16
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L16:
	movl	$8, -208(%rbp)
	movl	$48, -204(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -200(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -192(%rbp)
	leaq	-208(%rbp), %rdx
	movq	-216(%rbp), %rax
	movq	%rax, %rsi
	leaq	buf(%rip), %rax
	movq	%rax, %rdi
	call	vsprintf@PLT
	movl	%eax, -180(%rbp)
	movl	-180(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE9:
	.size	fmt_unbounded, .-fmt_unbounded
	.globl	fmt_alloc
	.type	fmt_alloc, @function
fmt_alloc:
.LFB10:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$224, %rsp
	movq	%rdi, -216(%rbp)
	movq	%rsi, -168(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L21
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L21:
	movq	$0, -208(%rbp)
	movl	$8, -200(%rbp)
	movl	$48, -196(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -192(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -184(%rbp)
	leaq	-200(%rbp), %rdx
	movq	-216(%rbp), %rcx
	leaq	-208(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	vasprintf@PLT
	testl	%eax, %eax
	jns	.L19
	movq	$0, -208(%rbp)
.L19:
	movq	-208(%rbp), %rax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE10:
	.size	fmt_alloc, .-fmt_alloc
	.globl	to_fd
	.type	to_fd, @function
to_fd:
.LFB11:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$224, %rsp
	movl	%edi, -212(%rbp)
	movq	%rsi, -224(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L25
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L25:
	movl	$16, -208(%rbp)
	movl	$48, -204(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -200(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -192(%rbp)
	leaq	-208(%rbp), %rdx
	movq	-224(%rbp), %rcx
	movl	-212(%rbp), %eax
	movq	%rcx, %rsi
	movl	%eax, %edi
	call	vdprintf@PLT
	movl	%eax, -180(%rbp)
	movl	-180(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE11:
	.size	to_fd, .-to_fd
	.globl	parse
	.type	parse, @function
parse:
.LFB12:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$224, %rsp
	movq	%rdi, -216(%rbp)
	movq	%rsi, -224(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L29
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L29:
	movl	$16, -208(%rbp)
	movl	$48, -204(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -200(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -192(%rbp)
	leaq	-208(%rbp), %rdx
	movq	-224(%rbp), %rcx
	movq	-216(%rbp), %rax
	movq	%rcx, %rsi
	movq	%rax, %rdi
	call	__isoc99_vsscanf@PLT
	movl	%eax, -180(%rbp)
	movl	-180(%rbp), %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE12:
	.size	parse, .-parse
	.section	.rodata
.LC0:
	.string	"first: %s\n"
.LC1:
	.string	"again: %s\n"
	.text
	.globl	twice
	.type	twice, @function
twice:
.LFB13:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$256, %rsp
	movq	%rdi, -248(%rbp)
	movq	%rsi, -168(%rbp)
	movq	%rdx, -160(%rbp)
	movq	%rcx, -152(%rbp)
	movq	%r8, -144(%rbp)
	movq	%r9, -136(%rbp)
	testb	%al, %al
	je	.L33
	movaps	%xmm0, -128(%rbp)
	movaps	%xmm1, -112(%rbp)
	movaps	%xmm2, -96(%rbp)
	movaps	%xmm3, -80(%rbp)
	movaps	%xmm4, -64(%rbp)
	movaps	%xmm5, -48(%rbp)
	movaps	%xmm6, -32(%rbp)
	movaps	%xmm7, -16(%rbp)
.L33:
	movl	$8, -208(%rbp)
	movl	$48, -204(%rbp)
	leaq	16(%rbp), %rax
	movq	%rax, -200(%rbp)
	leaq	-176(%rbp), %rax
	movq	%rax, -192(%rbp)
	leaq	-232(%rbp), %rcx
	leaq	-208(%rbp), %rsi
	movq	(%rsi), %rax
	movq	8(%rsi), %rdx
	movq	%rax, (%rcx)
	movq	%rdx, 8(%rcx)
	movq	16(%rsi), %rax
	movq	%rax, 16(%rcx)
	leaq	-208(%rbp), %rdx
	movq	-248(%rbp), %rax
	movq	%rdx, %rcx
	movq	%rax, %rdx
	movl	$512, %esi
	leaq	buf(%rip), %rax
	movq	%rax, %rdi
	call	vsnprintf@PLT
	movl	%eax, -180(%rbp)
	leaq	buf(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	leaq	-232(%rbp), %rdx
	movq	-248(%rbp), %rax
	movq	%rdx, %rcx
	movq	%rax, %rdx
	movl	$512, %esi
	leaq	buf(%rip), %rax
	movq	%rax, %rdi
	call	vsnprintf@PLT
	movl	%eax, -184(%rbp)
	leaq	buf(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	-180(%rbp), %edx
	movl	-184(%rbp), %eax
	addl	%edx, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE13:
	.size	twice, .-twice
	.section	.rodata
	.align 8
.LC2:
	.string	"ints %d %u %ld %lx %hhd %c%c|%5s|%-4d|%%\n"
.LC3:
	.string	"ab"
.LC4:
	.string	"out wrote %d\n"
	.align 8
.LC13:
	.string	"doubles %.3f %g %e %.1f %.2f %.2f %.2f %.2f %.2f %.2f %.2f\n"
.LC24:
	.string	"three"
	.align 8
.LC26:
	.string	"mixed %d %.2f %s %ld %.3f %d %.1f %d %d %d %.1f %.1f %.1f %.1f %.1f %d\n"
	.align 8
.LC27:
	.string	"star widths [%*d] [%-*.*f] [%.*s]\n"
.LC28:
	.string	"abcdef"
.LC29:
	.string	"err wrote %d\n"
.LC31:
	.string	"count"
.LC32:
	.string	"%s-%d%n-%.4f"
.LC33:
	.string	"fmt_into %d count %d: %s\n"
.LC34:
	.string	"truncated %d %d"
.LC35:
	.string	"fmt_into %d: %s\n"
.LC37:
	.string	"%08.3f|%+d|%x|%o"
.LC38:
	.string	"fmt_unbounded %d: %s\n"
.LC40:
	.string	"here"
.LC41:
	.string	"alloc %s %d %.2f"
.LC42:
	.string	"(null)"
.LC43:
	.string	"fmt_alloc: %s\n"
.LC44:
	.string	"seven"
.LC46:
	.string	"to_fd %d %.1f %s\n"
.LC47:
	.string	"to_fd wrote %d\n"
.LC49:
	.string	"%d %ld %lf %15s %15[a-z]"
	.align 8
.LC50:
	.string	"12 -345678901234 6.25 hello abc123"
.LC51:
	.string	"parse %d: %d %ld %.2f %s %s\n"
.LC52:
	.string	"%*s %d"
.LC53:
	.string	"skip 99 x"
.LC54:
	.string	"parse %d: %d\n"
.LC56:
	.string	"two"
.LC57:
	.string	"%d/%s/%.1f/%ld"
.LC58:
	.string	"twice %d\n"
	.text
	.globl	main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$80, %rsp
	pushq	$9
	leaq	.LC3(%rip), %rax
	pushq	%rax
	pushq	$107
	pushq	$111
	movl	$300, %r9d
	movl	$3735928559, %r8d
	movabsq	$1234567890123, %rax
	movq	%rax, %rcx
	movl	$42, %edx
	movl	$-7, %esi
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	out
	addq	$32, %rsp
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	.LC5(%rip), %xmm7
	movsd	.LC6(%rip), %xmm6
	movsd	.LC7(%rip), %xmm5
	movsd	.LC8(%rip), %xmm4
	movsd	.LC9(%rip), %xmm3
	movsd	.LC10(%rip), %xmm2
	movsd	.LC11(%rip), %xmm1
	movq	.LC12(%rip), %rax
	subq	$8, %rsp
	movsd	.LC14(%rip), %xmm0
	leaq	-8(%rsp), %rsp
	movsd	%xmm0, (%rsp)
	movsd	.LC15(%rip), %xmm0
	leaq	-8(%rsp), %rsp
	movsd	%xmm0, (%rsp)
	movsd	.LC16(%rip), %xmm0
	leaq	-8(%rsp), %rsp
	movsd	%xmm0, (%rsp)
	movq	%rax, %xmm0
	leaq	.LC13(%rip), %rax
	movq	%rax, %rdi
	movl	$8, %eax
	call	out
	addq	$32, %rsp
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movsd	.LC17(%rip), %xmm6
	movsd	.LC18(%rip), %xmm5
	movsd	.LC19(%rip), %xmm4
	movsd	.LC20(%rip), %xmm3
	movsd	.LC21(%rip), %xmm2
	movsd	.LC22(%rip), %xmm1
	movsd	.LC23(%rip), %xmm0
	movq	.LC25(%rip), %rax
	subq	$8, %rsp
	pushq	$16
	pushq	$10
	pushq	$9
	movapd	%xmm6, %xmm7
	movapd	%xmm5, %xmm6
	movapd	%xmm4, %xmm5
	movapd	%xmm3, %xmm4
	movapd	%xmm2, %xmm3
	movl	$8, %r9d
	movapd	%xmm1, %xmm2
	movl	$6, %r8d
	movapd	%xmm0, %xmm1
	movl	$4, %ecx
	leaq	.LC24(%rip), %rdx
	movq	%rax, %xmm0
	movl	$1, %esi
	leaq	.LC26(%rip), %rax
	movq	%rax, %rdi
	movl	$8, %eax
	call	out
	addq	$32, %rsp
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	.LC12(%rip), %rax
	subq	$8, %rsp
	leaq	.LC28(%rip), %rdx
	pushq	%rdx
	movl	$3, %r9d
	movq	%rax, %xmm0
	movl	$2, %r8d
	movl	$9, %ecx
	movl	$42, %edx
	movl	$6, %esi
	leaq	.LC27(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	err
	addq	$16, %rsp
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC29(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -20(%rbp)
	movq	.LC30(%rip), %rax
	leaq	-20(%rbp), %rdx
	movq	%rax, %xmm0
	movq	%rdx, %r9
	movl	$77, %r8d
	leaq	.LC31(%rip), %rax
	movq	%rax, %rcx
	leaq	.LC32(%rip), %rax
	movq	%rax, %rdx
	movl	$512, %esi
	leaq	buf(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	fmt_into
	movl	%eax, -4(%rbp)
	movl	-20(%rbp), %edx
	movl	-4(%rbp), %eax
	leaq	buf(%rip), %rcx
	movl	%eax, %esi
	leaq	.LC33(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$789, %r8d
	movl	$123456, %ecx
	leaq	.LC34(%rip), %rax
	movq	%rax, %rdx
	movl	$8, %esi
	leaq	buf(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	fmt_into
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	leaq	buf(%rip), %rdx
	movl	%eax, %esi
	leaq	.LC35(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	.LC36(%rip), %rax
	movl	$8, %ecx
	movl	$255, %edx
	movl	$17, %esi
	movq	%rax, %xmm0
	leaq	.LC37(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	fmt_unbounded
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	leaq	buf(%rip), %rdx
	movl	%eax, %esi
	leaq	.LC38(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	.LC39(%rip), %rax
	movq	%rax, %xmm0
	movl	$3, %edx
	leaq	.LC40(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC41(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	fmt_alloc
	movq	%rax, -16(%rbp)
	cmpq	$0, -16(%rbp)
	je	.L35
	movq	-16(%rbp), %rax
	jmp	.L36
.L35:
	leaq	.LC42(%rip), %rax
.L36:
	movq	%rax, %rsi
	leaq	.LC43(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	-16(%rbp), %rax
	movq	%rax, %rdi
	call	free@PLT
	movq	stdout(%rip), %rax
	movq	%rax, %rdi
	call	fflush@PLT
	movq	.LC45(%rip), %rax
	leaq	.LC44(%rip), %rdx
	movq	%rdx, %rcx
	movq	%rax, %xmm0
	movl	$5, %edx
	leaq	.LC46(%rip), %rax
	movq	%rax, %rsi
	movl	$1, %edi
	movl	$1, %eax
	call	to_fd
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC47(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, -24(%rbp)
	movq	$0, -32(%rbp)
	pxor	%xmm0, %xmm0
	movsd	%xmm0, -40(%rbp)
	movq	$0, -64(%rbp)
	movq	$0, -56(%rbp)
	movq	$0, -80(%rbp)
	movq	$0, -72(%rbp)
	leaq	-64(%rbp), %rdi
	leaq	-40(%rbp), %rsi
	leaq	-32(%rbp), %rdx
	leaq	-24(%rbp), %rax
	subq	$8, %rsp
	leaq	-80(%rbp), %rcx
	pushq	%rcx
	movq	%rdi, %r9
	movq	%rsi, %r8
	movq	%rdx, %rcx
	movq	%rax, %rdx
	leaq	.LC49(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC50(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	parse
	addq	$16, %rsp
	movl	%eax, -4(%rbp)
	movq	-40(%rbp), %rsi
	movq	-32(%rbp), %rcx
	movl	-24(%rbp), %edx
	leaq	-80(%rbp), %r8
	leaq	-64(%rbp), %rdi
	movl	-4(%rbp), %eax
	movq	%r8, %r9
	movq	%rdi, %r8
	movq	%rsi, %xmm0
	movl	%eax, %esi
	leaq	.LC51(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	printf@PLT
	leaq	-24(%rbp), %rax
	movq	%rax, %rdx
	leaq	.LC52(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC53(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	parse
	movl	%eax, -4(%rbp)
	movl	-24(%rbp), %edx
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC54(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movq	.LC55(%rip), %rax
	movl	$4, %ecx
	movq	%rax, %xmm0
	leaq	.LC56(%rip), %rax
	movq	%rax, %rdx
	movl	$1, %esi
	leaq	.LC57(%rip), %rax
	movq	%rax, %rdi
	movl	$1, %eax
	call	twice
	movl	%eax, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC58(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	movl	$0, %eax
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE14:
	.size	main, .-main
	.section	.rodata
	.align 8
.LC5:
	.long	0
	.long	1075052544
	.align 8
.LC6:
	.long	0
	.long	1074790400
	.align 8
.LC7:
	.long	0
	.long	1074266112
	.align 8
.LC8:
	.long	0
	.long	1073741824
	.align 8
.LC9:
	.long	0
	.long	1072693248
	.align 8
.LC10:
	.long	536870912
	.long	-1040015265
	.align 8
.LC11:
	.long	1202590843
	.long	1063549665
	.align 8
.LC12:
	.long	-266631570
	.long	1074340345
	.align 8
.LC14:
	.long	0
	.long	1075904512
	.align 8
.LC15:
	.long	0
	.long	1075576832
	.align 8
.LC16:
	.long	0
	.long	1075314688
	.align 8
.LC17:
	.long	0
	.long	1076822016
	.align 8
.LC18:
	.long	0
	.long	1076690944
	.align 8
.LC19:
	.long	0
	.long	1076559872
	.align 8
.LC20:
	.long	0
	.long	1076428800
	.align 8
.LC21:
	.long	0
	.long	1076297728
	.align 8
.LC22:
	.long	0
	.long	1075707904
	.align 8
.LC23:
	.long	0
	.long	1075085312
	.align 8
.LC25:
	.long	0
	.long	1073872896
	.align 8
.LC30:
	.long	0
	.long	1071644672
	.align 8
.LC36:
	.long	0
	.long	-1073479680
	.align 8
.LC39:
	.long	0
	.long	1072168960
	.align 8
.LC45:
	.long	0
	.long	1075445760
	.align 8
.LC55:
	.long	0
	.long	1074528256
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
