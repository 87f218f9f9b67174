//! RV64GC (lp64d, Linux) target.

pub mod imms;
pub mod lower;
pub mod regs;
pub mod vector;

pub use lower::Riscv64;

#[cfg(test)]
mod tests;
