//! Rule tests: (ISA, source, expected codes) tables.

use super::{detect_isa, lint, Isa};

fn codes(isa: Isa, src: &str) -> Vec<&'static str> {
    lint(src, isa).into_iter().map(|d| d.code).collect()
}

const FN_HEAD_RV: &str = "\t.text\n\t.globl f\n\t.type f, @function\nf:\n";
const FN_HEAD_A64: &str = "\t.text\n\t.globl f\n\t.type f, %function\nf:\n";
const FN_HEAD_X86: &str = "\t.text\n\t.globl f\n\t.type f, @function\nf:\n";

#[test]
fn riscv_rules() {
    let table: &[(&str, &[&str])] = &[
        ("\taddi a0, a0, 1\n\tret\n", &[]),
        ("\taddi a0, a0, 4096\n\tret\n", &["GG204"]),
        ("\tslli a0, a0, 64\n\tret\n", &["GG204"]),
        ("\tlui a0, -1\n\tret\n", &["GG204"]),
        ("\tlw a0, 2048(sp)\n\tret\n", &["GG204"]),
        ("\tadd a0, fa0, a1\n\tret\n", &["GG205"]),
        ("\tfadd.d fa0, fa1, a2\n\tret\n", &["GG205"]),
        ("\tadd a0, a1\n\tret\n", &["GG202"]),
        ("\tfoo a0, a1\n\tret\n", &["GG201"]),
        ("\tsub a0, a1, 5\n\tret\n", &["GG203"]),
        ("\tbeq a0, a1, .L9\n\tret\n", &["GG101"]),
        ("\tmv zero, a0\n\tret\n", &["GG301"]),
        ("\tli s1, 3\n\tret\n", &["GG302"]),
        ("\taddi sp, sp, -16\n\tsd s1, 8(sp)\n\tli s1, 3\n\tld s1, 8(sp)\n\taddi sp, sp, 16\n\tret\n", &[]),
        ("\taddi sp, sp, -8\n\tcall g\n\taddi sp, sp, 8\n\tret\n", &["GG303"]),
        ("\taddi sp, sp, -16\n\tcall g\n\taddi sp, sp, 16\n\tret\n", &[]),
        ("\tj .L2\n\tli a0, 1\n.L2:\n\tret\n", &["GG304"]),
        ("\tli a0, 1\n", &["GG305"]),
        ("\tj .LC0\n\t.section .rodata\n.LC0:\n\t.string \"x\"\n", &["GG103"]),
        ("\tlui a5, %hi(.LC0)\n\tfld fa5, %lo(.LC0)(a5)\n\tfcvt.w.d a0, fa5, rtz\n\tret\n.LC0:\n", &[]),
        ("\tadd a0, a1, %\n", &["GG001"]),
    ];
    for (body, want) in table {
        let src = format!("{FN_HEAD_RV}{body}");
        assert_eq!(codes(Isa::Riscv64, &src), *want, "{body}");
    }
}

#[test]
fn aarch64_rules() {
    let table: &[(&str, &[&str])] = &[
        ("\tadd x0, x1, #8\n\tret\n", &[]),
        ("\tadd x0, x1, w2\n\tret\n", &["GG205"]),
        ("\tadd x0, x1, w2, sxtw\n\tret\n", &[]),
        ("\tadd x0, x1, #4097\n\tret\n", &["GG204"]),
        ("\tand x0, x1, #5\n\tret\n", &["GG204"]),
        ("\tand w0, w1, #-16\n\tret\n", &[]),
        ("\tmov x0, #0x12345\n\tret\n", &["GG204"]),
        ("\tmov x0, #-1\n\tret\n", &[]),
        ("\tlsl x0, x1, #64\n\tret\n", &["GG204"]),
        ("\tldr x0, [x1, #40000]\n\tret\n", &["GG204"]),
        ("\tldp x0, x1, [sp, #-600]!\n\tret\n", &["GG204"]),
        ("\tfadd d0, d1, x2\n\tret\n", &["GG205"]),
        ("\tb.foo .L1\n.L1:\n\tret\n", &["GG201"]),
        ("\tcsel w0, w1, w2, xx\n\tret\n", &["GG203"]),
        ("\tmov xzr, x1\n\tret\n", &["GG301"]),
        ("\tmov x19, x0\n\tret\n", &["GG302"]),
        ("\tstp x29, x30, [sp, #-32]!\n\tstr x19, [sp, #16]\n\tmov x19, x0\n\tbl g\n\tldr x19, [sp, #16]\n\tldp x29, x30, [sp], #32\n\tret\n", &[]),
        ("\tstp x29, x30, [sp, #-24]!\n\tbl g\n\tldp x29, x30, [sp], #24\n\tret\n", &["GG303"]),
        ("\tbl g\n\tret\n", &["GG302"]),
        ("\tb .L3\n\tnop\n.L3:\n\tret\n", &["GG304"]),
        ("\tadd x0, x0, #1\n", &["GG305"]),
        ("\tmov x0, w1\n\tret\n", &["GG205"]),
        ("\tmov x0, s1\n\tret\n", &["GG205"]),
        ("\tmov w0, v1.s[1]\n\tret\n", &[]),
        ("\tldp x0, s1, [sp]\n\tret\n", &["GG205"]),
        ("\tstr v3.4s, [sp, #8]\n\tret\n", &["GG205"]),
        ("\tldrsw w0, [sp, #24]\n\tret\n", &["GG205"]),
        ("\tldrb x0, [sp, #24]\n\tret\n", &["GG205"]),
        ("\tadd x3, w1, w1, sxtw #2\n\tret\n", &["GG205"]),
        ("\tcmp x2, w3, sxtw\n\tret\n", &[]),
        ("\teor x0, sp, x6\n\tret\n", &["GG205"]),
        ("\tadd xzr, x1, #1\n\tret\n", &["GG205"]),
    ];
    for (body, want) in table {
        let src = format!("{FN_HEAD_A64}{body}");
        assert_eq!(codes(Isa::Aarch64, &src), *want, "{body}");
    }
}

#[test]
fn x86_rules() {
    let table: &[(&str, &[&str])] = &[
        ("\tmovl %edi, %eax\n\tret\n", &[]),
        ("\tmovl %rdi, %eax\n\tret\n", &["GG205"]),
        ("\tmovb %ah, %r8b\n\tret\n", &["GG206"]),
        ("\tmovb %ah, %sil\n\tret\n", &["GG206"]),
        ("\tmovb %ah, %al\n\tret\n", &[]),
        ("\taddq $4294967296, %rax\n\tret\n", &["GG204"]),
        ("\tmovz %eax, %ebx\n\tret\n", &["GG201"]),
        ("\tmovl %eax\n\tret\n", &["GG202"]),
        ("\tjmp .L7\n", &["GG101"]),
        ("\tmovq $1, %rbx\n\tret\n", &["GG302"]),
        ("\tpushq %rbx\n\tmovq $1, %rbx\n\tpopq %rbx\n\tret\n", &[]),
        ("\tsubq $8, %rsp\n\tcall g\n\taddq $8, %rsp\n\tret\n", &[]),
        ("\tcall g\n\tret\n", &["GG303"]),
        ("\tpushq %rbp\n\tmovq %rsp, %rbp\n\tcall g\n\tleave\n\tret\n", &[]),
        ("\tret\n\tnop\n", &["GG304"]),
        ("\tmovl $1, %eax\n", &["GG305"]),
        ("\tsubq $8, %rsp\n\tcall abort\n", &[]),
        ("1:\n\tjne 1b\n\tjmp 2f\n", &["GG101"]),
        ("\tmovl (%rax), %xmm0\n\tret\n", &["GG205"]),
        ("\tpaddd %rax, %xmm1\n\tret\n", &["GG205"]),
        ("\tsarl $31, %al\n\tret\n", &["GG205"]),
        ("\tsalq $4095, %rax\n\tret\n", &["GG204"]),
        ("\tmovzbl (%rax), %rax\n\tret\n", &["GG205"]),
        ("\tmovq %eax, %rdx\n\tret\n", &["GG205"]),
        ("\tmovq %xmm0, %rax\n\tret\n", &[]),
        ("\tcvtsi2sdl %eax, %xmm0\n\tret\n", &[]),
    ];
    for (body, want) in table {
        let src = format!("{FN_HEAD_X86}{body}");
        assert_eq!(codes(Isa::X86_64, &src), *want, "{body}");
    }
}

#[test]
fn duplicate_labels_and_detection() {
    assert_eq!(codes(Isa::X86_64, "f:\n\tret\nf:\n\tret\n"), vec!["GG102"]);
    assert_eq!(detect_isa("\tlui a5,%hi(.LC0)\n\tld a0,8(sp)\n"), Isa::Riscv64);
    assert_eq!(detect_isa("\tadrp x0, .LC0\n\tadd x0, x0, :lo12:.LC0\n"), Isa::Aarch64);
    assert_eq!(detect_isa("\tmovl %edi, %eax\n"), Isa::X86_64);
}

#[test]
fn big_files_checked_in_two_halves_report_like_one() {
    // each part: an unknown mnemonic on its third line, a branch back to the first part's label
    let mut src = String::from(".Lstart:\n");
    let mut k = 0;
    while src.len() < 3 << 20 {
        src.push_str(&format!("f{k}:\n\tmovl %eax, %ebx\n\tbogus{k} %eax\n\tjne .Lstart\n"));
        k += 1;
    }
    let diags = lint(&src, Isa::X86_64);
    assert_eq!(diags.len(), k);
    for (i, d) in diags.iter().enumerate() {
        assert_eq!((d.code, d.span.line as usize), ("GG201", 2 + 4 * i + 2), "{d:?}");
    }
    // Intel syntax switched on before the split point stays on after it
    let body: String = (0..100_000).map(|k| format!("g{k}:\n\tmov eax, DWORD PTR [rbp-4]\n\tret\n")).collect();
    let intel = format!("\t.intel_syntax noprefix\n{body}");
    assert!(intel.len() > 2 << 20);
    assert_eq!(lint(&intel, Isa::X86_64).len(), 0);
}

#[test]
fn translated_tail_calls_keep_sp_aligned() {
    // x86 `jmp qsort@PLT` becomes call + return; the call must see sp 16-byte aligned
    let x86 = "\t.text\n\t.globl sort\n\t.type sort, @function\nsort:\n\tmovl $4, %edx\n\tleaq cmp(%rip), %rcx\n\tjmp qsort@PLT\n\t.size sort, .-sort\n";
    for (target, isa) in [(crate::Target::Riscv64, Isa::Riscv64), (crate::Target::Aarch64, Isa::Aarch64)] {
        let out = crate::translate(x86, target).unwrap().text;
        assert_eq!(codes(isa, &out), Vec::<&str>::new(), "{out}");
    }
}

#[test]
fn aarch64_branch_reach() {
    let far = |m: &str, n: usize| format!("{FN_HEAD_A64}\t{m} .Lfar\n{}.Lfar:\n\tret\n", "\tnop\n".repeat(n));
    assert_eq!(codes(Isa::Aarch64, &far("tbz x0, #3,", 9000)), vec!["GG207"]);
    assert_eq!(codes(Isa::Aarch64, &far("tbz x0, #3,", 8000)), Vec::<&str>::new());
    assert_eq!(codes(Isa::Aarch64, &far("b.eq", 9000)), Vec::<&str>::new());
    // data in between counts; alignment padding is never assumed
    let data = format!("{FN_HEAD_A64}\tcbz x0, .Lfar\n\t.zero 1048576\n\t.p2align 4\n.Lfar:\n\tret\n");
    assert_eq!(codes(Isa::Aarch64, &data), vec!["GG207"]);
}
