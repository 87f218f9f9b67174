//! Lifting tables: x86 instruction → IR items (after flag resolution), and rejections.

use crate::asm::x86_64::{parse, Stmt};
use crate::error::Error;
use crate::ir::{flags, AluOp, Cc, FArith, Item, Op, Prec, Sym, R, V, W, X};
use crate::lift::x86::{Context, Lifter};
use std::collections::{HashMap, HashSet};

fn lift(src: &str) -> Result<Vec<Op>, Error> {
    let file = parse(src)?;
    let empty = HashSet::new();
    let mut defined = HashSet::new();
    for s in &file.stmts {
        if let Stmt::Label { name, .. } = s {
            defined.insert(name.clone());
        }
    }
    let no_lines = HashSet::new();
    let strings = std::collections::HashMap::new();
    let clobbers = std::collections::HashMap::new();
    let ctx = Context { functions: &empty, defined: &defined, jump_tables: &empty, ret32: &no_lines, strings: &strings, varargs_in_gprs: true, clobbers: &clobbers, referenced: &defined, protos: &HashMap::new(), conv: crate::abi::Conv::Riscv64 };
    let mut l = Lifter::new(ctx);
    for s in &file.stmts {
        match s {
            Stmt::Insn(i) => l.insn(i)?,
            Stmt::Label { name, .. } => l.label(name),
            _ => {}
        }
    }
    let items = flags::resolve(l.items, &HashSet::new())?;
    Ok(items.into_iter().filter_map(|it| if let Item::Op(op) = it { Some(op) } else { None }).collect())
}

#[test]
fn lift_table() {
    let g = R::G;
    let table: Vec<(&str, Vec<Op>)> = vec![
        ("addl %esi, %eax", vec![Op::Alu { op: AluOp::Add, w: W::W32, d: g(0), a: g(0), b: V::R(g(6)) }]),
        ("movl %edi, %eax", vec![Op::Ext { d: g(0), s: g(7), bits: 32, signed: false }]),
        ("movb %sil, %al", vec![Op::Insert { d: g(0), s: g(6), lsb: 0, bits: 8 }]),
        ("movq 8(%rsp), %rax", vec![Op::Load { d: g(0), base: g(4), off: 8, bytes: 8, signed: false }]),
        ("cltq", vec![Op::Ext { d: g(0), s: g(0), bits: 32, signed: true }]),
        (
            "movq %fs:40, %rax",
            vec![Op::La { d: R::T0, sym: Sym { name: "__stack_chk_guard".into(), off: 0 }, got: true }, Op::Load { d: g(0), base: R::T0, off: 0, bytes: 8, signed: false }],
        ),
        ("movq %fs:0, %rax", vec![Op::ThreadPointer { d: R::T1 }, Op::Mov { d: g(0), s: R::T1 }]),
        ("addsd %xmm1, %xmm0", vec![Op::FArith { op: FArith::Add, p: Prec::D, d: X::Xmm(0), b: X::Xmm(1) }]),
        ("pxor %xmm3, %xmm3", vec![Op::VZero { d: X::Xmm(3) }]),
        ("movsd 8(%rsp), %xmm2", vec![Op::VLoad { d: X::Xmm(2), base: g(4), off: 8, bytes: 8 }]),
        ("cvttsd2si %xmm0, %eax", vec![Op::FToInt { p: Prec::D, d: g(0), s: X::Xmm(0), bits: 32, trunc: true }]),
        ("shll $0, %eax", vec![]),
        (
            "cmpq %rsi, %rdi\njl .L1\n.L1:",
            vec![Op::Br { cc: Cc::Lt, a: g(7), b: V::R(g(6)), label: ".L1".into() }],
        ),
        (
            "testl %eax, %eax\njne .L1\n.L1:",
            vec![Op::Ext { d: R::C0, s: g(0), bits: 32, signed: true }, Op::Br { cc: Cc::Ne, a: R::C0, b: V::I(0), label: ".L1".into() }],
        ),
    ];
    for (src, want) in table {
        let got = lift(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        assert_eq!(got, want, "{src}");
    }
}

#[test]
fn rejections_name_the_instruction() {
    let table: &[(&str, &str)] = &[
        ("vaddps %ymm0, %ymm1, %ymm2", "vaddps"),
        ("fldl (%rax)", "fldl"),
        ("idivl %ecx", "idivl"), // rdx not known to be the sign extension of rax
        ("jne .L1\n.L1:", "j/set/cmovne"), // flags never set
        ("incl %eax\njb .L1\n.L1:", "j/set/cmovb"), // inc keeps CF
        ("movq %fs:8, %rax", "movq"), // only the canary slot and thread-locals
        ("movq %gs:0, %rax", "movq"),
        ("movq %mm0, %rax", "movq"),
        ("call vsnprintf@PLT", "call"), // only `translate` adds the va_list bridges
    ];
    for (src, what) in table {
        match lift(src) {
            Err(Error::Unsupported { what: w, .. }) => assert_eq!(w, *what, "{src}"),
            other => panic!("{src}: expected a rejection, got {other:?}"),
        }
    }
}

#[test]
fn wrong_operand_counts_are_syntax_errors() {
    for src in ["movl %eax", "addq %rax, %rbx, %rcx", "ret %rax"] {
        assert!(matches!(lift(src), Err(Error::Syntax { .. } | Error::Unsupported { .. })), "{src}");
    }
}
