//! Any bytes, read as each ISA: parsing, printing and linting must not panic, and printed text
//! must parse again to the same text.
#![no_main]

use gg_core::asm::canonical;
use gg_core::lint::{lint, Isa};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    for isa in [Isa::X86_64, Isa::Riscv64, Isa::Aarch64] {
        let _ = lint(&src, isa);
        if let Ok(printed) = canonical(&src, isa) {
            let again = canonical(&printed, isa).expect("printed text parses");
            assert_eq!(again, printed);
        }
    }
});
