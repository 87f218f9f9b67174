//! x86-64 register names (AT&T spelling without the `%`).

/// A general-purpose register view: which of the 16 GPRs, and which bits of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Gpr {
    /// 0=rax 1=rcx 2=rdx 3=rbx 4=rsp 5=rbp 6=rsi 7=rdi 8..15=r8..r15 (hardware numbering)
    pub num: u8,
    /// width in bits: 8, 16, 32 or 64
    pub width: u8,
    /// true for ah/ch/dh/bh (bits 8..15)
    pub high: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reg {
    Gpr(Gpr),
    Xmm(u8),
    Ymm(u8),
    Zmm(u8),
    /// x87 stack register st(i)
    St(u8),
    Mm(u8),
    Rip,
    Seg(u8),
    /// AVX-512 mask registers k0-k7
    K(u8),
}

pub const GPR64: [&str; 16] = [
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
];
const GPR32: [&str; 16] = [
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d",
    "r15d",
];
const GPR16: [&str; 16] = [
    "ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w",
];
const GPR8: [&str; 16] = [
    "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b",
    "r15b",
];
const HIGH8: [&str; 4] = ["ah", "ch", "dh", "bh"];
const SEGS: [&str; 6] = ["es", "cs", "ss", "ds", "fs", "gs"];

pub const RAX: u8 = 0;
pub const RCX: u8 = 1;
pub const RDX: u8 = 2;
pub const RSP: u8 = 4;
pub const RBP: u8 = 5;
pub const R10: u8 = 10;

fn numbered(name: &str, prefix: &str, max: u8) -> Option<u8> {
    let rest = name.strip_prefix(prefix)?;
    let n: u8 = rest.parse().ok()?;
    (n <= max && !rest.starts_with('0') || rest == "0").then_some(n)
}

/// Look up a register by its name without `%` (case-insensitive).
pub fn lookup(name: &str) -> Option<Reg> {
    let lower = name.to_ascii_lowercase();
    let n = lower.as_str();
    let gpr = |num: usize, width: u8, high: bool| Some(Reg::Gpr(Gpr { num: num as u8, width, high }));
    if let Some(i) = GPR64.iter().position(|r| *r == n) {
        return gpr(i, 64, false);
    }
    if let Some(i) = GPR32.iter().position(|r| *r == n) {
        return gpr(i, 32, false);
    }
    if let Some(i) = GPR16.iter().position(|r| *r == n) {
        return gpr(i, 16, false);
    }
    if let Some(i) = GPR8.iter().position(|r| *r == n) {
        return gpr(i, 8, false);
    }
    if n.len() == 3 && n.starts_with('r') && n.ends_with('l') {
        // r8l..r15l is an accepted alias of r8b..r15b
        if let Some(i) = GPR8.iter().position(|r| r.trim_end_matches('b') == &n[..2] && r.len() == 3) {
            return gpr(i, 8, false);
        }
    }
    if let Some(i) = HIGH8.iter().position(|r| *r == n) {
        return gpr(i, 8, true);
    }
    if n == "rip" {
        return Some(Reg::Rip);
    }
    if let Some(i) = SEGS.iter().position(|r| *r == n) {
        return Some(Reg::Seg(i as u8));
    }
    if let Some(i) = numbered(n, "xmm", 31) {
        return Some(Reg::Xmm(i));
    }
    if let Some(i) = numbered(n, "ymm", 31) {
        return Some(Reg::Ymm(i));
    }
    if let Some(i) = numbered(n, "zmm", 31) {
        return Some(Reg::Zmm(i));
    }
    if let Some(i) = numbered(n, "mm", 7) {
        return Some(Reg::Mm(i));
    }
    if let Some(i) = numbered(n, "k", 7) {
        return Some(Reg::K(i));
    }
    if n == "st" {
        return Some(Reg::St(0));
    }
    if let Some(inner) = n.strip_prefix("st(").and_then(|r| r.strip_suffix(')')) {
        let i: u8 = inner.trim().parse().ok()?;
        return (i < 8).then_some(Reg::St(i));
    }
    None
}

pub fn name(r: Reg) -> String {
    match r {
        Reg::Gpr(g) if g.high => HIGH8[g.num as usize].to_string(),
        Reg::Gpr(g) => match g.width {
            64 => GPR64[g.num as usize],
            32 => GPR32[g.num as usize],
            16 => GPR16[g.num as usize],
            _ => GPR8[g.num as usize],
        }
        .to_string(),
        Reg::Xmm(i) => format!("xmm{i}"),
        Reg::Ymm(i) => format!("ymm{i}"),
        Reg::Zmm(i) => format!("zmm{i}"),
        Reg::St(i) => format!("st({i})"),
        Reg::Mm(i) => format!("mm{i}"),
        Reg::K(i) => format!("k{i}"),
        Reg::Rip => "rip".into(),
        Reg::Seg(i) => SEGS[i as usize].into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_gpr_name_round_trips() {
        for table in [&GPR64, &GPR32, &GPR16, &GPR8] {
            for n in table.iter() {
                let r = lookup(n).unwrap();
                assert_eq!(name(r), *n);
            }
        }
        assert_eq!(lookup("AH"), Some(Reg::Gpr(Gpr { num: 0, width: 8, high: true })));
        assert_eq!(lookup("xmm15"), Some(Reg::Xmm(15)));
        assert_eq!(lookup("xmm01"), None);
        assert_eq!(lookup("st(3)"), Some(Reg::St(3)));
        assert_eq!(lookup("bogus"), None);
    }
}
