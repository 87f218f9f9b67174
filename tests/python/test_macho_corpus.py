"""End to end over corpora/macho: every program's committed Mach-O flavoured assembly (clang for
x86_64-apple-macos14, -O0 and -O2) is translated to both Linux targets by the default proposer,
verified against its own ELF form built natively, and the translated program's output must also
equal that of the same C built natively by gcc on Linux: the Mach-O rewrite itself is checked, not
only the translation of its result.

Inputs the translator cannot handle yet are listed with the text their rejection must contain. Such
an input must either be rejected for that reason or (once the translator covers it) verify and
match: it may never be accepted wrongly nor fail for another reason."""

from __future__ import annotations

import json
import shutil
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import ROOT, TARGETS
from gg import _native
from gg import arch as archmod
from gg import toolchain
from gg.pipeline import translate_file
from gg.verify.report import Verdict

MACHO = ROOT / "corpora" / "macho"

def expected(stem: str) -> tuple[str, int]:
    """The committed expectation of a program (its task file and stdout file): stdout, exit code."""
    run = json.loads((MACHO / f"{stem}.json").read_text())["runs"][0]
    return (MACHO / run["stdout"]).read_text(), run["exit"]


# (input file, target or "*") -> text the rejection reason contains: translator gaps, not Mach-O ones
# (none at present)
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def inputs() -> list[Path]:
    return sorted(MACHO.glob("*.O[02].s"))


def known_gap(asm: Path, target: str) -> str | None:
    return KNOWN_GAPS.get((asm.name, target)) or KNOWN_GAPS.get((asm.name, "*"))


@lru_cache(maxsize=None)
def linux_reference(stem: str) -> toolchain.RunResult:
    """The program's C built by the host gcc for Linux (-O0) and run; it must agree with the
    committed expectation (the corpus's own record of it, what `gg eval` judges by)."""
    out = ROOT / "build" / "macho-ref"
    out.mkdir(parents=True, exist_ok=True)
    exe = out / stem
    r = toolchain.link(archmod.HOST, [MACHO / f"{stem}.c"], exe)
    assert r.returncode == 0, r.stderr
    run = toolchain.run_program(archmod.HOST, exe, [], b"", 20, cwd=out)
    assert expected(stem) == (run.stdout, run.exit_code), f"{stem}: {stem}.stdout/{stem}.json are stale, run regen.sh"
    return run


def test_corpus_is_complete():
    sources = sorted(MACHO.glob("*.c"))
    assert len(sources) >= 37
    for c in sources:
        for opt in ("O0", "O2"):
            s = MACHO / f"{c.stem}.{opt}.s"
            assert s.is_file(), f"{c.name}: run corpora/macho/regen.sh"
            head = s.read_text()[:200]
            assert "__TEXT,__text" in head and ".build_version macos" in head, f"{s.name} is not Apple clang output"
    # every program is one of corpora/programs (includes replaced by proto.h) or a Darwin-specific one
    programs = {p.stem for p in (ROOT / "corpora" / "programs").glob("*.c")}
    for c in sources:
        assert c.stem in programs or "_darwin_" in c.stem, c.name
    # the gg eval manifest: every program and level is a task with a run to judge
    from gg.corpus.manifest import load_manifest

    corpus = load_manifest(MACHO / "corpus.json")
    assert corpus.kind == "assembly"
    assert sorted(t.id for t in corpus.tasks) == [c.stem for c in sources]
    for t in corpus.tasks:
        assert [o for o, _ in t.assembly] == ["O0", "O2"] and len(t.runs) == 1 and t.runs[0].stdout, t.id


@pytest.mark.e2e
@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("asm", inputs(), ids=lambda p: p.name)
def test_macho_program_translates_and_matches_linux_build(asm: Path, target: str, tmp_path: Path):
    out = tmp_path / "out.s"
    report = translate_file(asm, target, out, timeout=20)
    gap = known_gap(asm, target)
    if gap is not None and report.verdict is Verdict.REJECTED:
        assert gap in report.reason, report.reason
        assert not out.exists()
        return
    assert report.verdict is Verdict.VERIFIED, report.reason
    assert report.flavor == "macos"
    case = report.verify.cases[0]
    ref = linux_reference(asm.name.split(".")[0])
    assert ref.stdout, "the program printed nothing: the comparison would be empty"
    assert (case.target.stdout, case.target.stderr, case.target.exit_code) == (ref.stdout, ref.stderr, ref.exit_code)


@pytest.mark.e2e
@pytest.mark.parametrize("asm", inputs(), ids=lambda p: p.name)
def test_elf_form_runs_like_the_linux_build(asm: Path, tmp_path: Path):
    """The rewrite alone, whatever the translator covers: the ELF form of each input, assembled and
    run on the host, prints what the C built for Linux prints (routines for Darwin-only entry points
    included)."""
    elf = _native.elf_source(asm.read_text(), "auto")
    assert elf is not None, "not recognised as Mach-O"
    src = tmp_path / "elf.s"
    src.write_text(elf)
    r = toolchain.link(archmod.HOST, [src], tmp_path / "prog")
    assert r.returncode == 0, r.stderr
    run = toolchain.run_program(archmod.HOST, tmp_path / "prog", [], b"", 20, cwd=tmp_path)
    ref = linux_reference(asm.name.split(".")[0])
    assert (run.stdout, run.stderr, run.exit_code) == (ref.stdout, ref.stderr, ref.exit_code)


@pytest.mark.skipif(shutil.which("clang") is None, reason="clang is installed by scripts/setup-system.sh")
def test_committed_assembly_is_what_regen_produces(tmp_path: Path):
    """The committed .s files are clang's output for their C (checked on two programs)."""
    for stem, opt in (("07_switch", "O2"), ("41_darwin_memory", "O0")):
        out = tmp_path / f"{stem}.{opt}.s"
        r = toolchain.run_tool(["clang", "-target", "x86_64-apple-macos14", f"-{opt}", "-S", str(MACHO / f"{stem}.c"), "-o", str(out)])
        assert r.returncode == 0, r.stderr
        assert out.read_text() == (MACHO / f"{stem}.{opt}.s").read_text(), f"{stem}.{opt}.s is stale: run corpora/macho/regen.sh"


@pytest.mark.e2e
@pytest.mark.skipif(shutil.which("clang") is None, reason="clang is installed by scripts/setup-system.sh")
@pytest.mark.parametrize("stem", ["10_ctype", "33_tls_canary", "44_darwin_data"])
def test_debug_builds_translate_like_plain_ones(stem: str, tmp_path: Path):
    """clang -g adds DWARF sections, line entries, labels for them between instructions and raw
    bytes in comments: all of it goes, the program translates as without -g."""
    asm = tmp_path / f"{stem}.O2.s"
    flags = (MACHO / f"{stem}.cflags").read_text().split() if (MACHO / f"{stem}.cflags").exists() else []
    r = toolchain.run_tool(["clang", "-target", "x86_64-apple-macos14", "-O2", "-g", *flags, "-S", str(MACHO / f"{stem}.c"), "-o", str(asm)])
    assert r.returncode == 0, r.stderr
    assert "__DWARF" in asm.read_text(errors="replace")
    report = translate_file(asm, "aarch64", tmp_path / "out.s", timeout=20)
    assert report.verdict is Verdict.VERIFIED, report.reason
    case = report.verify.cases[0]
    assert (case.target.stdout, case.target.exit_code) == expected(stem)
