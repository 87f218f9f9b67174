//! Golden files for the Mach-O rewrite: every `tests/filetests/macho/input/*.s` (Apple flavoured) is
//! rewritten to the ELF flavour and compared with `tests/filetests/macho/elf/<name>.s`. Re-bless with
//! `GG_BLESS=1 cargo test --test macho_filetests` and review the diff.

use gg_core::macho::elf_source;
use gg_core::Flavor;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/filetests/macho")
}

#[test]
fn golden_elf_rewrites() {
    let bless = std::env::var("GG_BLESS").is_ok_and(|v| v == "1");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(root().join("input")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "s")).collect();
    inputs.sort();
    assert!(inputs.len() >= 2, "macho filetests missing");
    let mut failures = Vec::new();
    for input in &inputs {
        let src = std::fs::read_to_string(input).unwrap();
        let got = match elf_source(&src, Flavor::Auto) {
            Ok(Some(t)) => t,
            Ok(None) => format!("error: {} is not recognised as Mach-O\n", input.display()),
            Err(e) => format!("error: {e}\n"),
        };
        let expected_path = root().join("elf").join(input.file_name().unwrap());
        if bless {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != got {
            failures.push(format!("{}: output differs from {}; re-bless with GG_BLESS=1 and review", input.display(), expected_path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
