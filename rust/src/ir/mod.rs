//! The small IR between the x86 lifter and the target lowerings.
//!
//! Registers are *guest* registers (the 16 x86 GPRs, always holding the exact 64-bit x86 value) plus a
//! handful of temporaries and the two lazy-flag registers. Each target maps them onto fixed host
//! registers (`isa/*/regs.rs`), so the IR needs no register allocator.

pub mod flags;

/// An IR register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum R {
    /// x86 GPR by hardware number (0=rax ... 4=rsp ... 15=r15)
    G(u8),
    /// lifter temporaries
    T0,
    T1,
    /// temporaries used by condition expansion
    C0,
    C1,
    /// saved flag operands (see `flags`)
    FA,
    FB,
    /// the hardwired zero register (only as a source)
    Zero,
}

/// A source operand: register or 64-bit immediate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum V {
    R(R),
    I(i64),
}

impl From<R> for V {
    fn from(r: R) -> V {
        V::R(r)
    }
}

/// Width of an arithmetic op, with x86 semantics for the result:
/// `W64` keeps all bits; `W32` computes on the low 32 bits and zero-extends the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum W {
    W32,
    W64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AluOp {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    Shl,
    /// logical shift right
    Shr,
    /// arithmetic shift right
    Sar,
    DivS,
    DivU,
    RemS,
    RemU,
    /// high 64 bits of the signed / unsigned 128-bit product (W64 only)
    MulHS,
    MulHU,
}

/// Integer comparison of two 64-bit host values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cc {
    Eq,
    Ne,
    Lt,
    Ge,
    Ltu,
    Geu,
}

impl Cc {
    pub fn invert(self) -> Cc {
        match self {
            Cc::Eq => Cc::Ne,
            Cc::Ne => Cc::Eq,
            Cc::Lt => Cc::Ge,
            Cc::Ge => Cc::Lt,
            Cc::Ltu => Cc::Geu,
            Cc::Geu => Cc::Ltu,
        }
    }
}

/// A symbol reference with addend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sym {
    pub name: String,
    pub off: i64,
}

/// One IR operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// d = imm
    Li { d: R, imm: i64 },
    /// d = s
    Mov { d: R, s: R },
    /// d = &sym (PC-relative); with `got`, d = the GOT entry's content (the symbol's address)
    La { d: R, sym: Sym, got: bool },
    /// d = a op b with width semantics (see `W`)
    Alu { op: AluOp, w: W, d: R, a: R, b: V },
    /// d = sign/zero-extend(s[bits-1:0]) to 64 bits
    Ext { d: R, s: R, bits: u8, signed: bool },
    /// d[lsb+bits-1 : lsb] = s[bits-1 : 0], other bits of d kept
    Insert { d: R, s: R, lsb: u8, bits: u8 },
    /// d = load `bytes` bytes at base+off, sign- or zero-extended
    Load { d: R, base: R, off: i64, bytes: u8, signed: bool },
    /// store the low `bytes` bytes of s at base+off
    Store { s: R, base: R, off: i64, bytes: u8 },
    /// d = (a cc b) ? 1 : 0
    SetCc { d: R, cc: Cc, a: R, b: V },
    /// d = c != 0 ? t : f  (d may equal t or f)
    Select { d: R, c: R, t: R, f: R },
    /// branch to label if a cc b
    Br { cc: Cc, a: R, b: V, label: String },
    Jmp { label: String },
    JmpInd { r: R },
    /// call a function with the target ABI; results land in rax/rdx (and xmm0/xmm1)
    Call { sym: String },
    CallInd { r: R },
    /// return from a translated function (restores the emulated return address slot); with
    /// `ext32` the value was produced by a 32-bit write and is sign-extended as the target ABI wants
    Ret { ext32: bool },
    /// x86 `jmp func`: leave this function's frame and jump to another
    TailCall { sym: String },
    TailCallInd { r: R },
    /// function entry: emulate the x86 `call` that pushed a return address
    Prologue,
    /// trap (ud2, hlt)
    Trap,
}

impl Op {
    /// Does control never continue with the next op?
    pub fn is_terminator(&self) -> bool {
        matches!(self, Op::Jmp { .. } | Op::JmpInd { .. } | Op::Ret { .. } | Op::TailCall { .. } | Op::TailCallInd { .. } | Op::Trap)
    }
}

/// x86 condition codes (the suffix of jcc/setcc/cmovcc), canonical names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum X86Cond {
    O,
    No,
    B,
    Ae,
    E,
    Ne,
    Be,
    A,
    S,
    Ns,
    P,
    Np,
    L,
    Ge,
    Le,
    G,
}

impl X86Cond {
    pub fn parse(s: &str) -> Option<X86Cond> {
        use X86Cond::*;
        Some(match s {
            "o" => O,
            "no" => No,
            "b" | "c" | "nae" => B,
            "ae" | "nb" | "nc" => Ae,
            "e" | "z" => E,
            "ne" | "nz" => Ne,
            "be" | "na" => Be,
            "a" | "nbe" => A,
            "s" => S,
            "ns" => Ns,
            "p" | "pe" => P,
            "np" | "po" => Np,
            "l" | "nge" => L,
            "ge" | "nl" => Ge,
            "le" | "ng" => Le,
            "g" | "nle" => G,
            _ => return None,
        })
    }

    pub fn negate(self) -> X86Cond {
        use X86Cond::*;
        match self {
            O => No,
            No => O,
            B => Ae,
            Ae => B,
            E => Ne,
            Ne => E,
            Be => A,
            A => Be,
            S => Ns,
            Ns => S,
            P => Np,
            Np => P,
            L => Ge,
            Ge => L,
            Le => G,
            G => Le,
        }
    }

    pub fn name(self) -> &'static str {
        use X86Cond::*;
        match self {
            O => "o",
            No => "no",
            B => "b",
            Ae => "ae",
            E => "e",
            Ne => "ne",
            Be => "be",
            A => "a",
            S => "s",
            Ns => "ns",
            P => "p",
            Np => "np",
            L => "l",
            Ge => "ge",
            Le => "le",
            G => "g",
        }
    }
}

/// What a flag consumer does with the condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlagAction {
    /// jcc
    Branch { label: String },
    /// d = cond ? 1 : 0 (a full 64-bit value; the lifter inserts it into the x86 destination)
    Set { d: R },
    /// d = cond ? t : f
    Select { d: R, t: R, f: R },
}

/// The kind of operation that last defined the arithmetic flags, with the operands it saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FlagKind {
    /// a - b (cmp, sub, neg as 0 - b)
    Sub,
    /// a + b (add)
    Add,
    /// result in FA; CF = OF = 0 (and, or, xor, test)
    Logic,
    /// result in FA; only ZF, SF and PF are defined (shifts by a non-zero count, inc/dec without CF readers)
    Result,
    /// CF = FA (0/1), the other flags undefined (bt)
    Carry,
    /// a + 1 / a - 1: like Add / Sub with b = 1, but CF keeps an older value (inc, dec)
    Inc,
    Dec,
    /// flags the translator does not model (adc/sbb, multiply overflow, variable shifts): any reader
    /// is rejected
    Opaque,
}

/// One item of the lifted program, in source order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// a directive already converted for the target
    Dir(String),
    Label(String),
    /// the x86 source line this group of ops came from (printed as a comment)
    Src(String),
    Op(Op),
    /// flags := kind(a, b) at width `bits`
    FlagDef { id: u32, kind: FlagKind, bits: u8, a: V, b: V, line: u32, col: u32 },
    /// use of the flags
    FlagUse { cond: X86Cond, action: FlagAction, line: u32, col: u32 },
    /// a call or anything else that leaves the flags undefined
    FlagKill,
}
