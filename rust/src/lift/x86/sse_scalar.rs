//! SSE scalar float/double: moves between xmm, memory and GPRs, arithmetic, conversions, compares,
//! and the 128-bit bitwise ops compilers use on scalars (abs/neg masks, zeroing).

use super::{gpr, Lifter};
use crate::asm::x86_64::{Insn, Operand, Reg};
use crate::error::Result;
use crate::ir::{FArith, FPred, FlagKind, Op, Prec, VLogic, R, V, X};

/// Is this mnemonic one of the scalar-SSE family handled here?
pub fn handles(m: &str) -> bool {
    matches!(
        m,
        "movss" | "movsd" | "movd" | "movq" | "movaps" | "movapd" | "movups" | "movupd" | "movdqa" | "movdqu"
            | "addss" | "addsd" | "subss" | "subsd" | "mulss" | "mulsd" | "divss" | "divsd" | "minss" | "minsd"
            | "maxss" | "maxsd" | "sqrtss" | "sqrtsd" | "cvtss2sd" | "cvtsd2ss" | "ucomiss" | "ucomisd" | "comiss"
            | "comisd" | "andps" | "andpd" | "orps" | "orpd" | "xorps" | "xorpd" | "andnps" | "andnpd" | "pand"
            | "por" | "pxor" | "pandn"
    ) || cvt_int_shape(m).is_some()
        || FPred::parse_cmp(m, false).is_some()
}

/// cvtsi2sd{l,q}, cvtsi2ss{l,q}, cvt(t)sd2si{,l,q}, cvt(t)ss2si{,l,q}:
/// (to_float, precision, integer width from the suffix if any, truncating)
fn cvt_int_shape(m: &str) -> Option<(bool, Prec, Option<u8>, bool)> {
    let suffix = |rest: &str| -> Option<Option<u8>> {
        match rest {
            "" => Some(None),
            "l" => Some(Some(32)),
            "q" => Some(Some(64)),
            _ => None,
        }
    };
    for (pre, to_float, p, trunc) in [
        ("cvtsi2sd", true, Prec::D, false),
        ("cvtsi2ss", true, Prec::S, false),
        ("cvttsd2si", false, Prec::D, true),
        ("cvttss2si", false, Prec::S, true),
        ("cvtsd2si", false, Prec::D, false),
        ("cvtss2si", false, Prec::S, false),
    ] {
        if let Some(rest) = m.strip_prefix(pre) {
            return suffix(rest).map(|w| (to_float, p, w, trunc));
        }
    }
    None
}


pub(super) fn xmm(op: &Operand) -> Option<X> {
    match op {
        Operand::Reg(Reg::Xmm(n)) => Some(X::Xmm(*n)),
        _ => None,
    }
}

fn is_gpr(op: &Operand) -> bool {
    matches!(op, Operand::Reg(Reg::Gpr(_)))
}

impl Lifter<'_> {
    /// An xmm source: the register, or `bytes` loaded from memory into `tmp` (zero-extended).
    pub(super) fn xsrc(&mut self, insn: &Insn, op: &Operand, bytes: u8, tmp: X) -> Result<X> {
        if let Some(x) = xmm(op) {
            return Ok(x);
        }
        match op {
            Operand::Mem(m) => {
                let (base, off) = self.addr(insn, m)?;
                self.emit(Op::VLoad { d: tmp, base, off, bytes });
                Ok(tmp)
            }
            _ => Err(self.err_syntax(format!("`{}` expects an xmm register or memory operand", insn.mnemonic))),
        }
    }

    /// The xmm destination (the last operand) of an SSE instruction.
    pub(super) fn xdst(&self, insn: &Insn) -> Result<X> {
        insn.ops.last().and_then(xmm).ok_or_else(|| self.err_syntax(format!("`{}` expects an xmm register destination", insn.mnemonic)))
    }

    fn xstore(&mut self, insn: &Insn, s: X, op: &Operand, bytes: u8) -> Result<()> {
        let Operand::Mem(m) = op else {
            return Err(self.err_syntax(format!("`{}` expects a memory or xmm destination", insn.mnemonic)));
        };
        let (base, off) = self.addr(insn, m)?;
        self.emit(Op::VStore { s, base, off, bytes });
        Ok(())
    }
}

pub fn lift(l: &mut Lifter, insn: &Insn) -> Result<()> {
    let m = insn.mnemonic.as_str();
    if let Some((to_float, p, w, trunc)) = cvt_int_shape(m) {
        return convert_int(l, insn, to_float, p, w, trunc);
    }
    if let Some((pred, p)) = FPred::parse_cmp(m, false) {
        l.expect_ops(insn, &[2])?;
        let d = l.xdst(insn)?;
        let b = l.xsrc(insn, &insn.ops[0], p.bytes(), X::T0)?;
        l.emit(Op::FCmpMask { p, pred, d, b });
        return Ok(());
    }
    l.expect_ops(insn, &[2])?;
    let (src, dst) = (&insn.ops[0], &insn.ops[1]);
    let prec = |m: &str| if m.ends_with("ss") || m.ends_with("ps") { Prec::S } else { Prec::D };
    match m {
        "movss" | "movsd" => {
            let p = prec(m);
            match (xmm(src), xmm(dst)) {
                (Some(s), Some(d)) => l.emit(Op::FMovLane { p, d, s }),
                (Some(s), None) => l.xstore(insn, s, dst, p.bytes())?,
                (None, Some(d)) => {
                    l.xsrc(insn, src, p.bytes(), d)?;
                }
                (None, None) => return Err(l.err_syntax(format!("`{m}` needs an xmm operand"))),
            }
            Ok(())
        }
        "movd" | "movq" => {
            let bits = if m == "movd" { 32 } else { 64 };
            match (xmm(src), xmm(dst)) {
                (Some(s), Some(d)) if bits == 64 => l.emit(Op::VMovq { d, s }),
                (Some(_), Some(_)) => return Err(l.err_syntax("`movd` between xmm registers")),
                (Some(s), None) if is_gpr(dst) => {
                    l.emit(Op::VToGpr { d: R::T1, s, bits });
                    l.write(insn, dst, bits, V::R(R::T1), None)?;
                }
                (Some(s), None) => l.xstore(insn, s, dst, bits / 8)?,
                (None, Some(d)) if matches!(src, Operand::Mem(_)) => {
                    l.xsrc(insn, src, bits / 8, d)?;
                }
                (None, Some(d)) => {
                    let s = l.read_reg(insn, src, bits, R::T1)?;
                    l.emit(Op::VFromGpr { d, s, bits });
                }
                (None, None) => return Err(l.err_syntax(format!("`{m}` needs an xmm operand"))),
            }
            Ok(())
        }
        "movaps" | "movapd" | "movups" | "movupd" | "movdqa" | "movdqu" => {
            match (xmm(src), xmm(dst)) {
                (Some(s), Some(d)) => {
                    if s != d {
                        l.emit(Op::VCopy { d, s })
                    }
                }
                (Some(s), None) => l.xstore(insn, s, dst, 16)?,
                (None, Some(d)) => {
                    l.xsrc(insn, src, 16, d)?;
                }
                (None, None) => return Err(l.err_syntax(format!("`{m}` needs an xmm operand"))),
            }
            Ok(())
        }
        "addss" | "addsd" | "subss" | "subsd" | "mulss" | "mulsd" | "divss" | "divsd" | "minss" | "minsd" | "maxss" | "maxsd"
        | "sqrtss" | "sqrtsd" => {
            let p = prec(m);
            let op = match &m[..m.len() - 2] {
                "add" => FArith::Add,
                "sub" => FArith::Sub,
                "mul" => FArith::Mul,
                "div" => FArith::Div,
                "min" => FArith::Min,
                "max" => FArith::Max,
                _ => FArith::Sqrt,
            };
            let d = l.xdst(insn)?;
            let b = l.xsrc(insn, src, p.bytes(), X::T0)?;
            l.emit(Op::FArith { op, p, d, b });
            Ok(())
        }
        "cvtss2sd" | "cvtsd2ss" => {
            let to = if m == "cvtss2sd" { Prec::D } else { Prec::S };
            let from = if to == Prec::D { Prec::S } else { Prec::D };
            let d = l.xdst(insn)?;
            let s = l.xsrc(insn, src, from.bytes(), X::T0)?;
            l.emit(Op::FCvt { to, d, s });
            Ok(())
        }
        "ucomiss" | "ucomisd" | "comiss" | "comisd" => {
            let p = prec(m);
            let a = l.xdst(insn)?;
            let b = l.xsrc(insn, src, p.bytes(), X::T0)?;
            l.emit(Op::FCmp { p, d: R::T1, a, b });
            l.flag_def(FlagKind::FCmp, 64, V::R(R::T1), V::I(0));
            Ok(())
        }
        _ => {
            // 128-bit bitwise
            let op = match m {
                "andps" | "andpd" | "pand" => VLogic::And,
                "orps" | "orpd" | "por" => VLogic::Or,
                "xorps" | "xorpd" | "pxor" => VLogic::Xor,
                _ => VLogic::AndN,
            };
            let d = l.xdst(insn)?;
            if op == VLogic::Xor && xmm(src) == Some(d) {
                l.emit(Op::VZero { d });
                return Ok(());
            }
            let b = l.xsrc(insn, src, 16, X::T0)?;
            l.emit(Op::VLogic { op, d, b });
            Ok(())
        }
    }
}

fn convert_int(l: &mut Lifter, insn: &Insn, to_float: bool, p: Prec, w: Option<u8>, trunc: bool) -> Result<()> {
    l.expect_ops(insn, &[2])?;
    let (src, dst) = (&insn.ops[0], &insn.ops[1]);
    if to_float {
        let bits = match (w, src) {
            (Some(b), _) => b,
            (None, Operand::Reg(Reg::Gpr(g))) => g.width,
            _ => return Err(l.err_syntax(format!("cannot tell the operand size of `{}`: add an l/q suffix", insn.mnemonic))),
        };
        let d = l.xdst(insn)?;
        let s = l.read_reg(insn, src, bits, R::T1)?;
        l.emit(Op::FFromInt { p, d, s, bits });
        Ok(())
    } else {
        let Operand::Reg(Reg::Gpr(g)) = dst else {
            return Err(l.err_syntax(format!("`{}` needs a general register destination", insn.mnemonic)));
        };
        let bits = w.unwrap_or(g.width);
        let s = l.xsrc(insn, src, p.bytes(), X::T0)?;
        l.emit(Op::FToInt { p, d: gpr(g.num), s, bits, trunc });
        Ok(())
    }
}
