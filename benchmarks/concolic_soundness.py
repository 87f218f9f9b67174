"""Soundness and reach of the concolic prover over HumanEval-C.

For every task × level, the generated tests run first (concolic step off) and record which x86
blocks they reached. Then the prover is asked about *every* counted block of the file, covered or
not. A block a test ran that the prover calls unreachable is a false proof: the count must be 0.
The uncovered blocks it does prove are what the concolic step takes off the gate.

    .venv/bin/python benchmarks/concolic_soundness.py [-j 2] [--tasks 'HumanEval_1*'] [--opts O0,O2]
"""

from __future__ import annotations

import argparse
import fnmatch
import multiprocessing as mp
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TASKS = ROOT / "corpora" / "humaneval-c" / "tasks"


def one(args: tuple[str, str]) -> dict:
    import random

    from gg import _native
    from gg.verify import concolic, testgen
    from gg.verify.function import FunctionVerifier, Options

    task, opt = args
    src = (TASKS / task / f"func.{opt}.s").read_text()
    cand = _native.translate(src, "riscv64")["text"]
    opts = Options(budget=20, concolic=False)
    fv = FunctionVerifier(src, cand, "riscv64", opts)
    rng = random.Random(0)
    snaps: dict[int, list] = {}
    for name in fv.functions:
        fv.verify_function(name, time.monotonic() + 10, rng)
        gen = testgen.Generator(fv.sigs[name], rng, fv.dictionary)
        for a, lst in fv.snapshots(name, fv.sigs[name], [gen.fresh() for _ in range(30)]).items():
            snaps.setdefault(a, []).extend(lst)
    counted = fv.x.blocks.counted()
    t0 = time.monotonic()
    proof = concolic.prove(fv.graph(), fv.x86_img, counted, time.monotonic() + 30, snaps)
    secs = time.monotonic() - t0
    false = proof.infeasible & fv.cov_x
    missed = counted - fv.cov_x
    return {
        "case": f"{task} {opt}",
        "blocks": len(counted),
        "uncovered": len(missed),
        "proved_uncovered": len(proof.infeasible & missed),
        "false": sorted(fv.x.blocks.blocks[b].name() for b in false),
        "notes": proof.notes,
        "seconds": round(secs, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--tasks", default="*")
    ap.add_argument("--opts", default="O0,O2")
    args = ap.parse_args()
    tasks = sorted((p.name for p in TASKS.iterdir() if fnmatch.fnmatch(p.name, args.tasks)), key=lambda n: int(n.split("_")[1]))
    jobs = [(t, o) for t in tasks for o in args.opts.split(",")]
    start = time.monotonic()
    with mp.Pool(args.j) as pool:
        rows = pool.map(one, jobs, chunksize=1)
    blocks = sum(r["blocks"] for r in rows)
    uncovered = sum(r["uncovered"] for r in rows)
    proved = sum(r["proved_uncovered"] for r in rows)
    false = [(r["case"], f) for r in rows for f in r["false"]]
    notes = [(r["case"], n) for r in rows for n in r["notes"]]
    for r in rows:
        if r["uncovered"]:
            print(f"{r['case']:22} uncovered {r['uncovered']:3}  proved {r['proved_uncovered']:3}  {r['seconds']:6.2f}s")
    print(f"files {len(rows)}, counted x86 blocks {blocks}, uncovered by the tests {uncovered}, proved unreachable {proved}")
    print(f"false proofs (a covered block called unreachable): {len(false)}")
    for c, f in false:
        print(f"  FALSE {c}: {f}")
    print(f"entries not analysed: {len(notes)}")
    for c, n in notes[:20]:
        print(f"  {c}: {n}")
    secs = sorted(r["seconds"] for r in rows)
    print(f"prover time per file: median {secs[len(secs) // 2]:.2f}s, max {secs[-1]:.2f}s; wall {time.monotonic() - start:.0f}s")


if __name__ == "__main__":
    main()
