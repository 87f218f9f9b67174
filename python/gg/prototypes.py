"""C prototypes from a header (`--prototypes FILE.h`): what the calling conventions need of each
function's parameters and result, in the line format the native translator reads.

The header is run through the host C preprocessor (so `#include <stdio.h>`, typedefs and macros
work as in the C source) and parsed with pycparser. Types are laid out as x86-64 gcc lays them out;
RISC-V 64 and AArch64 Linux agree on sizes and alignments of everything modelled here (`long double`
differs and is kept opaque).

Line format (one function per line, tab-separated): name, result type, parameter types, and `...`
for variadic functions. Types: `v` void, `i<bytes><s|u>` integers, `p` pointers, `f4`/`f8`,
`s<size>:<offset><scalar>,...` structs flattened to their scalar fields, `o<what>` opaque.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from gg.errors import InputError

# GNU extensions of the C library headers that pycparser does not parse, defined away. Their
# meaning does not matter for parameter and result types.
_DEFINES = [
    "-D__attribute__(x)=",
    "-D__extension__=",
    "-D__restrict=",
    "-D__restrict__=",
    "-D__inline=inline",
    "-D__inline__=inline",
    "-D__asm__(x)=",
    "-D__asm(x)=",
    "-D__builtin_va_list=void*",
    "-D_Float128=__gg_long_double",
    "-D__float128=__gg_long_double",
    "-D_Float64x=__gg_long_double",
    "-D_Float64=double",
    "-D_Float32=float",
    "-D_Float32x=double",
    "-D__int128=long long",
    "-D_Noreturn=",
    "-D__typeof__(x)=int",
    "-D__signed__=signed",
    "-D__const=const",
    "-D__volatile__=volatile",
    "-D_Static_assert(a,b)=",
    "-D__builtin_offsetof(t,m)=0",
]
_PRELUDE = "typedef struct { long double v; } __gg_long_double;\n"

_INT_BYTES = {"char": 1, "short": 2, "int": 4, "long": 8, "_Bool": 1}


@dataclass(frozen=True)
class Layout:
    """Size, alignment and scalar fields (offset, token) of a type; `opaque` names why it is not modelled."""

    size: int
    align: int
    fields: tuple[tuple[int, str], ...] = ()
    opaque: str = ""
    scalar: str = ""  # the token when the type itself is a scalar


_PTR = Layout(8, 8, ((0, "p"),), scalar="p")


class _Types:
    """Layouts of the typedefs, structs and unions declared so far."""

    def __init__(self) -> None:
        self.typedefs: dict[str, object] = {}
        self.structs: dict[str, object] = {}
        self.unions: set[str] = set()

    def layout(self, t) -> Layout:
        from pycparser import c_ast

        if isinstance(t, c_ast.TypeDecl):
            return self.layout(t.type)
        if isinstance(t, (c_ast.PtrDecl, c_ast.FuncDecl)):
            return _PTR
        if isinstance(t, c_ast.ArrayDecl):
            elem = self.layout(t.type)
            n = _const(t.dim)
            if elem.opaque or n is None:
                return Layout(0, elem.align, opaque=elem.opaque or "an array of unknown size")
            fields = tuple((i * elem.size + off, tok) for i in range(n) for off, tok in elem.fields)
            return Layout(n * elem.size, elem.align, fields)
        if isinstance(t, c_ast.Enum):
            return Layout(4, 4, ((0, "i4s"),), scalar="i4s")
        if isinstance(t, c_ast.Struct):
            return self._struct(t)
        if isinstance(t, c_ast.Union):
            return Layout(0, 1, opaque="a union")
        if isinstance(t, c_ast.IdentifierType):
            return self._named(t.names)
        return Layout(0, 1, opaque=type(t).__name__)

    def _named(self, names: list[str]) -> Layout:
        if len(names) == 1 and names[0] in self.typedefs:
            return self.layout(self.typedefs[names[0]])
        if names == ["__gg_long_double"] or ("long" in names and "double" in names):
            return Layout(16, 16, opaque="a long double")
        if "_Complex" in names:
            return Layout(0, 8, opaque="a _Complex value")
        if "void" in names:
            return Layout(0, 1, scalar="v")
        if "double" in names:
            return Layout(8, 8, ((0, "f8"),), scalar="f8")
        if "float" in names:
            return Layout(4, 4, ((0, "f4"),), scalar="f4")
        size = 4
        for n in names:
            size = _INT_BYTES.get(n, size) if n != "int" else size
        if names.count("long") >= 1:
            size = 8
        elif "short" in names:
            size = 2
        elif "char" in names or "_Bool" in names:
            size = 1
        # plain char is signed on x86-64: the x86 code the prototypes describe follows that
        signed = "unsigned" not in names and "_Bool" not in names
        tok = f"i{size}{'s' if signed else 'u'}"
        return Layout(size, size, ((0, tok),), scalar=tok)

    def _struct(self, s) -> Layout:
        decls = s.decls
        if decls is None:
            if s.name in self.unions:
                return Layout(0, 1, opaque="a union")
            if s.name not in self.structs:
                return Layout(0, 1, opaque=f"struct {s.name} (not defined in the prototypes)")
            decls = self.structs[s.name].decls
        off, align, fields = 0, 1, []
        for d in decls or []:
            if d.bitsize is not None:
                return Layout(0, 1, opaque="a struct with bit-fields")
            f = self.layout(d.type)
            if f.opaque:
                return Layout(0, 1, opaque=f.opaque)
            off = -(-off // f.align) * f.align
            fields += [(off + o, tok) for o, tok in f.fields]
            off += f.size
            align = max(align, f.align)
        size = -(-off // align) * align
        return Layout(size, align, tuple(fields))

    def token(self, t) -> str:
        from pycparser import c_ast

        if isinstance(t, c_ast.ArrayDecl):
            return "p"  # array parameters are pointers
        lay = self.layout(t)
        if lay.opaque:
            return "o" + lay.opaque
        if lay.scalar:
            return lay.scalar
        return f"s{lay.size}:" + ",".join(f"{o}{tok}" for o, tok in lay.fields)


def _const(e) -> int | None:
    from pycparser import c_ast

    if isinstance(e, c_ast.Constant) and e.type == "int":
        try:
            return int(e.value.rstrip("uUlL"), 0)
        except ValueError:
            return None
    if isinstance(e, c_ast.BinaryOp):
        a, b = _const(e.left), _const(e.right)
        if a is None or b is None:
            return None
        ops = {"+": a + b, "-": a - b, "*": a * b}
        return ops.get(e.op, a // b if e.op == "/" and b else None)
    return None


def _preprocess(path: Path) -> str:
    cc = shutil.which("gcc") or shutil.which("cc")
    if cc is None:
        raise InputError(str(path), "reading prototypes needs a C preprocessor (gcc)")
    r = subprocess.run([cc, "-E", "-std=gnu11", *_DEFINES, "-x", "c", str(path)], capture_output=True, text=True)
    if r.returncode != 0:
        first = next((l for l in r.stderr.splitlines() if "error" in l), r.stderr.strip())
        raise InputError(str(path), f"the prototypes do not preprocess: {first}")
    return r.stdout


_COORD = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")


def parse_text(text: str, where: str) -> str:
    """Prototypes of preprocessed C `text` in the line format."""
    from pycparser import c_ast, c_parser

    try:
        ast = c_parser.CParser().parse(_PRELUDE + text, where)
    except c_parser.ParseError as e:
        m = _COORD.match(str(e))
        if m:
            raise InputError(m["file"], f"C syntax error in the prototypes: {m['msg']}", int(m["line"]), int(m["col"])) from None
        raise InputError(where, f"C syntax error in the prototypes: {e}") from None
    types = _Types()
    lines: dict[str, str] = {}
    for ext in ast.ext:
        if not isinstance(ext, (c_ast.Decl, c_ast.Typedef)):
            continue
        # struct and union definitions, wherever they appear (alone or inside a declaration)
        for node in _tags(ext.type):
            if isinstance(node, c_ast.Struct) and node.decls is not None and node.name:
                types.structs[node.name] = node
            elif isinstance(node, c_ast.Union) and node.name:
                types.unions.add(node.name)
        if isinstance(ext, c_ast.Typedef):
            types.typedefs[ext.name] = ext.type
            continue
        if isinstance(ext.type, c_ast.FuncDecl) and ext.name:
            fd = ext.type
            params, variadic = [], False
            for p in fd.args.params if fd.args else []:
                if isinstance(p, c_ast.EllipsisParam):
                    variadic = True
                    continue
                tok = types.token(p.type)
                if tok != "v":
                    params.append(tok)
            fields = [ext.name, types.token(fd.type), *params] + (["..."] if variadic else [])
            lines[ext.name] = "\t".join(fields)
    return "".join(l + "\n" for l in lines.values())


def _tags(t):
    from pycparser import c_ast

    while isinstance(t, (c_ast.TypeDecl, c_ast.PtrDecl, c_ast.ArrayDecl, c_ast.FuncDecl)):
        t = t.type
    if isinstance(t, (c_ast.Struct, c_ast.Union)):
        yield t


def read(path: Path) -> str:
    """Prototypes declared in the C header `path` (after preprocessing), in the line format."""
    if not path.is_file():
        raise InputError(str(path), "cannot read the prototypes: no such file")
    return parse_text(_preprocess(path), str(path))
