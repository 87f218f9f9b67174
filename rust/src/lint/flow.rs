//! ISA-neutral rules over the instruction descriptions: labels (undefined, duplicate, branch to
//! data), unreachable code, falling off a function's end, callee-saved registers and sp alignment.

use super::{Abi, Diagnostic, Flow, Item, Sp};
use crate::asm::Span;
use super::{FastMap as HashMap, FastSet as HashSet};

/// Whether a section (by its `.section` arguments) holds code.
fn is_code_section(args: &[String]) -> bool {
    let name = args.first().map(|s| s.trim_matches('"')).unwrap_or("");
    name.starts_with(".text") || name.starts_with(".init") || name.starts_with(".fini") || args.get(1).is_some_and(|f| f.trim_matches('"').contains('x'))
}

fn is_local(name: &str) -> bool {
    name.starts_with(".L") || is_numeric_ref(name)
}

fn is_numeric_ref(name: &str) -> bool {
    name.len() >= 2 && (name.ends_with('f') || name.ends_with('b')) && name[..name.len() - 1].bytes().all(|c| c.is_ascii_digit())
}

struct Labels {
    /// named label → (defined in a code section, span)
    named: HashMap<String, (bool, Span)>,
    /// numeric label → indexes (into items) of its definitions
    numeric: HashMap<String, Vec<usize>>,
}

pub(crate) fn check(items: &[Item], abi: &Abi, out: &mut Vec<Diagnostic>) {
    let labels = collect_labels(items, out);
    references(items, &labels, out);
    reachability(items, out);
    functions(items, abi, &labels, out);
}

fn collect_labels(items: &[Item], out: &mut Vec<Diagnostic>) -> Labels {
    let mut named: HashMap<String, (bool, Span)> = HashMap::default();
    let mut numeric: HashMap<String, Vec<usize>> = HashMap::default();
    let mut code = true;
    let mut stack: Vec<bool> = Vec::new();
    let mut previous = true;
    for (k, it) in items.iter().enumerate() {
        match it {
            Item::Directive(name, args, span) => {
                let before = code;
                match name.as_str() {
                    ".text" => code = true,
                    ".data" | ".bss" | ".rodata" => code = false,
                    ".section" => code = is_code_section(args),
                    ".pushsection" => {
                        stack.push(code);
                        code = is_code_section(args);
                    }
                    ".popsection" => code = stack.pop().unwrap_or(true),
                    ".previous" => code = previous,
                    ".set" | ".equ" | ".equiv" | ".comm" | ".lcomm" => {
                        if let Some(n) = args.first() {
                            named.entry(n.trim_matches('"').to_string()).or_insert((false, *span));
                        }
                    }
                    _ => {}
                }
                if matches!(name.as_str(), ".text" | ".data" | ".bss" | ".rodata" | ".section") {
                    previous = before;
                }
            }
            Item::Label(name, span) => {
                if name.bytes().all(|c| c.is_ascii_digit()) {
                    numeric.entry(name.clone()).or_default().push(k);
                } else if let Some((_, first)) = named.get(name) {
                    out.push(Diagnostic::new("GG102", *span, format!("label `{name}` is already defined at line {}", first.line)));
                } else {
                    named.insert(name.clone(), (code, *span));
                }
            }
            Item::Ins(_) => {}
        }
    }
    Labels { named, numeric }
}

fn numeric_defined(labels: &Labels, name: &str, at: usize) -> bool {
    let (digits, dir) = name.split_at(name.len() - 1);
    labels.numeric.get(digits).is_some_and(|defs| if dir == "b" { defs.iter().any(|&d| d < at) } else { defs.iter().any(|&d| d > at) })
}

fn references(items: &[Item], labels: &Labels, out: &mut Vec<Diagnostic>) {
    let mut reported: HashSet<&str> = HashSet::default();
    let mut data_refs: Vec<&str> = Vec::new();
    for (k, it) in items.iter().enumerate() {
        let (refs, span, target): (&mut dyn Iterator<Item = &str>, Span, Option<&str>) = match it {
            Item::Ins(i) if i.refs.is_empty() && i.target.is_none() => continue,
            Item::Ins(i) => (&mut i.refs.iter().map(|s| s.as_str()), i.span, i.target.as_deref()),
            Item::Directive(name, args, span) if is_data_directive(name) => {
                data_refs.clear();
                data_refs.extend(args.iter().flat_map(|a| arg_symbols(a)));
                (&mut data_refs.iter().copied(), *span, None)
            }
            _ => continue,
        };
        for r in refs {
            if !is_local(r) {
                continue;
            }
            let defined = if is_numeric_ref(r) { numeric_defined(labels, r, k) } else { labels.named.contains_key(r) };
            if !defined && (is_numeric_ref(r) || reported.insert(r)) {
                out.push(Diagnostic::new("GG101", span, format!("label `{r}` is not defined")));
            }
        }
        if let (Some(t), Item::Ins(i)) = (target, it) {
            if let Some((false, def)) = labels.named.get(t) {
                if matches!(i.flow, Flow::Branch | Flow::Jump | Flow::Call) {
                    out.push(Diagnostic::new("GG103", span, format!("`{}` targets `{t}`, a label in a data section (line {})", i.mnemonic, def.line)));
                }
            }
        }
    }
}

fn is_data_directive(name: &str) -> bool {
    matches!(name, ".byte" | ".short" | ".value" | ".hword" | ".2byte" | ".word" | ".long" | ".int" | ".4byte" | ".quad" | ".8byte" | ".dword" | ".xword")
}

/// Symbols named in a data directive argument (`.L5-.L4`, `.L3`, `sym+8`).
fn arg_symbols(a: &str) -> Vec<&str> {
    let b = a.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'"' {
            return out;
        }
        if crate::asm::gnu::is_sym_start(b[i]) || b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && crate::asm::gnu::is_sym_char(b[i]) {
                i += 1;
            }
            out.push(&a[s..i]);
        } else {
            i += 1;
        }
    }
    out
}

fn reachability(items: &[Item], out: &mut Vec<Diagnostic>) {
    let mut dead_after: Option<&str> = None;
    for it in items {
        match it {
            Item::Label(..) => dead_after = None,
            Item::Directive(name, ..) => {
                if matches!(name.as_str(), ".text" | ".section" | ".data" | ".bss" | ".previous" | ".popsection" | ".pushsection") {
                    dead_after = None;
                }
            }
            Item::Ins(i) => {
                if let Some(m) = dead_after {
                    out.push(Diagnostic::new("GG304", i.span, format!("`{}` cannot be reached: it follows `{m}` and has no label", i.mnemonic)));
                    dead_after = Some("");
                    // one report per run of dead code
                    continue;
                }
                if matches!(i.flow, Flow::Jump | Flow::IndirectJump | Flow::Return | Flow::Trap) {
                    dead_after = Some(i.mnemonic.as_str());
                }
            }
        }
    }
}

/// A function: its name and the range of items after its label.
fn function_ranges(items: &[Item]) -> Vec<(String, usize, usize)> {
    let mut typed: HashSet<&str> = HashSet::default();
    for it in items {
        if let Item::Directive(name, args, _) = it {
            if name == ".type" && args.len() >= 2 && args[1].contains("function") {
                typed.insert(args[0].trim_matches('"'));
            }
        }
    }
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    let mut open: Option<(String, usize)> = None;
    for (k, it) in items.iter().enumerate() {
        let end_here = match it {
            Item::Label(name, _) if typed.contains(name.as_str()) => true,
            Item::Directive(name, args, _) => name == ".size" && open.as_ref().is_some_and(|(f, _)| args.first().is_some_and(|a| a.trim_matches('"') == f)),
            _ => false,
        };
        if end_here {
            if let Some((f, start)) = open.take() {
                out.push((f, start, k));
            }
        }
        if let Item::Label(name, _) = it {
            if typed.contains(name.as_str()) {
                open = Some((name.clone(), k + 1));
            }
        }
    }
    if let Some((f, start)) = open {
        out.push((f, start, items.len()));
    }
    out
}

fn functions(items: &[Item], abi: &Abi, labels: &Labels, out: &mut Vec<Diagnostic>) {
    for (name, start, end) in function_ranges(items) {
        let body = &items[start..end];
        fall_through(&name, body, out);
        callee_saved(&name, body, abi, out);
        stack_alignment(&name, body, abi, labels, out);
    }
}

fn fall_through(name: &str, body: &[Item], out: &mut Vec<Diagnostic>) {
    let Some(pos) = body.iter().rposition(|it| matches!(it, Item::Ins(_))) else { return };
    // dead code at the end is reported as unreachable, not as a fall-through
    let dead = body[..pos]
        .iter()
        .rev()
        .find_map(|it| match it {
            Item::Label(..) => Some(false),
            Item::Ins(i) => Some(matches!(i.flow, Flow::Jump | Flow::IndirectJump | Flow::Return | Flow::Trap)),
            Item::Directive(..) => None,
        })
        .unwrap_or(false);
    // a call in the last block may not return (exit, abort, __stack_chk_fail)
    let after_call = body[..pos]
        .iter()
        .rev()
        .take_while(|it| !matches!(it, Item::Label(..)))
        .any(|it| matches!(it, Item::Ins(i) if i.flow == Flow::Call));
    if let (Item::Ins(i), false, false) = (&body[pos], dead, after_call) {
        if matches!(i.flow, Flow::Next | Flow::Branch) {
            out.push(Diagnostic::new("GG305", i.span, format!("function `{name}` ends with `{}`: control falls off its end", i.mnemonic)));
        }
    }
}

fn callee_saved(name: &str, body: &[Item], abi: &Abi, out: &mut Vec<Diagnostic>) {
    let ins = body.iter().filter_map(|it| if let Item::Ins(i) = it { Some(i) } else { None });
    let stored: HashSet<u16> = ins.clone().flat_map(|i| i.stores.iter().copied()).collect();
    let mut reported: HashSet<u16> = HashSet::default();
    for i in ins {
        for &r in &i.writes {
            if abi.callee_saved.contains(&r) && !stored.contains(&r) && reported.insert(r) {
                let reg = (abi.reg_name)(r);
                out.push(Diagnostic::new("GG302", i.span, format!("`{}` writes callee-saved `{reg}`, which function `{name}` never saves", i.mnemonic)));
            }
        }
    }
}

/// sp mod 16 along the function, in source order; a label reached only by jumps takes the state
/// the jumps carried; anything unknown silences the rule until the next known point.
/// Only calls that leave the file count: gcc calls its own local functions with whatever alignment
/// it knows they need.
fn stack_alignment(name: &str, body: &[Item], abi: &Abi, labels: &Labels, out: &mut Vec<Diagnostic>) {
    #[derive(Clone, Copy, PartialEq)]
    enum St {
        Known(i64),
        Unknown,
        Dead,
    }
    let mut st = St::Known(abi.entry_bias);
    let mut at_label: HashMap<&str, St> = HashMap::default();
    let merge = |a: St, b: St| match (a, b) {
        (St::Dead, x) | (x, St::Dead) => x,
        (St::Known(x), St::Known(y)) if x == y => a,
        _ => St::Unknown,
    };
    for it in body {
        match it {
            Item::Label(l, _) => {
                let incoming = at_label.get(l.as_str()).copied().unwrap_or(St::Dead);
                st = match (st, incoming) {
                    (St::Dead, St::Dead) => St::Unknown,
                    (a, b) => merge(a, b),
                };
            }
            Item::Directive(..) => {}
            Item::Ins(i) => {
                if st == St::Dead {
                    continue;
                }
                let local_callee = i.target.as_ref().is_some_and(|t| labels.named.contains_key(t));
                if i.flow == Flow::Call && !local_callee {
                    if let St::Known(v) = st {
                        if v.rem_euclid(16) != 0 {
                            out.push(Diagnostic::new(
                                "GG303",
                                i.span,
                                format!("sp is {} bytes off 16-byte alignment at `{}` in `{name}`", v.rem_euclid(16), i.mnemonic),
                            ));
                        }
                    }
                }
                st = match (st, i.sp) {
                    (s, Sp::Keep) => s,
                    (St::Known(v), Sp::Add(d)) => St::Known((v + d).rem_euclid(16)),
                    (_, Sp::Align) => St::Known(0),
                    _ => St::Unknown,
                };
                if let Some(t) = &i.target {
                    if matches!(i.flow, Flow::Branch | Flow::Jump) {
                        let e = at_label.entry(t.as_str()).or_insert(St::Dead);
                        *e = merge(*e, st);
                    }
                }
                if matches!(i.flow, Flow::Jump | Flow::IndirectJump | Flow::Return | Flow::Trap) {
                    st = St::Dead;
                }
            }
        }
    }
}
