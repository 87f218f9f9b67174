"""x86-64 semantics over z3 bit-vectors, for the concolic step of the verifier.

The model over-approximates: whatever an instruction does that is not modelled here (a flag this
module does not compute, an SSE operation, an unknown instruction) becomes a fresh unconstrained
value, so every state the machine can reach is a model of the formulas built here. That makes an
unsatisfiable path condition a proof that the path is infeasible, and a satisfiable one only a
suggestion, which the emulator then checks.

Memory is two arrays of bytes. The *frame* holds every access whose address derives from the stack
pointer at entry (`rsp0`); the *heap* holds everything else. The split is sound only while no
address derived from `rsp0` leaves the registers (stored to memory, passed to a call): when one
does, `FrameEscape` is raised and the caller starts again with a single array (`split=False`).
A memory access that does not fault proves its address is a user-space address; that fact goes
into the path condition, and it is what stops pointer arithmetic from wrapping around."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import z3

from capstone import CS_AC_READ, CS_AC_WRITE, CS_ARCH_X86, CS_MODE_64, Cs
from capstone import x86_const as X

from gg.verify.emulator import X86_GPR_NAMES

#: the lowest and highest address a Linux user-space access can succeed at
USER_LO = 0x1000
USER_HI = 1 << 47
GPRS = list(X86_GPR_NAMES)
ARG_REGS = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"]
#: what a call may change (SysV): the caller-saved registers, the flags, the vector registers
CALLER_SAVED = ["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11"]
FLAGS = ("cf", "zf", "sf", "of", "pf")

# sub-register name -> (64-bit register, low bit, width)
SUBREG: dict[str, tuple[str, int, int]] = {}
for _b in ("a", "b", "c", "d"):
    SUBREG[f"r{_b}x"] = (f"r{_b}x", 0, 64)
    SUBREG[f"e{_b}x"] = (f"r{_b}x", 0, 32)
    SUBREG[f"{_b}x"] = (f"r{_b}x", 0, 16)
    SUBREG[f"{_b}l"] = (f"r{_b}x", 0, 8)
    SUBREG[f"{_b}h"] = (f"r{_b}x", 8, 8)
for _r in ("si", "di", "bp", "sp"):
    SUBREG[f"r{_r}"] = (f"r{_r}", 0, 64)
    SUBREG[f"e{_r}"] = (f"r{_r}", 0, 32)
    SUBREG[_r] = (f"r{_r}", 0, 16)
    SUBREG[f"{_r}l"] = (f"r{_r}", 0, 8)
for _n in range(8, 16):
    SUBREG[f"r{_n}"] = (f"r{_n}", 0, 64)
    SUBREG[f"r{_n}d"] = (f"r{_n}", 0, 32)
    SUBREG[f"r{_n}w"] = (f"r{_n}", 0, 16)
    SUBREG[f"r{_n}b"] = (f"r{_n}", 0, 8)

#: condition-code spellings capstone may print, to one canonical name each
_CC = {
    "o": "o", "no": "no", "b": "b", "c": "b", "nae": "b", "ae": "ae", "nb": "ae", "nc": "ae",
    "e": "e", "z": "e", "ne": "ne", "nz": "ne", "be": "be", "na": "be", "a": "a", "nbe": "a",
    "s": "s", "ns": "ns", "p": "p", "pe": "p", "np": "np", "po": "np", "l": "l", "nge": "l",
    "ge": "ge", "nl": "ge", "le": "le", "ng": "le", "g": "g", "nle": "g",
}

_fresh = itertools.count()


class Unsupported(Exception):
    """The function uses something the analysis cannot over-approximate (an indirect jump)."""


class FrameEscape(Exception):
    """An address into the stack frame left the registers: analyse again with one memory array."""


def fresh(name: str, width: int) -> z3.BitVecRef:
    return z3.BitVec(f"{name}!{next(_fresh)}", width)


def fresh_bool(name: str) -> z3.BoolRef:
    return z3.Bool(f"{name}!{next(_fresh)}")


def cc_name(suffix: str) -> str | None:
    return _CC.get(suffix)


def disassembler() -> Cs:
    md = Cs(CS_ARCH_X86, CS_MODE_64)
    md.detail = True
    return md


@dataclass
class Entry:
    """The symbols of a function's entry state, shared by every segment of one analysis."""

    regs: dict[str, z3.BitVecRef]
    xmm: list[z3.BitVecRef]
    heap: z3.ArrayRef
    frame: z3.ArrayRef

    @staticmethod
    def make() -> "Entry":
        regs = {r: z3.BitVec(f"{r}0", 64) for r in GPRS}
        xmm = [z3.BitVec(f"xmm{i}_0", 128) for i in range(16)]
        return Entry(regs, xmm, z3.Array("heap0", z3.BitVecSort(64), z3.BitVecSort(8)), z3.Array("frame0", z3.BitVecSort(64), z3.BitVecSort(8)))

    def assumptions(self, called: bool = True) -> list[z3.BoolRef]:
        """What holds at an entry: the stack pointer is a user-space address with room below it;
        and, when the entry is a function entered by a call, 8 past a multiple of 16."""
        rsp = self.regs["rsp"]
        facts = [z3.UGE(rsp, 1 << 24), z3.ULT(rsp, USER_HI - (1 << 16))]
        return facts + [rsp & 15 == 8] if called else facts


@dataclass
class State:
    regs: dict[str, z3.BitVecRef]
    xmm: list[z3.BitVecRef]
    flags: dict[str, z3.BoolRef]
    heap: z3.ArrayRef
    frame: z3.ArrayRef
    #: registers holding an address derived from rsp0
    taint: set[str]
    path: list[z3.BoolRef] = field(default_factory=list)

    def copy(self) -> "State":
        return State(dict(self.regs), list(self.xmm), dict(self.flags), self.heap, self.frame, set(self.taint), list(self.path))

    @staticmethod
    def at_entry(e: Entry) -> "State":
        return State(dict(e.regs), list(e.xmm), {f: fresh_bool(f) for f in FLAGS}, e.heap, e.frame, {"rsp"})


def _sign(v: z3.BitVecRef) -> z3.BoolRef:
    return z3.Extract(v.size() - 1, v.size() - 1, v) == 1


def read_bytes(arr: z3.ArrayRef, addr: z3.BitVecRef, n: int) -> z3.BitVecRef:
    """The little-endian value of `n` bytes of a byte array at `addr`."""
    parts = [z3.Select(arr, addr + i) for i in range(n)]
    return parts[0] if n == 1 else z3.Concat(*reversed(parts))


def valid(addr: z3.BitVecRef, n: int) -> z3.BoolRef:
    return z3.And(z3.UGE(addr, USER_LO), z3.ULE(addr, USER_HI - n))


class Machine:
    """Executes decoded instructions on a `State`. `image` answers reads of read-only data at
    constant addresses with its bytes."""

    def __init__(self, image, split: bool = True):
        self.image = image
        self.split = split
        self._ro = [(v, data, m) for v, data, m, w in image.segments if not w]
        #: the instruction being executed reads a frame address as a value
        self.cur_taint = False

    # --- memory ---
    def _constant_bytes(self, addr: z3.BitVecRef, n: int):
        a = z3.simplify(addr)
        if not z3.is_bv_value(a):
            return None
        x = a.as_long()
        for v, data, m in self._ro:
            if v <= x and x + n <= v + len(data):
                return data[x - v: x - v + n]
        return None

    def load(self, st: State, addr: z3.BitVecRef, n: int, stack: bool) -> z3.BitVecRef:
        st.path.append(valid(addr, n))
        ro = self._constant_bytes(addr, n)
        if ro is not None:
            return z3.BitVecVal(int.from_bytes(ro, "little"), 8 * n)
        return read_bytes(st.frame if stack and self.split else st.heap, addr, n)

    def store(self, st: State, addr: z3.BitVecRef, val: z3.BitVecRef, n: int, stack: bool) -> None:
        st.path.append(valid(addr, n))
        arr = st.frame if stack and self.split else st.heap
        for i in range(n):
            arr = z3.Store(arr, addr + i, z3.Extract(8 * i + 7, 8 * i, val))
        if stack and self.split:
            st.frame = arr
        else:
            st.heap = arr

    # --- registers ---
    def get(self, st: State, name: str) -> z3.BitVecRef:
        if name.startswith("xmm"):
            return st.xmm[int(name[3:])]
        base, lo, w = SUBREG[name]
        v = st.regs[base]
        return v if w == 64 else z3.Extract(lo + w - 1, lo, v)

    def put(self, st: State, name: str, val: z3.BitVecRef, tainted: bool | None = None) -> None:
        if tainted is None:
            tainted = self.cur_taint
        if name.startswith("xmm"):
            st.xmm[int(name[3:])] = val
            if tainted and self.split:
                st.taint.add(name)
            else:
                st.taint.discard(name)
            return
        base, lo, w = SUBREG[name]
        if w < 32 and base in st.taint:
            tainted = True
        if w == 64:
            st.regs[base] = val
        elif w == 32:
            st.regs[base] = z3.ZeroExt(32, val)
        else:
            old = st.regs[base]
            parts = []
            if lo + w < 64:
                parts.append(z3.Extract(63, lo + w, old))
            parts.append(val)
            if lo:
                parts.append(z3.Extract(lo - 1, 0, old))
            st.regs[base] = z3.Concat(*parts) if len(parts) > 1 else parts[0]
        if tainted and self.split:
            st.taint.add(base)
        else:
            st.taint.discard(base)

    # --- operands ---
    def address(self, st: State, insn, op) -> tuple[z3.BitVecRef, bool]:
        m = op.mem
        if m.base == X.X86_REG_RIP:
            return z3.BitVecVal(insn.address + insn.size + m.disp, 64), False
        a = z3.BitVecVal(m.disp & ((1 << 64) - 1), 64)
        tainted = False
        if m.base:
            b = insn.reg_name(m.base)
            a = a + self.get(st, b) if SUBREG[b][2] == 64 else a + z3.ZeroExt(64 - SUBREG[b][2], self.get(st, b))
            tainted |= SUBREG[b][0] in st.taint
        if m.index:
            ix = insn.reg_name(m.index)
            a = a + self.get(st, ix) * m.scale
            tainted |= SUBREG[ix][0] in st.taint
        return a, tainted

    def read(self, st: State, insn, op) -> z3.BitVecRef:
        if op.type == X.X86_OP_REG:
            name = insn.reg_name(op.reg)
            if name in SUBREG or name.startswith("xmm"):
                return self.get(st, name)
            return fresh(name, op.size * 8)
        if op.type == X.X86_OP_IMM:
            return z3.BitVecVal(op.imm & ((1 << (op.size * 8)) - 1), op.size * 8)
        if op.mem.segment:
            # %fs-relative: thread-local data (the stack protector's canary): any value
            return fresh("tls", op.size * 8)
        a, t = self.address(st, insn, op)
        return self.load(st, a, op.size, t)

    def source_taint(self, st: State, insn) -> bool:
        """Whether a register the instruction reads as a value (not as an address) holds an
        address derived from rsp0."""
        if not st.taint or insn.mnemonic in ("push", "pop", "leave", "call", "ret"):
            return False
        address_only = set()
        for op in insn.operands:
            if op.type == X.X86_OP_MEM:
                address_only |= {op.mem.base, op.mem.index}
        for op in insn.operands:
            if op.type == X.X86_OP_REG and op.access & CS_AC_READ:
                address_only.discard(op.reg)
        read, _ = insn.regs_access()
        for r in read:
            if r in address_only:
                continue
            name = insn.reg_name(r)
            base = SUBREG[name][0] if name in SUBREG else name
            if base in st.taint:
                return True
        return insn.mnemonic == "lea" and self.address(st, insn, insn.operands[1])[1]

    def write(self, st: State, insn, op, val: z3.BitVecRef, tainted: bool | None = None) -> None:
        if tainted is None:
            tainted = self.cur_taint
        if op.type == X.X86_OP_REG:
            name = insn.reg_name(op.reg)
            if name in SUBREG or name.startswith("xmm"):
                self.put(st, name, val, tainted)
            return
        if tainted and self.split:
            raise FrameEscape(f"{insn.address:#x}: a frame address is stored to memory")
        if op.mem.segment:
            return
        a, t = self.address(st, insn, op)
        self.store(st, a, val, op.size, t)

    # --- flags ---
    def set_logic(self, st: State, r: z3.BitVecRef) -> None:
        st.flags.update(cf=z3.BoolVal(False), of=z3.BoolVal(False), zf=r == 0, sf=_sign(r), pf=fresh_bool("pf"))

    def set_add(self, st: State, a, b, r, carry_in=None) -> None:
        cf = z3.ULT(r, a) if carry_in is None else z3.Or(z3.ULT(r, a), z3.And(carry_in, r == a))
        st.flags.update(cf=cf, of=z3.And(_sign(a) == _sign(b), _sign(r) != _sign(a)), zf=r == 0, sf=_sign(r), pf=fresh_bool("pf"))

    def set_sub(self, st: State, a, b, r, borrow_in=None) -> None:
        cf = z3.ULT(a, b) if borrow_in is None else z3.Or(z3.ULT(a, b), z3.And(borrow_in, a == b))
        st.flags.update(cf=cf, of=z3.And(_sign(a) != _sign(b), _sign(r) != _sign(a)), zf=r == 0, sf=_sign(r), pf=fresh_bool("pf"))

    def havoc_flags(self, st: State) -> None:
        st.flags = {f: fresh_bool(f) for f in FLAGS}

    def cond(self, st: State, cc: str) -> z3.BoolRef:
        f = st.flags
        return {
            "o": f["of"], "no": z3.Not(f["of"]), "b": f["cf"], "ae": z3.Not(f["cf"]), "e": f["zf"], "ne": z3.Not(f["zf"]),
            "be": z3.Or(f["cf"], f["zf"]), "a": z3.And(z3.Not(f["cf"]), z3.Not(f["zf"])), "s": f["sf"], "ns": z3.Not(f["sf"]),
            "p": f["pf"], "np": z3.Not(f["pf"]), "l": f["sf"] != f["of"], "ge": f["sf"] == f["of"],
            "le": z3.Or(f["zf"], f["sf"] != f["of"]), "g": z3.And(z3.Not(f["zf"]), f["sf"] == f["of"]),
        }[cc]

    # --- calls ---
    def call(self, st: State) -> None:
        """Any call, to a function in the file or outside it: the callee keeps the callee-saved
        registers and the stack pointer and may change every other register, the flags and any
        memory but this frame (which it cannot name: no frame address left the registers)."""
        if self.split and any(r in st.taint for r in ARG_REGS):
            raise FrameEscape("a frame address is passed to a call")
        for r in CALLER_SAVED:
            st.regs[r] = fresh(f"{r}_ret", 64)
            st.taint.discard(r)
        st.xmm = [fresh(f"xmm{i}_ret", 128) for i in range(16)]
        self.havoc_flags(st)
        st.heap = z3.Array(f"heap!{next(_fresh)}", z3.BitVecSort(64), z3.BitVecSort(8))
        if not self.split:
            st.frame = st.heap

    # --- one instruction ---
    def step(self, st: State, insn) -> None:  # noqa: C901 (one table of cases)
        m = insn.mnemonic
        ops = insn.operands
        self.cur_taint = self.split and self.source_taint(st, insn)
        if m.startswith(("rep", "lock")) or m in ("cpuid", "rdtsc", "syscall", "xgetbv"):
            self.generic(st, insn, wipe_memory=True)
            return
        if m in ("nop", "endbr64", "endbr32", "pause", "prefetcht0", "prefetcht1", "prefetcht2", "prefetchnta", "lfence", "sfence", "mfence"):
            return
        if m in ("mov", "movabs"):
            self.write(st, insn, ops[0], self.read(st, insn, ops[1]))
            return
        if m in ("movzx", "movsx", "movsxd"):
            v = self.read(st, insn, ops[1])
            w = ops[0].size * 8 - v.size()
            self.write(st, insn, ops[0], (z3.ZeroExt if m == "movzx" else z3.SignExt)(w, v) if w else v)
            return
        if m == "lea":
            a, _ = self.address(st, insn, ops[1])
            w = ops[0].size * 8
            self.write(st, insn, ops[0], a if w == 64 else z3.Extract(w - 1, 0, a))
            return
        if m in ("add", "sub", "cmp", "adc", "sbb"):
            a, b = self.read(st, insn, ops[0]), self.read(st, insn, ops[1])
            if b.size() < a.size():
                b = z3.SignExt(a.size() - b.size(), b)
            if m == "add":
                r = a + b
                self.set_add(st, a, b, r)
            elif m == "adc":
                c = st.flags["cf"]
                r = a + b + z3.If(c, z3.BitVecVal(1, a.size()), z3.BitVecVal(0, a.size()))
                self.set_add(st, a, b, r, c)
            elif m == "sbb":
                c = st.flags["cf"]
                r = a - b - z3.If(c, z3.BitVecVal(1, a.size()), z3.BitVecVal(0, a.size()))
                self.set_sub(st, a, b, r, c)
            else:
                r = a - b
                self.set_sub(st, a, b, r)
            if m != "cmp":
                self.write(st, insn, ops[0], r)
            return
        if m in ("and", "or", "xor", "test"):
            a, b = self.read(st, insn, ops[0]), self.read(st, insn, ops[1])
            if b.size() < a.size():
                b = z3.SignExt(a.size() - b.size(), b)
            same = m == "xor" and ops[0].type == X.X86_OP_REG and ops[1].type == X.X86_OP_REG and ops[0].reg == ops[1].reg
            r = z3.BitVecVal(0, a.size()) if same else (a & b if m in ("and", "test") else a | b if m == "or" else a ^ b)
            self.set_logic(st, r)
            if m != "test":
                self.write(st, insn, ops[0], r, False if same else None)
            return
        if m in ("inc", "dec"):
            a = self.read(st, insn, ops[0])
            one = z3.BitVecVal(1, a.size())
            cf = st.flags["cf"]
            r = a + one if m == "inc" else a - one
            (self.set_add if m == "inc" else self.set_sub)(st, a, one, r)
            st.flags["cf"] = cf
            self.write(st, insn, ops[0], r)
            return
        if m == "neg":
            a = self.read(st, insn, ops[0])
            r = -a
            z = z3.BitVecVal(0, a.size())
            self.set_sub(st, z, a, r)
            self.write(st, insn, ops[0], r)
            return
        if m == "not":
            self.write(st, insn, ops[0], ~self.read(st, insn, ops[0]))
            return
        if m in ("shl", "sal", "shr", "sar"):
            a = self.read(st, insn, ops[0])
            w = a.size()
            cnt = self.read(st, insn, ops[1]) if len(ops) > 1 else z3.BitVecVal(1, 8)
            cnt = z3.ZeroExt(w - cnt.size(), cnt) if cnt.size() < w else z3.Extract(w - 1, 0, cnt)
            cnt = cnt & (63 if w == 64 else 31)
            r = a << cnt if m in ("shl", "sal") else z3.LShR(a, cnt) if m == "shr" else a >> cnt
            zero = cnt == 0
            old = st.flags
            st.flags = {
                "cf": z3.If(zero, old["cf"], fresh_bool("cf")),
                "of": z3.If(zero, old["of"], fresh_bool("of")),
                "zf": z3.If(zero, old["zf"], r == 0),
                "sf": z3.If(zero, old["sf"], _sign(r)),
                "pf": fresh_bool("pf"),
            }
            self.write(st, insn, ops[0], r)
            return
        if m == "imul" and len(ops) >= 2:
            a = self.read(st, insn, ops[1] if len(ops) == 3 else ops[0])
            b = self.read(st, insn, ops[2] if len(ops) == 3 else ops[1])
            if b.size() < a.size():
                b = z3.SignExt(a.size() - b.size(), b)
            self.havoc_flags(st)
            self.write(st, insn, ops[0], a * b)
            return
        if m in ("mul", "imul", "div", "idiv"):
            self._muldiv(st, insn, m, ops[0])
            return
        if m in ("cdqe", "cwde", "cbw"):
            n = {"cdqe": ("eax", "rax"), "cwde": ("ax", "eax"), "cbw": ("al", "ax")}[m]
            v = self.get(st, n[0])
            self.put(st, n[1], z3.SignExt(v.size(), v))
            return
        if m in ("cqo", "cdq", "cwd"):
            src, dst = {"cqo": ("rax", "rdx"), "cdq": ("eax", "edx"), "cwd": ("ax", "dx")}[m]
            v = self.get(st, src)
            self.put(st, dst, z3.If(_sign(v), z3.BitVecVal(-1, v.size()), z3.BitVecVal(0, v.size())))
            return
        if m.startswith("set") and cc_name(m[3:]):
            self.write(st, insn, ops[0], z3.If(self.cond(st, cc_name(m[3:])), z3.BitVecVal(1, 8), z3.BitVecVal(0, 8)), False)
            return
        if m.startswith("cmov") and cc_name(m[4:]):
            c = self.cond(st, cc_name(m[4:]))
            d, s = self.read(st, insn, ops[0]), self.read(st, insn, ops[1])
            self.write(st, insn, ops[0], z3.If(c, s, d))
            return
        if m == "xchg":
            a, b = self.read(st, insn, ops[0]), self.read(st, insn, ops[1])
            self.write(st, insn, ops[0], b)
            self.write(st, insn, ops[1], a)
            return
        if m == "push":
            v = self.read(st, insn, ops[0])
            if v.size() < 64:
                v = z3.SignExt(64 - v.size(), v)
            if ops[0].type == X.X86_OP_REG and SUBREG.get(insn.reg_name(ops[0].reg), ("",))[0] in st.taint and self.split:
                raise FrameEscape("a frame address is pushed")
            st.regs["rsp"] = st.regs["rsp"] - 8
            self.store(st, st.regs["rsp"], v, 8, "rsp" in st.taint)
            return
        if m == "pop":
            v = self.load(st, st.regs["rsp"], 8, "rsp" in st.taint)
            st.regs["rsp"] = st.regs["rsp"] + 8
            self.write(st, insn, ops[0], v)
            return
        if m == "leave":
            st.regs["rsp"] = st.regs["rbp"]
            if "rbp" in st.taint:
                st.taint.add("rsp")
            v = self.load(st, st.regs["rsp"], 8, "rsp" in st.taint)
            st.regs["rsp"] = st.regs["rsp"] + 8
            st.regs["rbp"] = v
            st.taint.discard("rbp")
            return
        if m == "call":
            self.call(st)
            return
        if m in ("movsd", "movss") and len(ops) == 2 and (ops[0].type == X.X86_OP_MEM or ops[1].type == X.X86_OP_MEM):
            n = 8 if m == "movsd" else 4
            if ops[0].type == X.X86_OP_MEM:
                self.write(st, insn, ops[0], z3.Extract(8 * n - 1, 0, self.read(st, insn, ops[1])))
            else:
                self.write(st, insn, ops[0], z3.ZeroExt(128 - 8 * n, self.read(st, insn, ops[1])))
            return
        if m in ("movq", "movd") and len(ops) == 2:
            src = self.read(st, insn, ops[1])
            if ops[0].type == X.X86_OP_REG and insn.reg_name(ops[0].reg).startswith("xmm"):
                self.write(st, insn, ops[0], z3.ZeroExt(128 - (ops[1].size * 8 if ops[1].type != X.X86_OP_REG or not insn.reg_name(ops[1].reg).startswith("xmm") else 64), src if src.size() <= 64 else z3.Extract(63, 0, src)))
            else:
                self.write(st, insn, ops[0], z3.Extract(ops[0].size * 8 - 1, 0, src))
            return
        if m in ("movaps", "movapd", "movups", "movupd", "movdqa", "movdqu") and len(ops) == 2:
            self.write(st, insn, ops[0], self.read(st, insn, ops[1]))
            return
        if m in ("pxor", "xorps", "xorpd") and ops[0].type == X.X86_OP_REG and ops[1].type == X.X86_OP_REG and ops[0].reg == ops[1].reg:
            self.write(st, insn, ops[0], z3.BitVecVal(0, 128), False)
            return
        self.generic(st, insn)

    def _muldiv(self, st: State, insn, m: str, op) -> None:
        src = self.read(st, insn, op)
        w = src.size()
        names = {64: ("rax", "rdx"), 32: ("eax", "edx"), 16: ("ax", "dx"), 8: ("al", "ah")}[w]
        lo = self.get(st, names[0])
        self.havoc_flags(st)
        if m in ("mul", "imul"):
            ext = z3.ZeroExt if m == "mul" else z3.SignExt
            p = ext(w, lo) * ext(w, src)
            if w == 8:
                self.put(st, "ax", p)
            else:
                self.put(st, names[0], z3.Extract(w - 1, 0, p))
                self.put(st, names[1], z3.Extract(2 * w - 1, w, p))
            return
        hi = z3.Extract(15, 8, self.get(st, "ax")) if w == 8 else self.get(st, names[1])
        dividend = z3.Concat(hi, lo) if w != 8 else self.get(st, "ax")
        d = (z3.ZeroExt if m == "div" else z3.SignExt)(w, src)
        # a quotient that does not fit, or a zero divisor, traps: the path stops there
        st.path.append(src != 0)
        if m == "div":
            q, r = z3.UDiv(dividend, d), z3.URem(dividend, d)
            st.path.append(z3.ULT(q, z3.BitVecVal(1 << w, 2 * w)))
        else:
            q, r = dividend / d, z3.SRem(dividend, d)
            qt = z3.Extract(w - 1, 0, q)
            st.path.append(z3.SignExt(w, qt) == q)
        if w == 8:
            self.put(st, "ax", z3.Concat(z3.Extract(7, 0, r), z3.Extract(7, 0, q)))
        else:
            self.put(st, names[0], z3.Extract(w - 1, 0, q))
            self.put(st, names[1], z3.Extract(w - 1, 0, r))

    def generic(self, st: State, insn, wipe_memory: bool = False) -> None:
        """An instruction this module does not model: every register it writes gets a fresh value,
        every memory operand it writes fresh bytes (all memory, for string instructions)."""
        _, written = insn.regs_access()
        for r in written:
            name = insn.reg_name(r)
            if name in SUBREG:
                base = SUBREG[name][0]
                if name == "rsp" or base == "rsp":
                    raise Unsupported(f"{insn.mnemonic} at {insn.address:#x} changes the stack pointer")
                self.put(st, name, fresh(name, SUBREG[name][2]))
            elif name.startswith("xmm"):
                st.xmm[int(name[3:])] = fresh(name, 128)
            elif name in ("rflags", "eflags", "flags"):
                self.havoc_flags(st)
            elif name.startswith(("ymm", "zmm")):
                raise Unsupported(f"{insn.mnemonic} at {insn.address:#x} writes {name}")
        for op in insn.operands:
            if op.type == X.X86_OP_MEM and op.access & CS_AC_WRITE and not op.mem.segment:
                a, t = self.address(st, insn, op)
                self.store(st, a, fresh("mem", op.size * 8), op.size, t)
        if wipe_memory:
            if self.split and any(r in st.taint for r in ("rdi", "rsi")):
                raise FrameEscape("a string instruction on the frame")
            st.heap = z3.Array(f"heap!{next(_fresh)}", z3.BitVecSort(64), z3.BitVecSort(8))
            if not self.split:
                st.frame = st.heap
