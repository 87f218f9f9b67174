"""--prototypes: C declarations decide how structs and narrow integers cross the boundary between
translated code and code built for the target (tests/data/abi: functions of structs.c called by the
driver and calling back into it)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import DATA, TARGETS, run_gg
from gg import prototypes
from gg.errors import InputError

ABI = DATA / "abi"

# (C declarations, expected line for the last function declared)
DECLS = [
    ("int f(void);", "f\ti4s"),
    ("void f(char c, unsigned char u, short s, unsigned short w, _Bool b);", "f\tv\ti1s\ti1u\ti2s\ti2u\ti1u"),
    ("long f(unsigned long a, long long b, unsigned c, const char *s, int n[4]);", "f\ti8s\ti8u\ti8s\ti4u\tp\tp"),
    ("double f(float x, double y);", "f\tf8\tf4\tf8"),
    ("int f(const char *fmt, ...);", "f\ti4s\tp\t..."),
    ("struct s { char c; double d; int i; }; struct s f(struct s *p);", "f\ts24:0i1s,8f8,16i4s\tp"),
    ("typedef struct { float v[3]; } vec3; vec3 f(vec3 a);", "f\ts12:0f4,4f4,8f4\ts12:0f4,4f4,8f4"),
    ("struct in { short a; char b; }; struct out { struct in x; long y; }; struct out f(void);", "f\ts16:0i2s,2i1s,8i8s"),
    ("enum e { A, B }; enum e f(int (*cb)(int));", "f\ti4s\tp"),
    ("union u { int i; float f; }; union u f(void);", "f\toa union"),
    ("long double f(void);", "f\toa long double"),
    ("struct bits { int a : 3; }; int f(struct bits b);", "f\ti4s\toa struct with bit-fields"),
    ("#include <stdio.h>\n#include <stdlib.h>\n#include <math.h>\nsize_t f(FILE *fp, div_t d);", "f\ti8u\tp\ts8:0i4s,4i4s"),
]


@pytest.mark.parametrize("decls,line", DECLS, ids=[d[1].split("\t", 1)[1][:24] for d in DECLS])
def test_declarations_become_lines(decls: str, line: str, tmp_path: Path):
    h = tmp_path / "p.h"
    h.write_text(decls + "\n")
    out = prototypes.read(h).splitlines()
    assert out[-1] == line


def test_a_syntax_error_names_the_header_line_and_column(tmp_path: Path):
    h = tmp_path / "bad.h"
    h.write_text("int ok(int);\nint broken(int x y);\n")
    with pytest.raises(InputError) as e:
        prototypes.read(h)
    assert e.value.line == 2 and e.value.col > 1 and "bad.h" in str(e.value)


def test_a_missing_header_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        prototypes.read(tmp_path / "nope.h")


def _translate(target: str, opt: str, tmp_path: Path, *extra: str) -> dict:
    s = tmp_path / f"structs.{opt}.s"
    if not s.exists():
        subprocess.run(["gcc", f"-{opt}", "-S", str(ABI / "structs.c"), "-o", str(s)], check=True)
    r = run_gg("translate", str(s), "--target", target, "--test-driver", str(ABI / "driver.c"), "--json", "-o", str(tmp_path / f"out.{target}.s"), *extra)
    return json.loads(r.stdout)


@pytest.mark.e2e
@pytest.mark.parametrize("opt", ["O0", "O2"])
@pytest.mark.parametrize("target", TARGETS)
def test_structs_and_narrow_integers_cross_the_boundary_with_prototypes(target: str, opt: str, tmp_path: Path):
    report = _translate(target, opt, tmp_path, "--prototypes", str(ABI / "structs.h"))
    case = report["verify"]["cases"][0]
    assert report["verdict"] == "verified", (report["reason"], case["native"]["stdout"], case["target"]["stdout"])
    assert case["target"]["stdout"].count("\n") == 28


@pytest.mark.e2e
@pytest.mark.parametrize("target", TARGETS)
def test_without_prototypes_the_same_file_is_rejected(target: str, tmp_path: Path):
    # the conventions disagree on these structs: the guess from the registers is wrong, and the
    # driver test catches it
    assert _translate(target, "O2", tmp_path)["verdict"] == "rejected"


@pytest.mark.e2e
def test_a_struct_the_conventions_pass_differently_by_value_is_refused(tmp_path: Path):
    (tmp_path / "f.c").write_text("struct big { long a, b, c; };\nlong sum(struct big b) { return b.a + b.b + b.c; }\n")
    (tmp_path / "f.h").write_text("struct big { long a, b, c; };\nlong sum(struct big b);\n")
    subprocess.run(["gcc", "-O2", "-S", "f.c"], cwd=tmp_path, check=True)
    r = run_gg("translate", str(tmp_path / "f.s"), "--target", "aarch64", "--prototypes", str(tmp_path / "f.h"), "--no-verify", "-o", str(tmp_path / "out.s"))
    assert r.returncode == 1, r.stdout + r.stderr
    assert "`sum` takes a 24-byte struct that x86-64 passes on the stack" in " ".join(r.stdout.split())
    assert not (tmp_path / "out.s").exists()


def test_a_bad_header_exits_2(tmp_path: Path):
    (tmp_path / "f.s").write_text("\t.text\n\t.globl f\nf:\n\tret\n")
    (tmp_path / "f.h").write_text("int f(int;\n")
    r = run_gg("translate", str(tmp_path / "f.s"), "--target", "riscv64", "--prototypes", str(tmp_path / "f.h"), "--no-verify", "-o", str(tmp_path / "out.s"))
    assert r.returncode == 2
    assert "f.h:1:" in r.stderr + r.stdout
    assert not (tmp_path / "out.s").exists()
