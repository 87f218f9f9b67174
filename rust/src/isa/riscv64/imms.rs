//! RISC-V immediate ranges.

/// Fits a 12-bit signed I/S-type immediate.
pub fn simm12(v: i64) -> bool {
    (-2048..=2047).contains(&v)
}

#[cfg(test)]
mod tests {
    #[test]
    fn bounds() {
        assert!(super::simm12(-2048) && super::simm12(2047));
        assert!(!super::simm12(2048) && !super::simm12(-2049));
    }
}
