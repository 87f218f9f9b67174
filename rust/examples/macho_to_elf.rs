//! Print the ELF-flavoured x86-64 text of a Mach-O flavoured file (a debugging aid).
//! usage: cargo run --example macho_to_elf -- IN.s

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 2 {
        eprintln!("usage: macho_to_elf IN.s");
        std::process::exit(2);
    }
    let src = std::fs::read_to_string(&args[1]).expect("read input");
    match gg_core::macho::elf_source(&src, gg_core::Flavor::Macos) {
        Ok(Some(text)) => print!("{text}"),
        Ok(None) => print!("{src}"),
        Err(e) => {
            eprintln!("{}:{e}", args[1]);
            std::process::exit(1);
        }
    }
}
