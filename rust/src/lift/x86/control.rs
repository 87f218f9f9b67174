//! call, jmp, ret

use super::{gpr, Lifter};
use crate::asm::x86_64::{Insn, Operand, Reg};
use crate::error::Result;
use crate::ir::{Item, Op, R};

/// The callee of a direct call or jump: symbol name without `@PLT`.
fn target_name(l: &Lifter, insn: &Insn) -> Result<Option<String>> {
    match &insn.ops[0] {
        Operand::Expr(e) => {
            if e.minus_sym.is_some() || e.off != 0 || !matches!(e.reloc.as_deref(), None | Some("PLT")) {
                return Err(l.err_unsupported(insn, format!("branch target `{e}` is not supported")));
            }
            Ok(e.sym.clone())
        }
        _ => Ok(None),
    }
}

/// Register holding an indirect target (loading memory targets into T0).
fn indirect(l: &mut Lifter, insn: &Insn) -> Result<R> {
    match &insn.ops[0] {
        Operand::Indirect(inner) => match &**inner {
            Operand::Reg(Reg::Gpr(g)) if g.width == 64 => Ok(gpr(g.num)),
            Operand::Mem(_) => l.read_reg(insn, inner, 64, R::T0),
            _ => Err(l.err_syntax("indirect target must be a 64-bit register or memory")),
        },
        _ => Err(l.err_syntax(format!("`{}` needs a label, a symbol or `*operand`", insn.mnemonic))),
    }
}

pub fn call(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    match target_name(l, insn)? {
        Some(sym) => {
            if l.ctx.defined.contains(&sym) && !l.ctx.functions.contains(&sym) {
                return Err(l.err_unsupported(insn, format!("call to `{sym}`, a label that is not a function")));
            }
            l.emit(Op::Call { sym });
        }
        None => {
            let r = indirect(l, insn)?;
            l.emit(Op::CallInd { r });
        }
    }
    l.items.push(Item::FlagKill);
    Ok(())
}

pub fn jmp(l: &mut Lifter, insn: &Insn) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    match target_name(l, insn)? {
        Some(sym) => {
            if l.is_local_label(&sym) {
                l.emit(Op::Jmp { label: sym });
            } else {
                l.emit(Op::TailCall { sym });
            }
        }
        None => {
            let r = indirect(l, insn)?;
            if l.block_has_table {
                l.emit(Op::JmpInd { r });
            } else {
                l.emit(Op::TailCallInd { r });
            }
        }
    }
    Ok(())
}

pub fn ret(l: &mut Lifter, insn: &Insn) -> Result<()> {
    if !insn.ops.is_empty() {
        return Err(l.err_unsupported(insn, "`ret $n` (callee-popped arguments)"));
    }
    let ext32 = l.ctx.ret32.contains(&insn.span.line);
    l.emit(Op::Ret { ext32 });
    Ok(())
}
