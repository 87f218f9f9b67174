//! Lazy x86 flags.
//!
//! The lifter does not compute flags. A flag-setting instruction becomes a `FlagDef` naming its kind
//! and operands; a flag-reading one becomes a `FlagUse`. This pass finds, over the CFG of the whole
//! file, which definitions reach each use, and then
//! - drops definitions no use reads,
//! - fuses a definition with its single use in the same block (compare-and-branch on the original
//!   operands) when the operands are not overwritten in between,
//! - otherwise saves the operands in `FA`/`FB` at the definition and expands the use against them.
//!
//! A use reached by definitions of different kinds, or by none on some path, is rejected: guessing
//! flags is how wrong translations get accepted.

use super::{AluOp, Cc, FlagAction, FlagKind, Item, Op, X86Cond, R, V, W};
use crate::error::{Error, Result};
use std::collections::{BTreeSet, HashMap, HashSet};

#[derive(Clone, Default, PartialEq, Eq)]
struct State {
    defs: BTreeSet<u32>,
    /// some path reaches here with undefined flags
    undef: bool,
}

impl State {
    fn join(&mut self, o: &State) -> bool {
        let before = (self.defs.len(), self.undef);
        self.defs.extend(o.defs.iter().copied());
        self.undef |= o.undef;
        before != (self.defs.len(), self.undef)
    }
}

struct Block {
    start: usize,
    end: usize,
    succs: Vec<usize>,
}

/// Registers an op writes (for the fusion check).
fn op_writes(op: &Op) -> Option<R> {
    op.int_dest()
}

/// Resolve flags in `items`. `entries` are labels that can be reached from outside the visible CFG
/// (function symbols, address-taken labels): flags are undefined there.
pub fn resolve(items: Vec<Item>, entries: &HashSet<String>) -> Result<Vec<Item>> {
    // 1. blocks
    let mut blocks: Vec<Block> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let n = items.len();
    while i <= n {
        let boundary_before = i < n && matches!(items[i], Item::Label(_)) && i > start;
        let ends_here = i == n
            || match &items[i] {
                Item::Op(op) => op.is_terminator() || matches!(op, Op::Br { .. }),
                Item::FlagUse { action: FlagAction::Branch { .. }, .. } => true,
                _ => false,
            };
        if boundary_before {
            blocks.push(Block { start, end: i, succs: vec![] });
            start = i;
        }
        if ends_here {
            let end = (i + 1).min(n);
            if end > start || i == n {
                blocks.push(Block { start, end, succs: vec![] });
            }
            start = end;
        }
        i += 1;
    }
    // a label names the block it heads (labels only ever start a block)
    let mut label_block: HashMap<String, usize> = HashMap::new();
    for (bi, b) in blocks.iter().enumerate() {
        for it in &items[b.start..b.end] {
            match it {
                Item::Label(l) => {
                    label_block.insert(l.clone(), bi);
                }
                Item::Op(_) | Item::FlagDef { .. } | Item::FlagUse { .. } | Item::FlagKill => break,
                _ => {}
            }
        }
    }
    let nb = blocks.len();
    for bi in 0..nb {
        let (s, e) = (blocks[bi].start, blocks[bi].end);
        let mut falls = true;
        for it in &items[s..e] {
            match it {
                Item::Op(op) if op.is_terminator() => {
                    falls = false;
                    if let Op::Jmp { label } = op {
                        if let Some(&t) = label_block.get(label) {
                            blocks[bi].succs.push(t);
                        }
                    }
                }
                Item::Op(Op::Br { label, .. }) | Item::FlagUse { action: FlagAction::Branch { label }, .. } => {
                    if let Some(&t) = label_block.get(label) {
                        blocks[bi].succs.push(t);
                    }
                }
                _ => {}
            }
        }
        if falls && bi + 1 < nb {
            blocks[bi].succs.push(bi + 1);
        }
    }
    // 2. reaching definitions
    let mut has_pred = vec![false; nb];
    for b in &blocks {
        for &s in &b.succs {
            has_pred[s] = true;
        }
    }
    let mut input: Vec<State> = vec![State::default(); nb];
    for bi in 0..nb {
        let labelled = items[blocks[bi].start..blocks[bi].end].iter().any(|it| matches!(it, Item::Label(_)));
        // a block nobody jumps to is an entry only if it has a label (code after an unconditional
        // jump with no label, e.g. alignment padding, is dead and must not make flags undefined)
        let is_entry = bi == 0
            || (!has_pred[bi] && labelled)
            || items[blocks[bi].start..blocks[bi].end].iter().any(|it| matches!(it, Item::Label(l) if entries.contains(l)));
        if is_entry {
            input[bi].undef = true;
        }
    }
    let transfer = |st: &mut State, it: &Item| match it {
        Item::FlagDef { id, .. } => {
            st.defs.clear();
            st.defs.insert(*id);
            st.undef = false;
        }
        Item::FlagKill => {
            st.defs.clear();
            st.undef = true;
        }
        _ => {}
    };
    let mut changed = true;
    while changed {
        changed = false;
        for bi in 0..nb {
            let mut st = input[bi].clone();
            for it in &items[blocks[bi].start..blocks[bi].end] {
                transfer(&mut st, it);
            }
            for s in blocks[bi].succs.clone() {
                if input[s].join(&st) {
                    changed = true;
                }
            }
        }
    }
    // 3. per use: reaching defs
    let mut defs: HashMap<u32, (usize, FlagKind, u8, V, V)> = HashMap::new();
    let mut def_block: HashMap<u32, usize> = HashMap::new();
    let mut use_defs: HashMap<usize, State> = HashMap::new();
    for (bi, b) in blocks.iter().enumerate() {
        let mut st = input[bi].clone();
        for idx in b.start..b.end {
            let it = &items[idx];
            if let Item::FlagDef { id, kind, bits, a, b, .. } = it {
                defs.insert(*id, (idx, *kind, *bits, *a, *b));
                def_block.insert(*id, bi);
            }
            if let Item::FlagUse { .. } = it {
                use_defs.insert(idx, st.clone());
            }
            transfer(&mut st, it);
        }
    }
    let mut uses_of: HashMap<u32, usize> = HashMap::new();
    for st in use_defs.values() {
        for d in &st.defs {
            *uses_of.entry(*d).or_default() += 1;
        }
    }
    // 4. decide fusion: single reaching def, in the same block before the use, only use of that def,
    //    operands untouched in between
    let mut fused_def: HashSet<u32> = HashSet::new();
    let mut fused_use: HashMap<usize, u32> = HashMap::new();
    for (&uidx, st) in &use_defs {
        if st.undef || st.defs.len() != 1 {
            continue;
        }
        let d = *st.defs.iter().next().unwrap();
        let (didx, _, _, a, b) = defs[&d];
        if didx > uidx || uses_of[&d] != 1 || blocks.iter().position(|bl| bl.start <= uidx && uidx < bl.end) != Some(def_block[&d]) {
            continue;
        }
        if matches!(a, V::I(k) if k != 0) {
            continue;
        }
        let regs: Vec<R> = [a, b].iter().filter_map(|v| if let V::R(r) = v { Some(*r) } else { None }).collect();
        let clobbered = items[didx + 1..uidx].iter().any(|it| match it {
            Item::Op(op) => op_writes(op).is_some_and(|w| regs.contains(&w)) || matches!(op, Op::Call { .. } | Op::CallInd { .. } | Op::CallVariadic { .. } | Op::CallLocal { .. }),
            _ => false,
        });
        // the use's own action writes its destination only after the condition is computed into
        // C-registers, so operands in C-registers are the only conflict
        if regs.iter().any(|r| matches!(r, R::C0 | R::C1)) {
            continue;
        }
        if !clobbered {
            fused_def.insert(d);
            fused_use.insert(uidx, d);
        }
    }
    // 5. rewrite
    let mut out = Vec::with_capacity(items.len());
    for (idx, it) in items.into_iter().enumerate() {
        match it {
            Item::FlagDef { id, kind, a, b, .. } => {
                if uses_of.get(&id).copied().unwrap_or(0) == 0 || fused_def.contains(&id) {
                    continue;
                }
                push_save(&mut out, R::FA, a);
                if matches!(kind, FlagKind::Sub | FlagKind::Add | FlagKind::Inc | FlagKind::Dec | FlagKind::Eager) {
                    push_save(&mut out, R::FB, b);
                }
            }
            Item::FlagUse { cond, action, line, col } => {
                let st = &use_defs[&idx];
                let err = |msg: String| Error::Unsupported { line, col, what: format!("j/set/cmov{}", cond.name()), msg };
                if st.undef || st.defs.is_empty() {
                    return Err(err(format!(
                        "condition `{}` reads flags that are not set by a preceding instruction on every path",
                        cond.name()
                    )));
                }
                let kinds: BTreeSet<(u8, u8)> = st.defs.iter().map(|d| (kind_tag(defs[d].1), defs[d].2)).collect();
                if kinds.len() != 1 {
                    return Err(err(format!(
                        "condition `{}` is reached by flags from different kinds of instructions",
                        cond.name()
                    )));
                }
                let d0 = *st.defs.iter().next().unwrap();
                let (_, kind, bits, a, b) = defs[&d0];
                let (a, b) = if fused_use.contains_key(&idx) { (a, b) } else { (V::R(R::FA), V::R(R::FB)) };
                expand_use(&mut out, kind, bits, cond, a, b, action).map_err(err)?;
            }
            Item::FlagKill => {}
            other => out.push(other),
        }
    }
    Ok(out)
}

fn kind_tag(k: FlagKind) -> u8 {
    k as u8
}

fn push_save(out: &mut Vec<Item>, d: R, v: V) {
    out.push(Item::Op(match v {
        V::R(s) => Op::Mov { d, s },
        V::I(imm) => Op::Li { d, imm },
    }));
}

fn sext(v: i64, bits: u8) -> i64 {
    if bits >= 64 {
        v
    } else {
        (v << (64 - bits)) >> (64 - bits)
    }
}

fn zext(v: i64, bits: u8) -> i64 {
    if bits >= 64 {
        v
    } else {
        ((v as u64) & ((1u64 << bits) - 1)) as i64
    }
}

struct Ex<'a> {
    out: &'a mut Vec<Item>,
    bits: u8,
}

/// A condition as "x cc y", or a constant.
enum Test {
    Cmp(Cc, R, V),
    Const(bool),
}

impl Ex<'_> {
    fn op(&mut self, op: Op) {
        self.out.push(Item::Op(op));
    }
    fn ext(&mut self, v: V, tmp: R, signed: bool) -> V {
        match v {
            V::I(k) => V::I(if signed { sext(k, self.bits) } else { zext(k, self.bits) }),
            V::R(r) if self.bits >= 64 || r == R::Zero => V::R(r),
            V::R(r) => {
                self.op(Op::Ext { d: tmp, s: r, bits: self.bits, signed });
                V::R(tmp)
            }
        }
    }
    fn reg(&mut self, v: V, tmp: R) -> R {
        match v {
            V::R(r) => r,
            V::I(0) => R::Zero,
            V::I(k) => {
                self.op(Op::Li { d: tmp, imm: k });
                tmp
            }
        }
    }
    /// C0 = parity flag (1 if the low byte of `r` has an even number of set bits) -- as 0/1 in C0
    fn parity_odd(&mut self, r: R) {
        self.op(Op::Alu { op: AluOp::And, w: W::W64, d: R::C0, a: r, b: V::I(0xff) });
        for sh in [4, 2, 1] {
            self.op(Op::Alu { op: AluOp::Shr, w: W::W64, d: R::C1, a: R::C0, b: V::I(sh) });
            self.op(Op::Alu { op: AluOp::Xor, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::C1) });
        }
        self.op(Op::Alu { op: AluOp::And, w: W::W64, d: R::C0, a: R::C0, b: V::I(1) });
    }
    /// compare the sign of `r` (at `bits`) against zero
    fn sign(&mut self, r: R, negative: bool) -> Test {
        let x = self.ext(V::R(r), R::C0, true);
        let x = self.reg(x, R::C0);
        Test::Cmp(if negative { Cc::Lt } else { Cc::Ge }, x, V::I(0))
    }
}

fn expand_use(out: &mut Vec<Item>, kind: FlagKind, bits: u8, cond: X86Cond, a: V, b: V, action: FlagAction) -> std::result::Result<(), String> {
    use X86Cond::*;
    let mut ex = Ex { out, bits };
    let unsupported = |what: &str| Err(format!("condition `{}` after {what} is not supported yet", cond.name()));
    let kind = match (kind, cond) {
        (FlagKind::Inc | FlagKind::Dec, B | Ae | A | Be) => return unsupported("inc or dec (which keep the carry flag)"),
        (FlagKind::Inc, _) => FlagKind::Add,
        (FlagKind::Dec, _) => FlagKind::Sub,
        (FlagKind::Opaque, _) => return unsupported("adc, sbb, a multiply or a variable shift"),
        (k, _) => k,
    };
    let test = match kind {
        FlagKind::Sub => match cond {
            E | Ne | L | Ge | G | Le => {
                let x = ex.ext(a, R::C0, true);
                let y = ex.ext(b, R::C1, true);
                let swapped = matches!(cond, G | Le);
                let (x, y) = if swapped { (y, x) } else { (x, y) };
                // when swapped, y may live in C0: materialize x elsewhere
                let x = ex.reg(x, if swapped { R::C1 } else { R::C0 });
                let cc = match cond {
                    E => Cc::Eq,
                    Ne => Cc::Ne,
                    L | G => Cc::Lt,
                    _ => Cc::Ge,
                };
                // y may be a register when swapped; it is fine as a V
                Test::Cmp(cc, x, y)
            }
            B | Ae | A | Be => {
                let x = ex.ext(a, R::C0, false);
                let y = ex.ext(b, R::C1, false);
                let (x, y) = if matches!(cond, A | Be) { (y, x) } else { (x, y) };
                let x = ex.reg(x, if matches!(cond, A | Be) { R::C1 } else { R::C0 });
                Test::Cmp(if matches!(cond, B | A) { Cc::Ltu } else { Cc::Geu }, x, y)
            }
            S | Ns => {
                let ar = ex.reg(a, R::C0);
                ex.op(Op::Alu { op: AluOp::Sub, w: W::W64, d: R::C0, a: ar, b });
                ex.sign(R::C0, cond == S)
            }
            O | No => {
                let ar = ex.reg(a, R::C1);
                ex.op(Op::Alu { op: AluOp::Sub, w: W::W64, d: R::C0, a: ar, b });
                ex.op(Op::Alu { op: AluOp::Xor, w: W::W64, d: R::C0, a: R::C0, b: V::R(ar) });
                ex.op(Op::Alu { op: AluOp::Xor, w: W::W64, d: R::C1, a: ar, b });
                ex.op(Op::Alu { op: AluOp::And, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::C1) });
                ex.sign(R::C0, cond == O)
            }
            P | Np => {
                let ar = ex.reg(a, R::C0);
                ex.op(Op::Alu { op: AluOp::Sub, w: W::W64, d: R::C0, a: ar, b });
                ex.parity_odd(R::C0);
                Test::Cmp(if cond == P { Cc::Eq } else { Cc::Ne }, R::C0, V::I(0))
            }
        },
        FlagKind::Add => {
            let ar = ex.reg(a, R::C1);
            match cond {
                E | Ne | S | Ns | P | Np | B | Ae | A | Be | O | No => {
                    ex.op(Op::Alu { op: AluOp::Add, w: W::W64, d: R::C0, a: ar, b });
                    match cond {
                        E | Ne => {
                            let x = ex.ext(V::R(R::C0), R::C0, true);
                            let x = ex.reg(x, R::C0);
                            Test::Cmp(if cond == E { Cc::Eq } else { Cc::Ne }, x, V::I(0))
                        }
                        S | Ns => ex.sign(R::C0, cond == S),
                        P | Np => {
                            ex.parity_odd(R::C0);
                            Test::Cmp(if cond == P { Cc::Eq } else { Cc::Ne }, R::C0, V::I(0))
                        }
                        B | Ae => {
                            // carry out of the add: zx(result) < zx(a)
                            ex.ext(V::R(R::C0), R::C0, false);
                            let y = ex.ext(V::R(ar), R::C1, false);
                            Test::Cmp(if cond == B { Cc::Ltu } else { Cc::Geu }, R::C0, y)
                        }
                        A | Be => {
                            ex.ext(V::R(R::C0), R::C0, false);
                            let y = ex.ext(V::R(ar), R::C1, false);
                            ex.op(Op::SetCc { d: R::C1, cc: Cc::Ltu, a: R::C0, b: y });
                            ex.op(Op::SetCc { d: R::C0, cc: Cc::Eq, a: R::C0, b: V::I(0) });
                            ex.op(Op::Alu { op: AluOp::Or, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::C1) });
                            Test::Cmp(if cond == Be { Cc::Ne } else { Cc::Eq }, R::C0, V::I(0))
                        }
                        _ => {
                            // O / No: (r ^ a) & (r ^ b) has the sign bit set on signed overflow
                            ex.op(Op::Alu { op: AluOp::Xor, w: W::W64, d: R::C1, a: R::C0, b: V::R(ar) });
                            ex.op(Op::Alu { op: AluOp::Xor, w: W::W64, d: R::C0, a: R::C0, b });
                            ex.op(Op::Alu { op: AluOp::And, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::C1) });
                            ex.sign(R::C0, cond == O)
                        }
                    }
                }
                L | Ge | Le | G => {
                    if bits >= 64 {
                        return unsupported("a 64-bit add");
                    }
                    // for narrow widths the true sum fits in 64 bits: SF != OF <=> sum < 0
                    ex.op(Op::Ext { d: R::C0, s: ar, bits, signed: true });
                    let y = ex.ext(b, R::C1, true);
                    ex.op(Op::Alu { op: AluOp::Add, w: W::W64, d: R::C0, a: R::C0, b: y });
                    match cond {
                        L => Test::Cmp(Cc::Lt, R::C0, V::I(0)),
                        Ge => Test::Cmp(Cc::Ge, R::C0, V::I(0)),
                        Le => Test::Cmp(Cc::Ge, R::Zero, V::R(R::C0)),
                        _ => Test::Cmp(Cc::Lt, R::Zero, V::R(R::C0)),
                    }
                }
            }
        }
        FlagKind::Logic | FlagKind::Result => {
            let r = ex.reg(a, R::C0);
            match cond {
                E | Ne | Be | A if kind == FlagKind::Logic || matches!(cond, E | Ne) => {
                    let x = ex.ext(V::R(r), R::C0, true);
                    let x = ex.reg(x, R::C0);
                    Test::Cmp(if matches!(cond, E | Be) { Cc::Eq } else { Cc::Ne }, x, V::I(0))
                }
                S | Ns => ex.sign(r, cond == S),
                L | Ge if kind == FlagKind::Logic => ex.sign(r, cond == L),
                Le | G if kind == FlagKind::Logic => {
                    let x = ex.ext(V::R(r), R::C0, true);
                    let x = ex.reg(x, R::C0);
                    if cond == Le {
                        Test::Cmp(Cc::Ge, R::Zero, V::R(x))
                    } else {
                        Test::Cmp(Cc::Lt, R::Zero, V::R(x))
                    }
                }
                B | O if kind == FlagKind::Logic => Test::Const(false),
                Ae | No if kind == FlagKind::Logic => Test::Const(true),
                P | Np => {
                    ex.parity_odd(r);
                    Test::Cmp(if cond == P { Cc::Eq } else { Cc::Ne }, R::C0, V::I(0))
                }
                _ => return unsupported("a shift, inc or dec"),
            }
        }
        FlagKind::Carry => match cond {
            B => Test::Cmp(Cc::Ne, ex.reg(a, R::C0), V::I(0)),
            Ae => Test::Cmp(Cc::Eq, ex.reg(a, R::C0), V::I(0)),
            _ => return unsupported("bt"),
        },
        FlagKind::Eager => {
            let word = ex.reg(a, R::C0);
            let r = ex.reg(b, R::C1);
            // C0 = SF ^ OF (uses C0 and C1, after word and r were read)
            let sf_xor_of = |ex: &mut Ex| {
                ex.op(Op::Alu { op: AluOp::Shr, w: W::W64, d: R::C0, a: word, b: V::I(3) });
                ex.op(Op::Alu { op: AluOp::Shr, w: W::W64, d: R::C1, a: r, b: V::I(63) });
                ex.op(Op::Alu { op: AluOp::Xor, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::C1) });
            };
            match cond {
                B | Ae => {
                    ex.op(Op::Alu { op: AluOp::And, w: W::W64, d: R::C0, a: word, b: V::I(1) });
                    Test::Cmp(if cond == B { Cc::Ne } else { Cc::Eq }, R::C0, V::I(0))
                }
                O | No => {
                    ex.op(Op::Alu { op: AluOp::Shr, w: W::W64, d: R::C0, a: word, b: V::I(3) });
                    Test::Cmp(if cond == O { Cc::Ne } else { Cc::Eq }, R::C0, V::I(0))
                }
                E | Ne => Test::Cmp(if cond == E { Cc::Eq } else { Cc::Ne }, r, V::I(0)),
                S | Ns => Test::Cmp(if cond == S { Cc::Lt } else { Cc::Ge }, r, V::I(0)),
                L | Ge => {
                    sf_xor_of(&mut ex);
                    Test::Cmp(if cond == L { Cc::Ne } else { Cc::Eq }, R::C0, V::I(0))
                }
                Be | A => {
                    ex.op(Op::SetCc { d: R::C1, cc: Cc::Eq, a: r, b: V::I(0) });
                    ex.op(Op::Alu { op: AluOp::And, w: W::W64, d: R::C0, a: word, b: V::I(1) });
                    ex.op(Op::Alu { op: AluOp::Or, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::C1) });
                    Test::Cmp(if cond == Be { Cc::Ne } else { Cc::Eq }, R::C0, V::I(0))
                }
                Le | G => {
                    sf_xor_of(&mut ex);
                    ex.op(Op::SetCc { d: R::C1, cc: Cc::Eq, a: r, b: V::I(0) });
                    ex.op(Op::Alu { op: AluOp::Or, w: W::W64, d: R::C0, a: R::C0, b: V::R(R::C1) });
                    Test::Cmp(if cond == Le { Cc::Ne } else { Cc::Eq }, R::C0, V::I(0))
                }
                _ => return unsupported("adc or sbb (parity)"),
            }
        }
        // code c = CF | ZF << 1: 0 greater, 1 less, 2 equal, 3 unordered
        FlagKind::FCmp => {
            let c = ex.reg(a, R::C0);
            match cond {
                A => Test::Cmp(Cc::Eq, c, V::I(0)),
                Be => Test::Cmp(Cc::Ne, c, V::I(0)),
                Ae | B => {
                    ex.op(Op::Alu { op: AluOp::And, w: W::W64, d: R::C0, a: c, b: V::I(1) });
                    Test::Cmp(if cond == Ae { Cc::Eq } else { Cc::Ne }, R::C0, V::I(0))
                }
                E => Test::Cmp(Cc::Geu, c, V::I(2)),
                Ne => Test::Cmp(Cc::Ltu, c, V::I(2)),
                P => Test::Cmp(Cc::Eq, c, V::I(3)),
                Np => Test::Cmp(Cc::Ne, c, V::I(3)),
                // (u)comis clears OF and SF
                O | S => Test::Const(false),
                No | Ns => Test::Const(true),
                _ => return unsupported("a floating-point compare (signed conditions)"),
            }
        }
        FlagKind::Inc | FlagKind::Dec | FlagKind::Opaque => unreachable!("mapped above"),
    };
    match (test, action) {
        (Test::Const(true), FlagAction::Branch { label }) => ex.op(Op::Jmp { label }),
        (Test::Const(false), FlagAction::Branch { .. }) => {}
        (Test::Const(v), FlagAction::Set { d }) => ex.op(Op::Li { d, imm: v as i64 }),
        (Test::Const(v), FlagAction::Select { d, t, f }) => {
            let s = if v { t } else { f };
            if s != d {
                ex.op(Op::Mov { d, s });
            }
        }
        (Test::Cmp(cc, x, y), FlagAction::Branch { label }) => ex.op(Op::Br { cc, a: x, b: y, label }),
        (Test::Cmp(cc, x, y), FlagAction::Set { d }) => ex.op(Op::SetCc { d, cc, a: x, b: y }),
        (Test::Cmp(cc, x, y), FlagAction::Select { d, t, f }) => {
            ex.op(Op::SetCc { d: R::C0, cc, a: x, b: y });
            ex.op(Op::Select { d, c: R::C0, t, f });
        }
    }
    Ok(())
}
