"""Test inputs for one function: boundary values, random values, mutations of inputs that reached
new blocks, and the step-by-step simplification of a failing input (shrinking).

An input is plain data (integers, float bits, strings, arrays); `layout` turns it into the arena
bytes and argument registers, identically for both sides."""

from __future__ import annotations

import copy
import math
import random
import re
import struct
from dataclasses import dataclass, field

from gg.verify.emulator import ARENA
from gg.verify.libc import FILL, Heap
from gg.verify.signature import Signature

INT_BOUNDARY = [0, 1, -1, 2, -2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 15, 16, 20, 25, 31, 32, 63, 64, 99, 100, 127, 128, 255, 256, 1000, 1024, 4096, 65535, 2**31 - 1, -(2**31), 2**31, 2**32 - 1, 2**63 - 1, -(2**63)]
FLOAT_BOUNDARY = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.0, 2.5, 3.0, -2.5, 10.0, 0.1, 1e-300, 1e300, math.inf, -math.inf, math.nan, 4.0, 7.0, 100.0, 3.7, -3.3, 2**31, 2**63]
ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "aeiouAEIOU",
    "0123456789",
    " ",
    "()[]{}<>",
    ".,!?-_+*/#:;'\"=&|%$@^~\\",
    "abcXYZ019 ",
    "\t\n",
]
#: elements of arrays are allocated with this much room past the given count
ARRAY_CAP = 64
STRING_CAP = 512
MAX_LEN = 16


def _db(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _fb(x: float) -> int:
    try:
        return struct.unpack("<I", struct.pack("<f", x))[0]
    except OverflowError:
        return struct.unpack("<I", struct.pack("<f", math.copysign(math.inf, x)))[0]


@dataclass
class TestInput:
    #: integer argument registers (pointer arguments: ignored, the buffer's address is used)
    ints: list[int]
    #: float argument registers as Python floats
    fps: list[float]
    #: pointer argument index -> contents: bytes (i8), list of numbers, or list of bytes (array of strings)
    bufs: dict[int, object] = field(default_factory=dict)
    #: the k-th allocation returns NULL (0: none)
    fail_alloc: int = 0

    def show(self, sig: Signature) -> str:
        parts = []
        for i, a in enumerate(sig.ints):
            if not a.read:
                continue
            if a.kind == "ptr":
                b = self.bufs.get(i)
                if isinstance(b, bytes):
                    parts.append(repr(b.decode("latin-1")))
                elif isinstance(b, list):
                    parts.append("[" + ", ".join(repr(x.decode("latin-1")) if isinstance(x, bytes) else "NULL" if x is None else _num(x) for x in b) + "]")
                else:
                    parts.append("NULL")
            else:
                parts.append(str(_wrap(self.ints[i], a.width)))
        for i, x in enumerate(self.fps):
            if i < sig_fp_count(sig):
                parts.append(_num(x))
        s = f"{sig.name}({', '.join(parts)})"
        if self.fail_alloc:
            s += f" with allocation #{self.fail_alloc} failing"
        return s


def sig_fp_count(sig: Signature) -> int:
    return sig.fp_used


def _num(x) -> str:
    if isinstance(x, float):
        return repr(x)
    return str(x)


def _wrap(v: int, width: int) -> int:
    v &= (1 << width) - 1
    return v - (1 << width) if v >> (width - 1) else v


def _sext(v: int, width: int) -> int:
    return _wrap(v, width) & ((1 << 64) - 1)


@dataclass
class Layout:
    arena: bytes
    ints: list[int]
    fps: list[tuple[int, bool]]
    heap: Heap
    #: argument index -> (address, size) of its buffer
    buffers: dict[int, tuple[int, int]]


def layout(sig: Signature, t: TestInput) -> Layout:
    heap = Heap()
    mem = bytearray()
    buffers: dict[int, tuple[int, int]] = {}

    def put(addr: int, data: bytes) -> None:
        off = addr - ARENA
        if len(mem) < off + len(data) + 64:
            mem.extend(bytes([FILL]) * (off + len(data) + 64 - len(mem)))
        mem[off: off + len(data)] = data

    ints = []
    for i, a in enumerate(sig.ints):
        v = t.ints[i] if i < len(t.ints) else 0
        if a.kind == "ptr" and i in t.bufs:
            b = t.bufs[i]
            if isinstance(b, bytes):
                size = max(STRING_CAP, len(b) + 1)
                p = heap.alloc(size)
                put(p, b + b"\0")
            elif a.elem == "ptr":
                ptrs = []
                for s in b:  # type: ignore[union-attr]
                    if s is None:  # a NULL entry
                        ptrs.append(0)
                        continue
                    q = heap.alloc(max(64, len(s) + 1))
                    put(q, s + b"\0")
                    ptrs.append(q)
                size = 8 * (len(ptrs) + ARRAY_CAP)
                p = heap.alloc(size)
                put(p, b"".join(x.to_bytes(8, "little") for x in ptrs))
            else:
                width = {"i8": 1, "i16": 2, "i32": 4, "i64": 8, "f32": 4, "f64": 8}[a.elem]
                size = width * (len(b) + ARRAY_CAP)  # type: ignore[arg-type]
                p = heap.alloc(size)
                data = bytearray()
                for x in b:  # type: ignore[union-attr]
                    if a.elem == "f64":
                        data += struct.pack("<Q", _db(float(x)))
                    elif a.elem == "f32":
                        data += struct.pack("<I", _fb(float(x)))
                    else:
                        data += (int(x) & ((1 << (8 * width)) - 1)).to_bytes(width, "little")
                put(p, bytes(data))
            buffers[i] = (p, size)
            ints.append(p)
        elif a.kind == "ptr":
            ints.append(0)
        else:
            ints.append(_sext(v, a.width) if a.width < 64 else v & ((1 << 64) - 1))
    fps = []
    for i, x in enumerate(t.fps):
        single = sig.fps[i] == "f32"
        fps.append((_fb(x) if single else _db(x), single))
    return Layout(bytes(mem), ints, fps, heap, buffers)


_IMM = re.compile(r"^\s*(?:cmp|sub|add|test|and)[bwlq]?\s+\$(-?(?:0x[0-9a-fA-F]+|\d+))\s*,", re.M)
_RANGE = re.compile(r"^\s*(?:lea[lq]?\s+-|sub[bwlq]?\s+\$)(\d+)", re.M)
_STR = re.compile(r"^\s*\.(?:string|ascii|asciz)\s+\"((?:[^\"\\]|\\.)*)\"", re.M)


@dataclass
class Dictionary:
    """Constants of the x86 text the inputs should hit: compared immediates and string literals."""

    ints: list[int] = field(default_factory=list)
    chars: list[int] = field(default_factory=list)
    words: list[bytes] = field(default_factory=list)

    @staticmethod
    def of(text: str) -> "Dictionary":
        d = Dictionary()
        for m in _IMM.finditer(text):
            v = int(m.group(1), 0)
            d.ints += [v, v - 1, v + 1]
            if 32 <= v < 127:
                d.chars.append(v)
        # `lea -48(%rax), %edx; cmpb $9, %dl`: a range test, first character and nine more
        for m in _RANGE.finditer(text):
            v = int(m.group(1), 0)
            if 32 <= v < 127:
                d.chars += list(range(v, min(v + 10, 127)))
        for m in _STR.finditer(text):
            try:
                s = m.group(1).encode("latin-1").decode("unicode_escape").encode("latin-1")
            except (UnicodeDecodeError, UnicodeEncodeError):
                continue
            if s:
                d.words.append(s)
                d.words += [w for w in s.split() if w != s]
        d.ints = sorted(set(d.ints))
        d.chars = sorted(set(d.chars))
        d.words = list(dict.fromkeys(d.words))
        return d


class Generator:
    def __init__(self, sig: Signature, rng: random.Random, dictionary: Dictionary | None = None):
        self.sig = sig
        self.rng = rng
        self.dict = dictionary or Dictionary()

    # --- values ---
    def int_value(self, width: int) -> int:
        r = self.rng.random()
        if self.dict.ints and r < 0.15:
            return _wrap(self.rng.choice(self.dict.ints), width)
        if r < 0.55:
            v = self.rng.randint(-5, 30)
        elif r < 0.9:
            v = self.rng.choice(INT_BOUNDARY)
        else:
            v = self.rng.randint(-(1 << (width - 1)), (1 << (width - 1)) - 1)
        return _wrap(v, width)

    def float_value(self) -> float:
        r = self.rng.random()
        if r < 0.4:
            return self.rng.choice(FLOAT_BOUNDARY)
        if r < 0.7:
            return float(self.rng.randint(-20, 20))
        return round(self.rng.uniform(-50, 50), self.rng.choice([0, 1, 2, 6]))

    def token(self) -> bytes:
        d = self.dict
        r = self.rng.random()
        if d.words and r < 0.5:
            return self.rng.choice(d.words)
        if d.chars and r < 0.85:
            return bytes(self.rng.choice(d.chars) for _ in range(self.rng.randint(1, 3)))
        if r < 0.93:
            return str(self.rng.choice([0, 1, 2, 3, 5, 7, 10, 12, 42, 100, 999])).encode()
        return self.rng.choice(["a", "Z", "7", "ab", "x", "-", "1"]).encode()

    def string(self) -> bytes:
        punct = [c for c in self.dict.chars if not chr(c).isalnum() and c != 32]
        if punct and self.rng.random() < 0.15:
            # numbers separated by a character the code compares against: "3/4", "1.5", "12,7"
            num = lambda: str(self.rng.choice([0, 1, 2, 3, 4, 5, 7, 10, 12, 25, 100])).encode()  # noqa: E731
            parts = [num() for _ in range(self.rng.randint(2, 3))]
            return bytes([self.rng.choice(punct)]).join(parts)
        if (self.dict.words or self.dict.chars) and self.rng.random() < 0.45:
            sep = self.rng.choice([b" ", b" ", b"", b",", b", ", b"  "])
            return sep.join(self.token() for _ in range(self.rng.randint(0, 6)))[:200]
        n = self.rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 30])
        r = self.rng.random()
        if r < 0.3:
            alpha = self.rng.choice(ALPHABETS[:4] + ["abcdefghijklmnopqrstuvwxyz "])
        elif r < 0.6:
            alpha = "".join(self.rng.sample(ALPHABETS, 3))
        else:
            alpha = "".join(ALPHABETS)
        return "".join(self.rng.choice(alpha) for _ in range(n)).encode("latin-1")

    def element(self, elem: str):
        if elem in ("f32", "f64"):
            return self.float_value()
        if elem == "ptr":
            return self.string()
        w = {"i8": 8, "i16": 16, "i32": 32, "i64": 64}[elem]
        r = self.rng.random()
        if r < 0.7:
            return self.rng.randint(-10, 20)
        return _wrap(self.rng.choice(INT_BOUNDARY), w)

    def buffer(self, elem: str, n: int):
        if elem == "i8":
            return self.string()
        return [self.element(elem) for _ in range(n)]

    # --- whole inputs ---
    def fresh(self, small: bool = False) -> TestInput:
        sig = self.sig
        ints = []
        bufs: dict[int, object] = {}
        for i, a in enumerate(sig.ints):
            ints.append(0 if small else self.int_value(a.width))
        for i, a in enumerate(sig.ints):
            if a.kind == "ptr":
                n = 0 if small else self.rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12])
                bufs[i] = self.buffer(a.elem, n)
                if a.length is not None:
                    ints[a.length] = len(bufs[i]) if isinstance(bufs[i], list) else n  # type: ignore[arg-type]
        fps = [0.0 if small else self.float_value() for _ in range(8)]
        return TestInput(ints, fps, bufs)

    def mutate(self, t: TestInput) -> TestInput:
        t = copy.deepcopy(t)
        sig = self.sig
        for _ in range(self.rng.choice([1, 1, 1, 2, 3])):
            choices = [("int", i) for i, a in enumerate(sig.ints) if a.kind == "int" and a.read]
            choices += [("buf", i) for i in t.bufs]
            choices += [("fp", i) for i in range(sig.fp_used)]
            choices.append(("alloc", 0))
            kind, i = self.rng.choice(choices)
            if kind == "int":
                r = self.rng.random()
                v = t.ints[i]
                t.ints[i] = _wrap(v + self.rng.choice([-1, 1]) if r < 0.4 else self.int_value(sig.ints[i].width), sig.ints[i].width)
            elif kind == "fp":
                t.fps[i] = self.float_value() if self.rng.random() < 0.7 else t.fps[i] + self.rng.choice([-1.0, 1.0, 0.5])
            elif kind == "alloc":
                t.fail_alloc = 0 if t.fail_alloc else self.rng.choice([1, 1, 2, 3])
            else:
                b = t.bufs[i]
                spec = sig.ints[i]
                if isinstance(b, bytes):
                    b = bytearray(b)
                    op = self.rng.random()
                    if op < 0.15 and self.dict.chars and b:
                        b[self.rng.randrange(len(b))] = self.rng.choice(self.dict.chars)
                    elif op < 0.3 and b:
                        b[self.rng.randrange(len(b))] = ord(self.rng.choice("".join(ALPHABETS)))
                    elif op < 0.55:
                        b.insert(self.rng.randint(0, len(b)), ord(self.rng.choice("".join(ALPHABETS))))
                    elif op < 0.75 and b:
                        del b[self.rng.randrange(len(b))]
                    else:
                        b = bytearray(self.string())
                    t.bufs[i] = bytes(b)
                else:
                    lst = list(b)  # type: ignore[call-overload]
                    op = self.rng.random()
                    if op < 0.4 and lst:
                        j = self.rng.randrange(len(lst))
                        lst[j] = self.element(spec.elem) if self.rng.random() < 0.6 or spec.elem == "ptr" else lst[j] + self.rng.choice([-1, 1])
                    elif op < 0.6 and len(lst) < MAX_LEN:
                        lst.insert(self.rng.randint(0, len(lst)), self.element(spec.elem))
                    elif op < 0.75 and lst:
                        del lst[self.rng.randrange(len(lst))]
                    elif op < 0.85 and lst:
                        j = self.rng.randrange(len(lst))
                        lst.insert(j, lst[j])
                    else:
                        lst = self.buffer(spec.elem, self.rng.randint(0, 10))  # type: ignore[assignment]
                    t.bufs[i] = lst
                    if spec.length is not None:
                        t.ints[spec.length] = len(lst)
        return t


def cost(t: TestInput) -> float:
    """How complicated an input is: shrinking only moves to cheaper inputs."""
    c = float(bool(t.fail_alloc))
    for v in t.ints:
        c += min(abs(_wrap(v, 64)), 1 << 40)
    for x in t.fps:
        c += 1 if not math.isfinite(x) else min(abs(x), 1 << 40)
    for b in t.bufs.values():
        c += 1000 * len(b)  # type: ignore[arg-type]
        for x in b:  # type: ignore[union-attr]
            c += len(x) * 10 if isinstance(x, bytes) else 1 if x is None else (x != ord("a")) if isinstance(b, bytes) else min(abs(x), 1 << 40) if isinstance(x, int) else 1 if not math.isfinite(x) else min(abs(x), 1 << 40)
    return c


def shrink_candidates(sig: Signature, t: TestInput):
    """Simpler variants of `t`, simplest first (one change each)."""
    if t.fail_alloc:
        c = copy.deepcopy(t)
        c.fail_alloc = 0
        yield c
    for i, a in enumerate(sig.ints):
        if a.kind == "ptr" and i in t.bufs:
            b = t.bufs[i]
            n = len(b)  # type: ignore[arg-type]
            # drop halves, then single elements
            for k in [n // 2, 1] if n > 1 else [1] if n == 1 else []:
                for start in range(0, n, k):
                    c = copy.deepcopy(t)
                    nb = b[:start] + b[start + k:]  # type: ignore[index]
                    c.bufs[i] = nb
                    if a.length is not None:
                        c.ints[a.length] = len(nb)
                    yield c
            if isinstance(b, list):
                for j, x in enumerate(b):
                    if x is None:
                        continue
                    for simpler in (0, 1) if not isinstance(x, bytes) else (b"", b"a"):
                        if x != simpler:
                            c = copy.deepcopy(t)
                            c.bufs[i][j] = simpler  # type: ignore[index]
                            yield c
            elif isinstance(b, bytes):
                for j, ch in enumerate(b):
                    if ch != ord("a"):
                        c = copy.deepcopy(t)
                        c.bufs[i] = b[:j] + b"a" + b[j + 1:]
                        yield c
        elif a.read and a.kind == "int":
            v = _wrap(t.ints[i], a.width)
            for simpler in (0, 1, v // 2, v - 1 if v > 0 else v + 1):
                if simpler != v and abs(simpler) <= abs(v):
                    c = copy.deepcopy(t)
                    c.ints[i] = simpler
                    yield c
    for i in range(sig.fp_used):
        x = t.fps[i]
        for simpler in (0.0, 1.0, float(int(x)) if math.isfinite(x) else 0.0):
            if simpler != x and not (math.isnan(x) and math.isnan(simpler)):
                c = copy.deepcopy(t)
                c.fps[i] = simpler
                yield c
