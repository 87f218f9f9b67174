"""translate = read → propose → verify → atomic write. Every command goes through here."""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from gg import arch as archmod
from gg import propose
from gg.errors import InputError
from gg.lint import candidate_errors, format_diagnostics
from gg.propose import Proposal
from gg.verify.program import Case, Support, has_main, verify_program
from gg.verify.report import Verdict, VerifyReport
from gg.verify.settings import VerifySettings


#: how an input file may be read: decided from its directives, GNU/ELF (Linux), Apple/Mach-O (macOS)
INPUT_FLAVORS = ("auto", "linux", "macos")


@dataclass
class TranslateReport:
    input: str
    target: str
    proposer: str
    verdict: Verdict
    reason: str
    output: str | None = None
    functions: list[str] = field(default_factory=list)
    instructions: int = 0
    #: where in the input the problem is (for rejections by the proposer and input errors)
    line: int = 0
    col: int = 0
    what: str = ""
    verify: VerifyReport | None = None
    seconds: float = 0.0
    #: the flavour the input was read as ("linux" or "macos")
    flavor: str = "linux"
    #: written although the gate was not met (--accept-partial)
    partial: bool = False

    @property
    def exit_code(self) -> int:
        return self.verdict.exit_code


def read_source(path: Path) -> str:
    """Read an assembly file as UTF-8; a bad byte is an input error with its line and column."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        # clang -g spells out the byte a `.byte` stands for in its comment: bad bytes in comments are harmless
        bad = _first_invalid_outside_comments(data, e.start)
        if bad is None:
            return data.decode("utf-8", errors="replace")
        line = data.count(b"\n", 0, bad) + 1
        col = bad - (data.rfind(b"\n", 0, bad) + 1) + 1
        raise InputError(str(path), "invalid UTF-8 byte", line, col) from None


def _in_comment(prefix: bytes) -> bool:
    """Whether the text after `prefix` (the start of a line) is inside a `#` comment."""
    in_str = esc = False
    for c in prefix:
        if in_str:
            if esc:
                esc = False
            elif c == 0x5C:  # backslash
                esc = True
            elif c == 0x22:
                in_str = False
        elif c == 0x22:
            in_str = True
        elif c == 0x23:
            return True
    return False


def _first_invalid_outside_comments(data: bytes, start: int) -> int | None:
    """Offset of the first byte from `start` on that is not valid UTF-8 and not inside a `#` comment."""
    pos = start
    while pos < len(data):
        line_start = data.rfind(b"\n", 0, pos) + 1
        if not _in_comment(data[line_start:pos]):
            return pos
        line_end = data.find(b"\n", pos)
        pos = len(data) if line_end < 0 else line_end
        try:
            data[pos:].decode("utf-8")
            return None
        except UnicodeDecodeError as e:
            pos += e.start
    return None


def atomic_write(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory and rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def default_output(input_path: Path, target: str) -> Path:
    return input_path.with_name(f"{input_path.stem}.{target}.s")


def translate_file(
    input_path: Path,
    target: str,
    output: Path | None = None,
    verify: bool = True,
    proposer: str = "rules",
    cases: list[Case] | None = None,
    test_driver: Path | None = None,
    timeout: float = 10.0,
    support: Support | None = None,
    proposal: Proposal | None = None,
    input_flavor: str = "auto",
    prototypes: Path | None = None,
    settings: VerifySettings | None = None,
) -> TranslateReport:
    """Translate one file and accept it only if it verifies. Raises InputError for bad input.

    `proposal`: check this candidate instead of asking `proposer` (a caller that needs the candidate
    itself, such as `gg eval`, proposes first and hands it in). `settings`: the verifier's gate and
    test budget (defaults: 100% of reachable blocks on both sides)."""
    start = time.monotonic()
    arch = archmod.get(target)
    if input_flavor not in INPUT_FLAVORS:
        raise InputError("--input-flavor", f"unknown input flavor {input_flavor!r} (known: {', '.join(INPUT_FLAVORS)})")
    source = read_source(input_path)
    # proposers written before input flavours and prototypes existed take three arguments
    extra: dict = {} if input_flavor == "auto" else {"flavor": input_flavor}
    if prototypes is not None:
        from gg import prototypes as protomod

        extra["prototypes"] = protomod.read(prototypes)
    prop = proposal or propose.get(proposer).propose(source, arch.name, str(input_path), **extra)
    report = TranslateReport(str(input_path), arch.name, prop.proposer, Verdict.REJECTED, "", functions=prop.functions, instructions=prop.instructions, flavor=prop.flavor)
    # Mach-O input is built natively in its ELF form
    original = prop.native_source or source
    if prop.text is None:
        line, col, what, msg = prop.unsupported or (0, 0, "", "no translation proposed")
        report.reason = f"{input_path}:{line}:{col}: {msg}"
        report.line, report.col, report.what = line, col, what
    elif lint_errors := candidate_errors(prop.text, arch.name):
        # the linter's errors are the assembler's: no need to build and run the candidate
        report.reason = "the translation does not pass the linter:\n" + format_diagnostics(lint_errors, "<translation>")
        report.what = "lint"
    elif not verify:
        report.verdict, report.reason = Verdict.UNVERIFIED, "verification skipped (--no-verify)"
    else:
        vr = verify_candidate(original, prop.text, arch.name, cases, test_driver, timeout, support, settings)
        report.verify = vr
        report.verdict = vr.verdict
        report.reason = vr.reason
        if vr.verdict is Verdict.INPUT_ERROR:
            raise InputError(str(test_driver if test_driver and "driver" in vr.reason else input_path), f"{vr.reason}\n{vr.build_log.strip()}")
    partial = settings is not None and settings.accept_partial and report.verdict is Verdict.INSUFFICIENT_COVERAGE
    if (report.verdict.writes_output or partial) and prop.text is not None:
        report.partial = partial
        out = output or default_output(input_path, arch.name)
        atomic_write(out, prop.text)
        report.output = str(out)
    report.seconds = time.monotonic() - start
    return report


def verify_candidate(
    original: str,
    candidate: str,
    target: str,
    cases: list[Case] | None = None,
    test_driver: Path | None = None,
    timeout: float = 10.0,
    support: Support | None = None,
    settings: VerifySettings | None = None,
) -> VerifyReport:
    """Check a candidate translation of `original`, whoever wrote it (`gg translate` and `gg verify`).

    A program (the file has `main`) or a file given a test driver is checked at program level;
    a file of functions at function level (generated unit tests in the emulator, coverage gate)."""
    from gg.verify.function import verify_functions

    settings = settings or VerifySettings()
    if test_driver is not None or has_main(original):
        gate = settings.min_coverage if settings.gate_programs else None
        return verify_program(original, candidate, target, cases, test_driver, timeout, support, min_coverage=gate)
    return verify_functions(original, candidate, target, settings.function_options())
