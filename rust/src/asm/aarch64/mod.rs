//! AArch64 GNU assembler syntax: registers (x/w, sp/wsp, xzr/wzr, b/h/s/d/q, vector arrangements and
//! lanes), `#imm`, `:lo12:sym`, memory `[base, #off]!` / `[base, xN, lsl #3]`, shifts and extends,
//! condition codes, register lists. Statements, labels and directives come from `asm::gnu`.

use super::gnu::{self, Expr, File, Mem, Operand, Reg, RegClass, Syntax};
use super::Span;
use std::borrow::Cow;
use crate::error::{Error, Result};

pub const CONDS: [&str; 18] = ["eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"];
pub const SHIFTS: [&str; 13] = ["lsl", "lsr", "asr", "ror", "msl", "uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"];
const ARRANGEMENTS: [&str; 11] = ["8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d", "1q", "2h", "4b"];

fn numbered(name: &str, prefix: &str) -> Option<u8> {
    let rest = name.strip_prefix(prefix)?;
    let n: u8 = rest.parse().ok()?;
    (n < 32 && (rest == "0" || !rest.starts_with('0'))).then_some(n)
}

const VIEWS: [&str; 8] = ["x", "w", "b", "h", "s", "d", "q", "v"];

/// `x0`..`x31`, `w0`.., `b0`.., ... `v31`: the usual spellings, made once.
fn names() -> &'static [String] {
    static T: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    T.get_or_init(|| VIEWS.iter().flat_map(|p| (0..32).map(move |i| format!("{p}{i}"))).collect())
}

fn usual(view: &str, num: u8, written: &str) -> Cow<'static, str> {
    let k = VIEWS.iter().position(|v| *v == view).unwrap_or(0) * 32 + num as usize;
    let s: &'static str = names()[k].as_str();
    if s == written {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(written.to_string())
    }
}

/// Look up a register (any view) by name.
pub fn reg(name: &str) -> Option<Reg> {
    let mut buf = [0u8; 16];
    let n = gnu::lower_short(name, &mut buf)?;
    let fixed = |class: RegClass, bits: u16, s: &'static str| Some(Reg { class, num: 31, bits, name: Cow::Borrowed(s) });
    match n {
        "sp" => return fixed(RegClass::Sp, 64, "sp"),
        "wsp" => return fixed(RegClass::Sp, 32, "wsp"),
        "xzr" => return fixed(RegClass::Zero, 64, "xzr"),
        "wzr" => return fixed(RegClass::Zero, 32, "wzr"),
        "lr" => return Some(Reg { class: RegClass::Int, num: 30, bits: 64, name: Cow::Borrowed("lr") }),
        "fp" => return Some(Reg { class: RegClass::Int, num: 29, bits: 64, name: Cow::Borrowed("fp") }),
        _ => {}
    }
    let mk = |class: RegClass, view: &str, num: u8, bits: u16| Some(Reg { class, num, bits, name: usual(view, num, n) });
    if let Some(i) = numbered(n, "x").filter(|&i| i < 31) {
        return mk(RegClass::Int, "x", i, 64);
    }
    if let Some(i) = numbered(n, "w").filter(|&i| i < 31) {
        return mk(RegClass::Int, "w", i, 32);
    }
    for (p, bits) in [("b", 8), ("h", 16), ("s", 32), ("d", 64), ("q", 128)] {
        if let Some(i) = numbered(n, p) {
            return mk(RegClass::Fp, p, i, bits);
        }
    }
    // v0, v0.4s, v0.s[1], v0.4s[1]
    let (head, lane) = match n.find('[') {
        Some(i) if n.ends_with(']') => (&n[..i], Some(n[i + 1..n.len() - 1].trim())),
        Some(_) => return None,
        None => (n, None),
    };
    if lane.is_some_and(|l| l.parse::<u8>().is_err()) {
        return None;
    }
    let (v, arr) = match head.find('.') {
        Some(i) => (&head[..i], Some(&head[i + 1..])),
        None => (head, None),
    };
    let num = numbered(v, "v")?;
    match arr {
        None if lane.is_none() => mk(RegClass::Vec, "v", num, 128),
        // an element type without a count (`v0.d`) is what lane lists use: `{v0.d}[1]`
        Some(a) if ARRANGEMENTS.contains(&a) || ["b", "h", "s", "d", "q"].contains(&a) => mk(RegClass::Vec, "v", num, 128),
        _ => None,
    }
}

pub struct AArch64;

impl Syntax for AArch64 {
    const SEPARATOR: u8 = b';';
    const LINE_COMMENT: &'static str = "//";

    fn comment_start(line: &str) -> Option<usize> {
        if line.trim_start().starts_with('#') {
            return Some(line.len() - line.trim_start().len());
        }
        crate::asm::comment_start(line, "//")
    }

    fn operand(p: &str, span: Span) -> Result<Operand> {
        if let Some(r) = reg(p) {
            return Ok(Operand::Reg(r));
        }
        if p.starts_with('{') {
            return list(p, span);
        }
        if p.starts_with('[') {
            return mem(p, span);
        }
        if let Some(rest) = p.strip_prefix('#') {
            return imm(rest.trim(), span);
        }
        if p.starts_with(':') {
            return Ok(Operand::Sym(modified(p, span)?));
        }
        let lower = p.to_ascii_lowercase();
        let word_end = lower.find(|c: char| c.is_ascii_whitespace() || c == '#').unwrap_or(lower.len());
        if SHIFTS.contains(&&lower[..word_end]) {
            let amount = lower[word_end..].trim().trim_start_matches('#').trim();
            let amount = if amount.is_empty() { None } else { Some(gnu::expr(amount, span)?) };
            return Ok(Operand::Shift { op: lower[..word_end].to_string(), amount });
        }
        if CONDS.contains(&lower.as_str()) {
            return Ok(Operand::Cond(lower));
        }
        if is_word(&lower) {
            return Ok(Operand::Word(lower));
        }
        imm(p, span)
    }
}

/// Prefetch operations, barrier options, system registers: keywords.
fn is_word(w: &str) -> bool {
    const BARRIERS: [&str; 12] = ["sy", "st", "ld", "ish", "ishst", "ishld", "nsh", "nshst", "nshld", "osh", "oshst", "oshld"];
    const SYSREGS: [&str; 8] = ["nzcv", "fpcr", "fpsr", "tpidr_el0", "tpidrro_el0", "cntvct_el0", "cntfrq_el0", "daif"];
    BARRIERS.contains(&w)
        || SYSREGS.contains(&w)
        || (w.len() == 8 && (w.starts_with("pld") || w.starts_with("pli") || w.starts_with("pst")) && (w.ends_with("keep") || w.ends_with("strm")))
}

fn imm(text: &str, span: Span) -> Result<Operand> {
    if text.starts_with(':') {
        return Ok(Operand::Sym(modified(text, span)?));
    }
    let e = gnu::expr(text, span)?;
    Ok(if e.value.is_some() { Operand::Imm(e) } else { Operand::Sym(e) })
}

/// `:lo12:sym+8`, `:got:sym`
fn modified(p: &str, span: Span) -> Result<Expr> {
    let rest = &p[1..];
    let end = rest.find(':').ok_or_else(|| Error::syntax(span, format!("unterminated relocation operator in `{}`", gnu::clip(p))))?;
    let op = rest[..end].to_ascii_lowercase();
    if op.is_empty() || !op.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_') {
        return Err(Error::syntax(span, format!("bad relocation operator in `{}`", gnu::clip(p))));
    }
    let mut e = gnu::expr(&rest[end + 1..], span)?;
    e.text = format!(":{op}:{}", e.text);
    e.value = None;
    e.modifier = Some(op);
    Ok(e)
}

fn list(p: &str, span: Span) -> Result<Operand> {
    let close = p.find('}').ok_or_else(|| Error::syntax(span, "missing `}` in register list"))?;
    let mut regs = Vec::new();
    for (_, piece) in gnu::split_top(&p[1..close], b',') {
        let piece = piece.trim();
        // {v0.4s - v3.4s}
        if let Some((a, b)) = piece.split_once('-') {
            let (ra, rb) = (reg(a.trim()), reg(b.trim()));
            match (ra, rb) {
                (Some(ra), Some(rb)) if rb.num >= ra.num => {
                    let suffix = ra.name.find('.').map(|i| ra.name[i..].to_string()).unwrap_or_default();
                    for n in ra.num..=rb.num {
                        regs.push(Reg { name: Cow::Owned(format!("v{n}{suffix}")), num: n, ..ra.clone() });
                    }
                }
                _ => return Err(Error::syntax(span, format!("bad register range `{piece}`"))),
            }
            continue;
        }
        regs.push(reg(piece).ok_or_else(|| Error::syntax(span, format!("expected a register in the list, found `{}`", gnu::clip(piece))))?);
    }
    let tail = p[close + 1..].trim();
    let lane = if tail.is_empty() {
        None
    } else {
        let n = tail.strip_prefix('[').and_then(|t| t.strip_suffix(']')).and_then(|t| t.trim().parse::<u8>().ok());
        Some(n.ok_or_else(|| Error::syntax(span, format!("bad lane index `{}`", gnu::clip(tail))))?)
    };
    Ok(Operand::List { regs, lane })
}

fn mem(p: &str, span: Span) -> Result<Operand> {
    let (body, writeback) = match p.strip_suffix('!') {
        Some(b) => (b.trim_end(), true),
        None => (p, false),
    };
    let inner = body.strip_prefix('[').and_then(|b| b.strip_suffix(']')).ok_or_else(|| Error::syntax(span, format!("bad memory operand `{}`", gnu::clip(p))))?;
    let parts: Vec<&str> = gnu::split_top(inner, b',').into_iter().map(|(_, s)| s.trim()).collect();
    let base = reg(parts[0]).filter(|r| matches!(r.class, RegClass::Int | RegClass::Sp) && r.bits == 64);
    let base = base.ok_or_else(|| Error::syntax(span, format!("expected a 64-bit base register, found `{}`", gnu::clip(parts[0]))))?;
    let mut m = Mem { base, off: None, index: None, index_ext: None, writeback };
    if let Some(second) = parts.get(1) {
        if let Some(r) = reg(second) {
            m.index = Some(r);
        } else {
            match imm(second.trim_start_matches('#').trim(), span)? {
                Operand::Imm(e) | Operand::Sym(e) => m.off = Some(e),
                _ => unreachable!("imm() gives Imm or Sym"),
            }
        }
    }
    if let Some(third) = parts.get(2) {
        let ext = <AArch64 as Syntax>::operand(third, span)?;
        if !matches!(ext, Operand::Shift { .. }) || m.index.is_none() {
            return Err(Error::syntax(span, format!("expected a shift or extend after the index register, found `{}`", gnu::clip(third))));
        }
        m.index_ext = Some(Box::new(ext));
    }
    if parts.len() > 3 || parts[0].is_empty() {
        return Err(Error::syntax(span, format!("bad memory operand `{}`", gnu::clip(p))));
    }
    Ok(Operand::Mem(m))
}

/// Parse a file (first error stops it).
pub fn parse(src: &str) -> Result<File> {
    gnu::parse::<AArch64>(src)
}

/// Parse a file, collecting every statement's error.
pub fn parse_lossy(src: &str) -> (File, Vec<Error>) {
    gnu::parse_lossy::<AArch64>(src)
}

/// [`parse_lossy`] of a part of a file that starts at line `first_line`.
pub fn parse_lossy_from(src: &str, first_line: u32) -> (File, Vec<Error>) {
    gnu::parse_lossy_from::<AArch64>(src, first_line)
}

/// Canonical text.
pub fn print(file: &File) -> String {
    gnu::print(file, "#")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::asm::gnu::Stmt;

    #[test]
    fn operands_of_every_kind() {
        let src = "f:\n\tadrp x0, .LC0\n\tadd x0, x0, :lo12:.LC0\n\tldr x1, [sp, #-16]!\n\tldr w2, [x0, x1, lsl #2]\n\tstp x29, x30, [sp], #16 // pop\n\tcsel w0, w1, w2, lt\n\tadd x0, x1, w2, sxtw\n\tld1 {v0.16b, v1.16b}, [x0]\n\tmov v0.s[1], w3\n\tb.ne .L2\n";
        let f = parse(src).unwrap();
        let insns: Vec<_> = f.stmts.iter().filter_map(|s| if let Stmt::Insn(i) = s { Some(i) } else { None }).collect();
        assert!(matches!(&insns[1].ops[2], Operand::Sym(e) if e.modifier.as_deref() == Some("lo12")));
        assert!(matches!(&insns[2].ops[1], Operand::Mem(m) if m.writeback && m.off.as_ref().unwrap().value == Some(-16)));
        assert!(matches!(&insns[3].ops[1], Operand::Mem(m) if m.index.is_some() && m.index_ext.is_some()));
        assert!(matches!(&insns[4].ops[3], Operand::Imm(e) if e.value == Some(16)));
        assert_eq!(insns[5].ops[3], Operand::Cond("lt".into()));
        assert!(matches!(&insns[6].ops[3], Operand::Shift { op, amount: None } if op == "sxtw"));
        assert!(matches!(&insns[7].ops[0], Operand::List { regs, .. } if regs.len() == 2));
        assert!(matches!(&insns[8].ops[0], Operand::Reg(r) if r.class == RegClass::Vec));
        assert_eq!(insns[9].mnemonic, "b.ne");
        let text = print(&f);
        assert_eq!(print(&parse(&text).unwrap()), text);
        assert!(text.contains("\tldr\tx1, [sp, #-16]!\n"), "{text}");
    }

    #[test]
    fn bad_operands_are_errors() {
        for bad in ["\tldr x0, [w1]\n", "\tld1 {v0.16b, x}, [x0]\n", "\tadd x0, x1, #(\n"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
