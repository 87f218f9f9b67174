//! Mach-O flavoured x86-64 input (what clang emits for macOS) rewritten to the ELF flavour the rest of
//! the translator reads, before anything else looks at the file.
//!
//! The instructions and the calling convention are the same System V ones; what differs is the
//! container: Mach-O section names (`__TEXT,__cstring`), the leading underscore of C symbols, `L`/`l`
//! local labels, `.zerofill` and `.comm` alignments given as powers of two, jump tables inside the
//! code between `.data_region`/`.end_data_region` whose entries are `.set` differences, thread-local
//! variables reached through descriptors (`VAR@TLVP` + `callq *(%rdi)`), and entry
//! points only Darwin's libc has (`___error`, `___stdoutp`, `_memset_pattern16`, ...). Those are
//! renamed to their glibc counterparts or served by small x86 routines appended to the file (they
//! go through the translator like the rest of it). A Darwin-only symbol with no such mapping is a
//! rejection naming it. Every rewritten statement keeps the span of the input line it came from, so
//! later errors still point into the user's file.

use crate::asm::x86_64::{self, regs, Expr, File, Insn, Mem, Operand, Stmt};
use crate::asm::Span;
use crate::error::{Error, Result};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Which assembler dialect the input is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Flavor {
    /// decide from the directives in the file
    #[default]
    Auto,
    /// GNU/ELF (gcc or clang on Linux): taken as it is
    Linux,
    /// Apple/Mach-O (clang on macOS): normalised to ELF first
    Macos,
}

impl Flavor {
    pub fn parse(s: &str) -> Option<Flavor> {
        match s {
            "auto" => Some(Flavor::Auto),
            "linux" | "elf" => Some(Flavor::Linux),
            "macos" | "darwin" | "macho" | "mach-o" => Some(Flavor::Macos),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Flavor::Auto => "auto",
            Flavor::Linux => "linux",
            Flavor::Macos => "macos",
        }
    }
}

/// Directives only the Mach-O assembler knows: one of them makes `auto` pick macOS.
const MACHO_ONLY: &[&str] = &[
    ".build_version",
    ".macosx_version_min",
    ".ios_version_min",
    ".subsections_via_symbols",
    ".zerofill",
    ".tbss",
    ".data_region",
    ".end_data_region",
    ".private_extern",
    ".weak_definition",
    ".weak_reference",
    ".weak_def_can_be_hidden",
    ".alt_entry",
    ".no_dead_strip",
    ".indirect_symbol",
    ".lazy_reference",
    ".cstring",
    ".literal4",
    ".literal8",
    ".literal16",
    ".const_data",
    ".mod_init_func",
    ".mod_term_func",
    ".linker_option",
];

/// True when the file is written for the Mach-O assembler.
pub fn is_macho(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        Stmt::Directive { name, args, .. } => {
            MACHO_ONLY.contains(&name.as_str())
                || (name == ".section" && args.len() >= 2 && args[0].starts_with("__") && args[1].starts_with("__"))
        }
        _ => false,
    })
}

/// The flavour `flavor` resolves to for these statements.
pub fn resolve(stmts: &[Stmt], flavor: Flavor) -> Flavor {
    match flavor {
        Flavor::Auto if is_macho(stmts) => Flavor::Macos,
        Flavor::Auto => Flavor::Linux,
        f => f,
    }
}

/// Rewrite a Mach-O file in place to the ELF flavour. Returns the flavour the file was read as;
/// a Linux file is left untouched.
pub fn normalize(file: &mut File, flavor: Flavor) -> Result<Flavor> {
    let flavor = resolve(&file.stmts, flavor);
    if flavor == Flavor::Macos {
        let stmts = std::mem::take(&mut file.stmts);
        file.stmts = Normalizer::new(&stmts).run(&stmts)?;
    }
    Ok(flavor)
}

/// The ELF flavoured x86-64 text of `src` (what the host's GNU as builds), or None when `src`
/// already is ELF flavoured.
pub fn elf_source(src: &str, flavor: Flavor) -> Result<Option<String>> {
    let mut file = x86_64::parse(src)?;
    Ok(match normalize(&mut file, flavor)? {
        Flavor::Macos => Some(print(&file)),
        _ => None,
    })
}

// ---- Darwin's library entry points ---------------------------------------------------------------

/// What becomes of a symbol only Darwin's libraries define (Mach-O spelling, leading underscore).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Darwin {
    /// the glibc symbol with the same contract
    Rename(&'static str),
    /// a routine (or datum) this pass appends to the file
    Routine(Routine),
    /// a call to it does nothing on Linux: the call is removed
    DropCall,
    /// no Linux equivalent
    Reject(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Routine {
    StackGuard,
    MemsetPattern4,
    MemsetPattern8,
    MemsetPattern16,
    SincosStret,
    SincosfStret,
    AssertRtn,
    Strlcpy,
    Strlcat,
    StrlcpyChk,
    StrlcatChk,
}

/// Darwin-only symbols and what they become. Symbols both libcs define under the same name once
/// the underscore is gone (`_printf`, `___memcpy_chk`, `___stack_chk_fail`, `___udivti3`...) need
/// no entry.
const DARWIN: &[(&str, Darwin)] = &[
    ("___error", Darwin::Rename("__errno_location")),
    ("___stdinp", Darwin::Rename("stdin")),
    ("___stdoutp", Darwin::Rename("stdout")),
    ("___stderrp", Darwin::Rename("stderr")),
    ("___bzero", Darwin::Rename("bzero")),
    ("___exp10", Darwin::Rename("exp10")),
    ("___exp10f", Darwin::Rename("exp10f")),
    ("___tolower", Darwin::Rename("tolower")),
    ("___toupper", Darwin::Rename("toupper")),
    ("___stack_chk_guard", Darwin::Routine(Routine::StackGuard)),
    ("____chkstk_darwin", Darwin::DropCall),
    ("_memset_pattern4", Darwin::Routine(Routine::MemsetPattern4)),
    ("_memset_pattern8", Darwin::Routine(Routine::MemsetPattern8)),
    ("_memset_pattern16", Darwin::Routine(Routine::MemsetPattern16)),
    ("___sincos_stret", Darwin::Routine(Routine::SincosStret)),
    ("___sincosf_stret", Darwin::Routine(Routine::SincosfStret)),
    ("___assert_rtn", Darwin::Routine(Routine::AssertRtn)),
    ("_strlcpy", Darwin::Routine(Routine::Strlcpy)),
    ("_strlcat", Darwin::Routine(Routine::Strlcat)),
    ("___strlcpy_chk", Darwin::Routine(Routine::StrlcpyChk)),
    ("___strlcat_chk", Darwin::Routine(Routine::StrlcatChk)),
    ("___maskrune", Darwin::Reject("Darwin's rune-locale ctype (from <ctype.h> inlines) has no glibc equivalent")),
    ("___maskrune_l", Darwin::Reject("Darwin's rune-locale ctype (from <ctype.h> inlines) has no glibc equivalent")),
    ("___istype", Darwin::Reject("Darwin's rune-locale ctype (from <ctype.h> inlines) has no glibc equivalent")),
    ("___isctype", Darwin::Reject("Darwin's rune-locale ctype (from <ctype.h> inlines) has no glibc equivalent")),
    ("__DefaultRuneLocale", Darwin::Reject("Darwin's rune-locale tables have no glibc equivalent")),
    ("___mb_cur_max", Darwin::Reject("Darwin's locale state has no glibc equivalent")),
    ("___sinpi", Darwin::Reject("glibc 2.36 has no sinpi")),
    ("___cospi", Darwin::Reject("glibc 2.36 has no cospi")),
    ("___tanpi", Darwin::Reject("glibc 2.36 has no tanpi")),
    ("___sinpif", Darwin::Reject("glibc 2.36 has no sinpif")),
    ("___cospif", Darwin::Reject("glibc 2.36 has no cospif")),
    ("___tanpif", Darwin::Reject("glibc 2.36 has no tanpif")),
    ("___tlv_bootstrap", Darwin::Reject("only Mach-O thread-local descriptors refer to it")),
    ("___muloti4", Darwin::Reject("compiler-rt's __muloti4 is not in libgcc")),
    ("___CFConstantStringClassReference", Darwin::Reject("CoreFoundation is not available on Linux")),
];

/// Name prefixes of Darwin-only frameworks and system interfaces.
const DARWIN_PREFIXES: &[(&str, &str)] = &[
    ("_objc_", "the Objective-C runtime is not available on Linux"),
    ("_dyld_", "dyld is Darwin's loader"),
    ("_mach_", "Mach interfaces exist only on Darwin"),
    ("_os_log", "os_log exists only on Darwin"),
    ("_os_unfair_lock", "os_unfair_lock exists only on Darwin"),
    ("___darwin_", "Darwin-internal interface"),
    ("_malloc_zone_", "malloc zones exist only on Darwin"),
    ("_kCF", "CoreFoundation is not available on Linux"),
    ("_CF", "CoreFoundation is not available on Linux"),
];

/// Variant suffixes Darwin's headers attach to some libc symbols (same function on Linux).
const VARIANT_SUFFIXES: &[&str] = &["$DARWIN_EXTSN", "$INODE64", "$UNIX2003", "$NOCANCEL", "$1050"];

fn darwin(sym: &str) -> Option<Darwin> {
    if let Some((_, d)) = DARWIN.iter().find(|(n, _)| *n == sym) {
        return Some(*d);
    }
    DARWIN_PREFIXES.iter().find(|(p, _)| sym.starts_with(p)).map(|(_, why)| Darwin::Reject(why))
}

/// The ELF spelling of a Mach-O symbol defined in the file (or one with no Darwin-only meaning):
/// C symbols lose the leading underscore, `L` (assembler-local) and `l` (linker-private) labels
/// become `.L` labels, kept apart as `.LL…` and `.Ll…`.
fn elf_name(sym: &str) -> String {
    if let Some(var) = sym.strip_suffix(TLV_INIT) {
        // the initial value of a thread-local variable: the ELF thread-local symbol itself
        elf_name(var)
    } else if let Some(rest) = sym.strip_prefix('_') {
        rest.to_string()
    } else if sym.starts_with('L') || sym.starts_with('l') {
        format!(".L{sym}")
    } else {
        sym.to_string()
    }
}

/// Suffix of the symbol holding a Mach-O thread-local variable's initial value.
const TLV_INIT: &str = "$tlv$init";

/// A label that names a symbol (a function, when in code) rather than a place inside one.
fn is_symbol_label(sym: &str) -> bool {
    !(sym.starts_with('L') || sym.starts_with('l') || sym.starts_with(|c: char| c.is_ascii_digit()))
}

// ---- sections ---------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
enum Section {
    /// an ELF section: the directive selecting it (name, args) and whether it holds code
    Elf { name: &'static str, args: &'static [&'static str], code: bool },
    /// metadata with no meaning for the translation (unwind tables, DWARF): contents dropped
    Drop,
    /// Mach-O thread-local descriptors (`__thread_vars`): dropped, their symbols name the ELF
    /// thread-local data instead; visibility directives stay
    ThreadVars,
}

const TEXT: Section = Section::Elf { name: ".text", args: &[], code: true };
const DATA: Section = Section::Elf { name: ".data", args: &[], code: false };
const BSS: Section = Section::Elf { name: ".bss", args: &[], code: false };
const RODATA: Section = Section::Elf { name: ".section", args: &[".rodata"], code: false };
const RELRO: Section = Section::Elf { name: ".section", args: &[".data.rel.ro", "\"aw\""], code: false };
const CSTRING: Section = Section::Elf { name: ".section", args: &[".rodata.str1.1", "\"aMS\"", "@progbits", "1"], code: false };
const LIT4: Section = Section::Elf { name: ".section", args: &[".rodata.cst4", "\"aM\"", "@progbits", "4"], code: false };
const LIT8: Section = Section::Elf { name: ".section", args: &[".rodata.cst8", "\"aM\"", "@progbits", "8"], code: false };
const LIT16: Section = Section::Elf { name: ".section", args: &[".rodata.cst16", "\"aM\"", "@progbits", "16"], code: false };
const INIT_ARRAY: Section = Section::Elf { name: ".section", args: &[".init_array", "\"aw\""], code: false };
const FINI_ARRAY: Section = Section::Elf { name: ".section", args: &[".fini_array", "\"aw\""], code: false };
const TDATA: Section = Section::Elf { name: ".section", args: &[".tdata", "\"awT\"", "@progbits"], code: false };
const TBSS: Section = Section::Elf { name: ".section", args: &[".tbss", "\"awT\"", "@nobits"], code: false };

/// The ELF section for Mach-O `segment,section`.
fn elf_section(segment: &str, section: &str, span: Span) -> Result<Section> {
    Ok(match (segment, section) {
        ("__TEXT", "__text" | "__StaticInit" | "__textcoal_nt") => TEXT,
        ("__TEXT", "__cstring") => CSTRING,
        ("__TEXT", "__literal4") => LIT4,
        ("__TEXT", "__literal8") => LIT8,
        ("__TEXT", "__literal16") => LIT16,
        ("__TEXT", "__const" | "__ustring" | "__const_coal") => RODATA,
        ("__DATA", "__data" | "__datacoal_nt") => DATA,
        ("__DATA" | "__DATA_CONST", "__const" | "__nl_symbol_ptr" | "__got") | ("__IMPORT", "__pointers") => RELRO,
        ("__DATA", "__bss" | "__common") => BSS,
        ("__DATA" | "__DATA_CONST", "__mod_init_func") => INIT_ARRAY,
        ("__DATA" | "__DATA_CONST", "__mod_term_func") => FINI_ARRAY,
        ("__DWARF" | "__LLVM", _) | ("__LD", "__compact_unwind") | ("__TEXT", "__eh_frame") => Section::Drop,
        ("__DATA", "__thread_data") => TDATA,
        ("__DATA", "__thread_bss") => TBSS,
        ("__DATA", "__thread_vars") => Section::ThreadVars,
        _ => {
            return Err(Error::unsupported(
                span,
                format!("{segment},{section}"),
                format!("Mach-O section `{segment},{section}` has no ELF counterpart here"),
            ))
        }
    })
}

/// Section-switching directive → the section it selects (None: not a section switch).
fn section_switch(name: &str, args: &[String], span: Span) -> Result<Option<Section>> {
    Ok(Some(match name {
        ".section" => {
            let seg = args.first().map(String::as_str).unwrap_or("");
            let sect = args.get(1).map(String::as_str).unwrap_or("");
            elf_section(seg, sect, span)?
        }
        ".text" => TEXT,
        ".data" | ".static_data" => DATA,
        ".bss" => BSS,
        ".cstring" => CSTRING,
        ".literal4" => LIT4,
        ".literal8" => LIT8,
        ".literal16" => LIT16,
        ".const" => RODATA,
        ".const_data" => RELRO,
        ".mod_init_func" => INIT_ARRAY,
        ".mod_term_func" => FINI_ARRAY,
        ".tdata" => TDATA,
        ".tlv" => Section::ThreadVars,
        _ => return Ok(None),
    }))
}

// ---- the rewrite ------------------------------------------------------------------------------

fn directive(name: &str, args: Vec<String>, span: Span) -> Stmt {
    let text = if args.is_empty() { name.to_string() } else { format!("{name}\t{}", args.join(", ")) };
    Stmt::Directive { name: name.to_string(), args, span, text }
}

fn section_stmt(sec: &Section, span: Span) -> Option<Stmt> {
    match sec {
        Section::Elf { name, args, .. } => Some(directive(name, args.iter().map(|a| a.to_string()).collect(), span)),
        Section::Drop | Section::ThreadVars => None,
    }
}

/// Mach-O `.comm`/`.zerofill` alignment (a power of two) as a byte count.
fn pow2_alignment(arg: &str, span: Span) -> Result<u64> {
    match arg.trim().parse::<u32>() {
        Ok(p) if p < 32 => Ok(1u64 << p),
        _ => Err(Error::syntax(span, format!("alignment must be a power-of-two exponent below 32, found `{}`", arg.trim()))),
    }
}

struct Normalizer {
    /// symbols the file defines (Mach-O spelling)
    defined: HashSet<String>,
    /// `.set L…, A-B` label differences, substituted where they are used (ELF spelling)
    sets: HashMap<String, String>,
    /// Mach-O → ELF spelling of every symbol seen, to catch two names becoming one
    seen: HashMap<String, String>,
    routines: BTreeSet<Routine>,
    /// span of the first use of each routine (errors inside a routine point there)
    routine_spans: HashMap<Routine, Span>,
    functions_typed: HashSet<String>,
    out: Vec<Stmt>,
}

impl Normalizer {
    fn new(stmts: &[Stmt]) -> Self {
        let mut defined = HashSet::new();
        for s in stmts {
            match s {
                Stmt::Label { name, .. } => {
                    defined.insert(name.clone());
                }
                Stmt::Directive { name, args, .. } => {
                    let sym = match name.as_str() {
                        ".comm" | ".lcomm" | ".set" | ".equ" | ".tbss" => args.first(),
                        ".zerofill" => args.get(2),
                        _ => None,
                    };
                    if let Some(sym) = sym {
                        defined.insert(sym.clone());
                    }
                }
                Stmt::Insn(_) => {}
            }
        }
        Normalizer {
            defined,
            sets: HashMap::new(),
            seen: HashMap::new(),
            routines: BTreeSet::new(),
            routine_spans: HashMap::new(),
            functions_typed: HashSet::new(),
            out: Vec::new(),
        }
    }

    /// The ELF spelling of a symbol used at `span`, mapping Darwin-only library symbols.
    fn sym(&mut self, sym: &str, span: Span) -> Result<String> {
        let elf = if sym.ends_with(TLV_INIT) {
            return Ok(elf_name(sym));
        } else if self.defined.contains(sym) {
            elf_name(sym)
        } else {
            match darwin(sym) {
                // several Darwin spellings may name one glibc symbol (`___bzero`, `_bzero`)
                Some(Darwin::Rename(n)) => return Ok(n.to_string()),
                Some(Darwin::Routine(r)) => {
                    self.use_routine(r, span);
                    return Ok(routine_symbol(r).to_string());
                }
                Some(Darwin::DropCall) => {
                    return Err(Error::unsupported(span, sym, format!("`{sym}` is only understood as the target of a call (which is dropped)")))
                }
                Some(Darwin::Reject(why)) => {
                    return Err(Error::unsupported(span, sym, format!("Darwin-only symbol `{sym}` has no Linux counterpart: {why}")))
                }
                None => match VARIANT_SUFFIXES.iter().find_map(|s| sym.strip_suffix(s)) {
                    Some(base) => return Ok(elf_name(base)),
                    None => elf_name(sym),
                },
            }
        };
        if let Some(prev) = self.seen.get(&elf).filter(|p| *p != sym) {
            return Err(Error::unsupported(span, sym, format!("`{sym}` and `{prev}` would both become `{elf}` in ELF")));
        }
        self.seen.insert(elf.clone(), sym.to_string());
        Ok(elf)
    }

    fn use_routine(&mut self, r: Routine, span: Span) {
        for dep in std::iter::once(r).chain(routine_deps(r).iter().copied()) {
            self.routines.insert(dep);
            self.routine_spans.entry(dep).or_insert(span);
        }
    }

    /// Rename every symbol in a directive argument (strings, numbers and relocation names stay).
    fn rename_text(&mut self, s: &str, span: Span) -> Result<String> {
        let b: Vec<char> = s.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c == '"' {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != '"' {
                    i += if b[i] == '\\' { 2 } else { 1 };
                }
                i = (i + 1).min(b.len());
                out.extend(&b[start..i]);
            } else if c.is_ascii_digit() {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == '.') {
                    i += 1;
                }
                out.extend(&b[start..i]);
            } else if c == '@' {
                let start = i;
                i += 1;
                while i < b.len() && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                out.extend(&b[start..i]);
            } else if c.is_ascii_alphabetic() || c == '_' || c == '.' || c == '$' {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], '_' | '.' | '$')) {
                    i += 1;
                }
                let word: String = b[start..i].iter().collect();
                if word == "." {
                    out.push('.');
                } else if let Some(v) = self.sets.get(&word) {
                    let whole = out.trim().is_empty() && b[i..].iter().all(|c| c.is_whitespace());
                    out.push_str(&if whole { v.clone() } else { format!("({v})") });
                } else {
                    out.push_str(&self.sym(&word, span)?);
                }
            } else {
                out.push(c);
                i += 1;
            }
        }
        Ok(out)
    }

    fn rename_args(&mut self, args: &[String], span: Span) -> Result<Vec<String>> {
        args.iter().map(|a| self.rename_text(a, span)).collect()
    }

    fn rename_expr(&mut self, e: &Expr, span: Span) -> Result<Expr> {
        let mut e = e.clone();
        if let Some(reloc) = e.reloc.as_deref() {
            if reloc == "TLVP" {
                return Err(Error::unsupported(span, "@TLVP", "a thread-local access other than `movq VAR@TLVP(%rip), %rdi` + `callq *(%rdi)`"));
            }
        }
        if let Some(s) = &e.sym {
            e.sym = Some(self.sym(s, span)?);
        }
        if let Some(s) = &e.minus_sym {
            e.minus_sym = Some(self.sym(s, span)?);
        }
        Ok(e)
    }

    fn rename_operand(&mut self, op: &Operand, span: Span) -> Result<Operand> {
        Ok(match op {
            Operand::Reg(_) => op.clone(),
            Operand::Imm(e) => Operand::Imm(self.rename_expr(e, span)?),
            Operand::Expr(e) => Operand::Expr(self.rename_expr(e, span)?),
            Operand::Mem(m) => Operand::Mem(Mem { disp: self.rename_expr(&m.disp, span)?, ..m.clone() }),
            Operand::Indirect(b) => Operand::Indirect(Box::new(self.rename_operand(b, span)?)),
        })
    }

    fn insn(&mut self, i: &Insn) -> Result<()> {
        let callee = match i.ops.first() {
            Some(Operand::Expr(e)) if i.mnemonic.starts_with("call") && e.minus_sym.is_none() => e.sym.as_deref(),
            _ => None,
        };
        if let Some(c) = callee {
            if !self.defined.contains(c) && darwin(c) == Some(Darwin::DropCall) {
                // ____chkstk_darwin probes the pages of a large frame and preserves every register;
                // Linux grows the stack on touch
                return Ok(());
            }
        }
        let mut ops = Vec::with_capacity(i.ops.len());
        for op in &i.ops {
            ops.push(self.rename_operand(op, i.span)?);
        }
        let mut mnemonic = i.mnemonic.clone();
        // Mach-O reaches even the file's own globals through the GOT; a load of such an address is
        // the address itself
        if matches!(mnemonic.as_str(), "movq" | "mov") && ops.len() == 2 && matches!(ops[1], Operand::Reg(x86_64::Reg::Gpr(g)) if g.width == 64) {
            if let Operand::Mem(m) = &mut ops[0] {
                let own = m.disp.sym.as_ref().is_some_and(|s| self.is_own(s));
                if m.disp.reloc.as_deref() == Some("GOTPCREL") && m.base == Some(x86_64::Reg::Rip) && m.disp.off == 0 && own {
                    m.disp.reloc = None;
                    mnemonic = "leaq".into();
                }
            }
        }
        let mut insn = Insn { prefixes: i.prefixes.clone(), mnemonic, ops, span: i.span, text: String::new() };
        insn.text = insn_text(&insn);
        self.out.push(Stmt::Insn(insn));
        Ok(())
    }

    /// Whether an ELF-spelled symbol is defined in the output (the file's own or a routine's).
    fn is_own(&self, elf: &str) -> bool {
        self.seen.get(elf).is_some_and(|orig| self.defined.contains(orig)) || self.routines.iter().any(|r| routine_symbol(*r) == elf)
    }

    fn run(mut self, stmts: &[Stmt]) -> Result<Vec<Stmt>> {
        let dropped = in_dropped_sections(stmts);
        let debug_labels = debug_only_labels(stmts, &dropped);
        // `.set` label differences first: jump-table entries name them before or after
        for (s, _) in stmts.iter().zip(&dropped).filter(|(_, d)| !**d) {
            if let Stmt::Directive { name, args, span, .. } = s {
                if (name == ".set" || name == ".equ") && args.len() == 2 && !is_symbol_label(&args[0]) && args[1].contains('-') {
                    let v = self.rename_text(&args[1], *span)?;
                    self.sets.insert(args[0].clone(), v);
                }
            }
        }
        let mut current = TEXT;
        // the section to return to after a jump table or a `.zerofill`
        let mut in_region: Option<Section> = None;
        let mut pending_indirect = false;
        // statements up to this index were consumed with an earlier one
        let mut skip_to = 0;
        for (k, s) in stmts.iter().enumerate() {
            if k < skip_to {
                continue;
            }
            match s {
                Stmt::Label { name, span } => {
                    if matches!(current, Section::Drop | Section::ThreadVars) || debug_labels.contains(name) {
                        continue;
                    }
                    let elf = self.sym(name, *span)?;
                    let code = matches!(current, Section::Elf { code: true, .. }) && in_region.is_none();
                    if code && is_symbol_label(name) && self.functions_typed.insert(elf.clone()) {
                        self.out.push(directive(".type", vec![elf.clone(), "@function".into()], *span));
                    }
                    self.out.push(Stmt::Label { name: elf, span: *span });
                }
                Stmt::Insn(i) => {
                    if let Some(var) = tlv_load(i) {
                        // `movq VAR@TLVP(%rip), %rdi` + `callq *(%rdi)` leaves VAR's address in %rax
                        // and every other register as it was: the local-exec ELF sequence does the same
                        // (debug line entries and labels may sit between the two)
                        let next = (k + 1..stmts.len()).find(|&j| match &stmts[j] {
                            Stmt::Label { name, .. } => !debug_labels.contains(name),
                            Stmt::Directive { name, .. } => name != ".loc",
                            Stmt::Insn(_) => true,
                        });
                        let call = next.filter(|&j| matches!(&stmts[j], Stmt::Insn(c) if is_tlv_call(c)));
                        let Some(call) = call else {
                            return Err(Error::unsupported(i.span, "@TLVP", "a thread-local access other than `movq VAR@TLVP(%rip), %rdi` + `callq *(%rdi)`"));
                        };
                        let var = self.sym(var, i.span)?;
                        self.tlv_address(&var, i.span);
                        skip_to = call + 1;
                    } else if current != Section::Drop {
                        self.insn(i)?;
                    }
                }
                Stmt::Directive { name, args, span, .. } => {
                    let span = *span;
                    if let Some(sec) = section_switch(name, args, span)? {
                        if let Some(st) = section_stmt(&sec, span) {
                            self.out.push(st);
                        }
                        current = sec;
                        in_region = None;
                        continue;
                    }
                    if current == Section::Drop {
                        continue;
                    }
                    let visibility = matches!(name.as_str(), ".globl" | ".global" | ".private_extern" | ".weak_definition" | ".weak_reference" | ".weak_def_can_be_hidden");
                    if current == Section::ThreadVars && !visibility && name != ".tbss" {
                        continue;
                    }
                    match name.as_str() {
                        ".build_version" | ".macosx_version_min" | ".ios_version_min" | ".subsections_via_symbols" | ".alt_entry"
                        | ".no_dead_strip" | ".lazy_reference" | ".linker_option" | ".desc" | ".loh" => {}
                        // line tables: their DWARF sections are dropped, so the references to them go too
                        ".loc" => {}
                        ".file" if args.first().and_then(|a| a.split_whitespace().next()).is_some_and(|n| n.chars().all(|c| c.is_ascii_digit())) => {}
                        ".data_region" => {
                            // a jump table inside the code: give it to read-only data, as ELF compilers do
                            in_region = Some(current.clone());
                            self.out.extend(section_stmt(&RODATA, span));
                            let align = match args.first().map(String::as_str) {
                                Some("jt8") => "0",
                                Some("jt16") => "1",
                                _ => "2",
                            };
                            self.out.push(directive(".p2align", vec![align.into()], span));
                        }
                        ".end_data_region" => {
                            if let Some(sec) = in_region.take() {
                                self.out.extend(section_stmt(&sec, span));
                            }
                        }
                        ".set" | ".equ" if self.sets.contains_key(args.first().map(String::as_str).unwrap_or("")) => {}
                        ".globl" | ".global" => {
                            let a = self.rename_args(args, span)?;
                            self.out.push(directive(".globl", a, span));
                        }
                        ".private_extern" => {
                            let a = self.rename_args(args, span)?;
                            self.out.push(directive(".hidden", a, span));
                        }
                        ".weak_definition" | ".weak_reference" | ".weak_def_can_be_hidden" => {
                            let a = self.rename_args(args, span)?;
                            self.out.push(directive(".weak", a, span));
                        }
                        ".align" => {
                            // Mach-O `.align` is a power of two, like `.p2align`
                            let a = self.rename_args(args, span)?;
                            self.out.push(directive(".p2align", a, span));
                        }
                        ".comm" | ".lcomm" => {
                            if args.len() < 2 {
                                return Err(Error::syntax(span, format!("`{name}` needs a symbol and a size")));
                            }
                            let sym = self.sym(&args[0], span)?;
                            let mut a = vec![sym.clone(), args[1].clone()];
                            if let Some(p) = args.get(2) {
                                a.push(pow2_alignment(p, span)?.to_string());
                            }
                            if name == ".lcomm" {
                                self.out.push(directive(".local", vec![sym], span));
                            }
                            self.out.push(directive(".comm", a, span));
                        }
                        ".zerofill" => self.zerofill(args, span, &current)?,
                        ".tbss" => {
                            // `.tbss VAR$tlv$init, size, align_pow2`: zero-initialised thread-local data
                            let mut a = vec!["__DATA".to_string(), "__thread_bss".to_string()];
                            a.extend(args.iter().cloned());
                            self.zerofill(&a, span, &current)?
                        }
                        ".indirect_symbol" => {
                            // a non-lazy pointer: the slot holds the symbol's address (its `.quad 0` follows)
                            let sym = self.sym(args.first().map(String::as_str).unwrap_or(""), span)?;
                            self.out.push(directive(".quad", vec![sym], span));
                            pending_indirect = true;
                        }
                        ".quad" | ".long" if pending_indirect && args.len() == 1 && args[0].trim() == "0" => pending_indirect = false,
                        _ => {
                            let a = self.rename_args(args, span)?;
                            if a == *args {
                                self.out.push(s.clone());
                            } else {
                                self.out.push(directive(name, a, span));
                            }
                        }
                    }
                }
            }
        }
        self.append_routines()?;
        // ELF: the code does not need an executable stack
        let last = stmts.last().map(Stmt::span).unwrap_or_default();
        self.out.push(directive(".section", vec![".note.GNU-stack".into(), "\"\"".into(), "@progbits".into()], last));
        Ok(self.out)
    }

    /// `%rax` = address of the thread-local variable `var` (ELF spelling), local-exec model.
    fn tlv_address(&mut self, var: &str, span: Span) {
        use x86_64::{Gpr, Reg};
        let rax = Operand::Reg(Reg::Gpr(Gpr { num: 0, width: 64, high: false }));
        let tp = Mem { seg: Some(Reg::Seg(4)), disp: Expr::constant(0), base: None, index: None, scale: 1 };
        let off = Mem {
            seg: None,
            disp: Expr { sym: Some(var.to_string()), reloc: Some("TPOFF".into()), ..Default::default() },
            base: Some(Reg::Gpr(Gpr { num: 0, width: 64, high: false })),
            index: None,
            scale: 1,
        };
        for (m, ops) in [("movq", vec![Operand::Mem(tp), rax.clone()]), ("leaq", vec![Operand::Mem(off), rax])] {
            let mut insn = Insn { prefixes: vec![], mnemonic: m.into(), ops, span, text: String::new() };
            insn.text = insn_text(&insn);
            self.out.push(Stmt::Insn(insn));
        }
    }

    /// `.zerofill segment,section[,symbol,size[,align_pow2]]`: zero-initialised storage, without
    /// switching the current section.
    fn zerofill(&mut self, args: &[String], span: Span, current: &Section) -> Result<()> {
        let seg = args.first().map(String::as_str).unwrap_or("");
        let sect = args.get(1).map(String::as_str).unwrap_or("");
        let sec = elf_section(seg, sect, span)?;
        if args.len() < 4 {
            return Ok(()); // declares the section only
        }
        let sym = self.sym(&args[2], span)?;
        let size = &args[3];
        if sec == Section::Drop {
            return Err(Error::unsupported(span, format!("{seg},{sect}"), "zero-fill into a metadata section"));
        }
        self.out.extend(section_stmt(if sec == TBSS { &TBSS } else { &BSS }, span));
        if let Some(p) = args.get(4) {
            let align = pow2_alignment(p, span)?;
            self.out.push(directive(".balign", vec![align.to_string()], span));
        }
        self.out.push(directive(".type", vec![sym.clone(), "@object".into()], span));
        self.out.push(directive(".size", vec![sym.clone(), size.clone()], span));
        self.out.push(Stmt::Label { name: sym, span });
        self.out.push(directive(".zero", vec![size.clone()], span));
        self.out.extend(section_stmt(current, span));
        Ok(())
    }

    fn append_routines(&mut self) -> Result<()> {
        let routines: Vec<Routine> = self.routines.iter().copied().collect();
        for r in routines {
            let span = self.routine_spans[&r];
            let mut file = x86_64::parse(routine_source(r))?;
            for s in file.stmts.iter_mut() {
                match s {
                    Stmt::Label { span: sp, .. } | Stmt::Directive { span: sp, .. } => *sp = span,
                    Stmt::Insn(i) => i.span = span,
                }
            }
            self.out.extend(file.stmts);
        }
        Ok(())
    }
}

/// For each statement: whether it sits in a section whose contents are dropped (DWARF, unwind).
fn in_dropped_sections(stmts: &[Stmt]) -> Vec<bool> {
    let mut drop = false;
    stmts
        .iter()
        .map(|s| {
            if let Stmt::Directive { name, args, span, .. } = s {
                if let Ok(Some(sec)) = section_switch(name, args, *span) {
                    drop = sec == Section::Drop;
                }
            }
            drop
        })
        .collect()
}

/// Identifiers in a directive argument (outside string literals).
fn idents(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut in_str, mut esc) = (None, false, false);
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        if in_str {
            match c {
                _ if esc => esc = false,
                '\\' => esc = true,
                '"' => in_str = false,
                _ => {}
            }
            continue;
        }
        let sym_char = c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$');
        match (start, sym_char) {
            (None, true) => start = Some(i),
            (Some(b), false) => {
                out.push(&s[b..i]);
                start = None;
            }
            _ => {}
        }
        if c == '"' {
            in_str = true;
        }
    }
    out
}

/// `L` labels nothing but dropped debug information refers to (`Ltmp3`, `Lfunc_begin0` of `-g`
/// builds): without their DWARF they would only split straight-line code.
fn debug_only_labels(stmts: &[Stmt], dropped: &[bool]) -> HashSet<String> {
    let mut used: HashSet<&str> = HashSet::new();
    for (s, d) in stmts.iter().zip(dropped) {
        if *d {
            continue;
        }
        match s {
            Stmt::Insn(i) => {
                for op in &i.ops {
                    let mut op = op;
                    while let Operand::Indirect(b) = op {
                        op = b;
                    }
                    let e = match op {
                        Operand::Imm(e) | Operand::Expr(e) => e,
                        Operand::Mem(m) => &m.disp,
                        _ => continue,
                    };
                    used.extend(e.sym.as_deref());
                    used.extend(e.minus_sym.as_deref());
                }
            }
            Stmt::Directive { name, args, .. } if !matches!(name.as_str(), ".loc" | ".file") => {
                for a in args {
                    used.extend(idents(a));
                }
            }
            _ => {}
        }
    }
    stmts
        .iter()
        .filter_map(|s| match s {
            Stmt::Label { name, .. } if name.starts_with("Ltmp") || name.starts_with("Lfunc_") => Some(name),
            _ => None,
        })
        .filter(|n| !used.contains(n.as_str()))
        .cloned()
        .collect()
}

/// `movq VAR@TLVP(%rip), %rdi`: the variable (Mach-O spelling).
fn tlv_load(i: &Insn) -> Option<&str> {
    match i.ops.as_slice() {
        [Operand::Mem(m), Operand::Reg(x86_64::Reg::Gpr(g))] if m.disp.reloc.as_deref() == Some("TLVP") => {
            let shape = i.mnemonic.starts_with("mov") && g.num == 7 && g.width == 64 && m.base == Some(x86_64::Reg::Rip) && m.disp.off == 0;
            if shape {
                m.disp.sym.as_deref()
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `callq *(%rdi)`
fn is_tlv_call(i: &Insn) -> bool {
    let rdi = x86_64::Reg::Gpr(x86_64::Gpr { num: 7, width: 64, high: false });
    i.mnemonic.starts_with("call")
        && matches!(i.ops.as_slice(), [Operand::Indirect(b)]
            if matches!(&**b, Operand::Mem(m) if m.base == Some(rdi) && m.index.is_none() && m.seg.is_none() && m.disp == Expr::default()))
}

// ---- routines appended for Darwin-only entry points -------------------------------------------

fn routine_symbol(r: Routine) -> &'static str {
    match r {
        Routine::StackGuard => "__gg_darwin_stack_chk_guard",
        Routine::MemsetPattern4 => "__gg_darwin_memset_pattern4",
        Routine::MemsetPattern8 => "__gg_darwin_memset_pattern8",
        Routine::MemsetPattern16 => "__gg_darwin_memset_pattern16",
        Routine::SincosStret => "__gg_darwin_sincos_stret",
        Routine::SincosfStret => "__gg_darwin_sincosf_stret",
        Routine::AssertRtn => "__gg_darwin_assert_rtn",
        Routine::Strlcpy => "__gg_darwin_strlcpy",
        Routine::Strlcat => "__gg_darwin_strlcat",
        Routine::StrlcpyChk => "__gg_darwin_strlcpy_chk",
        Routine::StrlcatChk => "__gg_darwin_strlcat_chk",
    }
}

fn routine_deps(r: Routine) -> &'static [Routine] {
    match r {
        Routine::Strlcat | Routine::StrlcpyChk => &[Routine::Strlcpy],
        Routine::StrlcatChk => &[Routine::Strlcat, Routine::Strlcpy],
        _ => &[],
    }
}

/// x86-64 (ELF flavour) source of each routine. Local symbols: every translated unit has its own.
fn routine_source(r: Routine) -> &'static str {
    match r {
        // the canary Darwin's loader would randomise; the low byte is zero so a string overrun
        // cannot reproduce it
        Routine::StackGuard => concat!(
            "\t.data\n\t.p2align 3\n\t.type __gg_darwin_stack_chk_guard, @object\n\t.size __gg_darwin_stack_chk_guard, 8\n",
            "__gg_darwin_stack_chk_guard:\n\t.quad 0x5a3c96e1d2f78b00\n",
        ),
        // memset_patternN(b, pattern, len): the N-byte pattern repeated over len bytes
        Routine::MemsetPattern4 => MEMSET_PATTERN4,
        Routine::MemsetPattern8 => MEMSET_PATTERN8,
        Routine::MemsetPattern16 => MEMSET_PATTERN16,
        // double2 __sincos_stret(double): sin in %xmm0, cos in %xmm1
        Routine::SincosStret => concat!(
            "\t.text\n\t.p2align 4\n\t.type __gg_darwin_sincos_stret, @function\n__gg_darwin_sincos_stret:\n",
            "\tsubq $24, %rsp\n\tleaq 8(%rsp), %rdi\n\tmovq %rsp, %rsi\n\tcall sincos\n",
            "\tmovsd 8(%rsp), %xmm0\n\tmovsd (%rsp), %xmm1\n\taddq $24, %rsp\n\tret\n",
        ),
        // float2 __sincosf_stret(float): sin and cos in the low two lanes of %xmm0
        Routine::SincosfStret => concat!(
            "\t.text\n\t.p2align 4\n\t.type __gg_darwin_sincosf_stret, @function\n__gg_darwin_sincosf_stret:\n",
            "\tsubq $24, %rsp\n\tleaq 8(%rsp), %rdi\n\tleaq 12(%rsp), %rsi\n\tcall sincosf\n",
            "\tmovq 8(%rsp), %xmm0\n\taddq $24, %rsp\n\tret\n",
        ),
        // __assert_rtn(func, file, line, expr) → __assert_fail(expr, file, line, func)
        Routine::AssertRtn => concat!(
            "\t.text\n\t.p2align 4\n\t.type __gg_darwin_assert_rtn, @function\n__gg_darwin_assert_rtn:\n",
            "\tmovq %rdi, %rax\n\tmovq %rcx, %rdi\n\tmovq %rax, %rcx\n\tsubq $8, %rsp\n\tcall __assert_fail\n",
        ),
        // size_t strlcpy(dst, src, size): copies at most size-1 bytes, always terminates (size > 0),
        // returns strlen(src)
        Routine::Strlcpy => concat!(
            "\t.text\n\t.p2align 4\n\t.type __gg_darwin_strlcpy, @function\n__gg_darwin_strlcpy:\n",
            "\txorl %eax, %eax\n",
            ".Lgg_darwin_strlcpy_len:\n\tcmpb $0, (%rsi,%rax)\n\tje .Lgg_darwin_strlcpy_copy\n\taddq $1, %rax\n\tjmp .Lgg_darwin_strlcpy_len\n",
            ".Lgg_darwin_strlcpy_copy:\n\ttestq %rdx, %rdx\n\tje .Lgg_darwin_strlcpy_done\n\tsubq $1, %rdx\n",
            "\tcmpq %rax, %rdx\n\tcmovaq %rax, %rdx\n\txorl %ecx, %ecx\n",
            ".Lgg_darwin_strlcpy_loop:\n\tcmpq %rdx, %rcx\n\tje .Lgg_darwin_strlcpy_nul\n",
            "\tmovzbl (%rsi,%rcx), %r8d\n\tmovb %r8b, (%rdi,%rcx)\n\taddq $1, %rcx\n\tjmp .Lgg_darwin_strlcpy_loop\n",
            ".Lgg_darwin_strlcpy_nul:\n\tmovb $0, (%rdi,%rcx)\n",
            ".Lgg_darwin_strlcpy_done:\n\tret\n",
        ),
        // size_t strlcat(dst, src, size): appends within size bytes, returns strnlen(dst, size) + strlen(src)
        Routine::Strlcat => concat!(
            "\t.text\n\t.p2align 4\n\t.type __gg_darwin_strlcat, @function\n__gg_darwin_strlcat:\n",
            "\txorl %eax, %eax\n",
            ".Lgg_darwin_strlcat_dlen:\n\tcmpq %rdx, %rax\n\tje .Lgg_darwin_strlcat_full\n",
            "\tcmpb $0, (%rdi,%rax)\n\tje .Lgg_darwin_strlcat_append\n\taddq $1, %rax\n\tjmp .Lgg_darwin_strlcat_dlen\n",
            ".Lgg_darwin_strlcat_full:\n\txorl %ecx, %ecx\n",
            ".Lgg_darwin_strlcat_slen:\n\tcmpb $0, (%rsi,%rcx)\n\tje .Lgg_darwin_strlcat_sum\n\taddq $1, %rcx\n\tjmp .Lgg_darwin_strlcat_slen\n",
            ".Lgg_darwin_strlcat_sum:\n\taddq %rcx, %rax\n\tret\n",
            ".Lgg_darwin_strlcat_append:\n\tpushq %rax\n\taddq %rax, %rdi\n\tsubq %rax, %rdx\n\tcall __gg_darwin_strlcpy\n",
            "\tpopq %rcx\n\taddq %rcx, %rax\n\tret\n",
        ),
        // the _chk variants abort (glibc's __chk_fail) when size exceeds the destination object
        Routine::StrlcpyChk => concat!(
            "\t.text\n\t.p2align 4\n\t.type __gg_darwin_strlcpy_chk, @function\n__gg_darwin_strlcpy_chk:\n",
            "\tcmpq %rcx, %rdx\n\tja .Lgg_darwin_strlcpy_chk_fail\n\tjmp __gg_darwin_strlcpy\n",
            ".Lgg_darwin_strlcpy_chk_fail:\n\tsubq $8, %rsp\n\tcall __chk_fail\n",
        ),
        Routine::StrlcatChk => concat!(
            "\t.text\n\t.p2align 4\n\t.type __gg_darwin_strlcat_chk, @function\n__gg_darwin_strlcat_chk:\n",
            "\tcmpq %rcx, %rdx\n\tja .Lgg_darwin_strlcat_chk_fail\n\tjmp __gg_darwin_strlcat\n",
            ".Lgg_darwin_strlcat_chk_fail:\n\tsubq $8, %rsp\n\tcall __chk_fail\n",
        ),
    }
}

macro_rules! memset_pattern {
    ($n:literal, $mask:literal) => {
        concat!(
            "\t.text\n\t.p2align 4\n\t.type __gg_darwin_memset_pattern", $n, ", @function\n__gg_darwin_memset_pattern", $n, ":\n",
            "\txorl %ecx, %ecx\n\ttestq %rdx, %rdx\n\tje .Lgg_darwin_memset_pattern", $n, "_done\n",
            ".Lgg_darwin_memset_pattern", $n, "_loop:\n",
            "\tmovq %rcx, %rax\n\tandl $", $mask, ", %eax\n\tmovzbl (%rsi,%rax), %eax\n\tmovb %al, (%rdi,%rcx)\n",
            "\taddq $1, %rcx\n\tcmpq %rdx, %rcx\n\tjb .Lgg_darwin_memset_pattern", $n, "_loop\n",
            ".Lgg_darwin_memset_pattern", $n, "_done:\n\tret\n",
        )
    };
}

const MEMSET_PATTERN4: &str = memset_pattern!("4", "3");
const MEMSET_PATTERN8: &str = memset_pattern!("8", "7");
const MEMSET_PATTERN16: &str = memset_pattern!("16", "15");

// ---- printing x86 (ELF flavour) -----------------------------------------------------------------

fn operand_text(op: &Operand) -> String {
    match op {
        Operand::Reg(r) => format!("%{}", regs::name(*r)),
        Operand::Imm(e) => format!("${e}"),
        Operand::Expr(e) => e.to_string(),
        Operand::Indirect(b) => format!("*{}", operand_text(b)),
        Operand::Mem(m) => {
            let mut s = String::new();
            if let Some(seg) = m.seg {
                s.push_str(&format!("%{}:", regs::name(seg)));
            }
            let has_regs = m.base.is_some() || m.index.is_some();
            if !(has_regs && m.disp == Expr::default()) {
                s.push_str(&m.disp.to_string());
            }
            if has_regs {
                s.push('(');
                if let Some(b) = m.base {
                    s.push_str(&format!("%{}", regs::name(b)));
                }
                if let Some(ix) = m.index {
                    s.push_str(&format!(",%{},{}", regs::name(ix), m.scale));
                }
                s.push(')');
            }
            s
        }
    }
}

/// AT&T text of an instruction.
pub fn insn_text(i: &Insn) -> String {
    let mut s = String::new();
    for p in &i.prefixes {
        s.push_str(p);
        s.push(' ');
    }
    s.push_str(&i.mnemonic);
    if !i.ops.is_empty() {
        s.push('\t');
        s.push_str(&i.ops.iter().map(operand_text).collect::<Vec<_>>().join(", "));
    }
    s
}

/// The file as ELF-flavoured x86-64 assembly text.
pub fn print(file: &File) -> String {
    let mut out = String::new();
    for s in &file.stmts {
        match s {
            Stmt::Label { name, .. } => out.push_str(&format!("{name}:\n")),
            Stmt::Directive { text, .. } => out.push_str(&format!("\t{text}\n")),
            Stmt::Insn(i) => out.push_str(&format!("\t{}\n", i.text)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ELF text of a Mach-O snippet, without the trailing stack note.
    fn elf(src: &str) -> String {
        let text = elf_source(src, Flavor::Macos).unwrap().unwrap();
        text.strip_suffix("\t.section\t.note.GNU-stack, \"\", @progbits\n").expect("stack note last").to_string()
    }

    #[test]
    fn flavour_is_detected_from_directives() {
        let table: &[(&str, Flavor, Flavor)] = &[
            ("\t.section\t__TEXT,__text,regular,pure_instructions\n", Flavor::Auto, Flavor::Macos),
            ("\t.build_version macos, 14, 0\n", Flavor::Auto, Flavor::Macos),
            (".subsections_via_symbols\n", Flavor::Auto, Flavor::Macos),
            (".zerofill __DATA,__bss,_x,4,2\n", Flavor::Auto, Flavor::Macos),
            ("\t.private_extern _f\n", Flavor::Auto, Flavor::Macos),
            ("\t.text\n\t.globl main\nmain:\n\tret\n", Flavor::Auto, Flavor::Linux),
            ("\t.section\t.rodata.str1.1,\"aMS\",@progbits,1\n", Flavor::Auto, Flavor::Linux),
            ("\t.text\n_main:\n\tret\n", Flavor::Macos, Flavor::Macos),
            ("\t.build_version macos, 14, 0\n", Flavor::Linux, Flavor::Linux),
        ];
        for (src, asked, want) in table {
            let f = x86_64::parse(src).unwrap();
            assert_eq!(resolve(&f.stmts, *asked), *want, "{src:?}");
        }
        assert_eq!(elf_source("\t.text\nmain:\n\tret\n", Flavor::Auto).unwrap(), None);
        for name in ["auto", "linux", "macos"] {
            assert_eq!(Flavor::parse(name).unwrap().name(), name);
        }
        assert_eq!(Flavor::parse("bsd"), None);
    }

    #[test]
    fn directives_and_symbols_become_elf() {
        let table: &[(&str, &str)] = &[
            // sections
            ("\t.section\t__TEXT,__text,regular,pure_instructions\n", "\t.text\n"),
            ("\t.section\t__TEXT,__cstring,cstring_literals\n", "\t.section\t.rodata.str1.1, \"aMS\", @progbits, 1\n"),
            ("\t.section\t__TEXT,__literal4,4byte_literals\n", "\t.section\t.rodata.cst4, \"aM\", @progbits, 4\n"),
            ("\t.section\t__TEXT,__literal8,8byte_literals\n", "\t.section\t.rodata.cst8, \"aM\", @progbits, 8\n"),
            ("\t.section\t__TEXT,__literal16,16byte_literals\n", "\t.section\t.rodata.cst16, \"aM\", @progbits, 16\n"),
            ("\t.section\t__TEXT,__const\n", "\t.section\t.rodata\n"),
            ("\t.section\t__DATA,__data\n", "\t.data\n"),
            ("\t.section\t__DATA,__const\n", "\t.section\t.data.rel.ro, \"aw\"\n"),
            ("\t.section\t__DATA,__bss\n", "\t.bss\n"),
            ("\t.section\t__DATA,__mod_init_func,mod_init_funcs\n", "\t.section\t.init_array, \"aw\"\n"),
            ("\t.cstring\n", "\t.section\t.rodata.str1.1, \"aMS\", @progbits, 1\n"),
            ("\t.const_data\n", "\t.section\t.data.rel.ro, \"aw\"\n"),
            // metadata directives vanish, DWARF sections with their contents
            ("\t.build_version macos, 14, 0\n\t.subsections_via_symbols\n\t.alt_entry _f\n\t.no_dead_strip _f\n", ""),
            ("\t.section\t__DWARF,__debug_str,regular,debug\nLinfo_string:\n\t.asciz\t\"clang\"\n\t.text\n", "\t.text\n"),
            // symbol visibility
            ("\t.globl\t_main\n", "\t.globl\tmain\n"),
            ("\t.private_extern\t_helper_fn\n", "\t.hidden\thelper_fn\n"),
            ("\t.weak_definition\t_w\n", "\t.weak\tw\n"),
            ("\t.weak_reference\t_w\n", "\t.weak\tw\n"),
            // power-of-two alignments
            ("\t.section\t__DATA,__data\n\t.align\t3\n", "\t.data\n\t.p2align\t3\n"),
            ("\t.p2align\t4, 0x90\n", "\t.p2align\t4, 0x90\n"),
            ("\t.comm\t_counter,4,2\n", "\t.comm\tcounter, 4, 4\n"),
            ("\t.comm\t_table,296,4\n", "\t.comm\ttable, 296, 16\n"),
            ("\t.lcomm\t_buf,64,3\n", "\t.local\tbuf\n\t.comm\tbuf, 64, 8\n"),
            (
                ".zerofill __DATA,__bss,_num,16,4\n",
                "\t.bss\n\t.balign\t16\n\t.type\tnum, @object\n\t.size\tnum, 16\nnum:\n\t.zero\t16\n\t.text\n",
            ),
            (
                "\t.section\t__DATA,__data\n.zerofill __DATA,__common,_big,800,5\n\t.long 1\n",
                "\t.data\n\t.bss\n\t.balign\t32\n\t.type\tbig, @object\n\t.size\tbig, 800\nbig:\n\t.zero\t800\n\t.data\n\t.long 1\n",
            ),
            (".zerofill __DATA,__bss\n", ""),
            // symbols: C names lose the underscore, L/l locals become .L locals, data follows
            (
                "\t.section\t__TEXT,__cstring,cstring_literals\nL_.str:\n\t.asciz\t\"_x %d\"\n\t.section\t__DATA,__data\n_p:\n\t.quad\tL_.str+3\n\t.quad\t_f\n",
                "\t.section\t.rodata.str1.1, \"aMS\", @progbits, 1\n.LL_.str:\n\t.asciz\t\"_x %d\"\n\t.data\np:\n\t.quad\t.LL_.str+3\n\t.quad\tf\n",
            ),
            (
                "\t.section\t__TEXT,__const\nl_reltable.f:\n\t.long\tL_.str-l_reltable.f\n",
                "\t.section\t.rodata\n.Ll_reltable.f:\n\t.long\t.LL_.str-.Ll_reltable.f\n",
            ),
            // functions get their ELF type; local labels do not
            (
                "_f:\n\tcallq\t_g\nLBB0_1:\n\tjmp\tLBB0_1\n_g:\n\tretq\n",
                "\t.type\tf, @function\nf:\n\tcallq\tg\n.LLBB0_1:\n\tjmp\t.LLBB0_1\n\t.type\tg, @function\ng:\n\tretq\n",
            ),
            // the file's own global through the GOT is its address; another unit's stays a GOT load
            (
                "_f:\n\tmovq\t_own@GOTPCREL(%rip), %rax\n\tmovq\t_other@GOTPCREL(%rip), %rcx\n\tmovl\t_own(%rip), %edx\n\tretq\n.comm _own,4,2\n",
                "\t.type\tf, @function\nf:\n\tleaq\town(%rip), %rax\n\tmovq\tother@GOTPCREL(%rip), %rcx\n\tmovl\town(%rip), %edx\n\tretq\n\t.comm\town, 4, 4\n",
            ),
            // a jump table inside the code goes to read-only data, its .set entries inlined
            (
                "_f:\n\tleaq\tLJTI0_0(%rip), %rcx\n\tjmpq\t*%rax\nLBB0_2:\n\tretq\n\t.p2align\t2, 0x90\n\t.data_region jt32\n.set L0_0_set_2, LBB0_2-LJTI0_0\nLJTI0_0:\n\t.long\tL0_0_set_2\n\t.long\tL0_0_set_2\n\t.end_data_region\n_g:\n\tretq\n",
                "\t.type\tf, @function\nf:\n\tleaq\t.LLJTI0_0(%rip), %rcx\n\tjmpq\t*%rax\n.LLBB0_2:\n\tretq\n\t.p2align\t2, 0x90\n\t.section\t.rodata\n\t.p2align\t2\n.LLJTI0_0:\n\t.long\t.LLBB0_2-.LLJTI0_0\n\t.long\t.LLBB0_2-.LLJTI0_0\n\t.text\n\t.type\tg, @function\ng:\n\tretq\n",
            ),
            // non-lazy pointers
            (
                "\t.section\t__DATA,__nl_symbol_ptr,non_lazy_symbol_pointers\nL_puts$non_lazy_ptr:\n\t.indirect_symbol\t_puts\n\t.quad\t0\n",
                "\t.section\t.data.rel.ro, \"aw\"\n.LL_puts$non_lazy_ptr:\n\t.quad\tputs\n",
            ),
            // Darwin's library names
            (
                "_f:\n\tcallq\t___error\n\tmovq\t___stdoutp@GOTPCREL(%rip), %rax\n\tmovq\t___stderrp@GOTPCREL(%rip), %rax\n\tcallq\t___bzero\n\tcallq\t_bzero\n\tcallq\t___memcpy_chk\n\tcallq\t___sprintf_chk\n\tcallq\t___stack_chk_fail\n\tjmp\t___exp10\n",
                "\t.type\tf, @function\nf:\n\tcallq\t__errno_location\n\tmovq\tstdout@GOTPCREL(%rip), %rax\n\tmovq\tstderr@GOTPCREL(%rip), %rax\n\tcallq\tbzero\n\tcallq\tbzero\n\tcallq\t__memcpy_chk\n\tcallq\t__sprintf_chk\n\tcallq\t__stack_chk_fail\n\tjmp\texp10\n",
            ),
            ("_f:\n\tcallq\t_fopen$DARWIN_EXTSN\n\tcallq\t_opendir$INODE64\n", "\t.type\tf, @function\nf:\n\tcallq\tfopen\n\tcallq\topendir\n"),
            // ____chkstk_darwin probes the stack and keeps every register: the call goes
            (
                "_f:\n\tmovl\t$20016, %eax\n\tcallq\t____chkstk_darwin\n\tsubq\t%rax, %rsp\n",
                "\t.type\tf, @function\nf:\n\tmovl\t$20016, %eax\n\tsubq\t%rax, %rsp\n",
            ),
            // thread-local variables: the descriptor goes, the initial value is the ELF TLS symbol, and
            // the access through the descriptor becomes local-exec
            (
                "\t.section\t__DATA,__thread_data,thread_local_regular\n\t.p2align\t2\n_n$tlv$init:\n\t.long\t5\n\t.section\t__DATA,__thread_vars,thread_local_variables\n\t.globl\t_n\n_n:\n\t.quad\t__tlv_bootstrap\n\t.quad\t0\n\t.quad\t_n$tlv$init\n.tbss _b$tlv$init, 32, 4\n_b:\n\t.quad\t__tlv_bootstrap\n\t.quad\t0\n\t.quad\t_b$tlv$init\n",
                "\t.section\t.tdata, \"awT\", @progbits\n\t.p2align\t2\nn:\n\t.long\t5\n\t.globl\tn\n\t.section\t.tbss, \"awT\", @nobits\n\t.balign\t16\n\t.type\tb, @object\n\t.size\tb, 32\nb:\n\t.zero\t32\n",
            ),
            (
                "_f:\n\tmovq\t_n@TLVP(%rip), %rdi\n\tcallq\t*(%rdi)\n\tmovl\t(%rax), %eax\n\tretq\n.tbss _n$tlv$init, 4, 2\n",
                "\t.type\tf, @function\nf:\n\tmovq\t%fs:0, %rax\n\tleaq\tn@TPOFF(%rax), %rax\n\tmovl\t(%rax), %eax\n\tretq\n\t.section\t.tbss, \"awT\", @nobits\n\t.balign\t4\n\t.type\tn, @object\n\t.size\tn, 4\nn:\n\t.zero\t4\n\t.text\n",
            ),
            // operands print back in AT&T
            (
                "_f:\n\tmovl\t-20(%rbp,%rax,4), %ecx\n\tmovq\t%fs:40, %rax\n\tmovl\t(,%rdi,8), %eax\n\trep stosq\n\tcallq\t*8(%rax)\n\tmovl\t$_g+4, %eax\n",
                "\t.type\tf, @function\nf:\n\tmovl\t-20(%rbp,%rax,4), %ecx\n\tmovq\t%fs:40, %rax\n\tmovl\t(,%rdi,8), %eax\n\trep stosq\n\tcallq\t*8(%rax)\n\tmovl\t$g+4, %eax\n",
            ),
        ];
        for (src, want) in table {
            assert_eq!(elf(src), *want, "input:\n{src}");
        }
    }

    #[test]
    fn debug_info_is_dropped() {
        // clang -g: numbered .file and .loc go with the __DWARF sections; a NUL in a comment is fine
        let src = "\t.section\t__TEXT,__text,regular,pure_instructions\n\t.file\t1 \"/src\" \"a.c\"\n_f:\nLfunc_begin0:\n\t.loc\t1 6 0 prologue_end ## a.c:6:0\n\tretq\n\t.section\t__DWARF,__debug_str,regular,debug\n\t.byte\t0 ## \0\n.set Lset0, Ldebug_info_end0-Ldebug_info_start0\n\t.long\tLset0\n";
        assert_eq!(elf(src), "\t.text\n\t.type\tf, @function\nf:\n\tretq\n");
        // such a label stays when the code refers to it
        let src = "_f:\nLtmp0:\n\tjmp\tLtmp0\nLtmp1:\n\tretq\n\t.section\t__DWARF,__debug_line,regular,debug\n\t.quad\tLtmp1\n";
        assert_eq!(elf(src), "\t.type\tf, @function\nf:\n.LLtmp0:\n\tjmp\t.LLtmp0\n\tretq\n");
        assert!(x86_64::parse("\t.byte\t\0\n").is_err());
    }

    #[test]
    fn darwin_routines_are_appended_once() {
        let out = elf("_f:\n\tcallq\t_memset_pattern16\n\tcallq\t_memset_pattern16\n\tmovq\t___stack_chk_guard@GOTPCREL(%rip), %rax\n\tcallq\t___strlcat_chk\n");
        assert!(out.contains("\tcallq\t__gg_darwin_memset_pattern16\n"), "{out}");
        assert!(out.contains("\tleaq\t__gg_darwin_stack_chk_guard(%rip), %rax\n"), "{out}");
        for sym in ["__gg_darwin_memset_pattern16:", "__gg_darwin_stack_chk_guard:", "__gg_darwin_strlcat_chk:", "__gg_darwin_strlcat:", "__gg_darwin_strlcpy:"] {
            assert_eq!(out.matches(&format!("\n{sym}\n")).count(), 1, "{sym} in\n{out}");
        }
        assert!(!out.contains("memset_pattern4"), "{out}");
        // every routine parses, and its symbol is what the mapping names
        for (sym, d) in DARWIN {
            if let Darwin::Routine(r) = d {
                let f = x86_64::parse(routine_source(*r)).unwrap();
                assert!(f.stmts.iter().any(|s| matches!(s, Stmt::Label { name, .. } if name == routine_symbol(*r))), "{sym}");
            }
        }
    }

    #[test]
    fn unmappable_input_is_rejected_with_its_position() {
        let table: &[(&str, (u32, u32), &str, &str)] = &[
            ("_f:\n\tcallq\t___maskrune\n", (2, 2), "___maskrune", "Darwin-only symbol `___maskrune`"),
            ("_f:\n\tmovq\t__DefaultRuneLocale@GOTPCREL(%rip), %rax\n", (2, 2), "__DefaultRuneLocale", "no Linux counterpart"),
            ("_f:\n\tcallq\t_objc_msgSend\n", (2, 2), "_objc_msgSend", "Objective-C"),
            ("_f:\n\tcallq\t___sinpi\n", (2, 2), "___sinpi", "sinpi"),
            ("_f:\n\tmovq\t_tv@TLVP(%rip), %rax\n\tcallq\t*(%rax)\n", (2, 2), "@TLVP", "thread-local access"),
            ("_f:\n\tmovq\t_tv@TLVP(%rip), %rdi\n\tmovl\t$1, %eax\n", (2, 2), "@TLVP", "thread-local access"),
            ("\t.section\t__OBJC,__image_info\n", (1, 2), "__OBJC,__image_info", "no ELF counterpart"),
            ("_f:\n\tleaq\t____chkstk_darwin(%rip), %rax\n", (2, 2), "____chkstk_darwin", "target of a call"),
            ("_f:\n\tcallq\tf\n", (2, 2), "f", "would both become `f`"),
        ];
        for (src, (line, col), what, msg) in table {
            let e = elf_source(src, Flavor::Macos).unwrap_err();
            match &e {
                Error::Unsupported { line: l, col: c, what: w, msg: m } => {
                    assert_eq!((*l, *c, w.as_str()), (*line, *col, *what), "{src}: {e}");
                    assert!(m.contains(msg), "{src}: {m}");
                }
                other => panic!("{src}: expected a rejection, got {other}"),
            }
        }
        let e = elf_source(".comm _x,4,zz\n", Flavor::Macos).unwrap_err();
        assert!(matches!(e, Error::Syntax { line: 1, .. }) && e.to_string().contains("power-of-two exponent"), "{e}");
    }
}
