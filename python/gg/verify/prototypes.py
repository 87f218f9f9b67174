"""C prototypes (`--prototypes FILE.h`) as signatures, overriding what was inferred from the body."""

from __future__ import annotations

import re
from pathlib import Path

from gg.errors import InputError
from gg.verify.signature import ArgSpec, Signature

_TYPEDEFS = "typedef unsigned long size_t; typedef long ssize_t; typedef long ptrdiff_t; typedef int bool; typedef long int64_t; typedef unsigned long uint64_t; typedef int int32_t; typedef unsigned int uint32_t; typedef short int16_t; typedef unsigned short uint16_t; typedef signed char int8_t; typedef unsigned char uint8_t; typedef long intptr_t; typedef unsigned long uintptr_t;\n"
_WIDTH = {"char": 8, "short": 16, "int": 32, "long": 64, "size_t": 64, "ssize_t": 64, "ptrdiff_t": 64, "bool": 8, "_Bool": 8,
          "int64_t": 64, "uint64_t": 64, "int32_t": 32, "uint32_t": 32, "int16_t": 16, "uint16_t": 16, "int8_t": 8, "uint8_t": 8, "intptr_t": 64, "uintptr_t": 64}


def parse_file(path: Path) -> dict[str, dict]:
    try:
        text = path.read_text()
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from None
    return parse(text, str(path))


def _base(names: list[str]) -> str:
    if "double" in names:
        return "f64"
    if "float" in names:
        return "f32"
    w = 32
    for n in names:
        if n in _WIDTH:
            w = _WIDTH[n] if n != "int" or w == 32 else w
    if "long" in names:
        w = 64
    elif "short" in names:
        w = 16
    elif "char" in names:
        w = 8
    elif "void" in names:
        return "void"
    return f"i{w}"


def _type(t) -> tuple[str, str]:
    """(class, element): class int/f32/f64/ptr/void; element type for pointers."""
    from pycparser import c_ast

    if isinstance(t, (c_ast.PtrDecl, c_ast.ArrayDecl)):
        inner = t.type
        if isinstance(inner, (c_ast.PtrDecl, c_ast.ArrayDecl)):
            return "ptr", "ptr"
        b = _base(inner.type.names) if isinstance(inner.type, c_ast.IdentifierType) else "i8"
        return "ptr", "i8" if b == "void" else b
    if isinstance(t, c_ast.TypeDecl) and isinstance(t.type, c_ast.IdentifierType):
        return _base(t.type.names), ""
    return "i64", ""


def parse(text: str, where: str = "<prototypes>") -> dict[str, dict]:
    from pycparser import c_ast, c_parser

    body = "\n".join("" if l.lstrip().startswith("#") else l for l in text.splitlines())
    body = re.sub(r"\b(__restrict|restrict|extern|static|inline|__attribute__\s*\(\(.*?\)\))\b", "", body)
    try:
        ast = c_parser.CParser().parse(_TYPEDEFS + body, where)
    except Exception as e:  # pycparser raises its own ParseError
        raise InputError(where, f"cannot parse the prototypes: {e}") from None
    out: dict[str, dict] = {}
    for ext in ast.ext:
        if isinstance(ext, c_ast.Decl) and isinstance(ext.type, c_ast.FuncDecl):
            fd = ext.type
            params = []
            for p in (fd.args.params if fd.args else []):
                if isinstance(p, c_ast.EllipsisParam):
                    continue
                cls, elem = _type(p.type)
                if cls == "void":
                    continue
                params.append((cls, elem))
            ret, _ = _type(fd.type)
            out[ext.name] = {"params": params, "ret": ret}
    return out


def apply(sigs: dict[str, Signature], protos: dict[str, dict]) -> dict[str, Signature]:
    for name, p in protos.items():
        if name not in sigs:
            continue
        old = sigs[name]
        sig = Signature(name, calls=old.calls, avx=old.avx)
        ints = fps = 0
        for cls, elem in p["params"]:
            if cls in ("f32", "f64"):
                if fps < 8:
                    sig.fps[fps] = cls
                fps += 1
            elif ints < 6:
                if cls == "ptr":
                    sig.ints[ints] = ArgSpec("ptr", 64, elem, None, True)
                else:
                    sig.ints[ints] = ArgSpec("int", int(cls[1:]), read=True)
                ints += 1
        for i, a in enumerate(sig.ints[:-1]):
            if a.kind == "ptr" and a.elem != "i8" and sig.ints[i + 1].kind == "int" and sig.ints[i + 1].read:
                a.length = i + 1
        sig.fp_used = min(fps, 8)
        r = p["ret"]
        sig.ret, sig.ret_width = ("f64", 64) if r == "f64" else ("f32", 32) if r == "f32" else ("int", 64 if r in ("ptr", "i64") else 32)
        sigs[name] = sig
    return sigs
