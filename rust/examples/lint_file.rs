//! Lint files without Python (debugging aid): `cargo run --example lint_file -- ISA FILE...`
//! (ISA: auto, x86_64, riscv64 or aarch64). Prints `file:line:col: severity CODE message`.

use gg_core::lint::{detect_isa, lint, Isa};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((isa, files)) = args.split_first() else {
        eprintln!("usage: lint_file ISA FILE...");
        std::process::exit(2);
    };
    let mut errors = 0;
    for f in files {
        let bytes = std::fs::read(f).unwrap_or_else(|e| {
            eprintln!("{f}: {e}");
            std::process::exit(2)
        });
        let src = String::from_utf8_lossy(&bytes);
        let i = if isa == "auto" { detect_isa(&src) } else { Isa::parse(isa).expect("ISA: auto, x86_64, riscv64 or aarch64") };
        let start = std::time::Instant::now();
        let diags = lint(&src, i);
        if std::env::var_os("GG_LINT_TIME").is_some() {
            eprintln!("{f}: {} lines in {:.3} s", src.lines().count(), start.elapsed().as_secs_f64());
        }
        for d in diags {
            errors += (d.severity == gg_core::lint::Severity::Error) as usize;
            println!("{f}:{}:{}: {} {} {}", d.span.line, d.span.col, d.severity.as_str(), d.code, d.message);
        }
    }
    std::process::exit(if errors > 0 { 1 } else { 0 });
}
