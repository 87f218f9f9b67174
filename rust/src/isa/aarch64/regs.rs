//! Guest → host register map for AArch64 (AAPCS64).
//!
//! x86 argument registers land on x0-x5 in order; callee-saved x86 registers map to x19-x23 and x29.
//! %rsp lives in x15, not in `sp`: x86 keeps %rsp 8 mod 16 inside functions, while AArch64 faults on
//! `sp`-based accesses that are not 16-aligned. The lowering keeps `sp` = x15 rounded down to 16, and
//! sets `sp` = x15 exactly at calls (where x86 guarantees 16-byte alignment).

use crate::ir::R;

pub const GPR: [&str; 16] = [
    "x6", "x3", "x2", "x19", "x15", "x29", "x1", "x0", "x4", "x5", "x7", "x9", "x20", "x21", "x22", "x23",
];
pub const RSP: &str = "x15";
/// scratch registers the lowering may clobber inside one op
pub const SCRATCH: &str = "x16";
pub const SCRATCH2: &str = "x17";
pub const RET: [&str; 2] = ["x0", "x1"];

pub fn name(r: R) -> &'static str {
    match r {
        R::G(n) => GPR[n as usize],
        R::T0 => "x10",
        R::T1 => "x11",
        R::C0 => "x12",
        R::C1 => "x8",
        R::FA => "x13",
        R::FB => "x14",
        R::Zero => "xzr",
    }
}

/// The 32-bit view of a register name.
pub fn w(x: &str) -> String {
    match x {
        "xzr" => "wzr".into(),
        "sp" => "wsp".into(),
        _ => format!("w{}", &x[1..]),
    }
}
