"""The embedded default proposer: the deterministic Rust translator (no model, no GPU)."""

from __future__ import annotations

from gg import _native
from gg.errors import InputError
from gg.propose import Proposal


class RulesProposer:
    name = "rules"

    def propose(self, source: str, target: str, path: str, flavor: str = "auto", prototypes: str | None = None) -> Proposal:
        """`prototypes`: C prototypes in `gg.prototypes`' line format."""
        try:
            out = _native.translate(source, target, flavor, prototypes)
        except _native.AsmSyntaxError as e:
            raise InputError(path, e.msg, e.line, e.col) from None
        except _native.UnsupportedError as e:
            return Proposal(text=None, proposer=self.name, unsupported=(e.line, e.col, e.what, e.msg))
        return Proposal(
            text=out["text"],
            proposer=self.name,
            functions=out["functions"],
            instructions=out["instructions"],
            flavor=out["flavor"],
            native_source=out["native_source"],
        )
