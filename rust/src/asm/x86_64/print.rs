//! AST → canonical AT&T text (what `gg` prints for any x86 input, AT&T or Intel).

use super::{regs, Expr, File, Mem, Operand, Stmt};
use crate::asm::gnu::{push_directive, push_label, quote_sym};

/// Canonical AT&T text of a file: one statement a line, a tab before mnemonics and directives.
pub fn print(file: &File) -> String {
    let mut out = String::with_capacity(file.stmts.len() * 24);
    for s in &file.stmts {
        match s {
            Stmt::Label { name, .. } => push_label(name, &mut out),
            // the AST is AT&T whatever the input was written in
            Stmt::Directive { name, .. } if name == ".intel_syntax" || name == ".att_syntax" => {}
            Stmt::Directive { name, args, .. } => push_directive(name, args, &mut out),
            Stmt::Insn(i) => {
                out.push('\t');
                for p in &i.prefixes {
                    out.push_str(p);
                    out.push(' ');
                }
                out.push_str(&i.mnemonic);
                for (k, o) in i.ops.iter().enumerate() {
                    out.push_str(if k == 0 { "\t" } else { ", " });
                    operand(o, &mut out);
                }
                out.push('\n');
            }
        }
    }
    out
}

fn expr(e: &Expr, out: &mut String) {
    let mut wrote = false;
    if let Some(s) = &e.sym {
        out.push_str(&quote_sym(s));
        if let Some(r) = &e.reloc {
            out.push('@');
            out.push_str(r);
        }
        wrote = true;
    }
    if let Some(m) = &e.minus_sym {
        out.push('-');
        out.push_str(&quote_sym(m));
        wrote = true;
    }
    if !wrote {
        out.push_str(&e.off.to_string());
    } else if e.off > 0 {
        out.push('+');
        out.push_str(&e.off.to_string());
    } else if e.off < 0 {
        out.push_str(&e.off.to_string());
    }
}

fn mem(m: &Mem, out: &mut String) {
    if let Some(s) = m.seg {
        out.push('%');
        out.push_str(&regs::name(s));
        out.push(':');
    }
    if m.disp != Expr::default() || (m.base.is_none() && m.index.is_none()) {
        expr(&m.disp, out);
    }
    if m.base.is_some() || m.index.is_some() {
        out.push('(');
        if let Some(b) = m.base {
            out.push('%');
            out.push_str(&regs::name(b));
        }
        if let Some(ix) = m.index {
            out.push_str(",%");
            out.push_str(&regs::name(ix));
            out.push(',');
            out.push_str(&m.scale.to_string());
        }
        out.push(')');
    }
}

fn operand(o: &Operand, out: &mut String) {
    match o {
        Operand::Reg(r) => {
            out.push('%');
            out.push_str(&regs::name(*r));
        }
        Operand::Imm(e) => {
            out.push('$');
            expr(e, out);
        }
        Operand::Mem(m) => mem(m, out),
        Operand::Expr(e) => expr(e, out),
        Operand::Indirect(b) => {
            out.push('*');
            operand(b, out);
        }
    }
}
