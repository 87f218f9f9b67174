//! add, sub, adc, sbb, cmp, inc, dec, neg, lea, imul, mul, idiv, div

use super::{Lifter, gpr};
use crate::asm::x86_64::{regs, Insn, Operand, Reg};
use crate::error::Result;
use crate::ir::{AluOp, Cc, FlagAction, FlagKind, Op, X86Cond, R, V, W};

pub fn lea(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[2])?;
    let w = l.width(insn, "lea")?;
    let Operand::Mem(m) = &insn.ops[0] else {
        return Err(l.err_syntax("`lea` needs a memory operand"));
    };
    if m.disp.reloc.as_deref().is_some_and(|r| !r.eq_ignore_ascii_case("TPOFF")) {
        return Err(l.err_unsupported(insn, "lea of a relocated symbol"));
    }
    let (base, off) = l.addr(insn, m)?;
    let v = if off == 0 {
        V::R(base)
    } else {
        l.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: R::T1, a: base, b: V::I(off) });
        V::R(R::T1)
    };
    l.write(insn, &insn.ops[1], w, v, None)
}

pub fn addsub(l: &mut Lifter, insn: &Insn, base: &str) -> Result<()> {
    l.expect_ops(insn, &[2])?;
    let w = l.width(insn, base)?;
    let (src, dst) = (&insn.ops[0], &insn.ops[1]);
    let addr = l.rmw_addr(insn, dst)?;
    let a = l.read_rmw(insn, dst, w, addr)?;
    let btmp = if addr.is_some() { R::C1 } else { R::T0 };
    let b = l.read(insn, src, w, btmp)?;
    match base {
        "cmp" => {
            l.flag_def(FlagKind::Sub, w, a, b);
            Ok(())
        }
        "add" | "sub" => {
            let (kind, op) = if base == "add" { (FlagKind::Add, AluOp::Add) } else { (FlagKind::Sub, AluOp::Sub) };
            l.flag_def(kind, w, a, b);
            l.alu_to(insn, op, w, dst, a, b, addr)?;
            Ok(())
        }
        _ => {
            // adc / sbb: d = a +/- b +/- CF
            l.flag_use(X86Cond::B, FlagAction::Set { d: R::C1 });
            if b == V::R(R::C1) {
                // a high-byte source was read into C1, which now holds the carry
                return Err(l.err_unsupported(insn, "adc/sbb with a high-byte source"));
            }
            let op = if base == "adc" { AluOp::Add } else { AluOp::Sub };
            let ar = l.as_reg(a, R::T1);
            // a memory source was read into T0, which the exact sequence needs: park it in FB
            // (flag operands are only saved at the definition below, so FB is free here)
            let b = if b == V::R(R::T0) && w == 64 {
                l.emit(Op::Mov { d: R::FB, s: R::T0 });
                V::R(R::FB)
            } else {
                b
            };
            let exact = w == 64 && !matches!(ar, R::T0 | R::T1 | R::C0 | R::C1) && !matches!(b, V::R(R::T0 | R::T1 | R::C0 | R::C1));
            if !exact {
                l.emit(Op::Alu { op, w: W::W64, d: R::T1, a: ar, b });
                l.emit(Op::Alu { op, w: W::W64, d: R::T1, a: R::T1, b: V::R(R::C1) });
                l.write(insn, dst, w, V::R(R::T1), addr)?;
                l.flag_def(FlagKind::Opaque, w, V::R(R::T1), V::I(0));
                return Ok(());
            }
            // 64-bit adc/sbb with the flags computed here: CF from the two partial carries, OF
            // from the operand and result signs (the multi-word arithmetic of __int128)
            let alu = |l: &mut Lifter, op: AluOp, d: R, a: R, b: V| l.emit(Op::Alu { op, w: W::W64, d, a, b });
            if op == AluOp::Add {
                alu(l, AluOp::Add, R::T1, ar, b);
                l.emit(Op::SetCc { d: R::C0, cc: Cc::Ltu, a: R::T1, b: V::R(ar) });
                alu(l, AluOp::Add, R::T1, R::T1, V::R(R::C1));
                l.emit(Op::SetCc { d: R::T0, cc: Cc::Ltu, a: R::T1, b: V::R(R::C1) });
                alu(l, AluOp::Or, R::C0, R::C0, V::R(R::T0));
                // OF = sign of (a ^ r) & (b ^ r)
                alu(l, AluOp::Xor, R::T0, ar, V::R(R::T1));
                alu(l, AluOp::Xor, R::C1, R::T1, b);
            } else {
                let br = match b {
                    V::R(r) => r,
                    V::I(k) => {
                        l.emit(Op::Li { d: R::T0, imm: k });
                        R::T0
                    }
                };
                l.emit(Op::SetCc { d: R::C0, cc: Cc::Ltu, a: ar, b: V::R(br) });
                alu(l, AluOp::Sub, R::T1, ar, V::R(br));
                l.emit(Op::SetCc { d: R::T0, cc: Cc::Ltu, a: R::T1, b: V::R(R::C1) });
                alu(l, AluOp::Sub, R::T1, R::T1, V::R(R::C1));
                alu(l, AluOp::Or, R::C0, R::C0, V::R(R::T0));
                // OF = sign of (a ^ b) & (a ^ r)
                alu(l, AluOp::Xor, R::T0, ar, b);
                alu(l, AluOp::Xor, R::C1, ar, V::R(R::T1));
            }
            alu(l, AluOp::And, R::T0, R::T0, V::R(R::C1));
            alu(l, AluOp::Shr, R::T0, R::T0, V::I(63));
            alu(l, AluOp::Shl, R::T0, R::T0, V::I(3));
            alu(l, AluOp::Or, R::T0, R::T0, V::R(R::C0));
            l.write(insn, dst, w, V::R(R::T1), addr)?;
            l.flag_def(FlagKind::Eager, w, V::R(R::T0), V::R(R::T1));
            Ok(())
        }
    }
}

pub fn unary(l: &mut Lifter, insn: &Insn, base: &str) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    let w = l.width(insn, base)?;
    let dst = &insn.ops[0];
    let addr = l.rmw_addr(insn, dst)?;
    let a = l.read_rmw(insn, dst, w, addr)?;
    match base {
        "inc" => {
            l.flag_def(FlagKind::Inc, w, a, V::I(1));
            l.alu_to(insn, AluOp::Add, w, dst, a, V::I(1), addr)?;
        }
        "dec" => {
            l.flag_def(FlagKind::Dec, w, a, V::I(1));
            l.alu_to(insn, AluOp::Sub, w, dst, a, V::I(1), addr)?;
        }
        _ => {
            // neg: 0 - a, flags of a subtraction from zero (CF = a != 0)
            l.flag_def(FlagKind::Sub, w, V::R(R::Zero), a);
            let ar = l.as_reg(a, R::T1);
            l.alu_to(insn, AluOp::Sub, w, dst, V::R(R::Zero), V::R(ar), addr)?;
        }
    }
    Ok(())
}

pub fn mul(l: &mut Lifter, insn: &Insn, base: &str) -> Result<()> {
    l.expect_ops(insn, &[1, 2, 3])?;
    let w = l.width(insn, base)?;
    if insn.ops.len() == 1 {
        // one operand: rdx:rax = rax * src (signed for imul)
        let signed = base == "imul";
        let s = l.read_reg(insn, &insn.ops[0], w, R::T1)?;
        let (rax, rdx) = (gpr(regs::RAX), gpr(regs::RDX));
        match w {
            64 => {
                let hi = if signed { AluOp::MulHS } else { AluOp::MulHU };
                l.emit(Op::Alu { op: hi, w: W::W64, d: R::C0, a: rax, b: V::R(s) });
                l.emit(Op::Alu { op: AluOp::Mul, w: W::W64, d: rax, a: rax, b: V::R(s) });
                l.emit(Op::Mov { d: rdx, s: R::C0 });
            }
            32 => {
                l.emit(Op::Ext { d: R::C0, s: rax, bits: 32, signed });
                l.emit(Op::Ext { d: R::C1, s, bits: 32, signed });
                l.emit(Op::Alu { op: AluOp::Mul, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::C1) });
                l.emit(Op::Ext { d: rax, s: R::C0, bits: 32, signed: false });
                l.emit(Op::Alu { op: AluOp::Shr, w: W::W64, d: rdx, a: R::C0, b: V::I(32) });
            }
            _ => return Err(l.err_unsupported(insn, "8/16-bit one-operand multiply")),
        }
        l.flag_def(FlagKind::Opaque, w, V::R(rax), V::I(0));
        return Ok(());
    }
    if base == "mul" {
        return Err(l.err_syntax("`mul` takes one operand"));
    }
    if w < 16 {
        return Err(l.err_syntax("imul has no 8-bit two-operand form"));
    }
    let (src, a, dst) = if insn.ops.len() == 2 {
        let d = &insn.ops[1];
        let a = l.read(insn, d, w, R::T1)?;
        (&insn.ops[0], a, d)
    } else {
        let a = l.read(insn, &insn.ops[1], w, R::T1)?;
        (&insn.ops[0], a, &insn.ops[2])
    };
    if !matches!(dst, Operand::Reg(Reg::Gpr(_))) {
        return Err(l.err_syntax("imul destination must be a register"));
    }
    let b = l.read(insn, src, w, R::T0)?;
    let r = l.alu_to(insn, AluOp::Mul, w, dst, a, b, None)?;
    l.flag_def(FlagKind::Opaque, w, V::R(r), V::I(0));
    Ok(())
}

pub fn div(l: &mut Lifter, insn: &Insn, base: &str) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    let w = l.width(insn, base)?;
    let signed = base == "idiv";
    if w < 32 {
        return Err(l.err_unsupported(insn, "8/16-bit division"));
    }
    let want = if signed { super::DividendState::SignExtended(w) } else { super::DividendState::Zero };
    // rdx = 0 may also come from a copy of a zeroed register (clang: `xorl %ecx,%ecx; movl %ecx,%edx`)
    let rdx_zero = l.known[regs::RDX as usize] == super::Known::Const(0);
    if l.dividend != Some(want) && !(want == super::DividendState::Zero && rdx_zero) {
        return Err(l.err_unsupported(
            insn,
            format!(
                "`{}` divides rdx:rax, but rdx is not provably the {} of rax here (expected `{}` just before)",
                insn.mnemonic,
                if signed { "sign extension" } else { "zero extension" },
                if signed { if w == 64 { "cqto" } else { "cltd" } } else { "xor %edx, %edx" }
            ),
        ));
    }
    let s = l.read_reg(insn, &insn.ops[0], w, R::T1)?;
    let iw = if w == 64 { W::W64 } else { W::W32 };
    let (rax, rdx) = (gpr(regs::RAX), gpr(regs::RDX));
    let (qop, rop) = if signed { (AluOp::DivS, AluOp::RemS) } else { (AluOp::DivU, AluOp::RemU) };
    l.emit(Op::Alu { op: qop, w: iw, d: R::C0, a: rax, b: V::R(s) });
    l.emit(Op::Alu { op: rop, w: iw, d: rdx, a: rax, b: V::R(s) });
    l.emit(Op::Mov { d: rax, s: R::C0 });
    l.flag_def(FlagKind::Opaque, w, V::R(rax), V::I(0));
    Ok(())
}
