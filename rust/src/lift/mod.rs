//! Lifters from source ISAs to the IR.

pub mod x86;
