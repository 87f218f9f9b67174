//! jcc, setcc, cmovcc: flag consumers (resolved later by `ir::flags`)

use super::{gpr, Lifter};
use crate::asm::x86_64::{Insn, Operand, Reg};
use crate::error::Result;
use crate::ir::{FlagAction, Item, Op, X86Cond, R, V};

pub fn jcc(l: &mut Lifter, insn: &Insn, c: X86Cond) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    let Operand::Expr(e) = &insn.ops[0] else {
        return Err(l.err_syntax("conditional jump needs a label"));
    };
    let Some(sym) = e.sym.clone() else {
        return Err(l.err_syntax("conditional jump needs a label"));
    };
    if l.is_local_label(&sym) {
        l.flag_use(c, FlagAction::Branch { label: sym });
    } else {
        // conditional tail call: branch around an unconditional one
        l.next_flag += 1;
        let skip = format!(".Lgg_skip{}", l.next_flag);
        l.flag_use(c.negate(), FlagAction::Branch { label: skip.clone() });
        l.tail_call(insn, sym)?;
        l.items.push(Item::Label(skip));
    }
    Ok(())
}

pub fn setcc(l: &mut Lifter, insn: &Insn, c: X86Cond) -> Result<()> {
    l.expect_ops(insn, &[1])?;
    l.flag_use(c, FlagAction::Set { d: R::T1 });
    l.write(insn, &insn.ops[0], 8, V::R(R::T1), None)
}

pub fn cmov(l: &mut Lifter, insn: &Insn, c: X86Cond) -> Result<()> {
    l.expect_ops(insn, &[2])?;
    let Operand::Reg(Reg::Gpr(g)) = &insn.ops[1] else {
        return Err(l.err_syntax("cmov needs a register destination"));
    };
    let w = g.width;
    let s = l.read_reg(insn, &insn.ops[0], w, R::T1)?;
    let d = gpr(g.num);
    match w {
        64 => l.flag_use(c, FlagAction::Select { d, t: s, f: d }),
        32 => {
            l.flag_use(c, FlagAction::Select { d, t: s, f: d });
            l.emit(Op::Ext { d, s: d, bits: 32, signed: false });
        }
        _ => {
            l.flag_use(c, FlagAction::Select { d: R::T1, t: s, f: d });
            l.emit(Op::Insert { d, s: R::T1, lsb: 0, bits: w });
        }
    }
    Ok(())
}
