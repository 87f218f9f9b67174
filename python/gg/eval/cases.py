"""One evaluated case: task × target × optimization level, and the work it takes to judge it.

A case carries the bytes of every file its task needs, so a worker anywhere (another process, a Ray
node without the corpus) can evaluate it: the files are written to a scratch directory laid out
like the corpus, then

  x86 assembly (committed, or `gcc -S` of the C) → proposer → gg's own verdict (the pipeline) →
  the judge (the task's driver or expected output) → the native baseline (the C built for the target)
"""

from __future__ import annotations

import os
import socket
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from gg import arch as archmod
from gg import propose, toolchain
from gg.corpus import FUNCTION, Corpus, Task
from gg.errors import InputError, ToolchainError
from gg.eval.record import ERROR, FAIL, PASS, CaseRecord, GgResult, JudgeResult, NativeResult, case_key, combine
from gg.pipeline import TranslateReport, read_source, translate_file
from gg.propose import Proposal
from gg.verify.program import Case, Support, verify_program
from gg.verify.report import Verdict, VerifyReport


@dataclass
class EvalCase:
    task: Task
    target: str
    opt: str
    proposer: str
    timeout: float
    #: every file the task needs, relative to the corpus root → contents
    files: dict[str, bytes] = field(default_factory=dict)
    #: name of the gg-verdict step (see CHECKERS)
    checker: str = "pipeline"

    @property
    def key(self) -> str:
        return case_key(self.task.id, self.target, self.opt)


def expand(corpus: Corpus, targets: list[str], opts: list[str], proposer: str, timeout: float, tasks: list[Task] | None = None, checker: str = "pipeline") -> list[EvalCase]:
    """Every case of the corpus (or of `tasks`), task-major, with the task's files read once."""
    out = []
    for task in tasks if tasks is not None else corpus.tasks:
        files: dict[str, bytes] = {}
        for f in task.files():
            try:
                files[f] = (corpus.root / f).read_bytes()
            except OSError:
                pass  # recorded as the task's problem when the case runs
        for opt in opts:
            if task.asm_for(opt) is None and task.sources == () and task.problem is None and task.assembly:
                continue  # ready-made assembly only for some levels, and no C to compile the others
            for target in targets:
                out.append(EvalCase(task, target, opt, proposer, timeout, files, checker))
    return out


# ---------------------------------------------------------------- the gg-verdict step (pluggable)


@dataclass
class CheckRequest:
    """What gg's own verdict is reached from: the x86 input, the candidate, and how to run it."""

    input: Path
    target: str
    proposal: Proposal
    #: program runs (argv + stdin) for a program task; None for a file of functions
    cases: list[Case] | None
    support: Support
    timeout: float
    output: Path


def pipeline_check(req: CheckRequest) -> TranslateReport:
    """gg's verdict exactly as `gg translate` reaches it (without the task's driver)."""
    return translate_file(req.input, req.target, req.output, proposal=req.proposal, cases=req.cases, support=req.support, timeout=req.timeout)


CHECKERS: dict[str, Callable[[CheckRequest], TranslateReport]] = {"pipeline": pipeline_check}


def register_checker(name: str, fn: Callable[[CheckRequest], TranslateReport]) -> None:
    CHECKERS[name] = fn


# ---------------------------------------------------------------- classification


def build_category(log: str) -> str:
    """`lint` when the assembler rejects the candidate's text, `build` when it assembles but does not link."""
    return "lint" if ("Assembler messages" in log or ": Error:" in log) else "build"


def verify_category(vr: VerifyReport) -> str:
    if vr.build_log and not vr.cases:
        return build_category(vr.build_log)
    if any(c.target.timed_out or c.native.timed_out for c in vr.cases):
        return "timeout"
    return "mismatch"


def proposal_category(p: Proposal) -> str:
    return "unsupported" if p.unsupported else "proposer-error"


def gg_result(report: TranslateReport, proposal: Proposal, seconds: float) -> GgResult:
    v = report.verdict
    vr = report.verify
    level = vr.level if vr is not None else ""
    coverage = getattr(vr, "coverage", None)
    if v is Verdict.VERIFIED:
        return GgResult(v.value, True, None, report.reason, level, coverage, seconds)
    if v is Verdict.INSUFFICIENT_COVERAGE:
        cat = "coverage-short"
    elif proposal.text is None:
        cat = proposal_category(proposal)
    elif report.what == "lint":
        cat = "lint"
    elif vr is not None:
        cat = verify_category(vr)
    else:
        cat = "mismatch"
    return GgResult(v.value, False, cat, report.reason, level, coverage, seconds)


# ---------------------------------------------------------------- the work


class _TaskError(Exception):
    """The task cannot be judged (a corpus bug): recorded, never raised past run_case."""


class _Scratch:
    """A case's files laid out like the corpus in a scratch directory."""

    def __init__(self, case: EvalCase, root: Path):
        self.case, self.root, self.task = case, root, case.task
        for rel, data in case.files.items():
            p = root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
        self.dir = root / self.task.dir
        self.dir.mkdir(parents=True, exist_ok=True)
        self.arch = archmod.get(case.target)
        self.cflags = self._cflags()
        self.support = Support(tuple(root / lib for lib in self.task.libs), self.cflags, self.task.ldflags)

    def _cflags(self) -> tuple[str, ...]:
        """The task's flags with `-I` paths (relative to the task directory) made absolute."""
        out: list[str] = []
        flags = list(self.task.cflags)
        i = 0
        while i < len(flags):
            f = flags[i]
            if f == "-I" and i + 1 < len(flags):
                out.append(f"-I{(self.dir / flags[i + 1]).resolve()}")
                i += 2
                continue
            out.append(f"-I{(self.dir / f[2:]).resolve()}" if f.startswith("-I") and not Path(f[2:]).is_absolute() else f)
            i += 1
        return tuple(out)

    def path(self, rel: str) -> Path:
        return self.root / rel

    def c_unit(self) -> Path:
        """The C code under test as one file (several sources are `#include`d into one unit)."""
        srcs = self.task.sources
        if len(srcs) == 1:
            return self.path(srcs[0])
        unit = self.dir / ".gg-unit.c"
        unit.write_text("".join(f'#include "{os.path.relpath(self.path(s), self.dir)}"\n' for s in srcs))
        return unit

    def x86_asm(self) -> Path:
        rel = self.task.asm_for(self.case.opt)
        if rel is not None:
            return self.path(rel)
        if not self.task.sources:
            raise _TaskError(f"no -{self.case.opt} assembly and no C source to compile it from")
        out = self.dir / f".gg-x86.{self.case.opt}.s"
        r = toolchain.compile_to_asm(archmod.HOST, self.c_unit(), out, f"-{self.case.opt}", self.cflags)
        if r.returncode != 0:
            raise _TaskError(f"the C source does not compile for x86-64 at -{self.case.opt}:\n{r.stderr.strip()[:2000]}")
        return out

    def runs(self) -> list[Case]:
        return [Case(list(r.args), self.path(r.stdin).read_bytes() if r.stdin else b"") for r in self.task.runs]

    def expected(self, i: int) -> tuple[str | None, int | None]:
        r = self.task.runs[i]
        out = self.path(r.stdout).read_bytes().decode("utf-8", errors="backslashreplace") if r.stdout else None
        return out, r.exit


def _judge(s: _Scratch, source: str, prop: Proposal) -> JudgeResult:
    start = time.monotonic()
    if prop.text is None:
        return JudgeResult(FAIL, proposal_category(prop), "no candidate to judge", 0.0)
    if s.task.kind == FUNCTION:
        vr = verify_program(source, prop.text, s.case.target, None, s.path(s.task.driver), s.case.timeout, s.support, measure_coverage=False)
    else:
        vr = verify_program(source, prop.text, s.case.target, s.runs(), None, s.case.timeout, s.support, measure_coverage=False)
    secs = time.monotonic() - start
    if vr.verdict is Verdict.INPUT_ERROR:
        return JudgeResult(ERROR, "task-error", f"{vr.reason}: {vr.build_log.strip()[:2000]}", secs)
    if not vr.cases:
        return JudgeResult(FAIL, verify_category(vr), f"{vr.reason}: {vr.build_log.strip()[:2000]}", secs)
    for i, c in enumerate(vr.cases):
        if s.task.kind == FUNCTION:
            if c.native.timed_out or c.native.exit_code != 0:
                return JudgeResult(ERROR, "task-error", f"the x86 original fails its own test driver ({c.native.summary()}): {c.native.stderr.strip()[:500]}", secs)
        else:
            want_out, want_exit = s.expected(i)
            if c.native.timed_out or (want_out is not None and c.native.stdout != want_out) or (want_exit is not None and c.native.exit_code != want_exit):
                return JudgeResult(ERROR, "task-error", f"run {i + 1}: the x86 original does not produce the expected output ({c.native.summary()})", secs)
    for i, c in enumerate(vr.cases):
        if c.target.timed_out:
            return JudgeResult(FAIL, "timeout", f"run {i + 1}: the translation timed out", secs)
        if s.task.kind == FUNCTION:
            if c.target.exit_code != 0:
                return JudgeResult(FAIL, "mismatch", f"the test driver fails on the translation ({c.target.summary()}): {c.target.stderr.strip()[:500]}", secs)
        else:
            want_out, want_exit = s.expected(i)
            if want_out is not None and c.target.stdout != want_out:
                return JudgeResult(FAIL, "mismatch", f"run {i + 1}: stdout differs from the expected output", secs)
            if want_exit is not None and c.target.exit_code != want_exit:
                return JudgeResult(FAIL, "mismatch", f"run {i + 1}: exit code {c.target.exit_code}, expected {want_exit}", secs)
    what = "the test driver passes" if s.task.kind == FUNCTION else f"{len(vr.cases)} run(s) print the expected output"
    return JudgeResult(PASS, None, what, secs)


def _native(s: _Scratch) -> NativeResult:
    """The task's C compiled straight for the target (driver and support at -O0) must pass its check."""
    start = time.monotonic()
    t, arch, opt = s.task, s.arch, s.case.opt
    if not t.sources:
        return NativeResult("n/a", "", "no C source", 0.0)
    if opt == "asm":
        return NativeResult("n/a", "", "no optimization level to build the C at", 0.0)
    how = f"C built for {arch.name} at -{opt}"
    with tempfile.TemporaryDirectory(prefix="gg-native-", dir=s.root) as tmp:
        d = Path(tmp)
        objs = [d / "unit.o"]
        r = toolchain.compile_c(arch, s.c_unit(), objs[0], f"-{opt}", s.cflags)
        units = ([s.path(t.driver)] if t.driver else []) + list(s.support.sources)
        for i, src in enumerate(units):
            if r.returncode != 0:
                break
            objs.append(d / f"u{i}.o")
            r = toolchain.compile_c(arch, src, objs[-1], "-O0", s.cflags)
        if r.returncode == 0:
            r = toolchain.link(arch, objs, d / "a.out", t.ldflags)
        if r.returncode != 0:
            return NativeResult(FAIL, how, f"does not build: {r.stderr.strip()[:1000]}", time.monotonic() - start)
        runs = s.runs() if t.kind != FUNCTION else [Case([])]
        for i, case in enumerate(runs):
            res = toolchain.run_program(arch, d / "a.out", case.args, case.stdin, s.case.timeout, cwd=d)
            if res.timed_out:
                return NativeResult(FAIL, how, f"run {i + 1} timed out", time.monotonic() - start)
            if t.kind == FUNCTION:
                if res.exit_code != 0:
                    return NativeResult(FAIL, how, f"the test driver fails ({res.summary()}): {res.stderr.strip()[:500]}", time.monotonic() - start)
                continue
            want_out, want_exit = s.expected(i)
            if want_out is not None and res.stdout != want_out:
                return NativeResult(FAIL, how, f"run {i + 1}: stdout differs from the expected output", time.monotonic() - start)
            if want_exit is not None and res.exit_code != want_exit:
                return NativeResult(FAIL, how, f"run {i + 1}: exit code {res.exit_code}, expected {want_exit}", time.monotonic() - start)
    return NativeResult(PASS, how, "passes its own check", time.monotonic() - start)


def run_case(case: EvalCase) -> dict:
    """Evaluate one case; always returns a record (as a plain dict), except when a tool is missing
    (ToolchainError propagates: the whole run cannot go on)."""
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gg-eval-") as tmp:
        rec = _run(case, Path(tmp))
        # messages name files as they lie in the corpus, not in the scratch directory
        for part in (rec.gg, rec.judge, rec.native):
            part.reason = part.reason.replace(f"{Path(tmp).resolve()}/", "").replace(f"{tmp}/", "")
    rec.seconds = time.monotonic() - start
    rec.finished = datetime.now(timezone.utc).isoformat(timespec="seconds")
    rec.worker = f"{socket.gethostname()}:{os.getpid()}"
    return rec.to_dict()


def _record(case: EvalCase, gg: GgResult, judge: JudgeResult, native: NativeResult, prop: Proposal | None = None) -> CaseRecord:
    category, false_accept = combine(gg, judge)
    unsupported = None
    if prop is not None and prop.unsupported:
        line, col, what, msg = prop.unsupported
        unsupported = {"line": line, "col": col, "mnemonic": what, "message": msg}
    return CaseRecord(
        key=case.key,
        task=case.task.id,
        target=case.target,
        opt=case.opt,
        proposer=prop.proposer if prop is not None else case.proposer,
        status=judge.status,
        category=category,
        false_accept=false_accept,
        gg=gg,
        judge=judge,
        native=native,
        unsupported=unsupported,
        functions=list(prop.functions) if prop is not None else [],
        instructions=prop.instructions if prop is not None else 0,
    )


def _error(case: EvalCase, category: str, reason: str, native: NativeResult | None = None) -> CaseRecord:
    gg = GgResult("not-run", False, category, reason)
    return _record(case, gg, JudgeResult(ERROR, category, reason), native or NativeResult("n/a", "", "not run: the task is broken"))


def _run(case: EvalCase, root: Path) -> CaseRecord:
    task = case.task
    if task.problem:
        return _error(case, "task-error", task.problem)
    try:
        s = _Scratch(case, root)
        try:
            asm = s.x86_asm()
            source = read_source(asm)
        except (_TaskError, InputError) as e:
            return _error(case, "task-error", str(e), _native(s))
        try:
            prop = propose.get(case.proposer).propose(source, case.target, str(asm))
        except InputError as e:  # the x86 input does not parse: the corpus is at fault
            return _error(case, "task-error", str(e), _native(s))
        except Exception as e:  # noqa: BLE001  (any failure of a proposer is its own category)
            reason = f"{type(e).__name__}: {e}"
            gg = GgResult("not-run", False, "proposer-error", reason)
            return _record(case, gg, JudgeResult(FAIL, "proposer-error", reason), _native(s))
        start = time.monotonic()
        req = CheckRequest(asm, case.target, prop, s.runs() if task.kind != FUNCTION else None, s.support, case.timeout, root / "accepted.s")
        try:
            report = CHECKERS[case.checker](req)
            gg = gg_result(report, prop, time.monotonic() - start)
        except InputError as e:
            gg = GgResult(Verdict.INPUT_ERROR.value, False, "task-error", str(e), seconds=time.monotonic() - start)
        # Mach-O input: the host builds (and the judge runs) its ELF form
        judge = _judge(s, prop.native_source or source, prop)
        return _record(case, gg, judge, _native(s), prop)
    except ToolchainError:
        raise
    except Exception as e:  # noqa: BLE001  (a bug in eval must not lose the rest of the run)
        return _error(case, "internal-error", f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=8)}")
