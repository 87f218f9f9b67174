"""The pipeline as a library: proposers from the registry, wrong guesses rejected, atomic output."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLES
from gg import propose
from gg.pipeline import atomic_write, translate_file
from gg.propose import Proposal
from gg.propose.rules import RulesProposer
from gg.verify.program import Case
from gg.verify.report import Verdict

# hand-made wrong translations: (name, target, pattern, replacement) applied once to the rules output
MUTATIONS = [
    ("flipped-branch", "riscv64", r"\bblt\b", "bge"),
    ("flipped-branch", "aarch64", r"\bb\.lt\b", "b.ge"),
    ("off-by-one-immediate", "riscv64", r"addiw (\w+), (\w+), 1\b", r"addiw \1, \2, 2"),
    ("off-by-one-immediate", "aarch64", r"add (w\d+), (w\d+), #1\b", r"add \1, \2, #2"),
    ("wrong-register", "riscv64", r"sw a0, -20\(s0\)", "sw a1, -20(s0)"),
    ("wrong-register", "aarch64", r"stur w0, \[x29, #-20\]", "stur w1, [x29, #-20]"),
]


class Mutating:
    """A proposer that returns the rules translation with one deliberate mistake."""

    name = "mutating"

    def __init__(self, pattern: str, repl: str):
        self.pattern, self.repl = pattern, repl

    def propose(self, source: str, target: str, path: str) -> Proposal:
        p = RulesProposer().propose(source, target, path)
        assert p.text is not None
        text, n = re.subn(self.pattern, self.repl, p.text, count=1)
        assert n == 1, f"mutation {self.pattern!r} did not apply"
        return Proposal(text=text, proposer=self.name, functions=p.functions, instructions=p.instructions)


@pytest.mark.e2e
@pytest.mark.parametrize("name,target,pattern,repl", MUTATIONS, ids=[f"{m[0]}-{m[1]}" for m in MUTATIONS])
def test_wrong_translations_are_rejected_and_not_written(name, target, pattern, repl, tmp_path: Path):
    propose.register("mutating", lambda: Mutating(pattern, repl))
    out = tmp_path / "out.s"
    r = translate_file(EXAMPLES / "fib.O0.s", target, out, proposer="mutating")
    assert r.verdict is Verdict.REJECTED, r.reason
    assert r.exit_code == 1 and r.output is None and not out.exists()
    assert r.verify is not None and any(c.differences for c in r.verify.cases)


@pytest.mark.e2e
def test_an_infinite_loop_hits_the_timeout_and_is_rejected(tmp_path: Path):
    # replace the translated main's body with a jump to itself
    class Looping:
        name = "looping"

        def propose(self, source, target, path):
            p = RulesProposer().propose(source, target, path)
            return Proposal(text=p.text.replace("main:\n", "main:\n1:\tj 1b\n", 1), proposer=self.name)

    propose.register("looping", Looping)
    r = translate_file(EXAMPLES / "hello.O0.s", "riscv64", tmp_path / "o.s", proposer="looping", timeout=2)
    assert r.verdict is Verdict.REJECTED and "timeout" in r.reason
    assert not (tmp_path / "o.s").exists()


@pytest.mark.e2e
def test_cases_with_arguments_and_exit_codes(tmp_path: Path):
    cases = [Case.parse(""), Case.parse("5 6 'seven 7'"), Case.parse("-120 20")]
    r = translate_file(EXAMPLES / "echo_args.O2.s", "aarch64", tmp_path / "o.s", cases=cases)
    assert r.verdict is Verdict.VERIFIED, r.reason
    exits = [c.native.exit_code for c in r.verify.cases]
    assert exits == [0, 11, 0] and [c.target.exit_code for c in r.verify.cases] == exits
    assert "arg 3: seven 7" in r.verify.cases[1].target.stdout


def test_registry_lists_the_default_and_rejects_unknown():
    assert "rules" in propose.names()
    with pytest.raises(KeyError, match="unknown proposer"):
        propose.get("nope")


def test_atomic_write_replaces_whole_files(tmp_path: Path):
    p = tmp_path / "sub" / "x.s"
    atomic_write(p, "one\n")
    atomic_write(p, "two\n")
    assert p.read_text() == "two\n"
    assert [f.name for f in p.parent.iterdir()] == ["x.s"]
