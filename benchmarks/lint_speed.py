"""Parse + lint throughput of the native front end against the GNU assembler on the same file.

For each ISA a file of about 100,000 lines is built from the corpora (x86: the committed gcc output;
RISC-V and AArch64: translations of it by the built-in translator), every part's labels renamed so
the whole file assembles. The script times `_native.lint` (parse + every rule) and `as` (to an
object file) and prints lines/s and the ratio lint time / as time (target: at most 1.0).

usage: .venv/bin/python benchmarks/lint_speed.py [--lines N] [--repeat N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from gg import _native

ROOT = Path(__file__).resolve().parent.parent
AS = {"x86_64": ["as", "--64"], "riscv64": ["riscv64-linux-gnu-as"], "aarch64": ["aarch64-linux-gnu-as"]}
LABEL = re.compile(r"^([A-Za-z_.$][\w.$]*):|^\s*\.(?:comm|lcomm|set|equ)\s+([A-Za-z_.$][\w.$]*)", re.M)
SYMBOL = re.compile(r"[A-Za-z_.$][\w.$]*")


def x86_sources() -> list[str]:
    files = sorted((ROOT / "corpora").glob("humaneval-c/tasks/*/*.s")) + sorted((ROOT / "corpora").glob("programs/*.s"))
    return [f.read_text() for f in files]


def rename(text: str, k: int) -> str:
    """Give every label the text defines a per-part suffix (strings are left alone)."""
    defined = {a or b for a, b in LABEL.findall(text)}
    out = []
    for line in text.split("\n"):
        head, quote, rest = line.partition('"')

        def sub(m: re.Match) -> str:
            # the first word of a statement is a mnemonic unless it is a label (`add:` vs `add a0,...`)
            mnemonic = not head[: m.start()].strip() and not head[m.end() :].startswith(":")
            return m.group(0) if mnemonic or m.group(0) not in defined else f"{m.group(0)}_{k}"

        out.append(SYMBOL.sub(sub, head) + quote + rest)
    return "\n".join(out)


def big_file(isa: str, lines: int) -> str:
    parts, n, k = [], 0, 0
    while n < lines:
        for src in x86_sources():
            if isa != "x86_64":
                try:
                    src = _native.translate(src, isa)["text"]
                except _native.GgError:
                    continue
            k += 1
            part = rename(src, k)
            parts.append(part)
            n += part.count("\n")
            if n >= lines:
                break
    return "\n".join(parts)


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"{'isa':8} {'lines':>8} {'lint s':>8} {'lint lines/s':>13} {'as s':>8} {'as lines/s':>12} {'lint/as':>8}  diagnostics", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for isa in ("x86_64", "riscv64", "aarch64"):
            text = big_file(isa, args.lines)
            n = text.count("\n") + 1
            src, obj = Path(tmp) / f"{isa}.s", Path(tmp) / f"{isa}.o"
            src.write_text(text)
            diags = _native.lint(text, isa)
            t_lint = best(lambda: _native.lint(text, isa), args.repeat)
            r = subprocess.run([*AS[isa], str(src), "-o", str(obj)], capture_output=True, text=True)
            if r.returncode != 0:
                raise SystemExit(f"{isa}: the assembler rejects the benchmark file:\n{r.stderr[:2000]}")
            t_as = best(lambda: subprocess.run([*AS[isa], str(src), "-o", str(obj)], check=True), args.repeat)
            errors = sum(d["severity"] == "error" for d in diags)
            print(f"{isa:8} {n:8d} {t_lint:8.3f} {n / t_lint:13,.0f} {t_as:8.3f} {n / t_as:12,.0f} {t_lint / t_as:8.2f}  {errors} errors, {len(diags) - errors} warnings")


if __name__ == "__main__":
    main()
