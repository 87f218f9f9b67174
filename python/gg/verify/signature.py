"""Argument and return classes of an x86-64 function, inferred from its body (or from a C prototype).

A small forward data-flow pass over the function's instructions follows where each argument
register's value goes (registers and stack slots, through moves, `lea` and additions): an argument
used as the base of a memory access is a pointer, and the width of those accesses gives the element
type; a value loaded from a pointer argument and used as a base makes the argument an array of
pointers (strings). An integer argument right after a pointer argument is taken as its length.
Passing an argument a function does not read is harmless (both sides get the same value), so every
argument register gets a value; only pointers and float widths need to be right."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gg.verify.coverage import parse_lines

_FAMILIES = [
    ("rax", "eax", "ax", "al", "ah"), ("rbx", "ebx", "bx", "bl", "bh"), ("rcx", "ecx", "cx", "cl", "ch"),
    ("rdx", "edx", "dx", "dl", "dh"), ("rsi", "esi", "si", "sil"), ("rdi", "edi", "di", "dil"),
    ("rbp", "ebp", "bp", "bpl"), ("rsp", "esp", "sp", "spl"),
] + [(f"r{i}", f"r{i}d", f"r{i}w", f"r{i}b") for i in range(8, 16)]
REG64 = {name: fam[0] for fam in _FAMILIES for name in fam}
WIDTH = {name: (64 if i == 0 else 32 if i == 1 else 16 if i == 2 else 8) for fam in _FAMILIES for i, name in enumerate(fam)}
ARG_REGS = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"]
CALLER_SAVED = ["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11"]
#: libc functions whose pointer arguments are strings (argument indexes)
STRING_ARGS = {
    "strlen": (0,), "strcmp": (0, 1), "strncmp": (0, 1), "strcpy": (0, 1), "strncpy": (0, 1), "strcat": (0, 1),
    "strncat": (0, 1), "strchr": (0,), "strrchr": (0,), "strstr": (0, 1), "strdup": (0,), "atoi": (0,),
    "atol": (0,), "strtol": (0,), "puts": (0,), "strnlen": (0,),
}
_MEM = re.compile(r"^(?P<disp>[^(]*)\((?P<base>%\w+)?(?:\s*,\s*(?P<index>%\w+)(?:\s*,\s*(?P<scale>\d+))?)?\)$")
_WRITES_ONLY = re.compile(r"^(mov|lea|cvt|set|pop|movz|movs|cmov)")


@dataclass
class ArgSpec:
    #: "int" or "ptr"
    kind: str = "int"
    width: int = 64
    #: for pointers: element type "i8", "i16", "i32", "i64", "f32", "f64" or "ptr" (array of strings)
    elem: str = "i8"
    #: for pointers: index of the sibling integer argument that holds the element count, if any
    length: int | None = None
    read: bool = False


@dataclass
class Signature:
    name: str
    ints: list[ArgSpec] = field(default_factory=lambda: [ArgSpec() for _ in range(6)])
    #: "f32" or "f64" per xmm argument register
    fps: list[str] = field(default_factory=lambda: ["f64"] * 8)
    #: "int", "f32" or "f64"
    ret: str = "int"
    ret_width: int = 64
    #: the function uses AVX (the emulator cannot run it)
    avx: bool = False
    #: how many xmm argument registers it reads
    fp_used: int = 0
    #: caller-saved registers it may write (callers in the file may keep values in the others)
    writes: set[str] = field(default_factory=lambda: set(CALLER_SAVED))
    calls: set[str] = field(default_factory=set)

    def describe(self) -> str:
        parts = []
        for i, a in enumerate(self.ints):
            if not a.read:
                continue
            if a.kind == "ptr":
                ln = f"[arg{a.length}]" if a.length is not None else ""
                parts.append(f"{a.elem}*{ln}")
            else:
                parts.append(f"i{a.width}")
        parts += [self.fps[i] for i in range(self.fp_used)]
        return f"{self.ret} {self.name}({', '.join(parts)})"


def _reg(op: str) -> str | None:
    op = op.strip()
    if op.startswith("%"):
        return op[1:].lower()
    return None


def _suffix_width(mnem: str) -> int:
    m = mnem.lower()
    if m.startswith(("movzb", "movsb")) or m in ("cmpb", "movb", "testb", "addb", "subb", "andb", "orb", "xorb", "incb", "decb"):
        return 8
    if m.startswith(("movzw", "movsw")) or m.endswith("w") and m not in ("movw",) and len(m) > 3:
        return 16
    if m == "movw":
        return 16
    if m.endswith("q") or m in ("movslq",):
        return 64
    if m.endswith("l"):
        return 32
    return 0


def _elem(mnem: str, ops: list[str], mem_index: int) -> str:
    m = mnem.lower()
    if m.endswith("sd") or m in ("movsd", "cvttsd2si", "cvttsd2siq", "cvtsd2ss", "ucomisd", "comisd"):
        return "f64"
    if m.endswith("ss") or m in ("movss", "cvtss2sd"):
        return "f32"
    if m.startswith(("movzb", "movsb")):
        return "i8"
    if m.startswith(("movzw", "movsw")):
        return "i16"
    if m in ("movslq", "movsl"):
        return "i32"
    # width from a register operand, else the suffix
    for i, op in enumerate(ops):
        if i != mem_index:
            r = _reg(op)
            if r in WIDTH:
                return {8: "i8", 16: "i16", 32: "i32", 64: "i64"}[WIDTH[r]]
            if r and r.startswith("xmm"):
                return "f64"
    w = _suffix_width(m)
    return {8: "i8", 16: "i16", 32: "i32", 64: "i64"}.get(w, "i64")


def function_bodies(text: str) -> dict[str, list]:
    """Instructions per function label (a label with `.type f, @function` or `.globl`)."""
    from gg.verify.coverage import function_symbols

    funcs, globs = function_symbols(text)
    bodies: dict[str, list] = {}
    cur = None
    for item in parse_lines(text, "x86_64"):
        if item[0] == "label" and (item[1] in funcs or item[1] in globs):
            cur = item[1]
            bodies.setdefault(cur, [])
        elif item[0] == "insn" and cur is not None:
            bodies[cur].append(item[1])
    return bodies


def infer(text: str) -> dict[str, Signature]:
    """Signatures of every function of an x86 file (callees first, a few rounds for local calls)."""
    bodies = function_bodies(text)
    sigs = {name: Signature(name) for name in bodies}
    for _ in range(3):
        for name, body in bodies.items():
            sigs[name] = _infer_one(name, body, sigs)
    return sigs


def _infer_one(name: str, body: list, sigs: dict[str, Signature]) -> Signature:
    sig = Signature(name)
    origin: dict[str, tuple] = {r: ("arg", i) for i, r in enumerate(ARG_REGS)}
    slots: dict[str, tuple] = {}
    seen: set[str] = set()
    xseen: set[int] = set()
    votes: dict[int, dict[str, int]] = {}
    pp: set[int] = set()
    strings: set[int] = set()

    def use_base(o: tuple | None, elem: str) -> None:
        if o is None:
            return
        if o[0] == "arg":
            sig.ints[o[1]].kind = "ptr"
            votes.setdefault(o[1], {}).setdefault(elem, 0)
            votes[o[1]][elem] += 1
        elif o[0] == "deref":
            pp.add(o[1])

    for _round in range(2):
        origin = {r: ("arg", i) for i, r in enumerate(ARG_REGS)}
        slots = {}
        for insn in body:
            m = insn.mnem.lower()
            ops = insn.ops
            if m.startswith("v") and any(o.strip().startswith("%ymm") or o.strip().startswith("%xmm") for o in ops) and m not in ("verr", "verw"):
                sig.avx = True
            # first touch of argument registers: read or written?
            for i, op in enumerate(ops):
                r = _reg(op)
                if r in REG64 and REG64[r] in ARG_REGS:
                    a = ARG_REGS.index(REG64[r])
                    if REG64[r] not in seen:
                        seen.add(REG64[r])
                        is_dst = i == len(ops) - 1 and len(ops) > 1
                        same = len(ops) == 2 and _reg(ops[0]) == r and m.startswith(("xor", "sub"))
                        if not ((is_dst and _WRITES_ONLY.match(m)) or same):
                            sig.ints[a].read = True
                            sig.ints[a].width = WIDTH[r]
                if r and r.startswith("xmm"):
                    n = int(r[3:])
                    if n < 8 and n not in xseen:
                        xseen.add(n)
                        is_dst = i == len(ops) - 1 and len(ops) > 1
                        same = len(ops) == 2 and _reg(ops[0]) == r and m.startswith(("xor", "pxor", "sub"))
                        writes = is_dst and m.startswith(("mov", "cvt", "sqrt", "pxor", "xorp", "unpck")) and not m.startswith(("movl", "movh"))
                        if not (writes or same):
                            sig.fp_used = max(sig.fp_used, n + 1)
                        if m.endswith("ss") or m in ("cvtss2sd", "movd", "ucomiss", "comiss"):
                            sig.fps[n] = "f32"
            # memory operands
            mem_index = -1
            for i, op in enumerate(ops if not m.startswith(("lea", "nop", "prefetch")) else []):
                mm = _MEM.match(op.strip())
                if mm and mm.group("base") and "rip" not in mm.group("base"):
                    mem_index = i
                    base = REG64.get(mm.group("base")[1:].lower())
                    if base and base not in ("rsp", "rbp"):
                        use_base(origin.get(base), _elem(m, ops, i))
                    idx = mm.group("index")
                    if idx and mm.group("scale") in (None, "1") and base in ("rsp", "rbp", None):
                        use_base(origin.get(REG64.get(idx[1:].lower(), "")), _elem(m, ops, i))
            if m in ("call", "callq", "jmp") and ops and not ops[0].startswith("*") and not (m == "jmp" and ops[0].startswith(".")):
                callee = ops[0].split("@")[0]
                sig.calls.add(callee)
                for a in STRING_ARGS.get(callee, ()):
                    o = origin.get(ARG_REGS[a])
                    if o and o[0] == "arg":
                        sig.ints[o[1]].kind = "ptr"
                        strings.add(o[1])
                for a in STRING_ARGS.get(callee, ()):
                    o = origin.get(ARG_REGS[a])
                    if o and o[0] == "deref":
                        pp.add(o[1])
                cs = sigs.get(callee)
                if cs is not None:
                    for a, spec in enumerate(cs.ints):
                        o = origin.get(ARG_REGS[a])
                        if spec.kind == "ptr" and o and o[0] == "deref":
                            pp.add(o[1])
                        if spec.kind == "ptr" and o and o[0] == "arg":
                            sig.ints[o[1]].kind = "ptr"
                            votes.setdefault(o[1], {}).setdefault(spec.elem, 0)
                            votes[o[1]][spec.elem] += 3
                if m != "jmp":
                    clobbered = sigs[callee].writes if callee in sigs else CALLER_SAVED
                    for r in CALLER_SAVED:
                        if r in clobbered:
                            origin.pop(r, None)
                continue
            if len(ops) < 1:
                continue
            dst = ops[-1].strip()
            dreg = REG64.get(_reg(dst) or "")
            src = ops[0].strip() if len(ops) > 1 else None
            sreg = REG64.get(_reg(src) or "") if src else None
            smem = _MEM.match(src) if src else None
            if dst.endswith("(%rbp)") or dst.endswith("(%rsp)"):
                # spill to a stack slot
                if m.startswith("mov") and sreg:
                    # a pointer is only ever moved whole: a 32-bit spill holds an int
                    slots[dst] = origin.get(sreg) if WIDTH.get(_reg(src) or "", 0) == 64 else None  # type: ignore[assignment]
                continue
            if dreg is None:
                # a 64-bit value loaded from an array and moved into an xmm register: doubles
                if (_reg(dst) or "").startswith("xmm") and sreg and m in ("movq", "movd"):
                    o = origin.get(sreg)
                    if o and o[0] == "deref":
                        votes.setdefault(o[1], {}).setdefault("f64" if m == "movq" else "f32", 0)
                        votes[o[1]]["f64" if m == "movq" else "f32"] += 2
                continue
            if m.startswith("mov") and m not in ("movss", "movsd") and src is not None:
                if WIDTH.get(_reg(dst) or "", 0) != 64 or m.startswith(("movs", "movz")):
                    o = None  # 32-bit moves and extensions make integers, not pointers
                elif sreg:
                    o = origin.get(sreg)
                elif src in slots:
                    o = slots[src]
                elif smem and smem.group("base"):
                    b = REG64.get(smem.group("base")[1:].lower())
                    bo = origin.get(b) if b else None
                    o = ("deref", bo[1]) if bo and bo[0] == "arg" and (m == "movq" or WIDTH.get(_reg(dst) or "", 0) == 64) else None
                else:
                    o = None
                if o is None:
                    origin.pop(dreg, None)
                else:
                    origin[dreg] = o
            elif m.startswith("lea") and smem:
                b = smem.group("base")
                bo = origin.get(REG64.get(b[1:].lower(), "")) if b else None
                if bo is None and smem.group("index") and smem.group("scale") in (None, "1"):
                    bo = origin.get(REG64.get(smem.group("index")[1:].lower(), ""))
                if bo is None:
                    origin.pop(dreg, None)
                else:
                    origin[dreg] = bo
            elif m.startswith(("add", "sub")) and src is not None:
                if origin.get(dreg) is None and sreg and origin.get(sreg) and m.startswith("add"):
                    origin[dreg] = origin[sreg]
            elif m in ("cltq", "cqto", "cltd", "cwtl"):
                origin.pop("rax", None)
                origin.pop("rdx", None)
            else:
                origin.pop(dreg, None)
    for a, v in votes.items():
        if a in strings:
            sig.ints[a].elem = "i8"
        else:
            sig.ints[a].elem = max(v.items(), key=lambda kv: (kv[1], kv[0] == "i8"))[0]
    for a in strings:
        sig.ints[a].kind, sig.ints[a].elem = "ptr", "i8"
    for a in pp:
        if sig.ints[a].kind == "ptr":
            sig.ints[a].elem = "ptr"
    for a, spec in enumerate(sig.ints):
        if spec.kind == "ptr":
            spec.read = True
            if a + 1 < 6 and sig.ints[a + 1].kind == "int" and sig.ints[a + 1].read and spec.elem != "i8":
                spec.length = a + 1
    sig.ret, sig.ret_width = _return_class(body)
    writes = {"rax"}
    for insn in body:
        m = insn.mnem.lower()
        if m in ("call", "callq") or m.startswith(("rep", "cqto", "cltd", "div", "idiv", "mul", "cpuid", "rdtsc", "syscall")):
            callee = insn.ops[0].split("@")[0] if insn.ops else ""
            writes |= sigs[callee].writes if callee in sigs and callee != name else set(CALLER_SAVED)
        if insn.ops:
            r = REG64.get(_reg(insn.ops[-1]) or "")
            if r:
                writes.add(r)
            if m.startswith("xchg") or m.startswith("xadd"):
                writes |= {REG64.get(_reg(o) or "", "") for o in insn.ops} - {""}
    sig.writes = writes & set(CALLER_SAVED)
    return sig


_XMM0_WRITERS = re.compile(r"^(mov|add|sub|mul|div|sqrt|min|max|cvt|and|or|xor|unpck|shuf|round|pxor|xorp|andp|orp)")


def _return_class(body: list) -> tuple[str, int]:
    """At each `ret`, the last earlier instruction that writes %rax-family or %xmm0 decides."""
    votes: dict[str, int] = {}
    width = 64
    for i, insn in enumerate(body):
        if insn.mnem.lower() not in ("ret", "retq") and not (insn.mnem.lower() == "jmp" and insn.ops and "@" in insn.ops[0]):
            continue
        for prev in reversed(body[max(0, i - 40): i]):
            ops = prev.ops
            if not ops:
                continue
            m = prev.mnem.lower()
            d = _reg(ops[-1])
            if m in ("call", "callq"):
                votes["int"] = votes.get("int", 0) + 1
                break
            if d == "xmm0" and _XMM0_WRITERS.match(m) and not m.startswith(("ucom", "comi")):
                if m in ("cvtsi2sdl", "cvtsi2sdq", "cvtsi2sd", "cvtss2sd") or m.endswith("sd") or m.endswith("pd"):
                    votes["f64"] = votes.get("f64", 0) + 1
                elif m.endswith("ss") or m.endswith("ps") or m in ("cvtsd2ss",):
                    votes["f32"] = votes.get("f32", 0) + 1
                else:
                    votes["f64"] = votes.get("f64", 0) + 1
                break
            if d in REG64 and REG64[d] == "rax" and m not in ("cmp", "test"):
                votes["int"] = votes.get("int", 0) + 1
                width = min(width, 64 if WIDTH[d] == 64 else 32) if "int" in votes else width
                break
    if not votes:
        return "int", 64
    best = max(votes.items(), key=lambda kv: kv[1])[0]
    return best, width
