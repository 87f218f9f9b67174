"""Human-readable rendering with rich."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from gg.pipeline import TranslateReport
from gg.verify.report import BlockCoverage, Verdict, VerifyReport

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
    if v is not None and v.level == "function":
        function_details(v, console)
    elif v is not None and v.x86 is not None:
        coverage_lines(v, console)
    if v is not None and v.build_log:
        console.print(_clip(v.build_log, 2000), markup=False, highlight=False)
    if r.output:
        console.print(f"  output: {r.output}" + (" (written although the coverage gate was not met: --accept-partial)" if r.partial else ""))
    elif r.verdict is not Verdict.UNVERIFIED:
        console.print("  nothing written")


def _pct(c: BlockCoverage | None) -> str:
    return "-" if c is None else f"{c.fraction:.0%} ({c.covered}/{c.total})"


def function_details(v: VerifyReport, console: Console, limit: int = 8) -> None:
    """The per-function table of a function-level report, the shrunk counterexample, uncovered blocks."""
    t = Table(show_header=True, header_style="bold", box=None, padding=(0, 2))
    for col in ("function", "signature", "tests", "passed", "x86 cov", f"{v.target} cov", "result", "time"):
        t.add_column(col)
    for f in v.functions:
        style = {"passed": "green", "mismatch": "red", "unsupported": "yellow"}[f.status]
        t.add_row(f.name, f.signature, str(f.tests), str(f.passed), _pct(f.x86), _pct(f.target), f"[{style}]{f.status}[/]", f"{f.seconds:.2f}s")
    console.print(t)
    for f in v.functions:
        if f.mismatch is not None:
            console.print(f"  counterexample (shrunk): {f.mismatch.input}", markup=False, highlight=False)
            console.print(f"  difference: {f.mismatch.difference}", markup=False, highlight=False)
        if f.solved:
            console.print(f"  {f.name}: z3 solved {f.solved} input(s) for blocks the tests missed; {f.solved_new} reached a new block", markup=False, highlight=False)
        for note in f.concolic_notes[:2]:
            console.print(f"  {f.name}: no proof from {note}", markup=False, highlight=False)
    coverage_lines(v, console, limit)


def coverage_lines(v: VerifyReport, console: Console, limit: int = 8) -> None:
    gate = f"gate {v.min_coverage:.0%}" if v.level == "function" or v.verdict is Verdict.INSUFFICIENT_COVERAGE else "reported, not gated"
    console.print(f"  reachable blocks covered: x86 {_pct(v.x86)}, {v.target} {_pct(v.target_blocks)} ({gate})")
    tb = v.target_blocks
    if tb is not None and tb.internal_total:
        console.print(f"  {v.target} blocks inside one x86 instruction's code (not gated): {tb.internal_covered}/{tb.internal_total} covered")
    for side, c in (("x86", v.x86), (v.target, v.target_blocks)):
        if c is None:
            continue
        for what, items in (("uncovered", c.uncovered), ("not counted, dead", c.dead), ("not counted, failure path", c.failure_only), ("not counted, proved unreachable", c.infeasible), ("uncovered inside one x86 instruction's code (not gated)", c.internal_uncovered)):
            if items:
                more = f" ... and {len(items) - limit} more" if len(items) > limit else ""
                console.print(f"  {side} {what}: " + "; ".join(items[:limit]) + more, markup=False, highlight=False)


def verify_report(v: VerifyReport, console: Console, title: str) -> None:
    console.print(f"[{_STYLE[v.verdict]}]{v.verdict.value}[/] {title} -> {v.target} ({v.level} level, {v.seconds:.2f}s)")
    console.print(f"  {v.reason}", markup=False, highlight=False)
    if v.level == "function":
        function_details(v, console)
    elif v.cases:
        if v.x86 is not None:
            coverage_lines(v, console)
        for i, c in enumerate(v.cases, 1):
            res = "match" if c.passed else f"differs: {', '.join(c.differences)}"
            console.print(f"  case {i}: {' '.join(c.args) or '-'}: native {c.native.summary()}, {v.target} {c.target.summary()}: {res}", markup=False, highlight=False)
    if v.build_log:
        console.print(_clip(v.build_log, 2000), markup=False, highlight=False)
