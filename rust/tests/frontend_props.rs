//! Property tests of the assembly front end: no input makes the parser, printer or linter panic;
//! printed text parses back to itself; printing keeps what the linter sees.

use gg_core::asm::canonical;
use gg_core::lint::{error_count, lint, Isa};
use proptest::prelude::*;

const ISAS: [Isa; 3] = [Isa::X86_64, Isa::Riscv64, Isa::Aarch64];

fn no_panic(src: &str) {
    for isa in ISAS {
        for d in lint(src, isa) {
            assert!(d.span.line >= 1);
        }
        if let Ok(printed) = canonical(src, isa) {
            assert_eq!(canonical(&printed, isa).as_deref(), Ok(printed.as_str()), "{isa:?}: printing is not stable for {src:?}");
        }
    }
}

/// Text made of the characters assembly is made of.
fn asmish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(" \t\n\r,.:;#$%()[]{}!@-+*/<>'\"0123456789abcdefxwlrspq_".chars().collect::<Vec<_>>()), 0..300)
        .prop_map(|v| v.into_iter().collect())
}

/// Lines that look like real statements of some ISA, with random operands.
fn statement() -> impl Strategy<Value = String> {
    let reg = prop::sample::select(vec!["a0", "sp", "x1", "w2", "%eax", "%rsp", "fa0", "d3", "v1.4s", "xzr", "zero", "%ah", "%r9b"]);
    let imm = any::<i64>().prop_map(|v| v.to_string());
    let mnem = prop::sample::select(vec!["addi", "add", "mov", "movl", "ldr", "sd", "lui", "and", "lsl", "j", "b.eq", "jmp", "call", "ret", "slli", "fadd.d", "stp"]);
    let op = prop_oneof![
        reg.clone().prop_map(|r| r.to_string()),
        imm.clone(),
        imm.clone().prop_map(|i| format!("#{i}")),
        imm.clone().prop_map(|i| format!("${i}")),
        (imm.clone(), reg.clone()).prop_map(|(i, r)| format!("{i}({r})")),
        (reg.clone(), imm.clone()).prop_map(|(r, i)| format!("[{r}, #{i}]")),
        Just(".L3".to_string()),
        Just("%lo(.LC0)(a5)".to_string()),
        Just(":lo12:sym".to_string()),
    ];
    (mnem, prop::collection::vec(op, 0..4)).prop_map(|(m, ops)| format!("\t{m}\t{}", ops.join(", ")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        no_panic(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn assembly_like_text_never_panics(src in asmish()) {
        no_panic(&src);
    }

    #[test]
    fn printing_keeps_the_lint_verdict(lines in prop::collection::vec(statement(), 1..12)) {
        let src = format!(".L3:\n.LC0:\nsym:\n{}\n", lines.join("\n"));
        no_panic(&src);
        for isa in ISAS {
            if let Ok(printed) = canonical(&src, isa) {
                prop_assert_eq!(error_count(&lint(&src, isa)), error_count(&lint(&printed, isa)), "{:?}\n{}\n{}", isa, src, printed);
            }
        }
    }
}

#[test]
fn pathological_inputs() {
    let long_line = "a".repeat(10 << 20);
    let long_insn = format!("\tmovl ${}, %eax\n", "9".repeat(1 << 20));
    let inputs = [
        "",
        "\0",
        "\tnop\0\n",
        long_line.as_str(),
        long_insn.as_str(),
        "\tret\r\n\r\n",
        "\u{feff}\tret\n",
        "1:\n1:\n\tjmp 1b\n\tj 1f\n\tb 2b\n",
        "\"unterminated:\n\t.string \"x\n",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1",
        "\t.intel_syntax noprefix\n\tmov eax, DWORD PTR [[[rbx]]]\n\tmov eax, [rax*rbx]\n",
    ];
    for src in inputs {
        no_panic(src);
    }
}
