//! Prototype-driven placement of values at the boundary with target code (see `crate::abi`):
//! function entries and returns reached from outside the file, and calls that leave it.

use super::{gpr, Known, Lifter};
use crate::abi::{self, Loc, Transfer};
use crate::asm::x86_64::{regs, Insn};
use crate::asm::Span;
use crate::error::{Error, Result};
use crate::ir::{AluOp, Cc, Item, Op, R, V, W, X};

impl Lifter<'_> {
    /// Move the values of `t` through a staging image below %rsp (free at entries, returns and
    /// calls: nothing of the function lives there yet, or any more).
    /// `for_target`: the values go to target code (single floats must be proper ones there).
    fn transfer(&mut self, t: &Transfer, for_target: bool) {
        let rsp = gpr(regs::RSP);
        let base = -16 - t.size as i64;
        for p in &t.from {
            let off = base + p.off as i64;
            match p.loc {
                Loc::G(g) => self.emit(Op::Store { s: gpr(g), base: rsp, off, bytes: p.bytes }),
                Loc::X(x) => self.emit(Op::VStore { s: X::Xmm(x), base: rsp, off, bytes: p.bytes }),
                Loc::Sret => {
                    self.emit(Op::GetSret { d: R::T0 });
                    self.emit(Op::Store { s: R::T0, base: rsp, off, bytes: 8 });
                }
            }
        }
        for p in &t.to {
            let off = base + p.off as i64;
            match p.loc {
                Loc::G(g) => {
                    self.emit(Op::Load { d: gpr(g), base: rsp, off, bytes: p.bytes, signed: p.signed });
                    self.known[g as usize] = Known::Nothing;
                }
                Loc::X(x) => {
                    self.emit(Op::VLoad { d: X::Xmm(x), base: rsp, off, bytes: p.bytes });
                    if for_target && p.bytes == 4 {
                        self.emit(Op::FBox { d: X::Xmm(x) });
                    }
                }
                Loc::Sret => {
                    self.emit(Op::Load { d: R::T0, base: rsp, off, bytes: 8, signed: false });
                    self.emit(Op::SetSret { s: R::T0 });
                }
            }
        }
    }

    /// Run `t` only when the return address at 0(%rsp) is untagged: the caller is target code.
    fn transfer_for_target_caller(&mut self, t: &Transfer, for_target: bool) {
        self.for_target_caller(|l| l.transfer(t, for_target));
    }

    /// Emit what `f` emits so that it runs only when the caller is target code (the return address
    /// at 0(%rsp) is untagged).
    fn for_target_caller(&mut self, f: impl FnOnce(&mut Self)) {
        self.next_flag += 1;
        let skip = format!(".Lgg_abi{}", self.next_flag);
        let rsp = gpr(regs::RSP);
        self.emit(Op::Load { d: R::T1, base: rsp, off: 0, bytes: 8, signed: false });
        self.emit(Op::Alu { op: AluOp::And, w: W::W64, d: R::T1, a: R::T1, b: V::I(1) });
        self.emit(Op::Br { cc: Cc::Ne, a: R::T1, b: V::I(0), label: skip.clone() });
        f(self);
        self.items.push(Item::Label(skip));
    }

    /// At the entry of a variadic function (its prologue tests %al, the count of vector registers
    /// an x86 caller used): a target caller sets no %al, so claim all eight. On AArch64 variadic
    /// doubles then come from v0-v7 as x86's from xmm0-7; RISC-V passes them in integer registers,
    /// which x86's va_arg cannot find (a known gap).
    pub fn entry_variadic(&mut self) {
        self.for_target_caller(|l| l.emit(Op::Li { d: gpr(regs::RAX), imm: 8 }));
    }

    fn proto(&self, name: &str) -> Option<&abi::Proto> {
        self.ctx.protos.get(name)
    }

    /// At the entry of function `name` (after its prologue): arguments a target caller placed by
    /// its convention go where the x86 code reads them.
    pub fn entry_abi(&mut self, name: &str, span: Span) -> Result<()> {
        let Some(p) = self.proto(name) else { return Ok(()) };
        match abi::args_transfer(self.ctx.conv, p, true) {
            Ok(Some(t)) => self.transfer_for_target_caller(&t, false),
            Ok(None) => {}
            Err(why) => {
                return Err(Error::unsupported(span, name.to_string(), format!("`{name}` takes {why}: its prototype cannot be mapped between the calling conventions")))
            }
        }
        Ok(())
    }

    /// Whether the current function's prototype decides how its result is returned.
    pub(super) fn result_by_proto(&self) -> bool {
        self.func.as_deref().is_some_and(|f| self.proto(f).is_some())
    }

    /// Before `ret`: the result goes where a target caller expects it.
    pub(super) fn return_abi(&mut self, insn: &Insn) -> Result<()> {
        let Some(f) = self.func.clone() else { return Ok(()) };
        let Some(p) = self.proto(&f) else { return Ok(()) };
        match abi::result_transfer(self.ctx.conv, p, true) {
            Ok(Some(t)) => self.transfer_for_target_caller(&t, true),
            Ok(None) => {}
            Err(why) => return Err(self.err_unsupported(insn, format!("`{f}` returns {why}: its prototype cannot be mapped between the calling conventions"))),
        }
        Ok(())
    }

    /// Around a call of `sym` outside the file: arguments before (`after` false), the result after.
    pub(super) fn call_abi(&mut self, insn: &Insn, sym: &str, after: bool) -> Result<()> {
        let Some(p) = self.proto(sym) else { return Ok(()) };
        let t = if after { abi::result_transfer(self.ctx.conv, p, false) } else { abi::args_transfer(self.ctx.conv, p, false) };
        match t {
            Ok(Some(t)) => self.transfer(&t, !after),
            Ok(None) => {}
            Err(why) => return Err(self.err_unsupported(insn, format!("call to `{sym}` with {why}: its prototype cannot be mapped between the calling conventions"))),
        }
        Ok(())
    }
}
