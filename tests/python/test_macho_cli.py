"""`gg translate` on Apple (Mach-O) flavoured input: flavour detection and override, what the report
says, and rejections of Darwin-only symbols."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, TARGETS, run_gg

HANDWRITTEN = ROOT / "tests" / "filetests" / "macho" / "input" / "handwritten.s"


@pytest.mark.e2e
@pytest.mark.parametrize("target", TARGETS)
def test_handwritten_macho_program_verifies(target: str, tmp_path: Path):
    out = tmp_path / "out.s"
    r = run_gg("translate", str(HANDWRITTEN), "--target", target, "-o", str(out), "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    report = json.loads(r.stdout)
    assert report["verdict"] == "verified" and report["flavor"] == "macos"
    case = report["verify"]["cases"][0]
    assert case["target"]["stdout"] == "total=55 fill=-56 scale=2.50\nthrough a non-lazy pointer\ntable[1]=1234567890123 scratch=0\nthrough a non-lazy pointer"
    assert case["target"]["exit_code"] == 3
    text = out.read_text()
    assert "_main" not in text and "__gg_darwin_assert_rtn" in text


def test_text_report_names_the_flavour(tmp_path: Path):
    r = run_gg("translate", str(HANDWRITTEN), "--target", "riscv64", "-o", str(tmp_path / "o.s"), "--no-verify")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Apple (Mach-O) flavour" in r.stdout


def test_linux_flavour_forced_on_macho_input_is_rejected(tmp_path: Path):
    out = tmp_path / "o.s"
    r = run_gg("translate", str(HANDWRITTEN), "--target", "aarch64", "-o", str(out), "--input-flavor", "linux", "--json")
    assert r.returncode == 1
    d = json.loads(r.stdout)
    assert d["verdict"] == "rejected" and d["what"] == ".macosx_version_min" and (d["line"], d["col"]) == (5, 2)
    assert not out.exists()


def test_unknown_flavour_is_a_usage_error():
    r = run_gg("translate", str(HANDWRITTEN), "--target", "aarch64", "--input-flavor", "bsd")
    assert r.returncode == 2 and "unknown input flavor 'bsd'" in r.stderr


def test_darwin_only_symbol_is_rejected_by_name(tmp_path: Path):
    src = tmp_path / "rune.s"
    src.write_text(
        "\t.section\t__TEXT,__text,regular,pure_instructions\n\t.globl\t_main\n_main:\n"
        "\tmovl\t$65, %edi\n\tmovl\t$256, %esi\n\tcallq\t___maskrune\n\tretq\n"
    )
    out = tmp_path / "o.s"
    r = run_gg("translate", str(src), "--target", "riscv64", "-o", str(out), "--json")
    assert r.returncode == 1
    d = json.loads(r.stdout)
    assert d["what"] == "___maskrune" and (d["line"], d["col"]) == (6, 2)
    assert "rune.s:6:2: Darwin-only symbol `___maskrune`" in d["reason"]
    assert not out.exists()


def test_flavour_override_macos_reads_undecorated_input(tmp_path: Path):
    """Without any Mach-O directive, --input-flavor macos still strips the underscores."""
    src = tmp_path / "bare.s"
    src.write_text("\t.text\n\t.globl\t_main\n_main:\n\tmovl\t$7, %eax\n\tretq\n")
    out = tmp_path / "o.s"
    r = run_gg("translate", str(src), "--target", "aarch64", "-o", str(out), "--input-flavor", "macos", "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    d = json.loads(r.stdout)
    assert d["flavor"] == "macos" and d["functions"] == ["main"]
    assert d["verify"]["cases"][0]["target"]["exit_code"] == 7
    # read as Linux (auto finds no Mach-O directive), `_main` is not `main`: nothing to run
    out.unlink()
    r = run_gg("translate", str(src), "--target", "aarch64", "-o", str(out), "--json")
    assert r.returncode == 2 and "undefined reference to `main'" in json.loads(r.stdout)["message"]
    assert not out.exists()


@pytest.mark.parametrize(
    ("raw", "ok"),
    [
        (b"\t.byte\t240 ## \xf0\n", True),
        (b"\t.ascii\t\"#\xff\"\n", False),
        (b"\t.byte\t1 # ok\n\t.ascii \"\xfe\"\n", False),
    ],
)
def test_bad_utf8_is_an_error_only_outside_comments(raw: bytes, ok: bool, tmp_path: Path):
    """clang -g writes the raw byte a `.byte` stands for into its comment."""
    from gg.errors import InputError
    from gg.pipeline import read_source

    f = tmp_path / "c.s"
    f.write_bytes(raw)
    if ok:
        assert read_source(f).startswith("\t.byte\t240")
    else:
        with pytest.raises(InputError, match="invalid UTF-8"):
            read_source(f)


@pytest.mark.e2e
def test_gg_eval_takes_the_macho_corpus(tmp_path: Path):
    """corpora/macho is a `gg eval` corpus of ready-made assembly: its judge builds the ELF form."""
    r = run_gg("eval", "--corpus", str(ROOT / "corpora" / "macho"), "--tasks", "07_switch,41*", "-t", "aarch64", "-o", str(tmp_path / "ev"), "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    cells = json.loads(r.stdout)["cells"]
    assert [(c["opt"], c["cases"], c["passed"], c["false_accepts"]) for c in cells] == [("O0", 2, 2, 0), ("O2", 2, 2, 0)]
