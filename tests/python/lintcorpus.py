"""Assembly corpora for the front-end and linter tests (and benchmarks/lint_speed.py): the committed
x86 files, the golden translations, translations made now, and real cross-compiler output compiled
into a scratch directory. Also the GNU assembler as the oracle: assemble, dump the object."""

from __future__ import annotations

import random
import re
from pathlib import Path

from gg import _native
from gg.toolchain import run_tool

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
FILETESTS = ROOT / "tests" / "filetests"

#: assembler and objdump per ISA (x86 Intel files are x86_64 to the assembler)
AS = {"x86_64": ["as", "--64"], "riscv64": ["riscv64-linux-gnu-as"], "aarch64": ["aarch64-linux-gnu-as"]}
OBJDUMP = {"x86_64": "objdump", "riscv64": "riscv64-linux-gnu-objdump", "aarch64": "aarch64-linux-gnu-objdump"}
CC = {"riscv64": "riscv64-linux-gnu-gcc", "aarch64": "aarch64-linux-gnu-gcc", "intel": "gcc"}


def x86_files() -> list[Path]:
    """Every committed x86 (ELF) assembly file."""
    globs = ["humaneval-c/tasks/*/*.s", "programs/*.s", "examples/*.s"]
    files = [p for g in globs for p in sorted(CORPORA.glob(g))]
    return files + sorted((FILETESTS / "input").glob("*.s"))


def macho_files() -> list[Path]:
    return sorted((CORPORA / "macho").rglob("*.s"))


def golden_files(isa: str) -> list[Path]:
    return sorted((FILETESTS / isa).glob("*.s"))


def c_sources() -> list[Path]:
    return sorted(CORPORA.glob("humaneval-c/tasks/*/func.c")) + sorted(CORPORA.glob("programs/*.c")) + sorted(CORPORA.glob("examples/*.c"))


def sample(items: list, n: int, seed: int = 4) -> list:
    """`n` items spread over the list (deterministic)."""
    if len(items) <= n:
        return list(items)
    rnd = random.Random(seed)
    return sorted(rnd.sample(items, n), key=str)


def translations(isa: str, sources: list[Path], out: Path) -> list[Path]:
    """Translate each x86 file with the built-in translator (files it declines are skipped)."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for src in sources:
        try:
            text = _native.translate(src.read_text(), isa)["text"]
        except _native.GgError:
            continue
        p = out / f"tr-{src.parent.name}-{src.name}"
        p.write_text(text)
        made.append(p)
    return made


def compiled(kind: str, sources: list[Path], out: Path, opts=("-O0", "-O2")) -> list[Path]:
    """`gcc -S` output: kind riscv64 / aarch64 (cross gcc) or intel (host gcc -masm=intel)."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for c in sources:
        for opt in opts:
            p = out / f"cc-{c.parent.name}-{c.stem}{opt}.s"
            extra = ["-masm=intel"] if kind == "intel" else []
            r = run_tool([CC[kind], "-S", opt, *extra, "-w", "-fno-asynchronous-unwind-tables", str(c), "-o", str(p)], timeout=60)
            if r.returncode == 0:
                made.append(p)
    return made


def assemble(isa: str, text: str, work: Path, name: str) -> str | None:
    """Assemble `text`; the object's section contents and relocations as objdump prints them, or
    None when the assembler rejects the text."""
    src, obj = work / f"{name}.s", work / f"{name}.o"
    src.write_text(text)
    r = run_tool([*AS[isa], str(src), "-o", str(obj)], timeout=60)
    if r.returncode != 0:
        return None
    d = run_tool([OBJDUMP[isa], "-s", "-r", str(obj)], timeout=60)
    # the first lines name the file
    return "\n".join(d.stdout.splitlines()[2:])


def undefined_locals(isa: str, text: str, work: Path) -> bool:
    """Whether the object of `text` refers to `.L` labels nobody defined (the assembler keeps
    them as undefined symbols; the link fails)."""
    src, obj = work / "u.s", work / "u.o"
    src.write_text(text)
    if run_tool([*AS[isa], str(src), "-o", str(obj)], timeout=60).returncode != 0:
        return False
    nm = run_tool(["nm", "-u", str(obj)], timeout=60).stdout
    return any(line.split()[-1].startswith(".L") for line in nm.splitlines() if line.strip())


# --- mutations: each makes one statement of a valid (canonical) file invalid ---------------------

_INSN = re.compile(r"^\t([a-z][a-z0-9.]*)\t(.*)$")


def _operands(line: str) -> tuple[str, list[str]] | None:
    m = _INSN.match(line)
    if not m:
        return None
    ops, depth, cur = [], 0, ""
    for ch in m.group(2):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            ops.append(cur.strip())
            cur = ""
        else:
            cur += ch
    ops.append(cur.strip())
    return m.group(1), ops


def _join(mn: str, ops: list[str]) -> str:
    return f"\t{mn}\t{', '.join(ops)}" if ops else f"\t{mn}"


# (kind, ISA, mnemonic pattern, rewrite of (mnemonic, operands) or None when it does not apply)
def _mutators():
    def bad_mnemonic(mn, ops):
        return mn + "zq", ops

    def rv_imm(mn, ops):
        if mn in ("addi", "andi", "ori", "xori", "addiw") and re.fullmatch(r"-?\d+", ops[2]):
            return mn, [ops[0], ops[1], "4096"]
        if mn in ("slli", "srli", "srai") and re.fullmatch(r"\d+", ops[2]):
            return mn, [ops[0], ops[1], "64"]
        return None

    def rv_class(mn, ops):
        if mn in ("add", "sub", "and", "or", "xor", "mul", "addw", "subw") and re.fullmatch(r"a[0-7]", ops[2]):
            return mn, [ops[0], ops[1], "f" + ops[2]]
        return None

    def a64_imm(mn, ops):
        if mn in ("add", "sub") and len(ops) == 3 and re.fullmatch(r"#\d+", ops[2]) and ops[0].startswith(("x", "w")):
            return mn, [ops[0], ops[1], "#4097"]
        if mn in ("lsl", "lsr", "asr") and ops[2].startswith("#"):
            return mn, [ops[0], ops[1], "#64" if ops[0].startswith("x") else "#32"]
        if mn in ("and", "orr", "eor") and len(ops) == 3 and ops[2].startswith("#"):
            return mn, [ops[0], ops[1], "#5"]
        if mn in ("ldr", "str") and len(ops) == 2 and re.fullmatch(r"\[(sp|x\d+), #\d+\]", ops[1]):
            return mn, [ops[0], re.sub(r"#\d+", "#65536", ops[1])]
        return None

    def a64_class(mn, ops):
        if mn in ("add", "sub", "mul", "and", "orr", "eor") and len(ops) == 3 and re.fullmatch(r"x\d+", ops[2]):
            return mn, [ops[0], ops[1], "w" + ops[2][1:]]
        if mn in ("fadd", "fsub", "fmul") and re.fullmatch(r"d\d+", ops[2]):
            return mn, [ops[0], ops[1], "x" + ops[2][1:]]
        return None

    def x86_imm(mn, ops):
        if mn in ("addq", "subq", "andq", "cmpq") and ops[0].startswith("$") and re.fullmatch(r"\$-?\d+", ops[0]):
            return mn, ["$4294967296", *ops[1:]]
        return None

    def x86_class(mn, ops):
        if mn == "movl" and len(ops) == 2 and re.fullmatch(r"%e[a-d]x", ops[1]):
            return mn, [ops[0], "%r" + ops[1][2:]]
        if mn == "movb" and len(ops) == 2 and ops[1] in ("%al", "%bl", "%cl", "%dl"):
            return mn, ["%ah", "%r9b"]
        return None

    def undefined_label(mn, ops):
        if ops and re.fullmatch(r"\.L\d+", ops[-1]) and mn not in (".long", ".quad"):
            return mn, [*ops[:-1], ".L99999"]
        return None

    def drop_operand(mn, ops):
        if len(ops) >= 2 and mn not in ("ret", "jalr", "jr", "call", "tail", "ldr", "str", "movi", "cmp", "cmn", "tst", "fcmp", "imul", "imull", "imulq"):
            if mn.startswith(("ld", "st", "fcvt", "fsqrt", "fmv", "fneg", "fabs", "shl", "shr", "sar", "sal", "ro", "nop", "mov", "cvt", "sqrt", "neg", "not", "inc", "dec", "push", "pop", "set", "j", "f")):
                return None
            return mn, ops[:-1]
        return None

    rnd = random.Random(7)
    values = [0, 1, 7, 31, 32, 63, 64, 255, 256, 2047, 2048, 4095, 4096, 4097, 65535, 65536, -1, -8, -2048, -2049, -4096, 1 << 31, 1 << 32, (1 << 32) + 5]
    regs = {
        "riscv64": ["a0", "s1", "sp", "zero", "t6", "fa0", "fs1", "x31", "f7"],
        "aarch64": ["x0", "w1", "x19", "sp", "wsp", "xzr", "wzr", "d0", "s1", "q2", "v3.4s", "x30"],
        "x86_64": ["%rax", "%eax", "%ax", "%al", "%ah", "%r8", "%r9d", "%sil", "%rsp", "%xmm0", "%cl"],
    }

    def any_immediate(mn, ops):
        # any immediate of any instruction takes another value: valid or not, the two must agree
        for k, o in enumerate(ops):
            m = re.fullmatch(r"([#$]?)(-?\d+)", o)
            if m and not mn.startswith(("j", "b", "call", "tail")):
                new = list(ops)
                new[k] = f"{m.group(1)}{rnd.choice(values)}"
                return mn, new
        return None

    def any_register(isa):
        def fn(mn, ops):
            for k, o in enumerate(ops):
                if o in regs[isa] or re.fullmatch(r"%?[a-z]+\d*[a-z]?", o) and o.lstrip("%") in {r.lstrip("%") for r in regs[isa]}:
                    new = list(ops)
                    new[k] = rnd.choice(regs[isa])
                    return mn, new
            return None

        return fn

    common = [("mnemonic", bad_mnemonic), ("label", undefined_label), ("count", drop_operand), ("any-immediate", any_immediate)]
    return {
        "riscv64": [*common, ("immediate", rv_imm), ("register", rv_class), ("any-register", any_register("riscv64"))],
        "aarch64": [*common, ("immediate", a64_imm), ("register", a64_class), ("any-register", any_register("aarch64"))],
        "x86_64": [*common, ("immediate", x86_imm), ("register", x86_class), ("any-register", any_register("x86_64"))],
    }


def mutations(isa: str, canonical_text: str, seed: int = 0) -> list[tuple[str, str]]:
    """(kind, mutated text) for each kind that applies somewhere in the file (one statement each)."""
    lines = canonical_text.split("\n")
    rnd = random.Random(seed)
    out = []
    for kind, fn in _mutators()[isa]:
        spots = []
        for k, line in enumerate(lines):
            parsed = _operands(line)
            if parsed is None:
                continue
            r = fn(*parsed)
            if r is not None:
                spots.append((k, _join(*r)))
        if spots:
            k, new = rnd.choice(spots)
            out.append((kind, "\n".join(lines[:k] + [new] + lines[k + 1 :])))
    return out
