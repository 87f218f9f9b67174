//! AArch64 rules: mnemonics with operand counts, w/x and integer/FP mixing, immediate encodability
//! (add/sub, logical bitmask, mov, movz/movk, shifts, load/store offsets), condition codes,
//! AAPCS64 callee-saved registers.

use super::{Abi, Diagnostic, Flow, Ins, Item, Sp};
use crate::asm::aarch64::{self, CONDS};
use crate::asm::gnu::{Expr, Insn, Mem, Operand, Reg, RegClass, Stmt};
use crate::isa::aarch64::imms;
use std::collections::HashMap;
use std::sync::OnceLock;

/// x19-x28, x29 (frame pointer), x30 (link register), d8-d15 (vector registers from 32).
const CALLEE_SAVED: [u16; 20] = [19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 40, 41, 42, 43, 44, 45, 46, 47];

fn reg_name(r: u16) -> String {
    if r < 32 { format!("x{r}") } else { format!("d{}", r - 32) }
}

pub(crate) const ABI: Abi = Abi { callee_saved: &CALLEE_SAVED, entry_bias: 0, reg_name };

/// (mnemonics, fewest operands, most operands)
const TABLE: &[(&str, u8, u8)] = &[
    ("add adds sub subs and ands orr orn eor eon bic bics", 3, 4),
    ("cmp cmn tst neg negs mvn", 2, 3),
    ("mov", 2, 2),
    ("movz movn movk", 2, 3),
    ("mul mneg smulh umulh sdiv udiv lslv lsrv asrv rorv smull umull smull2 umull2 smnegl umnegl crc32b crc32h crc32w crc32x crc32cb crc32ch crc32cw crc32cx", 3, 3),
    ("madd msub smaddl umaddl smsubl umsubl", 4, 4),
    ("lsl lsr asr ror", 3, 3),
    ("sxtb sxth sxtw uxtb uxth uxtw clz cls rbit rev rev16 rev32 rev64", 2, 2),
    ("ubfx sbfx ubfiz sbfiz bfi bfxil bfm sbfm ubfm extr ext", 4, 4),
    ("bfc", 3, 3),
    ("adc adcs sbc sbcs", 3, 3),
    ("ngc ngcs", 2, 2),
    ("csel csinc csinv csneg ccmp ccmn fccmp fccmpe fcsel", 4, 4),
    ("cset csetm", 2, 2),
    ("cinc cinv cneg", 3, 3),
    ("adr adrp", 2, 2),
    ("ldr ldrb ldrh ldrsb ldrsh ldrsw ldur ldurb ldurh ldursb ldursh ldursw str strb strh stur sturb sturh", 2, 3),
    ("ldp stp ldpsw ldnp stnp", 3, 4),
    ("ldxr ldaxr ldar ldxrb ldxrh ldaxrb ldaxrh ldarb ldarh ldapr ldaprb ldaprh stlr stlrb stlrh", 2, 2),
    ("stxr stlxr stxrb stxrh stlxrb stlxrh ldxp ldaxp", 3, 3),
    ("stxp stlxp", 4, 4),
    ("b bl br blr", 1, 1),
    ("ret", 0, 1),
    ("cbz cbnz", 2, 2),
    ("tbz tbnz", 3, 3),
    ("nop yield wfe wfi sev sevl isb clrex paciasp autiasp pacibsp autibsp bti xpaclri csdb", 0, 1),
    ("dmb dsb hint brk hlt svc udf", 1, 1),
    ("prfm prfum", 2, 3),
    ("mrs msr", 2, 2),
    ("fmov fabs fneg fsqrt frinta frinti frintm frintn frintp frintx frintz fcvt fcvtl fcvtl2 fcvtn fcvtn2 fcvtxn frecpe frsqrte frecpx fcmp fcmpe", 2, 2),
    ("fadd fsub fmul fdiv fnmul fmax fmin fmaxnm fminnm fabd fmla fmls fmulx frecps frsqrts faddp fmaxp fminp fmaxnmp fminnmp", 2, 3),
    ("fmadd fmsub fnmadd fnmsub", 4, 4),
    ("fcvtzs fcvtzu fcvtas fcvtau fcvtms fcvtmu fcvtns fcvtnu fcvtps fcvtpu scvtf ucvtf", 2, 3),
    ("addp cmeq cmge cmgt cmhi cmhs cmle cmlt cmtst fcmeq fcmge fcmgt fcmle fcmlt facge facgt bsl bit bif zip1 zip2 uzp1 uzp2 trn1 trn2 tbl tbx mla mls sshl ushl srshl urshl sqadd uqadd sqsub uqsub smax smin umax umin smaxp sminp umaxp uminp sabd uabd saba uaba addhn addhn2 subhn subhn2 raddhn saddl saddl2 uaddl uaddl2 ssubl ssubl2 usubl usubl2 saddw saddw2 uaddw uaddw2 ssubw ssubw2 usubw usubw2 sabal sabal2 uabal uabal2 sabdl sabdl2 uabdl uabdl2 smlal smlal2 umlal umlal2 smlsl smlsl2 umlsl umlsl2 sqdmulh sqrdmulh pmul pmull pmull2 sqdmull shl sshr ushr srshr urshr ssra usra srsra ursra sri sli shrn shrn2 rshrn rshrn2 sqshrn sqshrn2 uqshrn uqshrn2 sqshrun sqshrun2 sshll sshll2 ushll ushll2 sqshl uqshl sqrshl uqrshl shadd uhadd srhadd urhadd", 2, 3),
    ("movi mvni", 2, 3),
    ("dup ins umov smov not abs cnt xtn xtn2 sqxtn sqxtn2 uqxtn uqxtn2 sqxtun sqxtun2 sxtl sxtl2 uxtl uxtl2 addv umaxv uminv smaxv sminv fmaxv fminv fmaxnmv fminnmv uaddlv saddlv uaddlp saddlp sadalp uadalp urecpe ursqrte sqabs sqneg suqadd usqadd aese aesd aesmc aesimc sha1h sha1su1 sha256su0", 2, 2),
    ("sha1c sha1p sha1m sha1su0 sha256h sha256h2 sha256su1 shll shll2", 3, 3),
    ("ld1 st1 ld1r ld2 st2 ld2r ld3 st3 ld3r ld4 st4 ld4r", 2, 3),
];

const ATOMIC_PREFIXES: [&str; 14] = ["ldadd", "ldclr", "ldeor", "ldset", "ldsmax", "ldsmin", "ldumax", "ldumin", "swp", "cas", "stadd", "stclr", "steor", "stset"];

/// Data-processing instructions whose general registers all have one width (unless extended).
const SAME_WIDTH: &str = "add adds sub subs and ands orr orn eor eon bic bics cmp cmn tst neg negs mvn mul mneg sdiv udiv lslv lsrv asrv rorv madd msub lsl lsr asr ror csel csinc csinv csneg cinc cinv cneg ccmp ccmn clz cls rbit rev adc adcs sbc sbcs ngc ngcs bfi bfxil ubfx sbfx ubfiz sbfiz extr";
/// Scalar FP instructions: no general registers.
const FP_ONLY: &str = "fadd fsub fmul fdiv fnmul fmadd fmsub fnmadd fnmsub fabs fneg fsqrt fmax fmin fmaxnm fminnm frinta frinti frintm frintn frintp frintx frintz fcmp fcmpe fcsel fccmp fccmpe";
/// Instructions that only read their first operand (no destination).
const NO_DEST: &str = "cmp cmn tst fcmp fcmpe ccmp ccmn fccmp fccmpe prfm prfum msr cbz cbnz tbz tbnz b bl br blr ret str strb strh stur sturb sturh stp stnp stlr stlrb stlrh st1 st2 st3 st4 stxr stlxr stxrb stxrh stlxrb stlxrh stxp stlxp";

fn words(s: &'static str) -> std::collections::HashSet<&'static str> {
    s.split(' ').collect()
}

struct Tables {
    counts: HashMap<&'static str, (u8, u8)>,
    same_width: std::collections::HashSet<&'static str>,
    fp_only: std::collections::HashSet<&'static str>,
    no_dest: std::collections::HashSet<&'static str>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut counts = HashMap::new();
        for (names, lo, hi) in TABLE {
            for n in names.split(' ') {
                counts.insert(n, (*lo, *hi));
            }
        }
        Tables { counts, same_width: words(SAME_WIDTH), fp_only: words(FP_ONLY), no_dest: words(NO_DEST) }
    })
}

fn is_cond_branch(m: &str) -> bool {
    let c = m.strip_prefix("b.").or_else(|| m.strip_prefix('b').filter(|c| c.len() == 2));
    c.is_some_and(|c| CONDS.contains(&c))
}

fn count_range(m: &str) -> Option<(u8, u8)> {
    if is_cond_branch(m) {
        return Some((1, 1));
    }
    if let Some(r) = tables().counts.get(m) {
        return Some(*r);
    }
    ATOMIC_PREFIXES.iter().any(|p| m.starts_with(p)).then_some((2, 4))
}

fn gprs(i: &Insn) -> impl Iterator<Item = &Reg> {
    i.ops.iter().filter_map(|o| match o {
        Operand::Reg(r) if matches!(r.class, RegClass::Int | RegClass::Zero | RegClass::Sp) => Some(r),
        _ => None,
    })
}

fn imm(o: Option<&Operand>) -> Option<i64> {
    match o {
        Some(Operand::Imm(Expr { value: Some(v), .. })) => Some(*v),
        _ => None,
    }
}

fn shift_amount(o: Option<&Operand>) -> Option<(&str, Option<i64>)> {
    match o {
        Some(Operand::Shift { op, amount }) => Some((op.as_str(), amount.as_ref().and_then(|a| a.value))),
        _ => None,
    }
}

fn is_gpr(r: &Reg) -> bool {
    matches!(r.class, RegClass::Int | RegClass::Zero | RegClass::Sp)
}

/// Registers in roles they cannot have: `mov` across register files or widths, data registers
/// of loads and stores, sp and the zero register where encoding 31 means the other one.
/// Returns the operand index and the message.
fn register_roles(i: &Insn) -> Option<(usize, String)> {
    let m = i.mnemonic.as_str();
    let reg = |k: usize| match i.ops.get(k) {
        Some(Operand::Reg(r)) => Some(r),
        _ => None,
    };
    let has_imm = i.ops.iter().any(|o| matches!(o, Operand::Imm(_)));
    if m == "mov" && i.ops.len() == 2 {
        if let (Some(a), Some(b)) = (reg(0), reg(1)) {
            let lane = |r: &Reg| r.name.contains('[');
            if is_gpr(a) && is_gpr(b) && a.bits != b.bits {
                return Some((1, format!("`{}` and `{}` differ in width", a.name, b.name)));
            }
            if is_gpr(a) && b.class == RegClass::Fp || a.class == RegClass::Fp && is_gpr(b) {
                return Some((1, "moves between integer and FP registers are `fmov`".into()));
            }
            if is_gpr(a) && b.class == RegClass::Vec && !lane(b) || a.class == RegClass::Vec && !lane(a) && is_gpr(b) {
                return Some((1, "a whole vector register cannot be moved to or from an integer register".into()));
            }
        }
        return None;
    }
    let plain_mem = ["ldr", "str", "ldur", "stur", "ldp", "stp", "ldnp", "stnp"].iter().any(|p| m.starts_with(p));
    if plain_mem && i.ops.iter().any(|o| matches!(o, Operand::Mem(_))) {
        let data: Vec<(usize, &Reg)> = i.ops.iter().enumerate().take_while(|(_, o)| !matches!(o, Operand::Mem(_))).filter_map(|(k, o)| if let Operand::Reg(r) = o { Some((k, r)) } else { None }).collect();
        for &(k, r) in &data {
            if r.class == RegClass::Sp || r.class == RegClass::Vec {
                return Some((k, format!("`{}` cannot be loaded or stored here", r.name)));
            }
        }
        if let [(_, a), (k, b)] = data[..] {
            if a.class != b.class && !(is_gpr(a) && is_gpr(b)) || a.bits != b.bits {
                return Some((k, format!("a pair needs two registers of one kind and width, found `{}` and `{}`", a.name, b.name)));
            }
        }
        let base = m.trim_start_matches("ld").trim_start_matches("st").trim_start_matches("ur").trim_start_matches('r').trim_start_matches('p');
        if let Some(&(k, r)) = data.first() {
            let byte_or_half = matches!(base, "b" | "h");
            if (base == "sw" && r.bits != 64) || (byte_or_half && (r.bits != 32 || !is_gpr(r))) || (base.starts_with('s') && !is_gpr(r)) {
                return Some((k, format!("`{}` is the wrong register for this access size", r.name)));
            }
        }
        return None;
    }
    // encoding 31 is sp in add/sub with an immediate or an extend, the zero register elsewhere
    let zero_at = |k: usize| reg(k).is_some_and(|r| r.class == RegClass::Zero);
    let sp_any = i.ops.iter().position(|o| matches!(o, Operand::Reg(r) if r.class == RegClass::Sp));
    match m {
        "add" | "sub" if has_imm => (0..2).find(|&k| zero_at(k)).map(|k| (k, "the zero register cannot be used with an immediate (31 is sp here)".to_string())),
        "adds" | "subs" if has_imm && zero_at(1) => Some((1, "the zero register cannot be a source with an immediate (31 is sp here)".into())),
        "cmp" | "cmn" if has_imm && zero_at(0) => Some((0, "the zero register cannot be compared with an immediate (31 is sp here)".into())),
        "add" | "sub" | "adds" | "subs" | "cmp" | "cmn" | "mov" => None,
        "and" | "orr" | "eor" if has_imm && sp_any == Some(0) => None,
        _ if tables().same_width.contains(m) => sp_any.map(|k| (k, "sp cannot be used here".to_string())),
        _ => None,
    }
}

/// Access size in bytes of a load/store.
fn access_size(m: &str, first: Option<&Operand>) -> i64 {
    let base = m.trim_start_matches("ld").trim_start_matches("st");
    if base.ends_with('b') && !base.starts_with('p') {
        return 1;
    }
    if base.ends_with('h') {
        return 2;
    }
    if base.ends_with("sw") {
        return 4;
    }
    match first {
        Some(Operand::Reg(r)) => (r.bits / 8).max(1) as i64,
        _ => 8,
    }
}

fn check_insn(i: &Insn, out: &mut Vec<Diagnostic>) {
    let m = i.mnemonic.as_str();
    let Some((lo, hi)) = count_range(m) else {
        out.push(Diagnostic::new("GG201", i.span, format!("unknown AArch64 instruction `{m}`")));
        return;
    };
    let n = i.ops.len();
    if n < lo as usize || n > hi as usize {
        let want = if lo == hi { lo.to_string() } else { format!("{lo} to {hi}") };
        out.push(Diagnostic::new("GG202", i.span, format!("`{m}` takes {want} operands, found {n}")));
        return;
    }
    let t = tables();
    let span_of = |k: usize| i.op_spans.get(k).copied().unwrap_or(i.span);
    let width = gprs(i).next().map(|r| r.bits as u32).unwrap_or(64);
    if t.same_width.contains(m) {
        let extended = i.ops.iter().any(|o| matches!(o, Operand::Shift { op, .. } if op.starts_with("uxt") || op.starts_with("sxt")));
        let fp = i.ops.iter().position(|o| matches!(o, Operand::Reg(r) if matches!(r.class, RegClass::Fp | RegClass::Vec)));
        if let (Some(k), true) = (fp, gprs(i).next().is_some()) {
            out.push(Diagnostic::new("GG205", span_of(k), format!("`{m}` mixes integer and floating-point/vector registers")));
            return;
        }
        // with an extend only the last register may be narrower
        let checked = match (extended, m) {
            (false, _) => usize::MAX,
            (true, "cmp" | "cmn" | "tst") => 1,
            (true, _) => 2,
        };
        if let Some(r) = gprs(i).take(checked).find(|r| r.bits as u32 != width) {
            {
                let k = i.ops.iter().position(|o| matches!(o, Operand::Reg(x) if x == r)).unwrap_or(0);
                out.push(Diagnostic::new("GG205", span_of(k), format!("`{m}` mixes 32-bit (w) and 64-bit (x) registers: `{}`", r.name)));
                return;
            }
        }
    }
    if let Some((k, msg)) = register_roles(i) {
        out.push(Diagnostic::new("GG205", span_of(k), format!("`{m}`: {msg}")));
        return;
    }
    if t.fp_only.contains(m) {
        if let Some(k) = i.ops.iter().position(|o| matches!(o, Operand::Reg(r) if matches!(r.class, RegClass::Int | RegClass::Zero | RegClass::Sp))) {
            out.push(Diagnostic::new("GG205", span_of(k), format!("`{m}` takes floating-point registers, not an integer register")));
            return;
        }
    }
    if matches!(m, "cbz" | "cbnz" | "tbz" | "tbnz") && !matches!(i.ops.first(), Some(Operand::Reg(r)) if matches!(r.class, RegClass::Int | RegClass::Zero)) {
        out.push(Diagnostic::new("GG205", span_of(0), format!("`{m}` tests an integer register")));
        return;
    }
    // condition operands
    let cond_at = match m {
        "csel" | "csinc" | "csinv" | "csneg" | "ccmp" | "ccmn" | "fcsel" | "fccmp" | "fccmpe" => Some(3),
        "cset" | "csetm" => Some(1),
        "cinc" | "cinv" | "cneg" => Some(2),
        _ => None,
    };
    if let Some(k) = cond_at {
        if !matches!(i.ops.get(k), Some(Operand::Cond(_))) {
            out.push(Diagnostic::new("GG203", span_of(k), format!("`{m}` operand {} must be a condition code (eq, ne, lt, ...)", k + 1)));
            return;
        }
    }
    immediates(i, width, out);
}

fn immediates(i: &Insn, width: u32, out: &mut Vec<Diagnostic>) {
    let m = i.mnemonic.as_str();
    let span_of = |k: usize| i.op_spans.get(k).copied().unwrap_or(i.span);
    let mut bad = |k: usize, msg: String| out.push(Diagnostic::new("GG204", span_of(k), format!("`{m}`: {msg}")));
    let gpr_dest = matches!(i.ops.first(), Some(Operand::Reg(r)) if matches!(r.class, RegClass::Int | RegClass::Zero | RegClass::Sp));
    // shifted-register operands
    for (k, o) in i.ops.iter().enumerate() {
        if let Some((op @ ("lsl" | "lsr" | "asr" | "ror"), Some(a))) = shift_amount(Some(o)) {
            let limit = if matches!(m, "movz" | "movn" | "movk") || m.starts_with("movi") || m.starts_with("mvni") { 48 } else { width as i64 - 1 };
            if !(0..=limit).contains(&a) && gpr_dest {
                bad(k, format!("shift `{op} #{a}` is out of range 0..{limit}"));
            }
        }
    }
    match m {
        "add" | "adds" | "sub" | "subs" | "cmp" | "cmn" if gpr_dest => {
            let k = i.ops.iter().position(|o| matches!(o, Operand::Imm(_)));
            if let (Some(k), Some(v)) = (k, k.and_then(|k| imm(i.ops.get(k)))) {
                let shifted = matches!(shift_amount(i.ops.get(k + 1)), Some(("lsl", Some(12))));
                let v = if shifted { v.checked_shl(12).unwrap_or(i64::MAX) } else { v };
                if !imms::addsub_imm(v.checked_abs().unwrap_or(i64::MAX)) {
                    bad(k, format!("#{v} is not a 12-bit immediate, optionally shifted by 12"));
                }
            }
        }
        "and" | "ands" | "orr" | "eor" | "tst" | "bic" | "bics" | "orn" | "eon" if gpr_dest => {
            if let Some(k) = i.ops.iter().position(|o| matches!(o, Operand::Imm(_))) {
                let v = imm(i.ops.get(k)).unwrap_or(0);
                let inverted = matches!(m, "bic" | "bics" | "orn" | "eon");
                let fits = width == 64 || (-(1i64 << 31)..(1i64 << 32)).contains(&v);
                let u = if inverted { !(v as u64) } else { v as u64 };
                if !fits || !imms::logical_imm(u, width) {
                    bad(k, format!("#{v} is not encodable as a {width}-bit logical (bitmask) immediate"));
                }
            }
        }
        "mov" if gpr_dest => {
            if let Some(v) = imm(i.ops.get(1)) {
                if !mov_encodable(v, width) {
                    bad(1, format!("#{v} cannot be moved by a single instruction (use movz/movk or a literal load)"));
                }
            }
        }
        "movz" | "movn" | "movk" => {
            if let Some(v) = imm(i.ops.get(1)) {
                if !(0..=0xffff).contains(&v) {
                    bad(1, format!("#{v} is not a 16-bit immediate"));
                }
            }
            if let Some((_, Some(s))) = shift_amount(i.ops.get(2)) {
                if s % 16 != 0 || s >= width as i64 {
                    bad(2, format!("the shift must be a multiple of 16 below {width}, found {s}"));
                }
            }
        }
        "lsl" | "lsr" | "asr" | "ror" => {
            if let Some(v) = imm(i.ops.get(2)) {
                if !(0..width as i64).contains(&v) {
                    bad(2, format!("shift amount #{v} is out of range 0..{}", width - 1));
                }
            }
        }
        "tbz" | "tbnz" => {
            if let Some(v) = imm(i.ops.get(1)) {
                if !(0..width as i64).contains(&v) {
                    bad(1, format!("bit number #{v} is out of range 0..{}", width - 1));
                }
            }
        }
        _ => {}
    }
    // load/store offsets
    let Some((k, mem)) = i.ops.iter().enumerate().find_map(|(k, o)| if let Operand::Mem(x) = o { Some((k, x)) } else { None }) else { return };
    let Some(off) = mem.off.as_ref().and_then(|e| e.value) else {
        if let Some(post) = imm(i.ops.get(k + 1)) {
            if !imms::unscaled_offset(post) && !m.starts_with("ldp") && !m.starts_with("stp") && !m.starts_with("ld1") && !m.starts_with("st1") {
                bad(k + 1, format!("post-index offset #{post} is out of range -256..255"));
            }
        }
        return;
    };
    let size = access_size(m, i.ops.first());
    let pair = matches!(m, "ldp" | "stp" | "ldpsw" | "ldnp" | "stnp");
    let ok = if pair {
        off % size == 0 && (-64 * size..=63 * size).contains(&off)
    } else if m.starts_with("ldur") || m.starts_with("stur") || mem.writeback {
        imms::unscaled_offset(off)
    } else if m.starts_with("ldr") || m.starts_with("str") || m.starts_with("prfm") {
        imms::unscaled_offset(off) || off >= 0 && off % size == 0 && off / size < 4096
    } else {
        true
    };
    if !ok {
        bad(k, format!("offset #{off} is out of range for a {size}-byte access"));
    }
}

/// `mov Rd, #imm` as movz, movn or orr with a bitmask immediate.
fn mov_encodable(v: i64, width: u32) -> bool {
    if width == 32 && !(-(1i64 << 31)..(1i64 << 32)).contains(&v) {
        return false;
    }
    let mask = if width == 32 { 0xffff_ffffu64 } else { u64::MAX };
    let u = v as u64 & mask;
    let halves = width / 16;
    let nonzero = (0..halves).filter(|h| (u >> (16 * h)) & 0xffff != 0).count();
    let nonones = (0..halves).filter(|h| (u >> (16 * h)) & 0xffff != 0xffff).count();
    nonzero <= 1 || nonones <= 1 || imms::logical_imm(u, width)
}

fn reg_id(r: &Reg) -> Option<u16> {
    match r.class {
        RegClass::Int => Some(r.num as u16),
        RegClass::Fp | RegClass::Vec => Some(32 + r.num as u16),
        _ => None,
    }
}

fn describe(i: &Insn, known: bool) -> Ins {
    let m = i.mnemonic.as_str();
    let t = tables();
    let target = |k: usize| match i.ops.get(k) {
        Some(Operand::Sym(e)) if e.modifier.is_none() => e.syms.first().cloned(),
        _ => None,
    };
    let (flow, tgt) = match m {
        "b" => (Flow::Jump, target(0)),
        "bl" => (Flow::Call, target(0)),
        "blr" => (Flow::Call, None),
        "br" => (Flow::IndirectJump, None),
        "ret" => (Flow::Return, None),
        "brk" | "udf" | "hlt" => (Flow::Trap, None),
        "cbz" | "cbnz" | "tbz" | "tbnz" => (Flow::Branch, target(i.ops.len().saturating_sub(1))),
        _ if is_cond_branch(m) => (Flow::Branch, target(0)),
        _ => (Flow::Next, None),
    };
    let regs_before_mem: Vec<&Reg> = i.ops.iter().take_while(|o| !matches!(o, Operand::Mem(_))).filter_map(|o| if let Operand::Reg(r) = o { Some(r) } else { None }).collect();
    let mut writes: Vec<u16> = Vec::new();
    let mut stores: Vec<u16> = Vec::new();
    if matches!(m, "bl" | "blr") {
        writes.push(30);
    } else if m.starts_with("st") && i.ops.iter().any(|o| matches!(o, Operand::Mem(_))) {
        stores.extend(regs_before_mem.iter().filter_map(|r| reg_id(r)));
    } else if known && flow == Flow::Next && !t.no_dest.contains(m) {
        let n = if matches!(m, "ldp" | "ldpsw" | "ldnp" | "ldxp" | "ldaxp") { 2 } else { 1 };
        writes.extend(regs_before_mem.iter().take(n).filter_map(|r| reg_id(r)));
    }
    let sp = sp_effect(i, m, t);
    let refs = i
        .ops
        .iter()
        .flat_map(|o| match o {
            Operand::Sym(e) | Operand::Imm(e) => e.syms.clone(),
            Operand::Mem(Mem { off: Some(e), .. }) => e.syms.clone(),
            _ => vec![],
        })
        .collect();
    Ins { span: i.span, mnemonic: String::new(), flow, target: tgt, writes, stores, sp, refs }
}

fn sp_effect(i: &Insn, m: &str, t: &Tables) -> Sp {
    let is_sp = |o: Option<&Operand>| matches!(o, Some(Operand::Reg(r)) if r.class == RegClass::Sp);
    for (k, o) in i.ops.iter().enumerate() {
        if let Operand::Mem(mem) = o {
            if mem.base.class == RegClass::Sp {
                if mem.writeback {
                    return mem.off.as_ref().and_then(|e| e.value).map(Sp::Add).unwrap_or(Sp::Unknown);
                }
                if let Some(post) = imm(i.ops.get(k + 1)) {
                    return Sp::Add(post);
                }
            }
        }
    }
    if !is_sp(i.ops.first()) || t.no_dest.contains(m) {
        return Sp::Keep;
    }
    match (m, is_sp(i.ops.get(1)), imm(i.ops.get(2))) {
        ("add" | "sub", true, Some(v)) => {
            let v = if matches!(shift_amount(i.ops.get(3)), Some(("lsl", Some(12)))) { v << 12 } else { v };
            Sp::Add(if m == "sub" { -v } else { v })
        }
        ("and", _, Some(v)) if v <= -16 && v % 16 == 0 => Sp::Align,
        _ => Sp::Unknown,
    }
}

/// Bytes a data directive emits at least (0 when unknown: distances are never overestimated).
fn data_bytes(name: &str, args: &[String]) -> i64 {
    let each = match name {
        ".byte" => 1,
        ".short" | ".hword" | ".2byte" | ".value" => 2,
        ".word" | ".long" | ".int" | ".4byte" | ".inst" | ".float" | ".single" => 4,
        ".quad" | ".xword" | ".dword" | ".8byte" | ".double" => 8,
        ".zero" | ".skip" | ".space" => {
            return args.first().and_then(|a| crate::asm::gnu::expr(a, Default::default()).ok()).and_then(|e| e.value).unwrap_or(0).max(0);
        }
        _ => return 0,
    };
    each * args.len() as i64
}

/// Branches to labels of the same section farther than their offset field reaches (the assembler
/// rejects them; AArch64 instructions are 4 bytes, so the distance is known up to alignment
/// padding, which only makes it longer).
fn branch_reach(stmts: &[Stmt], out: &mut Vec<Diagnostic>) {
    let mut section = String::from(".text");
    let mut at: HashMap<String, i64> = HashMap::new();
    let mut label_pos: HashMap<(&str, String), i64> = HashMap::new();
    let mut insn_pos: Vec<(usize, String, i64)> = Vec::new();
    for (k, s) in stmts.iter().enumerate() {
        let here = *at.get(&section).unwrap_or(&0);
        match s {
            Stmt::Label { name, .. } => {
                label_pos.insert((name.as_str(), section.clone()), here);
            }
            Stmt::Directive { name, args, .. } => match name.as_str() {
                ".text" | ".data" | ".bss" => section = name.clone(),
                ".section" => section = args.first().cloned().unwrap_or_default(),
                _ => {
                    *at.entry(section.clone()).or_insert(0) += data_bytes(name, args);
                }
            },
            Stmt::Insn(_) => {
                insn_pos.push((k, section.clone(), here));
                *at.entry(section.clone()).or_insert(0) += 4;
            }
        }
    }
    for (k, sec, pos) in insn_pos {
        let Stmt::Insn(i) = &stmts[k] else { continue };
        let m = i.mnemonic.as_str();
        let (range, what) = match m {
            "tbz" | "tbnz" => (32 * 1024, "32 KiB"),
            "cbz" | "cbnz" | "adr" => (1 << 20, "1 MiB"),
            "b" | "bl" => (128 << 20, "128 MiB"),
            _ if is_cond_branch(m) => (1 << 20, "1 MiB"),
            _ => continue,
        };
        let Some(Operand::Sym(e)) = i.ops.last() else { continue };
        let (Some(label), None, true) = (e.syms.first(), &e.modifier, e.syms.len() == 1) else { continue };
        if let Some(&target) = label_pos.get(&(label.as_str(), sec)) {
            let dist = target - pos;
            if !(-range..range).contains(&dist) {
                out.push(Diagnostic::new("GG207", i.span, format!("`{m}` reaches {what}; `{label}` is at least {} bytes away", dist.abs())));
            }
        }
    }
}

pub(crate) fn check(src: &str, part: &super::Part, out: &mut Vec<Diagnostic>) -> Vec<Item> {
    let (file, errors) = aarch64::parse_lossy_from(src, part.first_line);
    out.extend(errors.into_iter().map(Diagnostic::from));
    let t = tables();
    branch_reach(&file.stmts, out);
    let mut items = Vec::with_capacity(file.stmts.len());
    for s in file.stmts {
        match s {
            Stmt::Label { name, span } => items.push(Item::Label(name, span)),
            Stmt::Directive { name, args, span } => items.push(Item::Directive(name, args, span)),
            Stmt::Insn(i) => {
                let before = out.len();
                check_insn(&i, out);
                let known = count_range(&i.mnemonic).is_some();
                let m = i.mnemonic.as_str();
                let zero_dest = matches!(i.ops.first(), Some(Operand::Reg(r)) if r.class == RegClass::Zero);
                let flag_setting = matches!(m, "adds" | "subs" | "ands" | "bics" | "negs" | "adcs" | "sbcs" | "ngcs");
                if out.len() == before && known && zero_dest && !flag_setting && !t.no_dest.contains(m) && !m.starts_with("st") && !ATOMIC_PREFIXES.iter().any(|p| m.starts_with(p)) && m != "hint" {
                    out.push(Diagnostic::new("GG301", i.span, format!("`{m}` writes the zero register: the result is lost")));
                }
                let mut d = describe(&i, known);
                d.mnemonic = i.mnemonic;
                items.push(Item::Ins(d));
            }
        }
    }
    items
}
