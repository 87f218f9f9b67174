//! IR → AArch64 assembly, one arm per IR op.

use super::imms::{addsub_imm, logical_imm, mov_sequence, unscaled_offset};
use super::regs::{name, w, GPR, RET, RSP, SCRATCH, SCRATCH2};
use crate::ir::{AluOp, Cc, Item, Op, UnOp, VArg, R, V, W};
use crate::isa::Lowering;

#[derive(Default)]
pub struct Aarch64 {
    next_label: u32,
    /// keep the high halves of xmm registers exactly (the file reads them)
    pub(super) track_hi: bool,
}

impl Aarch64 {
    pub fn new(track_hi: bool) -> Self {
        Aarch64 { track_hi, ..Default::default() }
    }

    pub(super) fn fresh(&mut self) -> String {
        self.next_label += 1;
        format!(".Lgg_a64_{}", self.next_label)
    }
}

const RAX: usize = 0;
const RDX: usize = 2;

fn cond(cc: Cc) -> &'static str {
    match cc {
        Cc::Eq => "eq",
        Cc::Ne => "ne",
        Cc::Lt => "lt",
        Cc::Ge => "ge",
        Cc::Ltu => "lo",
        Cc::Geu => "hs",
    }
}

impl Aarch64 {
    /// register holding `v` (64-bit name), materializing immediates into `tmp`
    fn reg(v: V, tmp: &str, out: &mut Vec<String>) -> String {
        match v {
            V::R(r) => name(r).to_string(),
            V::I(0) => "xzr".into(),
            V::I(k) => {
                out.extend(mov_sequence(tmp, k as u64));
                tmp.to_string()
            }
        }
    }

    fn writes_rsp(op: &Op) -> bool {
        let d = match op {
            Op::Li { d, .. } | Op::Mov { d, .. } | Op::La { d, .. } | Op::Alu { d, .. } | Op::Ext { d, .. } | Op::Insert { d, .. } | Op::Load { d, .. } | Op::SetCc { d, .. } | Op::Select { d, .. } => *d,
            _ => return false,
        };
        d == R::G(4)
    }

    fn alu(op: AluOp, wd: W, d: R, a: R, b: V, out: &mut Vec<String>) {
        let w32 = wd == W::W32;
        let v = |x: &str| if w32 { w(x) } else { x.to_string() };
        let (dn, an) = (v(name(d)), v(name(a)));
        if let V::I(k) = b {
            let k = if w32 { k as i32 as i64 } else { k };
            let width = if w32 { 32 } else { 64 };
            let imm = match op {
                AluOp::Add if addsub_imm(k) => Some(format!("add {dn}, {an}, #{k}")),
                AluOp::Add if k != i64::MIN && addsub_imm(-k) => Some(format!("sub {dn}, {an}, #{}", -k)),
                AluOp::Sub if addsub_imm(k) => Some(format!("sub {dn}, {an}, #{k}")),
                AluOp::Sub if k != i64::MIN && addsub_imm(-k) => Some(format!("add {dn}, {an}, #{}", -k)),
                AluOp::And if logical_imm(k as u64, width) => Some(format!("and {dn}, {an}, #{}", Self::limm(k, w32))),
                AluOp::Or if logical_imm(k as u64, width) => Some(format!("orr {dn}, {an}, #{}", Self::limm(k, w32))),
                AluOp::Xor if logical_imm(k as u64, width) => Some(format!("eor {dn}, {an}, #{}", Self::limm(k, w32))),
                AluOp::Shl => Some(format!("lsl {dn}, {an}, #{}", k & (width as i64 - 1))),
                AluOp::Shr => Some(format!("lsr {dn}, {an}, #{}", k & (width as i64 - 1))),
                AluOp::Sar => Some(format!("asr {dn}, {an}, #{}", k & (width as i64 - 1))),
                _ => None,
            };
            if let Some(s) = imm {
                out.push(format!("\t{s}"));
                return;
            }
        }
        let bn = v(&Self::reg(b, SCRATCH, out));
        let s = match op {
            AluOp::Add => format!("add {dn}, {an}, {bn}"),
            AluOp::Sub => format!("sub {dn}, {an}, {bn}"),
            AluOp::Mul => format!("mul {dn}, {an}, {bn}"),
            AluOp::And => format!("and {dn}, {an}, {bn}"),
            AluOp::Or => format!("orr {dn}, {an}, {bn}"),
            AluOp::Xor => format!("eor {dn}, {an}, {bn}"),
            AluOp::Shl => format!("lsl {dn}, {an}, {bn}"),
            AluOp::Shr => format!("lsr {dn}, {an}, {bn}"),
            AluOp::Sar => format!("asr {dn}, {an}, {bn}"),
            AluOp::DivS => format!("sdiv {dn}, {an}, {bn}"),
            AluOp::DivU => format!("udiv {dn}, {an}, {bn}"),
            AluOp::RemS | AluOp::RemU => {
                let q = v(SCRATCH2);
                let div = if op == AluOp::RemS { "sdiv" } else { "udiv" };
                out.push(format!("\t{div} {q}, {an}, {bn}"));
                format!("msub {dn}, {q}, {bn}, {an}")
            }
            AluOp::MulHS => format!("smulh {dn}, {an}, {bn}"),
            AluOp::MulHU => format!("umulh {dn}, {an}, {bn}"),
        };
        out.push(format!("\t{s}"));
    }

    fn limm(k: i64, w32: bool) -> String {
        if w32 {
            format!("{:#x}", k as u32)
        } else {
            format!("{:#x}", k as u64)
        }
    }

    /// `cmp a, b` for a 64-bit comparison
    fn cmp(a: R, b: V, out: &mut Vec<String>) {
        let an = name(a);
        match b {
            V::I(k) if addsub_imm(k) => out.push(format!("\tcmp {an}, #{k}")),
            V::I(k) if k != i64::MIN && addsub_imm(-k) => out.push(format!("\tcmn {an}, #{}", -k)),
            _ => {
                let bn = Self::reg(b, SCRATCH, out);
                out.push(format!("\tcmp {an}, {bn}"));
            }
        }
    }

    pub(super) fn mem(base: R, off: i64, out: &mut Vec<String>) -> String {
        if unscaled_offset(off) {
            format!("[{}, #{off}]", name(base))
        } else {
            out.extend(mov_sequence(SCRATCH, off as u64));
            format!("[{}, {SCRATCH}]", name(base))
        }
    }

    fn op(&mut self, op: &Op, out: &mut Vec<String>) {
        match op {
            Op::Li { d, imm } => {
                if *d != R::Zero {
                    out.extend(mov_sequence(name(*d), *imm as u64))
                }
            }
            Op::Mov { d, s } => {
                if d != s {
                    out.push(format!("\tmov {}, {}", name(*d), name(*s)))
                }
            }
            Op::La { d, sym, got } => {
                let dn = name(*d);
                if *got {
                    out.push(format!("\tadrp {dn}, :got:{}", sym.name));
                    out.push(format!("\tldr {dn}, [{dn}, :got_lo12:{}]", sym.name));
                } else {
                    let t = if sym.off == 0 { sym.name.clone() } else { format!("{}{:+}", sym.name, sym.off) };
                    out.push(format!("\tadrp {dn}, {t}"));
                    out.push(format!("\tadd {dn}, {dn}, :lo12:{t}"));
                }
            }
            Op::Alu { op, w, d, a, b } => Self::alu(*op, *w, *d, *a, *b, out),
            Op::Ext { d, s, bits, signed } => {
                let (dn, sn) = (name(*d), name(*s));
                let line = match (bits, signed) {
                    (8, true) => format!("sxtb {dn}, {}", w(sn)),
                    (16, true) => format!("sxth {dn}, {}", w(sn)),
                    (32, true) => format!("sxtw {dn}, {}", w(sn)),
                    (8, false) => format!("uxtb {}, {}", w(dn), w(sn)),
                    (16, false) => format!("uxth {}, {}", w(dn), w(sn)),
                    (32, false) => format!("mov {}, {}", w(dn), w(sn)),
                    _ => format!("mov {dn}, {sn}"),
                };
                out.push(format!("\t{line}"));
            }
            Op::TlsOffset { d, sym, ie } => {
                let d = name(*d);
                if *ie {
                    out.push(format!("\tadrp {d}, :gottprel:{sym}"));
                    out.push(format!("\tldr {d}, [{d}, :gottprel_lo12:{sym}]"));
                } else {
                    out.push(format!("\tmovz {d}, #:tprel_g1:{sym}"));
                    out.push(format!("\tmovk {d}, #:tprel_g0_nc:{sym}"));
                }
            }
            Op::ThreadPointer { d } => out.push(format!("\tmrs {}, tpidr_el0", name(*d))),
            Op::Unary { op, bits, d, s } => {
                let (dn, sn) = (name(*d), name(*s));
                let v = |x: &str| if *bits == 64 { x.to_string() } else { w(x) };
                let (dv, sv) = (v(dn), v(sn));
                match op {
                    UnOp::Ctz => {
                        out.push(format!("\trbit {dv}, {sv}"));
                        out.push(format!("\tclz {dv}, {dv}"));
                    }
                    UnOp::Clz => out.push(format!("\tclz {dv}, {sv}")),
                    UnOp::Bsf | UnOp::Bsr => {
                        // zero source: the destination keeps its value
                        let t = v(SCRATCH);
                        if *op == UnOp::Bsf {
                            out.push(format!("\trbit {t}, {sv}"));
                            out.push(format!("\tclz {t}, {t}"));
                        } else {
                            out.push(format!("\tclz {t}, {sv}"));
                            out.push(format!("\teor {t}, {t}, #{}", bits - 1));
                        }
                        out.push(format!("\tcmp {sv}, #0"));
                        out.push(format!("\tcsel {dv}, {t}, {dv}, ne"));
                    }
                    UnOp::Popcnt => {
                        out.push(format!("\tfmov d26, {}", sn));
                        if *bits < 64 {
                            out.push(format!("\tfmov s26, {}", w(sn)));
                        }
                        out.push("\tcnt v26.8b, v26.8b".into());
                        out.push("\taddv b26, v26.8b".into());
                        out.push(format!("\tfmov {}, s26", w(dn)));
                    }
                    UnOp::Bswap => out.push(format!("\trev {dv}, {sv}")),
                }
            }
            Op::Insert { d, s, lsb, bits } => out.push(format!("\tbfi {}, {}, #{lsb}, #{bits}", name(*d), name(*s))),
            Op::Load { d, base, off, bytes, signed } => {
                let m = Self::mem(*base, *off, out);
                let unscaled = m.contains('#');
                let u = if unscaled { "ur" } else { "r" };
                let dn = name(*d);
                let line = match (bytes, signed) {
                    (1, true) => format!("ld{u}sb {dn}, {m}"),
                    (1, false) => format!("ld{u}b {}, {m}", w(dn)),
                    (2, true) => format!("ld{u}sh {dn}, {m}"),
                    (2, false) => format!("ld{u}h {}, {m}", w(dn)),
                    (4, true) => format!("ld{u}sw {dn}, {m}"),
                    (4, false) => format!("ld{u} {}, {m}", w(dn)),
                    _ => format!("ld{u} {dn}, {m}"),
                };
                out.push(format!("\t{line}"));
            }
            Op::Store { s, base, off, bytes } => {
                let m = Self::mem(*base, *off, out);
                let u = if m.contains('#') { "ur" } else { "r" };
                let sn = name(*s);
                let line = match bytes {
                    1 => format!("st{u}b {}, {m}", w(sn)),
                    2 => format!("st{u}h {}, {m}", w(sn)),
                    4 => format!("st{u} {}, {m}", w(sn)),
                    _ => format!("st{u} {sn}, {m}"),
                };
                out.push(format!("\t{line}"));
            }
            Op::SetCc { d, cc, a, b } => {
                Self::cmp(*a, *b, out);
                out.push(format!("\tcset {}, {}", name(*d), cond(*cc)));
            }
            Op::Select { d, c, t, f } => {
                out.push(format!("\tcmp {}, #0", name(*c)));
                out.push(format!("\tcsel {}, {}, {}, ne", name(*d), name(*t), name(*f)));
            }
            Op::Br { cc, a, b, label } => match (cc, b) {
                (Cc::Eq, V::I(0)) => out.push(format!("\tcbz {}, {label}", name(*a))),
                (Cc::Ne, V::I(0)) => out.push(format!("\tcbnz {}, {label}", name(*a))),
                _ => {
                    Self::cmp(*a, *b, out);
                    out.push(format!("\tb.{} {label}", cond(*cc)));
                }
            },
            Op::Jmp { label } => out.push(format!("\tb {label}")),
            Op::JmpInd { r } => out.push(format!("\tbr {}", name(*r))),
            Op::Call { sym } => {
                out.push(format!("\tmov sp, {RSP}"));
                out.push(format!("\tbl {sym}"));
                Self::after_call(out);
            }
            Op::CallVariadic { sym, fixed, args } => {
                // AAPCS64 (Linux): integer arguments in x0-x7, doubles in v0-v7, the rest on the
                // stack in order. Stage every value below %rsp, then load them where they belong.
                let n = args.len() as i64;
                let (mut ni, mut nv) = (*fixed as usize, 0usize);
                let mut dest = Vec::new();
                let mut on_stack = 0i64;
                for a in args {
                    let double = matches!(a, VArg::Xmm(_) | VArg::Stack { double: true, .. });
                    if double && nv < 8 {
                        dest.push(format!("d{nv}"));
                        nv += 1;
                    } else if !double && ni < 8 {
                        dest.push(format!("x{ni}"));
                        ni += 1;
                    } else {
                        dest.push(String::new());
                        on_stack += 1;
                    }
                }
                let frame = (on_stack * 8 + 15) & !15;
                let slot = |i: i64| -frame - 8 * n + 8 * i;
                for (i, a) in args.iter().enumerate() {
                    let o = slot(i as i64);
                    match a {
                        VArg::Int(r) => out.push(format!("\tstur {}, [{RSP}, #{o}]", name(*r))),
                        VArg::Xmm(x) => out.push(format!("\tstur d{}, [{RSP}, #{o}]", super::vector::XMM[*x as usize])),
                        VArg::Stack { off, .. } => {
                            out.push(format!("\tldur {SCRATCH}, [{RSP}, #{off}]"));
                            out.push(format!("\tstur {SCRATCH}, [{RSP}, #{o}]"));
                        }
                    }
                }
                let mut k = 0;
                for (i, d) in dest.iter().enumerate() {
                    if d.is_empty() {
                        out.push(format!("\tldur {SCRATCH}, [{RSP}, #{}]", slot(i as i64)));
                        out.push(format!("\tstur {SCRATCH}, [{RSP}, #{}]", -frame + 8 * k));
                        k += 1;
                    } else {
                        out.push(format!("\tldur {d}, [{RSP}, #{}]", slot(i as i64)));
                    }
                }
                out.push(format!("\tsub sp, {RSP}, #{frame}"));
                out.push(format!("\tbl {sym}"));
                out.push(format!("\tadd sp, sp, #{frame}"));
                Self::after_call(out);
            }
            Op::CallInd { r } => {
                out.push(format!("\tmov sp, {RSP}"));
                out.push(format!("\tblr {}", name(*r)));
                Self::after_call(out);
            }
            Op::CallLocal { sym } => {
                let l = self.fresh();
                out.push(format!("\tmov sp, {RSP}"));
                out.push(format!("\tadr x30, {l}+1"));
                out.push(format!("\tb {sym}"));
                out.push(format!("{l}:"));
                out.push(format!("\tand sp, {RSP}, #-16"));
            }
            Op::Ret { .. } => {
                Self::pop_return_address(out);
                // a caller in this file tagged the return address: return without the ABI moves
                let l = self.fresh();
                out.push(format!("\ttbz x30, #0, {l}"));
                out.push("\tsub x30, x30, #1".into());
                out.push("\tret".into());
                out.push(format!("{l}:"));
                out.push(format!("\tmov {}, {}", RET[0], GPR[RAX]));
                out.push(format!("\tmov {}, {}", RET[1], GPR[RDX]));
                // drop the argument slots the prologue made for a caller outside this file
                out.push(format!("\tadd sp, {RSP}, #16"));
                out.push("\tret".into());
            }
            Op::TailCall { sym } => {
                Self::pop_return_address(out);
                self.drop_entry_slots(out);
                out.push(format!("\tb {sym}"));
            }
            Op::TailCallInd { r } => {
                let r = name(*r);
                let r = if ["x6", "x7"].contains(&r) {
                    out.push(format!("\tmov {SCRATCH2}, {r}"));
                    SCRATCH2
                } else {
                    r
                };
                Self::pop_return_address(out);
                self.drop_entry_slots(out);
                out.push(format!("\tbr {r}"));
            }
            Op::Prologue => {
                // a caller outside this file (untagged return address) passed the 7th and 8th
                // integer arguments in x6/x7: put them where x86 code reads them, above the
                // return address (the 9th on is where it expects it already)
                let l = self.fresh();
                out.push(format!("\tmov {RSP}, sp"));
                out.push(format!("\ttbnz x30, #0, {l}"));
                out.push(format!("\tstp x6, x7, [{RSP}, #-16]!"));
                out.push(format!("{l}:"));
                // emulate the return address the x86 `call` pushed; keep sp 16-aligned below it
                out.push(format!("\tstr x30, [{RSP}, #-8]!"));
                out.push(format!("\tand sp, {RSP}, #-16"));
            }
            Op::GetSret { d } => out.push(format!("\tmov {}, x8", name(*d))),
            Op::SetSret { s } => out.push(format!("\tmov x8, {}", name(*s))),
            Op::Trap => out.push("\tudf #0".into()),
            _ => self.vop(op, out),
        }
        if Self::writes_rsp(op) {
            out.push(format!("\tand sp, {RSP}, #-16"));
        }
    }

    /// Leaving a function by a tail jump: when it was entered from outside this file, take the 7th
    /// and 8th argument slots the prologue made (the callee's prologue makes them again, from
    /// whatever x86 code stored there).
    fn drop_entry_slots(&mut self, out: &mut Vec<String>) {
        let l = self.fresh();
        out.push(format!("\ttbnz x30, #0, {l}"));
        out.push(format!("\tldp x6, x7, [{RSP}], #16"));
        out.push(format!("\tmov sp, {RSP}"));
        out.push(format!("{l}:"));
    }

    fn pop_return_address(out: &mut Vec<String>) {
        out.push(format!("\tldr x30, [{RSP}], #8"));
        out.push(format!("\tmov sp, {RSP}"));
    }

    fn after_call(out: &mut Vec<String>) {
        out.push(format!("\tmov {RSP}, sp"));
        out.push(format!("\tmov {}, {}", GPR[RAX], RET[0]));
        out.push(format!("\tmov {}, {}", GPR[RDX], RET[1]));
    }
}

impl Lowering for Aarch64 {
    fn comment(&self) -> &'static str {
        "//"
    }

    fn item(&mut self, item: &Item, out: &mut Vec<String>) {
        match item {
            Item::Dir(t) => out.push(format!("\t{}", self.directive(t))),
            Item::Label(l) => out.push(format!("{l}:")),
            Item::Src(s) => out.push(format!("\t// {s}")),
            Item::Op(op) => self.op(op, out),
            Item::FlagDef { .. } | Item::FlagUse { .. } | Item::FlagKill => {
                unreachable!("flags are resolved before lowering")
            }
        }
    }

    fn directive(&self, text: &str) -> String {
        // `@` starts a type/flag word on x86 and RISC-V; AArch64 gas spells it `%`
        if text.starts_with(".section") || text.starts_with(".type") || text.starts_with(".pushsection") {
            text.replace("@progbits", "%progbits").replace("@nobits", "%nobits").replace("@function", "%function").replace("@object", "%object").replace("@note", "%note").replace("@gnu_unique_object", "%gnu_unique_object")
        } else {
            text.to_string()
        }
    }
}
