//! Guest → host register map for RV64 (lp64d).
//!
//! x86 argument registers land on the RISC-V argument registers in order (rdi=a0 ... r9=a5), so a
//! translated function is callable with the target ABI without shuffling. x86 callee-saved registers
//! (rbx, rbp, r12-r15) map to RISC-V callee-saved ones; %rsp is the real `sp`.

use crate::ir::{R, X};

/// Host register for each x86 GPR (hardware order rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8..r15).
pub const GPR: [&str; 16] = ["a6", "a3", "a2", "s1", "sp", "s0", "a1", "a0", "a4", "a5", "a7", "t6", "s2", "s3", "s4", "s5"];

/// Scratch register the lowering may clobber inside one op.
pub const SCRATCH: &str = "t5";

/// Integer argument / return registers of the target ABI.
pub const ARGS: [&str; 8] = ["a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7"];
pub const RET: [&str; 2] = ["a0", "a1"];

/// FP register holding lane 0 of each xmm register (xmm0-7 are the FP argument registers).
pub const XMM: [&str; 16] = ["fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7", "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7"];
/// FP scratch registers the lowering may clobber inside one op.
pub const FSCRATCH: [&str; 2] = ["ft10", "ft11"];

pub fn xname(x: X) -> &'static str {
    match x {
        X::Xmm(n) => XMM[n as usize],
        X::T0 => "ft8",
        X::T1 => "ft9",
    }
}

pub fn name(r: R) -> &'static str {
    match r {
        R::G(n) => GPR[n as usize],
        R::T0 => "t0",
        R::T1 => "t1",
        R::C0 => "t2",
        // ra is saved in the emulated return-address slot by the prologue, so it is free in bodies
        R::C1 => "ra",
        R::FA => "t3",
        R::FB => "t4",
        R::Zero => "zero",
    }
}
