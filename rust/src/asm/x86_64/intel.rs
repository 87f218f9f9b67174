//! Intel syntax (`.intel_syntax noprefix`, `gcc -masm=intel`): each instruction is rewritten to the
//! AT&T text GNU as would take for the same encoding, and then parsed like any AT&T statement, so
//! both syntaxes give one AST.

use crate::asm::gnu::clip;
use crate::asm::{split_top, Span};
use crate::error::{Error, Result};

use super::regs;

/// Integer mnemonics whose AT&T form carries a size suffix.
const SUFFIXED: &[&str] = &[
    "mov", "add", "sub", "and", "or", "xor", "cmp", "test", "adc", "sbb", "inc", "dec", "neg", "not", "mul", "imul", "div", "idiv", "lea", "push", "pop",
    "shl", "shr", "sar", "sal", "rol", "ror", "rcl", "rcr", "shld", "shrd", "bt", "bts", "btr", "btc", "xchg", "cmpxchg", "xadd", "bsf", "bsr",
    "tzcnt", "lzcnt", "popcnt", "movabs", "nop",
];

const RENAMED: &[(&str, &str)] = &[("cdqe", "cltq"), ("cdq", "cltd"), ("cqo", "cqto"), ("cwde", "cwtl"), ("cbw", "cbtw"), ("cwd", "cwtd")];

const STRING_OPS: &[&str] = &[
    "stosb", "stosw", "stosd", "stosq", "movsb", "movsw", "movsq", "cmpsb", "cmpsw", "cmpsd", "cmpsq", "scasb", "scasw", "scasd", "scasq", "lodsb", "lodsw",
    "lodsd", "lodsq",
];

fn size_suffix(bits: u16) -> &'static str {
    match bits {
        8 => "b",
        16 => "w",
        32 => "l",
        64 => "q",
        _ => "",
    }
}

/// `BYTE PTR` → 8, ... (0 for sizes that carry no integer suffix).
fn ptr_size(word: &str) -> Option<u16> {
    Some(match word.to_ascii_uppercase().as_str() {
        "BYTE" => 8,
        "WORD" => 16,
        "DWORD" => 32,
        "QWORD" => 64,
        "TBYTE" => 80,
        "XMMWORD" | "OWORD" => 128,
        "YMMWORD" => 256,
        "ZMMWORD" => 512,
        "FWORD" => 48,
        _ => return None,
    })
}

struct Op {
    /// AT&T text
    text: String,
    /// width of a general register operand
    gpr: Option<u16>,
    /// `SIZE PTR`
    size: Option<u16>,
    is_mem: bool,
    is_reg: bool,
}

fn reg_name(s: &str) -> Option<(String, Option<u16>)> {
    let s = s.trim().trim_start_matches('%');
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let r = regs::lookup(&compact)?;
    let w = match r {
        regs::Reg::Gpr(g) => Some(g.width as u16),
        _ => None,
    };
    Some((format!("%{}", regs::name(r)), w))
}

/// `[base+index*scale+disp]` (with an optional displacement written before the bracket).
fn memory(outer: &str, inner: &str, span: Span) -> Result<String> {
    let mut base: Option<String> = None;
    let mut index: Option<(String, String)> = None;
    let mut disp = outer.trim().to_string();
    // split the inside at top-level + and -, keeping the sign with the term
    let mut terms: Vec<(char, String)> = Vec::new();
    let mut cur = String::new();
    let mut sign = '+';
    let mut depth = 0;
    for c in inner.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if (c == '+' || c == '-') && depth == 0 && !cur.trim().is_empty() {
            terms.push((sign, cur.trim().to_string()));
            cur.clear();
            sign = c;
        } else if (c == '+' || c == '-') && depth == 0 && cur.trim().is_empty() {
            if c == '-' {
                sign = if sign == '-' { '+' } else { '-' };
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.trim().is_empty() {
        terms.push((sign, cur.trim().to_string()));
    }
    for (sign, t) in terms {
        if let Some((r, s)) = t.split_once('*') {
            let (r, s) = if reg_name(r).is_some() { (r, s) } else { (s, r) };
            let (name, _) = reg_name(r).ok_or_else(|| Error::syntax(span, format!("expected an index register in `{}`", clip(&t))))?;
            index = Some((name, s.trim().to_string()));
        } else if let Some((name, _)) = reg_name(&t) {
            if sign == '-' {
                return Err(Error::syntax(span, format!("a register cannot be subtracted: `{}`", clip(inner))));
            }
            if base.is_none() {
                base = Some(name);
            } else if index.is_none() {
                index = Some((name, "1".into()));
            } else {
                return Err(Error::syntax(span, format!("too many registers in `[{}]`", clip(inner))));
            }
        } else {
            if !disp.is_empty() || sign == '-' {
                disp.push(sign);
            }
            disp.push_str(&t);
        }
    }
    let mut out = disp;
    if base.is_some() || index.is_some() {
        out.push('(');
        out.push_str(base.as_deref().unwrap_or(""));
        if let Some((ix, scale)) = index {
            out.push(',');
            out.push_str(&ix);
            out.push(',');
            out.push_str(&scale);
        }
        out.push(')');
    }
    Ok(out)
}

fn operand(p: &str, branch: bool, span: Span) -> Result<Op> {
    let mut rest = p.trim();
    // `[QWORD PTR [r12]]`: brackets around a whole memory operand
    if let Some(inner) = rest.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        if inner.contains('[') {
            return operand(inner, branch, span);
        }
    }
    let mut size = None;
    // `DWORD PTR x`
    if let Some((w, tail)) = rest.split_once(char::is_whitespace) {
        if let Some(s) = ptr_size(w) {
            if let Some(t) = tail.trim_start().strip_prefix("PTR").or_else(|| tail.trim_start().strip_prefix("ptr")) {
                size = Some(s);
                rest = t.trim();
            }
        }
    }
    if let Some(sym) = rest.strip_prefix("OFFSET FLAT:").or_else(|| rest.strip_prefix("OFFSET ")).or_else(|| rest.strip_prefix("offset ")) {
        return Ok(Op { text: format!("${}", sym.trim()), gpr: None, size, is_mem: false, is_reg: false });
    }
    if size.is_none() {
        if let Some((name, w)) = reg_name(rest) {
            return Ok(Op { text: name, gpr: w, size, is_mem: false, is_reg: true });
        }
    }
    // segment override: fs:40, fs:[rax]
    let mut seg = String::new();
    if let Some((s, tail)) = rest.split_once(':') {
        if matches!(s.trim().to_ascii_lowercase().as_str(), "fs" | "gs" | "es" | "cs" | "ds" | "ss") {
            seg = format!("%{}:", s.trim().to_ascii_lowercase());
            rest = tail.trim();
        }
    }
    if let (Some(open), true) = (rest.find('['), rest.ends_with(']')) {
        let m = memory(&rest[..open], &rest[open + 1..rest.len() - 1], span)?;
        return Ok(Op { text: format!("{seg}{m}"), gpr: None, size, is_mem: true, is_reg: false });
    }
    if rest.contains('[') || rest.contains(']') {
        // `[rax]+8` and other orders
        let open = rest.find('[').unwrap_or(0);
        let close = rest.rfind(']').unwrap_or(rest.len() - 1);
        if close > open {
            let outer = format!("{}{}", &rest[..open], &rest[close + 1..]);
            let m = memory(&outer, &rest[open + 1..close], span)?;
            return Ok(Op { text: format!("{seg}{m}"), gpr: None, size, is_mem: true, is_reg: false });
        }
        return Err(Error::syntax(span, format!("bad memory operand `{}`", clip(p))));
    }
    if !seg.is_empty() || size.is_some() {
        return Ok(Op { text: format!("{seg}{rest}"), gpr: None, size, is_mem: true, is_reg: false });
    }
    let starts_const = rest.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+' || c == '~' || c == '(' || c == '\'');
    let numeric_label = rest.len() >= 2 && (rest.ends_with('f') || rest.ends_with('b')) && rest[..rest.len() - 1].bytes().all(|c| c.is_ascii_digit());
    if branch || numeric_label {
        return Ok(Op { text: rest.to_string(), gpr: None, size, is_mem: false, is_reg: false });
    }
    if starts_const {
        return Ok(Op { text: format!("${rest}"), gpr: None, size, is_mem: false, is_reg: false });
    }
    // a bare symbol is a memory operand in Intel syntax, as it is in AT&T
    Ok(Op { text: rest.to_string(), gpr: None, size, is_mem: true, is_reg: false })
}

/// Rewrite one Intel instruction (mnemonic and operands, no label, no comment) as AT&T text.
pub fn to_att(body: &str, span: Span) -> Result<String> {
    let (head, tail) = match body.find(char::is_whitespace) {
        Some(i) => (&body[..i], body[i..].trim()),
        None => (body, ""),
    };
    let m = head.to_ascii_lowercase();
    if matches!(m.as_str(), "rep" | "repe" | "repz" | "repne" | "repnz" | "lock" | "notrack" | "bnd" | "data16" | "addr32") && !tail.is_empty() {
        return Ok(format!("{m} {}", to_att(tail, span)?));
    }
    if let Some((_, att)) = RENAMED.iter().find(|(i, _)| *i == m) {
        return Ok((*att).to_string());
    }
    if STRING_OPS.contains(&m.as_str()) {
        // the operands only restate the implicit registers
        return Ok(match m.as_str() {
            "stosd" => "stosl".into(),
            "lodsd" => "lodsl".into(),
            "scasd" => "scasl".into(),
            "cmpsd" if tail.is_empty() => "cmpsl".into(),
            "movsd" if tail.is_empty() => "movsl".into(),
            _ if m == "cmpsd" || m == "movsd" => return sse_or_plain(&m, tail, span),
            _ => m,
        });
    }
    sse_or_plain(&m, tail, span)
}

fn sse_or_plain(m: &str, tail: &str, span: Span) -> Result<String> {
    let branch = m.starts_with('j') || m.starts_with("call") || m == "loop";
    let mut ops = Vec::new();
    if !tail.is_empty() {
        for (_, piece) in split_top(tail, b',') {
            let piece = piece.trim();
            if piece.is_empty() {
                return Err(Error::syntax(span, "empty operand"));
            }
            ops.push(operand(piece, branch, span)?);
        }
    }
    let first_gpr = ops.first().and_then(|o| o.gpr);
    let size = ops.iter().find_map(|o| o.size);
    let mut mnemonic = m.to_string();
    if m == "movzx" || m == "movsx" || m == "movsxd" {
        let dst = first_gpr.unwrap_or(32);
        let src = ops.get(1).and_then(|o| o.gpr.or(o.size)).unwrap_or(if m == "movsxd" { 32 } else { 8 });
        mnemonic = format!("mov{}{}{}", if m == "movzx" { "z" } else { "s" }, size_suffix(src), size_suffix(dst));
    } else if SUFFIXED.contains(&m) {
        let bits = match m {
            // the count register does not size a shift
            "shl" | "shr" | "sar" | "sal" | "rol" | "ror" | "rcl" | "rcr" | "shld" | "shrd" | "bt" | "bts" | "btr" | "btc" => ops.first().and_then(|o| o.gpr.or(o.size)),
            "push" | "pop" => ops.first().and_then(|o| if o.is_reg { Some(64) } else { o.size.or(Some(64)) }),
            _ => size.or(first_gpr),
        };
        if let Some(b) = bits {
            mnemonic.push_str(size_suffix(b));
        }
    } else if m == "cvtsi2sd" || m == "cvtsi2ss" {
        if let Some(b) = ops.get(1).and_then(|o| o.gpr.or(o.size)) {
            mnemonic.push_str(size_suffix(b));
        }
    } else if m.starts_with('f') && !m.starts_with("fn") && m != "fldcw" {
        if let Some(s) = size {
            let suffix = if m.starts_with("fi") {
                match s {
                    16 => "s",
                    32 => "l",
                    64 => "ll",
                    _ => "",
                }
            } else {
                match s {
                    32 => "s",
                    64 => "l",
                    80 => "t",
                    _ => "",
                }
            };
            mnemonic.push_str(suffix);
        }
    }
    let indirect = (m == "jmp" || m == "call") && ops.first().is_some_and(|o| o.is_reg || o.is_mem);
    let texts: Vec<String> = ops.iter().rev().map(|o| if indirect { format!("*{}", o.text) } else { o.text.clone() }).collect();
    Ok(if texts.is_empty() { mnemonic } else { format!("{mnemonic}\t{}", texts.join(", ")) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_become_att() {
        let table: &[(&str, &str)] = &[
            ("mov eax, DWORD PTR [rbp-4]", "movl\t-4(%rbp), %eax"),
            ("mov DWORD PTR -20[rbp], edi", "movl\t%edi, -20(%rbp)"),
            ("lea rdi, .LC0[rip]", "leaq\t.LC0(%rip), %rdi"),
            ("movzx eax, BYTE PTR 1[rdi]", "movzbl\t1(%rdi), %eax"),
            ("movsx rcx, eax", "movslq\t%eax, %rcx"),
            ("mov rax, QWORD PTR .L4[0+rax*8]", "movq\t.L4+0(,%rax,8), %rax"),
            ("mov BYTE PTR [rbx+rdx], sil", "movb\t%sil, (%rbx,%rdx,1)"),
            ("call strlen@PLT", "call\tstrlen@PLT"),
            ("jmp rax", "jmp\t*%rax"),
            ("mov rax, QWORD PTR fs:40", "movq\t%fs:40, %rax"),
            ("mov eax, OFFSET FLAT:.LC1", "movl\t$.LC1, %eax"),
            ("imul eax, edx, 12", "imull\t$12, %edx, %eax"),
            ("sar eax, cl", "sarl\t%cl, %eax"),
            ("cdqe", "cltq"),
            ("rep stosq QWORD PTR es:[rdi], rax", "rep stosq"),
            ("cvtsi2sd xmm0, DWORD PTR [rbp-8]", "cvtsi2sdl\t-8(%rbp), %xmm0"),
            ("pshufd xmm0, xmm1, 0xe4", "pshufd\t$0xe4, %xmm1, %xmm0"),
            ("push rbx", "pushq\t%rbx"),
            ("fld TBYTE PTR [rsp]", "fldt\t(%rsp)"),
            ("call [QWORD PTR 8[rbx]]", "call\t*8(%rbx)"),
        ];
        for (intel, att) in table {
            assert_eq!(to_att(intel, Span::default()).unwrap(), *att, "{intel}");
        }
    }
}
