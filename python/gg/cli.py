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

Exit codes: 0 verified (or unverified with --no-verify; output written), 1 rejected, 2 usage or input
error, 3 insufficient coverage (tests passed but could not cover the code; nothing written)."""

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
    try:
        report = translate_file(input, tgt, output, verify=not no_verify, proposer=proposer, cases=[Case.parse(c) for c in case] or None, test_driver=test_driver, timeout=timeout)
    except (InputError, ToolchainError, KeyError) as e:
        _fail_input(e, as_json)
    if as_json:
        print(to_json(report))
    else:
        translate_report(report, Console(highlight=False))
    raise typer.Exit(report.exit_code)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
