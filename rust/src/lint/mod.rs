//! The linter: rules with stable codes, run over the AST of any of the three ISAs.
//!
//! Each ISA module (`x86_64`, `riscv64`, `aarch64`) checks single instructions against its own
//! tables (mnemonics, operand kinds, immediate ranges, register classes) and describes every
//! instruction to the ISA-neutral checks in `flow` (labels, control flow, callee-saved registers,
//! stack alignment) as an [`Ins`]. A new rule is a row in [`RULES`] plus the code that reports it.

mod aarch64;
mod flow;
mod riscv64;
mod x86_64;

use crate::asm::Span;
use crate::error::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One rule: stable code and name, severity, what it means and how to fix it.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub hint: &'static str,
}

use Severity::{Error as E, Warning as W};

/// Every rule. Codes never change meaning; retired codes are not reused.
pub const RULES: &[Rule] = &[
    Rule { code: "GG001", name: "syntax-error", severity: E, summary: "the statement cannot be parsed", hint: "check the operand syntax of this ISA" },
    Rule { code: "GG101", name: "undefined-label", severity: E, summary: "a local label (.L*, 1f/1b) is used but never defined", hint: "define the label or fix its spelling" },
    Rule { code: "GG102", name: "duplicate-label", severity: E, summary: "a label is defined twice", hint: "rename one of the definitions" },
    Rule { code: "GG103", name: "branch-to-data", severity: W, summary: "a branch or call targets a label in a data section", hint: "branch to a label in an executable section" },
    Rule { code: "GG201", name: "unknown-mnemonic", severity: E, summary: "the mnemonic is not an instruction of this ISA", hint: "check the spelling and the ISA (--isa)" },
    Rule { code: "GG202", name: "operand-count", severity: E, summary: "wrong number of operands", hint: "see the instruction's operand list" },
    Rule { code: "GG203", name: "operand-kind", severity: E, summary: "an operand has the wrong kind (register, immediate, memory, label)", hint: "see the instruction's operand list" },
    Rule { code: "GG204", name: "immediate-range", severity: E, summary: "an immediate does not fit its field or is not encodable", hint: "load the constant into a register first" },
    Rule { code: "GG205", name: "register-class", severity: E, summary: "a register of the wrong class or width (w/x mixing, FP for integer, size suffix)", hint: "use a register of the class and width the instruction takes" },
    Rule { code: "GG206", name: "high-byte-with-rex", severity: E, summary: "x86 %ah/%bh/%ch/%dh in an instruction that needs a REX prefix", hint: "use %al-style low bytes or avoid r8-r15/sil/dil/spl/bpl/64-bit operands here" },
    Rule { code: "GG207", name: "branch-out-of-range", severity: E, summary: "a branch to a label farther than its offset field reaches (AArch64 tbz ±32 KiB, b.cond/cbz ±1 MiB)", hint: "invert the condition and branch around an unconditional `b`" },
    Rule { code: "GG301", name: "zero-register-write", severity: W, summary: "the result is written to the zero register and discarded", hint: "write to a real register, or use the compare/nop form" },
    Rule { code: "GG302", name: "callee-saved-clobbered", severity: W, summary: "a callee-saved register is written but never saved in this function", hint: "save it in the prologue and restore it before returning" },
    Rule { code: "GG303", name: "stack-misaligned-call", severity: W, summary: "the stack pointer is not 16-byte aligned at a call", hint: "adjust the frame size so sp is a multiple of 16 at calls" },
    Rule { code: "GG304", name: "unreachable-code", severity: W, summary: "code after an unconditional jump or return without a label", hint: "remove it or add the label that reaches it" },
    Rule { code: "GG305", name: "fall-through-end", severity: W, summary: "control falls off the end of a function", hint: "end the function with a return, jump or tail call" },
];

pub fn rule(code: &str) -> &'static Rule {
    RULES.iter().find(|r| r.code == code).unwrap_or(&RULES[0])
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
}

impl Diagnostic {
    pub fn new(code: &'static str, span: Span, message: impl Into<String>) -> Self {
        Diagnostic { code, severity: rule(code).severity, message: message.into(), span }
    }
    pub fn rule(&self) -> &'static Rule {
        rule(self.code)
    }
}

impl From<Error> for Diagnostic {
    fn from(e: Error) -> Self {
        let msg = match &e {
            Error::Syntax { msg, .. } | Error::Unsupported { msg, .. } => msg.clone(),
        };
        Diagnostic::new("GG001", Span::new(e.line(), e.col()), msg)
    }
}

/// FNV-1a: the linter hashes many short names; SipHash's DoS resistance buys nothing here.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
pub(crate) type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

/// The ISAs the front end reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Isa {
    X86_64,
    Riscv64,
    Aarch64,
}

impl Isa {
    pub fn parse(s: &str) -> Option<Isa> {
        match s {
            "x86_64" | "x86-64" | "x86" | "amd64" => Some(Isa::X86_64),
            "riscv64" | "rv64" => Some(Isa::Riscv64),
            "aarch64" | "arm64" => Some(Isa::Aarch64),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Isa::X86_64 => "x86_64",
            Isa::Riscv64 => "riscv64",
            Isa::Aarch64 => "aarch64",
        }
    }
}

/// Guess the ISA of a file from the register names its instructions use (x86 when nothing gives
/// it away).
pub fn detect_isa(src: &str) -> Isa {
    let (mut x86, mut rv, mut a64) = (0usize, 0usize, 0usize);
    for line in src.lines().take(4000) {
        let t = line.trim_start();
        if t.starts_with('#') || t.starts_with("//") {
            continue;
        }
        if t.starts_with(".intel_syntax") || t.contains(" PTR ") {
            x86 += 10;
        }
        if t.contains("%hi(") || t.contains("%lo(") || t.contains("%pcrel") || t.starts_with(".attribute") || t.starts_with(".option") {
            rv += 10;
        }
        if t.contains(":lo12:") || t.starts_with(".arch") || t.contains("%function") {
            a64 += 10;
        }
        if t.starts_with('.') {
            continue;
        }
        for w in t.split(|c: char| !(c.is_ascii_alphanumeric() || c == '%')).filter(|w| !w.is_empty()).skip(1) {
            let regish = |p: &str, max: u32| w.strip_prefix(p).and_then(|n| n.parse::<u32>().ok()).is_some_and(|n| n <= max);
            if w.starts_with('%') {
                x86 += 1;
            } else if matches!(w, "rax" | "rbx" | "rcx" | "rdx" | "rsi" | "rdi" | "rbp" | "rsp" | "eax" | "ebx" | "ecx" | "edx" | "esi" | "edi") {
                x86 += 1;
            } else if regish("x", 30) || regish("w", 30) || matches!(w, "xzr" | "wzr") {
                a64 += 1;
            } else if regish("a", 7) || regish("t", 6) || regish("s", 11) || regish("fa", 7) || regish("ft", 11) || regish("fs", 11) || matches!(w, "zero" | "ra") {
                rv += 1;
            }
        }
    }
    if rv > x86 && rv >= a64 {
        Isa::Riscv64
    } else if a64 > x86 && a64 > rv {
        Isa::Aarch64
    } else {
        Isa::X86_64
    }
}

/// How an instruction moves control.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flow {
    Next,
    /// conditional branch: may go to `target` or fall through
    Branch,
    /// unconditional direct jump to `target` (or to an external symbol: a tail call)
    Jump,
    IndirectJump,
    Call,
    Return,
    /// an instruction that never continues (ud2, brk, ebreak, unimp)
    Trap,
}

/// What an instruction does to the stack pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sp {
    Keep,
    Add(i64),
    /// aligned down to 16 (`and $-16, %rsp`)
    Align,
    Unknown,
}

/// The ISA-neutral description of one instruction.
#[derive(Debug, Clone)]
pub(crate) struct Ins {
    pub span: Span,
    pub mnemonic: String,
    pub flow: Flow,
    /// direct branch/call target
    pub target: Option<String>,
    /// register numbers written (ISA numbering; FP/vector registers + 32)
    pub writes: Vec<u16>,
    /// registers stored to memory (saved)
    pub stores: Vec<u16>,
    pub sp: Sp,
    /// symbols the operands name
    pub refs: Vec<String>,
}

pub(crate) enum Item {
    Label(String, Span),
    Directive(String, Vec<String>, Span),
    Ins(Ins),
}

/// What `flow` needs to know about the ABI.
pub(crate) struct Abi {
    pub callee_saved: &'static [u16],
    /// sp mod 16 at function entry (8 on x86: the return address was pushed)
    pub entry_bias: i64,
    pub reg_name: fn(u16) -> String,
}

/// Lint a file of the given ISA. Diagnostics come sorted by position.
pub fn lint(src: &str, isa: Isa) -> Vec<Diagnostic> {
    let check = |text: &str, part: &Part| {
        let mut diags = Vec::new();
        let items = match isa {
            Isa::X86_64 => x86_64::check(text, part, &mut diags),
            Isa::Riscv64 => riscv64::check(text, part, &mut diags),
            Isa::Aarch64 => aarch64::check(text, part, &mut diags),
        };
        (items, diags)
    };
    // a big file is parsed and checked in two halves at once; the rules over the whole file run after
    let (mut items, mut diags) = match split(src) {
        Some((a, b, part_b)) => std::thread::scope(|s| {
            let second = s.spawn(|| check(b, &part_b));
            let (mut items, mut diags) = check(a, &Part { first_line: 1, intel: false });
            let (items_b, diags_b) = second.join().unwrap_or_default();
            items.extend(items_b);
            diags.extend(diags_b);
            (items, diags)
        }),
        None => check(src, &Part { first_line: 1, intel: false }),
    };
    let abi = match isa {
        Isa::X86_64 => &x86_64::ABI,
        Isa::Riscv64 => &riscv64::ABI,
        Isa::Aarch64 => &aarch64::ABI,
    };
    flow::check(&items, abi, &mut diags);
    if src.len() >= SPLIT_BYTES {
        // freeing a big AST takes a while; nothing waits for it
        std::thread::spawn(move || drop(items));
    } else {
        items.clear();
    }
    diags.sort_by_key(|d| (d.span.line, d.span.col));
    diags
}

/// Where a part of the file starts: its first line, and whether x86 text is in Intel syntax there.
pub(crate) struct Part {
    pub first_line: u32,
    pub intel: bool,
}

/// Files above this size are split in two for the per-instruction work.
const SPLIT_BYTES: usize = 1 << 20;

/// Split a big file in two at a line that starts with a label (no statement, prefix or string
/// spans it): the halves and where the second one starts.
fn split(src: &str) -> Option<(&str, &str, Part)> {
    if src.len() < SPLIT_BYTES {
        return None;
    }
    let b = src.as_bytes();
    let mut at = src.len() / 2;
    loop {
        let nl = at + b[at..].iter().position(|&c| c == b'\n')?;
        let next = b.get(nl + 1).copied()?;
        if next.is_ascii_alphabetic() || next == b'.' || next == b'_' {
            let line_end = b[nl + 1..].iter().position(|&c| c == b'\n').map(|p| nl + 1 + p).unwrap_or(b.len());
            let line = &src[nl + 1..line_end];
            if line.trim_end().ends_with(':') && !line.contains(['"', '#', ';']) {
                let (first, second) = src.split_at(nl + 1);
                let first_line = u32::try_from(first.bytes().filter(|&c| c == b'\n').count() + 1).ok()?;
                let intel = match (first.rfind(".intel_syntax"), first.rfind(".att_syntax")) {
                    (Some(i), Some(a)) => i > a,
                    (Some(_), None) => true,
                    _ => false,
                };
                return Some((first, second, Part { first_line, intel }));
            }
        }
        at = nl + 1;
    }
}

/// The number of diagnostics of error severity.
pub fn error_count(diags: &[Diagnostic]) -> usize {
    diags.iter().filter(|d| d.severity == Severity::Error).count()
}

#[cfg(test)]
mod tests;
