//! AArch64 immediate encodability rules.

/// Is `v` encodable as an AArch64 logical (bitmask) immediate of the given register width?
pub fn logical_imm(v: u64, width: u32) -> bool {
    let v = if width == 32 { (v & 0xffff_ffff) | ((v & 0xffff_ffff) << 32) } else { v };
    if v == 0 || v == u64::MAX {
        return false;
    }
    // find the smallest element size e such that v is a repetition of an e-bit pattern
    let mut size = 64u32;
    while size > 2 {
        let half = size / 2;
        let mask = (1u64 << half) - 1;
        if (v & mask) != ((v >> half) & mask) {
            break;
        }
        size = half;
    }
    let mask = if size == 64 { u64::MAX } else { (1u64 << size) - 1 };
    let elem = v & mask;
    // the element must be a rotated run of ones
    let ones = elem.count_ones();
    if ones == 0 || ones == size {
        return false;
    }
    let run = if size == 64 { u64::MAX >> (64 - ones) } else { (1u64 << ones) - 1 };
    (0..size).any(|r| {
        let rot = if r == 0 { run } else { ((run << r) | (run >> (size - r))) & mask };
        rot == elem
    })
}

/// add/sub immediate: 12 bits, optionally shifted left by 12.
pub fn addsub_imm(v: i64) -> bool {
    (0..4096).contains(&v) || (v & 0xfff == 0 && (0..(4096 << 12)).contains(&v))
}

/// Unscaled load/store offset (ldur/stur).
pub fn unscaled_offset(v: i64) -> bool {
    (-256..=255).contains(&v)
}

/// `mov` of a 64-bit constant as movz/movn + movk instructions.
pub fn mov_sequence(dst: &str, v: u64) -> Vec<String> {
    let halves: Vec<u64> = (0..4).map(|i| (v >> (16 * i)) & 0xffff).collect();
    let zeros = halves.iter().filter(|&&h| h == 0).count();
    let ones = halves.iter().filter(|&&h| h == 0xffff).count();
    let mut out = Vec::new();
    if v == 0 {
        out.push(format!("\tmov {dst}, xzr"));
        return out;
    }
    if ones > zeros {
        // start from movn (all ones), patch the other halves
        let first = halves.iter().position(|&h| h != 0xffff).unwrap_or(0);
        out.push(format!("\tmovn {dst}, #{}, lsl #{}", !halves[first] & 0xffff, 16 * first));
        for (i, &h) in halves.iter().enumerate() {
            if i != first && h != 0xffff {
                out.push(format!("\tmovk {dst}, #{h}, lsl #{}", 16 * i));
            }
        }
    } else {
        let first = halves.iter().position(|&h| h != 0).unwrap();
        out.push(format!("\tmovz {dst}, #{}, lsl #{}", halves[first], 16 * first));
        for (i, &h) in halves.iter().enumerate() {
            if i != first && h != 0 {
                out.push(format!("\tmovk {dst}, #{h}, lsl #{}", 16 * i));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logical_immediates() {
        // (value, width, encodable)
        let table: &[(u64, u32, bool)] = &[
            (0xff, 64, true),
            (0xff00, 64, true),
            (0xffff_fffffff0, 64, true),
            (0xffff_ffff_ffff_fff0, 64, true),
            (0x5555_5555_5555_5555, 64, true),
            (0x0f0f_0f0f_0f0f_0f0f, 64, true),
            (0x8000_0000_0000_0001, 64, true),
            (0, 64, false),
            (u64::MAX, 64, false),
            (0x1234, 64, false),
            (0xfff0, 32, true),
            (0xffff_ffff, 32, false),
            (5, 64, false),
            (1, 32, true),
        ];
        for &(v, w, ok) in table {
            assert_eq!(logical_imm(v, w), ok, "{v:#x}/{w}");
        }
    }

    #[test]
    fn mov_sequences() {
        assert_eq!(mov_sequence("x0", 5), vec!["\tmovz x0, #5, lsl #0"]);
        assert_eq!(mov_sequence("x0", u64::MAX), vec!["\tmovn x0, #0, lsl #0"]);
        assert_eq!(mov_sequence("x0", 0x1_0000_ffff).len(), 2);
    }
}
