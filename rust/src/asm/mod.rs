//! Assembly front ends, one module per ISA.

pub mod aarch64;
pub mod gnu;
pub mod riscv64;
pub mod x86_64;

/// Parse `src` as `isa` and print it back as canonical text (x86: AT&T, whatever the input syntax).
pub fn canonical(src: &str, isa: crate::lint::Isa) -> crate::Result<String> {
    use crate::lint::Isa;
    Ok(match isa {
        Isa::X86_64 => x86_64::print(&x86_64::parse(src)?),
        Isa::Riscv64 => riscv64::print(&riscv64::parse(src)?),
        Isa::Aarch64 => aarch64::print(&aarch64::parse(src)?),
    })
}

/// A position in the source text, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub line: u32,
    pub col: u32,
}

impl Span {
    pub fn new(line: u32, col: u32) -> Self {
        Span { line, col }
    }
}

/// Split `s` on `sep` where the separator is outside quotes and brackets of any kind.
/// Returns each piece with its byte offset into `s`.
pub fn split_top(s: &str, sep: u8) -> Vec<(usize, &str)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let (mut depth, mut in_str, mut esc, mut start) = (0i32, false, false, 0usize);
    for (i, &c) in b.iter().enumerate() {
        if in_str {
            if esc {
                esc = false;
            } else if c == b'\\' {
                esc = true;
            } else if c == b'"' {
                in_str = false;
            }
            continue;
        }
        match c {
            b'"' => in_str = true,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ if c == sep && depth == 0 => {
                out.push((start, &s[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push((start, &s[start..]));
    out
}

/// `/* ... */` comments (any ISA, over several lines too) blanked out: every byte of a comment
/// becomes a space and newlines stay, so lines and columns do not move. Text inside strings and
/// after the line-comment `marker` is left alone.
pub fn strip_block_comments<'a>(src: &'a str, marker: &str) -> std::borrow::Cow<'a, str> {
    if !src.contains("/*") {
        return std::borrow::Cow::Borrowed(src);
    }
    let b = src.as_bytes();
    let m = marker.as_bytes();
    let mut out = b.to_vec();
    let (mut i, mut in_str, mut esc, mut in_line, mut in_block) = (0usize, false, false, false, false);
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            in_line = false;
            in_str = false;
            i += 1;
            continue;
        }
        if in_block {
            if b[i..].starts_with(b"*/") {
                out[i] = b' ';
                out[i + 1] = b' ';
                in_block = false;
                i += 2;
            } else {
                // keep UTF-8 valid: blank every byte of the comment
                out[i] = b' ';
                i += 1;
            }
            continue;
        }
        if in_line {
            i += 1;
            continue;
        }
        if in_str {
            if esc {
                esc = false;
            } else if c == b'\\' {
                esc = true;
            } else if c == b'"' {
                in_str = false;
            }
        } else if c == b'"' {
            in_str = true;
        } else if b[i..].starts_with(b"/*") {
            in_block = true;
            out[i] = b' ';
            out[i + 1] = b' ';
            i += 2;
            continue;
        } else if b[i..].starts_with(m) {
            in_line = true;
        }
        i += 1;
    }
    std::borrow::Cow::Owned(String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Byte offset where a comment starting with `marker` begins, ignoring markers inside string literals.
pub fn comment_start(s: &str, marker: &str) -> Option<usize> {
    let b = s.as_bytes();
    let m = marker.as_bytes();
    let (mut in_str, mut esc, mut in_chr) = (false, false, false);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if in_str {
            if esc {
                esc = false;
            } else if c == b'\\' {
                esc = true;
            } else if c == b'"' {
                in_str = false;
            }
        } else if in_chr {
            // GNU as character constant: 'c or '\n (no closing quote required)
            in_chr = false;
            if c == b'\\' {
                i += 1;
            }
        } else if c == b'"' {
            in_str = true;
        } else if c == b'\'' {
            in_chr = true;
        } else if b[i..].starts_with(m) {
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_respects_parens_and_quotes() {
        let v: Vec<&str> = split_top("8(%rax,%rbx,4), %ecx", b',').into_iter().map(|p| p.1).collect();
        assert_eq!(v, vec!["8(%rax,%rbx,4)", " %ecx"]);
        let v: Vec<&str> = split_top("\"a,b\", 3", b',').into_iter().map(|p| p.1).collect();
        assert_eq!(v, vec!["\"a,b\"", " 3"]);
    }

    #[test]
    fn block_comments_become_spaces() {
        let src = "\tnop /* a\nb */ nop\n\t.string \"/*x*/\" # /* not one\n\tret\n";
        let out = strip_block_comments(src, "#");
        assert_eq!(out, "\tnop     \n     nop\n\t.string \"/*x*/\" # /* not one\n\tret\n");
    }

    #[test]
    fn comments_skip_strings() {
        assert_eq!(comment_start("  .string \"a#b\" # c", "#"), Some(16));
        assert_eq!(comment_start("movl $'#', %eax", "#"), None);
    }
}
