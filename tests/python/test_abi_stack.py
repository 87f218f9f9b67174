"""The stack the translated code hands to target functions is 16-byte aligned, as each target ABI
requires. qemu-user does not fault on a misaligned AArch64 sp, so the callee checks for itself: the
driver's `probe` reports whether its frame address is 16-aligned (it is, on each ISA, exactly when
the caller followed the ABI at the call)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import TARGETS, run_gg

# (name, x86 body of `f`, which reaches `probe` in the driver)
CALLERS = [
    ("call", "subq $8, %rsp\n call probe@PLT\n addq $8, %rsp\n ret"),
    ("tail_jump", "jmp probe@PLT"),
    ("conditional_tail_jump", "testq %rdi, %rdi\n jne probe@PLT\n movl $7, %eax\n ret"),
    ("indirect_tail_jump", "movq probe@GOTPCREL(%rip), %rax\n jmp *%rax"),
    ("framed_tail_jump", "pushq %rbx\n movq %rdi, %rbx\n popq %rbx\n jmp probe@PLT"),
]

DRIVER = r"""
#include <stdint.h>
#include <stdio.h>
%(decls)s
__attribute__((noinline)) long probe(long x) {
  return ((uintptr_t)__builtin_frame_address(0) & 15) == 0 ? 100 + x : -1;
}
int main(void) {
%(calls)s
  return 0;
}
"""


@pytest.mark.e2e
@pytest.mark.parametrize("target", TARGETS)
def test_target_functions_get_an_aligned_stack(target: str, tmp_path: Path):
    asm = ["\t.text"]
    for name, body in CALLERS:
        asm += [f"\t.globl\tf_{name}", f"\t.type\tf_{name}, @function", f"f_{name}:"]
        asm += [f"\t{line.strip()}" for line in body.split("\n")]
        asm += [f"\t.size\tf_{name}, .-f_{name}"]
    asm.append('\t.section\t.note.GNU-stack,"",@progbits')
    (tmp_path / "f.s").write_text("\n".join(asm) + "\n")
    decls = "\n".join(f"long f_{n}(long);" for n, _ in CALLERS)
    calls = "\n".join(f'  printf("{n} %ld\\n", f_{n}(1));' for n, _ in CALLERS)
    (tmp_path / "driver.c").write_text(DRIVER % {"decls": decls, "calls": calls})
    r = run_gg("translate", str(tmp_path / "f.s"), "--target", target, "--test-driver", str(tmp_path / "driver.c"), "--json", "-o", str(tmp_path / "out.s"))
    report = json.loads(r.stdout)
    assert report["verdict"] == "verified", report.get("reason")
    lines = report["verify"]["cases"][0]["target"]["stdout"].splitlines()
    assert lines == [f"{n} 101" for n, _ in CALLERS]


# Functions compiled by gcc from C, called by the driver built for the target (and calling back into
# it): integer arguments beyond the sixth travel on the x86 stack but in registers (and then on the
# stack) on both targets.
MANY_ARGS_C = r"""
long many10(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}
long many7(int a, long b, short c, long d, int e, long f, unsigned char g) {
  return a * b - c * d + e * f + g;
}
double mixed(int a, double x, long b, double y, int c, int d, int e, int f, int g, int h) {
  return a * x + b * y + c + d * 2 + e * 3 + f * 4 + g * 5 + h * 6;
}
extern long ext8(long, long, long, long, long, long, long, long);
long call8(long x) { return ext8(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7) + 1; }
long (*volatile ext8_ptr)(long, long, long, long, long, long, long, long) = ext8;
long call8_ptr(long x) { return ext8_ptr(x, -x, 2 * x, 3, 4, 5, x * x, 99) * 2; }
"""

MANY_ARGS_DRIVER = r"""
#include <stdio.h>
long many10(long, long, long, long, long, long, long, long, long, long);
long many7(int, long, short, long, int, long, unsigned char);
double mixed(int, double, long, double, int, int, int, int, int, int);
long call8(long);
long call8_ptr(long);
long ext8(long a, long b, long c, long d, long e, long f, long g, long h) {
  return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
}
int main(void) {
  printf("many10 %ld\n", many10(1, 2, 3, 4, 5, 6, 7, 8, 9, -10));
  printf("many7 %ld\n", many7(-3, 5, -7, 11, 13, 17, 250));
  printf("mixed %g\n", mixed(1, 2.5, 3, 4.5, 5, 6, 7, 8, 9, 10));
  printf("call8 %ld\n", call8(3));
  printf("call8_ptr %ld\n", call8_ptr(-4));
  return 0;
}
"""


def translated_and_verified(tmp_path: Path, target: str, opt: str, c_source: str, driver: str) -> str:
    """Compile `c_source` with gcc `opt`, translate it, and check it against `driver` (which must
    pass); returns the translated program's stdout."""
    import subprocess

    (tmp_path / "f.c").write_text(c_source)
    (tmp_path / "driver.c").write_text(driver)
    subprocess.run(["gcc", opt, "-S", "f.c", "-o", "f.s"], cwd=tmp_path, check=True)
    r = run_gg("translate", str(tmp_path / "f.s"), "--target", target, "--test-driver", str(tmp_path / "driver.c"), "--json", "-o", str(tmp_path / "out.s"))
    report = json.loads(r.stdout)
    case = report["verify"]["cases"][0]
    assert report["verdict"] == "verified", (report.get("reason"), case["native"]["stdout"], case["target"]["stdout"])
    return case["target"]["stdout"]


@pytest.mark.e2e
@pytest.mark.parametrize("opt", ["-O0", "-O2"])
@pytest.mark.parametrize("target", TARGETS)
def test_arguments_beyond_the_sixth_cross_the_abi_boundary(target: str, opt: str, tmp_path: Path):
    out = translated_and_verified(tmp_path, target, opt, MANY_ARGS_C, MANY_ARGS_DRIVER)
    assert out.count("\n") == 5


VARIADIC_C = r"""
#include <stdarg.h>
double vsum(int n, ...) {
  va_list ap; va_start(ap, n); double s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, double) * (i + 1);
  va_end(ap); return s;
}
long isum(int n, ...) {
  va_list ap; va_start(ap, n); long s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, long) * (i + 1);
  va_end(ap); return s;
}
"""

VARIADIC_DRIVER = r"""
#include <stdio.h>
double vsum(int n, ...);
long isum(int n, ...);
int main(void) {
  printf("%ld %ld\n", isum(3, 1L, 2L, 3L), isum(10, 1L, -2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L));
#ifdef DOUBLES
  printf("%g %g\n", vsum(3, 1.5, 2.5, 3.5), vsum(8, 1., 2., 3., 4., 5., 6., 7., 8.));
#endif
  return 0;
}
"""


@pytest.mark.e2e
@pytest.mark.parametrize("opt", ["-O0", "-O2"])
@pytest.mark.parametrize("target", TARGETS)
def test_variadic_functions_called_from_target_code(target: str, opt: str, tmp_path: Path):
    """Integer varargs beyond the sixth come from the entry slots; on AArch64 a target caller's
    doubles are in v0-v7 where x86's va_arg looks once the entry claims all eight vector registers
    in %al. RISC-V passes variadic doubles in integer registers: not covered (a known gap)."""
    drv = VARIADIC_DRIVER if target == "riscv64" else "#define DOUBLES\n" + VARIADIC_DRIVER
    translated_and_verified(tmp_path, target, opt, VARIADIC_C, drv)
