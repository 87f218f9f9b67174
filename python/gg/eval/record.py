"""The result record of one evaluated case (one task × target × optimization level).

Two verdicts per case, kept apart:
- `gg`: gg's own verdict, reached the way `gg translate` reaches it (its own tests and coverage
  gate), without the task's test driver or expected output;
- `judge`: the task's own check, independent of gg: the test driver run against the translation
  (function tasks) or the translation's output compared with the expected output (program tasks).

A case gg accepted that the judge fails is a *false accept*. The pass rate counts judge passes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: failure categories in table order
CATEGORIES = (
    "unsupported",  # the proposer declined: an instruction the translator does not handle
    "proposer-error",  # the proposer crashed or proposed nothing
    "lint",  # the candidate is not valid target assembly (rejected before linking)
    "build",  # it assembles but does not link
    "mismatch",  # it runs but behaves differently
    "timeout",  # it ran past the time limit
    "coverage-short",  # gg could not test enough of it to accept it
    "task-error",  # the task itself is broken (missing file, driver fails on the x86 original...)
    "internal-error",  # gg eval itself failed on this case
)

PASS, FAIL, ERROR = "pass", "fail", "error"


@dataclass
class GgResult:
    """gg's own verdict on the candidate."""

    verdict: str  # a gg.verify.report.Verdict value, or "not-run"
    accepted: bool
    category: str | None
    reason: str
    #: which verifier decided ("program", "function", ...), empty if none ran
    level: str = ""
    #: fraction of the original's code the verifier's tests executed, when the verifier measures it
    coverage: float | None = None
    seconds: float = 0.0


@dataclass
class JudgeResult:
    """The task's own check of the candidate: pass, fail (with a category) or error (task broken)."""

    status: str
    category: str | None
    reason: str
    seconds: float = 0.0


@dataclass
class NativeResult:
    """Sanity baseline: the task's C compiled directly for the target must pass its own check."""

    status: str  # pass | fail | n/a
    how: str
    reason: str
    seconds: float = 0.0


@dataclass
class CaseRecord:
    key: str
    task: str
    target: str
    opt: str
    proposer: str
    #: the judge's status: pass | fail | error
    status: str
    #: why the case is not a clean pass: the judge's failure category, else gg's reason for not
    #: accepting it; None when the judge passed and gg accepted
    category: str | None
    false_accept: bool
    gg: GgResult
    judge: JudgeResult
    native: NativeResult
    #: where the proposer gave up: {"line", "col", "mnemonic", "message"}
    unsupported: dict | None = None
    functions: list[str] = field(default_factory=list)
    instructions: int = 0
    seconds: float = 0.0
    finished: str = ""
    worker: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> "CaseRecord":
        d = dict(d)
        d["gg"] = GgResult(**d["gg"])
        d["judge"] = JudgeResult(**d["judge"])
        d["native"] = NativeResult(**d["native"])
        return CaseRecord(**d)


def case_key(task: str, target: str, opt: str) -> str:
    return f"{task}/{target}/{opt}"


def combine(gg: GgResult, judge: JudgeResult) -> tuple[str | None, bool]:
    """The case's category and whether it is a false accept."""
    if judge.status != PASS:
        category = judge.category
    elif not gg.accepted:
        category = gg.category
    else:
        category = None
    return category, gg.accepted and judge.status == FAIL
