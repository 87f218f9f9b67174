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

/// An SSE register of the IR (128 bits): x86 %xmm0-15 or a lifter temporary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum X {
    Xmm(u8),
    T0,
    T1,
}

/// Scalar floating-point precision (x86 `ss` / `sd`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Prec {
    S,
    D,
}

impl Prec {
    pub fn bytes(self) -> u8 {
        match self {
            Prec::S => 4,
            Prec::D => 8,
        }
    }
}

/// Scalar floating-point arithmetic on lane 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FArith {
    Add,
    Sub,
    Mul,
    Div,
    /// x86 semantics: `d = d < b ? d : b` (b when either is NaN or both are zero)
    Min,
    /// x86 semantics: `d = d > b ? d : b`
    Max,
    /// d = sqrt(b)
    Sqrt,
}

/// 128-bit bitwise operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VLogic {
    And,
    Or,
    Xor,
    /// d = !d & b (x86 andnps / pandn)
    AndN,
}

/// Predicates of x86 `cmpXXsd` (the immediate's low three bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FPred {
    Eq,
    Lt,
    Le,
    Unord,
    Neq,
    Nlt,
    Nle,
    Ord,
}

/// The comparison behind an `FPred`: `a rel b`, optionally negated (ordered-ness is `Ord`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FRel {
    Eq,
    Lt,
    Le,
    /// both operands are numbers
    Ord,
}

impl FPred {
    /// `cmp<pred>ss` / `cmp<pred>pd` ... : the predicate and the precision from a mnemonic, for the
    /// packed (`ps`/`pd`) or the scalar (`ss`/`sd`) suffixes
    pub fn parse_cmp(m: &str, packed: bool) -> Option<(FPred, Prec)> {
        let rest = m.strip_prefix("cmp")?;
        let (single, double) = if packed { ("ps", "pd") } else { ("ss", "sd") };
        let (pred, p) = if let Some(x) = rest.strip_suffix(double) {
            (x, Prec::D)
        } else if let Some(x) = rest.strip_suffix(single) {
            (x, Prec::S)
        } else {
            return None;
        };
        let pr = match pred {
            "eq" => FPred::Eq,
            "lt" => FPred::Lt,
            "le" => FPred::Le,
            "unord" => FPred::Unord,
            "neq" => FPred::Neq,
            "nlt" => FPred::Nlt,
            "nle" => FPred::Nle,
            "ord" => FPred::Ord,
            _ => return None,
        };
        Some((pr, p))
    }

    /// (relation, negated)
    pub fn split(self) -> (FRel, bool) {
        match self {
            FPred::Eq => (FRel::Eq, false),
            FPred::Lt => (FRel::Lt, false),
            FPred::Le => (FRel::Le, false),
            FPred::Unord => (FRel::Ord, true),
            FPred::Neq => (FRel::Eq, true),
            FPred::Nlt => (FRel::Lt, true),
            FPred::Nle => (FRel::Le, true),
            FPred::Ord => (FRel::Ord, false),
        }
    }
}

/// Packed integer lane operations (lane width in bits given separately).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VIntOp {
    Add,
    Sub,
    /// unsigned saturating add / subtract
    AddUSat,
    SubUSat,
    /// signed saturating add / subtract
    AddSSat,
    SubSSat,
    /// low half of the lane product
    MulLo,
    /// high half of the signed / unsigned 16-bit product
    MulHiS,
    MulHiU,
    /// lanes all-ones when equal / signed greater
    CmpEq,
    CmpGt,
    MinS,
    MaxS,
    MinU,
    MaxU,
    /// interleave the low / high halves (d's lanes first)
    UnpackLo,
    UnpackHi,
}

/// Where the x86 caller put one variadic argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VArg {
    /// integer class, in a GPR
    Int(R),
    /// double, in %xmmN
    Xmm(u8),
    /// either class, in the x86 outgoing stack area at this offset from %rsp
    Stack { off: i64, double: bool },
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

/// Unary bit operations on the low `bits` of a register (x86 semantics at zero noted per op).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    /// trailing zeros; `bits` for zero (tzcnt)
    Ctz,
    /// leading zeros within `bits`; `bits` for zero (lzcnt)
    Clz,
    /// index of the lowest set bit; d unchanged for zero (bsf)
    Bsf,
    /// index of the highest set bit; d unchanged for zero (bsr)
    Bsr,
    Popcnt,
    /// byte reversal of the low `bits` (bswap), zero-extended
    Bswap,
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
    /// d = offset of thread-local `sym` from the thread pointer (local-exec, or initial-exec through
    /// the GOT when `ie`)
    TlsOffset { d: R, sym: String, ie: bool },
    /// d = the thread pointer (what x86 reads from %fs:0)
    ThreadPointer { d: R },
    /// d = op(s[bits-1:0])
    Unary { op: UnOp, bits: u8, d: R, s: R },
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
    /// call of a function translated in this file: the return address is tagged (bit 0 set) so
    /// the callee returns without the ABI result moves, which would clobber %rdi/%rsi (gcc's
    /// interprocedural register allocation lets callers keep values there across such calls)
    CallLocal { sym: String },
    /// call of a variadic function whose arguments must be moved to where the target ABI wants
    /// them: `fixed` integer arguments stay in place, then `args` in order
    CallVariadic { sym: String, fixed: u8, args: Vec<VArg> },
    /// return from a translated function (restores the emulated return address slot); with
    /// `ext32` the value was produced by a 32-bit write and is sign-extended as the target ABI wants
    Ret { ext32: bool },
    /// x86 `jmp func`: leave this function's frame and jump to another
    TailCall { sym: String },
    TailCallInd { r: R },
    /// function entry: emulate the x86 `call` that pushed a return address
    Prologue,
    /// d = the address a caller passed for a result in memory (AArch64 x8)
    GetSret { d: R },
    /// pass `s` as the address for a result in memory (AArch64 x8)
    SetSret { s: R },
    /// trap (ud2, hlt)
    Trap,

    // ---- SSE (see `X`): lane 0 is the scalar lane; "keeps" means the other bits of d are kept ----
    /// d = 0 (all 128 bits)
    VZero { d: X },
    /// d = s (all 128 bits)
    VCopy { d: X, s: X },
    /// d = zero-extend(load `bytes` (4, 8 or 16) at base+off)
    VLoad { d: X, base: R, off: i64, bytes: u8 },
    /// store the low `bytes` of s
    VStore { s: X, base: R, off: i64, bytes: u8 },
    /// lane 0 of d holds a single for target code: RISC-V NaN-boxes it (x86 bits 32-63 are lost)
    FBox { d: X },
    /// d = zero-extend(s[bits-1:0]) (movd / movq from a GPR)
    VFromGpr { d: X, s: R, bits: u8 },
    /// d = zero-extend(s[bits-1:0]) (movd / movq to a GPR)
    VToGpr { d: R, s: X, bits: u8 },
    /// d = zero-extend(s[63:0]) (movq between xmm registers)
    VMovq { d: X, s: X },
    /// d.lane0 = s.lane0, keeps
    FMovLane { p: Prec, d: X, s: X },
    /// d.lane0 = d.lane0 op b.lane0, keeps
    FArith { op: FArith, p: Prec, d: X, b: X },
    /// d.lane0 = convert `s.lane0` (the other precision) to `to`, keeps
    FCvt { to: Prec, d: X, s: X },
    /// d.lane0 = (p) signed integer s[bits-1:0], keeps
    FFromInt { p: Prec, d: X, s: R, bits: u8 },
    /// d = (bits-wide signed int) s.lane0, truncating or rounding to nearest even; NaN and out of range
    /// give the x86 "integer indefinite" 1 << (bits-1); 32-bit results are zero-extended
    FToInt { p: Prec, d: R, s: X, bits: u8, trunc: bool },
    /// d = comparison code of a.lane0 against b.lane0: CF | ZF << 1 as x86 (u)comis sets them:
    /// 0 greater, 1 less, 2 equal, 3 unordered
    FCmp { p: Prec, d: R, a: X, b: X },
    /// d.lane0 = pred(d.lane0, b.lane0) ? all ones : 0, keeps (cmpXXsd)
    FCmpMask { p: Prec, pred: FPred, d: X, b: X },
    /// d = d op b on all 128 bits
    VLogic { op: VLogic, d: X, b: X },
    /// d = d op b lane-wise on `lane`-bit lanes
    VInt { op: VIntOp, lane: u8, d: X, b: X },
    /// lane-wise shift by an immediate (count >= lane width: zero, or sign fill for Sar)
    VShift { op: AluOp, lane: u8, d: X, n: u8 },
    /// shift the whole 128-bit register by bytes (psrldq / pslldq); `left` for pslldq
    VByteShift { left: bool, d: X, n: u8 },
    /// pshufd: d.dword[i] = s.dword[(imm >> 2i) & 3]
    VShuf32 { d: X, s: X, imm: u8 },
    /// roundss / roundsd: d.lane0 = s.lane0 rounded to an integer by `mode` (0 nearest even,
    /// 1 down, 2 up, 3 toward zero), keeps
    FRound { p: Prec, d: X, s: X, mode: u8 },
    /// pmovsx / pmovzx: the low lanes of s (`from` bits) extended to `to`-bit lanes
    VExtend { from: u8, to: u8, signed: bool, d: X, s: X },
    /// pmuldq: d.qword[i] = d.dword[2i] * b.dword[2i] (signed)
    VMulDq { d: X, b: X },
    /// pblendw / blendps / blendpd: lane i of d is replaced by lane i of b where bit i of imm is set
    VBlend { lane: u8, d: X, b: X, imm: u8 },
    /// pblendvb / blendvps / blendvpd: lane i of d replaced by b's where the sign bit of xmm0's lane is set
    VBlendV { lane: u8, d: X, b: X },
    /// pinsrb/w/d/q: d.lane[i] = s (low `lane` bits)
    VInsert { lane: u8, d: X, s: R, i: u8 },
    /// pextrb/d/q, extractps: d = s.lane[i] zero-extended
    VExtract { lane: u8, d: R, s: X, i: u8 },
    /// phminposuw: d.word[0] = the least unsigned word of s, d.word[1] = its first index, rest 0
    VMinPos { d: X, s: X },
    /// ptest: T0 = CF ((~a & b) == 0), T1 = !ZF ((a & b) != 0)
    VPtest { a: X, b: X },
    /// pshuflw / pshufhw: the four words of one half from s by imm, the other half copied
    VShuf16 { hi: bool, d: X, s: X, imm: u8 },
    /// pmaddwd: d.dword[i] = d.word[2i] * b.word[2i] + d.word[2i+1] * b.word[2i+1] (signed)
    VMaddWd { d: X, b: X },
    /// cmpXXps / cmpXXpd: each lane all ones when pred holds, else 0
    VFCmpMask { p: Prec, pred: FPred, d: X, b: X },
    /// pmuludq: d.qword[i] = d.dword[2i] * b.dword[2i] (unsigned)
    VMulUdq { d: X, b: X },
    /// packuswb / packsswb / packssdw: narrow d's then b's lanes of `lane` bits with saturation
    VPack { lane: u8, signed_out: bool, d: X, b: X },
    /// d.lane0/1 (doubles) or lanes (floats) arithmetic on all lanes (addpd, mulps ...)
    VFArith { op: FArith, p: Prec, d: X, b: X },
    /// cvtdq2pd: d.double[i] = s.int32[i] for i < 2
    VCvtDq2Pd { d: X, s: X },
    /// cvt(t)ps2dq: d.int32[i] = s.float[i], truncating or to nearest even; NaN and out of range
    /// give 0x80000000 as on x86
    VCvtPs2Dq { d: X, s: X, trunc: bool },
    /// cvtdq2ps: d.float[i] = s.int32[i]
    VCvtDq2Ps { d: X, s: X },
    /// d = the sign bits of the `lane`-bit lanes of s (movmskpd / movmskps / pmovmskb)
    VMovMsk { lane: u8, d: R, s: X },
    /// d = s.word[i] zero-extended (pextrw)
    VExtract16 { d: R, s: X, i: u8 },
    /// movhps / movlps / movhpd / movlpd loads and stores of one 64-bit half
    VLoadHalf { hi: bool, d: X, base: R, off: i64 },
    VStoreHalf { hi: bool, s: X, base: R, off: i64 },
    /// d.qword[1] = b.qword[0] / d.qword[0] = b.qword[1] (movlhps, movhlps; unpcklpd = movlhps)
    VMoveHalf { to_hi: bool, d: X, b: X },
    /// shufps / shufpd: lanes of d from d (low half) and b (high half) by imm
    VShufP { p: Prec, d: X, b: X, imm: u8 },
}

impl Op {
    /// Does this op read the high half of an xmm register (then high halves must be kept exactly)?
    pub fn reads_high_half(&self) -> bool {
        match self {
            Op::VStore { bytes, .. } => *bytes == 16,
            Op::VStoreHalf { hi, .. } => *hi,
            Op::VExtract16 { i, .. } => *i >= 4,
            Op::VMoveHalf { to_hi, .. } => !*to_hi,
            Op::VInt { .. }
            | Op::VShift { .. }
            | Op::VByteShift { .. }
            | Op::VShuf32 { .. }
            | Op::VMulUdq { .. }
            | Op::VShuf16 { .. }
            | Op::VMaddWd { .. }
            | Op::VFCmpMask { .. }
            | Op::VPack { .. }
            | Op::VFArith { .. }
            | Op::VCvtDq2Ps { .. }
            | Op::VExtend { .. }
            | Op::VMulDq { .. }
            | Op::VBlend { .. }
            | Op::VBlendV { .. }
            | Op::VInsert { .. }
            | Op::VExtract { .. }
            | Op::VPtest { .. }
            | Op::VMinPos { .. }
            | Op::VCvtPs2Dq { .. }
            | Op::VMovMsk { .. }
            | Op::VShufP { .. } => true,
            _ => false,
        }
    }

    /// The integer register the op writes, if any.
    pub fn int_dest(&self) -> Option<R> {
        match self {
            Op::Li { d, .. }
            | Op::Mov { d, .. }
            | Op::La { d, .. }
            | Op::Alu { d, .. }
            | Op::Ext { d, .. }
            | Op::Insert { d, .. }
            | Op::Load { d, .. }
            | Op::SetCc { d, .. }
            | Op::Select { d, .. }
            | Op::VToGpr { d, .. }
            | Op::FToInt { d, .. }
            | Op::FCmp { d, .. }
            | Op::VMovMsk { d, .. }
            | Op::VExtract16 { d, .. }
            | Op::VExtract { d, .. }
            | Op::Unary { d, .. }
            | Op::TlsOffset { d, .. }
            | Op::ThreadPointer { d }
            | Op::GetSret { d } => Some(*d),
            _ => None,
        }
    }

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
    /// x86 (u)comiss / (u)comisd: FA holds the comparison code of `Op::FCmp`
    FCmp,
    /// flags computed when they were set (adc, sbb): a = CF | OF << 3, b = the 64-bit result
    Eager,
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
