"""Function-level verification: run each global function of the x86 original and of the candidate in
Unicorn on the same generated inputs, compare return registers (by the inferred class), every byte
of the arena (argument buffers and heap), writable globals, the external call sequence and the
callee-saved registers; keep generating inputs until every reachable block of both sides ran or the
budget is spent; shrink the first failing input."""

from __future__ import annotations

import random
import re
import time
from dataclasses import dataclass

from gg.verify import concolic
from gg.verify import coverage as cov
from gg.verify import image as imagemod
from gg.verify import libc as libcmod
from gg.verify import signature as sigmod
from gg.verify import testgen
from gg.verify.emulator import ARENA, ARENA_SIZE, STACK_HI, STACK_LO, Machine, Outcome
from gg.verify.report import BlockCoverage, FunctionReport, Mismatch, Verdict, VerifyReport

#: instruction caps: the original, and the candidate (translations run several instructions per x86 one)
X86_CAP = 200_000
X86_SHORT = 20_000
TARGET_CAP = 4_000_000
TARGET_CAP_MAX = 40_000_000
M64 = (1 << 64) - 1
#: a probe value for an argument register: unmapped, distinct per argument
PROBE = 0x4000_0000
#: seconds the concolic step may take per function, even when the tests used up its share
CONCOLIC_MIN = 4.0


@dataclass
class Options:
    min_coverage: float = 1.0
    max_tests: int = 3000
    #: seconds for the whole file (all functions)
    budget: float = 30.0
    seed: int = 0
    #: at least this many passing tests per function, even once everything is covered
    min_tests: int = 300
    #: once the gated blocks are covered, keep trying this long for the translator's internal blocks
    internal_tests: int = 600
    #: C prototypes by function name (from --prototypes)
    prototypes: dict | None = None
    #: for x86 blocks no test reached: solve for inputs with z3, and prove the rest unreachable
    concolic: bool = True


@dataclass
class Side:
    isa: str
    image: imagemod.Image
    blocks: cov.BlockMap
    machine: Machine
    cache: dict

    def covered_ids(self, executed: dict[int, int]) -> set[int]:
        out: set[int] = set()
        for addr, size in executed.items():
            key = (addr, size)
            ids = self.cache.get(key)
            if ids is None:
                ids = {self.blocks.line_block[ln] for ln in self.image.lines_in(addr, size) if ln in self.blocks.line_block}
                self.cache[key] = ids
            out |= ids
        return out


@dataclass
class RunResult:
    outcome: Outcome
    events: list
    arena: bytes
    data: dict[str, bytes]
    stdout: bytes
    heap_top: int


def _sext32(v: int) -> int:
    v &= 0xFFFF_FFFF
    return (v | 0xFFFF_FFFF_0000_0000) if v & 0x8000_0000 else v


class FunctionVerifier:
    def __init__(self, original: str, candidate: str, target: str, opts: Options):
        self.opts = opts
        self.target = target
        self.x86_img = imagemod.build(original, "x86_64")
        self.tgt_img = imagemod.build(candidate, target)
        sigs = sigmod.infer(original)
        if opts.prototypes:
            from gg.verify.prototypes import apply

            sigs = apply(sigs, opts.prototypes)
        self.sigs = sigs
        xb = cov.build(original, "x86_64")
        tb = cov.build(candidate, target)
        cov.mark_internal(tb, candidate)
        local_calls = {c for s in sigs.values() for c in s.calls if c in sigs}
        funcs, globs = cov.function_symbols(original)
        tail_called = set(re.findall(r"^\s*jmp\s+([A-Za-z_][\w.$]*)", original, re.M)) & set(sigs)
        cov.exclude_local_return(tb, local_calls, globs | tail_called | cov.address_taken(original, set(sigs)))
        self.x = Side("x86_64", self.x86_img, xb, Machine(self.x86_img), {})
        self.t = Side(target, self.tgt_img, tb, Machine(self.tgt_img), {})
        for side in (self.x, self.t):
            libcmod.install(side.machine)
        funcs, globs = cov.function_symbols(original)
        self.functions = [f for f in sigmod.function_bodies(original) if f in globs]
        shared = set(self.x86_img.symbols) & set(self.tgt_img.symbols)
        self.data_syms = sorted(
            n for n in shared
            if self.x86_img.symbols[n].kind == "object" and self.x86_img.symbols[n].writable and self.x86_img.symbols[n].size
            and self.tgt_img.symbols[n].size == self.x86_img.symbols[n].size
        )
        self.dictionary = testgen.Dictionary.of(original)
        self.original, self.candidate = original, candidate
        self._graph: concolic.Graph | None = None
        self._heads: set[int] | None = None
        self._origins: dict[int, int] | None = None
        #: x86 blocks proved unreachable, and the target blocks that translate them
        self.proved_x: set[int] = set()
        self.proved_t: set[int] = set()
        self.cov_x: set[int] = set()
        #: x86 blocks reached by any run, finished or not (steers mutation only)
        self.guide_x: set[int] = set()
        self.cov_t: set[int] = set()

    # --- one run ---
    def run_side(self, side: Side, entry: int, lay: testgen.Layout, fail_alloc: int, cap: int) -> RunResult:
        heap = libcmod.Heap(lay.heap.top, dict(lay.heap.blocks))
        lc = libcmod.Libc(side.machine, heap, fail_alloc)
        out = side.machine.run(entry, lay.ints, lay.fps, lay.arena, cap)
        side.machine.dirty = max(side.machine.dirty, heap.top - ARENA)
        # argument buffers and the heap, with the fill between them: a write outside a buffer shows
        span = min(ARENA_SIZE, max(heap.top - ARENA, len(lay.arena)))
        arena = side.machine.read(ARENA, span) if out.kind in ("ret", "exit") else b""
        data = {n: side.machine.read(side.image.symbols[n].addr, side.image.symbols[n].size) for n in self.data_syms} if out.kind in ("ret", "exit") else {}
        return RunResult(out, lc.events, arena, data, bytes(lc.stdout), heap.top)

    def _string_at(self, side: Side, addr: int) -> bytes | None:
        try:
            return side.machine.read(addr, 256).split(b"\0")[0]
        except Exception:
            return None

    def compare(self, sig: sigmod.Signature, xr: RunResult, tr: RunResult, lay: testgen.Layout) -> str | None:
        xo, to = xr.outcome, tr.outcome
        if xo.kind != to.kind:
            what = {"ret": "returned", "fault": "faulted", "cap": "hit the instruction cap (an infinite loop?)", "exit": "exited", "unsupported": "called an unknown function"}
            return f"x86 {what.get(xo.kind, xo.kind)}{': ' + xo.detail if xo.detail else ''}; {self.target} {what.get(to.kind, to.kind)}{': ' + to.detail if to.detail else ''}"
        if xr.events != tr.events:
            for i, (a, b) in enumerate(zip(xr.events, tr.events)):
                if a != b:
                    return f"external call #{i + 1} differs: x86 {_ev(a)}, {self.target} {_ev(b)}"
            return f"external calls differ: x86 made {len(xr.events)}, {self.target} {len(tr.events)} ({_ev((xr.events + tr.events)[min(len(xr.events), len(tr.events))])} ...)"
        if xo.kind == "exit" and xo.exit_code != to.exit_code:
            return f"exit status differs: x86 {xo.exit_code}, {self.target} {to.exit_code}"
        if xo.kind == "ret":
            d = self._compare_return(sig, xo, to)
            if d:
                return d
            if xo.sp_restored and not to.sp_restored:
                return f"{self.target} returned with the stack pointer moved"
            if to.clobbered:
                return f"{self.target} did not preserve callee-saved register(s) {', '.join(to.clobbered)}"
            if to.caller_frame_changed and not xo.caller_frame_changed:
                return f"{self.target} wrote into its caller's stack frame"
        if xo.kind in ("ret", "exit"):
            if xr.arena != tr.arena:
                off = self._first_difference(xr.arena, tr.arena)
                if off is not None:
                    return f"memory differs at {self._where(ARENA + off, lay)}: x86 {xr.arena[off:off + 8].hex()}, {self.target} {tr.arena[off:off + 8].hex()}"
            for n in self.data_syms:
                if xr.data[n] != tr.data[n]:
                    return f"global `{n}` differs after the call: x86 {xr.data[n][:16].hex()}, {self.target} {tr.data[n][:16].hex()}"
            if xr.stdout != tr.stdout:
                return f"output differs: x86 {xr.stdout[:80]!r}, {self.target} {tr.stdout[:80]!r}"
        return None

    def _first_difference(self, a: bytes, b: bytes) -> int | None:
        """Offset of the first difference, where a pointer into each side's own image (a string
        literal stored into an output array) counts as equal when the strings it points to are."""
        if len(a) != len(b):
            return min(len(a), len(b))
        i = 0
        while True:
            i = next((k for k in range(i, len(a)) if a[k] != b[k]), None)  # type: ignore[assignment]
            if i is None:
                return None
            w = i & ~7
            pa, pb = int.from_bytes(a[w:w + 8], "little"), int.from_bytes(b[w:w + 8], "little")
            if w + 8 <= len(a) and self.x86_img.contains(pa) and self.tgt_img.contains(pb) and self._string_at(self.x, pa) == self._string_at(self.t, pb):
                i = w + 8
                continue
            if w + 8 <= len(a) and _nan64(pa) and _nan64(pb):
                i = w + 8
                continue
            h = 32 * ((i & 4) >> 2)
            if _nan32(pa >> h) and _nan32(pb >> h):
                i = (i & ~3) + 4
                continue
            return i

    def _where(self, addr: int, lay: testgen.Layout) -> str:
        for i, (p, size) in lay.buffers.items():
            if p <= addr < p + size:
                return f"argument {i + 1} + {addr - p}"
        return f"heap address {addr:#x}"

    def _compare_return(self, sig: sigmod.Signature, xo: Outcome, to: Outcome) -> str | None:
        if sig.ret == "f64":
            if xo.fp_ret != to.fp_ret and not (_nan64(xo.fp_ret) and _nan64(to.fp_ret)):
                return f"double return differs: x86 {_fmt_d(xo.fp_ret)}, {self.target} {_fmt_d(to.fp_ret)}"
            return None
        if sig.ret == "f32":
            if xo.fp_ret & 0xFFFF_FFFF != to.fp_ret & 0xFFFF_FFFF and not (_nan32(xo.fp_ret) and _nan32(to.fp_ret)):
                return f"float return differs: x86 {_fmt_f(xo.fp_ret)}, {self.target} {_fmt_f(to.fp_ret)}"
            return None
        x, t = xo.int_ret, to.int_ret
        if x == t:
            return None
        if self.x86_img.contains(x) and x > 0x1000:
            # a pointer into the image (a string literal, a static buffer): compare what it points to
            if not self.tgt_img.contains(t):
                return f"returned pointer differs: x86 points into its data ({x:#x}), {self.target} returned {t:#x}"
            a, b = self._string_at(self.x, x), self._string_at(self.t, t)
            if a != b:
                return f"returned string differs: x86 {a!r}, {self.target} {b!r}"
            return None
        if ARENA <= x < ARENA + 0x1000_0000 or STACK_LO <= x < STACK_HI:
            return f"returned pointer differs: x86 {x:#x}, {self.target} {t:#x}"
        riscv = self.target == "riscv64"
        if sig.ret_width == 32 and x & 0xFFFF_FFFF == t & 0xFFFF_FFFF and (not riscv or t == _sext32(x)):
            return None
        if riscv and x >> 32 == 0 and t == _sext32(x):
            return None
        return f"return value differs: x86 {_int(x)}, {self.target} {_int(t)}"

    def run_pair(self, name: str, sig: sigmod.Signature, t: testgen.TestInput, escalate: bool = True):
        lay = testgen.layout(sig, t)
        # the original first with a small cap: when it finishes within it, the translation's cap is
        # generous (200 instructions per x86 one); only long runs allow the candidate more
        xr = self.run_side(self.x, self.x86_img.symbols[name].addr, lay, t.fail_alloc, X86_SHORT)
        long_run = xr.outcome.kind == "cap"
        if long_run:
            xr = self.run_side(self.x, self.x86_img.symbols[name].addr, lay, t.fail_alloc, X86_CAP)
        if xr.outcome.kind in ("cap", "unsupported", "trap"):
            # an input the original cannot finish (or on which it divides by zero, undefined in C) says nothing
            self._mark_stale()
            return xr, None, None, lay
        tr = self.run_side(self.t, self.tgt_img.symbols[name].addr, lay, t.fail_alloc, TARGET_CAP)
        if tr.outcome.kind == "cap" and escalate and long_run:
            # the original finished: before calling this an infinite loop, allow far more (-O0
            # translations of long loops can take 30 instructions per x86 one)
            tr = self.run_side(self.t, self.tgt_img.symbols[name].addr, lay, t.fail_alloc, TARGET_CAP_MAX)
        if xr.outcome.kind not in ("ret", "exit") or tr.outcome.kind not in ("ret", "exit"):
            # the sides may have written different memory past the buffers before they stopped:
            # later runs must not read it
            self._mark_stale()
        if xr.outcome.kind == "fault" and tr.outcome.kind == "fault":
            return xr, tr, None, lay
        return xr, tr, self.compare(sig, xr, tr, lay), lay

    def _mark_stale(self) -> None:
        self.x.machine.stale = self.t.machine.stale = True

    # --- signature repair: which integer argument is really a pointer ---
    def probe_elements(self, name: str, sig: sigmod.Signature, t: testgen.TestInput) -> bool:
        """The same for arrays of 64-bit integers whose elements may be pointers (`char **`)."""
        cands = [i for i, a in enumerate(sig.ints) if a.kind == "ptr" and a.elem == "i64"]
        if not cands:
            return False
        t = testgen.TestInput(list(t.ints), list(t.fps), dict(t.bufs), t.fail_alloc)
        for i in cands:
            n = max(len(t.bufs.get(i, [])), 4)  # type: ignore[arg-type]
            t.bufs[i] = [PROBE + i * 0x100_0000 + k * 0x1000 for k in range(n)]
            spec = sig.ints[i]
            if spec.length is not None:
                t.ints[spec.length] = n
        lay = testgen.layout(sig, t)
        xr = self.run_side(self.x, self.x86_img.symbols[name].addr, lay, 0, X86_CAP)
        fa = self.x.machine.fault_addr
        if xr.outcome.kind != "fault" or fa is None or not PROBE <= fa < PROBE + 6 * 0x100_0000:
            return False
        i = (fa - PROBE) // 0x100_0000
        if i in cands:
            sig.ints[i].elem = "ptr"
            return True
        return False

    def probe(self, name: str, sig: sigmod.Signature, t: testgen.TestInput) -> bool:
        """On a fault of the original, run the same input again with every integer argument set to a
        distinct unmapped address: the faulting address names the argument that is a pointer."""
        changed = False
        for _ in range(3):
            lay = testgen.layout(sig, t)
            lay.ints = [lay.ints[i] if sig.ints[i].kind == "ptr" else PROBE + i * 0x100_0000 for i in range(6)]
            xr = self.run_side(self.x, self.x86_img.symbols[name].addr, lay, 0, X86_CAP)
            fa = self.x.machine.fault_addr
            if xr.outcome.kind != "fault" or fa is None:
                break
            i = (fa - PROBE) // 0x100_0000 if PROBE <= fa < PROBE + 6 * 0x100_0000 else -1
            if not 0 <= i < 6 or sig.ints[i].kind == "ptr":
                break
            sig.ints[i].kind, sig.ints[i].elem, sig.ints[i].read = "ptr", "i64", True
            t.bufs[i] = []
            changed = True
        return changed

    # --- the loop ---
    def function_blocks(self, side: Side, name: str) -> set[int]:
        names = {name}
        todo = [name]
        while todo:
            f = todo.pop()
            for c in self.sigs.get(f, sigmod.Signature(f)).calls:
                if c in self.sigs and c not in names:
                    names.add(c)
                    todo.append(c)
        # the target keeps the function labels of the original
        ids: set[int] = set()
        for n in names:
            ids |= side.blocks.counted(n)
        return ids

    def verify_function(self, name: str, deadline: float, rng: random.Random) -> FunctionReport:
        start = time.monotonic()
        sig = self.sigs[name]
        rep = FunctionReport(name, sig.describe(), "passed")
        if name not in self.tgt_img.symbols:
            rep.status, rep.reason = "mismatch", f"the translation does not define `{name}`"
            rep.mismatch = Mismatch("-", rep.reason)
            return rep
        if sig.avx:
            rep.status, rep.reason = "unsupported", "uses AVX, which the emulator does not run"
            return rep
        want_x = self.function_blocks(self.x, name)
        want_t = self.function_blocks(self.t, name)
        # internal blocks are not gated, but worth a while of trying
        want_t_all = want_t | {i for i in self.t.blocks.internal if self.t.blocks.blocks[i].function in {self.t.blocks.blocks[j].function for j in want_t}} & self.t.blocks.reachable
        gen = testgen.Generator(sig, rng, self.dictionary)
        corpus: list[testgen.TestInput] = []
        probed = 0
        n = 0
        queue = [gen.fresh(small=True)] + [gen.fresh() for _ in range(8)]
        while n < self.opts.max_tests and time.monotonic() < deadline:
            if queue:
                t = queue.pop(0)
            elif corpus and rng.random() < 0.7:
                t = gen.mutate(rng.choice(corpus))
            else:
                t = gen.fresh()
            n += 1
            xr, tr, diff, lay = self.run_pair(name, sig, t)
            rep.tests += 1
            k = xr.outcome.kind
            if k == "unsupported":
                rep.unsupported += 1
                rep.reason = xr.outcome.detail
                if rep.unsupported >= 20 and rep.passed == 0:
                    break
                continue
            if k in ("cap", "trap") or tr is None:
                rep.discarded += 1
                if k == "trap":
                    rep.traps += 1
                self._guide(xr, t, corpus)
                continue
            if diff is not None:
                self._mismatch(rep, name, sig, t, diff, deadline + 10)
                break
            if k == "fault":
                rep.discarded += 1
                self._guide(xr, t, corpus)
                if probed < 5:
                    probed += 1
                    if self.probe(name, sig, t) or self.probe_elements(name, sig, t):
                        gen = testgen.Generator(sig, rng, self.dictionary)
                        rep.signature = sig.describe()
                        corpus = []  # inputs of the old signature no longer fit
                        queue = [gen.fresh(small=True)] + [gen.fresh() for _ in range(8)]
                continue
            rep.passed += 1
            if self._absorb(xr, tr):
                corpus.append(t)
            if rep.passed >= self.opts.min_tests and want_x <= self.cov_x and want_t <= self.cov_t:
                if want_t_all <= self.cov_t or rep.passed >= self.opts.internal_tests:
                    break
        if self.opts.concolic and rep.status == "passed" and rep.passed and not (want_x <= self.cov_x and want_t <= self.cov_t):
            self.concolic_step(name, sig, rep, want_x, want_t, deadline, gen, corpus)
            want_x, want_t = want_x - self.proved_x, want_t - self.proved_t
        if rep.status == "passed" and rep.passed == 0:
            rep.status = "unsupported" if rep.unsupported else "passed"
            if not rep.unsupported:
                rep.reason = rep.reason or "no test ran to completion on the original (every input faulted or hit the instruction cap)"
        rep.x86 = self._coverage(self.x, want_x, self.cov_x, name)
        rep.target = self._coverage(self.t, want_t, self.cov_t, name)
        rep.seconds = time.monotonic() - start
        return rep

    def _absorb(self, xr: RunResult, tr: RunResult) -> bool:
        """Count the blocks a passing test ran on each side; whether any was new."""
        new_x = self.x.covered_ids(xr.outcome.blocks) - self.cov_x
        new_t = self.t.covered_ids(tr.outcome.blocks) - self.cov_t
        self.cov_x |= new_x
        self.cov_t |= new_t
        return bool(new_x or new_t)

    def _mismatch(self, rep: FunctionReport, name: str, sig: sigmod.Signature, t: testgen.TestInput, diff: str, deadline: float) -> None:
        rep.status = "mismatch"
        rep.mismatch = self.shrink(name, sig, t, diff, deadline)
        rep.reason = rep.mismatch.difference

    # --- the concolic step ---
    def graph(self) -> concolic.Graph:
        if self._graph is None:
            self._graph = concolic.build_graph(self.original, self.x.blocks, self.x86_img)
        return self._graph

    def snapshots(self, name: str, sig: sigmod.Signature, inputs: list[testgen.TestInput]) -> dict[int, list]:
        """Run `inputs` on the original again, keeping the states it passes through at loop heads."""
        if self._heads is None:
            self._heads = concolic.loop_heads(self.graph())
        heads = self._heads
        if not heads:
            return {}
        m = self.x.machine
        m.watch = {a: [] for a in heads}
        try:
            for t in inputs[:40]:
                self.run_side(self.x, self.x86_img.symbols[name].addr, testgen.layout(sig, t), t.fail_alloc, X86_CAP)
        finally:
            snaps, m.watch = m.watch, None
            self._mark_stale()
        return snaps

    def concolic_step(self, name: str, sig: sigmod.Signature, rep: FunctionReport, want_x: set[int], want_t: set[int], deadline: float, gen: testgen.Generator, corpus: list | None = None) -> None:
        """Blocks the generated tests missed: ask z3 for inputs that reach the x86 ones and run them
        as ordinary tests; then prove what is still missed unreachable. A target block is excused
        only as the translation (per gg's instruction comments) of an x86 block so proved."""
        end = max(deadline, time.monotonic() + CONCOLIC_MIN)
        g = self.graph()
        root = next((b.id for b in self.x.blocks.blocks if name in b.labels), None)
        missing = want_x - self.cov_x
        if root is not None and missing:
            ptrs = [i for i, a in enumerate(sig.ints) if a.kind == "ptr"]
            lengths = [a.length for a in sig.ints if a.kind == "ptr" and a.length is not None]
            sols = concolic.solve(g, self.x86_img, root, missing, ptrs, time.monotonic() + (end - time.monotonic()) / 2, lengths)
            for sol in sols:
                t = self._input_of(sig, sol, gen)
                rep.solved += 1
                xr, tr, diff, _ = self.run_pair(name, sig, t)
                rep.tests += 1
                if diff is not None:
                    self._mismatch(rep, name, sig, t, diff, end + 10)
                    return
                if tr is None or xr.outcome.kind not in ("ret", "exit"):
                    rep.discarded += 1
                    continue
                rep.passed += 1
                rep.solved_new += self._absorb(xr, tr)
        missing = want_x - self.cov_x - self.proved_x
        if missing:
            snaps = self.snapshots(name, sig, list(corpus or []) + [gen.fresh() for _ in range(10)])
            proof = concolic.prove(g, self.x86_img, missing, end, snaps)
            rep.concolic_notes += proof.notes
            self.proved_x |= proof.infeasible
            if proof.infeasible:
                lines = {ln for b in proof.infeasible for ln in self.x.blocks.blocks[b].lines}
                if self._origins is None:
                    self._origins = cov.translation_origins(self.candidate, self.original, self.target)
                origin = self._origins
                for b in want_t - self.cov_t:
                    tl = self.t.blocks.blocks[b].lines
                    if tl and all(origin.get(ln) in lines for ln in tl):
                        self.proved_t.add(b)

    def _input_of(self, sig: sigmod.Signature, sol: concolic.Solution, gen: testgen.Generator) -> testgen.TestInput:
        """The test input a z3 model describes (argument buffers read from its memory)."""
        t = gen.fresh(small=True)
        for i, a in enumerate(sig.ints):
            if a.kind != "ptr":
                t.ints[i] = testgen._wrap(sol.ints[i], a.width)

        def count(a: sigmod.ArgSpec, default: int, most: int) -> int:
            n = testgen._wrap(t.ints[a.length], sig.ints[a.length].width) if a.length is not None else default
            return max(0, min(n, most))

        for i, a in enumerate(sig.ints):
            if a.kind != "ptr" or i not in sol.memory:
                continue
            mem = sol.memory[i]
            if a.elem == "i8":
                t.bufs[i] = mem.split(b"\0")[0][:100]
                continue
            if a.elem == "ptr":
                strings = sol.strings.get(i, [])
                n = count(a, 4, len(strings))
                t.bufs[i] = list(strings[:n])
            else:
                w = {"i16": 2, "i32": 4, "i64": 8, "f32": 4, "f64": 8}[a.elem]
                n = count(a, 8, min(len(mem) // w, testgen.MAX_LEN))
                vals = [int.from_bytes(mem[k * w:(k + 1) * w], "little") for k in range(n)]
                t.bufs[i] = [_float(v, a.elem == "f32") for v in vals] if a.elem in ("f32", "f64") else [testgen._wrap(v, 8 * w) for v in vals]
            if a.length is not None:
                t.ints[a.length] = n
        for k in range(min(sig.fp_used, 8)):
            t.fps[k] = _float(sol.fps[k], sig.fps[k] == "f32")
        return t

    def _guide(self, xr: RunResult, t: testgen.TestInput, corpus: list) -> None:
        """An input the original could not finish still steers the search: keep it for mutation
        when it reached x86 blocks no input reached before (it counts for no coverage)."""
        new = self.x.covered_ids(xr.outcome.blocks) - self.guide_x
        if new:
            self.guide_x |= new
            corpus.append(t)

    def _coverage(self, side: Side, want: set[int], got: set[int], name: str) -> BlockCoverage:
        bm = side.blocks
        own = set(bm.functions.get(name, []))
        c = BlockCoverage(len(want & got), len(want), bm.describe(want - got), bm.describe(own & bm.dead), bm.describe(own & bm.failure))
        c.infeasible = bm.describe(own & (self.proved_x if side is self.x else self.proved_t))
        internal = bm.counted_internal(name)
        c.internal_covered, c.internal_total, c.internal_uncovered = len(internal & got), len(internal), bm.describe(internal - got)
        return c

    def shrink(self, name: str, sig: sigmod.Signature, t: testgen.TestInput, diff: str, deadline: float) -> Mismatch:
        best, best_diff = t, diff
        tries = 0
        # each try of a candidate that loops costs a full instruction cap
        limit = 30 if "instruction cap" in diff else 400
        improved = True
        while improved and tries < limit and time.monotonic() < deadline:
            improved = False
            for c in testgen.shrink_candidates(sig, best):
                tries += 1
                if tries >= limit or time.monotonic() >= deadline:
                    break
                if testgen.cost(c) >= testgen.cost(best):
                    continue
                _, tr, d, _ = self.run_pair(name, sig, c, escalate=False)
                if d is not None:
                    best, best_diff, improved = c, d, True
                    break
        if best is not t:
            # shrinking ran with the plain cap: confirm with the full one
            _, _, d, _ = self.run_pair(name, sig, best)
            if d is None:
                best, best_diff = t, diff
            else:
                best_diff = d
        return Mismatch(best.show(sig), best_diff)


def _float(bits: int, single: bool) -> float:
    """The float (single: the low 32 bits) or double these bits encode."""
    if single:
        return testgen.struct.unpack("<f", (bits & 0xFFFF_FFFF).to_bytes(4, "little"))[0]
    return testgen.struct.unpack("<d", (bits & M64).to_bytes(8, "little"))[0]


def _nan64(bits: int) -> bool:
    """The default NaN of either sign. They compare equal: Unicorn's x86 makes 0x7ff8... where the
    hardware makes 0xfff8..., so the sign of a default NaN cannot be checked here."""
    return bits & ((1 << 63) - 1) == 0x7FF8_0000_0000_0000


def _nan32(bits: int) -> bool:
    return bits & 0x7FFF_FFFF == 0x7FC0_0000


def _ev(e) -> str:
    if not isinstance(e, tuple):
        return str(e)
    args = ", ".join(a.decode("latin-1") if isinstance(a, bytes) else hex(a) if isinstance(a, int) and a > 4096 else str(a) for a in e[1:])
    return f"{e[0]}({args})"


def _int(v: int) -> str:
    s = v - (1 << 64) if v >> 63 else v
    return f"{s} ({v:#x})"


def _fmt_d(bits: int) -> str:
    return f"{_float(bits, False)!r} ({bits:#x})"


def _fmt_f(bits: int) -> str:
    b = bits & 0xFFFF_FFFF
    return f"{_float(b, True)!r} ({b:#x})"


def verify_functions(original: str, candidate: str, target: str, opts: Options | None = None) -> VerifyReport:
    """Function-level verification of every global function of `original` against `candidate`."""
    opts = opts or Options()
    start = time.monotonic()
    try:
        fv = FunctionVerifier(original, candidate, target, opts)
    except imagemod.ImageError as e:
        side_x86 = "x86_64" in str(e)
        return VerifyReport(Verdict.INPUT_ERROR if side_x86 else Verdict.REJECTED, target, "function", str(e), build_log=e.log, seconds=time.monotonic() - start)
    rng = random.Random(opts.seed)
    rep = VerifyReport(Verdict.VERIFIED, target, "function", min_coverage=opts.min_coverage)
    if not fv.functions:
        rep.verdict, rep.reason = Verdict.INSUFFICIENT_COVERAGE, "no global function to test"
        return rep
    deadline = start + opts.budget
    for i, name in enumerate(fv.functions):
        # each function gets its share of what is left of the budget
        share = (deadline - time.monotonic()) / (len(fv.functions) - i)
        fr = fv.verify_function(name, time.monotonic() + max(share, 0.5), rng)
        rep.functions.append(fr)
        rep.tests += fr.tests
        if fr.status == "mismatch":
            break
    # file-level coverage over every reachable block
    want_x = fv.x.blocks.counted() - fv.proved_x
    want_t = fv.t.blocks.counted() - fv.proved_t
    rep.x86 = BlockCoverage(len(want_x & fv.cov_x), len(want_x), fv.x.blocks.describe(want_x - fv.cov_x), fv.x.blocks.describe(fv.x.blocks.dead), fv.x.blocks.describe(fv.x.blocks.failure), fv.x.blocks.describe(fv.proved_x))
    rep.target_blocks = BlockCoverage(len(want_t & fv.cov_t), len(want_t), fv.t.blocks.describe(want_t - fv.cov_t), fv.t.blocks.describe(fv.t.blocks.dead), fv.t.blocks.describe(fv.t.blocks.failure), fv.t.blocks.describe(fv.proved_t))
    internal = fv.t.blocks.counted_internal()
    rep.target_blocks.internal_covered, rep.target_blocks.internal_total = len(internal & fv.cov_t), len(internal)
    rep.target_blocks.internal_uncovered = fv.t.blocks.describe(internal - fv.cov_t)
    rep.coverage, rep.coverage_target = rep.x86.fraction, rep.target_blocks.fraction
    bad = [f for f in rep.functions if f.status == "mismatch"]
    unsup = [f for f in rep.functions if f.status == "unsupported"]
    if bad:
        f = bad[0]
        rep.verdict = Verdict.REJECTED
        rep.reason = f"`{f.name}` differs on {f.mismatch.input if f.mismatch else '?'}: {f.reason}"
    elif unsup:
        rep.verdict = Verdict.INSUFFICIENT_COVERAGE
        rep.reason = f"unsupported: `{unsup[0].name}`: {unsup[0].reason}"
    elif rep.coverage >= opts.min_coverage and rep.coverage_target >= opts.min_coverage:
        rep.reason = f"{rep.tests} test(s) on {len(rep.functions)} function(s) passed; reachable blocks covered: x86 {rep.coverage:.0%}, {target} {rep.coverage_target:.0%}"
    else:
        rep.verdict = Verdict.INSUFFICIENT_COVERAGE
        rep.reason = (
            f"every test passed ({rep.tests}), but coverage of reachable blocks is x86 {rep.coverage:.1%}, {target} {rep.coverage_target:.1%}"
            f" (needed {opts.min_coverage:.0%})"
        )
    rep.seconds = time.monotonic() - start
    return rep

