"""Run one function of an image in Unicorn: arguments in, return registers, memory and external
calls out, with an instruction cap and block coverage.

Both sides share one memory layout: the arena (argument buffers and the heap of the libc stubs) and
the stack live at the same addresses, so pointers compare as plain numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import unicorn as uc
from unicorn import arm64_const as A
from unicorn import riscv_const as R
from unicorn import x86_const as X

from gg.verify.image import Image

PAGE = 0x1000
ARENA = 0x1000_0000
ARENA_SIZE = 0x40_0000
STACK_LO = 0x7FE0_0000
STACK_TOP = 0x7FF0_0000
#: the x86 general registers in one order, shared by snapshots and the symbolic model
X86_GPR_NAMES = ("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15")
X86_GPRS = [getattr(X, f"UC_X86_REG_{n.upper()}") for n in X86_GPR_NAMES]
X86_RSP = X86_GPR_NAMES.index("rsp")
#: a snapshot keeps this much of the stack below the entry stack pointer (and 64 bytes above)
SNAPSHOT_FRAME = 2048
SNAPSHOTS_PER_RUN = 16
#: bytes above the entry stack pointer (the caller's frame): filled with a pattern, must not change
CALLER_FRAME = 0x400
STACK_HI = 0x7FF1_0000
SENTINEL_PAGE = 0x7FFF_0000
TLS_BASE = 0x6000_0000
TLS_SIZE = 0x2_0000
TLS_TP = TLS_BASE + 0x1_0000
CANARY = 0x5A
ARENA_FILL = 0xA5
#: bytes past the heap that are reset before each run and compared after it
RESET_MARGIN = 0x4000
STACK_FILL = 0xC3
#: a callee-saved register must come back with the value it went in with
SAVED_PATTERN = 0x5EED_0000_0000_0000


@dataclass
class Regs:
    """Register facts of one ISA as Unicorn names them."""

    uc_arch: int
    uc_mode: int
    pc: int
    sp: int
    ints: list[int]
    fps: list[int]
    ret_int: int
    ret_fp: int
    saved: list[int]
    fp_is_128: bool = False
    saved_names: tuple[str, ...] = ()


REGS = {
    "x86_64": Regs(uc.UC_ARCH_X86, uc.UC_MODE_64, X.UC_X86_REG_RIP, X.UC_X86_REG_RSP,
                   [X.UC_X86_REG_RDI, X.UC_X86_REG_RSI, X.UC_X86_REG_RDX, X.UC_X86_REG_RCX, X.UC_X86_REG_R8, X.UC_X86_REG_R9],
                   [getattr(X, f"UC_X86_REG_XMM{i}") for i in range(8)], X.UC_X86_REG_RAX, X.UC_X86_REG_XMM0,
                   [X.UC_X86_REG_RBX, X.UC_X86_REG_RBP, X.UC_X86_REG_R12, X.UC_X86_REG_R13, X.UC_X86_REG_R14, X.UC_X86_REG_R15], True,
                   ("rbx", "rbp", "r12", "r13", "r14", "r15")),
    "riscv64": Regs(uc.UC_ARCH_RISCV, uc.UC_MODE_RISCV64, R.UC_RISCV_REG_PC, R.UC_RISCV_REG_SP,
                    [getattr(R, f"UC_RISCV_REG_A{i}") for i in range(8)],
                    [getattr(R, f"UC_RISCV_REG_FA{i}") for i in range(8)], R.UC_RISCV_REG_A0, R.UC_RISCV_REG_FA0,
                    [getattr(R, f"UC_RISCV_REG_S{i}") for i in range(12)], saved_names=tuple(f"s{i}" for i in range(12))),
    "aarch64": Regs(uc.UC_ARCH_ARM64, uc.UC_MODE_ARM, A.UC_ARM64_REG_PC, A.UC_ARM64_REG_SP,
                    [getattr(A, f"UC_ARM64_REG_X{i}") for i in range(8)],
                    [getattr(A, f"UC_ARM64_REG_D{i}") for i in range(8)], A.UC_ARM64_REG_X0, A.UC_ARM64_REG_D0,
                    [getattr(A, f"UC_ARM64_REG_X{i}") for i in range(19, 30)], saved_names=tuple(f"x{i}" for i in range(19, 30))),
}

M64 = (1 << 64) - 1


class Stop(Exception):
    """Raised by a libc stub to end the run: exit(), abort(), an unknown function."""

    def __init__(self, kind: str, detail: str, code: int = 0):
        super().__init__(detail)
        self.kind, self.detail, self.code = kind, detail, code


@dataclass
class Outcome:
    #: "ret", "fault", "cap", "exit", "unsupported", "trap" (x86 divide error)
    kind: str
    detail: str = ""
    int_ret: int = 0
    fp_ret: int = 0
    #: executed blocks: start address -> size
    blocks: dict[int, int] = field(default_factory=dict)
    exit_code: int = 0
    #: callee-saved registers that came back changed
    clobbered: list[str] = field(default_factory=list)
    caller_frame_changed: bool = False
    #: the stack pointer came back where the caller had it (after the x86 `ret` popped its address)
    sp_restored: bool = True


def _align(v: int, a: int = PAGE) -> int:
    return (v + a - 1) & ~(a - 1)


class Machine:
    """One Unicorn instance per image, reused across runs (TB cache stays warm)."""

    def __init__(self, image: Image):
        self.image = image
        self.isa = image.isa
        self.r = REGS[self.isa]
        self.uc = u = uc.Uc(self.r.uc_arch, self.r.uc_mode)
        lo = image.lo & ~(PAGE - 1)
        hi = _align(image.hi)
        u.mem_map(lo, hi - lo, uc.UC_PROT_ALL)
        for vaddr, data, _memsz, _w in image.segments:
            u.mem_write(vaddr, data)
        self._writable = [(v, d, m) for v, d, m, w in image.segments if w]
        u.mem_map(ARENA, ARENA_SIZE, uc.UC_PROT_READ | uc.UC_PROT_WRITE)
        # the whole arena starts as fill: reads past a buffer see the same bytes on both sides
        u.mem_write(ARENA, bytes([ARENA_FILL]) * ARENA_SIZE)
        u.mem_map(STACK_LO, STACK_HI - STACK_LO, uc.UC_PROT_READ | uc.UC_PROT_WRITE)
        u.mem_map(SENTINEL_PAGE, PAGE, uc.UC_PROT_ALL)
        #: where the function returns to; on RISC-V with bits 1 and 2 set (an odd half-word, as a
        #: real return address after a compressed call can be) so a test of the wrong bit shows
        self.sentinel = SENTINEL_PAGE + (6 if self.isa == "riscv64" else 0)
        u.mem_map(TLS_BASE, TLS_SIZE, uc.UC_PROT_READ | uc.UC_PROT_WRITE)
        if self.isa == "riscv64":
            u.reg_write(R.UC_RISCV_REG_MSTATUS, u.reg_read(R.UC_RISCV_REG_MSTATUS) | 0x6000)
            u.reg_write(R.UC_RISCV_REG_TP, TLS_TP)
        elif self.isa == "aarch64":
            u.reg_write(A.UC_ARM64_REG_CPACR_EL1, u.reg_read(A.UC_ARM64_REG_CPACR_EL1) | (3 << 20))
            u.reg_write(A.UC_ARM64_REG_TPIDR_EL0, TLS_TP)
        else:
            u.reg_write(X.UC_X86_REG_FS_BASE, TLS_TP)
        self._ctx = u.context_save()
        self._blocks: dict[int, int] = {}
        self.on_call: Callable[[str], None] | None = None
        self._stop: Stop | None = None
        #: x86 only: block address -> snapshots (registers, frame bytes) taken when a run enters it
        self.watch: dict[int, list] | None = None
        self.entry_regs: list[int] = []
        self._taken = 0
        u.hook_add(uc.UC_HOOK_BLOCK, self._on_block, begin=lo, end=hi - 1)
        u.hook_add(uc.UC_HOOK_MEM_INVALID, self._on_fault)
        u.hook_add(uc.UC_HOOK_INTR, self._on_interrupt)
        #: the address of the last invalid memory access
        self.fault_addr: int | None = None
        #: arena bytes the last run may have dirtied (cleared before the next)
        self.dirty = 0
        #: the last run may have written anywhere in the arena, and the other side did not do the
        #: same (it stopped early or did not run): the next run starts from a wholly fresh arena
        self.stale = False
        u.ctl_flush_tb()

    # --- register access for the libc stubs ---
    def arg(self, i: int) -> int:
        return self.uc.reg_read(self.r.ints[i]) & M64

    def farg(self, i: int) -> int:
        v = self.uc.reg_read(self.r.fps[i])
        return v & M64

    def set_ret(self, v: int) -> None:
        self.uc.reg_write(self.r.ret_int, v & M64)

    def set_fret(self, bits: int, single: bool = False) -> None:
        if single and self.isa == "riscv64":
            bits = (bits & 0xFFFF_FFFF) | 0xFFFF_FFFF_0000_0000
        self.uc.reg_write(self.r.ret_fp, bits & M64)

    def _on_block(self, u, addr: int, size: int, _data) -> None:
        self._blocks[addr] = size
        if self.watch is not None and addr in self.watch and self._taken < SNAPSHOTS_PER_RUN:
            self._taken += 1
            sp0 = self.entry_regs[X86_RSP]
            self.watch[addr].append((list(self.entry_regs), u.reg_read_batch(X86_GPRS), bytes(u.mem_read(sp0 - SNAPSHOT_FRAME, SNAPSHOT_FRAME + 64))))
        name = self.image.stubs.get(addr)
        if name is not None and self.on_call is not None:
            try:
                self.on_call(name)
            except Stop as s:
                self._stop = s
                u.emu_stop()

    # --- calls from host functions back into emulated code ---
    def return_address(self) -> int:
        """At a function's entry: where it returns to."""
        if self.isa == "x86_64":
            return int.from_bytes(self.read(self.uc.reg_read(self.r.sp), 8), "little")
        return self.uc.reg_read(R.UC_RISCV_REG_RA if self.isa == "riscv64" else A.UC_ARM64_REG_X30)

    def sp(self) -> int:
        return self.uc.reg_read(self.r.sp)

    def call_into(self, fn: int, args: list[int], cont: int, sp: int) -> None:
        """Continue at `fn` with integer arguments `args`, returning to `cont`, the stack at `sp`."""
        u = self.uc
        for i, v in enumerate(args):
            u.reg_write(self.r.ints[i], v & M64)
        if self.isa == "x86_64":
            sp = (sp & ~15) - 8
            u.mem_write(sp, cont.to_bytes(8, "little"))
            u.reg_write(self.r.sp, sp)
        else:
            u.reg_write(self.r.sp, sp & ~15)
            u.reg_write(R.UC_RISCV_REG_RA if self.isa == "riscv64" else A.UC_ARM64_REG_X30, cont)
        u.reg_write(self.r.pc, fn)

    def return_to(self, addr: int, sp: int) -> None:
        """Return from a host function entered with the stack at `sp` (x86: the return address there)."""
        self.uc.reg_write(self.r.sp, sp + 8 if self.isa == "x86_64" else sp)
        self.uc.reg_write(self.r.pc, addr)

    def _on_interrupt(self, u, intno: int, _data) -> None:
        if self.isa == "x86_64" and intno == 0:
            self._stop = Stop("trap", "divide error (#DE: division by zero or quotient overflow)")
        else:
            self._stop = Stop("fault", f"CPU exception {intno} at {u.reg_read(self.r.pc):#x}")
        u.emu_stop()

    def _on_fault(self, u, access, addr, size, value, _data) -> bool:
        self.fault_addr = addr
        return False

    def read(self, addr: int, n: int) -> bytes:
        return bytes(self.uc.mem_read(addr, n))

    def write(self, addr: int, data: bytes) -> None:
        self.uc.mem_write(addr, bytes(data))

    def run(self, entry: int, ints: list[int], fps: list[tuple[int, bool]], arena: bytes, cap: int) -> Outcome:
        u, r = self.uc, self.r
        u.context_restore(self._ctx)
        for v, d, m in self._writable:
            u.mem_write(v, d + bytes(m - len(d)))
        from gg.verify.libc import FILL

        extent = ARENA_SIZE if self.stale else min(ARENA_SIZE, max(self.dirty, len(arena)) + RESET_MARGIN)
        self.stale = False
        u.mem_write(ARENA, arena + bytes([FILL]) * max(0, extent - len(arena)))
        self.fault_addr = None
        # not zero: a local the translation forgets to initialize must not read the 0 the original stored
        u.mem_write(STACK_TOP - 0x10000, bytes([STACK_FILL]) * 0x10000)
        u.mem_write(STACK_TOP, bytes([CANARY]) * CALLER_FRAME)
        if self.image.tls is not None:
            tv, td, tm = self.image.tls
            at = TLS_TP + (16 if self.isa == "aarch64" else 0)
            if self.isa == "x86_64":
                at = TLS_TP - _align(tm, 16)
            u.mem_write(at, td + bytes(tm - len(td)))
        u.reg_write_batch([(r.ints[i], v & M64) for i, v in enumerate(ints[: len(r.ints)])] + [(reg, SAVED_PATTERN | i) for i, reg in enumerate(r.saved)])
        for i, (bits, single) in enumerate(fps[: len(r.fps)]):
            if single and self.isa == "riscv64":
                bits = (bits & 0xFFFF_FFFF) | 0xFFFF_FFFF_0000_0000
            u.reg_write(r.fps[i], bits & ((1 << 128) - 1 if r.fp_is_128 else M64))
        if self.isa == "x86_64":
            sp = STACK_TOP - 8
            u.mem_write(sp, self.sentinel.to_bytes(8, "little"))
            u.reg_write(r.sp, sp)
        else:
            u.reg_write(r.sp, STACK_TOP)
            u.reg_write(R.UC_RISCV_REG_RA if self.isa == "riscv64" else A.UC_ARM64_REG_X30, self.sentinel)
        self._blocks = {}
        self._stop = None
        if self.watch is not None:
            self.entry_regs = u.reg_read_batch(X86_GPRS)
            self._taken = 0
        try:
            u.emu_start(entry, self.sentinel, count=cap)
        except uc.UcError as e:
            pc = u.reg_read(r.pc)
            return Outcome("fault", f"{e} at {pc:#x}", blocks=self._blocks)
        if self._stop is not None:
            s = self._stop
            return Outcome(s.kind, s.detail, exit_code=s.code, blocks=self._blocks)
        pc = u.reg_read(r.pc)
        if pc != self.sentinel:
            return Outcome("cap", f"instruction cap ({cap}) reached at {pc:#x}", blocks=self._blocks)
        out = Outcome("ret", int_ret=u.reg_read(r.ret_int) & M64, fp_ret=u.reg_read(r.ret_fp) & M64, blocks=self._blocks)
        out.sp_restored = u.reg_read(r.sp) == STACK_TOP
        saved = u.reg_read_batch(r.saved)
        out.clobbered = [r.saved_names[i] for i, v in enumerate(saved) if v & M64 != SAVED_PATTERN | i]
        out.caller_frame_changed = bytes(u.mem_read(STACK_TOP + (0 if self.isa == "x86_64" else 0), CALLER_FRAME)) != bytes([CANARY]) * CALLER_FRAME
        return out
