//! push, pop, leave. %rsp is guest register 4; the target lowering keeps the host stack pointer in step.

use super::{gpr, Lifter};
use crate::asm::x86_64::{regs, Insn};
use crate::error::Result;
use crate::ir::{AluOp, Item, Op, R, V, W};

pub fn push(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    let w = l.width(insn, "push").unwrap_or(64);
    if w != 64 {
        return Err(l.err_unsupported(insn, "only 64-bit push is supported"));
    }
    let v = l.read_reg(insn, &insn.ops[0], 64, R::T1)?;
    let v = if v == gpr(regs::RSP) {
        l.emit(Op::Mov { d: R::T1, s: v });
        R::T1
    } else {
        v
    };
    let rsp = gpr(regs::RSP);
    l.emit(Op::Alu { op: AluOp::Sub, w: W::W64, d: rsp, a: rsp, b: V::I(8) });
    l.emit(Op::Store { s: v, base: rsp, off: 0, bytes: 8 });
    Ok(())
}

pub fn pop(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    let w = l.width(insn, "pop").unwrap_or(64);
    if w != 64 {
        return Err(l.err_unsupported(insn, "only 64-bit pop is supported"));
    }
    let rsp = gpr(regs::RSP);
    l.emit(Op::Load { d: R::T1, base: rsp, off: 0, bytes: 8, signed: false });
    l.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: rsp, a: rsp, b: V::I(8) });
    l.write(insn, &insn.ops[0], 64, V::R(R::T1), None)
}

pub fn leave(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[0])?;
    let (rsp, rbp) = (gpr(regs::RSP), gpr(regs::RBP));
    l.emit(Op::Mov { d: rsp, s: rbp });
    l.emit(Op::Load { d: rbp, base: rsp, off: 0, bytes: 8, signed: false });
    l.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: rsp, a: rsp, b: V::I(8) });
    Ok(())
}

/// stos* / movs* with or without a `rep` prefix (direction flag clear, as the ABI guarantees):
/// a loop storing %rax (stos) or copying from %rsi (movs) to %rdi, %rcx times with `rep`.
pub fn string_op(l: &mut Lifter, insn: &Insn) -> Result<()> {
    let m = insn.mnemonic.as_str();
    let bytes: i64 = match m.as_bytes()[m.len() - 1] {
        b'b' => 1,
        b'w' => 2,
        b'l' => 4,
        _ => 8,
    };
    let rep = insn.prefixes.iter().any(|p| p.starts_with("rep"));
    let (rdi, rsi, rcx) = (gpr(7), gpr(6), gpr(1));
    let stos = m.starts_with("stos");
    l.next_flag += 1;
    let (top, done) = (format!(".Lgg_rep{}", l.next_flag), format!(".Lgg_rep{}_end", l.next_flag));
    if rep {
        l.items.push(Item::Label(top.clone()));
        l.emit(Op::Br { cc: crate::ir::Cc::Eq, a: rcx, b: V::I(0), label: done.clone() });
    }
    let v = if stos {
        gpr(0)
    } else {
        l.emit(Op::Load { d: R::T1, base: rsi, off: 0, bytes: bytes as u8, signed: false });
        l.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: rsi, a: rsi, b: V::I(bytes) });
        R::T1
    };
    l.emit(Op::Store { s: v, base: rdi, off: 0, bytes: bytes as u8 });
    l.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: rdi, a: rdi, b: V::I(bytes) });
    if rep {
        l.emit(Op::Alu { op: AluOp::Sub, w: W::W64, d: rcx, a: rcx, b: V::I(1) });
        l.emit(Op::Jmp { label: top });
        l.items.push(Item::Label(done));
    }
    Ok(())
}
