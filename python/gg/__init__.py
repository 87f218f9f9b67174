"""gg: a guess-and-check assembly transpiler (x86-64 -> RISC-V 64 / AArch64).

A translation is accepted only after it was tested. The library entry point is
:func:`gg.pipeline.translate_file`; the command line is ``gg`` (:mod:`gg.cli`).
"""

from gg._native import AsmSyntaxError, GgError, UnsupportedError
from gg._native import __version__ as _native_version

__version__ = "0.1.0"

__all__ = ["AsmSyntaxError", "GgError", "UnsupportedError", "__version__", "_native_version"]
