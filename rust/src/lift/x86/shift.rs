//! shl/sal, shr, sar, rol, ror

use super::{gpr, Lifter};
use crate::asm::x86_64::{regs, Insn, Operand, Reg};
use crate::error::Result;
use crate::ir::{AluOp, FlagKind, Op, R, V, W};

pub fn shift(l: &mut Lifter, insn: &Insn, base: &str) -> Result<()> {
    l.expect_ops(insn, &[1, 2])?;
    let w = l.width(insn, base)?;
    let (count, dst) = if insn.ops.len() == 1 { (Operand::Imm(crate::asm::x86_64::Expr::constant(1)), &insn.ops[0]) } else { (insn.ops[0].clone(), &insn.ops[1]) };
    let mask = if w == 64 { 63 } else { 31 };
    let cnt: V = match &count {
        Operand::Imm(e) if e.is_constant() => V::I(e.off & mask),
        Operand::Reg(Reg::Gpr(g)) if g.num == regs::RCX && g.width == 8 && !g.high => V::R(gpr(regs::RCX)),
        _ => return Err(l.err_syntax("shift count must be an immediate or %cl")),
    };
    if cnt == V::I(0) {
        // a shift by zero changes neither the value nor the flags
        return Ok(());
    }
    let addr = l.rmw_addr(insn, dst)?;
    let a = l.read_rmw(insn, dst, w, addr)?;
    let ar = l.as_reg(a, R::T1);
    let op = match base {
        "shl" | "sal" => AluOp::Shl,
        "shr" => AluOp::Shr,
        "sar" => AluOp::Sar,
        _ => return rotate(l, insn, base, w, ar, cnt, dst, addr),
    };
    let r = if w >= 32 {
        l.alu_to(insn, op, w, dst, V::R(ar), cnt, addr)?
    } else {
        // narrow: extend to 64 bits, shift by the count masked to 5 bits, insert the low bits back
        if op != AluOp::Shl {
            l.emit(Op::Ext { d: R::T1, s: ar, bits: w, signed: op == AluOp::Sar });
        } else if ar != R::T1 {
            l.emit(Op::Mov { d: R::T1, s: ar });
        }
        let c = match cnt {
            V::I(k) => V::I(k),
            V::R(r) => {
                l.emit(Op::Alu { op: AluOp::And, w: W::W64, d: R::C1, a: r, b: V::I(31) });
                V::R(R::C1)
            }
        };
        l.emit(Op::Alu { op, w: W::W64, d: R::T1, a: R::T1, b: c });
        l.write(insn, dst, w, V::R(R::T1), addr)?;
        R::T1
    };
    // with a variable count of zero the flags would be unchanged: we cannot model that statically
    let kind = if matches!(cnt, V::I(_)) { FlagKind::Result } else { FlagKind::Opaque };
    l.flag_def(kind, w, V::R(r), V::I(0));
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn rotate(l: &mut Lifter, insn: &Insn, base: &str, w: u8, a: R, cnt: V, dst: &Operand, addr: Option<(R, i64)>) -> Result<()> {
    let V::I(c) = cnt else {
        // by %cl: count masked like shifts, then modulo the width; a zero count rotates by w,
        // which the zero-extended shifts below turn into the identity
        let mask = if w == 64 { 63 } else { 31 };
        l.emit(Op::Alu { op: AluOp::And, w: W::W64, d: R::T0, a: gpr(regs::RCX), b: V::I(mask) });
        if w < 32 {
            l.emit(Op::Li { d: R::C0, imm: w as i64 });
            l.emit(Op::Alu { op: AluOp::RemU, w: W::W64, d: R::T0, a: R::T0, b: V::R(R::C0) });
        }
        if base == "ror" {
            l.emit(Op::Alu { op: AluOp::Sub, w: W::W64, d: R::T0, a: R::Zero, b: V::R(R::T0) });
            l.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: R::T0, a: R::T0, b: V::I(w as i64) });
        }
        l.emit(Op::Ext { d: R::T1, s: a, bits: w, signed: false });
        l.emit(Op::Alu { op: AluOp::Shl, w: W::W64, d: R::C0, a: R::T1, b: V::R(R::T0) });
        l.emit(Op::Alu { op: AluOp::Sub, w: W::W64, d: R::C1, a: R::Zero, b: V::R(R::T0) });
        l.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: R::C1, a: R::C1, b: V::I(w as i64) });
        l.emit(Op::Alu { op: AluOp::Shr, w: W::W64, d: R::T1, a: R::T1, b: V::R(R::C1) });
        l.emit(Op::Alu { op: AluOp::Or, w: W::W64, d: R::T1, a: R::T1, b: V::R(R::C0) });
        l.write(insn, dst, w, V::R(R::T1), addr)?;
        l.flag_def(FlagKind::Opaque, w, V::R(R::T1), V::I(0));
        return Ok(());
    };
    let c = (c as u8) % w;
    if c != 0 {
        let left = if base == "rol" { c } else { w - c };
        l.emit(Op::Ext { d: R::T1, s: a, bits: w, signed: false });
        l.emit(Op::Alu { op: AluOp::Shl, w: W::W64, d: R::C0, a: R::T1, b: V::I(left as i64) });
        l.emit(Op::Alu { op: AluOp::Shr, w: W::W64, d: R::T1, a: R::T1, b: V::I((w - left) as i64) });
        l.emit(Op::Alu { op: AluOp::Or, w: W::W64, d: R::T1, a: R::T1, b: V::R(R::C0) });
        l.write(insn, dst, w, V::R(R::T1), addr)?;
    }
    l.flag_def(FlagKind::Opaque, w, V::R(R::T1), V::I(0));
    Ok(())
}

/// shld / shrd: dst = dst shifted by n, filled with bits of src (n masked; n == 0 changes nothing)
pub fn double(l: &mut Lifter, insn: &Insn, base: &str) -> Result<()> {
    l.expect_ops(insn, &[3])?;
    let w = l.width(insn, base)?;
    if w < 32 {
        return Err(l.err_unsupported(insn, "16-bit shld/shrd"));
    }
    let mask = w as i64 - 1;
    let src = l.read_reg(insn, &insn.ops[1], w, R::T0)?;
    let dst = insn.ops[2].clone();
    let addr = l.rmw_addr(insn, &dst)?;
    let a = l.read_rmw(insn, &dst, w, addr)?;
    let ar = l.as_reg(a, R::T1);
    let left = base == "shld";
    let (toward, from) = if left { (AluOp::Shl, AluOp::Shr) } else { (AluOp::Shr, AluOp::Shl) };
    let n = match &insn.ops[0] {
        Operand::Imm(e) if e.is_constant() => e.off & mask,
        Operand::Reg(Reg::Gpr(g)) if g.num == regs::RCX && g.width == 8 && !g.high => -1,
        _ => return Err(l.err_syntax("shld/shrd count must be an immediate or %cl")),
    };
    if n == 0 {
        return Ok(());
    }
    // work on 64-bit values holding the w-bit operands (zero-extended)
    l.emit(Op::Ext { d: R::C1, s: src, bits: w, signed: false });
    l.emit(Op::Ext { d: R::C0, s: ar, bits: w, signed: false });
    l.items.push(crate::ir::Item::FlagKill);
    if n > 0 {
        l.emit(Op::Alu { op: toward, w: W::W64, d: R::C0, a: R::C0, b: V::I(n) });
        l.emit(Op::Alu { op: from, w: W::W64, d: R::C1, a: R::C1, b: V::I(w as i64 - n) });
        l.emit(Op::Alu { op: AluOp::Or, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::C1) });
        l.alu_to(insn, AluOp::Or, w, &dst, V::R(R::C0), V::I(0), addr)?;
        return Ok(());
    }
    // count in %cl: skip everything when it is zero
    l.next_flag += 1;
    let skip = format!(".Lgg_shd{}", l.next_flag);
    l.emit(Op::Alu { op: AluOp::And, w: W::W64, d: R::T0, a: gpr(regs::RCX), b: V::I(mask) });
    l.emit(Op::Br { cc: crate::ir::Cc::Eq, a: R::T0, b: V::I(0), label: skip.clone() });
    l.emit(Op::Alu { op: toward, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::T0) });
    l.emit(Op::Alu { op: AluOp::Sub, w: W::W64, d: R::T0, a: R::Zero, b: V::R(R::T0) });
    l.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: R::T0, a: R::T0, b: V::I(w as i64) });
    l.emit(Op::Alu { op: from, w: W::W64, d: R::C1, a: R::C1, b: V::R(R::T0) });
    l.emit(Op::Alu { op: AluOp::Or, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::C1) });
    l.alu_to(insn, AluOp::Or, w, &dst, V::R(R::C0), V::I(0), addr)?;
    l.items.push(crate::ir::Item::Label(skip));
    Ok(())
}
