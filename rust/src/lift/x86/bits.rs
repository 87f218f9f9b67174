//! bt, bsf, bsr, tzcnt, lzcnt, popcnt

use super::{gpr, Lifter};
use crate::asm::x86_64::{Insn, Operand, Reg};
use crate::error::Result;
use crate::ir::{AluOp, FlagKind, Op, UnOp, R, V, W};

pub fn bits(l: &mut Lifter, insn: &Insn, base: &str) -> Result<()> {
    l.expect_ops(insn, &[2])?;
    let w = l.width(insn, base)?;
    match base {
        "bt" => {
            if matches!(insn.ops[1], Operand::Mem(_)) && !matches!(insn.ops[0], Operand::Imm(_)) {
                return Err(l.err_unsupported(insn, "bt on memory with a register bit offset"));
            }
            let a = l.read_reg(insn, &insn.ops[1], w, R::T1)?;
            let b = match l.read(insn, &insn.ops[0], w, R::T0)? {
                V::I(k) => V::I(k & (w as i64 - 1)),
                V::R(r) => {
                    l.emit(Op::Alu { op: AluOp::And, w: W::W64, d: R::T0, a: r, b: V::I(w as i64 - 1) });
                    V::R(R::T0)
                }
            };
            l.emit(Op::Alu { op: AluOp::Shr, w: W::W64, d: R::T1, a, b });
            l.emit(Op::Alu { op: AluOp::And, w: W::W64, d: R::T1, a: R::T1, b: V::I(1) });
            l.flag_def(FlagKind::Carry, w, V::R(R::T1), V::I(0));
            Ok(())
        }
        "bts" | "btr" | "btc" => {
            let k = match &insn.ops[0] {
                Operand::Imm(e) if e.is_constant() => e.off & (w as i64 - 1),
                _ => return Err(l.err_unsupported(insn, format!("`{}` with a register bit offset", insn.mnemonic))),
            };
            let dst = insn.ops[1].clone();
            let addr = l.rmw_addr(insn, &dst)?;
            let a = l.read_rmw(insn, &dst, w, addr)?;
            let ar = l.as_reg(a, R::T1);
            // CF = the old bit
            l.emit(Op::Alu { op: AluOp::Shr, w: W::W64, d: R::T0, a: ar, b: V::I(k) });
            l.emit(Op::Alu { op: AluOp::And, w: W::W64, d: R::C1, a: R::T0, b: V::I(1) });
            let (op, mask) = match base {
                "bts" => (AluOp::Or, 1i64 << k),
                "btr" => (AluOp::And, !(1i64 << k)),
                _ => (AluOp::Xor, 1i64 << k),
            };
            l.emit(Op::Li { d: R::T0, imm: mask });
            l.alu_to(insn, op, w, &dst, V::R(ar), V::R(R::T0), addr)?;
            l.emit(Op::Mov { d: R::T0, s: R::C1 });
            l.flag_def(FlagKind::Carry, w, V::R(R::T0), V::I(0));
            Ok(())
        }
        _ => {
            // bsf, bsr, tzcnt, lzcnt, popcnt, bswap: computed into T1, written with x86 rules
            let op = match base {
                "bsf" => UnOp::Bsf,
                "bsr" => UnOp::Bsr,
                "tzcnt" => UnOp::Ctz,
                "lzcnt" => UnOp::Clz,
                _ => UnOp::Popcnt,
            };
            let s = l.read_reg(insn, &insn.ops[0], w, R::T0)?;
            if matches!(op, UnOp::Bsf | UnOp::Bsr) {
                // a zero source leaves the destination as it was
                let cur = l.read_reg(insn, &insn.ops[1], w, R::T1)?;
                if cur != R::T1 {
                    l.emit(Op::Mov { d: R::T1, s: cur });
                }
            }
            l.emit(Op::Unary { op, bits: w, d: R::T1, s });
            let dst = insn.ops[1].clone();
            l.write(insn, &dst, w, V::R(R::T1), None)?;
            match op {
                // ZF = (source == 0)
                UnOp::Bsf | UnOp::Bsr | UnOp::Popcnt => l.flag_def(FlagKind::Logic, w, V::R(s), V::I(0)),
                _ => l.flag_def(FlagKind::Result, w, V::R(R::T1), V::I(0)),
            }
            Ok(())
        }
    }
}

pub fn bswap(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    let Operand::Reg(Reg::Gpr(g)) = &insn.ops[0] else {
        return Err(l.err_syntax("`bswap` needs a register"));
    };
    if g.width < 32 {
        return Err(l.err_syntax("`bswap` needs a 32- or 64-bit register"));
    }
    l.emit(Op::Unary { op: UnOp::Bswap, bits: g.width, d: R::T1, s: gpr(g.num) });
    let dst = insn.ops[0].clone();
    l.write(insn, &dst, g.width, V::R(R::T1), None)
}
