"""The assembly front end and linter (`gg._native.lint`, `canonical`, `gg lint`):

- zero false errors: no lint error on any file the GNU assembler accepts (committed x86, golden and
  fresh translations, cross-gcc output for RISC-V and AArch64, gcc -masm=intel);
- round trip: `as` gives the same section bytes and relocations for a file and for its canonical text;
- mutations: a generator breaks valid files (mnemonic, operand count, immediate range, register
  class, undefined label); the linter must agree with `as` on at least 90% of them;
- robustness: garbage, NUL bytes, a 10 MB line, CRLF, invalid UTF-8 never crash anything;
- `gg lint` output and exit codes, and the pipeline rejecting a candidate with lint errors."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import lintcorpus as lc
from conftest import run_gg
from gg import _native
from gg.eval.cases import gg_result
from gg.lint import lint_source
from gg.pipeline import translate_file
from gg.propose import Proposal
from gg.verify.report import Verdict

ISAS = ["x86_64", "riscv64", "aarch64"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, list[Path]]:
    """Files per ISA (intel: x86 in Intel syntax): committed ones plus a sample made now."""
    work = tmp_path_factory.mktemp("lintcorpus")
    x86 = lc.x86_files()
    c_sample = lc.sample(lc.c_sources(), 6)
    out = {"x86_64": x86}
    for isa in ("riscv64", "aarch64"):
        out[isa] = lc.golden_files(isa) + lc.translations(isa, lc.sample(x86, 40), work / isa) + lc.compiled(isa, c_sample, work / f"cc-{isa}")
    out["intel"] = lc.compiled("intel", c_sample, work / "intel")
    return out


def _errors(path: Path, isa: str) -> list[str]:
    return [f"{path}:{d['line']}:{d['col']}: {d['code']} {d['message']}" for d in _native.lint(path.read_text(), isa) if d["severity"] == "error"]


@pytest.mark.parametrize("isa", ["x86_64", "riscv64", "aarch64", "intel"])
def test_no_false_errors(corpus, isa):
    files = corpus[isa]
    assert len(files) >= 10
    errors = [e for f in files for e in _errors(f, "x86_64" if isa == "intel" else isa)]
    print(f"{isa}: {len(files)} files, {len(errors)} lint errors")
    assert errors == []


def test_macho_flavoured_input_parses():
    files = lc.macho_files()
    assert files
    for f in files:
        assert _errors(f, "x86_64") == [], f


@pytest.mark.parametrize("isa", ["x86_64", "riscv64", "aarch64", "intel"])
def test_round_trip_through_the_assembler(corpus, isa, tmp_path):
    asm_isa = "x86_64" if isa == "intel" else isa
    files = lc.sample(corpus[isa], 24)
    same = 0
    for k, f in enumerate(files):
        text = f.read_text()
        original = lc.assemble(asm_isa, text, tmp_path, f"o{k}")
        assert original is not None, f"{f}: the assembler rejects the original"
        printed = _native.canonical(text, asm_isa)
        assert lc.assemble(asm_isa, printed, tmp_path, f"p{k}") == original, f"{f}: canonical text assembles differently"
        assert _native.canonical(printed, asm_isa) == printed if isa != "intel" else True
        same += 1
    print(f"{isa}: {same} files give the same bytes after parse -> print")


def test_mutations_agree_with_the_assembler(corpus, tmp_path):
    agree = total = 0
    disagreements = []
    for isa in ISAS:
        for n, f in enumerate(lc.sample(corpus[isa], 8, seed=9)):
            printed = _native.canonical(f.read_text(), isa)
            for kind, text in [("none", printed), *lc.mutations(isa, printed, seed=n)]:
                as_rejects = lc.assemble(isa, text, tmp_path, "m") is None or lc.undefined_locals(isa, text, tmp_path)
                lint_rejects = any(d["severity"] == "error" for d in _native.lint(text, isa))
                total += 1
                if as_rejects == lint_rejects:
                    agree += 1
                else:
                    disagreements.append(f"{isa} {kind} {f.name}: as {'rejects' if as_rejects else 'accepts'}, lint {'rejects' if lint_rejects else 'accepts'}")
    rate = agree / total
    print(f"mutation agreement with as: {agree}/{total} = {rate:.1%}")
    for d in disagreements:
        print("  ", d)
    assert total >= 100
    assert rate >= 0.9


GARBAGE = [
    "",
    "\x00\x00\x00",
    "\tmovl %eax\x00, %ebx\n",
    "a" * (10 << 20),
    "\tadd a0, a1, a2\r\n\tret\r\n",
    "\ufffd\ufffd:\n\t\ufffd x0\n",
    "[[[[{{{{((((\n",
    "\t.string \"unterminated\n",
    "\tldr x0, [x1, #:lo12:\n",
    "\tlui a0, %hi(\n\tli a0, 99999999999999999999999\n",
    "1:\n" * 1000 + "\tjmp 1b\n",
    ":" * 1000,
]


@pytest.mark.parametrize("isa", ISAS)
def test_no_crash_on_garbage(isa):
    rnd = random.Random(1)
    inputs = list(GARBAGE)
    alphabet = "\t\n\r ,.:;#$%()[]{}!@-+*/<>'\"0123456789abcdefxwlrsp"
    inputs += ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 400))) for _ in range(300)]
    inputs += [bytes(rnd.randrange(256) for _ in range(200)).decode("utf-8", errors="replace") for _ in range(100)]
    for text in inputs:
        for d in _native.lint(text, isa):
            assert d["line"] >= 1 and d["code"].startswith("GG")
        try:
            _native.canonical(text, isa)
        except _native.AsmSyntaxError as e:
            assert e.line >= 1


def test_rules_are_stable_and_documented():
    rules = _native.lint_rules()
    codes = [r["code"] for r in rules]
    assert len(codes) == len(set(codes)) >= 15
    readme = (lc.ROOT / "README.md").read_text()
    for r in rules:
        assert r["severity"] in ("error", "warning")
        assert f"`{r['code']}`" in readme, f"{r['code']} is missing from the README rule table"


def test_detect_isa():
    for f, isa in [(lc.x86_files()[0], "x86_64"), (lc.golden_files("riscv64")[0], "riscv64"), (lc.golden_files("aarch64")[0], "aarch64")]:
        assert _native.detect_isa(f.read_text()) == isa
    assert lint_source("\tadd x0, x1, w2\n").isa == "aarch64"


BAD_RV = "\t.text\n\t.globl f\n\t.type f, @function\nf:\n\taddi a0, a0, 4096\n\tret\n"


def test_cli_text_json_and_exit_codes(tmp_path):
    bad = tmp_path / "bad.s"
    bad.write_text(BAD_RV)
    r = run_gg("lint", str(bad))
    assert r.returncode == 1, r.stderr
    assert "error[GG204]" in r.stdout and "addi a0, a0, 4096" in r.stdout and "^" in r.stdout and "hint:" in r.stdout
    r = run_gg("lint", str(bad), "--isa", "riscv64", "--format", "json")
    d = json.loads(r.stdout)
    assert r.returncode == 1 and d["errors"] == 1 and d["diagnostics"][0]["code"] == "GG204" and d["diagnostics"][0]["line"] == 5
    good = tmp_path / "good.s"
    good.write_text(BAD_RV.replace("4096", "1"))
    assert run_gg("lint", str(good)).returncode == 0
    assert run_gg("lint", str(tmp_path / "missing.s")).returncode == 2
    assert run_gg("lint", str(good), "--isa", "mips").returncode == 2
    assert run_gg("lint", str(good), "--format", "xml").returncode == 2
    binary = tmp_path / "bin.s"
    binary.write_bytes(b"\x7fELF\x00\xff\xfe\n\tnop\n")
    assert run_gg("lint", str(binary), "--isa", "x86_64").returncode in (0, 1)


def test_pipeline_rejects_a_candidate_with_lint_errors(tmp_path):
    src = lc.CORPORA / "examples" / "fib.O2.s"
    out = tmp_path / "out.s"
    prop = Proposal(text=BAD_RV, proposer="test")
    report = translate_file(src, "riscv64", out, verify=False, proposal=prop)
    assert report.verdict is Verdict.REJECTED
    assert "GG204" in report.reason and not out.exists()
    assert gg_result(report, prop, 0.0).category == "lint"
    # warnings alone do not reject
    warn = BAD_RV.replace("addi a0, a0, 4096", "li s1, 3")
    report = translate_file(src, "riscv64", out, verify=False, proposal=Proposal(text=warn, proposer="test"))
    assert report.verdict is Verdict.UNVERIFIED


@pytest.mark.e2e
@pytest.mark.parametrize("target", ["riscv64", "aarch64"])
@pytest.mark.parametrize("prog", ["examples/strings.c", "programs/06_qsort_bsearch.c"])
def test_intel_syntax_input_translates_and_verifies(prog, target, tmp_path):
    [asm] = lc.compiled("intel", [lc.CORPORA / prog], tmp_path, opts=("-O2",))
    assert ".intel_syntax noprefix" in asm.read_text()
    report = translate_file(asm, target, tmp_path / "out.s", timeout=20)
    assert report.verdict is Verdict.VERIFIED, report.reason


BLOCK_COMMENTS = {
    "x86_64": "\t.text\n/* a block\n   comment */ f:\tmovl $1, %eax /* inline */\n\tret # /* not a block\n",
    "riscv64": "\t.text\n/* a block\n   comment */ f:\tli a0, 1 /* inline */\n\tret # /* not a block\n",
    "aarch64": "\t.text\n/* a block\n   comment */ f:\tmov x0, #1 /* inline */\n\tret // /* not a block\n",
}


@pytest.mark.parametrize("isa", ISAS)
def test_block_comments_round_trip(isa, tmp_path):
    src = BLOCK_COMMENTS[isa]
    assert _native.lint(src, isa) == []
    original = lc.assemble(isa, src, tmp_path, "o")
    assert original is not None and lc.assemble(isa, _native.canonical(src, isa), tmp_path, "p") == original
