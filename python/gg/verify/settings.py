"""What the user can tune about verification: the coverage gate and the test budget."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VerifySettings:
    #: fraction of reachable blocks that must run, on the x86 side and on the target side
    #: (function level; program level only when `gate_programs`)
    min_coverage: float = 1.0
    #: program-level coverage gates too (by default it is reported only: one run of `main` rarely
    #: covers every error path); the CLI sets it when --min-coverage is given
    gate_programs: bool = False
    #: write the translation although the gate was not met (the verdict stays insufficient-coverage)
    accept_partial: bool = False
    #: generated unit tests per file, at most
    max_tests: int = 3000
    #: seconds of test generation per file, at most
    budget: float = 30.0
    seed: int = 0
    #: a C header with prototypes of the functions under test
    prototypes: Path | None = None
    #: for blocks the generated tests missed: z3 solves for inputs, then proves the rest unreachable
    concolic: bool = True

    def function_options(self):
        from gg.verify.function import Options

        protos = None
        if self.prototypes is not None:
            from gg.verify.prototypes import parse_file

            protos = parse_file(self.prototypes)
        return Options(min_coverage=self.min_coverage, max_tests=self.max_tests, budget=self.budget, seed=self.seed, prototypes=protos, concolic=self.concolic)
