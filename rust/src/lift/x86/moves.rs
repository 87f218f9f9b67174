//! mov, movabs, movzx/movsx family, cltq/cwtl/cqto/cltd, xchg

use super::{gpr, Lifter};
use crate::asm::x86_64::{regs, Insn, Operand, Reg};
use crate::error::Result;
use crate::ir::{AluOp, Op, Sym, R, V, W};

pub fn mov(l: &mut Lifter, insn: &Insn, base: &str) -> Result<()> {
    l.expect_ops(insn, &[2])?;
    let w = l.width(insn, base)?;
    let (src, dst) = (&insn.ops[0], &insn.ops[1]);
    if let (Operand::Mem(m), Operand::Reg(Reg::Gpr(g))) = (src, dst) {
        if !g.high && w >= 32 {
            let d = gpr(g.num);
            if Lifter::is_fs_self(m) || m.disp.reloc.as_deref().is_some_and(|r| r.eq_ignore_ascii_case("GOTTPOFF")) {
                let v = l.read(insn, src, 64, R::T1)?;
                return l.write(insn, dst, w, v, None);
            }
            if Lifter::is_gotpcrel(src) {
                let name = m.disp.sym.clone().unwrap_or_default();
                l.emit(Op::La { d, sym: Sym { name, off: 0 }, got: true });
            } else {
                let (b, off) = l.addr(insn, m)?;
                l.emit(Op::Load { d, base: b, off, bytes: w / 8, signed: false });
            }
            return Ok(());
        }
    }
    let v = l.read(insn, src, w, R::T1)?;
    l.write(insn, dst, w, v, None)
}

/// movzbl, movsbq, movslq, ...: (source width, destination width, signed)
fn ext_shape(m: &str) -> Option<(u8, u8, bool)> {
    let b = m.as_bytes();
    if m == "movslq" {
        return Some((32, 64, true));
    }
    if m.len() == 6 && (m.starts_with("movz") || m.starts_with("movs")) {
        let sw = match b[4] {
            b'b' => 8,
            b'w' => 16,
            _ => return None,
        };
        let dw = match b[5] {
            b'w' => 16,
            b'l' => 32,
            b'q' => 64,
            _ => return None,
        };
        return Some((sw, dw, b[3] == b's'));
    }
    None
}

pub fn movx(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[2])?;
    let m = insn.mnemonic.as_str();
    let (src, dst) = (&insn.ops[0], &insn.ops[1]);
    let shape = ext_shape(m).or_else(|| {
        // movsx / movzx / movsxd: widths from the register operands
        let sw = match src {
            Operand::Reg(Reg::Gpr(g)) => Some(g.width),
            _ => None,
        };
        let dw = match dst {
            Operand::Reg(Reg::Gpr(g)) => Some(g.width),
            _ => None,
        };
        match (m, sw, dw) {
            ("movsxd", _, Some(d)) => Some((32, d, true)),
            (_, Some(s), Some(d)) => Some((s, d, m.starts_with("movs"))),
            _ => None,
        }
    });
    let Some((sw, dw, signed)) = shape else {
        return Err(l.err_syntax(format!("cannot tell the operand sizes of `{m}`")));
    };
    let Operand::Reg(Reg::Gpr(g)) = dst else {
        return Err(l.err_syntax(format!("`{m}` needs a register destination")));
    };
    let val = match src {
        Operand::Mem(mm) => {
            let (b, off) = l.addr(insn, mm)?;
            let d = if dw == 64 || (dw == 32 && !signed) && !g.high { gpr(g.num) } else { R::T1 };
            l.emit(Op::Load { d, base: b, off, bytes: sw / 8, signed });
            if d == gpr(g.num) {
                return Ok(());
            }
            V::R(d)
        }
        _ => {
            let s = l.read_reg(insn, src, sw, R::T1)?;
            l.emit(Op::Ext { d: R::T1, s, bits: sw, signed });
            V::R(R::T1)
        }
    };
    l.write(insn, dst, dw, val, None)
}

pub fn convert(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[0])?;
    let (rax, rdx) = (gpr(regs::RAX), gpr(regs::RDX));
    match insn.mnemonic.as_str() {
        "cltq" => l.emit(Op::Ext { d: rax, s: rax, bits: 32, signed: true }),
        "cwtl" => {
            l.emit(Op::Ext { d: rax, s: rax, bits: 16, signed: true });
            l.emit(Op::Ext { d: rax, s: rax, bits: 32, signed: false });
        }
        "cbtw" => {
            l.emit(Op::Ext { d: R::T1, s: rax, bits: 8, signed: true });
            l.emit(Op::Insert { d: rax, s: R::T1, lsb: 0, bits: 16 });
        }
        "cqto" => l.emit(Op::Alu { op: AluOp::Sar, w: W::W64, d: rdx, a: rax, b: V::I(63) }),
        "cltd" => l.emit(Op::Alu { op: AluOp::Sar, w: W::W32, d: rdx, a: rax, b: V::I(31) }),
        _ => {
            // cwtd: dx = sign of ax
            l.emit(Op::Ext { d: R::T1, s: rax, bits: 16, signed: true });
            l.emit(Op::Alu { op: AluOp::Sar, w: W::W64, d: R::T1, a: R::T1, b: V::I(16) });
            l.emit(Op::Insert { d: rdx, s: R::T1, lsb: 0, bits: 16 });
        }
    }
    Ok(())
}

pub fn xchg(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[2])?;
    let w = l.width(insn, "xchg")?;
    let (a, b) = (&insn.ops[0], &insn.ops[1]);
    let (mem, reg) = match (a, b) {
        (Operand::Mem(_), r) | (r, Operand::Mem(_)) if !matches!(r, Operand::Mem(_)) => (if matches!(a, Operand::Mem(_)) { a } else { b }, r),
        _ => {
            let va = l.read_reg(insn, a, w, R::T0)?;
            if va != R::T0 {
                l.emit(Op::Mov { d: R::T0, s: va });
            }
            let vb = l.read(insn, b, w, R::T1)?;
            l.write(insn, a, w, vb, None)?;
            return l.write(insn, b, w, V::R(R::T0), None);
        }
    };
    let addr = l.rmw_addr(insn, mem)?;
    let old = l.read_rmw(insn, mem, w, addr)?; // into T1
    let rv = l.read(insn, reg, w, R::C1)?;
    l.write(insn, mem, w, rv, addr)?;
    l.write(insn, reg, w, old, None)
}
