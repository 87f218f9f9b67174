"""Rendering of `gg eval`: the live progress bar, the results table, report.md."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from gg.eval.record import CATEGORIES, PASS

#: short column headers for the failure categories
CATEGORY_HEADERS = {
    "unsupported": "unsupp.",
    "proposer-error": "prop. err",
    "lint": "lint",
    "build": "build",
    "mismatch": "mismatch",
    "timeout": "timeout",
    "coverage-short": "cov. short",
    "task-error": "task err",
    "internal-error": "eval err",
}
NONE = "—"


def _pct(x: float | None) -> str:
    return NONE if x is None else f"{x:.2f}%"


def _columns(summary: dict[str, Any]) -> list[str]:
    """Failure categories shown: all but `internal-error`, which only appears when it happened."""
    return [c for c in CATEGORIES if c != "internal-error" or summary["total"]["categories"].get(c)]


def _rows(summary: dict[str, Any]) -> list[list[str]]:
    cols = _columns(summary)
    rows = []
    for cell in [*summary["cells"], {"target": "all", "opt": "", **summary["total"]}]:
        rows.append(
            [
                cell["target"],
                cell["opt"],
                f"{cell['cases']}" + ("" if cell["cases"] == cell["planned"] else f"/{cell['planned']}"),
                NONE if cell["cases"] and cell["native_na"] == cell["cases"] else f"{cell['native_passed']}",
                f"{cell['passed']}",
                _pct(cell["pass_rate"]),
                _pct(cell.get("published")) if cell["target"] != "all" else "",
                f"{cell['gg_accepted']}",
                f"{cell['false_accepts']}",
                *(str(cell["categories"].get(c, 0)) for c in cols),
            ]
        )
    return rows


HEADERS = ["target", "opt", "cases", "native ok", "judge pass", "pass rate", "paper", "gg accepted", "false acc."]


def results_table(summary: dict[str, Any]) -> Table:
    t = Table(title=f"gg eval: {summary['corpus']} ({summary['run']['proposer']} proposer)", header_style="bold", title_justify="left")
    for h in HEADERS + [CATEGORY_HEADERS[c] for c in _columns(summary)]:
        t.add_column(h, justify="left" if h in ("target", "opt") else "right")
    rows = _rows(summary)
    for i, row in enumerate(rows):
        fa = row[8]
        if fa != "0":
            row[8] = f"[bold red]{fa}[/]"
        t.add_row(*row, end_section=i == len(rows) - 2)
    return t


def _duration(s: float) -> str:
    m, sec = divmod(int(round(s)), 60)
    return f"{m}m{sec:02d}s" if m else f"{s:.1f}s"


def notes(summary: dict[str, Any]) -> list[str]:
    """The lines printed under the table (also in report.md)."""
    run, total = summary["run"], summary["total"]
    out = []
    if summary.get("published_source"):
        out.append(f"paper: {summary['published_source']} ({NONE}: no published number)")
    top = total["top_unsupported"]
    if top:
        out.append("top unsupported instructions: " + ", ".join(f"{m} ×{n}" for m, n in top))
    out.append("false accepts (gg accepted, the judge failed): " + (", ".join(summary["false_accepts"]) or "none"))
    if summary["native_failures"]:
        shown = summary["native_failures"][:10]
        more = len(summary["native_failures"]) - len(shown)
        out.append("native baseline failures (corpus bugs, not translation failures): " + ", ".join(shown) + (f" and {more} more" if more else ""))
    if summary["task_errors"]:
        out.append("broken tasks: " + ", ".join(summary["task_errors"][:10]) + (f" and {len(summary['task_errors']) - 10} more" if len(summary["task_errors"]) > 10 else ""))
    t = total["seconds"]
    speed = f", {run['cases_per_second']:.2f} cases/s" if run.get("cases_per_second") else ""
    out.append(
        f"time: {_duration(run['wall_seconds'])} wall for {run['ran']} case(s) on {run['workers']} {run['executor']} worker(s){speed}"
        + (f" ({run['resumed']} resumed from earlier runs)" if run["resumed"] else "")
        + f"; per case median {t['median']:.2f}s, p95 {t['p95']:.2f}s"
    )
    if not summary["complete"]:
        out.append(f"incomplete: {total['cases']} of {total['planned']} cases have results (rerun with --resume)")
    return out


def print_summary(summary: dict[str, Any], console: Console) -> None:
    console.print(results_table(summary))
    for line in notes(summary):
        console.print(line, markup=False, highlight=False)


def report_md(summary: dict[str, Any], plots: list[str]) -> str:
    """report.md: the table, the notes and links to the plots."""
    cols = _columns(summary)
    headers = HEADERS + [CATEGORY_HEADERS[c] for c in cols]
    lines = [f"# gg eval: {summary['corpus']}", ""]
    run = summary["run"]
    lines.append(f"Proposer `{run['proposer']}`, targets {', '.join(summary['targets'])}, levels {', '.join(summary['opts'])}.")
    lines.append("")
    lines.append(
        "*pass rate*: cases whose translation passes the task's own check (its test driver, or its expected output) over all cases. "
        "*gg accepted*: cases gg itself verified (its own tests and coverage gate, without the task's check). "
        "*false acc.*: gg accepted and the task's check failed. "
        "*native ok*: the task's C built directly for the target passes its check."
    )
    lines.append("")
    lines.append("| " + " | ".join(headers) + " |")
    lines.append("|" + "|".join("---" if h in ("target", "opt") else "---:" for h in headers) + "|")
    for row in _rows(summary):
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    for n in notes(summary):
        lines.append(f"- {n}")
    lines.append("")
    if plots:
        for p in plots:
            title = p.rsplit(".", 1)[0].replace("_", " ")
            lines.append(f"![{title}]({p})")
            lines.append("")
        if "coverage.png" not in plots:
            lines.append("(no coverage plot: no case's verifier reported coverage)")
            lines.append("")
    else:
        lines.append("(no plots: matplotlib is not installed; `pip install 'gg[eval]'`)")
        lines.append("")
    lines.append("Files: `results.jsonl` (one record per case), `summary.json`, `run.json`.")
    return "\n".join(lines) + "\n"


class LiveProgress:
    """A rich progress bar with ETA and live pass counts (gg.eval.runner.Progress)."""

    def __init__(self, console: Console, label: str):
        self.console, self.label = console, label
        self.passed = self.accepted = self.false = self.done = 0
        self.bar: Progress | None = None
        self.task_id = None
        self.total = self.every = 1

    def _counts(self) -> str:
        fa = f"[bold red]{self.false}[/]" if self.false else "0"
        rate = f"{100 * self.passed / self.done:.1f}%" if self.done else "-"
        return f"pass {self.passed} ({rate})  gg accepted {self.accepted}  false accepts {fa}"

    def _add(self, rec: dict[str, Any]) -> None:
        self.done += 1
        self.passed += rec["status"] == PASS
        self.accepted += bool(rec["gg"]["accepted"])
        self.false += bool(rec["false_accept"])

    def start(self, total: int, done: list[dict[str, Any]]) -> None:
        for r in done:
            self._add(r)
        self.total = total
        if not self.console.is_terminal:
            # a log, not a screen: a plain line every 5% instead of a redrawn bar
            self.every = max(1, total // 20)
            self.console.print(f"{self.label}: {total} cases, {len(done)} already done", markup=False, highlight=False)
            return
        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[counts]}"),
            console=self.console,
            transient=False,
        )
        self.bar.start()
        self.task_id = self.bar.add_task(self.label, total=total, completed=len(done), counts=self._counts())

    def record(self, rec: dict[str, Any]) -> None:
        self._add(rec)
        if self.bar is not None:
            self.bar.update(self.task_id, advance=1, counts=self._counts())
        elif self.done % self.every == 0 or self.done == self.total:
            self.console.print(f"{self.label}: {self.done}/{self.total}  {self._counts()}", markup=True, highlight=False)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
