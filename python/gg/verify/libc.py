"""Host implementations of the C library functions the corpora call, identical for both sides.

Each call is recorded (name and arguments, pointers by region) so the external call sequences of the
two sides can be compared. The heap is a bump allocator in the shared arena: the same calls give the
same addresses on both sides. Allocation can be made to fail (the k-th malloc/calloc/realloc returns
NULL) so error paths get covered. A function missing here ends the run as "unsupported"."""

from __future__ import annotations

import ctypes
import math
import struct
from dataclasses import dataclass, field
from typing import Callable

from gg.verify.emulator import ARENA, ARENA_SIZE, STACK_HI, STACK_LO, Machine, Stop
from gg.verify.image import CONTINUE

#: a read-only page with the ctype tables (`__ctype_b_loc` & co. return pointers into it)
LIBC_DATA = 0x0F00_0000
LIBC_DATA_SIZE = 0x4000
#: fill of arena bytes nobody wrote (a write of any value shows up in the comparison)
FILL = 0xA5
REDZONE = 32

M64 = (1 << 64) - 1


def _s32(v: int) -> int:
    v &= 0xFFFF_FFFF
    return v - (1 << 32) if v & 0x8000_0000 else v


def _s64(v: int) -> int:
    v &= M64
    return v - (1 << 64) if v >> 63 else v


def _d(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits & M64))[0]


def _f(bits: int) -> float:
    return struct.unpack("<f", struct.pack("<I", bits & 0xFFFF_FFFF))[0]


def _db(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _fb(x: float) -> int:
    try:
        return struct.unpack("<I", struct.pack("<f", x))[0]
    except OverflowError:
        return struct.unpack("<I", struct.pack("<f", math.copysign(math.inf, x)))[0]


def _host_tables() -> bytes:
    """glibc's own ctype tables (C locale), laid out as `__ctype_b_loc` & co. expect: index -128..255."""
    libc = ctypes.CDLL(None)
    out = bytearray(LIBC_DATA_SIZE)
    for off, fn, width in ((0, "__ctype_b_loc", 2), (0x1000, "__ctype_tolower_loc", 4), (0x2000, "__ctype_toupper_loc", 4)):
        f = getattr(libc, fn)
        f.restype = ctypes.POINTER(ctypes.c_void_p)
        base = f().contents.value - 128 * width
        table = ctypes.string_at(base, 384 * width)
        out[off + 16: off + 16 + len(table)] = table
        # the pointer cell the function returns, pointing at index 0
        struct.pack_into("<Q", out, off, LIBC_DATA + off + 16 + 128 * width)
    return bytes(out)


_TABLES: bytes | None = None


def tables() -> bytes:
    global _TABLES
    if _TABLES is None:
        _TABLES = _host_tables()
    return _TABLES


def install(m: Machine) -> None:
    import unicorn as uc

    m.uc.mem_map(LIBC_DATA, LIBC_DATA_SIZE, uc.UC_PROT_READ)
    m.uc.mem_write(LIBC_DATA, tables())


@dataclass
class Heap:
    """Bump allocator over the arena; never reuses memory, so both sides see the same addresses."""

    top: int = ARENA
    blocks: dict[int, int] = field(default_factory=dict)

    def alloc(self, size: int) -> int:
        addr = (self.top + 15) & ~15
        if addr + size + REDZONE > ARENA + ARENA_SIZE - 0x1000:
            return 0
        self.blocks[addr] = size
        self.top = addr + size + REDZONE
        return addr


class Libc:
    """The libc of one run on one side."""

    def __init__(self, m: Machine, heap: Heap, fail_alloc: int = 0):
        self.m = m
        self.heap = heap
        #: the fail_alloc-th allocation (1-based) returns NULL; 0 = never
        self.fail_alloc = fail_alloc
        self.allocs = 0
        self.events: list[tuple] = []
        self.stdout = bytearray()
        m.on_call = self.call

    # --- helpers ---
    def region(self, p: int):
        if ARENA <= p < ARENA + ARENA_SIZE:
            return p
        if STACK_LO <= p < STACK_HI:
            return "stack"
        if p == 0:
            return 0
        return "image"

    def cstr(self, p: int, limit: int = 1 << 16) -> bytes:
        out = bytearray()
        while len(out) < limit:
            chunk = self.m.read(p + len(out), 64)
            i = chunk.find(0)
            if i >= 0:
                out += chunk[:i]
                return bytes(out)
            out += chunk
        return bytes(out)

    def call(self, name: str) -> None:
        if name == CONTINUE:
            self._resume()
            return
        fn = _FUNCS.get(name)
        if fn is None:
            self.events.append((name, "unsupported"))
            raise Stop("unsupported", f"call to `{name}`, which the function-level verifier has no host implementation of")
        fn(self)

    # --- callbacks into emulated code (qsort's comparator) ---
    _callback = None

    def _start_callbacks(self, gen, fn: int) -> None:
        """Run `gen`: it yields argument lists for calls of emulated `fn` and receives their int
        results; its return value is the host function's result."""
        self._callback = (gen, fn, self.m.return_address(), self.m.sp())
        self._step(None)

    def _step(self, value) -> None:
        gen, fn, ret, sp = self._callback  # type: ignore[misc]
        try:
            args = gen.send(value)
        except StopIteration as stop:
            self._callback = None
            self.m.set_ret(stop.value or 0)
            self.m.return_to(ret, sp)
            return
        cont = next(a for a, n in self.m.image.stubs.items() if n == CONTINUE)
        self.m.call_into(fn, args, cont, sp - 256)

    def _resume(self) -> None:
        if self._callback is None:
            raise Stop("fault", "returned to the callback stub with no callback pending")
        self._step(_s32(self.m.uc.reg_read(self.m.r.ret_int)))

    def ev(self, name: str, *args) -> None:
        self.events.append((name, *args))

    def _alloc(self, size: int) -> int:
        self.allocs += 1
        if self.allocs == self.fail_alloc or size > ARENA_SIZE // 4:
            return 0
        return self.heap.alloc(size)


_FUNCS: dict[str, Callable[[Libc], None]] = {}


def libc(*names: str):
    def deco(f):
        for n in names:
            _FUNCS[n] = f
        return f

    return deco


def known(name: str) -> bool:
    return name in _FUNCS


# --- memory ---
@libc("malloc")
def _malloc(c: Libc) -> None:
    n = c.m.arg(0)
    p = c._alloc(n)
    c.ev("malloc", n, p)
    c.m.set_ret(p)


@libc("calloc")
def _calloc(c: Libc) -> None:
    n, s = c.m.arg(0), c.m.arg(1)
    p = c._alloc(n * s) if n * s < 1 << 32 else 0
    if p:
        c.m.write(p, bytes(n * s))
    c.ev("calloc", n, s, p)
    c.m.set_ret(p)


@libc("realloc")
def _realloc(c: Libc) -> None:
    old, n = c.m.arg(0), c.m.arg(1)
    p = c._alloc(n)
    if p and old:
        keep = min(n, c.heap.blocks.get(old, n))
        c.m.write(p, c.m.read(old, keep))
    c.ev("realloc", c.region(old), n, p)
    c.m.set_ret(p)


@libc("free")
def _free(c: Libc) -> None:
    c.ev("free", c.region(c.m.arg(0)))


@libc("memcpy", "memmove", "__memcpy_chk", "__memmove_chk")
def _memcpy(c: Libc) -> None:
    d, s, n = c.m.arg(0), c.m.arg(1), c.m.arg(2)
    if n:
        c.m.write(d, c.m.read(s, n))
    c.ev("memcpy", c.region(d), c.region(s), n)
    c.m.set_ret(d)


@libc("memset", "__memset_chk")
def _memset(c: Libc) -> None:
    d, v, n = c.m.arg(0), c.m.arg(1) & 0xFF, c.m.arg(2)
    if n:
        c.m.write(d, bytes([v]) * n)
    c.ev("memset", c.region(d), v, n)
    c.m.set_ret(d)


@libc("memcmp")
def _memcmp(c: Libc) -> None:
    a, b, n = c.m.arg(0), c.m.arg(1), c.m.arg(2)
    x, y = c.m.read(a, n), c.m.read(b, n)
    r = 0 if x == y else next(p - q for p, q in zip(x, y) if p != q)
    c.ev("memcmp", n, r)
    c.m.set_ret(r)


@libc("memchr")
def _memchr(c: Libc) -> None:
    a, v, n = c.m.arg(0), c.m.arg(1) & 0xFF, c.m.arg(2)
    i = c.m.read(a, n).find(v)
    c.m.set_ret(a + i if i >= 0 else 0)


# --- strings ---
@libc("strlen")
def _strlen(c: Libc) -> None:
    s = c.cstr(c.m.arg(0))
    c.ev("strlen", s)
    c.m.set_ret(len(s))


@libc("strnlen")
def _strnlen(c: Libc) -> None:
    n = c.m.arg(1)
    s = c.cstr(c.m.arg(0), min(n, 1 << 16))
    c.m.set_ret(min(len(s), n))


@libc("strcpy", "__strcpy_chk", "stpcpy")
def _strcpy(c: Libc) -> None:
    d, s = c.m.arg(0), c.cstr(c.m.arg(1))
    c.m.write(d, s + b"\0")
    c.ev("strcpy", c.region(d), s)
    c.m.set_ret(d)


@libc("strncpy")
def _strncpy(c: Libc) -> None:
    d, s, n = c.m.arg(0), c.cstr(c.m.arg(1)), c.m.arg(2)
    c.m.write(d, (s[:n] + bytes(max(0, n - len(s)))))
    c.ev("strncpy", c.region(d), s, n)
    c.m.set_ret(d)


@libc("strcat", "__strcat_chk")
def _strcat(c: Libc) -> None:
    d, s = c.m.arg(0), c.cstr(c.m.arg(1))
    c.m.write(d + len(c.cstr(d)), s + b"\0")
    c.ev("strcat", c.region(d), s)
    c.m.set_ret(d)


@libc("strncat")
def _strncat(c: Libc) -> None:
    d, s, n = c.m.arg(0), c.cstr(c.m.arg(1)), c.m.arg(2)
    c.m.write(d + len(c.cstr(d)), s[:n] + b"\0")
    c.m.set_ret(d)


def _cmp(a: bytes, b: bytes) -> int:
    for x, y in zip(a + b"\0", b + b"\0"):
        if x != y:
            return x - y
    return 0


@libc("strcmp")
def _strcmp(c: Libc) -> None:
    a, b = c.cstr(c.m.arg(0)), c.cstr(c.m.arg(1))
    r = _cmp(a, b)
    c.ev("strcmp", a, b)
    c.m.set_ret(r)


@libc("strncmp")
def _strncmp(c: Libc) -> None:
    n = c.m.arg(2)
    a, b = c.cstr(c.m.arg(0), n)[:n], c.cstr(c.m.arg(1), n)[:n]
    c.ev("strncmp", a, b, n)
    c.m.set_ret(_cmp(a, b))


@libc("strchr")
def _strchr(c: Libc) -> None:
    p, ch = c.m.arg(0), c.m.arg(1) & 0xFF
    i = (c.cstr(p) + b"\0").find(bytes([ch]))
    c.m.set_ret(p + i if i >= 0 else 0)


@libc("strrchr")
def _strrchr(c: Libc) -> None:
    p, ch = c.m.arg(0), c.m.arg(1) & 0xFF
    i = (c.cstr(p) + b"\0").rfind(bytes([ch]))
    c.m.set_ret(p + i if i >= 0 else 0)


@libc("strstr")
def _strstr(c: Libc) -> None:
    p = c.m.arg(0)
    i = c.cstr(p).find(c.cstr(c.m.arg(1)))
    c.m.set_ret(p + i if i >= 0 else 0)


@libc("strdup")
def _strdup(c: Libc) -> None:
    s = c.cstr(c.m.arg(0))
    p = c._alloc(len(s) + 1)
    if p:
        c.m.write(p, s + b"\0")
    c.ev("strdup", s, p)
    c.m.set_ret(p)


# --- ctype (C locale) ---
@libc("__ctype_b_loc")
def _ctype_b(c: Libc) -> None:
    c.m.set_ret(LIBC_DATA)


@libc("__ctype_tolower_loc")
def _ctype_lower(c: Libc) -> None:
    c.m.set_ret(LIBC_DATA + 0x1000)


@libc("__ctype_toupper_loc")
def _ctype_upper(c: Libc) -> None:
    c.m.set_ret(LIBC_DATA + 0x2000)


def _ctype(name: str, pred: Callable[[int], bool]):
    @libc(name)
    def f(c: Libc) -> None:
        ch = _s32(c.m.arg(0))
        c.m.set_ret(1 if 0 <= ch < 128 and pred(ch) else 0)


_ctype("isalpha", lambda ch: chr(ch).isalpha())
_ctype("isdigit", lambda ch: 48 <= ch <= 57)
_ctype("isalnum", lambda ch: chr(ch).isalnum())
_ctype("isspace", lambda ch: ch in b" \t\n\v\f\r")
_ctype("isupper", lambda ch: 65 <= ch <= 90)
_ctype("islower", lambda ch: 97 <= ch <= 122)
_ctype("ispunct", lambda ch: 33 <= ch <= 126 and not chr(ch).isalnum())
_ctype("isxdigit", lambda ch: chr(ch) in "0123456789abcdefABCDEF")
_ctype("isprint", lambda ch: 32 <= ch <= 126)


@libc("toupper")
def _toupper(c: Libc) -> None:
    ch = _s32(c.m.arg(0))
    c.m.set_ret(ch - 32 if 97 <= ch <= 122 else ch)


@libc("tolower")
def _tolower(c: Libc) -> None:
    ch = _s32(c.m.arg(0))
    c.m.set_ret(ch + 32 if 65 <= ch <= 90 else ch)


# --- integers ---
@libc("abs")
def _abs(c: Libc) -> None:
    c.m.set_ret(abs(_s32(c.m.arg(0))) & 0xFFFF_FFFF)


@libc("labs", "llabs", "imaxabs")
def _labs(c: Libc) -> None:
    c.m.set_ret(abs(_s64(c.m.arg(0))))


def _parse_int(s: bytes, base: int = 10) -> tuple[int, int]:
    i = 0
    while i < len(s) and s[i] in b" \t\n\v\f\r":
        i += 1
    neg = False
    if i < len(s) and s[i] in b"+-":
        neg = s[i] == 45
        i += 1
    if base == 0:
        base = 16 if s[i:i + 2].lower() == b"0x" else 8 if s[i:i + 1] == b"0" else 10
    if base == 16 and s[i:i + 2].lower() == b"0x":
        i += 2
    v, start = 0, i
    while i < len(s):
        ch = s[i]
        d = ch - 48 if 48 <= ch <= 57 else (ch | 32) - 87 if 97 <= (ch | 32) <= 122 else 99
        if d >= base:
            break
        v = v * base + d
        i += 1
    if i == start:
        return 0, 0
    return (-v if neg else v), i


@libc("atoi")
def _atoi(c: Libc) -> None:
    s = c.cstr(c.m.arg(0))
    c.ev("atoi", s)
    c.m.set_ret(_s32(_parse_int(s)[0]) & M64)


@libc("atol", "atoll")
def _atol(c: Libc) -> None:
    s = c.cstr(c.m.arg(0))
    c.ev("atol", s)
    c.m.set_ret(max(-(1 << 63), min((1 << 63) - 1, _parse_int(s)[0])) & M64)


@libc("strtol", "strtoll", "strtoul", "strtoull")
def _strtol(c: Libc) -> None:
    p, end, base = c.m.arg(0), c.m.arg(1), _s32(c.m.arg(2))
    s = c.cstr(p)
    v, n = _parse_int(s, base)
    if end:
        c.m.write(end, (p + n).to_bytes(8, "little"))
    c.ev("strtol", s, base)
    c.m.set_ret(max(-(1 << 63), min((1 << 63) - 1, v)) & M64)


# --- math (double in fa0/d0/xmm0; the *f forms single) ---
def _math1(names: tuple[str, str], f: Callable[[float], float]):
    dname, fname = names

    @libc(dname)
    def d(c: Libc) -> None:
        x = _d(c.m.farg(0))
        try:
            r = f(x)
        except (ValueError, OverflowError):
            r = math.nan if not math.isinf(x) else x
        c.ev(dname, c.m.farg(0))
        c.m.set_fret(_db(r))

    @libc(fname)
    def s(c: Libc) -> None:
        x = _f(c.m.farg(0))
        try:
            r = f(x)
        except (ValueError, OverflowError):
            r = math.nan
        c.ev(fname, c.m.farg(0) & 0xFFFF_FFFF)
        c.m.set_fret(_fb(r), single=True)


def _round(x: float) -> float:
    if math.isnan(x) or math.isinf(x):
        return x
    r = math.floor(abs(x) + 0.5)
    return math.copysign(r, x)


def _sqrt(x: float) -> float:
    if math.isnan(x):
        return x
    if x < 0:
        return -math.nan
    return math.sqrt(x)


def _inf_safe(f):
    def g(x: float) -> float:
        if math.isnan(x) or math.isinf(x):
            return x
        return float(f(x))
    return g


_math1(("sqrt", "sqrtf"), _sqrt)
_math1(("floor", "floorf"), _inf_safe(math.floor))
_math1(("ceil", "ceilf"), _inf_safe(math.ceil))
_math1(("trunc", "truncf"), _inf_safe(math.trunc))
_math1(("round", "roundf"), _round)
_math1(("fabs", "fabsf"), math.fabs)
_math1(("exp", "expf"), math.exp)
_math1(("log", "logf"), math.log)
_math1(("log10", "log10f"), math.log10)
_math1(("sin", "sinf"), math.sin)
_math1(("cos", "cosf"), math.cos)
_math1(("atan", "atanf"), math.atan)


@libc("pow")
def _pow(c: Libc) -> None:
    x, y = _d(c.m.farg(0)), _d(c.m.farg(1))
    try:
        r = math.pow(x, y)
    except (ValueError, OverflowError):
        r = math.nan
    c.ev("pow", c.m.farg(0), c.m.farg(1))
    c.m.set_fret(_db(r))


@libc("fmod")
def _fmod(c: Libc) -> None:
    x, y = _d(c.m.farg(0)), _d(c.m.farg(1))
    try:
        r = math.fmod(x, y)
    except (ValueError, OverflowError):
        r = math.nan
    c.m.set_fret(_db(r))


# --- sorting: the comparator is emulated code of the file ---
@libc("qsort")
def _qsort(c: Libc) -> None:
    base, n, size, fn = c.m.arg(0), c.m.arg(1), c.m.arg(2), c.m.arg(3)
    c.ev("qsort", c.region(base), n, size)
    if n > 4096 or size > 4096:
        raise Stop("fault", f"qsort of {n} elements of {size} bytes")

    def insertion_sort():
        # the same algorithm on both sides: the comparator sees the same calls
        for i in range(1, n):
            j = i
            while j > 0:
                a, b = base + (j - 1) * size, base + j * size
                r = yield [a, b]
                if r <= 0:
                    break
                x, y = c.m.read(a, size), c.m.read(b, size)
                c.m.write(a, y)
                c.m.write(b, x)
                j -= 1
        return 0

    c._start_callbacks(insertion_sort(), fn)


# --- output and termination ---
@libc("putchar")
def _putchar(c: Libc) -> None:
    ch = c.m.arg(0) & 0xFF
    c.stdout.append(ch)
    c.ev("putchar", ch)
    c.m.set_ret(ch)


@libc("puts")
def _puts(c: Libc) -> None:
    s = c.cstr(c.m.arg(0))
    c.stdout += s + b"\n"
    c.ev("puts", s)
    c.m.set_ret(len(s) + 1)


@libc("exit", "_exit")
def _exit(c: Libc) -> None:
    code = c.m.arg(0) & 0xFF
    c.ev("exit", code)
    raise Stop("exit", f"exit({code})", code)


@libc("abort", "__stack_chk_fail", "__assert_fail", "__fortify_fail", "__chk_fail")
def _abort(c: Libc) -> None:
    c.ev("abort")
    raise Stop("exit", "abort()", 134)
