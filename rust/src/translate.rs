//! Whole-file translation: parse → lift (x86 → IR) → resolve flags → lower (IR → target text).

use crate::asm::x86_64::{self, Stmt};
use crate::asm::Span;
use crate::error::{Error, Result};
use crate::ir::{flags, Item};
use crate::isa::{aarch64::Aarch64, lower_all, riscv64::Riscv64, Lowering};
use crate::lift::x86::{Context, Lifter};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Riscv64,
    Aarch64,
}

impl Target {
    pub fn parse(s: &str) -> Option<Target> {
        match s {
            "riscv64" | "rv64" | "riscv" => Some(Target::Riscv64),
            "aarch64" | "arm64" => Some(Target::Aarch64),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Target::Riscv64 => "riscv64",
            Target::Aarch64 => "aarch64",
        }
    }
}

/// The result of translating one file.
#[derive(Debug, Clone)]
pub struct Translation {
    pub text: String,
    /// function symbols found (in order of definition)
    pub functions: Vec<String>,
    /// number of x86 instructions translated
    pub instructions: usize,
}

fn is_text_section(name: &str) -> bool {
    name == ".text" || name.starts_with(".text.") || name.starts_with(".init") || name.starts_with(".fini")
}

fn is_debug_section(name: &str) -> bool {
    name.starts_with(".debug_") || name.starts_with(".zdebug_")
}

/// The current section through `.section`, `.text`…, `.previous`, `.pushsection`/`.popsection`.
#[derive(Default)]
struct SectionTracker {
    current: String,
    previous: String,
    stack: Vec<String>,
}

impl SectionTracker {
    fn new() -> Self {
        SectionTracker { current: ".text".into(), previous: ".text".into(), stack: vec![] }
    }

    fn update(&mut self, name: &str, args: &[String]) {
        match name {
            ".previous" => std::mem::swap(&mut self.current, &mut self.previous),
            ".popsection" => {
                if let Some(s) = self.stack.pop() {
                    self.previous = std::mem::replace(&mut self.current, s);
                }
            }
            _ => {
                if let Some(sec) = section_of(name, args) {
                    if name == ".pushsection" {
                        self.stack.push(self.current.clone());
                    }
                    self.previous = std::mem::replace(&mut self.current, sec);
                }
            }
        }
    }
}

/// Section name a section-switching directive selects, if it is one.
fn section_of(name: &str, args: &[String]) -> Option<String> {
    match name {
        ".text" => Some(".text".into()),
        ".data" => Some(".data".into()),
        ".bss" => Some(".bss".into()),
        ".section" | ".pushsection" => args.first().map(|a| a.trim_matches('"').to_string()),
        _ => None,
    }
}

/// Symbols named in a directive argument list (identifiers that are not numbers).
fn symbols_in(args: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for a in args {
        let mut cur = String::new();
        for c in a.chars().chain(std::iter::once(' ')) {
            if c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$' {
                cur.push(c);
            } else {
                if !cur.is_empty() && !cur.chars().next().unwrap().is_ascii_digit() && cur != "." {
                    out.push(cur.clone());
                }
                cur.clear();
            }
        }
    }
    out
}

/// The bytes of a GNU as string literal (quotes and escapes), as text.
fn decode_string(lit: &str) -> String {
    let inner = lit.trim().strip_prefix('"').and_then(|x| x.strip_suffix('"')).unwrap_or(lit);
    let b = inner.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        let c = b[i];
        i += 1;
        out.push(match c {
            b'n' => b'\n',
            b't' => b'\t',
            b'r' => b'\r',
            b'b' => 8,
            b'f' => 12,
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    if i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                        v = v * 8 + (b[i] - b'0') as u32;
                        i += 1;
                    }
                }
                v as u8
            }
            other => other,
        });
    }
    String::from_utf8_lossy(&out).into_owned()
}

struct Facts {
    /// string literals by label (`.string` / `.asciz` right after the label), decoded
    strings: HashMap<String, String>,
    functions: HashSet<String>,
    function_order: Vec<String>,
    defined: HashSet<String>,
    jump_tables: HashSet<String>,
    /// labels whose address escapes into data (entries for the flag analysis)
    address_taken: HashSet<String>,
}

fn collect_facts(stmts: &[Stmt]) -> Facts {
    let mut f = Facts {
        strings: HashMap::new(),
        functions: HashSet::new(),
        function_order: Vec::new(),
        defined: HashSet::new(),
        jump_tables: HashSet::new(),
        address_taken: HashSet::new(),
    };
    let mut typed_functions = HashSet::new();
    let mut globals = HashSet::new();
    for s in stmts {
        match s {
            Stmt::Label { name, .. } => {
                f.defined.insert(name.clone());
            }
            Stmt::Directive { name, args, .. } => {
                if matches!(name.as_str(), ".comm" | ".lcomm" | ".set" | ".equ" | ".equiv") {
                    if let Some(sym) = args.first() {
                        f.defined.insert(sym.clone());
                    }
                }
                if name == ".type" && args.len() >= 2 && args[1].trim_start_matches(['@', '%']).starts_with("function") {
                    typed_functions.insert(args[0].clone());
                }
                if name == ".globl" || name == ".global" {
                    globals.extend(args.iter().cloned());
                }
            }
            _ => {}
        }
    }
    // functions: typed as functions, or global labels in a text section
    let mut sections = SectionTracker::new();
    let mut last_label: Option<String> = None;
    for s in stmts {
        match s {
            Stmt::Directive { name, args, .. } => {
                sections.update(name, args);
                let section = &sections.current;
                if let (Some(l), ".string" | ".asciz", Some(a)) = (&last_label, name.as_str(), args.first()) {
                    f.strings.entry(l.clone()).or_insert_with(|| decode_string(a));
                }
                if let Some(l) = &last_label {
                    let is_table_entry = matches!(name.as_str(), ".long" | ".quad" | ".word" | ".int")
                        && args.iter().any(|a| symbols_in(std::slice::from_ref(a)).iter().any(|sym| f.defined.contains(sym)));
                    if is_table_entry && !is_text_section(section) {
                        f.jump_tables.insert(l.clone());
                    }
                }
                if !matches!(name.as_str(), ".type" | ".size" | ".globl" | ".global" | ".local" | ".weak" | ".hidden") {
                    for sym in symbols_in(args) {
                        if f.defined.contains(&sym) {
                            f.address_taken.insert(sym);
                        }
                    }
                }
                if matches!(name.as_str(), ".long" | ".quad" | ".byte" | ".string" | ".ascii" | ".zero") {
                    // keep last_label: a table continues
                } else if !matches!(name.as_str(), ".align" | ".p2align" | ".balign") {
                    last_label = None;
                }
            }
            Stmt::Label { name, .. } => {
                last_label = Some(name.clone());
                let is_fn = typed_functions.contains(name) || (globals.contains(name) && is_text_section(&sections.current));
                if is_fn && f.functions.insert(name.clone()) {
                    f.function_order.push(name.clone());
                }
            }
            Stmt::Insn(i) => {
                last_label = None;
                // lea of a code label: its address escapes
                for op in &i.ops {
                    if let x86_64::Operand::Mem(m) = op {
                        if let Some(sym) = &m.disp.sym {
                            if f.defined.contains(sym) && i.mnemonic.starts_with("lea") {
                                f.address_taken.insert(sym.clone());
                            }
                        }
                    }
                }
            }
        }
    }
    f
}

/// Convert one x86 directive for the targets (target-specific spelling is left to the lowering).
/// Returns None when the directive is dropped.
fn convert_directive(name: &str, args: &[String], text: &str, in_text: bool, span: Span) -> Result<Option<String>> {
    let joined = args.join(", ");
    Ok(match name {
        n if n.starts_with(".cfi_") => None,
        // the parser reads Intel syntax into the same AST as AT&T
        ".loc" | ".loc_view" | ".att_syntax" | ".intel_syntax" => None,
        // clang's address-significance tables: GNU as does not know them, and nothing needs them
        ".addrsig" | ".addrsig_sym" => None,
        ".file" if args.len() >= 2 => None, // DWARF file table entry
        ".code16" | ".code32" => return Err(Error::unsupported(span, name, "only 64-bit code can be translated")),
        ".align" => {
            // x86 ELF `.align N` is in bytes; on RISC-V and AArch64 it would be a power of two
            let a = args.first().cloned().unwrap_or_else(|| "1".into());
            Some(if in_text { format!(".balign {}", a.parse::<u64>().unwrap_or(4).max(4)) } else { format!(".balign {}", args.join(", ")) })
        }
        ".p2align" => {
            let a = args.first().cloned().unwrap_or_else(|| "0".into());
            if in_text {
                // x86 padding and max-skip do not carry over; code alignment stays useful
                Some(format!(".p2align {}", a.parse::<u64>().unwrap_or(2).max(2)))
            } else {
                Some(format!(".p2align {joined}"))
            }
        }
        ".value" => Some(format!(".short {joined}")),
        ".text" | ".data" | ".bss" | ".section" | ".previous" | ".pushsection" | ".popsection" | ".globl" | ".global"
        | ".local" | ".weak" | ".hidden" | ".protected" | ".internal" | ".type" | ".size" | ".string" | ".ascii" | ".asciz"
        | ".byte" | ".short" | ".word" | ".hword" | ".2byte" | ".int" | ".long" | ".4byte" | ".quad" | ".8byte" | ".octa"
        | ".zero" | ".skip" | ".space" | ".comm" | ".lcomm" | ".set" | ".equ" | ".equiv" | ".ident" | ".file"
        | ".balign" | ".uleb128" | ".sleb128" | ".float" | ".single" | ".double" | ".weakref" | ".symver" => {
            Some(text.to_string())
        }
        _ => return Err(Error::unsupported(span, name, format!("directive `{name}` is not supported"))),
    })
}

/// The x86 code of the va_list bridges (`runtime/va_list.c`), one build per target va_list kind.
const VA_BRIDGES_RISCV64: &str = include_str!("runtime/va_list.riscv64.s");
const VA_BRIDGES_AARCH64: &str = include_str!("runtime/va_list.aarch64.s");

/// Append the bridges of the va_list-taking C library functions the file calls (and their common
/// core) to the file: they are translated and verified with it.
fn add_va_bridges(file: &mut x86_64::File, target: Target) -> Result<()> {
    let called = |s: &Stmt| match s {
        Stmt::Insn(i) if i.mnemonic.starts_with("call") || i.mnemonic.starts_with('j') => match i.ops.first() {
            Some(x86_64::Operand::Expr(e)) if matches!(e.reloc.as_deref(), None | Some("PLT")) => e.sym.clone(),
            _ => None,
        },
        _ => None,
    };
    let needed: HashSet<String> =
        file.stmts.iter().filter_map(called).filter(|s| crate::lift::x86::VA_LIST.contains(&s.as_str())).map(|s| crate::lift::x86::va_bridge_name(&s)).collect();
    if needed.is_empty() {
        return Ok(());
    }
    let text = match target {
        Target::Riscv64 => VA_BRIDGES_RISCV64,
        Target::Aarch64 => VA_BRIDGES_AARCH64,
    };
    let bridges = x86_64::parse(text)?;
    let mut keep = true; // the leading `.text`
    for s in bridges.stmts {
        if let Stmt::Directive { name, args, .. } = &s {
            if name == ".type" {
                let f = args.first().map(String::as_str).unwrap_or("");
                keep = f == "__gg_va_bridge" || needed.contains(f);
            }
        }
        let ends = matches!(&s, Stmt::Directive { name, .. } if name == ".size");
        if keep {
            file.stmts.push(s);
        }
        if ends {
            keep = false;
        }
    }
    Ok(())
}

/// Functions whose entry reads %al before anything writes %rax: variadic functions testing how many
/// vector registers carry arguments (`testb %al, %al` in gcc's and clang's prologues).
fn variadic_functions(stmts: &[Stmt], functions: &HashSet<String>) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut current: Option<&str> = None;
    for s in stmts {
        match s {
            Stmt::Label { name, .. } if functions.contains(name) => current = Some(name),
            Stmt::Insn(i) => {
                let Some(f) = current else { continue };
                let al = |o: &x86_64::Operand| matches!(o, x86_64::Operand::Reg(x86_64::Reg::Gpr(g)) if g.num == 0 && g.width == 8 && !g.high);
                if matches!(i.mnemonic.as_str(), "testb" | "test") && i.ops.len() == 2 && i.ops.iter().all(al) {
                    out.insert(f.to_string());
                    current = None;
                } else if rax_write_width(i).is_some() || i.mnemonic.starts_with('j') || i.mnemonic.starts_with("call") || i.mnemonic.starts_with("ret") {
                    current = None;
                }
            }
            _ => {}
        }
    }
    out
}

/// Width in bits of the write `insn` makes to %rax, if it writes it (None: it does not).
/// Calls count as full-width: the callee followed the target ABI already.
fn rax_write_width(insn: &x86_64::Insn) -> Option<u8> {
    use x86_64::{Operand, Reg};
    let m = insn.mnemonic.as_str();
    if m.starts_with("call") || m == "cltq" || m == "cqto" {
        return Some(64);
    }
    if m == "cwtl" {
        return Some(32);
    }
    if matches!(m, "cmpl" | "cmpq" | "cmpb" | "cmpw" | "testl" | "testq" | "testb" | "testw" | "cmp" | "test") || m.starts_with("j") || m.starts_with("push") {
        return None;
    }
    if (m.starts_with("mul") || m.starts_with("imul") || m.starts_with("div") || m.starts_with("idiv")) && insn.ops.len() == 1 {
        return Some(if m.ends_with('q') { 64 } else { 32 });
    }
    // xchg writes both operands; everything else writes its last one
    let written: &[Operand] = if m.starts_with("xchg") { &insn.ops } else { insn.ops.last().map(std::slice::from_ref).unwrap_or(&[]) };
    written.iter().find_map(|o| match o {
        Operand::Reg(Reg::Gpr(g)) if g.num == 0 => Some(if g.width == 64 { 64 } else { 32 }),
        _ => None,
    })
}

/// Functions whose callers in this file read the full 64-bit %rax right after the call.
fn wide_result_functions(stmts: &[Stmt]) -> HashSet<String> {
    use x86_64::{Operand, Reg};
    let mut out = HashSet::new();
    let insns: Vec<&x86_64::Insn> = stmts.iter().filter_map(|s| if let Stmt::Insn(i) = s { Some(i) } else { None }).collect();
    for (k, i) in insns.iter().enumerate() {
        if !i.mnemonic.starts_with("call") {
            continue;
        }
        let Some(Operand::Expr(e)) = i.ops.first() else { continue };
        let (Some(callee), Some(next)) = (&e.sym, insns.get(k + 1)) else { continue };
        let reads_rax64 = |o: &Operand| match o {
            Operand::Reg(Reg::Gpr(g)) => g.num == 0 && g.width == 64,
            Operand::Mem(m) => matches!(m.base, Some(Reg::Gpr(g)) if g.num == 0) || matches!(m.index, Some(Reg::Gpr(g)) if g.num == 0),
            _ => false,
        };
        let n = next.ops.len();
        // sources are all operands but the last; the last counts too when it is read (cmp, test, add ...)
        let pure_write = next.mnemonic.starts_with("mov") || next.mnemonic.starts_with("lea");
        let srcs = if pure_write && n > 0 { &next.ops[..n - 1] } else { &next.ops[..] };
        let mem_dst = next.ops.last().is_some_and(|o| matches!(o, Operand::Mem(_)) && reads_rax64(o));
        if srcs.iter().any(reads_rax64) || mem_dst {
            out.insert(callee.clone());
        }
    }
    out
}

/// Every symbol named by an instruction operand or a directive argument (other than the
/// declarations `.type`/`.size`/`.globl`...), i.e. the labels control or data can refer to.
fn referenced_labels(stmts: &[Stmt]) -> HashSet<String> {
    use x86_64::Operand;
    let mut out = HashSet::new();
    fn add(out: &mut HashSet<String>, e: &x86_64::Expr) {
        out.extend(e.sym.iter().cloned());
        out.extend(e.minus_sym.iter().cloned());
    }
    for s in stmts {
        match s {
            Stmt::Insn(i) => {
                for op in &i.ops {
                    match op {
                        Operand::Expr(e) | Operand::Imm(e) => add(&mut out, e),
                        Operand::Mem(m) => add(&mut out, &m.disp),
                        Operand::Indirect(inner) => {
                            if let Operand::Mem(m) = &**inner {
                                add(&mut out, &m.disp)
                            }
                        }
                        _ => {}
                    }
                }
            }
            Stmt::Directive { name, args, .. } if !matches!(name.as_str(), ".type" | ".size" | ".globl" | ".global" | ".local" | ".hidden") => {
                out.extend(symbols_in(args));
            }
            _ => {}
        }
    }
    out
}

/// GPRs (bit mask, hardware numbering) each function of the file may write, including through the
/// functions it calls: gcc's interprocedural register allocation lets callers keep values in the
/// other caller-saved registers across such calls.
fn function_clobbers(stmts: &[Stmt], functions: &HashSet<String>) -> HashMap<String, u16> {
    use x86_64::{Operand, Reg};
    const CALLER_SAVED: u16 = 0b0000_1111_1100_0111; // rax rcx rdx rsi rdi r8-r11
    let bit = |n: u8| 1u16 << n;
    let mut own: HashMap<String, u16> = HashMap::new();
    let mut calls: HashMap<String, HashSet<String>> = HashMap::new();
    let mut current: Option<String> = None;
    for s in stmts {
        match s {
            Stmt::Label { name, .. } if functions.contains(name) => current = Some(name.clone()),
            Stmt::Insn(i) => {
                let Some(f) = &current else { continue };
                let m = i.mnemonic.as_str();
                let mut w: u16 = 0;
                let target = match i.ops.first() {
                    Some(Operand::Expr(e)) => e.sym.clone(),
                    _ => None,
                };
                if m.starts_with("call") || (m.starts_with("jmp") && target.as_ref().is_some_and(|t| functions.contains(t))) {
                    match target.filter(|t| functions.contains(t)) {
                        Some(t) => {
                            calls.entry(f.clone()).or_default().insert(t);
                        }
                        None if m.starts_with("call") => w |= CALLER_SAVED,
                        None => {}
                    }
                } else if m.starts_with("jmp") && matches!(i.ops.first(), Some(Operand::Indirect(_))) {
                    w |= CALLER_SAVED;
                } else if m.starts_with("cmp") && !m.starts_with("cmpxchg") || m.starts_with("test") || m.starts_with("push") || (m.starts_with("bt") && m.len() <= 3) || m.starts_with('j') {
                } else {
                    if let Some(Operand::Reg(Reg::Gpr(g))) = i.ops.last() {
                        w |= bit(g.num);
                    }
                    if m.starts_with("xchg") {
                        if let Some(Operand::Reg(Reg::Gpr(g))) = i.ops.first() {
                            w |= bit(g.num);
                        }
                    }
                    let one_op = i.ops.len() <= 1;
                    if (one_op && (m.starts_with("mul") || m.starts_with("imul") || m.starts_with("div") || m.starts_with("idiv")))
                        || m.starts_with("cmpxchg")
                    {
                        w |= bit(0) | bit(2);
                    }
                    match m {
                        "cltq" | "cwtl" | "cbtw" => w |= bit(0),
                        "cqto" | "cltd" | "cwtd" => w |= bit(2),
                        "leave" | "leaveq" => w |= bit(5),
                        _ => {}
                    }
                    if i.ops.is_empty() && (m.starts_with("stos") || m.starts_with("movs") || m.starts_with("rep") || m.starts_with("scas") || m.starts_with("cmps") || m.starts_with("lods")) {
                        w |= bit(7) | bit(6) | bit(1) | bit(0);
                    }
                }
                *own.entry(f.clone()).or_default() |= w;
            }
            _ => {}
        }
    }
    // the return value lands in rax (and rdx)
    let mut all: HashMap<String, u16> = functions.iter().map(|f| (f.clone(), own.get(f).copied().unwrap_or(0) | bit(0) | bit(2))).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (f, callees) in &calls {
            let mut m = all[f];
            for c in callees {
                m |= all.get(c).copied().unwrap_or(CALLER_SAVED);
            }
            if m != all[f] {
                all.insert(f.clone(), m);
                changed = true;
            }
        }
    }
    all
}

/// `ret`s (by line) whose value in %rax was last written by a 32-bit (or narrower) instruction,
/// looking back along the code in file order within the function. Such a function returns an `int`
/// (or narrower), which lp64 callers expect sign-extended to 64 bits.
fn narrow_returns(stmts: &[Stmt], functions: &HashSet<String>) -> HashSet<u32> {
    let wide = wide_result_functions(stmts);
    // functions all of whose returns are narrow: a call to one leaves a narrow value in %rax
    let mut narrow_fns: HashSet<String> = HashSet::new();
    loop {
        let mut out = HashSet::new();
        let mut rets: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut last_width: Option<u8> = None;
        let mut current: Option<&str> = None;
        // widths carried to a label by jumps seen earlier (a narrow value on any path wins)
        let mut into: HashMap<&str, u8> = HashMap::new();
        let mut falls = true;
        for s in stmts {
            if let Stmt::Label { name, .. } = s {
                if functions.contains(name) {
                    current = Some(name);
                }
                let from_jumps = into.get(name.as_str()).copied();
                last_width = match (falls.then_some(last_width).flatten(), from_jumps) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                falls = true;
            }
            if let Stmt::Insn(i) = s {
                if i.mnemonic.starts_with('j') {
                    if let (Some(x86_64::Operand::Expr(e)), Some(w)) = (i.ops.first(), last_width) {
                        if let Some(t) = &e.sym {
                            let e = into.entry(t.as_str()).or_insert(w);
                            *e = (*e).min(w);
                        }
                    }
                    falls = !(i.mnemonic == "jmp" || i.mnemonic == "jmpq");
                    continue;
                }
                falls = true;
                if i.mnemonic == "ret" || i.mnemonic == "retq" {
                    falls = false;
                    // callers in this file read all of %rax: the result is a 64-bit value (e.g. a
                    // zero-extended `unsigned` returned as `unsigned long`), not an int to sign-extend
                    let is_wide = current.is_some_and(|f| wide.contains(f));
                    let narrow = !is_wide && last_width.is_some_and(|w| w <= 32);
                    if narrow {
                        out.insert(i.span.line);
                    }
                    if let Some(f) = current {
                        let e = rets.entry(f).or_default();
                        e.0 += 1;
                        e.1 += narrow as usize;
                    }
                    continue;
                }
                let local_narrow = i.mnemonic.starts_with("call")
                    && matches!(i.ops.first(), Some(x86_64::Operand::Expr(e)) if e.sym.as_ref().is_some_and(|f| narrow_fns.contains(f)));
                if local_narrow {
                    last_width = Some(32);
                } else if let Some(w) = rax_write_width(i) {
                    // a small non-negative constant reads the same sign- or zero-extended: it says
                    // nothing about the return type (`movl $0, %eax` also returns a long 0)
                    let neutral = match (i.mnemonic.as_str(), i.ops.as_slice()) {
                        ("movl", [x86_64::Operand::Imm(e), _]) => e.is_constant() && (0..=i32::MAX as i64).contains(&e.off),
                        ("xorl", [a, b]) => a == b,
                        _ => false,
                    };
                    last_width = Some(if neutral { 64 } else { w });
                }
            }
            if let Stmt::Directive { name, .. } = s {
                if name == ".size" || name == ".type" {
                    last_width = None;
                }
            }
        }
        let now: HashSet<String> = rets.iter().filter(|(_, (n, k))| n == k && *n > 0).map(|(f, _)| f.to_string()).collect();
        if now == narrow_fns {
            return out;
        }
        narrow_fns = now;
    }
}

/// Translate an x86-64 AT&T assembly file to the target (Mach-O input is recognised by its directives).
pub fn translate(src: &str, target: Target) -> Result<Translation> {
    translate_flavored(src, target, crate::macho::Flavor::Auto)
}

/// Translate, reading the input as `flavor` (Mach-O input is first rewritten to the ELF flavour).
pub fn translate_flavored(src: &str, target: Target, flavor: crate::macho::Flavor) -> Result<Translation> {
    translate_with(src, target, flavor, &HashMap::new())
}

/// Translate with C prototypes (see `crate::abi`) for functions of the file and the ones it calls.
pub fn translate_with(src: &str, target: Target, flavor: crate::macho::Flavor, protos: &HashMap<String, crate::abi::Proto>) -> Result<Translation> {
    let mut file = x86_64::parse(src)?;
    crate::macho::normalize(&mut file, flavor)?;
    add_va_bridges(&mut file, target)?;
    let facts = collect_facts(&file.stmts);
    let ret32 = narrow_returns(&file.stmts, &facts.functions);
    let clobbers = function_clobbers(&file.stmts, &facts.functions);
    let referenced = referenced_labels(&file.stmts);
    let variadic = variadic_functions(&file.stmts, &facts.functions);
    let ctx = Context {
        functions: &facts.functions,
        defined: &facts.defined,
        jump_tables: &facts.jump_tables,
        ret32: &ret32,
        strings: &facts.strings,
        varargs_in_gprs: target == Target::Riscv64,
        clobbers: &clobbers,
        referenced: &referenced,
        protos,
        conv: match target {
            Target::Riscv64 => crate::abi::Conv::Riscv64,
            Target::Aarch64 => crate::abi::Conv::Aarch64,
        },
    };
    let mut lifter = Lifter::new(ctx);
    let mut sections = SectionTracker::new();
    let mut instructions = 0;
    for s in &file.stmts {
        match s {
            Stmt::Directive { name, args, text, span } => {
                sections.update(name, args);
                lifter.set_section(&sections.current);
                let section = sections.current.clone();
                // DWARF describes the x86 code, not the translation: drop those sections whole
                // (their label differences in .uleb128 would not even assemble on RISC-V)
                if is_debug_section(&section) {
                    continue;
                }
                if let Some(t) = convert_directive(name, args, text, is_text_section(&section), *span)? {
                    lifter.dir(t);
                }
            }
            Stmt::Label { .. } if is_debug_section(&sections.current) => {}
            Stmt::Label { name, span } => {
                lifter.label(name);
                if facts.functions.contains(name) {
                    lifter.entry_abi(name, *span)?;
                    if variadic.contains(name) {
                        lifter.entry_variadic();
                    }
                }
            }
            Stmt::Insn(i) => {
                if !is_text_section(&sections.current) {
                    let section = &sections.current;
                    return Err(Error::unsupported(i.span, i.mnemonic.clone(), format!("instruction in non-code section `{section}`")));
                }
                lifter.insn(i)?;
                instructions += 1;
            }
        }
    }
    lifter.finish();
    let mut entries: HashSet<String> = facts.functions.clone();
    entries.extend(facts.address_taken.iter().cloned());
    let items: Vec<Item> = flags::resolve(lifter.items, &entries)?;
    // the high halves of xmm registers matter only if something reads them
    let track_hi = items.iter().any(|it| matches!(it, Item::Op(op) if op.reads_high_half()));
    let header = format!("translated from x86-64 to {} by gg {}", target.name(), env!("CARGO_PKG_VERSION"));
    let text = match target {
        Target::Riscv64 => lower_all(&mut Riscv64::new(track_hi) as &mut dyn Lowering, &items, &header),
        Target::Aarch64 => lower_all(&mut Aarch64::new(track_hi) as &mut dyn Lowering, &items, &header),
    };
    Ok(Translation { text, functions: facts.function_order, instructions })
}
