"""Verdict records shared by every command (plain dataclasses; rendering lives in gg.render)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from gg.toolchain import RunResult


class Verdict(str, enum.Enum):
    VERIFIED = "verified"
    REJECTED = "rejected"
    INSUFFICIENT_COVERAGE = "insufficient-coverage"
    UNVERIFIED = "unverified"
    INPUT_ERROR = "input-error"

    @property
    def exit_code(self) -> int:
        return {
            Verdict.VERIFIED: 0,
            Verdict.UNVERIFIED: 0,
            Verdict.REJECTED: 1,
            Verdict.INPUT_ERROR: 2,
            Verdict.INSUFFICIENT_COVERAGE: 3,
        }[self]

    @property
    def writes_output(self) -> bool:
        return self in (Verdict.VERIFIED, Verdict.UNVERIFIED)


@dataclass
class CaseResult:
    """One test case run on both sides."""

    args: list[str]
    native: RunResult
    target: RunResult
    #: what differed: subset of {"stdout", "stderr", "exit", "timeout"}
    differences: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.differences


@dataclass
class VerifyReport:
    verdict: Verdict
    target: str
    level: str  # "program" | "none"
    reason: str = ""
    cases: list[CaseResult] = field(default_factory=list)
    build_log: str = ""
    seconds: float = 0.0

    @property
    def cases_passed(self) -> int:
        return sum(c.passed for c in self.cases)
