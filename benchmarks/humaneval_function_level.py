"""Function-level verification over HumanEval-C without the tasks' drivers, cross-checked by them.

Every task × target × level is translated by the rules proposer and verified by gg's function-level
verifier alone (generated tests, coverage gate). Each case gg accepts is then judged by the task's
own driver (program level under qemu-user): an accepted case the driver fails is a false accept.

    .venv/bin/python benchmarks/humaneval_function_level.py [-j 2] [--tasks 'HumanEval_1*'] [--out FILE.jsonl]
"""

from __future__ import annotations

import argparse
import collections
import fnmatch
import json
import multiprocessing as mp
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TASKS = ROOT / "corpora" / "humaneval-c" / "tasks"


def one(args: tuple[str, str, str, float]) -> dict:
    from gg import _native
    from gg.verify.function import Options, verify_functions
    from gg.verify.program import verify_program

    task, target, opt, budget = args
    d = TASKS / task
    src = (d / f"func.{opt}.s").read_text()
    rec = {"task": task, "target": target, "opt": opt}
    t0 = time.monotonic()
    try:
        cand = _native.translate(src, target)["text"]
    except Exception as e:  # the translator declines: not the verifier's business
        rec.update(status="not-translated", reason=str(e)[:200])
        return rec
    try:
        r = verify_functions(src, cand, target, Options(budget=budget))
    except Exception as e:  # a verifier bug: recorded, the run goes on
        rec.update(status="internal-error", reason=f"{type(e).__name__}: {e}"[:300])
        return rec
    unsupported = r.verdict.value == "insufficient-coverage" and r.reason.startswith("unsupported")
    rec.update(
        status="unsupported" if unsupported else r.verdict.value,
        reason=r.reason[:300],
        tests=r.tests,
        coverage=r.coverage,
        coverage_target=r.coverage_target,
        seconds=round(time.monotonic() - t0, 2),
    )
    if r.verdict.value == "verified" or "--judge-all" in sys.argv:
        j = verify_program(src, cand, target, test_driver=d / "test.c", timeout=20)
        rec["driver"] = j.verdict.value
        rec["driver_reason"] = j.reason[:200]
    return rec


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--tasks", default="HumanEval_*")
    ap.add_argument("--targets", default="riscv64,aarch64")
    ap.add_argument("--opts", default="O0,O2")
    ap.add_argument("--budget", type=float, default=20.0)
    ap.add_argument("--out", default="build/humaneval_function_level.jsonl")
    ap.add_argument("--judge-all", action="store_true")
    ap.add_argument("--resume", action="store_true", help="keep the records already in --out")
    a = ap.parse_args()
    tasks = sorted((p.name for p in TASKS.iterdir() if fnmatch.fnmatch(p.name, a.tasks)), key=lambda s: int(s.split("_")[1]))
    work = [(t, tg, o, a.budget) for t in tasks for tg in a.targets.split(",") for o in a.opts.split(",")]
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    done = [json.loads(l) for l in out.read_text().splitlines() if l.strip()] if a.resume and out.exists() else []
    have = {(r["task"], r["target"], r["opt"]) for r in done}
    work = [w for w in work if (w[0], w[1], w[2]) not in have]
    counts: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    false_accepts = []
    start = time.monotonic()
    for rec in done:
        counts[(rec["target"], rec["opt"])][rec["status"]] += 1
        if rec["status"] == "verified" and rec.get("driver") != "verified":
            false_accepts.append(rec)
    with open(out, "a" if a.resume else "w") as f, mp.get_context("spawn").Pool(a.j) as pool:
        for i, rec in enumerate(pool.imap_unordered(one, work), 1):
            f.write(json.dumps(rec) + "\n")
            f.flush()
            counts[(rec["target"], rec["opt"])][rec["status"]] += 1
            if rec["status"] == "verified" and rec.get("driver") != "verified":
                false_accepts.append(rec)
            if i % 40 == 0:
                print(f"{i}/{len(work)} {time.monotonic() - start:.0f}s", file=sys.stderr)
    cols = ["verified", "rejected", "insufficient-coverage", "unsupported", "not-translated", "internal-error"]
    print(f"{'target':8} {'opt':3} " + " ".join(f"{c:>22}" for c in cols))
    for (tg, o), c in sorted(counts.items()):
        print(f"{tg:8} {o:3} " + " ".join(f"{c[k]:>22}" for k in cols))
    tot = sum(counts.values(), collections.Counter())
    print(f"{'total':12} " + " ".join(f"{tot[k]:>22}" for k in cols))
    print(f"false accepts (gg verified, the task's driver fails): {len(false_accepts)}")
    for r in false_accepts:
        print("  ", r["task"], r["target"], r["opt"], r.get("driver_reason"))
    print(f"{len(work)} cases run in {time.monotonic() - start:.0f}s ({len(done)} kept from an earlier run)")


if __name__ == "__main__":
    main()
