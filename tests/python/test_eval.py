"""`gg eval`: broken tasks, every corpus format, false accepts, resume after a killed run, the Ray
executor, and the summary table / report (golden files, re-bless with GG_BLESS=1)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console

from conftest import DATA, ROOT, run_gg
from gg import propose
from gg.eval import CheckRequest, EvalConfig, register_checker, run_eval
from gg.eval.record import CATEGORIES, CaseRecord, GgResult, JudgeResult, NativeResult
from gg.eval.store import ResultStore, read_records
from gg.eval.summary import summarize
from gg.pipeline import TranslateReport
from gg.propose import Proposal
from gg.propose.rules import RulesProposer
from gg.render.eval import print_summary, report_md
from gg.render.plots import write_plots
from gg.verify.report import Verdict

CORPORA = DATA / "corpora"
GOLDEN = DATA / "eval"
PNG = b"\x89PNG\r\n\x1a\n"


def _records(out: Path) -> dict[str, dict]:
    lines = (out / "results.jsonl").read_text().splitlines()
    recs = [json.loads(line) for line in lines]
    assert len({r["key"] for r in recs}) == len(recs), "duplicate records"
    return {r["key"]: r for r in recs}


def _consistent(r: dict) -> None:
    """What must hold for every record, whatever the translator can do today."""
    assert r["status"] in ("pass", "fail", "error")
    assert r["category"] is None or r["category"] in CATEGORIES
    assert r["false_accept"] == (r["gg"]["accepted"] and r["status"] == "fail")
    if r["status"] == "pass" and r["gg"]["accepted"]:
        assert r["category"] is None
    if r["status"] != "pass":
        assert r["category"] == r["judge"]["category"]
    assert (r["unsupported"] is not None) == (r["category"] == "unsupported")


# ------------------------------------------------------------------ results store


def test_store_drops_a_torn_line_and_duplicates_and_keeps_the_rest(tmp_path: Path):
    path = tmp_path / "results.jsonl"
    store = ResultStore(path)
    for k in ("a", "b", "c"):
        store.append({"key": k, "v": 1})
    store.append({"key": "b", "v": 2})  # a case run twice: the last record wins
    store.close()
    with open(path, "ab") as f:
        f.write(b'{"key": "d", "v"')  # killed in the middle of a write
    store = ResultStore(path)
    got = store.load()
    assert store.dropped == 1 and got == {"a": {"key": "a", "v": 1}, "b": {"key": "b", "v": 2}, "c": {"key": "c", "v": 1}}
    assert path.read_text().splitlines() == ['{"key":"a","v":1}', '{"key":"b","v":2}', '{"key":"c","v":1}']
    # garbage in the middle is dropped too; whole lines after it are kept
    path.write_text('{"key":"a","v":1}\nnot json\n{"key":"c","v":3}\n')
    assert ResultStore(path).load() == {"a": {"key": "a", "v": 1}, "c": {"key": "c", "v": 3}}
    assert len(read_records(path)) == 2 and path.read_text().count("\n") == 2


# ------------------------------------------------------------------ corpora end to end


@pytest.mark.e2e
def test_a_corpus_with_broken_tasks_runs_to_the_end(tmp_path: Path):
    out = tmp_path / "out"
    r = run_gg("eval", "--corpus", str(CORPORA / "broken"), "--targets", "riscv64", "-j", "2", "--out", str(out))
    assert r.returncode == 0, r.stdout + r.stderr
    recs = _records(out)
    assert sorted(recs) == sorted(f"{t}/riscv64/{o}" for t in ("bad_driver", "good", "missing_func", "not_c") for o in ("O0", "O2"))
    for rec in recs.values():
        _consistent(rec)
    for opt in ("O0", "O2"):
        good = recs[f"good/riscv64/{opt}"]
        assert good["status"] == "pass" and good["native"]["status"] == "pass", good
        # a file of functions: gg's own verdict is the pipeline's, without the task's driver
        assert good["gg"]["verdict"] in ("verified", "insufficient-coverage")
        assert good["category"] == (None if good["gg"]["accepted"] else "coverage-short")
        missing = recs[f"missing_func/riscv64/{opt}"]
        assert (missing["status"], missing["category"]) == ("error", "task-error")
        assert "missing function source tasks/missing_func/func.c" in missing["judge"]["reason"]
        bad = recs[f"bad_driver/riscv64/{opt}"]
        assert (bad["status"], bad["category"], bad["native"]["status"]) == ("error", "task-error", "fail")
        assert "fails its own test driver" in bad["judge"]["reason"] and "digit_sum(9999) = 36" in bad["judge"]["reason"]
        not_c = recs[f"not_c/riscv64/{opt}"]
        assert (not_c["category"], not_c["native"]["status"]) == ("task-error", "fail")
        assert f"does not compile for x86-64 at -{opt}" in not_c["judge"]["reason"] and "tasks/not_c/func.c:2" in not_c["judge"]["reason"]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["task_errors"] == ["bad_driver", "missing_func", "not_c"]
    assert summary["total"]["categories"]["task-error"] == 6 and summary["complete"]
    assert "broken tasks: bad_driver, missing_func, not_c" in r.stdout
    report = (out / "report.md").read_text()
    assert "| riscv64 | O0 | 4 |" in report and "![pass rate](pass_rate.png)" in report
    for png in ("pass_rate.png", "categories.png", "time_per_case.png"):
        assert (out / png).read_bytes().startswith(PNG)


@pytest.mark.e2e
def test_program_directories_and_a_bringup_bench_layout(tmp_path: Path):
    progs = run_eval(EvalConfig(corpus=str(CORPORA / "progs"), out=tmp_path / "p", targets=["aarch64"], opts=["O0"]))
    recs = _records(tmp_path / "p")
    for rec in recs.values():
        _consistent(rec)
    # sum: two runs with arguments, one expecting exit code 1; upper: stdin, support code from lib/
    for t in ("sum", "upper"):
        assert recs[f"{t}/aarch64/O0"]["status"] == "pass", recs[f"{t}/aarch64/O0"]["judge"]
        assert recs[f"{t}/aarch64/O0"]["native"]["status"] == "pass"
    # a program with a main: gg's own program-level check ran the same runs against the x86 original
    assert recs["sum/aarch64/O0"]["gg"]["level"] == "program"
    wrong = recs["wrong/aarch64/O0"]
    assert (wrong["status"], wrong["category"], wrong["native"]["status"]) == ("error", "task-error", "fail")
    assert "does not produce the expected output" in wrong["judge"]["reason"]
    assert progs.summary["cells"][0]["passed"] == 2

    bb = run_eval(EvalConfig(corpus=str(CORPORA / "bringup-mini"), out=tmp_path / "b", targets=["aarch64"], opts=["O2"]))
    recs = _records(tmp_path / "b")
    assert recs["fact/aarch64/O2"]["status"] == "pass", recs["fact/aarch64/O2"]
    assert recs["noout/aarch64/O2"]["category"] == "task-error"
    assert bb.summary["cells"][0]["published"] == 15.38


@pytest.mark.e2e
def test_ready_made_assembly_unsupported_instructions_are_counted(tmp_path: Path):
    o = run_eval(EvalConfig(corpus=str(CORPORA / "asm"), out=tmp_path / "a", targets=["riscv64"]))
    recs = _records(tmp_path / "a")
    assert sorted(recs) == ["avx/riscv64/O2", "gcd/riscv64/O2", "hello/riscv64/O2"]
    avx = recs["avx/riscv64/O2"]
    assert (avx["category"], avx["unsupported"]["mnemonic"], avx["unsupported"]["line"], avx["unsupported"]["col"]) == ("unsupported", "vxorps", 5, 2)
    assert avx["gg"]["reason"].startswith("avx.O2.s:5:2:")  # named as in the corpus, not the scratch copy
    hello = recs["hello/riscv64/O2"]
    assert hello["status"] == "pass" and hello["gg"]["accepted"] and not hello["false_accept"]
    assert hello["native"]["status"] == "n/a"  # no C to build
    assert recs["gcd/riscv64/O2"]["status"] == "pass"
    assert o.summary["total"]["top_unsupported"] == [["vxorps", 1]]


# ------------------------------------------------------------------ false accepts


class ReturnsZero:
    """Proposes the rules translation with digit_sum short-circuited to `return 0` (riscv64)."""

    name = "returns-zero"

    def propose(self, source: str, target: str, path: str) -> Proposal:
        p = RulesProposer().propose(source, target, path)
        assert p.text is not None and "digit_sum:\n" in p.text
        return Proposal(p.text.replace("digit_sum:\n", "digit_sum:\n\tli a0, 0\n\tret\n", 1), self.name, p.functions, p.instructions)


def _accept_everything(req: CheckRequest) -> TranslateReport:
    return TranslateReport(str(req.input), req.target, req.proposal.proposer, Verdict.VERIFIED, "accepted without testing")


@pytest.mark.e2e
def test_a_wrong_translation_gg_accepts_is_a_false_accept(tmp_path: Path):
    propose.register("returns-zero", ReturnsZero)
    register_checker("accept-everything", _accept_everything)
    cfg = dict(corpus=str(CORPORA / "broken"), targets=["riscv64"], opts=["O0"], tasks=["good"])
    o = run_eval(EvalConfig(out=tmp_path / "fa", proposer="returns-zero", checker="accept-everything", **cfg))
    rec = _records(tmp_path / "fa")["good/riscv64/O0"]
    assert rec["gg"]["accepted"] and rec["status"] == "fail" and rec["category"] == "mismatch" and rec["false_accept"]
    assert "digit_sum(7) = 0" in rec["judge"]["reason"]
    assert o.summary["false_accepts"] == ["good/riscv64/O0"] and o.summary["cells"][0]["false_accepts"] == 1
    # the same wrong candidate through gg's real pipeline is never accepted
    o = run_eval(EvalConfig(out=tmp_path / "real", proposer="returns-zero", **cfg))
    rec = _records(tmp_path / "real")["good/riscv64/O0"]
    assert not rec["gg"]["accepted"] and rec["category"] == "mismatch" and not rec["false_accept"]
    # a checker that accepts a right translation is no false accept
    run_eval(EvalConfig(out=tmp_path / "ok", checker="accept-everything", **cfg))
    rec = _records(tmp_path / "ok")["good/riscv64/O0"]
    assert rec["gg"]["accepted"] and rec["status"] == "pass" and rec["category"] is None and not rec["false_accept"]


# ------------------------------------------------------------------ resume


@pytest.mark.e2e
def test_a_killed_run_resumes_without_losing_or_repeating_cases(tmp_path: Path):
    out = tmp_path / "out"
    args = ["eval", "--corpus", "humaneval-c", "--tasks", "HumanEval_1[0-2]", "--targets", "riscv64", "-j", "1", "--out", str(out)]
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1")
    proc = subprocess.Popen([sys.executable, "-m", "gg.cli", *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    results = out / "results.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if results.exists() and results.read_bytes().count(b"\n") >= 2:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    before = results.read_text().splitlines()
    assert 2 <= len(before) < 6, "the run was not killed midway"
    with open(results, "a") as f:
        f.write('{"key":"HumanEval_12/riscv64/O2","task":"HumanEval_1')  # torn by the kill
    r = run_gg(*args)
    assert r.returncode == 2 and "--resume" in r.stderr
    r = run_gg(*args, "--resume")
    assert r.returncode == 0, r.stdout + r.stderr
    after = results.read_text().splitlines()
    assert after[: len(before)] == before  # finished cases were neither redone nor rewritten
    recs = _records(out)
    assert sorted(recs) == sorted(f"HumanEval_{n}/riscv64/{o}" for n in (10, 11, 12) for o in ("O0", "O2"))
    for rec in recs.values():
        _consistent(rec)
    invs = json.loads((out / "run.json").read_text())["invocations"]
    assert [s["finished"] for s in invs] == [False, True]
    assert invs[1]["resumed"] == len(before) and invs[1]["ran"] == 6 - len(before)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["complete"] and summary["run"]["resumed"] == len(before)
    # resuming a finished run runs nothing; another proposer cannot resume it
    r = run_gg(*args, "--resume", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["run"]["ran"] == 0
    r = run_gg(*args, "--resume", "--proposer", "nope")
    assert r.returncode == 2 and "unknown proposer" in r.stderr


@pytest.mark.e2e
def test_ctrl_c_stops_the_run_with_130_and_keeps_finished_cases(tmp_path: Path):
    out = tmp_path / "out"
    argv = [sys.executable, "-m", "gg.cli", "eval", "--corpus", "humaneval-c", "--limit", "10", "-j", "2", "--out", str(out)]
    proc = subprocess.Popen(argv, cwd=ROOT, env=dict(os.environ, NO_COLOR="1"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    results = out / "results.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not (results.exists() and results.stat().st_size):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole process group
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "rerun with --resume" in " ".join(err.split()), err
    kept = _records(out)
    assert 1 <= len(kept) < 40
    assert json.loads((out / "run.json").read_text())["invocations"][-1]["finished"] is False


# ------------------------------------------------------------------ Ray


@pytest.mark.e2e
def test_ray_executor_with_two_local_workers_matches_the_local_pool(tmp_path: Path):
    common = ["--corpus", "humaneval-c", "--tasks", "HumanEval_12,HumanEval_13", "--targets", "riscv64,aarch64", "--opts", "O2"]
    r = run_gg("eval", *common, "--executor", "ray", "-j", "2", "--out", str(tmp_path / "ray"))
    assert r.returncode == 0, r.stdout + r.stderr
    local = run_gg("eval", *common, "-j", "1", "--out", str(tmp_path / "local"))
    assert local.returncode == 0
    via_ray, via_local = _records(tmp_path / "ray"), _records(tmp_path / "local")
    assert len(via_ray) == 4 and sorted(via_ray) == sorted(via_local)
    for k, rec in via_ray.items():
        _consistent(rec)
        assert (rec["status"], rec["category"], rec["gg"]["verdict"]) == (via_local[k]["status"], via_local[k]["category"], via_local[k]["gg"]["verdict"])
    inv = json.loads((tmp_path / "ray" / "run.json").read_text())["invocations"][0]
    assert (inv["executor"], inv["workers"], inv["ran"]) == ("ray", 2, 4)


def test_usage_errors_exit_2(tmp_path: Path):
    for args, msg in [
        (["--targets", "mips"], "unknown target"),
        (["--tasks", "Nope*"], "no task of humaneval-c matches"),
        (["--executor", "slurm"], "unknown executor"),
        (["--address", "auto"], "--address is only for --executor ray"),
        (["--opts", "O3", "--corpus", str(CORPORA / "asm")], "has assembly for O2 only"),
    ]:
        argv = ["eval", "--corpus", "humaneval-c", "--out", str(tmp_path / "out"), *args]
        r = run_gg(*argv)
        assert r.returncode == 2 and msg in r.stderr, (args, r.stderr)
        assert not (tmp_path / "out").exists()


# ------------------------------------------------------------------ table and report (golden)

# (task, target, opt, judge status, judge category, gg verdict, gg category, native, unsupported mnemonic, seconds)
SYNTHETIC = [
    ("t1", "riscv64", "O0", "pass", None, "verified", None, "pass", None, 0.5),
    ("t2", "riscv64", "O0", "pass", None, "insufficient-coverage", "coverage-short", "pass", None, 0.4),
    ("t3", "riscv64", "O0", "fail", "unsupported", "rejected", "unsupported", "pass", "cvtsi2sdl", 0.1),
    ("t4", "riscv64", "O0", "fail", "mismatch", "verified", None, "pass", None, 0.7),
    ("t1", "riscv64", "O2", "fail", "lint", "rejected", "lint", "pass", None, 0.3),
    ("t2", "riscv64", "O2", "fail", "timeout", "rejected", "timeout", "pass", None, 10.2),
    ("t3", "riscv64", "O2", "fail", "unsupported", "rejected", "unsupported", "pass", "cvtsi2sdl", 0.1),
    ("t4", "riscv64", "O2", "error", "task-error", "not-run", "task-error", "fail", None, 0.2),
    ("t1", "aarch64", "O0", "pass", None, "verified", None, "pass", None, 0.6),
    ("t2", "aarch64", "O0", "fail", "build", "rejected", "build", "pass", None, 0.3),
    ("t3", "aarch64", "O0", "fail", "unsupported", "rejected", "unsupported", "pass", "pxor", 0.1),
    ("t4", "aarch64", "O0", "fail", "proposer-error", "not-run", "proposer-error", "pass", None, 0.1),
]


def _synthetic_records() -> list[dict]:
    out = []
    for task, target, opt, status, jcat, verdict, gcat, native, mnem, secs in SYNTHETIC:
        gg = GgResult(verdict, verdict == "verified", gcat, "...", "program" if verdict != "not-run" else "", 0.9 if verdict == "verified" else None)
        category = jcat if status != "pass" else (None if verdict == "verified" else gcat)
        rec = CaseRecord(
            f"{task}/{target}/{opt}", task, target, opt, "rules", status, category, verdict == "verified" and status == "fail",
            gg, JudgeResult(status, jcat, "..."), NativeResult(native, "C", "..."),
            {"line": 3, "col": 2, "mnemonic": mnem, "message": "..."} if mnem else None, seconds=secs,
        )
        out.append(rec.to_dict())
    return out


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("GG_BLESS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    assert path.exists(), f"{path} missing: run with GG_BLESS=1 and review it"
    assert text == path.read_text(), f"{name} differs from the golden file (GG_BLESS=1 to re-bless, then review the diff)"


def test_summary_table_and_report_match_golden_files(tmp_path: Path):
    recs = _synthetic_records()
    corpus = {"name": "synthetic", "kind": "function+driver", "published": {"source": "paper X", "rates": {"aarch64": {"O0": 99.39, "O2": 45.12}, "riscv64": {"O0": 89.93}}}}
    planned = {("riscv64", "O0"): 4, ("riscv64", "O2"): 4, ("aarch64", "O0"): 4, ("aarch64", "O2"): 4}
    run = {"proposer": "rules", "checker": "pipeline", "executor": "local", "workers": 2, "wall_seconds": 7.5, "ran": 12, "resumed": 0, "cases_per_second": 1.6, "all_invocations_wall_seconds": 7.5}
    s = summarize(recs, corpus, ["riscv64", "aarch64"], ["O0", "O2"], planned, run)
    rv = next(c for c in s["cells"] if (c["target"], c["opt"]) == ("riscv64", "O0"))
    assert (rv["passed"], rv["pass_rate"], rv["gg_accepted"], rv["false_accepts"], rv["published"]) == (2, 50.0, 2, 1, 89.93)
    empty = next(c for c in s["cells"] if (c["target"], c["opt"]) == ("aarch64", "O2"))
    assert (empty["cases"], empty["planned"], empty["pass_rate"]) == (0, 4, None)
    assert s["false_accepts"] == ["t4/riscv64/O0"] and s["task_errors"] == ["t4"] and not s["complete"]
    assert s["total"]["top_unsupported"] == [["cvtsi2sdl", 2], ["pxor", 1]]
    console = Console(record=True, width=200, color_system=None, highlight=False)
    print_summary(s, console)
    _golden("table.txt", console.export_text())
    _golden("report.md", report_md(s, ["pass_rate.png", "categories.png", "time_per_case.png"]))
    plots = write_plots(s, recs, tmp_path)
    assert plots == ["pass_rate.png", "categories.png", "coverage.png", "time_per_case.png"]
    for p in plots:
        assert (tmp_path / p).read_bytes().startswith(PNG)
