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


def run_gg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `gg` entry point as a user would (a separate process, real exit code)."""
    exe = Path(sys.executable).with_name("gg")
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)
