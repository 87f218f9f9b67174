"""The concolic step: z3 reaches blocks the generated tests miss, and proves unreachable only blocks
that are (`tests/data/concolic/*.c`, compiled by gcc 12 into the `.s` files beside them)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import z3

from conftest import DATA, ROOT, TARGETS, run_gg
from gg import _native
from gg.verify import concolic
from gg.verify import coverage as cov
from gg.verify import image as imagemod
from gg.verify import symbolic as sym
from gg.verify.function import Options, verify_functions
from gg.verify.report import Verdict

C = DATA / "concolic"
FAST = Options(budget=10.0, max_tests=1500)


def analyse(path: Path):
    text = path.read_text()
    img = imagemod.build(text, "x86_64")
    bm = cov.build(text, "x86_64")
    return text, img, bm, concolic.build_graph(text, bm, img)


def proved(path: Path) -> list[str]:
    _, img, bm, g = analyse(path)
    p = concolic.prove(g, img, bm.counted(), time.monotonic() + 60)
    return sorted(f"{bm.blocks[b].function}: {bm.blocks[b].text[0].strip()}" for b in p.infeasible)


# every counted block of the file is asked about; the table is the complete list of what may be proved
PROOFS = [
    ("cases.O0.s", ["never_negative: addl\t$100, -4(%rbp)"]),
    ("cases.O2.s", []),
    ("solve.O0.s", []),
    ("solve.O2.s", []),
]


@pytest.mark.parametrize("name,expected", PROOFS, ids=[p[0] for p in PROOFS])
def test_prover_claims_exactly_the_unreachable_blocks(name, expected):
    # reachable blocks the tests can hardly reach must stay unproved: `return 7` of `alias` (a == b),
    # `return 1` of `escaped` (the callee writes the local), the i == 100000 block of `far_counter`
    assert proved(C / name) == expected


def test_a_frame_address_passed_to_a_call_switches_to_one_memory():
    # `escaped` hands &x to fill(): with the frame kept apart, x would look unchanged after the call
    _, img, bm, g = analyse(C / "cases.O0.s")
    root = next(b.id for b in bm.blocks if "escaped" in b.labels)
    a = concolic._Root(g, img, root, time.monotonic() + 30, split=True)
    with pytest.raises(sym.FrameEscape):
        a.explore()
    concolic._Root(g, img, root, time.monotonic() + 30, split=False).explore()


def test_humaneval_blocks_gcc_emits_but_no_input_reaches_are_proved():
    # is_palindrome: the loop ran at least once, so the end pointer differs from the start;
    # parse_music / parse_nested_parens: the byte in a register equals the one the pointer names
    tasks = ROOT / "corpora" / "humaneval-c" / "tasks"
    assert proved(tasks / "HumanEval_48" / "func.O2.s") == ["is_palindrome: jmp\t.L7"]
    assert proved(tasks / "HumanEval_17" / "func.O2.s") == ["parse_music: movl\t%edx, %r8d"]
    assert proved(tasks / "HumanEval_6" / "func.O2.s") == ["parse_nested_parens: jmp\t.L5"]


@pytest.mark.parametrize("opt", ["O0", "O2"])
def test_solver_reaches_blocks_random_inputs_miss(opt):
    src = (C / f"solve.{opt}.s").read_text()
    cand = _native.translate(src, "riscv64")["text"]
    off = verify_functions(src, cand, "riscv64", Options(budget=10.0, max_tests=1500, concolic=False))
    assert off.verdict is Verdict.INSUFFICIENT_COVERAGE, off.reason
    on = verify_functions(src, cand, "riscv64", FAST)
    assert on.verdict is Verdict.VERIFIED, on.reason
    solved = {f.name: f.solved_new for f in on.functions}
    assert solved["magic_array"] >= 1
    if opt == "O0":  # at -O2 gcc computes magic's result without a branch
        assert solved["magic"] >= 1


def test_solution_becomes_an_input_with_the_array_filled():
    _, img, bm, g = analyse(C / "solve.O0.s")
    root = next(b.id for b in bm.blocks if "magic_array" in b.labels)
    target = {b.id for b in bm.blocks if b.function == "magic_array" and "movl\t$1, %eax" in b.text[0]}
    sols = concolic.solve(g, img, root, target, [0], time.monotonic() + 30)
    assert len(sols) == 1
    s = sols[0]
    a = [int.from_bytes(s.memory[0][4 * k: 4 * k + 4], "little", signed=True) for k in range(3)]
    assert (s.ints[1] & 0xFFFF_FFFF) > 2 and (a[0] * 3 + a[1]) & 0xFFFF_FFFF == 1000 and (a[2] - a[0] + 7) & 0xFFFF_FFFF == 0


@pytest.mark.parametrize("target", TARGETS)
def test_gg_translate_accepts_when_the_only_gap_is_proved_unreachable(target, tmp_path: Path):
    src = ROOT / "corpora" / "humaneval-c" / "tasks" / "HumanEval_48" / "func.O2.s"
    out = tmp_path / "out.s"
    r = run_gg("translate", str(src), "--target", target, "-o", str(out), "--budget", "10")
    assert r.returncode == 0 and out.exists(), r.stdout
    assert "x86 not counted, proved unreachable: is_palindrome+line 21" in r.stdout
    assert f"{target} not counted, proved unreachable:" in r.stdout
    r = run_gg("translate", str(src), "--target", target, "-o", str(tmp_path / "off.s"), "--budget", "10", "--no-concolic")
    assert r.returncode == 3 and "x86 uncovered: is_palindrome+line 21" in r.stdout, r.stdout


def test_text_report_says_what_z3_solved(tmp_path: Path):
    r = run_gg("translate", str(C / "solve.O0.s"), "--target", "aarch64", "-o", str(tmp_path / "out.s"), "--budget", "10")
    assert r.returncode == 0, r.stdout
    assert "magic_array: z3 solved" in r.stdout and "reached a new block" in r.stdout


def test_json_report_names_the_proved_blocks(tmp_path: Path):
    import json

    src = ROOT / "corpora" / "humaneval-c" / "tasks" / "HumanEval_48" / "func.O2.s"
    cand = tmp_path / "cand.s"
    cand.write_text(_native.translate(src.read_text(), "aarch64")["text"])
    r = run_gg("verify", str(src), str(cand), "--target", "aarch64", "--json", "--budget", "10")
    d = json.loads(r.stdout)
    assert r.returncode == 0 and d["verdict"] == "verified", r.stdout
    assert d["x86"]["infeasible"] == ["is_palindrome+line 21 (line 21: jmp\t.L7)"]
    assert len(d["target_blocks"]["infeasible"]) == 1 and d["functions"][0]["x86"]["infeasible"]


def test_target_blocks_are_excused_only_through_the_instruction_comments():
    # a candidate without gg's comments maps no target line to an x86 one
    src = (ROOT / "corpora" / "humaneval-c" / "tasks" / "HumanEval_48" / "func.O2.s").read_text()
    cand = _native.translate(src, "riscv64")["text"]
    bare = "\n".join(l for l in cand.splitlines() if not l.strip().startswith("#"))
    assert cov.translation_origins(bare, src, "riscv64") == {}
    origins = cov.translation_origins(cand, src, "riscv64")
    jumps = [n for n, l in enumerate(cand.splitlines(), 1) if l.strip() == "j .L7"]
    assert [origins[n] for n in jumps] == [21]


def test_symbolic_division_keeps_x86_semantics():
    # idiv truncates toward zero and the remainder takes the dividend's sign; a zero divisor ends the path
    import capstone

    md = sym.disassembler()
    code = bytes.fromhex("99f7f9")  # cdq; idiv ecx
    img = type("I", (), {"segments": []})()
    m = sym.Machine(img)
    st = sym.State.at_entry(sym.Entry.make())
    st.regs["rax"] = z3.BitVecVal(-7 & 0xFFFF_FFFF, 64)
    st.regs["rcx"] = z3.BitVecVal(2, 64)
    for i in md.disasm(code, 0x1000):
        m.step(st, i)
    assert z3.simplify(z3.Extract(31, 0, st.regs["rax"])).as_signed_long() == -3
    assert z3.simplify(z3.Extract(31, 0, st.regs["rdx"])).as_signed_long() == -1
    assert capstone.__version__.startswith("5.")


# --- the symbolic semantics against the emulator --------------------------------------------------

DIFF_TASKS = ["HumanEval_0", "HumanEval_17", "HumanEval_63", "HumanEval_129", "HumanEval_146", "HumanEval_160"]


class _ConcreteMemory(sym.Machine):
    """Loads from a constant address read the emulator's memory as it is before the instruction."""

    def __init__(self, image, uc):
        super().__init__(image, split=False)
        self.uc = uc

    def load(self, st, addr, n, stack):
        a = z3.simplify(addr)
        if z3.is_bv_value(a):
            return z3.BitVecVal(int.from_bytes(bytes(self.uc.mem_read(a.as_long(), n)), "little"), 8 * n)
        return super().load(st, addr, n, stack)


@pytest.mark.parametrize("opt", ["O0", "O2"])
def test_symbolic_semantics_agree_with_the_emulator(opt):
    """Every instruction the generated tests execute, stepped symbolically from the concrete state
    before it: each register and flag the model gives a constant for must be what the emulator
    computed, and each branch must go where the emulator went."""
    import random

    import unicorn as uc
    from unicorn import x86_const as XC

    from gg.verify import testgen
    from gg.verify.emulator import X86_GPRS
    from gg.verify.function import FunctionVerifier

    md = sym.disassembler()
    checked = {"regs": 0, "flags": 0, "branches": 0}
    bad: list[str] = []
    for task in DIFF_TASKS:
        src = (ROOT / "corpora" / "humaneval-c" / "tasks" / task / f"func.{opt}.s").read_text()
        fv = FunctionVerifier(src, _native.translate(src, "riscv64")["text"], "riscv64", Options())
        m = fv.x.machine
        pending: list = []  # (insn, symbolic state after it) of the previous instruction
        budget = [0]  # instructions still to check in this run

        def on_code(u, addr, size, _):
            regs = u.reg_read_batch(X86_GPRS)
            fl = u.reg_read(XC.UC_X86_REG_EFLAGS)
            if pending:
                insn, st = pending.pop()
                if addr == insn.address + insn.size and not insn.mnemonic.startswith(("j", "call", "ret")):
                    written = {sym.SUBREG[insn.reg_name(x)][0] for x in insn.regs_access()[1] if insn.reg_name(x) in sym.SUBREG}
                    for i, r in enumerate(sym.GPRS):
                        if r not in written:
                            continue
                        v = z3.simplify(st.regs[r])
                        if z3.is_bv_value(v):
                            checked["regs"] += 1
                            if v.as_long() != regs[i]:
                                bad.append(f"{task} {insn.mnemonic} {insn.op_str}: {r} model {v.as_long():#x} emulator {regs[i]:#x}")
                    for f, bit in (("cf", 0), ("zf", 6), ("sf", 7), ("of", 11)):
                        v = z3.simplify(st.flags[f])
                        if z3.is_true(v) or z3.is_false(v):
                            checked["flags"] += 1
                            if z3.is_true(v) != bool(fl >> bit & 1):
                                bad.append(f"{task} {insn.mnemonic} {insn.op_str}: {f} model {z3.is_true(v)}")
                elif insn.mnemonic.startswith("j") and insn.mnemonic != "jmp" and insn.operands[0].type == sym.X.X86_OP_IMM:
                    c = z3.simplify(concolic._condition(mach, st, insn))
                    if z3.is_true(c) or z3.is_false(c):
                        checked["branches"] += 1
                        if z3.is_true(c) != (addr == insn.operands[0].imm):
                            bad.append(f"{task} {insn.mnemonic}: model {'taken' if z3.is_true(c) else 'not taken'}")
            if budget[0] <= 0:
                return
            budget[0] -= 1
            insn = next(md.disasm(bytes(u.mem_read(addr, size)), addr))
            st = sym.State.at_entry(sym.Entry.make())
            st.regs = {r: z3.BitVecVal(regs[i], 64) for i, r in enumerate(sym.GPRS)}
            st.flags = {f: z3.BoolVal(bool(fl >> bit & 1)) for f, bit in (("cf", 0), ("zf", 6), ("sf", 7), ("of", 11), ("pf", 2))}
            st.taint = set()
            try:
                mach.step(st, insn)
            except (sym.Unsupported, sym.FrameEscape):
                return
            pending.append((insn, st))

        mach = _ConcreteMemory(fv.x86_img, m.uc)
        lo = min(s.addr for n, s in fv.x86_img.symbols.items() if s.kind == "func" and n in fv.sigs)
        hi = max(s.addr + s.size for n, s in fv.x86_img.symbols.items() if s.kind == "func" and n in fv.sigs)
        h = m.uc.hook_add(uc.UC_HOOK_CODE, on_code, begin=lo, end=hi)
        m.uc.ctl_flush_tb()
        rng = random.Random(1)
        for name in fv.functions:
            gen = testgen.Generator(fv.sigs[name], rng, fv.dictionary)
            for _ in range(8):
                t = gen.fresh()
                pending.clear()
                budget[0] = 300
                fv.run_side(fv.x, fv.x86_img.symbols[name].addr, testgen.layout(fv.sigs[name], t), 0, 20_000)
        m.uc.hook_del(h)
    assert not bad, bad[:10]
    print(checked)
    assert checked["regs"] > 1000 and checked["flags"] > 500 and checked["branches"] > 100, checked
