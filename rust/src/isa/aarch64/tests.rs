//! Emit tables: (IR op, expected AArch64 text).

use super::Aarch64;
use crate::ir::{AluOp, Cc, Item, Op, Sym, R, V, W};
use crate::isa::Lowering;

fn emit(op: Op) -> String {
    let mut out = Vec::new();
    Aarch64.item(&Item::Op(op), &mut out);
    out.iter().map(|l| l.trim().to_string()).collect::<Vec<_>>().join("; ")
}

#[test]
fn emit_table() {
    let g = R::G;
    let table: Vec<(Op, &str)> = vec![
        (Op::Li { d: g(0), imm: 0x1234_5678 }, "movz x6, #22136, lsl #0; movk x6, #4660, lsl #16"),
        (Op::Alu { op: AluOp::Add, w: W::W32, d: g(0), a: g(0), b: V::I(-1) }, "sub w6, w6, #1"),
        (Op::Alu { op: AluOp::And, w: W::W64, d: g(0), a: g(7), b: V::I(0xff00) }, "and x6, x0, #0xff00"),
        (Op::Alu { op: AluOp::And, w: W::W64, d: g(0), a: g(7), b: V::I(0x1234) }, "movz x16, #4660, lsl #0; and x6, x0, x16"),
        (Op::Alu { op: AluOp::RemS, w: W::W32, d: g(2), a: g(0), b: V::R(g(1)) }, "sdiv w17, w6, w3; msub w2, w17, w3, w6"),
        (Op::Alu { op: AluOp::Sub, w: W::W64, d: g(4), a: g(4), b: V::I(8) }, "sub x15, x15, #8; and sp, x15, #-16"),
        (Op::Ext { d: g(0), s: g(7), bits: 8, signed: true }, "sxtb x6, w0"),
        (Op::Ext { d: g(0), s: g(7), bits: 32, signed: false }, "mov w6, w0"),
        (Op::Insert { d: g(0), s: R::T1, lsb: 8, bits: 8 }, "bfi x6, x11, #8, #8"),
        (Op::Load { d: g(0), base: g(5), off: -20, bytes: 4, signed: true }, "ldursw x6, [x29, #-20]"),
        (Op::Load { d: g(0), base: g(5), off: 4096, bytes: 2, signed: false }, "movz x16, #4096, lsl #0; ldrh w6, [x29, x16]"),
        (Op::Store { s: R::Zero, base: g(4), off: 0, bytes: 1 }, "sturb wzr, [x15, #0]"),
        (Op::SetCc { d: R::T1, cc: Cc::Ltu, a: g(7), b: V::I(-5) }, "cmn x0, #5; cset x11, lo"),
        (Op::Select { d: g(0), c: R::C0, t: g(1), f: g(0) }, "cmp x12, #0; csel x6, x3, x6, ne"),
        (Op::Br { cc: Cc::Ne, a: g(7), b: V::I(0), label: ".L3".into() }, "cbnz x0, .L3"),
        (Op::La { d: R::T0, sym: Sym { name: "stdout".into(), off: 0 }, got: true }, "adrp x10, :got:stdout; ldr x10, [x10, :got_lo12:stdout]"),
        (Op::Call { sym: "puts".into() }, "mov sp, x15; bl puts; mov x15, sp; mov x6, x0; mov x2, x1"),
        (Op::Ret { ext32: true }, "ldr x30, [x15], #8; mov sp, x15; mov x0, x6; mov x1, x2; ret"),
        (Op::Prologue, "mov x15, sp; str x30, [x15, #-8]!; and sp, x15, #-16"),
    ];
    for (op, want) in table {
        assert_eq!(emit(op.clone()), want, "{op:?}");
    }
}
