"""Unit tests per second in Unicorn with block coverage on, for each target.

One test = the x86 original and the translation each run once on the same generated input, with
everything compared. Over a fixed set of HumanEval-C tasks (O2), a fixed number of tests each.

    .venv/bin/python benchmarks/unicorn_speed.py [--tests 300]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from gg import _native
from gg.verify import testgen
from gg.verify.function import FunctionVerifier, Options

ROOT = Path(__file__).resolve().parents[1]
TASKS = ["HumanEval_0", "HumanEval_3", "HumanEval_12", "HumanEval_26", "HumanEval_35", "HumanEval_55", "HumanEval_70", "HumanEval_96", "HumanEval_120", "HumanEval_150"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tests", type=int, default=300)
    a = ap.parse_args()
    for target in ("riscv64", "aarch64"):
        n = 0
        spent = 0.0
        for task in TASKS:
            src = (ROOT / "corpora" / "humaneval-c" / "tasks" / task / "func.O2.s").read_text()
            cand = _native.translate(src, target)["text"]
            fv = FunctionVerifier(src, cand, target, Options())
            for name in fv.functions:
                sig = fv.sigs[name]
                gen = testgen.Generator(sig, random.Random(0), fv.dictionary)
                inputs = [gen.fresh() for _ in range(a.tests)]
                t0 = time.perf_counter()
                for t in inputs:
                    xr, tr, diff, _ = fv.run_pair(name, sig, t)
                    if tr is not None:
                        fv.x.covered_ids(xr.outcome.blocks)
                        fv.t.covered_ids(tr.outcome.blocks)
                    n += 1
                spent += time.perf_counter() - t0
        print(f"{target}: {n} unit tests in {spent:.2f}s = {n / spent:.0f} tests/s (x86 + {target} run, compare, coverage)")


if __name__ == "__main__":
    main()
