//! SSE ops on AArch64: xmm registers map onto 128-bit NEON registers, so scalar SSE becomes scalar FP
//! and packed SSE2 becomes NEON, mostly one instruction per x86 instruction.
//!
//! Scalar AArch64 FP writes zero the rest of the register while x86 keeps it; when the file reads high
//! halves (`track_hi`), scalar results are computed into a scratch register and inserted into lane 0.

use super::imms::mov_sequence;
use super::lower::Aarch64;
use super::regs::{name, w, SCRATCH, SCRATCH2};
use crate::ir::{AluOp, FArith, FRel, Op, Prec, VIntOp, VLogic, X};

/// NEON register number of each xmm register (v8-v15 are callee-saved in AAPCS64: not used).
pub const XMM: [u8; 16] = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
/// scratch vector registers
const V0: u8 = 26;
const V1: u8 = 27;

pub fn vnum(x: X) -> u8 {
    match x {
        X::Xmm(n) => XMM[n as usize],
        X::T0 => 24,
        X::T1 => 25,
    }
}

fn p(pr: Prec) -> char {
    match pr {
        Prec::S => 's',
        Prec::D => 'd',
    }
}

/// arrangement of `lane`-bit lanes filling 128 bits
fn arr(lane: u8) -> &'static str {
    match lane {
        8 => "16b",
        16 => "8h",
        32 => "4s",
        _ => "2d",
    }
}

fn farr(pr: Prec) -> &'static str {
    match pr {
        Prec::S => "4s",
        Prec::D => "2d",
    }
}

impl Aarch64 {
    /// The register a scalar result for `d` is computed into.
    fn res(&self, d: X) -> u8 {
        if self.track_hi {
            V0
        } else {
            vnum(d)
        }
    }

    /// Move a scalar result from register `r` into lane 0 of `d`.
    fn put(&self, pr: Prec, d: X, r: u8, out: &mut Vec<String>) {
        let dn = vnum(d);
        if r == dn {
            return;
        }
        if self.track_hi {
            out.push(format!("\tmov v{dn}.{}[0], v{r}.{}[0]", p(pr), p(pr)));
        } else {
            out.push(format!("\tfmov {}{dn}, {}{r}", p(pr), p(pr)));
        }
    }

    fn vmem(base: crate::ir::R, off: i64, out: &mut Vec<String>) -> (String, bool) {
        let m = Self::mem(base, off, out);
        let unscaled = m.contains('#');
        (m, unscaled)
    }

    pub(super) fn vop(&mut self, op: &Op, out: &mut Vec<String>) {
        match op {
            // singles in a vector register are what AAPCS64 wants already
            Op::FBox { .. } => {}
            Op::VZero { d } => out.push(format!("\tmovi v{}.2d, #0", vnum(*d))),
            Op::VCopy { d, s } => out.push(format!("\tmov v{}.16b, v{}.16b", vnum(*d), vnum(*s))),
            Op::VLoad { d, base, off, bytes } => {
                let (m, u) = Self::vmem(*base, *off, out);
                let r = match bytes {
                    4 => 's',
                    8 => 'd',
                    _ => 'q',
                };
                out.push(format!("\tldr{} {r}{}, {m}", if u { "u" } else { "" }, vnum(*d)).replace("ldru", "ldur"));
            }
            Op::VStore { s, base, off, bytes } => {
                let (m, u) = Self::vmem(*base, *off, out);
                let r = match bytes {
                    4 => 's',
                    8 => 'd',
                    _ => 'q',
                };
                out.push(format!("\t{} {r}{}, {m}", if u { "stur" } else { "str" }, vnum(*s)));
            }
            Op::VFromGpr { d, s, bits } => {
                if *bits == 64 {
                    out.push(format!("\tfmov d{}, {}", vnum(*d), name(*s)));
                } else {
                    out.push(format!("\tfmov s{}, {}", vnum(*d), w(name(*s))));
                }
            }
            Op::VToGpr { d, s, bits } => {
                if *bits == 64 {
                    out.push(format!("\tfmov {}, d{}", name(*d), vnum(*s)));
                } else {
                    out.push(format!("\tfmov {}, s{}", w(name(*d)), vnum(*s)));
                }
            }
            Op::VMovq { d, s } => out.push(format!("\tfmov d{}, d{}", vnum(*d), vnum(*s))),
            Op::FMovLane { p: pr, d, s } => {
                if d != s {
                    out.push(format!("\tmov v{}.{}[0], v{}.{}[0]", vnum(*d), p(*pr), vnum(*s), p(*pr)));
                }
            }
            Op::FArith { op, p: pr, d, b } => {
                let c = p(*pr);
                // arithmetic that can make a NaN goes to a scratch register: the operands are
                // needed afterwards to tell a made-up NaN from a propagated one
                let makes_nan = !matches!(op, FArith::Min | FArith::Max);
                let (r, a, bn) = (if makes_nan { V0 } else { self.res(*d) }, vnum(*d), vnum(*b));
                match op {
                    FArith::Add | FArith::Sub | FArith::Mul | FArith::Div => {
                        let m = match op {
                            FArith::Add => "fadd",
                            FArith::Sub => "fsub",
                            FArith::Mul => "fmul",
                            _ => "fdiv",
                        };
                        out.push(format!("\t{m} {c}{r}, {c}{a}, {c}{bn}"));
                    }
                    FArith::Sqrt => out.push(format!("\tfsqrt {c}{r}, {c}{bn}")),
                    FArith::Min | FArith::Max => {
                        // x86: the first operand only if it compares strictly less (greater)
                        out.push(format!("\tfcmp {c}{a}, {c}{bn}"));
                        let cond = if *op == FArith::Min { "mi" } else { "gt" };
                        out.push(format!("\tfcsel {c}{r}, {c}{a}, {c}{bn}, {cond}"));
                    }
                }
                if makes_nan {
                    // x86's default NaN is negative (AArch64's is positive); input NaNs propagate alike
                    let done = self.fresh();
                    out.push(format!("\tfcmp {c}{r}, {c}{r}"));
                    out.push(format!("\tb.vc {done}"));
                    if *op != FArith::Sqrt {
                        out.push(format!("\tfcmp {c}{a}, {c}{a}"));
                        out.push(format!("\tb.vs {done}"));
                    }
                    out.push(format!("\tfcmp {c}{bn}, {c}{bn}"));
                    out.push(format!("\tb.vs {done}"));
                    if *pr == Prec::D {
                        out.extend(mov_sequence(SCRATCH, 0xFFF8_0000_0000_0000));
                        out.push(format!("\tfmov d{r}, {SCRATCH}"));
                    } else {
                        out.extend(mov_sequence(SCRATCH, 0xFFC0_0000));
                        out.push(format!("\tfmov s{r}, {}", w(SCRATCH)));
                    }
                    out.push(format!("{done}:"));
                }
                let save = self.track_hi;
                if makes_nan && !save {
                    // V0 is a scratch register: a plain scalar move into d is enough
                    out.push(format!("\tfmov {c}{}, {c}{r}", vnum(*d)));
                } else {
                    self.put(*pr, *d, r, out);
                }
            }
            Op::FCvt { to, d, s } => {
                let r = self.res(*d);
                let from = if *to == Prec::D { 's' } else { 'd' };
                out.push(format!("\tfcvt {}{r}, {from}{}", p(*to), vnum(*s)));
                self.put(*to, *d, r, out);
            }
            Op::FFromInt { p: pr, d, s, bits } => {
                let r = self.res(*d);
                let sn = if *bits == 64 { name(*s).to_string() } else { w(name(*s)) };
                out.push(format!("\tscvtf {}{r}, {sn}", p(*pr)));
                self.put(*pr, *d, r, out);
            }
            Op::FToInt { p: pr, d, s, bits, trunc } => {
                let dn = if *bits == 64 { name(*d).to_string() } else { w(name(*d)) };
                let k = if *bits == 64 { SCRATCH2.to_string() } else { w(SCRATCH2) };
                // x86 gives the "integer indefinite" 1 << (bits-1) when the conversion is invalid
                out.push("\tmsr fpsr, xzr".into());
                out.push(format!("\t{} {dn}, {}{}", if *trunc { "fcvtzs" } else { "fcvtns" }, p(*pr), vnum(*s)));
                out.push(format!("\tmrs {SCRATCH}, fpsr"));
                out.extend(mov_sequence(SCRATCH2, 1u64 << (bits - 1)));
                out.push(format!("\ttst {SCRATCH}, #1"));
                out.push(format!("\tcsel {dn}, {k}, {dn}, ne"));
            }
            Op::FCmp { p: pr, d, a, b } => {
                let c = p(*pr);
                let dn = name(*d);
                let (s1, s2) = (w(SCRATCH), w(SCRATCH2));
                // code = CF | ZF << 1: CF = less or unordered, ZF = equal or unordered
                out.push(format!("\tfcmp {c}{}, {c}{}", vnum(*a), vnum(*b)));
                out.push(format!("\tcset {s1}, eq"));
                out.push(format!("\tcset {s2}, vs"));
                out.push(format!("\torr {s1}, {s1}, {s2}"));
                out.push(format!("\tcset {}, lt", w(dn)));
                out.push(format!("\torr {dn}, {dn}, {SCRATCH}, lsl #1"));
            }
            Op::FCmpMask { p: pr, pred, d, b } => {
                let c = p(*pr);
                let (a, bn) = (vnum(*d), vnum(*b));
                let (rel, negate) = pred.split();
                // fcmgt/fcmge test b > a / b >= a for a < b / a <= b
                let (m, x, y) = match rel {
                    FRel::Eq => ("fcmeq", a, bn),
                    FRel::Lt => ("fcmgt", bn, a),
                    FRel::Le => ("fcmge", bn, a),
                    FRel::Ord => ("", a, bn),
                };
                if m.is_empty() {
                    out.push(format!("\tfcmeq {c}{V0}, {c}{x}, {c}{x}"));
                    out.push(format!("\tfcmeq {c}{V1}, {c}{y}, {c}{y}"));
                    out.push(format!("\tand v{V0}.8b, v{V0}.8b, v{V1}.8b"));
                } else {
                    out.push(format!("\t{m} {c}{V0}, {c}{x}, {c}{y}"));
                }
                if negate {
                    out.push(format!("\tmvn v{V0}.8b, v{V0}.8b"));
                }
                let save = self.track_hi;
                self.track_hi = true; // always insert: V0 is a scratch register
                self.put(*pr, *d, V0, out);
                self.track_hi = save;
            }
            Op::VLogic { op, d, b } => {
                let (dn, bn) = (vnum(*d), vnum(*b));
                let line = match op {
                    VLogic::And => format!("and v{dn}.16b, v{dn}.16b, v{bn}.16b"),
                    VLogic::Or => format!("orr v{dn}.16b, v{dn}.16b, v{bn}.16b"),
                    VLogic::Xor => format!("eor v{dn}.16b, v{dn}.16b, v{bn}.16b"),
                    VLogic::AndN => format!("bic v{dn}.16b, v{bn}.16b, v{dn}.16b"),
                };
                out.push(format!("\t{line}"));
            }
            Op::VInt { op, lane, d, b } => {
                let (dn, bn, t) = (vnum(*d), vnum(*b), arr(*lane));
                let simple = match op {
                    VIntOp::Add => Some("add"),
                    VIntOp::Sub => Some("sub"),
                    VIntOp::AddUSat => Some("uqadd"),
                    VIntOp::SubUSat => Some("uqsub"),
                    VIntOp::AddSSat => Some("sqadd"),
                    VIntOp::SubSSat => Some("sqsub"),
                    VIntOp::MulLo => Some("mul"),
                    VIntOp::CmpEq => Some("cmeq"),
                    VIntOp::CmpGt => Some("cmgt"),
                    VIntOp::MinS => Some("smin"),
                    VIntOp::MaxS => Some("smax"),
                    VIntOp::MinU => Some("umin"),
                    VIntOp::MaxU => Some("umax"),
                    VIntOp::UnpackLo => Some("zip1"),
                    VIntOp::UnpackHi => Some("zip2"),
                    VIntOp::MulHiS | VIntOp::MulHiU => None,
                };
                match simple {
                    Some(m) => out.push(format!("\t{m} v{dn}.{t}, v{dn}.{t}, v{bn}.{t}")),
                    None => {
                        let m = if *op == VIntOp::MulHiS { "smull" } else { "umull" };
                        out.push(format!("\t{m} v{V0}.4s, v{dn}.4h, v{bn}.4h"));
                        out.push(format!("\t{m}2 v{V1}.4s, v{dn}.8h, v{bn}.8h"));
                        out.push(format!("\tuzp2 v{dn}.8h, v{V0}.8h, v{V1}.8h"));
                    }
                }
            }
            Op::VShift { op, lane, d, n } => {
                let (dn, t) = (vnum(*d), arr(*lane));
                let n = *n as u32;
                let lane = *lane as u32;
                match op {
                    _ if n == 0 => {}
                    AluOp::Sar => out.push(format!("\tsshr v{dn}.{t}, v{dn}.{t}, #{}", n.min(lane))),
                    _ if n >= lane => out.push(format!("\tmovi v{dn}.2d, #0")),
                    AluOp::Shl => out.push(format!("\tshl v{dn}.{t}, v{dn}.{t}, #{n}")),
                    _ => out.push(format!("\tushr v{dn}.{t}, v{dn}.{t}, #{n}")),
                }
            }
            Op::VByteShift { left, d, n } => {
                let dn = vnum(*d);
                let n = (*n).min(16);
                if n == 16 {
                    out.push(format!("\tmovi v{dn}.2d, #0"));
                } else if n > 0 {
                    out.push(format!("\tmovi v{V0}.2d, #0"));
                    if *left {
                        out.push(format!("\text v{dn}.16b, v{V0}.16b, v{dn}.16b, #{}", 16 - n));
                    } else {
                        out.push(format!("\text v{dn}.16b, v{dn}.16b, v{V0}.16b, #{n}"));
                    }
                }
            }
            Op::VShuf32 { d, s, imm } => {
                let sn = vnum(*s);
                for i in 0..4 {
                    out.push(format!("\tmov v{V0}.s[{i}], v{sn}.s[{}]", (imm >> (2 * i)) & 3));
                }
                out.push(format!("\tmov v{}.16b, v{V0}.16b", vnum(*d)));
            }
            Op::VShufP { p: pr, d, b, imm } => {
                let (dn, bn) = (vnum(*d), vnum(*b));
                match pr {
                    Prec::S => {
                        for i in 0..4 {
                            let from = if i < 2 { dn } else { bn };
                            out.push(format!("\tmov v{V0}.s[{i}], v{from}.s[{}]", (imm >> (2 * i)) & 3));
                        }
                    }
                    Prec::D => {
                        out.push(format!("\tmov v{V0}.d[0], v{dn}.d[{}]", imm & 1));
                        out.push(format!("\tmov v{V0}.d[1], v{bn}.d[{}]", (imm >> 1) & 1));
                    }
                }
                out.push(format!("\tmov v{dn}.16b, v{V0}.16b"));
            }
            Op::VShuf16 { hi, d, s, imm } => {
                let sn = vnum(*s);
                let base = if *hi { 4 } else { 0 };
                out.push(format!("\tmov v{V0}.16b, v{sn}.16b"));
                for i in 0..4 {
                    out.push(format!("\tmov v{V0}.h[{}], v{sn}.h[{}]", base + i, base + ((imm >> (2 * i)) & 3)));
                }
                out.push(format!("\tmov v{}.16b, v{V0}.16b", vnum(*d)));
            }
            Op::VMaddWd { d, b } => {
                let (dn, bn) = (vnum(*d), vnum(*b));
                out.push(format!("\tsmull v{V0}.4s, v{dn}.4h, v{bn}.4h"));
                out.push(format!("\tsmull2 v{V1}.4s, v{dn}.8h, v{bn}.8h"));
                out.push(format!("\taddp v{dn}.4s, v{V0}.4s, v{V1}.4s"));
            }
            Op::VFCmpMask { p: pr, pred, d, b } => {
                let (dn, bn, t) = (vnum(*d), vnum(*b), farr(*pr));
                let (rel, negate) = pred.split();
                // fcmgt/fcmge test b > a / b >= a for a < b / a <= b
                let (m, x, y) = match rel {
                    FRel::Eq => ("fcmeq", dn, bn),
                    FRel::Lt => ("fcmgt", bn, dn),
                    FRel::Le => ("fcmge", bn, dn),
                    FRel::Ord => ("", dn, bn),
                };
                if m.is_empty() {
                    out.push(format!("\tfcmeq v{V0}.{t}, v{x}.{t}, v{x}.{t}"));
                    out.push(format!("\tfcmeq v{V1}.{t}, v{y}.{t}, v{y}.{t}"));
                    out.push(format!("\tand v{V0}.16b, v{V0}.16b, v{V1}.16b"));
                } else {
                    out.push(format!("\t{m} v{V0}.{t}, v{x}.{t}, v{y}.{t}"));
                }
                if negate {
                    out.push(format!("\tmvn v{V0}.16b, v{V0}.16b"));
                }
                out.push(format!("\tmov v{dn}.16b, v{V0}.16b"));
            }
            Op::FRound { p: pr, d, s, mode } => {
                let r = self.res(*d);
                let m = ["frintn", "frintm", "frintp", "frintz"][*mode as usize & 3];
                out.push(format!("\t{m} {}{r}, {}{}", p(*pr), p(*pr), vnum(*s)));
                self.put(*pr, *d, r, out);
            }
            Op::VExtend { from, to, signed, d, s } => {
                let m = if *signed { "sxtl" } else { "uxtl" };
                let mut src = vnum(*s);
                let mut w = *from;
                while w < *to {
                    let (narrow, wide) = match w {
                        8 => ("8b", "8h"),
                        16 => ("4h", "4s"),
                        _ => ("2s", "2d"),
                    };
                    out.push(format!("\t{m} v{V0}.{wide}, v{src}.{narrow}"));
                    src = V0;
                    w *= 2;
                }
                out.push(format!("\tmov v{}.16b, v{V0}.16b", vnum(*d)));
            }
            Op::VMulDq { d, b } => {
                let (dn, bn) = (vnum(*d), vnum(*b));
                out.push(format!("\txtn v{V0}.2s, v{dn}.2d"));
                out.push(format!("\txtn v{V1}.2s, v{bn}.2d"));
                out.push(format!("\tsmull v{dn}.2d, v{V0}.2s, v{V1}.2s"));
            }
            Op::VBlend { lane, d, b, imm } => {
                let (dn, bn) = (vnum(*d), vnum(*b));
                let c = match lane {
                    16 => 'h',
                    32 => 's',
                    _ => 'd',
                };
                for i in 0..128 / *lane as u32 {
                    if (*imm as u32 >> i) & 1 != 0 {
                        out.push(format!("\tmov v{dn}.{c}[{i}], v{bn}.{c}[{i}]"));
                    }
                }
            }
            Op::VBlendV { lane, d, b } => {
                let t = arr(*lane);
                out.push(format!("\tcmlt v{V0}.{t}, v0.{t}, #0"));
                out.push(format!("\tbit v{}.16b, v{}.16b, v{V0}.16b", vnum(*d), vnum(*b)));
            }
            Op::VInsert { lane, d, s, i } => {
                let (c, src) = match lane {
                    8 => ('b', w(name(*s))),
                    16 => ('h', w(name(*s))),
                    32 => ('s', w(name(*s))),
                    _ => ('d', name(*s).to_string()),
                };
                out.push(format!("\tmov v{}.{c}[{i}], {src}", vnum(*d)));
            }
            Op::VExtract { lane, d, s, i } => {
                let (c, dst) = match lane {
                    8 => ('b', w(name(*d))),
                    16 => ('h', w(name(*d))),
                    32 => ('s', w(name(*d))),
                    _ => ('d', name(*d).to_string()),
                };
                out.push(format!("\tumov {dst}, v{}.{c}[{i}]", vnum(*s)));
            }
            Op::VMinPos { d, s } => {
                let (dn, sn) = (vnum(*d), vnum(*s));
                let (m, c, i) = (w(SCRATCH2), w(SCRATCH), w(name(crate::ir::R::T0)));
                out.push(format!("\tumov {m}, v{sn}.h[0]"));
                out.push(format!("\tmov {i}, #0"));
                for k in 1..8 {
                    let skip = self.fresh();
                    out.push(format!("\tumov {c}, v{sn}.h[{k}]"));
                    out.push(format!("\tcmp {c}, {m}"));
                    out.push(format!("\tb.hs {skip}"));
                    out.push(format!("\tmov {m}, {c}"));
                    out.push(format!("\tmov {i}, #{k}"));
                    out.push(format!("{skip}:"));
                }
                out.push(format!("\tmovi v{dn}.2d, #0"));
                out.push(format!("\tmov v{dn}.h[0], {m}"));
                out.push(format!("\tmov v{dn}.h[1], {i}"));
            }
            Op::VPtest { a, b } => {
                let (an, bn) = (vnum(*a), vnum(*b));
                let (cf, nz) = (name(crate::ir::R::T0), name(crate::ir::R::T1));
                out.push(format!("\tand v{V0}.16b, v{an}.16b, v{bn}.16b"));
                out.push(format!("\tbic v{V1}.16b, v{bn}.16b, v{an}.16b"));
                out.push(format!("\tumaxv s{V0}, v{V0}.4s"));
                out.push(format!("\tumaxv s{V1}, v{V1}.4s"));
                out.push(format!("\tfmov {}, s{V0}", w(nz)));
                out.push(format!("\tfmov {}, s{V1}", w(cf)));
                out.push(format!("\tcmp {}, #0", w(nz)));
                out.push(format!("\tcset {nz}, ne"));
                out.push(format!("\tcmp {}, #0", w(cf)));
                out.push(format!("\tcset {cf}, eq"));
            }
            Op::VMulUdq { d, b } => {
                let (dn, bn) = (vnum(*d), vnum(*b));
                out.push(format!("\txtn v{V0}.2s, v{dn}.2d"));
                out.push(format!("\txtn v{V1}.2s, v{bn}.2d"));
                out.push(format!("\tumull v{dn}.2d, v{V0}.2s, v{V1}.2s"));
            }
            Op::VPack { lane, signed_out, d, b } => {
                let (dn, bn) = (vnum(*d), vnum(*b));
                let m = if *signed_out { "sqxtn" } else { "sqxtun" };
                let (narrow, full, src) = if *lane == 16 { ("8b", "16b", "8h") } else { ("4h", "8h", "4s") };
                out.push(format!("\t{m} v{V0}.{narrow}, v{dn}.{src}"));
                out.push(format!("\t{m}2 v{V0}.{full}, v{bn}.{src}"));
                out.push(format!("\tmov v{dn}.16b, v{V0}.16b"));
            }
            Op::VFArith { op, p: pr, d, b } => {
                let (dn, bn, t) = (vnum(*d), vnum(*b), farr(*pr));
                let makes_nan = !matches!(op, FArith::Min | FArith::Max);
                if makes_nan {
                    // lanes whose operands are all numbers (a NaN result there is the default NaN)
                    out.push(format!("\tfcmeq v{V0}.{t}, v{bn}.{t}, v{bn}.{t}"));
                    if *op != FArith::Sqrt {
                        out.push(format!("\tfcmeq v{V1}.{t}, v{dn}.{t}, v{dn}.{t}"));
                        out.push(format!("\tand v{V0}.16b, v{V0}.16b, v{V1}.16b"));
                    }
                }
                match op {
                    FArith::Add => out.push(format!("\tfadd v{dn}.{t}, v{dn}.{t}, v{bn}.{t}")),
                    FArith::Sub => out.push(format!("\tfsub v{dn}.{t}, v{dn}.{t}, v{bn}.{t}")),
                    FArith::Mul => out.push(format!("\tfmul v{dn}.{t}, v{dn}.{t}, v{bn}.{t}")),
                    FArith::Div => out.push(format!("\tfdiv v{dn}.{t}, v{dn}.{t}, v{bn}.{t}")),
                    FArith::Sqrt => out.push(format!("\tfsqrt v{dn}.{t}, v{bn}.{t}")),
                    FArith::Min | FArith::Max => {
                        // lanes of d where d < b (min) / d > b (max), else b (also for NaN)
                        let (x, y) = if *op == FArith::Min { (bn, dn) } else { (dn, bn) };
                        out.push(format!("\tfcmgt v{V0}.{t}, v{x}.{t}, v{y}.{t}"));
                        out.push(format!("\tbsl v{V0}.16b, v{dn}.16b, v{bn}.16b"));
                        out.push(format!("\tmov v{dn}.16b, v{V0}.16b"));
                    }
                }
                if makes_nan {
                    // x86's default NaN is negative, AArch64's positive (input NaNs propagate alike):
                    // set the sign of NaN results in those lanes
                    out.push(format!("\tfcmeq v{V1}.{t}, v{dn}.{t}, v{dn}.{t}"));
                    out.push(format!("\tbic v{V0}.16b, v{V0}.16b, v{V1}.16b"));
                    out.push(format!("\tmovi v{V1}.2d, #0"));
                    out.push(format!("\tfneg v{V1}.{t}, v{V1}.{t}"));
                    out.push(format!("\tand v{V0}.16b, v{V0}.16b, v{V1}.16b"));
                    out.push(format!("\torr v{dn}.16b, v{dn}.16b, v{V0}.16b"));
                }
            }
            Op::VCvtDq2Pd { d, s } => {
                out.push(format!("\tsxtl v{V0}.2d, v{}.2s", vnum(*s)));
                out.push(format!("\tscvtf v{}.2d, v{V0}.2d", vnum(*d)));
            }
            Op::VCvtPs2Dq { d, s, trunc } => {
                let (dn, sn) = (vnum(*d), vnum(*s));
                // lanes that are NaN or outside [-2^31, 2^31) become 0x80000000 as on x86
                out.push(format!("\tmovi v{V1}.4s, #0x4f, lsl #24")); // 2^31 as a float
                out.push(format!("\tfacge v{V1}.4s, v{sn}.4s, v{V1}.4s"));
                out.push(format!("\tfcmeq v{V0}.4s, v{sn}.4s, v{sn}.4s"));
                out.push(format!("\torn v{V1}.16b, v{V1}.16b, v{V0}.16b"));
                out.push(format!("\t{} v{dn}.4s, v{sn}.4s", if *trunc { "fcvtzs" } else { "fcvtns" }));
                out.push(format!("\tmovi v{V0}.4s, #0x80, lsl #24"));
                out.push(format!("\tbit v{dn}.16b, v{V0}.16b, v{V1}.16b"));
            }
            Op::VCvtDq2Ps { d, s } => out.push(format!("\tscvtf v{}.4s, v{}.4s", vnum(*d), vnum(*s))),
            Op::VMovMsk { lane, d, s } => {
                let (dn, sn) = (name(*d), vnum(*s));
                let n = 128 / *lane as u32;
                let (c, top) = match lane {
                    64 => ('d', 63),
                    32 => ('s', 31),
                    _ => ('b', 7),
                };
                out.push(format!("\tmov {dn}, xzr"));
                for i in 0..n {
                    let src = if *lane == 64 { SCRATCH.to_string() } else { w(SCRATCH) };
                    out.push(format!("\tumov {src}, v{sn}.{c}[{i}]"));
                    out.push(format!("\tlsr {src}, {src}, #{top}"));
                    out.push(format!("\torr {dn}, {dn}, {SCRATCH}, lsl #{i}"));
                }
            }
            Op::VExtract16 { d, s, i } => out.push(format!("\tumov {}, v{}.h[{i}]", w(name(*d)), vnum(*s))),
            Op::VLoadHalf { hi, d, base, off } => {
                if *hi {
                    Self::addr_into(*base, *off, out);
                    out.push(format!("\tld1 {{v{}.d}}[1], [{SCRATCH}]", vnum(*d)));
                } else {
                    let (m, u) = Self::vmem(*base, *off, out);
                    out.push(format!("\t{} d{V0}, {m}", if u { "ldur" } else { "ldr" }));
                    out.push(format!("\tmov v{}.d[0], v{V0}.d[0]", vnum(*d)));
                }
            }
            Op::VStoreHalf { hi, s, base, off } => {
                if *hi {
                    Self::addr_into(*base, *off, out);
                    out.push(format!("\tst1 {{v{}.d}}[1], [{SCRATCH}]", vnum(*s)));
                } else {
                    let (m, u) = Self::vmem(*base, *off, out);
                    out.push(format!("\t{} d{}, {m}", if u { "stur" } else { "str" }, vnum(*s)));
                }
            }
            Op::VMoveHalf { to_hi, d, b } => {
                if *to_hi {
                    out.push(format!("\tmov v{}.d[1], v{}.d[0]", vnum(*d), vnum(*b)));
                } else {
                    out.push(format!("\tmov v{}.d[0], v{}.d[1]", vnum(*d), vnum(*b)));
                }
            }
            other => unreachable!("not a vector op: {other:?}"),
        }
    }

    /// x16 = base + off
    fn addr_into(base: crate::ir::R, off: i64, out: &mut Vec<String>) {
        out.extend(mov_sequence(SCRATCH, off as u64));
        out.push(format!("\tadd {SCRATCH}, {SCRATCH}, {}", name(base)));
    }
}
