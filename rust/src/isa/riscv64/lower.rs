//! IR → RV64GC assembly, one arm per IR op.

use super::imms::simm12;
use super::regs::{name, GPR, RET, SCRATCH};
use crate::ir::{AluOp, Cc, Item, Op, UnOp, VArg, R, V, W, X};
use std::collections::HashSet;
use crate::isa::Lowering;

/// Number of leading `float` arguments of C library functions that take them (libm's *f family).
pub fn single_float_args(sym: &str) -> usize {
    const ONE: &[&str] = &[
        "sqrtf", "fabsf", "floorf", "ceilf", "roundf", "truncf", "rintf", "nearbyintf", "sinf", "cosf", "tanf", "asinf",
        "acosf", "atanf", "sinhf", "coshf", "tanhf", "asinhf", "acoshf", "atanhf", "expf", "exp2f", "expm1f", "logf",
        "log2f", "log10f", "log1pf", "cbrtf", "erff", "erfcf", "tgammaf", "lgammaf", "lroundf", "llroundf", "lrintf",
        "llrintf", "ldexpf", "frexpf", "scalbnf", "ilogbf", "logbf", "modff", "sincosf", "exp10f", "significandf",
    ];
    const TWO: &[&str] = &["fminf", "fmaxf", "powf", "atan2f", "fmodf", "hypotf", "copysignf", "remainderf", "fdimf", "nextafterf"];
    if ONE.contains(&sym) {
        1
    } else if TWO.contains(&sym) {
        2
    } else if sym == "fmaf" {
        3
    } else {
        0
    }
}

#[derive(Default)]
pub struct Riscv64 {
    next_label: u32,
    /// keep the high halves of xmm registers (the file reads them: packed SSE, 128-bit stores)
    pub(super) track_hi: bool,
    /// xmm registers whose lane 0 is known to hold a NaN-boxed single (see `vector`)
    pub(super) boxed: HashSet<X>,
}

const RAX: usize = 0;
const RDX: usize = 2;

impl Riscv64 {
    pub fn new(track_hi: bool) -> Self {
        Riscv64 { track_hi, ..Default::default() }
    }

    pub(super) fn fresh(&mut self) -> String {
        self.next_label += 1;
        format!(".Lgg_rv{}", self.next_label)
    }

    /// A register holding `v` (materializing immediates into the scratch register).
    fn reg(&self, v: V, out: &mut Vec<String>) -> String {
        match v {
            V::R(r) => name(r).to_string(),
            V::I(0) => "zero".into(),
            V::I(k) => {
                out.push(format!("\tli {SCRATCH}, {k}"));
                SCRATCH.into()
            }
        }
    }

    fn zext32(d: &str, out: &mut Vec<String>) {
        out.push(format!("\tslli {d}, {d}, 32"));
        out.push(format!("\tsrli {d}, {d}, 32"));
    }

    /// base register and 12-bit offset for a memory access
    pub(super) fn mem(&self, base: R, off: i64, out: &mut Vec<String>) -> (String, i64) {
        if simm12(off) {
            (name(base).to_string(), off)
        } else {
            out.push(format!("\tli {SCRATCH}, {off}"));
            out.push(format!("\tadd {SCRATCH}, {SCRATCH}, {}", name(base)));
            (SCRATCH.to_string(), 0)
        }
    }

    fn alu(&mut self, op: AluOp, w: W, d: R, a: R, b: V, out: &mut Vec<String>) {
        let (d, a) = (name(d), name(a));
        let w32 = w == W::W32;
        let sfx = if w32 { "w" } else { "" };
        // immediate forms
        if let V::I(k) = b {
            let imm = match op {
                AluOp::Add if simm12(k) => Some((format!("addi{sfx}"), k)),
                AluOp::Sub if simm12(-k) => Some((format!("addi{sfx}"), -k)),
                AluOp::And if simm12(k) => Some(("andi".to_string(), k)),
                AluOp::Or if simm12(k) => Some(("ori".to_string(), k)),
                AluOp::Xor if simm12(k) => Some(("xori".to_string(), k)),
                AluOp::Shl => Some((format!("slli{sfx}"), k & if w32 { 31 } else { 63 })),
                AluOp::Shr => Some((format!("srli{sfx}"), k & if w32 { 31 } else { 63 })),
                AluOp::Sar => Some((format!("srai{sfx}"), k & if w32 { 31 } else { 63 })),
                _ => None,
            };
            if let Some((m, k)) = imm {
                out.push(format!("\t{m} {d}, {a}, {k}"));
                if w32 {
                    Self::zext32(d, out);
                }
                return;
            }
        }
        let b = self.reg(b, out);
        let m = match op {
            AluOp::Add => format!("add{sfx}"),
            AluOp::Sub => format!("sub{sfx}"),
            AluOp::Mul => format!("mul{sfx}"),
            AluOp::And => "and".into(),
            AluOp::Or => "or".into(),
            AluOp::Xor => "xor".into(),
            AluOp::Shl => format!("sll{sfx}"),
            AluOp::Shr => format!("srl{sfx}"),
            AluOp::Sar => format!("sra{sfx}"),
            AluOp::DivS => format!("div{sfx}"),
            AluOp::DivU => format!("divu{sfx}"),
            AluOp::RemS => format!("rem{sfx}"),
            AluOp::RemU => format!("remu{sfx}"),
            AluOp::MulHS => "mulh".into(),
            AluOp::MulHU => "mulhu".into(),
        };
        out.push(format!("\t{m} {d}, {a}, {b}"));
        if w32 {
            Self::zext32(d, out);
        }
    }

    fn ext(d: &str, s: &str, bits: u8, signed: bool, out: &mut Vec<String>) {
        match (bits, signed) {
            (32, true) => out.push(format!("\tsext.w {d}, {s}")),
            (8, false) => out.push(format!("\tandi {d}, {s}, 255")),
            (64, _) => {
                if d != s {
                    out.push(format!("\tmv {d}, {s}"))
                }
            }
            _ => {
                let sh = 64 - bits as u32;
                out.push(format!("\tslli {d}, {s}, {sh}"));
                out.push(format!("\t{} {d}, {d}, {sh}", if signed { "srai" } else { "srli" }));
            }
        }
    }

    fn cmp_into(&self, d: &str, cc: Cc, a: R, b: V, out: &mut Vec<String>) {
        let a = name(a);
        match cc {
            Cc::Eq | Cc::Ne => {
                let z = match b {
                    V::I(0) => a.to_string(),
                    V::I(k) if simm12(-k) => {
                        out.push(format!("\taddi {SCRATCH}, {a}, {}", -k));
                        SCRATCH.to_string()
                    }
                    _ => {
                        let b = self.reg(b, out);
                        out.push(format!("\txor {SCRATCH}, {a}, {b}"));
                        SCRATCH.to_string()
                    }
                };
                out.push(format!("\t{} {d}, {z}", if cc == Cc::Eq { "seqz" } else { "snez" }));
            }
            _ => {
                let unsigned = matches!(cc, Cc::Ltu | Cc::Geu);
                match b {
                    V::I(k) if simm12(k) => out.push(format!("\t{} {d}, {a}, {k}", if unsigned { "sltiu" } else { "slti" })),
                    _ => {
                        let b = self.reg(b, out);
                        out.push(format!("\t{} {d}, {a}, {b}", if unsigned { "sltu" } else { "slt" }));
                    }
                }
                if matches!(cc, Cc::Ge | Cc::Geu) {
                    out.push(format!("\txori {d}, {d}, 1"));
                }
            }
        }
    }

    fn op(&mut self, op: &Op, out: &mut Vec<String>) {
        match op {
            Op::Li { d, imm } => {
                if *d != R::Zero {
                    out.push(format!("\tli {}, {imm}", name(*d)))
                }
            }
            Op::Mov { d, s } => {
                if d != s {
                    out.push(format!("\tmv {}, {}", name(*d), name(*s)))
                }
            }
            Op::La { d, sym, got } => {
                let target = if sym.off == 0 { sym.name.clone() } else { format!("{}{:+}", sym.name, sym.off) };
                if *got {
                    let l = self.fresh();
                    out.push(format!("{l}:\tauipc {}, %got_pcrel_hi({})", name(*d), sym.name));
                    out.push(format!("\tld {}, %pcrel_lo({l})({})", name(*d), name(*d)));
                } else {
                    out.push(format!("\tlla {}, {target}", name(*d)));
                }
            }
            Op::Alu { op, w, d, a, b } => self.alu(*op, *w, *d, *a, *b, out),
            Op::Ext { d, s, bits, signed } => Self::ext(name(*d), name(*s), *bits, *signed, out),
            Op::Unary { op, bits, d, s } => self.unary(*op, *bits, name(*d), name(*s), out),
            Op::TlsOffset { d, sym, ie } => {
                let d = name(*d);
                if *ie {
                    out.push(format!("\tla.tls.ie {d}, {sym}"));
                } else {
                    // the canonical local-exec sequence (the linker may relax it to one
                    // `addi d, tp, off`), then back from the address to the offset
                    out.push(format!("\tlui {d}, %tprel_hi({sym})"));
                    out.push(format!("\tadd {d}, {d}, tp, %tprel_add({sym})"));
                    out.push(format!("\taddi {d}, {d}, %tprel_lo({sym})"));
                    out.push(format!("\tsub {d}, {d}, tp"));
                }
            }
            Op::ThreadPointer { d } => out.push(format!("\tmv {}, tp", name(*d))),
            Op::Insert { d, s, lsb, bits } => {
                // d ^= ((d >> lsb) ^ s) & mask << lsb  -- only one scratch register needed
                let (d, s) = (name(*d), name(*s));
                if *lsb == 0 {
                    out.push(format!("\txor {SCRATCH}, {d}, {s}"));
                } else {
                    out.push(format!("\tsrli {SCRATCH}, {d}, {lsb}"));
                    out.push(format!("\txor {SCRATCH}, {SCRATCH}, {s}"));
                }
                Self::ext(SCRATCH, SCRATCH, *bits, false, out);
                if *lsb != 0 {
                    out.push(format!("\tslli {SCRATCH}, {SCRATCH}, {lsb}"));
                }
                out.push(format!("\txor {d}, {d}, {SCRATCH}"));
            }
            Op::Load { d, base, off, bytes, signed } => {
                let (b, o) = self.mem(*base, *off, out);
                let m = match (bytes, signed) {
                    (1, true) => "lb",
                    (1, false) => "lbu",
                    (2, true) => "lh",
                    (2, false) => "lhu",
                    (4, true) => "lw",
                    (4, false) => "lwu",
                    _ => "ld",
                };
                out.push(format!("\t{m} {}, {o}({b})", name(*d)));
            }
            Op::Store { s, base, off, bytes } => {
                let (b, o) = self.mem(*base, *off, out);
                let m = match bytes {
                    1 => "sb",
                    2 => "sh",
                    4 => "sw",
                    _ => "sd",
                };
                out.push(format!("\t{m} {}, {o}({b})", name(*s)));
            }
            Op::SetCc { d, cc, a, b } => self.cmp_into(name(*d), *cc, *a, *b, out),
            Op::Select { d, c, t, f } => {
                let l = self.fresh();
                let (dn, cn, tn, fn_) = (name(*d), name(*c), name(*t), name(*f));
                if d == f {
                    out.push(format!("\tbeqz {cn}, {l}"));
                    out.push(format!("\tmv {dn}, {tn}"));
                } else if d == t {
                    out.push(format!("\tbnez {cn}, {l}"));
                    out.push(format!("\tmv {dn}, {fn_}"));
                } else {
                    out.push(format!("\tmv {dn}, {fn_}"));
                    out.push(format!("\tbeqz {cn}, {l}"));
                    out.push(format!("\tmv {dn}, {tn}"));
                }
                out.push(format!("{l}:"));
            }
            Op::Br { cc, a, b, label } => {
                let b = self.reg(*b, out);
                let m = match cc {
                    Cc::Eq => "beq",
                    Cc::Ne => "bne",
                    Cc::Lt => "blt",
                    Cc::Ge => "bge",
                    Cc::Ltu => "bltu",
                    Cc::Geu => "bgeu",
                };
                out.push(format!("\t{m} {}, {b}, {label}", name(*a)));
            }
            Op::Jmp { label } => out.push(format!("\tj {label}")),
            Op::JmpInd { r } => out.push(format!("\tjr {}", name(*r))),
            Op::Call { sym } => {
                // single-precision arguments must arrive NaN-boxed; values loaded exactly (files
                // with packed SSE) may not be: box the float arguments of known float functions
                for r in super::regs::XMM.iter().take(single_float_args(sym)) {
                    out.push(format!("\tfmv.x.w {SCRATCH}, {r}"));
                    out.push(format!("\tfmv.w.x {r}, {SCRATCH}"));
                }
                self.boxed.clear();
                out.push(format!("\tcall {sym}"));
                Self::after_call(out);
            }
            Op::CallVariadic { sym, fixed, args } => {
                self.boxed.clear();
                // lp64d: variadic arguments of either class take the next integer register, then
                // the stack. Stage every value below the stack pointer first (sources and
                // destinations overlap), then load them where they belong.
                let n = args.len() as i64;
                let in_regs = 8 - *fixed as i64;
                let on_stack = (n - in_regs).max(0);
                let frame = (on_stack * 8 + 15) & !15;
                let slot = |i: i64| -frame - 8 * n + 8 * i;
                for (i, a) in args.iter().enumerate() {
                    let o = slot(i as i64);
                    match a {
                        VArg::Int(r) => out.push(format!("\tsd {}, {o}(sp)", name(*r))),
                        VArg::Xmm(x) => out.push(format!("\tfsd {}, {o}(sp)", super::regs::XMM[*x as usize])),
                        VArg::Stack { off, .. } => {
                            out.push(format!("\tld {SCRATCH}, {off}(sp)"));
                            out.push(format!("\tsd {SCRATCH}, {o}(sp)"));
                        }
                    }
                }
                for i in 0..n {
                    if i < in_regs {
                        out.push(format!("\tld {}, {}(sp)", super::regs::ARGS[(*fixed as i64 + i) as usize], slot(i)));
                    } else {
                        out.push(format!("\tld {SCRATCH}, {}(sp)", slot(i)));
                        out.push(format!("\tsd {SCRATCH}, {}(sp)", -frame + 8 * (i - in_regs)));
                    }
                }
                if frame > 0 {
                    out.push(format!("\taddi sp, sp, {}", -frame));
                }
                out.push(format!("\tcall {sym}"));
                if frame > 0 {
                    out.push(format!("\taddi sp, sp, {frame}"));
                }
                Self::after_call(out);
            }
            Op::CallInd { r } => {
                self.boxed.clear();
                out.push(format!("\tjalr {}", name(*r)));
                Self::after_call(out);
            }
            Op::CallLocal { sym } => {
                self.boxed.clear();
                let l = self.fresh();
                out.push(format!("\tlla ra, {l}+1"));
                out.push(format!("\tj {sym}"));
                out.push(format!("{l}:"));
            }
            Op::Ret { ext32 } => {
                Self::pop_return_address(out);
                // a caller in this file tagged the return address: no ABI moves (jalr ignores bit 0)
                let l = self.fresh();
                out.push(format!("\tandi {SCRATCH}, ra, 1"));
                out.push(format!("\tbeqz {SCRATCH}, {l}"));
                out.push("\tret".into());
                out.push(format!("{l}:"));
                // lp64: 32-bit results are sign-extended to 64 bits in a0 (int and unsigned alike)
                out.push(format!("\t{} {}, {}", if *ext32 { "sext.w" } else { "mv" }, RET[0], GPR[RAX]));
                out.push(format!("\tmv {}, {}", RET[1], GPR[RDX]));
                out.push("\taddi sp, sp, 16".into());
                out.push("\tret".into());
            }
            Op::TailCall { sym } => {
                Self::pop_return_address(out);
                self.drop_entry_slots(out);
                out.push(format!("\ttail {sym}"));
            }
            Op::TailCallInd { r } => {
                let r = name(*r);
                if ["ra", "a6", "a7"].contains(&r) {
                    out.push(format!("\tmv t4, {r}"));
                    Self::pop_return_address(out);
                    self.drop_entry_slots(out);
                    out.push("\tjr t4".into());
                } else {
                    Self::pop_return_address(out);
                    self.drop_entry_slots(out);
                    out.push(format!("\tjr {r}"));
                }
            }
            Op::Prologue => {
                // a caller outside this file (untagged return address) passed the 7th and 8th
                // integer arguments in a6/a7: put them where x86 code reads them, above the
                // return address (the 9th on is where it expects it already)
                let l = self.fresh();
                out.push(format!("\tandi {SCRATCH}, ra, 1"));
                out.push(format!("\tbnez {SCRATCH}, {l}"));
                out.push("\taddi sp, sp, -16".into());
                out.push("\tsd a6, 0(sp)".into());
                out.push("\tsd a7, 8(sp)".into());
                out.push(format!("{l}:"));
                // the x86 caller pushed a return address: keep the same stack layout
                out.push("\taddi sp, sp, -8".into());
                out.push("\tsd ra, 0(sp)".into());
            }
            // lp64d passes the address of a result in memory in a0, as x86 does: never lifted
            Op::GetSret { .. } | Op::SetSret { .. } => {}
            Op::Trap => out.push("\tunimp".into()),
            _ => self.vop(op, out),
        }
    }

    /// Leaving a function by a tail jump: when it was entered from outside this file, take the 7th
    /// and 8th argument slots the prologue made (the callee's prologue makes them again, from
    /// whatever x86 code stored there).
    fn drop_entry_slots(&mut self, out: &mut Vec<String>) {
        let l = self.fresh();
        out.push(format!("\tandi {SCRATCH}, ra, 1"));
        out.push(format!("\tbnez {SCRATCH}, {l}"));
        out.push("\tld a6, 0(sp)".into());
        out.push("\tld a7, 8(sp)".into());
        out.push("\taddi sp, sp, 16".into());
        out.push(format!("{l}:"));
    }

    /// Bit counting and byte swapping without Zbb: short loops over t2 (value) and ra (count).
    fn unary(&mut self, op: UnOp, bits: u8, d: &str, s: &str, out: &mut Vec<String>) {
        let (v, n) = ("t2", "ra");
        let (top, done) = (self.fresh(), self.fresh());
        // v = the operand's low `bits`, positioned for the loop
        match op {
            UnOp::Clz | UnOp::Bsr => {
                out.push(format!("\tslli {v}, {s}, {}", 64 - bits as u32));
            }
            _ => Self::ext(v, s, bits, false, out),
        }
        match op {
            UnOp::Ctz | UnOp::Bsf | UnOp::Clz | UnOp::Bsr => {
                let zero = self.fresh();
                out.push(format!("\tli {n}, 0"));
                out.push(format!("\tbeqz {v}, {zero}"));
                out.push(format!("{top}:"));
                if matches!(op, UnOp::Ctz | UnOp::Bsf) {
                    out.push(format!("\tandi {SCRATCH}, {v}, 1"));
                    out.push(format!("\tbnez {SCRATCH}, {done}"));
                    out.push(format!("\tsrli {v}, {v}, 1"));
                } else {
                    out.push(format!("\tbltz {v}, {done}"));
                    out.push(format!("\tslli {v}, {v}, 1"));
                }
                out.push(format!("\taddi {n}, {n}, 1"));
                out.push(format!("\tj {top}"));
                out.push(format!("{zero}:"));
                match op {
                    UnOp::Ctz | UnOp::Clz => out.push(format!("\tli {n}, {bits}")),
                    _ => out.push(format!("\tmv {n}, {d}")), // bsf/bsr of zero: unchanged
                }
                let end = self.fresh();
                out.push(format!("\tj {end}"));
                out.push(format!("{done}:"));
                if op == UnOp::Bsr {
                    out.push(format!("\tsub {n}, zero, {n}"));
                    out.push(format!("\taddi {n}, {n}, {}", bits - 1));
                }
                out.push(format!("{end}:"));
                out.push(format!("\tmv {d}, {n}"));
            }
            UnOp::Popcnt => {
                out.push(format!("\tli {n}, 0"));
                out.push(format!("{top}:"));
                out.push(format!("\tbeqz {v}, {done}"));
                out.push(format!("\taddi {SCRATCH}, {v}, -1"));
                out.push(format!("\tand {v}, {v}, {SCRATCH}"));
                out.push(format!("\taddi {n}, {n}, 1"));
                out.push(format!("\tj {top}"));
                out.push(format!("{done}:"));
                out.push(format!("\tmv {d}, {n}"));
            }
            UnOp::Bswap => {
                out.push(format!("\tli {n}, 0"));
                for _ in 0..bits / 8 {
                    out.push(format!("\tslli {n}, {n}, 8"));
                    out.push(format!("\tandi {SCRATCH}, {v}, 255"));
                    out.push(format!("\tor {n}, {n}, {SCRATCH}"));
                    out.push(format!("\tsrli {v}, {v}, 8"));
                }
                out.push(format!("\tmv {d}, {n}"));
            }
        }
    }

    fn pop_return_address(out: &mut Vec<String>) {
        out.push("\tld ra, 0(sp)".into());
        out.push("\taddi sp, sp, 8".into());
    }

    fn after_call(out: &mut Vec<String>) {
        // x86 returns in rax:rdx
        out.push(format!("\tmv {}, {}", GPR[RAX], RET[0]));
        out.push(format!("\tmv {}, {}", GPR[RDX], RET[1]));
    }
}

impl Lowering for Riscv64 {
    fn comment(&self) -> &'static str {
        "#"
    }

    fn epilogue(&self) -> Vec<String> {
        if !self.track_hi {
            return vec![];
        }
        let (sym, n) = (super::vector::XMM_STATE, super::vector::XMM_STATE_BYTES);
        vec![
            "\t.section .tbss,\"awT\",@nobits".into(),
            "\t.p2align 4".into(),
            format!("\t.type {sym}, @object"),
            format!("\t.size {sym}, {n}"),
            format!("{sym}:"),
            format!("\t.zero {n}"),
        ]
    }

    fn item(&mut self, item: &Item, out: &mut Vec<String>) {
        match item {
            Item::Dir(t) => out.push(format!("\t{t}")),
            Item::Label(l) => {
                self.boxed.clear();
                out.push(format!("{l}:"))
            }
            Item::Src(s) => out.push(format!("\t# {s}")),
            Item::Op(op) => self.op(op, out),
            Item::FlagDef { .. } | Item::FlagUse { .. } | Item::FlagKill => {
                unreachable!("flags are resolved before lowering")
            }
        }
    }
}
