//! What RISC-V and AArch64 GNU assembly share: the statement AST (labels, directives, instructions
//! with typed operands), splitting lines into statements, constant expressions and the printer.
//! Each ISA module supplies its comment rules and its operand parser.

pub use super::split_top;
use super::Span;
use crate::error::{Error, Result};

/// Register file a register belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegClass {
    /// general-purpose integer register (x0-x31 on RISC-V, x0-x30/w0-w30 on AArch64)
    Int,
    /// the stack pointer when it is not a plain GPR (AArch64 sp/wsp)
    Sp,
    /// the zero register when it is not a plain GPR (AArch64 xzr/wzr)
    Zero,
    /// scalar floating-point register (f0-f31; AArch64 b/h/s/d/q views)
    Fp,
    /// AArch64 vector register with an arrangement or lane (v0.4s, v1.d[1])
    Vec,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reg {
    pub class: RegClass,
    /// hardware number (RISC-V x/f number; AArch64 0-31, 31 for sp and zr)
    pub num: u8,
    /// width in bits of this view (64 for RISC-V GPRs; 32 for w registers, ...)
    pub bits: u16,
    /// the name as written, lower-cased (arrangement and lane included); borrowed from a static
    /// table when it is the usual spelling, so most registers cost no allocation
    pub name: std::borrow::Cow<'static, str>,
}

/// A constant or symbolic expression, kept as text with what the linter needs to know about it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Expr {
    /// canonical text: whitespace trimmed, a plain constant printed in decimal
    pub text: String,
    /// value when the expression is a constant
    pub value: Option<i64>,
    /// relocation operator: `hi`, `lo`, `pcrel_hi`, ... (RISC-V `%op(...)`), `lo12`, `got`, ... (AArch64 `:op:`)
    pub modifier: Option<String>,
    /// symbols referred to (`1f`/`1b` included)
    pub syms: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mem {
    pub base: Reg,
    /// offset: RISC-V `off(base)`, AArch64 `[base, #off]`
    pub off: Option<Expr>,
    /// AArch64 register offset `[base, xN{, ext #n}]`
    pub index: Option<Reg>,
    pub index_ext: Option<Box<Operand>>,
    /// AArch64 pre-index writeback `[...]!`
    pub writeback: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operand {
    Reg(Reg),
    /// a constant (RISC-V bare number, AArch64 `#n`)
    Imm(Expr),
    /// an expression naming symbols: branch target, `%hi(x)`, `:lo12:x`, `x+8`
    Sym(Expr),
    Mem(Mem),
    /// AArch64 shift or extend: `lsl #3`, `sxtw`, `uxtw #2`, `msl #8`
    Shift { op: String, amount: Option<Expr> },
    /// AArch64 condition code (`eq`, `lt`, ...)
    Cond(String),
    /// AArch64 register list `{v0.16b, v1.16b}` with an optional lane index
    List { regs: Vec<Reg>, lane: Option<u8> },
    /// a keyword operand: RISC-V rounding mode, fence set, CSR name; AArch64 prefetch op, barrier option
    Word(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insn {
    /// lower-case mnemonic
    pub mnemonic: String,
    pub ops: Vec<Operand>,
    /// where each operand starts
    pub op_spans: Vec<Span>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stmt {
    Label { name: String, span: Span },
    /// `name` lower-cased with its dot; `args` split at top-level commas, trimmed
    Directive { name: String, args: Vec<String>, span: Span },
    Insn(Insn),
}

impl Stmt {
    pub fn span(&self) -> Span {
        match self {
            Stmt::Label { span, .. } | Stmt::Directive { span, .. } => *span,
            Stmt::Insn(i) => i.span,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct File {
    pub stmts: Vec<Stmt>,
}

/// What differs between the ISAs that use this front end.
pub trait Syntax {
    /// byte offset where the comment starts on `line`, if any
    fn comment_start(line: &str) -> Option<usize>;
    /// statement separator inside a line
    const SEPARATOR: u8;
    /// the line comment marker (block comments inside a line comment do not count)
    const LINE_COMMENT: &'static str;
    /// parse one operand (trimmed, non-empty)
    fn operand(text: &str, span: Span) -> Result<Operand>;
    /// whether `m` is a condition-suffixed or dotted mnemonic the operand splitter must not break
    fn normalize_mnemonic(m: &str) -> String {
        m.to_ascii_lowercase()
    }
}

/// Parse a whole file, keeping going after a bad statement: the file of every statement that parsed,
/// and the errors of the ones that did not (in source order).
pub fn parse_lossy<S: Syntax>(src: &str) -> (File, Vec<Error>) {
    parse_lossy_from::<S>(src, 1)
}

/// [`parse_lossy`] of a part of a file that starts at line `first_line`.
pub fn parse_lossy_from<S: Syntax>(src: &str, first_line: u32) -> (File, Vec<Error>) {
    let src = &*super::strip_block_comments(src, S::LINE_COMMENT);
    // about one statement per 20 bytes of compiler output
    let mut file = File { stmts: Vec::with_capacity(src.len() / 20) };
    let mut errors = Vec::new();
    for (lineno, raw) in src.split('\n').enumerate() {
        let line_no = (lineno as u32).saturating_add(first_line);
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let code = match S::comment_start(line) {
            Some(i) => &line[..i],
            None => line,
        };
        if let Some(col) = code.find('\0') {
            errors.push(Error::syntax(Span::new(line_no, col as u32 + 1), "NUL byte in source"));
            continue;
        }
        if !code.as_bytes().contains(&S::SEPARATOR) {
            if let Err(e) = statement::<S>(code, line_no, 0, &mut file) {
                errors.push(e);
            }
            continue;
        }
        for (off, stmt) in split_top(code, S::SEPARATOR) {
            if let Err(e) = statement::<S>(stmt, line_no, off, &mut file) {
                errors.push(e);
            }
        }
    }
    (file, errors)
}

/// Parse a whole file; the first bad statement is the error.
pub fn parse<S: Syntax>(src: &str) -> Result<File> {
    let (file, mut errors) = parse_lossy::<S>(src);
    if errors.is_empty() {
        Ok(file)
    } else {
        Err(errors.swap_remove(0))
    }
}

fn col(off: usize) -> u32 {
    u32::try_from(off + 1).unwrap_or(u32::MAX)
}

fn statement<S: Syntax>(text: &str, line: u32, base: usize, file: &mut File) -> Result<()> {
    let mut rest = text;
    let mut at = base;
    loop {
        let t = rest.trim_start();
        at += rest.len() - t.len();
        rest = t;
        if rest.is_empty() {
            return Ok(());
        }
        match label_end(rest) {
            Some(end) if rest[end..].starts_with(':') && !rest[end + 1..].starts_with(':') => {
                let name = rest[..end].trim_matches('"').to_string();
                file.stmts.push(Stmt::Label { name, span: Span::new(line, col(at)) });
                rest = &rest[end + 1..];
                at += end + 1;
            }
            _ => break,
        }
    }
    let span = Span::new(line, col(at));
    let body = rest.trim_end();
    let (head, tail, tail_off) = match body.find(|c: char| c.is_ascii_whitespace()) {
        Some(i) => {
            let t = &body[i..];
            let lead = t.len() - t.trim_start().len();
            (&body[..i], t.trim(), i + lead)
        }
        None => (body, "", body.len()),
    };
    if head.starts_with('.') {
        if tail.bytes().filter(|&c| c == b'"').count() % 2 == 1 && !tail.contains("\\\"") {
            return Err(Error::syntax(span, "unterminated string literal"));
        }
        let args = if tail.is_empty() { Vec::new() } else { split_top(tail, b',').into_iter().map(|(_, a)| a.trim().to_string()).collect() };
        file.stmts.push(Stmt::Directive { name: head.to_ascii_lowercase(), args, span });
        return Ok(());
    }
    let ok_head = head.bytes().next().is_some_and(|c| c.is_ascii_alphabetic())
        && head.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'_');
    if !ok_head {
        return Err(Error::syntax(span, format!("expected an instruction, label or directive, found `{}`", clip(body))));
    }
    let mut ops = Vec::new();
    let mut op_spans = Vec::new();
    if !tail.is_empty() {
        for (o, piece) in split_top(tail, b',') {
            let lead = piece.len() - piece.trim_start().len();
            let ospan = Span::new(line, col(at + tail_off + o + lead));
            let p = piece.trim();
            if p.is_empty() {
                return Err(Error::syntax(ospan, "empty operand"));
            }
            ops.push(S::operand(p, ospan)?);
            op_spans.push(ospan);
        }
    }
    file.stmts.push(Stmt::Insn(Insn { mnemonic: S::normalize_mnemonic(head), ops, op_spans, span }));
    Ok(())
}

/// At most 60 characters of `s`, for messages about huge lines.
pub fn clip(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s.to_string(),
    }
}

/// If `s` starts with a label name (identifier, number or quoted name), where it ends.
fn label_end(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let c0 = *b.first()?;
    if c0 == b'"' {
        return s[1..].find('"').map(|i| i + 2);
    }
    if c0.is_ascii_digit() {
        return Some(b.iter().position(|c| !c.is_ascii_digit()).unwrap_or(b.len()));
    }
    if !is_sym_start(c0) {
        return None;
    }
    Some(b.iter().position(|&c| !is_sym_char(c)).unwrap_or(b.len()))
}

pub fn is_sym_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'.' || c == b'$' || c >= 0x80
}

pub fn is_sym_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c == b'$' || c >= 0x80
}

/// Read an expression: collect its symbols and, when it has none, its value.
pub fn expr(text: &str, span: Span) -> Result<Expr> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::syntax(span, "empty expression"));
    }
    // fast paths: a decimal number, a plain symbol
    let digits = text.strip_prefix('-').unwrap_or(text);
    if !digits.is_empty() && digits.len() < 18 && digits.bytes().all(|c| c.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0')) {
        if let Ok(v) = text.parse::<i64>() {
            return Ok(Expr { text: v.to_string(), value: Some(v), modifier: None, syms: vec![] });
        }
    }
    let b = text.as_bytes();
    if is_sym_start(b[0]) && b.iter().all(|&c| is_sym_char(c)) {
        return Ok(Expr { text: text.to_string(), value: None, modifier: None, syms: vec![text.to_string()] });
    }
    let toks = tokens(text, span)?;
    let syms: Vec<String> = toks.iter().filter_map(|t| if let Tok::Sym(s) = t { Some(s.clone()) } else { None }).collect();
    let value = if syms.is_empty() {
        let mut p = Eval { toks: &toks, pos: 0 };
        match p.binary(0) {
            Some(v) if p.pos == toks.len() => Some(v),
            _ => return Err(Error::syntax(span, format!("bad expression `{}`", clip(text)))),
        }
    } else {
        None
    };
    let text = match value {
        Some(v) if toks.len() == 1 || toks.len() == 2 && matches!(toks[0], Tok::Op(b'-')) => v.to_string(),
        _ => text.to_string(),
    };
    Ok(Expr { text, value, modifier: None, syms })
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(i64),
    Sym(String),
    /// one-byte operator; `<<`, `>>`, `&&`, `||`, `==`, `!=`, `<=`, `>=`, `<>` as `l r A O = n L G n`
    Op(u8),
}

fn tokens(s: &str, span: Span) -> Result<Vec<Tok>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            let t = &s[start..i];
            let last = t.as_bytes()[t.len() - 1];
            if (last == b'f' || last == b'b') && t[..t.len() - 1].bytes().all(|c| c.is_ascii_digit()) {
                out.push(Tok::Sym(t.to_string()));
                continue;
            }
            out.push(Tok::Num(parse_int(t).ok_or_else(|| Error::syntax(span, format!("bad number `{}`", clip(t))))?));
        } else if c == b'\'' {
            let (v, used) = match (b.get(i + 1), b.get(i + 2)) {
                (Some(b'\\'), Some(e)) => (
                    match e {
                        b'n' => 10,
                        b't' => 9,
                        b'0' => 0,
                        b'r' => 13,
                        b'b' => 8,
                        b'f' => 12,
                        other => *other as i64,
                    },
                    3,
                ),
                (Some(&ch), _) => (ch as i64, 2),
                _ => return Err(Error::syntax(span, "unterminated character constant")),
            };
            i += used;
            if b.get(i) == Some(&b'\'') {
                i += 1;
            }
            out.push(Tok::Num(v));
        } else if c == b'"' {
            let start = i + 1;
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += 1;
            }
            if i >= b.len() {
                return Err(Error::syntax(span, "unterminated quoted symbol"));
            }
            out.push(Tok::Sym(s[start..i].to_string()));
            i += 1;
        } else if is_sym_start(c) {
            let start = i;
            while i < b.len() && is_sym_char(b[i]) {
                i += 1;
            }
            // `sym@plt`, `sym@GOTPCREL`: the specifier belongs to the symbol
            if i < b.len() && b[i] == b'@' {
                i += 1;
                while i < b.len() && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
            }
            out.push(Tok::Sym(s[start..i].split('@').next().unwrap_or("").to_string()));
        } else {
            let two = b.get(i + 1).copied();
            let (op, n) = match (c, two) {
                (b'<', Some(b'<')) => (b'l', 2),
                (b'>', Some(b'>')) => (b'r', 2),
                (b'&', Some(b'&')) => (b'A', 2),
                (b'|', Some(b'|')) => (b'O', 2),
                (b'=', Some(b'=')) => (b'=', 2),
                (b'!', Some(b'=')) | (b'<', Some(b'>')) => (b'n', 2),
                (b'<', Some(b'=')) => (b'L', 2),
                (b'>', Some(b'=')) => (b'G', 2),
                (b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^' | b'~' | b'!' | b'(' | b')' | b'<' | b'>', _) => (c, 1),
                _ => return Err(Error::syntax(span, format!("unexpected character `{}` in expression", String::from_utf8_lossy(&b[i..i + 1])))),
            };
            out.push(Tok::Op(op));
            i += n;
        }
    }
    Ok(out)
}

/// Parse an integer literal as GNU as does (decimal, 0x, 0b, leading-0 octal); values up to 2^64-1 wrap.
pub fn parse_int(t: &str) -> Option<i64> {
    let t = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(h) = t.strip_prefix("0x") {
        (h, 16)
    } else if let Some(bn) = t.strip_prefix("0b") {
        (bn, 2)
    } else if t.len() > 1 && t.starts_with('0') {
        (&t[1..], 8)
    } else {
        (t.as_str(), 10)
    };
    u64::from_str_radix(digits, radix).ok().map(|v| v as i64)
}

struct Eval<'a> {
    toks: &'a [Tok],
    pos: usize,
}

/// GNU as precedence: unary; `* / % << >>`; `| & ^ !`; `+ - == != < > <= >=`; `&&`; `||`.
fn prec(op: u8) -> Option<u8> {
    Some(match op {
        b'O' => 1,
        b'A' => 2,
        b'+' | b'-' | b'=' | b'n' | b'<' | b'>' | b'L' | b'G' => 3,
        b'|' | b'&' | b'^' | b'!' => 4,
        b'*' | b'/' | b'%' | b'l' | b'r' => 5,
        _ => return None,
    })
}

impl Eval<'_> {
    fn binary(&mut self, min: u8) -> Option<i64> {
        let mut lhs = self.unary()?;
        while let Some(Tok::Op(op)) = self.toks.get(self.pos) {
            let Some(p) = prec(*op) else { break };
            if p < min {
                break;
            }
            let op = *op;
            self.pos += 1;
            let rhs = self.binary(p + 1)?;
            lhs = match op {
                b'+' => lhs.wrapping_add(rhs),
                b'-' => lhs.wrapping_sub(rhs),
                b'*' => lhs.wrapping_mul(rhs),
                b'/' => lhs.checked_div(rhs)?,
                b'%' => lhs.checked_rem(rhs)?,
                b'l' => lhs.wrapping_shl(rhs as u32),
                b'r' => lhs.wrapping_shr(rhs as u32),
                b'|' => lhs | rhs,
                b'&' => lhs & rhs,
                b'^' => lhs ^ rhs,
                b'!' => lhs | !rhs,
                b'=' => -((lhs == rhs) as i64),
                b'n' => -((lhs != rhs) as i64),
                b'<' => -((lhs < rhs) as i64),
                b'>' => -((lhs > rhs) as i64),
                b'L' => -((lhs <= rhs) as i64),
                b'G' => -((lhs >= rhs) as i64),
                b'A' => (lhs != 0 && rhs != 0) as i64,
                _ => (lhs != 0 || rhs != 0) as i64,
            };
        }
        Some(lhs)
    }

    fn unary(&mut self) -> Option<i64> {
        let t = self.toks.get(self.pos)?.clone();
        self.pos += 1;
        match t {
            Tok::Num(n) => Some(n),
            Tok::Op(b'-') => self.unary().map(i64::wrapping_neg),
            Tok::Op(b'+') => self.unary(),
            Tok::Op(b'~') => self.unary().map(|v| !v),
            Tok::Op(b'!') => self.unary().map(|v| (v == 0) as i64),
            Tok::Op(b'(') => {
                let v = self.binary(0)?;
                (self.toks.get(self.pos) == Some(&Tok::Op(b')'))).then(|| self.pos += 1)?;
                Some(v)
            }
            _ => None,
        }
    }
}

/// Lower-case `name` into `buf` when it is short enough to be a register name.
pub fn lower_short<'a>(name: &str, buf: &'a mut [u8; 16]) -> Option<&'a str> {
    let b = name.as_bytes();
    if b.is_empty() || b.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// Canonical text of a file: one statement a line, labels alone on their line, a tab before
/// mnemonics and directives, operands separated by `, `.
pub fn print(file: &File, imm_prefix: &str) -> String {
    let mut out = String::with_capacity(file.stmts.len() * 24);
    for s in &file.stmts {
        match s {
            Stmt::Label { name, .. } => push_label(name, &mut out),
            Stmt::Directive { name, args, .. } => push_directive(name, args, &mut out),
            Stmt::Insn(i) => {
                out.push('\t');
                out.push_str(&i.mnemonic);
                for (k, o) in i.ops.iter().enumerate() {
                    out.push_str(if k == 0 { "\t" } else { ", " });
                    operand_text(o, imm_prefix, &mut out);
                }
                out.push('\n');
            }
        }
    }
    out
}

/// `name:` on a line of its own.
pub fn push_label(name: &str, out: &mut String) {
    out.push_str(&quote_sym(name));
    out.push_str(":\n");
}

/// A directive with its arguments, one line.
pub fn push_directive(name: &str, args: &[String], out: &mut String) {
    out.push('\t');
    out.push_str(name);
    if !args.is_empty() {
        out.push('\t');
        out.push_str(&args.join(", "));
    }
    out.push('\n');
}

/// A symbol as it must be written: quoted unless it is a plain name.
pub fn quote_sym(name: &str) -> String {
    let plain = name.bytes().next().is_some_and(|c| is_sym_start(c) || c.is_ascii_digit()) && name.bytes().all(is_sym_char);
    if plain {
        name.to_string()
    } else {
        format!("\"{name}\"")
    }
}

fn operand_text(o: &Operand, imm_prefix: &str, out: &mut String) {
    match o {
        Operand::Reg(r) => out.push_str(&r.name),
        Operand::Imm(e) => {
            out.push_str(imm_prefix);
            out.push_str(&e.text);
        }
        Operand::Sym(e) => out.push_str(&e.text),
        Operand::Cond(c) | Operand::Word(c) => out.push_str(c),
        Operand::Shift { op, amount } => {
            out.push_str(op);
            if let Some(a) = amount {
                out.push_str(" #");
                out.push_str(&a.text);
            }
        }
        Operand::List { regs, lane } => {
            out.push('{');
            out.push_str(&regs.iter().map(|r| r.name.as_ref()).collect::<Vec<_>>().join(", "));
            out.push('}');
            if let Some(l) = lane {
                out.push_str(&format!("[{l}]"));
            }
        }
        Operand::Mem(m) if imm_prefix.is_empty() => {
            // RISC-V: off(base)
            if let Some(off) = &m.off {
                out.push_str(&off.text);
            }
            out.push('(');
            out.push_str(&m.base.name);
            out.push(')');
        }
        Operand::Mem(m) => {
            out.push('[');
            out.push_str(&m.base.name);
            if let Some(off) = &m.off {
                out.push_str(", ");
                if off.modifier.is_none() {
                    out.push('#');
                }
                out.push_str(&off.text);
            }
            if let Some(ix) = &m.index {
                out.push_str(", ");
                out.push_str(&ix.name);
            }
            if let Some(ext) = &m.index_ext {
                out.push_str(", ");
                operand_text(ext, imm_prefix, out);
            }
            out.push(']');
            if m.writeback {
                out.push('!');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(s: &str) -> Option<i64> {
        expr(s, Span::default()).unwrap().value
    }

    #[test]
    fn constant_expressions() {
        let table: &[(&str, i64)] = &[("1+2*3", 7), ("(1+2)*3", 9), ("-8", -8), ("1<<12", 4096), ("0x10|1", 17), ("'a'", 97), ("~0", -1), ("10-2-3", 5), ("0b101", 5), ("017", 15)];
        for &(s, v) in table {
            assert_eq!(val(s), Some(v), "{s}");
        }
        let e = expr(".L5-.L4", Span::default()).unwrap();
        assert_eq!((e.value, e.syms.clone()), (None, vec![".L5".to_string(), ".L4".to_string()]));
        assert_eq!(expr("1f", Span::default()).unwrap().syms, vec!["1f"]);
        assert!(expr("1+", Span::default()).is_err());
        assert!(expr("1/0", Span::default()).is_err());
    }

    #[test]
    fn splitting_keeps_brackets_together() {
        let v: Vec<&str> = split_top("x0, [x1, #8]!, {v0.16b, v1.16b}", b',').into_iter().map(|p| p.1.trim()).collect();
        assert_eq!(v, vec!["x0", "[x1, #8]!", "{v0.16b, v1.16b}"]);
    }
}
