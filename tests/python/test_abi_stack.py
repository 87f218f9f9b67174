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
