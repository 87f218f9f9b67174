//! push, pop, leave. %rsp is guest register 4; the target lowering keeps the host stack pointer in step.

use super::{gpr, Lifter};
use crate::asm::x86_64::{regs, Insn};
use crate::error::Result;
use crate::ir::{AluOp, Op, R, V, W};

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
