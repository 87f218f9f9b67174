//! Packed SSE2 (and the few SSE/SSSE3 forms gcc emits for vectorized loops): integer lane arithmetic,
//! compares, shifts, shuffles, unpacks, packs, packed float arithmetic and conversions.

use super::sse_scalar::xmm;
use super::Lifter;
use crate::asm::x86_64::{Insn, Operand, Reg};
use crate::error::Result;
use crate::ir::{AluOp, FArith, FPred, Op, Prec, VIntOp, R, X};

/// (op, lane bits) of a packed integer instruction
fn int_op(m: &str) -> Option<(VIntOp, u8)> {
    let lane = |c: &str| match c {
        "b" => Some(8),
        "w" => Some(16),
        "d" => Some(32),
        "q" => Some(64),
        _ => None,
    };
    let table: &[(&str, VIntOp)] = &[
        ("paddus", VIntOp::AddUSat),
        ("psubus", VIntOp::SubUSat),
        ("padds", VIntOp::AddSSat),
        ("psubs", VIntOp::SubSSat),
        ("padd", VIntOp::Add),
        ("psub", VIntOp::Sub),
        ("pcmpeq", VIntOp::CmpEq),
        ("pcmpgt", VIntOp::CmpGt),
    ];
    for (pre, op) in table {
        if let Some(rest) = m.strip_prefix(pre) {
            let l = lane(rest)?;
            if matches!(op, VIntOp::AddUSat | VIntOp::SubUSat | VIntOp::AddSSat | VIntOp::SubSSat) && l > 16 {
                return None;
            }
            if matches!(op, VIntOp::CmpEq | VIntOp::CmpGt) && l > 32 {
                return None;
            }
            return Some((*op, l));
        }
    }
    Some(match m {
        "pmullw" => (VIntOp::MulLo, 16),
        "pmulld" => (VIntOp::MulLo, 32),
        "pmulhw" => (VIntOp::MulHiS, 16),
        "pmulhuw" => (VIntOp::MulHiU, 16),
        "pminsw" => (VIntOp::MinS, 16),
        "pmaxsw" => (VIntOp::MaxS, 16),
        "pminub" => (VIntOp::MinU, 8),
        "pmaxub" => (VIntOp::MaxU, 8),
        "pminsd" => (VIntOp::MinS, 32),
        "pmaxsd" => (VIntOp::MaxS, 32),
        "pminud" => (VIntOp::MinU, 32),
        "pmaxud" => (VIntOp::MaxU, 32),
        "pminsb" => (VIntOp::MinS, 8),
        "pmaxsb" => (VIntOp::MaxS, 8),
        "pminuw" => (VIntOp::MinU, 16),
        "pmaxuw" => (VIntOp::MaxU, 16),
        "punpcklbw" => (VIntOp::UnpackLo, 8),
        "punpcklwd" => (VIntOp::UnpackLo, 16),
        "punpckldq" | "unpcklps" => (VIntOp::UnpackLo, 32),
        "punpcklqdq" | "unpcklpd" | "movlhps" => (VIntOp::UnpackLo, 64),
        "punpckhbw" => (VIntOp::UnpackHi, 8),
        "punpckhwd" => (VIntOp::UnpackHi, 16),
        "punpckhdq" | "unpckhps" => (VIntOp::UnpackHi, 32),
        "punpckhqdq" | "unpckhpd" => (VIntOp::UnpackHi, 64),
        _ => return None,
    })
}

fn shift_op(m: &str) -> Option<(AluOp, u8)> {
    Some(match m {
        "psllw" => (AluOp::Shl, 16),
        "pslld" => (AluOp::Shl, 32),
        "psllq" => (AluOp::Shl, 64),
        "psrlw" => (AluOp::Shr, 16),
        "psrld" => (AluOp::Shr, 32),
        "psrlq" => (AluOp::Shr, 64),
        "psraw" => (AluOp::Sar, 16),
        "psrad" => (AluOp::Sar, 32),
        _ => return None,
    })
}

fn farith_op(m: &str) -> Option<(FArith, Prec)> {
    let p = if m.ends_with("ps") {
        Prec::S
    } else if m.ends_with("pd") {
        Prec::D
    } else {
        return None;
    };
    let op = match &m[..m.len() - 2] {
        "add" => FArith::Add,
        "sub" => FArith::Sub,
        "mul" => FArith::Mul,
        "div" => FArith::Div,
        "min" => FArith::Min,
        "max" => FArith::Max,
        "sqrt" => FArith::Sqrt,
        _ => return None,
    };
    Some((op, p))
}


/// pmovsx / pmovzx: (from bits, to bits, signed)
fn extend_op(m: &str) -> Option<(u8, u8, bool)> {
    let (signed, rest) = if let Some(r) = m.strip_prefix("pmovsx") {
        (true, r)
    } else {
        (false, m.strip_prefix("pmovzx")?)
    };
    let bits = |c: u8| match c {
        b'b' => Some(8),
        b'w' => Some(16),
        b'd' => Some(32),
        b'q' => Some(64),
        _ => None,
    };
    let r = rest.as_bytes();
    if r.len() != 2 {
        return None;
    }
    let (from, to) = (bits(r[0])?, bits(r[1])?);
    (from < to).then_some((from, to, signed))
}

pub fn handles(m: &str) -> bool {
    extend_op(m).is_some()
        || matches!(
            m,
            "roundss" | "roundsd" | "pmuldq" | "packusdw" | "pblendw" | "blendps" | "blendpd" | "pblendvb" | "blendvps" | "blendvpd"
                | "pinsrb" | "pinsrw" | "pinsrd" | "pinsrq" | "pextrb" | "pextrd" | "pextrq" | "extractps" | "movshdup" | "movsldup"
                | "movddup" | "ptest" | "phminposuw"
        )
        || FPred::parse_cmp(m, true).is_some()
        || int_op(m).is_some()
        || shift_op(m).is_some()
        || farith_op(m).is_some()
        || matches!(
            m,
            "psrldq" | "pslldq" | "pshufd" | "pshuflw" | "pshufhw" | "pmaddwd" | "pmuludq" | "packuswb" | "packsswb" | "packssdw" | "cvtdq2pd" | "cvtdq2ps" | "cvttps2dq" | "cvtps2dq"
                | "movmskpd" | "movmskps" | "pmovmskb" | "pextrw" | "movhps" | "movlps" | "movhpd" | "movlpd" | "movhlps"
                | "shufps" | "shufpd"
        )
}

fn imm8(l: &Lifter, insn: &Insn, op: &Operand) -> Result<u8> {
    match op {
        Operand::Imm(e) if e.is_constant() => Ok(e.off as u8),
        _ => Err(l.err_syntax(format!("`{}` expects an immediate first operand", insn.mnemonic))),
    }
}

pub fn lift(l: &mut Lifter, insn: &Insn) -> Result<()> {
    let m = insn.mnemonic.as_str();
    if let Some((op, lane)) = int_op(m) {
        l.expect_ops(insn, &[2])?;
        let d = l.xdst(insn)?;
        let b = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
        l.emit(Op::VInt { op, lane, d, b });
        return Ok(());
    }
    if let Some((op, lane)) = shift_op(m) {
        l.expect_ops(insn, &[2])?;
        let d = l.xdst(insn)?;
        let n = match &insn.ops[0] {
            Operand::Imm(e) if e.is_constant() => e.off.clamp(0, 255) as u8,
            _ => return Err(l.err_unsupported(insn, "a packed shift by a register count is not supported yet")),
        };
        l.emit(Op::VShift { op, lane, d, n });
        return Ok(());
    }
    if let Some((pred, p)) = FPred::parse_cmp(m, true) {
        l.expect_ops(insn, &[2])?;
        let d = l.xdst(insn)?;
        let b = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
        l.emit(Op::VFCmpMask { p, pred, d, b });
        return Ok(());
    }
    if let Some((op, p)) = farith_op(m) {
        l.expect_ops(insn, &[2])?;
        let d = l.xdst(insn)?;
        let b = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
        l.emit(Op::VFArith { op, p, d, b });
        return Ok(());
    }
    if let Some((from, to, signed)) = extend_op(m) {
        l.expect_ops(insn, &[2])?;
        let d = l.xdst(insn)?;
        // the source is the low 128 * from / to bits
        let s = l.xsrc(insn, &insn.ops[0], (16 * from as u32 / to as u32).max(4) as u8, X::T0)?;
        l.emit(Op::VExtend { from, to, signed, d, s });
        return Ok(());
    }
    match m {
        "roundss" | "roundsd" => {
            l.expect_ops(insn, &[3])?;
            let imm = imm8(l, insn, &insn.ops[0])?;
            let p = if m == "roundss" { Prec::S } else { Prec::D };
            let d = l.xdst(insn)?;
            let s = l.xsrc(insn, &insn.ops[1], p.bytes(), X::T0)?;
            // bit 2 selects the MXCSR mode, which is round-to-nearest-even in C programs
            let mode = if imm & 4 != 0 { 0 } else { imm & 3 };
            l.emit(Op::FRound { p, d, s, mode });
        }
        "pmuldq" => {
            l.expect_ops(insn, &[2])?;
            let d = l.xdst(insn)?;
            let b = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
            l.emit(Op::VMulDq { d, b });
        }
        "packusdw" => {
            l.expect_ops(insn, &[2])?;
            let d = l.xdst(insn)?;
            let b = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
            l.emit(Op::VPack { lane: 32, signed_out: false, d, b });
        }
        "pblendw" | "blendps" | "blendpd" => {
            l.expect_ops(insn, &[3])?;
            let imm = imm8(l, insn, &insn.ops[0])?;
            let d = l.xdst(insn)?;
            let b = l.xsrc(insn, &insn.ops[1], 16, X::T0)?;
            let lane = match m {
                "pblendw" => 16,
                "blendps" => 32,
                _ => 64,
            };
            l.emit(Op::VBlend { lane, d, b, imm });
        }
        "pblendvb" | "blendvps" | "blendvpd" => {
            // the mask is %xmm0 (written as a third, first operand or implied)
            l.expect_ops(insn, &[2, 3])?;
            if insn.ops.len() == 3 && xmm(&insn.ops[0]) != Some(X::Xmm(0)) {
                return Err(l.err_syntax(format!("`{m}` takes its mask in %xmm0")));
            }
            let d = l.xdst(insn)?;
            let b = l.xsrc(insn, &insn.ops[insn.ops.len() - 2], 16, X::T0)?;
            let lane = match m {
                "pblendvb" => 8,
                "blendvps" => 32,
                _ => 64,
            };
            l.emit(Op::VBlendV { lane, d, b });
        }
        "pinsrb" | "pinsrw" | "pinsrd" | "pinsrq" => {
            l.expect_ops(insn, &[3])?;
            let lane = match m {
                "pinsrb" => 8,
                "pinsrw" => 16,
                "pinsrd" => 32,
                _ => 64,
            };
            let i = imm8(l, insn, &insn.ops[0])? & (128 / lane - 1);
            let d = l.xdst(insn)?;
            let s = l.read_reg(insn, &insn.ops[1], lane.max(32), R::T1)?;
            l.emit(Op::VInsert { lane, d, s, i });
        }
        "pextrb" | "pextrd" | "pextrq" | "extractps" => {
            l.expect_ops(insn, &[3])?;
            let lane = match m {
                "pextrb" => 8,
                "pextrq" => 64,
                _ => 32,
            };
            let i = imm8(l, insn, &insn.ops[0])? & (128 / lane - 1);
            let s = xmm(&insn.ops[1]).ok_or_else(|| l.err_syntax(format!("`{m}` expects an xmm source")))?;
            l.emit(Op::VExtract { lane, d: R::T1, s, i });
            let dst = insn.ops[2].clone();
            let w = if matches!(dst, Operand::Mem(_)) { lane } else if lane == 64 { 64 } else { 32 };
            l.write(insn, &dst, w, R::T1.into(), None)?;
        }
        "movshdup" | "movsldup" | "movddup" => {
            l.expect_ops(insn, &[2])?;
            let d = l.xdst(insn)?;
            let s = l.xsrc(insn, &insn.ops[0], if m == "movddup" { 8 } else { 16 }, X::T0)?;
            let imm = match m {
                "movshdup" => 0xF5,
                "movsldup" => 0xA0,
                _ => 0x44,
            };
            l.emit(Op::VShuf32 { d, s, imm });
        }
        "phminposuw" => {
            l.expect_ops(insn, &[2])?;
            let d = l.xdst(insn)?;
            let s = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
            l.emit(Op::VMinPos { d, s });
        }
        "ptest" => {
            l.expect_ops(insn, &[2])?;
            let a = l.xdst(insn)?;
            let b = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
            l.emit(Op::VPtest { a, b });
            // ZF = (a & b) == 0, CF = (~a & b) == 0, the other flags clear
            l.flag_def(crate::ir::FlagKind::Eager, 64, R::T0.into(), R::T1.into());
        }
        "psrldq" | "pslldq" => {
            l.expect_ops(insn, &[2])?;
            let n = imm8(l, insn, &insn.ops[0])?;
            let d = l.xdst(insn)?;
            l.emit(Op::VByteShift { left: m == "pslldq", d, n });
        }
        "pshufd" => {
            l.expect_ops(insn, &[3])?;
            let imm = imm8(l, insn, &insn.ops[0])?;
            let d = l.xdst(insn)?;
            let s = l.xsrc(insn, &insn.ops[1], 16, X::T0)?;
            l.emit(Op::VShuf32 { d, s, imm });
        }
        "shufps" | "shufpd" => {
            l.expect_ops(insn, &[3])?;
            let imm = imm8(l, insn, &insn.ops[0])?;
            let d = l.xdst(insn)?;
            let b = l.xsrc(insn, &insn.ops[1], 16, X::T0)?;
            l.emit(Op::VShufP { p: if m == "shufps" { Prec::S } else { Prec::D }, d, b, imm });
        }
        "pshuflw" | "pshufhw" => {
            l.expect_ops(insn, &[3])?;
            let imm = imm8(l, insn, &insn.ops[0])?;
            let d = l.xdst(insn)?;
            let s = l.xsrc(insn, &insn.ops[1], 16, X::T0)?;
            l.emit(Op::VShuf16 { hi: m == "pshufhw", d, s, imm });
        }
        "pmaddwd" => {
            l.expect_ops(insn, &[2])?;
            let d = l.xdst(insn)?;
            let b = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
            l.emit(Op::VMaddWd { d, b });
        }
        "pmuludq" => {
            l.expect_ops(insn, &[2])?;
            let d = l.xdst(insn)?;
            let b = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
            l.emit(Op::VMulUdq { d, b });
        }
        "packuswb" | "packsswb" | "packssdw" => {
            l.expect_ops(insn, &[2])?;
            let d = l.xdst(insn)?;
            let b = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
            let (lane, signed_out) = match m {
                "packuswb" => (16, false),
                "packsswb" => (16, true),
                _ => (32, true),
            };
            l.emit(Op::VPack { lane, signed_out, d, b });
        }
        "cvttps2dq" | "cvtps2dq" => {
            l.expect_ops(insn, &[2])?;
            let d = l.xdst(insn)?;
            let s = l.xsrc(insn, &insn.ops[0], 16, X::T0)?;
            l.emit(Op::VCvtPs2Dq { d, s, trunc: m == "cvttps2dq" });
        }
        "cvtdq2pd" | "cvtdq2ps" => {
            l.expect_ops(insn, &[2])?;
            let d = l.xdst(insn)?;
            let s = l.xsrc(insn, &insn.ops[0], if m == "cvtdq2pd" { 8 } else { 16 }, X::T0)?;
            l.emit(if m == "cvtdq2pd" { Op::VCvtDq2Pd { d, s } } else { Op::VCvtDq2Ps { d, s } });
        }
        "movmskpd" | "movmskps" | "pmovmskb" => {
            l.expect_ops(insn, &[2])?;
            let lane = match m {
                "movmskpd" => 64,
                "movmskps" => 32,
                _ => 8,
            };
            let s = xmm(&insn.ops[0]).ok_or_else(|| l.err_syntax(format!("`{m}` expects an xmm source")))?;
            l.emit(Op::VMovMsk { lane, d: R::T1, s });
            let dst = insn.ops[1].clone();
            l.write(insn, &dst, 32, R::T1.into(), None)?;
        }
        "pextrw" => {
            l.expect_ops(insn, &[3])?;
            let i = imm8(l, insn, &insn.ops[0])? & 7;
            let s = xmm(&insn.ops[1]).ok_or_else(|| l.err_syntax("`pextrw` expects an xmm source"))?;
            if !matches!(insn.ops[2], Operand::Reg(Reg::Gpr(_))) {
                return Err(l.err_unsupported(insn, "`pextrw` to memory is not supported yet"));
            }
            l.emit(Op::VExtract16 { d: R::T1, s, i });
            let dst = insn.ops[2].clone();
            l.write(insn, &dst, 32, R::T1.into(), None)?;
        }
        "movhps" | "movlps" | "movhpd" | "movlpd" => {
            l.expect_ops(insn, &[2])?;
            let hi = m.starts_with("movh");
            match (&insn.ops[0], &insn.ops[1]) {
                (Operand::Mem(mm), dst) if xmm(dst).is_some() => {
                    let (base, off) = l.addr(insn, mm)?;
                    l.emit(Op::VLoadHalf { hi, d: xmm(dst).unwrap(), base, off });
                }
                (src, Operand::Mem(mm)) if xmm(src).is_some() => {
                    let (base, off) = l.addr(insn, mm)?;
                    l.emit(Op::VStoreHalf { hi, s: xmm(src).unwrap(), base, off });
                }
                _ => return Err(l.err_syntax(format!("`{m}` moves between an xmm register and memory"))),
            }
        }
        "movhlps" => {
            l.expect_ops(insn, &[2])?;
            let d = l.xdst(insn)?;
            let b = xmm(&insn.ops[0]).ok_or_else(|| l.err_syntax("`movhlps` expects xmm operands"))?;
            l.emit(Op::VMoveHalf { to_hi: false, d, b });
        }
        _ => return Err(l.err_unsupported(insn, format!("instruction `{m}` is not supported by the translator"))),
    }
    Ok(())
}
