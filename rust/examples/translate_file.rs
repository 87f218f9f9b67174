//! Translate one file from the command line (a debugging aid; the product CLI is `gg`).
//! usage: cargo run --example translate_file -- IN.s riscv64|aarch64

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: translate_file IN.s riscv64|aarch64");
        std::process::exit(2);
    }
    let src = std::fs::read_to_string(&args[1]).expect("read input");
    let target = gg_core::Target::parse(&args[2]).expect("target");
    match gg_core::translate(&src, target) {
        Ok(t) => print!("{}", t.text),
        Err(e) => {
            eprintln!("{}:{e}", args[1]);
            std::process::exit(1);
        }
    }
}
