"""`gg eval`: every case of a corpus through the pipeline and the judge, results stored as they come.

Out directory:
  run.json        what was run (corpus, proposer, targets, opts; one entry per invocation)
  results.jsonl   one record per finished case (gg.eval.record), appended atomically
  summary.json    the aggregate (gg.eval.summary), written at the end
  report.md, *.png  the rendered report (gg.render.eval, gg.render.plots)
"""

from __future__ import annotations

import fnmatch
import json
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from gg import __version__
from gg import arch as archmod
from gg import corpus as corpusmod
from gg import propose
from gg.errors import InputError
from gg.eval import executors
from gg.eval.cases import CHECKERS, EvalCase, expand
from gg.eval.store import ResultStore
from gg.eval.summary import summarize
from gg.pipeline import atomic_write

RESULTS = "results.jsonl"
RUN = "run.json"
SUMMARY = "summary.json"


@dataclass
class EvalConfig:
    corpus: str
    out: Path
    targets: list[str] = field(default_factory=lambda: list(archmod.TARGETS))
    #: None: the corpus's own levels
    opts: list[str] | None = None
    proposer: str = "rules"
    jobs: int = 1
    executor: str = "local"
    address: str | None = None
    resume: bool = False
    force: bool = False
    #: task id patterns (fnmatch); None: every task
    tasks: list[str] | None = None
    limit: int | None = None
    timeout: float = 10.0
    checker: str = "pipeline"


@dataclass
class EvalOutcome:
    summary: dict[str, Any]
    out: Path
    ran: int
    resumed: int
    wall: float


class Progress:
    """Callbacks while a run goes on (the CLI draws a progress bar from them)."""

    def start(self, total: int, done: list[dict[str, Any]]) -> None: ...

    def record(self, rec: dict[str, Any]) -> None: ...

    def stop(self) -> None: ...


def prepare(cfg: EvalConfig) -> tuple[corpusmod.Corpus, list[str], list[str], list[EvalCase]]:
    """Check the configuration and expand the cases. Raises InputError for bad input."""
    corpus = corpusmod.load(cfg.corpus)
    try:
        targets = [archmod.get(t).name for t in cfg.targets]
        propose.get(cfg.proposer)
    except KeyError as e:
        raise InputError("gg eval", str(e.args[0])) from None
    if cfg.checker not in CHECKERS:
        raise InputError("gg eval", f"unknown checker {cfg.checker!r} (known: {', '.join(CHECKERS)})")
    opts = list(cfg.opts or corpus.opts)
    unknown = [o for o in opts if o not in corpus.opts and not any(t.sources for t in corpus.tasks)]
    if unknown:
        raise InputError("--opts", f"{', '.join(unknown)}: this corpus has assembly for {', '.join(corpus.opts)} only and no C to compile")
    tasks = corpus.tasks
    if cfg.tasks:
        tasks = [t for t in tasks if any(fnmatch.fnmatchcase(t.id, p) for p in cfg.tasks)]
        if not tasks:
            raise InputError("--tasks", f"no task of {corpus.name} matches {', '.join(cfg.tasks)}")
    if cfg.limit is not None:
        tasks = tasks[: cfg.limit]
    cases = expand(corpus, targets, opts, cfg.proposer, cfg.timeout, tasks, cfg.checker)
    return corpus, targets, opts, cases


def _open_out(cfg: EvalConfig, corpus: corpusmod.Corpus) -> dict[str, Any]:
    """Create or reopen the out directory; returns run.json's content (invocations so far)."""
    out = cfg.out
    results, run = out / RESULTS, out / RUN
    if results.exists() and not cfg.resume:
        if not cfg.force:
            raise InputError(str(results), "results of an earlier run are here: pass --resume to continue it, --force to start over, or another --out")
        for p in out.iterdir():
            if p.name in (RESULTS, RUN, SUMMARY, "report.md") or p.suffix == ".png":
                p.unlink() if p.is_file() else shutil.rmtree(p)
    meta: dict[str, Any] = {"corpus": corpus.name, "corpus_path": str(corpus.root), "proposer": cfg.proposer, "checker": cfg.checker, "invocations": []}
    if run.exists() and results.exists():
        try:
            old = json.loads(run.read_text())
        except ValueError as e:
            raise InputError(str(run), f"unreadable run description ({e}); use --force to start over") from None
        for k in ("corpus", "proposer", "checker"):
            if old.get(k) != meta[k]:
                raise InputError(str(run), f"cannot resume: this run used {k} {old.get(k)!r}, not {meta[k]!r}")
        meta["invocations"] = old.get("invocations", [])
    out.mkdir(parents=True, exist_ok=True)
    return meta


def run_eval(cfg: EvalConfig, progress: Progress | None = None, write_report: Callable[[dict[str, Any], list[dict[str, Any]], Path], None] | None = None) -> EvalOutcome:
    """Run (or resume) an evaluation. `write_report(summary, records, out)` renders the report files."""
    progress = progress or Progress()
    corpus, targets, opts, cases = prepare(cfg)
    executor = executors.make(cfg.executor, cfg.jobs, cfg.address)
    meta = _open_out(cfg, corpus)
    store = ResultStore(cfg.out / RESULTS)
    done = store.load()
    wanted = {c.key for c in cases}
    todo = [c for c in cases if c.key not in done]
    prior = [done[k] for k in wanted if k in done]
    inv = {
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "gg": __version__,
        "executor": cfg.executor,
        "workers": cfg.jobs,
        "targets": targets,
        "opts": opts,
        "cases": len(cases),
        "resumed": len(prior),
        "ran": 0,
        "wall_seconds": 0.0,
        "finished": False,
    }
    meta["invocations"].append(inv)
    atomic_write(cfg.out / RUN, json.dumps(meta, indent=2) + "\n")
    start = time.monotonic()
    new: list[dict[str, Any]] = []
    progress.start(len(cases), prior)
    try:
        for rec in executor.run(todo):
            store.append(rec)
            new.append(rec)
            progress.record(rec)
        inv["finished"] = True
    finally:
        progress.stop()
        store.close()
        inv["ran"] = len(new)
        inv["workers"] = executor.workers
        inv["wall_seconds"] = round(time.monotonic() - start, 2)
        atomic_write(cfg.out / RUN, json.dumps(meta, indent=2) + "\n")
    wall = time.monotonic() - start
    records = prior + new
    order = {c.key: i for i, c in enumerate(cases)}
    records.sort(key=lambda r: order[r["key"]])
    planned: dict[tuple[str, str], int] = {}
    for c in cases:
        planned[(c.target, c.opt)] = planned.get((c.target, c.opt), 0) + 1
    run_info = {
        "proposer": cfg.proposer,
        "checker": cfg.checker,
        "executor": cfg.executor,
        "workers": executor.workers,
        "wall_seconds": round(wall, 2),
        "ran": len(new),
        "resumed": len(prior),
        "cases_per_second": round(len(new) / wall, 3) if wall > 0 and new else None,
        "all_invocations_wall_seconds": round(sum(s["wall_seconds"] for s in meta["invocations"]), 2),
    }
    corpus_info = {"name": corpus.name, "kind": corpus.kind, "published": corpus.published}
    summary = summarize(records, corpus_info, targets, opts, planned, run_info)
    atomic_write(cfg.out / SUMMARY, json.dumps(summary, indent=2) + "\n")
    if write_report is not None:
        write_report(summary, records, cfg.out)
    return EvalOutcome(summary, cfg.out, len(new), len(prior), wall)
