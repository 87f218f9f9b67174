"""A flat, statically linked image of one side of a translation, for the emulator.

The file is assembled with GNU `as -g` (so the DWARF line table maps every instruction address to
its line in the assembly text) and linked with `ld -static -nostdlib` against a generated stub file
that defines each symbol the file calls but does not define: one `ret` per symbol, 16 bytes apart.
The emulator runs the host implementation of the function when a stub's block starts, and the
stub's `ret` returns to the caller. No PLT, no dynamic loader."""

from __future__ import annotations

import bisect
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from gg import toolchain

#: symbols that are data, not functions, when a file refers to them without defining them
DATA_SYMBOLS = {"stdout": 8, "stderr": 8, "stdin": 8, "__stack_chk_guard": 8, "optind": 4, "optarg": 8, "opterr": 4, "errno": 4, "environ": 8}

_TOOLS = {
    "x86_64": ("as", ["--64", "-g"], "ld", []),
    "riscv64": ("riscv64-linux-gnu-as", ["-g", "-march=rv64gc", "-mabi=lp64d"], "riscv64-linux-gnu-ld", ["--no-relax"]),
    "aarch64": ("aarch64-linux-gnu-as", ["-g"], "aarch64-linux-gnu-ld", []),
}

#: the stub a callback from a host function into emulated code returns to
CONTINUE = "__gg_continue"

_DEBUG_DIRECTIVE = re.compile(r"^\s*(\.loc\b|\.loc_mark_labels\b|\.file\s+\d+)")


class ImageError(Exception):
    """The text does not assemble or link; `log` has the tool output."""

    def __init__(self, message: str, log: str):
        super().__init__(message)
        self.log = log


@dataclass
class Symbol:
    name: str
    addr: int
    size: int
    kind: str  # "func" | "object" | "other"
    writable: bool = False


@dataclass
class Image:
    isa: str
    segments: list[tuple[int, bytes, int, bool]]  # (vaddr, file bytes, memsize, writable)
    symbols: dict[str, Symbol]
    stubs: dict[int, str]  # stub address -> external symbol
    line_addrs: list[int]
    line_nums: list[int]
    tls: tuple[int, bytes, int] | None = None  # (vaddr, init bytes, memsize)
    lo: int = 0
    hi: int = 0
    undefined: list[str] = field(default_factory=list)

    def line_of(self, addr: int) -> int:
        i = bisect.bisect_right(self.line_addrs, addr) - 1
        return self.line_nums[i] if i >= 0 else 0

    def lines_in(self, start: int, size: int) -> list[int]:
        i = bisect.bisect_left(self.line_addrs, start)
        j = bisect.bisect_left(self.line_addrs, start + size)
        return self.line_nums[i:j]

    def contains(self, addr: int) -> bool:
        return self.lo <= addr < self.hi


def _clean(text: str) -> str:
    """Blank the lines that carry the compiler's own line info (`as -g` makes its own); lines stay put."""
    return "\n".join("" if _DEBUG_DIRECTIVE.match(l) else l for l in text.splitlines()) + "\n"


def _stub_text(isa: str, funcs: list[str], data: list[str]) -> str:
    ty = "%function" if isa == "aarch64" else "@function"
    out = ['\t.section .text.ggstubs,"ax"' if isa != "aarch64" else '\t.section .text.ggstubs,"ax",%progbits']
    for s in funcs:
        out += ["\t.balign 16", f"\t.globl {s}", f"\t.type {s}, {ty}", f"{s}:", "\tret"]
    out.append("\t.data")
    for s in data:
        out += ["\t.balign 16", f"\t.globl {s}", f"{s}:", f"\t.zero {max(DATA_SYMBOLS.get(s, 8), 64)}"]
    return "\n".join(out) + "\n"


def build(text: str, isa: str, workdir: Path | None = None) -> Image:
    from elftools.elf.elffile import ELFFile

    as_, as_flags, ld, ld_flags = _TOOLS[isa]
    with tempfile.TemporaryDirectory(prefix="gg-image-") as tmp:
        d = Path(workdir or tmp)
        src = d / f"side.{isa}.s"
        src.write_text(_clean(text))
        obj = d / f"side.{isa}.o"
        r = toolchain.run_tool([as_, *as_flags, str(src), "-o", str(obj)], timeout=60)
        if r.returncode != 0:
            raise ImageError(f"the {isa} text does not assemble", r.stderr)
        with open(obj, "rb") as f:
            elf = ELFFile(f)
            st = elf.get_section_by_name(".symtab")
            undefined = sorted({s.name for s in st.iter_symbols() if s["st_shndx"] == "SHN_UNDEF" and s.name and s.name != "_GLOBAL_OFFSET_TABLE_" and not s.name.startswith("__global_pointer")}) if st else []
        data = [u for u in undefined if u in DATA_SYMBOLS]
        # CONTINUE: where a callback into emulated code (qsort's comparator) returns to
        funcs = [u for u in undefined if u not in DATA_SYMBOLS] + [CONTINUE]
        stub = d / f"stubs.{isa}.s"
        stub.write_text(_stub_text(isa, funcs, data))
        stub_obj = d / f"stubs.{isa}.o"
        r = toolchain.run_tool([as_, *[f for f in as_flags if f != "-g"], str(stub), "-o", str(stub_obj)], timeout=60)
        if r.returncode != 0:
            raise ImageError(f"cannot build the {isa} stubs", r.stderr)
        exe = d / f"side.{isa}.elf"
        r = toolchain.run_tool([ld, "-static", "-nostdlib", "-z", "noexecstack", "--no-warn-rwx-segments", *ld_flags, "-e", "0", "-o", str(exe), str(obj), str(stub_obj)], timeout=60)
        if r.returncode != 0:
            raise ImageError(f"the {isa} text does not link", r.stderr)
        return _load(exe, isa, funcs, undefined)


def _load(exe: Path, isa: str, stub_names: list[str], undefined: list[str]) -> Image:
    from elftools.elf.elffile import ELFFile

    with open(exe, "rb") as f:
        elf = ELFFile(f)
        segs, tls = [], None
        for seg in elf.iter_segments():
            if seg["p_type"] == "PT_LOAD":
                segs.append((seg["p_vaddr"], seg.data(), seg["p_memsz"], bool(seg["p_flags"] & 2)))
            elif seg["p_type"] == "PT_TLS":
                tls = (seg["p_vaddr"], seg.data(), seg["p_memsz"])
        syms: dict[str, Symbol] = {}
        sections = list(elf.iter_sections())
        st = elf.get_section_by_name(".symtab")
        for s in st.iter_symbols() if st else []:
            if not s.name or s["st_shndx"] in ("SHN_UNDEF", "SHN_ABS"):
                continue
            t = s["st_info"]["type"]
            kind = "func" if t == "STT_FUNC" else "object" if t == "STT_OBJECT" else "other"
            sec = sections[s["st_shndx"]] if isinstance(s["st_shndx"], int) else None
            writable = bool(sec is not None and sec["sh_flags"] & 1)
            if s.name not in syms or kind != "other":
                syms[s.name] = Symbol(s.name, s["st_value"], s["st_size"], kind, writable)
        addrs: list[tuple[int, int]] = []
        if elf.has_dwarf_info():
            dw = elf.get_dwarf_info()
            for cu in dw.iter_CUs():
                lp = dw.line_program_for_CU(cu)
                if lp is None:
                    continue
                for e in lp.get_entries():
                    if e.state is not None and not e.state.end_sequence:
                        addrs.append((e.state.address, e.state.line))
    addrs.sort()
    stubs = {syms[n].addr: n for n in stub_names if n in syms}
    lo = min(v for v, _, _, _ in segs) if segs else 0
    hi = max(v + m for v, _, m, _ in segs) if segs else 0
    return Image(isa, segs, syms, stubs, [a for a, _ in addrs], [l for _, l in addrs], tls, lo, hi, undefined)
