//! Emit tables: (IR op, expected RV64 text).

use super::Riscv64;
use crate::ir::{AluOp, Cc, FArith, Item, Op, Prec, Sym, VArg, R, V, W, X};
use crate::isa::Lowering;

fn emit(op: Op) -> String {
    let mut out = Vec::new();
    Riscv64::default().item(&Item::Op(op), &mut out);
    out.iter().map(|l| l.trim().to_string()).collect::<Vec<_>>().join("; ")
}

#[test]
fn emit_table() {
    let g = R::G;
    let table: Vec<(Op, &str)> = vec![
        (Op::Li { d: g(0), imm: -1 }, "li a6, -1"),
        (Op::Mov { d: g(7), s: g(0) }, "mv a0, a6"),
        (Op::Alu { op: AluOp::Add, w: W::W64, d: g(0), a: g(7), b: V::I(2047) }, "addi a6, a0, 2047"),
        (Op::Alu { op: AluOp::Add, w: W::W64, d: g(0), a: g(7), b: V::I(2048) }, "li t5, 2048; add a6, a0, t5"),
        (Op::Alu { op: AluOp::Sub, w: W::W64, d: g(4), a: g(4), b: V::I(24) }, "addi sp, sp, -24"),
        (Op::Alu { op: AluOp::Add, w: W::W32, d: g(0), a: g(0), b: V::R(g(6)) }, "addw a6, a6, a1; slli a6, a6, 32; srli a6, a6, 32"),
        (Op::Alu { op: AluOp::Sar, w: W::W32, d: g(2), a: g(0), b: V::I(31) }, "sraiw a2, a6, 31; slli a2, a2, 32; srli a2, a2, 32"),
        (Op::Alu { op: AluOp::RemU, w: W::W64, d: g(2), a: g(0), b: V::R(g(1)) }, "remu a2, a6, a3"),
        (Op::Alu { op: AluOp::MulHS, w: W::W64, d: R::C0, a: g(0), b: V::R(g(6)) }, "mulh t2, a6, a1"),
        (Op::Ext { d: g(0), s: g(7), bits: 32, signed: true }, "sext.w a6, a0"),
        (Op::Ext { d: g(0), s: g(7), bits: 16, signed: false }, "slli a6, a0, 48; srli a6, a6, 48"),
        (Op::Insert { d: g(0), s: R::T1, lsb: 8, bits: 8 }, "srli t5, a6, 8; xor t5, t5, t1; andi t5, t5, 255; slli t5, t5, 8; xor a6, a6, t5"),
        (Op::Load { d: g(0), base: g(5), off: -20, bytes: 4, signed: false }, "lwu a6, -20(s0)"),
        (Op::Load { d: g(0), base: g(5), off: 4096, bytes: 1, signed: true }, "li t5, 4096; add t5, t5, s0; lb a6, 0(t5)"),
        (Op::Store { s: R::Zero, base: g(4), off: 8, bytes: 8 }, "sd zero, 8(sp)"),
        (Op::SetCc { d: R::T1, cc: Cc::Ge, a: g(7), b: V::R(g(6)) }, "slt t1, a0, a1; xori t1, t1, 1"),
        (Op::SetCc { d: R::T1, cc: Cc::Eq, a: g(7), b: V::I(5) }, "addi t5, a0, -5; seqz t1, t5"),
        (Op::Br { cc: Cc::Ltu, a: g(7), b: V::I(0), label: ".L3".into() }, "bltu a0, zero, .L3"),
        (Op::La { d: R::T0, sym: Sym { name: "x".into(), off: 8 }, got: false }, "lla t0, x+8"),
        (Op::Call { sym: "puts".into() }, "call puts; mv a6, a0; mv a2, a1"),
        (Op::Ret { ext32: true }, "ld ra, 0(sp); addi sp, sp, 8; andi t5, ra, 1; beqz t5, .Lgg_rv1; ret; .Lgg_rv1:; sext.w a0, a6; mv a1, a2; addi sp, sp, 16; ret"),
        (Op::Ret { ext32: false }, "ld ra, 0(sp); addi sp, sp, 8; andi t5, ra, 1; beqz t5, .Lgg_rv1; ret; .Lgg_rv1:; mv a0, a6; mv a1, a2; addi sp, sp, 16; ret"),
        (Op::CallLocal { sym: "f".into() }, "lla ra, .Lgg_rv1+1; j f; .Lgg_rv1:"),
        (Op::VZero { d: X::Xmm(1) }, "fmv.d.x fa1, zero"),
        (Op::VLoad { d: X::Xmm(0), base: g(5), off: -8, bytes: 8 }, "fld fa0, -8(s0)"),
        (Op::VLoad { d: X::Xmm(9), base: g(5), off: -4, bytes: 4 }, "flw ft1, -4(s0)"),
        (Op::FArith { op: FArith::Add, p: Prec::D, d: X::Xmm(0), b: X::Xmm(1) }, "fadd.d ft10, fa0, fa1; feq.d t5, ft10, ft10; bnez t5, .Lgg_rv1; fmv.x.d t5, fa0; slli t5, t5, 1; li t2, 0xffe0000000000000; bleu t5, t2, .Lgg_rv2; fmv.x.d t5, fa0; li t2, 0x8000000000000; or t5, t5, t2; fmv.d.x ft10, t5; j .Lgg_rv1; .Lgg_rv2:; fmv.x.d t5, fa1; slli t5, t5, 1; li t2, 0xffe0000000000000; bleu t5, t2, .Lgg_rv3; fmv.x.d t5, fa1; li t2, 0x8000000000000; or t5, t5, t2; fmv.d.x ft10, t5; j .Lgg_rv1; .Lgg_rv3:; li t5, 0xfff8000000000000; fmv.d.x ft10, t5; .Lgg_rv1:; fmv.d fa0, ft10"),
        (Op::FArith { op: FArith::Max, p: Prec::S, d: X::Xmm(0), b: X::Xmm(1) }, "fmv.x.w t5, fa0; fmv.w.x ft10, t5; fmv.x.w t5, fa1; fmv.w.x ft11, t5; flt.s t5, ft11, ft10; bnez t5, .Lgg_rv1; fmv.d ft10, ft11; .Lgg_rv1:; fmv.d fa0, ft10"),
        (Op::FArith { op: FArith::Min, p: Prec::D, d: X::Xmm(0), b: X::Xmm(1) }, "flt.d t5, fa0, fa1; fmv.d ft10, fa0; bnez t5, .Lgg_rv1; fmv.d ft10, fa1; .Lgg_rv1:; fmv.d fa0, ft10"),
        (Op::FFromInt { p: Prec::D, d: X::Xmm(0), s: g(0), bits: 32 }, "fcvt.d.w ft10, a6; fmv.d fa0, ft10"),
        (Op::FToInt { p: Prec::D, d: g(0), s: X::Xmm(0), bits: 32, trunc: true }, "fsflags zero; fcvt.w.d a6, fa0, rtz; frflags t5; andi t5, t5, 16; beqz t5, .Lgg_rv1; li a6, 1; slli a6, a6, 31; .Lgg_rv1:; slli a6, a6, 32; srli a6, a6, 32"),
        (Op::VToGpr { d: g(0), s: X::Xmm(0), bits: 64 }, "fmv.x.d a6, fa0"),
        (Op::CallVariadic { sym: "printf".into(), fixed: 1, args: vec![VArg::Xmm(0), VArg::Int(g(6))] }, "fsd fa0, -16(sp); sd a1, -8(sp); ld a1, -16(sp); ld a2, -8(sp); call printf; mv a6, a0; mv a2, a1"),
        (Op::Prologue, "andi t5, ra, 1; bnez t5, .Lgg_rv1; addi sp, sp, -16; sd a6, 0(sp); sd a7, 8(sp); .Lgg_rv1:; addi sp, sp, -8; sd ra, 0(sp)"),
        (Op::TailCall { sym: "g".into() }, "ld ra, 0(sp); addi sp, sp, 8; andi t5, ra, 1; bnez t5, .Lgg_rv1; ld a6, 0(sp); ld a7, 8(sp); addi sp, sp, 16; .Lgg_rv1:; tail g"),
    ];
    for (op, want) in table {
        assert_eq!(emit(op.clone()), want, "{op:?}");
    }
}
