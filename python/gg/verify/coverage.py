"""Basic blocks of an assembly file, read from its text, for either side of a translation.

A block is a run of instruction lines that starts at a label or after a control transfer. The gate
counts *reachable* blocks only: blocks no path from a global function (or a label the data refers
to, such as a jump table entry) reaches are listed as dead, and blocks whose every path ends in a
failure call that does not return (`__stack_chk_fail`, `abort`, `__assert_fail`) as failure paths.
Executed addresses map to lines through the DWARF line table of the image (`as -g`), and lines to
blocks here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: calls that end a path in a failure; blocks that only lead there are not counted
NORETURN_FAILURE = frozenset({"__stack_chk_fail", "abort", "__assert_fail", "__fortify_fail", "__chk_fail"})
#: calls that do not return at all (the block ends there)
NORETURN = NORETURN_FAILURE | {"exit", "_exit", "longjmp", "__longjmp_chk", "siglongjmp"}

_LABEL = re.compile(r"^\s*([A-Za-z_.$][\w.$@]*|\d+)\s*:")
_SYMREF = re.compile(r"[A-Za-z_.$][\w.$]*")
_EXEC_SECTION = re.compile(r"^\s*\.section\s+([^\s,]+)(?:\s*,\s*\"([^\"]*)\")?")


def _strip_comment(line: str, comment: str) -> str:
    out = []
    in_str = esc = False
    i = 0
    while i < len(line):
        c = line[i]
        if in_str:
            if esc:
                esc = False
            elif c == "\\":
                esc = True
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif line.startswith(comment, i):
            break
        out.append(c)
        i += 1
    return "".join(out)


@dataclass
class Block:
    id: int
    function: str
    #: 1-based source lines of the block's instructions
    lines: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    #: label targets of its branches; `falls` when execution may continue with the next block
    targets: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    falls: bool = True
    indirect: bool = False
    text: list[str] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.lines[0] if self.lines else 0

    def name(self) -> str:
        named = [l for l in self.labels if l == self.function] or [l for l in self.labels if not l.startswith((".LFB", ".LFE", ".LVL", ".LBB", ".LBE"))] or self.labels
        where = named[0] if named else f"{self.function}+line {self.first_line}"
        return f"{where} (line {self.first_line}: {self.text[0].strip() if self.text else ''})"


@dataclass
class BlockMap:
    """The blocks of one file, with the reachable / dead / failure-only split."""

    isa: str
    blocks: list[Block]
    line_block: dict[int, int]
    reachable: set[int]
    dead: set[int]
    failure: set[int]
    functions: dict[str, list[int]]
    #: blocks inside the code one x86 instruction became (see `mark_internal`): reported, not gated
    internal: set[int] = field(default_factory=set)
    #: symbols named other than as a branch or call target (data, address-taking instructions):
    #: the labels among them can be entered from anywhere (jump tables, function pointers)
    referenced: set[str] = field(default_factory=set)

    def counted(self, function: str | None = None) -> set[int]:
        ids = set(self.functions.get(function, [])) if function else set(range(len(self.blocks)))
        return ids & (self.reachable - self.failure - self.internal)

    def counted_internal(self, function: str | None = None) -> set[int]:
        ids = set(self.functions.get(function, [])) if function else set(range(len(self.blocks)))
        return ids & (self.reachable - self.failure) & self.internal

    def describe(self, ids) -> list[str]:
        return [self.blocks[i].name() for i in sorted(ids, key=lambda i: self.blocks[i].first_line)]


# --- per-ISA control flow -------------------------------------------------------------------------

_X86_COND = re.compile(r"^j(?!mp)[a-z]+$")
_RV_BRANCH = {"beq", "bne", "blt", "bge", "bltu", "bgeu", "beqz", "bnez", "blez", "bgez", "bltz", "bgtz", "bgt", "ble", "bgtu", "bleu"}
_A64_COND = re.compile(r"^b\.?(eq|ne|cs|hs|cc|lo|mi|pl|vs|vc|hi|ls|ge|lt|gt|le|al|nv)$")


def _sym(op: str) -> str:
    op = op.strip().lstrip("*")
    return op.split("@", 1)[0]


def classify(isa: str, mnem: str, ops: list[str]) -> tuple[str, str | None]:
    """(kind, target): kind is one of plain, cond, jump, ijump, call, icall, ret, stop."""
    m = mnem.lower()
    if isa == "x86_64":
        if m in ("ret", "retq", "ud2", "hlt", "iretq", "sysret"):
            return ("ret" if m.startswith("ret") else "stop"), None
        if m in ("jmp", "jmpq"):
            return ("ijump", None) if ops and ops[0].strip().startswith("*") else ("jump", _sym(ops[0]) if ops else None)
        if _X86_COND.match(m) and m not in ("jrcxz",) or m in ("jrcxz", "jecxz", "loop"):
            return "cond", _sym(ops[-1]) if ops else None
        if m in ("call", "callq"):
            return ("icall", None) if ops and ops[0].strip().startswith("*") else ("call", _sym(ops[0]) if ops else None)
        return "plain", None
    if isa == "riscv64":
        if m == "ret":
            return "ret", None
        if m in ("j",):
            return "jump", _sym(ops[0])
        if m == "tail":
            return "jump", _sym(ops[0])
        if m == "jr":
            return "ijump", None
        if m in ("call",):
            return "call", _sym(ops[-1])
        if m == "jal":
            if len(ops) == 1:
                return "call", _sym(ops[0])
            return ("jump", _sym(ops[1])) if ops[0].strip() in ("zero", "x0") else ("call", _sym(ops[1]))
        if m == "jalr":
            first = ops[0].strip() if ops else ""
            return ("ijump", None) if first in ("zero", "x0") else ("icall", None)
        if m in _RV_BRANCH:
            return "cond", _sym(ops[-1])
        if m in ("ebreak", "unimp"):
            return "stop", None
        return "plain", None
    # aarch64
    if m == "ret":
        return "ret", None
    if m == "b":
        return "jump", _sym(ops[0])
    if m == "br":
        return "ijump", None
    if m == "bl":
        return "call", _sym(ops[0])
    if m == "blr":
        return "icall", None
    if _A64_COND.match(m) or m in ("cbz", "cbnz", "tbz", "tbnz"):
        return "cond", _sym(ops[-1])
    if m in ("brk", "udf", "hlt"):
        return "stop", None
    return "plain", None


def split_operands(s: str) -> list[str]:
    ops, depth, cur = [], 0, []
    for c in s:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "," and depth == 0:
            ops.append("".join(cur).strip())
            cur = []
        else:
            cur.append(c)
    if "".join(cur).strip():
        ops.append("".join(cur).strip())
    return ops


@dataclass
class Insn:
    line: int
    mnem: str
    ops: list[str]
    text: str


def parse_lines(text: str, isa: str):
    """Yield ("label", name, line) / ("insn", Insn) / ("dir", directive, line) for executable sections,
    and ("data", text, line) for lines of other sections."""
    comment = "//" if isa == "aarch64" else "#"
    executable = True
    prev_section = True
    for n, raw in enumerate(text.splitlines(), 1):
        line = _strip_comment(raw, comment)
        while True:
            m = _LABEL.match(line)
            if not m:
                break
            if executable:
                yield ("label", m.group(1), n)
            else:
                yield ("data", m.group(1) + ":", n)
            line = line[m.end():]
        s = line.strip()
        if not s:
            continue
        for stmt in s.split(";") if isa != "aarch64" else [s]:
            stmt = stmt.strip()
            if not stmt:
                continue
            if stmt.startswith("."):
                word = stmt.split(None, 1)[0]
                if word in (".text",):
                    prev_section, executable = executable, True
                elif word in (".data", ".bss"):
                    prev_section, executable = executable, False
                elif word == ".section":
                    m = _EXEC_SECTION.match(stmt)
                    name = m.group(1) if m else ""
                    flags = (m.group(2) or "") if m else ""
                    prev_section = executable
                    executable = name.startswith(".text") or "x" in flags
                elif word == ".previous":
                    executable, prev_section = prev_section, executable
                elif word in (".pushsection",):
                    prev_section = executable
                    executable = stmt.split()[1].startswith(".text") if len(stmt.split()) > 1 else False
                elif word in (".popsection",):
                    executable = prev_section
                if executable:
                    yield ("dir", stmt, n)
                else:
                    yield ("data", stmt, n)
                continue
            if not executable:
                yield ("data", stmt, n)
                continue
            parts = stmt.split(None, 1)
            mnem = parts[0]
            ops = split_operands(parts[1]) if len(parts) > 1 else []
            if isa == "x86_64" and mnem in ("rep", "repz", "repe", "repnz", "repne", "lock", "notrack", "bnd") and ops:
                inner = ops[0].split(None, 1)
                mnem = inner[0]
                ops = split_operands(inner[1]) if len(inner) > 1 else []
            yield ("insn", Insn(n, mnem, ops, raw))


def function_symbols(text: str) -> tuple[set[str], set[str]]:
    """(functions, globals) declared with `.type f, @function` / `.globl`."""
    funcs, globs = set(), set()
    for m in re.finditer(r"^\s*\.type\s+([\w.$]+)\s*,\s*[@%]function", text, re.M):
        funcs.add(m.group(1))
    for m in re.finditer(r"^\s*\.(?:globl|global)\s+([\w.$]+)", text, re.M):
        globs.add(m.group(1))
    return funcs, globs


def build(text: str, isa: str) -> BlockMap:
    funcs, globs = function_symbols(text)
    blocks: list[Block] = []
    label_block: dict[str, int] = {}
    data_refs: set[str] = set()
    pending_labels: list[str] = []
    current: Block | None = None
    function = ""

    def new_block() -> Block:
        b = Block(len(blocks), function, labels=list(pending_labels))
        for lab in pending_labels:
            label_block[lab] = b.id
        pending_labels.clear()
        blocks.append(b)
        return b

    for item in parse_lines(text, isa):
        kind = item[0]
        if kind == "label":
            name = item[1]
            if name in funcs or (name in globs and not name.startswith(".")):
                function = name
            if current is not None and current.lines:
                current = None
            pending_labels.append(name)
            continue
        if kind in ("data", "dir"):
            text = item[1]
            # symbol bookkeeping names functions without referring to them
            if not text.startswith((".size", ".type", ".globl", ".global", ".local", ".weak", ".hidden", ".protected", ".file", ".ident", ".loc", ".cfi", ".p2align", ".align", ".balign", ".section", ".text", ".data", ".bss", ".previous")):
                parts = text.split(None, 1)
                for ref in _SYMREF.findall(parts[1] if len(parts) > 1 else ""):
                    data_refs.add(ref)
            continue
        insn: Insn = item[1]
        if current is None:
            current = new_block()
        current.lines.append(insn.line)
        current.text.append(insn.text)
        k, target = classify(isa, insn.mnem, insn.ops)
        if k == "plain":
            # address-taking instructions make their label a root (jump tables, function pointers)
            for op in insn.ops:
                for ref in _SYMREF.findall(op):
                    data_refs.add(ref)
            continue
        if k in ("call", "icall"):
            if target:
                current.calls.append(target)
            if target in NORETURN:
                current.falls = False
                current = None
            continue
        if k == "cond":
            if target:
                current.targets.append(target)
        elif k == "jump":
            if target:
                current.targets.append(target)
            current.falls = False
        elif k == "ijump":
            current.falls, current.indirect = False, True
        else:  # ret, stop
            current.falls = False
        current = None

    # successors: label targets, fall-through into the next block, and call targets (for reachability)
    succ: list[set[int]] = [set() for _ in blocks]
    for b in blocks:
        for t in b.targets:
            if t in label_block:
                succ[b.id].add(label_block[t])
        if b.falls and b.id + 1 < len(blocks):
            succ[b.id].add(b.id + 1)
    roots = {label_block[f] for f in globs | funcs if f in label_block and f in globs}
    roots |= {label_block[r] for r in data_refs if r in label_block}
    reachable: set[int] = set()
    todo = list(roots)
    while todo:
        i = todo.pop()
        if i in reachable:
            continue
        reachable.add(i)
        todo.extend(succ[i])
        for c in blocks[i].calls:
            if c in label_block:
                todo.append(label_block[c])
    # failure-only blocks: a failure call, or every successor failure-only (fixpoint)
    failure = {b.id for b in blocks if any(c in NORETURN_FAILURE for c in b.calls)}
    changed = True
    while changed:
        changed = False
        for b in blocks:
            if b.id in failure or b.indirect or not succ[b.id]:
                continue
            if succ[b.id] <= failure:
                failure.add(b.id)
                changed = True
    line_block = {ln: b.id for b in blocks for ln in b.lines}
    functions: dict[str, list[int]] = {}
    for b in blocks:
        functions.setdefault(b.function, []).append(b.id)
    bm = BlockMap(isa, blocks, line_block, reachable, set(range(len(blocks))) - reachable, failure & reachable, functions, referenced=data_refs)
    return bm


_X86_COMMENT = re.compile(r"^\s*(#|//)\s*[a-z][a-z0-9.]*(\s|$)")


def mark_internal(bm: BlockMap, text: str) -> None:
    """Mark the target blocks that start inside the code of one x86 instruction.

    gg's output puts each x86 instruction, as a comment, above the code it became. A block that
    starts after that code began (a branch the translator added: NaN fix-ups, the return-address
    test) or under a `.Lgg_` label is internal to one instruction: which operand values reach it
    can be fixed by the program (an operand that is never NaN), so it is covered when it can be and
    reported, but not gated. A candidate without such comments has no internal blocks."""
    lines = text.splitlines()
    started_at: dict[int, bool] = {}
    in_expansion = False
    comment = "//" if bm.isa == "aarch64" else "#"
    for n, raw in enumerate(lines, 1):
        st = raw.strip()
        if _X86_COMMENT.match(raw) and st.startswith(comment):
            in_expansion = False
            continue
        code = _strip_comment(raw, comment).strip()
        if not code or code.startswith(".") or code.endswith(":"):
            continue
        started_at[n] = in_expansion
        in_expansion = True
    for b in bm.blocks:
        if not b.lines:
            continue
        if any(lab.startswith(".Lgg_") for lab in b.labels) or (started_at.get(b.lines[0], False) and not b.labels):
            bm.internal.add(b.id)


def address_taken(text: str, names: set[str]) -> set[str]:
    """Functions whose address the x86 text takes (`lea f(%rip)`, `$f`, `.quad f`): callable from outside."""
    out = set()
    for n in names:
        if re.search(rf"(\$|\.quad\s+|\.long\s+|lea[lq]?\s+){re.escape(n)}\b|\b{re.escape(n)}(@GOTPCREL)?\(%rip\)", text):
            out.add(n)
    return out


def exclude_local_return(bm: BlockMap, locally_called: set[str], external: set[str] | None = None) -> None:
    """The translator's `ret` tests bit 0 of the return address (`andi t5, ra, 1; beqz t5, L; ret` on
    RISC-V, `tbz x30, #0, L; ...; ret` on AArch64): the fall-through serves callers in the same file,
    the branch target callers outside it. A function nothing in the file calls never takes the first;
    a function only the file calls (static, address not taken) never takes the second. Such blocks
    count as dead. `external`: the functions callable from outside (global or address taken)."""
    for b in bm.blocks:
        if b.id not in bm.reachable:
            continue
        prev = bm.blocks[b.id - 1] if b.id > 0 else None
        if prev is None or prev.function != b.function or not prev.text:
            continue
        last = prev.text[-1].split("//")[0].split("#")[0].split()
        if not (last and last[0] in ("beqz", "tbz") and ("t5" in prev.text[-1] or "x30" in prev.text[-1]) and prev.targets):
            continue
        only_ret = len(b.text) <= 2 and b.text[-1].split()[0] == "ret" and not b.labels
        if only_ret and b.function not in locally_called:
            bm.reachable.discard(b.id)
            bm.dead.add(b.id)
        if external is not None and b.function not in external and b.function in locally_called:
            for t in prev.targets:
                for other in bm.blocks:
                    if t in other.labels and other.function == b.function:
                        bm.reachable.discard(other.id)
                        bm.dead.add(other.id)


def _norm(s: str) -> str:
    return " ".join(s.replace(",", ", ").split())


def translation_origins(candidate: str, original: str, isa: str) -> dict[int, int]:
    """Target line -> the x86 line whose instruction it translates, read from the x86 comment gg
    writes above each instruction's code. Comments that name no x86 instruction (in order) are
    skipped; a candidate without such comments maps nothing."""
    x86 = [(it[1].line, _norm(_strip_comment(it[1].text, "#"))) for it in parse_lines(original, "x86_64") if it[0] == "insn"]
    comment = "//" if isa == "aarch64" else "#"
    out: dict[int, int] = {}
    j = 0
    current: int | None = None
    for n, raw in enumerate(candidate.splitlines(), 1):
        st = raw.strip()
        if _X86_COMMENT.match(raw) and st.startswith(comment):
            want = _norm(st[len(comment):])
            k = next((k for k in range(j, len(x86)) if x86[k][1] == want), None)
            if k is None:
                current = None
            else:
                current, j = x86[k][0], k + 1
            continue
        code = _strip_comment(raw, comment).strip()
        if code and not code.startswith(".") and not code.endswith(":") and current is not None:
            out[n] = current
    return out
