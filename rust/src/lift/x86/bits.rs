//! bt, bsf, bsr, tzcnt, lzcnt, popcnt

use super::Lifter;
use crate::asm::x86_64::{Insn, Operand};
use crate::error::Result;
use crate::ir::{AluOp, FlagKind, Op, R, V, W};

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
        _ => Err(l.err_unsupported(insn, format!("`{}` is not supported yet", insn.mnemonic))),
    }
}
