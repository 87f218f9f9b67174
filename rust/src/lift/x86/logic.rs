//! and, or, xor, test, not

use super::Lifter;
use crate::asm::x86_64::Insn;
use crate::error::Result;
use crate::ir::{AluOp, FlagKind, Op, R, V, W};

pub fn binary(l: &mut Lifter, insn: &Insn, base: &str) -> Result<()> {
    l.expect_ops(insn, &[2])?;
    let w = l.width(insn, base)?;
    let (src, dst) = (&insn.ops[0], &insn.ops[1]);
    if base == "xor" && src == dst && matches!(dst, crate::asm::x86_64::Operand::Reg(_)) {
        // zeroing idiom
        l.write(insn, dst, w, V::I(0), None)?;
        l.flag_def(FlagKind::Logic, w, V::R(R::Zero), V::I(0));
        return Ok(());
    }
    let addr = l.rmw_addr(insn, dst)?;
    let a = l.read_rmw(insn, dst, w, addr)?;
    let btmp = if addr.is_some() { R::C1 } else { R::T0 };
    let b = l.read(insn, src, w, btmp)?;
    if base == "test" {
        if src == dst {
            l.flag_def(FlagKind::Logic, w, a, V::I(0));
        } else {
            let ar = l.as_reg(a, R::T1);
            l.emit(Op::Alu { op: AluOp::And, w: W::W64, d: R::T1, a: ar, b });
            l.flag_def(FlagKind::Logic, w, V::R(R::T1), V::I(0));
        }
        return Ok(());
    }
    let op = match base {
        "and" => AluOp::And,
        "or" => AluOp::Or,
        _ => AluOp::Xor,
    };
    let r = l.alu_to(insn, op, w, dst, a, b, addr)?;
    l.flag_def(FlagKind::Logic, w, V::R(r), V::I(0));
    Ok(())
}

pub fn not(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    let w = l.width(insn, "not")?;
    let dst = &insn.ops[0];
    let addr = l.rmw_addr(insn, dst)?;
    let a = l.read_rmw(insn, dst, w, addr)?;
    l.alu_to(insn, AluOp::Xor, w, dst, a, V::I(-1), addr)?;
    Ok(())
}
