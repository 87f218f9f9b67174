"""Rendering of lint reports: rich text with the source line and a caret, or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

from rich.console import Console
from rich.markup import escape

from gg.lint import LintReport

_STYLE = {"error": "bold red", "warning": "bold yellow"}


def _excerpt(source_lines: list[str], line: int, col: int) -> tuple[str, str]:
    if not 1 <= line <= len(source_lines):
        return "", ""
    text = source_lines[line - 1].rstrip("\r").replace("\t", "    ")
    raw = source_lines[line - 1][: max(col - 1, 0)]
    width = len(raw.replace("\t", "    "))
    if len(text) > 200:
        text = text[:200] + " ..."
        width = min(width, 200)
    return text, " " * width + "^"


def render_text(report: LintReport, source: str, console: Console) -> None:
    lines = source.split("\n")
    gutter = len(str(max((d.line for d in report.diagnostics), default=1)))
    for d in report.diagnostics:
        console.print(f"[bold]{escape(report.path)}:{d.line}:{d.col}:[/] [{_STYLE[d.severity]}]{d.severity}[{d.code}][/] {escape(d.message)} [dim]({d.name})[/]", highlight=False)
        text, caret = _excerpt(lines, d.line, d.col)
        if text:
            console.print(f"[dim]{d.line:>{gutter}} |[/] {escape(text)}", highlight=False)
            console.print(f"[dim]{'':>{gutter}} |[/] [{_STYLE[d.severity]}]{caret}[/]", highlight=False)
        console.print(f"[dim]{'':>{gutter}} = hint:[/] {escape(d.hint)}", highlight=False)
    n_err, n_warn = len(report.errors), len(report.warnings)
    style = "bold red" if n_err else ("bold yellow" if n_warn else "bold green")
    console.print(f"[{style}]{report.path}: {n_err} error(s), {n_warn} warning(s)[/] ({report.isa}, {report.lines} lines)", highlight=False)


def to_json(report: LintReport) -> str:
    d = asdict(report)
    d["errors"], d["warnings"], d["exit_code"] = len(report.errors), len(report.warnings), report.exit_code
    return json.dumps(d, indent=2)
