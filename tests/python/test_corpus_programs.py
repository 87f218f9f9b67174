"""End to end over corpora/programs: every program's committed gcc -O0 and -O2 assembly is
translated to both targets by the default proposer, built with the cross gcc, and must match the
native run under qemu-user (stdout, stderr, exit code). Programs the translator must refuse are
listed with the reason; they must be rejected cleanly, never accepted wrongly."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, TARGETS
from gg.pipeline import translate_file
from gg.verify.report import Verdict

PROGRAMS = ROOT / "corpora" / "programs"
# program stem -> text the rejection reason must contain
REJECTED: dict[str, str] = {}


def cases() -> list[Path]:
    return sorted(PROGRAMS.glob("*.O[02].s"))


def test_corpus_is_complete():
    sources = sorted(PROGRAMS.glob("*.c"))
    assert len(sources) >= 33
    for c in sources:
        for opt in ("O0", "O2"):
            assert (PROGRAMS / f"{c.stem}.{opt}.s").is_file(), f"{c.name}: run regen.sh"


@pytest.mark.e2e
@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("asm", cases(), ids=lambda p: p.name)
def test_program_translates_and_matches_native(asm: Path, target: str, tmp_path: Path):
    out = tmp_path / "out.s"
    report = translate_file(asm, target, out, timeout=20)
    stem = asm.name.split(".")[0]
    if stem in REJECTED:
        assert report.verdict is Verdict.REJECTED and REJECTED[stem] in report.reason, report.reason
        assert not out.exists()
        return
    assert report.verdict is Verdict.VERIFIED, report.reason
    assert out.exists()
    case = report.verify.cases[0]
    assert case.native.stdout or case.native.exit_code, "the program printed nothing: the comparison would be empty"
