//! RISC-V 64 GNU assembler syntax: registers (x and ABI names), operands (`off(reg)`,
//! `%hi(sym)`, `%pcrel_lo(label)`, rounding modes, fence sets, CSR names). Statements, labels and
//! directives come from `asm::gnu`.

use super::gnu::{self, Expr, File, Mem, Operand, Reg, RegClass, Syntax};
use super::Span;
use std::borrow::Cow;
use crate::error::{Error, Result};

pub const GPR_ABI: [&str; 32] = [
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5",
    "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
];
pub const FPR_ABI: [&str; 32] = [
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7", "fs2",
    "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
];

/// Rounding modes, fence sets and the CSRs compilers name: operands that are keywords, not symbols.
const WORDS: &[&str] = &[
    "rne", "rtz", "rdn", "rup", "rmm", "dyn", "r", "w", "rw", "i", "o", "io", "ir", "iw", "or", "ow", "orw", "iorw", "ior", "iow", "irw",
    "fflags", "frm", "fcsr", "cycle", "time", "instret", "cycleh", "timeh", "instreth", "vl", "vtype", "vlenb",
];

fn numbered(name: &str, prefix: &str) -> Option<u8> {
    let rest = name.strip_prefix(prefix)?;
    let n: u8 = rest.parse().ok()?;
    (n < 32 && (rest == "0" || !rest.starts_with('0'))).then_some(n)
}

/// Look up a register by name (x/f numbers, ABI names, `fp`).
pub fn reg(name: &str) -> Option<Reg> {
    let mut buf = [0u8; 16];
    let n = gnu::lower_short(name, &mut buf)?;
    let (class, num) = if let Some(i) = GPR_ABI.iter().position(|r| *r == n) {
        (RegClass::Int, i as u8)
    } else if n == "fp" {
        (RegClass::Int, 8)
    } else if let Some(i) = numbered(n, "x") {
        (RegClass::Int, i)
    } else if let Some(i) = FPR_ABI.iter().position(|r| *r == n) {
        (RegClass::Fp, i as u8)
    } else {
        (RegClass::Fp, numbered(n, "f")?)
    };
    let usual = if class == RegClass::Int { GPR_ABI[num as usize] } else { FPR_ABI[num as usize] };
    let name = if usual == n { Cow::Borrowed(usual) } else { Cow::Owned(n.to_string()) };
    Some(Reg { class, num, bits: 64, name })
}

pub struct RiscV;

impl Syntax for RiscV {
    const SEPARATOR: u8 = b';';
    const LINE_COMMENT: &'static str = "#";

    fn comment_start(line: &str) -> Option<usize> {
        crate::asm::comment_start(line, "#")
    }

    fn operand(p: &str, span: Span) -> Result<Operand> {
        if let Some(r) = reg(p) {
            return Ok(Operand::Reg(r));
        }
        // `off(reg)`, `%lo(sym)(reg)`, `(reg)`
        if p.ends_with(')') {
            if let Some(open) = matching_open(p) {
                let inner = p[open + 1..p.len() - 1].trim();
                if let Some(base) = reg(inner) {
                    let off_text = p[..open].trim();
                    let off = if off_text.is_empty() { None } else { Some(sym_or_const(off_text, span)?) };
                    return Ok(Operand::Mem(Mem { base, off, index: None, index_ext: None, writeback: false }));
                }
            }
        }
        let lower = p.to_ascii_lowercase();
        if WORDS.contains(&lower.as_str()) {
            return Ok(Operand::Word(lower));
        }
        let e = sym_or_const(p, span)?;
        Ok(if e.value.is_some() && e.modifier.is_none() { Operand::Imm(e) } else { Operand::Sym(e) })
    }
}

/// Where the `(` matching the final `)` of `p` is.
fn matching_open(p: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in p.bytes().enumerate().rev() {
        match c {
            b')' => depth += 1,
            b'(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// An expression, or `%op(expr)`.
fn sym_or_const(p: &str, span: Span) -> Result<Expr> {
    if let Some(rest) = p.strip_prefix('%') {
        let open = rest.find('(').ok_or_else(|| Error::syntax(span, format!("expected `%op(...)`, found `{}`", gnu::clip(p))))?;
        let op = rest[..open].trim().to_ascii_lowercase();
        if !rest.ends_with(')') || op.is_empty() || !op.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_') {
            return Err(Error::syntax(span, format!("bad relocation operator in `{}`", gnu::clip(p))));
        }
        let mut e = gnu::expr(&rest[open + 1..rest.len() - 1], span)?;
        e.text = format!("%{op}({})", e.text);
        e.value = None;
        e.modifier = Some(op);
        return Ok(e);
    }
    gnu::expr(p, span)
}

/// Parse a file (first error stops it).
pub fn parse(src: &str) -> Result<File> {
    gnu::parse::<RiscV>(src)
}

/// Parse a file, collecting every statement's error.
pub fn parse_lossy(src: &str) -> (File, Vec<Error>) {
    gnu::parse_lossy::<RiscV>(src)
}

/// [`parse_lossy`] of a part of a file that starts at line `first_line`.
pub fn parse_lossy_from(src: &str, first_line: u32) -> (File, Vec<Error>) {
    gnu::parse_lossy_from::<RiscV>(src, first_line)
}

/// Canonical text.
pub fn print(file: &File) -> String {
    gnu::print(file, "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::asm::gnu::Stmt;

    #[test]
    fn operands_of_every_kind() {
        let f = parse("main:\n\tlui a5,%hi(.LC0)\n\tfld fa5,%lo(.LC0)(a5)\n\tsd ra,8(sp)\n\tfcvt.w.d a0,fa0,rtz\n1:\tbnez a0,1b # loop\n\tli a0,-1; ret\n").unwrap();
        let insns: Vec<_> = f.stmts.iter().filter_map(|s| if let Stmt::Insn(i) = s { Some(i) } else { None }).collect();
        assert!(matches!(&insns[0].ops[1], Operand::Sym(e) if e.modifier.as_deref() == Some("hi") && e.syms == vec![".LC0"]));
        assert!(matches!(&insns[1].ops[1], Operand::Mem(m) if m.base.num == 15 && m.off.as_ref().unwrap().text == "%lo(.LC0)"));
        assert!(matches!(&insns[2].ops[1], Operand::Mem(m) if m.base.num == 2 && m.off.as_ref().unwrap().value == Some(8)));
        assert_eq!(insns[3].ops[2], Operand::Word("rtz".into()));
        assert!(matches!(&insns[4].ops[1], Operand::Sym(e) if e.syms == vec!["1b"]));
        assert!(matches!(&insns[5].ops[1], Operand::Imm(e) if e.value == Some(-1)));
        assert_eq!(insns[6].mnemonic, "ret");
        let text = print(&f);
        assert!(text.contains("\tfld\tfa5, %lo(.LC0)(a5)\n"), "{text}");
        assert_eq!(print(&parse(&text).unwrap()), text);
    }

    #[test]
    fn errors_have_positions() {
        let (_, errs) = parse_lossy("\tadd a0, , a1\n\tnop\n\t@@\n");
        assert_eq!(errs.len(), 2);
        assert_eq!((errs[0].line(), errs[0].col()), (1, 10));
        assert_eq!(errs[1].line(), 3);
    }
}
