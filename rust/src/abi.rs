//! C prototypes and how each calling convention places their values.
//!
//! Without prototypes the translator maps x86 argument registers onto the target's in order, which is
//! right for integers, pointers and lone floats. Structs are where the conventions part: x86-64 packs
//! a small struct by eightbytes (two floats share one xmm register), RISC-V lp64d gives each of up to
//! two fields its own register, AArch64 passes up to four floats of one type in four vector registers
//! and returns large structs through x8 where x86 and RISC-V use the first argument register. Narrow
//! integers differ too: RISC-V wants them extended to 64 bits in registers, x86 leaves the upper bits
//! undefined. Given prototypes, the lifter places each value through a staging image in memory: every
//! piece on one side is stored at its byte offset in the image, every piece on the other side loaded.

use crate::error::{Error, Result};
use crate::asm::Span;
use std::collections::HashMap;

/// A scalar C type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// integers, pointers (`bytes` 1, 2, 4 or 8)
    I { bytes: u8, signed: bool },
    F32,
    F64,
}

impl Scalar {
    pub fn bytes(self) -> u8 {
        match self {
            Scalar::I { bytes, .. } => bytes,
            Scalar::F32 => 4,
            Scalar::F64 => 8,
        }
    }
    fn is_float(self) -> bool {
        !matches!(self, Scalar::I { .. })
    }
}

/// A parameter or result type: what the conventions need to know of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CType {
    Void,
    S(Scalar),
    /// a struct (or array member) flattened to its scalar fields at their byte offsets
    Struct { size: u32, fields: Vec<(u32, Scalar)> },
    /// a type no convention here is modelled for (unions, `long double`, `_Complex`…)
    Opaque(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proto {
    pub ret: CType,
    pub params: Vec<CType>,
    pub variadic: bool,
}

/// Parse prototypes in the line format the Python front end writes: one function per line,
/// `name<TAB>result<TAB>param...`, with `...` last for variadic functions. Types: `v` (void),
/// `i<bytes><s|u>` (integers; `p` is a pointer), `f4`/`f8`, `s<size>:<off><scalar>,...` (a struct's
/// flattened fields), `o<what>` (opaque).
pub fn parse_protos(text: &str) -> Result<HashMap<String, Proto>> {
    let mut out = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |msg: String| Error::syntax(Span::new(i as u32 + 1, 1), msg);
        let mut parts: Vec<&str> = line.split('\t').collect();
        if parts.len() < 2 {
            return Err(err(format!("prototype line needs a name and a result type: `{line}`")));
        }
        let variadic = parts.last() == Some(&"...");
        if variadic {
            parts.pop();
        }
        let ty = |s: &str| parse_type(s).ok_or_else(|| err(format!("bad type `{s}` in prototype of `{}`", parts[0])));
        let ret = ty(parts[1])?;
        let params = parts[2..].iter().map(|p| ty(p)).collect::<Result<Vec<_>>>()?;
        out.insert(parts[0].to_string(), Proto { ret, params, variadic });
    }
    Ok(out)
}

fn parse_scalar(s: &str) -> Option<Scalar> {
    match s {
        "p" => Some(Scalar::I { bytes: 8, signed: false }),
        "f4" => Some(Scalar::F32),
        "f8" => Some(Scalar::F64),
        _ => {
            let rest = s.strip_prefix('i')?;
            let signed = match rest.as_bytes().last()? {
                b's' => true,
                b'u' => false,
                _ => return None,
            };
            let bytes: u8 = rest[..rest.len() - 1].parse().ok()?;
            [1, 2, 4, 8].contains(&bytes).then_some(Scalar::I { bytes, signed })
        }
    }
}

fn parse_type(s: &str) -> Option<CType> {
    if s == "v" {
        return Some(CType::Void);
    }
    if let Some(what) = s.strip_prefix('o') {
        return Some(CType::Opaque(what.to_string()));
    }
    if let Some(rest) = s.strip_prefix('s') {
        let (size, fields) = rest.split_once(':').unwrap_or((rest, ""));
        let size: u32 = size.parse().ok()?;
        let mut out = Vec::new();
        for f in fields.split(',').filter(|f| !f.is_empty()) {
            let k = f.find(|c: char| !c.is_ascii_digit())?;
            let off: u32 = f[..k].parse().ok()?;
            let sc = parse_scalar(&f[k..])?;
            if off + sc.bytes() as u32 > size {
                return None;
            }
            out.push((off, sc));
        }
        return Some(CType::Struct { size, fields: out });
    }
    parse_scalar(s).map(CType::S)
}

/// Where a piece of a value is, in IR terms: an x86 GPR (by number), an xmm register, or AArch64's
/// indirect-result register x8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loc {
    G(u8),
    X(u8),
    Sret,
}

/// `bytes` of a value at `off` in the staging image live in `loc` (its low bytes). Loads of integer
/// pieces extend by `signed`; float pieces go through the FP/vector side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub loc: Loc,
    pub off: u32,
    pub bytes: u8,
    pub float: bool,
    pub signed: bool,
}

/// Values to move from one convention's places to the other's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Transfer {
    pub from: Vec<Piece>,
    pub to: Vec<Piece>,
    /// bytes of staging image
    pub size: u32,
}

impl Transfer {
    pub fn is_empty(&self) -> bool {
        self.from.is_empty() && self.to.is_empty()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conv {
    Riscv64,
    Aarch64,
}

/// x86 GPR numbers of the SysV integer argument registers, in order.
const X86_INT_ARGS: [u8; 6] = [7, 6, 2, 1, 8, 9];
/// x86 GPR numbers the translation keeps in the target's integer argument registers a0-a7 / x0-x7.
const TARGET_INT_ARGS: [u8; 8] = [7, 6, 2, 1, 8, 9, 0, 10];
/// Results: the lowering moves rax/rdx to the target's first two result registers (and back after
/// calls); xmm registers are the target's FP/vector registers themselves.
const RESULT_GPRS: [u8; 2] = [0, 2];

/// Why a value cannot be placed (a clear rejection beats a guess).
type Why = String;

fn describe(t: &CType) -> String {
    match t {
        CType::Void => "void".into(),
        CType::S(Scalar::I { bytes, signed }) => format!("{}{}-bit integer", if *signed { "" } else { "unsigned " }, bytes * 8),
        CType::S(Scalar::F32) => "float".into(),
        CType::S(Scalar::F64) => "double".into(),
        CType::Struct { size, .. } => format!("{size}-byte struct"),
        CType::Opaque(w) => w.clone(),
    }
}

/// x86-64 SysV: the eightbyte classes of a struct of at most 16 bytes (true: SSE), or None (memory).
fn x86_eightbytes(size: u32, fields: &[(u32, Scalar)]) -> Option<Vec<bool>> {
    if size == 0 || size > 16 {
        return None;
    }
    let n = size.div_ceil(8) as usize;
    let mut sse = vec![true; n];
    for &(off, sc) in fields {
        if off % sc.bytes() as u32 != 0 {
            return None; // packed structs: unaligned fields go to memory
        }
        if !sc.is_float() {
            sse[(off / 8) as usize] = false;
        }
    }
    Some(sse)
}

/// Counters of argument registers used so far.
#[derive(Default, Clone, Copy)]
struct Regs {
    g: usize,
    f: usize,
}

/// x86 places of one value at image offset `base`: pieces, or None when it goes to memory.
fn x86_pieces(t: &CType, base: u32, r: &mut Regs, result: bool) -> std::result::Result<Vec<Piece>, Why> {
    let gprs: &[u8] = if result { &RESULT_GPRS } else { &X86_INT_ARGS };
    let nx = if result { 2 } else { 8 };
    let int = |r: &mut Regs, off: u32| {
        let loc = gprs.get(r.g).map(|&g| Loc::G(g));
        r.g += 1;
        loc.map(|loc| Piece { loc, off, bytes: 8, float: false, signed: false })
    };
    let sse = |r: &mut Regs, off: u32| {
        let p = (r.f < nx).then(|| Piece { loc: Loc::X(r.f as u8), off, bytes: 8, float: true, signed: false });
        r.f += 1;
        p
    };
    let on_stack = || format!("a {} that x86-64 passes on the stack", describe(t));
    match t {
        CType::Void => Ok(vec![]),
        CType::S(sc) if sc.is_float() => sse(r, base).map(|p| vec![Piece { bytes: sc.bytes(), ..p }]).ok_or_else(on_stack),
        CType::S(_) => int(r, base).map(|p| vec![p]).ok_or_else(on_stack),
        CType::Struct { size, fields } => {
            let classes = x86_eightbytes(*size, fields).ok_or_else(on_stack)?;
            let (need_g, need_f) = (classes.iter().filter(|s| !**s).count(), classes.iter().filter(|s| **s).count());
            if r.g + need_g > gprs.len() || r.f + need_f > nx {
                return Err(on_stack());
            }
            Ok(classes.iter().enumerate().map(|(e, s)| if *s { sse(r, base + 8 * e as u32) } else { int(r, base + 8 * e as u32) }.unwrap()).collect())
        }
        CType::Opaque(w) => Err(w.clone()),
    }
}

/// The target's places of one value at image offset `base`.
fn target_pieces(conv: Conv, t: &CType, base: u32, r: &mut Regs, result: bool) -> std::result::Result<Vec<Piece>, Why> {
    let gprs: &[u8] = if result { &RESULT_GPRS } else { &TARGET_INT_ARGS };
    let nf = if result { if conv == Conv::Aarch64 { 4 } else { 2 } } else { 8 };
    let unplaced = || format!("a {} the target passes on the stack or by reference", describe(t));
    // RISC-V keeps 32-bit integers sign-extended whatever their signedness
    let ext = |sc: Scalar| match sc {
        Scalar::I { bytes: 4, .. } if conv == Conv::Riscv64 => true,
        Scalar::I { signed, .. } => signed,
        _ => false,
    };
    let int = |r: &mut Regs, off: u32, bytes: u8, signed: bool| -> Option<Piece> {
        let loc = gprs.get(r.g).map(|&g| Loc::G(g));
        r.g += 1;
        // AArch64 leaves the upper bits of narrow integers unspecified, as x86 does
        let bytes = if conv == Conv::Aarch64 { 8 } else { bytes };
        loc.map(|loc| Piece { loc, off, bytes, float: false, signed })
    };
    let fp = |r: &mut Regs, off: u32, bytes: u8| -> Option<Piece> {
        let p = (r.f < nf).then(|| Piece { loc: Loc::X(r.f as u8), off, bytes, float: true, signed: false });
        r.f += 1;
        p
    };
    match t {
        CType::Void => Ok(vec![]),
        CType::S(sc) if sc.is_float() => fp(r, base, sc.bytes()).map(|p| vec![p]).ok_or_else(unplaced),
        CType::S(sc) => int(r, base, sc.bytes(), ext(*sc)).map(|p| vec![p]).ok_or_else(unplaced),
        CType::Struct { size, fields } => {
            let floats = fields.iter().filter(|f| f.1.is_float()).count();
            let save = *r;
            let by_fields: Option<Vec<Piece>> = match conv {
                // lp64d: one or two fields, at least one floating-point, each in its own register
                Conv::Riscv64 if floats > 0 && fields.len() <= 2 => {
                    let (need_f, need_g) = (floats, fields.len() - floats);
                    if r.f + need_f <= nf && r.g + need_g <= gprs.len() {
                        Some(fields.iter().map(|&(off, sc)| if sc.is_float() { fp(r, base + off, sc.bytes()) } else { int(r, base + off, sc.bytes(), ext(sc)) }.unwrap()).collect())
                    } else {
                        None
                    }
                }
                // AAPCS64: a homogeneous floating-point aggregate of up to four members
                Conv::Aarch64 if floats == fields.len() && (1..=4).contains(&floats) && fields.iter().all(|f| f.1 == fields[0].1) => {
                    if r.f + floats <= nf {
                        Some(fields.iter().map(|&(off, sc)| fp(r, base + off, sc.bytes()).unwrap()).collect())
                    } else {
                        r.f = nf; // an HFA that does not fit goes on the stack and uses up the rest
                        return Err(unplaced());
                    }
                }
                _ => None,
            };
            if let Some(p) = by_fields {
                return Ok(p);
            }
            *r = save;
            if *size == 0 || *size > 16 {
                return Err(unplaced());
            }
            let chunks = size.div_ceil(8) as usize;
            if r.g + chunks > gprs.len() {
                return Err(unplaced());
            }
            Ok((0..chunks).map(|c| int(r, base + 8 * c as u32, 8, false).unwrap()).collect())
        }
        CType::Opaque(w) => Err(w.clone()),
    }
}

/// Whether a result of this type comes back through memory (a hidden pointer) on x86-64.
fn x86_in_memory(t: &CType) -> bool {
    match t {
        CType::Struct { size, fields } => x86_eightbytes(*size, fields).is_none(),
        _ => false,
    }
}

/// Image offsets: each value gets 16 bytes (an x86 eightbyte store may cover padding).
fn slot(i: usize) -> u32 {
    16 * i as u32
}

/// How the arguments of `p` move. `into_x86`: a target caller's arguments into the places x86 code
/// reads (function entry); otherwise x86 arguments into the target's places (a call out). None when
/// both conventions agree on every piece; Err names the value that cannot be placed.
pub fn args_transfer(conv: Conv, p: &Proto, into_x86: bool) -> std::result::Result<Option<Transfer>, Why> {
    if p.variadic {
        return Ok(None);
    }
    let (mut x, mut t) = (Regs::default(), Regs::default());
    let mut xp = Vec::new();
    let mut tp = Vec::new();
    // a result in memory: x86 takes its address in %rdi, RISC-V in a0, AArch64 in x8
    if x86_in_memory(&p.ret) {
        xp.push(Piece { loc: Loc::G(X86_INT_ARGS[0]), off: 0, bytes: 8, float: false, signed: false });
        x.g = 1;
        if conv == Conv::Aarch64 {
            tp.push(Piece { loc: Loc::Sret, off: 0, bytes: 8, float: false, signed: false });
        } else {
            tp.push(Piece { loc: Loc::G(TARGET_INT_ARGS[0]), off: 0, bytes: 8, float: false, signed: false });
            t.g = 1;
        }
    }
    // scalars past the x86 argument registers are on the stack, where the translation already
    // passes the 7th and 8th (and the 9th on) between the conventions: stop there, as long as no
    // struct or result in memory shifted the registers
    let scalars_only = xp.is_empty() && p.params.iter().all(|a| matches!(a, CType::S(_)));
    for (i, a) in p.params.iter().enumerate() {
        let base = slot(i + 1);
        let xs = match x86_pieces(a, base, &mut x, false) {
            Err(_) if scalars_only => break,
            r => r?,
        };
        let ts = target_pieces(conv, a, base, &mut t, false)?;
        xp.extend(xs);
        tp.extend(ts);
    }
    // x86 code ignores the upper bits of narrow arguments and singles; RISC-V code relies on
    // them (extended integers, NaN-boxed singles)
    let extend = |b: &Piece| !into_x86 && (b.narrow_int() || b.single(conv));
    let same = xp.len() == tp.len() && xp.iter().zip(&tp).all(|(a, b)| a.loc == b.loc && a.float == b.float && (a.bytes == b.bytes || !a.float) && !extend(b));
    if same {
        return Ok(None);
    }
    let size = slot(p.params.len() + 1);
    Ok(Some(if into_x86 {
        Transfer { from: widen(tp), to: xp, size }
    } else {
        Transfer { from: xp, to: tp, size }
    }))
}

/// How the result of `p` moves. `into_target`: from x86's result places to the target's (a return
/// to a target caller); otherwise back (after a call out).
pub fn result_transfer(conv: Conv, p: &Proto, into_target: bool) -> std::result::Result<Option<Transfer>, Why> {
    if matches!(p.ret, CType::Void) || x86_in_memory(&p.ret) {
        // x86 returns the hidden pointer in %rax, RISC-V and AArch64 callers do not use one
        return Ok(None);
    }
    let xs = x86_pieces(&p.ret, 0, &mut Regs::default(), true)?;
    let ts = target_pieces(conv, &p.ret, 0, &mut Regs::default(), true)?;
    let extend = |b: &Piece| into_target && (b.narrow_int() || b.single(conv));
    if xs.len() == ts.len() && xs.iter().zip(&ts).all(|(a, b)| a.loc == b.loc && a.float == b.float && !extend(b) && (a.bytes == b.bytes || !a.float)) {
        return Ok(None);
    }
    Ok(Some(if into_target {
        Transfer { from: xs, to: ts, size: 16 }
    } else {
        Transfer { from: widen(ts), to: xs, size: 16 }
    }))
}

/// Source pieces of integers are stored whole (8 bytes) into the image; only loads use the width.
fn widen(v: Vec<Piece>) -> Vec<Piece> {
    v.into_iter().map(|q| if q.float { q } else { Piece { bytes: 8, ..q } }).collect()
}

impl Piece {
    /// An integer narrower than 64 bits (it must arrive extended on RISC-V).
    fn narrow_int(&self) -> bool {
        !self.float && self.bytes < 8
    }

    /// A single float in a RISC-V FP register (it must arrive NaN-boxed).
    fn single(&self, conv: Conv) -> bool {
        self.float && self.bytes == 4 && conv == Conv::Riscv64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proto(line: &str) -> Proto {
        parse_protos(line).unwrap().into_values().next().unwrap()
    }

    #[test]
    fn parses_the_line_format() {
        let p = proto("f\ts8:0f4,4f4\ti4s\tp\tf8\t...");
        assert!(p.variadic);
        assert_eq!(p.ret, CType::Struct { size: 8, fields: vec![(0, Scalar::F32), (4, Scalar::F32)] });
        assert_eq!(p.params.len(), 3);
        assert!(parse_protos("f\tq3").is_err());
        assert!(parse_protos("f\ts4:2i4s").is_err()); // field past the end
        assert!(parse_protos("f").is_err());
    }

    #[test]
    fn scalar_prototypes_need_no_transfer_on_aarch64() {
        let p = proto("f\ti8s\ti4s\tp\tf8\ti2u");
        assert_eq!(args_transfer(Conv::Aarch64, &p, true), Ok(None));
        assert_eq!(result_transfer(Conv::Aarch64, &p, true), Ok(None));
    }

    #[test]
    fn riscv_extends_narrow_integers() {
        let p = proto("f\ti1u\ti4u");
        let r = result_transfer(Conv::Riscv64, &p, true).unwrap().unwrap();
        assert_eq!(r.to, vec![Piece { loc: Loc::G(0), off: 0, bytes: 1, float: false, signed: false }]);
        let a = args_transfer(Conv::Riscv64, &p, false).unwrap().unwrap();
        // unsigned int: sign-extended all the same on RISC-V
        assert_eq!(a.to, vec![Piece { loc: Loc::G(7), off: 16, bytes: 4, float: false, signed: true }]);
    }

    #[test]
    fn struct_of_two_floats() {
        // x86: both in the low 8 bytes of xmm0; RISC-V: fa0, fa1; AArch64: v0, v1
        let p = proto("f\ts8:0f4,4f4\ts8:0f4,4f4");
        for conv in [Conv::Riscv64, Conv::Aarch64] {
            let r = result_transfer(conv, &p, true).unwrap().unwrap();
            assert_eq!(r.from, vec![Piece { loc: Loc::X(0), off: 0, bytes: 8, float: true, signed: false }]);
            assert_eq!(r.to.iter().map(|q| (q.loc, q.off, q.bytes)).collect::<Vec<_>>(), vec![(Loc::X(0), 0, 4), (Loc::X(1), 4, 4)]);
            let a = args_transfer(conv, &p, true).unwrap().unwrap();
            assert_eq!(a.to, vec![Piece { loc: Loc::X(0), off: 16, bytes: 8, float: true, signed: false }]);
        }
    }

    #[test]
    fn large_results_come_back_through_x8_on_aarch64() {
        let p = proto("mk\ts24:0i8s,8i8s,16i8s\ti8s");
        let a = args_transfer(Conv::Aarch64, &p, true).unwrap().unwrap();
        assert_eq!(a.from.iter().map(|q| q.loc).collect::<Vec<_>>(), vec![Loc::Sret, Loc::G(7)]);
        assert_eq!(a.to.iter().map(|q| q.loc).collect::<Vec<_>>(), vec![Loc::G(7), Loc::G(6)]);
        // RISC-V, like x86, takes the address in the first argument register
        assert_eq!(args_transfer(Conv::Riscv64, &p, true), Ok(None));
        assert_eq!(result_transfer(Conv::Aarch64, &p, true), Ok(None));
    }

    #[test]
    fn mixed_int_and_double_struct() {
        // x86: rax + xmm0; RISC-V: a0 + fa0 (same places); AArch64: x0 + x1 (not an HFA)
        let p = proto("f\ts16:0i8s,8f8");
        assert_eq!(result_transfer(Conv::Riscv64, &p, true), Ok(None));
        let r = result_transfer(Conv::Aarch64, &p, true).unwrap().unwrap();
        assert_eq!(r.to.iter().map(|q| q.loc).collect::<Vec<_>>(), vec![Loc::G(0), Loc::G(2)]);
    }

    #[test]
    fn many_scalar_arguments_leave_the_stack_ones_alone() {
        let p = proto("f\ti8s\ti4s\ti4s\ti4s\ti4s\ti4s\ti4s\ti4s\ti4s\ti4s");
        assert_eq!(args_transfer(Conv::Aarch64, &p, true), Ok(None));
        let t = args_transfer(Conv::Riscv64, &p, false).unwrap().unwrap();
        assert_eq!(t.to.len(), 6); // the six register arguments, re-extended
        let s = proto("f\tv\ts8:0f4,4f4\ti8s\ti8s\ti8s\ti8s\ti8s\ti8s\ti8s");
        assert!(args_transfer(Conv::Riscv64, &s, true).is_err());
    }

    #[test]
    fn values_that_cannot_be_placed_are_named() {
        let big = proto("f\tv\ts24:0i8s,8i8s,16i8s");
        assert!(args_transfer(Conv::Riscv64, &big, true).unwrap_err().contains("24-byte struct"));
        let u = proto("f\tv\tounion");
        assert_eq!(args_transfer(Conv::Aarch64, &u, true).unwrap_err(), "union");
        let v = proto("printf\ti4s\tp\t...");
        assert_eq!(args_transfer(Conv::Riscv64, &v, false), Ok(None));
    }
}
