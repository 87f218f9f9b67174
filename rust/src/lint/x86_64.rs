//! x86-64 rules (AT&T or Intel input, one AST): mnemonics and operand counts, size suffix vs
//! register width, high-byte registers with REX, 32-bit immediates of 64-bit operations, SysV ABI.

use super::{Abi, Diagnostic, Flow, Ins, Item, Sp};
use crate::asm::x86_64::{self, Gpr, Insn, Operand, Reg, Stmt};

fn reg_name(r: u16) -> String {
    x86_64::regs::GPR64.get(r as usize).map(|s| format!("%{s}")).unwrap_or_default()
}

/// rbx, rbp, r12-r15.
pub(crate) const ABI: Abi = Abi { callee_saved: &[3, 5, 12, 13, 14, 15], entry_bias: 8, reg_name };

pub(crate) fn check(src: &str, part: &super::Part, out: &mut Vec<Diagnostic>) -> Vec<Item> {
    let (file, errors) = x86_64::parse_lossy_from(src, part.first_line, part.intel);
    out.extend(errors.into_iter().map(Diagnostic::from));
    let mut items = Vec::with_capacity(file.stmts.len());
    for s in file.stmts {
        match s {
            Stmt::Label { name, span } => items.push(Item::Label(name, span)),
            Stmt::Directive { name, args, span, .. } => items.push(Item::Directive(name, args, span)),
            Stmt::Insn(i) => {
                check_insn(&i, out);
                let known = mnemonic_info(&i.mnemonic).is_some();
                let mut d = describe(i);
                if !known {
                    d.writes.clear();
                }
                items.push(Item::Ins(d));
            }
        }
    }
    items
}

fn gprs(i: &Insn) -> Vec<Gpr> {
    let mut v = Vec::new();
    let mut add = |r: &Option<Reg>| {
        if let Some(Reg::Gpr(g)) = r {
            v.push(*g);
        }
    };
    for o in &i.ops {
        match o {
            Operand::Reg(r) => add(&Some(*r)),
            Operand::Mem(m) => {
                add(&m.base);
                add(&m.index);
            }
            Operand::Indirect(b) => {
                if let Operand::Reg(r) = &**b {
                    add(&Some(*r));
                }
                if let Operand::Mem(m) = &**b {
                    add(&m.base);
                    add(&m.index);
                }
            }
            _ => {}
        }
    }
    v
}

/// Register operands only (not address registers).
fn reg_ops(i: &Insn) -> impl Iterator<Item = &Gpr> {
    i.ops.iter().filter_map(|o| if let Operand::Reg(Reg::Gpr(g)) = o { Some(g) } else { None })
}

fn check_insn(i: &Insn, out: &mut Vec<Diagnostic>) {
    let m = i.mnemonic.as_str();
    let Some(info) = mnemonic_info(m) else {
        out.push(Diagnostic::new("GG201", i.span, format!("unknown x86-64 instruction `{m}`")));
        return;
    };
    let n = i.ops.len() as u8;
    if n < info.min || n > info.max {
        let want = if info.min == info.max { info.min.to_string() } else { format!("{} to {}", info.min, info.max) };
        out.push(Diagnostic::new("GG202", i.span, format!("`{m}` takes {want} operands, found {n}")));
        return;
    }
    // %ah-style registers cannot be encoded with a REX prefix
    let regs = gprs(i);
    if let Some(h) = regs.iter().find(|g| g.high) {
        let rex = regs.iter().any(|g| g.num >= 8 || (g.width == 8 && !g.high && (4..8).contains(&g.num)))
            || reg_ops(i).any(|g| g.width == 64) && !m.starts_with("push") && !m.starts_with("pop")
            || info.suffix == Some(64);
        if rex {
            let name = x86_64::regs::name(Reg::Gpr(*h));
            out.push(Diagnostic::new("GG206", i.span, format!("`%{name}` cannot be used in `{m}`, which needs a REX prefix")));
            return;
        }
    }
    if let Some(d) = register_kinds(i, &info) {
        out.push(d);
        return;
    }
    // size suffix against register operands
    if let (Some(w), true) = (info.suffix, info.sized) {
        if let Some(g) = reg_ops(i).find(|g| g.width != w) {
            let name = x86_64::regs::name(Reg::Gpr(*g));
            out.push(Diagnostic::new("GG205", i.span, format!("`%{name}` is not a {w}-bit register, which the suffix of `{m}` asks for")));
            return;
        }
    }
    // 64-bit operations take sign-extended 32-bit immediates
    if info.suffix == Some(64) && info.sized && !m.starts_with("mov") {
        for o in &i.ops {
            if let Operand::Imm(e) = o {
                if e.is_constant() && i32::try_from(e.off).is_err() {
                    out.push(Diagnostic::new("GG204", i.span, format!("`{m}` takes a sign-extended 32-bit immediate, {} does not fit", e.off)));
                    return;
                }
            }
        }
    }
    // a register where a memory operand is needed, and the reverse
    if matches!(info.base, "lea") && !matches!(i.ops.first(), Some(Operand::Mem(_))) {
        out.push(Diagnostic::new("GG203", i.span, format!("`{m}` takes a memory operand as its source")));
    }
}

/// Register operands of the wrong kind or width: xmm in integer instructions, GPRs in SSE ones,
/// the destination of shifts and of movz/movs, `movq`/`movd` GPR widths.
fn register_kinds(i: &Insn, info: &Info) -> Option<Diagnostic> {
    let m = i.mnemonic.as_str();
    let bad = |r: &Reg, why: String| Some(Diagnostic::new("GG205", i.span, format!("`%{}` {why}", x86_64::regs::name(*r))));
    let regs = || i.ops.iter().filter_map(|o| if let Operand::Reg(r) = o { Some(r) } else { None });
    let integer = !info.base.is_empty() || m.starts_with("movz") || m.starts_with("movs") && !m.starts_with("movss") && !m.starts_with("movsd") && info.min == 2 && info.max == 2;
    if integer && info.base != "j" {
        if let Some(r) = regs().find(|r| !matches!(r, Reg::Gpr(_) | Reg::Seg(_))) {
            return bad(r, format!("cannot be an operand of the integer instruction `{m}`"));
        }
    }
    // shifts: the destination carries the size (the count may be %cl)
    if matches!(info.base, "shl" | "shr" | "sar" | "sal" | "rol" | "ror" | "rcl" | "rcr") {
        if let (Some(w), Some(Operand::Reg(r @ Reg::Gpr(g)))) = (info.suffix, i.ops.last()) {
            if g.width != w {
                return bad(r, format!("is not a {w}-bit register, which the suffix of `{m}` asks for"));
            }
        }
        if let Some(Operand::Imm(e)) = i.ops.first().filter(|_| i.ops.len() == 2) {
            if e.is_constant() && !(-128..=255).contains(&e.off) {
                return Some(Diagnostic::new("GG204", i.span, format!("shift count {} does not fit 8 bits", e.off)));
            }
        }
    }
    // movzbl, movswq, movslq: source and destination widths are in the name
    if let Some(letters) = m.strip_prefix("movz").or_else(|| m.strip_prefix("movs")).filter(|l| l.len() == 2) {
        let b = letters.as_bytes();
        let width = |c: u8| match c {
            b'b' => Some(8u8),
            b'w' => Some(16),
            b'l' => Some(32),
            b'q' => Some(64),
            _ => None,
        };
        if let (Some(src), Some(dst)) = (width(b[0]), width(b[1])) {
            for (k, want) in [(0usize, src), (1, dst)] {
                if let Some(Operand::Reg(r @ Reg::Gpr(g))) = i.ops.get(k) {
                    if g.width != want {
                        return bad(r, format!("is not a {want}-bit register, which `{m}` asks for"));
                    }
                }
            }
        }
    }
    // movq/movd between GPRs and vector registers
    let gpr_width = match m {
        "movq" => Some(64),
        "movd" => Some(32),
        _ => None,
    };
    if let Some(w) = gpr_width {
        if let Some(r) = regs().find(|r| matches!(r, Reg::Gpr(g) if g.width != w)) {
            return bad(r, format!("is not a {w}-bit register, which `{m}` asks for"));
        }
    }
    // SSE arithmetic works on xmm registers only
    let mixed = m.starts_with("cvt") || m.starts_with("movd") || m.starts_with("movq") || m.contains("extr") || m.contains("insr") || m.contains("movmsk") || m.starts_with('f') || m == "movnti";
    if info.base.is_empty() && info.min == 2 && !mixed && !integer {
        if let Some(r) = regs().find(|r| matches!(r, Reg::Gpr(_))) {
            return bad(r, format!("cannot be an operand of `{m}`, which takes xmm registers"));
        }
    }
    None
}

#[derive(Clone, Copy)]
struct Info {
    base: &'static str,
    min: u8,
    max: u8,
    /// operand width the size suffix asks for
    suffix: Option<u8>,
    /// whether the suffix sizes every register operand (not movzx/movsx, shifts by %cl, ...)
    sized: bool,
}

/// Integer instructions that take a b/w/l/q suffix: (base, fewest operands, most operands, all register operands share the size).
const SUFFIXED: &[(&str, u8, u8, bool)] = &[
    ("mov", 2, 2, true), ("add", 2, 2, true), ("sub", 2, 2, true), ("and", 2, 2, true), ("or", 2, 2, true), ("xor", 2, 2, true),
    ("cmp", 2, 2, true), ("test", 2, 2, true), ("adc", 2, 2, true), ("sbb", 2, 2, true), ("xchg", 2, 2, true), ("cmpxchg", 2, 2, true),
    ("xadd", 2, 2, true), ("inc", 1, 1, true), ("dec", 1, 1, true), ("neg", 1, 1, true), ("not", 1, 1, true), ("mul", 1, 1, true),
    ("div", 1, 1, true), ("idiv", 1, 1, true), ("imul", 1, 3, true), ("lea", 2, 2, true), ("push", 1, 1, true), ("pop", 1, 1, true),
    ("shl", 1, 2, false), ("shr", 1, 2, false), ("sar", 1, 2, false), ("sal", 1, 2, false), ("rol", 1, 2, false), ("ror", 1, 2, false),
    ("rcl", 1, 2, false), ("rcr", 1, 2, false), ("shld", 2, 3, false), ("shrd", 2, 3, false), ("bt", 2, 2, true), ("bts", 2, 2, true),
    ("btr", 2, 2, true), ("btc", 2, 2, true), ("bsf", 2, 2, true), ("bsr", 2, 2, true), ("tzcnt", 2, 2, true), ("lzcnt", 2, 2, true),
    ("popcnt", 2, 2, true), ("bswap", 1, 1, true), ("movabs", 2, 2, true), ("cmov", 2, 2, true), ("nop", 0, 1, true), ("stos", 0, 2, false),
    ("movs", 0, 2, false), ("cmps", 0, 2, false), ("scas", 0, 2, false), ("lods", 0, 2, false), ("andn", 3, 3, true), ("sarx", 3, 3, false),
    ("shlx", 3, 3, false), ("shrx", 3, 3, false), ("crc32", 2, 2, false), ("movbe", 2, 2, true),
];

const CONDS: [&str; 30] = [
    "o", "no", "b", "c", "nae", "ae", "nb", "nc", "e", "z", "ne", "nz", "be", "na", "a", "nbe", "s", "ns", "p", "pe", "np", "po", "l", "nge", "ge", "nl",
    "le", "ng", "g", "nle",
];

/// Mnemonics without a size suffix: (names, fewest operands, most operands).
const PLAIN: &[(&str, u8, u8)] = &[
    ("ret retq", 0, 1),
    ("call callq jmp jmpq", 1, 1),
    ("leave leaveq cltq cqto cltd cwtl cwtd cbtw cqo cdq cdqe cwd cwde cbw hlt ud2 int3 endbr64 endbr32 pause lfence mfence sfence cld std clc stc cmc lahf sahf syscall rdtsc cpuid pushf pushfq popf popfq vzeroupper rdtscp xgetbv fninit fwait wait emms", 0, 0),
    ("int", 1, 1),
    ("movzbl movzbw movzbq movzwl movzwq movsbl movsbw movsbq movswl movswq movslq movzx movsx movsxd", 2, 2),
    ("prefetcht0 prefetcht1 prefetcht2 prefetchnta prefetchw clflush", 1, 1),
];

/// SSE/AVX/x87 instructions gcc and clang emit; operand counts are not checked for these (2 to 4).
const VECTOR: &str = "movd movq movss movsd movaps movups movapd movupd movdqa movdqu movhps movlps movhpd movlpd movhlps movlhps movmskps movmskpd pmovmskb movnti movntdq movntps lddqu \
addss addsd addps addpd subss subsd subps subpd mulss mulsd mulps mulpd divss divsd divps divpd sqrtss sqrtsd sqrtps sqrtpd minss minsd minps minpd maxss maxsd maxps maxpd rcpss rcpps rsqrtss rsqrtps \
andps andpd andnps andnpd orps orpd xorps xorpd ucomiss ucomisd comiss comisd cmpss cmpsd cmpps cmppd cmpeqss cmpeqsd cmpltss cmpltsd cmpless cmplesd cmpunordss cmpunordsd cmpneqss cmpneqsd cmpnltss cmpnltsd cmpnless cmpnlesd cmpordss cmpordsd cmpeqps cmpeqpd cmpltps cmpltpd cmpleps cmplepd cmpneqps cmpneqpd cmpunordps cmpunordpd cmpnltps cmpnltpd cmpnleps cmpnlepd cmpordps cmpordpd \
cvtsi2ss cvtsi2sd cvtsi2ssl cvtsi2sdl cvtsi2ssq cvtsi2sdq cvtss2sd cvtsd2ss cvttss2si cvttsd2si cvttss2sil cvttsd2sil cvttss2siq cvttsd2siq cvtss2si cvtsd2si cvtss2siq cvtsd2siq cvtss2sil cvtsd2sil cvtdq2ps cvtdq2pd cvtps2dq cvttps2dq cvtpd2dq cvttpd2dq cvtps2pd cvtpd2ps \
paddb paddw paddd paddq psubb psubw psubd psubq paddsb paddsw paddusb paddusw psubsb psubsw psubusb psubusw pmullw pmulhw pmulhuw pmuludq pmulld pmuldq pmaddwd psadbw pavgb pavgw \
pand pandn por pxor pcmpeqb pcmpeqw pcmpeqd pcmpeqq pcmpgtb pcmpgtw pcmpgtd pcmpgtq psllw pslld psllq psrlw psrld psrlq psraw psrad pslldq psrldq \
pshufd pshufb pshuflw pshufhw shufps shufpd punpcklbw punpcklwd punpckldq punpcklqdq punpckhbw punpckhwd punpckhdq punpckhqdq unpcklps unpcklpd unpckhps unpckhpd \
packsswb packssdw packuswb packusdw pextrb pextrw pextrd pextrq pinsrb pinsrw pinsrd pinsrq extractps insertps pminsb pminsw pminsd pminub pminuw pminud pmaxsb pmaxsw pmaxsd pmaxub pmaxuw pmaxud \
pmovsxbw pmovsxbd pmovsxbq pmovsxwd pmovsxwq pmovsxdq pmovzxbw pmovzxbd pmovzxbq pmovzxwd pmovzxwq pmovzxdq ptest pabsb pabsw pabsd palignr phaddw phaddd phminposuw \
roundss roundsd roundps roundpd blendps blendpd blendvps blendvpd pblendw pblendvb movshdup movsldup movddup haddps haddpd hsubps hsubpd dpps dppd \
fld flds fldl fldt fild filds fildl fildll fst fsts fstl fstp fstps fstpl fstpt fistp fistps fistpl fistpll fisttp fisttpl fisttpll fadd fadds faddl faddp fsub fsubs fsubl fsubp fsubr fsubrp fmul fmuls fmull fmulp fdiv fdivs fdivl fdivp fdivr fdivrp \
fchs fabs fsqrt fxch fucomi fucomip fcomi fcomip fucom fucomp fucompp fld1 fldz fldcw fnstcw fstcw fnstsw fstsw frndint fprem fscale fxam ftst fcmove fcmovne fcmovb fcmovbe fcmovnb fcmovnbe fcmovu fcmovnu fldpi fyl2x f2xm1 fpatan fsin fcos fptan";

fn mnemonic_info(m: &str) -> Option<Info> {
    infos().get(m).copied()
}

/// Every mnemonic the rules know, with its facts (built once).
fn infos() -> &'static super::FastMap<String, Info> {
    static T: std::sync::OnceLock<super::FastMap<String, Info>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t: super::FastMap<String, Info> = Default::default();
        for &(base, min, max, sized) in SUFFIXED.iter().rev() {
            for (suffix, w) in [("b", 8), ("w", 16), ("l", 32), ("q", 64)] {
                t.insert(format!("{base}{suffix}"), Info { base, min, max, suffix: Some(w), sized });
            }
            t.insert(base.to_string(), Info { base, min, max, suffix: None, sized });
        }
        for c in CONDS {
            for (prefix, min, max) in [("j", 1, 1), ("set", 1, 1), ("cmov", 2, 2)] {
                t.insert(format!("{prefix}{c}"), Info { base: prefix, min, max, suffix: None, sized: false });
            }
            t.insert(format!("set{c}b"), Info { base: "set", min: 1, max: 1, suffix: Some(8), sized: true });
            for (suffix, w) in [("w", 16), ("l", 32), ("q", 64)] {
                t.entry(format!("cmov{c}{suffix}")).or_insert(Info { base: "cmov", min: 2, max: 2, suffix: Some(w), sized: true });
            }
        }
        for m in ["jrcxz", "jecxz"] {
            t.insert(m.to_string(), Info { base: "j", min: 1, max: 1, suffix: None, sized: false });
        }
        for m in VECTOR.split_ascii_whitespace() {
            // SSE takes two or three operands (AVX up to four); x87 zero to two
            let min = if m.starts_with('f') { 0 } else { 2 };
            let info = Info { base: "", min, max: 4, suffix: None, sized: false };
            t.insert(m.to_string(), info);
            t.insert(format!("v{m}"), info);
        }
        for (names, min, max) in PLAIN {
            for n in names.split(' ') {
                t.insert(n.to_string(), Info { base: "", min: *min, max: *max, suffix: None, sized: false });
            }
        }
        t
    })
}

fn gpr64(o: Option<&Operand>) -> Option<u16> {
    match o {
        Some(Operand::Reg(Reg::Gpr(g))) if !g.high => Some(g.num as u16),
        _ => None,
    }
}

fn describe(i: Insn) -> Ins {
    let m = i.mnemonic.as_str();
    let target = match i.ops.first() {
        Some(Operand::Expr(e)) if i.ops.len() == 1 => e.sym.clone(),
        _ => None,
    };
    let indirect = matches!(i.ops.first(), Some(Operand::Indirect(_)));
    let flow = match m {
        "jmp" | "jmpq" if indirect => Flow::IndirectJump,
        "jmp" | "jmpq" => Flow::Jump,
        "call" | "callq" => Flow::Call,
        "ret" | "retq" => Flow::Return,
        "ud2" | "hlt" => Flow::Trap,
        _ if m.starts_with('j') && mnemonic_info(m).is_some_and(|inf| inf.base == "j") => Flow::Branch,
        _ => Flow::Next,
    };
    let dest = i.ops.last();
    let mut writes = Vec::new();
    let mut stores = Vec::new();
    let reads_only = m.starts_with("cmp") || m.starts_with("test") || m.starts_with("bt") && m.len() <= 3 || m.starts_with("push") || flow != Flow::Next;
    if m.starts_with("push") {
        stores.extend(gpr64(i.ops.first()));
    } else if m.starts_with("mov") && matches!(dest, Some(Operand::Mem(_))) {
        stores.extend(gpr64(i.ops.first()));
    } else if !reads_only {
        writes.extend(gpr64(dest));
        if m.starts_with("xchg") {
            writes.extend(gpr64(i.ops.first()));
        }
    }
    let is_rsp = |o: Option<&Operand>| matches!(o, Some(Operand::Reg(Reg::Gpr(g))) if g.num == 4 && g.width == 64);
    let imm = |o: Option<&Operand>| match o {
        Some(Operand::Imm(e)) if e.is_constant() => Some(e.off),
        _ => None,
    };
    let sp = match m {
        "push" | "pushq" | "pushfq" | "pushf" => Sp::Add(-8),
        "pop" | "popq" | "popfq" | "popf" => Sp::Add(8),
        "pushw" => Sp::Add(-2),
        "popw" => Sp::Add(2),
        "leave" | "leaveq" => Sp::Unknown,
        _ if is_rsp(dest) && flow == Flow::Next && !reads_only => match (m, imm(i.ops.first())) {
            ("subq" | "sub", Some(v)) => Sp::Add(-v),
            ("addq" | "add", Some(v)) => Sp::Add(v),
            ("andq" | "and", Some(v)) if v <= -16 && v % 16 == 0 => Sp::Align,
            _ => Sp::Unknown,
        },
        _ => Sp::Keep,
    };
    let refs = i
        .ops
        .iter()
        .flat_map(|o| {
            let e = match o {
                Operand::Imm(e) | Operand::Expr(e) => Some(e),
                Operand::Mem(mm) => Some(&mm.disp),
                Operand::Indirect(b) => match &**b {
                    Operand::Mem(mm) => Some(&mm.disp),
                    Operand::Expr(e) => Some(e),
                    _ => None,
                },
                _ => None,
            };
            e.into_iter().flat_map(|e| e.sym.iter().chain(e.minus_sym.iter()).cloned())
        })
        .collect();
    Ins { span: i.span, mnemonic: i.mnemonic, flow, target, writes, stores, sp, refs }
}
