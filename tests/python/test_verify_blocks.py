"""Basic blocks from assembly text: reachable, dead and failure-only blocks, on each ISA."""

from __future__ import annotations

import pytest

from gg.verify import coverage as cov

X86 = """\
	.text
	.type	unused, @function
unused:
	movl	$1, %eax
	ret
	.globl	f
	.type	f, @function
f:
	testl	%edi, %edi
	js	.Lfail
	leaq	.Ltable(%rip), %rax
	jmp	*%rax
.Lcase:
	movl	$2, %eax
	ret
.Lfail:
	movl	$0, %eax
	call	__stack_chk_fail@PLT
	.section	.rodata
.Ltable:
	.quad	.Lcase
"""

RV = """\
	.text
	.globl	f
	.type	f, @function
f:
	bltz	a0, .L2
	li	a0, 1
	ret
.L2:
	call	abort
"""

A64 = """\
	.text
	.globl	f
	.type	f, %function
f:
	cbz	x0, .L2   // zero?
	mov	x0, #1
	ret
.L2:
	b	.L2
"""


@pytest.mark.parametrize(
    "isa,text,blocks,dead,failure",
    [
        ("x86_64", X86, 5, ["unused"], [".Lfail"]),
        ("riscv64", RV, 3, [], [".L2"]),
        ("aarch64", A64, 3, [], []),
    ],
)
def test_blocks_dead_and_failure_only(isa, text, blocks, dead, failure):
    bm = cov.build(text, isa)
    assert len(bm.blocks) == blocks
    assert [bm.blocks[i].labels[0] for i in sorted(bm.dead)] == dead
    assert [bm.blocks[i].labels[0] for i in sorted(bm.failure)] == failure
    # what the gate counts: reachable, not failure-only
    assert bm.counted() == bm.reachable - bm.failure


def test_internal_blocks_of_one_instruction_are_marked():
    text = """\
	.globl	f
	.type	f, @function
f:
	# addsd	%xmm1, %xmm0
	fadd.d	ft10, fa0, fa1
	feq.d	t5, ft10, ft10
	bnez	t5, .Lgg_rv1
	li	t5, 1
.Lgg_rv1:
	# ret
	ret
"""
    bm = cov.build(text, "riscv64")
    cov.mark_internal(bm, text)
    assert [bm.blocks[i].text[0].strip() for i in sorted(bm.internal)] == ["li\tt5, 1", "ret"]
    assert len(bm.counted()) == 1
