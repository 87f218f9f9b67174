"""Aggregate result records into the summary (`summary.json`): per target × optimization level and overall."""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any, Iterable

from gg.eval.record import CATEGORIES, ERROR, PASS


def _times(secs: list[float]) -> dict[str, float]:
    if not secs:
        return {"mean": 0.0, "median": 0.0, "p95": 0.0, "max": 0.0, "total": 0.0}
    s = sorted(secs)
    return {
        "mean": round(statistics.fmean(s), 3),
        "median": round(statistics.median(s), 3),
        "p95": round(s[min(len(s) - 1, int(0.95 * len(s)))], 3),
        "max": round(s[-1], 3),
        "total": round(sum(s), 3),
    }


def _cell(recs: list[dict[str, Any]], planned: int, published: float | None) -> dict[str, Any]:
    n = len(recs)
    judged = [r for r in recs if r["status"] != ERROR]
    passed = sum(r["status"] == PASS for r in recs)
    cats = Counter(r["category"] for r in recs if r["category"])
    unsupported = Counter(r["unsupported"]["mnemonic"] for r in recs if r.get("unsupported"))
    native = [r["native"]["status"] for r in recs]
    return {
        "planned": planned,
        "cases": n,
        "judged": len(judged),
        "passed": passed,
        #: judge passes over all cases run (a broken task counts as not passed)
        "pass_rate": round(100.0 * passed / n, 2) if n else None,
        "published": published,
        "gg_accepted": sum(r["gg"]["accepted"] for r in recs),
        "gg_verdicts": dict(sorted(Counter(r["gg"]["verdict"] for r in recs).items())),
        "false_accepts": sum(r["false_accept"] for r in recs),
        "native_passed": native.count(PASS),
        "native_failed": native.count("fail"),
        "native_na": native.count("n/a"),
        "categories": {c: cats.get(c, 0) for c in CATEGORIES},
        "top_unsupported": [[m, n] for m, n in unsupported.most_common(10)],
        "seconds": _times([r["seconds"] for r in recs]),
    }


def summarize(records: Iterable[dict[str, Any]], corpus: dict[str, Any], targets: list[str], opts: list[str], planned: dict[tuple[str, str], int], run: dict[str, Any]) -> dict[str, Any]:
    """`corpus`: name, kind, published {source, rates}; `planned`: cases per (target, opt) in this
    selection; `run`: proposer, executor, workers, wall seconds..."""
    recs = list(records)
    rates = corpus.get("published", {}).get("rates", {})
    cells = []
    for target in targets:
        for opt in opts:
            sub = [r for r in recs if r["target"] == target and r["opt"] == opt]
            cell = _cell(sub, planned.get((target, opt), len(sub)), rates.get(target, {}).get(opt))
            cells.append({"target": target, "opt": opt, **cell})
    total = _cell(recs, sum(planned.values()), None)
    false_accepts = sorted(r["key"] for r in recs if r["false_accept"])
    native_failures = sorted(r["key"] for r in recs if r["native"]["status"] == "fail")
    task_errors = sorted({r["task"] for r in recs if r["category"] == "task-error"})
    return {
        "corpus": corpus.get("name"),
        "corpus_kind": corpus.get("kind"),
        "published_source": corpus.get("published", {}).get("source", ""),
        "targets": targets,
        "opts": opts,
        "run": run,
        "complete": total["cases"] == total["planned"],
        "cells": cells,
        "total": total,
        "false_accepts": false_accepts,
        "native_failures": native_failures,
        "task_errors": task_errors,
    }
