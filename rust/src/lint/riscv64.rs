//! RV64GC rules: mnemonics and operand signatures (base ISA, M, A, F, D and the assembler's
//! pseudo-instructions), immediate ranges, integer/FP register classes, lp64d callee-saved registers.

use super::{Abi, Diagnostic, Flow, Ins, Item, Sp};
use crate::asm::gnu::{Expr, Operand, RegClass, Stmt};
use crate::asm::riscv64::{self, FPR_ABI, GPR_ABI};
use crate::isa::riscv64::imms;
use std::collections::HashMap;
use std::sync::OnceLock;

/// s0-s11 and fs0-fs11 (FP registers are numbered from 32).
const CALLEE_SAVED: [u16; 24] = [8, 9, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 40, 41, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59];

fn reg_name(r: u16) -> String {
    if r < 32 { GPR_ABI[r as usize].to_string() } else { FPR_ABI[(r - 32) as usize % 32].to_string() }
}

pub(crate) const ABI: Abi = Abi { callee_saved: &CALLEE_SAVED, entry_bias: 0, reg_name };

/// Operand signature letters:
/// `d`/`s` integer register written/read, `D`/`S` FP register written/read, `i` 12-bit signed
/// immediate (or `%lo`-style), `u` 20-bit upper immediate (or `%hi`-style), `h`/`w` 6/5-bit shift
/// amount, `z` 5-bit CSR immediate, `m` memory `off(reg)`, `a` memory without offset (atomics),
/// `b` branch target, `L` symbol, `I` any constant or symbol, `r` rounding mode, `f` fence set,
/// `c` CSR, `T` `%tprel_add` operand.
const TABLE: &[(&str, &[&str])] = &[
    ("add and or xor slt sltu", &["dss", "dsi", "dssT"]),
    ("sgt sgtu sub sll srl sra addw subw sllw srlw sraw mul mulh mulhsu mulhu div divu rem remu mulw divw divuw remw remuw", &["dss"]),
    ("addi slti sltiu xori ori andi addiw", &["dsi"]),
    ("slli srli srai", &["dsh"]),
    ("slliw srliw sraiw", &["dsw"]),
    ("lui auipc", &["du"]),
    ("lb lh lw ld lbu lhu lwu", &["dm", "dL"]),
    ("sb sh sw sd", &["sm", "sLd"]),
    ("flw fld", &["Dm", "DLd"]),
    ("fsw fsd", &["Sm", "SLd"]),
    ("beq bne blt bge bltu bgeu bgt ble bgtu bleu", &["ssb"]),
    ("beqz bnez blez bgez bltz bgtz", &["sb"]),
    ("jal", &["b", "db"]),
    ("jalr", &["s", "ds", "dsi", "dm"]),
    ("j", &["b"]),
    ("jr", &["s", "si"]),
    ("ret nop ecall ebreak fence.i unimp wfi fence.tso pause", &[""]),
    ("call tail", &["L", "dL"]),
    ("li", &["dI"]),
    ("la lla lga la.tls.ie la.tls.gd", &["dL"]),
    ("mv not neg negw sext.w seqz snez sltz sgtz zext.b sext.b sext.h zext.h zext.w", &["ds"]),
    ("fence", &["", "ff"]),
    ("csrr", &["dc"]),
    ("csrw csrs csrc", &["cs"]),
    ("csrwi csrsi csrci", &["cz"]),
    ("csrrw csrrs csrrc", &["dcs"]),
    ("csrrwi csrrsi csrrci", &["dcz"]),
    ("frflags frrm frcsr rdcycle rdtime rdinstret", &["d"]),
    ("fsflags fsrm fscsr", &["s", "ds"]),
    ("fsflagsi fsrmi", &["z", "dz"]),
    ("lr.w lr.d", &["da"]),
    ("sc.w sc.d amoswap.w amoadd.w amoand.w amoor.w amoxor.w amomax.w amomaxu.w amomin.w amominu.w amoswap.d amoadd.d amoand.d amoor.d amoxor.d amomax.d amomaxu.d amomin.d amominu.d", &["dsa"]),
    ("fadd.s fsub.s fmul.s fdiv.s fadd.d fsub.d fmul.d fdiv.d", &["DSS", "DSSr"]),
    ("fsqrt.s fsqrt.d", &["DS", "DSr"]),
    ("fmin.s fmax.s fsgnj.s fsgnjn.s fsgnjx.s fmin.d fmax.d fsgnj.d fsgnjn.d fsgnjx.d", &["DSS"]),
    ("fmadd.s fmsub.s fnmadd.s fnmsub.s fmadd.d fmsub.d fnmadd.d fnmsub.d", &["DSSS", "DSSSr"]),
    ("feq.s flt.s fle.s fgt.s fge.s feq.d flt.d fle.d fgt.d fge.d", &["dSS"]),
    ("fclass.s fclass.d fmv.x.w fmv.x.s fmv.x.d", &["dS"]),
    ("fcvt.w.s fcvt.wu.s fcvt.l.s fcvt.lu.s fcvt.w.d fcvt.wu.d fcvt.l.d fcvt.lu.d", &["dS", "dSr"]),
    ("fcvt.s.w fcvt.s.wu fcvt.s.l fcvt.s.lu fcvt.d.w fcvt.d.wu fcvt.d.l fcvt.d.lu", &["Ds", "Dsr"]),
    ("fcvt.s.d fcvt.d.s", &["DS", "DSr"]),
    ("fmv.w.x fmv.s.x fmv.d.x", &["Ds"]),
    ("fmv.s fmv.d fabs.s fabs.d fneg.s fneg.d", &["DS"]),
];

fn table() -> &'static HashMap<&'static str, &'static [&'static str]> {
    static T: OnceLock<HashMap<&'static str, &'static [&'static str]>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for (names, sigs) in TABLE {
            for n in names.split(' ') {
                m.insert(n, *sigs);
            }
        }
        m
    })
}

/// The base of an atomic mnemonic without its ordering suffix (`amoadd.w.aqrl` → `amoadd.w`).
fn base_mnemonic(m: &str) -> &str {
    for suf in [".aqrl", ".aq", ".rl"] {
        if let Some(b) = m.strip_suffix(suf) {
            if b.starts_with("lr.") || b.starts_with("sc.") || b.starts_with("amo") {
                return b;
            }
        }
    }
    m
}

/// A mismatch between an operand and its signature letter: (rule, message).
fn mismatch(kind: u8, op: &Operand) -> Option<(&'static str, String)> {
    let reg_of = |want: RegClass, what: &str| -> Option<(&'static str, String)> {
        match op {
            Operand::Reg(r) if r.class == want => None,
            Operand::Reg(r) => Some(("GG205", format!("`{}` is not {what} register", r.name))),
            _ => Some(("GG203", format!("expected {what} register"))),
        }
    };
    let imm_in = |lo: i64, hi: i64, what: &str, mods: &[&str]| -> Option<(&'static str, String)> {
        match op {
            Operand::Imm(Expr { value: Some(v), .. }) if (lo..=hi).contains(v) => None,
            Operand::Imm(Expr { value: Some(v), .. }) => Some(("GG204", format!("{v} does not fit {what} ({lo}..{hi})"))),
            Operand::Sym(e) => match &e.modifier {
                Some(m) if !mods.contains(&m.as_str()) => Some(("GG203", format!("`%{m}` cannot be used for {what}"))),
                _ => None,
            },
            Operand::Reg(r) => Some(("GG203", format!("expected {what}, found register `{}`", r.name))),
            _ => Some(("GG203", format!("expected {what}"))),
        }
    };
    const LO: &[&str] = &["lo", "pcrel_lo", "tprel_lo"];
    match kind {
        b'd' | b's' => reg_of(RegClass::Int, "an integer"),
        b'D' | b'S' => reg_of(RegClass::Fp, "a floating-point"),
        b'i' => imm_in(-2048, 2047, "a 12-bit signed immediate", LO),
        b'u' => imm_in(0, 0xfffff, "a 20-bit upper immediate", &["hi", "pcrel_hi", "tprel_hi", "got_pcrel_hi", "tls_ie_pcrel_hi", "tls_gd_pcrel_hi"]),
        b'h' => imm_in(0, 63, "a shift amount", &[]),
        b'w' => imm_in(0, 31, "a 32-bit shift amount", &[]),
        b'z' => imm_in(0, 31, "a 5-bit immediate", &[]),
        b'm' | b'a' => match op {
            Operand::Mem(m) if m.base.class != RegClass::Int => Some(("GG205", format!("base `{}` is not an integer register", m.base.name))),
            Operand::Mem(m) => match &m.off {
                Some(Expr { value: Some(v), .. }) if kind == b'a' && *v != 0 => Some(("GG203", "atomic memory operands take no offset".to_string())),
                Some(Expr { value: Some(v), .. }) if !imms::simm12(*v) => Some(("GG204", format!("offset {v} does not fit a 12-bit signed immediate (-2048..2047)"))),
                Some(Expr { modifier: Some(md), .. }) if !LO.contains(&md.as_str()) => Some(("GG203", format!("`%{md}` cannot be a memory offset"))),
                _ => None,
            },
            _ => Some(("GG203", "expected a memory operand `offset(register)`".to_string())),
        },
        b'b' | b'L' | b'I' | b'T' => match op {
            Operand::Sym(_) | Operand::Imm(_) => None,
            // a symbol may have a register's name (`call f7`, `lla t0, a1`)
            Operand::Reg(_) if kind == b'b' || kind == b'L' => None,
            // a keyword spelling can also name a symbol (`call rtz`)
            Operand::Word(_) => None,
            _ => Some(("GG203", "expected a label or constant".to_string())),
        },
        b'r' => match op {
            Operand::Word(w) if ["rne", "rtz", "rdn", "rup", "rmm", "dyn"].contains(&w.as_str()) => None,
            _ => Some(("GG203", "expected a rounding mode (rne, rtz, rdn, rup, rmm, dyn)".to_string())),
        },
        b'f' => match op {
            Operand::Word(w) if !w.is_empty() && w.bytes().all(|c| b"iorw".contains(&c)) => None,
            _ => Some(("GG203", "expected a fence set such as `rw` or `iorw`".to_string())),
        },
        b'c' => match op {
            Operand::Word(_) | Operand::Sym(_) => None,
            Operand::Imm(Expr { value: Some(v), .. }) if (0..4096).contains(v) => None,
            _ => Some(("GG203", "expected a CSR name or number".to_string())),
        },
        _ => None,
    }
}

fn check_signature(i: &crate::asm::gnu::Insn, sigs: &'static [&'static str], out: &mut Vec<Diagnostic>) -> Option<&'static str> {
    let n = i.ops.len();
    let fitting: Vec<&'static str> = sigs.iter().copied().filter(|s| s.len() == n).collect();
    if fitting.is_empty() {
        let counts: Vec<String> = sigs.iter().map(|s| s.len().to_string()).collect();
        out.push(Diagnostic::new("GG202", i.span, format!("`{}` takes {} operands, found {n}", i.mnemonic, counts.join(" or "))));
        return None;
    }
    let mut best: Option<(usize, Vec<(usize, &'static str, String)>)> = None;
    for sig in &fitting {
        let errs: Vec<(usize, &'static str, String)> =
            sig.bytes().zip(&i.ops).enumerate().filter_map(|(k, (c, o))| mismatch(c, o).map(|(r, m)| (k, r, m))).collect();
        if errs.is_empty() {
            return Some(sig);
        }
        if best.as_ref().is_none_or(|(c, _)| errs.len() < *c) {
            best = Some((errs.len(), errs));
        }
    }
    if let Some((_, errs)) = best {
        let (k, rule, msg) = &errs[0];
        out.push(Diagnostic::new(rule, i.op_spans[*k], format!("`{}` operand {}: {msg}", i.mnemonic, k + 1)));
    }
    None
}

/// Where the signature wants a symbol, a register name is a symbol of that name.
fn symbols_named_like_registers(i: &mut crate::asm::gnu::Insn, sig: &str) {
    for (c, op) in sig.bytes().zip(i.ops.iter_mut()) {
        if let (b'b' | b'L', Operand::Reg(r)) = (c, &*op) {
            let name = r.name.to_string();
            *op = Operand::Sym(Expr { text: name.clone(), value: None, modifier: None, syms: vec![name] });
        }
    }
}

fn reg_id(op: &Operand) -> Option<u16> {
    match op {
        Operand::Reg(r) if r.class == RegClass::Fp => Some(32 + r.num as u16),
        Operand::Reg(r) => Some(r.num as u16),
        _ => None,
    }
}

fn syms(op: &Operand) -> Vec<String> {
    match op {
        Operand::Sym(e) | Operand::Imm(e) => e.syms.clone(),
        Operand::Mem(m) => m.off.as_ref().map(|e| e.syms.clone()).unwrap_or_default(),
        _ => vec![],
    }
}

fn describe(i: &crate::asm::gnu::Insn, sig: Option<&str>) -> Ins {
    let m = i.mnemonic.as_str();
    let first_reg = i.ops.first().and_then(reg_id);
    let target = |k: usize| i.ops.get(k).and_then(|o| if let Operand::Sym(e) = o { e.syms.first().cloned().filter(|_| e.modifier.is_none()) } else { None });
    let (flow, tgt) = match m {
        "j" => (Flow::Jump, target(0)),
        "tail" => (Flow::Jump, target(i.ops.len().saturating_sub(1))),
        "jal" if i.ops.len() == 1 => (Flow::Call, target(0)),
        "jal" if first_reg == Some(0) => (Flow::Jump, target(1)),
        "jal" | "call" => (Flow::Call, target(i.ops.len().saturating_sub(1))),
        "ret" => (Flow::Return, None),
        "jr" if first_reg == Some(1) => (Flow::Return, None),
        "jr" => (Flow::IndirectJump, None),
        "jalr" if i.ops.len() == 1 || first_reg == Some(1) => (Flow::Call, None),
        "jalr" if first_reg == Some(0) && matches!(i.ops.get(1), Some(Operand::Reg(r)) | Some(Operand::Mem(crate::asm::gnu::Mem { base: r, .. })) if r.num == 1) => (Flow::Return, None),
        "jalr" if first_reg == Some(0) => (Flow::IndirectJump, None),
        "jalr" => (Flow::Call, None),
        "ebreak" | "unimp" => (Flow::Trap, None),
        _ if m.starts_with('b') && sig.is_some() => (Flow::Branch, target(i.ops.len().saturating_sub(1))),
        _ => (Flow::Next, None),
    };
    let sig = sig.unwrap_or("");
    let writes: Vec<u16> = if flow == Flow::Next && (sig.starts_with('d') || sig.starts_with('D')) { first_reg.into_iter().collect() } else { vec![] };
    let stores: Vec<u16> = if sig.starts_with('s') && sig.contains('m') || sig.starts_with('S') && sig.contains('m') { first_reg.into_iter().collect() } else { vec![] };
    let sp = if writes.contains(&2) {
        match (m, i.ops.get(1).and_then(reg_id), i.ops.get(2)) {
            ("addi" | "add", Some(2), Some(Operand::Imm(Expr { value: Some(v), .. }))) => Sp::Add(*v),
            ("andi" | "and", _, Some(Operand::Imm(Expr { value: Some(v), .. }))) if *v <= -16 && v % 16 == 0 => Sp::Align,
            _ => Sp::Unknown,
        }
    } else {
        Sp::Keep
    };
    Ins { span: i.span, mnemonic: String::new(), flow, target: tgt, writes, stores, sp, refs: i.ops.iter().flat_map(syms).collect() }
}

pub(crate) fn check(src: &str, part: &super::Part, out: &mut Vec<Diagnostic>) -> Vec<Item> {
    let (file, errors) = riscv64::parse_lossy_from(src, part.first_line);
    out.extend(errors.into_iter().map(Diagnostic::from));
    let mut items = Vec::with_capacity(file.stmts.len());
    for s in file.stmts {
        match s {
            Stmt::Label { name, span } => items.push(Item::Label(name, span)),
            Stmt::Directive { name, args, span } => items.push(Item::Directive(name, args, span)),
            Stmt::Insn(mut i) => {
                let base = base_mnemonic(&i.mnemonic).to_string();
                let base = base.as_str();
                let sig = match table().get(base) {
                    Some(sigs) => check_signature(&i, sigs, out),
                    None if base.starts_with("c.") => None,
                    None => {
                        out.push(Diagnostic::new("GG201", i.span, format!("unknown RISC-V instruction `{}`", i.mnemonic)));
                        None
                    }
                };
                if let Some(sig) = sig {
                    symbols_named_like_registers(&mut i, sig);
                }
                let mut d = describe(&i, sig);
                if d.writes.first() == Some(&0) && !(base == "addi" && i.ops.iter().skip(1).all(|o| reg_id(o) == Some(0) || matches!(o, Operand::Imm(Expr { value: Some(0), .. })))) {
                    out.push(Diagnostic::new("GG301", i.span, format!("`{}` writes `{}`, the zero register: the result is lost", i.mnemonic, reg_name(0))));
                }
                d.mnemonic = i.mnemonic;
                items.push(Item::Ins(d));
            }
        }
    }
    items
}
