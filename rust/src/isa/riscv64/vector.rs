//! SSE ops on RV64GC (no vector extension).
//!
//! Model: the low 64 bits (lane 0) of each xmm register live in an FP register (`regs::xname`), so
//! scalar float code is plain F/D code. The high 64 bits matter only in files that read them (packed
//! SSE, 128-bit stores; `track_hi`); then they live in a per-thread state block (`XMM_STATE`, 16 bytes
//! per register: a spill slot for lane 0 and the high half), and packed ops work lane by lane through
//! that block with integer registers.
//!
//! Single floats: RISC-V wants them NaN-boxed (upper 32 bits all ones) in FP registers, x86 keeps
//! whatever was there. Single-precision consumers re-box their inputs unless the register is known to
//! be boxed (`boxed`, reset at labels and calls).

use super::lower::Riscv64;
use super::regs::{name, xname, FSCRATCH, SCRATCH};
use crate::ir::{AluOp, FArith, FRel, Op, Prec, VIntOp, VLogic, X};

/// Symbol of the per-thread xmm state block.
pub const XMM_STATE: &str = "gg_xmm_state";
/// Slots: 0-15 xmm, 16-17 lifter temporaries, 18-19 results of lane-wise ops.
pub const XMM_STATE_BYTES: u32 = 20 * 16;

const S0: u32 = 18;
/// integer temporaries free inside one vector op (condition temporaries between flag uses)
const I0: &str = "t2";
const I1: &str = "ra";

fn slot(x: X) -> u32 {
    match x {
        X::Xmm(n) => n as u32,
        X::T0 => 16,
        X::T1 => 17,
    }
}

fn lo(x: X) -> i64 {
    slot(x) as i64 * 16
}

fn hi(x: X) -> i64 {
    slot(x) as i64 * 16 + 8
}

fn sfx(p: Prec) -> &'static str {
    match p {
        Prec::S => "s",
        Prec::D => "d",
    }
}

impl Riscv64 {
    /// t5 = address of this thread's xmm state block
    fn state_base(out: &mut Vec<String>) {
        out.push(format!("\tla.tls.ie {SCRATCH}, {XMM_STATE}"));
        out.push(format!("\tadd {SCRATCH}, {SCRATCH}, tp"));
    }

    fn set_hi_zero(&self, d: X, out: &mut Vec<String>) {
        if self.track_hi {
            Self::state_base(out);
            out.push(format!("\tsd zero, {}({SCRATCH})", hi(d)));
        }
    }

    /// An FP register holding `x`'s lane 0 as a properly boxed single (re-boxing into `tmp`).
    fn boxed_in(&self, x: X, tmp: &'static str, out: &mut Vec<String>) -> &'static str {
        if self.boxed.contains(&x) {
            return xname(x);
        }
        out.push(format!("\tfmv.x.w {SCRATCH}, {}", xname(x)));
        out.push(format!("\tfmv.w.x {tmp}, {SCRATCH}"));
        tmp
    }

    /// operand of a precision-`p` consumer
    fn fin(&self, p: Prec, x: X, tmp: &'static str, out: &mut Vec<String>) -> &'static str {
        match p {
            Prec::D => xname(x),
            Prec::S => self.boxed_in(x, tmp, out),
        }
    }

    /// Write a precision-`p` result computed into FP register `r` to lane 0 of `d`, keeping the rest.
    fn fout(&mut self, p: Prec, d: X, r: &str, out: &mut Vec<String>) {
        let dn = xname(d);
        match p {
            Prec::D => {
                if r != dn {
                    out.push(format!("\tfmv.d {dn}, {r}"));
                }
                self.boxed.remove(&d);
            }
            Prec::S if self.track_hi => {
                // keep bits 32-63 of lane 0 exactly
                Self::state_base(out);
                out.push(format!("\tfsd {dn}, {}({SCRATCH})", lo(d)));
                out.push(format!("\tfsw {r}, {}({SCRATCH})", lo(d)));
                out.push(format!("\tfld {dn}, {}({SCRATCH})", lo(d)));
                self.boxed.remove(&d);
            }
            Prec::S => {
                if r != dn {
                    out.push(format!("\tfmv.d {dn}, {r}"));
                }
                self.boxed.insert(d);
            }
        }
    }

    /// Make a NaN result what x86 gives: the first NaN operand, quieted, else the "default NaN"
    /// 0xFFF8... (RISC-V always produces the positive canonical NaN). `a`, `b` are the operand
    /// registers as they were before the op (only their bits are read).
    fn x86_nan(&mut self, p: Prec, r: &str, a: Option<X>, b: X, out: &mut Vec<String>) {
        let (s, xs) = if p == Prec::D { ("d", "d") } else { ("s", "w") };
        let (shift, top, quiet, default): (u32, u64, u64, u64) = if p == Prec::D {
            (1, 0xFFE0_0000_0000_0000, 1 << 51, 0xFFF8_0000_0000_0000)
        } else {
            (33, 0xFF00_0000_0000_0000, 1 << 22, 0xFFC0_0000)
        };
        let done = self.fresh_label();
        out.push(format!("\tfeq.{s} {SCRATCH}, {r}, {r}"));
        out.push(format!("\tbnez {SCRATCH}, {done}"));
        for x in a.into_iter().chain(std::iter::once(b)) {
            let next = self.fresh_label();
            // NaN: exponent all ones and a non-zero fraction, i.e. |bits| above infinity's
            out.push(format!("\tfmv.x.{xs} {SCRATCH}, {}", xname(x)));
            out.push(format!("\tslli {SCRATCH}, {SCRATCH}, {shift}"));
            out.push(format!("\tli {I0}, {top:#x}"));
            out.push(format!("\tbleu {SCRATCH}, {I0}, {next}"));
            out.push(format!("\tfmv.x.{xs} {SCRATCH}, {}", xname(x)));
            out.push(format!("\tli {I0}, {quiet:#x}"));
            out.push(format!("\tor {SCRATCH}, {SCRATCH}, {I0}"));
            out.push(format!("\tfmv.{xs}.x {r}, {SCRATCH}"));
            out.push(format!("\tj {done}"));
            out.push(format!("{next}:"));
        }
        out.push(format!("\tli {SCRATCH}, {default:#x}"));
        out.push(format!("\tfmv.{xs}.x {r}, {SCRATCH}"));
        out.push(format!("{done}:"));
    }

    /// One lane of a packed op: FSCRATCH[0] holds its result, FSCRATCH[1] the second operand's lane,
    /// the first operand's lane is at `d_lane` in the state block (None: the op has no first operand).
    /// A NaN result becomes what x86 gives: the first NaN operand quieted, else the negative default
    /// NaN (RISC-V always makes the positive canonical NaN, and propagates no payload).
    fn lane_x86_nan(&mut self, p: Prec, d_lane: Option<i64>, out: &mut Vec<String>) {
        let (fa, fb) = (FSCRATCH[0], FSCRATCH[1]);
        let (s, xs, fl) = if p == Prec::D { ("d", "d", "fld") } else { ("s", "w", "flw") };
        let (done, quiet, default) = (self.fresh_label(), self.fresh_label(), self.fresh_label());
        out.push(format!("\tfeq.{s} {I0}, {fa}, {fa}"));
        out.push(format!("\tbnez {I0}, {done}"));
        if let Some(off) = d_lane {
            out.push(format!("\t{fl} {fa}, {off}({SCRATCH})"));
            out.push(format!("\tfclass.{s} {I0}, {fa}"));
            out.push(format!("\tandi {I0}, {I0}, 0x300"));
            out.push(format!("\tbnez {I0}, {quiet}"));
        }
        out.push(format!("\tfclass.{s} {I0}, {fb}"));
        out.push(format!("\tandi {I0}, {I0}, 0x300"));
        out.push(format!("\tbeqz {I0}, {default}"));
        out.push(format!("\tfsgnj.{s} {fa}, {fb}, {fb}"));
        out.push(format!("{quiet}:"));
        out.push(format!("\tfmv.x.{xs} {I0}, {fa}"));
        if p == Prec::D {
            out.push(format!("\tli {I1}, 1"));
            out.push(format!("\tslli {I1}, {I1}, 51"));
        } else {
            out.push(format!("\tlui {I1}, 0x400"));
        }
        out.push(format!("\tor {I0}, {I0}, {I1}"));
        out.push(format!("\tfmv.{xs}.x {fa}, {I0}"));
        out.push(format!("\tj {done}"));
        out.push(format!("{default}:"));
        if p == Prec::D {
            out.push(format!("\tli {I0}, -1"));
            out.push(format!("\tslli {I0}, {I0}, 51"));
        } else {
            out.push(format!("\tlui {I0}, 0xffc00"));
        }
        out.push(format!("\tfmv.{xs}.x {fa}, {I0}"));
        out.push(format!("{done}:"));
    }

    /// Store lane 0 of each register into its slot (the high halves are already there).
    fn spill(xs: &[X], out: &mut Vec<String>) {
        for x in xs {
            out.push(format!("\tfsd {}, {}({SCRATCH})", xname(*x), lo(*x)));
        }
    }

    /// Copy 16 bytes from slot `from` to register `d` (slot and FP register).
    fn fill_from(&mut self, d: X, from: i64, out: &mut Vec<String>) {
        for k in [0, 8] {
            out.push(format!("\tld {I0}, {}({SCRATCH})", from + k));
            out.push(format!("\tsd {I0}, {}({SCRATCH})", lo(d) + k));
        }
        out.push(format!("\tfld {}, {}({SCRATCH})", xname(d), lo(d)));
        self.boxed.remove(&d);
    }

    fn fresh_label(&mut self) -> String {
        self.fresh()
    }

    pub(super) fn vop(&mut self, op: &Op, out: &mut Vec<String>) {
        match op {
            Op::FBox { d } => {
                let r = xname(*d);
                self.boxed_in(*d, r, out);
                self.boxed.insert(*d);
            }
            Op::VZero { d } => {
                out.push(format!("\tfmv.d.x {}, zero", xname(*d)));
                self.boxed.remove(d);
                self.set_hi_zero(*d, out);
            }
            Op::VCopy { d, s } => {
                out.push(format!("\tfmv.d {}, {}", xname(*d), xname(*s)));
                if self.boxed.contains(s) {
                    self.boxed.insert(*d);
                } else {
                    self.boxed.remove(d);
                }
                if self.track_hi {
                    Self::state_base(out);
                    out.push(format!("\tld {I0}, {}({SCRATCH})", hi(*s)));
                    out.push(format!("\tsd {I0}, {}({SCRATCH})", hi(*d)));
                }
            }
            Op::VLoad { d, base, off, bytes } => {
                let (b, o) = self.mem(*base, *off, out);
                let dn = xname(*d);
                match bytes {
                    4 if self.track_hi => {
                        out.push(format!("\tlwu {SCRATCH}, {o}({b})"));
                        out.push(format!("\tfmv.d.x {dn}, {SCRATCH}"));
                        self.boxed.remove(d);
                    }
                    4 => {
                        out.push(format!("\tflw {dn}, {o}({b})"));
                        self.boxed.insert(*d);
                    }
                    _ => {
                        out.push(format!("\tfld {dn}, {o}({b})"));
                        self.boxed.remove(d);
                    }
                }
                if self.track_hi {
                    if *bytes == 16 {
                        // b may be t5 itself: load the high half before computing the state base
                        out.push(format!("\tld {I0}, {}({b})", o + 8));
                        Self::state_base(out);
                        out.push(format!("\tsd {I0}, {}({SCRATCH})", hi(*d)));
                    } else {
                        self.set_hi_zero(*d, out);
                    }
                }
            }
            Op::VStore { s, base, off, bytes } => {
                let (b, o) = self.mem(*base, *off, out);
                let sn = xname(*s);
                match bytes {
                    4 => out.push(format!("\tfsw {sn}, {o}({b})")),
                    _ => out.push(format!("\tfsd {sn}, {o}({b})")),
                }
                if *bytes == 16 {
                    // the address may live in t5: keep it in I1 while t5 holds the state base
                    out.push(format!("\taddi {I1}, {b}, {o}"));
                    Self::state_base(out);
                    out.push(format!("\tld {I0}, {}({SCRATCH})", hi(*s)));
                    out.push(format!("\tsd {I0}, 8({I1})"));
                }
            }
            Op::VFromGpr { d, s, bits } => {
                let (dn, sn) = (xname(*d), name(*s));
                if *bits == 64 {
                    out.push(format!("\tfmv.d.x {dn}, {sn}"));
                    self.boxed.remove(d);
                } else if self.track_hi {
                    out.push(format!("\tslli {SCRATCH}, {sn}, 32"));
                    out.push(format!("\tsrli {SCRATCH}, {SCRATCH}, 32"));
                    out.push(format!("\tfmv.d.x {dn}, {SCRATCH}"));
                    self.boxed.remove(d);
                } else {
                    out.push(format!("\tfmv.w.x {dn}, {sn}"));
                    self.boxed.insert(*d);
                }
                self.set_hi_zero(*d, out);
            }
            Op::VToGpr { d, s, bits } => {
                let (dn, sn) = (name(*d), xname(*s));
                if *bits == 64 {
                    out.push(format!("\tfmv.x.d {dn}, {sn}"));
                } else {
                    out.push(format!("\tfmv.x.w {dn}, {sn}"));
                    out.push(format!("\tslli {dn}, {dn}, 32"));
                    out.push(format!("\tsrli {dn}, {dn}, 32"));
                }
            }
            Op::VMovq { d, s } => {
                out.push(format!("\tfmv.d {}, {}", xname(*d), xname(*s)));
                self.boxed.remove(d);
                self.set_hi_zero(*d, out);
            }
            Op::FMovLane { p, d, s } => {
                let r = self.fin(*p, *s, FSCRATCH[0], out);
                self.fout(*p, *d, r, out);
            }
            Op::FArith { op, p, d, b } => {
                let a = self.fin(*p, *d, FSCRATCH[0], out);
                let bn = self.fin(*p, *b, FSCRATCH[1], out);
                let s = sfx(*p);
                let r = FSCRATCH[0];
                match op {
                    FArith::Add | FArith::Sub | FArith::Mul | FArith::Div => {
                        let m = match op {
                            FArith::Add => "fadd",
                            FArith::Sub => "fsub",
                            FArith::Mul => "fmul",
                            _ => "fdiv",
                        };
                        out.push(format!("\t{m}.{s} {r}, {a}, {bn}"));
                    }
                    FArith::Sqrt => out.push(format!("\tfsqrt.{s} {r}, {bn}")),
                    FArith::Min | FArith::Max => {
                        // x86: the first operand only if it compares strictly less (greater)
                        let l = self.fresh_label();
                        let (x, y) = if *op == FArith::Min { (a, bn) } else { (bn, a) };
                        out.push(format!("\tflt.{s} {SCRATCH}, {x}, {y}"));
                        if a != r {
                            out.push(format!("\tfmv.d {r}, {a}"));
                        }
                        out.push(format!("\tbnez {SCRATCH}, {l}"));
                        out.push(format!("\tfmv.d {r}, {bn}"));
                        out.push(format!("{l}:"));
                    }
                }
                if !matches!(op, FArith::Min | FArith::Max) {
                    let first = (*op != FArith::Sqrt).then_some(*d);
                    self.x86_nan(*p, r, first, *b, out);
                }
                self.fout(*p, *d, r, out);
            }
            Op::FCvt { to, d, s } => {
                let r = FSCRATCH[0];
                match to {
                    Prec::D => {
                        let sn = self.boxed_in(*s, FSCRATCH[1], out);
                        out.push(format!("\tfcvt.d.s {r}, {sn}"));
                    }
                    Prec::S => out.push(format!("\tfcvt.s.d {r}, {}", xname(*s))),
                }
                self.fout(*to, *d, r, out);
            }
            Op::FFromInt { p, d, s, bits } => {
                let r = FSCRATCH[0];
                out.push(format!("\tfcvt.{}.{} {r}, {}", sfx(*p), if *bits == 64 { "l" } else { "w" }, name(*s)));
                self.fout(*p, *d, r, out);
            }
            Op::FRound { p, d, s, mode } => {
                // no fround in RV64GC: through an integer when |x| < 2^52 (2^23 for singles);
                // larger magnitudes, infinities and NaNs are already integral and stay as they are
                let x = self.fin(*p, *s, FSCRATCH[1], out);
                let (sf, r) = (sfx(*p), FSCRATCH[0]);
                let (keep, done) = (self.fresh_label(), self.fresh_label());
                let rm = ["rne", "rdn", "rup", "rtz"][*mode as usize & 3];
                let (big, iw, shift) = if *p == Prec::D { (0x4330_0000_0000_0000u64, "l", 1) } else { (0x4b00_0000u64, "w", 33) };
                out.push(format!("\tfmv.x.{} {SCRATCH}, {x}", if *p == Prec::D { "d" } else { "w" }));
                out.push(format!("\tslli {SCRATCH}, {SCRATCH}, {shift}"));
                out.push(format!("\tsrli {SCRATCH}, {SCRATCH}, {shift}"));
                out.push(format!("\tli {I0}, {big:#x}"));
                out.push(format!("\tbgeu {SCRATCH}, {I0}, {keep}"));
                out.push(format!("\tfcvt.{iw}.{sf} {SCRATCH}, {x}, {rm}"));
                out.push(format!("\tfcvt.{sf}.{iw} {r}, {SCRATCH}, {rm}"));
                out.push(format!("\tfsgnj.{sf} {r}, {r}, {x}"));
                out.push(format!("\tj {done}"));
                out.push(format!("{keep}:"));
                out.push(format!("\tfmv.d {r}, {x}"));
                out.push(format!("{done}:"));
                self.fout(*p, *d, r, out);
            }
            Op::FToInt { p, d, s, bits, trunc } => {
                let sn = self.fin(*p, *s, FSCRATCH[0], out);
                let dn = name(*d);
                let l = self.fresh_label();
                let iw = if *bits == 64 { "l" } else { "w" };
                let rm = if *trunc { "rtz" } else { "rne" };
                // x86 gives the "integer indefinite" 1 << (bits-1) when the conversion is invalid
                out.push("\tfsflags zero".into());
                out.push(format!("\tfcvt.{iw}.{} {dn}, {sn}, {rm}", sfx(*p)));
                out.push(format!("\tfrflags {SCRATCH}"));
                out.push(format!("\tandi {SCRATCH}, {SCRATCH}, 16"));
                out.push(format!("\tbeqz {SCRATCH}, {l}"));
                out.push(format!("\tli {dn}, 1"));
                out.push(format!("\tslli {dn}, {dn}, {}", bits - 1));
                out.push(format!("{l}:"));
                if *bits == 32 {
                    out.push(format!("\tslli {dn}, {dn}, 32"));
                    out.push(format!("\tsrli {dn}, {dn}, 32"));
                }
            }
            Op::FCmp { p, d, a, b } => {
                let an = self.fin(*p, *a, FSCRATCH[0], out);
                let bn = self.fin(*p, *b, FSCRATCH[1], out);
                let s = sfx(*p);
                let dn = name(*d);
                // ordered = both equal to themselves; code = lt | eq << 1, or 3 when unordered
                out.push(format!("\tfeq.{s} {SCRATCH}, {an}, {an}"));
                out.push(format!("\tfeq.{s} {dn}, {bn}, {bn}"));
                out.push(format!("\tand {SCRATCH}, {SCRATCH}, {dn}"));
                out.push(format!("\taddi {SCRATCH}, {SCRATCH}, -1")); // 0 ordered, -1 unordered
                out.push(format!("\tandi {SCRATCH}, {SCRATCH}, 3"));
                out.push(format!("\tfeq.{s} {dn}, {an}, {bn}"));
                out.push(format!("\tslli {dn}, {dn}, 1"));
                out.push(format!("\tor {SCRATCH}, {SCRATCH}, {dn}"));
                out.push(format!("\tflt.{s} {dn}, {an}, {bn}"));
                out.push(format!("\tor {dn}, {dn}, {SCRATCH}"));
            }
            Op::FCmpMask { p, pred, d, b } => {
                let a = self.fin(*p, *d, FSCRATCH[0], out);
                let bn = self.fin(*p, *b, FSCRATCH[1], out);
                let s = sfx(*p);
                let (rel, negate) = pred.split();
                let (x, y) = (a, bn);
                let m = match rel {
                    FRel::Eq => "feq",
                    FRel::Lt => "flt",
                    FRel::Le => "fle",
                    FRel::Ord => "",
                };
                if m.is_empty() {
                    out.push(format!("\tfeq.{s} {SCRATCH}, {x}, {x}"));
                    out.push(format!("\tfeq.{s} {I0}, {y}, {y}"));
                    out.push(format!("\tand {SCRATCH}, {SCRATCH}, {I0}"));
                } else {
                    out.push(format!("\t{m}.{s} {SCRATCH}, {x}, {y}"));
                }
                if negate {
                    out.push(format!("\txori {SCRATCH}, {SCRATCH}, 1"));
                }
                out.push(format!("\tneg {SCRATCH}, {SCRATCH}"));
                match p {
                    Prec::D => out.push(format!("\tfmv.d.x {}, {SCRATCH}", FSCRATCH[0])),
                    Prec::S => out.push(format!("\tfmv.w.x {}, {SCRATCH}", FSCRATCH[0])),
                }
                self.fout(*p, *d, FSCRATCH[0], out);
            }
            Op::VLogic { op, d, b } => {
                let (dn, bn) = (xname(*d), xname(*b));
                out.push(format!("\tfmv.x.d {SCRATCH}, {dn}"));
                out.push(format!("\tfmv.x.d {I0}, {bn}"));
                Self::logic64(*op, SCRATCH, I0, out);
                out.push(format!("\tfmv.d.x {dn}, {SCRATCH}"));
                self.boxed.remove(d);
                if self.track_hi {
                    Self::state_base(out);
                    out.push(format!("\tld {I0}, {}({SCRATCH})", hi(*d)));
                    out.push(format!("\tld {I1}, {}({SCRATCH})", hi(*b)));
                    Self::logic64(*op, I0, I1, out);
                    out.push(format!("\tsd {I0}, {}({SCRATCH})", hi(*d)));
                }
            }
            Op::VLoadHalf { hi: high, d, base, off } => {
                let (b, o) = self.mem(*base, *off, out);
                if *high {
                    out.push(format!("\tld {I0}, {o}({b})"));
                    Self::state_base(out);
                    out.push(format!("\tsd {I0}, {}({SCRATCH})", hi(*d)));
                } else {
                    out.push(format!("\tfld {}, {o}({b})", xname(*d)));
                    self.boxed.remove(d);
                }
            }
            Op::VStoreHalf { hi: high, s, base, off } => {
                let (b, o) = self.mem(*base, *off, out);
                if *high {
                    out.push(format!("\taddi {I1}, {b}, {o}"));
                    Self::state_base(out);
                    out.push(format!("\tld {I0}, {}({SCRATCH})", hi(*s)));
                    out.push(format!("\tsd {I0}, 0({I1})"));
                } else {
                    out.push(format!("\tfsd {}, {o}({b})", xname(*s)));
                }
            }
            Op::VMoveHalf { to_hi, d, b } => {
                Self::state_base(out);
                if *to_hi {
                    out.push(format!("\tfsd {}, {}({SCRATCH})", xname(*b), hi(*d)));
                } else {
                    out.push(format!("\tfld {}, {}({SCRATCH})", xname(*d), hi(*b)));
                    self.boxed.remove(d);
                }
            }
            _ => self.packed(op, out),
        }
    }

    /// x = x op y on 64-bit integer registers
    fn logic64(op: VLogic, x: &str, y: &str, out: &mut Vec<String>) {
        match op {
            VLogic::And => out.push(format!("\tand {x}, {x}, {y}")),
            VLogic::Or => out.push(format!("\tor {x}, {x}, {y}")),
            VLogic::Xor => out.push(format!("\txor {x}, {x}, {y}")),
            VLogic::AndN => {
                out.push(format!("\tnot {x}, {x}"));
                out.push(format!("\tand {x}, {x}, {y}"));
            }
        }
    }

    /// Packed ops: spill the operands to their slots, work lane by lane, refill the destination.
    fn packed(&mut self, op: &Op, out: &mut Vec<String>) {
        Self::state_base(out);
        let res = (S0 * 16) as i64;
        let ld = |bits: u8, signed: bool| match (bits, signed) {
            (8, true) => "lb",
            (8, false) => "lbu",
            (16, true) => "lh",
            (16, false) => "lhu",
            (32, true) => "lw",
            (32, false) => "lwu",
            _ => "ld",
        };
        let st = |bits: u8| match bits {
            8 => "sb",
            16 => "sh",
            32 => "sw",
            _ => "sd",
        };
        match op {
            Op::VInt { op, lane, d, b } => {
                Self::spill(&[*d, *b], out);
                let n = 128 / *lane as i64;
                let lb = (*lane / 8) as i64;
                let signed = matches!(op, VIntOp::AddSSat | VIntOp::SubSSat | VIntOp::MulHiS | VIntOp::CmpGt | VIntOp::MinS | VIntOp::MaxS);
                for i in 0..n {
                    match op {
                        VIntOp::UnpackLo | VIntOp::UnpackHi => {
                            let src = if *op == VIntOp::UnpackLo { i / 2 } else { n / 2 + i / 2 };
                            let from = if i % 2 == 0 { lo(*d) } else { lo(*b) };
                            out.push(format!("\t{} {I0}, {}({SCRATCH})", ld(*lane, false), from + src * lb));
                            out.push(format!("\t{} {I0}, {}({SCRATCH})", st(*lane), res + i * lb));
                            continue;
                        }
                        _ => {}
                    }
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", ld(*lane, signed), lo(*d) + i * lb));
                    out.push(format!("\t{} {I1}, {}({SCRATCH})", ld(*lane, signed), lo(*b) + i * lb));
                    self.lane_op(*op, *lane, out);
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", st(*lane), res + i * lb));
                }
                self.fill_from(*d, res, out);
            }
            Op::VShift { op, lane, d, n } => {
                Self::spill(&[*d], out);
                let count = 128 / *lane as i64;
                let lb = (*lane / 8) as i64;
                for i in 0..count {
                    let a = lo(*d) + i * lb;
                    if *n as u32 >= *lane as u32 && *op != AluOp::Sar {
                        out.push(format!("\t{} zero, {a}({SCRATCH})", st(*lane)));
                        continue;
                    }
                    let k = (*n).min(*lane - 1);
                    out.push(format!("\t{} {I0}, {a}({SCRATCH})", ld(*lane, *op == AluOp::Sar)));
                    let m = match op {
                        AluOp::Shl => "slli",
                        AluOp::Shr => "srli",
                        _ => "srai",
                    };
                    out.push(format!("\t{m} {I0}, {I0}, {k}"));
                    out.push(format!("\t{} {I0}, {a}({SCRATCH})", st(*lane)));
                }
                out.push(format!("\tfld {}, {}({SCRATCH})", xname(*d), lo(*d)));
                self.boxed.remove(d);
            }
            Op::VByteShift { left, d, n } => {
                Self::spill(&[*d], out);
                out.push(format!("\tsd zero, {res}({SCRATCH})"));
                out.push(format!("\tsd zero, {}({SCRATCH})", res + 8));
                let n = (*n).min(16) as i64;
                for i in 0..16 - n {
                    let (from, to) = if *left { (i, i + n) } else { (i + n, i) };
                    out.push(format!("\tlbu {I0}, {}({SCRATCH})", lo(*d) + from));
                    out.push(format!("\tsb {I0}, {}({SCRATCH})", res + to));
                }
                self.fill_from(*d, res, out);
            }
            Op::VShuf32 { d, s, imm } => {
                Self::spill(&[*s], out);
                for i in 0..4 {
                    let sel = ((*imm >> (2 * i)) & 3) as i64;
                    out.push(format!("\tlw {I0}, {}({SCRATCH})", lo(*s) + 4 * sel));
                    out.push(format!("\tsw {I0}, {}({SCRATCH})", res + 4 * i as i64));
                }
                self.fill_from(*d, res, out);
            }
            Op::VShufP { p, d, b, imm } => {
                Self::spill(&[*d, *b], out);
                let (n, lb) = if *p == Prec::S { (4, 4) } else { (2, 8) };
                let bits = if *p == Prec::S { 2 } else { 1 };
                for i in 0..n {
                    let sel = ((*imm as i64) >> (bits * i)) & ((1 << bits) - 1);
                    let from = if i < n / 2 { lo(*d) } else { lo(*b) };
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", ld(lb as u8 * 8, false), from + sel * lb));
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", st(lb as u8 * 8), res + i * lb));
                }
                self.fill_from(*d, res, out);
            }
            Op::VShuf16 { hi: high, d, s, imm } => {
                Self::spill(&[*s], out);
                let base = if *high { 8 } else { 0 };
                let keep = if *high { 0 } else { 8 };
                out.push(format!("\tld {I0}, {}({SCRATCH})", lo(*s) + keep));
                out.push(format!("\tsd {I0}, {}({SCRATCH})", res + keep));
                for i in 0..4 {
                    let sel = ((*imm >> (2 * i)) & 3) as i64;
                    out.push(format!("\tlh {I0}, {}({SCRATCH})", lo(*s) + base + 2 * sel));
                    out.push(format!("\tsh {I0}, {}({SCRATCH})", res + base + 2 * i as i64));
                }
                self.fill_from(*d, res, out);
            }
            Op::VMaddWd { d, b } => {
                Self::spill(&[*d, *b], out);
                for i in 0..4i64 {
                    out.push(format!("\tlh {I0}, {}({SCRATCH})", lo(*d) + 4 * i));
                    out.push(format!("\tlh {I1}, {}({SCRATCH})", lo(*b) + 4 * i));
                    out.push(format!("\tmul {I0}, {I0}, {I1}"));
                    out.push(format!("\tsw {I0}, {}({SCRATCH})", res + 4 * i));
                    out.push(format!("\tlh {I0}, {}({SCRATCH})", lo(*d) + 4 * i + 2));
                    out.push(format!("\tlh {I1}, {}({SCRATCH})", lo(*b) + 4 * i + 2));
                    out.push(format!("\tmul {I0}, {I0}, {I1}"));
                    out.push(format!("\tlw {I1}, {}({SCRATCH})", res + 4 * i));
                    out.push(format!("\taddw {I0}, {I0}, {I1}"));
                    out.push(format!("\tsw {I0}, {}({SCRATCH})", res + 4 * i));
                }
                self.fill_from(*d, res, out);
            }
            Op::VFCmpMask { p, pred, d, b } => {
                Self::spill(&[*d, *b], out);
                let (n, lb) = if *p == Prec::S { (4, 4) } else { (2, 8) };
                let s = sfx(*p);
                let fl = if *p == Prec::S { "flw" } else { "fld" };
                let (fa, fb) = (FSCRATCH[0], FSCRATCH[1]);
                for i in 0..n {
                    out.push(format!("\t{fl} {fa}, {}({SCRATCH})", lo(*d) + i * lb));
                    out.push(format!("\t{fl} {fb}, {}({SCRATCH})", lo(*b) + i * lb));
                    let (rel, negate) = pred.split();
                let (x, y) = (fa, fb);
                let m = match rel {
                    FRel::Eq => "feq",
                    FRel::Lt => "flt",
                    FRel::Le => "fle",
                    FRel::Ord => "",
                };
                    if m.is_empty() {
                        out.push(format!("\tfeq.{s} {I0}, {x}, {x}"));
                        out.push(format!("\tfeq.{s} {I1}, {y}, {y}"));
                        out.push(format!("\tand {I0}, {I0}, {I1}"));
                    } else {
                        out.push(format!("\t{m}.{s} {I0}, {x}, {y}"));
                    }
                    if negate {
                        out.push(format!("\txori {I0}, {I0}, 1"));
                    }
                    out.push(format!("\tneg {I0}, {I0}"));
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", if lb == 4 { "sw" } else { "sd" }, res + i * lb));
                }
                self.fill_from(*d, res, out);
            }
            Op::VExtend { from, to, signed, d, s } => {
                Self::spill(&[*s], out);
                let (fb, tb) = ((*from / 8) as i64, (*to / 8) as i64);
                for i in 0..16 / tb {
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", ld(*from, *signed), lo(*s) + i * fb));
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", st(*to), res + i * tb));
                }
                self.fill_from(*d, res, out);
            }
            Op::VMulDq { d, b } => {
                Self::spill(&[*d, *b], out);
                for i in 0..2 {
                    out.push(format!("\tlw {I0}, {}({SCRATCH})", lo(*d) + 8 * i));
                    out.push(format!("\tlw {I1}, {}({SCRATCH})", lo(*b) + 8 * i));
                    out.push(format!("\tmul {I0}, {I0}, {I1}"));
                    out.push(format!("\tsd {I0}, {}({SCRATCH})", res + 8 * i));
                }
                self.fill_from(*d, res, out);
            }
            Op::VBlend { lane, d, b, imm } => {
                Self::spill(&[*d, *b], out);
                let lb = (*lane / 8) as i64;
                for i in 0..16 / lb {
                    if (*imm as i64 >> i) & 1 != 0 {
                        out.push(format!("\t{} {I0}, {}({SCRATCH})", ld(*lane, false), lo(*b) + i * lb));
                        out.push(format!("\t{} {I0}, {}({SCRATCH})", st(*lane), lo(*d) + i * lb));
                    }
                }
                out.push(format!("\tfld {}, {}({SCRATCH})", xname(*d), lo(*d)));
                self.boxed.remove(d);
            }
            Op::VBlendV { lane, d, b } => {
                Self::spill(&[*d, *b, X::Xmm(0)], out);
                let lb = (*lane / 8) as i64;
                for i in 0..16 / lb {
                    let skip = self.fresh_label();
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", ld(*lane, true), lo(X::Xmm(0)) + i * lb));
                    out.push(format!("\tbgez {I0}, {skip}"));
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", ld(*lane, false), lo(*b) + i * lb));
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", st(*lane), lo(*d) + i * lb));
                    out.push(format!("{skip}:"));
                }
                out.push(format!("\tfld {}, {}({SCRATCH})", xname(*d), lo(*d)));
                self.boxed.remove(d);
            }
            Op::VInsert { lane, d, s, i } => {
                Self::spill(&[*d], out);
                out.push(format!("\t{} {}, {}({SCRATCH})", st(*lane), super::regs::name(*s), lo(*d) + *i as i64 * (*lane / 8) as i64));
                out.push(format!("\tfld {}, {}({SCRATCH})", xname(*d), lo(*d)));
                self.boxed.remove(d);
            }
            Op::VExtract { lane, d, s, i } => {
                Self::spill(&[*s], out);
                out.push(format!("\t{} {}, {}({SCRATCH})", ld(*lane, false), super::regs::name(*d), lo(*s) + *i as i64 * (*lane / 8) as i64));
            }
            Op::VMinPos { d, s } => {
                Self::spill(&[*s], out);
                let c = super::regs::name(crate::ir::R::T0);
                out.push(format!("\tlhu {I0}, {}({SCRATCH})", lo(*s)));
                out.push(format!("\tli {I1}, 0"));
                for k in 1..8i64 {
                    let skip = self.fresh_label();
                    out.push(format!("\tlhu {c}, {}({SCRATCH})", lo(*s) + 2 * k));
                    out.push(format!("\tbgeu {c}, {I0}, {skip}"));
                    out.push(format!("\tmv {I0}, {c}"));
                    out.push(format!("\tli {I1}, {k}"));
                    out.push(format!("{skip}:"));
                }
                out.push(format!("\tsd zero, {res}({SCRATCH})"));
                out.push(format!("\tsd zero, {}({SCRATCH})", res + 8));
                out.push(format!("\tsh {I0}, {res}({SCRATCH})"));
                out.push(format!("\tsh {I1}, {}({SCRATCH})", res + 2));
                self.fill_from(*d, res, out);
            }
            Op::VPtest { a, b } => {
                Self::spill(&[*a, *b], out);
                let (cf, nz) = (super::regs::name(crate::ir::R::T0), super::regs::name(crate::ir::R::T1));
                out.push(format!("\tli {cf}, 0"));
                out.push(format!("\tli {nz}, 0"));
                for k in [0, 8] {
                    out.push(format!("\tld {I1}, {}({SCRATCH})", lo(*b) + k));
                    out.push(format!("\tld {I0}, {}({SCRATCH})", lo(*a) + k));
                    out.push(format!("\tnot {I0}, {I0}"));
                    out.push(format!("\tand {I0}, {I0}, {I1}"));
                    out.push(format!("\tor {cf}, {cf}, {I0}"));
                    out.push(format!("\tld {I0}, {}({SCRATCH})", lo(*a) + k));
                    out.push(format!("\tand {I0}, {I0}, {I1}"));
                    out.push(format!("\tor {nz}, {nz}, {I0}"));
                }
                out.push(format!("\tseqz {cf}, {cf}"));
                out.push(format!("\tsnez {nz}, {nz}"));
            }
            Op::VMulUdq { d, b } => {
                Self::spill(&[*d, *b], out);
                for i in 0..2 {
                    out.push(format!("\tlwu {I0}, {}({SCRATCH})", lo(*d) + 8 * i));
                    out.push(format!("\tlwu {I1}, {}({SCRATCH})", lo(*b) + 8 * i));
                    out.push(format!("\tmul {I0}, {I0}, {I1}"));
                    out.push(format!("\tsd {I0}, {}({SCRATCH})", res + 8 * i));
                }
                self.fill_from(*d, res, out);
            }
            Op::VPack { lane, signed_out, d, b } => {
                Self::spill(&[*d, *b], out);
                let n = 128 / *lane as i64;
                let lb = (*lane / 8) as i64;
                let ob = lb / 2;
                let (min, max) = match (*lane, *signed_out) {
                    (16, false) => (0, 255),
                    (32, false) => (0, 65535),
                    (16, true) => (-128, 127),
                    _ => (-32768, 32767),
                };
                for i in 0..2 * n {
                    let from = if i < n { lo(*d) + i * lb } else { lo(*b) + (i - n) * lb };
                    out.push(format!("\t{} {I0}, {from}({SCRATCH})", ld(*lane, true)));
                    self.clamp(I0, min, max, out);
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", st((ob * 8) as u8), res + i * ob));
                }
                self.fill_from(*d, res, out);
            }
            Op::VFArith { op, p, d, b } => {
                Self::spill(&[*d, *b], out);
                let (n, lb) = if *p == Prec::S { (4, 4) } else { (2, 8) };
                let s = sfx(*p);
                let fl = if *p == Prec::S { "flw" } else { "fld" };
                let fs = if *p == Prec::S { "fsw" } else { "fsd" };
                let (fa, fb) = (FSCRATCH[0], FSCRATCH[1]);
                for i in 0..n {
                    out.push(format!("\t{fl} {fa}, {}({SCRATCH})", lo(*d) + i * lb));
                    out.push(format!("\t{fl} {fb}, {}({SCRATCH})", lo(*b) + i * lb));
                    match op {
                        FArith::Add => out.push(format!("\tfadd.{s} {fa}, {fa}, {fb}")),
                        FArith::Sub => out.push(format!("\tfsub.{s} {fa}, {fa}, {fb}")),
                        FArith::Mul => out.push(format!("\tfmul.{s} {fa}, {fa}, {fb}")),
                        FArith::Div => out.push(format!("\tfdiv.{s} {fa}, {fa}, {fb}")),
                        FArith::Sqrt => out.push(format!("\tfsqrt.{s} {fa}, {fb}")),
                        FArith::Min | FArith::Max => {
                            let l = self.fresh_label();
                            let (x, y) = if *op == FArith::Min { (fa, fb) } else { (fb, fa) };
                            out.push(format!("\tflt.{s} {I0}, {x}, {y}"));
                            out.push(format!("\tbnez {I0}, {l}"));
                            out.push(format!("\tfmv.d {fa}, {fb}"));
                            out.push(format!("{l}:"));
                        }
                    }
                    if !matches!(op, FArith::Min | FArith::Max) {
                        let d_lane = (*op != FArith::Sqrt).then(|| lo(*d) + i * lb);
                        self.lane_x86_nan(*p, d_lane, out);
                    }
                    out.push(format!("\t{fs} {fa}, {}({SCRATCH})", res + i * lb));
                }
                self.fill_from(*d, res, out);
            }
            Op::VCvtDq2Pd { d, s } => {
                Self::spill(&[*s], out);
                for i in 0..2 {
                    out.push(format!("\tlw {I0}, {}({SCRATCH})", lo(*s) + 4 * i));
                    out.push(format!("\tfcvt.d.w {}, {I0}", FSCRATCH[0]));
                    out.push(format!("\tfsd {}, {}({SCRATCH})", FSCRATCH[0], res + 8 * i));
                }
                self.fill_from(*d, res, out);
            }
            Op::VCvtPs2Dq { d, s, trunc } => {
                Self::spill(&[*s], out);
                let rm = if *trunc { "rtz" } else { "rne" };
                for i in 0..4 {
                    let l = self.fresh_label();
                    out.push(format!("\tflw {}, {}({SCRATCH})", FSCRATCH[0], lo(*s) + 4 * i));
                    out.push("\tfsflags zero".into());
                    out.push(format!("\tfcvt.w.s {I0}, {}, {rm}", FSCRATCH[0]));
                    out.push(format!("\tfrflags {I1}"));
                    out.push(format!("\tandi {I1}, {I1}, 16"));
                    out.push(format!("\tbeqz {I1}, {l}"));
                    out.push(format!("\tli {I0}, -2147483648"));
                    out.push(format!("{l}:"));
                    out.push(format!("\tsw {I0}, {}({SCRATCH})", res + 4 * i));
                }
                self.fill_from(*d, res, out);
            }
            Op::VCvtDq2Ps { d, s } => {
                Self::spill(&[*s], out);
                for i in 0..4 {
                    out.push(format!("\tlw {I0}, {}({SCRATCH})", lo(*s) + 4 * i));
                    out.push(format!("\tfcvt.s.w {}, {I0}", FSCRATCH[0]));
                    out.push(format!("\tfsw {}, {}({SCRATCH})", FSCRATCH[0], res + 4 * i));
                }
                self.fill_from(*d, res, out);
            }
            Op::VMovMsk { lane, d, s } => {
                Self::spill(&[*s], out);
                let dn = name(*d);
                let n = 128 / *lane as i64;
                let lb = (*lane / 8) as i64;
                out.push(format!("\tli {dn}, 0"));
                for i in 0..n {
                    out.push(format!("\t{} {I0}, {}({SCRATCH})", ld(*lane, true), lo(*s) + i * lb));
                    out.push(format!("\tsrli {I0}, {I0}, 63"));
                    if i > 0 {
                        out.push(format!("\tslli {I0}, {I0}, {i}"));
                    }
                    out.push(format!("\tor {dn}, {dn}, {I0}"));
                }
            }
            Op::VExtract16 { d, s, i } => {
                Self::spill(&[*s], out);
                out.push(format!("\tlhu {}, {}({SCRATCH})", name(*d), lo(*s) + 2 * *i as i64));
            }
            other => unreachable!("not a vector op: {other:?}"),
        }
    }

    /// I0 = I0 op I1 for one lane (inputs extended as the op needs; the store truncates)
    fn lane_op(&mut self, op: VIntOp, lane: u8, out: &mut Vec<String>) {
        match op {
            VIntOp::Add => out.push(format!("\tadd {I0}, {I0}, {I1}")),
            VIntOp::Sub => out.push(format!("\tsub {I0}, {I0}, {I1}")),
            VIntOp::MulLo => out.push(format!("\tmul {I0}, {I0}, {I1}")),
            VIntOp::MulHiS | VIntOp::MulHiU => {
                out.push(format!("\tmul {I0}, {I0}, {I1}"));
                out.push(format!("\tsrai {I0}, {I0}, {lane}"));
            }
            VIntOp::AddUSat => {
                out.push(format!("\tadd {I0}, {I0}, {I1}"));
                out.push(format!("\tsrli {I1}, {I0}, {lane}"));
                out.push(format!("\tsnez {I1}, {I1}"));
                out.push(format!("\tneg {I1}, {I1}"));
                out.push(format!("\tor {I0}, {I0}, {I1}"));
            }
            VIntOp::SubUSat => {
                out.push(format!("\tsub {I0}, {I0}, {I1}"));
                out.push(format!("\tsrai {I1}, {I0}, 63"));
                out.push(format!("\tnot {I1}, {I1}"));
                out.push(format!("\tand {I0}, {I0}, {I1}"));
            }
            VIntOp::AddSSat | VIntOp::SubSSat => {
                out.push(format!("\t{} {I0}, {I0}, {I1}", if op == VIntOp::AddSSat { "add" } else { "sub" }));
                let max = (1i64 << (lane - 1)) - 1;
                self.clamp(I0, -max - 1, max, out);
            }
            VIntOp::CmpEq => {
                out.push(format!("\txor {I0}, {I0}, {I1}"));
                out.push(format!("\tseqz {I0}, {I0}"));
                out.push(format!("\tneg {I0}, {I0}"));
            }
            VIntOp::CmpGt => {
                out.push(format!("\tslt {I0}, {I1}, {I0}"));
                out.push(format!("\tneg {I0}, {I0}"));
            }
            VIntOp::MinS | VIntOp::MaxS | VIntOp::MinU | VIntOp::MaxU => {
                let l = self.fresh_label();
                let (br, x, y) = match op {
                    VIntOp::MinS => ("blt", I0, I1),
                    VIntOp::MaxS => ("blt", I1, I0),
                    VIntOp::MinU => ("bltu", I0, I1),
                    _ => ("bltu", I1, I0),
                };
                out.push(format!("\t{br} {x}, {y}, {l}"));
                out.push(format!("\tmv {I0}, {I1}"));
                out.push(format!("{l}:"));
            }
            VIntOp::UnpackLo | VIntOp::UnpackHi => unreachable!("data movement, handled by the caller"),
        }
    }

    /// r = clamp(r, min, max) (uses I1)
    fn clamp(&mut self, r: &str, min: i64, max: i64, out: &mut Vec<String>) {
        let (l1, l2) = (self.fresh_label(), self.fresh_label());
        out.push(format!("\tli {I1}, {max}"));
        out.push(format!("\tbge {I1}, {r}, {l1}"));
        out.push(format!("\tmv {r}, {I1}"));
        out.push(format!("{l1}:"));
        out.push(format!("\tli {I1}, {min}"));
        out.push(format!("\tbge {r}, {I1}, {l2}"));
        out.push(format!("\tmv {r}, {I1}"));
        out.push(format!("{l2}:"));
    }
}
