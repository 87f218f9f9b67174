//! AArch64 (AAPCS64, Linux) target.

pub mod imms;
pub mod lower;
pub mod regs;
pub mod vector;

pub use lower::Aarch64;

#[cfg(test)]
mod tests;
