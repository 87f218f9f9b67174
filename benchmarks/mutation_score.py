"""Mutation score of the function-level verifier.

Takes accepted translations of HumanEval-C tasks (gg verifies them at function level), applies
automatic semantic mutations to the translated code (flipped branch conditions, immediates ±1,
a source register swapped for another, a dropped store, sign ↔ zero extension), and asks two
questions of each mutant that still assembles:
  - does it change behaviour? the task's own driver, run under qemu-user, fails;
  - does gg catch it? the function-level verifier (without the driver) does not accept it.
Mutation score = caught / behaviour-changing.

    .venv/bin/python benchmarks/mutation_score.py [-n 260] [-j 2] [--seed 1]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TASKS = ROOT / "corpora" / "humaneval-c" / "tasks"

FLIP = {
    "riscv64": {"beq": "bne", "bne": "beq", "blt": "bge", "bge": "blt", "bltu": "bgeu", "bgeu": "bltu", "beqz": "bnez", "bnez": "beqz",
                "blez": "bgtz", "bgtz": "blez", "bgez": "bltz", "bltz": "bgez", "bgt": "ble", "ble": "bgt", "bgtu": "bleu", "bleu": "bgtu"},
    "aarch64": {"b.eq": "b.ne", "b.ne": "b.eq", "b.lt": "b.ge", "b.ge": "b.lt", "b.gt": "b.le", "b.le": "b.gt", "b.hi": "b.ls", "b.ls": "b.hi",
                "b.cs": "b.cc", "b.cc": "b.cs", "b.hs": "b.lo", "b.lo": "b.hs", "b.mi": "b.pl", "b.pl": "b.mi", "cbz": "cbnz", "cbnz": "cbz", "tbz": "tbnz", "tbnz": "tbz"},
}
EXTEND = {
    "riscv64": {"lw": "lwu", "lwu": "lw", "lb": "lbu", "lbu": "lb", "lh": "lhu", "lhu": "lh"},
    "aarch64": {"ldrsw": "ldr", "ldrb": "ldrsb", "ldrsb": "ldrb", "ldrh": "ldrsh", "ldrsh": "ldrh", "sxtw": "uxtw", "uxtw": "sxtw", "sxtb": "uxtb", "uxtb": "sxtb"},
}
STORES = {"riscv64": {"sw", "sd", "sb", "sh", "fsd", "fsw"}, "aarch64": {"str", "strb", "strh", "stur", "sturb", "sturh", "stp"}}
IMM_OPS = {"riscv64": {"addi", "addiw", "li", "slti", "sltiu", "andi", "xori", "ori"}, "aarch64": {"add", "sub", "cmp", "movz", "mov", "adds", "subs", "cmn"}}
RV_REGS = ["a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "t0", "t1", "t2", "s1", "s2", "s3"]
A64_REGS = [f"x{i}" for i in range(0, 14)] + [f"w{i}" for i in range(0, 14)]


def sites(text: str, target: str) -> list[tuple[int, str, str]]:
    """(line index, kind, mutated line) for every mutation of the translated code."""
    out = []
    comment = "//" if target == "aarch64" else "#"
    lines = text.splitlines()
    for i, raw in enumerate(lines):
        line = raw.split(comment)[0] if target != "aarch64" else raw.split("//")[0]
        s = line.strip()
        if not s or s.endswith(":") or s.startswith("."):
            continue
        parts = s.split(None, 1)
        mnem, rest = parts[0], parts[1] if len(parts) > 1 else ""
        indent = raw[: len(raw) - len(raw.lstrip())]
        if mnem in FLIP[target]:
            out.append((i, "flip-branch", f"{indent}{FLIP[target][mnem]} {rest}"))
        if mnem in EXTEND[target]:
            out.append((i, "extension", f"{indent}{EXTEND[target][mnem]} {rest}"))
        if mnem in STORES[target]:
            out.append((i, "drop-store", ""))
        if mnem in IMM_OPS[target]:
            m = re.search(r"(#?)(-?\d+)\s*$", rest) if target == "aarch64" else re.search(r"(,\s*)(-?\d+)\s*$", rest)
            if m and (target == "riscv64" or m.group(1) == "#"):
                v = int(m.group(2))
                for d in (1, -1):
                    nv = v + d
                    if target == "aarch64" and nv < 0:
                        continue
                    out.append((i, "immediate", f"{indent}{mnem} {rest[: m.start(2)]}{nv}"))
        regs = RV_REGS if target == "riscv64" else A64_REGS
        ops = [o.strip() for o in rest.split(",")]
        if len(ops) >= 2 and mnem not in STORES[target]:
            src = ops[-1] if target == "riscv64" else ops[1]
            if src in regs:
                pool = [r for r in regs if r != src and r[0] == src[0]]
                new = random.Random(i).choice(pool)
                idx = len(ops) - 1 if target == "riscv64" else 1
                ops2 = ops[:idx] + [new] + ops[idx + 1:]
                out.append((i, "swap-register", f"{indent}{mnem} {', '.join(ops2)}"))
    return out


def mutate(text: str, site: tuple[int, str, str]) -> str:
    lines = text.splitlines()
    i, _, new = site
    lines[i] = new
    return "\n".join(lines) + "\n"


def accepted(args):
    from gg import _native
    from gg.verify.function import Options, verify_functions

    task, target, opt = args
    src = (TASKS / task / f"func.{opt}.s").read_text()
    try:
        cand = _native.translate(src, target)["text"]
    except Exception:
        return None
    r = verify_functions(src, cand, target, Options(budget=10))
    return (task, target, opt, cand) if r.verdict.value == "verified" else None


def judge(args):
    from gg.verify.function import Options, verify_functions
    from gg.verify.program import verify_program

    task, target, opt, kind, mutant, where = args
    src = (TASKS / task / f"func.{opt}.s").read_text()
    d = verify_program(src, mutant, target, test_driver=TASKS / task / "test.c", timeout=10)
    if "does not assemble" in d.reason:
        return (task, target, opt, kind, "invalid", "", where)
    changes = d.verdict.value != "verified"
    g = verify_functions(src, mutant, target, Options(budget=10))
    return (task, target, opt, kind, "changes" if changes else "same", g.verdict.value, where)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=260, help="mutants to judge")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--tasks", type=int, default=60, help="tasks to draw accepted translations from")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    all_tasks = sorted(p.name for p in TASKS.iterdir())
    rng.shuffle(all_tasks)
    work = [(t, tg, o) for t in all_tasks[: a.tasks] for tg in ("riscv64", "aarch64") for o in ("O0", "O2")]
    start = time.monotonic()
    with mp.get_context("spawn").Pool(a.j) as pool:
        base = [b for b in pool.map(accepted, work) if b]
        print(f"{len(base)} accepted translations from {len(work)} cases ({time.monotonic() - start:.0f}s)", file=sys.stderr)
        candidates = []
        for task, target, opt, cand in base:
            for s in sites(cand, target):
                candidates.append((task, target, opt, s[1], mutate(cand, s), f"line {s[0] + 1}: {cand.splitlines()[s[0]].strip()} -> {s[2].strip() or '(deleted)'}"))
        rng.shuffle(candidates)
        # spread over kinds: round-robin by kind
        by_kind: dict[str, list] = {}
        for c in candidates:
            by_kind.setdefault(c[3], []).append(c)
        picked = []
        while len(picked) < a.n and any(by_kind.values()):
            for k in sorted(by_kind):
                if by_kind[k] and len(picked) < a.n:
                    picked.append(by_kind[k].pop())
        results = pool.map(judge, picked)
    valid = [r for r in results if r[4] != "invalid"]
    changing = [r for r in valid if r[4] == "changes"]
    caught = [r for r in changing if r[5] != "verified"]
    rejected = [r for r in changing if r[5] == "rejected"]
    same_flagged = [r for r in valid if r[4] == "same" and r[5] == "rejected"]
    print(f"mutants judged: {len(results)} ({len(results) - len(valid)} do not assemble), valid {len(valid)}")
    kinds = sorted({r[3] for r in valid})
    for k in kinds:
        ch = [r for r in changing if r[3] == k]
        print(f"  {k:14} valid {sum(r[3] == k for r in valid):4}  behaviour-changing {len(ch):4}  caught {sum(r[5] != 'verified' for r in ch):4}")
    print(f"behaviour-changing (the task's driver fails): {len(changing)}")
    print(f"caught by gg without the driver: {len(caught)} (rejected {len(rejected)}, not accepted for coverage {len(caught) - len(rejected)})")
    print(f"mutation score: {len(caught) / max(1, len(changing)):.1%}  (rejected only: {len(rejected) / max(1, len(changing)):.1%})")
    print(f"equivalent-by-driver mutants gg rejects (the driver misses them; gg's tests see a difference): {len(same_flagged)}")
    for r in changing:
        if r[5] == "verified":
            print("  survived:", *r[:4], r[6])
    print(f"{time.monotonic() - start:.0f}s")


if __name__ == "__main__":
    main()
