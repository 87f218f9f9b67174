"""Corpora: sets of tasks to evaluate translations on. `load("humaneval-c")` or `load(PATH)`.

A corpus is a directory with a manifest (`corpus.json` / `corpus.toml`, see corpora/README.md) or a
BringupBench checkout, which is read from its Makefiles.
"""

from __future__ import annotations

import os
from pathlib import Path

from gg.corpus import bringup
from gg.corpus.manifest import find_manifest, load_manifest
from gg.corpus.model import FUNCTION, PROGRAM, Corpus, Run, Task
from gg.errors import InputError

__all__ = ["FUNCTION", "PROGRAM", "Corpus", "Run", "Task", "bundled", "load", "resolve"]


def _bundled_dirs() -> list[Path]:
    """Where corpora are looked up by name: $GG_CORPORA (colon-separated), then the repository's corpora/."""
    dirs = [Path(p) for p in os.environ.get("GG_CORPORA", "").split(os.pathsep) if p]
    dirs.append(Path(__file__).resolve().parents[3] / "corpora")
    return dirs


def bundled() -> dict[str, Path]:
    """Corpora known by name: every directory with a manifest in the lookup directories."""
    out: dict[str, Path] = {}
    for d in _bundled_dirs():
        if d.is_dir():
            for sub in sorted(d.iterdir()):
                if sub.is_dir() and find_manifest(sub) and sub.name not in out:
                    out[sub.name] = sub
    return out


def resolve(spec: str) -> Path:
    """A corpus given by name (bundled) or by path (directory or manifest file)."""
    p = Path(spec)
    if p.exists():
        return p
    known = bundled()
    if spec in known:
        return known[spec]
    raise InputError(spec, f"no such corpus: not a path, and not a known name (known: {', '.join(known) or 'none'})")


def load(spec: str | Path) -> Corpus:
    p = resolve(str(spec))
    if p.is_file():
        return load_manifest(p)
    m = find_manifest(p)
    if m is not None:
        return load_manifest(m)
    if bringup.looks_like(p):
        return bringup.load(p)
    raise InputError(str(p), "not a corpus: no corpus.json or corpus.toml here, and not a BringupBench checkout (common/libmin.h, target/libtarg.c)")
