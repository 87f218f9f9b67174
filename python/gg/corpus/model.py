"""What a corpus is once loaded: tasks with every path relative to the corpus root (plain records)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

#: task kinds: a file of functions judged by a test driver, or a whole program judged by its output
FUNCTION = "function"
PROGRAM = "program"


@dataclass(frozen=True)
class Run:
    """One run of a program task: argv (without the program name), stdin, and what it must print."""

    args: tuple[str, ...] = ()
    #: file whose bytes are the run's stdin (relative to the corpus root), or None for empty stdin
    stdin: str | None = None
    #: file holding the expected stdout (relative to the corpus root), or None to not check stdout
    stdout: str | None = None
    #: expected exit code, or None to not check it
    exit: int | None = None


@dataclass(frozen=True)
class Task:
    """One task of a corpus. Every path is relative to the corpus root, `/`-separated."""

    id: str
    kind: str  # FUNCTION | PROGRAM
    dir: str
    #: C files that make up the code under test; several are built as one unit (`#include`d in order)
    sources: tuple[str, ...] = ()
    #: committed x86-64 assembly per optimization level ("O0" -> "tasks/x/func.O0.s"); a level that is
    #: missing is compiled from `sources` with the host gcc
    assembly: tuple[tuple[str, str], ...] = ()
    #: C file with a `main` that calls the functions under test and exits non-zero on a mismatch
    driver: str | None = None
    #: C files linked with both sides, never translated
    libs: tuple[str, ...] = ()
    #: compiler flags for sources, driver and libs; `-I` paths are relative to the task directory
    cflags: tuple[str, ...] = ()
    ldflags: tuple[str, ...] = ()
    runs: tuple[Run, ...] = ()
    #: other files the build reads (headers), shipped along with the task to the worker
    extra_files: tuple[str, ...] = ()
    #: why this task cannot be evaluated (a missing file...); every case of it records a task error
    problem: str | None = None

    def asm_for(self, opt: str) -> str | None:
        return dict(self.assembly).get(opt)

    def files(self) -> list[str]:
        """Every file a worker needs to evaluate this task, relative to the corpus root."""
        out: list[str] = [*self.sources, *(p for _, p in self.assembly), *self.libs, *self.extra_files]
        if self.driver:
            out.append(self.driver)
        for r in self.runs:
            out += [p for p in (r.stdin, r.stdout) if p]
        return sorted(set(out))


@dataclass
class Corpus:
    name: str
    root: Path
    #: the manifest's kind ("function+driver", "program", "assembly", "bringup-bench")
    kind: str
    opts: tuple[str, ...]
    tasks: list[Task]
    description: str = ""
    manifest: Path | None = None
    #: published pass rates to print beside ours: {"source": "...", "rates": {target: {opt: percent}}}
    published: dict = field(default_factory=dict)

    def published_rate(self, target: str, opt: str) -> float | None:
        return self.published.get("rates", {}).get(target, {}).get(opt)


def rel(root: Path, path: Path) -> str:
    """`path` relative to `root` as a `/`-separated string; ValueError if it lies outside."""
    return PurePosixPath(path.resolve().relative_to(root.resolve())).as_posix()
