"""A BringupBench checkout read as it is, without a manifest.

Layout relied on: `common/` (libmin: `libmin.h` and its C sources), `target/` (`libtarg.c`,
`libtarg.h`), and one directory per benchmark whose `Makefile` sets `PROG=`, `LOCAL_OBJS=`,
optionally `LOCAL_CFLAGS=`, and has a `test:` recipe that runs `./$(TARGET_EXE) ARGS > FOO` and
diffs FOO against the expected output (`NAME.out`). Each benchmark becomes a program task: its own
sources are what gets translated; libmin and libtarg are support code built for each side with
`-DTARGET_HOST` (the Linux host configuration).
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from gg.corpus.manifest import _headers, natural_key
from gg.corpus.model import PROGRAM, Corpus, Run, Task, rel

#: published pass rates of the GG paper on BringupBench (x86 to ARMv8), arXiv 2506.14606
PUBLISHED = {"source": "arXiv 2506.14606 (x86-64 to ARMv8)", "rates": {"aarch64": {"O0": 49.23, "O2": 15.38}}}


def looks_like(root: Path) -> bool:
    return (root / "common" / "libmin.h").is_file() and (root / "target" / "libtarg.c").is_file()


def _var(makefile: str, name: str) -> str | None:
    m = re.search(rf"^{name}\s*[:+]?=\s*(.*?)\s*$", makefile, re.MULTILINE)
    return m.group(1) if m else None


def _expand(text: str, prog: str) -> str:
    return text.replace("$(PROG)", prog).replace("${PROG}", prog).replace("$(TARGET_REFEXT)", "out")


def _test_recipe(makefile: str) -> list[str]:
    m = re.search(r"^test\s*:.*\n((?:\t.*\n?)*)", makefile, re.MULTILINE)
    return [ln.strip() for ln in m.group(1).splitlines()] if m else []


def parse_benchmark(root: Path, bdir: Path) -> Task | None:
    """One benchmark directory as a task, or None if it is not a benchmark (no PROG in its Makefile)."""
    mk = (bdir / "Makefile").read_text(errors="replace")
    prog = _var(mk, "PROG")
    if not prog:
        return None
    problems: list[str] = []
    objs = (_var(mk, "LOCAL_OBJS") or f"{prog}.o").split()
    sources = []
    for o in objs:
        c = bdir / (Path(o).stem + ".c")
        if c.is_file():
            sources.append(rel(root, c))
        else:
            problems.append(f"missing source {rel(root, c)}")
    args: list[str] = []
    stdin: str | None = None
    expected = bdir / f"{prog}.out"
    for line in _test_recipe(mk):
        line = _expand(line, prog)
        if "$(TARGET_EXE)" in line:
            words = shlex.split(line.split("$(TARGET_EXE)", 1)[1])
            i = 0
            while i < len(words):
                w = words[i]
                if w in (">", "2>", ">>", "|"):
                    break
                if w == "<" and i + 1 < len(words):
                    stdin = rel(root, bdir / words[i + 1])
                    i += 2
                    continue
                args.append(w)
                i += 1
        elif "$(TARGET_DIFF)" in line:
            words = line.split()
            if words:
                expected = bdir / words[-1]
    if not expected.is_file():
        problems.append(f"missing expected output {rel(root, expected)}")
    libs = sorted((rel(root, p) for p in (root / "common").glob("*.c")), key=natural_key)
    libs.append(rel(root, root / "target" / "libtarg.c"))
    cflags = ("-DTARGET_HOST", "-I../common", "-I../target", *(_var(mk, "LOCAL_CFLAGS") or "").split())
    run = Run(tuple(args), stdin, rel(root, expected) if expected.is_file() else None, None)
    return Task(
        id=bdir.name,
        kind=PROGRAM,
        dir=rel(root, bdir),
        sources=tuple(sources),
        libs=tuple(libs),
        cflags=cflags,
        runs=(run,),
        extra_files=_headers(root, bdir, [*sources, *libs], cflags),
        problem="; ".join(problems) or None,
    )


def load(root: Path) -> Corpus:
    root = root.resolve()
    tasks = []
    for mk in sorted(root.glob("*/Makefile"), key=lambda p: natural_key(p.parent.name)):
        if mk.parent.name in ("common", "target"):
            continue
        t = parse_benchmark(root, mk.parent)
        if t is not None:
            tasks.append(t)
    return Corpus(
        name="bringup-bench",
        root=root,
        kind="bringup-bench",
        opts=("O0", "O2"),
        tasks=tasks,
        description=f"BringupBench checkout at {root} ({len(tasks)} benchmarks)",
        published=PUBLISHED,
    )
