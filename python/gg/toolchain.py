"""Every external process (gcc, as, qemu-user) goes through here: timeouts, rlimits, clear errors."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from gg.arch import HOST, Arch
from gg.errors import ToolchainError

#: cap on captured stdout/stderr per run (bytes)
OUTPUT_LIMIT = 4 << 20


@dataclass
class RunResult:
    """The outcome of one program run."""

    exit_code: int
    stdout: str
    stderr: str
    timed_out: bool
    seconds: float

    def summary(self) -> str:
        return "timeout" if self.timed_out else f"exit {self.exit_code}"


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise ToolchainError(f"`{tool}` not found on PATH (run `make setup` to install the cross toolchains and qemu-user)")
    return path


def _limits(cpu_seconds: int, memory_bytes: int | None):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 20, 64 << 20))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if memory_bytes is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))

    return apply


def _decode(b: bytes) -> str:
    return b[:OUTPUT_LIMIT].decode("utf-8", errors="backslashreplace")


def run_tool(argv: list[str], cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a build tool; returns the completed process (never raises on a non-zero exit)."""
    require(argv[0])
    try:
        return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as e:
        return subprocess.CompletedProcess(argv, 124, e.stdout or "", f"{argv[0]} timed out after {timeout}s")


def compile_c(arch: Arch, source: Path, obj: Path, opt: str = "-O0", flags: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    """Compile one C file to an object for `arch` (the host when arch is HOST); `flags` are extra
    compiler flags such as `-I`/`-D`."""
    cc = "gcc" if arch is HOST else arch.gcc
    return run_tool([cc, opt, *arch.cflags, *flags, "-c", str(source), "-o", str(obj)])


def compile_to_asm(arch: Arch, source: Path, out: Path, opt: str = "-O0", flags: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    """Compile one C file to assembly (`gcc -S`) for `arch`."""
    cc = "gcc" if arch is HOST else arch.gcc
    return run_tool([cc, opt, *arch.cflags, *flags, "-S", str(source), "-o", str(out)])


def link(arch: Arch, inputs: list[Path], exe: Path, ldflags: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    """Assemble and link `.s`/`.o` inputs into an executable for `arch`."""
    cc = "gcc" if arch is HOST else arch.gcc
    return run_tool([cc, *map(str, inputs), "-o", str(exe), *ldflags, "-lm"])


def run_program(
    arch: Arch,
    exe: Path,
    args: list[str] | None = None,
    stdin: bytes = b"",
    timeout: float = 10.0,
    cwd: Path | None = None,
    block_log: Path | None = None,
) -> RunResult:
    """Run an executable natively (HOST) or under qemu-user, with a wall-clock timeout and rlimits.

    `block_log`: run under qemu-user (qemu-x86_64 for HOST too) and have it write every translated
    block's guest instructions there (`-d in_asm,nochain`), for block coverage."""
    argv = [str(exe), *(args or [])]
    memory: int | None = 4 << 30
    log = ["-d", "in_asm,nochain", "-D", str(block_log)] if block_log is not None else []
    if arch is not HOST:
        argv = [require(arch.qemu), "-L", arch.sysroot, *log, *argv]
        memory = None  # qemu-user reserves a large guest address space up front
    elif block_log is not None:
        argv = [require("qemu-x86_64"), *log, *argv]
        memory = None
    start = time.monotonic()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C"}
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_limits(int(timeout) + 1, memory),
        env=env,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        out, err = proc.communicate()
        timed_out = True
    return RunResult(
        exit_code=proc.returncode if not timed_out else -9,
        stdout=_decode(out),
        stderr=_decode(err),
        timed_out=timed_out,
        seconds=time.monotonic() - start,
    )
