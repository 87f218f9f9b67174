"""The `gg` command line: parses flags, calls the pipeline, picks a renderer, sets the exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from gg import __version__, arch as archmod
from gg.errors import InputError, ToolchainError

EPILOG = """Examples:

  gg translate prog.s --target riscv64 -o prog.rv64.s

  gg translate func.s --target aarch64 --test-driver test.c --json

  gg eval --corpus humaneval-c -j 2

Exit codes: 0 verified (or unverified with --no-verify; output written), 1 rejected, 2 usage or input
error, 3 insufficient coverage (tests passed but could not cover the code; nothing written)."""

EVAL_EPILOG = """Examples:

  gg eval --corpus humaneval-c --targets riscv64,aarch64 --opts O0,O2 -j 2

  gg eval --corpus path/to/bringup-bench --targets aarch64 --out build/eval-bb --resume

  gg eval --corpus humaneval-c --tasks 'HumanEval_1?' --executor ray -j 2

Writes OUT/results.jsonl (one record per case, appended as cases finish), summary.json, report.md and
PNG plots. Exit codes: 0 done, 1 done but gg accepted a translation the task's own check fails (a false
accept), 2 usage or input error, 130 interrupted (finished cases are kept: rerun with --resume)."""

app = typer.Typer(
    name="gg",
    help="Guess-and-check assembly transpiler: x86-64 GNU assembly to RISC-V 64 or AArch64, accepted only after it was tested.",
    epilog=EPILOG,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

err_console = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        from gg import _native_version

        print(f"gg {__version__} (core {_native_version})")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """gg: translate x86-64 assembly and accept it only after it was tested."""


def _fail_input(e: Exception, as_json: bool) -> None:
    if as_json:
        import json

        d = {"verdict": "input-error", "exit_code": 2, "error": str(e)}
        if isinstance(e, InputError):
            d.update(path=e.path, line=e.line, col=e.col, message=e.message)
        print(json.dumps(d, indent=2))
    else:
        err_console.print(f"[bold red]error:[/] {e}", highlight=False)
    raise typer.Exit(2)


def _settings(min_coverage: Optional[float], accept_partial: bool, max_tests: int, budget: float, seed: int, prototypes: Optional[Path], as_json: bool, concolic: bool = True):
    from gg.verify.settings import VerifySettings

    if min_coverage is not None and not 0.0 <= min_coverage <= 100.0:
        _fail_input(InputError("--min-coverage", "must be a percentage between 0 and 100"), as_json)
    if prototypes is not None and not prototypes.is_file():
        _fail_input(InputError(str(prototypes), "prototypes file not found"), as_json)
    gate = 1.0 if min_coverage is None else min_coverage / 100.0
    return VerifySettings(min_coverage=gate, gate_programs=min_coverage is not None, accept_partial=accept_partial, max_tests=max_tests, budget=budget, seed=seed, prototypes=prototypes, concolic=concolic)


_NO_CONCOLIC = typer.Option(False, "--no-concolic", help="Skip the concolic step (z3 solving for inputs that reach the blocks the generated tests missed, and proving the rest unreachable).")
_MIN_COVERAGE = typer.Option(None, "--min-coverage", help="Percent of reachable blocks the tests must run on each side (x86 and target) to accept. Default: 100 for function-level tests; program runs (main, --test-driver) report coverage and gate on it only when this is given.")
_ACCEPT_PARTIAL = typer.Option(False, "--accept-partial", help="Write the translation even when every test passed but the coverage gate was not met (exit code stays 3).")
_MAX_TESTS = typer.Option(3000, "--max-tests", min=1, help="Generated unit tests per file, at most.")
_BUDGET = typer.Option(30.0, "--budget", help="Seconds of test generation per file, at most.")
_SEED = typer.Option(0, "--seed", help="Seed of the test generator.")
_PROTOTYPES = typer.Option(None, "--prototypes", help="C header declaring the functions of IN and those it calls: the translation places structs and narrow integers by each calling convention at the boundary with target code, and the function-level tests take their signatures from it (otherwise inferred from the x86 body).")


@app.command(epilog=EPILOG)
def translate(
    input: Path = typer.Argument(..., help="x86-64 assembly file (AT&T syntax, as gcc -S / clang -S emit it)."),
    target: str = typer.Option(..., "--target", "-t", help=f"Target ISA: {', '.join(archmod.TARGETS)}."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Where to write the accepted translation (default: IN.<target>.s next to the input)."),
    no_verify: bool = typer.Option(False, "--no-verify", help="Write the translation without testing it (verdict `unverified`)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    case: List[str] = typer.Option([], "--case", help="Arguments for one program run (repeatable; default: one run without arguments)."),
    test_driver: Optional[Path] = typer.Option(None, "--test-driver", help="C file with a main that tests the functions of IN (compiled separately at -O0 and linked with each side)."),
    proposer: str = typer.Option("rules", "--proposer", help="Who guesses the translation (default: the built-in rules)."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds per program run."),
    input_flavor: str = typer.Option("auto", "--input-flavor", help="How to read IN: auto (from its directives), linux (GNU/ELF) or macos (Apple/Mach-O, e.g. clang -target x86_64-apple-macos)."),
    min_coverage: Optional[float] = _MIN_COVERAGE,
    accept_partial: bool = _ACCEPT_PARTIAL,
    max_tests: int = _MAX_TESTS,
    budget: float = _BUDGET,
    seed: int = _SEED,
    prototypes: Optional[Path] = _PROTOTYPES,
    no_concolic: bool = _NO_CONCOLIC,
) -> None:
    """Translate IN to the target, verify it, and write it only if it was accepted."""
    from gg.pipeline import translate_file
    from gg.render.json import to_json
    from gg.render.text import translate_report
    from gg.verify.program import Case

    try:
        tgt = archmod.get(target).name
    except KeyError as e:
        _fail_input(InputError("--target", str(e.args[0])), as_json)
    if test_driver is not None and not test_driver.is_file():
        _fail_input(InputError(str(test_driver), "test driver not found"), as_json)
    settings = _settings(min_coverage, accept_partial, max_tests, budget, seed, prototypes, as_json, not no_concolic)
    try:
        report = translate_file(input, tgt, output, verify=not no_verify, proposer=proposer, cases=[Case.parse(c) for c in case] or None, test_driver=test_driver, timeout=timeout, input_flavor=input_flavor, prototypes=prototypes, settings=settings)
    except (InputError, ToolchainError, KeyError) as e:
        _fail_input(e, as_json)
    if as_json:
        print(to_json(report))
    else:
        translate_report(report, Console(highlight=False))
    raise typer.Exit(report.exit_code)


LINT_EPILOG = """Examples:

  gg lint prog.s

  gg lint out.rv64.s --isa riscv64 --format json

Rules: README.md (section gg lint). Exit codes: 0 no errors (warnings allowed), 1 errors, 2 the file
cannot be read or a flag is wrong."""


@app.command("lint", epilog=LINT_EPILOG)
def lint_(
    input: Path = typer.Argument(..., help="Assembly file (x86-64 AT&T or Intel, RISC-V 64, AArch64)."),
    isa: str = typer.Option("auto", "--isa", help="auto, x86_64, riscv64 or aarch64."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """Check an assembly file: syntax, operands, immediates, registers, labels, ABI and control flow."""
    from gg.lint import lint_source, read_text
    from gg.render.lint import render_text, to_json

    if fmt not in ("text", "json"):
        _fail_input(InputError("--format", f"unknown format {fmt!r} (text or json)"), False)
    try:
        source = read_text(input)
        report = lint_source(source, isa, str(input))
    except InputError as e:
        _fail_input(e, fmt == "json")
    if fmt == "json":
        print(to_json(report))
    else:
        render_text(report, source, Console(highlight=False))
    raise typer.Exit(report.exit_code)


VERIFY_EPILOG = """Examples:

  gg verify func.s func.rv64.s --target riscv64

  gg verify prog.s prog.a64.s --target aarch64 --case "3 4" --json

Checks a candidate translation written by anyone (by hand, by another tool) exactly as gg translate
checks its own. Exit codes: 0 verified, 1 rejected (a mismatch, with a shrunk input; or the candidate
does not build), 2 usage or input error, 3 insufficient coverage (every test passed, the gate was not met)."""


@app.command("verify", epilog=VERIFY_EPILOG)
def verify_cmd(
    original: Path = typer.Argument(..., help="The x86-64 assembly file."),
    candidate: Path = typer.Argument(..., help="Its translation for the target."),
    target: str = typer.Option(..., "--target", "-t", help=f"Target ISA of CANDIDATE: {', '.join(archmod.TARGETS)}."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    case: List[str] = typer.Option([], "--case", help="Arguments for one program run (repeatable)."),
    test_driver: Optional[Path] = typer.Option(None, "--test-driver", help="C file with a main that tests the functions (program level)."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds per program run."),
    min_coverage: Optional[float] = _MIN_COVERAGE,
    max_tests: int = _MAX_TESTS,
    budget: float = _BUDGET,
    seed: int = _SEED,
    prototypes: Optional[Path] = _PROTOTYPES,
    no_concolic: bool = _NO_CONCOLIC,
) -> None:
    """Verify CANDIDATE as a translation of ORIGINAL (nothing is written)."""
    from gg.pipeline import read_source, verify_candidate
    from gg.render.json import to_json
    from gg.render.text import verify_report
    from gg.lint import candidate_errors, format_diagnostics
    from gg.verify.program import Case
    from gg.verify.report import Verdict, VerifyReport

    try:
        tgt = archmod.get(target).name
    except KeyError as e:
        _fail_input(InputError("--target", str(e.args[0])), as_json)
    if test_driver is not None and not test_driver.is_file():
        _fail_input(InputError(str(test_driver), "test driver not found"), as_json)
    settings = _settings(min_coverage, False, max_tests, budget, seed, prototypes, as_json, not no_concolic)
    try:
        orig, cand = read_source(original), read_source(candidate)
        # a candidate goes through the linter before anything runs it, as in gg translate
        lint_errors = candidate_errors(cand, tgt)
        if lint_errors:
            report = VerifyReport(Verdict.REJECTED, tgt, "lint", "the candidate does not pass the linter:\n" + format_diagnostics(lint_errors, str(candidate)))
        else:
            report = verify_candidate(orig, cand, tgt, [Case.parse(c) for c in case] or None, test_driver, timeout, None, settings)
    except (InputError, ToolchainError) as e:
        _fail_input(e, as_json)
    if report.verdict.value == "input-error":
        _fail_input(InputError(str(original), f"{report.reason}\n{report.build_log.strip()}"), as_json)
    if as_json:
        print(to_json(report))
    else:
        verify_report(report, Console(highlight=False), f"{original} vs {candidate}")
    raise typer.Exit(report.verdict.exit_code)


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


@app.command("eval", epilog=EVAL_EPILOG)
def eval_(
    corpus: str = typer.Option(..., "--corpus", "-c", help="A bundled corpus by name (humaneval-c) or a path: a directory with corpus.json/corpus.toml, or a BringupBench checkout."),
    targets: str = typer.Option(",".join(archmod.TARGETS), "--targets", "-t", help="Comma-separated target ISAs."),
    opts: Optional[str] = typer.Option(None, "--opts", help="Comma-separated optimization levels (default: the corpus's own, e.g. O0,O2)."),
    proposer: str = typer.Option("rules", "--proposer", help="Who guesses the translations."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Cases evaluated at once (worker processes, or Ray CPUs)."),
    executor: str = typer.Option("local", "--executor", help="local (process pool) or ray."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address (default: start a local Ray with -j CPUs)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Out directory (default: gg-out/eval-<corpus>)."),
    resume: bool = typer.Option(False, "--resume", help="Continue the run in OUT: finished cases are not run again."),
    force: bool = typer.Option(False, "--force", help="Discard earlier results in OUT and start over."),
    tasks: Optional[str] = typer.Option(None, "--tasks", help="Only tasks whose id matches one of these comma-separated patterns (fnmatch)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N tasks (after --tasks)."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds per program run."),
    as_json: bool = typer.Option(False, "--json", help="Print summary.json instead of the table."),
) -> None:
    """Translate every task of a corpus for each target and level, judge each with the task's own check, report pass rates."""
    import json

    from gg.eval.runner import EvalConfig, run_eval
    from gg.render.eval import LiveProgress, print_summary
    from gg.render.plots import write_report

    name = Path(corpus).name if Path(corpus).exists() else corpus
    cfg = EvalConfig(
        corpus=corpus,
        out=out or Path("gg-out") / f"eval-{name}",
        targets=_csv(targets),
        opts=_csv(opts) if opts else None,
        proposer=proposer,
        jobs=jobs,
        executor=executor,
        address=address,
        resume=resume,
        force=force,
        tasks=_csv(tasks) if tasks else None,
        limit=limit,
        timeout=timeout,
    )
    progress = LiveProgress(err_console, f"eval {name}")
    try:
        outcome = run_eval(cfg, progress, write_report)
    except (InputError, ToolchainError, ValueError, RuntimeError) as e:
        _fail_input(e, as_json)
    except KeyboardInterrupt:
        err_console.print(f"interrupted: finished cases are kept in {cfg.out / 'results.jsonl'}; rerun with --resume to continue", highlight=False)
        raise typer.Exit(130)
    if as_json:
        print(json.dumps(outcome.summary, indent=2))
    else:
        # a log file gets the whole table, not one cut to 80 columns
        print_summary(outcome.summary, Console(highlight=False, width=None if sys.stdout.isatty() else 200))
        print(f"report: {outcome.out / 'report.md'}")
    raise typer.Exit(1 if outcome.summary["total"]["false_accepts"] else 0)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
