#!/usr/bin/env python3
"""Throughput of `gg eval` per executor on a small HumanEval-C subset, in one run.

    .venv/bin/python benchmarks/eval_bench.py [--tasks 8] [--targets riscv64] [--opts O0,O2]

Prints cases/second for the local executor with -j1 and -j2, and for Ray with 2 workers: once
including Ray's start-up (what a `gg eval --executor ray` run pays) and once with Ray already up
(the steady state a long run approaches). Every configuration evaluates the same cases into its own
scratch out directory; the pass counts are printed to show they agree.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from gg.eval import EvalConfig, run_eval


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="humaneval-c")
    ap.add_argument("--tasks", type=int, default=8, help="first N tasks of the corpus")
    ap.add_argument("--targets", default="riscv64,aarch64")
    ap.add_argument("--opts", default="O0,O2")
    args = ap.parse_args()
    configs = [("local -j1", "local", 1, False), ("local -j2", "local", 2, False), ("ray 2 workers (with start-up)", "ray", 2, False), ("ray 2 workers (already up)", "ray", 2, True)]
    print(f"corpus {args.corpus}: first {args.tasks} tasks x {args.targets} x {args.opts} on {os.cpu_count()} CPUs")
    print(f"{'executor':32} {'cases':>6} {'wall s':>8} {'cases/s':>8} {'judge pass':>11}")
    with tempfile.TemporaryDirectory(prefix="gg-eval-bench-") as tmp:
        for label, executor, jobs, warm in configs:
            if warm:
                import ray

                ray.init(num_cpus=jobs, include_dashboard=False, log_to_driver=False, configure_logging=False)
            cfg = EvalConfig(
                corpus=args.corpus,
                out=Path(tmp) / label.replace(" ", "_"),
                targets=args.targets.split(","),
                opts=args.opts.split(","),
                jobs=jobs,
                executor=executor,
                limit=args.tasks,
            )
            start = time.monotonic()
            o = run_eval(cfg)
            wall = time.monotonic() - start
            if warm:
                ray.shutdown()
            print(f"{label:32} {o.ran:6d} {wall:8.2f} {o.ran / wall:8.2f} {o.summary['total']['passed']:11d}")


if __name__ == "__main__":
    main()
