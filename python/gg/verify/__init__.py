"""Verifiers: decide whether a candidate translation behaves like the x86 original.

`verify/` never imports `propose/`; `gg.pipeline` joins them.
"""

from gg.verify.report import CaseResult, Verdict, VerifyReport

__all__ = ["CaseResult", "Verdict", "VerifyReport"]
