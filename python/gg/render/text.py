"""Human-readable rendering with rich."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from gg.pipeline import TranslateReport
from gg.verify.report import Verdict

_STYLE = {
    Verdict.VERIFIED: "bold green",
    Verdict.UNVERIFIED: "bold yellow",
    Verdict.REJECTED: "bold red",
    Verdict.INSUFFICIENT_COVERAGE: "bold yellow",
    Verdict.INPUT_ERROR: "bold red",
}


def _clip(s: str, n: int = 400) -> str:
    return s if len(s) <= n else s[:n] + f"... ({len(s) - n} more characters)"


def translate_report(r: TranslateReport, console: Console) -> None:
    console.print(f"[{_STYLE[r.verdict]}]{r.verdict.value}[/] {r.input} -> {r.target} ({r.proposer} proposer, {r.seconds:.2f}s)")
    if r.flavor == "macos":
        console.print("  input: Apple (Mach-O) flavour, read as its Linux (ELF) equivalent")
    if r.functions:
        console.print(f"  functions: {', '.join(r.functions)}  ({r.instructions} x86 instructions)")
    console.print(f"  {r.reason}", markup=False, highlight=False)
    v = r.verify
    if v is not None and v.cases:
        t = Table(show_header=True, header_style="bold", box=None, padding=(0, 2))
        for col in ("case", "args", "native", r.target, "result"):
            t.add_column(col)
        for i, c in enumerate(v.cases, 1):
            res = "[green]match[/]" if c.passed else f"[red]differs: {', '.join(c.differences)}[/]"
            t.add_row(str(i), " ".join(c.args) or "-", c.native.summary(), c.target.summary(), res)
        console.print(t)
        for c in v.cases:
            if c.passed:
                continue
            for stream in ("stdout", "stderr"):
                if stream in c.differences:
                    console.print(f"  native {stream}: {_clip(getattr(c.native, stream))!r}", markup=False, highlight=False)
                    console.print(f"  {r.target} {stream}: {_clip(getattr(c.target, stream))!r}", markup=False, highlight=False)
            break
    if v is not None and v.build_log:
        console.print(_clip(v.build_log, 2000), markup=False, highlight=False)
    if r.output:
        console.print(f"  output: {r.output}")
    elif r.verdict is not Verdict.UNVERIFIED:
        console.print("  nothing written")
