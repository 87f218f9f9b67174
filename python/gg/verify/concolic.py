"""The concolic step: for x86 blocks the generated tests did not reach, either solve for an input
that reaches them or prove that no input can.

Both work on the x86 original's control-flow graph (the blocks of `coverage`), with the semantics
of `symbolic`:

* `solve` unrolls loops a few times along every path from a function's entry to an uncovered
  block and asks z3 for entry registers and argument memory that satisfy the path condition. The
  answer is only a suggestion: it becomes an ordinary test, run on both sides.
* `prove` cuts every cycle at its loop head. Each loop head starts from a fresh state constrained by
  invariants, found by Houdini's method: candidate facts (a register or stack slot equals its value
  on entry, pairwise orders between them, signs) are kept only while every path into the loop head
  preserves them. Every analysed path then over-approximates the real ones, so a block whose every
  path condition is unsatisfiable is unreachable from that entry. Analysis starts at every entry the
  file has (global and static functions, labels the data refers to); a block counts as infeasible
  only when every entry that reaches it proves it.

Facts the proof rests on, besides x86 semantics: a memory access that does not fault is to a
user-space address; callees follow the SysV ABI (callee-saved registers and the stack pointer
survive a call) and cannot write the caller's frame unless its address escaped; a function is
entered with the stack pointer 8 past a multiple of 16."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import z3

from gg.verify import coverage as cov
from gg.verify import symbolic as sym
from gg.verify.emulator import SNAPSHOT_FRAME

#: z3 time limit per query (ms)
QUERY_MS = 1500
#: block executions one analysis may make before giving up (path explosion)
MAX_STEPS = 6000
#: block executions after which `prove` stops following branches whose path condition is unsatisfiable
PRUNE_AFTER = 300
#: how often `solve` lets a path pass through the same block
UNROLL = 4
#: where `solve` puts the i-th pointer argument's buffer
SOLVE_BUFFER = 0x0000_1000_0000_0000
SOLVE_STRIDE = 0x1_0000_0000
SOLVE_STACK = 0x7FFF_0000_0000 - 8


class Budget(Exception):
    pass


def _solver(timeout: int = QUERY_MS) -> z3.Solver:
    s = z3.Solver()
    s.set("timeout", timeout)
    # z3's own Ctrl-C handler would turn an interrupt into an `unknown` answer and swallow it
    s.set("ctrl_c", False)
    return s


@dataclass
class Graph:
    """Decoded x86 blocks and their successors."""

    bm: cov.BlockMap
    insns: dict[int, list]
    #: block -> [(successor or None for leaving the function, "taken" / "fall" / "jump")]
    succ: dict[int, list[tuple[int | None, str]]]
    roots: list[int]
    #: why a block cannot be analysed (an indirect jump, undecodable code)
    bad: dict[int, str] = field(default_factory=dict)
    #: (functions, globals) of the file
    entries: tuple = (set(), set())
    _live: dict[int, set[str]] | None = None

    def loop_heads_from(self, root: int) -> tuple[list[int], set[int]]:
        """Loop heads: targets of the back edges of a depth-first walk from `root` (every cycle
        has one), in the order the walk first meets them; and the blocks the walk reached."""
        order: list[int] = [root]
        cut: list[int] = []
        seen, on_stack = {root}, {root}
        stack = [(root, iter(self.succ.get(root, [])))]
        while stack:
            b, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                stack.pop()
                on_stack.discard(b)
                continue
            t = nxt[0]
            if t is None:
                continue
            if t in on_stack:
                if t not in cut:
                    cut.append(t)
            elif t not in seen:
                seen.add(t)
                on_stack.add(t)
                order.append(t)
                stack.append((t, iter(self.succ.get(t, []))))
        pos = {b: i for i, b in enumerate(order)}
        return sorted(cut, key=lambda b: pos[b]), seen

    def live_in(self, b: int) -> set[str]:
        """Registers some path from the start of `b` reads before writing (calls read the argument
        registers and %rax, and write the caller-saved ones)."""
        if self._live is None:
            use: dict[int, set[str]] = {}
            defs: dict[int, set[str]] = {}
            for bid, seq in self.insns.items():
                u: set[str] = set()
                d: set[str] = set()
                for i in seq:
                    if i.mnemonic == "call":
                        r_, w_ = set(sym.ARG_REGS) | {"rax", "rsp"}, set(sym.CALLER_SAVED)
                    else:
                        rd, wr = i.regs_access()
                        r_ = {sym.SUBREG[i.reg_name(x)][0] for x in rd if i.reg_name(x) in sym.SUBREG}
                        # a write of a byte or a word keeps the rest of the register: not a definition
                        w_ = {sym.SUBREG[i.reg_name(x)][0] for x in wr if i.reg_name(x) in sym.SUBREG and sym.SUBREG[i.reg_name(x)][2] >= 32}
                    u |= r_ - d
                    d |= w_
                use[bid], defs[bid] = u, d
            live = {b: set(use.get(b, set())) for b in self.insns}
            changed = True
            while changed:
                changed = False
                for bid in self.insns:
                    out: set[str] = set()
                    for t, _ in self.succ.get(bid, []):
                        if t is not None:
                            out |= live.get(t, set(sym.GPRS))
                    new = use[bid] | (out - defs[bid])
                    if new != live[bid]:
                        live[bid] = new
                        changed = True
            self._live = live
        return self._live.get(b, set(sym.GPRS))


def build_graph(text: str, bm: cov.BlockMap, image) -> Graph:
    line_addr: dict[int, int] = {}
    for a, ln in zip(image.line_addrs, image.line_nums):
        if ln not in line_addr or a < line_addr[ln]:
            line_addr[ln] = a
    md = sym.disassembler()
    label_block = {lab: b.id for b in bm.blocks for lab in b.labels}
    funcs, globs = cov.function_symbols(text)
    entries = funcs | globs
    insns: dict[int, list] = {}
    succ: dict[int, list] = {}
    bad: dict[int, str] = {}
    for b in bm.blocks:
        if not b.lines or any(ln not in line_addr for ln in b.lines):
            bad[b.id] = "no code address for its lines"
            continue
        start, last = line_addr[b.lines[0]], line_addr[b.lines[-1]]
        code = _code_at(image, start, last - start + 16)
        if code is None:
            bad[b.id] = "its code is not in the image"
            continue
        seq = [i for i in md.disasm(code, start) if i.address <= last]
        if not seq or seq[-1].address != last:
            bad[b.id] = "its code does not decode"
            continue
        insns[b.id] = seq
        tail = _tail(seq)
        out: list[tuple[int | None, str]] = []

        def to(label: str | None, kind: str) -> None:
            t = label_block.get(label) if label else None
            if t is None or (label in entries and t != b.id):
                out.append((None, kind))  # a tail call or a jump out of the file
            else:
                out.append((t, kind))

        if tail == "ret" or tail in ("ud2", "hlt"):
            pass
        elif tail == "jmp":
            if seq[-1].operands and seq[-1].operands[0].type != sym.X.X86_OP_IMM:
                bad[b.id] = "indirect jump"
            else:
                to(b.targets[-1] if b.targets else None, "jump")
        elif tail.startswith("j"):
            to(b.targets[-1] if b.targets else None, "taken")
            out.append((b.id + 1 if b.id + 1 < len(bm.blocks) else None, "fall"))
        elif b.falls:
            out.append((b.id + 1 if b.id + 1 < len(bm.blocks) else None, "fall"))
        succ[b.id] = out
    roots = sorted({b.id for b in bm.blocks if any(l in entries or l in bm.referenced for l in b.labels)})
    return Graph(bm, insns, succ, roots, bad, (funcs, globs))


def _code_at(image, addr: int, n: int) -> bytes | None:
    for v, data, m, w in image.segments:
        if v <= addr < v + len(data):
            return data[addr - v: addr - v + n]
    return None


def _condition(machine: sym.Machine, st: sym.State, insn) -> z3.BoolRef:
    m = insn.mnemonic
    if m in ("jrcxz", "jecxz"):
        return machine.get(st, "rcx" if m == "jrcxz" else "ecx") == 0
    cc = sym.cc_name(m[1:])
    if cc is None:
        raise sym.Unsupported(f"branch `{m}`")
    return machine.cond(st, cc)


def _tail(insns) -> str:
    """The mnemonic of a block's last instruction, without prefixes (`repz ret` is `ret`)."""
    return insns[-1].mnemonic.split()[-1]


def _body(insns) -> list:
    """A block but its final branch or return (whose effect the walk itself follows)."""
    t = _tail(insns)
    return insns[:-1] if t.startswith("j") or t == "ret" else insns


def _run_block(machine: sym.Machine, st: sym.State, insns) -> None:
    for i in _body(insns):
        machine.step(st, i)


def _check(solver_assumptions: list, timeout: int = QUERY_MS):
    s = _solver(timeout)
    s.add(*solver_assumptions)
    r = s.check()
    return r, (s.model() if r == z3.sat else None)


# --- solve -----------------------------------------------------------------------------------------

@dataclass
class Solution:
    block: int
    ints: list[int]
    #: argument index -> bytes at its buffer (SOLVE_BUFFER + i * SOLVE_STRIDE)
    memory: dict[int, bytes]
    fps: list[int]
    #: argument index -> its buffer read as pointers: the string each points to, None for NULL
    strings: dict[int, list] = field(default_factory=dict)


def solve(graph: Graph, image, root: int, targets: set[int], pointer_args: list[int], deadline: float, lengths: list[int] = ()) -> list[Solution]:
    """Inputs that drive the function at `root` into blocks of `targets`, at most one per block.
    Pointer arguments point to separate buffers; `lengths` (element counts of arrays) stay small."""
    out: list[Solution] = []
    try:
        # one memory array: a suggestion need not be sound, and followed calls push frame addresses
        return _solve(graph, image, root, targets, pointer_args, list(lengths), deadline, out)
    except (sym.Unsupported, sym.FrameEscape, Budget, z3.Z3Exception, RecursionError):
        return out


def _solve(graph, image, root, targets, pointer_args, lengths, deadline, out):
    machine = sym.Machine(image, split=False)
    entry = sym.Entry.make()
    base = entry.assumptions() + [entry.regs["rsp"] == SOLVE_STACK]
    for i in pointer_args:
        base.append(entry.regs[sym.ARG_REGS[i]] == SOLVE_BUFFER + i * SOLVE_STRIDE)
    for i in lengths:
        n = z3.Extract(31, 0, entry.regs[sym.ARG_REGS[i]])
        base.append(z3.And(n >= 0, n <= 8))
    todo = set(targets)
    steps = 0

    # calls to functions of the file are followed (the path goes through the callee and back),
    # so a condition on what a static helper returns can be solved too
    entry_at = {graph.insns[b][0].address: b for b in graph.roots if b in graph.insns}
    calls = {b: {entry_at[i.operands[0].imm] for i in seq if i.mnemonic == "call" and i.operands and i.operands[0].type == sym.X.X86_OP_IMM and i.operands[0].imm in entry_at} for b, seq in graph.insns.items()}
    reach: dict[int, set[int]] = {}

    def reaches(b: int) -> set[int]:
        """Blocks a path from `b` may run, through calls into the file's functions."""
        if b not in reach:
            seen, todo_ = {b}, [b]
            while todo_:
                x = todo_.pop()
                for t in [t for t, _ in graph.succ.get(x, []) if t is not None] + list(calls.get(x, ())):
                    if t not in seen:
                        seen.add(t)
                        todo_.append(t)
            reach[b] = seen
        return reach[b]

    def useful(b: int, stack: tuple) -> bool:
        return bool(todo & reaches(b)) or any(todo & reaches(rb) for rb, _ in stack)

    def dfs(b: int, st: sym.State, visits: dict[int, int], stack: tuple = (), start: int = 0) -> None:
        nonlocal steps
        if not todo or time.monotonic() > deadline:
            return
        if b in graph.bad or b not in graph.insns:
            return
        if b in todo and start == 0:
            r, model = _check(base + st.path)
            if r == z3.sat:
                todo.discard(b)
                out.append(_solution(b, model, entry, pointer_args))
            elif r == z3.unsat:
                return
        if start == 0 and visits.get(b, 0) >= unroll:
            return
        if not useful(b, stack):
            return
        steps += 1
        if steps > MAX_STEPS:
            raise Budget()
        visits = dict(visits)
        if start == 0:
            visits[b] = visits.get(b, 0) + 1
        st = st.copy()
        seq = graph.insns[b]
        tail = _tail(seq)
        body = _body(seq)
        for k in range(start, len(body)):
            i = body[k]
            callee = entry_at.get(i.operands[0].imm) if i.mnemonic == "call" and i.operands and i.operands[0].type == sym.X.X86_OP_IMM else None
            if callee is not None and len(stack) < 8:
                st.regs["rsp"] = st.regs["rsp"] - 8
                machine.store(st, st.regs["rsp"], z3.BitVecVal(i.address + i.size, 64), 8, "rsp" in st.taint)
                dfs(callee, st, visits, stack + ((b, k + 1),))
                return
            machine.step(st, i)
        if tail == "ret":
            if stack:
                st.regs["rsp"] = st.regs["rsp"] + 8
                rb, rk = stack[-1]
                dfs(rb, st, visits, stack[:-1], rk)
            return
        succs = graph.succ.get(b, [])
        last = seq[-1]
        for t, kind in succs:
            if t is None:
                continue
            s2 = st.copy()
            if kind in ("taken", "fall") and last.mnemonic.startswith("j"):
                c = _condition(machine, st, last)
                s2.path.append(c if kind == "taken" else z3.Not(c))
                # prune infeasible branches early: paths double at each one
                if len(succs) == 2:
                    r, _ = _check(base + s2.path, 300)
                    if r == z3.unsat:
                        continue
            dfs(t, s2, visits, stack)

    # short paths first: each round lets a path pass through a block once more
    for unroll in range(1, UNROLL + 1):
        steps = 0
        try:
            dfs(root, sym.State.at_entry(entry), {})
        except Budget:
            pass
        if not todo or time.monotonic() > deadline:
            break
    return out


def _solution(block: int, model: z3.ModelRef, entry: sym.Entry, pointer_args: list[int]) -> Solution:
    ints = [model.eval(entry.regs[r], model_completion=True).as_long() for r in sym.ARG_REGS]
    fps = [model.eval(z3.Extract(63, 0, entry.xmm[i]), model_completion=True).as_long() for i in range(8)]
    memory = {}
    for i in pointer_args:
        a = SOLVE_BUFFER + i * SOLVE_STRIDE
        memory[i] = bytes(model.eval(z3.Select(entry.heap, z3.BitVecVal(a + k, 64)), model_completion=True).as_long() for k in range(128))
    strings = {}
    for i in pointer_args:
        lst: list = []
        for k in range(8):
            p = int.from_bytes(memory[i][8 * k: 8 * k + 8], "little")
            if p == 0:
                lst.append(None)
                continue
            raw = bytes(model.eval(z3.Select(entry.heap, z3.BitVecVal((p + j) & M64, 64)), model_completion=True).as_long() for j in range(32))
            lst.append(raw.split(b"\0")[0])
        strings[i] = lst
    return Solution(block, ints, memory, fps, strings)


# --- prove -----------------------------------------------------------------------------------------

@dataclass
class _Source:
    block: int | None  # None: the root's entry
    state: sym.State
    #: candidate invariants: name -> (z3 form over the locations, concrete test or None)
    cands: dict = field(default_factory=dict)


class _Root:
    """The analysis from one entry: cut points, their fresh states, obligations, arrivals."""

    def __init__(self, graph: Graph, image, root: int, deadline: float, split: bool):
        self.g = graph
        self.root = root
        self.deadline = deadline
        self.m = sym.Machine(image, split)
        self.split = split
        self.entry = sym.Entry.make()
        funcs, globs = graph.entries
        #: entered by a call (a function), not by a jump from inside one (a jump-table target)
        self.called = any(l in funcs or l in globs for l in graph.bm.blocks[root].labels)
        self.cut = self._cut_points()
        self.pins: dict[int, dict[str, z3.BitVecRef]] = {}
        #: frame_slots() and locations() results; they depend on the pins only
        self._slots: set[tuple[int, int]] | None = None
        self._locs: dict[tuple[int, int], dict] = {}
        self.taint: dict[int, set[str]] = {h: set() for h in self.cut}
        self.used: set[str] = set()
        #: (register, width) the code names as operands: a counter kept in %r10d gets 32-bit
        #: candidates, a pointer in %rdi 64-bit ones
        self.views: set[tuple[str, int]] = set()
        #: registers named together by some instruction: only such pairs get order candidates
        self.related: set[frozenset] = set()
        for b in self.reach:
            for i in graph.insns.get(b, []):
                named = set()
                for op in i.operands:
                    regs = [op.reg] if op.type == sym.X.X86_OP_REG else [op.mem.base, op.mem.index] if op.type == sym.X.X86_OP_MEM else []
                    named |= {sym.SUBREG[i.reg_name(x)][0] for x in regs if x and i.reg_name(x) in sym.SUBREG}
                self.related |= {frozenset((x, y)) for x in named for y in named if x != y}
                for r in i.regs_access()[0] + i.regs_access()[1]:
                    n = i.reg_name(r)
                    if n in sym.SUBREG:
                        self.used.add(sym.SUBREG[n][0])
                for op in i.operands:
                    if op.type == sym.X.X86_OP_REG and i.reg_name(op.reg) in sym.SUBREG:
                        base, _, w = sym.SUBREG[i.reg_name(op.reg)]
                        self.views.add((base, 64 if w == 64 else 32))
                        if w == 8:
                            self.views.add((base, 8))
                    elif op.type == sym.X.X86_OP_MEM:
                        for x in (op.mem.base, op.mem.index):
                            if x and i.reg_name(x) in sym.SUBREG:
                                self.views.add((sym.SUBREG[i.reg_name(x)][0], 64))
                        if op.size == 1 and op.mem.base and i.reg_name(op.mem.base) in sym.SUBREG:
                            # a byte the code reads through this register: `%al == *%rdi` is a candidate
                            self.views.add((sym.SUBREG[i.reg_name(op.mem.base)][0], -8))

    def _cut_points(self) -> list[int]:
        cut, self.reach = self.g.loop_heads_from(self.root)
        return cut

    def explore(self):
        """Every path from the entry and from each loop head to the next loop head or exit:
        obligations (paths into a loop head) and arrivals (path conditions at each block)."""
        # cached locations are keyed by state identity: the states of an earlier walk are gone
        self._locs = {}
        self.obligations: list[tuple[int | None, list, sym.State, int]] = []
        self.arrivals: dict[int, list[tuple[int | None, list]]] = {}
        self.sources: dict[int | None, _Source] = {None: _Source(None, sym.State.at_entry(self.entry))}
        self.steps = 0
        self.first: dict[int, sym.State] = {}
        self._walk(None, self.root, self.sources[None].state.copy(), start=True)
        for h in self.cut:
            if h not in self.first:
                continue  # no path from the entry reaches it (through the cut DAG)
            st = self._fresh_state(h)
            self.sources[h] = _Source(h, st)
            self._walk(h, h, st.copy(), start=True)

    def _fresh_state(self, h: int) -> sym.State:
        regs = {r: z3.BitVec(f"h{h}_{r}", 64) for r in sym.GPRS}
        regs.update(self.pins.get(h, {}))
        st = sym.State(regs, [z3.BitVec(f"h{h}_xmm{i}", 128) for i in range(16)], {f: z3.Bool(f"h{h}_{f}") for f in sym.FLAGS},
                       z3.Array(f"h{h}_heap", z3.BitVecSort(64), z3.BitVecSort(8)), z3.Array(f"h{h}_frame", z3.BitVecSort(64), z3.BitVecSort(8)), set(self.taint[h]))
        if not self.split:
            st.frame = st.heap
        return st

    def _walk(self, src, b: int, st: sym.State, start: bool = False) -> None:
        if time.monotonic() > self.deadline:
            raise Budget()
        if b in self.g.bad or b not in self.g.insns:
            raise sym.Unsupported(self.g.bad.get(b, "no code"))
        if not start and b in self.cut:
            self.obligations.append((src, st.path, st, b))
            if b not in self.first:
                self.first[b] = st
                self._pin(b, st)
            self.arrivals.setdefault(b, []).append((src, st.path))
            return
        if not start:
            self.arrivals.setdefault(b, []).append((src, st.path))
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise Budget()
        _run_block(self.m, st, self.g.insns[b])
        last = self.g.insns[b][-1]
        for t, kind in self.g.succ.get(b, []):
            if t is None:
                if self.split and kind in ("jump", "taken", "fall") and any(r in st.taint for r in sym.ARG_REGS):
                    raise sym.FrameEscape("a tail call passes a frame address")
                continue
            s2 = st.copy()
            if kind in ("taken", "fall") and last.mnemonic.startswith("j"):
                c = _condition(self.m, st, last)
                s2.path.append(c if kind == "taken" else z3.Not(c))
                # once paths multiply, drop the branches no state takes even without the loop
                # invariants (with them it would be infeasible all the more): nothing is lost
                if self.steps > PRUNE_AFTER and _check(self.entry.assumptions(called=False) + s2.path, 250)[0] == z3.unsat:
                    continue
            self._walk(src, t, s2)

    def _pin(self, h: int, st: sym.State) -> None:
        """Registers holding frame addresses keep their value (relative to rsp0) at the loop head;
        the check after exploring drops a pin any path breaks."""
        if h in self.pins:
            return
        rsp0 = self.entry.regs["rsp"]
        pins = {}
        for r in sym.GPRS:
            d = z3.simplify(st.regs[r] - rsp0)
            if z3.is_bv_value(d):
                pins[r] = rsp0 + d
        self.pins[h] = pins
        self.taint[h] |= set(st.taint)
        self._forget()

    def _forget(self) -> None:
        self._slots, self._locs = None, {}

    def consistent(self) -> bool:
        """Whether every path into each loop head agrees with the pins and taint assumed there;
        if not, weaken them (the caller explores again)."""
        ok = True
        for src, path, st, h in self.obligations:
            extra = set(st.taint) - self.taint[h]
            if extra:
                self.taint[h] |= extra
                ok = False
            for r, v in list(self.pins.get(h, {}).items()):
                if not z3.is_true(z3.simplify(st.regs[r] == v)):
                    del self.pins[h][r]
                    self._forget()
                    ok = False
        return ok

    # --- invariants ---
    def locations(self, st: sym.State, h: int) -> dict[str, z3.BitVecRef]:
        """The values, in state `st` at loop head `h`, of the locations candidates speak of."""
        key = (id(st), h)
        if key not in self._locs:
            self._locs[key] = dict(self._locations(st, h))
        return self._locs[key]

    def _locations(self, st: sym.State, h: int) -> list[tuple[str, z3.BitVecRef]]:
        locs: list[tuple[str, z3.BitVecRef]] = []
        # a register no path from h reads before writing it cannot matter to any branch after h
        for r in sorted(self.used & self.g.live_in(h) - set(self.pins.get(h, {})) - {"rsp"}):
            v = st.regs[r]
            if (r, 64) in self.views:
                locs.append((r, v))
            if (r, 32) in self.views:
                locs.append((r + ".32", z3.Extract(31, 0, v)))
            if (r, 8) in self.views:
                locs.append((r + ".8", z3.Extract(7, 0, v)))
            if (r, -8) in self.views and (not self.split or r not in st.taint):
                locs.append((f"*{r}.8", z3.Select(st.heap, v)))
        rsp0 = self.entry.regs["rsp"]
        for off, n in sorted(self.frame_slots()):
            v = sym.read_bytes(st.frame, rsp0 + off, n)
            locs.append((f"[rsp0{off:+d}].{8 * n}", v))
        return locs

    def frame_slots(self) -> set[tuple[int, int]]:
        """(offset from rsp0, size) of the 4- and 8-byte accesses through a pinned %rbp or %rsp."""
        if self._slots is not None:
            return self._slots
        slots = set()
        rsp0 = self.entry.regs["rsp"]
        for b in self.reach:
            for i in self.g.insns.get(b, []):
                for op in i.operands:
                    if op.type == sym.X.X86_OP_MEM and op.size in (4, 8) and op.mem.base and not op.mem.index and i.reg_name(op.mem.base) in ("rbp", "rsp"):
                        base = i.reg_name(op.mem.base)
                        for h in self.cut:
                            p = self.pins.get(h, {}).get(base)
                            if p is not None:
                                d = z3.simplify(p - rsp0 + op.mem.disp)
                                if z3.is_bv_value(d):
                                    slots.add((d.as_signed_long(), op.size))
        self._slots = slots
        return slots

    def candidates(self, h: int) -> dict[str, tuple]:
        """Candidate invariants at loop head `h`: name -> (z3 form over locations, concrete test
        over a snapshot's locations, or None when a snapshot cannot tell)."""
        first = self.first[h]
        locs_first = self.locations(first, h)
        entry_names = {str(v) for v in self.entry.regs.values()}
        cands: dict[str, tuple] = {}
        names = list(locs_first)
        width = {n: v.size() for n, v in locs_first.items()}
        for n in names:
            v0 = locs_first[n]
            if _only(v0, entry_names):
                cands[f"{n} == entry"] = ((lambda n, v0: lambda L: L[n] == v0)(n, v0), (lambda n, v0: lambda C, E: _entry_value(v0, E, self.entry) in (None, C[n]))(n, v0))
            w = width[n]
            if w == 8:
                cands[f"{n} != 0"] = ((lambda n: lambda L: L[n] != 0)(n), (lambda n: lambda C, E: C[n] != 0)(n))
                continue
            cands[f"{n} <u 256"] = ((lambda n: lambda L: z3.ULT(L[n], 256))(n), (lambda n: lambda C, E: C[n] < 256)(n))
            cands[f"{n} >=s 0"] = ((lambda n: lambda L: L[n] >= 0)(n), (lambda n, w: lambda C, E: _signed(C[n], w) >= 0)(n, w))
            cands[f"{n} >s 0"] = ((lambda n: lambda L: L[n] > 0)(n), (lambda n, w: lambda C, E: _signed(C[n], w) > 0)(n, w))
        def reg(n: str) -> str | None:
            return None if n.startswith(("[", "*")) else n.split(".")[0]

        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if width[a] != width[b]:
                    continue
                ra, rb = reg(a), reg(b)
                if ra and rb and frozenset((ra, rb)) not in self.related:
                    continue
                w = width[a]
                if w == 8:
                    if (a[0] == "*") != (b[0] == "*"):
                        cands[f"{a} == {b}"] = ((lambda a, b: lambda L: L[a] == L[b])(a, b), None)
                    continue
                for rel, f, pf in _RELATIONS:
                    cands[f"{a} {rel} {b}"] = ((lambda a, b, f: lambda L: f(L[a], L[b]))(a, b, f), (lambda a, b, pf, w: lambda C, E: pf(C[a], C[b], w))(a, b, pf, w))
                    if rel not in ("==", "!="):
                        cands[f"{b} {rel} {a}"] = ((lambda a, b, f: lambda L: f(L[b], L[a]))(a, b, f), (lambda a, b, pf, w: lambda C, E: pf(C[b], C[a], w))(a, b, pf, w))
        return cands

    def concrete(self, h: int, snap) -> dict[str, int]:
        """A snapshot's values of the locations of `h`."""
        _, regs, frame = snap
        out: dict[str, int] = {}
        for i, r in enumerate(sym.GPRS):
            out[r] = regs[i] & M64
            out[r + ".32"] = regs[i] & 0xFFFF_FFFF
            out[r + ".8"] = regs[i] & 0xFF
        for off, n in self.frame_slots():
            k = off + SNAPSHOT_FRAME
            if 0 <= k and k + n <= len(frame):
                out[f"[rsp0{off:+d}].{8 * n}"] = int.from_bytes(frame[k:k + n], "little")
        return out

    def houdini(self, snapshots: dict[int, list] | None = None) -> None:
        for h in self.cut:
            if h in self.sources:
                cands = self.candidates(h)
                # what a run of the tests falsified needs no solver (dynamic invariant detection)
                addr = self.g.insns[h][0].address
                for snap in (snapshots or {}).get(addr, []):
                    C = self.concrete(h, snap)
                    E = snap[0]
                    for k in [k for k, (_, pf) in cands.items() if not _holds(pf, C, E)]:
                        del cands[k]
                self.sources[h].cands = cands
        # a worklist: an obligation is checked again only when its source's invariant weakened
        # (a weaker target invariant cannot break an obligation that held)
        forms_of: dict[int, dict] = {}
        work = list(range(len(self.obligations)))
        queued = set(work)
        while work:
            k = work.pop(0)
            queued.discard(k)
            src, path, st, h = self.obligations[k]
            if time.monotonic() > self.deadline:
                raise Budget()
            cands = self.sources[h].cands if h in self.sources else {}
            if not cands:
                continue
            if k not in forms_of:
                L = self.locations(st, h)
                forms_of[k] = {c: zf(L) for c, (zf, _) in cands.items()}
            forms = forms_of[k]
            solver = _solver()
            solver.add(*self.base(src), *path)
            before = len(cands)
            while cands:
                live = [forms[c] for c in cands]
                solver.push()
                solver.add(z3.Not(z3.And(*live)))
                r = solver.check()
                model = solver.model() if r == z3.sat else None
                solver.pop()
                if r == z3.unsat:
                    break
                if r != z3.sat:
                    cands.clear()
                    break
                for c in [c for c in cands if not z3.is_true(model.eval(forms[c], model_completion=True))]:
                    del cands[c]
            if len(cands) != before:
                for j, ob in enumerate(self.obligations):
                    if ob[0] == h and j not in queued:
                        work.append(j)
                        queued.add(j)

    def base(self, src) -> list:
        facts = self.entry.assumptions(self.called)
        if src is not None:
            s = self.sources[src]
            if s.cands:
                L = self.locations(s.state, src)
                facts.append(z3.And(*[zf(L) for zf, _ in s.cands.values()]))
        return facts

    def infeasible(self, blocks: set[int]) -> set[int]:
        out = set()
        for b in blocks:
            arr = self.arrivals.get(b, [])
            if arr and all(_check(self.base(src) + path)[0] == z3.unsat for src, path in arr):
                out.add(b)
        return out


_RELATIONS = [
    ("<s", lambda x, y: x < y, lambda x, y, w: _signed(x, w) < _signed(y, w)),
    ("<=s", lambda x, y: x <= y, lambda x, y, w: _signed(x, w) <= _signed(y, w)),
    ("<u", lambda x, y: z3.ULT(x, y), lambda x, y, w: x < y),
    ("<=u", lambda x, y: z3.ULE(x, y), lambda x, y, w: x <= y),
    ("==", lambda x, y: x == y, lambda x, y, w: x == y),
    ("!=", lambda x, y: x != y, lambda x, y, w: x != y),
]
M64 = (1 << 64) - 1


def _signed(v: int, w: int) -> int:
    return v - (1 << w) if v >> (w - 1) & 1 else v


def _holds(pf, C, E) -> bool:
    if pf is None:
        return True
    try:
        return bool(pf(C, E))
    except KeyError:  # a location the snapshot does not hold
        return True


def _entry_value(v0: z3.BitVecRef, entry_regs: list[int], entry: sym.Entry) -> int | None:
    e = z3.simplify(z3.substitute(v0, *[(entry.regs[r], z3.BitVecVal(entry_regs[i] & M64, 64)) for i, r in enumerate(sym.GPRS)]))
    return e.as_long() if z3.is_bv_value(e) else None


def _only(e: z3.ExprRef, names: set[str]) -> bool:
    """Whether every free symbol of `e` is one of `names` (values known at entry)."""
    seen = set()
    todo = [e]
    while todo:
        x = todo.pop()
        if x.get_id() in seen:
            continue
        seen.add(x.get_id())
        if z3.is_const(x) and x.decl().kind() == z3.Z3_OP_UNINTERPRETED:
            if str(x) not in names:
                return False
        todo.extend(x.children())
    return True


@dataclass
class Proof:
    #: blocks no input reaches
    infeasible: set[int]
    #: per root, why it could not be analysed
    notes: list[str] = field(default_factory=list)


def prove(graph: Graph, image, blocks: set[int], deadline: float, snapshots: dict[int, list] | None = None) -> Proof:
    """The blocks of `blocks` that no entry of the file can reach. `snapshots` (loop-head address ->
    states the tests' runs passed through there, see `loop_heads`) only speed the search up."""
    proof = Proof(set())
    if not blocks:
        return proof
    verdict: dict[int, bool] = {b: True for b in blocks}
    touched: set[int] = set()
    for root in graph.roots:
        for split in (True, False):
            try:
                a = _Root(graph, image, root, deadline, split)
                mine = blocks & a.reach
                if not mine:
                    break
                for _ in range(4):
                    a.explore()
                    if a.consistent():
                        break
                else:
                    raise sym.Unsupported("loop-head assumptions did not settle")
                a.houdini(snapshots)
                ok = a.infeasible(mine)
                touched |= mine
                for b in mine - ok:
                    verdict[b] = False
                break
            except sym.FrameEscape:
                continue
            except (sym.Unsupported, Budget, z3.Z3Exception, RecursionError) as e:
                proof.notes.append(f"{graph.bm.blocks[root].name()}: {type(e).__name__}: {e}")
                # nothing is known about the blocks this entry reaches
                _, reach = graph.loop_heads_from(root)
                for b in blocks & reach:
                    verdict[b] = False
                break
    proof.infeasible = {b for b, ok in verdict.items() if ok and b in touched}
    return proof


def loop_heads(graph: Graph) -> set[int]:
    """Addresses of every block a back edge enters, from any entry: where `prove` wants snapshots."""
    out = set()
    for root in graph.roots:
        cut, _ = graph.loop_heads_from(root)
        out |= {graph.insns[h][0].address for h in cut if h in graph.insns}
    return out
