"""`gg lint`: the native linter over a file, as plain records (rendering lives in gg.render.lint)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from gg import _native
from gg.errors import InputError

#: values of --isa
ISAS = ("auto", "x86_64", "riscv64", "aarch64")


@dataclass
class Diagnostic:
    code: str
    name: str
    severity: str  # "error" | "warning"
    message: str
    hint: str
    line: int
    col: int


@dataclass
class LintReport:
    path: str
    isa: str
    lines: int
    diagnostics: list[Diagnostic] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0


def lint_source(source: str, isa: str = "auto", path: str = "<string>") -> LintReport:
    """Lint assembly text. `isa` is one of ISAS; unknown values are an InputError."""
    if isa not in ISAS:
        raise InputError("--isa", f"unknown ISA {isa!r} (known: {', '.join(ISAS)})")
    resolved = _native.detect_isa(source) if isa == "auto" else isa
    start = time.monotonic()
    diags = [Diagnostic(**d) for d in _native.lint(source, resolved)]
    return LintReport(path, resolved, len(source.splitlines()), diags, time.monotonic() - start)


def read_text(path: Path) -> str:
    """The file as text; bytes that are not UTF-8 become U+FFFD (the linter still sees every line)."""
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from None


def lint_file(path: Path, isa: str = "auto") -> LintReport:
    return lint_source(read_text(path), isa, str(path))


def candidate_errors(text: str, target: str) -> list[Diagnostic]:
    """Lint errors of a proposed translation for `target` (warnings do not count)."""
    return lint_source(text, target, "<candidate>").errors


def format_diagnostics(diags: list[Diagnostic], path: str, limit: int = 5) -> str:
    """One line per diagnostic, `path:line:col: CODE message`, at most `limit` of them."""
    lines = [f"{path}:{d.line}:{d.col}: {d.code} {d.name}: {d.message}" for d in diags[:limit]]
    if len(diags) > limit:
        lines.append(f"... and {len(diags) - limit} more")
    return "\n".join(lines)
