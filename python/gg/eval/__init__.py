"""Batch evaluation over corpora (`gg eval`): cases, executors, the results store, summaries.

    from gg.eval import EvalConfig, run_eval
    outcome = run_eval(EvalConfig(corpus="humaneval-c", out=Path("build/eval"), jobs=2))
"""

from gg.eval.cases import CHECKERS, CheckRequest, EvalCase, expand, register_checker, run_case
from gg.eval.record import CATEGORIES, CaseRecord
from gg.eval.runner import EvalConfig, EvalOutcome, Progress, run_eval

__all__ = [
    "CATEGORIES",
    "CHECKERS",
    "CaseRecord",
    "CheckRequest",
    "EvalCase",
    "EvalConfig",
    "EvalOutcome",
    "Progress",
    "expand",
    "register_checker",
    "run_case",
    "run_eval",
]
