//! Golden-file tests: every `tests/filetests/input/*.s` is translated to each target and compared with
//! `tests/filetests/<target>/<name>.s`. Re-bless with `GG_BLESS=1 cargo test --test filetests` and
//! review the diff.

use gg_core::{translate, Target};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/filetests")
}

#[test]
fn golden_translations() {
    let bless = std::env::var("GG_BLESS").is_ok_and(|v| v == "1");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(root().join("input")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "s")).collect();
    inputs.sort();
    assert!(inputs.len() >= 5, "filetests missing");
    let mut failures = Vec::new();
    for input in &inputs {
        let src = std::fs::read_to_string(input).unwrap();
        for target in [Target::Riscv64, Target::Aarch64] {
            let got = match translate(&src, target) {
                Ok(t) => t.text,
                Err(e) => format!("error: {e}\n"),
            };
            let expected_path = root().join(target.name()).join(input.file_name().unwrap());
            if bless {
                std::fs::write(&expected_path, &got).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if expected != got {
                failures.push(format!("{} ({}): output differs from {}; re-bless with GG_BLESS=1 and review", input.display(), target.name(), expected_path.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
