"""The golden translations under tests/filetests are real assembly: each target's GNU as accepts them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, TARGETS
from gg import arch

GOLDEN = ROOT / "tests" / "filetests"


@pytest.mark.parametrize("target", TARGETS)
def test_golden_files_assemble(target: str, tmp_path: Path):
    files = sorted((GOLDEN / target).glob("*.s"))
    assert len(files) == len(list((GOLDEN / "input").glob("*.s"))) >= 5
    for f in files:
        r = subprocess.run([arch.get(target).assembler, str(f), "-o", str(tmp_path / "x.o")], capture_output=True, text=True)
        assert r.returncode == 0, f"{f}: {r.stderr}"
