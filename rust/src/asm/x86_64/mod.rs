//! x86-64 GNU assembler syntax (AT&T, as gcc and clang emit it): AST and parser.

mod intel;
mod parser;
mod print;
pub mod regs;

pub use parser::{parse, parse_lossy, parse_lossy_from};
pub use print::print;
pub use regs::{Gpr, Reg};

use super::Span;

/// A symbolic expression of the shape gcc and clang put in operands:
/// `[sym[@reloc]] [- minus_sym] [+/- constant]`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Expr {
    pub sym: Option<String>,
    /// relocation specifier after `@`: PLT, GOTPCREL, GOT, TPOFF, GOTTPOFF, ...
    pub reloc: Option<String>,
    pub minus_sym: Option<String>,
    pub off: i64,
}

impl Expr {
    pub fn constant(off: i64) -> Self {
        Expr { off, ..Default::default() }
    }
    pub fn is_constant(&self) -> bool {
        self.sym.is_none() && self.minus_sym.is_none()
    }
}

impl std::fmt::Display for Expr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut wrote = false;
        if let Some(s) = &self.sym {
            write!(f, "{s}")?;
            if let Some(r) = &self.reloc {
                write!(f, "@{r}")?;
            }
            wrote = true;
        }
        if let Some(m) = &self.minus_sym {
            write!(f, "-{m}")?;
            wrote = true;
        }
        if !wrote {
            write!(f, "{}", self.off)
        } else if self.off > 0 {
            write!(f, "+{}", self.off)
        } else if self.off < 0 {
            write!(f, "{}", self.off)
        } else {
            Ok(())
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mem {
    pub seg: Option<Reg>,
    pub disp: Expr,
    pub base: Option<Reg>,
    pub index: Option<Reg>,
    pub scale: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operand {
    Reg(Reg),
    /// `$expr`
    Imm(Expr),
    Mem(Mem),
    /// a bare expression: a branch/call target
    Expr(Expr),
    /// `*op`: an indirect branch/call target
    Indirect(Box<Operand>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insn {
    pub prefixes: Vec<String>,
    /// lower-case mnemonic as written (with its size suffix, if any)
    pub mnemonic: String,
    /// operands in AT&T order (source first, destination last)
    pub ops: Vec<Operand>,
    pub span: Span,
    /// the statement's source text, trimmed
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stmt {
    Label { name: String, span: Span },
    Directive { name: String, args: Vec<String>, span: Span, text: String },
    Insn(Insn),
}

impl Stmt {
    pub fn span(&self) -> Span {
        match self {
            Stmt::Label { span, .. } | Stmt::Directive { span, .. } => *span,
            Stmt::Insn(i) => i.span,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct File {
    pub stmts: Vec<Stmt>,
}
