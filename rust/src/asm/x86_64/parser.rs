//! Line-oriented parser for AT&T-syntax x86-64 GNU assembly.

use super::{regs, Expr, File, Insn, Mem, Operand, Reg, Stmt};
use crate::asm::{comment_start, split_top, Span};
use crate::error::{Error, Result};

const PREFIXES: &[&str] = &["rep", "repe", "repz", "repne", "repnz", "lock", "notrack", "bnd", "data16", "addr32", "rex64"];

fn is_sym_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c == '.' || c == '$'
}

fn is_sym_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$'
}

/// Parse a whole file. Errors carry 1-based line and column.
pub fn parse(src: &str) -> Result<File> {
    let (file, mut errors) = parse_lossy(src);
    if errors.is_empty() {
        Ok(file)
    } else {
        Err(errors.swap_remove(0))
    }
}

/// Parse a whole file, going on after a bad statement: the statements that parsed and every error.
pub fn parse_lossy(src: &str) -> (File, Vec<Error>) {
    parse_lossy_from(src, 1, false)
}

/// [`parse_lossy`] of a part of a file that starts at line `first_line`, in Intel syntax when
/// `intel` (the part before it switched to it).
pub fn parse_lossy_from(src: &str, first_line: u32, intel: bool) -> (File, Vec<Error>) {
    let src = &*crate::asm::strip_block_comments(src, "#");
    // about one statement per 20 bytes of compiler output
    let mut file = File { stmts: Vec::with_capacity(src.len() / 20) };
    let mut errors = Vec::new();
    let mut pending_prefixes: Vec<String> = Vec::new();
    let mut intel = intel;
    for (lineno, raw_line) in src.lines().enumerate() {
        let line_no = (lineno as u32).saturating_add(first_line);
        let line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
        let code = match comment_start(line, "#") {
            Some(i) => &line[..i],
            None => line,
        };
        // (clang writes the character a `.byte` stands for in its comment, NUL included)
        let (mut nul, mut semi) = (None, false);
        for (k, &b) in code.as_bytes().iter().enumerate() {
            if b == 0 {
                nul = Some(k);
                break;
            }
            semi |= b == b';';
        }
        if let Some(col) = nul {
            errors.push(Error::syntax(Span::new(line_no, col as u32 + 1), "NUL byte in source"));
            continue;
        }
        if !semi {
            if let Err(e) = parse_statement(code, line_no, 0, &mut file, &mut pending_prefixes, &mut intel) {
                errors.push(e);
            }
            continue;
        }
        for (off, stmt) in split_top(code, b';') {
            if let Err(e) = parse_statement(stmt, line_no, off, &mut file, &mut pending_prefixes, &mut intel) {
                errors.push(e);
            }
        }
    }
    if !pending_prefixes.is_empty() {
        let last = file.stmts.last().map(|s| s.span()).unwrap_or_default();
        errors.push(Error::syntax(last, format!("prefix `{}` without an instruction", pending_prefixes.join(" "))));
    }
    (file, errors)
}

fn parse_statement(
    text: &str,
    line: u32,
    base: usize,
    file: &mut File,
    prefixes: &mut Vec<String>,
    intel: &mut bool,
) -> Result<()> {
    let mut rest = text;
    let mut col0 = base;
    loop {
        let trimmed = rest.trim_start();
        col0 += rest.len() - trimmed.len();
        rest = trimmed;
        if rest.is_empty() {
            return Ok(());
        }
        // label?
        let sym_end = label_name_end(rest);
        if let Some(end) = sym_end {
            if rest[end..].starts_with(':') {
                let name = rest[..end].trim_matches('"').to_string();
                file.stmts.push(Stmt::Label { name, span: Span::new(line, col0 as u32 + 1) });
                rest = &rest[end + 1..];
                col0 += end + 1;
                continue;
            }
        }
        break;
    }
    let span = Span::new(line, col0 as u32 + 1);
    let body = rest.trim_end();
    if body.starts_with('.') {
        let (name, args_text) = match body.bytes().position(|c| c.is_ascii_whitespace()) {
            Some(i) => (&body[..i], body[i..].trim()),
            None => (body, ""),
        };
        let args = if args_text.is_empty() {
            Vec::new()
        } else {
            split_top(args_text, b',').into_iter().map(|(_, a)| a.trim().to_string()).collect()
        };
        if args_text.bytes().filter(|&c| c == b'"').count() % 2 == 1 && !args_text.contains("\\\"") {
            return Err(Error::syntax(span, "unterminated string literal"));
        }
        let name = if name.bytes().any(|c| c.is_ascii_uppercase()) { name.to_ascii_lowercase() } else { name.to_string() };
        match name.as_str() {
            ".intel_syntax" => *intel = true,
            ".att_syntax" => *intel = false,
            _ => {}
        }
        file.stmts.push(Stmt::Directive { name, args, span, text: body.to_string() });
        return Ok(());
    }
    if *intel {
        // one AST for both syntaxes: parse the AT&T spelling, keep the Intel text and position
        let att = super::intel::to_att(body, span)?;
        let before = file.stmts.len();
        parse_statement(&att, line, 0, file, prefixes, &mut false).map_err(|e| Error::syntax(span, format!("{} (in `{}`)", e_msg(&e), crate::asm::gnu::clip(body))))?;
        if let Some(Stmt::Insn(i)) = file.stmts.get_mut(before) {
            i.span = span;
            i.text = body.to_string();
        }
        return Ok(());
    }
    let (mnem, ops_text, ops_off) = match body.bytes().position(|c| c.is_ascii_whitespace()) {
        Some(i) => {
            let t = &body[i..];
            let lead = t.len() - t.trim_start().len();
            (&body[..i], t.trim(), i + lead)
        }
        None => (body, "", body.len()),
    };
    if !mnem.bytes().next().is_some_and(|c| c.is_ascii_alphabetic()) || !mnem.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c == b',') {
        return Err(Error::syntax(span, format!("expected an instruction, label or directive, found `{body}`")));
    }
    let mnemonic = if mnem.bytes().any(|c| c.is_ascii_uppercase()) { mnem.to_ascii_lowercase() } else { mnem.to_string() };
    if PREFIXES.contains(&mnemonic.as_str()) {
        prefixes.push(mnemonic);
        if ops_text.is_empty() {
            return Ok(());
        }
        // `rep stosq`, `lock addl ...`: the rest is the instruction
        return parse_statement(ops_text, line, col0 + ops_off, file, prefixes, intel);
    }
    let mut ops = Vec::new();
    if !ops_text.is_empty() {
        for (o, piece) in split_top(ops_text, b',') {
            let lead = piece.len() - piece.trim_start().len();
            let ospan = Span::new(line, (col0 + ops_off + o + lead) as u32 + 1);
            let p = piece.trim();
            if p.is_empty() {
                return Err(Error::syntax(ospan, "empty operand"));
            }
            ops.push(parse_operand(p, ospan)?);
        }
    }
    file.stmts.push(Stmt::Insn(Insn { prefixes: std::mem::take(prefixes), mnemonic, ops, span, text: body.to_string() }));
    Ok(())
}

fn e_msg(e: &Error) -> String {
    match e {
        Error::Syntax { msg, .. } | Error::Unsupported { msg, .. } => msg.clone(),
    }
}

/// If `s` starts with something that can name a label (identifier, number or quoted name), its end.
fn label_name_end(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, c0) = chars.next()?;
    if c0 == '"' {
        return s[1..].find('"').map(|i| i + 2);
    }
    if c0.is_ascii_digit() {
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        return Some(end);
    }
    if !is_sym_start(c0) {
        return None;
    }
    let end = s.find(|c: char| !is_sym_char(c)).unwrap_or(s.len());
    Some(end)
}

fn parse_reg(s: &str, span: Span) -> Result<Reg> {
    let name = s.strip_prefix('%').unwrap_or(s).trim();
    regs::lookup(name).ok_or_else(|| Error::syntax(span, format!("unknown register `%{name}`")))
}

fn parse_operand(p: &str, span: Span) -> Result<Operand> {
    if let Some(rest) = p.strip_prefix('*') {
        return Ok(Operand::Indirect(Box::new(parse_operand(rest.trim(), span)?)));
    }
    if let Some(rest) = p.strip_prefix('$') {
        return Ok(Operand::Imm(parse_expr(rest, span)?));
    }
    if p.starts_with('%') {
        // %reg, or %seg:mem
        if let Some(colon) = p.find(':') {
            let seg = parse_reg(&p[..colon], span)?;
            if !matches!(seg, Reg::Seg(_)) {
                return Err(Error::syntax(span, "only a segment register may prefix a memory operand"));
            }
            let mut m = parse_mem(&p[colon + 1..], span)?;
            m.seg = Some(seg);
            return Ok(Operand::Mem(m));
        }
        return Ok(Operand::Reg(parse_reg(p, span)?));
    }
    if p.ends_with(')') && p.contains('(') && !p.starts_with('(') || p.starts_with('(') && p.contains('%') {
        return Ok(Operand::Mem(parse_mem(p, span)?));
    }
    Ok(Operand::Expr(parse_expr(p, span)?))
}

fn parse_mem(p: &str, span: Span) -> Result<Mem> {
    let p = p.trim();
    let (disp_text, inner) = match p.rfind('(') {
        Some(i) if p.ends_with(')') && p[i..].contains('%') || p.ends_with(')') && p[i + 1..].trim_end_matches(')').trim().is_empty() => {
            (&p[..i], Some(&p[i + 1..p.len() - 1]))
        }
        _ => (p, None),
    };
    let disp = if disp_text.trim().is_empty() { Expr::default() } else { parse_expr(disp_text, span)? };
    let mut m = Mem { seg: None, disp, base: None, index: None, scale: 1 };
    if let Some(inner) = inner {
        let parts: Vec<&str> = inner.split(',').map(|s| s.trim()).collect();
        if parts.len() > 3 {
            return Err(Error::syntax(span, "memory operand has more than base, index and scale"));
        }
        if !parts[0].is_empty() {
            m.base = Some(parse_reg(parts[0], span)?);
        }
        if parts.len() >= 2 && !parts[1].is_empty() {
            m.index = Some(parse_reg(parts[1], span)?);
        }
        if parts.len() == 3 && !parts[2].is_empty() {
            m.scale = match parts[2] {
                "1" => 1,
                "2" => 2,
                "4" => 4,
                "8" => 8,
                s => return Err(Error::syntax(span, format!("scale must be 1, 2, 4 or 8, found `{s}`"))),
            };
        }
    }
    Ok(m)
}

/// Parse a constant or symbolic expression.
pub fn parse_expr(s: &str, span: Span) -> Result<Expr> {
    // fast paths: a decimal number, a plain symbol
    let t = s.trim();
    let digits = t.strip_prefix('-').unwrap_or(t);
    if !digits.is_empty() && digits.len() < 18 && digits.bytes().all(|c| c.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0')) {
        if let Ok(v) = t.parse::<i64>() {
            return Ok(Expr::constant(v));
        }
    }
    if t.bytes().next().is_some_and(|c| is_sym_start(c as char)) && t.bytes().all(|c| is_sym_char(c as char)) && !t.contains('$') {
        return Ok(Expr { sym: Some(t.to_string()), ..Default::default() });
    }
    let toks = tokenize(s, span)?;
    let mut p = ExprParser { toks, pos: 0, span };
    let v = p.sum()?;
    if p.pos != p.toks.len() {
        return Err(Error::syntax(span, format!("unexpected `{}` in expression `{}`", p.toks[p.pos].text(), s.trim())));
    }
    let mut e = Expr { off: v.off, ..Default::default() };
    for (sign, name, reloc) in v.syms {
        if sign > 0 && e.sym.is_none() {
            e.sym = Some(name);
            e.reloc = reloc;
        } else if sign < 0 && e.minus_sym.is_none() {
            e.minus_sym = Some(name);
        } else {
            return Err(Error::syntax(span, format!("expression `{}` is too complex", s.trim())));
        }
    }
    Ok(e)
}

#[derive(Debug, Clone)]
enum Tok {
    Num(i64),
    Sym(String, Option<String>),
    Op(char),
}

impl Tok {
    fn text(&self) -> String {
        match self {
            Tok::Num(n) => n.to_string(),
            Tok::Sym(s, _) => s.clone(),
            Tok::Op(c) => c.to_string(),
        }
    }
}

fn tokenize(s: &str, span: Span) -> Result<Vec<Tok>> {
    let b: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < b.len() {
        let c = b[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let t: String = b[start..i].iter().collect();
            // numeric local label reference: 1f / 1b
            if (t.ends_with('f') || t.ends_with('b')) && t[..t.len() - 1].chars().all(|c| c.is_ascii_digit()) && !t.starts_with("0b") && !t.starts_with("0x") {
                out.push(Tok::Sym(t, None));
                continue;
            }
            out.push(Tok::Num(parse_int(&t).ok_or_else(|| Error::syntax(span, format!("bad number `{t}`")))?));
        } else if c == '\'' {
            // character constant: 'c  or '\n
            let (v, used) = match (b.get(i + 1), b.get(i + 2)) {
                (Some('\\'), Some(e)) => (
                    match e {
                        'n' => 10,
                        't' => 9,
                        '0' => 0,
                        'r' => 13,
                        '\\' => 92,
                        '\'' => 39,
                        other => *other as i64,
                    },
                    3,
                ),
                (Some(ch), _) => (*ch as i64, 2),
                _ => return Err(Error::syntax(span, "unterminated character constant")),
            };
            i += used;
            if b.get(i) == Some(&'\'') {
                i += 1;
            }
            out.push(Tok::Num(v));
        } else if is_sym_start(c) || c == '"' {
            let start = i;
            let name: String = if c == '"' {
                i += 1;
                while i < b.len() && b[i] != '"' {
                    i += 1;
                }
                if i >= b.len() {
                    return Err(Error::syntax(span, "unterminated quoted symbol"));
                }
                i += 1;
                b[start + 1..i - 1].iter().collect()
            } else {
                while i < b.len() && is_sym_char(b[i]) {
                    i += 1;
                }
                b[start..i].iter().collect()
            };
            let mut reloc = None;
            if i < b.len() && b[i] == '@' {
                let rs = i + 1;
                i += 1;
                while i < b.len() && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                reloc = Some(b[rs..i].iter().collect::<String>().to_ascii_uppercase());
            }
            out.push(Tok::Sym(name, reloc));
        } else if "+-*()~/".contains(c) {
            out.push(Tok::Op(c));
            i += 1;
        } else {
            return Err(Error::syntax(span, format!("unexpected character `{c}` in expression")));
        }
    }
    if out.is_empty() {
        return Err(Error::syntax(span, "empty expression"));
    }
    Ok(out)
}

fn parse_int(t: &str) -> Option<i64> {
    let t = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(h) = t.strip_prefix("0x") {
        (h.to_string(), 16)
    } else if let Some(bn) = t.strip_prefix("0b") {
        (bn.to_string(), 2)
    } else if t.len() > 1 && t.starts_with('0') {
        (t[1..].to_string(), 8)
    } else {
        (t.clone(), 10)
    };
    u64::from_str_radix(&digits, radix).ok().map(|v| v as i64)
}

#[derive(Default)]
struct Val {
    off: i64,
    syms: Vec<(i64, String, Option<String>)>,
}

struct ExprParser {
    toks: Vec<Tok>,
    pos: usize,
    span: Span,
}

impl ExprParser {
    fn sum(&mut self) -> Result<Val> {
        let mut acc = self.product()?;
        while let Some(Tok::Op(c @ ('+' | '-'))) = self.toks.get(self.pos).cloned() {
            self.pos += 1;
            let rhs = self.product()?;
            let sign = if c == '+' { 1 } else { -1 };
            acc.off = acc.off.wrapping_add(sign * rhs.off);
            for (s, n, r) in rhs.syms {
                acc.syms.push((s * sign, n, r));
            }
        }
        Ok(acc)
    }

    fn product(&mut self) -> Result<Val> {
        let mut acc = self.unary()?;
        while let Some(Tok::Op(c @ ('*' | '/'))) = self.toks.get(self.pos).cloned() {
            self.pos += 1;
            let rhs = self.unary()?;
            if !acc.syms.is_empty() || !rhs.syms.is_empty() {
                return Err(Error::syntax(self.span, "cannot multiply or divide a symbol"));
            }
            acc.off = if c == '*' {
                acc.off.wrapping_mul(rhs.off)
            } else {
                if rhs.off == 0 {
                    return Err(Error::syntax(self.span, "division by zero in expression"));
                }
                acc.off.wrapping_div(rhs.off)
            };
        }
        Ok(acc)
    }

    fn unary(&mut self) -> Result<Val> {
        match self.toks.get(self.pos).cloned() {
            Some(Tok::Op('-')) => {
                self.pos += 1;
                let mut v = self.unary()?;
                v.off = v.off.wrapping_neg();
                for s in v.syms.iter_mut() {
                    s.0 = -s.0;
                }
                Ok(v)
            }
            Some(Tok::Op('+')) => {
                self.pos += 1;
                self.unary()
            }
            Some(Tok::Op('~')) => {
                self.pos += 1;
                let v = self.unary()?;
                if !v.syms.is_empty() {
                    return Err(Error::syntax(self.span, "cannot complement a symbol"));
                }
                Ok(Val { off: !v.off, syms: vec![] })
            }
            Some(Tok::Op('(')) => {
                self.pos += 1;
                let v = self.sum()?;
                match self.toks.get(self.pos) {
                    Some(Tok::Op(')')) => {
                        self.pos += 1;
                        Ok(v)
                    }
                    _ => Err(Error::syntax(self.span, "missing `)` in expression")),
                }
            }
            Some(Tok::Num(n)) => {
                self.pos += 1;
                Ok(Val { off: n, syms: vec![] })
            }
            Some(Tok::Sym(s, r)) => {
                self.pos += 1;
                Ok(Val { off: 0, syms: vec![(1, s, r)] })
            }
            Some(t) => Err(Error::syntax(self.span, format!("unexpected `{}` in expression", t.text()))),
            None => Err(Error::syntax(self.span, "expression ends too early")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::asm::x86_64::Gpr;

    fn insn(src: &str) -> Insn {
        match parse(src).unwrap().stmts.pop().unwrap() {
            Stmt::Insn(i) => i,
            other => panic!("not an insn: {other:?}"),
        }
    }

    #[test]
    fn operands_of_every_kind() {
        let i = insn("\tmovl\t-20(%rbp,%rax,4), %eax");
        assert_eq!(i.mnemonic, "movl");
        match &i.ops[0] {
            Operand::Mem(m) => {
                assert_eq!(m.disp.off, -20);
                assert_eq!(m.base, Some(Reg::Gpr(Gpr { num: 5, width: 64, high: false })));
                assert_eq!(m.scale, 4);
            }
            o => panic!("{o:?}"),
        }
        let i = insn("leaq .LC0+8(%rip), %rdi");
        match &i.ops[0] {
            Operand::Mem(m) => {
                assert_eq!(m.base, Some(Reg::Rip));
                assert_eq!(m.disp.sym.as_deref(), Some(".LC0"));
                assert_eq!(m.disp.off, 8);
            }
            o => panic!("{o:?}"),
        }
        let i = insn("call printf@PLT");
        assert_eq!(i.ops[0], Operand::Expr(Expr { sym: Some("printf".into()), reloc: Some("PLT".into()), ..Default::default() }));
        let i = insn("jmp *%rax");
        assert!(matches!(&i.ops[0], Operand::Indirect(b) if matches!(**b, Operand::Reg(_))));
        let i = insn("movq %fs:40, %rax");
        assert!(matches!(&i.ops[0], Operand::Mem(m) if m.seg == Some(Reg::Seg(4)) && m.disp.off == 40));
        let i = insn("movl $-1640531535, %eax");
        assert_eq!(i.ops[0], Operand::Imm(Expr::constant(-1640531535)));
        let i = insn("movabsq $0x8000000000000000, %rax");
        assert_eq!(i.ops[0], Operand::Imm(Expr::constant(i64::MIN)));
        let i = insn("movl (,%rdi,8), %eax");
        assert!(matches!(&i.ops[0], Operand::Mem(m) if m.base.is_none() && m.scale == 8));
    }

    #[test]
    fn labels_directives_prefixes() {
        let f = parse("main:\n\t.p2align 4,,10\n.L3: rep stosq # fill\n\t.string \"a;b#c\"\n1:\tjmp 1b\n").unwrap();
        assert!(matches!(&f.stmts[0], Stmt::Label { name, .. } if name == "main"));
        assert!(matches!(&f.stmts[1], Stmt::Directive { name, args, .. } if name == ".p2align" && args.len() == 3));
        assert!(matches!(&f.stmts[2], Stmt::Label { name, span } if name == ".L3" && span.line == 3));
        assert!(matches!(&f.stmts[3], Stmt::Insn(i) if i.mnemonic == "stosq" && i.prefixes == vec!["rep"]));
        assert!(matches!(&f.stmts[4], Stmt::Directive { args, .. } if args[0] == "\"a;b#c\""));
        assert!(matches!(&f.stmts[6], Stmt::Insn(i) if i.ops[0] == Operand::Expr(Expr { sym: Some("1b".into()), ..Default::default() })));
    }

    #[test]
    fn errors_point_at_line_and_column() {
        let e = parse("main:\n\tmovl %eax, %foo\n").unwrap_err();
        assert_eq!((e.line(), e.col()), (2, 13));
        assert!(e.to_string().contains("unknown register `%foo`"), "{e}");
        let e = parse("\tmovl 8(%rax,%rbx,3), %eax").unwrap_err();
        assert!(e.to_string().contains("scale"), "{e}");
        let e = parse("  @@@ garbage").unwrap_err();
        assert_eq!(e.line(), 1);
        assert!(parse("\tmovl $1 +, %eax").is_err());
    }

    #[test]
    fn crlf_and_empty_lines() {
        let f = parse("\r\n\tret\r\n\r\n").unwrap();
        assert_eq!(f.stmts.len(), 1);
    }
}
