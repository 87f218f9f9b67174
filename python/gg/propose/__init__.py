"""Proposers: things that guess a translation. A registry, so more (language models) can plug in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol


@dataclass
class Proposal:
    """One candidate translation, or the reason there is none."""

    text: str | None
    proposer: str
    functions: list[str] = field(default_factory=list)
    instructions: int = 0
    #: set when the proposer declined: (line, col, what, message) of the input construct it cannot handle
    unsupported: tuple[int, int, str, str] | None = None
    #: the flavour the input was read as ("linux" or "macos")
    flavor: str = "linux"
    #: the input as the host toolchain builds it, when that is not the input itself (Mach-O input
    #: rewritten to the ELF flavour); the verifier runs this as the original
    native_source: str | None = None


class Proposer(Protocol):
    name: str

    def propose(self, source: str, target: str, path: str, flavor: str = "auto", prototypes: str | None = None) -> Proposal: ...


_REGISTRY: dict[str, Callable[[], Proposer]] = {}


def register(name: str, factory: Callable[[], Proposer]) -> None:
    _REGISTRY[name] = factory


def get(name: str) -> Proposer:
    if name not in _REGISTRY:
        raise KeyError(f"unknown proposer {name!r} (known: {', '.join(sorted(_REGISTRY))})")
    return _REGISTRY[name]()


def names() -> list[str]:
    return sorted(_REGISTRY)


from gg.propose import rules as _rules  # noqa: E402  (registers the default proposer)

register("rules", _rules.RulesProposer)
