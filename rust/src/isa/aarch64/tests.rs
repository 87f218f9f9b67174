//! Emit tables: (IR op, expected AArch64 text).

use super::Aarch64;
use crate::ir::{FArith, Prec, VIntOp, X, AluOp, Cc, Item, Op, Sym, R, V, W};
use crate::isa::Lowering;

fn emit(op: Op) -> String {
    let mut out = Vec::new();
    Aarch64::default().item(&Item::Op(op), &mut out);
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
        (Op::Ret { ext32: true }, "ldr x30, [x15], #8; mov sp, x15; tbz x30, #0, .Lgg_a64_1; sub x30, x30, #1; ret; .Lgg_a64_1:; mov x0, x6; mov x1, x2; add sp, x15, #16; ret"),
        (Op::CallLocal { sym: "f".into() }, "mov sp, x15; adr x30, .Lgg_a64_1+1; b f; .Lgg_a64_1:; and sp, x15, #-16"),
        (Op::VZero { d: X::Xmm(1) }, "movi v1.2d, #0"),
        (Op::VLoad { d: X::Xmm(8), base: g(5), off: -8, bytes: 8 }, "ldur d16, [x29, #-8]"),
        (Op::FArith { op: FArith::Add, p: Prec::D, d: X::Xmm(0), b: X::Xmm(1) }, "fadd d26, d0, d1; fcmp d26, d26; b.vc .Lgg_a64_1; fcmp d0, d0; b.vs .Lgg_a64_1; fcmp d1, d1; b.vs .Lgg_a64_1; movz x16, #65528, lsl #48; fmov d26, x16; .Lgg_a64_1:; fmov d0, d26"),
        (Op::FArith { op: FArith::Max, p: Prec::S, d: X::Xmm(0), b: X::Xmm(1) }, "fcmp s0, s1; fcsel s0, s0, s1, gt"),
        (Op::FCmp { p: Prec::D, d: R::T1, a: X::Xmm(0), b: X::Xmm(1) }, "fcmp d0, d1; cset w16, eq; cset w17, vs; orr w16, w16, w17; cset w11, lt; orr x11, x11, x16, lsl #1"),
        (Op::VInt { op: VIntOp::Add, lane: 32, d: X::Xmm(0), b: X::Xmm(1) }, "add v0.4s, v0.4s, v1.4s"),
        (Op::VShuf32 { d: X::Xmm(0), s: X::Xmm(1), imm: 0x1b }, "mov v26.s[0], v1.s[3]; mov v26.s[1], v1.s[2]; mov v26.s[2], v1.s[1]; mov v26.s[3], v1.s[0]; mov v0.16b, v26.16b"),
        (Op::Prologue, "mov x15, sp; tbnz x30, #0, .Lgg_a64_1; stp x6, x7, [x15, #-16]!; .Lgg_a64_1:; str x30, [x15, #-8]!; and sp, x15, #-16"),
        (Op::TailCall { sym: "g".into() }, "ldr x30, [x15], #8; mov sp, x15; tbnz x30, #0, .Lgg_a64_1; ldp x6, x7, [x15], #16; mov sp, x15; .Lgg_a64_1:; b g"),
    ];
    for (op, want) in table {
        assert_eq!(emit(op.clone()), want, "{op:?}");
    }
}
