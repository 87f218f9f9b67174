"""Program-level block coverage: which blocks of the assembly text a run under qemu-user executed.

qemu lists each translated block's guest instructions once (`-d in_asm,nochain`); a block is only
translated when execution reaches it. Addresses map to lines of the assembly through the DWARF line
table `as` makes for the file (built with `-g`, non-PIE so the addresses in the log are the link
addresses), and lines to the blocks of `verify.coverage`."""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from gg.verify import coverage as cov
from gg.verify.report import BlockCoverage

_ADDR = re.compile(r"^0x([0-9a-fA-F]+):", re.M)


def executed_addresses(log: Path) -> set[int]:
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return set()
    return {int(m.group(1), 16) for m in _ADDR.finditer(text)}


def asm_line_table(exe: Path) -> tuple[list[int], list[int]]:
    """(addresses, lines) of the compile units made from assembly files (`*.s`)."""
    from elftools.elf.elffile import ELFFile

    rows: list[tuple[int, int]] = []
    with open(exe, "rb") as f:
        elf = ELFFile(f)
        if not elf.has_dwarf_info():
            return [], []
        dw = elf.get_dwarf_info()
        for cu in dw.iter_CUs():
            name = cu.get_top_DIE().attributes.get("DW_AT_name")
            if name is None or not name.value.decode(errors="replace").endswith((".s", ".S")):
                continue
            lp = dw.line_program_for_CU(cu)
            for e in lp.get_entries() if lp else []:
                if e.state is not None and not e.state.end_sequence:
                    rows.append((e.state.address, e.state.line))
    rows.sort()
    return [a for a, _ in rows], [l for _, l in rows]


def measure(text: str, isa: str, exe: Path, logs: list[Path], original: str) -> BlockCoverage:
    bm = cov.build(text, isa)
    if isa != "x86_64":
        cov.mark_internal(bm, text)
        funcs, globs = cov.function_symbols(original)
        calls = set(re.findall(r"^\s*(?:call|callq|jmp)\s+([A-Za-z_][\w.$]*)\s*$", original, re.M)) & funcs
        tail = set(re.findall(r"^\s*jmp\s+([A-Za-z_][\w.$]*)\s*$", original, re.M)) & funcs
        cov.exclude_local_return(bm, calls, globs | tail | cov.address_taken(original, funcs))
    addrs, lines = asm_line_table(exe)
    hit: set[int] = set()
    executed: set[int] = set()
    for log in logs:
        executed |= executed_addresses(log)
    for a in executed:
        i = bisect.bisect_left(addrs, a)
        if i < len(addrs) and addrs[i] == a:
            b = bm.line_block.get(lines[i])
            if b is not None:
                hit.add(b)
    want = bm.counted()
    c = BlockCoverage(len(want & hit), len(want), bm.describe(want - hit), bm.describe(bm.dead), bm.describe(bm.failure))
    internal = bm.counted_internal()
    c.internal_covered, c.internal_total, c.internal_uncovered = len(internal & hit), len(internal), bm.describe(internal - hit)
    return c
