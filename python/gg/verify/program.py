"""Program-level verification: build the x86 original natively and the candidate with the cross gcc,
run both on each case, and compare stdout, stderr and exit code."""

from __future__ import annotations

import re
import shlex
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from gg import arch as archmod
from gg import toolchain
from gg.verify.report import CaseResult, Verdict, VerifyReport

_MAIN = re.compile(r"^\s*(?:_?main)\s*:", re.MULTILINE)


@dataclass
class Case:
    """argv (without the program name) and stdin for one run."""

    args: list[str]
    stdin: bytes = b""

    @staticmethod
    def parse(text: str) -> "Case":
        return Case(shlex.split(text))


@dataclass(frozen=True)
class Support:
    """Code linked with both sides but never translated (a corpus's own small libc, helpers): C
    sources built for each side at -O0, compiler flags for them and for the test driver (`-I`, `-D`),
    and linker flags."""

    sources: tuple[Path, ...] = ()
    cflags: tuple[str, ...] = ()
    ldflags: tuple[str, ...] = ()


def has_main(asm: str) -> bool:
    return bool(_MAIN.search(asm))


def compare(native: toolchain.RunResult, target: toolchain.RunResult) -> list[str]:
    diffs = []
    if native.timed_out or target.timed_out:
        diffs.append("timeout")
    if native.stdout != target.stdout:
        diffs.append("stdout")
    if native.stderr != target.stderr:
        diffs.append("stderr")
    if native.exit_code != target.exit_code:
        diffs.append("exit")
    return diffs


def verify_program(
    original: str,
    candidate: str,
    target: str,
    cases: list[Case] | None = None,
    test_driver: Path | None = None,
    timeout: float = 10.0,
    support: Support | None = None,
    min_coverage: float | None = None,
    measure_coverage: bool = True,
) -> VerifyReport:
    """Build both sides and run every case. Accept only if every case matches.

    When every case matched, the cases run once more under qemu-user with block logging (both
    sides built with `-g -no-pie`) for the reachable-block coverage of each side's assembly. It is
    reported; it gates (insufficient-coverage) only when `min_coverage` is given: one run of a
    program's `main` rarely reaches every error path."""
    start = time.monotonic()
    arch = archmod.get(target)
    cases = cases or [Case([])]
    support = support or Support()
    with tempfile.TemporaryDirectory(prefix="gg-verify-") as tmp:
        d = Path(tmp)
        (d / "orig.s").write_text(original)
        (d / "cand.s").write_text(candidate)
        native_inputs: list[Path] = [d / "orig.s"]
        target_inputs: list[Path] = [d / "cand.s"]
        # the driver and the support code are their own units, at -O0: gcc must not see the function under test
        units = ([("test driver", test_driver)] if test_driver is not None else []) + [("support file", s) for s in support.sources]
        for i, (what, src) in enumerate(units):
            for a, side, inputs in ((archmod.HOST, "x86", native_inputs), (arch, "tgt", target_inputs)):
                obj = d / f"unit{i}.{side}.o"
                r = toolchain.compile_c(a, src, obj, flags=support.cflags)
                if r.returncode != 0:
                    return VerifyReport(Verdict.INPUT_ERROR, target, "program", f"{what} does not compile for {a.name} ({src.name})", build_log=r.stderr, seconds=time.monotonic() - start)
                inputs.append(obj)
        r = toolchain.link(archmod.HOST, native_inputs, d / "native", support.ldflags)
        if r.returncode != 0:
            return VerifyReport(Verdict.INPUT_ERROR, target, "program", "the x86 original does not assemble and link natively", build_log=r.stderr, seconds=time.monotonic() - start)
        r = toolchain.link(arch, target_inputs, d / "translated", support.ldflags)
        if r.returncode != 0:
            return VerifyReport(Verdict.REJECTED, target, "program", f"the translation does not assemble and link for {target}", build_log=r.stderr, seconds=time.monotonic() - start)
        results = []
        for case in cases:
            n = toolchain.run_program(archmod.HOST, d / "native", case.args, case.stdin, timeout, cwd=d)
            t = toolchain.run_program(arch, d / "translated", case.args, case.stdin, timeout, cwd=d)
            results.append(CaseResult(case.args, n, t, compare(n, t)))
        failed = [c for c in results if not c.passed]
        cov_x = cov_t = None
        if not failed and measure_coverage:
            cov_x, cov_t = _coverage(d, original, candidate, arch, native_inputs[1:], target_inputs[1:], cases, timeout, support)
    if failed:
        first = failed[0]
        reason = f"{len(failed)} of {len(results)} case(s) differ; first: {', '.join(first.differences)} (native {first.native.summary()}, {target} {first.target.summary()})"
        verdict = Verdict.REJECTED
    elif all(c.native.timed_out for c in results):
        verdict, reason = Verdict.REJECTED, "the original itself times out: nothing was compared"
    else:
        verdict, reason = Verdict.VERIFIED, f"{len(results)} case(s): stdout, stderr and exit code match"
    rep = VerifyReport(verdict, target, "program", reason, results, seconds=time.monotonic() - start)
    if cov_x is not None and cov_t is not None:
        rep.x86, rep.target_blocks = cov_x, cov_t
        rep.coverage, rep.coverage_target = cov_x.fraction, cov_t.fraction
        rep.reason += f"; reachable blocks run: x86 {cov_x.fraction:.0%}, {target} {cov_t.fraction:.0%}"
        if min_coverage is not None:
            rep.min_coverage = min_coverage
            if verdict is Verdict.VERIFIED and min(cov_x.fraction, cov_t.fraction) < min_coverage:
                rep.verdict = Verdict.INSUFFICIENT_COVERAGE
                rep.reason = f"every case matched, but the runs covered x86 {cov_x.fraction:.1%}, {target} {cov_t.fraction:.1%} of the reachable blocks (needed {min_coverage:.0%})"
    return rep


def _coverage(d: Path, original: str, candidate: str, arch, native_objs: list[Path], target_objs: list[Path], cases: list[Case], timeout: float, support: Support):
    """Block coverage of each side's assembly over the cases (None when a coverage build fails)."""
    from gg.verify.image import _clean
    from gg.verify.qemu_coverage import measure

    sides = []
    for a, isa, text, objs, tag in ((archmod.HOST, "x86_64", original, native_objs, "x86"), (arch, arch.name, candidate, target_objs, "tgt")):
        src = d / f"cov.{tag}.s"
        src.write_text(_clean(text))
        exe = d / f"cov.{tag}"
        r = toolchain.link(a, [src, *objs], exe, (*support.ldflags, "-g", "-no-pie"))
        if r.returncode != 0:
            return None, None
        logs = []
        for i, case in enumerate(cases):
            log = d / f"cov.{tag}.{i}.log"
            toolchain.run_program(a, exe, case.args, case.stdin, timeout, cwd=d, block_log=log)
            logs.append(log)
        sides.append(measure(text, isa, exe, logs, original))
    return sides[0], sides[1]
