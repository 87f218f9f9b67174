//! The one error type of the crate. Every error carries the 1-based line and column it refers to.

use thiserror::Error as ThisError;

#[derive(Debug, Clone, PartialEq, Eq, ThisError)]
pub enum Error {
    /// The input is not valid assembly for the ISA we parse (a user error: exit code 2).
    #[error("{line}:{col}: syntax error: {msg}")]
    Syntax { line: u32, col: u32, msg: String },
    /// The input is valid but uses something the translator does not handle (a rejection).
    #[error("{line}:{col}: unsupported: {msg}")]
    Unsupported { line: u32, col: u32, what: String, msg: String },
}

impl Error {
    pub fn syntax(span: crate::asm::Span, msg: impl Into<String>) -> Self {
        Error::Syntax { line: span.line, col: span.col, msg: msg.into() }
    }
    pub fn unsupported(span: crate::asm::Span, what: impl Into<String>, msg: impl Into<String>) -> Self {
        Error::Unsupported { line: span.line, col: span.col, what: what.into(), msg: msg.into() }
    }
    pub fn line(&self) -> u32 {
        match self {
            Error::Syntax { line, .. } | Error::Unsupported { line, .. } => *line,
        }
    }
    pub fn col(&self) -> u32 {
        match self {
            Error::Syntax { col, .. } | Error::Unsupported { col, .. } => *col,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
