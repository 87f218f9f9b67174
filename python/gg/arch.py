"""Target registry: every fact about a target architecture that the Python side needs, in one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Arch:
    name: str
    triple: str
    qemu: str
    sysroot: str
    comment: str
    #: extra flags for C files compiled for this target: x86 `char` is signed, so C code that talks
    #: to translated x86 code must agree
    cflags: tuple[str, ...] = ("-fsigned-char",)

    @property
    def gcc(self) -> str:
        return f"{self.triple}-gcc"

    @property
    def assembler(self) -> str:
        return f"{self.triple}-as"


HOST = Arch(name="x86_64", triple="x86_64-linux-gnu", qemu="", sysroot="/", comment="#", cflags=())

TARGETS: dict[str, Arch] = {
    "riscv64": Arch(
        name="riscv64",
        triple="riscv64-linux-gnu",
        qemu="qemu-riscv64",
        sysroot="/usr/riscv64-linux-gnu",
        comment="#",
    ),
    "aarch64": Arch(
        name="aarch64",
        triple="aarch64-linux-gnu",
        qemu="qemu-aarch64",
        sysroot="/usr/aarch64-linux-gnu",
        comment="//",
    ),
}

ALIASES = {"rv64": "riscv64", "riscv": "riscv64", "arm64": "aarch64"}


def get(name: str) -> Arch:
    """Look up a target by name or alias; raises KeyError with the known names."""
    key = ALIASES.get(name, name)
    if key not in TARGETS:
        raise KeyError(f"unknown target {name!r} (known: {', '.join(TARGETS)})")
    return TARGETS[key]
