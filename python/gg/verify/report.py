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
class BlockCoverage:
    """Reachable-block coverage of one side: blocks the tests ran out of the blocks counted."""

    covered: int = 0
    total: int = 0
    #: uncovered reachable blocks, named by label and source line
    uncovered: list[str] = field(default_factory=list)
    #: not counted: no path from an entry reaches them
    dead: list[str] = field(default_factory=list)
    #: not counted: every path from them ends in a failure call that does not return
    failure_only: list[str] = field(default_factory=list)
    #: not counted: the concolic step proved no input reaches them (x86), or they are the translation
    #: of such a block (target)
    infeasible: list[str] = field(default_factory=list)
    #: target only, not gated: blocks inside the code of one x86 instruction (NaN fix-ups and the like)
    internal_covered: int = 0
    internal_total: int = 0
    internal_uncovered: list[str] = field(default_factory=list)

    @property
    def fraction(self) -> float:
        return self.covered / self.total if self.total else 1.0


@dataclass
class Mismatch:
    """A shrunk input on which the two sides differ, and how."""

    input: str
    difference: str
    x86: str = ""
    target: str = ""


@dataclass
class FunctionReport:
    """Function-level verification of one global function."""

    name: str
    signature: str
    #: "passed", "mismatch", "unsupported"
    status: str
    tests: int = 0
    passed: int = 0
    #: tests that said nothing: the original itself hit the instruction cap or faulted on both sides
    discarded: int = 0
    #: of those, inputs on which the original divides by zero (x86 #DE; undefined in C)
    traps: int = 0
    unsupported: int = 0
    mismatch: Mismatch | None = None
    reason: str = ""
    x86: BlockCoverage = field(default_factory=BlockCoverage)
    target: BlockCoverage = field(default_factory=BlockCoverage)
    seconds: float = 0.0
    #: the concolic step: inputs z3 solved for, of them the ones that reached a new block, and
    #: why a proof could not be attempted from some entry
    solved: int = 0
    solved_new: int = 0
    concolic_notes: list[str] = field(default_factory=list)


@dataclass
class VerifyReport:
    verdict: Verdict
    target: str
    level: str  # "program" | "function" | "none"
    reason: str = ""
    cases: list[CaseResult] = field(default_factory=list)
    build_log: str = ""
    seconds: float = 0.0
    #: reachable-block coverage of the original (fraction 0..1) and of the translation, when measured
    coverage: float | None = None
    coverage_target: float | None = None
    x86: BlockCoverage | None = None
    target_blocks: BlockCoverage | None = None
    functions: list[FunctionReport] = field(default_factory=list)
    min_coverage: float = 1.0
    #: tests run in all (function level)
    tests: int = 0

    @property
    def cases_passed(self) -> int:
        return sum(c.passed for c in self.cases)
