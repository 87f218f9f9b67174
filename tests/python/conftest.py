"""Shared fixtures: paths to the bundled corpora and test data, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "corpora" / "examples"
DATA = ROOT / "tests" / "data"
TARGETS = ["riscv64", "aarch64"]


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


@pytest.fixture
def data() -> Path:
    return DATA


def run_gg(*args: str, cwd: Path | None = None, entry_point: bool = False) -> subprocess.CompletedProcess[str]:
    """Run `gg` in its own process as a user would (real exit code). By default under coverage
    (combined into the report by `make test`); `entry_point=True` runs the installed script itself."""
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1")
    if entry_point:
        argv = [str(Path(sys.executable).with_name("gg"))]
    else:
        argv = [sys.executable, "-m", "coverage", "run", "--rcfile", str(ROOT / "pyproject.toml"), "-m", "gg.cli"]
    return subprocess.run([*argv, *args], capture_output=True, text=True, cwd=cwd or ROOT, env=env, timeout=300)
