//! x86-64 (AT&T) → IR. One file per instruction family; this file holds operand access and dispatch.

mod abi;
mod arith;
mod bits;
mod cond;
mod control;
pub use control::{va_bridge_name, VA_LIST};
mod logic;
mod moves;
mod shift;
mod sse_packed;
mod sse_scalar;
mod stack;

use crate::asm::x86_64::{regs, Expr, Gpr, Insn, Mem, Operand, Reg};
use crate::asm::Span;
use crate::error::{Error, Result};
use crate::ir::{AluOp, FlagAction, FlagKind, Item, Op, Sym, X86Cond, R, V, W};
use std::collections::{HashMap, HashSet};

/// What the lifter knows about the file around the instruction.
pub struct Context<'a> {
    /// labels that are functions (entered through the ABI)
    pub functions: &'a HashSet<String>,
    /// labels defined anywhere in the file
    pub defined: &'a HashSet<String>,
    /// labels of jump tables (data holding label differences or label addresses)
    pub jump_tables: &'a HashSet<String>,
    /// `ret` instructions (by line) whose return value was last written as 32 bits or less
    pub ret32: &'a HashSet<u32>,
    /// contents of string literals by label (format strings of variadic calls)
    pub strings: &'a HashMap<String, String>,
    /// the target wants variadic doubles in integer registers (RISC-V)
    pub varargs_in_gprs: bool,
    /// GPRs (bit mask) each function of this file may write, through its callees too
    pub clobbers: &'a HashMap<String, u16>,
    /// labels something refers to (jumps, addresses, data); others (debug `.Ltmp` labels) cannot
    /// be reached but by falling through, so what is known about registers survives them
    pub referenced: &'a HashSet<String>,
    /// C prototypes given by the user, by function name
    pub protos: &'a HashMap<String, crate::abi::Proto>,
    /// the target's calling convention
    pub conv: crate::abi::Conv,
}

/// What is known about a GPR's value within the current block.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) enum Known {
    #[default]
    Nothing,
    /// the address of a label
    Label(String),
    Const(i64),
}

pub struct Lifter<'a> {
    pub items: Vec<Item>,
    ctx: Context<'a>,
    next_flag: u32,
    span: Span,
    /// the current block referenced a jump table (so `jmp *reg` is a switch, not a tail call)
    block_has_table: bool,
    /// what is known about rdx relative to rax (for div/idiv)
    dividend: Option<DividendState>,
    /// label addresses and constants held by GPRs in this block (for variadic calls)
    pub(crate) known: [Known; 16],
    /// what the last write (in file order, within the function) put into each GPR; kept across
    /// labels for the callee-saved registers gcc parks format strings in across loops
    pub(crate) linear: [Known; 16],
    /// this block stored to 0(%rsp) or 8(%rsp) since the last call: maybe a 7th/8th argument
    pub(crate) stack_args: bool,
    /// the function being lifted, and the functions whose end some `jmp *reg` needs to know
    pub(crate) func: Option<String>,
    pub(crate) needs_end: HashSet<String>,
    /// the section being filled, and the functions whose code may continue, with their sections
    section: String,
    open: Vec<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DividendState {
    /// rdx (edx) holds the sign extension of rax (eax) at this width
    SignExtended(u8),
    /// rdx is zero
    Zero,
}

/// Size suffix → width in bits.
fn suffix_width(c: u8) -> Option<u8> {
    match c {
        b'b' => Some(8),
        b'w' => Some(16),
        b'l' => Some(32),
        b'q' => Some(64),
        _ => None,
    }
}

/// Mnemonics that take a b/w/l/q size suffix.
const SUFFIXED: &[&str] = &[
    "mov", "add", "sub", "and", "or", "xor", "cmp", "test", "lea", "push", "pop", "inc", "dec", "neg", "not",
    "imul", "mul", "idiv", "div", "shl", "sal", "shr", "sar", "rol", "ror", "adc", "sbb", "xchg", "bt", "bts",
    "btr", "btc", "bsf", "bsr", "tzcnt", "lzcnt", "popcnt", "movabs", "shld", "shrd", "call", "ret", "jmp", "leave",
];

/// x87 floating-point mnemonics (f-prefixed; `fence` is not one of them).
fn is_x87(m: &str) -> bool {
    const X87: &[&str] = &[
        "fld", "fild", "fst", "fist", "fisttp", "fadd", "fsub", "fmul", "fdiv", "fcom", "fucom", "fchs", "fabs", "fsqrt",
        "fxch", "fldz", "fld1", "fnstcw", "fldcw", "fstcw", "fnstsw", "frndint", "fscale", "fprem", "fsin", "fcos",
        "fpatan", "fyl2x", "f2xm1", "fcmov", "ftst", "fxam", "finit", "fninit", "fwait", "fbld", "fbstp", "fldpi",
        "fldl2e", "fldln2", "fldlg2", "fldl2t", "fsave", "frstor", "fnsave",
    ];
    m.starts_with('f') && X87.iter().any(|p| m.starts_with(p))
}

/// The label placed after the code of function `f`.
pub(crate) fn end_label(f: &str) -> String {
    format!(".Lgg_end_{f}")
}

pub(crate) fn gpr(n: u8) -> R {
    R::G(n)
}

impl<'a> Lifter<'a> {
    pub fn new(ctx: Context<'a>) -> Self {
        Lifter { items: Vec::new(), ctx, next_flag: 0, span: Span::default(), block_has_table: false, dividend: None, known: Default::default(), linear: Default::default(), stack_args: false, func: None, needs_end: HashSet::new(), section: ".text".into(), open: Vec::new() }
    }

    pub fn label(&mut self, name: &str) {
        self.items.push(Item::Label(name.to_string()));
        if !self.ctx.referenced.contains(name) && !self.ctx.functions.contains(name) {
            return;
        }
        self.block_has_table = false;
        self.stack_args = false;
        self.dividend = None;
        self.known = Default::default();
        if self.ctx.functions.contains(name) {
            // the functions started in this section end here (their code may have paused for a
            // jump table in .rodata or a cold part elsewhere, so another section does not end them)
            let section = self.section.clone();
            let (ended, open): (Vec<_>, Vec<_>) = std::mem::take(&mut self.open).into_iter().partition(|(_, s)| *s == section);
            self.open = open;
            for (f, _) in ended {
                if self.needs_end.contains(&f) {
                    // before the label itself (already pushed): the next function is not inside
                    let at = self.items.len() - 1;
                    self.items.insert(at, Item::Label(end_label(&f)));
                }
            }
            self.open.push((name.to_string(), section));
            self.func = Some(name.to_string());
            self.linear = Default::default();
            self.items.push(Item::Op(Op::Prologue));
        }
    }

    /// Instructions and labels from here on go to `section`.
    pub fn set_section(&mut self, section: &str) {
        self.section = section.to_string();
    }

    /// End of file: the end labels of functions still open go to the end of their sections.
    pub fn finish(&mut self) {
        for (f, section) in std::mem::take(&mut self.open) {
            if self.needs_end.contains(&f) {
                self.items.push(Item::Dir(format!(".pushsection {section}")));
                self.items.push(Item::Label(end_label(&f)));
                self.items.push(Item::Dir(".popsection".into()));
            }
        }
    }

    pub fn dir(&mut self, text: String) {
        self.items.push(Item::Dir(text));
    }

    fn emit(&mut self, op: Op) {
        if let Op::Store { base, off: 0 | 8, .. } = &op {
            self.stack_args |= *base == gpr(regs::RSP);
        }
        self.items.push(Item::Op(op));
    }

    /// Before a call that may leave this file: x86 passes the 7th and 8th integer arguments on
    /// the stack (at `off` and `off + 8` from %rsp), both targets in registers (a6/a7, x6/x7),
    /// which hold %rax and %r10 — caller-saved and no argument of a non-variadic call. Only when
    /// this block wrote those slots: loading them is harmless for callees that take fewer.
    pub(super) fn load_stack_args(&mut self, off: i64) {
        if std::mem::take(&mut self.stack_args) {
            let rsp = gpr(regs::RSP);
            self.items.push(Item::Op(Op::Load { d: gpr(regs::RAX), base: rsp, off, bytes: 8, signed: false }));
            self.items.push(Item::Op(Op::Load { d: gpr(regs::R10), base: rsp, off: off + 8, bytes: 8, signed: false }));
            self.known[regs::RAX as usize] = Known::Nothing;
            self.known[regs::R10 as usize] = Known::Nothing;
        }
    }

    fn err_unsupported(&self, insn: &Insn, msg: impl Into<String>) -> Error {
        Error::unsupported(self.span, insn.mnemonic.clone(), msg)
    }

    fn err_syntax(&self, msg: impl Into<String>) -> Error {
        Error::syntax(self.span, msg)
    }

    /// Is `sym` a label inside this file's code (a jump target), rather than a function to tail-call?
    fn is_local_label(&self, sym: &str) -> bool {
        let numeric = sym.trim_end_matches(['f', 'b']).chars().all(|c| c.is_ascii_digit());
        numeric || (self.ctx.defined.contains(sym) && !self.ctx.functions.contains(sym))
    }

    fn flag_def(&mut self, kind: FlagKind, bits: u8, a: V, b: V) {
        self.next_flag += 1;
        let id = self.next_flag;
        self.items.push(Item::FlagDef { id, kind, bits, a, b, line: self.span.line, col: self.span.col });
    }

    fn flag_use(&mut self, cond: X86Cond, action: FlagAction) {
        self.items.push(Item::FlagUse { cond, action, line: self.span.line, col: self.span.col });
    }

    fn expect_ops(&self, insn: &Insn, n: &[usize]) -> Result<()> {
        if n.contains(&insn.ops.len()) {
            Ok(())
        } else {
            let want = n.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(" or ");
            Err(self.err_syntax(format!("`{}` takes {want} operand(s), found {}", insn.mnemonic, insn.ops.len())))
        }
    }

    /// Width of the instruction: from the suffix, else from a register operand.
    fn width(&self, insn: &Insn, base: &str) -> Result<u8> {
        let m = insn.mnemonic.as_bytes();
        if m.len() == base.len() + 1 {
            if let Some(w) = suffix_width(m[m.len() - 1]) {
                return Ok(w);
            }
        }
        for op in insn.ops.iter().rev() {
            if let Operand::Reg(Reg::Gpr(g)) = op {
                return Ok(g.width);
            }
        }
        Err(self.err_syntax(format!("cannot tell the operand size of `{}`: add a b/w/l/q suffix", insn.mnemonic)))
    }

    /// Lift one instruction.
    pub fn insn(&mut self, insn: &Insn) -> Result<()> {
        let after = self.dividend_after(insn);
        self.insn_inner(insn)?;
        self.dividend = after;
        self.track_known(insn);
        Ok(())
    }

    /// What is known about GPR `n` here: from this block, else from the function as a whole.
    pub(crate) fn known_of(&self, n: usize) -> Known {
        if self.known[n] != Known::Nothing {
            return self.known[n].clone();
        }
        // a guess for callee-saved registers set before a loop; the verifier checks it
        if [3, 5, 12, 13, 14, 15].contains(&n) {
            return self.linear[n].clone();
        }
        Known::Nothing
    }

    /// Update what is known about register values after `insn` (conservatively).
    fn track_known(&mut self, insn: &Insn) {
        let m = insn.mnemonic.as_str();
        let reg64 = |o: &Operand| match o {
            Operand::Reg(Reg::Gpr(g)) if !g.high => Some((g.num as usize, g.width)),
            _ => None,
        };
        let dst = insn.ops.last().and_then(reg64);
        let new = match (m, insn.ops.as_slice()) {
            ("leaq" | "lea", [Operand::Mem(mm), _]) if mm.base == Some(Reg::Rip) && mm.index.is_none() && mm.disp.off == 0 => {
                mm.disp.sym.clone().map(Known::Label).unwrap_or_default()
            }
            ("movq" | "mov", [src, _]) if reg64(src).is_some_and(|(_, w)| w == 64) => self.known_of(reg64(src).unwrap().0),
            // a 32-bit copy of a known small constant is the same constant
            ("movl", [src, _]) if reg64(src).is_some_and(|(_, w)| w == 32) => match self.known[reg64(src).unwrap().0] {
                Known::Const(k) if (0..=u32::MAX as i64).contains(&k) => Known::Const(k),
                _ => Known::Nothing,
            },
            ("movl" | "movq" | "mov", [Operand::Imm(e), _]) if e.is_constant() => Known::Const(e.off),
            ("xorl" | "xorq" | "xor", [a, b]) if a == b => Known::Const(0),
            _ => Known::Nothing,
        };
        if m.starts_with("call") {
            let local = match insn.ops.first() {
                Some(Operand::Expr(e)) => e.sym.as_ref().and_then(|s| self.ctx.clobbers.get(s)).copied(),
                _ => None,
            };
            // a call to a function of this file only changes what that function writes
            let mask = local.unwrap_or(0b0000_1111_1100_0111);
            for n in 0..16 {
                if mask & (1 << n) != 0 {
                    self.known[n] = Known::Nothing;
                    self.linear[n] = Known::Nothing;
                }
            }
            return;
        }
        if insn.ops.is_empty() {
            let written: &[usize] = match m {
                "cltq" | "cwtl" | "cbtw" => &[0],
                "cqto" | "cltd" | "cwtd" => &[2],
                "leave" | "leaveq" => &[4, 5],
                "ret" | "retq" | "nop" | "endbr64" | "endbr32" | "ud2" | "hlt" | "pause" => &[],
                _ if ["stos", "movs", "lods", "scas", "cmps"].iter().any(|p| m.starts_with(p)) => &[0, 1, 6, 7],
                _ => &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
            };
            for &n in written {
                self.known[n] = Known::Nothing;
                self.linear[n] = Known::Nothing;
            }
            return;
        }
        if m.starts_with("xchg") || m.starts_with("cmpxchg") {
            self.known = Default::default();
            self.linear = Default::default();
            return;
        }
        if insn.ops.len() == 1 {
            // push reads; pop/inc/neg/mul/div/... write their operand or rax:rdx
            if !m.starts_with("push") {
                let wide = ["mul", "imul", "div", "idiv"].iter().any(|p| m.starts_with(p));
                for n in if wide { vec![0, 2] } else { vec![] } {
                    self.known[n] = Known::Nothing;
                    self.linear[n] = Known::Nothing;
                }
                if let Some((n, _)) = dst {
                    self.known[n] = Known::Nothing;
                    // `pop` restores a callee-saved register at an exit: what the body held stays
                    if !m.starts_with("pop") {
                        self.linear[n] = Known::Nothing;
                    }
                }
            }
            return;
        }
        if let Some((n, w)) = dst {
            if !m.starts_with("cmp") && !m.starts_with("test") {
                self.known[n] = if w >= 32 { new } else { Known::Nothing };
                self.linear[n] = self.known[n].clone();
            }
        }
    }

    /// The dividend state after `insn` (conservative: anything touching rax/rdx forgets it).
    fn dividend_after(&self, insn: &Insn) -> Option<DividendState> {
        let m = insn.mnemonic.as_str();
        match m {
            "cltd" => return Some(DividendState::SignExtended(32)),
            "cqto" => return Some(DividendState::SignExtended(64)),
            _ => {}
        }
        let is_rdx = |o: &Operand| matches!(o, Operand::Reg(Reg::Gpr(g)) if g.num == regs::RDX && !g.high && g.width >= 32);
        if insn.ops.len() == 2 && is_rdx(&insn.ops[1]) {
            let zeroing = (m.starts_with("xor") && insn.ops[0] == insn.ops[1])
                || (m.starts_with("mov") && insn.ops[0] == Operand::Imm(Expr::constant(0)));
            if zeroing {
                return Some(DividendState::Zero);
            }
        }
        let mentions = |o: &Operand| -> bool {
            fn hit(r: &Option<Reg>) -> bool {
                matches!(r, Some(Reg::Gpr(g)) if g.num == regs::RAX || g.num == regs::RDX)
            }
            match o {
                Operand::Reg(r) => hit(&Some(*r)),
                Operand::Mem(mm) => hit(&mm.base) || hit(&mm.index),
                Operand::Indirect(_) => true,
                _ => false,
            }
        };
        let implicit = ["cltq", "cwtl", "cbtw", "cwtd", "call", "ret", "jmp", "leave", "xchg"].iter().any(|p| m.starts_with(p))
            || ((m.starts_with("mul") || m.starts_with("imul")) && insn.ops.len() <= 1)
            || m.starts_with("div")
            || m.starts_with("idiv");
        if implicit {
            return None;
        }
        // rdx = 0 does not depend on rax: only a write to rdx ends it
        let writes_rdx = insn.ops.last().is_some_and(|o| matches!(o, Operand::Reg(Reg::Gpr(g)) if g.num == regs::RDX));
        if self.dividend == Some(DividendState::Zero) && !writes_rdx {
            return self.dividend;
        }
        // only a write to rax or rdx (the destination register) can break the relation
        let no_write = m.starts_with("cmp") || m.starts_with("test") || m.starts_with("push") || (m.starts_with("bt") && m.len() <= 3);
        let dst_is_reg = matches!(insn.ops.last(), Some(Operand::Reg(_)));
        if !no_write && dst_is_reg && insn.ops.last().is_some_and(mentions) {
            None
        } else {
            self.dividend
        }
    }

    fn insn_inner(&mut self, insn: &Insn) -> Result<()> {
        self.span = insn.span;
        self.items.push(Item::Src(insn.text.clone()));
        let m = insn.mnemonic.as_str();
        for p in &insn.prefixes {
            if !matches!(p.as_str(), "notrack" | "bnd" | "rep" | "repz" | "repe" | "data16") {
                return Err(self.err_unsupported(insn, format!("prefix `{p}` is not supported")));
            }
        }
        // base mnemonic without size suffix
        let base = {
            let mut b = m;
            if !SUFFIXED.contains(&m) && m.len() > 1 {
                let cut = &m[..m.len() - 1];
                if SUFFIXED.contains(&cut) && suffix_width(m.as_bytes()[m.len() - 1]).is_some() {
                    b = cut;
                }
            }
            b
        };
        let vector_regs = insn.ops.iter().any(|o| matches!(o, Operand::Reg(Reg::Ymm(_) | Reg::Zmm(_) | Reg::K(_))));
        if vector_regs || (m.starts_with('v') && insn.ops.iter().any(|o| matches!(o, Operand::Reg(Reg::Xmm(_))))) {
            return Err(self.err_unsupported(insn, format!("AVX instruction `{m}` is not supported (compile the input with -mno-avx)")));
        }
        if insn.ops.iter().any(|o| matches!(o, Operand::Reg(Reg::St(_)))) || is_x87(m) {
            return Err(self.err_unsupported(insn, format!("x87 instruction `{m}` is not supported (long double and x87 math cannot be translated)")));
        }
        if insn.ops.iter().any(|o| matches!(o, Operand::Reg(Reg::Mm(_)))) {
            return Err(self.err_unsupported(insn, format!("MMX instruction `{m}` is not supported")));
        }
        let has_xmm = insn.ops.iter().any(|o| matches!(o, Operand::Reg(Reg::Xmm(_))));
        if sse_scalar::handles(m) && (has_xmm || !matches!(m, "movq" | "movsd")) {
            return sse_scalar::lift(self, insn);
        }
        if sse_packed::handles(m) {
            return sse_packed::lift(self, insn);
        }
        match base {
            "nop" | "endbr64" | "endbr32" | "pause" | "prefetcht0" | "prefetcht1" | "prefetcht2" | "prefetchnta" => Ok(()),
            "xchg" if insn.ops.len() == 2 && insn.ops[0] == insn.ops[1] => Ok(()), // xchg %ax,%ax is a nop
            "nopw" | "nopl" | "nopq" => Ok(()),
            "mov" | "movabs" => moves::mov(self, insn, base),
            "movzbw" | "movzbl" | "movzbq" | "movzwl" | "movzwq" | "movsbw" | "movsbl" | "movsbq" | "movswl" | "movswq"
            | "movslq" | "movsx" | "movzx" | "movsxd" => moves::movx(self, insn),
            "cltq" | "cwtl" | "cbtw" | "cqto" | "cltd" | "cwtd" => moves::convert(self, insn),
            "xchg" => moves::xchg(self, insn),
            "lea" => arith::lea(self, insn),
            "add" | "sub" | "adc" | "sbb" | "cmp" => arith::addsub(self, insn, base),
            "inc" | "dec" | "neg" => arith::unary(self, insn, base),
            "imul" | "mul" => arith::mul(self, insn, base),
            "idiv" | "div" => arith::div(self, insn, base),
            "and" | "or" | "xor" | "test" => logic::binary(self, insn, base),
            "not" => logic::not(self, insn),
            "shl" | "sal" | "shr" | "sar" | "rol" | "ror" => shift::shift(self, insn, base),
            "bt" | "bts" | "btr" | "btc" | "bsf" | "bsr" | "tzcnt" | "lzcnt" | "popcnt" => bits::bits(self, insn, base),
            "bswap" | "bswapl" | "bswapq" => bits::bswap(self, insn),
            "shld" | "shrd" => shift::double(self, insn, base),
            "stosb" | "stosw" | "stosl" | "stosq" | "movsb" | "movsw" | "movsl" | "movsq" if insn.ops.is_empty() => stack::string_op(self, insn),
            "push" => stack::push(self, insn),
            "pop" => stack::pop(self, insn),
            "leave" => stack::leave(self, insn),
            "call" => control::call(self, insn),
            "jmp" => control::jmp(self, insn),
            "ret" => control::ret(self, insn),
            "ud2" | "hlt" => {
                self.emit(Op::Trap);
                Ok(())
            }
            _ => {
                if let Some(c) = m.strip_prefix("set").and_then(X86Cond::parse) {
                    return cond::setcc(self, insn, c);
                }
                if let Some(c) = m.strip_prefix("cmov").and_then(|s| {
                    X86Cond::parse(s).or_else(|| {
                        if s.len() > 1 && suffix_width(s.as_bytes()[s.len() - 1]).is_some() {
                            X86Cond::parse(&s[..s.len() - 1])
                        } else {
                            None
                        }
                    })
                }) {
                    return cond::cmov(self, insn, c);
                }
                if let Some(c) = m.strip_prefix('j').and_then(X86Cond::parse) {
                    return cond::jcc(self, insn, c);
                }
                Err(self.err_unsupported(insn, format!("instruction `{m}` is not supported by the translator")))
            }
        }
    }

    // ---- operand access -------------------------------------------------------------------------

    fn gpr_of(&self, insn: &Insn, r: &Reg) -> Result<Gpr> {
        match r {
            Reg::Gpr(g) => Ok(*g),
            other => Err(self.err_unsupported(insn, format!("register `%{}` is not supported here", regs::name(*other)))),
        }
    }

    /// Address of a memory operand as (base register, offset). May use T0.
    fn addr(&mut self, insn: &Insn, m: &Mem) -> Result<(R, i64)> {
        if let Some(seg) = m.seg {
            return self.fs_addr(insn, m, seg);
        }
        let reloc = m.disp.reloc.as_deref().map(|r| r.to_ascii_uppercase());
        if matches!(reloc.as_deref(), Some("TPOFF")) {
            // `sym@tpoff(%reg)`: the register holds the thread pointer (read from %fs:0)
            let name = m.disp.sym.clone().unwrap_or_default();
            let plain = Mem { disp: Expr { reloc: None, sym: None, ..m.disp.clone() }, seg: None, ..m.clone() };
            let (b, off) = self.addr(insn, &plain)?;
            self.emit(Op::TlsOffset { d: R::C1, sym: name, ie: false });
            self.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: R::T0, a: b, b: V::R(R::C1) });
            return Ok((R::T0, off));
        }
        if matches!(reloc.as_deref(), Some("GOTTPOFF")) && m.base == Some(Reg::Rip) {
            return Err(self.err_syntax("`@gottpoff` is loaded with mov, not used as an address"));
        }
        if m.disp.reloc.as_deref().is_some_and(|r| r != "GOTPCREL") {
            return Err(self.err_unsupported(insn, format!("relocation `@{}` is not supported yet", m.disp.reloc.as_deref().unwrap_or(""))));
        }
        if m.disp.minus_sym.is_some() {
            return Err(self.err_unsupported(insn, "a symbol difference as a displacement"));
        }
        if m.base == Some(Reg::Rip) {
            if m.index.is_some() {
                return Err(self.err_syntax("%rip cannot be used with an index register"));
            }
            let Some(name) = m.disp.sym.clone() else {
                return Err(self.err_unsupported(insn, "a RIP-relative access without a symbol"));
            };
            if self.ctx.jump_tables.contains(&name) {
                self.block_has_table = true;
            }
            // a symbol from another unit may be out of PC-relative reach in a PIE: go through the GOT
            if !self.ctx.defined.contains(&name) {
                self.emit(Op::La { d: R::T0, sym: Sym { name, off: 0 }, got: true });
                return Ok((R::T0, m.disp.off));
            }
            self.emit(Op::La { d: R::T0, sym: Sym { name, off: m.disp.off }, got: false });
            return Ok((R::T0, 0));
        }
        let base = match &m.base {
            Some(r) => {
                let g = self.gpr_of(insn, r)?;
                if g.width != 64 {
                    return Err(self.err_unsupported(insn, "32-bit address registers are not supported"));
                }
                Some(gpr(g.num))
            }
            None => None,
        };
        let mut off = m.disp.off;
        let mut cur: Option<R> = base;
        if let Some(name) = &m.disp.sym {
            // absolute symbol address (non-PIC code)
            self.emit(Op::La { d: R::T0, sym: Sym { name: name.clone(), off }, got: false });
            off = 0;
            if let Some(b) = cur {
                self.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: R::T0, a: R::T0, b: V::R(b) });
            }
            cur = Some(R::T0);
        }
        if let Some(ix) = &m.index {
            let g = self.gpr_of(insn, ix)?;
            if g.width != 64 || g.num == regs::RSP {
                return Err(self.err_unsupported(insn, "this index register is not supported"));
            }
            let shift = match m.scale {
                1 => 0,
                2 => 1,
                4 => 2,
                _ => 3,
            };
            let ir = gpr(g.num);
            let scaled = if shift == 0 {
                ir
            } else {
                // cur may be T0 (symbol); scale into T1-free way: T0 = idx << s (+ cur)
                if cur == Some(R::T0) {
                    self.emit(Op::Alu { op: AluOp::Shl, w: W::W64, d: R::C1, a: ir, b: V::I(shift) });
                    R::C1
                } else {
                    self.emit(Op::Alu { op: AluOp::Shl, w: W::W64, d: R::T0, a: ir, b: V::I(shift) });
                    R::T0
                }
            };
            match cur {
                Some(b) => self.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: R::T0, a: scaled, b: V::R(b) }),
                None if scaled != R::T0 => self.emit(Op::Mov { d: R::T0, s: scaled }),
                None => {}
            }
            cur = Some(R::T0);
        }
        match cur {
            Some(r) => Ok((r, off)),
            None => {
                self.emit(Op::Li { d: R::T0, imm: off });
                Ok((R::T0, 0))
            }
        }
    }

    /// `%fs:`-relative addresses: x86-64 Linux keeps the thread pointer in %fs. `%fs:40` is the
    /// stack-protector canary (the targets' glibc keeps it in `__stack_chk_guard`); `sym@tpoff` and
    /// register offsets are thread-local variables.
    fn fs_addr(&mut self, insn: &Insn, m: &Mem, seg: Reg) -> Result<(R, i64)> {
        if regs::name(seg) != "fs" {
            return Err(self.err_unsupported(insn, format!("segment-relative access through `%{}`", regs::name(seg))));
        }
        let reloc = m.disp.reloc.as_deref().map(|r| r.to_ascii_uppercase());
        if m.base.is_none() && m.index.is_none() && m.disp.sym.is_none() {
            if m.disp.off == 40 {
                self.emit(Op::La { d: R::T0, sym: Sym { name: "__stack_chk_guard".into(), off: 0 }, got: true });
                return Ok((R::T0, 0));
            }
            return Err(self.err_unsupported(insn, format!("`%fs:{}` (only the canary at %fs:40 and thread-local variables are supported)", m.disp.off)));
        }
        let plain = Mem { disp: Expr { reloc: None, sym: None, ..m.disp.clone() }, seg: None, ..m.clone() };
        let tls_sym = match (&m.disp.sym, reloc.as_deref()) {
            (Some(s), Some("TPOFF")) => Some(s.clone()),
            (None, None) => None,
            _ => return Err(self.err_unsupported(insn, format!("`%fs:` operand `{}`", m.disp))),
        };
        // address = thread pointer + (tls offset) + base + index*scale + disp
        let (b, off) = if plain.base.is_some() || plain.index.is_some() { self.addr(insn, &plain)? } else { (R::Zero, plain.disp.off) };
        self.emit(Op::ThreadPointer { d: R::C1 });
        self.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: R::T0, a: R::C1, b: V::R(b) });
        if let Some(name) = tls_sym {
            self.emit(Op::TlsOffset { d: R::C1, sym: name, ie: false });
            self.emit(Op::Alu { op: AluOp::Add, w: W::W64, d: R::T0, a: R::T0, b: V::R(R::C1) });
        }
        Ok((R::T0, off))
    }

    /// `%fs:0`: x86 keeps a pointer to the thread block there, i.e. the thread pointer itself.
    fn is_fs_self(m: &Mem) -> bool {
        m.seg.is_some_and(|s| regs::name(s) == "fs") && m.base.is_none() && m.index.is_none() && m.disp.sym.is_none() && m.disp.off == 0
    }

    fn is_gotpcrel(op: &Operand) -> bool {
        matches!(op, Operand::Mem(m) if m.disp.reloc.as_deref() == Some("GOTPCREL"))
    }

    /// Read an operand; the low `w` bits of the result are the x86 value (upper bits arbitrary).
    /// Memory and high-byte registers are read into `tmp`.
    fn read(&mut self, insn: &Insn, op: &Operand, w: u8, tmp: R) -> Result<V> {
        match op {
            Operand::Reg(r) => {
                let g = self.gpr_of(insn, r)?;
                if g.high {
                    self.emit(Op::Alu { op: AluOp::Shr, w: W::W64, d: tmp, a: gpr(g.num), b: V::I(8) });
                    Ok(V::R(tmp))
                } else {
                    Ok(V::R(gpr(g.num)))
                }
            }
            Operand::Imm(e) => self.imm(insn, e, tmp),
            Operand::Mem(m) => {
                if Self::is_gotpcrel(op) {
                    let name = m.disp.sym.clone().unwrap_or_default();
                    self.emit(Op::La { d: tmp, sym: Sym { name, off: 0 }, got: true });
                    return Ok(V::R(tmp));
                }
                if Self::is_fs_self(m) {
                    self.emit(Op::ThreadPointer { d: tmp });
                    return Ok(V::R(tmp));
                }
                if m.base == Some(Reg::Rip) && m.disp.reloc.as_deref().is_some_and(|r| r.eq_ignore_ascii_case("GOTTPOFF")) {
                    let name = m.disp.sym.clone().unwrap_or_default();
                    self.emit(Op::TlsOffset { d: tmp, sym: name, ie: true });
                    return Ok(V::R(tmp));
                }
                let (base, off) = self.addr(insn, m)?;
                self.emit(Op::Load { d: tmp, base, off, bytes: w / 8, signed: false });
                Ok(V::R(tmp))
            }
            Operand::Expr(_) | Operand::Indirect(_) => Err(self.err_syntax("expected a register, immediate or memory operand")),
        }
    }

    /// Read into a register (materializing immediates into `tmp`).
    fn read_reg(&mut self, insn: &Insn, op: &Operand, w: u8, tmp: R) -> Result<R> {
        Ok(match self.read(insn, op, w, tmp)? {
            V::R(r) => r,
            V::I(0) => R::Zero,
            V::I(k) => {
                self.emit(Op::Li { d: tmp, imm: k });
                tmp
            }
        })
    }

    fn imm(&mut self, insn: &Insn, e: &Expr, tmp: R) -> Result<V> {
        if e.is_constant() {
            return Ok(V::I(e.off));
        }
        if e.minus_sym.is_none() && e.off == 0 && e.reloc.as_deref().is_some_and(|r| r.eq_ignore_ascii_case("TPOFF")) {
            let name = e.sym.clone().unwrap_or_default();
            self.emit(Op::TlsOffset { d: tmp, sym: name, ie: false });
            return Ok(V::R(tmp));
        }
        if e.minus_sym.is_some() || e.reloc.is_some() {
            return Err(self.err_unsupported(insn, format!("immediate `${e}` is not supported")));
        }
        // $sym: an absolute address (non-PIE code)
        let name = e.sym.clone().unwrap();
        self.emit(Op::La { d: tmp, sym: Sym { name, off: e.off }, got: false });
        Ok(V::R(tmp))
    }

    /// Write the low `w` bits of `v` to `op` with x86 rules: 32-bit writes zero-extend, 8/16-bit
    /// writes keep the other bits. For memory, `addr` must be the address computed earlier when the
    /// operand was also read (read-modify-write); pass None to compute it now.
    fn write(&mut self, insn: &Insn, op: &Operand, w: u8, v: V, addr: Option<(R, i64)>) -> Result<()> {
        match op {
            Operand::Reg(r) => {
                let g = self.gpr_of(insn, r)?;
                let d = gpr(g.num);
                if g.high {
                    let s = self.as_reg(v, R::T1);
                    self.emit(Op::Insert { d, s, lsb: 8, bits: 8 });
                    return Ok(());
                }
                match (w, v) {
                    (64, V::R(s)) => {
                        if s != d {
                            self.emit(Op::Mov { d, s })
                        }
                    }
                    (64, V::I(k)) => self.emit(Op::Li { d, imm: k }),
                    (32, V::R(s)) => self.emit(Op::Ext { d, s, bits: 32, signed: false }),
                    (32, V::I(k)) => self.emit(Op::Li { d, imm: k & 0xffff_ffff }),
                    (_, v) => {
                        let s = self.as_reg(v, R::T1);
                        self.emit(Op::Insert { d, s, lsb: 0, bits: w });
                    }
                }
                Ok(())
            }
            Operand::Mem(m) => {
                if Self::is_gotpcrel(op) {
                    return Err(self.err_unsupported(insn, "writing to a GOT entry"));
                }
                let (base, off) = match addr {
                    Some(a) => a,
                    None => {
                        // keep the value safe from the address computation (which uses T0/C1)
                        if let V::R(R::T0) = v {
                            self.emit(Op::Mov { d: R::T1, s: R::T0 });
                            return self.write(insn, op, w, V::R(R::T1), None);
                        }
                        self.addr(insn, m)?
                    }
                };
                let s = self.as_reg(v, R::T1);
                self.emit(Op::Store { s, base, off, bytes: w / 8 });
                Ok(())
            }
            _ => Err(self.err_syntax("destination must be a register or memory")),
        }
    }

    fn as_reg(&mut self, v: V, tmp: R) -> R {
        match v {
            V::R(r) => r,
            V::I(0) => R::Zero,
            V::I(k) => {
                self.emit(Op::Li { d: tmp, imm: k });
                tmp
            }
        }
    }

    /// For read-modify-write: address of a memory destination (computed once), else None.
    fn rmw_addr(&mut self, insn: &Insn, op: &Operand) -> Result<Option<(R, i64)>> {
        match op {
            Operand::Mem(m) if !Self::is_gotpcrel(op) => Ok(Some(self.addr(insn, m)?)),
            _ => Ok(None),
        }
    }

    /// Read the destination operand of a read-modify-write instruction, using a precomputed address.
    fn read_rmw(&mut self, insn: &Insn, op: &Operand, w: u8, addr: Option<(R, i64)>) -> Result<V> {
        match (op, addr) {
            (Operand::Mem(_), Some((base, off))) => {
                self.emit(Op::Load { d: R::T1, base, off, bytes: w / 8, signed: false });
                Ok(V::R(R::T1))
            }
            _ => self.read(insn, op, w, R::T1),
        }
    }

    /// Where an ALU result for destination `op` should be computed: directly into the GPR when the
    /// x86 write semantics match the IR width (32/64-bit register), else into T1.
    fn alu_dest(&self, op: &Operand, w: u8) -> Option<R> {
        match op {
            Operand::Reg(Reg::Gpr(g)) if !g.high && (w == 32 || w == 64) => Some(gpr(g.num)),
            _ => None,
        }
    }

    fn iw(w: u8) -> W {
        if w == 64 {
            W::W64
        } else {
            W::W32
        }
    }

    /// Compute `a op b` at width `w` and store it into `dst` with x86 semantics.
    fn alu_to(&mut self, insn: &Insn, op: AluOp, w: u8, dst: &Operand, a: V, b: V, addr: Option<(R, i64)>) -> Result<R> {
        let ar = self.as_reg(a, R::T1);
        if let Some(d) = self.alu_dest(dst, w) {
            self.emit(Op::Alu { op, w: Self::iw(w), d, a: ar, b });
            return Ok(d);
        }
        self.emit(Op::Alu { op, w: W::W64, d: R::T1, a: ar, b });
        self.write(insn, dst, w, V::R(R::T1), addr)?;
        Ok(R::T1)
    }
}

#[cfg(test)]
mod tests;
