"""Program-level block coverage from qemu's in_asm log, on both sides, and its optional gate."""

from __future__ import annotations

from conftest import EXAMPLES, ROOT
from gg import _native
from gg.verify.program import verify_program
from gg.verify.report import Verdict

TASK = ROOT / "corpora" / "humaneval-c" / "tasks" / "HumanEval_0"


def test_driver_run_reports_block_coverage_of_both_sides():
    src = (TASK / "func.O2.s").read_text()
    r = verify_program(src, _native.translate(src, "riscv64")["text"], "riscv64", test_driver=TASK / "test.c")
    assert r.verdict is Verdict.VERIFIED
    assert r.x86 is not None and r.target_blocks is not None
    # the driver runs every block of the x86 function, but never a NaN: the translation's NaN
    # fix-ups (blocks inside one instruction's code, reported but not gated) stay uncovered
    assert (r.x86.covered, r.x86.total) == (10, 10)
    assert r.target_blocks.covered == r.target_blocks.total > 0
    assert r.target_blocks.internal_total > r.target_blocks.internal_covered
    assert any(".Lgg_rv" in b or "fmv.x.d" in b for b in r.target_blocks.internal_uncovered)
    assert "reachable blocks run: x86 100%" in r.reason


def test_program_coverage_gates_only_when_asked():
    # one run without arguments: the argument-parsing paths of main never run
    src = (EXAMPLES / "collatz.O2.s").read_text()
    cand = _native.translate(src, "aarch64")["text"]
    r = verify_program(src, cand, "aarch64")
    assert r.verdict is Verdict.VERIFIED and 0 < r.coverage < 1.0 and 0 < r.coverage_target < 1.0
    assert r.x86.uncovered and r.target_blocks.uncovered
    r = verify_program(src, cand, "aarch64", min_coverage=1.0)
    assert r.verdict is Verdict.INSUFFICIENT_COVERAGE and "needed 100%" in r.reason
