"""Translation speed of the built-in translator: functions/s and lines/s over every committed corpus
file, and the time for one 5,000+ line gcc -O2 file (target: well under a second).

usage: .venv/bin/python benchmarks/translate_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from gg import _native

ROOT = Path(__file__).resolve().parent.parent


def corpus_files() -> list[Path]:
    files = sorted((ROOT / "corpora").glob("**/*.O[02].s"))
    return [f for f in files if f.is_file()]


def big_o2_file(min_lines: int = 5000) -> str:
    """Concatenate -O2 corpus files (local labels renamed per part) until the text is long enough."""
    parts, n, k = [], 0, 0
    for f in corpus_files():
        if not f.name.endswith(".O2.s"):
            continue
        k += 1
        text = f.read_text().replace(".L", f".Lp{k}_")
        # keep global symbols unique too: suffix the names the file defines as functions
        for line in text.splitlines():
            if line.startswith("\t.globl\t"):
                sym = line.split("\t")[2]
                text = re.sub(rf"(?<![\w.$]){re.escape(sym)}(?![\w$])", f"{sym}_{k}", text)
        parts.append(text)
        n += text.count("\n")
        if n >= min_lines:
            break
    return "\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    files = corpus_files()
    sources = [f.read_text() for f in files]
    lines = sum(s.count("\n") for s in sources)
    print(f"corpus: {len(files)} files, {lines} lines")
    for target in ("riscv64", "aarch64"):
        best = float("inf")
        funcs = 0
        ok = 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            funcs = ok = 0
            for s in sources:
                try:
                    r = _native.translate(s, target)
                    funcs += len(r["functions"])
                    ok += 1
                except Exception:
                    pass
            best = min(best, time.perf_counter() - t0)
        print(f"{target:8s} {ok}/{len(files)} files translated, {funcs / best:10.0f} functions/s, {lines / best:12.0f} lines/s ({best * 1000:.1f} ms total)")
    big = big_o2_file()
    n = big.count("\n")
    for target in ("riscv64", "aarch64"):
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            try:
                _native.translate(big, target)
            except Exception as e:  # still report the time to the first rejection
                err = str(e).splitlines()[0]
            else:
                err = ""
            times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        note = f" (stopped at: {err})" if err else ""
        print(f"{target:8s} one {n}-line -O2 file: {med * 1000:.1f} ms median of {args.repeat}{note}")


if __name__ == "__main__":
    main()
